"""Articles: upload files through the same ingest as the CLI, browse the library, read one."""

import streamlit as st

from components import data
from components.library import (
    render_corrections_form,
    render_delete,
    render_library,
    render_outcome,
    render_upload,
)
from components.reader import render_article
from components.text import day_words

st.title("Articles")
store, revision = data.store_and_revision()
url, profile = data.url(), data.profile()

if store.access.can_write:
    render_upload(store)
else:
    st.info(store.access.reason, icon=":material/lock:")
for outcome in st.session_state.get("outcomes", []):
    render_outcome(outcome)

st.subheader("Library", anchor=False)
find = st.text_input("Find an article", key="find", icon=":material/search:", placeholder="words of a title or outlet")
rows, matching = data.library(url, revision, find.strip())
if matching > len(rows):
    st.caption(f"The {len(rows):,} most recent of {matching:,} articles; type words of a title or outlet to find others.")
render_library(rows, searched=bool(find.strip()))
linked = st.query_params.get("article")  # evidence links and uploads open an article here
if linked and linked not in {r.id for r in rows}:
    rows = [*rows, *[a for a in data.articles(url, revision) if a.id == linked]]
if rows:
    titles = {row.id: row for row in rows}
    ids = list(titles)
    chosen = st.selectbox("Read", ids, key="article", index=ids.index(linked) if linked in titles else 0,
                          format_func=lambda i: f"{titles[i].title} · {titles[i].outlet or 'unknown outlet'} · "
                                                f"{day_words(titles[i].published) if titles[i].published else 'undated'}")
    if chosen != linked:
        st.query_params["article"] = chosen
        st.query_params.pop("at", None)  # a position belongs to the article it was in
    article = store.get_article(chosen)
    if article:
        if store.access.can_write:
            with st.container(horizontal=True):
                render_corrections_form(store, article, profile)
                render_delete(store, article)
        at = st.query_params.get("at", "")
        render_article(article, store.extraction(article.id), profile, focus=int(at) if at.isdigit() else None,
                       corrections=data.corrections(url, revision, article.id))
