"""How well groups keep together what is one claim and apart what is not, on statement pairs
labelled by hand (tests/fixtures/claim_pairs.yaml): the share of same-claim pairs grouped
together, of different-claim pairs kept apart, of groups drawn from one article, and members
under five words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from parley.claims import MIN_WORDS, word_count
from parley.cluster import Group
from parley.store import StatementRow, Store


@dataclass(frozen=True)
class LabelledPair:
    """Two statements, each named by its article's file and a quote of it, and whether they
    tell the same claim."""

    a: tuple[str, str]
    b: tuple[str, str]
    same: bool
    why: str


@dataclass(frozen=True)
class PairScore:
    """Grouping measured on labelled pairs, at one threshold."""

    threshold: float
    together: int  # same-claim pairs in one group
    positives: int
    apart: int  # different-claim pairs not in one group
    negatives: int
    groups: int
    single_article: int  # groups with members from one article only
    short_members: int  # members under MIN_WORDS words
    unfound: int  # labelled statements extraction did not produce

    @property
    def together_rate(self) -> float:
        return self.together / self.positives if self.positives else 0.0

    @property
    def apart_rate(self) -> float:
        return self.apart / self.negatives if self.negatives else 0.0

    @property
    def single_article_share(self) -> float:
        return self.single_article / self.groups if self.groups else 0.0


def load_pairs(path: Path) -> list[LabelledPair]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [LabelledPair(a=tuple(p["a"]), b=tuple(p["b"]), same=bool(p["same"]), why=p.get("why", ""))
            for p in data["pairs"]]


def locate(pairs: Sequence[LabelledPair], store: Store,
           rows: Sequence[StatementRow]) -> dict[tuple[str, str], int | None]:
    """For each labelled statement, the index in ``rows`` of the stored statement that overlaps
    its quote most (extraction may cut a sentence differently), or None."""
    by_file = {a.source_name: a.id for a in store.list_articles() if a.source_name}
    texts: dict[str, str] = {}
    found: dict[tuple[str, str], int | None] = {}
    for named in {side for pair in pairs for side in (pair.a, pair.b)}:
        file, quote = named
        article_id = by_file.get(file)
        if article_id is None:
            found[named] = None
            continue
        if article_id not in texts:
            texts[article_id] = store.get_article(article_id).text
        start = texts[article_id].find(quote)
        if start < 0:
            found[named] = None
            continue
        end = start + len(quote)
        overlaps = [(min(end, r.end) - max(start, r.start), i) for i, r in enumerate(rows)
                    if r.article_id == article_id and r.start < end and start < r.end]
        found[named] = max(overlaps)[1] if overlaps else None
    return found


def score(threshold: float, groups: Sequence[Group], pairs: Sequence[LabelledPair],
          located: dict[tuple[str, str], int | None], rows: Sequence[StatementRow]) -> PairScore:
    """Pairs kept together and apart by these groups, and what the groups are made of."""
    group_of = {member: g.id for g in groups for member in g.members}
    together = apart = 0
    for pair in pairs:
        a, b = located.get(pair.a), located.get(pair.b)
        joined = a is not None and b is not None and group_of.get(a) is not None and group_of.get(a) == group_of.get(b)
        together += pair.same and joined
        apart += (not pair.same) and not joined
    return PairScore(
        threshold=threshold, together=together, positives=sum(p.same for p in pairs), apart=apart,
        negatives=sum(not p.same for p in pairs), groups=len(groups),
        single_article=sum(len({rows[m].article_id for m in g.members}) < 2 for g in groups),
        short_members=sum(word_count(rows[m].text) < MIN_WORDS for g in groups for m in g.members),
        unfound=sum(v is None for v in located.values()))
