"""Positions: each side's stance issue by issue, the sentences behind it, and its change by round."""

import streamlit as st

from components import data
from components.filters import corpus_filter, url_select
from components.positions import matrix_frame, render_evidence
from parley.export import positions_records, records_csv, records_json
from parley.positions import columns, round_windows, within

store, revision = data.store_and_revision()
url, profile = data.url(), data.profile()
where = corpus_filter(data.summary(url, revision))

st.title("Positions")
rounds = {talks.id: (talks, window) for talks, window in round_windows(profile)}
chosen_round = url_select("Talks round", ["all", *rounds], "round",
                          lambda r: "All rounds" if r == "all" else rounds[r][0].label)
view = within(rounds[chosen_round][1], where) if chosen_round != "all" else where

matrix = data.matrix(url, revision, view)
if not matrix:
    st.info("No statement in this view is attributed to a side on an issue.")
    st.stop()
st.dataframe(matrix_frame(matrix, profile), hide_index=True, width="stretch")

st.subheader("Evidence", anchor=False)
left, right = st.columns(2)
with left:  # both in the URL, so a link opens the same evidence
    issue = url_select("Issue", [r.issue for r in matrix], "evidence_issue", profile.issue_label)
sides = [a for a in columns(profile) if any(a in r.cells for r in matrix if r.issue == issue)]
with right:
    side = url_select("Side", sides, "evidence_side", profile.label_of)
render_evidence(data.statements(url, revision, view, actor=side, issue=issue, limit=30))

with st.expander(f"How {profile.label_of(side)}'s positions changed across rounds"):
    table = data.rounds_table(url, revision, side, where)
    st.dataframe({profile.issue_label(i): by_round for i, by_round in table.items()}, width="stretch")

c1, c2 = st.columns(2)  # files are built when clicked, not on every rerun
c1.download_button("Positions (CSV)", lambda: records_csv(positions_records(matrix, profile)),
                   "positions.csv", "text/csv")
c2.download_button("Positions (JSON)", lambda: records_json(positions_records(matrix, profile)),
                   "positions.json", "application/json")
