"""Is it an article? After cleaning, a text must read as prose: enough words, mostly words and
numbers rather than symbols, and sentences. Page furniture, symbol soup, bytes decoded into
nonsense and a dump with no sentence in it are refused with what was found in them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.errors import EmptyArticle

# Words in sentences an article needs: one plain sentence that can state a position.
MIN_WORDS = 6
# A paragraph counts as prose when it has this many words and ends a sentence somewhere.
MIN_PARAGRAPH_WORDS = 5
# Share of the visible characters that must be in words or numbers; prose has over 0.9, a
# page of figures about 0.8, decoded binary and symbol soup well under a half.
MIN_TEXT_SHARE = 0.5
# Beyond this many words, a text using fewer than a tenth of them as different words (or 200) is
# a few words over and over, not an article: a 50,000-word report uses over 5,000.
_REPEAT_CHECK_WORDS = 40
_MIN_VOCABULARY = 200
# Longer than any word; runs like this are identifiers, encoded data or garbage.
_WORD_MAX = 30
_EDGES = "\"'“”‘’«»()[]{}<>.,;:!?…*_-–—/\\|"
_NUMBER = re.compile(r"[+\-−]?[$€£₽₴]?\d[\d,.:/%-]*[%$€£]?")
# A sentence end; a colon ending a paragraph introduces a list, which is prose too.
_SENTENCE_END = re.compile(r"\w[\"'”’»)\]]*(?:[.!?…][\"'”’»)\]]*(?:\s|$)|:$)")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class ProseCount:
    """What a text holds, as the gate sees it."""

    words: int  # tokens that are words
    vocabulary: int  # different words, case folded
    prose_words: int  # words in paragraphs that are prose
    sentences: int
    visible: int  # characters that are not white space
    in_tokens: int  # visible characters inside words and numbers

    @property
    def text_share(self) -> float:
        return self.in_tokens / self.visible if self.visible else 0.0


def is_word(token: str) -> bool:
    """A token that is mostly letters once quotes and punctuation around it are set aside."""
    core = token.strip(_EDGES)
    letters = sum(ch.isalpha() for ch in core)
    return 0 < len(core) <= _WORD_MAX and letters * 2 > len(core)


def count_prose(text: str) -> ProseCount:
    words = prose_words = sentences = visible = in_tokens = 0
    vocabulary: set[str] = set()
    for paragraph in text.split("\n"):
        tokens = paragraph.split()
        found = 0
        for token in tokens:
            visible += len(token)
            if is_word(token):
                found += 1
                in_tokens += len(token)
                vocabulary.add(token.strip(_EDGES).casefold())
            elif _NUMBER.fullmatch(token.strip(_EDGES)):
                in_tokens += len(token)
        ends = len(_SENTENCE_END.findall(paragraph)) if found else 0
        words += found
        sentences += ends
        if found >= MIN_PARAGRAPH_WORDS and ends:
            prose_words += found
    return ProseCount(words, len(vocabulary), prose_words, sentences, visible, in_tokens)


def check_prose(text: str) -> ProseCount:
    """The text's counts; raises EmptyArticle, saying what was found, when it is not prose."""
    count = count_prose(text)
    if count.visible and count.text_share < MIN_TEXT_SHARE:
        raise EmptyArticle(f"no article text: only {count.text_share:.0%} of it is words or numbers")
    if count.prose_words < MIN_WORDS:
        sentences = f"{count.sentences:,} sentence{'s' * (count.sentences != 1)}" if count.sentences else "no sentence"
        raise EmptyArticle(f"no article text: {count.words:,} word{'s' * (count.words != 1)} and {sentences}"
                           + (" after removing page furniture" if count.words else ""))
    if count.words >= _REPEAT_CHECK_WORDS and count.vocabulary < min(count.words / 10, _MIN_VOCABULARY):
        raise EmptyArticle(f"no article text: the same {count.vocabulary:,} words over and over "
                           f"({count.words:,} words)")
    return count
