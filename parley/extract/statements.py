"""Statements: whose position a sentence states, who reports it, on which issues, with what stance.

Attribution reads the dependency parse, not word order. A sentence is cut into the parts that
have a holder of their own: its clauses with their own subject (main, coordinated, subordinate,
relative: "the ceasefire that Washington proposed and Kyiv accepted" is two positions), and
stance nouns whose side is named in them ("the U.S. proposal", "an offer from Moscow"). The
holder of a clause is its subject (or a passive's agent); a reporting verb gives the speaker
("..., the envoy said"), who holds the position unless the reported clause has a side of its
own that takes a stance ("the North had agreed to consider it, the envoy of the South said" is
the North's, reported by the South). A condition ("if Moscow refused") is no position of its
subject. Pronouns take the nearest speaker in the sentence, else the last one before it; a
speaker the profile does not know (a foreign minister of another country) is nobody's side,
and a pronoun after it refers to them, not to the side named before.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parley.extract import lexicon
from parley.extract.dates import MONTH_NAMES
from parley.extract.figures import HANDED_BACK
from parley.extract.issues import IssueMatcher
from parley.extract.mentions import Mention
from parley.model import Statement
from parley.profile import JOINT

if TYPE_CHECKING:  # the parse's types; spaCy itself loads with the parser
    from spacy.tokens import Span, Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_REPORTING = {form for verb in lexicon.REPORTING_VERBS for form in lexicon.inflect(verb)}
_VIEW = frozenset(form for verb in lexicon.VIEW_VERBS for form in lexicon.inflect(verb))
_STANCE_VERB = {form: stance for stance, verbs in lexicon.STANCE_VERBS.items()
                for verb in verbs for form in lexicon.inflect(verb)}
# Every form of a verb of saying or of a stance: a sentence with one may hold a position.
SAYING_FORMS = frozenset(_REPORTING) | frozenset(_STANCE_VERB)
_STANCE_NOUN = {noun: stance for stance, nouns in lexicon.STANCE_NOUNS.items() for noun in nouns}
# Reporting verbs that carry a stance of their own when nothing in the clause does.
_REPORTING_STANCE = {"warn": "warns", "insist": "demands", "suggest": "proposes"}
_TALKS_SUBJECT = ("talk", "negotiation", "meeting", "round", "session", "agreement", "deal")
_CLAUSE_DEPS = ("conj", "advcl", "parataxis", "ccomp", "relcl")
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "compound", "appos", "poss",
                        "npadvmod", "nmod", "amod", "dative", "oprd"})
# Clauses that set a condition or a time, not a position: "if Moscow refused", "unless ...".
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest", "until", "till", "once"})
# (not "would": "When the North sent its paper, the South would not accept it" tells the past)
_AHEAD_AUX = frozenset({"will", "shall", "can", "'ll", "’ll"})
# Prepositions whose object is the setting of a statement, not its subject matter: "at the
# summit", "before the talks", "from territory under its control".
_SETTING_PREPS = lexicon.SETTING_PREPS
# "spoke in favour of talks", "in exchange for prisoners": "in" saying what about, not where.
_IN_IDIOMS = frozenset({"favour", "favor", "support", "exchange", "return", "response", "protest",
                        "principle", "view", "respect", "line"})
# Verbs whose "in" says what they are about, not where: "involved in the talks", "participate in a swap".
_IN_OBJECT_VERBS = frozenset(form for verb in ("involve", "participate", "engage", "include", "believe", "succeed",
                                               "result", "interfere", "intervene", "invest", "persist")
                             for form in lexicon.inflect(verb))
_MIN_PART_WORDS = 3
# Whose view a sentence opening "In X's view, ..." gives.
_VIEW_NOUNS = frozenset({"view", "eyes", "opinion", "account", "words", "assessment", "judgement", "judgment",
                         "reading", "version", "telling", "estimation", "mind"})
# What a side holds, named by a possessive pronoun: "His condition: ...", "Her answer was no".
_HELD_NOUNS = frozenset(_STANCE_NOUN) | frozenset(lexicon.DOCUMENT_NOUNS) | _VIEW_NOUNS | frozenset({
    "position", "positions", "line", "terms", "answer", "reply", "response", "reaction", "message", "priority",
    "priorities", "aim", "aims", "goal", "goals", "red line", "red lines", "stance"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
# Subjects that are texts: "it" in the sentence after one of them is the text.
_TEXT_HOLDERS = frozenset({*lexicon.DOCUMENT_NOUNS, "communique", "communiqué", "statement", "declaration",
                           "resolution", "agreement", "deal", "treaty", "report", "letter", "readout"})
_FURTHER = lexicon.FURTHER_WORDS  # "Other conditions", "a further demand": more of what the side before held
# Who speaks for the government of the place they are in ("In Southport, officials said"; not "diplomats",
# who may be anyone's)
# A sentence that may go on with what the side before held ("Other conditions concern ports"): one
# worth parsing though it names no side
MORE_OF_WHAT_IS_HELD = re.compile(rf"\b(?:{'|'.join(sorted(_FURTHER))})\s+(?:[\w-]+\s+)?"
                                  rf"(?:{'|'.join(sorted(map(re.escape, _HELD_NOUNS), key=len, reverse=True))})\b",
                                  re.IGNORECASE)
_GOVERNMENT_PEOPLE = frozenset({"official", "officials", "authorities", "government", "ministry", "spokesman",
                                "spokeswoman", "spokesperson", "sources"})
# What sides do at the table: "They also discussed prisoner exchanges" is the sides who met.
_TALKED = frozenset(form for verb in ("discuss", "negotiate", "raise", "address", "debate")
                    for form in lexicon.inflect(verb))
_PERSONAL = frozenset({"he", "she", "his", "her"})  # pronouns that mean a person, never a side
# Words that point back to what another clause of the sentence is about: "Kyiv said it would do likewise".
_ANAPHORA = frozenset({"likewise", "same", "similarly", "so", "too", "also", "either", "reciprocate"})
# Words of a subject that make it someone even when the profile does not know them.
_NAME_DEPS = ("compound", "appos", "poss", "amod", "flat", "nmod")


@dataclass(frozen=True)
class Voice:
    """Who a clause speaks for: the side, the named person, how sure we are, and whether it
    is someone identifiable at all (a speaker the profile does not know has no side)."""

    actor: str | None
    speaker: str | None
    confidence: float
    someone: bool = False


NOBODY = Voice(None, None, 0.0)


@dataclass(frozen=True)
class _Unit:
    """A part of a sentence with one holder: a clause, or a stance noun with its side."""

    head: Token
    voice: Voice
    stance: str
    reporter: str | None = None
    antecedent: Token | None = None  # the noun a relative clause describes, read for its issues
    nominal: bool = False  # a stance noun ("the U.S. proposal"), not a clause


class SentenceAttributor:
    """Attributes the sentences of one article in order (so "He added" finds its "he")."""

    def __init__(self, issues: IssueMatcher, side_words: dict[str, str] | None = None,
                 press: frozenset[str] = frozenset()) -> None:
        self.issues = issues
        self.side_words = side_words or {}
        self.press = lexicon.PRESS_NAMES | press
        self.mentions: list[Mention] = []
        self.previous = NOBODY
        self.previous_person = NOBODY  # "he", "his": the last person, not a side named after them
        # "it" may mean a side only right after a sentence a side held ("The North proposed pauses. It
        # also proposed ..."), not after a text ("The communique says ... It declares ...")
        self.side_before = False
        self.sentence: Span | None = None
        self.reporting: Token | None = None
        self.speaker: Voice | None = None
        self.opens_paragraph = True  # set by the caller: "Other conditions ..." goes on only within one
        self.sides_before: set[str] = set()  # the sides the sentence before named ("They also discussed ...")
        self.sides_now: set[str] = set()

    def statements(self, sentence: Span, start: int, end: int, mentions: list[Mention],
                   text: str, categories: Sequence[tuple[int, str]] = ()) -> list[Statement]:
        """One statement for the sentence, or one per part when parts have different holders.

        ``text`` is the Doc's text (spaCy rebuilds ``doc.text`` on every access); offsets
        (``start``, ``end``, mentions, results, ``categories``: where a figure of which
        category stands) are those of the Doc."""
        self.mentions = mentions
        self.sentence = sentence
        self.sides_before, self.sides_now = self.sides_now, {m.actor for m in mentions if m.actor and m.actor != JOINT}
        self.reporting = _reporting_verb(sentence)
        self.speaker = None
        if self.reporting is not None:
            holder = _speaker_token(self.reporting)
            # "The southern position is that ...": the side named in the position's own phrase
            positioned = _states_a_position(self.reporting)
            self.speaker = self._position_holder(holder) if positioned else self._resolve(holder)
        ignore = _settings(sentence) + [(m.start, m.end) for m in mentions]

        def issues(left: int, right: int, masked: Sequence[tuple[int, int]] = (),
                   keep: tuple[int, int] = (0, 0)) -> tuple[str, ...]:
            """Issues of text[left:right] with the masked spans blanked (but never ``keep``)."""
            masked = [m for m in masked if not (keep[0] <= m[0] and m[1] <= keep[1])]
            masked = [(s, e) for s, e in masked if e <= keep[0] or s >= keep[1]] + \
                     [(s, keep[0]) for s, e in masked if s < keep[0] < e] + [(keep[1], e) for s, e in masked if s < keep[1] < e]
            piece = "".join(" " if any(s <= i < e for s, e in masked) else ch
                            for i, ch in enumerate(text[left:right], left)) if masked else text[left:right]
            return self.issues.issues_in(piece, _shift(ignore, -left),
                                         [c for at, c in categories if left <= at < right and
                                          not any(s <= at < e for s, e in masked)])

        units = self._units(sentence)
        whole = issues(start, end)
        holders = {_holder_key(u.voice) for u in units if u.voice.actor or u.voice.someone}
        if len(holders) < 2:
            unit = next((u for u in units if u.voice.actor), units[0])
            voice = unit.voice if unit.voice.actor else self._fallback(sentence, unit.voice)
            if unit.voice.actor and unit.head not in (sentence.root, self.reporting):
                own = whole if _describes_subject(unit, sentence.root) else issues(*_window(unit))
            else:  # leave out clauses that tell of nobody: "..., but the meeting ended without a truce"
                narrative = [_clause_span(u.head, []) for u in units if u is not unit and not u.nominal
                             and not (u.voice.actor or u.voice.someone) and _holder_token(u.head) is not None
                             and not (u.head.dep_ == "conj" and _normative(u.head))
                             # "..., and that the summit would depend on the groundwork": a second
                             # thing said, not the narrator's
                             and not any(c.dep_ == "mark" and c.lower_ == "that" for c in u.head.children)]
                own = issues(start, end, narrative) if narrative else ()
            if unit.nominal:
                whole = own
            # a person found with no clause naming him ("That was Ann Lee's verdict.") is who "he"
            # means next
            found_person = voice if voice is not unit.voice and voice.speaker else None
            return self._emit([self._statement(text, start, end, voice, unit.stance, unit.reporter,
                                               own or whole)], units, found_person)
        heads = [u.head for u in units]
        spans = [_clause_span(u.head, [h for h in heads if h is not u.head]) for u in units]
        # A part of a word or two ("contrasts with") is no statement when its holder has another.
        keep = [i for i, (u, (a, b)) in enumerate(zip(units, spans))
                if len(text[a:b].split()) >= _MIN_PART_WORDS or
                not any(_holder_key(v.voice) == _holder_key(u.voice) for j, v in enumerate(units) if j != i)]
        units, spans = [units[i] for i in keep], [spans[i] for i in keep]
        found = []
        for unit, span in zip(units, spans):
            # What a clause taking a stance governs is what the stance is on ("Ivo Marn countered
            # that the South was not ready for talks"); a plain "said" takes none of another
            # side's part ("Marn said that the South's request for a summit ..." is the South's).
            governs = unit.stance != "states"
            others = [x for u, x in zip(units, spans) if _holder_key(u.voice) != _holder_key(unit.voice)
                      and not (governs and unit.head.is_ancestor(u.head))]
            window = _window(unit, span)
            own = issues(*window, others if not unit.nominal else (), keep=window if unit.antecedent is not None else span)
            if not own and unit.voice.actor and not unit.nominal:
                own = issues(start, end, others) or (whole if _anaphoric(unit.head) else ())
            found.append(self._statement(text, *span, unit.voice, unit.stance, unit.reporter, own))
        return self._emit(sorted(found, key=lambda s: s.start), units)

    def someone_else_spoke(self) -> None:
        """A sentence not parsed had a speaker of no side: a pronoun after it is not the last side."""
        self.previous = self.previous_person = Voice(None, None, 0.0, True)
        self.side_before = False

    def passed_over(self) -> None:
        """A sentence not parsed came between: "it" after it is about what that sentence named."""
        self.side_before = False

    def _emit(self, found: list[Statement], units: list[_Unit], found_person: Voice | None = None) -> list[Statement]:
        """Who a pronoun in the next sentence refers to: the sentence's reporting speaker, else
        its last clause with someone as subject; "he" or "she", else the person the sentence
        was found to be held by."""
        speaking = [u.voice for u in units if u.voice.someone or u.voice.actor]
        # the news that reported it is no speaker a pronoun goes back to ("X proposed Y, according
        # to the press. It also proposed ..." is X)
        last = self.speaker if self.speaker is not None and (self.speaker.someone or self.speaker.actor) \
            and not self._press_reports() else speaking[-1] if speaking else None
        if last is not None:
            self.previous = Voice(last.actor, last.speaker, min(last.confidence, 0.6), True)
        subject = _holder_token(self.sentence.root) if self.sentence is not None else None
        self.side_before = last is not None and bool(last.actor) \
            and not (subject is not None and subject.lower_ in _TEXT_HOLDERS)
        # "Ivo Marn agreed to a pause that the South had accepted. His condition ...": his is Marn's
        people = [u.voice for u in units if not u.nominal and self._a_person(u.voice, _holder_token(u.head))]
        told = self.speaker is not None and self._a_person(self.speaker, _speaker_token(self.reporting))
        person = self.speaker if told else people[-1] if people else found_person
        if person is not None:
            self.previous_person = Voice(person.actor, person.speaker, min(person.confidence, 0.6), True)
        return found

    def _a_person(self, voice: Voice, token: Token | None) -> bool:
        """Is the holder someone "he" or "she" can mean: a named person, a word for a person
        ("the envoy"), or someone the profile does not know; not a side or a text ("the plan")?"""
        return bool(voice.speaker) or token is not None and (
            token.lower_ in lexicon.PERSON_NOUNS or voice.someone and not voice.actor and not self._a_side(token))

    def _a_side(self, token: Token | None) -> bool:
        """Is the holder a side's own name ("the North", "Valletta"), which "he" cannot mean?"""
        return token is not None and token.lower_ in self.side_words and self._mention_at(token) is not None

    def _statement(self, text: str, start: int, end: int, voice: Voice, stance: str,
                   reporter: str | None, issues: tuple[str, ...]) -> Statement:
        return Statement(
            text=text[start:end], start=start, end=end, actor=voice.actor, speaker=voice.speaker,
            issues=issues, stance=stance if voice.actor else None,
            reported=self.reporting is not None,
            confidence=round(voice.confidence, 2) if voice.actor else 0.3,
            reporter=reporter if voice.actor and reporter != voice.actor else None,
        )

    # -- the parts of a sentence and their holders --------------------------------------
    def _units(self, sentence: Span) -> list[_Unit]:
        reporting, speaker = self.reporting, self.speaker
        content = _content_clause(reporting) if reporting is not None else None
        reported = {t for t in (reporting, content) if t is not None}
        frame = self._frame(sentence)
        units: list[_Unit] = []
        for head in _clause_heads(sentence):
            if head in reported and speaker is not None:
                if not any(u.head in reported for u in units):  # one part for "X, he said"
                    unit = self._reported_unit(reporting, content, speaker)
                    if not unit.voice.actor and frame is not None:
                        # "In the North's view, a summit should crown the process, he stressed":
                        # the view the sentence names, told by a speaker of no known side
                        unit = _Unit(unit.head, frame, unit.stance, None, unit.antecedent)
                    units.append(unit)
                continue
            holder = _holder_token(head)
            voice = self._resolve(holder, speaker if _under(head, content) else None) if holder is not None else NOBODY
            if not voice.actor and _content_read_as_relative(head):
                continue  # "said on the eve of the talks that the pace had to pick up": part of the saying
            if head.dep_ == "ccomp" and voice.actor != JOINT and not _verb_takes_stance(head) \
                    and not _cut_off(head):
                continue  # "Putin complained that Ukraine had breached it": Putin's complaint
            if head.dep_ == "ccomp" and voice.actor == JOINT and _STANCE_VERB.get(head.head.lower_) in ("proposes", "demands") \
                    and not _verb_takes_stance(head):
                continue  # "the South proposed that the two presidents meet": what it asks, not both sides' act
            parent = next((u for u in reversed(units) if u.head.is_ancestor(head)), None)
            if not voice.actor and frame is not None and (parent is None or not parent.voice.actor):
                voice = frame
            # Only what the speaker said is told by the speaker ("Ukraine pressed its demand, while
            # Russia reiterated support for pauses" is Ukraine's own).
            told = speaker is not None and _under(head, content)
            reporter = speaker.actor if told and speaker.actor != voice.actor else None
            if reporter is None and head.dep_ == "ccomp" and parent is not None and parent.voice.actor != voice.actor:
                reporter = parent.voice.actor  # "Marn countered that the South was not ready": told by the North
            units.append(_Unit(head, voice, _stance(head), reporter, _relative_antecedent(head)))
        subjects = {_holder_token(u.head) for u in units if u.voice.actor}
        for noun in _stance_nouns(sentence):
            voice = self._noun_holder(noun)
            if noun in subjects and any(_holder_token(u.head) is noun and u.voice.actor == voice.actor for u in units):
                continue  # "Ukraine's demand ... contrasts with": the clause already is Ukraine's
            if voice.actor:
                told = speaker is not None and (_under(noun, content) or reporting is not None and reporting.is_ancestor(noun))
                reporter = speaker.actor if told and speaker.actor != voice.actor else None
                units.append(_Unit(noun, voice, _STANCE_NOUN[noun.lower_], reporter, nominal=True))
        return units

    def _reported_unit(self, reporting: Token, content: Token | None, speaker: Voice) -> _Unit:
        """The reported clause with its reporting verb: held by the clause's own side or the speaker's."""
        top = reporting if content is None or reporting.is_ancestor(content) else content
        voice = self._reported_voice(content, speaker) if content is not None else speaker
        stance = self._stance_with_reporting(reporting, content)
        if content is not None and _normative(content) and voice is speaker and \
                self._resolve(_holder_token(content), speaker).actor not in (None, speaker.actor):
            stance = "demands"  # "the North must accept a truce, the South said": what the South demands of it
        reporter = speaker.actor if voice.actor and voice.actor != speaker.actor else None
        return _Unit(top, voice, stance, reporter)

    def _fallback(self, sentence: Span, voice: Voice) -> Voice:
        """No clause names its holder: an agreement is both sides', a lone named person speaks."""
        root = sentence.root
        if voice.someone and not voice.actor:
            # people counted ("150 southern soldiers came home, and ...") are the ones swapped, not
            # someone who speaks
            subject = _subject(root)
            counted = subject is not None and any(c.dep_ == "nummod" for c in subject.children)
            return (self._joint_if_agreement(sentence, root) if counted else None) or voice
        if root.lower_ in _HELD_NOUNS and _holder_token(root) is None:
            held = self._resolve(root)  # no verb: "His key condition: a halt to arms deliveries"
            if held.actor:
                return Voice(held.actor, held.speaker, min(held.confidence, 0.7), True)
        further = next((t.head for t in sentence[:2] if t.lower_ in _FURTHER and t.head.lower_ in _HELD_NOUNS), None)
        if further is not None:
            # "Other conditions concern port services", parsed as one noun phrase: whose _resolve says
            held = self._resolve(further)
            if held.actor:
                return Voice(held.actor, held.speaker, min(held.confidence, 0.6), True)
        acted = next((c for c in root.children if c.dep_ == "acl" and not c.lower_.endswith("ing") and (
            c.i == root.i + 1 and any(g.dep_ == "dobj" for g in c.children)
            or _past_its_relative_clause(root, c) and (_is_reporting(c) or _verb_takes_stance(c)
                                                       or any(g.dep_ in ("dobj", "ccomp") for g in c.children)))), None)
        if acted is not None:
            # the parse read "The northern delegation handed over its draft" as a noun with a
            # participle after it; a participle with an object says what the noun did. So does a
            # verb of saying or of a stance after the noun's relative clause: "Marn, who flew in
            # on Friday, asked for more air defence"
            doer = self._resolve(root)
            if doer.actor:
                return Voice(doer.actor, doer.speaker, min(doer.confidence, 0.7), True)
        # "Pressure escalates as Trump pushes for ...": a side in a dependent clause speaks.
        for head in _clause_heads(sentence)[1:]:
            if head.dep_ not in ("advcl", "conj"):
                continue
            subject = _holder_token(head)
            if subject is not None and subject.lower_ not in lexicon.PRONOUNS:
                found = self._resolve(subject)
                if found.actor:
                    return Voice(found.actor, found.speaker, min(found.confidence, 0.7), True)
        return self._joint_if_agreement(sentence, root) or self._only_person(sentence) or voice

    def _press_reports(self) -> bool:
        """Is the sentence's reporting verb the news's ("state media reported")?"""
        return self.reporting is not None and _is_press(_speaker_token(self.reporting), self.press)

    def _reported_voice(self, content: Token, speaker: Voice) -> Voice:
        if self._press_reports():
            holder = self._resolve(_holder_token(content), speaker)
            return holder if holder.actor else speaker  # "X did Y, state media reported": X's
        return self._reported_voice_of_speaker(content, speaker)

    def _reported_voice_of_speaker(self, content: Token, speaker: Voice) -> Voice:
        """Whose position the reported clause states: its own subject's when that subject
        takes a stance ("the North had agreed ..., the South's envoy said") or is both sides;
        otherwise the speaker's ("the North must return every child, the South's president
        said" is the South's demand)."""
        holder = self._resolve(_holder_token(content), speaker)
        if not holder.actor:
            return speaker
        if holder.actor == speaker.actor:
            return Voice(holder.actor, holder.speaker or speaker.speaker, holder.confidence, True)
        if _normative(content) and (speaker.actor or speaker.someone):
            return speaker  # "the North must accept a truce, the South's leader said": the South's demand
        # a view is its holder's only where the teller is an aside ("the South, he said, believes ...",
        # "the South thinks ..., he said"), not in "he said the South believes it can stall": his charge
        aside = self.reporting is not None and (self.reporting.dep_ == "parataxis" or self.reporting.i > content.i)
        subject = _holder_token(content)
        if _verb_takes_stance(content) or aside and _holds_a_view(content) \
                or holder.actor == JOINT and not _named_pair(subject) and not _owned_by_both(subject):
            # "the South had agreed", "the South, he said, believes ...", "both sides agreed"; not
            # "Ivo Marn and Ann Lee should meet", which is what the speaker proposes about the two of them,
            # nor "the two sides' drafts remained far apart, he said", the speaker's own reading
            return Voice(holder.actor, holder.speaker or speaker.speaker, min(holder.confidence, 0.85), True)
        # "Moscow was stalling, he said": the speaker's view of that side, whoever the speaker is
        return speaker if speaker.actor or speaker.someone else holder

    def _frame(self, sentence: Span) -> Voice | None:
        """ "For Ankara, the exchange shows ...", "In Kyiv's view, ...": whose view the sentence gives."""
        first = sentence[0]
        if first.lower_ == "for" and first.dep_ == "prep" and first.head == sentence.root:
            obj = next((c for c in first.children if c.dep_ == "pobj"), None)
            after = obj.right_edge.i + 1 if obj is not None else len(sentence.doc)
            if after < len(sentence.doc) and sentence.doc[after].text == ",":
                voice = self._resolve(obj)
                return voice if voice.actor else None
        # "In the North's view", "In the view of the northern delegation", "In his account", and the
        # same set off by commas inside the sentence ("The summit, in his telling, was postponed"):
        # the owner of the view, a pronoun meaning who spoke last
        doc = sentence.doc
        aside = next((t for t in sentence if t.lower_ == "in" and t.i > sentence.start and doc[t.i - 1].text == ","
                      and any(c.dep_ == "pobj" and c.lower_ in _VIEW_NOUNS and c.right_edge.i + 1 < sentence.end
                              and doc[c.right_edge.i + 1].text == "," for c in t.children)), None)
        if first.lower_ == "in" or aside is not None:
            view = next((c for c in (aside if aside is not None else first).children if c.dep_ == "pobj"), None)
            if view is None or view.lower_ not in _VIEW_NOUNS:
                return None
            owner = next((c for c in view.children if c.dep_ == "poss"), None) or next(
                (g for c in view.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)
            voice = self._resolve(owner) if owner is not None else NOBODY
            return voice if voice.actor else None
        return None

    def _noun_holder(self, noun: Token) -> Voice:
        """The side named in a stance noun's phrase: "the U.S. proposal", "Russia's demand",
        "an offer from Moscow", "a proposal by Kyiv"."""
        near = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        via = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
               for g in c.children if g.dep_ == "pobj"]
        for token in near + via:
            found = [m for t in token.subtree if (m := self._mention_at(t) or self._side_word(t))]
            sides = {m.actor for m in found}
            if len(sides) == 1:
                person = next((m.person for m in found if m.person), None)
                return Voice(found[0].actor, person, 0.75, True)
        return NOBODY

    def _position_holder(self, position: Token) -> Voice:
        """Whose position it is: the side its phrase names, else who "his" or "their" means
        ("His office's line has not moved: ...")."""
        named = self._noun_holder(position)
        if named.actor:
            return named
        owner = next((t for c in position.children if c.dep_ == "poss" for t in c.subtree
                      if t.dep_ == "poss" and t.lower_ in ("his", "her", "their")), None)
        return self._resolve(owner) if owner is not None else named

    def actor_for(self, token: Token, mentions: list[Mention]) -> str | None:
        """The side of the nearest clause above the token whose subject names one."""
        self.mentions = mentions
        for node in (token, *token.ancestors):
            subject = _holder_token(node)
            if subject is not None and subject.lower_ not in lexicon.PRONOUNS:
                voice = self._resolve(subject)
                if voice.actor:
                    return voice.actor
        return None

    def _resolve(self, token: Token | None, speaker: Voice | None = None) -> Voice:
        """Who a subject is. A pronoun in what a speaker said is the speaker ("I", "we", or
        "he" in "he said he would"); otherwise the nearest subject before it in the sentence,
        else the last speaker before the sentence (for "it" and "they" only when the verb is
        one of saying or taking a stance: "They included defenders" is not a side talking)."""
        if token is None:
            return NOBODY
        if token.lower_ in lexicon.PRONOUNS:
            if speaker is not None and (speaker.actor or speaker.someone) and _quoted_they(token):
                # others, as the speaker tells it: the side named before, if another one than his
                nearer = self._antecedent(token)
                if nearer is not None:
                    return nearer
                return self.previous if speaker.actor and self.previous.actor not in (None, JOINT, speaker.actor) \
                    else NOBODY
            if speaker is not None and (speaker.actor or speaker.someone):
                return speaker
            if token.lower_ in ("i", "we") and self.speaker is not None and self.speaker.actor:
                return self.speaker
            nearer = self._antecedent(token)
            if nearer is not None:
                return nearer
            if token.lower_ == "they" and token.head.lower_ in _TALKED and not _verb_takes_stance(token.head):
                # the sides who met: both when the sentence before named two ("The South's team met the
                # envoys. They also discussed ..."), else nobody said what
                return Voice(JOINT, None, 0.6, True) if len(self.sides_before) > 1 or self.previous.actor == JOINT \
                    else NOBODY
            if token.lower_ in ("it", "they") and not (_is_reporting(token.head) or _verb_takes_stance(token.head)):
                return NOBODY
            if token.lower_ == "it" and not self.side_before:
                return NOBODY
            if token.lower_ in _PERSONAL and self.previous_person.someone:
                return self.previous_person
            return self.previous
        mentions = [m for t in _conjuncts(token) if (m := self._mention_at(t))]
        actors = {m.actor for m in mentions} | self._sides_of_adjectives(token)
        if len(actors) > 1:
            return Voice(JOINT, None, 0.85, True)
        if mentions:
            return Voice(mentions[0].actor, _speaker(mentions), 0.9, True)
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is not None and token.lower_ in _HELD_NOUNS:
            return self._resolve(owner, speaker)  # "His condition was ...": what the person holds
        if token.lower_ in _HELD_NOUNS and any(c.lower_ in _FURTHER for c in token.children if c.dep_ in ("amod", "det")) \
                and self.previous.actor and not self.opens_paragraph and not self.mentions:
            # "The North wants the blockade lifted first. Other conditions concern ports.": more of
            # what the side just set out
            return self.previous
        for child in _modifiers(token):
            inside = self._mentions_in(child)
            sides = {m.actor for m in inside}
            if len(sides) > 1:
                return Voice(JOINT, None, 0.75, True)
            if inside:
                people = [m for m in inside if m.person]
                first = (people or inside)[0]
                return Voice(first.actor, first.person, 0.8, True)
        placed = self._placed(token)
        if placed is not None:
            return placed
        if _names_someone(token, self.sentence[0].i if self.sentence is not None else 0):
            return Voice(None, None, 0.0, True)
        return NOBODY

    def _placed(self, token: Token) -> Voice | None:
        """ "In Southport, officials said ...": people of no named side, placed by the sentence's opening
        phrase in a side's capital, are that side's (not "In Valletta, ...", a place of no side)."""
        if token.lower_ not in _GOVERNMENT_PEOPLE or token.dep_ not in ("nsubj", "nsubjpass") \
                or any(c.dep_ in ("poss", "compound", "amod", "prep") for c in token.children):
            return None
        opening = next((c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "in"
                        and c.i == (self.sentence.start if self.sentence is not None else 0)), None)
        places = [g for g in opening.children if g.dep_ == "pobj"] if opening is not None else []
        if len(places) != 1 or places[0].conjuncts:
            return None  # not "In Northgate and Southport, officials said ..."
        place = self._mention_at(places[0])
        return Voice(place.actor, None, 0.7, True) if place is not None and place.actor and place.actor != JOINT else None

    def _side_word(self, token: Token) -> Mention | None:
        """ "the Ukrainian proposal": a side's adjective standing alone before a noun."""
        side = self.side_words.get(token.lower_) if token.dep_ in ("amod", "compound", "poss") else None
        return Mention(token.idx, token.idx + len(token), side) if side else None

    def _sides_of_adjectives(self, token: Token) -> set[str]:
        """ "Russian and Ukrainian officials": the sides of conjoined adjectives before a noun."""
        words = [w for c in token.children if c.dep_ in ("amod", "compound", "nmod") for w in _conjuncts(c)]
        if len(words) < 2:
            return set()
        return {side for w in words if (side := self.side_words.get(w.lower_)
                                        or ((m := self._mention_at(w)) is not None and m.actor))}

    def _antecedent(self, pronoun: Token) -> Voice | None:
        """What the nearest subject before the pronoun in its own sentence is (None if none)."""
        sentence = self.sentence
        if sentence is None:
            return None
        speaking = _is_reporting(pronoun.head)  # "The demands, he said, were ...": he is no demand
        # "A meeting of the presidents could only crown a deal, he said": he is a person or a side
        # named before, or who spoke before; not a thing the quoted words are about
        parenthetical = speaking and not any(child.i > pronoun.i and child.dep_ in ("ccomp", "xcomp")
                                             for child in pronoun.head.children)
        shared = self._conjunct_subject(pronoun)
        if shared is not None:
            return shared
        # "The North would face sanctions if Marn did not agree, he said": the words he reports are
        # about Marn, in a clause under them; he is who spoke before, not Marn
        reported = {c.i for c in pronoun.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < pronoun.i} \
            if parenthetical else set()
        for token in reversed(sentence[:pronoun.i - sentence.start]):
            if reported and token.dep_ in ("nsubj", "nsubjpass") and token.head.i not in reported:
                continue
            if pronoun.lower_ in _PERSONAL and _in_words_of_a_pronoun(token, pronoun):
                continue  # "he said Marn had lied, and he warned ...": he is still the one who said it
            if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in _HELD_NOUNS:
                owner = next((c for c in token.children if c.dep_ == "poss"), None)
                held = self._resolve(owner) if owner is not None and owner.lower_ not in lexicon.PRONOUNS else NOBODY
                if held.actor and (held.speaker or pronoun.lower_ not in _PERSONAL):
                    # "The North's reaction was cool: any truce, it said, ...": the North ("he" is no
                    # side's: "The two sides' drafts were far apart, he said" is who spoke before)
                    return held
            if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in lexicon.PRONOUNS \
                    and token.lower_ not in _RELATIVE_PRONOUNS:
                if parenthetical and not (self._mention_at(token) or _is_person(token)) \
                        or pronoun.lower_ in _PERSONAL and self._a_side(token):
                    continue  # "The North could talk tomorrow, he said": he is no "North"
                if pronoun.lower_ in ("it", "they") and not (self._mention_at(token) or _is_person(token)):
                    return NOBODY  # "If the meeting happens, it will be ...": it is the meeting
                voice = self._resolve(token)
                if voice.actor or voice.someone or not speaking:
                    return voice
        return None

    def _conjunct_subject(self, pronoun: Token) -> Voice | None:
        """ "The North wants the South kept out of the alliance, and it expects sanctions lifted":
        the subject of a verb joined to another is that verb's subject, not a nearer one inside its
        object. Not
        when the first verb reports ("Marn said the North was stalling, and it had ..." may go on
        with what was said), and only a subject the pronoun can stand for: "he" a person, "it"
        and "they" a side named as such."""
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or pronoun.i > verb.i \
                or _is_reporting(verb.head):
            return None
        first = _subject(verb.head)
        if first is None or first.lower_ in lexicon.PRONOUNS:
            return None
        mention = self._mention_at(first)
        if pronoun.lower_ in _PERSONAL:
            fits = _is_person(first) or mention is not None and mention.person is not None
        else:
            fits = mention is not None and mention.person is None and not _is_person(first)
        voice = self._resolve(first) if fits else NOBODY
        return voice if voice.actor else None

    def _mention_at(self, token: Token) -> Mention | None:
        return next((m for m in self.mentions if m.start <= token.idx < m.end), None)

    def _mentions_in(self, token: Token) -> list[Mention]:
        """The mentions within the token's phrase, and one that begins just before it: the alias
        "the Palace" begins at "the", outside the compound "Palace" of "the Palace statement"."""
        left, right = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        return [m for m in self.mentions if left < m.end <= right]

    def _joint_if_agreement(self, sentence: Span, root: Token) -> Voice | None:
        """An agreement or exchange with no side as subject is both sides' ("An agreement was
        reached", "the exchange of 146 captives from each side")."""
        subject = _subject(root)
        if _stance(root) == "agrees" and (subject is None or subject.lower_.rstrip("s") in _TALKS_SUBJECT
                                          or any(w in subject.lower_ for w in _TALKS_SUBJECT)):
            return Voice(JOINT, None, 0.6, True)
        sides = {m.actor for m in self.mentions if sentence.start_char <= m.start < sentence.end_char}
        # "ten southern soldiers were exchanged for ten northerners": the sides named by their
        # adjectives take part in an exchange as much as by their names
        sides |= {side for t in sentence if (side := self.side_words.get(t.lower_)) and side != JOINT}
        # "The exchange agreed on 2 March was completed on Sunday", "Exchanges of the wounded have
        # taken place in stages": an exchange the sentence's subject, with no side named, is both
        # sides' doing (not "The exchange did not take place")
        if not sides and subject is not None and subject.lower_ in lexicon.EXCHANGE_NOUNS \
                and root.lower_ in _TOOK_PLACE and not _NOT_DONE.search(sentence.text):
            # (not "The exchange was postponed", "The swap is in doubt": nobody did anything)
            return Voice(JOINT, None, 0.55, True)
        # "A swap the next day: 75 prisoners for 75": a swap in its per-side grammar names both
        # sides as much as their names do, unless it is denied or asked about
        per_side = bool(_PER_SIDE.search(sentence.text)) and not _NOT_DONE.search(sentence.text)
        both = JOINT in sides or len(sides) >= 2 or per_side
        # "200 southern soldiers came home, and the same number of northerners were handed over":
        # people let go both ways is a swap, whatever words tell it (not "200 were freed, and the
        # same number are still waiting")
        if both and (any(_STANCE_VERB.get(t.lower_) == "agrees" or t.lower_ in lexicon.EXCHANGE_NOUNS for t in sentence)
                     or _IN_RETURN.search(sentence.text)
                     or len(sides) >= 2 and per_side and len(HANDED_BACK.findall(sentence.text)) >= 2):
            return Voice(JOINT, None, 0.55, True)
        return None

    def _only_person(self, sentence: Span) -> Voice | None:
        """When the parse finds no subject, a single named person is the likeliest holder."""
        inside = [m for m in self.mentions if sentence.start_char <= m.start < sentence.end_char]
        people = {(m.actor, m.person) for m in inside if m.person}
        sides = {m.actor for m in inside}
        if len(people) == 1 and len(sides) == 1:
            actor, person = people.pop()
            return Voice(actor, person, 0.5, True)
        return None

    # -- what stance ----------------------------------------------------------------------
    def _stance_with_reporting(self, reporting: Token | None, content: Token | None) -> str:
        if reporting is None:
            return "states"
        stance = _stance(content if content is not None else reporting)
        if stance == "states":
            stance = _REPORTING_STANCE.get(_base(reporting.lower_), "states")
        return stance


