"""Command line: ``python -m parley ingest|extract|reextract|groups|ledger|export`` (a thin layer
over the library).

Each command imports what it needs when it runs: the parser and the embedding model take
seconds to load, and ``--help`` or an export needs neither."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from parley.cluster import DEFAULT_THRESHOLD
from parley.errors import ParleyError
from parley.profile import DEFAULT_PROFILE, TIERS, load_profile


class _Tables:
    """The tables ``export`` writes (parley.export.TABLES), imported only when argparse checks or
    shows them: parley.export imports the extraction package, and with it the parser's library."""

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self):
        return iter(self._names())

    @staticmethod
    def _names() -> tuple[str, ...]:
        from parley.export import TABLES

        return TABLES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m parley", description=__doc__)
    parser.add_argument("--database", metavar="URL",
                        help="SQLAlchemy URL (default: $PARLEY_DATABASE_URL or data/parley.db)")
    parser.add_argument("--profile", default=DEFAULT_PROFILE,
                        help=f"conflict profile in data/profiles/ (default: {DEFAULT_PROFILE})")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="store files or folders of articles")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--jobs", type=_positive, default=_cores(), metavar="N",
                        help=f"files read and extracted at once, each in its own process (default {_cores()})")

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
    export.add_argument("--table", choices=_Tables(), metavar="TABLE", default="statements",
                        help="which table for CSV: %(choices)s (default: %(default)s)")
    export.add_argument("--output", type=Path, help="file to write (default: standard output)")
    return parser


def run_ingest(args: argparse.Namespace) -> int:
    from parley.embed import load_embedder
    from parley.pipeline import ingest_paths
    from parley.store import Store

    store = Store(args.database)
    profile = load_profile(args.profile)
    refused = 0
    for outcome in ingest_paths(store, args.paths, profile, load_embedder(), jobs=args.jobs):
        print(terminal_safe(outcome.line()), flush=True)
        refused += outcome.refused
    return 1 if refused else 0


def run_extract(args: argparse.Namespace) -> int:
    from parley.contract import extraction_record
    from parley.errors import RefusedFile
    from parley.ingest.guard import WorkerPool
    from parley.pipeline import prepare_file

    from parley.pipeline import default_meaning, worker_context

    profile = load_profile(args.extract_profile or args.profile)
    context = worker_context(profile, default_meaning())
    failed = 0
    with WorkerPool(1) as pool:
        items = ((path, path.name) for path in args.files)
        for path, prepared in zip(args.files, pool.map(prepare_file, items, context)):
            if isinstance(prepared, RefusedFile):
                print(terminal_safe(f"refused {path}: {prepared}"), file=sys.stderr)
                failed += 1
                continue
            record = extraction_record(prepared.article, prepared.extraction)
            print(json.dumps(record, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def run_reextract(args: argparse.Namespace) -> int:
    from parley.embed import load_embedder
    from parley.extract import EXTRACTOR_VERSION
    from parley.pipeline import reextract
    from parley.store import Store

    store = Store(args.database)
    # The sentence model is loaded only when there is something to extract again.
    embedder = load_embedder() if not args.stale or store.stale_articles(EXTRACTOR_VERSION) else None
    done = sum(1 for _ in reextract(store, load_profile(args.profile), stale_only=args.stale, embedder=embedder))
    if done or not args.stale:
        print(f"re-extracted {done} article(s)", file=sys.stderr)
    return 0


def run_groups(args: argparse.Namespace) -> int:
    from parley.embed import load_embedder
    from parley.export import groups_records
    from parley.pipeline import embed_missing
    from parley.store import Store

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
    from parley.export import ledger_contract
    from parley.filters import CorpusFilter
    from parley.ledger import ledger_of
    from parley.store import Store

    where = CorpusFilter(outlets=tuple(args.outlet), tiers=tuple(args.tier), since=args.since, until=args.until)
    ledger = ledger_of(Store(args.database), load_profile(args.profile), where)
    print(json.dumps(ledger_contract(ledger), ensure_ascii=False, indent=2))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from parley.export import write_csv, write_json
    from parley.store import Store

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


def terminal_safe(text: str) -> str:
    """The text as given, with what a terminal would act on written out as escapes: control and
    direction characters, and the bytes of a file name that are not UTF-8."""
    shown = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode (surrogateescape)
            shown.append(f"\\x{code - 0xDC00:02x}")
        elif ch.isprintable() or ch == "\t":
            shown.append(ch)
        else:
            shown.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000
                         else f"\\U{code:08x}")
    return "".join(shown)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def log_to_file() -> Path:
    """Warnings and errors (with their tracebacks) go to a file, not to the person at the
    terminal: ``PARLEY_LOG_FILE``, else data/parley.log, else one in the temporary folder. The
    file is made only when there is something to write."""
    from parley.settings import DATA_DIR

    candidates = [os.environ.get("PARLEY_LOG_FILE"), DATA_DIR / "parley.log",
                  Path(tempfile.gettempdir()) / "parley.log"]
    writable = [Path(c) for c in candidates if c and os.access(Path(c).parent, os.W_OK)
                and (not Path(c).exists() or os.access(c, os.W_OK))]
    logger = logging.getLogger("parley")
    logger.propagate = False
    if not writable:
        logger.addHandler(logging.NullHandler())
        return Path(os.devnull)
    os.environ["PARLEY_LOG_FILE"] = str(writable[0])  # worker processes write there too
    handler = logging.FileHandler(writable[0], encoding="utf-8", delay=True)
    handler.handleError = lambda record: None  # a log that cannot be written is no reason to fail
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    return writable[0]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"ingest": run_ingest, "extract": run_extract, "reextract": run_reextract,
                "groups": run_groups, "ledger": run_ledger, "export": run_export}
    log_file = log_to_file()
    try:
        return handlers[args.command](args)
    except ParleyError as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - a person gets a sentence, the log gets the trace
        logging.getLogger("parley").exception("%s failed", args.command)
        print(f"parley: {args.command} failed ({type(exc).__name__}); the details are in {log_file}",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
