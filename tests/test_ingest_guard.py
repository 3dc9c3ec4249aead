"""The guard around parsers of untrusted files: time, memory and crashes become refusals."""

import os
import signal
import time

import pytest

from parley.errors import UnreadableFile
from parley.ingest.guard import WorkerPool, read_limited


def _echo(data: bytes) -> str:
    return data.decode()


def _sleeps(data: bytes) -> str:
    time.sleep(60)
    return "never"


def _allocates(data: bytes) -> int:
    hog = bytearray(3 * 2**30)  # 3 GB, over the 256 MB limit set below
    return len(hog)


def _crashes(data: bytes) -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def _refuses(data: bytes) -> None:
    raise UnreadableFile("damaged in a way the reader names")


def _breaks(data: bytes) -> None:
    raise KeyError("word/document.xml")


def test_a_reader_s_result_comes_back():
    assert read_limited(_echo, "Talks resumed in Geneva.".encode(), "page") == "Talks resumed in Geneva."


def test_a_reader_past_the_time_limit_is_stopped_and_the_file_refused(monkeypatch):
    monkeypatch.setenv("PARLEY_READ_SECONDS", "1")
    started = time.monotonic()
    with pytest.raises(UnreadableFile, match="took longer than 1 s"):
        read_limited(_sleeps, b"x", "HTML page")
    assert time.monotonic() - started < 10


def test_a_reader_over_the_memory_limit_is_refused(monkeypatch):
    monkeypatch.setenv("PARLEY_READ_MB", "256")
    with pytest.raises(UnreadableFile, match="more than 256 MB"):
        read_limited(_allocates, b"x", "PDF")


def test_a_reader_that_crashes_refuses_the_file_and_the_caller_goes_on():
    with pytest.raises(UnreadableFile, match="reader failed on this"):
        read_limited(_crashes, b"x", ".docx")
    assert read_limited(_echo, b"still here", "page") == "still here"


def test_refusals_keep_their_reason_and_other_errors_name_their_kind():
    with pytest.raises(UnreadableFile, match="damaged in a way the reader names"):
        read_limited(_refuses, b"x", "PDF")
    with pytest.raises(UnreadableFile, match=r"could not be read \(KeyError\)"):
        read_limited(_breaks, b"x", ".docx")


def test_a_child_never_runs_the_program_s_main_module(tmp_path, monkeypatch):
    # Inside Streamlit, __main__ is the page being run: a child importing it would run the page.
    import sys
    import types

    marker = tmp_path / "ran"
    page = tmp_path / "page.py"
    page.write_text(f"open({str(marker)!r}, 'w').write('the page ran in the child')\n")
    fake_main = types.ModuleType("__main__")
    fake_main.__file__ = str(page)
    fake_main.__spec__ = None
    monkeypatch.setitem(sys.modules, "__main__", fake_main)
    assert read_limited(_echo, b"read", "page") == "read"
    assert not marker.exists()


# --- the pool of workers ----------------------------------------------------------------------

def _tagged(context, value, ask):
    """A task: its value, the worker's context and process, after an optional nap or failure."""
    if value == "sleep":
        time.sleep(60)
    if value == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    if value == "bug":
        raise ValueError("a bug in a reader")
    if value == "refuse":
        raise UnreadableFile("refused by the reader")
    return value, context, os.getpid()


def _asks(context, value, ask):
    return ask(value)


def test_the_pool_keeps_the_order_of_the_items_whatever_finishes_first():
    with WorkerPool(2) as pool:
        results = list(pool.map(_tagged, [(n,) for n in range(25)], context="ctx"))
    assert [r[0] for r in results] == list(range(25)) and {r[1] for r in results} == {"ctx"}
    assert len({r[2] for r in results}) == 2  # two workers shared the work


def test_a_task_past_the_limit_is_refused_and_its_worker_replaced(monkeypatch):
    monkeypatch.setenv("PARLEY_READ_SECONDS", "1")
    with WorkerPool(1) as pool:
        before, late, after = pool.map(_tagged, [("a",), ("sleep",), ("b",)])
    assert isinstance(late, UnreadableFile) and "took longer than 1 s" in str(late)
    assert before[0] == "a" and after[0] == "b" and before[2] != after[2]


def test_crashes_bugs_and_refusals_stay_with_their_task(caplog):
    with WorkerPool(2) as pool:
        results = list(pool.map(_tagged, [("a",), ("crash",), ("bug",), ("refuse",), ("b",)]))
    assert results[0][0] == "a" and results[4][0] == "b"
    assert "out of memory or crashed" in str(results[1])
    assert str(results[2]) == "could not be read (ValueError)"
    assert str(results[3]) == "refused by the reader"
    assert "a bug in a reader" in caplog.text and "Traceback" in caplog.text  # the log keeps it


def test_a_worker_asks_and_the_caller_answers():
    with WorkerPool(1) as pool:
        assert list(pool.map(_asks, [(2,), (5,)], answer=lambda n: n * 10)) == [20, 50]


def test_workers_are_replaced_after_serving_their_share(monkeypatch):
    import parley.ingest.guard as guard

    monkeypatch.setattr(guard, "RECYCLE_AFTER", 3)
    with WorkerPool(1) as pool:
        pids = [r[2] for r in pool.map(_tagged, [(n,) for n in range(7)])]
    assert len(set(pids)) == 3 and pids[:3] == [pids[0]] * 3


def test_a_caller_that_stops_early_leaves_the_pool_usable():
    with WorkerPool(2) as pool:
        for result in pool.map(_tagged, [(n,) for n in range(20)]):
            break
        assert [r[0] for r in pool.map(_tagged, [("x",), ("y",)])] == ["x", "y"]


def _noisy(context, ask):
    os.write(2, b"thread panicked at native code\n")
    return "done"


def test_what_native_code_in_a_worker_prints_goes_to_the_log(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("PARLEY_LOG_FILE", str(tmp_path / "parley.log"))
    with WorkerPool(1) as pool:
        assert list(pool.map(_noisy, [()])) == ["done"]
    assert "panicked" not in capfd.readouterr().err
    assert "thread panicked at native code" in (tmp_path / "parley.log").read_text()
