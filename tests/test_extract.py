"""Extraction of whole articles: spans, and what the seed corpus must yield."""

from datetime import date

import pytest

from parley.extract import extract
from parley.ingest import read_article
from parley.model import Article
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


def test_a_known_deadline_set_by_its_issuer_is_about_what_it_threatens():
    text = "On 14 July Trump gave Putin 50 days to end the war. Analysts doubted it."
    article = Article(id="x", fingerprint="x", title="t", text=text, format="txt", published=date(2025, 7, 20))
    [said] = [s for s in extract(article).statements if s.actor == "united_states"]
    assert "sanctions" in said.issues


@pytest.mark.parametrize("answer, issue_expected", [
    ("The Kremlin said Moscow does not respond to ultimatums.", True),
    ("Moscow said every new deadline was a step towards war.", True),
    # the target speaking of something else, and another side speaking of an ultimatum
    ("The Kremlin said Moscow wants a meeting of the presidents.", False),
    ("The Kremlin said the deadline for handing over the lists of prisoners was Friday.", False),
])
def test_the_target_answering_a_known_deadline_speaks_of_what_it_threatens(answer, issue_expected):
    text = f"On 14 July Trump gave Putin 50 days to end the war. {answer} Zelensky called the memorandum an ultimatum."
    article = Article(id="x", fingerprint="x", title="t", text=text, format="txt", published=date(2025, 7, 20))
    statements = extract(article).statements
    answered = [s for s in statements if s.actor == "russia"]
    assert answered and any("sanctions" in s.issues for s in answered) == issue_expected
    assert not any("sanctions" in s.issues for s in statements if s.actor == "ukraine")


def test_the_sentence_model_reads_what_is_said_not_who_says_it():
    from parley.extract import with_meant_issues
    from parley.extract.mentions import Mention
    from parley.model import Statement

    class Recording:
        def __init__(self):
            self.read = []

        def issues_for(self, texts):
            self.read += texts
            return [("military_aid",) for _ in texts]

    text = "The South's defence minister, Ann Lee, confirmed the numbers given by the negotiators."
    statement = Statement(text, 0, len(text), "south")
    post, name = "The South's defence minister", "Ann Lee"
    mentions = [Mention(0, len(post), "south", name), Mention(text.index(name), text.index(name) + len(name), "south", name)]
    model = Recording()
    [found] = with_meant_issues([statement], model, text, mentions)
    assert model.read == [", , confirmed the numbers given by the negotiators."]
    assert found.issues == ("military_aid",)
    # with the post left out, too few words are left to read
    short = "The South's defence minister confirmed it."
    model = Recording()
    [kept] = with_meant_issues([Statement(short, 0, len(short), "south")], model, short, mentions[:1])
    assert model.read == [] and kept.issues == ()
