"""The Overview's and the sidebar's pure helpers: sparkline series, outlets, links, words."""

from datetime import date, datetime, timedelta, timezone

import pytest

from components.overview import articles_series, cell_link, outlets_frame, scope_line, sparkline
from components.sidebar import corpus_words
from components.tables import outlets_columns
from components.text import ago, plural, shorten, span_words
from parley.filters import CorpusFilter
from parley.store import CorpusSummary, CoverageCount

NOW = datetime(2025, 8, 1, 12, 0, tzinfo=timezone.utc)


def test_the_sparkline_counts_empty_days_as_zero_and_weeks_past_sixty_days():
    rows = [CoverageCount(date(2025, 7, 1), "A", None, 2), CoverageCount(date(2025, 7, 4), "B", None, 1),
            CoverageCount(None, "C", None, 5)]
    assert articles_series(rows) == [2, 0, 0, 1]
    long = [CoverageCount(date(2025, 1, 1) + timedelta(days=d), "A", None, 1) for d in range(100)]
    assert len(articles_series(long)) == 15 and sum(articles_series(long)) == 100


def test_outlets_table_has_tiers_shares_and_latest_day():
    rows = [CoverageCount(date(2025, 7, 1), "Reuters", "independent", 3), CoverageCount(date(2025, 7, 9), "Reuters",
                                                                                        "independent", 1),
            CoverageCount(None, None, None, 4)]
    frame = outlets_frame(rows)
    assert list(frame["Outlet"]) == ["Reuters", "Unknown outlet"] and list(frame["Articles"]) == [4, 4]
    assert list(frame["Tier"]) == ["Independent", "Tier unknown"] and list(frame["Share"]) == [50.0, 50.0]
    assert frame["Latest"][0] == date(2025, 7, 9) and frame["Latest"][1] is None


def test_outlet_shares_show_as_whole_percents():
    rows = [CoverageCount(date(2025, 7, 1), "Reuters", "independent", 5), CoverageCount(None, "TASS", None, 1)]
    shares = outlets_frame(rows)["Share"]
    config = outlets_columns()["Share"]
    # The column's printf format on the frame's values: what the grid prints.
    assert [config["type_config"]["format"] % s for s in shares] == ["83%", "17%"]
    assert config["type_config"]["max_value"] == 100


def test_a_heat_map_click_leads_to_that_cell_with_the_filters_kept():
    where = CorpusFilter(outlets=("AInvest",))
    assert cell_link({"cell": [{"issue_id": "ceasefire", "side_id": "ukraine"}]}, where) == {
        "outlet": ["AInvest"], "evidence_issue": "ceasefire", "evidence_side": "ukraine"}
    assert cell_link({"cell": []}, where) is None and cell_link({}, where) is None
    assert cell_link({"cell": [{"issue_id": "ceasefire"}]}, where) is None


def _summary(**changes) -> CorpusSummary:
    base = dict(articles=2, statements=40, figures=10, deadlines=3, outlets={"A": 1, "B": 1},
                first_published=date(2025, 7, 23), last_published=date(2025, 7, 23), undated=0,
                last_ingested=NOW - timedelta(hours=3))
    return CorpusSummary(**(base | changes))


def test_the_sidebar_says_size_and_freshness_in_words():
    assert corpus_words(_summary(), NOW) == ["**2 articles** from 2 outlets", "Published 23 Jul 2025",
                                             "Last added 3 hours ago"]
    assert corpus_words(_summary(articles=0, outlets={}), NOW) == ["No articles yet."]
    one = corpus_words(_summary(articles=1, outlets={"A": 1}, first_published=None, last_published=None), NOW)
    assert one == ["**1 article** from 1 outlet", "Last added 3 hours ago"]


def test_scope_line_names_span_undated_and_filtering():
    line = scope_line(_summary(first_published=date(2025, 7, 1), undated=1), CorpusFilter(tiers=("mediator",)), None)
    assert line == "2 articles from 2 outlets · published 1 Jul to 23 Jul 2025 · 1 undated · filtered in the sidebar"


@pytest.mark.parametrize("before, words", [
    (timedelta(seconds=20), "just now"), (timedelta(minutes=1), "1 minute ago"), (timedelta(minutes=59), "59 minutes ago"),
    (timedelta(hours=2), "2 hours ago"), (timedelta(hours=30), "yesterday"), (timedelta(days=5), "5 days ago"),
    (timedelta(days=90), "on 3 May 2025")])
def test_ago_in_words(before, words):
    assert ago(NOW - before, NOW) == words


def test_words_for_counts_spans_and_long_titles():
    assert (plural(1, "article"), plural(1200, "statement")) == ("1 article", "1,200 statements")
    assert span_words(date(2024, 12, 30), date(2025, 1, 2)) == "30 Dec 2024 to 2 Jan 2025"
    assert span_words(None, None) == ""
    assert shorten("Russia and Ukraine agree to more prisoner exchanges in Istanbul", 30) == "Russia and Ukraine agree to…"
    assert shorten("short", 30) == "short"


def test_a_sparkline_needs_articles_on_three_days_not_two_stray_bars():
    assert sparkline([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]) is None
    assert sparkline([2, 0, 1, 3]) == [2, 0, 1, 3]
