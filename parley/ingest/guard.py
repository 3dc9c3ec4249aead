"""Run work on untrusted files in child processes under a hard time and memory limit. Parsers
of HTML, PDF and .docx expand compressed streams into memory and some run for minutes on odd
pages; a 100,000-deep Markdown quote or a long run of brackets makes the sentence splitter
quadratic. In a child, the worst a file can do is be refused.

Two ways in: ``read_limited`` runs one call in a fresh child; ``WorkerPool`` keeps children that
serve one task after another (a fork of a process holding the parser costs more than the work
of a short article), and replaces a child that ran out of time or memory, crashed, or served
``RECYCLE_AFTER`` tasks.

Children are forked from a small server process started once (multiprocessing's "forkserver"),
not from the app: forking a Streamlit server with its threads could copy a lock held by another
thread into the child. The server imports the modules in ``PRELOAD`` once, so a child starts warm.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import os
import resource
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from multiprocessing import connection, forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerProcess, set_spawning_popen
from typing import Any

from parley.errors import RefusedFile, UnreadableFile

DEFAULT_SECONDS = 20.0
DEFAULT_MEGABYTES = 768
# A worker's heap grows with the parser's vocabulary; a fresh one replaces it now and then.
RECYCLE_AFTER = 200
# Imported once by the fork server. Callers add theirs (``preload``) before the first child.
PRELOAD = ["parley.ingest.warm"]

log = logging.getLogger("parley.ingest")

_context_lock = threading.Lock()
_context: Any = None

# True inside a child: a reader asked for a limit is already under one, and a daemonic child
# may not start children of its own.
_guarded = False


def limits() -> tuple[float, int]:
    """(seconds, megabytes) a file may use: ``PARLEY_READ_SECONDS``, ``PARLEY_READ_MB``."""
    seconds = float(os.environ.get("PARLEY_READ_SECONDS") or DEFAULT_SECONDS)
    megabytes = int(os.environ.get("PARLEY_READ_MB") or DEFAULT_MEGABYTES)
    return seconds, megabytes


def preload(module: str) -> None:
    """Have the fork server import ``module`` once (no effect after the server has started)."""
    if module not in PRELOAD:
        PRELOAD.append(module)


def _fork_context() -> Any:
    global _context
    with _context_lock:
        if _context is None:
            if "forkserver" not in multiprocessing.get_all_start_methods():
                return None  # not on Linux or macOS: run in-process, without the limits
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(list(PRELOAD))
            _context = context
        return _context


class _Launch(popen_forkserver.Popen):
    """CPython 3.11's forkserver launch, less one thing: the child is not told to import the
    program's main module. Inside Streamlit, ``__main__`` is the page being run, and a child
    importing it would run the page again (and, as a script, cost every file a fraction of a
    second). The work and its arguments are importable by name, so nothing else is needed."""

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


class _GuardedProcess(ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _Launch:
        return _Launch(process_obj)


def _data_size() -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _serve(conn: Connection, megabytes: int, stderr: str | None = None) -> None:
    """A child's life: set the memory limit, then run tasks until the parent hangs up. A task is
    ``function(context, *args, ask=...)``; ``ask`` puts a question to the parent and returns its
    answer. After anything but a clean result or a refusal the child ends: its state is suspect."""
    global _guarded
    _guarded = True
    if stderr:
        try:
            os.dup2(os.open(stderr, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644), 2)
        except OSError:
            pass  # keep the parent's
    # The limit is on writable memory beyond what the child already has at birth. Not on address
    # space: thread pools (a tokenizer's, the allocator's arenas) reserve address space they
    # never use, and a worker limited that way could not start a sentence model's threads.
    budget = _data_size() + megabytes * 2**20
    resource.setrlimit(resource.RLIMIT_DATA, (budget, budget))
    held: Any = None

    def ask(question: Any) -> Any:
        conn.send(("ask", question))
        return conn.recv()

    while True:
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            return
        if kind == "context":
            held = payload
            continue
        function, args = payload
        try:
            reply: tuple = ("ok", function(held, *args, ask=ask))
        except RefusedFile as exc:
            reply = ("refused", exc)
        except MemoryError:
            reply = ("fatal", UnreadableFile(f"it needs more than {megabytes} MB of memory; refused"), "")
        except RecursionError:
            reply = ("fatal", UnreadableFile("nested too deeply to read"), "")
        except BaseException as exc:  # noqa: BLE001 - anything else is still this file's fault
            reply = ("fatal", UnreadableFile(f"could not be read ({type(exc).__name__})"),
                     traceback.format_exc())
        try:
            conn.send(reply)
        except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
            conn.send(("fatal", UnreadableFile(f"could not be read ({type(exc).__name__})"),
                       traceback.format_exc()))
        if reply[0] == "fatal":
            return


class _Worker:
    """One child and the parent's end of its pipe."""

    def __init__(self, context: Any, megabytes: int) -> None:
        self.conn, child_end = context.Pipe(duplex=True)
        # What native code in a child prints (a crashing library's own message) goes to the log
        # when there is one (the CLI's), not to the person's terminal.
        stderr = os.environ.get("PARLEY_LOG_FILE") or None
        self.process = _GuardedProcess(target=_serve, args=(child_end, megabytes, stderr), daemon=True)
        self.process.start()
        child_end.close()
        self.megabytes = megabytes
        self.held: Any = None  # the context object last sent to it
        self.served = 0
        self.task: int | None = None  # index of the item it is working on
        self.deadline = 0.0

    def stop(self, at_once: bool = True) -> None:
        """End the child: killed at once (it is stuck, or mid-task), or asked to finish (its pipe
        closed) so that what it holds is released as a process ending normally releases it."""
        if not at_once:
            self.conn.close()
            self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """``jobs`` children that run tasks under the limits; results come back in the order given.
    Not for use by two threads at once (callers that share one hold a lock)."""

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, jobs)
        self.workers: list[_Worker] = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in self.workers:
            worker.stop(at_once=worker.task is not None)
        self.workers = []

    def map(self, function: Callable[..., Any], items: Iterable[tuple], context: Any = None,
            answer: Callable[[Any], Any] | None = None, what: str = "this file") -> Iterator[Any]:
        """``function(context, *item, ask=...)`` for each item, in a child; yields each result, or
        the RefusedFile it ended in (time, memory, a crash, any exception), in the items' order.
        ``answer`` replies to the child's questions (``ask``) in this process."""
        context_ = _fork_context()
        if context_ is None:
            yield from _in_process(function, items, context, answer)
            return
        seconds, megabytes = limits()
        self.workers = [w for w in self.workers if w.megabytes == megabytes and w.process.is_alive()]
        pending = enumerate(items)
        results: dict[int, Any] = {}
        queued: tuple[int, tuple] | None = None  # taken from the items, waiting for a worker
        following = dispatched = 0
        exhausted = False
        window = 2 * self.jobs + 2  # how far ahead of the next result the pool may run
        try:
            while True:
                while True:
                    if queued is None and not exhausted and dispatched < following + window:
                        queued = next(pending, None)
                        exhausted = queued is None
                    worker = self._idle(context_, megabytes) if queued is not None else None
                    if worker is None:
                        break
                    self._dispatch(worker, queued, function, context, seconds)
                    queued, dispatched = None, dispatched + 1
                busy = [w for w in self.workers if w.task is not None]
                if busy:
                    self._collect(busy, results, answer, seconds, what)
                elif following not in results:
                    return
                while following in results:
                    handed = time.monotonic()
                    yield results.pop(following)
                    following += 1
                    # Time the caller spent with a result is not charged to the tasks in flight.
                    away = time.monotonic() - handed
                    for worker in self.workers:
                        worker.deadline += away
        finally:
            for worker in [w for w in self.workers if w.task is not None]:
                self._retire(worker)  # abandoned mid-task: its reply would be read by the next task

    def _idle(self, context_: Any, megabytes: int) -> _Worker | None:
        for worker in self.workers:
            if worker.task is None:
                return worker
        if len(self.workers) < self.jobs:
            self.workers.append(_Worker(context_, megabytes))
            return self.workers[-1]
        return None

    def _dispatch(self, worker: _Worker, item: tuple[int, tuple], function: Callable[..., Any],
                  context: Any, seconds: float) -> None:
        index, args = item
        if worker.held is not context:
            worker.conn.send(("context", context))
            worker.held = context
        worker.conn.send(("task", (function, args)))
        worker.task, worker.deadline = index, time.monotonic() + seconds

    def _collect(self, busy: list[_Worker], results: dict[int, Any], answer: Callable[[Any], Any] | None,
                 seconds: float, what: str) -> None:
        """Wait for the first reply or deadline among the busy workers, and act on it."""
        timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        ready = connection.wait([w.conn for w in busy], timeout=timeout)
        for worker in busy:
            if worker.conn in ready:
                self._receive(worker, results, answer, what)
        now = time.monotonic()
        for worker in [w for w in busy if w.task is not None and w.deadline <= now]:
            results[worker.task] = UnreadableFile(f"reading {what} took longer than {seconds:g} s; refused")
            self._retire(worker)

    def _receive(self, worker: _Worker, results: dict[int, Any], answer: Callable[[Any], Any] | None,
                 what: str) -> None:
        index = worker.task
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):  # died without a word: killed by the memory limit, or crashed
            results[index] = UnreadableFile(f"the reader failed on {what} (out of memory or crashed); refused")
            self._retire(worker)
            return
        kind = message[0]
        if kind == "ask":
            worker.conn.send(answer(message[1]) if answer else None)
            return
        if kind == "ok":
            results[index] = message[1]
        else:
            results[index] = message[1]
            if kind == "fatal" and message[2]:
                log.error("refused %s after an unexpected error:\n%s", what, message[2])
        worker.task = None
        worker.served += 1
        if kind == "fatal":
            self._retire(worker)
        elif worker.served >= RECYCLE_AFTER:
            worker.stop(at_once=False)
            self.workers.remove(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        self.workers.remove(worker)


def _in_process(function: Callable[..., Any], items: Iterable[tuple], context: Any,
                answer: Callable[[Any], Any] | None) -> Iterator[Any]:
    """Where there is no fork server (not Linux or macOS): the same calls, without the limits."""
    for args in items:
        try:
            yield function(context, *args, ask=answer or (lambda question: None))
        except RefusedFile as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - one file's failure stays that file's
            log.exception("refused a file after an unexpected error")
            yield UnreadableFile(f"could not be read ({type(exc).__name__})")


def _read(context: Any, reader: Callable[[bytes], Any], data: bytes, ask: Callable[[Any], Any]) -> Any:
    return reader(data)


def read_limited(reader: Callable[[bytes], Any], data: bytes, what: str) -> Any:
    """``reader(data)`` in a fresh child; RefusedFile when it fails, runs out of time or memory.
    Inside a child already (a worker reading a file), the reader runs right there."""
    if _guarded or _fork_context() is None:
        return reader(data)
    with WorkerPool(1) as pool:
        [result] = pool.map(_read, [(reader, data)], what=f"this {what}")
    if isinstance(result, RefusedFile):
        raise result
    return result
