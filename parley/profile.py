"""A conflict profile (YAML) as typed objects: actors, people, roles, issues, rounds, outlets,
deadlines and known events.

A profile is data: another negotiation is another file in ``data/profiles/``, not a code change.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from parley.errors import ParleyError
from parley.model import FIGURE_CATEGORIES
from parley.settings import DATA_DIR

PROFILE_DIR = DATA_DIR / "profiles"
DEFAULT_PROFILE = "russia-ukraine"
TIERS = ("party-official", "party-aligned", "mediator", "independent")
ACTOR_KINDS = ("party", "mediator")
JOINT = "joint"
# What an exchange figure can be about (DESIGN.md, "Event"), and what is exchanged.
EVENT_KINDS = ("agreement", "offer", "proposal", "stage", "completed", "cumulative", "list", "other")
EXCHANGE_CATEGORIES = ("prisoners", "bodies", "civilians", "children")
SIZE_QUALIFIERS = ("exact", "at_least", "at_most", "about")


class ProfileError(ParleyError):
    """A profile file that is missing or malformed; the message names the file and the field."""


@dataclass(frozen=True)
class Person:
    name: str
    actor: str
    aliases: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    label: str
    colour: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    case_sensitive: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()
    kind: str = "party"  # or "mediator"


@dataclass(frozen=True)
class Issue:
    id: str
    label: str
    description: str
    phrases: tuple[str, ...]
    weak_phrases: tuple[str, ...] = ()  # count only when a text names no other issue
    examples: tuple[str, ...] = ()  # sentences the sentence model compares statements with
    not_phrases: tuple[str, ...] = ()  # uses of a phrase that are not this issue ("on pause")
    figure_categories: tuple[str, ...] = ()  # a figure of these categories is about this issue
    # Regular expressions for what a list of phrases cannot spell out: word order with words
    # between ("the two presidents should meet"), matched case-insensitively like the phrases.
    patterns: tuple[str, ...] = ()
    not_patterns: tuple[str, ...] = ()  # uses no phrase list spells out: "summit of the <organisation>"


@dataclass(frozen=True)
class Round:
    id: str
    label: str
    date: date
    place: str


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str | None
    tier: str
    actor: str | None = None


@dataclass(frozen=True)
class Revision:
    """One setting of a deadline: when it was announced and how long it ran."""

    announced: date
    days: float
    source: str
    low: float | None = None
    high: float | None = None

    @property
    def due(self) -> date:
        return self.announced + timedelta(days=self.days)

    @property
    def span(self) -> tuple[date, date]:
        """The due days it covers: one, or for a range ("eight or nine days") its shorter to its longer end."""
        return (self.due, self.announced + timedelta(days=self.high if self.high is not None else self.days))

    @property
    def length(self) -> str:
        """Its length as told: "50", or a range "10 to 12"."""
        return f"{self.low:g} to {self.high:g}" if self.low is not None and self.high is not None else f"{self.days:g}"


@dataclass(frozen=True)
class KnownDeadline:
    id: str
    label: str
    issuer: str
    target: str | None
    measure: str | None
    revisions: tuple[Revision, ...]
    timezone: str = "UTC"
    issue: str | None = None  # what the deadline is about ("sanctions"): a statement setting it is about that too

    @property
    def latest(self) -> Revision:
        return max(self.revisions, key=lambda r: r.announced)

    @property
    def due(self) -> date:
        """Always from the latest revision."""
        return self.latest.due


@dataclass(frozen=True)
class KnownEvent:
    """An exchange event an analyst knows of before the reports arrive (or adds later), with its
    source: figures link to it when their text supports it, and it names what an outlier may
    have been conflated with."""

    id: str
    label: str
    date: date
    kind: str
    category: str
    source: str
    per_side: float | None = None  # the size on each side of a symmetric exchange
    total: float | None = None  # the size in all, when it is not per side
    qualifier: str = "exact"  # of the size: "at least 700 per side" is at_least
    parent: str | None = None  # a stage's agreement

    @property
    def size(self) -> float | None:
        return self.per_side if self.per_side is not None else self.total


@dataclass(frozen=True, eq=False)  # identity equality and hash: a profile is loaded once
class Profile:
    name: str
    label: str
    roles: dict[str, tuple[str, ...]]
    actors: tuple[Actor, ...]
    joint: Actor
    issues: tuple[Issue, ...]
    rounds: tuple[Round, ...]
    outlets: tuple[Outlet, ...]
    deadlines: tuple[KnownDeadline, ...]
    events: tuple[KnownEvent, ...] = ()

    @property
    def latest_known_date(self) -> date | None:
        """The latest day the profile knows of (a round, a deadline's revision): where the
        negotiation stood when the profile was written, the reference for a yearless dateline."""
        days = [r.date for r in self.rounds] + [v.announced for d in self.deadlines for v in d.revisions]
        return max(days, default=None)

    @property
    def parties(self) -> tuple[Actor, ...]:
        return tuple(a for a in self.actors if a.kind == "party")

    def label_of(self, actor_id: str | None) -> str:
        """The side's label, or the id itself for a side the profile does not know."""
        actor = self.actor(actor_id) if actor_id else None
        return actor.label if actor else (actor_id or "—")

    def issue_label(self, issue_id: str) -> str:
        return next((i.label for i in self.issues if i.id == issue_id), issue_id)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in (*self.actors, self.joint) if a.id == actor_id), None)

    def outlet_for(self, name: str | None, url: str | None) -> Outlet | None:
        """The profile's outlet by name or by the domain of the URL."""
        host = _host(url)
        for outlet in self.outlets:
            if name and outlet.name.casefold() == name.strip().casefold():
                return outlet
            if host and outlet.domain and (host == outlet.domain or host.endswith("." + outlet.domain)):
                return outlet
        return None


