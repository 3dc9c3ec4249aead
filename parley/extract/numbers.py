"""Numbers as news writes them: "1,500", "1.5 million", "a thousand", "twelve hundred", "twenty-five"."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD_VALUES = {**UNITS, **TENS, "dozen": 12}

NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion)\b|\s?(?:k|m|bn)\b)?"
# "a thousand", "one thousand two hundred", "twenty-five", "twelve hundred", "a dozen".
_WORDS = (rf"(?:(?:an?|one)\s+(?:{'|'.join(SCALES)}|dozen)\b|(?:{NUMBER_WORD})\b)"
          rf"(?:(?:\s+and\s+|[\s-]+)(?:{NUMBER_WORD})\b)*")
# The same numbers as a plain pattern (no named groups) for use inside other patterns.
NUMBER_PATTERN = rf"(?:(?:{_DIGITS}){_SCALE}|{_WORDS})"
NUMBER = re.compile(rf"(?<![\w.,:])(?:(?P<digits>{_DIGITS}){_SCALE}|(?P<words>{_WORDS}))", re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    """A number found in text, with its span."""

    value: float
    start: int
    end: int
    text: str
    in_words: bool


def word_value(text: str) -> float | None:
    """The value of a number in words; None when the words are not a number."""
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word in ("a", "an"):
            current = current or 1
        elif word in _WORD_VALUES:
            current = (current or 1) * 12 if word == "dozen" else current + _WORD_VALUES[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current, seen = 0.0, True
        else:
            return None
    return total + current if seen else None


def digit_value(text: str) -> float:
    """The value of "1,500", "1.5 million", "3k", "2bn"."""
    match = re.match(rf"({_DIGITS})\s*(\w*)", text)
    value = float(match.group(1).replace(",", ""))
    scale = match.group(2).lower()
    multiplier = {"k": 1e3, "m": 1e6, "bn": 1e9, **{k: float(v) for k, v in SCALES.items()}}
    return value * multiplier.get(scale, 1.0)


def find_numbers(text: str) -> list[Number]:
    """Every number in the text, in order, digits or words."""
    found = []
    for match in NUMBER.finditer(text):
        raw = match.group(0)
        if match.group("digits"):
            value = digit_value(raw)
        else:
            value = word_value(raw)
            if value is None:
                continue
        found.append(Number(value=value, start=match.start(), end=match.end(), text=raw,
                            in_words=match.group("words") is not None))
    return found


# A swap told in its per-side grammar: "150 for 150", "a 90-for-90 swap".
SWAP_GRAMMAR = r"\d[\d,.]*(?:\s+|-)for(?:\s+|-)\d"
