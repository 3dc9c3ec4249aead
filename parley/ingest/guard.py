"""Run a parser of untrusted bytes (HTML, PDF, .docx) in a child process under a hard time and
memory limit. trafilatura can run for minutes on some huge pages, and pypdf and python-docx expand
compressed streams into memory; in a child, the worst a file can do is be refused.

Children are forked from a small server process started once (multiprocessing's "forkserver"),
not from the app: forking a Streamlit server with its threads could copy a lock held by another
thread into the child."""

from __future__ import annotations

import multiprocessing
import os
import resource
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
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
            # The readers are imported once by the server, so a child starts in milliseconds.
            # A child also imports the program's main module again, unless the program was started
            # with -m (`python -m streamlit`, `python -m parley`, `python -m pytest`, as the Makefile
            # and the Dockerfile do): a script's imports would cost every file a fraction of a second.
            context.set_forkserver_preload(["parley.ingest.html", "parley.ingest.pdf", "parley.ingest.docx"])
            _context = context
        return _context


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
    child = context.Process(target=_child, args=(reader, data, megabytes, send), daemon=True)
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
