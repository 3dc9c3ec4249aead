"""Which of the profile's issues a piece of text is about, by the issues' key phrases."""

from __future__ import annotations

import re

from parley.profile import Profile


def _pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    if not phrases:
        return None
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    # A phrase matches in the plural too: "ceasefires", "working groups" from "working group".
    return re.compile(rf"(?<![\w])(?:{alternation})(?:e?s)?(?![\w])", re.IGNORECASE)


class IssueMatcher:
    """Whole-word phrase matching; an issue's weak phrases count only when no issue matched."""

    def __init__(self, profile: Profile) -> None:
        self.strong = [(i.id, p) for i in profile.issues if (p := _pattern(i.phrases))]
        self.weak = [(i.id, p) for i in profile.issues if (p := _pattern(i.weak_phrases))]

    def issues_in(self, text: str) -> tuple[str, ...]:
        found = tuple(issue for issue, pattern in self.strong if pattern.search(text))
        return found or tuple(issue for issue, pattern in self.weak if pattern.search(text))
