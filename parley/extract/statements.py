"""Statements: whose position a sentence states, who said it, on which issues, with what stance.

Attribution reads the dependency parse, not word order. The holder of a position is the
subject of its clause ("the North rejected the South's proposal" is the North's); a reporting verb
gives the speaker ("..., the envoy said"), whose side holds the position unless the reported
clause has a side of its own ("the North had agreed to consider it, the envoy of the South
said" is the North's, reported by the South). Pronoun subjects carry the previous speaker ("He added ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from parley.extract import lexicon
from parley.extract.issues import IssueMatcher
from parley.extract.mentions import Mention
from parley.model import Statement
from parley.profile import JOINT

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_REPORTING = {form for verb in lexicon.REPORTING_VERBS for form in lexicon.inflect(verb)}
_STANCE_VERB = {form: stance for stance, verbs in lexicon.STANCE_VERBS.items()
                for verb in verbs for form in lexicon.inflect(verb)}
_STANCE_NOUN = {noun: stance for stance, nouns in lexicon.STANCE_NOUNS.items() for noun in nouns}
# Reporting verbs that carry a stance of their own when nothing in the clause does.
_REPORTING_STANCE = {"warn": "warns", "insist": "demands", "suggest": "proposes"}
_TALKS_SUBJECT = ("talk", "negotiation", "meeting", "round", "session", "agreement", "deal")
_CLAUSE_DEPS = ("conj", "advcl", "parataxis")
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "compound", "appos", "poss",
                        "npadvmod", "nmod", "amod", "dative", "oprd"})


@dataclass(frozen=True)
class Voice:
    """Who a clause speaks for: the side, the named person, how sure we are."""

    actor: str | None
    speaker: str | None
    confidence: float


class SentenceAttributor:
    """Attributes the sentences of one article in order (so "He added" finds its "he")."""

    def __init__(self, issues: IssueMatcher) -> None:
        self.issues = issues
        self.mentions: list[Mention] = []
        self.reporting: Token | None = None
        self.previous = Voice(None, None, 0.0)

    def statements(self, sentence: Span, start: int, end: int, mentions: list[Mention],
                   text: str) -> list[Statement]:
        """One statement for the sentence, or one per clause when clauses have different holders.

        ``text`` is the Doc's text (spaCy rebuilds ``doc.text`` on every access); offsets
        (``start``, ``end``, mentions, results) are those of the Doc."""
        self.mentions = mentions
        self.reporting = _reporting_verb(sentence)
        clauses = self._clauses(sentence)
        if len({c[2].actor for c in clauses if c[2].actor}) < 2:
            clauses = [(start, end, self._sentence_voice(sentence), self._stance_of_sentence(sentence))]
        found = []
        for c_start, c_end, voice, stance in clauses:
            piece = text[c_start:c_end]
            found.append(Statement(
                text=piece, start=c_start, end=c_end, actor=voice.actor, speaker=voice.speaker,
                issues=self.issues.issues_in(piece), stance=stance if voice.actor else None,
                reported=self._reported(sentence), confidence=round(voice.confidence, 2),
            ))
        actors = [s for s in found if s.actor]
        if actors:
            self.previous = Voice(actors[-1].actor, actors[-1].speaker, 0.6)
        return found

    # -- whose voice ----------------------------------------------------------------------
    def _sentence_voice(self, sentence: Span) -> Voice:
        reporting = self.reporting
        if reporting is not None:
            speaker = self._resolve(_speaker_token(reporting))
            content = _content_clause(reporting)
            holder = self._reported_holder(content, speaker) if content is not None else None
            if holder is not None and holder.actor:
                named = holder.speaker or (speaker.speaker if holder.actor == speaker.actor else None)
                return Voice(holder.actor, named or speaker.speaker, min(holder.confidence, 0.85))
            if speaker.actor:
                return speaker
        root = sentence.root
        voice = self._resolve(_holder_token(root))
        if voice.actor:
            return voice
        # "Pressure escalates as Trump pushes for ...": a side in a dependent clause speaks.
        for head in _clause_heads(sentence)[1:]:
            subject = _holder_token(head)
            if subject is not None and subject.lower_ not in lexicon.PRONOUNS:
                voice = self._resolve(subject)
                if voice.actor:
                    return Voice(voice.actor, voice.speaker, min(voice.confidence, 0.7))
        return self._joint_if_agreement(sentence) or self._only_person(sentence) or Voice(None, None, 0.3)

    def _only_person(self, sentence: Span) -> Voice | None:
        """When the parse finds no subject, a single named person is the likeliest holder."""
        inside = [m for m in self.mentions if sentence.start_char <= m.start < sentence.end_char]
        people = {(m.actor, m.person) for m in inside if m.person}
        sides = {m.actor for m in inside}
        if len(people) == 1 and len(sides) == 1:
            actor, person = people.pop()
            return Voice(actor, person, 0.5)
        return None

    def _reported_holder(self, content: Token, speaker: Voice) -> Voice:
        """Whose position the reported clause states: its own subject's when that subject
        takes a stance ("the North had agreed ..., the South's envoy said") or is both sides;
        otherwise the speaker's ("the North must return every child, the South's president
        said" is the South's demand)."""
        holder = self._resolve(_holder_token(content), speaker)
        if not holder.actor or holder.actor == speaker.actor:
            return holder
        if holder.actor == JOINT or _verb_takes_stance(content):
            return holder
        return speaker if speaker.actor else holder

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

    def _clauses(self, sentence: Span) -> list[tuple[int, int, Voice, str]]:
        """Clauses with their own subject: "the North demanded X, while the South offered Y"."""
        heads = _clause_heads(sentence)
        if len(heads) < 2:
            return []
        clauses = []
        for head in heads:
            voice = self._resolve(_holder_token(head))
            # A clause owns its subtree less the clauses hanging from it.
            inner = [h for h in heads if h is not head and head.is_ancestor(h)]
            start, end = _clause_span(head, inner)
            clauses.append((start, end, voice, _stance(head)))
        return sorted(clauses, key=lambda c: c[0])

    def _resolve(self, token: Token | None, speaker: Voice | None = None) -> Voice:
        if token is None:
            return Voice(None, None, 0.0)
        if token.lower_ in lexicon.PRONOUNS:
            return speaker if speaker and speaker.actor else self.previous
        mentions = [m for t in _conjuncts(token) if (m := self._mention_at(t))]
        actors = {m.actor for m in mentions}
        if len(actors) > 1:
            return Voice(JOINT, None, 0.85)
        if mentions:
            return Voice(mentions[0].actor, _speaker(mentions), 0.9)
        for child in _modifiers(token):
            inside = self._mentions_in(child)
            sides = {m.actor for m in inside}
            if len(sides) > 1:
                return Voice(JOINT, None, 0.75)
            if inside:
                people = [m for m in inside if m.person]
                first = (people or inside)[0]
                return Voice(first.actor, first.person, 0.8)
        return Voice(None, None, 0.0)

    def _mention_at(self, token: Token) -> Mention | None:
        return next((m for m in self.mentions if m.start <= token.idx < m.end), None)

    def _mentions_in(self, token: Token) -> list[Mention]:
        left, right = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        return [m for m in self.mentions if left <= m.start and m.end <= right]

    def _joint_if_agreement(self, sentence: Span) -> Voice | None:
        """An agreement with no side as subject is both sides' ("An agreement was reached")."""
        if self._stance_of_sentence(sentence) != "agrees":
            return None
        subject = _subject(sentence.root)
        if subject is None or subject.lower_.rstrip("s") in _TALKS_SUBJECT or \
                any(w in subject.lower_ for w in _TALKS_SUBJECT):
            return Voice(JOINT, None, 0.6)
        return None

    # -- what stance ----------------------------------------------------------------------
    def _stance_of_sentence(self, sentence: Span) -> str:
        reporting = self.reporting
        if reporting is not None:
            content = _content_clause(reporting)
            stance = _stance(content if content is not None else reporting)
            if stance == "states":
                stance = _REPORTING_STANCE.get(_base(reporting.lower_), "states")
            return stance
        return _stance(sentence.root)

    def _reported(self, sentence: Span) -> bool:
        return self.reporting is not None


