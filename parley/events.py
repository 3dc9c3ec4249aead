"""Figures -> events: which real-world quantity each exchange figure is about.

An exchange figure is about an event: an agreement ("1,000 for 1,000"), an offer, a stage
carried out, a cumulative total as of a date, a list. ``parley.event_text`` reads what the text
says of each figure (when, what, whose); here figures are linked to one event only when that
supports it: the same category and kind, dates that overlap and values that fit, or, for two
sources dated by their text to the very same days, values close enough to be one count they
disagree on. A figure with no date in its text and none on its article stays unlinked. Known
events (the profile's and editors') take part as events with a date and a size; a part is
linked to its whole, a stage carried out under an agreement to the agreement, and the whole of
an agreed exchange told as done is dated by its last stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from parley.event_text import (
    FAMILY,
    DateFinder,
    Reading,
    Window,
    bounded,
    default_dates,
    known_bounds,
    read_figures,
    told_ahead,
    told_as_done,
)
from parley.profile import EVENT_KINDS, EXCHANGE_CATEGORIES, KnownEvent, Profile
from parley.store import FigureRow

__all__ = ["EVENT_KINDS", "EXCHANGE_CATEGORIES", "DateFinder", "Event", "EventMap", "Reading", "Window",
           "bounded", "default_dates", "read_figures", "resolve_events"]

CLOSE = 0.2  # two sources' counts this near, same day, same role: one event they disagree on
NEAR = 0.02  # two named tellers' counts this near, side by side in one report: one quantity told two ways
NEAR_CHARS = 400  # "side by side": this close in the text
# Counts a report says differ ("a different figure"): as far apart as two sides' counts of one swap
# go when one counts soldiers only and the other everyone it got back (400 against 500 is 0.2)
DISPUTED = 0.35
NARROW_DAYS = 7  # a window wider than this links only a figure that fits exactly one event


@dataclass(frozen=True)
class Event:
    """A real-world quantity: its kind, category, date, and the figures that state it."""

    id: str
    kind: str
    category: str
    role: str
    window: Window | None
    members: tuple[int, ...]  # indices of readings
    parent: str | None = None
    known: KnownEvent | None = None
    relation: str = ""  # why it has its parent: "a part of", "carried out under"

    @property
    def date(self) -> date | None:
        return self.window.earliest if self.window else None

    @property
    def source(self) -> str:
        return "articles" if self.known is None else ("known" if self.members else "known, not yet reported")


@dataclass(frozen=True)
class EventMap:
    """Every exchange figure read, the events they were linked to, and those left unlinked."""

    readings: tuple[Reading, ...]
    events: tuple[Event, ...]
    unlinked: tuple[int, ...]  # indices of readings no event could hold
    _by_id: dict[str, Event] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({e.id: e for e in self.events})

    def event(self, event_id: str | None) -> Event | None:
        return self._by_id.get(event_id) if event_id else None

    def rows(self, event: Event) -> tuple[FigureRow, ...]:
        return tuple(self.readings[i].row for i in event.members)

    def children(self, event: Event) -> list[Event]:
        return [e for e in self.events if e.parent == event.id]


def _fits(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart two spans of values are, as a share of the larger value."""
    apart = max(a[0] - b[1], b[0] - a[1], 0.0)
    return apart / max(a[1], b[1], 1.0)


# -- linking -----------------------------------------------------------------------------------
@dataclass
class _Draft:
    """An event while figures are being linked to it."""

    category: str
    family: str
    role: str
    window: Window | None
    bounds: tuple[float, float] | None
    members: list[int] = field(default_factory=list)
    known: KnownEvent | None = None
    parent: int | None = None  # index of the parent draft
    relation: str = ""
    firm: bool = True
    side: str | None = None
    size: float | None = None  # the value its first figures state, for its id
    group: str = "any"  # whom its first figures count: military, people, or any
    actor: str | None = None  # the side its first figures are told of (an offer's maker)
    claims: list[tuple[float, float]] = field(default_factory=list)  # the values its figures admit


