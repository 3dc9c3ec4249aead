"""Articles: upload files through the same ingest as the CLI, browse the library, read one."""

import streamlit as st

from components.library import render_delete, render_library, render_outcome
from components.reader import render_article
from components import data
from parley.pipeline import ingest_file, ingest_url
from parley.settings import max_file_bytes

store, revision = data.store_and_revision()
st.title("Articles")

uploads = st.file_uploader(
    "Add articles", accept_multiple_files=True, key=f"upload-{st.session_state.get('uploads', 0)}",
    help=f"txt, md, html, pdf or docx; up to {max_file_bytes() // 2**20} MB each",
)
if uploads and st.button(f"Ingest {len(uploads)} file(s)", type="primary"):
    with st.status(f"Ingesting {len(uploads)} file(s)…", expanded=True) as status:
        outcomes = []
        for upload in uploads:
            st.text(f"{len(outcomes) + 1}/{len(uploads)} {upload.name}")
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
        render_delete(store, article)
        render_article(article, store.extraction(article.id), data.profile())
