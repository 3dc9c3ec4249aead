"""The figures ledger: figures grouped into exchanges, their range, and why sources disagree.

A figure's qualifier gives the values it allows ("at least 1,500" allows 1,500 and more).
Sources that state a figure the same way make one claim; two claims about the same exchange
(category and talks round) disagree when they differ, and the disagreement is classified and
explained, never resolved: a hedge that admits the other value, a different scope (cumulative
total vs a new exchange), a different referent (a proposal vs an agreed or completed exchange,
per side vs in total), or a true conflict. Comparing claims rather than rows keeps the work
small however many outlets repeat a number.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from parley.store import FigureRow

EXCHANGE_CATEGORIES = ("prisoners", "bodies", "civilians", "children")
KINDS = {
    "conflict": "true conflict",
    "referent": "different exchange",
    "scope": "cumulative vs new",
    "hedge": "hedge-compatible",
}
_ABOUT = 0.1  # "about 1,000" admits 900 to 1,100
_QUALIFIER_WORDS = {"at_least": "at least", "at_most": "up to", "more_than": "more than",
                    "less_than": "less than", "about": "about"}
_NAMED_SOURCES = 3


@dataclass(frozen=True)
class Claim:
    """One way of stating a figure, and every source that states it so."""

    rows: tuple[FigureRow, ...]

    @property
    def figure(self):  # noqa: ANN201 - the shared Figure of the claim
        return self.rows[0].figure

    @property
    def text(self) -> str:
        return render(self.rows[0])

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(source_name(r) for r in self.rows))

    @property
    def who(self) -> str:
        names = self.sources
        more = len(names) - _NAMED_SOURCES
        return ", ".join(names[:_NAMED_SOURCES]) + (f" and {more} more" if more > 0 else "")


@dataclass(frozen=True)
class Discrepancy:
    """Two claims that may be about the same exchange but give different values."""

    key: str
    kind: str
    a: Claim
    b: Claim
    explanation: str

    @property
    def label(self) -> str:
        return KINDS[self.kind]


@dataclass(frozen=True)
class Exchange:
    """The figures that refer to one exchange (category and round), with their range."""

    category: str
    round: str | None
    rows: tuple[FigureRow, ...]
    claims: tuple[Claim, ...]
    low: float
    best: float
    high: float
    discrepancies: tuple[Discrepancy, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(source_name(r) for r in self.rows))

    @property
    def disputed(self) -> bool:
        return any(d.kind == "conflict" for d in self.discrepancies)


def interval(row: FigureRow) -> tuple[float, float]:
    """The values a figure admits, from its qualifier."""
    f = row.figure
    value = f.value or 0.0
    match f.qualifier:
        case "range":
            return (f.low if f.low is not None else value, f.high if f.high is not None else value)
        case "at_least":
            return value, math.inf
        case "more_than":
            return math.nextafter(value, math.inf), math.inf
        case "at_most":
            return 0.0, value
        case "less_than":
            return 0.0, math.nextafter(value, 0.0)
        case "about":
            return value * (1 - _ABOUT), value * (1 + _ABOUT)
        case _:
            return value, value


def render(row: FigureRow) -> str:
    """A figure as a person would say it: "at least 1,500 prisoners per side", "24 to 48 hours"."""
    f = row.figure
    if f.qualifier == "range" and f.low is not None and f.high is not None:
        text = f"{_number(f.low)} to {_number(f.high)}"
    else:
        text = f"{_QUALIFIER_WORDS.get(f.qualifier or '', '')} {_number(f.value)}".strip()
    unit = f.category if f.category in EXCHANGE_CATEGORIES else f.unit or ""
    return f"{text} {unit}{' per side' if f.per_side else ''}".strip()


def source_name(row: FigureRow) -> str:
    """The outlet, or the article's title in quotes when the outlet is unknown."""
    if row.outlet:
        return row.outlet
    title = row.title if len(row.title) <= 60 else row.title[:57].rstrip() + "..."
    return f"“{title}”"


def claims_of(rows: Iterable[FigureRow]) -> list[Claim]:
    """Rows merged into claims: same wording, status and scope; first-seen order."""
    grouped: dict[tuple, list[FigureRow]] = {}
    for row in rows:
        grouped.setdefault((render(row), row.figure.status, row.figure.scope), []).append(row)
    return [Claim(rows=tuple(members)) for members in grouped.values()]


