"""Altair builders: the data they draw, the names they show, the selection they carry."""

from datetime import date, timedelta

from components.altair_charts import (
    HEATMAP_SELECTION,
    coverage_chart,
    coverage_frame,
    coverage_periods,
    exchange_ranges,
    heatmap_frame,
    position_heatmap,
    ranges_frame,
    side_label_colours,
)
from components.theme import side_palette
from parley.extract.dates import dates_in
from parley.ledger import build_ledger
from parley.positions import position_matrix
from parley.profile import load_profile
from parley.store import CoverageCount
from tests import event_fixtures


def _cover(day: date, outlet: str | None, tier: str | None, n: int = 1) -> CoverageCount:
    return CoverageCount(day=day, outlet=outlet, tier=tier, articles=n)


def test_the_heat_map_shows_names_links_by_ids_and_selects_a_cell(seeded_store):
    profile = load_profile()
    palette = side_palette(profile)
    matrix = position_matrix(seeded_store.position_counts(), profile)
    frame = heatmap_frame(matrix, profile, palette)
    ceasefire = frame.set_index(["issue", "side"]).loc[("Ceasefire", "Ukraine")]
    assert ceasefire["stance"] == "demands" and ceasefire["issue_id"] == "ceasefire"
    assert ceasefire["label"] == f"demands · {ceasefire['statements']}"
    assert "united_states" not in set(frame["side"]) and "United States" in set(frame["side"])
    spec = position_heatmap(matrix, profile, palette).to_dict()
    [param] = [p for p in spec["params"] if p["name"] == HEATMAP_SELECTION]
    assert param["select"]["fields"] == ["issue_id", "side_id"]
    assert spec["title"]["text"] and spec["layer"][0]["encoding"]["tooltip"]


def test_side_labels_take_their_palette_colour():
    palette = side_palette(load_profile())
    expression = side_label_colours(palette)
    assert '"Russia" ? "#A34700"' in expression and '"Ukraine" ? "#005A8C"' in expression


def test_one_day_of_coverage_stands_in_a_week_with_empty_days_either_side():
    periods, length = coverage_periods([_cover(date(2025, 7, 23), "A", "independent", 2)])
    assert length == "day" and len(periods) == 7 and periods[3] == "2025-07-23"


def test_long_coverage_is_drawn_per_week_and_every_week_has_a_place():
    rows = [_cover(date(2025, 1, 1) + timedelta(days=d), "A", None) for d in range(0, 300, 10)]
    periods, length = coverage_periods(rows)
    assert length == "week" and all(date.fromisoformat(p).weekday() == 0 for p in periods)
    assert (periods[0], periods[-1]) == ("2024-12-30", "2025-10-13")  # the Mondays of the first and last days
    assert len(periods) == (date(2025, 10, 13) - date(2024, 12, 30)).days // 7 + 1
    frame = coverage_frame(rows, "tier")
    assert frame["articles"].sum() == 30 and set(frame["band"]) == {"Tier unknown"}


def test_coverage_over_years_is_drawn_per_month_so_a_far_report_does_not_thin_the_bars():
    rows = [_cover(date(2022, 3, 29), "A", None)] + [_cover(date(2025, 5, 16) + timedelta(days=d), "B", None)
                                                     for d in range(0, 200, 5)]
    periods, length = coverage_periods(rows)
    assert length == "month" and periods[0] == "2022-03-01" and periods[-1] == "2025-11-01"
    assert len(periods) == 3 * 12 + 8 + 1  # every month between, the empty ones too
    frame = coverage_frame(rows, "tier")
    assert frame["articles"].sum() == 41 and frame["period"].iloc[0] == "2022-03-01"
    assert frame["day"].iloc[0] == "Mar 2022"
    spec = coverage_chart(rows, "tier").to_dict()
    assert spec["title"] == "Coverage per month by source tier" and "%b %Y" in spec["encoding"]["x"]["axis"]["labelExpr"]


def test_coverage_by_outlet_keeps_the_eight_largest_and_merges_the_rest():
    day = date(2025, 7, 23)
    rows = [_cover(day, f"Outlet {n}", "independent", n + 1) for n in range(10)] + [_cover(None, "Undated", None)]
    frame = coverage_frame(rows, "outlet")
    assert len(set(frame["band"])) == 9 and "Other outlets" in set(frame["band"])
    assert frame["articles"].sum() == sum(range(1, 11))  # the undated article has no day to stand on
    spec = coverage_chart(rows, "outlet").to_dict()
    assert spec["title"] and spec["encoding"]["y"]["title"] == "Articles" and spec["encoding"]["tooltip"]


def test_exchange_ranges_show_each_range_best_value_and_dispute():
    profile = load_profile()
    a = event_fixtures.Article("a", "On 20 April the sides agreed to exchange 1,000 prisoners each.",
                               date(2031, 4, 21), outlet="Wire")
    b = event_fixtures.Article("b", "On 20 April the sides agreed to exchange at least 1,200 prisoners each. "
                               "On 20 April the North also agreed to return 3,000 bodies.", date(2031, 4, 21))
    a.figure("1,000", 1000, per_side=True)
    b.figure("1,200", 1200, qualifier="at_least", per_side=True)
    b.figure("3,000", 3000, category="bodies")
    rows, texts = event_fixtures.corpus(a, b)
    exchanges = list(build_ledger(rows, texts, event_fixtures.profile(), (), dates_in).exchanges)
    frame = ranges_frame(exchanges, profile)
    assert list(frame["category"]) == ["Prisoners", "Bodies"]
    assert list(frame["exchange"])[0] == "Prisoners · 20 Apr 2031, agreed"
    assert list(frame["state"])[0] == "sources disagree"
    assert list(frame["range"])[1] == "3,000" and list(frame["state"])[1] == "sources agree"
    spec = exchange_ranges(exchanges, profile).to_dict()
    assert spec["facet"]["row"]["field"] == "exchange" and spec["resolve"]["scale"]["x"] == "independent"


def test_two_exchanges_with_one_name_get_a_row_each():
    profile = load_profile()
    a = event_fixtures.Article("a", "On 20 April the sides agreed to exchange 300 prisoners each.", date(2031, 4, 21))
    b = event_fixtures.Article("b", "On 20 April the North agreed to free 90 prisoners.", date(2031, 4, 21))
    a.figure("300", 300, per_side=True)
    b.figure("90", 90)
    rows, texts = event_fixtures.corpus(a, b)
    exchanges = list(build_ledger(rows, texts, event_fixtures.profile(), (), dates_in).exchanges)
    names = list(ranges_frame(exchanges, profile)["exchange"])
    assert len(exchanges) == 2 and len(set(names)) == 2  # facet rows are keyed by name


def test_every_stance_a_cell_can_show_has_a_colour_in_the_legend():
    from components.altair_charts import STANCE_COLOURS, STANCE_ORDER
    from parley.positions import STANCE_WORDS

    assert set(STANCE_WORDS.values()) <= set(STANCE_ORDER) and len(STANCE_ORDER) == len(STANCE_COLOURS)
