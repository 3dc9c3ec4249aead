"""The figures ledger: each event's claims, their range, and why sources seem to disagree.

Figures are compared only within one event (``parley.events``): sources that state a figure the
same way make one claim; two claims about one event disagree when their values differ, and the
disagreement is a hedge (one admits the other) or a true conflict (the values cannot both
hold). A true conflict whose outlier matches another event says so ("may have been conflated
with the 16 May agreement"); the analyst rules, the ledger never picks. Everything that only
looks like a disagreement is classified between events, with the reason in words: a part of a
whole, a cumulative total beside one exchange, a different event on the same days. An
agreement shows the stages carried out under it and how much of it they fulfil.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from parley.events import EXCHANGE_CATEGORIES, DateFinder, Event, EventMap, Window, bounded, resolve_events
from parley.filters import CorpusFilter
from parley.profile import KnownEvent, Profile
from parley.store import FigureRow, Ruling, Store

__all__ = ["EXCHANGE_CATEGORIES", "KINDS", "Claim", "Discrepancy", "Dispute", "Exchange", "Fulfilment", "Ledger",
           "build_ledger", "interval", "ledger_of", "render", "rulings_on", "source_name"]

KINDS = {
    "conflict": "true conflict",
    "hedge": "hedge-compatible",
    "part": "part vs whole",
    "cumulative": "cumulative vs new",
    "different": "different event",
    "unlinked": "unlinked",
}
EVENT_WORDS = {"agreement": "Agreement", "offer": "Offer", "proposal": "Proposal", "stage": "Stage carried out",
               "completed": "Exchange carried out", "cumulative": "Running total", "list": "List",
               "other": "Other count"}
_SHORT_KINDS = {"agreement": "agreed", "offer": "offered", "proposal": "proposed", "stage": "stage",
                "completed": "done", "cumulative": "so far", "list": "list", "other": "count"}
ROLE_WORDS = {"each": "per side", "side": "", "total": "in all", "part": ""}
_ABOUT = 0.1  # "about 1,000" admits 900 to 1,100
_ROUND_UNIT = 1000  # "4,000 bodies" may be a round figure ...
_ROUNDING = 0.02  # ... of a count within 2% of it (4,037), not of one further off (1,000 against 1,100)
_QUALIFIER_WORDS = {"at_least": "at least", "at_most": "up to", "more_than": "more than",
                    "less_than": "less than", "about": "about"}
_NAMED_SOURCES = 3
_RELATIONS_SHOWN = 6  # relations to other events per event; the nearest in time first
_NEAR_DAYS = 7


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
    def says(self) -> str:
        return "says" if len(self.sources) == 1 else "say"

    @property
    def who(self) -> str:
        names = self.sources
        more = len(names) - _NAMED_SOURCES
        return ", ".join(names[:_NAMED_SOURCES]) + (f" and {more} more" if more > 0 else "")


@dataclass(frozen=True)
class Discrepancy:
    """Two claims that might be taken for one quantity, and what they are to each other."""

    key: str
    kind: str
    a: Claim
    b: Claim
    explanation: str
    other_event: str | None = None  # the event b belongs to, when it is not this one
    conflated_with: str | None = None  # an event the outlier of a conflict matches
    notes: tuple[str, ...] = ()  # what the outlier of a conflict may have been conflated with, in words

    @property
    def label(self) -> str:
        return KINDS[self.kind]

    def covers(self, key: str) -> bool:
        return key == self.key


@dataclass(frozen=True)
class Dispute:
    """Claims about one event that cannot all hold, however many pairs of them conflict: one
    question for the analyst ("500, or at least 600?"), where the pairs would ask it twice
    ("500 vs at least 600", "500 vs 600") when two sources hedge one value."""

    event_id: str
    conflicts: tuple[Discrepancy, ...]
    what: str = "the same event"  # "agreement, 23 Jul 2031": the event, in the pairs' own words

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim in the dispute once, in the order the conflicts name them."""
        return tuple(dict.fromkeys(c for d in self.conflicts for c in (d.a, d.b)))

    @property
    def key(self) -> str:
        """A ruling's subject: a lone pair keeps the pair's key (rulings made on it stay)."""
        if len(self.conflicts) == 1:
            return self.conflicts[0].key
        return "|".join([self.event_id, *sorted(c.text for c in self.claims)])

    def covers(self, key: str) -> bool:
        """Was a ruling filed under this key about this dispute: the same event, and claims that
        are all still in it (a ruling on a pair, or on the dispute before a new source joined)?"""
        event, *texts = key.split("|")
        return event == self.event_id and len(texts) >= 2 and set(texts) <= {c.text for c in self.claims}

    @property
    def label(self) -> str:
        return KINDS["conflict"]

    @property
    def explanation(self) -> str:
        if len(self.conflicts) == 1:
            return self.conflicts[0].explanation
        said = "; ".join(f"{c.who} {c.says} {c.text}" for c in self.claims)
        held = _readings(self.claims, {frozenset((d.a, d.b)) for d in self.conflicts})
        notes = dict.fromkeys(note for d in self.conflicts for note in d.notes)
        return " ".join([f"{said}. All are about the same event ({self.what}), counted the same way, and {held}.",
                         *_flagged(self.claims), *notes])


