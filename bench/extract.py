"""Extraction benchmark: its speed beside read and store on the same articles, and its quality.

Prints articles/s for extraction alone (no embeddings) and the ratio of its time to the
read+store time of the same articles, all measured in this run; then precision and recall on
the labelled development set (tests/fixtures/labelled/).
"""

from __future__ import annotations

import argparse
import tempfile
import time

from corpus import make_articles

from parley.devset import read_issue_map, read_reports, score_reports
from parley.embed import load_embedder
from parley.evaluate import report, score_files
from parley.extract import extract
from parley.ingest import make_article, read_document
from parley.profile import load_profile
from parley.settings import ROOT
from parley.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200, help="articles (default 200)")
    args = parser.parse_args()
    profile = load_profile()
    files = make_articles(args.n, seed=11)

    start = time.perf_counter()
    documents = [(read_document(data, name), name) for name, data in files]
    articles = [make_article(document, name) for document, name in documents]
    read_seconds = time.perf_counter() - start

    extract(articles[0], profile)  # load the parser outside the clock
    start = time.perf_counter()
    extractions = [extract(article, profile) for article in articles]
    extract_seconds = time.perf_counter() - start
    model = load_embedder("minilm")
    extract(articles[0], profile, embedder=model)  # and the sentence model, and the issues' vectors
    start = time.perf_counter()
    for article in articles:
        extract(article, profile, embedder=model)
    model_seconds = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/bench.db")
        start = time.perf_counter()
        for article, extraction in zip(articles, extractions):
            store.add_article(article, extraction)
        store_seconds = time.perf_counter() - start

    words = sum(len(a.text.split()) for a in articles)
    base = read_seconds + store_seconds
    print(f"extract: {args.n} articles ({words / args.n:.0f} words each) in {extract_seconds:.2f} s "
          f"= {args.n / extract_seconds:.1f} articles/s")
    print(f"  read+clean {read_seconds:.2f} s, store {store_seconds:.2f} s "
          f"= {args.n / base:.1f} articles/s")
    print(f"  extraction costs {extract_seconds / base:.1f}x read+store")
    print(f"  with the sentence model for statements naming no issue (as ingest runs it): "
          f"{args.n / model_seconds:.1f} articles/s ({model_seconds / extract_seconds:.2f}x)")
    print("quality on the labelled set:")
    print("  " + report(score_files((ROOT / "tests" / "fixtures" / "labelled").glob("*.yaml"), profile))
          .replace("\n", "\n  "))
    for name, title in (("devset", "the development set (a copy of ../shared/devset; no header)"),
                        ("heldout", "held-out set 1 (written blind, seen since; no header)"),
                        ("heldout2", "held-out set 2 (written blind, seen since; no header)"),
                        ("heldout3", "held-out set 3 (written blind, seen since; no header)"),
                        ("heldout4", "held-out set 4 (written blind, seen since; no header)"),
                        ("heldout5", "held-out set 5 (written blind, seen since; no header)"),
                        ("heldout6", "held-out set 6 (written blind, seen since; no header)"),
                        ("heldout7", "held-out set 7 (written blind, seen since; no header)"),
                        ("heldout8", "held-out set 8 (written blind, seen since; no header)"),
                        ("heldout9", "held-out set 9 (written blind, seen since; no header)"),
                        ("heldout10", "held-out set 10 (written blind, seen since; no header)")):
        folder = ROOT / "tests" / "fixtures" / name
        scores, calibration = score_reports(read_reports(folder, profile, model),
                                            read_issue_map(folder / "issue_map.yaml"))
        print(f"quality on {title}:")
        for kind, score in scores.items():
            print(f"  {kind:<10} precision {score.precision:.2f}  recall {score.recall:.2f}  "
                  f"({score.recalled}/{score.expected} found, {score.right}/{score.found} right)")
        for kind, bands in calibration.items():
            print(f"  calibration of {kind} by confidence: " + "; ".join(bands.lines()))


if __name__ == "__main__":
    main()