def _holder_key(voice: Voice) -> str:
    """Parts held by the same side are one holder; each unnamed someone is a holder apart."""
    return voice.actor or f"someone:{voice.speaker or id(voice)}"


def _window(unit: _Unit, span: tuple[int, int] | None = None) -> tuple[int, int]:
    """The characters read for a part's issues: its span, with the noun a relative clause
    describes, and for a stance noun the phrase it sits in ("a reference to the U.S. proposal
    for a ceasefire")."""
    head = unit.head
    if unit.nominal:
        end = head.right_edge.idx + len(head.right_edge)
        if head.dep_ == "pobj" and head.head.dep_ == "prep":  # "a reference to [the U.S. proposal] for a truce"
            phrase = head.head.head
            end = max(end, phrase.right_edge.idx + len(phrase.right_edge))
        return head.left_edge.idx, end
    start, end = span or _clause_span(head, [])
    if unit.antecedent is not None:
        start = min(start, unit.antecedent.left_edge.idx)
    return start, end


def _owned_by_both(subject: Token | None) -> bool:
    """ "the two sides' drafts", "both delegations' positions": what both sides hold, not the sides
    acting ("the two sides' ceasefire will take effect" is both sides')."""
    return subject is not None and subject.lower_ in _HELD_NOUNS and any(c.dep_ == "poss" for c in subject.children)