def profile_path(name: str) -> Path:
    return PROFILE_DIR / f"{name}.yaml"


def available_profiles() -> list[str]:
    return sorted(p.stem for p in PROFILE_DIR.glob("*.yaml"))


# In an issue's patterns, any leader of a side: the names of the people whose role is
# "president", so a pattern about leaders meeting carries to another conflict's profile.
LEADER = "{leader}"


def _leaders(actors: tuple[Actor, ...]) -> str:
    names = {n for a in actors for p in a.people if p.role == "president" for n in (p.name, *p.aliases)}
    words = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names), key=len, reverse=True)
    # not a word going on ("Marnism") or a compound ("Marn-brokered"), but a dash to another
    # name is a pair of leaders ("a Lee-Marn meeting")
    return rf"(?:(?:President\s+)?(?:{'|'.join(words)})(?![\w])(?!-(?-i:[a-z])))" if words else ""


@lru_cache(maxsize=8)
def load_profile(name: str = DEFAULT_PROFILE) -> Profile:
    """The named profile from ``data/profiles/``, validated; cached per process."""
    path = profile_path(name)
    if not path.exists():
        known = ", ".join(available_profiles()) or "none"
        raise ProfileError(f"no profile named {name!r} (available: {known})")
    return parse_profile(path.read_text(encoding="utf-8"), source=path.name)


