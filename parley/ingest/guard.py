"""Run a parser of untrusted bytes (HTML, PDF, .docx) in a child process under a hard time and
memory limit. trafilatura can run for minutes on some huge pages, and pypdf and python-docx expand
compressed streams into memory; in a child, the worst a file can do is be refused.

Children are forked from a small server process started once (multiprocessing's "forkserver"),
not from the app: forking a Streamlit server with its threads could copy a lock held by another
thread into the child."""

from __future__ import annotations

import io
import multiprocessing
import os
import resource
import threading
from collections.abc import Callable
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerProcess, set_spawning_popen
from typing import Any

from parley.errors import RefusedFile, UnreadableFile

DEFAULT_SECONDS = 20.0
DEFAULT_MEGABYTES = 768

_context_lock = threading.Lock()
_context: Any = None


def limits() -> tuple[float, int]:
    """(seconds, megabytes) a reader may use: ``PARLEY_READ_SECONDS``, ``PARLEY_READ_MB``."""
    seconds = float(os.environ.get("PARLEY_READ_SECONDS") or DEFAULT_SECONDS)
    megabytes = int(os.environ.get("PARLEY_READ_MB") or DEFAULT_MEGABYTES)
    return seconds, megabytes


def _fork_context() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            if "forkserver" not in multiprocessing.get_all_start_methods():
                return None  # not on Linux or macOS: read in-process, without the limits
            context = multiprocessing.get_context("forkserver")
            # The readers (warmed up: their lazy imports done) are loaded once by the server, so
            # a child starts in milliseconds.
            context.set_forkserver_preload(["parley.ingest.warm"])
            _context = context
        return _context


class _Launch(popen_forkserver.Popen):
    """CPython 3.11's forkserver launch, less one thing: the child is not told to import the
    program's main module. Inside Streamlit, ``__main__`` is the page being run, and a child
    importing it would run the page again (and, as a script, cost every file a fraction of a
    second). The reader and its arguments are importable by name, so nothing else is needed."""

    def _launch(self, process_obj: Any) -> None:
        prep_data = spawn.get_preparation_data(process_obj._name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buf = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)
        _parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (_parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _ReaderProcess(ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _Launch:
        return _Launch(process_obj)


def _virtual_size() -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _child(reader: Callable[[bytes], Any], data: bytes, megabytes: int, reply: Connection) -> None:
    # The limit is on address space beyond what the child already has mapped at birth.
    budget = _virtual_size() + megabytes * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (budget, budget))
    try:
        reply.send(("ok", reader(data)))
    except RefusedFile as exc:
        reply.send(("refused", exc))
    except MemoryError:
        reply.send(("refused", UnreadableFile(f"reading it needs more than {megabytes} MB; refused")))
    except RecursionError:
        reply.send(("refused", UnreadableFile("nested too deeply to read")))
    except BaseException as exc:  # noqa: BLE001 - anything else is still this file's fault
        reply.send(("refused", UnreadableFile(f"could not be read ({type(exc).__name__})")))
    finally:
        reply.close()


def read_limited(reader: Callable[[bytes], Any], data: bytes, what: str) -> Any:
    """``reader(data)`` in a child process; RefusedFile when it fails, runs out of time or memory."""
    context = _fork_context()
    if context is None:
        return reader(data)
    seconds, megabytes = limits()
    receive, send = context.Pipe(duplex=False)
    child = _ReaderProcess(target=_child, args=(reader, data, megabytes, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise UnreadableFile(f"reading this {what} took longer than {seconds:g} s; refused")
        try:
            status, value = receive.recv()
        except EOFError:  # the child died without a word: killed by the memory limit, or crashed
            raise UnreadableFile(f"the {what} reader failed on this file (out of memory or crashed)") from None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join(timeout=5)
    if status == "refused":
        raise value
    return value