def _stance(predicate: Token) -> str:
    """The stance of a clause from its verb (and the verbs it governs), then its object nouns."""
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


def _verb_takes_stance(predicate: Token) -> bool:
    """Whether the clause's own verb (not a noun under it) carries the stance."""
    return any(_STANCE_VERB.get(_phrasal(t)) or _STANCE_VERB.get(t.lower_) for t in _verb_chain(predicate))


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


def _reporting_verb(sentence: Span) -> Token | None:
    for token in sentence:
        if token.lower_ == "according" and token.dep_ == "prep":
            return token
        if token.lower_ in _REPORTING and _is_verb(token) and _speaker_token(token) is not None:
            return token
    return None


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
        if child.dep_ in ("ccomp", "xcomp", "parataxis"):
            return child
    if reporting.dep_ in ("parataxis", "ccomp", "advcl", "conj") and reporting.head is not reporting:
        return reporting.head
    return None


def _subject(predicate: Token | None, active: bool = False) -> Token | None:
    """The clause's subject; of two ("GENEVA, May 16 - the North agreed"), the nearer the verb."""
    if predicate is None:
        return None
    deps = ("nsubj", "csubj") if active else SUBJECTS
    subjects = [c for c in predicate.children if c.dep_ in deps]
    before = [c for c in subjects if c.i < predicate.i]
    return (before or subjects or [None])[-1] if before else (subjects or [None])[0]