def parse_profile(text: str, source: str = "profile") -> Profile:
    """Build a Profile from YAML text; raises ProfileError naming the offending field."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ProfileError(f"{source}: not valid YAML ({str(exc).splitlines()[0]})") from exc
    reader = _Reader(source)
    data = reader.mapping(raw, "")
    actors = tuple(reader.actor(a, f"actors[{i}]") for i, a in enumerate(reader.items(data, "actors")))
    joint_raw = reader.mapping(data.get("joint"), "joint")
    joint = Actor(id=JOINT, label=str(joint_raw.get("label", "Both sides")),
                  colour=str(joint_raw.get("colour", "#777777")),
                  aliases=reader.strings(joint_raw, "aliases", "joint"))
    ids = [a.id for a in actors]
    reader.unique(ids, "actors")
    profile = Profile(
        name=str(data.get("name", source)), label=str(data.get("label", source)),
        roles={role: reader.strings(data["roles"], role, "roles")
               for role in reader.mapping(data.get("roles", {}), "roles")},
        actors=actors, joint=joint,
        issues=tuple(reader.issue(x, f"issues[{i}]", _leaders(actors))
                     for i, x in enumerate(reader.items(data, "issues"))),
        rounds=tuple(reader.round(x, f"rounds[{i}]") for i, x in enumerate(reader.items(data, "rounds", required=False))),
        outlets=tuple(reader.outlet(x, f"outlets[{i}]", ids) for i, x in enumerate(reader.items(data, "outlets", required=False))),
        deadlines=tuple(reader.deadline(x, f"deadlines[{i}]", ids) for i, x in enumerate(reader.items(data, "deadlines", required=False))),
        events=tuple(reader.event(x, f"events[{i}]") for i, x in enumerate(reader.items(data, "events", required=False))),
    )
    reader.unique([i.id for i in profile.issues], "issues")
    reader.unique([e.id for e in profile.events], "events")
    check_event_parents(profile.events, source)
    for deadline in profile.deadlines:
        if deadline.issue and deadline.issue not in {i.id for i in profile.issues}:
            raise ProfileError(f"{source}: deadline {deadline.id!r} has issue {deadline.issue!r}, which is not under issues")
    for actor in actors:
        for person in actor.people:
            if person.role and person.role not in profile.roles:
                raise ProfileError(f"{source}: person {person.name!r} has role {person.role!r}, "
                                   f"which is not under roles")
    return profile


class _Reader:
    """Typed access to the parsed YAML with errors that say where the problem is."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> ProfileError:
        return ProfileError(f"{self.source}: {where + ': ' if where else ''}{message}")

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected a mapping of keys to values")
        return value

    def items(self, data: dict[str, Any], key: str, required: bool = True) -> list[Any]:
        value = data.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list) or (required and not value):
            raise self.fail(key, "expected a non-empty list")
        return value

    def text(self, data: dict[str, Any], key: str, where: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"missing {key!r}")
        return value.strip()

    def strings(self, data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where}.{key}", "expected a list of strings")
        return tuple(v.strip() for v in value if v.strip())

    def day(self, data: dict[str, Any], key: str, where: str) -> date:
        value = data.get(key)
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError as exc:
            raise self.fail(where, f"{key!r} must be a date YYYY-MM-DD, not {value!r}") from exc

    def number(self, data: dict[str, Any], key: str, where: str, required: bool = True) -> float | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(where, f"{key!r} must be a number, not {value!r}")
        return float(value)

    def unique(self, ids: list[str], where: str) -> None:
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise self.fail(where, f"ids used twice: {', '.join(repeated)}")

    def actor(self, value: Any, where: str) -> Actor:
        data = self.mapping(value, where)
        actor_id = self.text(data, "id", where)
        people = tuple(self.person(p, f"{where}.people[{i}]", actor_id)
                       for i, p in enumerate(data.get("people") or []))
        kind = str(data.get("kind", "party"))
        if kind not in ACTOR_KINDS:
            raise self.fail(where, f"kind must be one of {', '.join(ACTOR_KINDS)}, not {kind!r}")
        return Actor(id=actor_id, label=self.text(data, "label", where), kind=kind,
                     colour=str(data.get("colour", "#777777")),
                     aliases=self.strings(data, "aliases", where),
                     adjectives=self.strings(data, "adjectives", where),
                     case_sensitive=self.strings(data, "case_sensitive", where), people=people)

    def person(self, value: Any, where: str, actor_id: str) -> Person:
        data = self.mapping(value, where)
        role = data.get("role")
        return Person(name=self.text(data, "name", where), actor=actor_id,
                      aliases=self.strings(data, "aliases", where), role=str(role) if role else None)

    def issue(self, value: Any, where: str, leaders: str = "") -> Issue:
        data = self.mapping(value, where)
        for category in self.strings(data, "figure_categories", where):
            if category not in FIGURE_CATEGORIES:
                raise self.fail(where, f"figure category {category!r} is not one of {', '.join(FIGURE_CATEGORIES)}")
        patterns, not_patterns = (tuple(p.replace(LEADER, leaders or r"(?!x)x") for p in self.strings(data, key, where))
                                  for key in ("patterns", "not_patterns"))
        for key, found in (("patterns", patterns), ("not_patterns", not_patterns)):
            for pattern in found:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise self.fail(f"{where}.{key}", f"{pattern!r} is not a regular expression ({exc})") from None
        return Issue(id=self.text(data, "id", where), label=self.text(data, "label", where),
                     description=str(data.get("description", "")),
                     phrases=self.strings(data, "phrases", where),
                     weak_phrases=self.strings(data, "weak_phrases", where),
                     examples=self.strings(data, "examples", where),
                     not_phrases=self.strings(data, "not_phrases", where),
                     figure_categories=self.strings(data, "figure_categories", where), patterns=patterns,
                     not_patterns=not_patterns)

    def round(self, value: Any, where: str) -> Round:
        data = self.mapping(value, where)
        return Round(id=self.text(data, "id", where), label=self.text(data, "label", where),
                     date=self.day(data, "date", where), place=str(data.get("place", "")))

    def outlet(self, value: Any, where: str, actors: list[str]) -> Outlet:
        data = self.mapping(value, where)
        tier = self.text(data, "tier", where)
        if tier not in TIERS:
            raise self.fail(where, f"tier must be one of {', '.join(TIERS)}, not {tier!r}")
        actor = data.get("actor")
        if actor is not None and actor not in actors:
            raise self.fail(where, f"unknown actor {actor!r}")
        return Outlet(name=self.text(data, "name", where), domain=data.get("domain"), tier=tier, actor=actor)

    def deadline(self, value: Any, where: str, actors: list[str]) -> KnownDeadline:
        data = self.mapping(value, where)
        for key in ("issuer", "target"):
            if data.get(key) is not None and data[key] not in actors:
                raise self.fail(where, f"{key} {data[key]!r} is not an actor id")
        revisions = tuple(self.revision(r, f"{where}.revisions[{i}]")
                          for i, r in enumerate(self.items(data, "revisions")))
        zone = str(data.get("timezone", "UTC"))
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise self.fail(where, f"unknown timezone {zone!r}") from exc
        return KnownDeadline(id=self.text(data, "id", where), label=self.text(data, "label", where),
                             issuer=self.text(data, "issuer", where), target=data.get("target"),
                             measure=data.get("measure"), revisions=revisions, timezone=zone,
                             issue=data.get("issue"))

    def event(self, value: Any, where: str) -> KnownEvent:
        data = self.mapping(value, where)
        kind, category = data.get("kind"), data.get("category")
        if kind not in EVENT_KINDS:
            raise self.fail(where, f"kind must be one of {', '.join(EVENT_KINDS)}, not {kind!r}")
        if category not in EXCHANGE_CATEGORIES:
            raise self.fail(where, f"category must be one of {', '.join(EXCHANGE_CATEGORIES)}, not {category!r}")
        qualifier = str(data.get("qualifier", "exact"))
        if qualifier not in SIZE_QUALIFIERS:
            raise self.fail(where, f"qualifier must be one of {', '.join(SIZE_QUALIFIERS)}, not {qualifier!r}")
        per_side = self.number(data, "per_side", where, required=False)
        total = self.number(data, "total", where, required=False)
        if per_side is not None and total is not None:
            raise self.fail(where, "give the size per side or in total, not both")
        if any(size is not None and size <= 0 for size in (per_side, total)):
            raise self.fail(where, "a size must be a positive number")
        parent = data.get("parent")
        return KnownEvent(id=self.text(data, "id", where), label=self.text(data, "label", where),
                          date=self.day(data, "date", where), kind=kind, category=category,
                          source=self.text(data, "source", where), per_side=per_side, total=total,
                          qualifier=qualifier, parent=str(parent) if parent else None)

    def revision(self, value: Any, where: str) -> Revision:
        """A setting of a deadline; one told as a range ("eight or nine days": low 8, high 9) runs out at
        its shorter end, as analysts count it, so its days are the low end."""
        data = self.mapping(value, where)
        low = self.number(data, "low", where, required=False)
        high = self.number(data, "high", where, required=False)
        if (low is None) != (high is None) or low is not None and not 0 < low <= high:
            raise self.fail(where, "a range needs both ends, low up to high")
        days = self.number(data, "days", where, required=low is None)
        if low is not None and days is not None and days != low:
            raise self.fail(where, "a range runs out at its shorter end: days must be its low end (or left out)")
        return Revision(announced=self.day(data, "announced", where), days=low if days is None else days,
                        source=self.text(data, "source", where), low=low, high=high)


def parse_event(data: dict[str, Any], where: str = "event", source: str = "event") -> KnownEvent:
    """A known event from a mapping (a profile entry or an editor's form); ProfileError names
    the field that is wrong."""
    return _Reader(source).event(data, where)


def check_event_parents(events: tuple[KnownEvent, ...], source: str) -> None:
    """A stage's parent must be a known agreement dated no later than the stage."""
    by_id = {e.id: e for e in events}
    for event in events:
        if event.parent is None:
            continue
        parent = by_id.get(event.parent)
        if parent is None:
            raise ProfileError(f"{source}: event {event.id!r} has parent {event.parent!r}, which is not an event")
        if parent.date > event.date:
            raise ProfileError(f"{source}: event {event.id!r} is dated before its parent {parent.id!r}")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    return host.removeprefix("www.") if host else None
