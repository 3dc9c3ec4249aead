import pytest

from components.charts import deadline_timeline


def test_deadline_timeline_puts_rounds_articles_and_revisions_on_one_axis():
    from datetime import date

    from components.charts import deadline_timeline
    from parley.profile import load_profile

    profile = load_profile()
    figure = deadline_timeline(profile.deadlines[0], list(profile.rounds),
                               {date(2025, 7, 23): 2, date(2025, 8, 5): 1}, date(2025, 7, 23))
    rounds, articles, *revisions = figure.data
    assert list(rounds.x) == [date(2025, 5, 16), date(2025, 6, 2), date(2025, 7, 23)]
    assert list(articles.marker.size) == [12, 10]
    assert [tuple(r.x) for r in revisions] == [(date(2025, 7, 14), date(2025, 9, 2)),
                                               (date(2025, 7, 28), date(2025, 8, 7)),
                                               (date(2025, 7, 29), date(2025, 8, 8))]
    # a range is named as one, and runs out at its shorter end
    assert [r.name for r in revisions] == ["50 days from 14 Jul", "10 to 12 days from 28 Jul", "10 days from 29 Jul"]


# -- charts that survive real data -------------------------------------------------------------
from datetime import date, timedelta  # noqa: E402

import numpy as np  # noqa: E402

from components.charts import count_axis, day_axis, dense_days, label_levels, statement_map, timeline_window  # noqa: E402
from components.theme import side_palette  # noqa: E402
from parley.profile import load_profile  # noqa: E402
from parley.store import StatementRow  # noqa: E402

DAY_MS = 86_400_000


def test_a_flat_series_counts_from_zero_not_999_to_1001():
    assert count_axis([1000, 1000])["range"] == [0, 1150]
    assert count_axis([]) ["range"] == [0, 1] and count_axis([5, 7])["range"][0] == 0


@pytest.mark.parametrize("span, ticks", [(0, 3), (6, 8), (120, 8), (900, 8)])
def test_a_day_axis_never_has_more_than_eight_ticks(span, ticks):
    first = date(2025, 1, 1)
    axis = day_axis(first, first + timedelta(days=span))
    shown = (span + 2) * DAY_MS / axis["dtick"]
    assert axis["dtick"] % DAY_MS == 0 and shown <= ticks + 1


def test_every_figure_has_a_title_and_axis_titles():
    profile = load_profile()
    figure = deadline_timeline(profile.deadlines[0], list(profile.rounds), {}, date(2025, 7, 23))
    assert figure.layout.title.text and figure.layout.xaxis.title.text


def test_the_deadline_timeline_is_zoomed_to_its_events_and_a_far_now_is_a_note_at_the_edge():
    profile = load_profile()
    deadline = profile.deadlines[0]
    figure = deadline_timeline(deadline, list(profile.rounds), {date(2025, 7, 23): 2}, date(2026, 12, 4))
    first, last = (date.fromisoformat(d) for d in figure.layout.xaxis.range)
    events = [r.date for r in profile.rounds] + [d for r in deadline.revisions for d in (r.announced, r.due)]
    assert first <= min(events) and last >= max(events) and last < date(2025, 12, 1)  # not stretched to "now"
    assert not figure.layout.shapes  # no line outside the window
    assert any(a.text == "now: 4 Dec 2026 →" and a.x == 1 for a in figure.layout.annotations)
    inside = deadline_timeline(deadline, list(profile.rounds), {}, date(2025, 7, 23), "as of")
    assert inside.layout.shapes and any(a.text == "as of: 23 Jul 2025" for a in inside.layout.annotations)


def test_one_report_years_before_is_left_beyond_the_edge_not_drawn_to_scale():
    profile = load_profile()
    deadline = profile.deadlines[0]  # revisions 14 Jul to 2 Sep 2025
    articles = {date(2022, 7, 22): 1, date(2025, 5, 16): 2, date(2025, 7, 23): 3, date(2025, 11, 24): 1}
    figure = deadline_timeline(deadline, list(profile.rounds), articles, date(2025, 7, 23))
    first, last = (date.fromisoformat(d) for d in figure.layout.xaxis.range)
    # The 2025 months fill the window: rounds from 16 May, the revisions, the November report.
    assert date(2025, 3, 1) < first <= date(2025, 5, 16) and last >= date(2025, 11, 24)
    # The 2022 report is still in the data (zooming out shows it) and named at the left edge.
    assert date(2022, 7, 22) in list(figure.data[1].x)
    assert any(a.text == "← 1 article: 22 Jul 2022 (zoom out to see)" and a.x == 0 for a in figure.layout.annotations)


