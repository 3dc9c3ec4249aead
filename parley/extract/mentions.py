"""Where a text names a side: aliases, people, role phrases ("the presidential spokesman"), joint subjects."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.profile import JOINT, Actor, Person, Profile

# Words that make a role phrase someone else: a deputy foreign minister is not the minister.
_NOT_THE_HOLDER = r"(?:deputy|vice|former|ex-|then|acting|assistant)"


@dataclass(frozen=True)
class Mention:
    """A span of text that names a side, and the person when one is meant."""

    start: int
    end: int
    actor: str
    person: str | None = None


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _bounded(alternation: str) -> str:
    return rf"(?<![\w])(?:{alternation})(?![\w])" if alternation else r"(?!x)x"


class MentionFinder:
    """Finds the profile's sides in text; built once per profile."""

    def __init__(self, profile: Profile) -> None:
        self.names: dict[str, tuple[str, str | None]] = {}
        sensitive: dict[str, tuple[str, str | None]] = {}
        side_words: dict[str, str] = {}
        for actor in (*profile.actors, profile.joint):
            for alias in actor.aliases:
                target = sensitive if alias in actor.case_sensitive else self.names
                target[alias if target is sensitive else alias.casefold()] = (actor.id, None)
            for word in (*actor.aliases, *actor.adjectives):
                if actor.id != JOINT:
                    side_words[word.casefold()] = actor.id
            for person in actor.people:
                for name in (person.name, *person.aliases):
                    self.names[name.casefold()] = (actor.id, person.name)
        self.sensitive = sensitive
        self.side_words = side_words
        self.role_words = {w.casefold(): role for role, words in profile.roles.items() for w in words}
        self.holders = _role_holders(profile.actors)
        sides = _alternation(list(side_words))
        roles = _alternation(list(self.role_words))
        self._role = re.compile(
            rf"(?<![\w])(?:the\s+)?(?P<side>{sides})(?:'s|’s)?\s+(?:(?P<not>{_NOT_THE_HOLDER})\s+)?"
            rf"(?:top\s+|chief\s+|senior\s+)?(?P<role>{roles})(?![\w])"
            rf"|(?<![\w])(?:(?P<not2>{_NOT_THE_HOLDER})\s+)?(?P<role2>{roles})\s+of\s+(?:the\s+)?(?P<side2>{sides})(?![\w])",
            re.IGNORECASE)
        self._names = re.compile(_bounded(_alternation(list(self.names))), re.IGNORECASE)
        self._sensitive = re.compile(_bounded(_alternation(list(sensitive))))

    def find(self, text: str) -> list[Mention]:
        """Every mention, longest first where they overlap, in text order."""
        found: list[Mention] = []
        for m in self._role.finditer(text):
            side = (m.group("side") or m.group("side2")).casefold()
            role = self.role_words[(m.group("role") or m.group("role2")).casefold()]
            actor = self.side_words.get(side) or self.side_words.get(side.removeprefix("the "))
            deputy = m.group("not") or m.group("not2")
            person = None if deputy else self.holders.get((actor, role))
            found.append(Mention(m.start(), m.end(), actor, person.name if person else None))
        for pattern, table, fold in ((self._names, self.names, True), (self._sensitive, self.sensitive, False)):
            for m in pattern.finditer(text):
                if any(x.start < m.end() and m.start() < x.end for x in found):
                    continue
                actor, person = table[m.group(0).casefold() if fold else m.group(0)]
                found.append(Mention(m.start(), m.end(), actor, person))
        return sorted(found, key=lambda x: x.start)


def _role_holders(actors: tuple[Actor, ...]) -> dict[tuple[str, str], Person]:
    return {(a.id, p.role): p for a in actors for p in a.people if p.role}