def resolve_events(rows: Sequence[FigureRow], texts: Mapping[str, str], profile: Profile,
                   known: Iterable[KnownEvent] = (), dates: DateFinder | None = None) -> EventMap:
    """Read every exchange figure and link it to the event it is about (see the module's doc)."""
    readings = read_figures(rows, texts, profile, dates)
    known = [*profile.events, *known]
    drafts = [_known_draft(k) for k in known]
    groups = _article_groups(readings)
    unlinked = [i for g in groups if readings[g[0]].window is None for i in g]
    placed = [g for g in groups if readings[g[0]].window is not None]
    owner: dict[int, int] = {}
    wholes = sorted((g for g in placed if readings[g[0]].role != "part"),
                    key=lambda g: (_alternative(readings, g) is not None, _width(readings, g),
                                   readings[g[0]].window.earliest))
    for group in wholes:
        # Another account of a count told beside it ("21, not 19") is of the same quantity.
        target = owner.get(_alternative(readings, group), _best_event(drafts, readings, group))
        if target is None:
            drafts.append(_new_draft(readings, group))
            target = len(drafts) - 1
        _join(drafts[target], readings, group)
        owner.update({i: target for i in group})
    for group in (g for g in placed if readings[g[0]].role == "part"):
        whole = owner.get(readings[group[0]].part_of) if readings[group[0]].part_of is not None else None
        target = _part_event(drafts, readings, group, whole)
        owner.update({i: target for i in group})
    _link_known_parents(drafts, known)
    _link_stages(drafts, readings)
    _date_wholes(drafts, readings)
    return _freeze(drafts, readings, unlinked)


def _alternative(readings: list[Reading], group: list[int]) -> int | None:
    """The reading outside the group that a member is another account of, if any."""
    return next((readings[i].alternative_of for i in group
                 if readings[i].alternative_of is not None and readings[i].alternative_of not in group), None)


def _article_groups(readings: list[Reading]) -> list[list[int]]:
    """Figures of one article stating one quantity (a headline and its body, "84 for 84" and
    "84 Ukrainians returned"): same category, value and kind, overlapping dates."""
    groups: list[list[int]] = []
    by_article: dict[str, list[list[int]]] = {}
    for i, r in enumerate(readings):
        mine = by_article.setdefault(r.row.article_id, [])
        home = next((g for g in mine if _same_in_article(readings[g[0]], r)), None)
        if home is None:
            mine.append([i])
            groups.append(mine[-1])
        else:
            home.append(i)
    for group in groups:  # the most specific role and the firmest kind speak for the group
        group.sort(key=lambda i: (("part", "total", "each", "side").index(readings[i].role),
                                  not readings[i].firm, _window_days(readings[i].window)))
    return groups


def _same_in_article(a: Reading, b: Reading) -> bool:
    fa, fb = a.row.figure, b.row.figure
    if a.row.article_id != b.row.article_id or fa.category != fb.category:
        return False
    if (fa.value, fa.low, fa.high) != (fb.value, fb.low, fb.high):
        return False
    if (a.role == "part") != (b.role == "part") or (a.role == "part" and a.part_of != b.part_of):
        return False
    if {a.role, b.role} == {"each", "total"}:
        return False
    if a.family != b.family and (a.firm and b.firm or told_ahead(a) or told_ahead(b)):
        return False  # "the swap would involve 500 a side" is not the "500 for 500" carried out
    return a.window is None and b.window is None or (
        a.window is not None and b.window is not None and a.window.overlaps(b.window))


def _width(readings: list[Reading], group: list[int]) -> int:
    return _window_days(_group_window(readings, group))


def _group_window(readings: list[Reading], group: list[int]) -> Window | None:
    """The most precise date the article gives for the quantity ("on Friday" over its day)."""
    windows = [readings[i].window for i in group if readings[i].window is not None]
    return min(windows, key=lambda w: w.days) if windows else None


