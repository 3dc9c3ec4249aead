"""Where a text names a side: aliases, people, role phrases ("the presidential spokesman"), joint subjects."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace

from parley.extract import lexicon
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


def _longest_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches in text order, each the longest that starts at a word inside the one found: "the
    Northern Treasury" is the alias "Northern Treasury", not the alias "the North" and a word."""
    at = 0
    while (found := pattern.search(text, at)) is not None:
        best = found
        for k in range(found.start() + 1, found.end()):
            if text[k - 1].isspace() and not text[k].isspace():
                longer = pattern.match(text, k)
                if longer is not None and longer.end() > best.end():
                    best = longer
        yield best
        at = best.end()


def _outside(text: str, mentions: list[Mention], start: int, end: int) -> str:
    """text[start:end] with the mentions in it blanked."""
    piece = list(text[start:end])
    for m in mentions:
        for i in range(max(m.start, start), min(m.end, end)):
            piece[i - start] = " "
    return "".join(piece)


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
        # "the southern Infrastructure Minister", "Northern Deputy Energy Minister", "the southern
        # minister": a side's post the profile does not list, held by nobody the profile knows (a
        # name may follow it)
        self._side_post = re.compile(
            rf"(?<![\w])(?:the\s+)?(?P<side>{sides})(?:'s|’s)?\s+(?-i:(?:(?!{_INSTITUTION_WORDS}\b)[A-Z][\w-]+\s+){{0,3}})"
            rf"(?P<post>{_alternation(list(lexicon.POST_NOUNS))})s?(?![\w])", re.IGNORECASE)
        # "the president", "the chief negotiator": whoever holding that role was named last
        self._bare_role = re.compile(rf"(?<![\w])the\s+(?P<role>{roles})(?![\w-])",
                                     re.IGNORECASE)
        # "the minister", "the presidential press secretary": a role's head noun, with a word or
        # two before it, stands for whoever holding such a role was named last
        self.role_heads: dict[str, set[str]] = {}
        for role, words in profile.roles.items():
            for word in words:
                parts = word.casefold().split()
                head = parts[0] if {"of", "for"} & set(parts) else parts[-1]
                self.role_heads.setdefault(head, set()).add(role)
        # Words a role's name may have before its head ("press secretary", "foreign minister"): any
        # other word ("the prime minister", "the Finnish president") names another post
        self.role_vocabulary = {w for words in profile.roles.values() for word in words for w in word.casefold().split()} \
            | {"presidential"}
        self._bare_head = re.compile(rf"(?<![\w])the\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>{_alternation(list(self.role_heads))})"
                                     rf"(?![\w-])", re.IGNORECASE)
        self._names = re.compile(_bounded(_alternation(list(self.names))), re.IGNORECASE)
        self._sensitive = re.compile(_bounded(_alternation(list(sensitive))))

    def find(self, text: str) -> list[Mention]:
        """Every mention, longest first where they overlap, in text order."""
        found: list[Mention] = []
        for m in self._role.finditer(text):
            side = (m.group("side") or m.group("side2")).casefold()
            role = self._by_role.get(m.group("role") or m.group("role2"))
            actor = self._by_side.get(side) or self._by_side.get(side.removeprefix("the "))
            if role is None or actor is None or self._miscased(m.group("side") or m.group("side2")):
                continue
            deputy = m.group("not") or m.group("not2")
            person = None if deputy else self.holders.get((actor, role))
            found.append(Mention(m.start(), m.end(), actor, person.name if person else None))
        for pattern, table, fold in ((self._names, self._by_name, True), (self._sensitive, self._by_exact_name, False)):
            for m in _longest_matches(pattern, text):
                if _overlaps(found, m.start(), m.end()):
                    continue
                entry = table.get(m.group(0), fold)
                if entry is None:  # a spelling no table key stands for: not a mention, never a crash
                    continue
                actor, person = entry
                found.append(Mention(m.start(), m.end(), actor, person))
        for m in self._side_post.finditer(text):
            actor = self._by_side.get(m.group("side"))
            if self._miscased(m.group("side")):
                continue  # "told us Interior Minister ...": "us", not the case-sensitive alias "US"
            inside = [x for x in found if m.start() <= x.start and x.end <= m.end("side")]
            if actor is not None and not _overlaps([x for x in found if x not in inside], m.start(), m.end()):
                found = [x for x in found if x not in inside]  # "the US Energy Secretary" is one mention
                found.append(Mention(m.start(), m.end(), actor, None))
        found.sort(key=lambda x: x.start)
        found = sorted(found + self._introduced_people(text, found), key=lambda x: x.start)
        return _named_in_apposition(text, sorted(found + self._role_references(text, found), key=lambda x: x.start))

    def _miscased(self, side: str) -> bool:
        """A case-sensitive alias written otherwise: "us", not "US"."""
        return any(k.casefold() == side.casefold() and k != side for k in self.sensitive)

    def _introduced_people(self, text: str, named: list[Mention]) -> list[Mention]:
        """People the profile does not know, whom the text introduces with their side: "the head
        of the northern delegation, <name>", "<side> negotiator <name>", "<name>, the
        southern ministry's deputy envoy". From there on their full name and their
        surname name that side, as a known person's do."""
        people: dict[str, tuple[str, int]] = {}  # name -> (side, where it was introduced)
        for mention in named:
            if mention.actor == JOINT or not self._is_role(text, mention):
                continue
            m = _APPOSITIVE_NAME.match(text, mention.end)
            # "<post>, Ivo Marn, ..." closes the apposition with a comma; "<post>, Daily Planet
            # Times reported" names no one: the comma form needs a comma (or the end) after the name
            closed = m is not None and (not text[mention.end:m.start("name")].lstrip().startswith(",")
                                        and not text[mention.end:m.start("name")].startswith(",")
                                        or re.match(r"\s*(?:,|$|\.)", text[m.end("name"):]))
            if m and closed and not _overlaps(named, m.start("name"), m.end("name")):
                people.setdefault(m.group("name"), (mention.actor, m.start("name")))
        for m in _NAME_THEN_ROLE.finditer(text):
            if _overlaps(named, m.start("name"), m.end("name")):
                continue
            role_end = m.end() + (text.find(",", m.end(), m.end() + 80) - m.end() if "," in text[m.end():m.end() + 80]
                                  else min(80, len(text) - m.end()))
            inside = [x for x in named if m.end("name") < x.start and x.end <= role_end and x.actor != JOINT]
            # the post must be the apposition's head: "Port Royal, where the northern delegation
            # arrived" introduces no person
            lead = text[m.end("name"):inside[0].start] if inside else ""
            if inside and len(lead) <= _POST_LEAD and not _CLAUSE_WORD.search(lead) \
                    and self._has_role_word(text[m.end():role_end]):
                people.setdefault(m.group("name"), (inside[0].actor, m.start("name")))
        found: list[Mention] = []
        for name, (actor, since) in people.items():
            surname = name.split()[-1]
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])|(?<![\w-]){re.escape(surname)}(?![\w-])", text):
                if m.start() >= since and not _overlaps(named + found, m.start(), m.end()):
                    found.append(Mention(m.start(), m.end(), actor, name))
        return found

    def _is_role(self, text: str, mention: Mention) -> bool:
        """A mention that names a post or a body, not a country: only such a phrase can stand
        in apposition to a person ("the North, Ivo Marn said" introduces nobody)."""
        return mention.person is not None or self._has_role_word(text[max(0, mention.start - 40):mention.end])

    def _has_role_word(self, phrase: str) -> bool:
        # role words are plain words: a set lookup, not the accent-blind one names need
        words = _words_and_pairs(phrase)
        return any(w in self.role_words or w in lexicon.POST_NOUNS for w in words) or bool(_BODY_WORDS.search(phrase))

    def _role_references(self, text: str, named: list[Mention]) -> list[Mention]:
        """ "the president" after "Ivo Marn said ..." is Marn: a bare role phrase is the
        person last named who holds that role. Not a role followed by a name ("the president,
        Ivo Marn") or by "of" ("the president of France"), which say who is meant."""
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
        for m in self._bare_head.finditer(text):
            before_head = m.group(0).casefold().split()[1:-1]
            if _overlaps(named, m.start(), m.end()) or _overlaps(found, m.start(), m.end()) \
                    or re.match(r"\s*(?:of\b|,?\s*[A-Z])", text[m.end():m.end() + 3]) \
                    or any(w not in self.role_vocabulary for w in before_head):
                continue  # "the Finnish president", "the prime minister", "the deputy minister": someone else
            phrase = m.group(0).casefold()
            exact = {role for word, role in self.role_words.items() if phrase.endswith(" " + word)}
            head = m.group("head").casefold()
            wanted = exact or self.role_heads[head]
            earlier = [x for x in named if x.end <= m.start() and x.person and roles.get(x.person) in wanted]
            # another holder of such a title named since ("Prime Minister Ann Lee") may be meant
            if earlier and not re.search(rf"\b{re.escape(head)}\b", _outside(text, named, earlier[-1].end, m.start()),
                                         re.IGNORECASE):
                found.append(Mention(m.start(), m.end(), earlier[-1].actor, earlier[-1].person))
        # "the ministry said" after "the northern defence ministry ...": the body last named with that noun
        for m in _BARE_BODY.finditer(text):
            noun = m.group("body").casefold()
            earlier = [x for x in named if x.end <= m.start() and noun in text[x.start:x.end].casefold()
                       and x.actor != JOINT]
            if earlier and not _overlaps(named, m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), earlier[-1].actor, None))
        # "the source said" after "a source close to the northern delegation": whoever the last
        # one introduced with that noun spoke for
        for m in _BARE_PERSON.finditer(text):
            if _overlaps(named, m.start(), m.end()):
                continue
            noun = m.group("noun").casefold().rstrip("s")
            intro = [i for i in _INTRODUCED.finditer(text, 0, m.start()) if i.group("noun").casefold().rstrip("s") == noun]
            # the side inside the introduction ("a senior northern official") or in the phrase that
            # places the person ("close to the northern delegation"), not in what they said after it
            side = [x for x in named if intro and x.actor != JOINT and (
                intro[-1].start() <= x.start < intro[-1].end()
                or intro[-1].end() <= x.start and _PLACED.fullmatch(text[intro[-1].end():x.start]))] if intro else []
            if side:
                found.append(Mention(m.start(), m.end(), side[0].actor, None))
        # "the 43-year-old told reporters": the person last named, when the phrase is the subject
        for m in _AGE_EPITHET.finditer(text):
            earlier = [x for x in named if x.end <= m.start() and x.person]
            if earlier and not _overlaps(named, m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), earlier[-1].actor, earlier[-1].person))
        return found


