"""Statements: groups of similar statements across articles, a map by meaning, and search."""

import pandas as pd
import streamlit as st

from components import data
from components.charts import statement_map
from components.filters import corpus_filter, url_select, url_slider
from components.groups import render_groups, render_statement
from parley.cluster import DEFAULT_THRESHOLD
from parley.export import records_csv, records_json, statement_records
from parley.groups import nearest
from parley.pipeline import embed_missing
from parley.positions import columns

store, revision = data.store_and_revision()
url, profile = data.url(), data.profile()
where = corpus_filter(data.summary(url, revision))
st.title("Statements")
model = data.embedder()

pending = data.unembedded(url, revision, model.name)
if pending:  # after an upgrade, a re-extraction or a new model: embed once, then it is stored
    bar = st.progress(0.0, text=f"Embedding {pending} statements with {model.name}…")
    for done, total in embed_missing(store, model):
        bar.progress(done / total, text=f"Embedded {done} of {total} statements")
    st.rerun()

side = url_select("Side", ["all", *columns(profile)], "side", lambda a: "All sides" if a == "all" else profile.label_of(a))
issue = url_select("Issue", ["all", *[i.id for i in profile.issues]], "issue",
                   lambda i: "All issues" if i == "all" else profile.issue_label(i))
threshold = url_slider("Similarity to join a group", 0.5, 0.95, DEFAULT_THRESHOLD, 0.01, "threshold")
actor, topic = (None if side == "all" else side), (None if issue == "all" else issue)
views, mapped, points = data.groups(url, revision, model.name, threshold, where, actor, topic)

query = st.text_input("Find statements closest to a sentence", key="nearest")
if query.strip():
    rows, vectors, _ = store.statement_vectors(model.name, where, actor, topic)
    for index, score in nearest(model.encode([query])[0], vectors):
        render_statement(rows[index], profile, score)

st.subheader(f"Groups ({len(views)})", anchor=False)
render_groups(views, profile)
if mapped:
    colours = {a.id: a.colour for a in (*profile.actors, profile.joint)}
    st.plotly_chart(statement_map(mapped, points, colours), width="stretch")

rows = data.statements(url, revision, where, actor=actor, issue=topic, limit=500)
with st.expander(f"All statements of this view ({len(rows)}{'+' if len(rows) == 500 else ''})"):
    st.dataframe(pd.DataFrame(statement_records(rows))[["text", "side", "speaker", "stance", "outlet", "published"]],
                 hide_index=True, width="stretch")
c1, c2 = st.columns(2)
c1.download_button("Statements (CSV)", lambda: records_csv(statement_records(rows)), "statements.csv", "text/csv")
c2.download_button("Statements (JSON)", lambda: records_json(statement_records(rows)), "statements.json",
                   "application/json")
