"""Where a text names a side: aliases, people, role phrases ("the presidential spokesman"), joint subjects."""

from __future__ import annotations

import re
import unicodedata
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


def _loose(text: str) -> str:
    """A spelling without case or accents. The patterns match case-insensitively with simple
    case mapping ("TÜRKİYE" matches "Türkiye"), but full case folding makes "i̇" of "İ", so a
    match is looked up by this looser key when its folded spelling is not in a table."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _Lookup:
    """A table of spellings (folded) read with the looser key when the folded one misses."""

    def __init__(self, entries: dict) -> None:
        self.entries = entries
        self.loose = {_loose(k): v for k, v in entries.items()}

    def get(self, spelling: str, fold: bool = True):
        key = spelling.casefold() if fold else spelling
        return self.entries[key] if key in self.entries else self.loose.get(_loose(spelling))


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
        self._by_name, self._by_exact_name = _Lookup(self.names), _Lookup(sensitive)
        self._by_side, self._by_role = _Lookup(side_words), _Lookup(self.role_words)
        sides = _alternation(list(side_words))
        roles = _alternation(list(self.role_words))
        self._role = re.compile(
            rf"(?<![\w])(?:the\s+)?(?P<side>{sides})(?:'s|’s)?\s+(?:(?P<not>{_NOT_THE_HOLDER})\s+)?"
            rf"(?:top\s+|chief\s+|senior\s+)?(?P<role>{roles})(?![\w])"
            rf"|(?<![\w])(?:(?P<not2>{_NOT_THE_HOLDER})\s+)?(?P<role2>{roles})\s+of\s+(?:the\s+)?(?P<side2>{sides})(?![\w])",
            re.IGNORECASE)
        # "the president", "the chief negotiator": whoever holding that role was named last
        self._bare_role = re.compile(rf"(?<![\w])the\s+(?:(?:top|chief|senior)\s+)?(?P<role>{roles})(?![\w-])",
                                     re.IGNORECASE)
        self._names = re.compile(_bounded(_alternation(list(self.names))), re.IGNORECASE)
        self._sensitive = re.compile(_bounded(_alternation(list(sensitive))))

    def find(self, text: str) -> list[Mention]:
        """Every mention, longest first where they overlap, in text order."""
        found: list[Mention] = []
        for m in self._role.finditer(text):
            side = (m.group("side") or m.group("side2")).casefold()
            role = self._by_role.get(m.group("role") or m.group("role2"))
            actor = self._by_side.get(side) or self._by_side.get(side.removeprefix("the "))
            if role is None or actor is None:
                continue
            deputy = m.group("not") or m.group("not2")
            person = None if deputy else self.holders.get((actor, role))
            found.append(Mention(m.start(), m.end(), actor, person.name if person else None))
        for pattern, table, fold in ((self._names, self._by_name, True), (self._sensitive, self._by_exact_name, False)):
            for m in pattern.finditer(text):
                if any(x.start < m.end() and m.start() < x.end for x in found):
                    continue
                entry = table.get(m.group(0), fold)
                if entry is None:  # a spelling no table key stands for: not a mention, never a crash
                    continue
                actor, person = entry
                found.append(Mention(m.start(), m.end(), actor, person))
        found.sort(key=lambda x: x.start)
        return sorted(found + self._role_references(text, found), key=lambda x: x.start)

    def _role_references(self, text: str, named: list[Mention]) -> list[Mention]:
        """ "the president" after "Donald Trump said ..." is Trump: a bare role phrase is the
        person last named who holds that role. Not a role followed by a name ("the president,
        Vladimir Putin") or by "of" ("the president of France"), which say who is meant."""
        roles = {p.name: role for (_, role), p in self.holders.items()}
        found: list[Mention] = []
        for m in self._bare_role.finditer(text):
            if any(x.start < m.end() and m.start() < x.end for x in named) or \
                    re.match(r"\s*(?:of\b|,?\s*[A-Z])", text[m.end():m.end() + 3]):
                continue
            role = self._by_role.get(m.group("role"))
            earlier = [x for x in named if x.end <= m.start() and x.person and roles.get(x.person) == role]
            if earlier:
                found.append(Mention(m.start(), m.end(), earlier[-1].actor, earlier[-1].person))
        return found


def _role_holders(actors: tuple[Actor, ...]) -> dict[tuple[str, str], Person]:
    return {(a.id, p.role): p for a in actors for p in a.people if p.role}
