"""ingest -> extract -> store; every file ends stored, duplicate or refused, whatever it holds.

Reading, cleaning and extraction run in worker processes under a time and memory limit
(``parley.ingest.guard``); this process checks for duplicates, stores and embeds. Whatever goes
wrong with one file, from a parser bug to a database error, becomes that file's refusal with a
plain reason and the batch goes on; the traceback goes to the log, never to the person.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from parley.claims import claim_text
from parley.embed import Embedder
from parley.errors import RefusedFile
from parley.ingest import EXTENSIONS, display_name, make_article, read_document, read_file
from parley.ingest.guard import WorkerPool, preload
from parley.model import Article, Extraction, IngestOutcome
from parley.profile import Profile, load_profile
from parley.store import Store

log = logging.getLogger("parley.ingest")
# The worker server loads the parser once; every worker forked from it starts warm.
preload("parley.warm")
_shared_lock = threading.Lock()
_shared_pool = WorkerPool(1)  # single files (uploads), one at a time per process


@dataclass(frozen=True)
class WorkerContext:
    """What every task of an ingest worker shares: the profile, and the sentence model extraction
    borrows for statements that name no issue (a backend by name, loaded once in the worker, as
    ``load_embedder`` names them; None for none)."""

    profile: Profile
    meaning: str | None = None
    threads: int = 1  # the sentence model's threads in each worker: the cores the pool leaves it


def meaning_of(embedder: Embedder | None) -> str | None:
    """The name a worker loads the same sentence model by."""
    return getattr(embedder, "backend", None) if embedder is not None else None


def default_meaning() -> str:
    """The name of the sentence model ``load_embedder()`` would load (``PARLEY_EMBEDDER``), for a
    worker to load instead of this process."""
    return os.environ.get("PARLEY_EMBEDDER") or "minilm"


_contexts: dict[tuple[int, str | None, int], tuple[Profile, WorkerContext]] = {}


def worker_context(profile: Profile, meaning: str | None, jobs: int = 1) -> WorkerContext:
    """One context object per profile, model and pool size, so that a worker is sent it once and
    its caches (keyed by the profile it holds) are built once."""
    from parley.embed_onnx import usable_cores

    key = (id(profile), meaning, jobs)
    cached = _contexts.get(key)
    if cached is None or cached[0] is not profile:
        cached = (profile, WorkerContext(profile, meaning, max(1, usable_cores() // jobs)))
        _contexts[key] = cached
    return cached[1]


@lru_cache(maxsize=2)
def _model_in_worker(backend: str, threads: int) -> Embedder:
    from parley.embed import load_embedder

    # The pool's processes share the cores: each model gets its share.
    os.environ["PARLEY_EMBED_THREADS"] = str(threads)
    if backend == "torch":
        import torch

        torch.set_num_threads(threads)
    return load_embedder(backend)


@dataclass(frozen=True)
class Prepared:
    """One file read, cleaned and extracted in a worker. ``extraction`` is None when the library
    already held the text (a duplicate is not extracted again)."""

    article: Article
    extraction: Extraction | None
    extractor: str
    timings: dict[str, float]


def prepare_file(context: WorkerContext, source: bytes | Path, name: str, ask: Callable[[str], bool]) -> Prepared:
    """In a worker: read (bytes, or a file by path), clean, date and extract one file. ``ask``
    says whether the library already holds a fingerprint."""
    from parley.extract import EXTRACTOR_VERSION, dated, extract

    profile = context.profile
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    data = read_file(source) if isinstance(source, Path) else source
    document = read_document(data, name)
    timings["read"], clock = _lap(clock)
    article = dated(with_tier(make_article(document, name), profile), profile)
    timings["clean"], clock = _lap(clock)
    if ask(article.fingerprint):
        return Prepared(article, None, EXTRACTOR_VERSION, timings)
    meaning = _model_in_worker(context.meaning, context.threads) if context.meaning else None
    extraction = extract(article, profile, embedder=meaning)
    timings["extract"], _ = _lap(clock)
    return Prepared(article, extraction, EXTRACTOR_VERSION, timings)


def ingest_file(store: Store, data: bytes, name: str, profile: Profile | None = None,
                embedder: Embedder | None = None, meaning: Embedder | None = None) -> IngestOutcome:
    """Read, clean, extract and store one file; a refusal leaves the database untouched.
    ``embedder`` embeds the article's statements now; ``meaning`` (or ``embedder``) only lends
    extraction the sentence model for statements that name no issue."""
    shown = display_name(name)
    try:
        if not store.access.can_write:  # before reading a byte of it
            return IngestOutcome(name=shown, status="refused", reason=store.access.reason)
        context = worker_context(profile or load_profile(), meaning_of(meaning or embedder))
        with _shared_lock:
            [prepared] = _shared_pool.map(prepare_file, [(data, name)], context, _known_to(store))
        return _store(store, shown, prepared, embedder)
    except Exception as exc:  # noqa: BLE001 - one file's failure stays that file's
        return _failed(shown, exc)


def _store(store: Store, shown: str, prepared: Prepared | RefusedFile,
           embedder: Embedder | None = None) -> IngestOutcome:
    """Store what a worker prepared (or report its refusal); embeds the statements when given
    an embedder. Any failure here is this file's refusal too."""
    if isinstance(prepared, RefusedFile):
        return IngestOutcome(name=shown, status="refused", reason=str(prepared))
    try:
        article, timings = prepared.article, dict(prepared.timings)
        clock = time.perf_counter()
        stored = False
        if prepared.extraction is not None:
            vectors = None
            if embedder is not None:  # only this article's statements, in one batch
                vectors = (embedder.name, embedder.encode([claim_text(s.text) for s in prepared.extraction.statements]))
                timings["embed"], clock = _lap(clock)
            stored = store.add_article(article, prepared.extraction, prepared.extractor, vectors)
        timings["store"], _ = _lap(clock)
    except Exception as exc:  # noqa: BLE001
        return _failed(shown, exc)
    return IngestOutcome(
        name=shown, status="stored" if stored else "duplicate",
        reason="" if stored else "this text is already in the library",
        article_id=article.id, title=article.title, timings=timings,
    )


