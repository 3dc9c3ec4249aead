"""The Deadline page's tables, built as data (AppTest cannot see a grid's cells)."""

from datetime import date

import pandas as pd
import pytest

from components.deadline import mention_groups_frame, mentions_frame, revision_words
from parley.deadline import matched_revision
from parley.deadline import MentionGroup
from parley.model import Deadline
from parley.profile import KnownDeadline, Revision, load_profile


def test_an_undated_article_leaves_its_days_empty_not_none():
    groups = [MentionGroup("U.S. deadline", date(2031, 8, 8), 2, ("Wire", "Daily"), date(2031, 7, 29), date(2031, 8, 1)),
              MentionGroup(None, date(2031, 8, 9), 1, (), None, None)]
    frame = mention_groups_frame(groups)
    assert list(frame["Matches"]) == ["U.S. deadline", "no known deadline"]
    assert frame["First"][0] == pd.Timestamp(2031, 7, 29)
    assert pd.isna(frame["First"][1]) and pd.isna(frame["Last"][1])


def test_recent_mentions_name_who_set_them_and_keep_unknown_days_empty():
    mention = Deadline(label="ten days", text="Trump gave Moscow ten days.", start=0, end=27, issuer="united_states",
                       target="russia", days=10, announced=date(2031, 7, 29), due=date(2031, 8, 8))
    frame = mentions_frame([("a1", None, None, mention)], load_profile())
    assert (frame["Set by"][0], frame["Outlet"][0]) == ("United States", "—")
    assert frame["Due"][0] == pd.Timestamp(2031, 8, 8) and pd.isna(frame["Published"][0])


# A 50-day term set on 1 Jul 2031, cut to "8 to 10 days" on 12 Jul, then to 7 days on 13 Jul.
TERMS = KnownDeadline(id="d", label="Deadline for a truce", issuer="united_states", target="russia", measure=None,
                      revisions=(Revision(date(2031, 7, 1), 50, "first"), Revision(date(2031, 7, 12), 10, "cut", 8, 10),
                                 Revision(date(2031, 7, 13), 7, "cut again")))


@pytest.mark.parametrize("due, words", [
    (date(2031, 8, 20), "original term (1 Jul), since revised"),  # 1 Jul + 50 days
    (date(2031, 8, 21), "original term (1 Jul), since revised"),  # a day off: another clock
    (date(2031, 7, 22), "revised 12 Jul, since revised again"),  # 12 Jul + 10 days
    (date(2031, 7, 20), "latest revision (13 Jul)"),  # both fit: the exact due day wins
    (date(2031, 9, 30), "matches no revision"),
])
def test_a_mention_of_a_known_deadline_says_which_revision_its_due_day_is(due, words):
    assert revision_words(TERMS, matched_revision(TERMS, due)) == words


def test_mention_tables_label_each_due_day_by_its_revision_not_only_by_the_deadline():
    known = {TERMS.label: TERMS}
    groups = [MentionGroup(TERMS.label, date(2031, 8, 20), 7, ("Wire",), None, None),
              MentionGroup(TERMS.label, date(2031, 7, 20), 2, ("Wire",), None, None),
              MentionGroup(None, date(2031, 8, 31), 1, ("Wire",), None, None)]
    assert list(mention_groups_frame(groups, known)["Revision"]) == [
        "original term (1 Jul), since revised", "latest revision (13 Jul)", "—"]
    mention = Deadline(label=TERMS.label, text="The 50-day ultimatum was cut to a week.", start=0, end=39,
                       days=50, announced=date(2031, 7, 1), due=date(2031, 8, 20))
    frame = mentions_frame([("a1", "Wire", date(2031, 7, 20), mention)], load_profile(), known)
    assert frame["Revision"][0] == "original term (1 Jul), since revised"


def test_a_single_term_is_the_only_one():
    single = KnownDeadline(id="s", label="s", issuer="x", target=None, measure=None,
                           revisions=(Revision(date(2031, 1, 1), 30, "set"),))
    assert revision_words(single, matched_revision(single, date(2031, 1, 31))) == "the only term"