def _named_pair(subject: Token | None) -> bool:
    """ "Ivo Marn and Ann Lee": two people named, not the two sides as such."""
    return subject is not None and bool(subject.conjuncts) and all(
        t.text[:1].isupper() for t in (subject, *subject.conjuncts))


def _is_press(token: Token | None, names: frozenset[str]) -> bool:
    """The news that reports something ("state media reported", "according to Reuters and AP")
    takes no position of its own."""
    if token is None:
        return False
    return token.lower_ in lexicon.PRESS_NOUNS or token.text in names or any(
        c.lower_ in lexicon.PRESS_NOUNS for c in token.children if c.dep_ in ("compound", "conj"))


def _is_person(token: Token) -> bool:
    return token.lower_ in lexicon.PERSON_NOUNS


def _anaphoric(head: Token) -> bool:
    return any(t.lower_ in _ANAPHORA for t in head.subtree)


def _under(head: Token, content: Token | None) -> bool:
    """Is the clause inside what a speaker said?"""
    return content is not None and (head is content or content.is_ancestor(head))


def _stance(predicate: Token) -> str:
    """The stance of a clause from its verb (and the verbs it governs), then its object nouns;
    a condition or a restriction on it ("only if", "only short pauses") makes it conditional."""
    stance = _verb_stance(predicate)
    if stance in ("accepts", "agrees") and _restricted(predicate):
        return "conditions"
    return stance


