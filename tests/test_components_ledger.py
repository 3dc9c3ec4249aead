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
