"""Cached reads for pages: keyed by the store's revision, so any write refreshes them and a
rerun with nothing new (a widget click, another session) costs one small query. Large results
of frozen records are cached as shared resources rather than data, which st.cache_data would
unpickle afresh on every rerun (most of a page's time at 2,000 articles); pages never mutate them."""

from __future__ import annotations

import os
from datetime import date

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from components.altair_charts import coverage_chart, exchange_ranges, position_heatmap
from components.charts import statement_map
from components.ledger_charts import event_timeline
from components.store import get_store
from components.theme import SidePalette, side_palette
from parley.claim_facts import FactTable
from parley.deadline import Candidate, MentionGroup, all_deadlines, candidates, group_mentions
from parley.embed import DEFAULT_BACKEND, Embedder, HashingEmbedder, backend_model_name, load_embedder
from parley.filters import CorpusFilter
from parley.groups import GroupView, claim_groups, group_views, map_sample, project, statement_facts
from parley.ledger import Exchange, Ledger, ledger_of
from parley.positions import IssueRow, position_matrix, stance_by_round
from parley.profile import KnownDeadline, KnownEvent, Profile, load_profile
from parley.settings import database_url
from parley.store import (
    ArticleRow,
    CorpusSummary,
    Correction,
    CoverageCount,
    FigureRow,
    Ruling,
    StatementRow,
    Store,
)


RECENT_MENTIONS = 50
# Points on the statement map: sending a figure costs per point on every rerun, and past a
# thousand or so a map of meanings reads no better (an even spread stands for the rest).
MAP_SHOWN = 1200
LIBRARY_SHOWN = 200


def store_and_revision() -> tuple[Store, int]:
    store = get_store()
    return store, store.revision()


@st.cache_resource(show_spinner=False)
def profile() -> Profile:
    return load_profile()


@st.cache_resource(show_spinner=False)
def palette() -> SidePalette:
    """The one side palette, from the profile."""
    return side_palette(profile())


@st.cache_data(show_spinner=False, max_entries=32)
def summary(url: str, revision: int, where: CorpusFilter | None = None) -> CorpusSummary:
    """What the corpus holds (all of it, or the articles the filter admits)."""
    return get_store().summary(where)


@st.cache_resource(show_spinner=False, max_entries=32)
def coverage(url: str, revision: int, where: CorpusFilter) -> list[CoverageCount]:
    return get_store().coverage(where)


@st.cache_data(show_spinner=False, max_entries=32)
def corrections(url: str, revision: int, article_id: str) -> list[Correction]:
    return get_store().corrections(article_id)


@st.cache_data(show_spinner=False, max_entries=32)
def matrix(url: str, revision: int, where: CorpusFilter) -> list[IssueRow]:
    return position_matrix(get_store().position_counts(where), profile())


@st.cache_data(show_spinner=False, max_entries=32)
def rounds_table(url: str, revision: int, actor: str, where: CorpusFilter) -> dict[str, dict[str, str]]:
    return stance_by_round(actor, profile(), get_store().position_counts, where)


@st.cache_resource(show_spinner=False, max_entries=32)
def figure_rows(url: str, revision: int, where: CorpusFilter) -> list[FigureRow]:
    return get_store().figure_rows(where)


@st.cache_resource(show_spinner=False, max_entries=32)
def ledger(url: str, revision: int, where: CorpusFilter) -> Ledger:
    """The view's figures linked to events, with the profile's and editors' known events."""
    return ledger_of(get_store(), profile(), where)


@st.cache_data(show_spinner=False, max_entries=16)
def timeline_chart(url: str, revision: int, where: CorpusFilter) -> go.Figure:
    return event_timeline(ledger(url, revision, where))


def exchanges(url: str, revision: int, where: CorpusFilter) -> list[Exchange]:
    """The view's events that sources report, disputed and newest first (the Overview's key figures)."""
    return [e for e in ledger(url, revision, where).exchanges if e.rows]


@st.cache_resource(show_spinner=False, max_entries=16)
def added_events(url: str, revision: int) -> list[tuple[KnownEvent, str, object]]:
    """Events editors added, with who and when."""
    return get_store().analyst_events()


@st.cache_resource(show_spinner=False, max_entries=32)
def articles(url: str, revision: int) -> list[ArticleRow]:
    return get_store().list_articles()


@st.cache_resource(show_spinner=False, max_entries=32)
def library(url: str, revision: int, find: str = "", shown: int = LIBRARY_SHOWN) -> tuple[list[ArticleRow], int]:
    """The newest articles whose title or outlet holds the words (all without), at most ``shown``
    of them, and how many match: the table and the reader's list stay the same size at 2,000."""
    words = find.casefold().split()
    matching = [a for a in articles(url, revision)
                if all(w in f"{a.title} {a.outlet or ''}".casefold() for w in words)]
    return matching[:shown], len(matching)


@st.cache_resource(show_spinner=False, max_entries=64)
def statements(url: str, revision: int, where: CorpusFilter, contains: str = "", actor: str | None = None,
               issue: str | None = None, limit: int = 500) -> list[StatementRow]:
    return get_store().statement_rows(limit=limit, contains=contains, where=where, actor=actor, issue=issue)


@st.cache_data(show_spinner=False, max_entries=16)
def deadlines(url: str, revision: int) -> list[KnownDeadline]:
    """The profile's deadlines and analysts' own, with every revision."""
    added, revisions = get_store().analyst_deadlines()
    return all_deadlines(profile(), added, revisions)


@st.cache_resource(show_spinner=False, max_entries=16)
def found_deadlines(url: str, revision: int, where: CorpusFilter) -> list:
    return get_store().deadline_rows(where)


