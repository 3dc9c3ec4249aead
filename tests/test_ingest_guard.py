"""The guard around parsers of untrusted files: time, memory and crashes become refusals."""

import os
import signal
import time

import pytest

from parley.errors import UnreadableFile
from parley.ingest.guard import read_limited


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
