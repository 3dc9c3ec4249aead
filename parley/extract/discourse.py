"""What a sentence means in its article: a statement that names no issue takes the one of the
statement it points back to, a quotation that goes on after its attribution is still its
speaker's, and a transcript's labelled answer is its speaker's, about the question asked.
Passes over an article's statements, in order, after each sentence is attributed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from parley.extract.lexicon import QUESTION_LABELS
from parley.extract.mentions import Mention
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


# A speaker's label opening a transcript paragraph: "PESKOV: ...", "QUESTION (Izvestia): ...",
# "Zelensky (via video link): ...". A few words, an optional note in brackets, a colon.
# Every word of it capitalised ("Trump disagreed: ..." is a sentence, not a label).
_LABEL_WORD = r"(?:Mr\.|Mrs\.|Ms\.|Dr\.|[^\W\d_a-z][\w'’-]*)"
_LABEL = re.compile(rf"(?P<label>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,3}})\s*(?:\([^()\n]{{0,60}}\))?:\s+(?=\S)")


# In a labelled answer, "we" and "I" are the speaker's side, whoever the sentence mentions.
_FIRST_PERSON = re.compile(rf"^(?:{_LABEL.pattern})?(?i:we|i|our|my|us)\b")


def speaker_labels(statements: list[Statement], text: str, paragraphs: Sequence[tuple[int, int]],
                   mentions: Sequence[Mention], issues_in: Callable[[str], tuple[str, ...]]) -> list[Statement]:
    """A transcript paragraph opened by a side's speaker ("PESKOV: We consider such restrictions
    illegal.") is that speaker's where no one else is named as saying it; an answer that names
    no issue is about the question asked before it ("QUESTION: When will the exchange take
    place? / PESKOV: It is being prepared." is about prisoners)."""
    labelled: dict[int, tuple[Mention, int, int]] = {}  # paragraph start -> speaker, paragraph span
    asked: dict[int, tuple[str, ...]] = {}  # answer paragraph start -> the issues of the question
    question: tuple[str, ...] = ()
    for start, end in paragraphs:
        label = _LABEL.match(text, start, end)
        if label is None or label.end() - start > 80:
            continue
        words = label.group("label").casefold().split()
        if words and words[0].rstrip(".") in QUESTION_LABELS:
            question = issues_in(text[label.end():end])
            continue
        speaker = next((m for m in mentions if start <= m.start and m.end <= label.end("label") and m.actor), None)
        if speaker is None:
            continue
        labelled[start] = (speaker, start, end)
        asked[start] = question
    if not labelled:
        return statements
    out: list[Statement] = []
    for statement in statements:
        owner = next(((m, s) for m, s, e in labelled.values() if s <= statement.start and statement.end <= e), None)
        if owner is not None:
            speaker, start = owner
            named = any(statement.start <= m.start < statement.end and m.actor == statement.actor for m in mentions)
            if statement.actor not in (None, speaker.actor) and named and statement.reporter is None:
                statement = replace(statement, reporter=speaker.actor)  # "We know Kyiv's position: ..."
            elif statement.actor is None or statement.actor != speaker.actor and _FIRST_PERSON.match(statement.text):
                statement = replace(statement, actor=speaker.actor, speaker=speaker.person or text[speaker.start:speaker.end],
                                    reported=True, stance=statement.stance or "states", confidence=0.6)
            if statement.actor == speaker.actor and not statement.issues and asked[start]:
                statement = replace(statement, issues=asked[start], confidence=min(statement.confidence or 0.5, 0.5))
        out.append(statement)
    return out
