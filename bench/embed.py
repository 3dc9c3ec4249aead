"""Embedding benchmark: sentences/s of the packaged all-MiniLM-L6-v2 on torch (CPU) with 1 and 2
threads, on the same sentences in one run, and ingest wall time over the pure encode time of the
same articles' statements. ONNX candidates are not measured yet (see the issue note)."""

from __future__ import annotations

import time

import torch
from corpus import make_articles

from parley.embed import MiniLM
from parley.extract import extract
from parley.ingest import make_article, read_document
from parley.pipeline import ingest_file
from parley.profile import load_profile
from parley.store import Store


def main() -> None:
    profile, model = load_profile(), MiniLM()
    files = make_articles(200, seed=21)
    sentences = [s.text for name, data in files[:40]
                 for s in extract(make_article(read_document(data, name), name), profile).statements]
    model.encode(sentences[:64])  # warm
    rates = {}
    for threads in (1, 2):
        torch.set_num_threads(threads)
        start = time.perf_counter()
        model.encode(sentences)
        rates[threads] = len(sentences) / (time.perf_counter() - start)
    print(f"embed: torch, {len(sentences)} sentences: 1 thread {rates[1]:.0f}/s, 2 threads {rates[2]:.0f}/s "
          f"(ratio {rates[2] / rates[1]:.2f})")
    store = Store("sqlite://")
    start = time.perf_counter()
    outcomes = [ingest_file(store, data, name, profile, model) for name, data in files]
    wall = time.perf_counter() - start
    encode = sum(o.timings.get("embed", 0.0) for o in outcomes)
    print(f"  ingest of {len(files)} articles: {wall:.1f} s wall, {encode:.1f} s of it encoding "
          f"(wall / encode {wall / encode:.2f}; extraction is the rest)")


if __name__ == "__main__":
    main()
