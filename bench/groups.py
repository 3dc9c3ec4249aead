"""Grouping benchmark: time and peak memory of grouping 1,000, 10,000 and 50,000 statements
(random unit vectors of the model's size), as ratios to the 1,000 case. A dense float64 n x n
matrix at 50,000 would be 20 GB; the blockwise grouping stays near its block size."""

from __future__ import annotations

import time
import tracemalloc

import numpy as np
from corpus import ROOT_ON_PATH  # noqa: F401 - the project, importable from bench/

from parley.cluster import DEFAULT_THRESHOLD, group_statements

SIZES = (1_000, 10_000, 50_000)


def measure(n: int) -> tuple[float, float]:
    vectors = np.random.default_rng(n).normal(size=(n, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    tracemalloc.start()
    start = time.perf_counter()
    group_statements(vectors, range(n), DEFAULT_THRESHOLD)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak / 2**20


def main() -> None:
    results = {n: measure(n) for n in SIZES}
    base_time, base_memory = results[SIZES[0]]
    print("groups: statements   seconds  (ratio)   peak MB  (ratio)")
    for n, (seconds, memory) in results.items():
        print(f"  {n:>18,} {seconds:9.2f} {seconds / base_time:8.1f} {memory:9.1f} {memory / base_memory:8.1f}")


if __name__ == "__main__":
    main()
