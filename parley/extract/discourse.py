"""What a sentence means in its article: a statement that names no issue takes the one of the
statement it points back to, a quotation that goes on after its attribution is still its
speaker's, and a transcript's labelled answer is its speaker's, about the question asked.
Passes over an article's statements, in order, after each sentence is attributed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from parley.extract.dates import QUOTED
from parley.extract.lexicon import (
    ANSWER_LABELS,
    AUTHORING,
    CONTENT_VERBS,
    DOCUMENT_NOUNS,
    FURTHER_WORDS,
    PERSON_NOUNS,
    POST_NOUNS,
    QUESTION_LABELS,
    SETTING_PREPS,
    TEXT_VERBS,
    inflect,
)
from parley.extract.mentions import Mention
from parley.model import Statement
from parley.profile import JOINT

# A sentence that names no issue but points back to the one before it: "He added that it
# would not happen soon", "Trump urged Kyiv to accept the offer", "Kyiv did likewise".
_POINTED_AT = (r"(?:offer|proposal|idea|plan|deal|list|demand|request|move|step|initiative|document|memorandum|"
               r"condition|terms|call|suggestion|arrangement|format|measures|decision)")
_CONTINUES = re.compile(
    r"^(?:he|she|they|it|we|i)\b|\b(?:it|this|that|these|those|likewise|the same|there|thereafter|"
    rf"(?:the|this|that|such an?) {_POINTED_AT}|"
    # an answer is on what it answers: "the North has yet to reply", "the South took note"
    r"answer|answers|answered|reply|replies|replied|response|respond|responds|responded|"
    r"reaction|reacted|(?:took|taken|takes|take) note)\b", re.IGNORECASE)
_CARRY_BACK = 2
# "The North has rejected that idea.", "The South called the envoy's move a signal." opening a paragraph: what
# the paragraph before ended on (a word or two may name whose: "the envoy's move", "the new measures")
# A demonstrative points back ("that idea", "this proposal"); "the" only before an act just told ("the
# envoy's move", "the new measures"; not "the northern plan" or "the decision", which name their own)
# (and not a noun its own words define: "the proposal on prisoners", "the move it promised")
_POINTS_TO_LAST = re.compile(rf"\b(?:(?:this|that|these|those|such)\s+(?:[\w.’'-]+\s+)?{_POINTED_AT}|"
                             r"the\s+(?!(?:next|first|second|third|final|other|further|latest|earlier)\b)"
                             r"(?:[\w.’'-]+\s+)?(?:move|moves|measures|step))\b"
                             r"(?!\s+(?:of|on|to|for|by|from|with|that|which|who|it|he|she|they|we|I)\b)", re.IGNORECASE)
# "Other conditions ...", "A further demand ...": something else than what came before, not more of its issue
_SOMETHING_ELSE = re.compile(rf"^\W*(?:an?\s+)?(?:{'|'.join(sorted(FURTHER_WORDS))})\b", re.IGNORECASE)
# ... and one undecided on it, with no object: "The South has not said whether it will accept." (not "The South
# was quick to respond.", which opens the answer its paragraph goes on to tell)
_ANSWERS_BARE = re.compile(r"\b(?:whether|if)\s+(?:it|they|he|she)\s+(?:will|would|might|can|could)\s+"
                           r"(?:accept|reject|agree|sign|go\s+along)\s*[.,;!?]", re.IGNORECASE)
# A sentence whose subject is the point just made: "That is what ...", "This was the demand ..."
_POINTS_BACK = re.compile(r"(?:That|This)\s+(?:is|was|has\s+been|remains)\s+(?:exactly\s+|precisely\s+|just\s+)?"
                          r"(?:what|the\s+(?:demand|offer|proposal|position|condition|request|call))\b")
# A reporter's note that a side was asked and said nothing: no answer on anything
_NO_COMMENT = re.compile(r"\b(?:request|requests|asked|ask|questions?)\s+for\s+(?:a\s+)?comment\b|"
                         r"\bdeclined\s+to\s+comment\b|\bno\s+comment\b|\bcould\s+not\s+be\s+reached\b",
                         re.IGNORECASE)


def carry_issues(statements: list[Statement], paragraph_starts: Sequence[int]) -> list[Statement]:
    """A side's statement that names no issue continues the last statement before it in its
    paragraph that did, when it points back to it or its side spoke there too; one opening its
    paragraph by pointing back ("The North has rejected that idea.") continues the paragraph before."""
    def paragraph(position: int) -> int:
        return bisect.bisect_right(paragraph_starts, position)

    out: list[Statement] = []
    for statement in statements:
        if statement.actor and not statement.issues and not _SOMETHING_ELSE.match(statement.text):
            earlier = [s for s in out[-_CARRY_BACK:] if paragraph(s.start) == paragraph(statement.start)]
            points = False
            if not earlier and out and (_POINTS_BACK.match(statement.text) or _POINTS_TO_LAST.search(statement.text)
                                        or _ANSWERS_BARE.search(statement.text)):
                # "That is what the South has asked for since May." opening a paragraph: what the
                # paragraph before ended on
                earlier = [s for s in out[-_CARRY_BACK:] if paragraph(s.start) == paragraph(out[-1].start)]
                points = True
            source = next((s for s in reversed(earlier) if s.issues), None)
            if source is not None and (points or _CONTINUES.search(statement.text) or source.actor == statement.actor) \
                    and not _NO_COMMENT.search(statement.text):
                statement = replace(statement, issues=source.issues,
                                    confidence=min(statement.confidence or 0.5, 0.5))
        out.append(statement)
    return out


def carry_paragraph_issue(statements: list[Statement], paragraph_starts: Sequence[int],
                          min_words: int) -> list[Statement]:
    """A side's statement that names no issue, in a paragraph whose other statements all name
    the same one, is on that issue ("The talks on the grain deal resumed. The North says no."):
    a paragraph keeps to its subject. In a paragraph of several issues, it is on the one the
    paragraph was last on before it. Not in a paragraph that names none, and not a fragment of a
    few words."""
    def paragraph(position: int) -> int:
        return bisect.bisect_right(paragraph_starts, position)

    named: dict[int, set[str]] = {}
    for statement in statements:
        if statement.issues:
            named.setdefault(paragraph(statement.start), set()).update(statement.issues)
    out: list[Statement] = []
    for statement in statements:
        here = paragraph(statement.start)
        issues = named.get(here, set())
        if statement.actor and not statement.issues and len(statement.text.split()) >= min_words \
                and not _NO_COMMENT.search(statement.text):
            # one issue in the paragraph; else the issue the paragraph was last on before it
            before = next((s.issues for s in reversed(out) if s.issues and paragraph(s.start) == here), ())
            carried = tuple(issues) if len(issues) == 1 else before
            if carried:
                statement = replace(statement, issues=carried, confidence=min(statement.confidence or 0.5, 0.5))
        out.append(statement)
    return out


# Nouns whose issue is that of what they refer back to: "the deal" is the grain deal when the
# grain deal is the last deal named, "such a meeting" the meeting of the leaders named before.
_REFERRING_HEADS = ("deal", "deals", "agreement", "accord", "pact", "arrangement", "arrangements", "initiative",
                    "corridor", "meeting", "mechanism", "moratorium")
_REFERENCE = re.compile(rf"\b(?:the|this|that|these|those|such an?)\s+(?:(?!(?:of|and|to)\b)(?P<kind>[a-z-]+)\s+)?"
                        rf"(?P<head>{'|'.join(_REFERRING_HEADS)})\b", re.IGNORECASE)
# "hours before the meeting": a setting (not "from": "withdrew from the deal" is about the deal)
_SETTING_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(SETTING_PREPS - {'from'}))}|ahead of|until|on the eve of|"
                             r"on the sidelines of|on the margins of|in the run-up to)\s*$", re.IGNORECASE)
_ANTECEDENT_REACH = 3000  # characters back to the phrase a reference points to
_ANTECEDENT_TRIES = 4  # earlier mentions of the noun looked at, nearest first


def carry_antecedent_issues(statements: list[Statement], text: str, title: str,
                            issues_in: Callable[[str], tuple[str, ...]]) -> list[Statement]:
    """A side's statement about "the deal", "the corridor" or "such a meeting" is also on the
    issue of the phrase it points back to: the nearest earlier mention of the same noun, in the
    article or its title, whose own words name an issue ("the Northern Sea grain deal", "a meeting
    of the heads of state"). A mention whose words name none ("the deal was extended") only
    points further back."""
    out: list[Statement] = []
    for statement in statements:
        if statement.actor:
            found: set[str] = set()
            for reference in _REFERENCE.finditer(statement.text):
                if _SETTING_BEFORE.search(statement.text[:reference.start()]) \
                        or _OWN_COMPLEMENT.match(statement.text, reference.end()):
                    continue  # "hours before the meeting, ...": when, not what about
                found.update(_antecedent_issues(text, title, statement.start + reference.start(),
                                                reference.group("head"), reference.group("kind"), issues_in))
            added = tuple(i for i in sorted(found) if i not in statement.issues)
            if added:
                statement = replace(statement, issues=statement.issues + added,
                                    confidence=min(statement.confidence or 0.5, 0.6) if not statement.issues
                                    else statement.confidence)
        out.append(statement)
    return out


def _antecedent_issues(text: str, title: str, at: int, head: str, kind: str | None,
                       issues_in: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """The issues of the nearest earlier phrase with the noun that names one; with a word before
    the noun ("the minerals deal"), only a phrase with that word too."""
    noun = re.compile(rf"\b{re.escape(head.rstrip('s'))}s?\b", re.IGNORECASE)
    earlier = [(text, m) for m in noun.finditer(text, max(0, at - _ANTECEDENT_REACH), at)][::-1] \
        + [(title, m) for m in noun.finditer(title)][::-1]
    for source, m in earlier[:_ANTECEDENT_TRIES]:
        # the noun's own phrase: the words right before it ("the Northern Sea grain deal") and what
        # it is of or on ("a meeting of the heads of state"), not the rest of its sentence
        before = _WORDS_BEFORE.search(source, 0, m.start())
        after = _COMPLEMENT.match(source, m.end())
        phrase = source[before.start() if before else m.start():after.end() if after else m.end()]
        if kind and not re.search(rf"\b{re.escape(kind)}\b", phrase, re.IGNORECASE):
            continue  # "the minerals deal" is not the grain deal named before it
        found = issues_in(phrase)
        if found:
            return found
    return ()


_WORDS_BEFORE = re.compile(r"(?:[\w’'-]+\s+){1,3}$")
_COMPLEMENT = re.compile(r"\s+(?:of|on|between|with|for|over)\s+[^,.;:()]{1,40}")
# "the agreement of the presidents on energy strikes", "the deal with the North", "the meeting in
# Valletta": a noun with its own complement says what it is itself; it points back to nothing
_OWN_COMPLEMENT = re.compile(r"\s+(?:of|on|between|for|over|with|in|at)\b")


_OPENING = "“‘«"
_CLOSING = "”’»"


def carry_quotes(statements: list[Statement], text: str, paragraph_starts: Sequence[int]) -> list[Statement]:
    """Sentences of a quotation that go on after its attribution ("“We agreed,” the envoy said.
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


# A sentence that names whose the quotation before it was: "That was Ann Lee's verdict.", "Those
# were the envoy's words.", "Those words came from the president in his nightly address."
# Not "That was also the South's view" (someone agreeing), nor "That was a reply to the South's warning".
_CLAIMS = re.compile(r"^(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
                     r"(?:the\s+[a-z-]+|(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+(?:own\s+|first\s+|final\s+)?"
                     r"(?:verdict|words|view|answer|assessment|reply|message|conclusion|response|summary|judge?ment|"
                     r"take|argument|promise|warning|comment|reaction)\b"
                     r"|(?:Those|These|The|His|Her)\s+words\s+(?:came|come|were)\s+(?:from|by)\b)")


def claimed_quotes(statements: list[Statement], text: str, paragraph_starts: Sequence[int]) -> list[Statement]:
    """A quotation followed by the sentence that names its speaker ("“The text is a basis.” / That was
    Ann Lee's verdict.") is that speaker's, whoever was quoted before it, over all its paragraphs."""
    def paragraph(position: int) -> int:
        return bisect.bisect_right(paragraph_starts, position)

    out = list(statements)
    for k, claim in enumerate(statements):
        if not claim.actor or not _CLAIMS.match(claim.text):
            continue
        after = claim.start
        for j in range(k - 1, -1, -1):  # back through the quotation, paragraph by paragraph
            quoted = out[j]
            # only words no one is said to have said ('"We will not give up land," Ann Lee said.
            # That was the South's answer in May' keeps its speaker)
            if not _quoting(text, quoted, paragraph_starts) or SAYS.search(quoted.text) \
                    or paragraph(after) - paragraph(quoted.start) > 1:
                break
            after = quoted.start
            out[j] = replace(quoted, actor=claim.actor, speaker=claim.speaker, reported=True,
                             stance=quoted.stance or "states", confidence=0.6, reporter=None)
    return out


def _quoting(text: str, statement: Statement, paragraph_starts: Sequence[int]) -> bool:
    """Does the statement stand inside quotation marks (opened in it or before it in its paragraph)?"""
    if statement.text[:1] in _OPENING + '"':
        return True
    start = paragraph_starts[max(0, bisect.bisect_right(paragraph_starts, statement.start) - 1)] \
        if paragraph_starts else 0
    before = text[start:statement.start]
    # straight marks open and close alike: an odd number before it leaves one open
    return sum(before.count(c) for c in _OPENING) > sum(before.count(c) for c in _CLOSING) or before.count('"') % 2 == 1


# A speaker's label opening a transcript paragraph: "LEE: ...", "QUESTION (Daily Post): ...",
# "Ann Lee (via video link): ...". A few words, an optional note in brackets, a colon.
# Every word of it capitalised ("Trump disagreed: ..." is a sentence, not a label).
_LABEL_WORD = r"(?:Mr\.|Mrs\.|Ms\.|Dr\.|[^\W\d_a-z][\w'’-]*)"
_LABEL = re.compile(rf"(?P<label>{_LABEL_WORD}(?: {_LABEL_WORD}){{0,3}})\s*(?:\([^()\n]{{0,60}}\))?:\s+(?=\S)")


# Where a transcript was spoken, as its opening lines say: "Daily press call, Valletta", "Valletta |
# 3 May" (a place opening a line or set off by a comma or a bar; not "a briefing on the South").
_PLACE_BEFORE = re.compile(r"(?:^|[,|·–-])\s*$")
# A label that is only a post: "SPOKESMAN", "PRESS SECRETARY", "THE MINISTER".
_POST_WORDS = frozenset({"the", "press", *PERSON_NOUNS, *POST_NOUNS})
# "we", "our", "I", "us" as written (not "US"); read outside quotation marks
_WE = r"(?:[Ww]e|I|[Oo]urs?|[Mm]y|us|Us)\b"
_IN_FIRST_PERSON = re.compile(rf"\b{_WE}")
# The reporter's own words in a transcript: asking for comment, updating the story
_REPORTER = re.compile(rf"{_NO_COMMENT.pattern}|\b(?:this|the)\s+(?:story|report|article|transcript)\b|"
                       r"\bour\s+(?:correspondent|reporter)s?\b|\basked\s+(?:the|a)\b", re.IGNORECASE)
# In an answer, "we" and "I" opening a sentence are the speaker's side, whoever the sentence
# mentions; so after a word that links the sentence to what was said before ("But we asked for
# weeks", "Yes, we did", "That is why our team proposed ..."). Not "US envoys", nor "our
# partners", "our counterparts" or "our correspondent", who are others.
_LINK_WORDS = (r"(?i:(?:but|and|so|yes|no|still|now|then|well|however|yet|in\s+fact|of\s+course|frankly|"
               r"that\s+is\s+why|this\s+is\s+why|which\s+is\s+why)\b,?\s+){0,3}")
_FIRST_PERSON = re.compile(rf"^(?:{_LABEL.pattern})?{_LINK_WORDS}{_WE}"
                           r"(?!\s+(?:[\w-]+\s+)?(?i:partners|allies|friends|counterparts|correspondents?|reporters?)\b)")


def speaker_labels(statements: list[Statement], text: str, paragraphs: Sequence[tuple[int, int]],
                   mentions: Sequence[Mention], issues_in: Callable[[str], tuple[str, ...]]) -> list[Statement]:
    """A transcript paragraph opened by a side's speaker ("LEE: We reject these measures.") is
    that speaker's where no one else is named as saying it; an answer that names no issue is
    about the question asked before it ("QUESTION: When is the swap? / LEE: Lists are being
    checked." is about prisoners)."""
    labelled: dict[int, tuple[Mention, int, int]] = {}  # paragraph start -> speaker, paragraph span
    asked: dict[int, tuple[str, ...]] = {}  # answer paragraph start -> the issues of the question
    question: tuple[str, ...] = ()
    first_question: int | None = None
    first_label: int | None = None  # where the labelled paragraphs begin: what comes before opens the transcript
    turn: tuple[Mention, tuple[str, ...]] | None = None  # the speaker whose answer runs on, and its question
    for start, end in paragraphs:
        label = _LABEL.match(text, start, end)
        if label is None or label.end() - start > 80:
            # the answer runs on in paragraphs in the first person ("The main result is humanitarian.
            # We agreed on ..."); narration ("The South said ..."), or the reporter's own "I asked
            # the ministry for comment", ends it
            own_words = QUOTED.sub(" ", text[start:end])
            if turn is not None and _IN_FIRST_PERSON.search(own_words) and not _REPORTER.search(own_words):
                labelled[start], asked[start] = (turn[0], start, end), turn[1]
            else:
                turn = None
            continue
        turn = None
        words = label.group("label").casefold().split()
        if words and words[0].rstrip(".") in QUESTION_LABELS:
            first_label = start if first_label is None else first_label
            question = issues_in(text[label.end():end])
            first_question = start if first_question is None else first_question
            continue
        if len(words) == 1 and words[0].rstrip(".") in ANSWER_LABELS:
            # "A: ...": the person the interview is with, the last one named before the questions
            before = first_question if first_question is not None else start
            speaker = next((m for m in reversed(mentions) if m.end <= before and m.person and m.actor), None)
        else:
            speaker = next((m for m in mentions if start <= m.start and m.end <= label.end("label") and m.actor),
                           None)
            if speaker is None and set(words) <= _POST_WORDS:
                # "SPOKESMAN: ...": the post of the one side the transcript's opening lines name
                # ("Daily press call, Valletta")
                opening = first_label if first_label is not None else start
                sides = {m.actor for m in mentions if m.end <= opening and m.actor and m.actor != JOINT
                         and _PLACE_BEFORE.search(text[text.rfind("\n", 0, m.start) + 1:m.start])}
                # the speaker is the post as labelled ("Spokesman"), of that side; not the place named
                speaker = Mention(label.start("label"), label.end("label"), sides.pop(),
                                  label.group("label").title()) if len(sides) == 1 else None
        first_label = start if first_label is None else first_label
        if speaker is None:
            continue
        labelled[start] = (speaker, start, end)
        asked[start] = question
        turn = (speaker, question)
    if not labelled:
        return statements
    out: list[Statement] = []
    for statement in statements:
        owner = next(((m, s) for m, s, e in labelled.values() if s <= statement.start and statement.end <= e), None)
        if owner is not None:
            speaker, start = owner
            named = any(statement.start <= m.start < statement.end and m.actor == statement.actor for m in mentions)
            if statement.actor not in (None, speaker.actor) and named and statement.reporter is None:
                statement = replace(statement, reporter=speaker.actor)  # "We know the South's demand: ..."
            elif statement.actor is None or statement.actor != speaker.actor and _FIRST_PERSON.match(statement.text):
                statement = replace(statement, actor=speaker.actor, speaker=speaker.person or text[speaker.start:speaker.end],
                                    reported=True, stance=statement.stance or "states", confidence=0.6)
            if statement.actor == speaker.actor and not statement.issues and asked[start]:
                statement = replace(statement, issues=asked[start], confidence=min(statement.confidence or 0.5, 0.5))
        out.append(statement)
    return out


# A paragraph that is one question: "What about the children?"
_QUESTION = re.compile(r"[^\n?\"“”]{3,200}\?")
_MIN_QUESTIONS = 2  # one question paragraph is a rhetorical aside, two make an interview


def interview_answers(statements: list[Statement], text: str, paragraphs: Sequence[tuple[int, int]],
                      mentions: Sequence[Mention], issues_in: Callable[[str], tuple[str, ...]]) -> list[Statement]:
    """An interview printed as questions and answers with no speaker labels: "we" and "I" that
    open a sentence of an answer are the person interviewed, whom the text names with their side
    before the first question ("We spoke to Ann Lee of the northern ministry. / What about the
    children? / We never trade them."); such an answer is about the question, and what it names."""
    questions = [(s, e) for s, e in paragraphs if _QUESTION.fullmatch(text[s:e].strip())]
    if len(questions) < _MIN_QUESTIONS or any(_LABEL.match(text, s, e) for s, e in questions):
        return statements  # no interview, or a labelled transcript (speaker_labels reads those)
    first = questions[0][0]
    person = _introduced(mentions, [(s, e) for s, e in paragraphs if e <= first][-_INTRO_PARAGRAPHS:])
    if person is None:
        return statements
    answers = [(end, questions[k + 1][0] if k + 1 < len(questions) else len(text), issues_in(text[start:end]))
               for k, (start, end) in enumerate(questions)]
    out = []
    for statement in statements:
        answer = next((a for a in answers if a[0] <= statement.start < a[1]), None)
        if answer is not None and _FIRST_PERSON.match(statement.text) and not SAYS.search(statement.text):
            statement = replace(statement, actor=person.actor, speaker=person.person, reported=True,
                                stance=statement.stance or "states", confidence=0.6, reporter=None)
            asked = tuple(i for i in answer[2] if i not in statement.issues)
            if asked:  # what the answer is about, with what it names ("We do not mix them with swaps")
                statement = replace(statement, issues=statement.issues + asked, confidence=0.5)
        out.append(statement)
    return out


_INTRO_PARAGRAPHS = 2  # the paragraphs before the first question that introduce who answers

# A heading that asks what one side wants, offers or where it stands: "What does the South want?",
# "What is the North demanding?", "Where does the North stand?", "What are the North's terms?", "Q:
# What did the North put on the table?", "What the South wants". The side is all there is between
# the question's words, so "What happened when the North offered a truce?" asks about something else.
_HEADING_LEAD = r"(?:#+\s*|[A-Z]{1,3}:\s*)?(?:so\s+|and\s+)?"
_WANTS = {"want": "demands", "wants": "demands", "wanting": "demands", "seek": "demands", "seeks": "demands",
          "seeking": "demands", "demand": "demands", "demands": "demands", "demanding": "demands",
          "ask for": "demands", "asks for": "demands", "asking for": "demands",
          "offer": "proposes", "offers": "proposes", "offering": "proposes", "propose": "proposes",
          "proposes": "proposes", "proposing": "proposes", "put on the table": "proposes",
          "bring to the table": "proposes", "stand": "states", "stands": "states"}
_HOLDINGS = {"position": "states", "terms": "demands", "conditions": "demands", "demands": "demands",
             "red lines": "demands", "goals": "demands", "aims": "demands", "offer": "proposes"}
_WANT_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_WANTS, key=len, reverse=True))
_HOLDING_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_HOLDINGS, key=len, reverse=True))
_ASKS_SIDE = re.compile(
    rf"{_HEADING_LEAD}(?:(?:what|where)\s+(?:does|do|did|is|are|was|were)\s+(?P<who>[^?\n]{{1,40}}?)\s+(?P<verb>{_WANT_WORDS})"
    rf"(?:\s+(?:now|today|from\s+(?:a|the)\s+(?:deal|talks)))?\s*\?"
    rf"|what\s+(?:is|are|was|were)\s+(?P<owner>[^?\n]{{1,40}}?)['’]s?\s+(?P<holding>{_HOLDING_WORDS})\s*\?"
    rf"|what\s+(?P<bare>[^?\n]{{1,40}}?)\s+(?P<bare_verb>wants|seeks|demands|is\s+offering|offers|proposes)\s*[.:]?)",
    re.IGNORECASE)
