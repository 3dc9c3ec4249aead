"""Load run, browser-free: 20 concurrent reading sessions (AppTest, one process each: AppTests
in threads of one process trip over Streamlit's per-process runtime and CPython's compiler;
each session goes round every page) against one SQLite database while another process ingests 200
articles into it with the CLI. Prints pages served, errors, and whether every article arrived.

    python bench/load.py [--sessions 20] [--articles 200]"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from corpus import make_articles

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["app_pages/overview.py", "app_pages/positions.py", "app_pages/exchanges.py", "app_pages/deadline.py",
         "app_pages/statements.py", "app_pages/articles.py"]
PER_PROCESS = 1


def _reader(stop: threading.Event, counts: dict, lock: threading.Lock, offset: int) -> None:
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    turn = offset
    while not stop.is_set():
        page = PAGES[turn % len(PAGES)]
        turn += 1
        try:
            app.switch_page(page).run()
            failed = bool(app.exception)
            detail = str(app.exception[0].value)[:200] if failed else ""
        except Exception as exc:  # noqa: BLE001 - counted, the run goes on
            failed, detail = True, f"{type(exc).__name__}: {exc}"[:200]
        with lock:
            counts["served"] += 1
            if failed:
                counts["errors"] += 1
                counts["first_error"] = counts.get("first_error") or f"{page}: {detail}"


def _session_process(sessions: int, offset: int, stop_after: multiprocessing.Event, results) -> None:
    stop, lock, counts = threading.Event(), threading.Lock(), {"served": 0, "errors": 0}
    threads = [threading.Thread(target=_reader, args=(stop, counts, lock, offset + n)) for n in range(sessions)]
    for thread in threads:
        thread.start()
    stop_after.wait()
    stop.set()
    for thread in threads:
        thread.join()
    results.put(counts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = f"sqlite:///{folder}/load.db"
        os.environ.update(PARLEY_DATABASE_URL=database, PARLEY_EMBEDDER="hashing", HF_HUB_OFFLINE="1")
        incoming = Path(folder) / "incoming"
        incoming.mkdir()
        for name, data in make_articles(args.articles, seed=5):
            (incoming / name).write_bytes(data)
        subprocess.run([sys.executable, "-m", "parley", "ingest", str(ROOT / "data" / "articles")],
                       cwd=ROOT, check=True, capture_output=True)

        done, results = multiprocessing.Event(), multiprocessing.Queue()
        processes = [multiprocessing.Process(target=_session_process,
                                             args=(min(PER_PROCESS, args.sessions - start), start, done, results))
                     for start in range(0, args.sessions, PER_PROCESS)]
        for process in processes:
            process.start()
        time.sleep(5)  # sessions open before the ingest starts
        started = time.perf_counter()
        ingest = subprocess.run([sys.executable, "-m", "parley", "ingest", str(incoming)],
                                cwd=ROOT, capture_output=True, text=True)
        ingest_seconds = time.perf_counter() - started
        time.sleep(5)  # and read on for a while after it
        done.set()
        totals = {"served": 0, "errors": 0}
        for _ in processes:
            counts = results.get(timeout=600)
            totals["served"] += counts["served"]
            totals["errors"] += counts["errors"]
            totals["first_error"] = totals.get("first_error") or counts.get("first_error")
        for process in processes:
            process.join()

        from parley.store import Store

        stored = Store(database).article_count()
        expected = args.articles + 2
        print(f"load: {args.sessions} sessions read pages while one process ingested {args.articles} articles "
              f"in {ingest_seconds:.0f} s (exit {ingest.returncode})")
        print(f"  pages served {totals['served']}, errors {totals['errors']}"
              + (f" (first: {totals['first_error']})" if totals.get("first_error") else ""))
        print(f"  articles stored {stored} of {expected}: {'none lost' if stored == expected else 'LOST SOME'}")


if __name__ == "__main__":
    main()