def _window_days(window: Window | None) -> int:
    return window.days if window else 10**6


def _known_draft(known: KnownEvent) -> _Draft:
    return _Draft(category=known.category, family=FAMILY[known.kind],
                  role="each" if known.per_side is not None else "total",
                  window=Window(known.date, known.date, known.label, "known"),
                  bounds=known_bounds(known), known=known, size=known.size)


def _new_draft(readings: list[Reading], group: list[int]) -> _Draft:
    r = readings[group[0]]
    firm = [readings[i] for i in group if readings[i].firm]
    return _Draft(category=r.row.figure.category, family=(firm[0] if firm else r).family, role=r.role,
                  window=_group_window(readings, group), bounds=(r.low, r.high), firm=bool(firm), side=r.side,
                  size=r.row.figure.value, group=_group_of(r.row.figure.unit), actor=r.row.figure.actor)


def _join(draft: _Draft, readings: list[Reading], group: list[int]) -> None:
    draft.members.extend(group)
    draft.claims.append((readings[group[0]].low, readings[group[0]].high))
    window = _group_window(readings, group)
    if draft.window is None or window is None:
        return
    if draft.window.basis != "known" and window.days < draft.window.days and draft.window.overlaps(window):
        draft.window = window  # the most precise date the sources give
    if draft.bounds is None:
        draft.bounds = (readings[group[0]].low, readings[group[0]].high)


def _best_event(drafts: list[_Draft], readings: list[Reading], group: list[int]) -> int | None:
    """The event this article's figures are about, if the text supports exactly one: the same
    quantity (values that fit), else, for sources dated to the same days, one they disagree on."""
    r = readings[group[0]]
    window = _group_window(readings, group)
    firm = any(readings[i].firm for i in group)
    family = next((readings[i].family for i in group if readings[i].firm), r.family)
    bounds = (r.low, r.high)
    same, close = [], []
    for index, d in enumerate(drafts):
        # A standing count (children deported, civilians held) told again with the same value is
        # the same count, whenever it is told; a count done or agreed is of its own days.
        standing = family == "other" and d.family == "other" and d.size == r.row.figure.value
        if d.category != r.row.figure.category or not d.window or not (d.window.overlaps(window) or standing):
            continue
        if d.family != family and (firm or d.family in ("cumulative", "list", "other")):
            continue
        if d.family == "done" and told_ahead(r) and r.row.published is not None and d.window.latest < r.row.published:
            continue  # "the next swap would involve 500 a side" is no swap done before the report
        if not _roles_link(d.role, r.role):
            continue
        # A figure fits an event when it fits any claim its sources make of it, not only the first.
        claimed = d.claims or ([d.bounds] if d.bounds is not None else [])
        if not claimed or any(_fits(c, bounds) for c in claimed):
            exact = any(c[0] <= (r.row.figure.value or 0) <= c[1] for c in claimed)
            same.append((not exact, d.window.days, index))
        elif _may_disagree(d, readings, group, window, firm):
            close.append(index)
    if same and (window.days > NARROW_DAYS or not firm):
        # A figure its text barely dates joins an event only when it fits exactly one, an event
        # the text dates before one that is itself undated.
        dated = [c for c in same if drafts[c[2]].window.basis != "before"]
        pool = dated or same
        if len(pool) > 1 and told_as_done(r):
            # "In March 400 went each way" fits both the March swap and the deal behind it: a
            # count told as done is the swap, when only one swap fits ("The March terms: 400
            # each" keeps both open)
            pool = [c for c in pool if drafts[c[2]].family == "done"] or pool
        return pool[0][2] if len(pool) == 1 else None
    if same:
        same.sort()
        return same[0][2] if len(same) == 1 or same[0][:2] < same[1][:2] else None
    return close[0] if len(close) == 1 else None


def _roles_link(event_role: str, role: str) -> bool:
    """Per side and one side's count of a symmetric swap are one quantity; a total is a total."""
    if "part" in (event_role, role):
        return False
    if "total" in (event_role, role):
        return {event_role, role} <= {"total", "side"}
    return True


