"""The sidebar every page shares: how much is in the corpus and how fresh, in words; where the
data lives and what the user may do, for those who change it."""

from __future__ import annotations

from datetime import datetime, timezone

import streamlit as st

from components import data
from components.access import render_identity
from components.store import database_label
from components.text import ago, escape_markdown, plural, span_words
from parley.store import CorpusSummary


def corpus_words(summary: CorpusSummary, now: datetime) -> list[str]:
    """'2 articles from 2 outlets', 'published 23 Jul 2025', 'last added 3 hours ago'."""
    if not summary.articles:
        return ["No articles yet."]
    lines = [f"**{plural(summary.articles, 'article')}** from {plural(len(summary.outlets), 'outlet')}"]
    span = span_words(summary.first_published, summary.last_published)
    if span:
        lines.append(f"Published {span}")
    if summary.last_ingested:
        lines.append(f"Last added {ago(summary.last_ingested, now)}")
    return lines


def render_sidebar() -> None:
    store, revision = data.store_and_revision()
    summary = data.summary(data.url(), revision)  # cached: no query per rerun
    with st.sidebar:
        st.caption(escape_markdown(data.profile().label))
        st.markdown("  \n".join(corpus_words(summary, datetime.now(timezone.utc))))
        if store.access.can_write:
            st.caption(escape_markdown(f"Data is kept in {database_label(data.url())}."))
        render_identity(store.access)
