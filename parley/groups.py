"""Groups of statements telling the same claim, as the Statements page shows them: members of
five words or more whose facts agree (parley.claim_facts), their spread across sides and
outlets, a flag where members give different numbers, a 2-D map, and nearest-sentence search."""

from __future__ import annotations

import re

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import numpy as np

from parley.claim_facts import FactTable, claim_facts
from parley.claims import MIN_WORDS, claim_text, word_count
from parley.cluster import DEFAULT_THRESHOLD, Group, group_statements
from parley.events import EventMap
from parley.extract.figures import sentence_figures
from parley.ledger import ledger_of
from parley.profile import JOINT, TIERS, Profile, load_profile
from parley.store import StatementRow, Store

MAP_POINTS = 5000  # a map of more points is no easier to read and much slower to draw


@dataclass(frozen=True)
class Coverage:
    """The articles of a group from outlets of one side and tier ("which sides' media carry it")."""

    side: str | None  # the outlet's side in the profile; None for independent or unknown outlets
    tier: str | None
    outlets: tuple[str, ...]
    articles: int


@dataclass(frozen=True)
class GroupView:
    """A group as the page shows it: titled by its representative claim, with the claim's side,
    issue and date range; one member per article (an article's duplicates count once), by date."""

    id: str
    claim: str  # the representative's claim, without its attribution
    representative: StatementRow
    members: tuple[StatementRow, ...]  # one per article, oldest first
    statements: int  # members with the duplicates collapsed into them
    side: str | None  # whose claim: the side most members give
    sides: tuple[str, ...]  # every side whose claim a member tells ("joint" for both sides)
    issue: str | None
    first: date | None
    last: date | None
    outlets: tuple[str, ...]
    coverage: tuple[Coverage, ...]
    numbers: str  # "" or e.g. "prisoners: 800 vs 1,500"
    related: tuple[str, ...] = ()

    @property
    def spread(self) -> int:
        return len(self.sides) + len(self.outlets)

    @property
    def articles(self) -> int:
        return len(self.members)


def statement_facts(rows: list[StatementRow], profile: Profile | None = None,
                    events: EventMap | None = None) -> FactTable:
    """The facts of each statement (whose claim, numbers, events, when): computed once per
    corpus view, whatever threshold the groups are then cut at. ``events``: the view's exchange
    figures linked to events (the ledger's), so that two statements of different events differ."""
    stated = statement_events(rows, events) if events is not None else [frozenset()] * len(rows)
    return FactTable([claim_facts(r.text, r.reporter or r.actor, r.published, profile, found)
                      for r, found in zip(rows, stated)])


def statement_events(rows: list[StatementRow], events: EventMap) -> list[frozenset[str]]:
    """For each statement, the events of the exchange figures inside its span."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for event in events.events:
        for row in events.rows(event):
            spans.setdefault(row.article_id, []).append((row.figure.start, row.figure.end, event.id))
    return [frozenset(e for start, end, e in spans.get(r.article_id, ()) if r.start <= start and end <= r.end)
            for r in rows]


def claim_groups(rows: list[StatementRow], vectors: np.ndarray, ids: list[int],
                 threshold: float = DEFAULT_THRESHOLD, profile: Profile | None = None,
                 facts: FactTable | None = None, min_articles: int = 2) -> list[Group]:
    """Groups of statements that tell one claim in two or more articles. Members have five words
    or more; two statements whose sides, numbers or days differ never share a group. ``facts``
    (statement_facts of ``rows``) saves computing them again; ``min_articles=1`` also returns
    the groups one article makes on its own (to count them)."""
    kept = [i for i, row in enumerate(rows) if word_count(row.text) >= MIN_WORDS]
    if len(kept) < 2:
        return []
    facts = facts.take(kept) if facts is not None else statement_facts([rows[i] for i in kept], profile)
    groups = group_statements(vectors[kept], [ids[i] for i in kept], threshold,
                              articles=[rows[i].article_id for i in kept], facts=facts, min_articles=min_articles)
    return [replace(g, members=tuple(kept[m] for m in g.members), representative=kept[g.representative])
            for g in groups]


def group_views(groups: list[Group], rows: list[StatementRow], profile: Profile | None = None) -> list[GroupView]:
    """Groups as the page shows them, ordered by spread (sides and outlets involved), then size."""
    views = [group_view(group, rows, profile) for group in groups]
    return sorted(views, key=lambda v: (-v.spread, -v.articles, v.id))


def group_view(group: Group, rows: list[StatementRow], profile: Profile | None = None) -> GroupView:
    everyone = [rows[i] for i in group.members]
    representative = rows[group.representative]
    members = one_per_article(everyone, representative)
    days = [m.published for m in members if m.published]
    return GroupView(
        id=group.id, claim=_title(representative, everyone, profile), representative=representative,
        members=members,
        statements=len(everyone), side=_most_common(m.reporter or m.actor for m in everyone),
        sides=tuple(dict.fromkeys(s for m in everyone if (s := m.reporter or m.actor))),
        issue=_most_common(i for m in everyone for i in m.issues),
        first=min(days, default=None), last=max(days, default=None),
        outlets=tuple(dict.fromkeys(m.outlet or m.title for m in members)),
        coverage=coverage(members, profile), numbers=number_disagreement(tuple(everyone)), related=group.related)


def one_per_article(rows: list[StatementRow], representative: StatementRow) -> tuple[StatementRow, ...]:
    """An article's statements in a group count once: the representative where it is one of them,
    else the article's fullest telling (a body sentence over its headline); oldest article first."""
    chosen: dict[str, StatementRow] = {}
    for row in sorted(rows, key=lambda r: (r is not representative, -word_count(r.text), r.start)):
        chosen.setdefault(row.article_id, row)
    return tuple(sorted(chosen.values(), key=lambda r: (r.published or date.max, r.article_id)))


