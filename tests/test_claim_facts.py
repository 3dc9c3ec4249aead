from datetime import date

import numpy as np
import pytest

from parley.claim_facts import NUMBER_SUPPORT, ClaimFacts, FactTable, claim_facts, facts_differ, support
from parley.profile import load_profile

PROFILE = load_profile()
JULY_24 = date(2025, 7, 24)  # the day after the third round: reports of it are about it


def facts(text: str, side: str | None = None, published: date | None = JULY_24, events=frozenset()) -> ClaimFacts:
    return claim_facts(text, side, published, PROFILE, frozenset(events))


@pytest.mark.parametrize("a, b, differ", [
    # different numbers for the same kind of thing
    ("Russia and Ukraine agreed to exchange 1,000 prisoners each.",
     "The delegations agreed to exchange at least 1,200 prisoners each.", True),
    ("The truce lasted thirty hours.", "The pause ran for 72 hours.", True),
    # one number said two ways, a hedge that covers the other, a number the other leaves out
    ("The truce will be in force for three days in all.", "The pause ran for 72 hours.", False),
    ("Ukraine counted more than 6,000 bodies.", "Medinsky said 6,060 bodies had been handed over.", False),
    ("About 1,000 prisoners were freed.", "A total of 1,020 prisoners were freed.", False),
    ("The sides exchanged 84 prisoners each, or 168 in total.", "Kyiv said 84 prisoners came home.", False),
    ("The sides agreed to exchange more prisoners.", "The sides agreed to exchange 1,200 prisoners each.", False),
    # people of different kinds: bodies are not prisoners
    ("Russia offered to transfer the bodies of 3,000 servicemen.",
     "Russia and Ukraine exchanged 185 prisoners each on Thursday.", True),
    # elapsed time is no fact of the claim
    ("The sides exchanged 185 prisoners each, the first swap in more than five weeks.",
     "Three weeks after that exchange, 185 prisoners had been released by each side.", False),
])
def test_numbers(a, b, differ):
    assert facts_differ(facts(a), facts(b)) is differ


@pytest.mark.parametrize("a, b, differ", [
    ("On 18 March Putin agreed to a 30-day pause.", "Putin agreed a pause on March 18.", False),
    ("The moratorium was agreed on 18 March.", "The moratorium expired on 17 April.", True),
    # a bound ("since", "before", "by") is not when the claim happened
    ("In the third round since mid-May, officials agreed to more exchanges.",
     "The third round of talks ended with agreement on more exchanges.", False),
    # the round a report is about (named, or the one it reports) against a day named elsewhere
    ("Ukraine pressed its demand for an unconditional ceasefire.",
     "On 10 May Zelensky demanded an unconditional ceasefire of 30 days.", True),
    # weekdays are resolved against the day of writing, which a background sentence does not share
    ("The truce ran from Saturday evening to Monday.", "The truce began on Saturday at 18:00.", False),
])
def test_days_and_rounds(a, b, differ):
    assert facts_differ(facts(a), facts(b)) is differ


def test_sides():
    russia, ukraine = facts("The truce was broken 2,000 times.", "russia"), facts("The truce was broken.", "ukraine")
    assert facts_differ(russia, ukraine)
    assert not facts_differ(russia, facts("The truce was broken 2,000 times.", None))  # unattributed
    assert not facts_differ(ukraine, facts("The truce was broken.", "joint"))  # both sides hold it
    # two sides counting the same people alike tell one exchange
    assert not facts_differ(facts("84 Ukrainians came home from captivity.", "ukraine"),
                            facts("84 prisoners were handed over in return.", "russia"))


def test_events_of_the_ledger():
    swap, other = facts("The exchange took place.", events={"e1"}), facts("The exchange took place.", events={"e2"})
    assert facts_differ(swap, other)
    assert not facts_differ(swap, facts("A swap happened.", events={"e1", "e3"}))
    assert support(swap, facts("A swap happened.", events={"e1"})) >= NUMBER_SUPPORT


def test_support_for_agreeing_facts():
    a = facts("84 prisoners came home on 14 August.")
    assert support(a, facts("Russia and Ukraine swapped 84 prisoners each on 14 August.")) > NUMBER_SUPPORT
    assert support(a, facts("Russia and Ukraine swapped 84 prisoners each.")) == NUMBER_SUPPORT
    assert support(a, facts("The talks were constructive.")) == 0.0


def test_the_table_answers_as_the_pairs_do():
    texts = ["Russia and Ukraine agreed to exchange 1,000 prisoners each.",
             "The delegations agreed to exchange at least 1,200 prisoners each.",
             "The sides agreed to swap 1,000 prisoners from each side.",
             "The truce was broken 2,000 times.", "The truce was broken."]
    sides = [None, "joint", None, "russia", "ukraine"]
    every = [facts(t, s) for t, s in zip(texts, sides)]
    table = FactTable(every)
    first, second = np.triu_indices(len(texts), 1)
    apart, added = table.compare(first, second)
    assert apart.tolist() == [facts_differ(every[a], every[b]) for a, b in zip(first, second)]
    assert added.tolist() == pytest.approx([0.0 if d else support(every[a], every[b])
                                            for a, b, d in zip(first, second, apart)])
    shared = set(zip(*table.shared_pairs()))
    assert shared == {(0, 2)}  # the only two that give the same number of the same kind
    assert table.take([2, 0]).facts == [every[2], every[0]]


def test_a_statement_naming_no_day_is_about_the_days_before_its_report():
    april = facts("Kyiv answered with a condition of its own.", "ukraine", date(2025, 4, 20))
    august = facts("Kyiv reads that answer as stalling for time.", "ukraine", date(2025, 8, 23))
    assert april.recent and facts_differ(april, august)
    assert not facts_differ(april, facts("Kyiv answered with conditions.", "ukraine", date(2025, 4, 28)))
    # ... but the same count restated in a later article's background is the same claim
    assert not facts_differ(facts("The delegations committed to releasing 1,200 prisoners apiece.", None, date(2025, 10, 3)),
                            facts("On 23 July the delegations agreed to exchange 1,200 prisoners each.", None,
                                  date(2025, 8, 14)))


def test_a_hedged_number_is_no_evidence_of_one_claim():
    hedged = facts("They were selected from a group of around 1,000 prisoners.")
    stated = facts("The sides agreed to exchange 1,000 prisoners each.")
    assert not facts_differ(hedged, stated) and support(hedged, stated) == 0.0
    # the same people counted is strong support; the same length of time, weak
    assert support(facts("Talks lasted three hours."), facts("The meeting ended after three hours.")) < NUMBER_SUPPORT
