"""Command line: ``python -m parley ingest|extract|reextract|groups|ledger|export`` (a thin layer
over the library)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from parley.cluster import DEFAULT_THRESHOLD
from parley.contract import extraction_record
from parley.embed import load_embedder
from parley.errors import ParleyError, RefusedFile
from parley.export import TABLES, groups_records, ledger_contract, write_csv, write_json
from parley.extract import EXTRACTOR_VERSION, dated, extract
from parley.filters import CorpusFilter
from parley.ingest import display_name, read_article
from parley.ledger import ledger_of
from parley.pipeline import embed_missing, ingest_paths, reextract
from parley.profile import DEFAULT_PROFILE, TIERS, load_profile
from parley.store import Store


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m parley", description=__doc__)
    parser.add_argument("--database", metavar="URL",
                        help="SQLAlchemy URL (default: $PARLEY_DATABASE_URL or data/parley.db)")
    parser.add_argument("--profile", default=DEFAULT_PROFILE,
                        help=f"conflict profile in data/profiles/ (default: {DEFAULT_PROFILE})")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="store files or folders of articles")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    extract_ = commands.add_parser("extract", help="print what extraction finds; no database")
    extract_.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract_.add_argument("--profile", dest="extract_profile", help="conflict profile (also before the command)")
    extract_.add_argument("--json", action="store_true", required=True,
                          help="print the extraction contract as JSON (one object per line)")

    again = commands.add_parser("reextract", help="extract stored articles again")
    again.add_argument("--stale", action="store_true",
                       help="only articles extracted by an older version of Parley")

    groups = commands.add_parser("groups", help="groups of similar statements, as JSON")
    groups.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help=f"cosine similarity to join two statements (default {DEFAULT_THRESHOLD})")
    groups.add_argument("--json", action="store_true", required=True, help="print a JSON list of groups")

    ledger = commands.add_parser("ledger", help="the figures ledger the Exchanges page shows, as JSON")
    ledger.add_argument("--json", action="store_true", required=True,
                        help="print the ledger contract: a JSON list of events with figures and discrepancies")
    ledger.add_argument("--outlet", action="append", default=[], metavar="NAME",
                        help="only articles from this outlet (repeat for several)")
    ledger.add_argument("--tier", action="append", default=[], choices=TIERS,
                        help="only articles of this source tier (repeat for several)")
    ledger.add_argument("--since", type=_iso_day, metavar="YYYY-MM-DD", help="only articles published on or after")
    ledger.add_argument("--until", type=_iso_day, metavar="YYYY-MM-DD", help="only articles published on or before")

    export = commands.add_parser("export", help="write the stored corpus as CSV or JSON")
    export.add_argument("--format", choices=("csv", "json"), required=True)
    export.add_argument("--table", choices=TABLES, default="statements",
                        help="which table for CSV (default: statements)")
    export.add_argument("--output", type=Path, help="file to write (default: standard output)")
    return parser


def run_ingest(args: argparse.Namespace) -> int:
    store = Store(args.database)
    profile = load_profile(args.profile)
    refused = 0
    for outcome in ingest_paths(store, args.paths, profile, load_embedder()):
        print(outcome.line(), flush=True)
        refused += outcome.refused
    return 1 if refused else 0


def run_extract(args: argparse.Namespace) -> int:
    profile = load_profile(args.extract_profile or args.profile)
    embedder = load_embedder()
    failed = 0
    for path in args.files:
        try:
            article = read_article(path.read_bytes(), path.name)
        except (RefusedFile, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"refused {display_name(str(path))}: {reason}", file=sys.stderr)
            failed += 1
            continue
        article = dated(article, profile)
        record = extraction_record(article, extract(article, profile, embedder=embedder))
        print(json.dumps(record, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def run_reextract(args: argparse.Namespace) -> int:
    store = Store(args.database)
    # The sentence model is loaded only when there is something to extract again.
    embedder = load_embedder() if not args.stale or store.stale_articles(EXTRACTOR_VERSION) else None
    done = sum(1 for _ in reextract(store, load_profile(args.profile), stale_only=args.stale, embedder=embedder))
    if done or not args.stale:
        print(f"re-extracted {done} article(s)", file=sys.stderr)
    return 0


def run_groups(args: argparse.Namespace) -> int:
    store = Store(args.database)
    embedder = load_embedder()
    for _ in embed_missing(store, embedder):
        pass
    records = groups_records(store, embedder.name, args.threshold, load_profile(args.profile))
    print(json.dumps(records, ensure_ascii=False, indent=2))
    return 0


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from exc


def run_ledger(args: argparse.Namespace) -> int:
    where = CorpusFilter(outlets=tuple(args.outlet), tiers=tuple(args.tier), since=args.since, until=args.until)
    ledger = ledger_of(Store(args.database), load_profile(args.profile), where)
    print(json.dumps(ledger_contract(ledger), ensure_ascii=False, indent=2))
    return 0


def run_export(args: argparse.Namespace) -> int:
    store = Store(args.database)
    out = args.output.open("w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        count = write_json(store, out) if args.format == "json" else write_csv(store, args.table, out)
    finally:
        if args.output:
            out.close()
    what = "articles" if args.format == "json" else f"rows of {args.table}"
    print(f"exported {count} {what}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"ingest": run_ingest, "extract": run_extract, "reextract": run_reextract,
                "groups": run_groups, "ledger": run_ledger, "export": run_export}
    try:
        return handlers[args.command](args)
    except ParleyError as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
