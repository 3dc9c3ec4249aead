"""Groups of similar statements and search results, each sentence with its source and a link."""

from __future__ import annotations

import streamlit as st

from components.text import escape_markdown
from parley.groups import GroupView
from parley.profile import Profile
from parley.store import StatementRow

SHOWN = 30
MEMBERS_SHOWN = 8  # per group; a story reprinted by a hundred outlets needs no hundred quotes


def member_line(row: StatementRow, profile: Profile) -> str:
    parts = [profile.label_of(row.actor) if row.actor else "no side", row.speaker or "",
             row.outlet or "unknown outlet", row.published.isoformat() if row.published else "undated"]
    return " · ".join(p for p in parts if p)


def render_groups(views: list[GroupView], profile: Profile) -> None:
    if not views:
        st.info("No two statements in this view are that similar. Lower the threshold to see looser groups.")
        return
    if len(views) > SHOWN:
        st.caption(f"The {SHOWN} groups spread widest of {len(views)}.")
    for view in views[:SHOWN]:
        flag = f" · ⚠️ numbers differ ({view.numbers})" if view.numbers else ""
        title = (f"{len(view.members)} statements · {len(view.sides)} side(s) · {len(view.outlets)} outlet(s)"
                 f"{flag}: {view.representative.text[:90]}")
        with st.expander(escape_markdown(title)):
            st.caption(escape_markdown("Sides: " + (", ".join(profile.label_of(s) for s in view.sides) or "none")
                                       + " · Outlets: " + ", ".join(view.outlets)))
            for row in view.members[:MEMBERS_SHOWN]:
                render_statement(row, profile)
            if len(view.members) > MEMBERS_SHOWN:
                st.caption(f"and {len(view.members) - MEMBERS_SHOWN} more statements in this group")


def render_statement(row: StatementRow, profile: Profile, score: float | None = None) -> None:
    prefix = f"{score:.2f} · " if score is not None else ""
    st.markdown(f"> {escape_markdown(row.text)}")
    st.caption(escape_markdown(prefix + member_line(row, profile)))
    st.page_link("app_pages/articles.py", label=f"Read: {row.title[:80]}", icon=":material/article:",
                 query_params={"article": row.article_id})
