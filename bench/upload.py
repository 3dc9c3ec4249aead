"""Upload benchmark: ingesting one new article into a corpus of 10 and of 2,000 articles.

Prints the median time of the same new articles uploaded into each (full ingest: read, clean,
extract, store) and the ratio; it should stay near 1, since storing touches only the article's
own rows and the duplicate check is an indexed lookup.
"""

from __future__ import annotations

import statistics
import tempfile
import time

from corpus import build_store, extracted_bases, make_articles

from parley.pipeline import ingest_file
from parley.profile import load_profile
from parley.store import Store

UPLOADS = 9


def upload_times(path: str, uploads: list[tuple[str, bytes]]) -> list[float]:
    store, profile, times = Store(f"sqlite:///{path}"), load_profile(), []
    for name, data in uploads:
        start = time.perf_counter()
        outcome = ingest_file(store, data, name, profile)
        times.append(time.perf_counter() - start)
        assert outcome.status == "stored", outcome.line()
    return times


def main() -> None:
    bases = extracted_bases(20)
    uploads = make_articles(UPLOADS, seed=99)
    ingest_file(Store("sqlite://"), *reversed(make_articles(1, seed=5)[0]))  # load the parser first
    with tempfile.TemporaryDirectory() as folder:
        build_store(f"{folder}/small.db", 10, bases)
        build_store(f"{folder}/large.db", 2000, bases)
        small = statistics.median(upload_times(f"{folder}/small.db", uploads))
        large = statistics.median(upload_times(f"{folder}/large.db", uploads))
    print(f"upload: one article into 10 articles {small * 1000:.0f} ms, into 2,000 {large * 1000:.0f} ms "
          f"(median of {UPLOADS}); ratio {large / small:.2f}")


if __name__ == "__main__":
    main()
