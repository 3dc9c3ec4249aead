"""Grouping benchmark: quality on labelled pairs, and time and memory up to 100,000 statements.

Quality: the seed articles and the development set are ingested with the real sentence model and
grouped at each threshold; the hand-labelled pairs (tests/fixtures/claim_pairs.yaml) give the
share of same-claim pairs grouped together (recall), of different-claim pairs kept apart, the
precision of the labelled pairs put together, and how many groups one article would make on
its own (the two-article rule drops them: shown groups have none).

Scale: grouping 1,000 to 100,000 statements, each size in a fresh process (its peak resident
memory is its own): random unit vectors of the model's size, which never group and so time the
similarity pass alone, and clustered vectors shaped like real statements (a shared direction,
topics, claims told by a Zipf-distributed number of articles; pairwise similarities mean 0.23,
99th percentile 0.59, where the development set's statements give 0.20 and 0.58). Beyond
EXACT_LIMIT statements candidates are found within probed cells: the share of the exact
neighbour pairs above the threshold they find is printed too.
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np
from corpus import ROOT_ON_PATH  # noqa: F401 - the project, importable from bench/

from parley.cluster import DEFAULT_THRESHOLD, EXACT_LIMIT, NEIGHBOURS, _exact_neighbours, floor_of, \
    group_statements, probed_neighbours

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "fixtures" / "claim_pairs.yaml"
THRESHOLDS = (0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75)
SIZES = (("random", 1_000), ("random", 10_000), ("random", 50_000), ("random", 100_000), ("clustered", 100_000))
RECALL_SIZE = 30_000


def clustered_vectors(n: int, dim: int = 384, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors like statements' (see the module's note), and an article for each (15 a piece)."""
    rng = np.random.default_rng(seed)

    def unit(x: np.ndarray) -> np.ndarray:
        return x / np.linalg.norm(x, axis=-1, keepdims=True)

    shared = unit(rng.normal(size=dim))
    topics = unit(rng.normal(size=(max(1, n // 500), dim)))
    tellings = np.minimum(rng.zipf(2.2, size=n), 200)
    claim_of = np.repeat(np.arange(len(tellings)), tellings)[:n]
    claims = unit(rng.normal(size=(claim_of.max() + 1, dim)))
    topic_of = rng.integers(0, len(topics), size=len(claims))
    vectors = (np.sqrt(0.2) * shared + np.sqrt(0.22) * topics[topic_of[claim_of]] + np.sqrt(0.2) * claims[claim_of]
               + np.sqrt(0.38) * unit(rng.normal(size=(n, dim))))
    return unit(vectors).astype(np.float32), rng.integers(0, max(1, n // 15), size=n)


def random_vectors(n: int) -> tuple[np.ndarray, np.ndarray]:
    vectors = np.random.default_rng(n).normal(size=(n, 384)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True), np.arange(n) // 15


def measure(kind: str, n: int) -> tuple[float, float, float, int]:
    """Seconds, traced peak MB, peak resident MB and groups, for grouping n statements."""
    vectors, articles = (clustered_vectors if kind == "clustered" else random_vectors)(n)
    tracemalloc.start()
    start = time.perf_counter()
    groups = group_statements(vectors, range(n), DEFAULT_THRESHOLD, articles=articles)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, resident_peak_mb(), len(groups)


def resident_peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the
    parent that forked it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def probed_recall(n: int = RECALL_SIZE) -> tuple[float, float, float]:
    """Share of the exact neighbour pairs at or above the threshold that the probed cells find,
    and the seconds each took."""
    vectors, _ = clustered_vectors(n, seed=1)
    floor = floor_of(DEFAULT_THRESHOLD)
    start = time.perf_counter()
    exact = _exact_neighbours(vectors, floor, NEIGHBOURS)
    middle = time.perf_counter()
    probed = probed_neighbours(vectors, floor, NEIGHBOURS)
    end = time.perf_counter()
    keys = [set((p[0][p[2] >= DEFAULT_THRESHOLD] * n + p[1][p[2] >= DEFAULT_THRESHOLD]).tolist()) for p in (exact, probed)]
    return len(keys[0] & keys[1]) / max(1, len(keys[0])), middle - start, end - middle


def labelled_scores() -> None:
    from parley.claim_pairs import load_pairs, locate, score
    from parley.embed import load_embedder
    from parley.groups import claim_groups, statement_facts
    from parley.ledger import ledger_of
    from parley.pipeline import ingest_paths
    from parley.profile import load_profile
    from parley.settings import SEED_DIR
    from parley.store import Store

    profile, embedder = load_profile(), load_embedder()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/pairs.db")
        files = [*sorted(SEED_DIR.glob("*.txt")), *sorted((ROOT / "tests" / "fixtures" / "devset").glob("*.txt"))]
        for _ in ingest_paths(store, files, profile, embedder):
            pass
        rows, vectors, ids = store.grouping_rows(embedder.name)
        pairs = load_pairs(PAIRS)
        located = locate(pairs, store, rows)
        start = time.perf_counter()
        facts = statement_facts(rows, profile, ledger_of(store, profile).events)
        per_thousand = (time.perf_counter() - start) / max(1, len(rows)) * 1000
        print(f"groups: {len(pairs)} labelled pairs ({sum(p.same for p in pairs)} same claim) on "
              f"{len(files)} articles, {len(rows)} statements; facts {per_thousand:.2f} s per 1,000 statements")
        print(f"  {'threshold':>9} {'together':>9} {'apart':>7} {'precision':>9} {'groups':>7} "
              f"{'one-article':>11} {'short':>6}")
        for threshold in THRESHOLDS:
            groups = claim_groups(rows, vectors, ids, threshold, profile, facts)
            result = score(threshold, groups, pairs, located, rows)
            alone = claim_groups(rows, vectors, ids, threshold, profile, facts, min_articles=1)
            single = sum(len({rows[m].article_id for m in g.members}) < 2 for g in alone)
            joined_wrongly = result.negatives - result.apart
            precision = result.together / max(1, result.together + joined_wrongly)
            mark = " <- default" if threshold == DEFAULT_THRESHOLD else ""
            print(f"  {threshold:9.2f} {result.together_rate:9.0%} {result.apart_rate:7.0%} {precision:9.0%} "
                  f"{result.groups:7d} {single:4d} of {len(alone):<4d} {result.short_members:6d}{mark}")
        print("  (one-article: groups one article makes alone, of all it would make without the two-article "
              "rule; shown groups come from two articles or more)")


def main() -> None:
    labelled_scores()
    if "--quality" in sys.argv:
        return
    sys.stdout.flush()
    context = multiprocessing.get_context("spawn")
    print(f"groups: time and memory at threshold {DEFAULT_THRESHOLD}")
    print(f"  {'vectors':>9} {'statements':>10} {'seconds':>8} {'traced MB':>10} {'resident MB':>12} {'groups':>7}")
    for kind, n in SIZES:
        with context.Pool(1) as pool:
            seconds, traced, resident, count = pool.apply(measure, (kind, n))
        print(f"  {kind:>9} {n:10,} {seconds:8.1f} {traced:10.0f} {resident:12.0f} {count:7,}")
        sys.stdout.flush()
    found, exact_s, probed_s = probed_recall()
    print(f"  probed cells beyond {EXACT_LIMIT:,} statements: at {RECALL_SIZE:,} clustered they find {found:.1%} of "
          f"the exact pairs >= {DEFAULT_THRESHOLD} ({probed_s:.1f} s against {exact_s:.1f} s)")


if __name__ == "__main__":
    main()
