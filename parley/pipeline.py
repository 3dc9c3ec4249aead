"""ingest -> extract -> store for one file at a time; every file ends stored, duplicate or refused."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from parley.claims import claim_text
from parley.embed import Embedder
from parley.errors import RefusedFile
from parley.extract import EXTRACTOR_VERSION, dated, extract
from parley.fetch import fetch_url
from parley.ingest import EXTENSIONS, display_name, make_article, read_document
from parley.model import Article, IngestOutcome
from parley.profile import Profile, load_profile
from parley.store import Store


def ingest_file(store: Store, data: bytes, name: str, profile: Profile | None = None,
                embedder: Embedder | None = None, meaning: Embedder | None = None) -> IngestOutcome:
    """Read, clean, extract and store one file; a refusal leaves the database untouched.
    ``embedder`` embeds the article's statements now; ``meaning`` (or ``embedder``) only lends
    extraction the sentence model for statements that name no issue."""
    profile = profile or load_profile()
    shown = display_name(name)
    timings: dict[str, float] = {}
    if not store.access.can_write:  # before reading a byte of it
        return IngestOutcome(name=shown, status="refused", reason=store.access.reason, timings=timings)
    clock = time.perf_counter()
    try:
        document = read_document(data, name)
        timings["read"], clock = _lap(clock)
        article = dated(with_tier(make_article(document, name), profile), profile)
        timings["clean"], clock = _lap(clock)
    except RefusedFile as exc:
        return IngestOutcome(name=shown, status="refused", reason=str(exc), timings=timings)
    # Checked before extraction only to save its cost; add_article decides for real.
    stored = False
    if not store.has_fingerprint(article.fingerprint):
        extraction = extract(article, profile, embedder=meaning or embedder)
        timings["extract"], clock = _lap(clock)
        vectors = None
        if embedder is not None:  # only this article's statements, in one batch
            vectors = (embedder.name, embedder.encode([claim_text(s.text) for s in extraction.statements]))
            timings["embed"], clock = _lap(clock)
        stored = store.add_article(article, extraction, EXTRACTOR_VERSION, vectors)
    timings["store"], _ = _lap(clock)
    return IngestOutcome(
        name=shown, status="stored" if stored else "duplicate",
        reason="" if stored else "this text is already in the library",
        article_id=article.id, title=article.title, timings=timings,
    )


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
    shown = "".join(ch for ch in url.strip() if ch.isprintable())[:120] or "(empty address)"
    try:
        data, name = fetch_url(url)
    except RefusedFile as exc:
        return IngestOutcome(name=shown, status="refused", reason=str(exc))
    return replace(ingest_file(store, data, name, profile, embedder, meaning), name=shown)


def with_tier(article: Article, profile: Profile) -> Article:
    """The article with the tier of its outlet, when the profile knows the outlet or its domain."""
    outlet = profile.outlet_for(article.outlet, article.url)
    return replace(article, tier=outlet.tier) if outlet else article


def reextract(store: Store, profile: Profile | None = None, stale_only: bool = True,
              article_ids: list[str] | None = None, embedder: Embedder | None = None) -> Iterator[str]:
    """Extract stored articles again (those from an older extractor, or all, or the given ones:
    after an editor corrects a date, what depends on it); yields their ids."""
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
                 embedder: Embedder | None = None) -> Iterator[IngestOutcome]:
    """Ingest files and folders (a folder's readable files, in name order). Statements are
    embedded after the articles, in large batches across articles: one article holds a dozen
    statements, and the model runs several times faster per sentence on full batches. An
    interrupted run leaves articles without vectors, which ``embed_missing`` completes."""
    profile = profile or load_profile()
    touched: list[str] = []
    for path in expand_paths(paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield IngestOutcome(name=str(path), status="refused", reason=exc.strerror or str(exc))
            continue
        outcome = ingest_file(store, data, path.name, profile, meaning=embedder)
        if outcome.article_id:
            touched.append(outcome.article_id)
        yield outcome
    # The articles of these files only (another process ingesting at the same time embeds its
    # own), duplicates included: a run that was killed before embedding is completed by the next.
    if embedder is None:
        return
    for start in range(0, len(touched), 500):
        for _ in embed_missing(store, embedder, article_ids=touched[start:start + 500]):
            pass


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders expanded to the files in them with an extension Parley reads."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in EXTENSIONS)
        else:
            yield path


def _lap(start: float) -> tuple[float, float]:
    now = time.perf_counter()
    return now - start, now