def _may_disagree(d: _Draft, readings: list[Reading], group: list[int], window: Window, firm: bool) -> bool:
    """Sources dated by their text to the very same days, counting the same thing the same way
    (per side, or the same side), with values close enough to be one count told two ways."""
    r = readings[group[0]]
    if d.known is not None or d.bounds is None or d.window is None or not (firm or d.firm):
        return False
    if _told_two_ways(d, readings, group, window):
        return True
    if d.window.basis not in ("text", "paragraph", "round") or window.basis not in ("text", "paragraph", "round"):
        return False
    if (d.window.earliest, d.window.latest) != (window.earliest, window.latest):
        return False
    if r.role != d.role or r.role not in ("each", "side") or _gap(d.bounds, (r.low, r.high)) > CLOSE:
        return False
    # One article gives one count of one quantity: two counts in it are two quantities, unless
    # it reports two sides' accounts of it.
    mine = {readings[i].row.figure.actor for i in group}
    same_article = [readings[i] for i in d.members if readings[i].row.article_id == r.row.article_id]
    if same_article:
        return None not in mine and not any(m.row.figure.actor in mine or m.row.figure.actor is None
                                            for m in same_article) and (r.side == d.side)
    # Across reports: both firm; for one side's count, the same side named; counting the same
    # group ("185 servicemen" and "205 people" may be soldiers alone and everyone); an offer
    # made by the same side (two sides' offers are two offers).
    if not (firm and d.firm and (r.role == "each" or (r.side is not None and r.side == d.side))):
        return False
    if {d.group, _group_of(r.row.figure.unit)} == {"military", "people"}:
        return False
    return d.family != "offer" or (r.row.figure.actor is not None and r.row.figure.actor == d.actor)


def _told_two_ways(d: _Draft, readings: list[Reading], group: list[int], window: Window) -> bool:
    """One report giving two named tellers' counts of one quantity side by side ("The South counts
    700. The North says it handed over 703."): counts within NEAR of each other (a closer bar than
    CLOSE, which links counts across reports dated to the same days), of the same thing the same
    way, each told by a named side and the two sides different, close in the text, neither told
    as one more ("another 703", "a second transfer"). The report may date neither but by its own
    day, or only one of them: what it puts side by side is one quantity."""
    r = readings[group[0]]
    same_report = [readings[i] for i in d.members if readings[i].row.article_id == r.row.article_id]
    near = [m for m in same_report if abs(m.at - r.at) <= NEAR_CHARS]
    # "The South gave a different figure. It said 500 came home": counts the report itself says differ
    # may be further apart in value, and a count per side stands against one side's count of the
    # same swap; a count told with such words stands against those the report told before it,
    # however far back
    told_to_differ = any(readings[i].disputed for i in group)
    disputed = told_to_differ or any(m.disputed for m in near)
    beside = same_report if told_to_differ else near
    roles = r.role == d.role or disputed and {r.role, d.role} == {"each", "side"}
    sides = r.side == d.side or disputed and ("each" in (r.role, d.role) or r.side in {m.side for m in beside})
    if not beside or not roles or r.role not in ("each", "side") or not sides:
        return False
    if _gap(d.bounds, (r.low, r.high)) > (DISPUTED if disputed else NEAR) or (r.low, r.high) == d.bounds:
        return False
    if not (window.overlaps(d.window) or "published" in (window.basis, d.window.basis)):
        return False
    if any(_ONE_MORE.search(m.row.figure.text) for m in (*beside, *(readings[i] for i in group))):
        return False
    mine = {readings[i].row.figure.actor for i in group} - {None}
    theirs = {m.row.figure.actor for m in beside} - {None}
    return bool(mine) and bool(theirs) and not mine & theirs


# A count told as one more than another, not another account of it.
_ONE_MORE = re.compile(r"\b(?:another|more|further|additional|second|third|next)\b", re.IGNORECASE)


