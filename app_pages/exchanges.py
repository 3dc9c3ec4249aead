"""Exchanges: the figures ledger, grouped by exchange, with every disagreement explained."""

import streamlit as st

from components import data
from components.charts import values_per_source
from components.filters import corpus_filter
from components.ledger import ledger_frame, render_exchange
from parley.export import ledger_records, records_csv, records_json

LEDGER_ROWS = 500

store, revision = data.store_and_revision()
url, profile = data.url(), data.profile()
where = corpus_filter(data.summary(url, revision))

st.title("Exchanges")
rows = data.figure_rows(url, revision, where)
exchanges = data.exchanges(url, revision, where)
if not rows:
    st.info("No figures in this view.")
    st.stop()

disputed = sum(e.disputed for e in exchanges)
st.caption(f"{len(rows)} figures; {len(exchanges)} exchanges, {disputed} with sources in conflict.")
rulings = data.rulings(url, revision)
for exchange in exchanges:
    render_exchange(exchange, profile, rulings, store)
    with st.expander("Values per source"):
        st.plotly_chart(values_per_source(exchange), width="stretch")

st.subheader("Over time", anchor=False)
st.plotly_chart(data.over_time_chart(url, revision, where), width="stretch")

st.subheader("Ledger", anchor=False)
newest = rows[::-1][:LEDGER_ROWS]
if len(rows) > LEDGER_ROWS:
    st.caption(f"The {LEDGER_ROWS:,} most recent of {len(rows):,} figures; the downloads hold all of them.")
st.dataframe(ledger_frame(newest), hide_index=True, width="stretch")
c1, c2 = st.columns(2)  # files are built when clicked, not on every rerun
c1.download_button("Ledger (CSV)", lambda: records_csv(ledger_records(rows)), "ledger.csv", "text/csv")
c2.download_button("Ledger (JSON)", lambda: records_json(ledger_records(rows)), "ledger.json", "application/json")