@st.cache_resource(show_spinner=False, max_entries=16)
def deadline_mentions(url: str, revision: int, where: CorpusFilter,
                      known: frozenset[str]) -> tuple[list[MentionGroup], list, int]:
    """Mentions grouped by the deadline they match, the RECENT newest, and how many there are:
    computed once per revision, not on every rerun."""
    found = found_deadlines(url, revision, where)
    return group_mentions(found, set(known)), found[::-1][:RECENT_MENTIONS], len(found)


@st.cache_resource(show_spinner=False, max_entries=16)
def deadline_candidates(url: str, revision: int, where: CorpusFilter) -> list[Candidate]:
    """Deadlines the articles mention that match no known one, for an editor to adopt."""
    return candidates(found_deadlines(url, revision, where), deadlines(url, revision))


@st.cache_resource(show_spinner=False, max_entries=16)
def articles_per_day(url: str, revision: int, where: CorpusFilter) -> dict[date, int]:
    counts: dict[date, int] = {}
    for row in coverage(url, revision, where):
        if row.day:
            counts[row.day] = counts.get(row.day, 0) + row.articles
    return counts


@st.cache_resource(show_spinner="Loading the sentence model…")
def _embedder(name: str) -> Embedder:
    return load_embedder(name)


def embedder() -> Embedder:
    """One embedding model per process and configured name, shared by every session. Loading it
    takes seconds: only the Statements page calls this, and only to embed or to search."""
    return _embedder(os.environ.get("PARLEY_EMBEDDER") or "minilm")


def embedder_name() -> str:
    """The name stored beside the configured model's vectors, without loading the model."""
    chosen = (os.environ.get("PARLEY_EMBEDDER") or "minilm").lower()
    if chosen == "hashing":
        return HashingEmbedder.name
    return backend_model_name(DEFAULT_BACKEND if chosen == "minilm" else chosen)


@st.cache_resource(show_spinner=False, max_entries=8)
def search_space(url: str, revision: int, model: str, where: CorpusFilter, actor: str | None,
                 issue: str | None) -> tuple[list[StatementRow], np.ndarray, list[int]]:
    """The statements a search compares a sentence with, and their vectors (read once per revision)."""
    return get_store().statement_vectors(model, where, actor, issue)


@st.cache_resource(show_spinner=False, max_entries=8)
def group_inputs(url: str, revision: int, model: str, where: CorpusFilter, actor: str | None,
                 issue: str | None) -> tuple[list[StatementRow], np.ndarray, list[int], FactTable]:
    """The view's statements, vectors, ids and facts (with the ledger's exchange events): read
    and parsed once per revision, whatever threshold the groups are cut at."""
    rows, vectors, ids = get_store().grouping_rows(model, where, actor, issue)
    return rows, vectors, ids, statement_facts(rows, profile(), ledger(url, revision, where).events)


# Shared, not copied: the groups are frozen records, and copying tens of thousands of them on
# every rerun (what st.cache_data does) was most of the page's time at 2,000 articles.
@st.cache_resource(show_spinner=False, max_entries=16)
def groups(url: str, revision: int, model: str, threshold: float, where: CorpusFilter,
           actor: str | None, issue: str | None) -> tuple[list[GroupView], list[StatementRow], np.ndarray]:
    """Groups of the view, its statements, and their 2-D map coordinates (a sample if many)."""
    rows, vectors, ids, facts = group_inputs(url, revision, model, where, actor, issue)
    views = group_views(claim_groups(rows, vectors, ids, threshold, profile(), facts), rows, profile())
    sample = map_sample(len(rows), MAP_SHOWN)
    return views, [rows[i] for i in sample], project(vectors[sample]) if len(rows) else np.zeros((0, 2))


# Chart specs, built once per revision and view: altair validates a chart against the Vega-Lite
# schema whenever it is turned into a spec, which cost more than the rest of the Overview.
@st.cache_data(show_spinner=False, max_entries=32)
def heatmap_spec(url: str, revision: int, where: CorpusFilter) -> dict:
    return position_heatmap(matrix(url, revision, where), profile(), palette()).to_dict()


@st.cache_data(show_spinner=False, max_entries=32)
def coverage_spec(url: str, revision: int, where: CorpusFilter, by: str) -> dict:
    return coverage_chart(coverage(url, revision, where), by).to_dict()


@st.cache_data(show_spinner=False, max_entries=32)
def ranges_spec(url: str, revision: int, where: CorpusFilter, shown: int) -> dict:
    # Exchanges only: a running total ("more than 7,000 since 2022") is no exchange's size.
    swaps = [e for e in exchanges(url, revision, where) if e.kind not in ("cumulative", "other")]
    return exchange_ranges(swaps[:shown], profile()).to_dict()


@st.cache_resource(show_spinner=False, max_entries=16)
def map_figure(url: str, revision: int, model: str, threshold: float, where: CorpusFilter, actor: str | None,
               issue: str | None) -> go.Figure:
    """The statement map of a view, built once per revision (thousands of hover texts)."""
    _, mapped, points = groups(url, revision, model, threshold, where, actor, issue)
    return statement_map(mapped, points, palette())


@st.cache_data(show_spinner=False, max_entries=16)
def unembedded(url: str, revision: int, model: str) -> int:
    return get_store().count_unembedded(model)


@st.cache_data(show_spinner=False, max_entries=32)
def rulings(url: str, revision: int) -> dict[str, list[Ruling]]:
    return get_store().rulings()


def url() -> str:
    """The database URL: the first argument of every cached read (no query needed)."""
    return database_url()
