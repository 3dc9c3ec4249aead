"""Groups of statements telling the same claim, as the Statements page shows them: members of
five words or more whose facts agree (parley.claim_facts), their spread across sides and
outlets, a flag where members give different numbers, a 2-D map, and nearest-sentence search."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from parley.claim_facts import FactTable, claim_facts
from parley.claims import MIN_WORDS, word_count
from parley.cluster import DEFAULT_THRESHOLD, Group, group_statements
from parley.extract.figures import sentence_figures
from parley.profile import Profile
from parley.store import StatementRow

MAP_POINTS = 5000  # a map of more points is no easier to read and much slower to draw


@dataclass(frozen=True)
class GroupView:
    """A group as the page shows it."""

    id: str
    representative: StatementRow
    members: tuple[StatementRow, ...]
    sides: tuple[str, ...]
    outlets: tuple[str, ...]
    numbers: str  # "" or e.g. "prisoners: 800 vs 1,500"

    @property
    def spread(self) -> int:
        return len(self.sides) + len(self.outlets)


def claim_groups(rows: list[StatementRow], vectors: np.ndarray, ids: list[int],
                 threshold: float = DEFAULT_THRESHOLD, profile: Profile | None = None) -> list[Group]:
    """Groups of statements that tell one claim in two or more articles. Members have five words
    or more; two statements whose sides, numbers, days or rounds differ never share a group."""
    kept = [i for i, row in enumerate(rows) if word_count(row.text) >= MIN_WORDS]
    if len(kept) < 2:
        return []
    facts = FactTable([claim_facts(rows[i].text, rows[i].reporter or rows[i].actor, rows[i].published, profile)
                       for i in kept])
    groups = group_statements(vectors[kept], [ids[i] for i in kept], threshold,
                              articles=[rows[i].article_id for i in kept], facts=facts)
    return [replace(g, members=tuple(kept[m] for m in g.members), representative=kept[g.representative])
            for g in groups]


def group_views(groups: list[Group], rows: list[StatementRow]) -> list[GroupView]:
    """Groups with their members, ordered by spread (sides and outlets involved), then size."""
    views = []
    for group in groups:
        members = tuple(rows[i] for i in group.members)
        views.append(GroupView(
            id=group.id, representative=rows[group.representative], members=members,
            sides=tuple(dict.fromkeys(m.actor for m in members if m.actor)),
            outlets=tuple(dict.fromkeys(m.outlet or m.title for m in members)),
            numbers=number_disagreement(members)))
    return sorted(views, key=lambda v: (-v.spread, -len(v.members), v.id))


def number_disagreement(members: tuple[StatementRow, ...]) -> str:
    """Where members count the same thing with different numbers: "prisoners: 800 vs 1,500"."""
    values: dict[str, set[float]] = {}
    for member in members:
        for figure in sentence_figures(member.text):
            if figure["category"] not in ("other", "duration"):
                values.setdefault(figure["category"], set()).add(figure["value"])
    differing = [f"{category}: {' vs '.join(f'{v:,.0f}' for v in sorted(found))}"
                 for category, found in values.items() if len(found) > 1]
    return "; ".join(differing)


def project(vectors: np.ndarray) -> np.ndarray:
    """Two principal components of the vectors (PCA by SVD), one row per vector."""
    if len(vectors) < 2:
        return np.zeros((len(vectors), 2), dtype=np.float32)
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    return centred @ components[:2].T


def map_sample(count: int, limit: int = MAP_POINTS) -> np.ndarray:
    """Which rows to draw: all of them up to the limit, else an even, reproducible spread."""
    return np.arange(count) if count <= limit else np.linspace(0, count - 1, limit).astype(int)


def nearest(query: np.ndarray, vectors: np.ndarray, k: int = 10) -> list[tuple[int, float]]:
    """Indices and similarities of the k vectors closest to the query (unit vectors)."""
    if len(vectors) == 0:
        return []
    scores = vectors @ query
    top = np.argsort(-scores)[:k]
    return [(int(i), float(scores[i])) for i in top]
