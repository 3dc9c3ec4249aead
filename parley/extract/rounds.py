"""Which talks round a sentence is about: named by ordinal or date, else the round the article reports."""

from __future__ import annotations

import re
from datetime import date

from parley.profile import Profile, Round

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL_ROUND = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+(?:\w+\s+){{0,2}}?(?:round|meeting|session)\b",
                            re.IGNORECASE)
# "Round two", "ROUND THREE": the round by its number after the word
_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight")
_ROUND_NUMBER = re.compile(rf"\bround\s+({'|'.join(_CARDINALS)}|[1-8])\b(?![\d,.]\d)", re.IGNORECASE)
# Reports of a round appear within days of it; an article a fortnight later that does not name
# a round is about something else (the next exchange, a new proposal).
REPORT_WINDOW_DAYS = 3
_PREVIOUS = re.compile(r"\b(?:previous|earlier|last|prior)\s+(?:rounds?|talks|meetings?)\b", re.IGNORECASE)


def round_of(sentence: str, profile: Profile, published: date | None, before: str = "") -> str | None:
    """The id of the round the sentence refers to, or None when it cannot tell. ``before`` is
    its paragraph up to it: a paragraph opened on a round ("Round one, 16 May. The sides agreed
    ...") is about that round, not the one the article reports."""
    rounds = sorted(profile.rounds, key=lambda r: r.date)
    if not rounds:
        return None
    ordinal = _ORDINAL_ROUND.search(sentence) or _ROUND_NUMBER.search(sentence)
    if ordinal:
        index = _index(ordinal.group(1))
        return rounds[index].id if index < len(rounds) else None
    for talks in rounds:
        if _day_of(talks).search(sentence):
            return talks.id
    if before:
        named = [(m.start(), _index(m.group(1))) for pattern in (_ORDINAL_ROUND, _ROUND_NUMBER)
                 for m in pattern.finditer(before)]
        named += [(m.start(), k) for k, talks in enumerate(rounds) for m in _day_of(talks).finditer(before)]
        if named:
            index = max(named)[1]  # the round named last before the sentence
            return rounds[index].id if index < len(rounds) else None
    if _PREVIOUS.search(sentence) or published is None:
        return None
    before_now = [r for r in rounds if r.date <= published]
    if before_now and (published - before_now[-1].date).days <= REPORT_WINDOW_DAYS:
        return before_now[-1].id
    return None


def _day_of(talks: Round) -> re.Pattern[str]:
    day, month = talks.date.day, talks.date.strftime("%B")
    return re.compile(rf"\b(?:{day}\s+{month}|{month}\s+{day})\b")


def _index(word: str) -> int:
    """A round's place from its ordinal ("third"), number word ("three") or digit."""
    word = word.lower()
    if word.isdigit():
        return int(word) - 1
    return _ORDINALS.index(word) if word in _ORDINALS else _CARDINALS.index(word)