def group_exchanges(rows: Iterable[FigureRow]) -> list[Exchange]:
    """Exchange figures grouped by category and round, disputed and most contested first."""
    groups: dict[tuple[str, str | None], list[FigureRow]] = {}
    for row in rows:
        if row.figure.category in EXCHANGE_CATEGORIES:
            groups.setdefault((row.figure.category, row.figure.round), []).append(row)
    exchanges = [_exchange(category, round_id, members) for (category, round_id), members in groups.items()]
    return sorted(exchanges, key=lambda e: (not e.disputed, -len(e.discrepancies), e.category, e.round or ""))


def _exchange(category: str, round_id: str | None, rows: list[FigureRow]) -> Exchange:
    """Range of the values stated (one per claim), disagreements once per pair of claims."""
    claims = claims_of(rows)
    new = [c for c in claims if c.figure.scope != "cumulative"] or claims
    lows = [c.figure.low if c.figure.low is not None else c.figure.value or 0.0 for c in new]
    highs = [c.figure.high if c.figure.high is not None else c.figure.value or 0.0 for c in new]
    # The best estimate: the value most sources state; among equally supported values, the median.
    support = max(len(c.sources) for c in new)
    tied = sorted(c.figure.value or 0.0 for c in new if len(c.sources) == support)
    best = tied[(len(tied) - 1) // 2]
    found = [d for a, b in combinations(claims, 2) if (d := compare(a, b)) is not None]
    order = list(KINDS)
    found.sort(key=lambda d: (order.index(d.kind), -len(d.a.sources) - len(d.b.sources)))
    return Exchange(category=category, round=round_id, rows=tuple(rows), claims=tuple(claims),
                    low=min(lows), best=best, high=max(highs), discrepancies=tuple(found))


def compare(a: Claim, b: Claim) -> Discrepancy | None:
    """The disagreement between two claims about one exchange, or None when they agree."""
    if {r.article_id for r in a.rows} == {r.article_id for r in b.rows} and len(a.rows) == len(b.rows) == 1:
        return None  # one article stating two numbers is not two sources disagreeing
    fa, fb = a.figure, b.figure
    if (fa.value, fa.low, fa.high, fa.qualifier, fa.per_side, fa.scope) == \
            (fb.value, fb.low, fb.high, fb.qualifier, fb.per_side, fb.scope):
        return None
    if fa.scope != fb.scope:
        cumulative, new = (a, b) if fa.scope == "cumulative" else (b, a)
        kind, why = "scope", (f"{cumulative.who} gives a cumulative total; {new.who} gives one exchange, "
                              f"so the numbers count different things.")
    elif fa.per_side != fb.per_side:
        each, total = (a, b) if fa.per_side else (b, a)
        value = each.figure.value or 0.0
        kind, why = "referent", (f"{each.who} counts per side, {total.who} in total; "
                                 f"{_number(value)} per side would be {_number(2 * value)} in all.")
    elif (fa.status or "reported") != (fb.status or "reported") and "reported" not in (fa.status, fb.status):
        kind, why = "referent", (f"{a.who} reports a {fa.status} figure and {b.who} a {fb.status} one: "
                                 f"a proposal, an agreement and a completed exchange can all differ.")
    elif _overlap(interval(a.rows[0]), interval(b.rows[0])):
        kind, why = "hedge", (f"{a.who}'s {a.text} and {b.who}'s {b.text} can both be true: "
                              f"the hedged figure admits the other.")
    else:
        kind, why = "conflict", (f"{a.who} says {a.text}; {b.who} says {b.text}. Same exchange, same scope, "
                                 f"and the values cannot both be true.")
    flagged = list(dict.fromkeys(source_name(r) for r in (*a.rows, *b.rows) if "ai_generated" in r.flags))
    caveat = [f"{', '.join(flagged)} {'is' if len(flagged) == 1 else 'are'} flagged AI-generated."] if flagged else []
    return Discrepancy(key=discrepancy_key(a, b), kind=kind, a=a, b=b, explanation=" ".join([why, *caveat]))


def discrepancy_key(a: Claim, b: Claim) -> str:
    """A stable name for a disagreement, from what is claimed: rulings survive re-extraction."""
    first, second = sorted(f"{c.text} ({c.figure.status}, {c.figure.scope})" for c in (a, b))
    return f"{a.figure.category}|{a.figure.round or '-'}|{first}|{second}"


def _overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