def _verb_stance(predicate: Token) -> str:
    attitude = _attitude(predicate)
    if attitude:
        return attitude
    for token in _verb_chain(predicate):
        stance = _STANCE_VERB.get(_phrasal(token)) or _STANCE_VERB.get(token.lower_)
        if stance:
            negated = any(c.lower_ in lexicon.NEGATIONS for c in token.children if c.dep_ == "neg")
            return lexicon.NEGATED_STANCE[stance] if negated else stance
    if predicate.lower_ not in lexicon.LIGHT_VERBS:
        return "states"
    for child in predicate.children:
        nouns = [child] if child.dep_ in ("dobj", "attr", "nsubjpass") else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        for noun in nouns:
            if noun.lower_ in _STANCE_NOUN:
                return _STANCE_NOUN[noun.lower_]
    return "states"


def _attitude(predicate: Token) -> str | None:
    """ "Kyiv was not ready for serious negotiations", "Moscow is prepared to continue": a side's
    readiness is its acceptance (or, negated, its refusal)."""
    if predicate.lower_ not in ("is", "was", "are", "were", "be", "been", "remains", "remained", "stands", "stood"):
        return None
    words = [c for c in predicate.children if c.dep_ in ("acomp", "attr", "oprd")]
    if not any(w.lower_ in lexicon.ATTITUDE_ADJECTIVES for w in words):
        return None
    stance = next(lexicon.ATTITUDE_ADJECTIVES[w.lower_] for w in words if w.lower_ in lexicon.ATTITUDE_ADJECTIVES)
    negated = any(c.dep_ == "neg" for c in predicate.children)
    return lexicon.NEGATED_STANCE[stance] if negated else stance


