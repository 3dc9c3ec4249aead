"""Deadlines as analysts follow them: every revision with its source, the due moment computed
from the latest one, and the countdown to it as it stood on any day."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from parley.model import Deadline
from parley.profile import KnownDeadline, Profile, Revision


@dataclass(frozen=True)
class Countdown:
    """Time left to a due moment (or past it), split as a person reads it."""

    due_at: datetime
    as_of: datetime

    @property
    def remaining(self) -> timedelta:
        return self.due_at - self.as_of

    @property
    def passed(self) -> bool:
        return self.remaining <= timedelta(0)

    @property
    def parts(self) -> tuple[int, int, int]:
        """(days, hours, minutes) of the distance, whichever side of the due moment."""
        seconds = int(abs(self.remaining).total_seconds())
        return seconds // 86400, seconds % 86400 // 3600, seconds % 3600 // 60

    def describe(self) -> str:
        days, hours, minutes = self.parts
        span = f"{days} days, {hours} hours, {minutes} minutes"
        return f"passed {span} ago" if self.passed else f"{span} left"


def due_moment(deadline: KnownDeadline, revisions: tuple[Revision, ...] | None = None) -> datetime:
    """The start of the due day in the issuer's time zone, from the latest revision."""
    latest = latest_revision(revisions or deadline.revisions)
    return datetime.combine(latest.due, time(0), tzinfo=ZoneInfo(deadline.timezone))


def latest_revision(revisions: tuple[Revision, ...], as_of: date | None = None) -> Revision:
    """The revision in force on a day (the latest announced on or before it; all if no day)."""
    known = [r for r in revisions if as_of is None or r.announced <= as_of] or list(revisions[:1])
    return max(known, key=lambda r: r.announced)


# An article's due day for a revision may be a day off the analyst's (another time zone, a
# reporter counting "from tomorrow"): within this many days it still names that revision.
REVISION_SLACK = 1


def matched_revision(deadline: KnownDeadline, due: date | None) -> Revision | None:
    """The revision of a known deadline whose due day a mention gives: the nearest due day within
    REVISION_SLACK (a "10 to 12 days" revision spans its range), the later revision on a tie."""
    if due is None:
        return None
    found = []
    for revision in deadline.revisions:
        first, last = revision.span
        if first - timedelta(days=REVISION_SLACK) <= due <= last + timedelta(days=REVISION_SLACK):
            found.append((abs((due - revision.due).days), -revision.announced.toordinal(), revision))
    return min(found, key=lambda f: f[:2])[2] if found else None


def countdown(deadline: KnownDeadline, as_of: datetime) -> Countdown:
    """The countdown as it stood at a moment: only revisions announced by then count."""
    local_day = as_of.astimezone(ZoneInfo(deadline.timezone)).date()
    in_force = latest_revision(deadline.revisions, local_day)
    return Countdown(due_at=due_moment(deadline, (in_force,)), as_of=as_of)


def with_revisions(deadline: KnownDeadline, added: list[Revision]) -> KnownDeadline:
    """The deadline with analysts' revisions added to the profile's (none replaced)."""
    return replace(deadline, revisions=tuple(sorted((*deadline.revisions, *added), key=lambda r: r.announced)))


def all_deadlines(profile: Profile, added: list[KnownDeadline], revisions: dict[str, list[Revision]]) -> list[KnownDeadline]:
    """The profile's deadlines and analysts' own, each with every revision recorded for it."""
    return [with_revisions(d, revisions.get(d.id, [])) for d in (*profile.deadlines, *added)]


def as_of_moment(deadline: KnownDeadline, day: date | None, now: datetime | None = None) -> datetime:
    """ "As of" a day is the start of that day on the deadline's clock, so whole days count as
    on a calendar (14 July + 50 days is due 2 September; on 23 July, 41 days are left).
    No day means now."""
    if day is None:
        return now or datetime.now(timezone.utc)
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(deadline.timezone))


@dataclass(frozen=True)
class MentionGroup:
    """Mentions in articles of one deadline with one due date."""

    matches: str | None  # the known deadline's label, or None
    due: date | None
    mentions: int
    outlets: tuple[str, ...]
    first: date | None
    last: date | None


def group_mentions(found: list[tuple[str, str | None, date | None, Deadline]],
                   known_labels: set[str]) -> list[MentionGroup]:
    """Mentions grouped by the deadline they match and their due date; most mentioned first."""
    groups: dict[tuple[str | None, date | None], list[tuple[str | None, date | None]]] = {}
    for _, outlet, published, deadline in found:
        label = deadline.label if deadline.label in known_labels else None
        groups.setdefault((label, deadline.due), []).append((outlet, published))
    result = []
    for (label, due), members in groups.items():
        days = [p for _, p in members if p]
        result.append(MentionGroup(matches=label, due=due, mentions=len(members),
                                   outlets=tuple(dict.fromkeys(o or "unknown outlet" for o, _ in members)),
                                   first=min(days, default=None), last=max(days, default=None)))
    return sorted(result, key=lambda g: (-g.mentions, g.due or date.max))


@dataclass(frozen=True)
class Candidate:
    """A deadline the articles mention that matches no known one: what an editor may adopt."""

    label: str
    issuer: str | None
    target: str | None
    announced: date
    days: float
    due: date
    mentions: int
    source: str  # the first mention's sentence, outlet and date, as the adopted revision's source
    article_id: str


# A mention is the known deadline when it falls due within a day of one of its revisions.
_SAME_DUE = timedelta(days=1)


def candidates(found: list[tuple[str, str | None, date | None, Deadline]],
               known: list[KnownDeadline]) -> list[Candidate]:
    """Deadlines found in the articles that match no known deadline (by label, or by a due day
    within a day of any of its revisions), one per issuer and due day, most mentioned first.
    Never merged into a known one: an editor adopts a candidate, with its source."""
    labels = {d.label for d in known}
    spans = [r.span for d in known for r in d.revisions]
    groups: dict[tuple[str | None, date], list[tuple[str, str | None, date | None, Deadline]]] = {}
    for row in found:
        deadline = row[3]
        if deadline.due is None or deadline.announced is None or deadline.label in labels:
            continue
        if any(first - _SAME_DUE <= deadline.due <= last + _SAME_DUE for first, last in spans):
            continue
        groups.setdefault((deadline.issuer, deadline.due), []).append(row)
    result = []
    for (issuer, due), rows in groups.items():
        article_id, outlet, published, first = min(rows, key=lambda r: (r[2] or date.max, r[3].start))
        result.append(Candidate(
            label=first.label, issuer=issuer, target=first.target, announced=first.announced,
            days=float(first.days if first.days is not None else (due - first.announced).days),
            due=due, mentions=len(rows), article_id=article_id,
            source=f"\u201c{first.text}\u201d ({outlet or 'unknown outlet'}, "
                   f"{published.isoformat() if published else 'undated'})"))
    return sorted(result, key=lambda c: (-c.mentions, c.due))


def adopted(candidate: Candidate, label: str, issuer: str, target: str | None) -> KnownDeadline:
    """The known deadline an editor makes of a candidate: its first revision is the day it was
    set and its length, sourced to the sentence it was found in."""
    slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:40] or "deadline"
    return KnownDeadline(id=f"found-{slug}-{candidate.due.isoformat()}", label=label.strip(), issuer=issuer,
                         target=target, measure=None,
                         revisions=(Revision(announced=candidate.announced, days=candidate.days,
                                             source=candidate.source),))