def test_dense_days_grow_from_the_deadline_in_steps_no_longer_than_the_gap():
    anchor = [date(2031, 7, 1), date(2031, 7, 20)]
    context = [date(2028, 1, 1), date(2031, 5, 1), date(2031, 6, 10), date(2031, 8, 30), date(2032, 6, 1)]
    dense = dense_days(anchor, context, gap_days=45)
    assert dense.shown == (date(2031, 5, 1), date(2031, 6, 10), date(2031, 7, 1), date(2031, 7, 20),
                           date(2031, 8, 30))
    assert dense.before == (date(2028, 1, 1),) and dense.after == (date(2032, 6, 1),)
    # A corpus spread evenly over years keeps every day: there is no gap to cut at.
    even = [date(2029, 1, 1) + timedelta(days=30 * n) for n in range(40)]
    assert dense_days(anchor, even, gap_days=45).before == ()


def test_round_labels_close_together_are_staggered_and_far_ones_share_a_level():
    days = [date(2025, 5, 16), date(2025, 6, 2), date(2025, 6, 4), date(2025, 7, 23)]
    labels = ["First round, Istanbul", "Second round, Istanbul", "Extra round, Geneva", "Third round, Istanbul"]
    levels = label_levels(days, labels, span_days=120)
    assert levels[1] != levels[2] and levels[0] == levels[3] == 0
    assert label_levels(days, labels, span_days=30) == [0, 0, 1, 0]  # zoomed in: only the touching pair differs
    assert label_levels(days, labels, span_days=3000) == [0, 1, 2, 3]  # zoomed out: every label on its own


def test_timeline_window_pads_its_events():
    assert timeline_window([date(2025, 7, 1), date(2025, 7, 2)]) == (date(2025, 6, 28), date(2025, 7, 5))


def _statement(actor, text="Both sides agreed to talk.", outlet="Wire"):
    return StatementRow(article_id="a", title="T", outlet=outlet, published=date(2025, 7, 23), text=text,
                        actor=actor, start=0, end=len(text))


def test_the_statement_map_names_sides_and_colours_them_from_the_palette():
    palette = side_palette(load_profile())
    rows = [_statement("united_states"), _statement("joint"), _statement(None),
            _statement("russia", text="<script>alert(1)</script> Russia rejected it.")]
    figure = statement_map(rows, np.zeros((4, 2)), palette)
    assert [t.name for t in figure.data] == ["Russia", "United States", "Both sides", "No side"]
    assert [t.marker.color for t in figure.data] == [palette.colour(s) for s in ("russia", "united_states", "joint",
                                                                               None)]
    hover = " ".join(" ".join(t.hovertext) for t in figure.data)
    assert "united_states" not in hover and "&lt;script&gt;" in hover and "<script>" not in hover


def test_group_coverage_is_a_bar_per_tier_stacked_by_the_outlets_side():
    from components.charts import group_coverage
    from parley.groups import Coverage

    palette = side_palette(load_profile())
    coverage = (Coverage("russia", "party-official", ("TASS", "RIA Novosti"), 2),
                Coverage("ukraine", "party-aligned", ("Kyiv Independent",), 1),
                Coverage(None, "independent", ("Reuters", "<b>Wire</b>"), 3), Coverage(None, None, ("Blog",), 1))
    figure = group_coverage(coverage, palette)
    assert [t.y[0] for t in figure.data] == ["Party official", "Party-aligned", "Independent", "Tier unknown"]
    assert [t.x[0] for t in figure.data] == [2, 1, 3, 1]  # articles
    assert [t.marker.color for t in figure.data] == [palette.colour(s) for s in ("russia", "ukraine", None, None)]
    assert [t.name for t in figure.data] == ["Russia", "Ukraine", "No side", "No side"]
    assert [t.showlegend for t in figure.data] == [True, True, True, False]  # "No side" listed once
    hover = " ".join(t.hovertext[0] for t in figure.data)
    assert "TASS, RIA Novosti" in hover and "&lt;b&gt;Wire" in hover and "<b>Wire" not in hover
    assert figure.layout.title.text and figure.layout.xaxis.title.text == "Articles"
    assert list(figure.layout.yaxis.categoryarray) == ["Tier unknown", "Independent", "Party-aligned", "Party official"]
