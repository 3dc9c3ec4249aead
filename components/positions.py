"""The positions matrix and the evidence behind a cell."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.text import escape_markdown
from parley.positions import IssueRow, columns
from parley.profile import Profile
from parley.store import StatementRow

RELATION_MARKS = {"agree": "agree", "diverge": "diverge"}


def matrix_frame(matrix: list[IssueRow], profile: Profile) -> pd.DataFrame:
    """Issues as rows, sides as columns (parties first), each cell stance and counts."""
    sides = [a for a in columns(profile) if any(a in row.cells for row in matrix)]
    data = {"Issue": [profile.issue_label(r.issue) for r in matrix]}
    for side in sides:
        data[profile.label_of(side)] = [r.cells[side].summary if side in r.cells else "" for r in matrix]
    data["Parties"] = [RELATION_MARKS.get(r.relation or "", "") for r in matrix]
    data["Why"] = [r.why for r in matrix]
    return pd.DataFrame(data)


def render_evidence(rows: list[StatementRow]) -> None:
    """Each sentence with speaker, outlet and date, and a link to it in the reader."""
    if not rows:
        st.info("No statement for this side on this issue in the current view.")
        return
    for row in rows:
        with st.container(border=True):
            st.markdown(f"> {escape_markdown(row.text)}")
            meta = " · ".join(x for x in (row.speaker or "", row.stance or "", row.outlet or "unknown outlet",
                                          row.published.isoformat() if row.published else "undated") if x)
            st.caption(escape_markdown(meta))
            st.page_link("app_pages/articles.py", label=f"Read: {row.title[:80]}", icon=":material/article:",
                         query_params={"article": row.article_id})
