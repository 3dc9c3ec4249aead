"""Groups of similar statements: every pair above a cosine threshold is joined (single link),
groups of two or more are kept. Similarities are computed a block of rows at a time against
the rows after them, so memory stays bounded (no dense n x n matrix) however many statements."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

DEFAULT_THRESHOLD = 0.72
# Floats in one block of similarities (64 MB of float32).
BLOCK_FLOATS = 16_000_000


@dataclass(frozen=True)
class Group:
    """Indices of similar statements, the most central one, and an id stable for its members."""

    id: str
    members: tuple[int, ...]
    representative: int


def similar_pairs(vectors: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """All (i, j), i < j, with cosine similarity >= threshold; vectors must be unit length."""
    n = len(vectors)
    rows = max(1, BLOCK_FLOATS // max(n, 1))
    firsts, seconds = [], []
    for start in range(0, n, rows):
        block = vectors[start:start + rows] @ vectors[start:].T
        i, j = np.nonzero(block >= threshold)
        keep = start + i < start + j  # upper triangle: each pair once, no self-pairs
        firsts.append(start + i[keep])
        seconds.append(start + j[keep])
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def group_statements(vectors: np.ndarray, keys: Sequence[object],
                     threshold: float = DEFAULT_THRESHOLD) -> list[Group]:
    """Groups of two or more, largest first; ``keys`` (e.g. statement ids) name the group."""
    vectors = np.asarray(vectors, dtype=np.float32)
    parent = np.arange(len(vectors))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(*similar_pairs(vectors, threshold)):
        ra, rb = root(int(a)), root(int(b))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = {}
    for index in range(len(vectors)):
        members.setdefault(root(index), []).append(index)
    groups = [_group(tuple(m), vectors, keys) for m in members.values() if len(m) >= 2]
    return sorted(groups, key=lambda g: (-len(g.members), g.id))


def _group(members: tuple[int, ...], vectors: np.ndarray, keys: Sequence[object]) -> Group:
    block = vectors[list(members)]
    # Mean similarity of each member to the others, from the group's sum: O(n d), not O(n^2).
    centrality = block @ block.sum(axis=0)
    representative = members[int(np.argmax(centrality))]
    digest = hashlib.sha1("|".join(sorted(str(keys[i]) for i in members)).encode()).hexdigest()
    return Group(id=digest[:12], members=members, representative=representative)
