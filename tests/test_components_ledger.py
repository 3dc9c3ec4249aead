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
