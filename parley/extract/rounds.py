"""Which talks round a sentence is about: named by ordinal or date, else the round the article reports."""

from __future__ import annotations

import re
from datetime import date

from parley.profile import Profile

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL_ROUND = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+(?:\w+\s+){{0,2}}?(?:round|meeting|session)\b",
                            re.IGNORECASE)
# Reports of a round appear within days of it; an article a fortnight later that does not name
# a round is about something else (the next exchange, a new proposal).
REPORT_WINDOW_DAYS = 3
_PREVIOUS = re.compile(r"\b(?:previous|earlier|last|prior)\s+(?:rounds?|talks|meetings?)\b", re.IGNORECASE)


def round_of(sentence: str, profile: Profile, published: date | None) -> str | None:
    """The id of the round the sentence refers to, or None when it cannot tell."""
    rounds = sorted(profile.rounds, key=lambda r: r.date)
    if not rounds:
        return None
    ordinal = _ORDINAL_ROUND.search(sentence)
    if ordinal:
        index = _ORDINALS.index(ordinal.group(1).lower())
        return rounds[index].id if index < len(rounds) else None
    for talks in rounds:
        day, month = talks.date.day, talks.date.strftime("%B")
        if re.search(rf"\b(?:{day}\s+{month}|{month}\s+{day})\b", sentence):
            return talks.id
    if _PREVIOUS.search(sentence) or published is None:
        return None
    before = [r for r in rounds if r.date <= published]
    if before and (published - before[-1].date).days <= REPORT_WINDOW_DAYS:
        return before[-1].id
    return None