_ANSWER_WORDS = 4  # "Territory first." heads an answer; "An immediate, unconditional ceasefire." gives it
# An answer that is a clause of someone else's ("Western diplomats believe ...", "That is the
# question ...", "Polls suggest ...") or a denial ("Not a ceasefire, at least not yet") gives the
# side nothing: only a bare noun phrase answers for it.
_THINKING = "|".join(form for verb in ("believe", "think", "say", "suggest", "argue", "expect", "fear", "doubt",
                                       "hope", "know", "see", "show", "remain", "seem", "appear")
                     for form in inflect(verb))
_OWN_CLAUSE = re.compile(rf"^\W*(?:[\w’'-]+\s+){{0,3}}?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
                         rf"must|should|does|do|did|{_THINKING})\b|^\W*(?:not|no|never|neither|nothing|none)\b",
                         re.IGNORECASE)


def section_sides(statements: list[Statement], text: str, paragraphs: Sequence[tuple[int, int]],
                  mentions: Sequence[Mention]) -> list[Statement]:
    """The first sentence under a heading that asks what one side wants is that side's answer
    when it names no holder: "What does the North want? / A truce on the present line, with
    talks on the provinces from there." Only the first: what follows may be the writer's or the
    interviewee's own view ("Nothing serious. The whole thing is theatre.")."""
    answers: dict[int, tuple[str, str]] = {}  # the answer paragraph's start -> side and stance
    for (start, end), (answer_start, _) in zip(paragraphs, paragraphs[1:]):
        asked = _ASKS_SIDE.fullmatch(text[start:end].strip())
        if not asked:
            continue
        group = next(g for g in ("who", "owner", "bare") if asked.group(g))
        lead = start + len(text[start:end]) - len(text[start:end].lstrip())
        who_start, who_end = lead + asked.start(group), lead + asked.end(group)
        # the side is all the slot holds ("the North", "Northland"), not a part of it ("the South's allies")
        inside = [m for m in mentions if who_start <= m.start and m.end <= who_end]
        rest = (text[who_start:inside[0].start] + text[inside[0].end:who_end]).strip().lower() if len(inside) == 1 else "x"
        if rest not in ("", "the") or inside[0].actor in (None, JOINT):
            continue
        verb = (asked.group("verb") or asked.group("holding") or asked.group("bare_verb")).lower()
        words = " ".join(verb.split()).removeprefix("is ")
        stance = _WANTS.get(words) or _HOLDINGS.get(words) or "states"
        answers[answer_start] = (inside[0].actor, stance)
    if not answers:
        return statements
    out = []
    taken: set[int] = set()
    for statement in statements:
        paragraph = max((p for p in answers if p <= statement.start), default=None)
        first = paragraph is not None and paragraph not in taken and _first_in_paragraph(text, paragraph, statement.start)
        if first:
            taken.add(paragraph)
            if statement.actor is None and not statement.reported and len(statement.text.split()) >= _ANSWER_WORDS \
                    and not statement.text.rstrip(" \"”").endswith("?") and not _OWN_CLAUSE.match(statement.text):
                side, stance = answers[paragraph]
                statement = replace(statement, actor=side, speaker=None, stance=stance, confidence=0.5)
        out.append(statement)
    return out


