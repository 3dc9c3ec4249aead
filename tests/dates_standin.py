"""A small stand-in for ``parley.extract.dates.dates_in`` (same interface), for the event tests.

It reads only the forms the tests write: "23 May", "May 23", "23 May 2025", "between 11 and 16
June", "in June", "early/late July", weekdays ("on Thursday": the last one on or before the
base), "today", "yesterday". The real reader lives in parley/extract/dates.py.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
PATTERNS = [
    ("range", re.compile(rf"\bbetween (\d{{1,2}}) and (\d{{1,2}}) ({_MONTH})\b", re.I)),
    ("day", re.compile(rf"\b(\d{{1,2}}) ({_MONTH})(?:,? (\d{{4}}))?\b", re.I)),
    ("day_us", re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:,? (\d{{4}}))?\b", re.I)),
    ("month", re.compile(rf"\b(?:(early|mid|late)[ -])?({_MONTH})(?: (\d{{4}}))?\b", re.I)),
    ("weekday", re.compile(rf"\b({_WEEKDAY})\b", re.I)),
    ("relative", re.compile(r"\b(today|yesterday)\b", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    earliest: date
    latest: date
    kind: str

    @property
    def day(self) -> date | None:
        return self.earliest if self.earliest == self.latest else None


def _year(given: str | None, base: date | None) -> int | None:
    return int(given) if given else (base.year if base else None)


def dates_in(text: str, base: date | None) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            span = _resolve(kind, m, base)
            if span is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), m.group(0), span[0], span[1],
                                     "day" if kind == "day_us" else kind))
    return sorted(found, key=lambda d: d.start)


def _resolve(kind: str, m: re.Match, base: date | None) -> tuple[date, date] | None:
    if kind == "range":
        year = _year(None, base)
        month = MONTHS[m.group(3).lower()]
        return (date(year, month, int(m.group(1))), date(year, month, int(m.group(2)))) if year else None
    if kind in ("day", "day_us"):
        day, month, year = (m.group(1), m.group(2), m.group(3)) if kind == "day" else (m.group(2), m.group(1), m.group(3))
        year = _year(year, base)
        return (date(year, MONTHS[month.lower()], int(day)),) * 2 if year else None
    if kind == "month":
        year = _year(m.group(3), base)
        if not year or m.group(2).lower() == "may" and not m.group(1) and not m.group(3) and m.start() > 0 \
                and not re.search(r"\b(?:in|of|early|late|mid)\s+$", m.string[:m.start()], re.I):
            return None  # "may" the verb
        month = MONTHS[m.group(2).lower()]
        last = calendar.monthrange(year, month)[1]
        first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(
            (m.group(1) or "").lower(), (1, last))
        return date(year, month, first_day), date(year, month, last_day)
    if base is None:
        return None
    if kind == "weekday":
        back = (base.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
        return (base - timedelta(days=back),) * 2
    back = 0 if m.group(1).lower() == "today" else 1
    return (base - timedelta(days=back),) * 2