_MILITARY = re.compile(r"\b(?:servicem[ae]n|service members?|soldiers?|troops|pows?|prisoners of war|fighters|"
                       r"combatants|military|marines|officers)\b", re.IGNORECASE)
_PEOPLE = re.compile(r"\b(?:people|persons|individuals|citizens|nationals|captives|\w+ians|\w+ans)\b", re.IGNORECASE)


def _group_of(unit: str | None) -> str:
    """Whom a count's noun counts: soldiers only, everyone, or it cannot tell ("prisoners")."""
    if unit and _MILITARY.search(unit):
        return "military"
    if unit and _PEOPLE.search(unit):
        return "people"
    return "any"


def _part_event(drafts: list[_Draft], readings: list[Reading], group: list[int], whole: int | None) -> int:
    r = readings[group[0]]
    if whole is not None:
        for index, d in enumerate(drafts):
            if d.parent == whole and d.role == "part" and d.category == r.row.figure.category \
                    and d.bounds is not None and _fits(d.bounds, (r.low, r.high)):
                d.members.extend(group)
                return index
    window = drafts[whole].window if whole is not None else r.window
    family = drafts[whole].family if whole is not None else r.family
    # Another report may give the part as a count of its own ("120 civilians came home" beside
    # "390 people, 120 of them civilians"): the same quantity, when it is exactly that count of
    # the same kind on the same few days the texts name, and only one such. It is then a part of
    # the whole too, so no stage of an agreement and not counted twice.
    told_alone = [i for i, d in enumerate(drafts) if whole is not None and i != whole and d.role in ("side", "each")
                  and d.parent is None and d.category == r.row.figure.category and d.family == family
                  and r.low == r.high and d.bounds == (r.low, r.high) and _dated_closely(d.window, window)]
    if len(told_alone) == 1:
        alone = drafts[told_alone[0]]
        alone.members.extend(group)
        alone.role, alone.parent, alone.relation = "part", whole, "a part of"
        return told_alone[0]
    draft = _Draft(category=r.row.figure.category, family=family,
                   role="part", window=window, bounds=(r.low, r.high), parent=whole,
                   relation="a part of" if whole is not None else "", size=r.row.figure.value)
    draft.members.extend(group)
    drafts.append(draft)
    return len(drafts) - 1


def _dated_closely(a: Window | None, b: Window | None) -> bool:
    """Both on the same few days, one by its text's words, the other by its text's or its news days."""
    return a is not None and b is not None and "text" in (a.basis, b.basis) \
        and {a.basis, b.basis} <= {"text", "published"} and a.overlaps(b) and max(a.days, b.days) <= NARROW_DAYS


def _link_known_parents(drafts: list[_Draft], known: list[KnownEvent]) -> None:
    index = {d.known.id: i for i, d in enumerate(drafts) if d.known is not None}
    for d in drafts:
        if d.known is not None and d.known.parent in index:
            d.parent, d.relation = index[d.known.parent], "carried out under"


def _link_stages(drafts: list[_Draft], readings: list[Reading]) -> None:
    """An exchange carried out is a stage of an agreement when its article says so ("carried out
    under the understandings reached", "the first stage"): the agreement of the same category
    that article mentions, else the latest one before it."""
    agreements = [i for i, d in enumerate(drafts) if d.family == "agreement" and d.role != "part" and d.window]
    for d in drafts:
        if d.family != "done" or d.role not in ("each", "side") or d.parent is not None or not d.window:
            continue
        under = [readings[i] for i in d.members if readings[i].under_agreement]
        if not under:
            continue
        articles = {r.row.article_id for r in under}
        # a stage is no larger than the agreement it carries out ("200 a side" is no stage of a
        # swap of 100 a side, whatever a report calls it)
        earlier = [i for i in agreements if drafts[i].category == d.category
                   and drafts[i].window.latest <= d.window.latest and drafts[i] is not d
                   and (drafts[i].bounds is None or d.bounds is None or d.bounds[0] <= drafts[i].bounds[1])]
        named = [i for i in earlier if any(readings[m].row.article_id in articles for m in drafts[i].members)]
        pick = named or earlier
        if pick:
            d.parent = max(pick, key=lambda i: drafts[i].window.latest)
            d.relation = "carried out under"