@dataclass(frozen=True)
class ListEntry:
    """A holder's entry in a line that lists who holds what: it runs from ``start`` (its label,
    after the line's heading for the first) to ``end``; its own words begin at ``words``."""

    start: int
    words: int
    end: int
    holder: Mention | None  # None: a holder the profile does not know ("Observers: ...")
    heading: tuple[str, ...]  # the issues the line's heading names ("Land — ...")
    labelled: bool = True  # False: a clause of its own between entries ("...; the South, for its part, ...")


# A line that lists who holds what, as briefings and explainers print a table: "Land — North
# draft: the whole province; South: not an inch; Observers: talks first." Each entry is a
# holder's label naming one side (a few words, the first capitalised) and a colon; entries are
# split by semicolons, and the first may follow a short heading set off by a dash.
_LIST_HEADING = re.compile(r"[^\W\d_][^—–:;.!?\n]{0,40}?\s+[—–]\s+")
# (unlike a transcript's speaker label, _LABEL, its words may hold full stops, "N.A. draft", and
# be lower case after the first)
_HOLDER_LABEL = re.compile(r"[^\W\d_a-z][\w.'’-]*(?: [\w.'’-]+){0,3}(?=:\s+\S)")
_ENTRY_BREAK = re.compile(r";\s+")
_COLON = re.compile(r":\s*")


