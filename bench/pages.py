"""Page benchmark: every page rendered with AppTest on a corpus of 20 and of 2,000 articles.

Prints the warm render time per page for both corpora and their ratio (the target is under 3:
pages read aggregated, cached queries, not every row on every rerun). The 2,000 articles are
made from 20 extracted bases, each copy with its own outlet, date and closing sentence, so the
store holds 2,000 distinct articles with realistic extractions without 2,000 parses.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta

from corpus import make_articles

from parley.extract import EXTRACTOR_VERSION, extract
from parley.ingest import make_article, read_document
from parley.ingest.fingerprint import article_id, fingerprint
from parley.profile import load_profile
from parley.settings import ROOT
from parley.store import Store

PAGES = ["app_pages/overview.py", "app_pages/positions.py", "app_pages/exchanges.py",
         "app_pages/deadline.py", "app_pages/statements.py", "app_pages/articles.py"]
OUTLETS = ["Wire One", "TASS", "Kyiv Independent", "Anadolu Agency", "Reuters", "Geneva Monitor", None]
RUNS = 3


def build(path: str, n: int, bases: list) -> None:
    store = Store(f"sqlite:///{path}")
    for i in range(n):
        base, extraction = bases[i % len(bases)]
        text = f"{base.text}\n\nReport {i} was filed on day {i // len(bases)}."
        digest = fingerprint(text)
        article = replace(base, id=article_id(digest), fingerprint=digest, text=text,
                          outlet=OUTLETS[i % len(OUTLETS)], published=date(2025, 5, 10) + timedelta(days=i % 110))
        store.add_article(article, extraction, EXTRACTOR_VERSION)


def warm_times(url: str) -> dict[str, float]:
    from streamlit.testing.v1 import AppTest

    os.environ["PARLEY_DATABASE_URL"] = url
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    times = {}
    for page in PAGES:
        app.switch_page(page).run()  # cold: fills the caches
        samples = []
        for _ in range(RUNS):
            start = time.perf_counter()
            app.run()
            samples.append(time.perf_counter() - start)
        if app.exception:
            raise SystemExit(f"{page} raised: {app.exception}")
        times[page] = statistics.median(samples)
    return times


def main() -> None:
    profile = load_profile()
    bases = []
    for name, data in make_articles(20, seed=3):
        article = make_article(read_document(data, name), name)
        bases.append((article, extract(article, profile)))
    with tempfile.TemporaryDirectory() as folder:
        small, large = f"{folder}/small.db", f"{folder}/large.db"
        start = time.perf_counter()
        build(small, 20, bases)
        build(large, 2000, bases)
        print(f"pages: corpora of 20 and 2,000 articles built in {time.perf_counter() - start:.1f} s")
        few, many = warm_times(f"sqlite:///{small}"), warm_times(f"sqlite:///{large}")
    print(f"  {'page':<12} {'20 (ms)':>9} {'2,000 (ms)':>11} {'ratio':>6}")
    worst = 0.0
    for page in PAGES:
        ratio = many[page] / few[page]
        worst = max(worst, ratio)
        name = page.split("/")[-1].removesuffix(".py")
        print(f"  {name:<12} {few[page] * 1000:9.0f} {many[page] * 1000:11.0f} {ratio:6.2f}")
    print(f"  worst ratio {worst:.2f} (target under 3)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
