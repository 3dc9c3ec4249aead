"""Groups of similar statements and search results, each sentence with its source and a link.
The group an analyst opened is in the URL (``group``), so a link opens it again."""

from __future__ import annotations

import streamlit as st

from components.text import escape_markdown, plural, shorten
from components.theme import SidePalette
from parley.groups import GroupView
from parley.store import StatementRow

SHOWN = 30
MEMBERS_SHOWN = 8  # per group; a story reprinted by a hundred outlets needs no hundred quotes


def member_line(row: StatementRow, palette: SidePalette) -> str:
    parts = [palette.label(row.actor), row.speaker or "", row.outlet or "unknown outlet",
             row.published.isoformat() if row.published else "undated"]
    return " · ".join(p for p in parts if p)


def group_title(view: GroupView) -> str:
    flag = f" · ⚠️ numbers differ ({view.numbers})" if view.numbers else ""
    return (f"{plural(len(view.members), 'statement')} · {plural(len(view.sides), 'side')} · "
            f"{plural(len(view.outlets), 'outlet')}{flag}: {shorten(view.representative.text, 90)}")


def shown_groups(views: list[GroupView], selected: str | None) -> list[GroupView]:
    """The SHOWN widest groups, with the one in the URL first even when it is not among them."""
    top = views[:SHOWN]
    chosen = next((v for v in views if v.id == selected), None)
    return [chosen, *[v for v in top if v is not chosen]][:SHOWN] if chosen else top


def _remember(group_id: str) -> None:
    """An expander opened or closed: the URL names the open group, or none."""
    if st.session_state.get(f"group-{group_id}"):
        st.query_params["group"] = group_id
    elif st.query_params.get("group") == group_id:
        del st.query_params["group"]


def render_groups(views: list[GroupView], palette: SidePalette) -> None:
    if not views:
        st.info("No two statements in this view are that similar. Lower the threshold to see looser groups.")
        return
    selected = st.query_params.get("group")
    if len(views) > SHOWN:
        st.caption(f"The {SHOWN} groups spread widest of {len(views):,}.")
    for view in shown_groups(views, selected):
        box = st.expander(escape_markdown(group_title(view)), expanded=view.id == selected, key=f"group-{view.id}",
                          on_change=_remember, args=(view.id,))
        if not box.open:  # members are drawn only when opened: a rerun sends 30 headers, not 240 quotes
            continue
        with box:
            st.caption(escape_markdown("Sides: " + (", ".join(palette.label(s) for s in view.sides) or "none")
                                       + " · Outlets: " + ", ".join(view.outlets)))
            for row in view.members[:MEMBERS_SHOWN]:
                render_statement(row, palette)
            if len(view.members) > MEMBERS_SHOWN:
                st.caption(f"and {plural(len(view.members) - MEMBERS_SHOWN, 'more statement')} in this group")


def render_statement(row: StatementRow, palette: SidePalette, score: float | None = None) -> None:
    prefix = f"{score:.2f} · " if score is not None else ""
    st.markdown(f":{palette.slot(row.actor)}-background[{escape_markdown(row.text)}]")
    st.caption(escape_markdown(prefix + member_line(row, palette)))
    st.page_link("app_pages/articles.py", label=f"Read: {shorten(row.title, 90)}", icon=":material/article:",
                 query_params={"article": row.article_id, "at": str(row.start)})
