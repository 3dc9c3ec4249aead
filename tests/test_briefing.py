from datetime import date

from parley.briefing import briefing
from parley.filters import CorpusFilter
from parley.ledger import ledger_of
from parley.positions import position_matrix
from parley.profile import load_profile


def test_briefing_of_the_seed_corpus(seeded_store):
    profile = load_profile()
    exchanges = list(ledger_of(seeded_store, profile).exchanges)
    [conflict] = [d for e in exchanges for d in e.conflicts]
    seeded_store.add_ruling(conflict.key, "confirmed", "Two reports, one wrong.", "tester")
    text = briefing(profile, seeded_store.summary(), CorpusFilter(tiers=("independent",)),
                    position_matrix(seeded_store.position_counts(), profile), exchanges,
                    seeded_store.rulings(), seeded_store.list_articles(), list(profile.deadlines), date(2025, 8, 1))
    assert text.startswith("# Briefing: Russia–Ukraine talks, 2025")
    assert "(tiers: independent)" in text
    assert "**Ceasefire**" in text and "diverge" in text
    assert "true conflict" in text and "Ruled *confirmed* by tester" in text
    assert "due 2025-08-08 (7 days, 0 hours, 0 minutes left)" in text
    assert "(AI-generated)" in text


def test_deadline_lines_count_analysts_revisions():
    from dataclasses import replace

    from parley.briefing import deadline_lines
    from parley.profile import Revision

    deadline = load_profile().deadlines[0]
    extended = replace(deadline, revisions=(*deadline.revisions,
                                            Revision(announced=date(2025, 8, 6), days=30, source="analyst")))
    [line] = deadline_lines([extended], date(2025, 8, 6))
    assert "due 2025-09-05 (30 days, 0 hours, 0 minutes left)" in line and "analyst" in line