def _failed(shown: str, exc: Exception) -> IngestOutcome:
    """An unexpected error as a refusal a person can read; the traceback goes to the log."""
    log.error("refused %r after an unexpected error", shown, exc_info=exc)
    reason = f"Parley failed on this file ({type(exc).__name__}); the details are in the log"
    return IngestOutcome(name=shown, status="refused", reason=reason)


def _known_to(store: Store) -> Callable[[str], bool]:
    """Whether the library holds a fingerprint, for a worker deciding to extract. Only saves
    work: ``add_article`` decides for real, so a failing check just says no."""

    def known(fingerprint: str) -> bool:
        try:
            return store.has_fingerprint(fingerprint)
        except Exception:  # noqa: BLE001
            log.warning("could not check a fingerprint", exc_info=True)
            return False

    return known


# Statements embedded per call after a folder ingest: the encoder sorts a call's sentences by
# length, and on 3,332 statements one call of all wasted less on padding than calls of 512
# (4.4 s against 5.7 s with onnx-int8 on 2 cores).
INGEST_BATCH = 4096


def embed_missing(store: Store, embedder: Embedder, batch: int = 512,
                  article_ids: list[str] | None = None) -> Iterator[tuple[int, int]]:
    """Give every statement without a vector from this model one (of these articles only, when
    given), in large batches; yields (done, total) after each batch so a page can show progress."""
    total = store.count_unembedded(embedder.name) if article_ids is None else 0
    done = 0
    while pending := store.unembedded(embedder.name, limit=batch, article_ids=article_ids):
        vectors = embedder.encode([claim_text(text) for _, _, text in pending])  # the claim, not its wrapping
        store.save_vectors(embedder.name, [(sid, aid, v) for (sid, aid, _), v in zip(pending, vectors)])
        done += len(pending)
        yield done, max(total, done)


