"""Articles: upload files through the same ingest as the CLI, browse the library, read one."""

import streamlit as st

from components import data
from components.library import (
    render_delete,
    render_library,
    render_outcome,
    render_upload,
)
from components.reader import render_article

store, revision = data.store_and_revision()
st.title("Articles")

if store.access.can_write:
    render_upload(store)
else:
    st.info(store.access.reason, icon=":material/lock:")
for outcome in st.session_state.get("outcomes", []):
    render_outcome(outcome)

st.subheader("Library", anchor=False)
rows = data.articles(data.url(), revision)
render_library(rows)
if rows:
    titles = {row.id: row.title for row in rows}
    linked = st.query_params.get("article")  # evidence links open an article here
    ids = list(titles)
    chosen = st.selectbox("Read", ids, format_func=titles.get, key="article",
                          index=ids.index(linked) if linked in titles else 0)
    st.query_params["article"] = chosen
    article = store.get_article(chosen)
    if article:
        if store.access.can_write:
            render_delete(store, article)
        render_article(article, store.extraction(article.id), data.profile())
