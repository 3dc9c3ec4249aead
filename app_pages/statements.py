"""Statements: groups of similar statements across articles, a map by meaning, and search.
The only page that loads the sentence model, and only to embed what has no vector or to search."""

import pandas as pd
import streamlit as st

from components import data
from components.filters import corpus_filter, sync_query, url_select, url_slider
from components.groups import render_groups, render_statement
from components.tables import statements_columns
from parley.cluster import DEFAULT_THRESHOLD
from parley.export import records_csv, records_json, statement_records
from parley.groups import nearest
from parley.pipeline import embed_missing

LISTED = 500

st.title("Statements")
store, revision = data.store_and_revision()
url, profile, palette = data.url(), data.profile(), data.palette()
where = corpus_filter(data.summary(url, revision))
model_name = data.embedder_name()

pending = data.unembedded(url, revision, model_name)
if pending:  # after an upgrade, a re-extraction or a new model: embed once, then it is stored
    model = data.embedder()
    bar = st.progress(0.0, text=f"Embedding {pending} statements with {model.name}…")
    for done, total in embed_missing(store, model):
        bar.progress(done / total, text=f"Embedded {done} of {total} statements")
    st.rerun()

left, middle = st.columns(2)
with left:
    side = url_select("Side", ["all", *palette.order], "side", lambda a: "All sides" if a == "all" else palette.label(a))
with middle:
    issue = url_select("Issue", ["all", *[i.id for i in profile.issues]], "issue",
                       lambda i: "All issues" if i == "all" else profile.issue_label(i))
threshold = url_slider("Similarity to join a group", 0.4, 0.95, DEFAULT_THRESHOLD, 0.01, "threshold")
actor, topic = (None if side == "all" else side), (None if issue == "all" else issue)

query = st.text_input("Find statements closest to a sentence", value=st.query_params.get("q", ""), key="nearest",
                      icon=":material/search:", placeholder="e.g. an exchange of prisoners before the next round")
sync_query({"q": query.strip()} if query.strip() else {}, keys=("q",))
if query.strip():
    with st.spinner("Searching…"):
        rows, vectors, _ = data.search_space(url, revision, model_name, where, actor, topic)
        found = nearest(data.embedder().encode([query])[0], vectors) if len(rows) else []
    with st.container(border=True):
        st.markdown(f"**Closest to your sentence** ({len(found)})")
        for index, score in found:
            render_statement(rows[index], palette, score)

with st.spinner("Grouping the statements by claim…"):  # seconds on a large corpus, once per revision
    views, mapped, _ = data.groups(url, revision, model_name, threshold, where, actor, topic)
st.subheader(f"Claims told by several articles ({len(views):,})", anchor=False)
render_groups(views, palette, profile)
if mapped:
    st.plotly_chart(data.map_figure(url, revision, model_name, threshold, where, actor, topic), width="stretch")

rows = data.statements(url, revision, where, actor=actor, issue=topic, limit=LISTED)
with st.expander(f"All statements of this view ({len(rows)}{'+' if len(rows) == LISTED else ''})",
                 icon=":material/table:"):
    st.dataframe(pd.DataFrame({"Statement": [r.text for r in rows], "Side": [palette.label(r.actor) for r in rows],
                               "Speaker": [r.speaker or "" for r in rows], "Stance": [r.stance or "" for r in rows],
                               "Outlet": [r.outlet or "" for r in rows], "Published": [r.published for r in rows]}),
                 hide_index=True, placeholder="—", width="stretch", column_config=statements_columns())
c1, c2 = st.columns(2)
c1.download_button("Statements (CSV)", lambda: records_csv(statement_records(rows)), "statements.csv", "text/csv",
                   icon=":material/download:")
c2.download_button("Statements (JSON)", lambda: records_json(statement_records(rows)), "statements.json",
                   "application/json", icon=":material/download:")