def _tells_whole(d: _Draft, parent: _Draft, readings: list[Reading]) -> bool:
    """An exchange carried out under an agreement that reports call the whole of it ("completing
    the exchange", "the stages make up the 500 agreed"), at the size agreed: not one more stage."""
    return any(readings[i].completes for i in d.members) and parent.bounds is not None \
        and d.bounds is not None and _fits(parent.bounds, d.bounds)


def _date_wholes(drafts: list[_Draft], readings: list[Reading]) -> None:
    """The whole of an agreed exchange was done when its last stage was: a report that leaves the
    day unsaid (its news days, a day its paragraph names) would date it by its first stage."""
    for d in drafts:
        if d.family != "done" or d.parent is None or d.role not in ("each", "side") or d.window is None \
                or d.known is not None or drafts[d.parent].family != "agreement":
            continue
        parent = drafts[d.parent]
        if not _tells_whole(d, parent, readings):
            continue
        stages = [s for s in drafts if s is not d and s.parent == d.parent and s.family == "done" and s.window
                  and s.window.basis != "before" and s.role != "part" and not _tells_whole(s, parent, readings)]
        if not stages:
            continue
        last = max(stages, key=lambda s: s.window.latest).window
        # A day its own sentence gives stands, unless it is a span the last stage falls in.
        if d.window.earliest < last.latest and (d.window.basis != "text" or d.window.overlaps(last)):
            d.window = last


def _freeze(drafts: list[_Draft], readings: list[Reading], unlinked: list[int]) -> EventMap:
    ids = _event_ids(drafts, readings)
    events = []
    for index, d in enumerate(drafts):
        if not d.members and d.known is None:
            continue
        events.append(Event(id=ids[index], kind=_kind_of(d, drafts, readings), category=d.category,
                            role=d.role, window=d.window, members=tuple(d.members),
                            parent=ids[d.parent] if d.parent is not None else None, known=d.known,
                            relation=d.relation))
    events.sort(key=lambda e: (e.date or date.max, e.category, e.id))
    return EventMap(readings=tuple(readings), events=tuple(events), unlinked=tuple(unlinked))


def _kind_of(d: _Draft, drafts: list[_Draft], readings: list[Reading]) -> str:
    if d.known is not None:
        return d.known.kind
    kinds = [readings[i].kind for i in d.members if readings[i].firm] or [readings[i].kind for i in d.members]
    if d.family == "done":
        parent = drafts[d.parent] if d.parent is not None else None
        if parent is not None and parent.family == "agreement" and d.role != "part":
            return "completed" if _tells_whole(d, parent, readings) else "stage"
        return "completed"
    if d.family == "offer":
        return "offer" if kinds.count("offer") >= kinds.count("proposal") else "proposal"
    return max(set(kinds), key=kinds.count) if d.family not in ("agreement",) else "agreement"


def _event_ids(drafts: list[_Draft], readings: list[Reading]) -> dict[int, str]:
    """Stable ids from what an event is (kind, category, date, role, size): rulings and links
    keep their meaning when the articles are extracted again."""
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for index, d in enumerate(drafts):
        if d.known is not None:
            ids[index] = d.known.id
            taken.add(d.known.id)
    for index, d in enumerate(drafts):
        if index in ids:
            continue
        day = d.window.earliest.isoformat() if d.window and d.window.basis != "before" else "undated"
        size = f"{d.size:g}" if d.size is not None else "?"
        base = f"{d.category}-{d.family}-{day}-{d.role}-{size}"
        name, n = base, 2
        while name in taken:
            name, n = f"{base}-{n}", n + 1
        ids[index] = name
        taken.add(name)
    return ids
