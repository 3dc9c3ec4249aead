"""Cached reads for pages: keyed by the store's revision, so any write refreshes them and a
rerun with nothing new (a widget click, another session) costs one small query. Large results
of frozen records are cached as shared resources rather than data, which st.cache_data would
unpickle afresh on every rerun (most of a page's time at 2,000 articles); pages never mutate them."""

from __future__ import annotations

import os

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from components.ledger_charts import event_timeline
from components.store import get_store
from parley.cluster import group_statements
from parley.deadline import all_deadlines
from parley.embed import Embedder, load_embedder
from parley.filters import CorpusFilter
from parley.groups import GroupView, group_views, map_sample, project
from parley.ledger import Ledger, ledger_of
from parley.positions import IssueRow, position_matrix, stance_by_round
from parley.profile import KnownDeadline, KnownEvent, Profile, load_profile
from parley.settings import database_url
from parley.store import (
    ArticleRow,
    CorpusSummary,
    FigureRow,
    Ruling,
    StatementRow,
    Store,
)


def store_and_revision() -> tuple[Store, int]:
    store = get_store()
    return store, store.revision()


@st.cache_resource(show_spinner=False)
def profile() -> Profile:
    return load_profile()


@st.cache_data(show_spinner=False, max_entries=32)
def summary(url: str, revision: int) -> CorpusSummary:
    return get_store().summary()


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


@st.cache_resource(show_spinner=False, max_entries=16)
def added_events(url: str, revision: int) -> list[tuple[KnownEvent, str, object]]:
    """Events editors added, with who and when."""
    return get_store().analyst_events()


@st.cache_resource(show_spinner=False, max_entries=32)
def articles(url: str, revision: int) -> list[ArticleRow]:
    return get_store().list_articles()


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


@st.cache_resource(show_spinner="Loading the sentence model…")
def _embedder(name: str) -> Embedder:
    return load_embedder(name)


def embedder() -> Embedder:
    """One embedding model per process and configured name, shared by every session."""
    return _embedder(os.environ.get("PARLEY_EMBEDDER") or "minilm")


# Shared, not copied: the groups are frozen records, and copying tens of thousands of them on
# every rerun (what st.cache_data does) was most of the page's time at 2,000 articles.
@st.cache_resource(show_spinner=False, max_entries=16)
def groups(url: str, revision: int, model: str, threshold: float, where: CorpusFilter,
           actor: str | None, issue: str | None) -> tuple[list[GroupView], list[StatementRow], np.ndarray]:
    """Groups of the view, its statements, and their 2-D map coordinates (a sample if many)."""
    rows, vectors, ids = get_store().statement_vectors(model, where, actor, issue)
    views = group_views(group_statements(vectors, ids, threshold), rows)
    sample = map_sample(len(rows))
    return views, [rows[i] for i in sample], project(vectors[sample]) if len(rows) else np.zeros((0, 2))


@st.cache_data(show_spinner=False, max_entries=16)
def unembedded(url: str, revision: int, model: str) -> int:
    return get_store().count_unembedded(model)


@st.cache_data(show_spinner=False, max_entries=32)
def rulings(url: str, revision: int) -> dict[str, list[Ruling]]:
    return get_store().rulings()


def url() -> str:
    """The database URL: the first argument of every cached read (no query needed)."""
    return database_url()
