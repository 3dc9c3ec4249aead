"""Ingest benchmark: N varied articles into a fresh SQLite file; articles/s and time per stage.

Run with `make bench` (or `python bench/ingest.py --n 500`). The articles are made from the
seed corpus and the test fixtures, varied in wording, numbers, outlets and format (txt, md,
html), so no two share a fingerprint and every reader is exercised.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parley.ingest.frontmatter import split_front_matter  # noqa: E402
from parley.pipeline import ingest_file  # noqa: E402
from parley.settings import SEED_DIR  # noqa: E402
from parley.store import Store  # noqa: E402

OUTLETS = ["Wire One", "Kyiv Daily", "Moscow Herald", "Ankara Post", "Geneva Monitor"]
PLACES = ["Istanbul", "Geneva", "Riyadh", "Vienna", "Doha"]


def corpus_sentences() -> list[str]:
    sentences = []
    for path in sorted(SEED_DIR.glob("*.txt")):
        _, body = split_front_matter(path.read_text(encoding="utf-8"))
        sentences += [s.strip() + "." for s in body.replace("\n", " ").split(". ") if len(s) > 40]
    return sentences


def make_article(n: int, sentences: list[str], rng: random.Random) -> tuple[str, bytes]:
    picked = rng.sample(sentences, k=min(len(sentences), rng.randint(8, 20)))
    varied = [s.replace("Istanbul", rng.choice(PLACES)).replace("1,000", f"{rng.randint(2, 20) * 100:,}")
              for s in picked]
    varied.insert(0, f"Report {n}: talks in {rng.choice(PLACES)} on day {rng.randint(1, 900)}.")
    paragraphs = [" ".join(varied[i:i + 3]) for i in range(0, len(varied), 3)]
    title, outlet = f"Round {n} of talks", rng.choice(OUTLETS)
    kind = ("txt", "md", "html")[n % 3]
    if kind == "html":
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        page = (f"<html><head><title>{title}</title><meta property='og:site_name' content='{outlet}'>"
                f"</head><body><nav>Home World</nav><article><h1>{title}</h1>{body}"
                f"<p>Advertisement</p></article><footer>Latest News</footer></body></html>")
        return f"a{n}.html", page.encode()
    header = f"---\ntitle: {title}\noutlet: {outlet}\npublished: 2025-0{rng.randint(5, 9)}-1{rng.randint(0, 9)}\n---\n"
    text = "\n\n".join(paragraphs + ["- Advertisement -", "Share This Article", "Latest News", "x"])
    return f"a{n}.{kind}", (header + text).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200, help="articles to ingest (default 200)")
    args = parser.parse_args()
    rng = random.Random(7)
    sentences = corpus_sentences()
    files = [make_article(n, sentences, rng) for n in range(args.n)]
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/bench.db")
        stages: dict[str, float] = defaultdict(float)
        statuses: dict[str, int] = defaultdict(int)
        start = time.perf_counter()
        for name, data in files:
            outcome = ingest_file(store, data, name)
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