# Capitalised words that name a body, not a ministry's remit: "the American Enterprise Institute
# director", "the Southern Premier League secretary" name no side's post.
_INSTITUTION_WORDS = r"(?:Institute|League|Association|University|Foundation|Company|Corporation|Group|Bank|Club|" \
                     r"Federation|Council|Party|Church|Academy|Centre|Center|Fund|Agency|News|Times|Post)"
_TITLE = (r"(?:(?:Ambassador|Senator|Sen\.|Rep\.|Representative|General|Gen\.|Colonel|Col\.|Admiral|"
          r"Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Deputy Minister|Minister)\s+)?")
_CAPITALISED = r"(?!(?:The|A|An|In|On|At|But|And|Of|For|With|From|By)\b)[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_PERSON = rf"(?P<name>{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,2}})(?![\w-])"
# "<post>, Ivo Marn" or "<side> negotiator Ivo Marn"
_APPOSITIVE_NAME = re.compile(rf",?\s+{_TITLE}{_PERSON}")
# "Ivo Marn, the northern ministry's deputy special envoy ..."
_NAME_THEN_ROLE = re.compile(rf"(?<![\w.’'-]){_TITLE}{_PERSON},\s+(?:the|a|an|who\s+(?:is|was|heads|led|leads))?\s*")
_POST_LEAD = 25  # characters between a name's comma and the side word of its post
_CLAUSE_WORD = re.compile(r"\b(?:where|which|when|who|that|as|after|before|while|whose)\b", re.IGNORECASE)
_BODY_WORDS = re.compile(r"\b(?:delegation|ministry|department|office|agency|council|committee|headquarters|"
                         r"service|mission|embassy|team|staff|command|commission|secretariat)\b", re.IGNORECASE)


