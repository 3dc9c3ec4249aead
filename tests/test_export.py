import csv
import io
import json

from parley.export import columns, table_rows, write_csv, write_json


def test_statement_rows_carry_their_article(seeded_store):
    rows = list(table_rows(seeded_store, "statements"))
    assert len(rows) == seeded_store.summary().statements
    assert {r["outlet"] for r in rows} == {"AInvest", None}
    assert all(r["text"] and r["end"] > r["start"] for r in rows)


def test_csv_header_matches_columns(seeded_store):
    out = io.StringIO()
    assert write_csv(seeded_store, "figures", out) == seeded_store.summary().figures > 0
    assert next(csv.reader(io.StringIO(out.getvalue()))) == list(columns("figures"))


def test_json_spans_index_the_exported_text(seeded_store):
    out = io.StringIO()
    write_json(seeded_store, out)
    for record in json.loads(out.getvalue()):
        text = record["article"]["text"]
        assert all(text[s["start"]:s["end"]] == s["text"] for s in record["statements"])


def test_positions_and_ledger_records(seeded_store):
    from parley.export import (
        ledger_records,
        positions_records,
        records_csv,
        records_json,
    )
    from parley.positions import position_matrix
    from parley.profile import load_profile

    profile = load_profile()
    positions = positions_records(position_matrix(seeded_store.position_counts(), profile), profile)
    assert {"issue", "side", "stance", "statements", "outlets", "relation", "why"} == set(positions[0])
    assert any(r["issue"] == "ceasefire" and r["relation"] == "diverge" for r in positions)
    ledger = ledger_records(seeded_store.figure_rows())
    assert len(ledger) == seeded_store.summary().figures
    assert records_csv(ledger).decode().splitlines()[0].startswith("article_id,outlet,published")
    assert json.loads(records_json(ledger))[0]["category"]
    assert records_csv([]) == b""


def test_statement_records(seeded_store):
    from parley.export import statement_records

    records = statement_records(seeded_store.statement_rows())
    assert len(records) == seeded_store.summary().statements
    assert {"side", "speaker", "stance", "text", "outlet", "published"} <= set(records[0])
    assert any(r["side"] == "ukraine" and r["stance"] == "demands" for r in records)


def test_the_ledger_contract_lists_events_then_unlinked_figures(seeded_store):
    from parley.export import ledger_contract
    from parley.ledger import ledger_of
    from parley.profile import load_profile

    ledger = ledger_of(seeded_store, load_profile())
    records = ledger_contract(ledger)
    assert [r["id"] for r in records] == [e.id for e in ledger.exchanges]
    [agreement] = [r for r in records if r["category"] == "prisoners"]
    assert agreement["kind"] == "agreement" and agreement["date"] == "2025-07-23"
    assert json.loads(json.dumps(records)) == records  # plain JSON all the way down


def test_ledger_records_name_each_figures_event(seeded_store):
    from parley.export import ledger_records
    from parley.ledger import ledger_of
    from parley.profile import load_profile

    ledger = ledger_of(seeded_store, load_profile())
    records = ledger_records(seeded_store.figure_rows(), ledger)
    linked = {r["event"] for r in records if r["category"] == "prisoners"}
    assert linked == {e.id for e in ledger.exchanges if e.category == "prisoners"}
    assert {r["event"] for r in records if r["category"] == "duration"} == {None}