def list_entries(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention],
                 issues_in: Callable[[str], tuple[str, ...]]) -> list[ListEntry]:
    """The entries of the sentences that list who holds what, two of them or more with a side
    named. A semicolon that opens no label goes on with the entry before it ("North: a truce; it
    wants one now"), unless a side opens the clause ("...; the South, for its part, wants ...")."""
    entries: list[ListEntry] = []
    for start, end in sentences:
        heading = _LIST_HEADING.match(text, start, end)
        unquoted = QUOTED.sub(lambda q: " " * len(q.group(0)), text[start:end])
        cuts = [start] + [start + b.end() for b in _ENTRY_BREAK.finditer(unquoted)]
        found: list[ListEntry] = []
        for k, cut in enumerate(cuts):
            at = heading.end() if k == 0 and heading else cut
            label = _HOLDER_LABEL.match(text, at, end)
            if label:
                words = _COLON.match(text, label.end()).end()
                found.append(ListEntry(cut, words, end, _holder(mentions, at, label.end()), ()))
            elif found and any(at <= m.start < at + _SIDE_OPENS for m in mentions if m.actor):
                found.append(ListEntry(cut, cut, end, None, (), labelled=False))
        if sum(1 for e in found if e.holder is not None) < 2:
            continue
        about = issues_in(heading.group(0)) if heading else ()
        ends = [e.start for e in found[1:]] + [end]
        for entry, entry_end in zip(found, ends):
            entry_end = entry.start + len(text[entry.start:entry_end].rstrip().rstrip(";").rstrip())
            entries.append(replace(entry, end=entry_end, heading=about))
    return entries


