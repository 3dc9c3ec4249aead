"""The stored corpus as JSON (the extraction contract per article) or CSV (one table)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any

from parley.contract import (
    DEADLINE_KEYS,
    FIGURE_KEYS,
    STATEMENT_KEYS,
    deadline_record,
    extraction_record,
    figure_record,
    iso,
    statement_record,
)
from parley.ledger import Claim, Exchange, Ledger
from parley.positions import IssueRow
from parley.positions import columns as side_columns
from parley.profile import Profile
from parley.store import FigureRow, StatementRow, Store

TABLES = ("articles", "statements", "figures", "deadlines")
ARTICLE_COLUMNS = ("article_id", "title", "outlet", "published", "url", "format", "flags",
                   "source_name")
_RECORDS = {"statements": (STATEMENT_KEYS, statement_record),
            "figures": (FIGURE_KEYS, figure_record),
            "deadlines": (DEADLINE_KEYS, deadline_record)}


def corpus_records(store: Store) -> Iterator[dict[str, Any]]:
    """Each stored article as a contract record, plus its id and fingerprint."""
    for article in store.iter_articles():
        record = extraction_record(article, store.extraction(article.id))
        yield {"id": article.id, "fingerprint": article.fingerprint, **record}


def write_json(store: Store, out: IO[str]) -> int:
    """A JSON list of every article; returns how many were written."""
    records = list(corpus_records(store))
    json.dump(records, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(records)


def table_rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """Rows of one table, each with its article's id, title, outlet and date."""
    for article in store.iter_articles():
        base = {"article_id": article.id, "title": article.title, "outlet": article.outlet,
                "published": iso(article.published)}
        if table == "articles":
            yield {**base, "url": article.url, "format": article.format,
                   "flags": ";".join(article.flags), "source_name": article.source_name}
            continue
        _, to_record = _RECORDS[table]
        for item in getattr(store.extraction(article.id), table):
            record = to_record(item)
            if "issues" in record:
                record["issues"] = ";".join(record["issues"])
            yield {**base, **record}


def columns(table: str) -> tuple[str, ...]:
    """The CSV header of a table."""
    if table == "articles":
        return ARTICLE_COLUMNS
    return ("article_id", "title", "outlet", "published", *_RECORDS[table][0])


def write_csv(store: Store, table: str, out: IO[str]) -> int:
    """One CSV table with a header row; returns the number of data rows."""
    writer = csv.DictWriter(out, fieldnames=columns(table), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in table_rows(store, table):
        writer.writerow(row)
        count += 1
    return count


def records_csv(records: list[dict[str, Any]]) -> bytes:
    """Records as CSV bytes for a download (columns from the first record)."""
    out = io.StringIO()
    if records:
        writer = csv.DictWriter(out, fieldnames=list(records[0]), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(records)
    return out.getvalue().encode("utf-8")


def records_json(records: list[dict[str, Any]]) -> bytes:
    return json.dumps(records, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def positions_records(matrix: list[IssueRow], profile: Profile) -> list[dict[str, Any]]:
    """One record per issue and side: stance, counts, and the issue's agree/diverge mark."""
    return [{"issue": row.issue, "side": actor, "stance": cell.stance, "statements": cell.statements,
             "outlets": cell.outlets, "relation": row.relation or "", "why": row.why}
            for row in matrix for actor in side_columns(profile) if (cell := row.cells.get(actor))]


def ledger_records(rows: list[FigureRow], ledger: Ledger | None = None) -> list[dict[str, Any]]:
    """One record per figure with its source and sentence, and the event it was linked to."""
    event_of = {r.id: e.id for e in ledger.exchanges for r in e.rows} if ledger else {}
    return [{"article_id": r.article_id, "outlet": r.outlet, "published": iso(r.published),
             "title": r.title, **figure_record(r.figure), "round": r.figure.round,
             "event": event_of.get(r.id)} for r in rows]


def ledger_contract(ledger: Ledger) -> list[dict[str, Any]]:
    """The ledger contract of DESIGN.md: a list of events, each with its figures and classified
    discrepancies; figures no event could hold follow, one entry each, kind "unlinked"."""
    # A known event nothing in the view reports, and no stage of which is reported, is not in
    # the view's ledger (the page lists it with the known events, not as an exchange).
    found = [exchange_record(e) for e in ledger.exchanges if e.rows or e.fulfilment]
    for row in ledger.unlinked:
        found.append({"id": f"unlinked-{row.article_id}-{row.figure.start}-{row.id}", "category": row.figure.category,
                      "kind": "unlinked", "date": None, "label": "Not linked: no date in its text or on its article",
                      "parent": None, "source": "articles", "figures": [figure_ref(row)], "discrepancies": []})
    return found


def exchange_record(exchange: Exchange) -> dict[str, Any]:
    window = exchange.event.window
    fulfilment = exchange.fulfilment
    return {
        "id": exchange.id, "category": exchange.category, "kind": exchange.kind,
        "date": iso(window.earliest) if window and window.basis != "before" else None,
        "date_latest": iso(window.latest) if window and window.basis != "before" else None,
        "dated_by": window.words if window else None,
        "label": exchange.label, "parent": exchange.event.parent, "source": exchange.event.source,
        "low": exchange.low, "best": exchange.best, "high": exchange.high,
        "figures": [figure_ref(r) for r in exchange.rows],
        "discrepancies": [{"kind": d.kind, "a": _refs(d.a), "b": _refs(d.b), "explanation": d.explanation,
                           "key": d.key, "other_event": d.other_event, "conflated_with": d.conflated_with}
                          for d in exchange.discrepancies],
        "fulfilment": None if fulfilment is None else {
            "size": fulfilment.size, "qualifier": fulfilment.qualifier, "done": fulfilment.done,
            "over": fulfilment.over, "stages": [{"event": i, "date": d, "value": v} for i, d, v in fulfilment.stages],
            "text": fulfilment.describe()},
    }


def figure_ref(row: FigureRow) -> dict[str, Any]:
    """A figure as the ledger contract names it: where it stands, its value and sentence."""
    f = row.figure
    return {"article_id": row.article_id, "start": f.start, "end": f.end, "value": f.value, "text": f.text,
            "qualifier": f.qualifier, "per_side": f.per_side, "outlet": row.outlet, "published": iso(row.published)}


def _refs(claim: Claim) -> list[dict[str, Any]]:
    return [figure_ref(r) for r in claim.rows]


def statement_records(rows: list[StatementRow]) -> list[dict[str, Any]]:
    """One record per statement with its source."""
    return [{"article_id": r.article_id, "title": r.title, "outlet": r.outlet, "published": iso(r.published),
             "side": r.actor, "speaker": r.speaker, "stance": r.stance, "text": r.text,
             "start": r.start, "end": r.end} for r in rows]


def groups_records(store: Store, model: str, threshold: float, profile: Profile | None = None) -> list[dict[str, Any]]:
    """The groups of stored statements that tell one claim, as `python -m parley groups --json`
    prints them (parley.groups.group_records)."""
    from parley.groups import group_records

    return group_records(store, model, threshold, profile)
