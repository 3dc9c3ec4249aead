"""Article in, statements, figures and deadlines out; spans index ``Article.text``.

The profile supplies every name, alias and issue; the parser supplies sentences and syntax.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from parley.extract.deadlines import extract_deadlines
from parley.extract.figures import extract_figures
from parley.extract.issues import IssueMatcher
from parley.extract.mentions import Mention, MentionFinder
from parley.extract.parser import Parser, load_parser
from parley.extract.rounds import round_of
from parley.extract.sentences import is_heading, paragraphs, trim
from parley.extract.statements import SentenceAttributor
from parley.model import Article, Extraction, Statement
from parley.profile import Profile, load_profile

# Bump when extraction changes what it finds: stored articles from an older version are
# re-extracted by `python -m parley reextract --stale` (make run does it before starting).
EXTRACTOR_VERSION = "3"

_MATCHERS: dict[int, tuple[Profile, MentionFinder, IssueMatcher]] = {}


def matchers(profile: Profile) -> tuple[MentionFinder, IssueMatcher]:
    """The profile's compiled patterns, built once per profile object."""
    cached = _MATCHERS.get(id(profile))
    if cached is None or cached[0] is not profile:
        cached = (profile, MentionFinder(profile), IssueMatcher(profile))
        _MATCHERS[id(profile)] = cached
    return cached[1], cached[2]


def extract(article: Article, profile: Profile | None = None, parser: Parser | None = None) -> Extraction:
    """Everything extraction finds in an article."""
    profile = profile or load_profile()
    finder, issues = matchers(profile)
    text = article.text
    mentions = finder.find(text)
    parsed = _Parsed(text, mentions, issues, parser or load_parser())
    statements, sentences = parsed.statements, parsed.sentences

    def actor_at(position: int) -> str | None:
        """The side of the clause around a position, else of its statement."""
        nearest = parsed.clause_actor(position)
        if nearest:
            return nearest
        holders = [s for s in statements if s.start <= position < s.end and s.actor]
        return min(holders, key=lambda s: s.end - s.start).actor if holders else None

    def mentions_in(start: int, end: int) -> list[str]:
        return [m.actor for m in mentions if start <= m.start and m.end <= end]

    figures = extract_figures(text, sentences, actor_at,
                              lambda sentence: round_of(sentence, profile, article.published))
    deadlines = extract_deadlines(text, sentences, article.published, profile, actor_at, mentions_in)
    return Extraction(statements=tuple(statements), figures=tuple(figures), deadlines=tuple(deadlines))


# A sentence worth parsing names a side, may carry one ("He added ..."), or tells of an
# agreement (which, with no side named, is both sides').
_MAY_HOLD = re.compile(r"\b(?:he|she|they|we|agree\w*|agreement|deal|accord|consensus)\b", re.IGNORECASE)


class _Parsed:
    """An article split into sentences, those that can state a position parsed, in order."""

    def __init__(self, text: str, mentions: list[Mention], issues: IssueMatcher, parser: Parser) -> None:
        spans = [span for span in paragraphs(text) if not is_heading(text[span[0]:span[1]])]
        sentences: list[tuple[int, int]] = []
        for (p_start, _), inner in zip(spans, parser.split([text[s:e] for s, e in spans])):
            for start, end in inner:
                start, end = trim(text, p_start + start, p_start + end)
                if end > start and any(ch.isalpha() for ch in text[start:end]):
                    sentences.append((start, end))
        by_sentence = [[m for m in mentions if s <= m.start and m.end <= e] for s, e in sentences]
        wanted = [i for i, (s, e) in enumerate(sentences) if by_sentence[i] or _MAY_HOLD.search(text[s:e])]
        docs = dict(zip(wanted, parser.parse([text[s:e] for s, e in (sentences[i] for i in wanted)])))

        self.attributor = SentenceAttributor(issues)
        self.sentences = sentences
        self.statements: list[Statement] = []
        self.docs: list[tuple[int, int, Doc, list[Mention]]] = []
        for i, (start, end) in enumerate(sentences):
            piece = text[start:end]
            if i not in docs:
                self.statements.append(Statement(text=piece, start=start, end=end,
                                                 issues=issues.issues_in(piece), reported=False,
                                                 confidence=0.3))
                continue
            doc = docs[i]
            local = [replace(m, start=m.start - start, end=m.end - start) for m in by_sentence[i]]
            self.docs.append((start, end, doc, local))
            for found in self.attributor.statements(doc[:], 0, len(piece), local, piece):
                self.statements.append(replace(found, start=found.start + start, end=found.end + start))

    def clause_actor(self, position: int) -> str | None:
        for start, end, doc, local in self.docs:
            if start <= position < end:
                span = doc.char_span(position - start, position - start + 1, alignment_mode="expand")
                return self.attributor.actor_for(span[0], local) if span is not None and len(span) else None
        return None
