"""Extraction of whole articles: spans, and what the seed corpus must yield."""

import pytest

from parley.extract import extract
from parley.ingest import read_article
from parley.settings import SEED_DIR


@pytest.fixture(scope="module")
def seeds():
    articles = [read_article(p.read_bytes(), p.name) for p in sorted(SEED_DIR.glob("*.txt"))]
    return [(a, extract(a)) for a in articles]


def test_every_span_indexes_the_article_text(seeds):
    for article, found in seeds:
        for item in (*found.statements, *found.figures, *found.deadlines):
            assert article.text[item.start:item.end] == item.text


def test_the_two_reports_disagree_on_the_exchange(seeds):
    prisoners = [{(f.value, f.qualifier, f.per_side) for f in found.figures if f.category == "prisoners"}
                 for _, found in seeds]
    assert (1000, "exact", True) in prisoners[0]
    assert (1200, "at_least", True) in prisoners[1]


def test_both_sides_ceasefire_positions_are_found(seeds):
    pairs = {(s.actor, s.stance) for _, found in seeds for s in found.statements if "ceasefire" in s.issues}
    assert ("ukraine", "demands") in pairs
    assert any(actor == "russia" for actor, _ in pairs)


def test_the_deadline_resolves_to_the_known_one(seeds):
    dues = {d.due.isoformat() for _, found in seeds for d in found.deadlines if d.due}
    assert "2025-09-02" in dues
