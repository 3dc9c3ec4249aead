"""Positions: each side's stance issue by issue, the sentences behind it, and its change by round."""

import streamlit as st

from components import data
from components.filters import corpus_filter, url_select
from components.positions import matrix_frame, picked_cell, render_evidence
from components.tables import by_round_columns, matrix_columns
from parley.export import positions_records, records_csv, records_json
from parley.positions import round_windows, within

st.title("Positions")
store, revision = data.store_and_revision()
url, profile, palette = data.url(), data.profile(), data.palette()
where = corpus_filter(data.summary(url, revision))

rounds = {talks.id: (talks, window) for talks, window in round_windows(profile)}
chosen_round = url_select("Talks round", ["all", *rounds], "round",
                          lambda r: "All rounds" if r == "all" else rounds[r][0].label)
view = within(rounds[chosen_round][1], where) if chosen_round != "all" else where

matrix = data.matrix(url, revision, view)
if not matrix:
    st.info("No statement in this view is attributed to a side on an issue.")
    st.stop()
event = st.vega_lite_chart(data.heatmap_spec(url, revision, view), on_select="rerun", key="positions-heatmap",
                           width="stretch")
clicked = picked_cell(event.selection)
if clicked and clicked != st.session_state.get("applied-cell"):  # a new click, not the same one again
    st.session_state["applied-cell"] = clicked
    st.session_state["url-evidence_issue"], st.session_state["url-evidence_side"] = clicked
frame = matrix_frame(matrix, profile, palette)
with st.expander("The same as a table (stance · statements · outlets)", icon=":material/table:"):
    st.dataframe(frame, hide_index=True, placeholder="—", width="stretch", column_config=matrix_columns(list(frame.columns[1:-2])))

EVIDENCE_CARDS = 30
st.subheader("Evidence", anchor=False)
left, right = st.columns(2)
with left:  # both in the URL, so a link opens the same evidence
    issue = url_select("Issue", [r.issue for r in matrix], "evidence_issue", profile.issue_label)
sides = [a for a in palette.order if any(a in r.cells for r in matrix if r.issue == issue)]
with right:
    side = url_select("Side", sides, "evidence_side", palette.label)
cell = next((r.cells.get(side) for r in matrix if r.issue == issue), None)
render_evidence(data.statements(url, revision, view, actor=side, issue=issue, limit=EVIDENCE_CARDS), palette,
                total=cell.statements if cell else 0)

with st.expander(f"How {palette.label(side)}'s positions changed across rounds", icon=":material/timeline:"):
    table = data.rounds_table(url, revision, side, where)
    labels = [talks.label for talks, _ in rounds.values()]
    st.dataframe({"Issue": [profile.issue_label(i) for i in table],
                  **{label: [table[i].get(label, "") for i in table] for label in labels}},
                 hide_index=True, placeholder="—", width="stretch", column_config=by_round_columns(labels))

c1, c2 = st.columns(2)  # files are built when clicked, not on every rerun
c1.download_button("Positions (CSV)", lambda: records_csv(positions_records(matrix, profile)),
                   "positions.csv", "text/csv", icon=":material/download:")
c2.download_button("Positions (JSON)", lambda: records_json(positions_records(matrix, profile)),
                   "positions.json", "application/json", icon=":material/download:")
