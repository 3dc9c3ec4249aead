"""The positions matrix as a table, the evidence behind a cell, and where a heat-map click leads."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.text import escape_markdown, shorten
from components.theme import SidePalette
from parley.positions import STANCE_WORDS, IssueRow
from parley.profile import Profile
from parley.store import StatementRow

RELATION_MARKS = {"agree": "agree", "diverge": "diverge"}


def matrix_frame(matrix: list[IssueRow], profile: Profile, palette: SidePalette) -> pd.DataFrame:
    """Issues as rows, sides as columns (parties first), each cell 'stance · statements · outlets'."""
    sides = [a for a in palette.order if any(a in row.cells for row in matrix)]
    data = {"Issue": [profile.issue_label(r.issue) for r in matrix]}
    for side in sides:
        data[palette.label(side)] = [
            f"{STANCE_WORDS.get(c.stance, c.stance)} · {c.statements} · {c.outlets}" if (c := r.cells.get(side)) else ""
            for r in matrix]
    data["Parties"] = [RELATION_MARKS.get(r.relation or "", "") for r in matrix]
    data["Why"] = [r.why for r in matrix]
    return pd.DataFrame(data)


def picked_cell(selection: dict) -> tuple[str, str] | None:
    """(issue id, side id) of the heat-map cell a click selected, if any."""
    picked = (selection or {}).get("cell") or []
    if picked and isinstance(picked, list) and isinstance(picked[0], dict):
        issue, side = picked[0].get("issue_id"), picked[0].get("side_id")
        if issue and side:
            return str(issue), str(side)
    return None


def evidence_note(shown: int, total: int) -> str | None:
    """"The 30 most recent of 126 statements ..." when a cell holds more than are shown."""
    if total <= shown:
        return None
    return (f"The {shown} most recent of {total:,} statements; the Statements page (filtered by side and issue) "
            "and its download hold them all.")


def render_evidence(rows: list[StatementRow], palette: SidePalette, total: int = 0) -> None:
    """Each sentence with speaker, outlet and date, and a link to it in the reader; when the
    cell holds more than are shown, says how many and where the rest are."""
    if not rows:
        st.info("No statement for this side on this issue in the current view.")
        return
    if note := evidence_note(len(rows), total):
        st.caption(note)
    for row in rows:
        with st.container(border=True):
            st.markdown(f":{palette.slot(row.actor)}-background[{escape_markdown(row.text)}]")
            told = f"as {palette.label(row.reporter)} tells it" if row.reporter else ""
            stance = STANCE_WORDS.get(row.stance or "", row.stance or "")  # the heat map's words
            meta = " · ".join(x for x in (row.speaker or "", stance, told, row.outlet or "unknown outlet",
                                          f"{row.published:%-d %b %Y}" if row.published else "undated") if x)
            st.caption(escape_markdown(meta))
            st.page_link("app_pages/articles.py", label=f"Read: {shorten(row.title, 90)}", icon=":material/article:",
                         query_params={"article": row.article_id, "at": str(row.start)})
