"""Sentence embeddings: an Embedder protocol, the packaged all-MiniLM-L6-v2 model (loaded from
its PyPI package folder, never from a hub), and a small deterministic fake for tests."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from parley.embed_model import (  # noqa: F401 - the model's names, read here by callers
    AGREEMENT,
    BACKENDS,
    BATCH_SIZE,
    MODEL_NAME,
    backend_model_name,
    choose_backend,
    model_folder,
)

# The fastest backend that agrees with torch at cosine 0.99 on every test sentence (`make bench`,
# bench/embed.py, `choose_backend`) on every CPU we run on. int8 (recipe r2) did on the machines it
# was tuned on (558 sentences/s on 2 threads against float ONNX's 384, worst cosine 0.9929), but
# its kernels differ by CPU: on an AVX2-only machine (2026-12-05) its worst was 0.9890, and only
# about 10% faster than float there. Float ONNX computes what torch computes on any CPU, so the
# issues a statement gets by meaning no longer depend on the machine.
DEFAULT_BACKEND = "onnx"


class Embedder(Protocol):
    """Turns sentences into unit vectors; ``name`` is stored beside every vector."""

    name: str
    dimension: int

    def encode(self, sentences: Sequence[str]) -> np.ndarray: ...


class MiniLM:
    """all-MiniLM-L6-v2 through sentence-transformers on the CPU, offline."""

    name = MODEL_NAME
    backend = "torch"
    dimension = 384

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(model_folder(), device="cpu", local_files_only=True)

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """Unit vectors (float32), encoded in large batches."""
        if not sentences:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(list(sentences), batch_size=BATCH_SIZE, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
        return vectors.astype(np.float32, copy=False)


class HashingEmbedder:
    """A fast, deterministic stand-in for tests: bag of hashed words, so sentences sharing words
    are close and identical sentences are identical."""

    name = "hashing-test"
    backend = "hashing"

    def __init__(self, dimension: int = 64) -> None:
        self.dimension = dimension

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(sentences), self.dimension), dtype=np.float32)
        for row, sentence in enumerate(sentences):
            for word in re.findall(r"\w+", sentence.lower()):
                index = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little")
                vectors[row, index % self.dimension] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)


def load_embedder(name: str | None = None) -> Embedder:
    """The embedder named by ``PARLEY_EMBEDDER``: "minilm" (the default backend), a backend by
    name (torch, onnx, onnx-o1, onnx-o2, onnx-o3, onnx-int8), or "hashing" (tests)."""
    chosen = (name or os.environ.get("PARLEY_EMBEDDER") or "minilm").lower()
    if chosen == "hashing":
        return HashingEmbedder()
    backend = DEFAULT_BACKEND if chosen == "minilm" else chosen
    if backend == "torch":
        return MiniLM()
    if backend in BACKENDS:
        from parley.embed_onnx import OnnxMiniLM

        return OnnxMiniLM(backend)
    raise ValueError(f"unknown embedder {chosen!r} (minilm, hashing or one of {', '.join(BACKENDS)})")
