from components.charts import exchanges_over_time, values_per_source
from parley.ledger import group_exchanges
from tests.test_ledger import row


def test_exchanges_over_time_has_a_trace_per_category():
    figure = exchanges_over_time([row("a", 1000), row("b", 1200, "at_least"), row("c", 3000, category="bodies")])
    assert [t.name for t in figure.data] == ["prisoners", "bodies"]
    assert list(figure.data[0].y) == [1000, 1200]
    assert "at least 1,200 prisoners per side · B" in figure.data[0].hovertext


def test_the_same_figure_on_the_same_day_is_one_bigger_point():
    figure = exchanges_over_time([row("a", 1000), row("b", 1000), row("c", 1200)])
    assert list(figure.data[0].y) == [1000, 1200]
    assert list(figure.data[0].marker.size) == [12, 10]


def test_values_per_source_draws_hedges_as_spans():
    [exchange] = group_exchanges([row("a", 1000), row("b", 1200, "at_least")])
    figure = values_per_source(exchange)
    bar = figure.data[0]
    assert list(bar.x) == [1000, 1200]
    assert bar.error_x.array[0] == 0 and bar.error_x.array[1] > 0  # "at least" reaches up


def test_deadline_timeline_puts_rounds_articles_and_revisions_on_one_axis():
    from datetime import date

    from components.charts import deadline_timeline
    from parley.profile import load_profile

    profile = load_profile()
    figure = deadline_timeline(profile.deadlines[0], list(profile.rounds),
                               [date(2025, 7, 23), date(2025, 7, 23), date(2025, 8, 5)], date(2025, 7, 23))
    rounds, articles, *revisions = figure.data
    assert list(rounds.x) == [date(2025, 5, 16), date(2025, 6, 2), date(2025, 7, 23)]
    assert list(articles.marker.size) == [12, 10]
    assert [tuple(r.x) for r in revisions] == [(date(2025, 7, 14), date(2025, 9, 2)),
                                               (date(2025, 7, 28), date(2025, 8, 9)),
                                               (date(2025, 7, 29), date(2025, 8, 8))]
