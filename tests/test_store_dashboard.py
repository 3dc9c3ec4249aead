"""The store's dashboard reads (filtered summary, coverage) and editors' corrections of articles."""

from datetime import date

import pytest
import sqlalchemy as sa

from parley.access import Access
from parley.errors import PermissionDenied
from parley.filters import CorpusFilter
from parley.pipeline import reextract
from parley.store import SCHEMA_VERSION, Store, meta
from tests.conftest import db_snapshot


def test_the_summary_obeys_the_filter(seeded_store):
    everything = seeded_store.summary()
    only = seeded_store.summary(CorpusFilter(outlets=("AInvest",)))
    assert only.articles == 1 and set(only.outlets) == {"AInvest"}
    assert 0 < only.statements < everything.statements and 0 < only.figures < everything.figures
    later = seeded_store.summary(CorpusFilter(since=date(2025, 7, 24)))
    assert (later.articles, later.statements, later.figures, later.outlets) == (0, 0, 0, {})
    assert everything.last_ingested is not None and everything.last_ingested.tzinfo is not None


def test_coverage_counts_articles_per_day_outlet_and_tier(seeded_store):
    rows = seeded_store.coverage()
    assert sum(r.articles for r in rows) == 2 and {r.day for r in rows} == {date(2025, 7, 23)}
    assert {(r.outlet, r.tier) for r in rows} == {("AInvest", "independent"), (None, None)}
    assert seeded_store.coverage(CorpusFilter(tiers=("independent",)))[0].outlet == "AInvest"


def _second(store: Store) -> str:
    return next(a.id for a in store.list_articles() if a.outlet is None)


def test_a_correction_changes_the_article_and_keeps_what_it_replaced(seeded_store):
    article_id = _second(seeded_store)
    made = seeded_store.correct_article(article_id, {"outlet": "Kyiv Post", "tier": "party-aligned",
                                                     "title": seeded_store.get_article(article_id).title},
                                        "ann@example.org", "Masthead in the PDF")
    assert [(c.field, c.previous, c.value) for c in made] == [("outlet", None, "Kyiv Post"),
                                                             ("tier", None, "party-aligned")]
    article = seeded_store.get_article(article_id)
    assert (article.outlet, article.tier) == ("Kyiv Post", "party-aligned")
    assert seeded_store.summary(CorpusFilter(outlets=("Kyiv Post",))).articles == 1
    assert [(c.who, c.source, c.note) for c in seeded_store.corrections(article_id)] == \
        [("ann@example.org", "editor", "Masthead in the PDF")] * 2


def test_a_corrected_date_is_kept_and_date_dependent_extraction_is_redone(seeded_store):
    article_id = _second(seeded_store)
    assert date(2025, 8, 31) in {d.due for d in seeded_store.extraction(article_id).deadlines}
    seeded_store.correct_article(article_id, {"published": date(2024, 7, 23)}, "ann", "Dateline says 2024")
    assert list(reextract(seeded_store, article_ids=[article_id])) == [article_id]
    assert seeded_store.get_article(article_id).published == date(2024, 7, 23)
    dues = {d.due for d in seeded_store.extraction(article_id).deadlines}
    assert date(2024, 8, 31) in dues and date(2025, 8, 31) not in dues  # "before the end of August"


def test_re_extraction_does_not_undo_an_editors_tier(seeded_store):
    article_id = next(a.id for a in seeded_store.list_articles() if a.outlet == "AInvest")
    seeded_store.correct_article(article_id, {"tier": "party-aligned"}, "ann", "Owned by a party")
    list(reextract(seeded_store, stale_only=False))
    assert seeded_store.get_article(article_id).tier == "party-aligned"  # the profile says independent


@pytest.mark.parametrize("changes, message", [
    ({"title": "  "}, "needs a title"), ({"published": "23 July"}, "YYYY-MM-DD"),
    ({"tier": "friendly"}, "tier must be one of"), ({"text": "rewritten"}, "can be corrected"),
])
def test_a_bad_correction_is_refused_and_changes_nothing(seeded_store, changes, message):
    before = db_snapshot(seeded_store)
    with pytest.raises(ValueError, match=message):
        seeded_store.correct_article(_second(seeded_store), changes, "ann", "why")
    with pytest.raises(ValueError, match="needs a note"):
        seeded_store.correct_article(_second(seeded_store), {"outlet": "BBC"}, "ann", " ")
    assert db_snapshot(seeded_store) == before


def test_a_reader_cannot_correct(seeded_store):
    reader = seeded_store.with_access(Access(who="eve", role="viewer", can_write=False, reason="readers read"))
    with pytest.raises(PermissionDenied):
        reader.correct_article(_second(seeded_store), {"outlet": "BBC"}, "eve", "because")


def test_a_version_5_database_gets_the_corrections_table(db_url):
    store = Store(db_url)
    with store.write() as conn:
        conn.exec_driver_sql("DROP TABLE article_corrections")
        conn.execute(sa.update(meta).where(meta.c.key == "schema_version").values(value="5"))
    reopened = Store(db_url)
    assert reopened.schema_version() == SCHEMA_VERSION
    assert reopened.corrections("nothing") == []