def _named_in_apposition(text: str, found: list[Mention]) -> list[Mention]:
    """ "The South's defence minister, Ann Lee, confirmed it": the person named beside a post, the
    apposition closed by a comma, is who holds it in this report, whoever the profile lists for
    it; so is "the defence minister" later on (not "After talks with the southern defence minister,
    Ann Lee said ...": no apposition)."""
    out = list(found)
    for i, mention in enumerate(out):
        m = _APPOSITIVE_NAME.match(text, mention.end) if mention.person else None
        if m is None or not text[mention.end:m.start("name")].lstrip().startswith(",") \
                or not _CLOSED.match(text, m.end("name")):
            continue
        named = next((x for x in found if x.start == m.start("name") and x.person and x.actor == mention.actor), None)
        if named is None or named.person == mention.person:
            continue
        listed = mention.person
        for j in range(i, len(out)):  # the post, not the listed holder's own name
            if out[j].person == listed and listed.split()[-1] not in text[out[j].start:out[j].end]:
                out[j] = replace(out[j], person=named.person)
    return out


_CLOSED = re.compile(r"\s*(?:,|\.|$)")


_BARE_BODY = re.compile(r"\b[Tt]he\s+(?P<body>ministry|delegation|headquarters|office|agency|department|embassy|"
                        r"mission|government|administration)\b(?!\s+(?:of|for)\b)(?!['’]s\b)")