def _restricted(predicate: Token) -> bool:
    """ "would meet him only once an agenda is ready", "backs only short pauses", "not before"."""
    for token in predicate.subtree:
        if token.lower_ == "only" and token.head.i >= predicate.i - 1:
            return True
        if token.lower_ in lexicon.CONDITION_WORDS and token.head == predicate:
            return True
    return False


def _verb_takes_stance(predicate: Token) -> bool:
    """Whether the clause's own verb (not a noun under it) carries the stance."""
    return _attitude(predicate) is not None or any(_STANCE_VERB.get(_phrasal(t)) or _STANCE_VERB.get(t.lower_) for t in _verb_chain(predicate))


def _holds_a_view(predicate: Token) -> bool:
    """A verb of holding a view with the view under it: "believes that a summit is premature",
    "thinks a truce would help" (not "holds two regions")."""
    return predicate.lower_ in _VIEW and any(c.dep_ == "ccomp" for c in predicate.children)


def _verb_chain(predicate: Token) -> list[Token]:
    """The predicate and the verbs it hands on to: "agreed to exchange", "refused to drop"."""
    chain = [predicate]
    for child in predicate.children:
        if child.dep_ == "xcomp":
            chain.append(child)
    return chain


def _phrasal(token: Token) -> str:
    particle = next((c.lower_ for c in token.children if c.dep_ in ("prt", "prep") and c.i == token.i + 1), None)
    return f"{token.lower_} {particle}" if particle else token.lower_


