"""Which talks round a sentence is about: named by ordinal or date, else the round the article reports."""

from __future__ import annotations

import re
from datetime import date

from parley.extract.dates import MONTH_WORDS
from parley.extract.numbers import UNITS
from parley.profile import Profile, Round

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL_ROUND = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+(?:\w+\s+){{0,2}}?(?:round|meeting|session)\b",
                            re.IGNORECASE)
# "Round two", "ROUND THREE": the round by its number after the word
_CARDINALS = tuple(word for word, value in UNITS.items() if 1 <= value <= len(_ORDINALS))
# (not "round two of sanctions", nor "a round 1,000")
_ROUND_NUMBER = re.compile(rf"\bround\s+({'|'.join(_CARDINALS)}|[1-8])\b(?![\d,.]\d)"
                           r"(?!\s+of\s+(?!(?:the\s+)?(?:talks|negotiations)\b))", re.IGNORECASE)
# A paragraph headed by its round: "ROUND ONE, 3 March.", "The second round:", "Round two -"
_ROUND_HEADING = re.compile(rf"^\W*(?:round\s+({'|'.join(_CARDINALS)}|[1-8])|(?:the\s+)?({'|'.join(_ORDINALS)})\s+round)\b"
                            r"[^.:;!?]{0,40}[.:\u2013\u2014-]", re.IGNORECASE)
# Reports of a round appear within days of it; an article a fortnight later that does not name
# a round is about something else (the next exchange, a new proposal).
REPORT_WINDOW_DAYS = 3
_PREVIOUS = re.compile(r"\b(?:previous|earlier|last|prior)\s+(?:rounds?|talks|meetings?)\b", re.IGNORECASE)


def round_of(sentence: str, profile: Profile, published: date | None, before: str = "",
             at: int | None = None) -> str | None:
    """The id of the round the sentence refers to, or None when it cannot tell. ``before`` is
    its paragraph up to it: a paragraph headed by a round ("Round one, 3 March. The sides agreed
    ...") is about that round, not the one the article reports. ``at``, where a figure stands in
    the sentence, picks among rounds it names: "from the first round with 500 a side, and from
    the third with a promise of 800" gives the 800 to the third."""
    rounds = sorted(profile.rounds, key=lambda r: r.date)
    if not rounds:
        return None
    named, elided = _rounds_named(sentence)
    if named:
        # each part of a sentence whose second part leaves the noun out has its own round
        earlier = [index for where, index in named if elided and at is not None and where <= at]
        index = earlier[-1] if earlier else named[0][1]
        return rounds[index].id if index < len(rounds) else None
    for talks in rounds:
        if _day_pattern(talks).search(sentence):
            return talks.id
    dated = _DAY_HEADING.match(before)
    if dated is not None and not _PREVIOUS.search(sentence):
        # "MAY 16, THE PALACE" heading a list of what came of that day: that day's round, or none
        return next((talks.id for talks in rounds if _day_pattern(talks).search(dated.group(0))), None)
    heading = _ROUND_HEADING.match(before)
    if heading and not _PREVIOUS.search(sentence):
        index = _index(heading.group(1) or heading.group(2))
        return rounds[index].id if index < len(rounds) else None
    if _PREVIOUS.search(sentence) or published is None:
        return None
    before_now = [r for r in rounds if r.date <= published]
    if before_now and (published - before_now[-1].date).days <= REPORT_WINDOW_DAYS:
        return before_now[-1].id
    return None


def _rounds_named(sentence: str) -> tuple[list[tuple[int, int]], bool]:
    """Where the sentence names a round, and which (its index), in order; and whether an ordinal
    after a round named leaves its noun out ("from the first round with ..., and from the third
    with ..."), naming one too."""
    named = [(m.start(), _index(m.group(1))) for m in _ORDINAL_ROUND.finditer(sentence)]
    named = named or [(m.start(), _index(m.group(1))) for m in _ROUND_NUMBER.finditer(sentence)]
    elided = [(m.start(1), _index(m.group(1))) for m in _ELIDED_ORDINAL.finditer(sentence, named[0][0] + 1)] \
        if named else []
    return sorted(named + elided), bool(elided)


# "..., and from the third with": a preposition, "the" and an ordinal whose noun is left out, then
# a comma, "with", "when" or "where" ("was the first to", "ended with the first of two swaps" are not)
_ELIDED_ORDINAL = re.compile(rf"\b(?:from|at|after|in|since)\s+the\s+({'|'.join(_ORDINALS)})(?=\s*[,;]|\s+(?:with|when|where))",
                             re.IGNORECASE)


def _day_pattern(talks: Round) -> re.Pattern[str]:
    day, month = talks.date.day, talks.date.strftime("%B")
    # (a heading in capitals names its month in capitals: "MAY 16, THE PALACE")
    return re.compile(rf"\b(?:{day}\s+(?:{month}|{month.upper()})|(?:{month}|{month.upper()})\s+{day})\b")


# A first line that is a short heading naming a day, over the line the sentence stands on: "MAY 16,
# THE PALACE", "3 March - Valletta"
_MONTH = rf"(?i:{'|'.join(MONTH_WORDS)})"
_DAY_HEADING = re.compile(rf"^[^\n.!?]{{0,30}}?\b(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})\b[^\n.!?]{{0,40}}\n")


def _index(word: str) -> int:
    """A round's place from its ordinal ("third"), number word ("three") or digit."""
    word = word.lower()
    return _ORDINALS.index(word) if word in _ORDINALS else int(word if word.isdigit() else UNITS[word]) - 1