def _readings(claims: Sequence[Claim], opposed: set[frozenset[Claim]]) -> str:
    """What can hold together, in words: "500 per side stands against at least 600 per side and
    600 per side, which can both be true"; "no two of them can both be true"."""
    groups: list[list[Claim]] = []
    for claim in claims:  # claims that can both hold, chained, are one reading
        joined = [g for g in groups if any(frozenset((claim, c)) not in opposed for c in g)]
        groups = [g for g in groups if g not in joined] + [[c for g in joined for c in g] + [claim]]
    if all(len(g) == 1 for g in groups):
        return "no two of them can both be true"
    whole = all(frozenset((a, b)) not in opposed for g in groups for a, b in combinations(g, 2))
    if not whole:  # a chain of hedges ("about 500" admits 460 and 540, which exclude each other)
        both = [f"{a.text} and {b.text}" for a, b in combinations(claims, 2) if frozenset((a, b)) not in opposed]
        return f"only {'; '.join(both)} can both be true"
    groups.sort(key=len)  # the outlier first
    told = [_and(c.text for c in g) + (", which can all be true together" if len(g) > 2 else
                                       ", which can both be true" if len(g) == 2 else "") for g in groups]
    if len(told) == 2 and len(groups[0]) == 1:
        return " stands against ".join(told)
    return "these readings exclude each other: " + "; ".join(told)


