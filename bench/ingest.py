"""Ingest benchmark: CLI start-up, then N varied articles into a fresh SQLite file one file at a
time (the upload path; articles/s and time per stage), then as a folder with 1 and with all
usable cores' worth of worker processes (`--jobs`).

Run with `make bench` (or `python bench/ingest.py --n 500`). The articles are made from the
seed corpus and the test fixtures, varied in wording, numbers, outlets and format (txt, md,
html), so no two share a fingerprint and every reader is exercised.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from corpus import make_articles

from parley.embed_onnx import usable_cores
from parley.pipeline import ingest_file, ingest_paths
from parley.profile import load_profile
from parley.settings import ROOT
from parley.store import Store

STAGES = ("read", "clean", "extract", "store")
# Commands that need no model must start in under a second (issue 15).
START_UP_LIMIT = 1.0


def start_up(args: list[str], runs: int = 5) -> float:
    """Median wall time of ``python -m parley ARGS``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "parley", *args], cwd=ROOT, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def upload_path(files: list[tuple[str, bytes]], profile) -> None:
    """One file at a time through ``ingest_file``, as the Articles page does."""
    ingest_file(Store("sqlite://"), *reversed(files[0]), profile)  # start the worker outside the clock
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/bench.db")
        stages: dict[str, float] = defaultdict(float)
        statuses: dict[str, int] = defaultdict(int)
        start = time.perf_counter()
        for name, data in files:
            outcome = ingest_file(store, data, name, profile)
            statuses[outcome.status] += 1
            for stage, seconds in outcome.timings.items():
                stages[stage] += seconds
        elapsed = time.perf_counter() - start
    n = len(files)
    print(f"ingest, one file at a time: {n} articles in {elapsed:.2f} s = {n / elapsed:.1f} articles/s "
          f"({', '.join(f'{k} {v}' for k, v in sorted(statuses.items()))})")
    staged = sum(stages.values())
    for stage in STAGES:
        print(f"  {stage:<8} {stages[stage]:7.3f} s  {100 * stages[stage] / staged:5.1f} %")
    print(f"  {'between':<8} {elapsed - staged:7.3f} s  (handing files to the worker and back)")


def folder(files: list[tuple[str, bytes]], profile, jobs: int) -> float:
    """Wall time of ingesting the files as one folder (no embedding) with ``jobs`` workers."""
    with tempfile.TemporaryDirectory() as scratch:
        for name, data in files:
            (Path(scratch) / name).write_bytes(data)
        store = Store(f"sqlite:///{scratch}/bench.db")
        start = time.perf_counter()
        outcomes = list(ingest_paths(store, [Path(scratch)], profile, jobs=jobs))
        elapsed = time.perf_counter() - start
    assert all(o.status == "stored" for o in outcomes), [o.line() for o in outcomes if o.status != "stored"]
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200, help="articles to ingest (default 200)")
    args = parser.parse_args()
    os.environ.setdefault("PARLEY_EMBEDDER", "hashing")
    for command in (["--help"], ["export", "--help"]):
        seconds = start_up(command)
        verdict = "under" if seconds < START_UP_LIMIT else "OVER"
        print(f"start-up: python -m parley {' '.join(command)}: {seconds:.2f} s ({verdict} {START_UP_LIMIT:g} s)")
    files = make_articles(args.n)
    profile = load_profile()
    upload_path(files, profile)
    cores = usable_cores()
    walls = {jobs: folder(files, profile, jobs) for jobs in sorted({1, cores})}
    print("ingest of a folder (no embedding): " + ", ".join(
        f"--jobs {jobs} {wall:.2f} s = {args.n / wall:.1f} articles/s" for jobs, wall in walls.items())
        + (f"; {walls[1] / walls[cores]:.2f}x with {cores} jobs" if cores > 1 else ""))


if __name__ == "__main__":
    main()