def _in_words_of_a_pronoun(token: Token, pronoun: Token) -> bool:
    """Is the token inside the words that "he" or "she" is reported to say, words the pronoun
    is not itself in?"""
    for clause in token.ancestors:
        if clause.dep_ in ("ccomp", "xcomp") and _is_reporting(clause.head) and not clause.is_ancestor(pronoun):
            speaker = _holder_token(clause.head)
            return speaker is not None and speaker.i != pronoun.i and speaker.lower_ in _PERSONAL
    return False


def _is_reporting(token: Token) -> bool:
    return token.lower_ in _REPORTING or token.lower_ == "according"


def _reporting_verb(sentence: Span) -> Token | None:
    for token in sentence:
        if token.lower_ == "according" and token.dep_ == "prep":
            return token
        if token.lower_ in _REPORTING and _is_verb(token) and _speaker_token(token) is not None:
            return token
    return next((token for token in sentence if _states_a_position(token)), None)


# "The North's position is unchanged: ...", "The southern view remains that ...": a side's
# position named as the subject of a copula frames what follows as that side's words.
_PREDICATE_DEPS = frozenset({"acomp", "attr", "advmod", "neg", "oprd", "npadvmod", "det"})
_FRAMING_PREDICATES = frozenset({"unchanged", "clear", "simple", "same", "firm", "consistent", "known",
                                 "unambiguous", "categorical", "straightforward"})
_UNMOVED = frozenset({"changed", "moved", "shifted", "budged", "wavered", "softened"})
_FRAMING_COPULAS = frozenset({"is", "was", "remains", "remained", "stays", "stayed"})
_POSITION_NOUNS = frozenset({"position", "view", "line", "stance", "answer", "response", "message", "condition",
                             "conditions", "demand", "demands", "priority", "offer", "proposal"})


def _states_a_position(token: Token) -> bool:
    # "The North's line has not moved: ..." frames what follows as "is unchanged:" does
    unmoved = token.lower_ in _UNMOVED and any(c.dep_ == "neg" for c in token.children)
    if token.lower_ not in _FRAMING_COPULAS and not unmoved:
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in _POSITION_NOUNS \
            or not any(c.dep_ in ("poss", "amod", "compound") for c in subject.children):
        return False
    if unmoved:  # whose it is, named ("the North's line"), not "the northern front line has not moved:"
        return any(c.dep_ == "poss" for c in subject.children) \
            and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ":"
    # a colon right after its predicate ("is unchanged:", "remains the same:"), however the parse hangs it
    colon = next((t for t in token.doc[token.i + 1:token.i + 5] if t.text == ":"), None)
    predicate = {d.i for c in token.children if c.dep_ in _PREDICATE_DEPS for d in c.subtree}
    between = token.doc[token.i + 1:colon.i] if colon is not None else []
    framed_by_colon = colon is not None and all(t.i in predicate for t in between) \
        and any(t.lower_ in _FRAMING_PREDICATES for t in between)  # not a judgement: "is weak: ..."
    framed_by_that = any(c.dep_ == "ccomp" and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
                         for c in token.children)
    return framed_by_colon or framed_by_that


def _speaker_token(reporting: Token) -> Token | None:
    if reporting.lower_ == "according":
        to = next((c for c in reporting.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return _holder_token(reporting)


def _content_clause(reporting: Token) -> Token | None:
    """What was said: the clause under the reporting verb, or the one it hangs from."""
    if reporting.lower_ == "according":
        return reporting.head if reporting.head is not reporting else None
    for child in reporting.children:
        if child.dep_ in ("ccomp", "xcomp", "parataxis") and not _cut_off(child):
            return child
    # "X, the envoy said": the clause the verb hangs from, unless the verb has its own object
    # ("..., while Russia reiterated support for pauses" reports nothing of the clause before).
    said_something = any(c.dep_ == "dobj" and c.lower_ not in lexicon.AUDIENCE_NOUNS for c in reporting.children)
    if reporting.dep_ in ("parataxis", "ccomp") and reporting.head is not reporting and not said_something:
        return reporting.head
    return None


def _cut_off(clause: Token) -> bool:
    """A clause the parse hangs under the verb after a semicolon ("the North proposes a summit;
    the South says ..."): a sentence of its own, not what the later verb says, unless the later
    clause points back to it."""
    head = clause.head
    if any(c.dep_ in SUBJECTS and c.lower_ in ("that", "this") for c in head.children):
        return False  # "the South must leave the region; that, he said, is the condition": what he said
    return clause.i < head.i and any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1:head.i])


