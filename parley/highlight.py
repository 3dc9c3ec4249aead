"""What the reader highlights: each statement by side, each figure's number, each deadline's
sentence; as spans over the article text, so the reader only decides how they look."""

from __future__ import annotations

from dataclasses import dataclass

from parley.extract.numbers import find_numbers
from parley.model import Extraction


@dataclass(frozen=True)
class Highlight:
    """A span of article text to mark, what it is, and a short label."""

    start: int
    end: int
    kind: str  # "statement", "figure" or "deadline"
    label: str
    actor: str | None = None


def highlights(text: str, extraction: Extraction) -> list[Highlight]:
    """Statements with a side, the number of every figure, and deadline sentences, in text order."""
    marks = [Highlight(s.start, s.end, "statement", " · ".join(x for x in (s.actor, s.stance, s.speaker) if x),
                       actor=s.actor)
             for s in extraction.statements if s.actor]
    for figure in extraction.figures:
        span = number_span(text, figure.start, figure.end, figure.value, figure.low)
        if span:
            marks.append(Highlight(*span, "figure", f"{figure.category} · {figure.qualifier}"))
    for deadline in extraction.deadlines:
        due = f"due {deadline.due.isoformat()}" if deadline.due else "due date unknown"
        marks.append(Highlight(deadline.start, deadline.end, "deadline", f"{deadline.label} · {due}"))
    return sorted(marks, key=lambda h: (h.start, -h.end))


def number_span(text: str, start: int, end: int, value: float | None, low: float | None = None) -> tuple[int, int] | None:
    """Where in its sentence a figure's number is written (its lower bound first, for a range)."""
    wanted = [v for v in (low, value) if v is not None]
    for number in find_numbers(text[start:end]):
        if number.value in wanted:
            return start + number.start, start + number.end
    return None
