"""Embedding benchmark, one run on this machine: sentences/s of every backend of the packaged
all-MiniLM-L6-v2 (torch, and ONNX Runtime plain, O1-O3 and int8, on 1 thread and on all cores)
on the same sentences, with the ratio to torch on all cores, and each backend's worst cosine to
torch on the agreement test set (the labelled texts and the seeds, as tests/test_embed_onnx.py);
the backend `choose_backend` picks; then the wall time of ingesting 200 articles (as a folder,
one worker per usable core) with the default backend over the pure encode time of the same
statements.

`python bench/embed.py --sensitivity` instead quantises one weight matrix at a time and prints
each one's worst cosine to torch on the test set: how the int8 recipe's float matrices
(parley.embed_onnx.SENSITIVE_FEED_FORWARD) were chosen."""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from corpus import make_articles

from parley.embed import (
    AGREEMENT,
    DEFAULT_BACKEND,
    Embedder,
    MiniLM,
    choose_backend,
    load_embedder,
)
from parley.embed_onnx import VARIANTS, OnnxMiniLM, _quantise, graph_path, usable_cores
from parley.evaluate import agreement_sentences
from parley.extract import extract
from parley.ingest import make_article, read_document
from parley.pipeline import ingest_paths
from parley.profile import load_profile
from parley.settings import ROOT, SEED_DIR
from parley.store import Store

ROUNDS = 3


def candidates() -> dict[str, Callable[[], Embedder]]:
    cores = usable_cores()
    made: dict[str, Callable[[], Embedder]] = {}
    for threads in sorted({1, cores}):
        made[f"torch/{threads}"] = lambda threads=threads: _torch(threads)
        for variant in VARIANTS:
            made[f"{variant}/{threads}"] = lambda variant=variant, threads=threads: OnnxMiniLM(variant, threads)
    return made


def _torch(threads: int) -> Embedder:
    model = MiniLM()
    # torch's thread count is per process: set it before every timed call (see measure()).
    model.threads = threads
    return model


def measure(models: dict[str, Embedder], sentences: list[str]) -> dict[str, float]:
    """Best of ROUNDS timings per model, the rounds interleaved so a noisy second is shared."""
    best = dict.fromkeys(models, float("inf"))
    for _ in range(ROUNDS):
        for label, model in models.items():
            torch.set_num_threads(getattr(model, "threads", usable_cores()))
            start = time.perf_counter()
            model.encode(sentences)
            best[label] = min(best[label], time.perf_counter() - start)
    torch.set_num_threads(usable_cores())
    return {label: len(sentences) / seconds for label, seconds in best.items()}


def test_sentences() -> list[str]:
    labelled = ROOT / "tests" / "fixtures" / "labelled"
    return agreement_sentences(labelled.glob("*.yaml"), [*sorted(SEED_DIR.glob("*.txt")),
                                                         labelled.parent / "third_article.txt"])


def sensitivity() -> None:
    """Worst cosine to torch with only one weight matrix in int8, for every matrix."""
    import onnx

    test_set = test_sentences()
    reference = MiniLM().encode(test_set)
    plain = graph_path("onnx")
    matrices = [node.name for node in onnx.load(str(plain)).graph.node
                if node.op_type == "MatMul" and node.name.split("/")[-2] != "self"]
    worst = {}
    with tempfile.TemporaryDirectory() as folder:
        for matrix in matrices:
            target = Path(folder) / "one.onnx"
            target.unlink(missing_ok=True)
            _quantise(plain, target, keeps_float=lambda node, matrix=matrix: node != matrix)
            vectors = OnnxMiniLM("onnx-int8", threads=usable_cores(), graph=target).encode(test_set)
            worst[matrix] = float(np.min(np.sum(vectors * reference, axis=1)))
    print(f"embed sensitivity: worst cosine to torch over {len(test_set)} test sentences with one matrix in int8")
    for matrix, cosine in sorted(worst.items(), key=lambda item: item[1]):
        print(f"  {cosine:.5f}  {matrix}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sensitivity", action="store_true", help="each weight matrix's cost in int8")
    if parser.parse_args().sensitivity:
        sensitivity()
        return
    profile = load_profile()
    files = make_articles(200, seed=21)
    sentences = [s.text for name, data in files[:40]
                 for s in extract(make_article(read_document(data, name), name), profile).statements]
    models = {label: make() for label, make in candidates().items()}
    for model in models.values():
        model.encode(sentences[:64])  # warm: first calls allocate
    rates = measure(models, sentences)
    cores = usable_cores()
    reference_label = f"torch/{cores}"
    test_set = test_sentences()
    reference = models[reference_label].encode(test_set)
    print(f"embed: {len(sentences)} sentences, best of {ROUNDS} interleaved rounds, ratio to {reference_label}; "
          f"worst cosine to torch over {len(test_set)} test sentences (must be >= {AGREEMENT})")
    worst: dict[str, float] = {}
    for label, model in models.items():
        worst[label] = float(np.min(np.sum(model.encode(test_set) * reference, axis=1)))
        verdict = "agrees" if worst[label] >= AGREEMENT else "disagrees"
        print(f"  {label:14} {rates[label]:6.0f} sentences/s  ratio {rates[label] / rates[reference_label]:.2f}  "
              f"worst cosine {worst[label]:.4f} {verdict}")
    on_all_cores = {label.split("/")[0]: rate for label, rate in rates.items() if label.endswith(f"/{cores}")}
    chosen = choose_backend(on_all_cores, {label.split("/")[0]: w for label, w in worst.items()})
    note = "" if chosen == DEFAULT_BACKEND else f"; DEFAULT_BACKEND in parley/embed.py is {DEFAULT_BACKEND}"
    print(f"  chosen on this machine: {chosen}{note}")
    del models

    embedder = load_embedder()
    stages, wall = _ingest(files, profile, embedder)
    statements = [s.text for name, data in files
                  for s in extract(make_article(read_document(data, name), name), profile).statements]
    start = time.perf_counter()
    embedder.encode(statements)
    encode = time.perf_counter() - start
    print(f"  ingest with {DEFAULT_BACKEND}, --jobs {usable_cores()}, of {len(files)} articles "
          f"({len(statements)} statements): {wall:.1f} s wall; "
          f"pure encode of the same statements {encode:.1f} s (wall / encode {wall / encode:.2f}); "
          + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in stages.items()))


def _ingest(files, profile, embedder) -> tuple[dict[str, float], float]:
    """Wall time of ingesting the files as a folder into a fresh SQLite file, and the time each
    stage took summed over the articles (embedding is the rest)."""
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files:
            (Path(folder) / name).write_bytes(data)
        store = Store(f"sqlite:///{folder}/bench.db")
        start = time.perf_counter()
        outcomes = list(ingest_paths(store, [Path(folder)], profile, embedder, jobs=usable_cores()))
        wall = time.perf_counter() - start
    stages: dict[str, float] = {}
    for outcome in outcomes:
        for stage, seconds in outcome.timings.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    return stages, wall


if __name__ == "__main__":
    main()
