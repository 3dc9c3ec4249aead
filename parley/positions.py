"""The positions matrix: each side's stance issue by issue, where the parties agree or diverge,
and how a side's stance moved from one talks round to the next."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from parley.filters import CorpusFilter
from parley.profile import JOINT, Profile, Round
from parley.store import PositionCount

# What a stance amounts to, in the few words a cell shows.
STANCE_WORDS = {"demands": "demands", "proposes": "proposes", "accepts": "accepts",
                "rejects": "rejects", "agrees": "agrees", "warns": "warns", "conditions": "sets conditions",
                "states": "comments"}
_ASSENT = {"agrees", "accepts"}


@dataclass(frozen=True)
class Cell:
    """One side on one issue."""

    issue: str
    actor: str
    statements: int
    outlets: int
    stances: dict[str, int]

    @property
    def stance(self) -> str:
        """The most frequent stance that says something; "states" only when nothing else does."""
        telling = {s: n for s, n in self.stances.items() if s and s != "states"}
        pool = telling or self.stances
        return max(sorted(pool), key=lambda s: pool[s]) if pool else "states"

    @property
    def summary(self) -> str:
        return f"{STANCE_WORDS.get(self.stance, self.stance)} · {self.statements} st. · {self.outlets} outl."


@dataclass(frozen=True)
class IssueRow:
    """An issue with each side's cell and how the parties relate on it."""

    issue: str
    cells: dict[str, Cell]
    relation: str | None  # "agree", "diverge" or None
    why: str


def columns(profile: Profile) -> list[str]:
    """Parties first (in profile order), mediators after, both sides last."""
    return [a.id for a in profile.parties] + [a.id for a in profile.actors if a.kind != "party"] + [JOINT]


def position_matrix(counts: Iterable[PositionCount], profile: Profile) -> list[IssueRow]:
    """Rows in the profile's issue order, for every issue some side has a statement on."""
    grouped: dict[tuple[str, str], list[PositionCount]] = {}
    for count in counts:
        grouped.setdefault((count.issue, count.actor), []).append(count)
    rows = []
    for issue in profile.issues:
        cells = {actor: _cell(issue.id, actor, grouped[(issue.id, actor)])
                 for actor in columns(profile) if (issue.id, actor) in grouped}
        if cells:
            relation, why = relate(cells, profile)
            rows.append(IssueRow(issue=issue.id, cells=cells, relation=relation, why=why))
    return rows


def _cell(issue: str, actor: str, counts: list[PositionCount]) -> Cell:
    stances = Counter()
    for count in counts:
        stances[count.stance or "states"] += count.statements
    # Outlets per stance overlap; the largest is a lower bound of the distinct outlets.
    return Cell(issue=issue, actor=actor, statements=sum(c.statements for c in counts),
                outlets=max(c.outlets for c in counts), stances=dict(stances))


def relate(cells: dict[str, Cell], profile: Profile) -> tuple[str | None, str]:
    """Diverge when the parties' stances oppose (a demand or a rejection the other does not share);
    agree when both assent or agreed jointly. Opposition wins over a joint procedural agreement."""
    label = profile.label_of
    parties = [cells[a.id] for a in profile.parties if a.id in cells]
    joint = cells.get(JOINT)
    jointly = joint.stances.get("agrees", 0) if joint else 0
    if len(parties) >= 2:
        first, second = parties[0], parties[1]
        stances = (first.stance, second.stance)
        said = f"{label(first.actor)} {STANCE_WORDS[first.stance]}, {label(second.actor)} {STANCE_WORDS[second.stance]}"
        if "states" not in stances and first.stance != second.stance and \
                ({"demands", "rejects"} & set(stances)):
            also = f"; yet {jointly} statement(s) of a joint agreement" if jointly else ""
            return "diverge", said + also
        if set(stances) <= _ASSENT:
            return "agree", said
    if jointly:
        return "agree", f"{jointly} statement(s) of a joint agreement"
    return None, ""


def round_windows(profile: Profile) -> list[tuple[Round, CorpusFilter]]:
    """Each round with the dates whose reports it covers: from its day to the day before the next."""
    rounds = sorted(profile.rounds, key=lambda r: r.date)
    windows = []
    for i, talks in enumerate(rounds):
        until = rounds[i + 1].date - timedelta(days=1) if i + 1 < len(rounds) else None
        windows.append((talks, CorpusFilter(since=talks.date, until=until)))
    return windows


def within(window: CorpusFilter, where: CorpusFilter) -> CorpusFilter:
    """The round's window narrowed by the page's own date filter."""
    since = max(d for d in (window.since, where.since) if d) if window.since or where.since else None
    untils = [d for d in (window.until, where.until) if d]
    return replace(where, since=since, until=min(untils) if untils else None)


def stance_by_round(actor: str, profile: Profile,
                    counts_for: Callable[[CorpusFilter], list[PositionCount]],
                    where: CorpusFilter) -> dict[str, dict[str, str]]:
    """For one side: issue -> round label -> stance word, for rounds with statements."""
    table: dict[str, dict[str, str]] = {}
    for talks, window in round_windows(profile):
        for row in position_matrix(counts_for(within(window, where)), profile):
            cell = row.cells.get(actor)
            if cell:
                table.setdefault(row.issue, {})[talks.label] = STANCE_WORDS.get(cell.stance, cell.stance)
    return table


def round_of_date(profile: Profile, day: date | None) -> Round | None:
    """The latest round held on or before a day."""
    held = [r for r in sorted(profile.rounds, key=lambda r: r.date) if day and r.date <= day]
    return held[-1] if held else None
