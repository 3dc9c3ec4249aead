from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from parley.deadline import (
    Countdown,
    all_deadlines,
    as_of_moment,
    countdown,
    due_moment,
    latest_revision,
)
from parley.profile import Revision, load_profile

DEADLINE = load_profile().deadlines[0]


@pytest.mark.parametrize("day, due, days_left", [
    (date(2025, 7, 14), date(2025, 9, 2), 50),
    (date(2025, 7, 23), date(2025, 9, 2), 41),   # before the revisions: the 50 days run
    (date(2025, 7, 28), date(2025, 8, 7), 10),   # "10 or 12 days": the shorter end
    (date(2025, 7, 29), date(2025, 8, 8), 10),   # "10 days from today"
])
def test_countdown_as_of_a_day_uses_the_revision_then_in_force(day, due, days_left):
    found = countdown(DEADLINE, as_of_moment(DEADLINE, day))
    assert found.due_at.date() == due
    assert found.parts == (days_left, 0, 0) and not found.passed


def test_the_due_date_always_comes_from_the_latest_revision():
    assert due_moment(DEADLINE).date() == date(2025, 8, 8)
    assert latest_revision(DEADLINE.revisions).announced == date(2025, 7, 29)


def test_time_zones_count_the_same_instant():
    new_york = datetime(2025, 8, 7, 18, 30, tzinfo=ZoneInfo("America/New_York"))
    kyiv = new_york.astimezone(ZoneInfo("Europe/Kyiv"))
    assert countdown(DEADLINE, new_york).remaining == countdown(DEADLINE, kyiv).remaining
    assert countdown(DEADLINE, kyiv).parts == (0, 5, 30)


def test_past_due_says_how_long_ago():
    later = datetime(2025, 8, 10, 12, 0, tzinfo=timezone.utc)
    found = countdown(DEADLINE, later)
    assert found.passed and found.describe() == "passed 2 days, 8 hours, 0 minutes ago"  # 00:00 EDT = 04:00 UTC


def test_countdown_parts_and_wording():
    now = datetime(2025, 1, 1, tzinfo=timezone.utc)
    assert Countdown(due_at=now + timedelta(days=3, hours=4, minutes=5), as_of=now).describe() == \
        "3 days, 4 hours, 5 minutes left"


def test_analysts_revisions_join_the_profiles():
    added = Revision(announced=date(2025, 8, 6), days=2, source="analyst: reported extension")
    [merged] = all_deadlines(load_profile(), [], {DEADLINE.id: [added]})
    assert len(merged.revisions) == 4 and merged.due == date(2025, 8, 8)
    assert due_moment(merged).date() == date(2025, 8, 8)
    extended = replace(added, days=30)
    [merged] = all_deadlines(load_profile(), [], {DEADLINE.id: [extended]})
    assert due_moment(merged).date() == date(2025, 9, 5)


def test_mentions_group_by_match_and_due():
    from parley.deadline import group_mentions
    from parley.model import Deadline

    def mention(label, due, outlet, day):
        return ("a", outlet, day, Deadline(label=label, text="x", start=0, end=1, due=due))

    found = [mention(DEADLINE.label, date(2025, 9, 2), "TASS", date(2025, 7, 20)),
             mention(DEADLINE.label, date(2025, 9, 2), "Reuters", date(2025, 7, 23)),
             mention("by the end of August", date(2025, 8, 31), None, date(2025, 7, 23))]
    first, second = group_mentions(found, {DEADLINE.label})
    assert (first.matches, first.mentions, first.outlets) == (DEADLINE.label, 2, ("TASS", "Reuters"))
    assert (first.first, first.last) == (date(2025, 7, 20), date(2025, 7, 23))
    assert (second.matches, second.outlets) == (None, ("unknown outlet",))


def _found(label, due, announced=date(2025, 8, 18), days=None, issuer="ukraine", outlet="Wire", text="S."):
    from parley.model import Deadline

    return ("a1", outlet, announced, Deadline(label=label, text=text, start=0, end=len(text), issuer=issuer,
                                              announced=announced, due=due, days=days))


def test_found_deadlines_that_match_no_known_one_are_candidates():
    from parley.deadline import adopted, candidates

    known = load_profile().deadlines  # one deadline: revisions due 2 Sep, 7 Aug and 8 Aug
    found = [_found("within a fortnight", date(2025, 9, 1), days=14.0, issuer="united_states"),  # near 2 Sep: known
             _found(known[0].label, date(2025, 8, 20)),                                         # labelled as known
             _found("within seven to 10 days", date(2025, 8, 28), days=10.0, text="Kyiv: ten days."),
             _found("within ten days", date(2025, 8, 28), days=10.0, outlet="Other"),
             _found("by Friday", None),                                                         # no due day
             _found("until 9 August", date(2025, 8, 9))]        # inside the "10 or 12 days" revision's span: known
    [candidate] = candidates(found, list(known))
    assert (candidate.label, candidate.due, candidate.days, candidate.mentions) == \
        ("within seven to 10 days", date(2025, 8, 28), 10.0, 2)
    assert candidate.source.startswith("\u201cKyiv: ten days.\u201d (Wire, 2025-08-18)")
    deadline = adopted(candidate, "Guarantees on paper", "ukraine", None)
    assert deadline.due == date(2025, 8, 28) and deadline.revisions[0].source == candidate.source
    assert deadline.id == "found-guarantees-on-paper-2025-08-28"


def test_a_range_revision_spans_its_two_ends_and_falls_due_at_the_shorter():
    from parley.deadline import matched_revision

    [deadline] = load_profile().deadlines
    ranged = deadline.revisions[1]
    assert (ranged.due, ranged.span, ranged.length) == (date(2025, 8, 7), (date(2025, 8, 7), date(2025, 8, 9)), "10 to 12")
    assert matched_revision(deadline, date(2025, 8, 10)) is ranged  # its longer end, a day's slack
    assert deadline.revisions[0].length == "50"
