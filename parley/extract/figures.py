"""Figures: numbers that say something (prisoners, bodies, days ...), with hedges, ranges, per side.

Dates, years, times of day, ordinals and numbers with nothing counted are not figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from parley.extract import lexicon
from parley.extract.numbers import Number, find_numbers
from parley.model import Figure

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec")
_MONTH = "|".join(MONTHS)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTH})\.?\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|et\b|cet\b|msk\b|"
                         r"local time|o'clock|h\b|hrs\b))", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"\b(?:round|no\.|number|page|article|paragraph|point|resolution|"
                           r"section|chapter|phase|stage|part|item|protocol)\s*$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|or|and|-\s*to|–\s*to)\s*$", re.IGNORECASE)
_FOR_JOIN = re.compile(r"^\s*(?:-?\s*for\s*-?|-for-)\s*$", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"[$€£₽]\s*$")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT_WORDS = {word: category for category, words in lexicon.UNITS.items() for word in words}
# Up to three modifier words between the number and its unit: "1,000 northern prisoners".
_UNIT = re.compile(
    rf"^(?:-|\s)*(?P<mods>(?:[A-Za-z’'-]+\s+){{0,3}}?)(?P<unit>{_alternation(tuple(_UNIT_WORDS))})(?![\w])",
    re.IGNORECASE,
)
# Any plural noun right after the number (or one modifier on): "twelve hundred journalists".
_PLURAL_NOUN = re.compile(r"^(?:-|\s)+(?:[a-z]+\s+)?(?P<unit>[A-Za-z]{3,}s)\b")
_PER_SIDE = re.compile(rf"^\s*,?\s*(?:{_alternation(lexicon.PER_SIDE_AFTER)})\b", re.IGNORECASE)
_EACH_SIDE_BEFORE = re.compile(r"\beach (?:side|party|country)\b[^.;]{0,40}$", re.IGNORECASE)


@dataclass(frozen=True)
class _Reading:
    """A number, or two joined as a range, with where its words end."""

    low: float
    high: float
    start: int
    end: int
    first: Number
    per_side: bool = False


def extract_figures(text: str, sentences: list[tuple[int, int]],
                    actor_at: Callable[[int], str | None] = lambda _: None,
                    round_of: Callable[[str], str | None] = lambda _: None) -> list[Figure]:
    """Figures in every sentence; the span and text of each is its sentence's."""
    figures: list[Figure] = []
    for start, end in sentences:
        sentence = text[start:end]
        for figure in sentence_figures(sentence):
            offset = figure.pop("offset")
            figures.append(Figure(**figure, text=sentence, start=start, end=end,
                                  actor=actor_at(start + offset), round=round_of(sentence)))
    return figures


def sentence_figures(sentence: str) -> list[dict]:
    """Figure fields for each figure in one sentence (offset = where the number starts)."""
    lowered = sentence.lower()
    found: list[dict] = []
    for reading in _readings(sentence):
        if _not_a_figure(sentence, reading.first):
            continue
        unit_match = _UNIT.match(sentence[reading.end:]) or _PLURAL_NOUN.match(sentence[reading.end:])
        unit = unit_match.group("unit").lower() if unit_match else None
        if unit in lexicon.NOT_PLURAL_NOUNS:
            unit_match, unit = None, None
        unit_end = reading.end + (unit_match.end() if unit_match else 0)
        if unit in lexicon.NOT_A_FIGURE_UNITS and (reading.first.in_words or reading.high <= 2):
            continue
        if unit == "%" or unit and unit.startswith("per"):
            if _PERCENT_IDIOM.match(sentence[unit_end:]):
                continue
        category = _category(unit, sentence, reading.start, lowered)
        if category is None and found and _ELLIPSIS.match(sentence[reading.end:]):
            # "1,000 prisoners were freed and twelve hundred more are due": the unit carries over.
            unit, category = found[-1]["unit"], found[-1]["category"]
        elif category is None and reading.per_side:
            # "1,000 for 1,000" is an exchange even when the sentence never says of what.
            category = "bodies" if "bodies" in lowered or "remains" in lowered else "prisoners"
        if category is None:
            continue
        qualifier = _qualifier(sentence[:reading.start], reading)
        per_side = (reading.per_side or bool(_PER_SIDE.match(sentence[unit_end:]))
                    or bool(_EACH_SIDE_BEFORE.search(sentence[:reading.start])))
        found.append({
            "value": reading.high if qualifier == "range" else reading.low,
            "low": reading.low if qualifier == "range" else None,
            "high": reading.high if qualifier == "range" else None,
            "qualifier": qualifier, "unit": unit or category, "category": category,
            "per_side": per_side, "status": _status(lowered, reading.start),
            "scope": _scope(lowered, reading.start, unit_end),
            "confidence": 0.9 if unit else 0.6, "offset": reading.start,
        })
    return found


