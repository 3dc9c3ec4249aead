"""What a sentence means in its article: a statement that names no issue takes the one of the
statement it points back to, and a quotation that goes on after its attribution is still its
speaker's. Passes over an article's statements, in order, after each sentence is attributed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from parley.model import Statement

# A sentence that names no issue but points back to the one before it: "He added that it
# would not happen soon", "Trump urged Kyiv to accept the offer", "Kyiv did likewise".
_CONTINUES = re.compile(
    r"^(?:he|she|they|it|we|i)\b|\b(?:it|this|that|these|those|likewise|the same|there|thereafter|"
    r"(?:the|this|that|such an?) (?:offer|proposal|idea|plan|deal|list|demand|request|move|step|initiative|"
    r"document|memorandum|condition|terms|call|suggestion|arrangement|format))\b", re.IGNORECASE)
_CARRY_BACK = 2


def carry_issues(statements: list[Statement], paragraph_starts: Sequence[int]) -> list[Statement]:
    """A side's statement that names no issue continues the last statement before it in its
    paragraph that did, when it points back to it or its side spoke there too."""
    def paragraph(position: int) -> int:
        return bisect.bisect_right(paragraph_starts, position)

    out: list[Statement] = []
    for statement in statements:
        if statement.actor and not statement.issues:
            earlier = [s for s in out[-_CARRY_BACK:] if paragraph(s.start) == paragraph(statement.start)]
            source = next((s for s in reversed(earlier) if s.issues), None)
            if source is not None and (_CONTINUES.search(statement.text) or source.actor == statement.actor):
                statement = replace(statement, issues=source.issues,
                                    confidence=min(statement.confidence or 0.5, 0.5))
        out.append(statement)
    return out


_OPENING = "“‘«"
_CLOSING = "”’»"


def carry_quotes(statements: list[Statement], text: str, paragraph_starts: Sequence[int]) -> list[Statement]:
    """Sentences of a quotation that go on after its attribution ("“We agreed,” Medinsky said.
    “It will take place in stages.”"), and a paragraph that only goes on quoting, are the
    speaker's who was last quoted, in the same paragraph or the one before."""
    def paragraph(position: int) -> int:
        return bisect.bisect_right(paragraph_starts, position)

    out: list[Statement] = []
    for statement in statements:
        if not statement.actor and _quoting(text, statement, paragraph_starts):
            source = next((s for s in reversed(out[-3:]) if s.actor and s.reported
                           and paragraph(statement.start) - paragraph(s.start) <= 1), None)
            if source is not None:
                statement = replace(statement, actor=source.actor, speaker=source.speaker, reported=True,
                                    stance=statement.stance or "states", confidence=0.6, reporter=source.reporter)
        out.append(statement)
    return out


def _quoting(text: str, statement: Statement, paragraph_starts: Sequence[int]) -> bool:
    """Does the statement stand inside quotation marks (opened in it or before it in its paragraph)?"""
    if statement.text[:1] in _OPENING + '"':
        return True
    start = paragraph_starts[max(0, bisect.bisect_right(paragraph_starts, statement.start) - 1)] \
        if paragraph_starts else 0
    before = text[start:statement.start]
    return sum(before.count(c) for c in _OPENING) > sum(before.count(c) for c in _CLOSING)
