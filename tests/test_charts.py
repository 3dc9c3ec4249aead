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
