"""Exchanges: figures linked to real-world events, compared only within one event."""

import streamlit as st

from components import data
from components.filters import corpus_filter, url_select
from components.ledger import (
    events_columns,
    events_frame,
    exchange_figures,
    known_events_frame,
    ledger_caption,
    ledger_columns,
    ledger_frame,
    render_conflicts,
    render_event_form,
    render_known_events,
    render_relations,
    summary_metrics,
    undated_note,
)
from components.ledger_charts import claims_chart, fulfilment_chart
from components.tables import show_table
from parley.export import ledger_contract, ledger_records, records_csv, records_json

LEDGER_ROWS = 500

store, revision = data.store_and_revision()
url, profile = data.url(), data.profile()
where = corpus_filter(data.summary(url, revision))

st.title("Exchanges")
rows = data.figure_rows(url, revision, where)
ledger = data.ledger(url, revision, where)
if not rows:
    st.info("No figures in this view.")
    st.stop()

summary_metrics(ledger)
st.plotly_chart(data.timeline_chart(url, revision, where), width="stretch")
if note := undated_note(ledger):
    st.caption(note)
if any(e.fulfilment for e in ledger.exchanges):
    st.plotly_chart(fulfilment_chart(list(ledger.exchanges)), width="stretch")

st.subheader("True conflicts", anchor=False)
render_conflicts(ledger, data.rulings(url, revision), store)

st.subheader("Events", anchor=False)
reported = [e for e in ledger.exchanges if e.rows]
show_table(events_frame(reported, {e.id: e for e in ledger.exchanges}), events_columns())
if reported:
    by_id = {e.id: e for e in reported}
    chosen = by_id[url_select("Event", list(by_id), "event", lambda i: by_id[i].label)]
    st.plotly_chart(claims_chart(chosen), width="stretch")
    render_relations(chosen)
    with st.expander(f"The {len(chosen.rows)} sentence(s) behind it"):
        st.dataframe(ledger_frame(list(chosen.rows), profile), hide_index=True, placeholder="—", width="stretch",
                     column_config=ledger_columns())

if ledger.unlinked:
    st.subheader("Unlinked figures", anchor=False)
    st.caption("No date in their text and none on their article: listed, never merged with others.")
    st.dataframe(ledger_frame(list(ledger.unlinked), profile), hide_index=True, placeholder="—", width="stretch",
                 column_config=ledger_columns())

st.subheader("Known events", anchor=False)
added = data.added_events(url, revision)
render_known_events(known_events_frame(profile, added))
if store.access.can_write:
    with st.expander("Add a known event"):
        render_event_form(store, tuple(e.id for e in profile.events) + tuple(e.id for e, _, _ in added))

st.subheader("Ledger", anchor=False)
event_of = {r.id: e.label for e in ledger.exchanges for r in e.rows}
listed = exchange_figures(rows, ledger)
newest = listed[::-1][:LEDGER_ROWS]
st.caption(ledger_caption(len(newest), len(listed), len(rows) - len(listed)))
st.dataframe(ledger_frame(newest, profile, event_of), hide_index=True, placeholder="—", width="stretch", column_config=ledger_columns())
c1, c2, c3 = st.columns(3)  # files are built when clicked, not on every rerun
c1.download_button("Figures (CSV)", lambda: records_csv(ledger_records(rows, ledger)), "ledger.csv", "text/csv")
c2.download_button("Figures (JSON)", lambda: records_json(ledger_records(rows, ledger)), "ledger.json",
                   "application/json")
c3.download_button("Events (JSON)", lambda: records_json(ledger_contract(ledger)), "events.json", "application/json")
