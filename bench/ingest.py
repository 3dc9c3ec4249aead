"""Ingest benchmark: N varied articles into a fresh SQLite file; articles/s and time per stage.

Run with `make bench` (or `python bench/ingest.py --n 500`). The articles are made from the
seed corpus and the test fixtures, varied in wording, numbers, outlets and format (txt, md,
html), so no two share a fingerprint and every reader is exercised.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict

from corpus import make_articles

from parley.pipeline import ingest_file
from parley.profile import load_profile
from parley.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200, help="articles to ingest (default 200)")
    args = parser.parse_args()
    files = make_articles(args.n)
    profile = load_profile()
    ingest_file(Store("sqlite://"), *reversed(files[0]), profile)  # load the parser outside the clock
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
    print(f"ingest: {args.n} articles in {elapsed:.2f} s = {args.n / elapsed:.1f} articles/s "
          f"({', '.join(f'{k} {v}' for k, v in sorted(statuses.items()))})")
    staged = sum(stages.values())
    for stage in ("read", "clean", "extract", "store"):
        print(f"  {stage:<8} {stages[stage]:7.3f} s  {100 * stages[stage] / staged:5.1f} %")


if __name__ == "__main__":
    main()
