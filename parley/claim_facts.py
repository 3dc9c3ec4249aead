"""The facts of what a statement claims: the side whose claim it is, its numbers per kind of
thing, the exchange events its figures are linked to (parley.events, the ledger's resolution),
and when it happened (the days it names, else the talks round it is about, else the days just
before it was reported). Two statements whose facts differ are not one claim, however alike
their words: they may be related, never merged. Two that count the same people, state the same
event or name the same day are more likely one claim than their words alone say: that is the
support grouping adds to their similarity."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

import numpy as np

from parley.extract.dates import dates_in
from parley.extract.figures import sentence_figures
from parley.extract.rounds import round_of
from parley.profile import Profile

# Lengths of time compared in hours, whatever unit the text used ("three days" is "72 hours").
_HOURS = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "fortnight": 336.0, "month": 720.0,
          "year": 8760.0}
_TIME_CATEGORIES = ("duration", "deadline_days")
# Kinds of people counted: two statements that both count people but no kind in common (bodies
# against prisoners) are about different things.
PEOPLE = ("prisoners", "bodies", "civilians", "children")
_HEDGE = 0.15  # "about 1,000" allows 850-1,150
_ROUNDING = 0.005  # "thirty days" and "a month"
# Time that has passed is no fact of the claim: "three weeks after the exchange", "the first swap
# in more than five weeks", "in the past 24 hours".
_ELAPSED_AFTER = re.compile(r"^\W*(?:after|later|ago|earlier|before|since)\b", re.IGNORECASE)
_ELAPSED_BEFORE = re.compile(r"\b(?:in|over)\s+(?:more than|over|almost|nearly|the past|the last|the)\s+$",
                             re.IGNORECASE)
# Dates that name a day or a month; weekdays and "last week" are resolved against the day of
# writing, which a background sentence ("the truce ran from Saturday evening") does not share.
# A date after "since", "by" or "before" is a bound (talks "since mid-May", a summit "before the
# end of August"), not when the claim happened.
_CALENDAR_KINDS = ("day", "range", "month")
_BOUND = re.compile(r"\b(?:since|by|before|until|till|ahead of)\s+(?:the\s+)?$", re.IGNORECASE)
_SLACK_DAYS = 1  # a report filed across midnight, a time zone
# A statement that names no day and no round is about the days before its report: news reports
# what just happened. Weakly: two statements giving the same number or event are one claim
# whatever their reports' dates (a swap restated in a later article's background).
RECENT_DAYS = 14
# Similarity a pair's facts add to its words' (cosine): the same count of people or the same
# event, the same number of another kind, the same named day. Chosen with the threshold on the
# labelled pairs (bench/groups.py).
NUMBER_SUPPORT = 0.2
OTHER_SUPPORT = 0.05
DAY_SUPPORT = 0.04
# A number that more statements than this give is too common to say two of them are one claim
# (the words' neighbours still pair them); it would also pair them by the hundred thousand.
_COMMON_NUMBER = 200


class Number(NamedTuple):
    kind: str  # a figure category ("prisoners"), "time" (in hours), or "other:<unit>"
    value: float
    low: float
    high: float
    exact: bool = True  # stated, not hedged ("about", "around"): a number that can identify a claim


@dataclass(frozen=True)
class ClaimFacts:
    """The facts of one statement that two tellings of one claim share."""

    side: str | None = None  # whose claim: the side that reports it, else the holder
    numbers: tuple[Number, ...] = ()
    when: tuple[tuple[int, int], ...] = ()  # windows of days (ordinals): named, the round's, or recent
    dated: bool = False  # ``when`` comes from days the text names
    recent: bool = False  # ``when`` is only the days before the report (no day or round named)
    events: frozenset[str] = frozenset()  # exchange events its figures state (parley.events)


def claim_facts(text: str, side: str | None, published: date | None, profile: Profile | None,
                events: frozenset[str] = frozenset()) -> ClaimFacts:
    """The facts a statement states: whose claim, its numbers per kind, when it happened;
    ``events`` are the ids of the exchange events its figures were linked to."""
    numbers = tuple(n for f in sentence_figures(text) if (n := _number(f, text)) is not None)
    days = tuple((m.earliest.toordinal() - _SLACK_DAYS, m.latest.toordinal() + _SLACK_DAYS)
                 for m in dates_in(text, published) if m.kind in _CALENDAR_KINDS and not _BOUND.search(text[:m.start]))
    when = days or _round_window(text, published, profile)
    recent = not when and published is not None
    if recent:
        when = ((published.toordinal() - RECENT_DAYS, published.toordinal() + _SLACK_DAYS),)
    held = None if side in (None, "joint") else side
    return ClaimFacts(side=held, numbers=numbers, when=when, dated=bool(days), recent=recent, events=events)


def _round_window(text: str, published: date | None, profile: Profile | None) -> tuple[tuple[int, int], ...]:
    """The day of the talks round the sentence is about (named, or the one the article reports)."""
    talks = round_of(text, profile, published) if profile is not None else None
    day = next((r.date for r in profile.rounds if r.id == talks), None) if talks else None
    if day is None:
        return ()
    return (((day - timedelta(days=_SLACK_DAYS)).toordinal(), (day + timedelta(days=_SLACK_DAYS)).toordinal()),)


def _number(figure: dict, text: str) -> Number | None:
    """A figure as the values it allows, in one unit per kind; None for no fact of the claim."""
    category, unit = figure["category"], (figure.get("unit") or "").lower()
    value = figure["value"]
    if value is None or (category == "other" and not unit):
        return None
    scale = 1.0
    if category in _TIME_CATEGORIES:
        offset = figure.get("offset", 0)
        after = text[offset:].split(unit.split()[-1], 1)[-1] if unit else ""
        if _ELAPSED_AFTER.match(after) or _ELAPSED_BEFORE.search(text[:offset]):
            return None
        # "a fortnight" is counted as 14 days (the extraction contract's convention)
        category, scale = "time", next((h for name, h in _HOURS.items() if name in unit and name != "fortnight"), 24.0)
    elif category == "other":
        category = "other:" + unit.split()[-1].rstrip("s")
    low, high = figure.get("low"), figure.get("high")
    qualifier = figure.get("qualifier") or "exact"
    if qualifier == "range" and low is not None and high is not None:
        span = (low, high)
    elif qualifier in ("at_least", "more_than"):
        span = (value, float("inf"))
    elif qualifier in ("at_most", "less_than"):
        span = (0.0, value)
    elif qualifier == "about":
        span = (value * (1 - _HEDGE), value * (1 + _HEDGE))
    else:
        span = (value * (1 - _ROUNDING), value * (1 + _ROUNDING))
    return Number(category, value * scale, span[0] * scale, span[1] * scale, qualifier != "about")


def facts_differ(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether two statements cannot be one claim: different sides' claims, different numbers
    for the same kind of thing, people of different kinds counted, different exchange events, or
    different days. Two sides that count the same people alike (Kyiv: "84 Ukrainians
    returned"; Moscow: "84 prisoners handed over") tell one exchange, not two claims."""
    if a.side and b.side and a.side != b.side and not _same_people(a, b):
        return True
    if a.events and b.events and not a.events & b.events:
        return True
    if a.when and b.when and not _overlap(a.when, b.when) and not ((a.recent or b.recent) and _same_count(a, b)):
        return True
    return _numbers_differ(a.numbers, b.numbers)


