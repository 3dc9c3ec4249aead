"""The article library as a table, the upload and fetch controls, and the per-file lines an upload reports."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import data
from components.tables import library_columns
from components.text import escape_markdown
from components.theme import tier_label
from parley.ingest import display_name
from parley.model import Article, IngestOutcome
from parley.pipeline import ingest_file, ingest_url, reextract
from parley.profile import TIERS, Profile
from parley.settings import max_file_bytes, max_files_per_upload
from parley.store import ArticleRow, Store

FLAG_LABELS = {"ai_generated": "AI-generated", "excerpt": "excerpt", "decoding_damage": "decoding damage"}
_OUTCOME_ICONS = {"stored": ":material/check_circle:", "duplicate": ":material/content_copy:",
                  "refused": ":material/block:"}


# Where a date came from, when not from the file's own metadata.
_DATED_BY = {"text": ("date from its dateline",), "editor": ("date set by an editor",)}


def library_frame(rows: list[ArticleRow]) -> pd.DataFrame:
    """One row per article: what the library table shows (an undated article's date is empty)."""
    return pd.DataFrame(
        {
            "Title": [r.title for r in rows],
            "Outlet": [r.outlet or "Unknown outlet" for r in rows],
            "Tier": [tier_label(r.tier) if r.tier else "" for r in rows],
            "Published": [r.published for r in rows],
            "Flags": [", ".join([*(FLAG_LABELS.get(f, f) for f in r.flags), *_DATED_BY.get(r.dated_by, ())])
                      for r in rows],
            "Statements": [r.statements for r in rows],
            "Figures": [r.figures for r in rows],
        },
        index=pd.Index([r.id for r in rows], name="id"),
    )


def render_library(rows: list[ArticleRow], searched: bool = False) -> None:
    if not rows:
        st.info("No article's title or outlet has those words." if searched else
                "The library is empty. Upload articles above.")
        return
    st.dataframe(library_frame(rows), width="stretch", hide_index=True, placeholder="—", column_config=library_columns(),
                 height="auto" if len(rows) <= 10 else 400)


def open_in_reader(article_id: str) -> None:
    """Make the reader show this article on the next run (an upload's first stored article).
    The selector's state is set, not dropped: a dropped state left the browser showing the
    article read before while the reader below it showed the new one."""
    st.session_state["article"] = article_id
    st.query_params["article"] = article_id
    st.query_params.pop("at", None)


def render_corrections_form(store: Store, article: Article, profile: Profile) -> None:
    """Editors correct the title, outlet, date and tier; each change is recorded with who, when,
    why and the value it replaced. A new date redoes the extraction that depends on it."""
    with st.popover("Correct details", icon=":material/edit:"):
        with st.form(f"correct-{article.id}", border=False):
            title = st.text_input("Title", value=article.title)
            outlet = st.text_input("Outlet", value=article.outlet or "", placeholder="unknown")
            left, right = st.columns(2)
            published = left.date_input("Published", value=article.published, format="YYYY-MM-DD")
            tiers = [None, *TIERS]
            tier = right.selectbox("Source tier", tiers, index=tiers.index(article.tier) if article.tier in tiers else 0,
                                   format_func=lambda t: tier_label(t) if t else "Unknown")
            note = st.text_input("Why (required)", placeholder="e.g. the dateline of the PDF says 1 August")
            if st.form_submit_button("Save corrections", type="primary"):
                apply_corrections(store, article, profile, {"title": title, "outlet": outlet or None,
                                                            "published": published, "tier": tier}, note)


def apply_corrections(store: Store, article: Article, profile: Profile, changes: dict, note: str) -> None:
    """Record the corrections (a bad value is a message, and nothing changes), then redo extraction
    when the date changed: deadlines and talks rounds are read relative to it."""
    try:
        made = store.correct_article(article.id, changes, store.access.who, note)
    except ValueError as exc:
        st.error(str(exc).capitalize() + ".")
        return
    if not made:
        st.info("Nothing changed.")
        return
    if any(c.field == "published" for c in made):
        with st.spinner("Reading the article again from its new date…"):
            list(reextract(store, profile, article_ids=[article.id], embedder=data.embedder()))
    st.toast(f"Corrected {', '.join(c.field for c in made)}.", icon=":material/edit:")
    st.rerun()


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
            # Extraction reads a statement that names no issue with the sentence model, as the
            # CLI does, so an article is extracted the same whichever way it came in (the model
            # loads once per server). Its statements are embedded when Statements next opens.
            meaning = data.embedder()
            for upload in uploads:
                st.text(f"{len(outcomes) + 1}/{len(uploads)} {display_name(upload.name)}")
                outcomes.append(ingest_file(store, upload.getvalue(), upload.name, meaning=meaning))
            stored = [o for o in outcomes if o.status == "stored"]
            status.update(label=f"{len(stored)} of {len(outcomes)} stored", state="complete")
        st.session_state["outcomes"] = outcomes
        st.session_state["uploads"] = st.session_state.get("uploads", 0) + 1  # empties the uploader
        if stored:
            open_in_reader(stored[0].article_id)
        st.rerun()
    with st.form("fetch", clear_on_submit=True, border=False):
        address = st.text_input("Or paste the address of an article", key="url",
                                placeholder="https://…  (public web addresses only; 10 s, same size limit)")
        if st.form_submit_button("Fetch and ingest") and address.strip():
            with st.spinner("Fetching…"):
                outcome = ingest_url(store, address, meaning=data.embedder())
            st.session_state["outcomes"] = [outcome]
            if outcome.status == "stored":
                open_in_reader(outcome.article_id)
            st.rerun()