def ingest_url(store: Store, url: str, profile: Profile | None = None,
               embedder: Embedder | None = None, meaning: Embedder | None = None) -> IngestOutcome:
    """Fetch a URL (public addresses only, timeout, size cap) and ingest it like an upload."""
    from parley.fetch import fetch_url

    shown = "".join(ch for ch in url.strip() if ch.isprintable())[:120] or "(empty address)"
    try:
        data, name = fetch_url(url)
    except RefusedFile as exc:
        return IngestOutcome(name=shown, status="refused", reason=str(exc))
    except Exception as exc:  # noqa: BLE001
        return _failed(shown, exc)
    return replace(ingest_file(store, data, name, profile, embedder, meaning), name=shown)


def with_tier(article: Article, profile: Profile) -> Article:
    """The article with the tier of its outlet, when the profile knows the outlet or its domain."""
    outlet = profile.outlet_for(article.outlet, article.url)
    return replace(article, tier=outlet.tier) if outlet else article


def reextract(store: Store, profile: Profile | None = None, stale_only: bool = True,
              article_ids: list[str] | None = None, embedder: Embedder | None = None) -> Iterator[str]:
    """Extract stored articles again (those from an older extractor, or all, or the given ones:
    after an editor corrects a date, what depends on it); yields their ids. Stored articles
    passed ingest's limits already, so this runs here, not in a worker."""
    from parley.extract import EXTRACTOR_VERSION, dated, extract

    profile = profile or load_profile()
    if article_ids is not None:
        ids = list(article_ids)
    else:
        ids = store.stale_articles(EXTRACTOR_VERSION) if stale_only else [a.id for a in store.list_articles()]
    for article_id in ids:
        article = store.get_article(article_id)
        if article is None:  # deleted meanwhile
            continue
        article = dated(with_tier(article, profile), profile)
        store.replace_extraction(article_id, extract(article, profile, embedder=embedder), EXTRACTOR_VERSION,
                                 article.tier, article.published if article.dated_by == "text" else None)
        yield article_id


def ingest_paths(store: Store, paths: Iterable[Path], profile: Profile | None = None,
                 embedder: Embedder | None = None, jobs: int = 1) -> Iterator[IngestOutcome]:
    """Ingest files and folders (a folder's readable files, in name order), ``jobs`` files at
    a time in worker processes; outcomes come in that order and each article is stored in its
    own transaction as its outcome is made. A file's ``name`` is its path as given. Statements
    are embedded after the articles, in large batches across articles: one article holds a dozen
    statements, and the model runs several times faster per sentence on full batches. An
    interrupted run leaves articles without vectors, which the next run (or
    ``embed_missing``) completes."""
    profile = profile or load_profile()
    touched: list[str] = []
    files = list(expand_paths(paths))
    if not store.access.can_write:
        for path in files:
            yield IngestOutcome(name=str(path), status="refused", reason=store.access.reason)
        return
    context = worker_context(profile, meaning_of(embedder), jobs)
    with WorkerPool(jobs) as pool:
        prepared = pool.map(prepare_file, ((path, path.name) for path in files), context, _known_to(store))
        for path, result in zip(files, prepared):
            outcome = replace(_store(store, display_name(path.name), result), name=str(path))
            if outcome.article_id:
                touched.append(outcome.article_id)
            yield outcome
    # The articles of these files only (another process ingesting at the same time embeds its
    # own), duplicates included: a run that was killed before embedding is completed by the next.
    if embedder is None:
        return
    for start in range(0, len(touched), 500):
        for _ in embed_missing(store, embedder, batch=INGEST_BATCH, article_ids=touched[start:start + 500]):
            pass


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders expanded to the files in them with an extension Parley reads,
    in name order. A folder that cannot be listed is given back as itself, to be refused."""
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        found, unlistable = [], []
        for folder, _, names in os.walk(path, onerror=lambda exc: unlistable.append(Path(exc.filename))):
            found += [Path(folder) / name for name in names if Path(name).suffix.lower() in EXTENSIONS]
        yield from sorted(p for p in found if p.is_file())
        yield from unlistable


def _lap(start: float) -> tuple[float, float]:
    now = time.perf_counter()
    return now - start, now
