"""Which of the profile's issues a piece of text is about, by the issues' key phrases.

A phrase that only sets the scene ("at the summit", "from territory under its control") or
is part of a name ("the Coordination Headquarters for the Treatment of Prisoners of War") is
not what a statement is about; nor is a phrase inside one of the issue's exceptions ("the
talks were on pause" is no truce). A figure counted in the text ("84 servicemen were
returned") names the issues whose figure categories it has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parley.extract import lexicon
from parley.profile import Profile


def _pattern(phrases: tuple[str, ...], patterns: tuple[str, ...] = (), inflected: bool = False) -> re.Pattern | None:
    if not phrases and not patterns:
        return None
    if inflected:  # a phrase led by a verb matches its other forms: "meet in person" in "they met in person"
        phrases = tuple(dict.fromkeys(form for p in phrases for form in _forms(p)))
    alternation = "|".join([*(_spaced(p) for p in sorted(phrases, key=len, reverse=True)),
                            *(f"(?:{p})" for p in patterns)])
    # A phrase matches in the plural too: "ceasefires", "working groups" from "working group".
    return re.compile(rf"(?<![\w])(?:{alternation})(?:e?s)?(?![\w])", re.IGNORECASE)


def _spaced(phrase: str) -> str:
    """A phrase whose words may be written apart or hyphenated: "air defence", "air-defence"."""
    return r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", phrase))


def _forms(phrase: str) -> tuple[str, ...]:
    """The phrase, and if it is led by one of the verbs that lead key phrases ("end the war",
    "withdraw from"), the phrase with that verb's other forms. Not a phrase naming someone:
    "meet <leader>" is a summit, "<envoy> met <leader>" is not."""
    head = phrase.split(" ", 1)[0]
    if " " not in phrase or not phrase.islower() or head not in lexicon.PHRASE_VERBS:
        return (phrase,)
    return tuple(dict.fromkeys((phrase, *lexicon.inflect(phrase))))


class IssueMatcher:
    """Whole-word phrase matching; weak phrases and scene-setting matches count only when no
    issue matched otherwise."""

    def __init__(self, profile: Profile) -> None:
        self.order = [i.id for i in profile.issues]
        self.strong = [(i.id, p, _pattern(i.not_phrases, i.not_patterns)) for i in profile.issues
                       if (p := _pattern(i.phrases, i.patterns, inflected=True))]
        self.weak = [(i.id, p, _pattern(i.not_phrases, i.not_patterns)) for i in profile.issues
                     if (p := _pattern(i.weak_phrases))]
        self.by_category = {c: i.id for i in profile.issues for c in i.figure_categories}

    def issues_in(self, text: str, ignore: Sequence[tuple[int, int]] = (),
                  categories: Sequence[str] = ()) -> tuple[str, ...]:
        """The issues the text names, in profile order. ``ignore`` are character spans of the
        text that only set the scene or name someone; ``categories`` those of figures in it."""
        found = {self.by_category[c] for c in categories if c in self.by_category}
        text = _TITLE_DOTS.sub(lambda m: m.group(0).replace(".", " "), text)  # same length: spans hold
        for issue, pattern, exceptions in self.strong:
            if any(not _within(span, ignore) for span in _matches(text, pattern, exceptions)):
                found.add(issue)
        if not found:
            for issue, pattern, exceptions in self.weak:
                if any(not _within(span, ignore) for span in _matches(text, pattern, exceptions)):
                    found.add(issue)
        return tuple(i for i in self.order if i in found)


# The full stops of a title or an initialism before a name ("Mr. Lee", "H.E. Ann Lee", "U.S. President
# Ann Lee") end no clause: the patterns that keep within one ("[^.;:]") read on past them.
_TITLE_DOTS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Amb|H\.\s?E|(?:[A-Z]\.){1,2}[A-Z])\.(?=\s+[A-Z])")


def _matches(text: str, pattern: re.Pattern, exceptions: re.Pattern | None) -> list[tuple[int, int]]:
    excluded = [m.span() for m in exceptions.finditer(text)] if exceptions else []
    return [m.span() for m in pattern.finditer(text) if not _within(m.span(), excluded)]


def _within(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)
