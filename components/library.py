"""The article library as a table, and the per-file lines an upload reports."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.text import escape_markdown
from parley.model import Article, IngestOutcome
from parley.store import ArticleRow, Store

FLAG_LABELS = {"ai_generated": "AI-generated", "excerpt": "excerpt"}
_OUTCOME_ICONS = {"stored": ":material/check_circle:", "duplicate": ":material/content_copy:",
                  "refused": ":material/block:"}


def library_frame(rows: list[ArticleRow]) -> pd.DataFrame:
    """One row per article: what the library table shows."""
    return pd.DataFrame(
        {
            "Title": [r.title for r in rows],
            "Outlet": [r.outlet or "—" for r in rows],
            "Tier": [r.tier or "—" for r in rows],
            "Published": [r.published for r in rows],
            "Flags": [", ".join(FLAG_LABELS.get(f, f) for f in r.flags) for r in rows],
            "Format": [r.format for r in rows],
            "Statements": [r.statements for r in rows],
            "Figures": [r.figures for r in rows],
            "Ingested": [r.ingested_at.strftime("%Y-%m-%d %H:%M") for r in rows],
        },
        index=pd.Index([r.id for r in rows], name="id"),
    )


def render_library(rows: list[ArticleRow]) -> None:
    if not rows:
        st.info("The library is empty. Upload articles above.")
        return
    st.dataframe(library_frame(rows), width="stretch", hide_index=True)


def render_outcome(outcome: IngestOutcome) -> None:
    """One line per file: stored, duplicate, or refused with the reason (all of it escaped)."""
    show = {"stored": st.success, "duplicate": st.info, "refused": st.error}[outcome.status]
    show(escape_markdown(outcome.line()), icon=_OUTCOME_ICONS[outcome.status])


def render_delete(store: Store, article: Article) -> None:
    """Delete an article and all extracted from it, after a second, explicit confirmation."""
    with st.popover("Delete this article", icon=":material/delete:"):
        st.markdown(f"Delete **{escape_markdown(article.title)}** and its statements, figures and deadlines?")
        if st.checkbox("Yes, delete it", key=f"confirm-{article.id}"):
            if st.button("Delete", type="primary", key=f"delete-{article.id}"):
                store.delete_article(article.id)
                st.session_state.pop("article", None)
                st.query_params.pop("article", None)
                st.session_state["outcomes"] = []
                st.toast(f"Deleted: {article.title}")
                st.rerun()
