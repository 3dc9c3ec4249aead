"""Deadlines: "a 30-day deadline", "10 or 12 days", "ten days from today", "by early September".

Each is resolved against the article's date and the profile's known deadlines: a length that
matches a known revision takes its announcement date; "from today" is the article's date; a
calendar target gives the due date directly.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from parley.extract.numbers import NUMBER_PATTERN as _NUM
from parley.extract.numbers import word_value
from parley.model import Deadline
from parley.profile import KnownDeadline, Profile, Revision

_LENGTH_UNIT = r"(?P<unit>day|week|month)s?"
# "a 30-day deadline", "its 30-day peace ultimatum", "a 10-to-12-day deadline"
_ADJECTIVAL = re.compile(
    rf"(?P<n1>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?[- ]{_LENGTH_UNIT}[- ](?:[\w’'-]+[- ]){{0,2}}?"
    r"(?P<kind>deadline|ultimatum|window|grace period|timeline|countdown)\b", re.IGNORECASE)
# "10 or 12 days", "ten days from today", "within 50 days", "deadline of 50 days"
_NOMINAL = re.compile(
    rf"(?P<lead>\b(?:within|in|of|give\w*\s+\w+|gave\s+\w+|given\s+\w+)\s+)?(?P<n1>{_NUM})"
    rf"(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?\s+{_LENGTH_UNIT}\b(?P<from>\s+from\s+(?:today|now))?",
    re.IGNORECASE)
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_CALENDAR = re.compile(
    r"\b(?P<prep>by|before|until|no later than)\s+(?:(?P<part>early|mid|late|the end of|the middle of|"
    r"the start of|the beginning of|end of|mid-)\s*-?\s*)?(?:(?P<day_first>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>" + "|".join(m.title() for m in _MONTHS)
    + r")\b(?:\s+(?P<day>\d{1,2})\b)?", re.IGNORECASE)
_DEADLINE_CONTEXT = re.compile(r"\b(deadline|ultimatum|or face|or else|grace period|from today|"
                               r"from now|sanctions|tariffs|to reach a deal|to agree|to end)\b", re.IGNORECASE)
_MEASURE = re.compile(r"\b(?:threaten\w*(?:\s+to\s+impose)?|or face|under (?:the )?threat of|"
                      r"or risk)\s+(?P<measure>[^.;:]+?)(?=\s+(?:if|unless|should|against whom)\b|[,.;:]|$)",
                      re.IGNORECASE)
_DAYS_PER = {"day": 1, "week": 7, "month": 30}


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    label: str
    days: float | None
    low: float | None
    due: date | None
    from_today: bool
    earliest: date | None = None  # "by early September" names a window, not a day


def extract_deadlines(text: str, sentences: list[tuple[int, int]], published: date | None,
                      profile: Profile | None = None,
                      actor_at: Callable[[int], str | None] = lambda _: None,
                      mentions_in: Callable[[int, int], list[str]] = lambda _s, _e: []) -> list[Deadline]:
    """Every deadline mentioned, each with its sentence as text and span."""
    known = profile.deadlines if profile else ()
    found: list[Deadline] = []
    for start, end in sentences:
        sentence = text[start:end]
        for match in _matches(sentence, published):
            revision, deadline = _known_match(match, known)
            announced = (published if match.from_today else revision.announced if revision else None)
            days = match.days if match.days is not None else (revision.days if revision else None)
            due = revision.due if revision else match.due or (
                announced + timedelta(days=days) if announced and days is not None else None)
            position = start + match.start
            owner = _possessor(text, position, mentions_in) if match.days is not None else None
            issuer = owner or (deadline.issuer if deadline else None) or actor_at(position)
            found.append(Deadline(
                label=deadline.label if deadline else match.label, text=sentence, start=start, end=end,
                issuer=issuer, target=_target(sentence, match, start, mentions_in) or (deadline.target if deadline else None),
                days=days, announced=announced, due=due,
                measure=_measure(sentence) or (deadline.measure if deadline else None),
            ))
    return found


_ANY_TIME_WORD = re.compile(r"\b(?:days?|weeks?|months?|" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)


def _matches(sentence: str, published: date | None) -> list[_Match]:
    matches: list[_Match] = []
    if not _ANY_TIME_WORD.search(sentence):
        return matches
    for m in _ADJECTIVAL.finditer(sentence):
        matches.append(_length_match(m, sentence, from_today=False))
    has_context = bool(_DEADLINE_CONTEXT.search(sentence))
    for m in _NOMINAL.finditer(sentence):
        if _overlaps(m, matches) or not (has_context or m.group("from")):
            continue
        if not (m.group("lead") or m.group("from") or m.group("n2") or "deadline" in sentence.lower()
                or "ultimatum" in sentence.lower()):
            continue
        matches.append(_length_match(m, sentence, from_today=bool(m.group("from"))))
    for m in _CALENDAR.finditer(sentence):
        if published is None:
            continue
        earliest, due = _calendar_window(m, published)
        matches.append(_Match(m.start(), m.end(), m.group(0), None, None, due, False, earliest))
    return sorted(matches, key=lambda x: x.start)


def _length_match(m: re.Match, sentence: str, from_today: bool) -> _Match:
    per = _DAYS_PER[m.group("unit").lower()]
    first = _value(m.group("n1")) * per
    second = _value(m.group("n2")) * per if m.group("n2") else None
    label = sentence[m.start("n1"):m.end()].strip()
    return _Match(m.start("n1"), m.end(), label, second or first, first if second else None, None, from_today)


def _value(text: str) -> float:
    cleaned = text.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return word_value(text) or 0.0


def _overlaps(m: re.Match, matches: list[_Match]) -> bool:
    return any(m.start("n1") < x.end and x.start < m.end() for x in matches)


def _calendar_window(m: re.Match, published: date) -> tuple[date, date]:
    """The days a calendar phrase allows: "early September" is 1 to 10 September."""
    month = _MONTHS[m.group("month").lower()]
    year = published.year + (1 if month < published.month - 1 else 0)
    last = calendar.monthrange(year, month)[1]
    if m.group("day") or m.group("day_first"):
        day = date(year, month, min(int(m.group("day") or m.group("day_first")), last))
        return day, day
    part = (m.group("part") or "").lower().rstrip("-")
    if m.group("prep").lower() == "before" and not part:
        eve = date(year, month, 1) - timedelta(days=1)  # "before September": by 31 August
        return eve, eve
    first, end = {"early": (1, 10), "the start of": (1, 10), "the beginning of": (1, 10),
                  "mid": (11, 20), "the middle of": (11, 20), "late": (21, last)}.get(part, (21, last))
    return date(year, month, first), date(year, month, min(end, last))


def _known_match(match: _Match, known: tuple[KnownDeadline, ...]) -> tuple[Revision | None, KnownDeadline | None]:
    """The known revision this mention is: the same length, or a due date inside its window."""
    for deadline in known:
        for revision in sorted(deadline.revisions, key=lambda r: r.announced, reverse=True):
            if match.days is not None and _same_length(match, revision):
                return revision, deadline
            if match.due and (match.earliest or match.due) <= revision.due <= match.due:
                return revision, deadline
    return None, None


def _same_length(match: _Match, revision: Revision) -> bool:
    if match.low is not None:
        return (match.low, match.days) == (revision.low, revision.high or revision.days)
    return revision.low is None and match.days == revision.days


def _possessor(text: str, position: int, mentions_in: Callable[[int, int], list[str]]) -> str | None:
    """ "the mediator's 30-day ultimatum", "the president's deadline": whose deadline it is."""
    before = text[max(0, position - 60):position]
    m = re.search(r"([\w.’'-]+(?:\s[\w.’'-]+){0,2})(?:'s|’s|')\s+(?:[\w-]+\s+)?$", before)
    if not m:
        return None
    actors = mentions_in(position - len(before) + m.start(1), position - len(before) + m.end(1))
    return actors[0] if actors else None


def _target(sentence: str, match: _Match, offset: int, mentions_in: Callable[[int, int], list[str]]) -> str | None:
    """ "a deadline for Moscow to ...", "gave Putin 10 days": the side it is set for."""
    after = re.match(r"\s+for\s+((?:[\w.’'-]+\s+){1,4}?)to\b", sentence[match.end:])
    if after:
        actors = mentions_in(offset + match.end + after.start(1), offset + match.end + after.end(1))
        if actors:
            return actors[0]
    given = re.search(r"\b(?:give|gave|given|giving)\s+((?:[\w.’'-]+\s+){1,3})$", sentence[:match.start])
    if given:
        actors = mentions_in(offset + given.start(1), offset + given.end(1))
        if actors:
            return actors[0]
    return None


def _measure(sentence: str) -> str | None:
    m = _MEASURE.search(sentence)
    return m.group("measure").strip() if m else None