def coverage(members: tuple[StatementRow, ...], profile: Profile | None) -> tuple[Coverage, ...]:
    """Articles per outlet side and tier, parties' official media first."""
    found: dict[tuple[str | None, str | None], list[str]] = {}
    for member in members:
        outlet = profile.outlet_for(member.outlet, None) if profile else None
        tier = member.tier or (outlet.tier if outlet else None)
        found.setdefault((outlet.actor if outlet else None, tier), []).append(member.outlet or member.title)
    order = {tier: i for i, tier in enumerate(TIERS)}
    return tuple(Coverage(side=side, tier=tier, outlets=tuple(dict.fromkeys(names)), articles=len(names))
                 for (side, tier), names in sorted(found.items(), key=lambda kv: (order.get(kv[0][1], len(order)),
                                                                                   kv[0][0] or "")))


# Words that open a clause cut from inside a sentence: "which the South wanted ...", "that the North refused".
_FRAGMENT_OPENING = re.compile(r"^(?:which|that|who|whom|whose|and|but|or|while|whereas|although|though|as|"
                               r"because|since|if|when|where|whether|so)\b\s*,?\s*", re.IGNORECASE)


# A claim that opens on a bare pronoun ("It would ...", "He declined ...") names no one: as a
# title it tells the reader nothing until the group is opened.
_PRONOUN_OPENING = re.compile(r"^(?:it|it's|its|he|his|she|her|they|their|we|our|i)\b", re.IGNORECASE)


def _title(representative: StatementRow, members: list[StatementRow], profile: Profile | None = None) -> str:
    """The group's title: the representative's claim when it reads as a sentence and names its
    subject, else the fullest member claim that does, else a member's whole sentence whose
    attribution names who ("Marn said it would ..."); failing all, the claim as it is, after
    the speaker or side it is told of ("Ivo Marn: he declined ..."). Never a word not in the text."""
    ordered = sorted(members, key=lambda m: (m is not representative, -word_count(m.text)))
    claims = [claim_text(m.text) for m in ordered]
    sentences = [" ".join(m.text.split()) for m in ordered]

    def reads(text: str) -> bool:
        return not _FRAGMENT_OPENING.match(text) and word_count(text) >= 5

    named = next((c for c in [*claims, *sentences] if reads(c) and not _PRONOUN_OPENING.match(c)), None)
    if named:
        return _capitalised(named)
    whole = next((c for c in claims if reads(c)), None)
    title = _capitalised(whole or _FRAGMENT_OPENING.sub("", claims[0], count=1) or claims[0])
    if not _PRONOUN_OPENING.match(title):
        return title
    who = _most_common(m.speaker for m in ordered) or _most_common(m.reporter or m.actor for m in ordered)
    if who and profile is not None and not any(m.speaker for m in ordered):
        who = profile.label_of(who)
    return f"{who}: {title}" if who else title


def _capitalised(text: str) -> str:
    """A claim cut from inside a sentence ("the Russian side offered ...") as a title starts."""
    return text[:1].upper() + text[1:]


def _most_common(values: Iterable[str | None]) -> str | None:
    """The value given most often (a side rather than "joint", which any side's claim may be)."""
    given = [v for v in values if v]
    counted = Counter(v for v in given if v != JOINT) or Counter(given)
    return counted.most_common(1)[0][0] if counted else None


def number_disagreement(members: tuple[StatementRow, ...]) -> str:
    """Where members count the same thing and no one number is given by all of them: "prisoners:
    500 vs 600" (a hedge, a rounding or a range that let them share a group)."""
    values: dict[str, list[set[float]]] = {}
    for member in members:
        found: dict[str, set[float]] = {}
        for figure in sentence_figures(member.text):
            if figure["category"] not in ("other", "duration") and figure["value"] is not None:
                found.setdefault(figure["category"], set()).add(figure["value"])
        for category, numbers in found.items():
            values.setdefault(category, []).append(numbers)
    differing = [f"{category}: {' vs '.join(f'{v:,.0f}' for v in sorted(set().union(*given)))}"
                 for category, given in values.items() if len(given) > 1 and not set.intersection(*given)]
    return "; ".join(differing)


def group_records(store: Store, model: str, threshold: float = DEFAULT_THRESHOLD,
                  profile: Profile | None = None) -> list[dict[str, Any]]:
    """The groups as JSON records: the representative claim, every member (oldest first) with
    its article and span, the date range of the articles, and the ids of related groups."""
    profile = profile or load_profile()
    rows, vectors, ids = store.grouping_rows(model)
    facts = statement_facts(rows, profile, ledger_of(store, profile).events)
    records = []
    for group in claim_groups(rows, vectors, ids, threshold, profile, facts):
        members = sorted((rows[i] for i in group.members), key=lambda r: (r.published or date.max, r.article_id, r.start))
        days = [m.published for m in members if m.published]
        records.append({
            "id": group.id, "representative": rows[group.representative].text,
            "members": [{"article_id": m.article_id, "statement": m.text, "actor": m.actor, "outlet": m.outlet,
                         "start": m.start, "end": m.end} for m in members],
            "first": min(days).isoformat() if days else None, "last": max(days).isoformat() if days else None,
            "related": list(group.related)})
    return records


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
