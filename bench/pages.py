"""Page benchmark: every page rendered with AppTest on a corpus of 20 and of 2,000 articles.

Prints the warm render time per page for both corpora and their ratio (the target is 1.5 or
less: pages read aggregated, cached queries and cached chart specs, never every row on every
rerun; what a page draws is capped, not proportional to the corpus), and the slowest warm page
against the one-second budget for a page's first content. The 2,000 articles are
made from 20 extracted bases, each copy with its own outlet, date and closing sentence, so the
store holds 2,000 distinct articles with realistic extractions without 2,000 parses.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

from corpus import build_store, extracted_bases

from parley.embed import HashingEmbedder
from parley.pipeline import embed_missing
from parley.settings import ROOT
from parley.store import Store

PAGES = ["app_pages/overview.py", "app_pages/positions.py", "app_pages/exchanges.py",
         "app_pages/deadline.py", "app_pages/statements.py", "app_pages/articles.py"]
RUNS = 7


def warm_times(url: str) -> dict[str, float]:
    from streamlit.testing.v1 import AppTest

    os.environ["PARLEY_DATABASE_URL"] = url
    # Pages are measured, not the model: vectors come from the fast fake, made before the clock.
    os.environ["PARLEY_EMBEDDER"] = "hashing"
    for _ in embed_missing(Store(url), HashingEmbedder()):
        pass
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
    bases = extracted_bases(20)
    with tempfile.TemporaryDirectory() as folder:
        small, large = f"{folder}/small.db", f"{folder}/large.db"
        start = time.perf_counter()
        build_store(small, 20, bases)
        build_store(large, 2000, bases)
        print(f"pages: corpora of 20 and 2,000 articles built in {time.perf_counter() - start:.1f} s")
        few, many = warm_times(f"sqlite:///{small}"), warm_times(f"sqlite:///{large}")
    print(f"  {'page':<12} {'20 (ms)':>9} {'2,000 (ms)':>11} {'ratio':>6}")
    worst = 0.0
    for page in PAGES:
        ratio = many[page] / few[page]
        worst = max(worst, ratio)
        name = page.split("/")[-1].removesuffix(".py")
        print(f"  {name:<12} {few[page] * 1000:9.0f} {many[page] * 1000:11.0f} {ratio:6.2f}")
    slowest = max(many.values())
    print(f"  worst ratio {worst:.2f} (target 1.5 or less); slowest warm page {slowest * 1000:.0f} ms "
          f"(budget 1,000 ms)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