def _subject(predicate: Token | None, active: bool = False) -> Token | None:
    """The clause's subject; of two ("GENEVA, May 16 - the North agreed"), the nearer the verb."""
    if predicate is None:
        return None
    deps = ("nsubj", "csubj") if active else SUBJECTS
    subjects = [c for c in predicate.children if c.dep_ in deps]
    # "the North and the South had each agreed": a floated "each", "both" or "all" is no subject of its own
    subjects = [c for c in subjects if c.lower_ not in _FLOATED] or subjects
    before = [c for c in subjects if c.i < predicate.i]
    if not subjects:
        return _dated_subject(predicate) or _subject_before_whose(predicate) or _subject_read_as_conjunct(predicate) \
            or _subject_before_an_aside(predicate)
    return (before or subjects or [None])[-1] if before else (subjects or [None])[0]


_FLOATED = frozenset({"each", "both", "all"})
_MISREAD_SUBJECT = frozenset({"amod", "npadvmod", "dep", "nmod"})


def _subject_before_an_aside(predicate: Token) -> Token | None:
    """ "Valletta, unsurprisingly, welcomed the offer": an adverb set off by commas can make the
    parser read the name opening the sentence as a modifier of the verb; it is the subject. Only
    a capitalised word (not a day) opening the sentence, with nothing but the commas and the
    adverb between it and the verb."""
    name = next((c for c in predicate.children if c.i < predicate.i and c.dep_ in _MISREAD_SUBJECT), None)
    if name is None or not name.text[:1].isupper() or name.lower_ in _DAY_WORDS \
            or any(not t.is_punct for t in predicate.doc[predicate.sent.start:name.left_edge.i]):
        return None
    between = predicate.doc[name.i + 1:predicate.i]
    aside = [t for t in between if t.dep_ == "advmod" and t.head.i == predicate.i]
    if len(aside) != 1 or any(t.dep_ != "punct" and t.i != aside[0].i for t in between) \
            or sum(t.text == "," for t in between) != 2:
        return None
    return name


_DAY_WORDS = frozenset(MONTH_NAMES) | frozenset(name.lower() for name in calendar.day_name)


_IN_RETURN = re.compile(r"\bin (?:return|exchange) for\b", re.IGNORECASE)
# The per-side grammar of a swap: "75 for 75", "50-for-50", "each side", "all for all", "in return".
_PER_SIDE = re.compile(r"\b(?:(?:each|either|per|a)\s+(?:side|country)|from\s+each|to\s+each|in\s+(?:return|exchange)|"
                       r"all[- ]for[- ]all|\d[\d,]*\s+(?:\w+\s+){0,3}?for\s+\d[\d,]*\b|\d[\d,]*-for-\d|the\s+same\s+number)",
                       re.IGNORECASE)
# Verbs of an exchange agreed or done: "was agreed", "took place", "was completed", "began", "brought home".
_TOOK_PLACE = frozenset({"agreed", "took", "taken", "completed", "carried", "began", "begun", "continued", "resumed",
                         "went", "brought", "freed", "returned", "involved", "included", "followed"})
_NOT_DONE = re.compile(r"\b(?:not|no|never|without|failed|collapsed|stalled)\b|\?", re.IGNORECASE)


def _describes_subject(unit: _Unit, root: Token) -> bool:
    """ "The plan, which the North drew up, would require a withdrawal", "the truce, which the
    North proposed, would freeze the front": the relative clause names the only holder of a text
    or a proposal, but what it says is in the main clause."""
    antecedent = unit.antecedent
    return antecedent is not None and antecedent.head.i == root.i and antecedent.dep_ in SUBJECTS \
        and antecedent.lower_ not in lexicon.PERSON_NOUNS \
        and (antecedent.lower_ in lexicon.DOCUMENT_NOUNS or unit.stance != "states")  # not "whom the North accused"


def _normative(verb: Token) -> bool:
    """ "..., and any truce should begin on the front line": what ought to be is the holder's
    position, not a thing that happened."""
    return any(c.dep_ == "aux" and c.lower_ in _OUGHT for c in verb.children)


_OUGHT = frozenset({"should", "must", "ought", "shall"})


def _dated_subject(predicate: Token) -> Token | None:
    """A subject the parser took into the date before it, with no comma between: in "On 3 May
    Ivo Marn gave the South a week" the name is read as the object of "On"."""
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.i != predicate.sent.start or prep.lower_ not in ("on", "in", "by"):
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj" and c.i == predicate.i - 1), None)
        if name is not None and name.text[:1].isupper() and name.lower_ not in _DAY_WORDS and any(
                c.lower_ in _DAY_WORDS or c.like_num for c in name.children if c.dep_ in ("compound", "nummod")):
            return name
    return None


def _subject_read_as_conjunct(predicate: Token) -> Token | None:
    """ "The delegations agreed to ..., and the North's negotiator, Ivo Marn, offered to hand over
    ...": the parser joins the person to the first verb as a conjunct and hangs the second verb on
    the person, as if it described him; the person is that verb's subject. Only a person, and
    only a verb that takes an object or an infinitive ("the envoy, flown in on Friday" describes)."""
    person = predicate.head
    if predicate.dep_ != "acl" or person.dep_ != "conj" or not _is_verb(person.head) or person.i > predicate.i:
        return None
    takes = any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in predicate.children)
    named = person.lower_ in lexicon.PERSON_NOUNS or any(c.dep_ == "appos" and c.text[:1].isupper()
                                                         for c in person.children)
    joined = any(c.dep_ == "cc" and c.i < person.i for c in person.head.children)
    return person if takes and named and joined else None


def _quoted_they(pronoun: Token) -> bool:
    """ "They were ready to end it if we agreed," he said: in a speaker's own words "they" are
    others (the speaker's side would be "we")."""
    if pronoun.lower_ not in ("they", "them"):
        return False
    sentence = pronoun.sent
    before = pronoun.doc.text[sentence.start_char:pronoun.idx]
    after = pronoun.doc.text[pronoun.idx:sentence.end_char]
    # opened before it, or closed after it with none opened between (a quote that began a sentence earlier)
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 \
        or "”" in after and after.find("“") not in range(0, after.find("”")) or after.count('"') % 2 == 1


def _past_its_relative_clause(noun: Token, verb: Token) -> bool:
    """Only the noun's relative clause and commas stand between it and the verb: "Marn, who
    flew in on Friday, asked ..."."""
    clauses = [c for c in noun.children if c.dep_ == "relcl" and noun.i < c.i < verb.i]
    covered = {t.i for clause in clauses for t in clause.subtree}
    return bool(clauses) and all(i in covered or noun.doc[i].is_punct for i in range(noun.i + 1, verb.i))


def _subject_before_whose(predicate: Token) -> Token | None:
    """ "Ivo Marn, whose envoy chaired the session, said ...": the parser makes "chaired" the
    sentence's verb with two subjects and leaves "said" without one; the speaker is the subject
    the "whose" clause describes."""
    head = predicate.head
    if head.i == predicate.i or predicate.dep_ not in ("dep", "conj", "parataxis"):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
    whose = [c for c in subjects if any(g.lower_ == "whose" for g in c.children)]
    others = [c for c in subjects if c not in whose]
    return others[0] if whose and others else None


def _holder_token(predicate: Token | None) -> Token | None:
    """Who acts in a clause: the agent of a passive ("rejected by Moscow"), else the subject."""
    if predicate is None or predicate.lower_ in lexicon.UNDERGOING_VERBS:
        return None
    return _agent(predicate) or _subject(predicate, active=True)