_ELLIPSIS = re.compile(r"^\s*(?:more|others|other|additional|further)\b|^\s*[,.;]", re.IGNORECASE)
_PERCENT_IDIOM = re.compile(rf"^\s*(?:{_alternation(lexicon.PERCENT_IDIOMS)})\b", re.IGNORECASE)


def _readings(sentence: str) -> list[_Reading]:
    numbers = find_numbers(sentence)
    readings, i = [], 0
    while i < len(numbers):
        first = numbers[i]
        following = numbers[i + 1] if i + 1 < len(numbers) else None
        between = sentence[first.end:following.start] if following else ""
        if following and _RANGE_JOIN.match(between) and following.value > first.value:
            readings.append(_Reading(first.value, following.value, first.start, following.end, first))
            i += 2
        elif following and _FOR_JOIN.match(between) and following.value == first.value:
            readings.append(_Reading(first.value, first.value, first.start, following.end, first, True))
            i += 2
        else:
            readings.append(_Reading(first.value, first.value, first.start, first.end, first))
            i += 1
    return readings


def _not_a_figure(sentence: str, number: Number) -> bool:
    before, after = sentence[:number.start], sentence[number.end:]
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return True
    if _TIME_AFTER.match(after) or _ORDINAL_AFTER.match(after) or _LABEL_BEFORE.search(before):
        return True
    # A bare four-digit number in the range of years is a year, not a count.
    return not number.in_words and 1900 <= number.value <= 2100 and number.text.isdigit()


def _category(unit: str | None, sentence: str, position: int, lowered: str) -> str | None:
    if _CURRENCY_BEFORE.search(sentence[:position]):
        return "other"
    if unit is None:
        return None
    if unit not in _UNIT_WORDS:
        # A counted noun Parley has no category for: "5,800 Georgians", "900 journalists".
        exchanged = any(cue in lowered for cue in lexicon.EXCHANGE_CUES)
        return "prisoners" if exchanged and unit.endswith(("ians", "ers", "men")) else "other"
    category = _UNIT_WORDS[unit]
    if unit in ("soldiers", "troops", "servicemen", "fighters", "people", "persons", "individuals"):
        nearby = lowered[max(0, position - 40):position + 60]
        if any(cue in nearby for cue in lexicon.DEAD_CUES):
            return "bodies"
        if any(cue in lowered for cue in lexicon.EXCHANGE_CUES):
            return "prisoners"
        return "civilians" if category == "civilians" else "other"
    if category == "duration" and unit.startswith(("day", "week")):
        if any(cue in lowered for cue in lexicon.DEADLINE_CUES):
            return "deadline_days"
    return category


def _qualifier(before: str, reading: _Reading) -> str:
    if reading.high != reading.low:
        return "range"
    tail = before.lower().rstrip()
    for qualifier, phrases in lexicon.HEDGES.items():
        for phrase in phrases:
            if tail.endswith(phrase) and (len(tail) == len(phrase) or not tail[-len(phrase) - 1].isalnum()):
                return qualifier
    return "exact"


_ASIDE = re.compile(r"\b(?:marking|making|which|the largest|the biggest|the first|in what|was the|is the)\b")


def _scope(lowered: str, start: int, end: int) -> str:
    """Cumulative when "so far", "in total" ... stands by the number, not in an aside after it."""
    before = re.split(r"[;.]", lowered[max(0, start - 60):start])[-1]
    after = _ASIDE.split(lowered[end:end + 80])[0]
    window = before + " " + lowered[start:end] + after
    return "cumulative" if any(cue in window for cue in lexicon.CUMULATIVE_CUES) else "new"


_STATUS_OF = {cue: status for status, cues in lexicon.STATUS_CUES.items() for cue in cues}
_STATUS_CUE = re.compile(rf"\b(?:{_alternation(tuple(_STATUS_OF))})\b")


def _status(lowered: str, position: int) -> str:
    """The cue nearest before the number decides; failing that, the nearest after it."""
    best: tuple[int, str] | None = None
    for match in _STATUS_CUE.finditer(lowered):
        at = match.start()
        distance = position - at if at < position else 1000 + at - position
        if best is None or distance < best[0]:
            best = (distance, _STATUS_OF[match.group(0)])
    return best[1] if best else "reported"
