"""Groups of statements that tell the same claim, without chaining.

Candidates: each statement's NEIGHBOURS most similar others at least ``floor`` similar (the
threshold less SPREAD), found exactly a block of rows at a time up to EXACT_LIMIT statements and,
beyond, within the cells of a k-means partition each statement probes a few of (measured against
the exact neighbours in bench/groups.py); and the pairs whose facts agree (``facts``: the same
number of the same kind), which may be less alike in words. Statements of one topic are all
somewhat alike, so a floor alone would pair most of a large corpus with most of the rest; a
statement's nearest neighbours are where the tellings of its claim are.

Neighbourhoods: the connected parts of the candidate graph, a part too large to link at once
split where its weakest links are (the floor raised step by step). Groups: average linkage
inside each neighbourhood on the words' similarity plus what agreeing facts add, where a pair
below the floor or whose facts differ never shares a group, cut where the mean similarity across
two parts falls below the threshold. Single link joined A to C through B however unlike A and C
were; here every member is near every other, and near them on average.

Articles count once: two statements of one article weigh as just under the threshold in any
mean (they move no merge across it), and a group needs two articles (``articles``). The groups a
member's candidates fell into are its group's related groups."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

# Chosen on tests/fixtures/claim_pairs.yaml with the default backend's vectors (onnx-int8):
# 0.58 keeps 72% of same-claim pairs together and 93% of different-claim pairs apart; at 0.6
# int8 vectors kept only 65% together, a cliff both backends fall off by 0.65.
DEFAULT_THRESHOLD = 0.58
# No two members of a group are less similar than threshold - SPREAD (words plus facts).
SPREAD = 0.15
NEIGHBOURS = 30  # candidates per statement
# Floats in one block of similarities (64 MB of float32).
BLOCK_FLOATS = 16_000_000
# Up to this many statements every pair is compared; beyond, pairs are found within cells.
EXACT_LIMIT = 10_000
PROBES = 6  # cells each statement is compared within (its nearest centroids)
KMEANS_ROUNDS = 8
# A neighbourhood larger than this is split at a higher floor before linkage (memory is
# quadratic in its size: 2,500 statements take about 100 MB).
DENSE_LIMIT = 2_500
FLOOR_STEP = 0.02
RELATED_SHOWN = 5
_NEUTRAL = 0.01  # how far under the threshold a pair of one article's statements counts
_APART = 1e9  # the distance that keeps two statements apart: larger than any mean it enters

Pairs = tuple[np.ndarray, np.ndarray, np.ndarray]  # first, second (first < second), similarity


class PairFacts(Protocol):
    """What statements' facts say about pairs of them, beyond their words (parley.claim_facts)."""

    support_limit: float  # the most ``compare`` adds to a pair's similarity

    def compare(self, first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per pair: True where the two cannot be one claim; the similarity their facts add."""
        ...

    def shared_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """Pairs whose facts agree, however unlike their words."""
        ...


@dataclass(frozen=True)
class Group:
    """Indices of statements telling one claim, the most central one, an id stable for its
    members, and the ids of related groups (alike, but not the same claim), closest first."""

    id: str
    members: tuple[int, ...]
    representative: int
    related: tuple[str, ...] = ()


def floor_of(threshold: float) -> float:
    return threshold - SPREAD


def similar_pairs(vectors: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """All (i, j), i < j, with cosine similarity >= threshold; vectors must be unit length."""
    n = len(vectors)
    rows = max(1, BLOCK_FLOATS // max(n, 1))
    firsts, seconds, sims = [], [], []
    for start in range(0, n, rows):
        block = vectors[start:start + rows] @ vectors[start:].T
        i, j = np.nonzero(block >= threshold)
        keep = i < j  # upper triangle: each pair once, no self-pairs
        firsts.append(start + i[keep])
        seconds.append(start + j[keep])
        sims.append(block[i[keep], j[keep]])
    first, second, _ = _joined(firsts, seconds, sims)
    return first, second


def candidate_pairs(vectors: np.ndarray, floor: float, neighbours: int = NEIGHBOURS) -> Pairs:
    """Each statement paired with its ``neighbours`` nearest others at least ``floor`` similar,
    each pair once: exactly up to EXACT_LIMIT statements, within probed cells beyond."""
    if len(vectors) <= EXACT_LIMIT:
        return _exact_neighbours(vectors, floor, neighbours)
    return probed_neighbours(vectors, floor, neighbours)


def _exact_neighbours(vectors: np.ndarray, floor: float, neighbours: int) -> Pairs:
    n = len(vectors)
    rows = max(1, BLOCK_FLOATS // max(n, 1))
    found = []
    for start in range(0, n, rows):
        block = vectors[start:start + rows] @ vectors.T
        block[np.arange(len(block)), np.arange(start, start + len(block))] = -np.inf  # not itself
        found.append(_nearest(block, start + np.arange(len(block)), np.arange(n), floor, neighbours))
    return _pairs(found, n)


def probed_neighbours(vectors: np.ndarray, floor: float, neighbours: int = NEIGHBOURS, probes: int = PROBES,
                      seed: int = 0) -> Pairs:
    """Nearest neighbours among the members of the ``probes`` cells nearest each statement
    (cells: spherical k-means on a sample, about sqrt(n) of them, seeded: the same input gives
    the same pairs). Cost about n * probes * cell size instead of n * n."""
    n = len(vectors)
    centroids = _kmeans(vectors, max(2, int(np.sqrt(n))), seed)
    probes = min(probes, len(centroids))
    near = np.empty((n, probes), dtype=np.int32)
    home = np.empty(n, dtype=np.int32)  # the nearest cell: where a statement is a member
    rows = max(1, BLOCK_FLOATS // len(centroids))
    for start in range(0, n, rows):
        scores = vectors[start:start + rows] @ centroids.T
        near[start:start + rows] = np.argpartition(-scores, probes - 1, axis=1)[:, :probes]
        home[start:start + rows] = np.argmax(scores, axis=1)
    by_cell = np.argsort(home, kind="stable")
    bounds = np.searchsorted(home[by_cell], np.arange(len(centroids) + 1))
    # Each statement visits the cells it probes: its rows, listed cell by cell.
    visited = near.reshape(-1)
    order = np.argsort(visited, kind="stable")
    visitor_rows = np.repeat(np.arange(n), probes)[order]
    visit_bounds = np.searchsorted(visited[order], np.arange(len(centroids) + 1))
    found = []
    for cell in range(len(centroids)):
        members = by_cell[bounds[cell]:bounds[cell + 1]]
        visitors = visitor_rows[visit_bounds[cell]:visit_bounds[cell + 1]]
        if len(members) == 0 or len(visitors) == 0:
            continue
        step = max(1, BLOCK_FLOATS // len(members))
        for start in range(0, len(visitors), step):
            chunk = visitors[start:start + step]
            block = vectors[chunk] @ vectors[members].T
            block[chunk[:, None] == members[None, :]] = -np.inf  # not itself
            found.append(_nearest(block, chunk, members, floor, neighbours))
    # A statement's candidates from all the cells it probed: its nearest of them.
    first = np.concatenate([f for f, _, _ in found]) if found else np.zeros(0, np.int64)
    second = np.concatenate([s for _, s, _ in found]) if found else np.zeros(0, np.int64)
    sims = np.concatenate([s for _, _, s in found]) if found else np.zeros(0, np.float32)
    order = np.lexsort((-sims, first))
    first, second, sims = first[order], second[order], sims[order]
    rank = np.arange(len(first)) - np.searchsorted(first, first)
    keep = rank < neighbours
    return _pairs([(first[keep], second[keep], sims[keep])], n)


def _nearest(block: np.ndarray, rows: np.ndarray, columns: np.ndarray, floor: float,
             neighbours: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, similarity) of each row's ``neighbours`` most similar columns >= floor."""
    k = min(neighbours, block.shape[1])
    top = np.argpartition(-block, k - 1, axis=1)[:, :k] if k < block.shape[1] else \
        np.broadcast_to(np.arange(block.shape[1]), block.shape)
    sims = np.take_along_axis(block, top, axis=1)
    i, j = np.nonzero(sims >= floor)
    return rows[i].astype(np.int64), columns[top[i, j]].astype(np.int64), sims[i, j].astype(np.float32)


def _pairs(found: list[tuple[np.ndarray, np.ndarray, np.ndarray]], n: int) -> Pairs:
    """Directed (row, neighbour) finds as undirected pairs, first < second, each once."""
    first = np.concatenate([f for f, _, _ in found]) if found else np.zeros(0, np.int64)
    second = np.concatenate([s for _, s, _ in found]) if found else np.zeros(0, np.int64)
    sims = np.concatenate([s for _, _, s in found]) if found else np.zeros(0, np.float32)
    low, high = np.minimum(first, second), np.maximum(first, second)
    _, unique = np.unique(low * n + high, return_index=True)
    return low[unique], high[unique], sims[unique]


def _kmeans(vectors: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Unit centroids of spherical k-means on a sample (a few rounds suffice to make cells)."""
    rng = np.random.default_rng(seed)
    sample = vectors[rng.choice(len(vectors), min(len(vectors), 40 * k), replace=False)]
    centroids = sample[rng.choice(len(sample), k, replace=False)].copy()
    for _ in range(KMEANS_ROUNDS):
        nearest = np.argmax(sample @ centroids.T, axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, nearest, sample)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centroids = np.where(norms > 0, sums / np.where(norms == 0, 1, norms), centroids)
    return centroids.astype(np.float32)


def _joined(firsts: list, seconds: list, sims: list) -> Pairs:
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    return (np.concatenate(firsts).astype(np.int64), np.concatenate(seconds).astype(np.int64),
            np.concatenate(sims).astype(np.float32))


def group_statements(vectors: np.ndarray, keys: Sequence[object], threshold: float = DEFAULT_THRESHOLD,
                     articles: Sequence[object] | None = None, facts: PairFacts | None = None,
                     min_articles: int = 2) -> list[Group]:
    """Groups of statements from ``min_articles`` articles or more (two or more statements when
    ``articles`` is not given), largest first; ``keys`` (statement ids) name each group."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    n = len(vectors)
    if n < 2:
        return []
    floor = floor_of(threshold)
    pairs = candidate_pairs(vectors, floor)
    if facts is not None:
        pairs = _with_shared(vectors, pairs, facts, floor)
    source = np.unique(np.asarray(list(articles), dtype=object).astype(str), return_inverse=True)[1] \
        if articles is not None else None
    labels = np.full(n, -1, dtype=np.int64)
    next_label = 0
    for part in _neighbourhoods(np.arange(n), pairs, floor, threshold):
        for cluster in _linked(vectors, part, threshold, floor, facts, source):
            labels[cluster] = next_label
            next_label += 1
    members: dict[int, list[int]] = {}
    for index in np.flatnonzero(labels >= 0):
        members.setdefault(int(labels[index]), []).append(int(index))
    origin = source if source is not None else np.arange(n)
    kept = {label: tuple(m) for label, m in members.items()
            if len(m) >= 2 and len(set(origin[m].tolist())) >= min_articles}
    ids = {label: _group_id(m, keys) for label, m in kept.items()}
    related = _related(labels, pairs, ids)
    groups = [Group(id=ids[label], members=m, representative=_central(m, vectors),
                    related=related.get(label, ())) for label, m in kept.items()]
    return sorted(groups, key=lambda g: (-len(g.members), g.id))


def _with_shared(vectors: np.ndarray, pairs: Pairs, facts: PairFacts, floor: float) -> Pairs:
    """The candidates and the pairs whose agreeing facts may lift them over the floor."""
    first, second = facts.shared_pairs()
    step = max(1, BLOCK_FLOATS // vectors.shape[1])
    sims = np.concatenate([np.einsum("ij,ij->i", vectors[first[s:s + step]], vectors[second[s:s + step]])
                           for s in range(0, len(first), step)]) if len(first) else np.zeros(0, np.float32)
    keep = sims >= floor - facts.support_limit
    return _pairs([pairs, (first[keep], second[keep], sims[keep].astype(np.float32))], len(vectors))


def _neighbourhoods(part: np.ndarray, pairs: Pairs, floor: float, threshold: float) -> list[np.ndarray]:
    """Connected parts (two statements or more) of ``part`` by the candidate pairs at least
    ``floor`` similar; a part over DENSE_LIMIT split again at a higher floor (up to the threshold,
    beyond which it is cut in slices: a neighbourhood that large and that tight is rare)."""
    first, second, sims = pairs
    local = np.full(int(max(part.max(), first.max(initial=0), second.max(initial=0))) + 1, -1, dtype=np.int64)
    local[part] = np.arange(len(part))
    inside = (local[first] >= 0) & (local[second] >= 0) & (sims >= floor)
    a, b = local[first[inside]], local[second[inside]]
    count, labels = connected_components(coo_matrix((np.ones(len(a)), (a, b)), shape=(len(part), len(part))),
                                          directed=False)
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(count + 1))
    found = []
    for piece in (part[order[bounds[c]:bounds[c + 1]]] for c in range(count)):
        if len(piece) < 2:
            continue
        if len(piece) <= DENSE_LIMIT:
            found.append(piece)
        elif floor + FLOOR_STEP < threshold:
            kept = (first[inside], second[inside], sims[inside])
            found.extend(_neighbourhoods(piece, kept, floor + FLOOR_STEP, threshold))
        else:
            found.extend(np.array_split(piece, -(-len(piece) // DENSE_LIMIT)))
    return found


def _linked(vectors: np.ndarray, part: np.ndarray, threshold: float, floor: float,
            facts: PairFacts | None, source: np.ndarray | None) -> list[np.ndarray]:
    """Average-linkage clusters of one neighbourhood (indices into ``vectors``), two or more
    statements each."""
    similarity = (vectors[part] @ vectors[part].T).astype(np.float64)
    if facts is not None:
        i, j = np.nonzero(np.triu(similarity >= floor - facts.support_limit, 1))
        apart, added = facts.compare(part[i], part[j])
        similarity[i, j] += added
        similarity[i[apart], j[apart]] = -_APART
        similarity[j, i] = similarity[i, j]
    if source is not None:  # articles count once
        same = source[part][:, None] == source[part][None, :]
        similarity[same & (similarity >= floor)] = threshold - _NEUTRAL
    distance = 1.0 - np.minimum(similarity, 1.0)
    distance[similarity < floor] = _APART
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(distance[np.triu_indices(len(part), 1)], method="average"),
                      t=1.0 - threshold, criterion="distance")
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    return [part[c] for c in np.split(order, bounds) if len(c) >= 2]


def _central(members: tuple[int, ...], vectors: np.ndarray) -> int:
    """The member most similar to the others on average (from the group's sum: O(n d))."""
    block = vectors[list(members)]
    return members[int(np.argmax(block @ block.sum(axis=0)))]


def _group_id(members: tuple[int, ...], keys: Sequence[object]) -> str:
    return hashlib.sha1("|".join(sorted(str(keys[i]) for i in members)).encode()).hexdigest()[:12]


def _related(labels: np.ndarray, pairs: Pairs, ids: dict[int, str]) -> dict[int, tuple[str, ...]]:
    """For each group, the groups its members have candidates in, closest first."""
    first, second, sims = pairs
    a, b = labels[first], labels[second]
    grouped = np.array(sorted(ids), dtype=np.int64)
    across = (a != b) & np.isin(a, grouped) & np.isin(b, grouped)
    best: dict[tuple[int, int], float] = {}
    for x, y, s in zip(a[across].tolist(), b[across].tolist(), sims[across].tolist()):
        for key in ((x, y), (y, x)):
            if s > best.get(key, -1.0):
                best[key] = s
    linked: dict[int, list[tuple[float, str]]] = {}
    for (x, y), s in best.items():
        linked.setdefault(x, []).append((-s, ids[y]))
    return {x: tuple(i for _, i in sorted(found)[:RELATED_SHOWN]) for x, found in linked.items()}