def support(a: ClaimFacts, b: ClaimFacts) -> float:
    """What the facts add to two statements' similarity: the same exchange event or the same
    count of people (which identify a claim: "84 each"), less for the same number of another
    kind ("three hours", "30 days": many claims share them), a little for the same named day."""
    same = [x.kind for x in a.numbers for y in b.numbers if x.kind == y.kind and x.exact and y.exact
            and _equal(x.value, y.value)]
    counted = bool(a.events & b.events) or any(kind in PEOPLE for kind in same)
    number = NUMBER_SUPPORT if counted else OTHER_SUPPORT if same else 0.0
    same_day = a.dated and b.dated and _overlap(a.when, b.when)
    return number + DAY_SUPPORT * same_day


def _same_count(a: ClaimFacts, b: ClaimFacts) -> bool:
    """The same exchange event, or the same stated number (not a hedge) of the same kind."""
    return bool(a.events & b.events) or any(x.kind == y.kind and x.exact and y.exact and _equal(x.value, y.value)
                                            for x in a.numbers for y in b.numbers)


def _equal(x: float, y: float) -> bool:
    return abs(x - y) <= _ROUNDING * max(x, y)


def _same_people(a: ClaimFacts, b: ClaimFacts) -> bool:
    return bool(a.events & b.events) or any(x.kind == y.kind and x.kind in PEOPLE and x.exact and y.exact
                                            and _equal(x.value, y.value) for x in a.numbers for y in b.numbers)


