"""The Exchanges page's conflict cards: what they quote, and under whose name."""

from components.ledger import conflict_quotes
from tests.test_ledger import exchange_of, ledger, report


def test_a_conflicts_quotes_each_stand_under_their_own_source():
    a = report("a", "On 12 March, 120 prisoners were released by each side.", outlet="Wire")
    b = report("b", "On 12 March, 125 prisoners were released by each side.", outlet="Daily")
    c = report("c", "On 12 March some 120 prisoners were freed by each side, officials said.", outlet="Herald")
    first = a.figure("120", 120, per_side=True)
    b.figure("125", 125, per_side=True)
    c.figure("120 prisoners", 120, per_side=True)
    [conflict] = exchange_of(ledger(a, b, c), first).conflicts
    lines = conflict_quotes(conflict)
    assert lines == ["Wire, 16 Mar 2031: “On 12 March, 120 prisoners were released by each side.”",
                     "Herald, 16 Mar 2031: “On 12 March some 120 prisoners were freed by each side, officials said.”",
                     "Daily, 16 Mar 2031: “On 12 March, 125 prisoners were released by each side.”"]


def test_events_the_axis_cannot_place_are_said_to_be_in_the_table():
    from components.ledger import undated_note

    dated = report("a", "On 12 March, 120 prisoners were released by each side.")
    dated.figure("120", 120, per_side=True)
    assert undated_note(ledger(dated)) is None
    vague = report("b", "The sides have agreed to exchange 300 prisoners each.")
    vague.figure("300", 300, per_side=True)
    assert undated_note(ledger(dated, vague)).startswith("1 event(s) known only as reported before a day")


def test_an_undated_figure_shows_an_empty_published_cell_not_none():
    from datetime import date as day

    import pandas as pd

    from components.ledger import ledger_frame
    from tests.event_fixtures import profile

    dated = report("a", "On 12 March, 120 prisoners were released by each side.")
    undated = report("b", "Some 40 prisoners were freed.", published=None)
    rows = [dated.figure("120", 120, per_side=True), undated.figure("40 prisoners", 40)]
    published = ledger_frame(rows, profile())["Published"].tolist()
    assert published[0] == pd.Timestamp(day(2031, 3, 16)) and pd.isna(published[1])


def test_the_ledger_table_holds_exchange_figures_only():
    from components.ledger import exchange_figures

    a = report("a", "On 12 March, 120 prisoners were released by each side. The truce lasted 30 days.")
    swap = a.figure("120", 120, per_side=True)
    truce = a.figure("30 days", 30, category="duration")
    assert exchange_figures([swap, truce], ledger(a)) == [swap]
