"""The labelled pairs grouping is measured on, and the measure itself."""

from datetime import date
from pathlib import Path

from parley.claim_pairs import LabelledPair, load_pairs, score
from parley.cluster import DEFAULT_THRESHOLD, Group
from parley.ingest import read_article
from parley.settings import SEED_DIR
from parley.store import StatementRow

FIXTURES = Path(__file__).parent / "fixtures"
PAIRS = load_pairs(FIXTURES / "claim_pairs.yaml")
FILES = {p.name: p for p in [*SEED_DIR.glob("*.txt"), *(FIXTURES / "devset").glob("*.txt")]}


def test_every_labelled_statement_is_quoted_from_its_article():
    texts = {name: read_article(path.read_bytes(), name).text for name, path in FILES.items()}
    for pair in PAIRS:
        assert pair.a[0] != pair.b[0], f"a pair within one article: {pair.why}"
        for file, quote in (pair.a, pair.b):
            assert quote in texts[file], f"{file}: {quote[:60]}"


def test_both_kinds_of_pair_are_labelled():
    same = sum(p.same for p in PAIRS)
    assert same >= 55 and len(PAIRS) - same >= 80
    assert len({p.a[0] for p in PAIRS} | {p.b[0] for p in PAIRS}) >= 12  # spread over the articles


def row(article: str, text: str) -> StatementRow:
    return StatementRow(article_id=article, title=article, outlet=None, published=date(2025, 8, 1), text=text,
                        actor=None, start=0, end=len(text))


def test_the_score_counts_pairs_groups_and_members():
    rows = [row("a", "The sides swapped 84 prisoners each."), row("b", "Russia and Ukraine swapped 84 each."),
            row("c", "Kyiv got 146 back."), row("c", "146 Ukrainians came home on Sunday.")]
    pairs = [LabelledPair(("a.txt", "x"), ("b.txt", "y"), True, ""),
             LabelledPair(("a.txt", "x"), ("c.txt", "z"), False, ""),
             LabelledPair(("b.txt", "y"), ("c.txt", "w"), True, "")]
    located = {("a.txt", "x"): 0, ("b.txt", "y"): 1, ("c.txt", "z"): 2, ("c.txt", "w"): None}
    groups = [Group("g1", (0, 1), 0), Group("g2", (2, 3), 2)]
    result = score(0.6, groups, pairs, located, rows)
    assert (result.together, result.positives, result.apart, result.negatives) == (1, 2, 1, 1)
    assert result.single_article == 1 and result.short_members == 1 and result.unfound == 1
    assert result.together_rate == 0.5 and result.apart_rate == 1.0 and result.single_article_share == 0.5


def test_grouping_on_the_labelled_pairs_with_the_real_model(tmp_path):
    """The aim on unseen reports is 70% together and 90% apart; here, on the pairs the threshold
    was chosen on, a floor a little under what was reached with the default backend (72% and
    93% at 0.58) catches a regression without pretending the devset is unseen."""
    from parley.claim_pairs import locate
    from parley.embed import load_embedder
    from parley.groups import claim_groups, statement_facts
    from parley.ledger import ledger_of
    from parley.pipeline import ingest_paths
    from parley.profile import load_profile
    from parley.store import Store

    store, profile, embedder = Store(f"sqlite:///{tmp_path}/pairs.db"), load_profile(), load_embedder("minilm")
    assert all(o.status == "stored" for o in ingest_paths(store, sorted(FILES.values()), profile, embedder))
    rows, vectors, ids = store.grouping_rows(embedder.name)
    facts = statement_facts(rows, profile, ledger_of(store, profile).events)
    groups = claim_groups(rows, vectors, ids, DEFAULT_THRESHOLD, profile, facts)
    result = score(DEFAULT_THRESHOLD, groups, PAIRS, locate(PAIRS, store, rows), rows)
    assert result.unfound == 0
    assert result.together_rate >= 0.67 and result.apart_rate >= 0.9
    assert result.single_article == 0 and result.short_members == 0