def _overlap(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> bool:
    return any(lo1 <= hi2 and lo2 <= hi1 for lo1, hi1 in a for lo2, hi2 in b)


def _numbers_differ(a: tuple[Number, ...], b: tuple[Number, ...]) -> bool:
    """A kind of thing both count with no value one allows that the other allows too; or people
    counted by both, of no kind in common."""
    kinds_a, kinds_b = {n.kind for n in a}, {n.kind for n in b}
    people_a, people_b = kinds_a.intersection(PEOPLE), kinds_b.intersection(PEOPLE)
    if people_a and people_b and not people_a & people_b:
        return True
    for kind in kinds_a & kinds_b:
        if not _overlap([(n.low, n.high) for n in a if n.kind == kind], [(n.low, n.high) for n in b if n.kind == kind]):
            return True
    return False


class FactTable:
    """Facts of many statements, asked about many pairs at once (parley.cluster.PairFacts): sides
    and days compared as arrays (a statement's days as the span from its first to its last), and
    numbers and events, which fewer statements carry, once per distinct pair of them."""

    support_limit = NUMBER_SUPPORT + DAY_SUPPORT

    def __init__(self, facts: Sequence[ClaimFacts]) -> None:
        self.facts = list(facts)
        sides = {s: i for i, s in enumerate(sorted({f.side for f in facts if f.side}))}
        self.side = np.array([sides.get(f.side, -1) for f in facts], dtype=np.int32)
        self.low = np.array([min((lo for lo, _ in f.when), default=0) for f in facts], dtype=np.int64)
        self.high = np.array([max((hi for _, hi in f.when), default=0) for f in facts], dtype=np.int64)
        self.has_when = np.array([bool(f.when) for f in facts], dtype=bool)
        self.dated = np.array([f.dated for f in facts], dtype=bool)
        self.recent = np.array([f.recent for f in facts], dtype=bool)
        # Statements giving the same numbers and events share a signature, compared once.
        signatures: dict[tuple, int] = {}
        self.signature = np.array([signatures.setdefault((f.numbers, f.events), len(signatures))
                                   if f.numbers or f.events else -1 for f in facts], dtype=np.int64)
        self.counted = [ClaimFacts(numbers=n, events=e) for n, e in signatures]
        self._pairs: dict[tuple[int, int], tuple[bool, bool, bool, float]] = {}

    def take(self, indices: Sequence[int]) -> FactTable:
        """The facts of these statements only, in this order."""
        return FactTable([self.facts[i] for i in indices])

    def compare(self, first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each pair (first[k], second[k]): whether the two cannot be one claim, and the
        similarity their shared facts add."""
        side_a, side_b = self.side[first], self.side[second]
        sides_differ = (side_a >= 0) & (side_b >= 0) & (side_a != side_b)
        days_differ = self.has_when[first] & self.has_when[second] & \
            ((self.high[first] < self.low[second]) | (self.high[second] < self.low[first]))
        counts = np.zeros((len(first), 4), dtype=np.float64)  # differ, same count, same people, support
        sig_a, sig_b = self.signature[first], self.signature[second]
        both = np.flatnonzero((sig_a >= 0) & (sig_b >= 0))
        if len(both):
            keys = np.stack([sig_a[both], sig_b[both]], axis=1)
            unique, back = np.unique(keys, axis=0, return_inverse=True)
            counts[both] = np.array([self._counted(int(a), int(b)) for a, b in unique], dtype=np.float64)[back.ravel()]
        numbers_differ, same_count, same_people = counts[:, 0] > 0, counts[:, 1] > 0, counts[:, 2] > 0
        recent = self.recent[first] | self.recent[second]
        apart = (sides_differ & ~same_people) | numbers_differ | (days_differ & ~(recent & same_count))
        same_day = self.dated[first] & self.dated[second] & ~days_differ
        added = np.where(apart, 0.0, counts[:, 3] + DAY_SUPPORT * same_day).astype(np.float32)
        return apart, added

    def _counted(self, a: int, b: int) -> tuple[bool, bool, bool, float]:
        """What two signatures' numbers and events say: they differ (numbers of one kind that
        cannot agree, different events), the same count, the same people, and the support."""
        key = (a, b) if a <= b else (b, a)
        if key not in self._pairs:
            x, y = self.counted[key[0]], self.counted[key[1]]
            differ = _numbers_differ(x.numbers, y.numbers) or bool(x.events and y.events and not x.events & y.events)
            self._pairs[key] = (differ, _same_count(x, y), _same_people(x, y), 0.0 if differ else support(x, y))
        return self._pairs[key]

    def shared_pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """Pairs (i < j) that give the same number of the same kind: candidates whatever their
        words' similarity, since support may lift them over the floor."""
        holders: dict[tuple[str, float | str], list[int]] = {}
        for index, facts in enumerate(self.facts):
            keys = {(n.kind, float(f"{n.value:.3g}")) for n in facts.numbers if n.exact} | \
                {("event", e) for e in facts.events}
            for key in keys:
                holders.setdefault(key, []).append(index)
        firsts, seconds = [], []
        for members in holders.values():
            if 2 <= len(members) <= _COMMON_NUMBER:
                i, j = np.triu_indices(len(members), 1)
                firsts.append(np.asarray(members)[i])
                seconds.append(np.asarray(members)[j])
        if not firsts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(firsts).astype(np.int64), np.concatenate(seconds).astype(np.int64)
