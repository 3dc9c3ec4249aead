import math
from dataclasses import replace
from datetime import date

import pytest

from parley.ledger import (
    Claim,
    compare,
    discrepancy_key,
    group_exchanges,
    interval,
    render,
)
from parley.model import Figure
from parley.store import FigureRow


def row(article: str, value: float, qualifier: str = "exact", *, outlet: str | None = None,
        per_side: bool = True, status: str = "agreed", scope: str = "new", category: str = "prisoners",
        low: float | None = None, high: float | None = None, flags: tuple[str, ...] = ()) -> FigureRow:
    figure = Figure(value=value, text=f"{value} prisoners", start=0, end=1, qualifier=qualifier, low=low,
                    high=high, category=category, per_side=per_side, status=status, scope=scope,
                    round="r3", unit=category)
    return FigureRow(id=hash(article) % 1000, article_id=article, title=f"Report {article}",
                     outlet=outlet or article.upper(), tier=None, published=date(2025, 7, 23),
                     flags=flags, figure=figure)


@pytest.mark.parametrize("qualifier, expected", [
    ("exact", (1200, 1200)), ("at_least", (1200, math.inf)), ("at_most", (0, 1200)),
    ("about", (1080, 1320)),
])
def test_interval(qualifier, expected):
    low, high = interval(row("a", 1200, qualifier))
    assert (round(low), high if math.isinf(high) else round(high)) == expected


@pytest.mark.parametrize("a, b, kind", [
    (row("a", 1000), row("b", 1200, "at_least"), "conflict"),
    (row("a", 1000), row("b", 1200), "conflict"),
    (row("a", 1200), row("b", 1000, "at_least"), "hedge"),
    (row("a", 1000), row("b", 1100, "about"), "hedge"),
    (row("a", 1000), row("b", 5800, scope="cumulative"), "scope"),
    (row("a", 1000), row("b", 2000, per_side=False), "referent"),
    (row("a", 1000, status="proposed"), row("b", 1200, status="completed"), "referent"),
])
def test_disagreements_are_classified(a, b, kind):
    found = compare(Claim((a,)), Claim((b,)))
    assert found is not None and found.kind == kind
    assert "A" in found.explanation and "B" in found.explanation


def test_the_same_figure_is_no_disagreement():
    assert compare(Claim((row("a", 1200, "at_least"),)), Claim((row("b", 1200, "at_least"),))) is None
    assert compare(Claim((row("a", 1000),)), Claim((row("a", 1200),))) is None  # one article, two numbers


def test_ai_generated_sources_are_named_in_the_explanation():
    found = compare(Claim((row("a", 1000, flags=("ai_generated",)),)), Claim((row("b", 1200, "at_least"),)))
    assert "A is flagged AI-generated" in found.explanation


def test_sources_making_the_same_claim_are_one_side_of_a_disagreement():
    rows = [row(name, 1000) for name in "abcde"] + [row("z", 1200, "at_least")]
    [exchange] = group_exchanges(rows)
    [conflict] = exchange.discrepancies
    assert conflict.kind == "conflict" and len(exchange.claims) == 2
    assert "A, B, C and 2 more says 1,000 prisoners per side" in conflict.explanation
    assert exchange.best == 1000  # the value most sources state


def test_exchanges_group_by_category_and_round_with_stated_range():
    rows = [row("a", 1000), row("a", 1000), row("b", 1200, "at_least"), row("b", 3000, "at_most", category="bodies")]
    prisoners, bodies = group_exchanges(rows)
    assert (prisoners.category, prisoners.low, prisoners.best, prisoners.high) == ("prisoners", 1000, 1000, 1200)
    assert len(prisoners.discrepancies) == 1 and prisoners.disputed
    assert (bodies.category, bodies.disputed) == ("bodies", False)


def test_rulings_keep_their_key_when_rows_are_extracted_again():
    a, b = row("a", 1000), row("b", 1200, "at_least")
    assert discrepancy_key(Claim((a,)), Claim((b,))) == \
        discrepancy_key(Claim((replace(b, id=999),)), Claim((replace(a, id=5),)))


@pytest.mark.parametrize("figure, text", [
    (row("a", 1200, "at_least"), "at least 1,200 prisoners per side"),
    (row("a", 48, "range", low=24, high=48, per_side=False, category="duration"), "24 to 48 duration"),
    (row("a", 3000, "at_most", per_side=False, category="bodies"), "up to 3,000 bodies"),
])
def test_render(figure, text):
    assert render(figure) == text


def test_best_is_the_most_supported_value_else_the_median():
    [exchange] = group_exchanges([row("a", 84), row("b", 1000), row("c", 1200, "at_least")])
    assert exchange.best == 1000
    [exchange] = group_exchanges([row("a", 84), row("b", 84), row("c", 1200)])
    assert exchange.best == 84
