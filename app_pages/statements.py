"""Statements: every stored sentence with its source; grouping by similarity comes later."""

import pandas as pd
import streamlit as st

from components import data
from components.filters import corpus_filter
from parley.export import records_csv, records_json, statement_records

LIMIT = 500

store, revision = data.store_and_revision()
where = corpus_filter(data.summary(data.key()[0], revision))
st.title("Statements")
query = st.text_input("Find statements containing", key="contains")
rows = data.statements(data.key()[0], revision, where, contains=query.strip(), limit=LIMIT)
st.caption(f"{len(rows)} statements shown" + (f" (first {LIMIT})" if len(rows) == LIMIT else ""))
frame = pd.DataFrame({
    "Statement": [r.text for r in rows],
    "Side": [r.actor or "—" for r in rows],
    "Article": [r.title for r in rows],
    "Outlet": [r.outlet or "—" for r in rows],
    "Published": [r.published for r in rows],
})
st.dataframe(frame, hide_index=True, width="stretch")
c1, c2 = st.columns(2)  # the statements of this view, built when clicked
c1.download_button("Statements (CSV)", lambda: records_csv(statement_records(rows)), "statements.csv", "text/csv")
c2.download_button("Statements (JSON)", lambda: records_json(statement_records(rows)), "statements.json",
                   "application/json")
