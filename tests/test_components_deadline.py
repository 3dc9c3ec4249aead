"""The Deadline page's tables, built as data (AppTest cannot see a grid's cells)."""

from datetime import date

import pandas as pd

from components.deadline import mention_groups_frame, mentions_frame
from parley.deadline import MentionGroup
from parley.model import Deadline
from parley.profile import load_profile


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