_SIDE_OPENS = 12  # characters into a clause within which a side named opens it ("the South, for its part")


def _holder(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """The one side a label names ("North draft", "Ann Lee"), its person first."""
    inside = [m for m in mentions if start <= m.start and m.end <= end and m.actor and m.actor != JOINT]
    if not inside or len({m.actor for m in inside}) > 1:
        return None
    return next((m for m in inside if m.person), inside[0])


def entry_holders(statements: list[Statement], entries: Sequence[ListEntry]) -> list[Statement]:
    """What an entry says is its holder's, whoever it names ("South: no troops from the North's
    allies"), and about the line's heading when it names no issue itself; an entry of a holder
    the profile does not know is no side's."""
    if not entries:
        return statements
    out = []
    for statement in statements:
        entry = next((e for e in entries if e.start <= statement.start < e.end and e.labelled), None)
        if entry is not None and entry.holder is None:
            statement = replace(statement, actor=None, speaker=None, reporter=None, stance=None)
        elif entry is not None:
            own = statement.speaker if statement.actor == entry.holder.actor else None
            statement = replace(statement, actor=entry.holder.actor, speaker=entry.holder.person or own, reporter=None,
                                reported=True, stance=statement.stance or "states",
                                issues=statement.issues or entry.heading, confidence=0.6)
        out.append(statement)
    return out


def _first_in_paragraph(text: str, paragraph: int, at: int) -> bool:
    """Is the statement at ``at`` the paragraph's first sentence (after a label such as "A:")?"""
    before = text[paragraph:at]
    return "\n" not in before and not re.search(r"[.!?][\"”’]?\s", before)


def _introduced(mentions: Sequence[Mention], intro: Sequence[tuple[int, int]]) -> Mention | None:
    """Who an interview's introduction presents: the nearest paragraph's person named first
    ("Ann Lee, head of the southern team, spoke to us about the talks with the North"), else
    its side named first."""
    for start, end in reversed(intro):
        inside = [m for m in mentions if start <= m.start and m.end <= end and m.actor and m.actor != JOINT]
        people = [m for m in inside if m.person]
        if people or inside:
            return (people or inside)[0]
    return None


def _words(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_DOCUMENT = re.compile(rf"\b(?:{_words(DOCUMENT_NOUNS)})\b", re.IGNORECASE)
# "drawn up by the North", "handed to the South on Monday by the North's envoy"
_AUTHORED_BY = re.compile(rf"^[^.;:]{{0,40}}?\b(?:{_words(AUTHORING)})(?:\s+(?:to|in|on|at|last)\s+[^.;:,]{{1,30}}?)?\s+by\b",
                          re.IGNORECASE)
_CONTENT = re.compile(rf"\b(?:{_words(CONTENT_VERBS)})\b", re.IGNORECASE)
_HANDED = re.compile(r"^\s+(?:had\s+|has\s+)?(?:also\s+|then\s+|later\s+|already\s+|\w+ly\s+)?"
                     r"(?:handed|gave|given|presented|sent|put|delivered|tabled|submitted|"
                     r"drew up|drafted|circulated|passed|proposed|brought)\b", re.IGNORECASE)
_OWNER_PRONOUN = re.compile(r"\b(our|my|his|her|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# Words that report speech: a sentence with one is someone's telling, not a text's terms.
SAYS = re.compile(r"\b(?:said|says|told|added|stated|announced|wrote|warned|insisted|argued|noted|stressed|"
                  r"claimed|according to)\b", re.IGNORECASE)


def document_holders(statements: list[Statement], text: str, paragraph_starts: Sequence[int],
                     mentions: Sequence[Mention], side_words: dict[str, str]) -> list[Statement]:
    """A text a side put on the table speaks for that side where it is described: "The 12-point
    draft, drawn up by the North's envoy, would require the South to cede two provinces" and
    the sentences after it in the paragraph that go on saying what it "would" do ("the South's
    army would be limited") are the authors' position, whichever side they name. A text is a
    side's by a side word before it ("the North's plan", "the northern memorandum", "our
    memorandum" in a side's quotation) or by its authors ("drawn up by the North")."""
    def paragraph(position: int) -> int:
        return bisect.bisect_right(paragraph_starts, position)

    latest: dict[str, str] = {}  # the side of the last text of each kind: "the plan" refers back to it
    active: tuple[int, str] | None = None  # paragraph and side of a text being described
    listed: tuple[int, str] | None = None  # the last paragraph that set out a side's text, and the side
    last_paragraph = -1
    asked = False  # the paragraph before asked about the active text
    waiting: tuple[int, str] | None = None  # the text being described, past a paragraph's heading sentence
    named: tuple[int, str] | None = None  # the paragraph and side of the last text named, of any kind
    previous: tuple[int, str] | None = None  # the paragraph and side of the sentence before, if its own
    out: list[Statement] = []
    for statement in statements:
        # "What is in the North's plan" heading a liveblog's entry or an explainer's section: the
        # paragraph under it describes that side's text
        headed = _heading_owner(text, out[-1].end if out else 0, statement.start, mentions, side_words)
        if headed is not None:
            latest[headed[0]] = headed[1]
            named = active = (paragraph(statement.start), headed[1])
            last_paragraph = paragraph(statement.start)
        documents = list(_DOCUMENT.finditer(statement.text))
        owners = [_owner(text, statement, m, mentions, side_words) for m in documents]
        owner = next((o for o in owners if o), None)
        for document, found in zip(documents, owners):
            if found:
                latest[_kind(document)] = found
                named = (paragraph(statement.start), found)
        sourced = bool(documents) and bool(_SET_OUT_IN.search(statement.text, 0, documents[0].start()))
        possessed = bool(documents) and bool(_POSSESSED.match(statement.text, documents[0].end()))
        # "According to the South, the North's memorandum demands ...": the text is the subject of what is told
        told_text = bool(documents) and bool(_TEXT_TOLD.match(statement.text, documents[0].end()))
        # "What alarmed the South in the first draft?": a question about a text, answered next
        question = statement.text.rstrip(" \"”").endswith("?")
        asks = bool(documents) and question and bool(_THE_BEFORE.search(statement.text, 0, documents[0].start()))
        # "The North's memorandum was handed over at the table. What is in it?": the text its
        # paragraph just named, asked about by a pronoun
        if question and not documents and named is not None and named[0] == paragraph(statement.start) \
                and _ASKS_CONTENT.search(statement.text):
            owner, asks = named[1], True
        if owner is None and documents and (_REFERS_BACK.match(statement.text) or sourced or possessed or asks) \
                and not _AUTHORED_BY.match(statement.text[documents[0].end():]):
            # "The plan would also ...", "the draft's call for ...", "Their draft would ...": the last
            # plan named; "the original document", or "the draft" after "the plan" (writers vary the
            # word for one text): the last side's text named of any kind
            owner = latest.get(_kind(documents[0])) or (named[1] if named else None)
        here = paragraph(statement.start)
        # "On security, the South's army would be capped ...", "The economic chapter unfreezes ...": a
        # paragraph that opens by going on with the text's terms continues the one before it
        opens = here != last_paragraph or waiting is not None
        goes_on = active is not None and active[0] == here - 1 and opens and not documents \
            and not SAYS.search(statement.text) and not (statement.reported and statement.actor) \
            and bool(asked or _CONTENT.search(statement.text) or _PART_SUBJECT.match(statement.text))
        # a short heading sentence first ("Money is the sweetener.") leaves the question to the next
        waiting = active if active is not None and active[0] == here - 1 and here != last_paragraph \
            and not goes_on and statement.actor is None and not documents \
            and len(statement.text.split()) <= _MIN_LEAD_WORDS else None
        asked = False
        if goes_on:
            active = (here, active[1])
        elif waiting is not None:
            pass
        elif active and (active[0] != here or documents and owner is None):
            active = None  # a new paragraph, or another text nobody is named for: "answered with a counter-draft"
        last_paragraph = here
        # "The memorandum the northern delegation handed over runs to three sections. ... Among them:
        # 1. ... 2. ...", "Section III proposes ...", "* Territory: ... would be recognised": the
        # points and sections set out after a side's text are that side's terms, heading by heading.
        opens = text[text.rfind("\n", 0, statement.start) + 1:statement.start]  # the line's marker, if any
        # "The South refuses to cede land. It wants guarantees.": "It" is the side the sentence before
        # was about (the parse found it), not a text named paragraphs before; not a person ("Marn says
        # he cannot sign. It demands a withdrawal": it is the text)
        # ("It would ..." tells a text's terms, and a side the sentence names is not what "It" is:
        # "The South rejected the terms. It demands that the South withdraw")
        side_pronoun = bool(_IT.match(statement.text)) and not _IT_WOULD.match(statement.text) \
            and statement.actor is not None and previous == (here, statement.actor) \
            and not any(statement.start <= m.start < statement.end and m.actor == statement.actor for m in mentions)
        point = (bool(_POINT.match(opens)) or bool(_TEXT_SUBJECT.match(statement.text))) and not side_pronoun
        if owner:
            listed = (here, owner)
        elif listed and here > listed[0] and point and here - listed[0] <= _LIST_GAP and not documents:
            listed = (here, listed[1])
            if active is None or active[0] != here:
                active = (here, listed[1])
        elif listed and here - listed[0] > _LIST_GAP:
            listed = None
        continued = owner is None and listed is not None and listed[0] == here and point \
            and not statement.text.rstrip(" \"”").endswith("?")  # "3. Prisoners: a restart in sight?" heads a story
        describes = (_CONTENT.search(statement.text) or continued or _TEXT_DOES.match(statement.text) or possessed
                     or active is not None and (_PART_SUBJECT.match(statement.text)
                                                or _ALSO_LISTS.match(statement.text))) \
            and not SAYS.search(statement.text)
        # "- 20 March: the North's plan is presented. Among its terms: ...": the point goes on with its text
        holder = owner or (active[1] if active else None) or (listed[1] if continued and listed else None)
        # In a text's points, only what names no holder of its own: "3. Military. The North would cap
        # ... the South would accept no limits" compares two texts, each side holding its own.
        fills = statement.actor is None and len(statement.text.split()) >= _MIN_POINT_WORDS if continued else \
            statement.actor is None or not statement.reported and statement.actor != holder
        # "It proposes ...", "Under the second, ...": the text itself is the subject, whatever side it names
        fills = fills or bool(_TEXT_SUBJECT.match(statement.text) or _PART_SUBJECT.match(statement.text)) \
            and not (statement.reported and statement.actor) and not side_pronoun
        # the side a sentence of its own is about, by name (not a person's, not a text's)
        previous = (here, statement.actor) if statement.actor and statement.speaker is None and not documents \
            and not (holder and describes and fills) else None
        if holder and describes and fills:
            statement = replace(statement, actor=holder, speaker=None, reported=False,
                                stance="proposes", confidence=0.6, reporter=None)
        elif owner and (describes or told_text) and statement.reported and statement.actor and statement.actor != owner:
            # the South telling what the North's text says: "Their draft would have us withdraw" is the
            # North's term, as the South reports it
            statement = replace(statement, actor=owner, stance="proposes", confidence=0.6, reporter=statement.actor)
        if owner and asks:
            active, asked = (here, owner), True  # the answer's paragraph describes the text
        elif owner and (describes or sourced or _INTRODUCES.match(statement.text)):
            active = (here, owner)  # "The plan, drawn up by the North, read like a wish list. It would ..."
        out.append(statement)
    return out


# "'Seven for seven' is how the North's delegation put it.", "..., as the South's envoy described
# it.": words whose only speaker is named, as a noun phrase, in a closing "is how X put it"; not "is
# how the truce collapsed after the North called it off", nor a label ("hostages, as the North calls them").
_PUT_IT = re.compile(r"(?:\b(?:is|was)\s+how|,\s*as)\s+(?P<who>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)?(?:[\w'’.-]+\s+){0,2}?"
                     r"[\w'’.-]+)\s+(?:put|puts|described|describes|phrased|phrases|framed|frames)\s+it"
                     r"(?=\s*[.!?\"”]*\s*$)", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\b(?:in|of|from|at|on|after|before|when|who|that|which|and|or)\b", re.IGNORECASE)


def told_how(statements: list[Statement], mentions: Sequence[Mention]) -> list[Statement]:
    """A sentence that names its speaker only in a closing "is how X put it" is X's."""
    out = []
    for statement in statements:
        found = _PUT_IT.search(statement.text) if statement.actor is None else None
        who = _sole_side(mentions, statement.start + found.start("who"), statement.start + found.end("who"), joint=True) \
            if found and not _NOT_A_NAME.search(found.group("who")) else None
        if who is not None:
            statement = replace(statement, actor=who.actor, speaker=who.person, reported=True,
                                stance="states", confidence=0.7)
        out.append(statement)
    return out


# "The North's answer: talks only after a truce." A side's or a person's answer, reply or
# verdict named before a colon frames what follows as theirs.
_OWNER_FRAME = re.compile(r"^\W*(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}?)['’]s\s+(?:[a-z]+\s+)?"
                          r"(?:answer|reply|response|retort|verdict|riposte|rejoinder|counter|message)\s*:\s+\S")


def owner_frames(statements: list[Statement], mentions: Sequence[Mention]) -> list[Statement]:
    """A sentence opened by "<someone>'s answer:" is that one's, whatever its words name."""
    out = []
    for statement in statements:
        found = _OWNER_FRAME.match(statement.text)
        who = _sole_side(mentions, statement.start + found.start("owner"), statement.start + found.end("owner")) \
            if found else None
        if who is not None:
            statement = replace(statement, actor=who.actor, speaker=who.person or statement.speaker,
                                stance=statement.stance if statement.actor == who.actor else "states")
        out.append(statement)
    return out


def _sole_side(mentions: Sequence[Mention], start: int, end: int, joint: bool = False) -> Mention | None:
    """The one side the span names (its person, if it names one), or None; "both sides" counts
    as one only where ``joint``."""
    sides = [m for m in mentions if start <= m.start and m.end <= end and (joint or m.actor != JOINT)]
    if not sides or len({m.actor for m in sides}) > 1:
        return None
    return sides[-1] if joint else next((m for m in reversed(sides) if m.person), sides[-1])


# A numbered or bulleted point, and a sentence whose subject is the text or a part of it.
_POINT = re.compile(r"^\s*(?:[*•·▪–-]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+")
_TEXT_SUBJECT = re.compile(r"^[\"“]?(?:It|Section\s+\w+|Part\s+\w+|Point\s+\w+|Clause\s+\w+|Chapter\s+\w+|"
                           r"Under\s+(?:(?:the\s+)?[\"“]?(?:option|point|section|clause|part)\b)|"
                           r"The\s+(?:text|document|paper|draft|plan|memorandum)\s+(?:also\s+)?(?!was\b|is\b)[a-z]+s\b)")
_IT = re.compile(r"^[\"“]?It\b")
_IT_WOULD = re.compile(r"^[\"“]?It\s+(?:\w+ly\s+|also\s+)?would\b")
# A sentence that opens on a text named before: "The plan ...", "Their draft ..." (a label first: "A: Its ...")
# "The plan would ...", and after an opening phrase: "In its economic chapter, the draft caps ..."
_REFERS_BACK = re.compile(r"^(?:[A-Z]{1,12}:\s*)?(?:[^,;:.\"“”]{1,60},\s*)?[\"“]?(?:the|their|its)\s", re.IGNORECASE)
# "There is also an all-for-all exchange": one more of the terms being listed
_ALSO_LISTS = re.compile(r"^(?:And\s+)?[Tt]here\s+(?:is|are|would\s+be)\s+also\b")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "the draft's call for ...": the text as the owner of what follows
_POSSESSED = re.compile(r"['’]s\b")
# A question about what a text says, by pronoun: "What is in it?", "What does it propose?" (not
# "Is it too late?", "Does it matter?")
_ASKS_CONTENT = re.compile(r"\b(?:what|which)\b[^?]{0,40}?\b(?:in\s+it|it|its)\b[^?]{0,20}?"
                           r"(?:\?|\b(?:contain|say|propose|offer|include|demand|ask|want|provide|set\s+out)s?\b)",
                           re.IGNORECASE)
# "as set out in the text", "under the plan": a text named as the place of what the sentence says
_SET_OUT_IN = re.compile(r"\b(?:(?:set|laid|spelled)\s+out\s+in|under|according\s+to)\s+the\s+(?:[\w-]+\s+){0,2}$",
                         re.IGNORECASE)
# A sentence whose subject is a part of a text, or that opens on the heading of one ("The economic
# chapter unfreezes ...", "The humanitarian clauses are ...", "On security, ..."), or on one of the
# options a text gives, by their order ("Under the first, ...", "In the second, ...", "The second is
# a package ..."), or that lists its terms ("Among its terms: ...").
_PART_SUBJECT = re.compile(r"^[\"“]?(?:(?:The|Its|Their)\s+(?:[\w-]+\s+){0,2}(?:chapter|clauses?|sections?|provisions?|"
                           r"annex(?:es)?|articles?|points?)\b|On\s+(?:[\w-]+\s+){0,2}?[\w-]+,|"
                           r"Under\s+(?:the\s+)?(?:first|second|third|other|latter|former|alternative)\b|"
                           r"In\s+the\s+(?:first|second|third|other|latter|former)(?:\s+(?:option|case|scenario|variant|version))?,|"
                           r"Among\s+(?:its|their|the\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s)\s+(?:[\w-]+\s+)?"
                           r"(?:terms|provisions|points|clauses|demands|conditions)\b|"
                           r"The\s+(?:first|second|third|other|latter|former|alternative)\s+(?:one\s+|option\s+|route\s+)?"
                           r"(?:is|was|would|calls|offers|proposes|includes)\b)")
# A sentence whose subject is a text (a comma or a verb right after it, not "The North rejected
# the plan"): what follows in its paragraph may describe it.
_TEXT_AT_START = (rf"^[\"“]?(?:the|a|an|its|their|his|her|[A-Z][\w.-]*['’]s)\s+"  # "the North's memorandum", "The N.A. draft"
                  rf"(?:(?!(?:the|a|an)\b)[\w.-]+\s+){{0,3}}?(?:{_words(DOCUMENT_NOUNS)})s?\b")
_INTRODUCES = re.compile(_TEXT_AT_START + r"(?:\s+(?:that|which)\s+[^,.;]{1,60}?(?=,))?(?=\s*,|\s+(?:\w+\s+)?(?:was|is|were|are|had|has|would|will|read|reads|"
                         r"runs|ran|went|came|gives|gave|sets|set|calls|called|seeks|sought|contains|includes|"
                         rf"{_words(TEXT_VERBS)})\b)", re.IGNORECASE)
# (not what is done to the text or said of it: "would be rejected", "would never be accepted",
# "makes clear the North is not serious")
_TEXT_TOLD = re.compile(rf"\s+(?:also\s+)?(?!would\s+(?:not\s+|never\s+)?be\s)(?!would\s+(?:not|never)\b)"
                        rf"(?:makes\s+(?!clear\b|plain\b)|(?:{_words(TEXT_VERBS)}|{_words(CONTENT_VERBS)})\b)",
                        re.IGNORECASE)
_TEXT_DOES = re.compile(_TEXT_AT_START + rf"(?:\s*,[^,]{{0,160}},)?\s+(?:also\s+)?(?:{_words(TEXT_VERBS)})\b", re.IGNORECASE)
_TITLE_REACH = 25  # characters of a title before a text's author: "the plan that special envoy Jane Roe drafted"
_GIVEN_WITHIN = 60  # characters from who handed a text over to the text ("handed the South a plan")
_MIN_POINT_WORDS = 4  # "Military." heads a point; it says nothing
_MIN_LEAD_WORDS = 5  # "Money is the sweetener.": a paragraph's heading sentence, before the terms it heads
_LIST_GAP = 2  # paragraphs: an intro line ("Among them:") or a heading may stand between


def _kind(document: re.Match[str]) -> str:
    """"plans" and "plan" are one kind of text; "draft" and "plan" are told apart."""
    return document.group(0).casefold().removesuffix("s")


def _heading_owner(text: str, start: int, end: int, mentions: Sequence[Mention],
                   side_words: dict[str, str]) -> tuple[str, str] | None:
    """The kind and side of a side's text named by the last line between two statements, a
    heading the sentences skip ("What is in the North's plan"), if it names one."""
    gap = text[start:end].rstrip()
    line_start = start + gap.rfind("\n") + 1
    line = text[line_start:start + len(gap)]
    if not line.strip() or len(line.split()) > _HEADING_WORDS:
        return None
    heading = Statement(text=line, start=line_start, end=line_start + len(line), reported=False)
    for document in _DOCUMENT.finditer(line):
        owner = _owner(text, heading, document, mentions, side_words)
        if owner:
            return _kind(document), owner
    return None


_HEADING_WORDS = 12  # a heading is short; a longer skipped line is page furniture or a caption


def _owner(text: str, statement: Statement, document: re.Match[str], mentions: Sequence[Mention],
           side_words: dict[str, str]) -> str | None:
    """The side whose text this is: a side word just before it, or its authors after it."""
    at, end = statement.start + document.start(), statement.start + document.end()
    before = text[max(statement.start, at - 30):at]
    words = re.findall(r"[\w.’'-]+", before)
    for word in reversed(words[-3:]):
        if word.casefold() in ("a", "an", "the", "its", "their", "his", "her", "our", "my", "your"):
            break  # "handed the southern delegation a memorandum", "handed the South our plan": who received it
        side = side_words.get(word.casefold()) or side_words.get(re.sub(r"['’]s$", "", word).casefold())
        if side:
            return side
    named = [m for m in mentions if statement.start <= m.start and m.end <= at
             and re.fullmatch(r"(?:['’]s)?\s*", text[m.end:at])]  # "the North's plan", not "the North a plan"
    if named and named[-1].actor:
        return named[-1].actor
    # "the North handed the southern delegation a memorandum": who handed it over, not who received it
    giver = [m for m in mentions if statement.start <= m.start and m.end <= at and m.actor
             and at - m.end <= _GIVEN_WITHIN and _HANDED.match(text[m.end:at])]
    if giver:
        return giver[-1].actor
    pronoun = _OWNER_PRONOUN.search(before)
    word = pronoun.group(1).lower() if pronoun else ""
    if word in ("our", "my"):
        if statement.actor and (statement.reported or statement.text.lstrip()[:1] in "\"“"):
            return statement.actor  # "our plan" in its speaker's quotation
    elif word in ("his", "her", "its"):
        # "Ann Lee said the South should accept his plan", "the North urged the South to study its
        # plan": the speaker, else the person (for "his", "her") or side named first, the sentence's
        # subject rather than whom it urged ("their" may be any of several: left alone)
        if statement.speaker and statement.actor and word != "its":
            return statement.actor
        earlier = [m for m in mentions if statement.start <= m.start and m.end <= at and m.actor
                   and (m.person or word == "its")]
        if earlier:
            return earlier[0].actor
    # "The memorandum the northern delegation handed to the South": its authors as the clause's subject
    after = end + len(re.match(r"\s*(?:that\s+|which\s+)?", text[end:statement.end]).group(0))
    subject = [m for m in mentions if m.actor and after <= m.start <= after + _TITLE_REACH
               and re.fullmatch(r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}", text[after:m.start])]  # "that envoy Jane Roe drafted"
    if subject and _HANDED.match(text[subject[0].end:statement.end]):
        return subject[0].actor
    authored = _AUTHORED_BY.match(text[end:statement.end])
    if authored:
        after = end + authored.end()
        # The authors named right after "by", in this sentence: "by the U.S. special envoy".
        by = [m for m in mentions if after <= m.start < min(after + 30, statement.end) and m.actor]
        if by:
            return by[0].actor
    return None