def _agent(predicate: Token) -> Token | None:
    agent = next((c for c in predicate.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _modifiers(token: Token) -> list[Token]:
    """Where a subject names its side: "the head of the northern delegation, Ann Lee".

    Only nouns for people look through "of"/"from"/"in": "the third round of talks between
    northern and southern officials" is nobody's position."""
    # A person's own name before whose they are ("Ivo Marn's chief of staff, Ann Lee");
    # a thing's owner before what it is likened to ("Marn's answer: talks with the South").
    person = token.lower_ in lexicon.PERSON_NOUNS
    order = ("appos", "compound", "nmod", "amod", "poss") if person else ("poss", "compound", "amod", "nmod", "appos")
    near = sorted((c for c in token.children if c.dep_ in order), key=lambda c: order.index(c.dep_))
    if token.lower_ not in lexicon.PERSON_NOUNS:
        return near
    via = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "in", "on")
           for g in c.children if g.dep_ == "pobj" and (c.lower_ != "on" or g.lower_ in ("side", "sides"))]
    # "advisers led by the two foreign ministers": whoever leads them
    led = [g for c in token.children if c.dep_ == "acl" and c.lower_ in ("led", "headed", "chaired")
           for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    return near + via + led


def _names_someone(token: Token, first: int) -> bool:
    """A subject that names a person or body the profile does not know: "Friedrich Merz",
    "France's president", "The Ministry of Foreign Affairs" (capitalised words past the
    sentence's first word)."""
    words = [token, *(c for c in token.children if c.dep_ in _NAME_DEPS)]
    words += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(w.text[:1].isupper() and w.i != first and w.is_alpha for w in words) or (
        token.lower_ in lexicon.PERSON_NOUNS and any(c.dep_ == "poss" for c in token.children))


def _clause_heads(sentence: Span) -> list[Token]:
    """The root and every clause under it with a subject (or agent) of its own, in order;
    conditions and infinitives are not clauses of their own ("if Moscow refused", "for Putin
    to agree"), nor anything inside them; a verb without a subject shares the one above it."""
    root = sentence.root
    heads = [root]
    for token in sentence:
        if token.i == root.i or not (token.dep_ in _CLAUSE_DEPS or _authored_by(token)
                                     or _subject_read_as_conjunct(token) is not None) or not _is_verb(token):
            continue
        holder = _holder_token(token)
        if holder is None or holder.lower_ in _RELATIVE_PRONOUNS or _infinitive(token):
            continue  # "a ceasefire that froze the front line" describes the ceasefire
        if token.dep_ == "relcl" and token.lower_ in lexicon.RECEIVING_VERBS:
            continue  # "the plan, which the South received": who got it, not whose it is
        if any(_is_condition(a) for a in (token, *token.ancestors)):
            continue
        heads.append(token)
    return heads


# Participles that make their agent the holder of what they describe: "brokered by Valletta".
_BROKERING = frozenset({"brokered", "mediated", "sponsored", "initiated", "championed"})


def _authored_by(token: Token) -> bool:
    """ "the truce proposed by the North", "a deal brokered by Valletta": a participle of taking a
    stance (or of authoring or brokering) with its agent is the agent's position; not "the land
    held by the North" or "children deported by the North", which tell what a side did."""
    return token.dep_ == "acl" and _agent(token) is not None and (
        token.lower_ in _BROKERING or token.lower_ in _AUTHORING_WORDS
        or bool(_STANCE_VERB.get(token.lower_)) and token.lower_ != "committed")  # "a breach committed by the North"


_AUTHORING_WORDS = frozenset(w for w in lexicon.AUTHORING if " " not in w)


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a chain of relative clauses (or a participle) describes: "the truce that A proposed
    and B accepted", "the truce proposed by A"."""
    node = head
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    return node.head if node.dep_ in ("relcl", "acl") else None


def _is_condition(token: Token) -> bool:
    """"if the North refused", "unless the South agrees", and the inverted forms "Should the
    North refuse", "Were the South to accept", "Had the North agreed" (the auxiliary before
    its subject)."""
    if token.dep_ not in ("advcl", "ccomp"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in token.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "when" for c in token.children) and not token.lower_.endswith("ed") \
            and not any(c.dep_ == "aux" and c.lower_ in ("had", "did", "was", "were") for c in token.children) \
            and any(c.dep_ == "aux" and c.lower_ in _AHEAD_AUX for c in token.head.children):
        return True  # "When the troops leave, the fighting will stop": a condition, not a time told
    subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
    return subject is not None and any(c.dep_ == "aux" and c.lower_ in ("should", "were", "had") and c.i < subject.i
                                       for c in token.children)


def _stance_nouns(sentence: Span) -> list[Token]:
    """Stance nouns: "a reference to the U.S. proposal", "Ukraine's request ... was premature"."""
    found = []
    for token in sentence:
        if token.lower_ in lexicon.NOMINAL_STANCE_NOUNS and \
                token.dep_ in ("pobj", "dobj", "appos", "conj", "attr", "nsubj", "nsubjpass") \
                and not any(_is_condition(a) for a in token.ancestors):
            found.append(token)
    return found


def _settings(sentence: Span) -> list[tuple[int, int]]:
    """Character spans (of the Doc) that only set the scene: "at the summit", "from territory
    under Kyiv's control", "on the eve of the talks", "agreed in the talks" (but not
    "interested in a summit" or "looked at the list", where the preposition says what about)."""
    spans = []
    for token in sentence:
        verb_in = token.lower_ == "in" and _is_verb(token.head) and token.head.dep_ not in ("acomp", "amod") \
            and not any(c.lower_ in _IN_IDIOMS for c in token.children) and token.head.lower_ not in _IN_OBJECT_VERBS
        about = token.lower_ == "at" and token.head.lower_ in lexicon.AT_OBJECT_VERBS and _is_verb(token.head)
        if token.dep_ == "prep" and (token.lower_ in _SETTING_PREPS and not about or verb_in):
            # "told reporters after the talks that ...": a scene after the reporting verb, where
            # "that" may open what was said
            told = token.head.lower_ in _REPORTING and token.i > token.head.i
            for obj in token.children:
                if obj.dep_ == "pobj" or obj.dep_ == "prep":
                    end = _scene_end(obj) if told else obj.right_edge.idx + len(obj.right_edge)
                    spans.append((obj.left_edge.idx, end))
        elif token.lower_ == "eve" and token.dep_ == "pobj":
            spans.append((token.idx, _scene_end(token)))
    return spans


def _content_read_as_relative(clause: Token) -> bool:
    """ "said on the eve of the talks that the pace had to pick up": what was said, parsed as a
    relative clause of the scene's noun ("that" opens it, with a subject of its own). With no side
    as its subject it is part of the saying, not a clause of its own."""
    if clause.dep_ != "relcl" or clause.left_edge.lower_ != "that" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_PRONOUNS for c in clause.children):
        return False
    verb = next((a for a in clause.head.ancestors if a.dep_ != "prep" and _is_verb(a)), None)
    return verb is not None and verb.lower_ in _REPORTING and verb.i < clause.i


def _scene_end(obj: Token) -> int:
    """Where the scene of a reporting verb ends: before a "that" clause with a subject of its own
    the parser hung on it ("told reporters after the talks that the North had offered a truce"
    tells of the offer: "that" opens what was said); not a clause whose subject is the relative
    pronoun ("at the talks, which ended without a truce" still only sets the scene)."""
    end = obj.right_edge.idx + len(obj.right_edge)
    for child in obj.subtree:
        if child.dep_ in ("relcl", "acl") and child.idx > obj.idx and child.left_edge.lower_ == "that" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_PRONOUNS for c in child.children):
            end = min(end, child.left_edge.idx)
    return end


def _shift(spans: list[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    return [(s + by, e + by) for s, e in spans]


def _infinitive(verb: Token) -> bool:
    """ "a deadline for Putin to agree": the clause is someone else's matter, not a position."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_verb(token: Token) -> bool:
    """Without a tagger: a word heading a clause, not filling a noun's slot ("a call", "the note")."""
    return token.dep_ not in _NOUN_DEPS


def _speaker(mentions: list[Mention]) -> str | None:
    return next((m.person for m in mentions if m.person), None)


def _clause_span(head: Token, others: list[Token]) -> tuple[int, int]:
    """Characters of the head's subtree without the subtrees of the other parts under it."""
    excluded = {t.i for other in others if head.is_ancestor(other) for t in other.subtree}
    tokens = [t for t in head.subtree if t.i not in excluded and not t.is_punct
              and t.dep_ not in ("cc", "mark")] or [head]
    end = tokens[-1].idx + len(tokens[-1])
    text = head.doc.text  # one sentence: cheap, and only for sentences split into parts
    while end < len(text) and text[end] in "\"”’')»":  # keep the closing quote of a quotation
        end += 1
    return tokens[0].idx, end


def _base(form: str) -> str:
    for verb in lexicon.REPORTING_VERBS:
        if form in lexicon.inflect(verb):
            return verb
    return form