# People a report keeps unnamed: introduced as "a source close to ...", "a senior northern
# official", then "the source", "the official".
_UNNAMED = r"(?P<noun>sources?|officials?|diplomats?|aides?|advisers?|negotiators?)"
_INTRODUCED = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\w-]+\s+){{0,3}}?{_UNNAMED}\b")
_BARE_PERSON = re.compile(rf"\b[Tt]he\s+{_UNNAMED}\b(?!\s+(?:of|for|close|familiar|in|at|from)\b)(?!['’]s\b)")
_PLACED = re.compile(r"\s+(?:close to|familiar with|in|from|at|of|with|for)\s+(?:the\s+)?", re.IGNORECASE)
_AGE_EPITHET = re.compile(r"\b[Tt]he\s+\d{2}-year-old(?=\s*(?:,|\bsaid\b|\btold\b|\badded\b|\bsays\b|\binsisted\b|"
                          r"\breplied\b|\bwarned\b|\bnoted\b|\bwho\b|\bhas\b|\bhad\b|\bwas\b|\bis\b))")


def _words_and_pairs(phrase: str) -> list[str]:
    words = re.findall(r"[\w-]+", phrase.casefold())
    return [*words, *(" ".join(words[i:i + 2]) for i in range(len(words) - 1)),
            *(" ".join(words[i:i + 3]) for i in range(len(words) - 2))]


def _overlaps(mentions: list[Mention], start: int, end: int) -> bool:
    return any(x.start < end and start < x.end for x in mentions)


def _role_holders(actors: tuple[Actor, ...]) -> dict[tuple[str, str], Person]:
    return {(a.id, p.role): p for a in actors for p in a.people if p.role}