def _holder_token(predicate: Token | None) -> Token | None:
    """Who acts in a clause: the agent of a passive ("rejected by Moscow"), else the subject."""
    if predicate is None:
        return None
    return _agent(predicate) or _subject(predicate, active=True)


def _agent(predicate: Token) -> Token | None:
    agent = next((c for c in predicate.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _modifiers(token: Token) -> list[Token]:
    """Where a subject names its side: "the head of the northern delegation, Ann Lee".

    Only nouns for people look through "of"/"from": "the third round of talks between northern
    and southern officials" is nobody's position."""
    near = [c for c in token.children if c.dep_ in ("appos", "compound", "poss", "amod", "nmod")]
    if token.lower_ not in lexicon.PERSON_NOUNS:
        return near
    via = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "for")
           for g in c.children if g.dep_ == "pobj"]
    return near + via


def _clause_heads(sentence: Span) -> list[Token]:
    """The root and the clauses beside it that have a subject of their own."""
    root = sentence.root
    return [root] + [t for t in root.children if t.dep_ in _CLAUSE_DEPS and _subject(t) is not None
                     and not _infinitive(t)]


def _infinitive(verb: Token) -> bool:
    """ "a deadline for Putin to agree": the clause is someone else's matter, not a position."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_verb(token: Token) -> bool:
    """Without a tagger: a word heading a clause, not filling a noun's slot ("a call", "the note")."""
    return token.dep_ not in _NOUN_DEPS


def _speaker(mentions: list[Mention]) -> str | None:
    return next((m.person for m in mentions if m.person), None)


def _clause_span(head: Token, others: list[Token]) -> tuple[int, int]:
    """Characters of the head's subtree without the subtrees of the clauses under it."""
    excluded = {t.i for other in others for t in other.subtree}
    tokens = [t for t in head.subtree if t.i not in excluded and not t.is_punct
              and t.dep_ not in ("cc", "mark")] or [head]
    end = tokens[-1].idx + len(tokens[-1])
    text = head.doc.text  # one sentence: cheap, and only for sentences split into clauses
    while end < len(text) and text[end] in "\"”’')»":  # keep the closing quote of a quotation
        end += 1
    return tokens[0].idx, end


def _base(form: str) -> str:
    for verb in lexicon.REPORTING_VERBS:
        if form in lexicon.inflect(verb):
            return verb
    return form
