"""The article library as a table, the upload and fetch controls, and the per-file lines an upload reports."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import data
from components.text import escape_markdown
from parley.ingest import display_name
from parley.model import Article, IngestOutcome
from parley.pipeline import ingest_file, ingest_url
from parley.settings import max_file_bytes, max_files_per_upload
from parley.store import ArticleRow, Store

FLAG_LABELS = {"ai_generated": "AI-generated", "excerpt": "excerpt", "decoding_damage": "decoding damage"}
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


def render_upload(store: Store) -> None:
    """Upload files (at most PARLEY_MAX_FILES at once) or fetch an address; one line per file."""
    uploads = st.file_uploader(
        "Add articles", accept_multiple_files=True, key=f"upload-{st.session_state.get('uploads', 0)}",
        help=f"txt, md, html, pdf or docx; up to {max_file_bytes() // 2**20} MB each, "
             f"{max_files_per_upload()} files at once",
    )
    if uploads and len(uploads) > max_files_per_upload():
        st.error(f"{len(uploads)} files chosen; at most {max_files_per_upload()} per upload. Nothing was ingested.")
    elif uploads and st.button(f"Ingest {len(uploads)} file(s)", type="primary"):
        with st.status(f"Ingesting {len(uploads)} file(s)…", expanded=True) as status:
            outcomes = []
            for upload in uploads:
                st.text(f"{len(outcomes) + 1}/{len(uploads)} {display_name(upload.name)}")
                outcomes.append(ingest_file(store, upload.getvalue(), upload.name, embedder=data.embedder()))
            stored = sum(o.status == "stored" for o in outcomes)
            status.update(label=f"{stored} of {len(outcomes)} stored", state="complete")
        st.session_state["outcomes"] = outcomes
        st.session_state["uploads"] = st.session_state.get("uploads", 0) + 1  # empties the uploader
        st.rerun()
    with st.form("fetch", clear_on_submit=True, border=False):
        address = st.text_input("Or paste the address of an article", key="url",
                                placeholder="https://…  (public web addresses only; 10 s, same size limit)")
        if st.form_submit_button("Fetch and ingest") and address.strip():
            with st.spinner("Fetching…"):
                st.session_state["outcomes"] = [ingest_url(store, address, embedder=data.embedder())]
            st.rerun()