def _and(items: Iterable[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _flagged(claims: Iterable[Claim]) -> list[str]:
    """"Wire is flagged AI-generated.": the claims' sources flagged so, named once."""
    names = list(dict.fromkeys(source_name(r) for c in claims for r in c.rows if "ai_generated" in r.flags))
    return [f"{', '.join(names)} {'is' if len(names) == 1 else 'are'} flagged AI-generated."] if names else []


@dataclass(frozen=True)
class Fulfilment:
    """How much of an agreement the stages carried out under it add up to."""

    size: float
    qualifier: str
    stages: tuple[tuple[str, str, float], ...]  # (event id, date label, value per side)
    done: float
    over: bool
    # The whole exchange told as carried out ("the 1,000 for 1,000 ... was completed"), when a
    # report tells it so: the total, not one more stage to add to the others.
    whole: float | None = None

    def describe(self) -> str:
        """"390 + 307 + 303 = 1,000 of 1,000 per side" (and whether that is over the agreement)."""
        parts = " + ".join(_number(v) for _, _, v in self.stages)
        total = f"{parts} = {_number(self.done)}" if len(self.stages) > 1 else parts
        if self.whole is not None:
            total = f"{_number(self.whole)} told as completed" + (f" (stages told: {parts})" if parts else "")
        size = f"{_QUALIFIER_WORDS.get(self.qualifier, '')} {_number(self.size)}".strip()
        over = f" — more than agreed, by {_number(self.done - self.size)}" if self.over else ""
        return f"{total} of {size} per side reported carried out{over}"


@dataclass(frozen=True)
class Exchange:
    """One event as the ledger shows it: its figures, claims, range and discrepancies."""

    event: Event
    label: str
    rows: tuple[FigureRow, ...]
    claims: tuple[Claim, ...]
    low: float
    best: float
    high: float
    discrepancies: tuple[Discrepancy, ...]
    fulfilment: Fulfilment | None = None
    parent_label: str | None = None

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def short_label(self) -> str:
        """"23 Jul 2025, agreed": when and what, short enough for a chart's row."""
        when = self.event.window.label() if self.event.window else "date unknown"
        return f"{when}, {_SHORT_KINDS.get(self.kind, self.kind)}"

    @property
    def category(self) -> str:
        return self.event.category

    @property
    def kind(self) -> str:
        return self.event.kind

    @property
    def date(self) -> date | None:
        return self.event.date

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(source_name(r) for r in self.rows))

    @property
    def conflicts(self) -> tuple[Discrepancy, ...]:
        return tuple(d for d in self.discrepancies if d.kind == "conflict")

    @property
    def disputes(self) -> tuple[Dispute, ...]:
        """The conflicts joined where they share a claim: one dispute per set of claims that
        cannot all hold ("500" against "600" and "at least 600" is one)."""
        conflicts = self.conflicts
        groups: list[list[int]] = []  # indices into conflicts, each group in order
        for n, d in enumerate(conflicts):
            touching = [g for g in groups if any({d.a, d.b} & {conflicts[m].a, conflicts[m].b} for m in g)]
            groups = [g for g in groups if g not in touching] + [sorted([n, *(m for g in touching for m in g)])]
        return tuple(Dispute(self.id, tuple(conflicts[m] for m in g), _event_words(self.event)) for g in sorted(groups))

    @property
    def disputed(self) -> bool:
        return bool(self.conflicts)


@dataclass(frozen=True)
class Ledger:
    """Every event with its claims, and the figures no event could hold."""

    exchanges: tuple[Exchange, ...]
    unlinked: tuple[FigureRow, ...]
    events: EventMap

    def exchange(self, event_id: str) -> Exchange | None:
        return next((e for e in self.exchanges if e.id == event_id), None)


def build_ledger(rows: Sequence[FigureRow], texts: Mapping[str, str], profile: Profile,
                 known: Iterable[KnownEvent] = (), dates: DateFinder | None = None) -> Ledger:
    """The ledger of the figures given (the view's), each article read in its own text."""
    events = resolve_events(rows, texts, profile, known, dates)
    stated = {e.id: _claims_and_range(events, e) for e in events.events}
    by_category: dict[str, list[Event]] = {}
    for e in events.events:
        if e.window is not None:
            by_category.setdefault(e.category, []).append(e)
    exchanges = []
    for event in events.events:
        mine = stated[event.id]
        found = [d for a, b in combinations(mine.claims, 2) if (d := compare(event, a, b)) is not None]
        found = [_with_conflation(d, event, events, stated) for d in found]
        found += _relations(event, events, stated, by_category.get(event.category, []))
        order = list(KINDS)
        found.sort(key=lambda d: (order.index(d.kind), -len(d.a.sources) - len(d.b.sources)))
        parent = events.event(event.parent)
        exchanges.append(Exchange(
            event=event, label=event_label(event, mine.best, mine.claims), rows=mine.rows, claims=mine.claims,
            low=mine.low, best=mine.best, high=mine.high, discrepancies=tuple(found),
            fulfilment=_fulfilment(event, events, stated),
            parent_label=event_label(parent, stated[parent.id].best, stated[parent.id].claims) if parent else None))
    exchanges.sort(key=lambda e: (not e.disputed, -(e.date or date.min).toordinal(), e.id))
    return Ledger(exchanges=tuple(exchanges), unlinked=tuple(events.readings[i].row for i in events.unlinked),
                  events=events)


def rulings_on(subject: Discrepancy | Dispute, rulings: Mapping[str, Sequence[Ruling]]) -> list[Ruling]:
    """Rulings on a disagreement, oldest first, and for a dispute those made on any pair of its
    claims (a ruling made before a third source joined the dispute stays with it)."""
    return sorted((r for key, made in rulings.items() if subject.covers(key) for r in made), key=lambda r: r.at)


def ledger_of(store: Store, profile: Profile, where: CorpusFilter | None = None,
              dates: DateFinder | None = None) -> Ledger:
    """The ledger of a view of the stored corpus, with the profile's and editors' known events."""
    rows = store.figure_rows(where, categories=EXCHANGE_CATEGORIES)
    texts = store.article_texts(sorted({r.article_id for r in rows}))
    known = [event for event, _, _ in store.analyst_events()]
    return build_ledger(rows, texts, profile, known, dates)


@dataclass(frozen=True)
class _Stated:
    """What the sources state about one event: its rows, claims and range."""

    rows: tuple[FigureRow, ...]
    claims: tuple[Claim, ...]
    low: float
    best: float
    high: float


def _claims_and_range(events: EventMap, event: Event) -> _Stated:
    rows = events.rows(event)
    claims = claims_of(rows)
    if not claims:
        size = event.known.size if event.known and event.known.size is not None else 0.0
        return _Stated(rows, (), size, size, size)
    lows = [c.figure.low if c.figure.low is not None else c.figure.value or 0.0 for c in claims]
    highs = [c.figure.high if c.figure.high is not None else c.figure.value or 0.0 for c in claims]
    # The best estimate: the value most sources state (a source flagged AI-generated counts
    # half: it breaks no tie against a source that is not); among equally supported values,
    # the median.
    weight = {c: _support(c) for c in claims}
    support = max(weight.values())
    tied = sorted(c.figure.value or 0.0 for c in claims if weight[c] == support)
    return _Stated(rows, tuple(claims), min(lows), tied[(len(tied) - 1) // 2], max(highs))


def _support(claim: Claim) -> float:
    flagged = {source_name(r) for r in claim.rows if "ai_generated" in r.flags}
    return sum(0.5 if name in flagged else 1.0 for name in claim.sources)


def event_label(event: Event, best: float, claims: Sequence[Claim]) -> str:
    """"Agreement · 12 Mar 2031 · at least 300 prisoners per side"."""
    when = event.window.label() if event.window else "date unknown"
    if event.known is not None and not claims:
        size = f"{_number(event.known.size)} {event.category}" if event.known.size is not None else event.category
        return f"{event.known.label} · {when} · {size}"
    stated = list(dict.fromkeys(_stated(c) for c in claims)) or [_number(best)]
    # Several values: all of them ("250 / at least 300"); the label never picks one.
    values = " / ".join(stated[:3]) + (" / …" if len(stated) > 3 else "")
    size = " ".join(w for w in (values, event.category, ROLE_WORDS.get(event.role, "")) if w)
    name = event.known.label if event.known is not None else EVENT_WORDS.get(event.kind, event.kind)
    return f"{name} · {when} · {size}"


def _stated(claim: Claim) -> str:
    f = claim.figure
    if f.qualifier == "range" and f.low is not None and f.high is not None:
        return f"{_number(f.low)} to {_number(f.high)}"
    return f"{_QUALIFIER_WORDS.get(f.qualifier or '', '')} {_number(f.value)}".strip()


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
    """Rows merged into claims: the same wording; first-seen order."""
    grouped: dict[str, list[FigureRow]] = {}
    for row in rows:
        grouped.setdefault(render(row), []).append(row)
    return [Claim(rows=tuple(members)) for members in grouped.values()]


def compare(event: Event, a: Claim, b: Claim) -> Discrepancy | None:
    """How two claims linked to one event relate, or None when they say the same."""
    one_source = {r.article_id for r in (*a.rows, *b.rows)}
    if len(one_source) == 1 and {r.figure.actor for r in a.rows} & {r.figure.actor for r in b.rows}:
        return None  # one article stating one thing two ways is not two sources disagreeing
    if interval(a.rows[0]) == interval(b.rows[0]):
        return None  # "84 Ukrainians" and "84 per side": the same count of one swap
    if _overlap(interval(a.rows[0]), interval(b.rows[0])):
        kind, why = "hedge", (f"{a.who}'s {a.text} and {b.who}'s {b.text} can both be true: "
                              f"the hedged figure admits the other.")
    elif _round(a.rows[0]) != _round(b.rows[0]) and _overlap(_as_told(a.rows[0]), _as_told(b.rows[0])):
        # (one round figure against a count: two round figures are two counts that differ)
        rounded = a if _round(a.rows[0]) else b
        kind, why = "hedge", (f"{a.who}'s {a.text} and {b.who}'s {b.text} can both be true: "
                              f"{rounded.who}'s {rounded.text} is a round figure that admits the other.")
    else:
        kind, why = "conflict", (f"{a.who} {a.says} {a.text}; {b.who} {b.says} {b.text}. Both are about the same "
                                 f"event ({_event_words(event)}), counted the same way, and the values cannot "
                                 f"both be true.")
    return Discrepancy(key=discrepancy_key(event, a, b), kind=kind, a=a, b=b,
                       explanation=" ".join([why, *_flagged((a, b))]))


def _event_words(event: Event) -> str:
    """"agreement, 23 Jul 2031": what and when, as a conflict's explanation names its event."""
    when = event.window.label() if event.window else "the same days"
    return f"{EVENT_WORDS.get(event.kind, event.kind).lower()}, {when}"


def discrepancy_key(event: Event, a: Claim, b: Claim) -> str:
    """A stable name for a disagreement, from the event and what is claimed: rulings survive
    re-extraction."""
    first, second = sorted(c.text for c in (a, b))
    return f"{event.id}|{first}|{second}"


def _with_conflation(d: Discrepancy, event: Event, events: EventMap, stated: dict[str, _Stated]) -> Discrepancy:
    """A conflict whose one side matches another event of the same category (another date)
    names it: the outlier may have been conflated with it."""
    if d.kind != "conflict":
        return d
    notes, matched = [], None
    for mine, theirs in ((d.a, d.b), (d.b, d.a)):
        for other in events.events:
            # Only another exchange of the same kind of people, counted the same way, on other days;
            # a running total, a list or a count of the missing is no exchange to mistake for one.
            if other.id == event.id or other.category != event.category or other.role not in ("each", "side"):
                continue
            if other.kind in ("cumulative", "list", "other") or (event.window and other.window
                                                                 and event.window.overlaps(other.window)):
                continue
            if not _told_after(mine, other):
                continue  # a report cannot have mixed up an exchange that came after it
            size = _size_of(other, stated)
            if size is None:
                continue
            if _fits(bounded(mine.rows[0]), (size, size)) and not _fits(bounded(theirs.rows[0]), (size, size)):
                label = event_label(other, size, stated[other.id].claims)
                notes.append(f"{mine.who}'s {mine.text} matches another event, {label}: it may have "
                             f"been conflated with it.")
                matched = matched or other.id
                break
    if not notes:
        return d
    return Discrepancy(key=d.key, kind=d.kind, a=d.a, b=d.b, explanation=" ".join([d.explanation, *notes]),
                       conflated_with=matched, notes=(*d.notes, *notes))


def _told_after(claim: Claim, event: Event) -> bool:
    """Whether a claim's reports could all know the event: one published before the event began
    cannot have taken its figure from it. Undated reports and events could."""
    published = [r.published for r in claim.rows if r.published is not None]
    return event.window is None or not published or min(published) >= event.window.earliest


def _size_of(event: Event, stated: dict[str, _Stated]) -> float | None:
    if event.known is not None and event.known.size is not None:
        return event.known.size
    return stated[event.id].best if stated[event.id].claims else None


def _relations(event: Event, events: EventMap, stated: dict[str, _Stated],
               nearby: list[Event]) -> list[Discrepancy]:
    """This event beside others that could be taken for it (the nearest in time first), each
    with why it is another."""
    mine = stated[event.id].claims
    if not mine or event.window is None:
        return []
    candidates = sorted((abs((other.window.earliest - event.window.earliest).days), n, other)
                        for n, other in enumerate(nearby)
                        if other.id != event.id and stated[other.id].claims and _related(event, other))
    found = []
    for _, _, other in candidates[:_RELATIONS_SHOWN]:
        kind, text = _relation(event, other, mine[0], stated[other.id].claims[0])
        found.append(Discrepancy(key=f"{event.id}|{other.id}", kind=kind, a=mine[0],
                                 b=stated[other.id].claims[0], explanation=text, other_event=other.id))
    return found


def _related(event: Event, other: Event) -> bool:
    """Whether another event of the category could be taken for this one: a part of it, or near
    it in time and not its own parent or stage."""
    if other.parent == event.id and other.role == "part":
        return True
    overlap = event.window.overlaps(other.window)
    if (event.role != "total" and other.role == "total" or other.kind == "cumulative" and event.kind != "cumulative") \
            and overlap:
        return True
    near = overlap or abs((other.window.earliest - event.window.earliest).days) <= _NEAR_DAYS
    return near and other.parent != event.id and event.parent != other.id and "part" not in (event.role, other.role) \
        and "cumulative" not in (event.kind, other.kind)


def _relation(event: Event, other: Event, a: Claim, b: Claim) -> tuple[str, str]:
    """Why another event near this one is another event, in words."""
    if other.parent == event.id and other.role == "part":
        return "part", f"{b.who}'s {b.text} are a part of this exchange ({a.text}), not another count of it."
    if event.role != "total" and other.role == "total" and (b.figure.value or 0) > (a.figure.value or 0):
        return "part", (f"{b.who}'s {b.text} counts both sides or several groups together; {a.who}'s {a.text} "
                        f"is one part of it.")
    if other.kind == "cumulative":
        return "cumulative", (f"{b.who}'s {b.text} is a running total as of {other.window.label()}, not the "
                              f"size of this {EVENT_WORDS[event.kind].lower()}.")
    if other.kind != event.kind:
        return "different", (f"{b.who}'s {b.text} is about another event, {_a(EVENT_WORDS[other.kind].lower())} "
                             f"({other.window.label()}); this one is {_a(EVENT_WORDS[event.kind].lower())}.")
    if not event.window.overlaps(other.window):
        return "different", (f"{b.who}'s {b.text} is dated {other.window.label()} by its text; this "
                             f"{EVENT_WORDS[event.kind].lower()} is dated {event.window.label()}.")
    return "different", (f"{b.who}'s {b.text} is another count on the same days ({_role_words(other)}); "
                         f"the reports give it beside {a.text} as a separate number.")


def _a(words: str) -> str:
    """ "an agreement", "an exchange carried out", "a stage carried out"."""
    return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"


def _role_words(event: Event) -> str:
    return {"each": "per side", "side": "one side's count", "total": "a total", "part": "a part"}[event.role]


def _fulfilment(event: Event, events: EventMap, stated: dict[str, _Stated]) -> Fulfilment | None:
    """The stages carried out under an agreement and what they add up to."""
    if event.kind != "agreement":
        return None
    # A stage told only as one count of a breakdown ("60 soldiers and 30 civilians") is a part of
    # a stage whose size no one stated: adding it up would call the exchange short, or over.
    stages = [e for e in events.children(event) if e.kind == "stage" and stated[e.id].claims
              and not all(_in_breakdown(c.figure) for c in stated[e.id].claims)]
    if not stages:
        return None
    size = _size_of(event, stated)
    if size is None:
        return None
    stages = _stages_that_add_up(stages, events, stated)
    claims = stated[event.id].claims
    # The qualifier of the size the ledger takes as best ("at least 300"), not of an outlier.
    backing = [c for c in claims if c.figure.value == size]
    qualifier = event.known.qualifier if event.known is not None and not claims else (
        max(backing, key=lambda c: len(c.sources)).figure.qualifier if backing else "exact") or "exact"
    values = tuple((s.id, s.window.label() if s.window else "undated", stated[s.id].best) for s in stages)
    # A "stage" of exactly the size agreed is the exchange told as completed ("the 1,000 for 1,000
    # agreed at the first round was completed"), not one more part to add to the others; so is
    # the exchange carried out under it that reports call the whole of it.
    told_whole = any(e.kind == "completed" and stated[e.id].best == size for e in events.children(event))
    whole = size if told_whole or any(v == size for _, _, v in values) else None
    parts = tuple(stage for stage in values if stage[2] != size)
    done = max(whole or 0, sum(v for _, _, v in parts))
    ceiling = {"at_least": math.inf, "more_than": math.inf, "about": size * (1 + _ABOUT)}.get(qualifier, size)
    return Fulfilment(size=size, qualifier=qualifier, stages=parts, done=done, over=done > ceiling, whole=whole)


def _stages_that_add_up(stages: list[Event], events: EventMap, stated: dict[str, _Stated]) -> list[Event]:
    """The stages that add up. "The North received 800 bodies and returned 20" is one handover
    told both ways, not 820 of one agreement: of two counts of one day joined in one sentence by a
    verb of the other direction, the larger. And of one day's stages whose sides are named, the
    side whose stages add up to more (another day's stages all count)."""
    kept: list[Event] = []
    for stage in sorted(stages, key=lambda s: -stated[s.id].best):
        if not any(_told_both_ways(stage, other, events) for other in kept):
            kept.append(stage)
    days: dict[Window | None, list[Event]] = {}
    for stage in kept:
        days.setdefault(stage.window, []).append(stage)
    chosen: set[str] = set()
    for same_day in days.values():
        named = sorted({side for s in same_day if (side := _side_of(s, events))})
        if len(named) < 2:
            chosen.update(s.id for s in same_day)
            continue
        by_side = [[s for s in same_day if _side_of(s, events) in (n, None)] for n in named]
        chosen.update(s.id for s in max(by_side, key=lambda group: sum(stated[s.id].best for s in group)))
    return [s for s in stages if s.id in chosen]


_OTHER_WAY = re.compile(r"\b(?:and|but|while)\s+(?:\w+\s+){0,3}?(?:returned|handed (?:over|back)|gave back|sent back|"
                        r"received|got back|took back)\b", re.IGNORECASE)


def _told_both_ways(stage: Event, other: Event, events: EventMap) -> bool:
    """"received 800 bodies and returned 20": two sides' counts of one handover, one sentence."""
    if not (stage.role == other.role == "side" and stage.window == other.window):
        return False
    for i in stage.members:
        for j in other.members:
            a, b = events.readings[i], events.readings[j]
            if a.row.article_id == b.row.article_id and a.row.figure.start == b.row.figure.start:
                low, high = sorted((a.at - a.row.figure.start, b.at - b.row.figure.start))
                if _OTHER_WAY.search(a.row.figure.text[low:high]):
                    return True
    return False


def _side_of(stage: Event, events: EventMap) -> str | None:
    """The side whose people a stage counts, when its reports name one (the most named; ties by name)."""
    sides = sorted(events.readings[i].side for i in stage.members if events.readings[i].side)
    return max(sides, key=sides.count) if sides and stage.role == "side" else None


_COUNT = r"\d[\d,]*"
_NOUN = r"([^\W\d_][\w-]*)"


def _in_breakdown(figure) -> bool:  # noqa: ANN001 - a Figure
    """Is the figure one count of a breakdown into kinds of people: "60 soldiers and 30
    civilians", "440 servicemen and 60 civilians", either count, the nouns differing?"""
    if figure.value is None:
        return False
    number = rf"(?:{int(figure.value):,}|{int(figure.value)})" if float(figure.value).is_integer() else None
    if number is None:
        return False
    first = re.search(rf"(?<![\d,]){number}\s+{_NOUN}\s+and\s+{_COUNT}\s+{_NOUN}", figure.text)
    second = re.search(rf"{_COUNT}\s+{_NOUN}\s+and\s+{number}(?![\d,])\s+{_NOUN}", figure.text)
    return any(m is not None and m.group(1).casefold() != m.group(2).casefold() for m in (first, second))


def _round(row: FigureRow) -> bool:
    """ "4,000 bodies": an exact count of whole thousands is as often a round figure as a count."""
    f = row.figure
    return f.qualifier in (None, "exact") and f.value is not None and f.value >= _ROUND_UNIT and f.value % _ROUND_UNIT == 0


def _as_told(row: FigureRow) -> tuple[float, float]:
    """The values a figure admits as people use it: a round figure a count near it ("6,000" and
    4,037 the same transfer, rounded), within _ROUNDING."""
    low, high = interval(row)
    return (low * (1 - _ROUNDING), high * (1 + _ROUNDING)) if _round(row) else (low, high)


def _overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


_fits = _overlap


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
