"""Groups of statements that tell one claim, and search results, each sentence with its source
and a link. A group is titled by its claim, with its side, issue and dates; opened, it shows
which sides' media carry it, its members by date (one per article) and the related groups. The
group an analyst opened is in the URL (``group``), so a link opens it again."""

from __future__ import annotations

import streamlit as st

from components.charts import group_coverage
from components.text import escape_markdown, plural, shorten, span_words
from components.theme import SidePalette
from parley.groups import GroupView
from parley.profile import Profile
from parley.store import StatementRow

SHOWN = 30
MEMBERS_SHOWN = 8  # per group; a story reprinted by a hundred outlets needs no hundred quotes
TITLE_WORDS = 90


def member_line(row: StatementRow, palette: SidePalette) -> str:
    parts = [palette.label(row.actor), row.speaker or "", row.outlet or "unknown outlet",
             row.published.isoformat() if row.published else "undated"]
    return " · ".join(p for p in parts if p)


def group_title(view: GroupView, palette: SidePalette, profile: Profile) -> str:
    """'84 Russian servicemen were returned … · Russia · Prisoner exchanges · 14 to 24 Aug 2025 ·
    4 articles', with a warning where members give different numbers."""
    sides = [s for s in view.sides if s != "joint"] or list(view.sides)
    parts = [shorten(view.claim, TITLE_WORDS), " and ".join(palette.label(s) for s in sides) or palette.label(None),
             profile.issue_label(view.issue) if view.issue else "", span_words(view.first, view.last),
             plural(view.articles, "article")]
    flag = f" · ⚠️ numbers differ ({view.numbers})" if view.numbers else ""
    return " · ".join(p for p in parts if p) + flag


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


def render_groups(views: list[GroupView], palette: SidePalette, profile: Profile) -> None:
    if not views:
        st.info("No claim in this view is told by two articles at this threshold. Lower the threshold to see "
                "looser groups.")
        return
    selected = st.query_params.get("group")
    if len(views) > SHOWN:
        st.caption(f"The {SHOWN} groups spread widest of {len(views):,}.")
    by_id = {v.id: v for v in views}
    for view in shown_groups(views, selected):
        box = st.expander(escape_markdown(group_title(view, palette, profile)), expanded=view.id == selected,
                          key=f"group-{view.id}", on_change=_remember, args=(view.id,))
        if not box.open:  # members are drawn only when opened: a rerun sends 30 headers, not 240 quotes
            continue
        with box:
            render_group(view, palette, profile, by_id)


def render_group(view: GroupView, palette: SidePalette, profile: Profile, by_id: dict[str, GroupView]) -> None:
    """Coverage, the members oldest first, the number flag and the related groups."""
    st.plotly_chart(group_coverage(view.coverage, palette), width="stretch", key=f"coverage-{view.id}",
                    config={"displayModeBar": False})
    if view.numbers:
        st.warning(escape_markdown(f"Members give different numbers: {view.numbers}"), icon=":material/warning:")
    named = {m.outlet for m in view.members if m.outlet}
    unknown = sum(1 for m in view.members if not m.outlet)
    collapsed = view.statements - view.articles
    st.caption(escape_markdown(
        f"Told by {plural(view.articles, 'article')} from {plural(len(named), 'outlet')}"
        + (f" and {unknown} of no known outlet" if unknown else "")
        + (f"; {plural(collapsed, 'repeat')} within an article counted once" if collapsed else "")))
    for row in view.members[:MEMBERS_SHOWN]:
        render_statement(row, palette)
    if view.articles > MEMBERS_SHOWN:
        st.caption(f"and {plural(view.articles - MEMBERS_SHOWN, 'more article')} telling this claim")
    related = [by_id[r] for r in view.related if r in by_id]
    if related:
        st.markdown("**Related claims** (alike, but another number, day or side)")
        for other in related:
            st.page_link("app_pages/statements.py", label=escape_markdown(shorten(group_title(other, palette, profile), 120)),
                         icon=":material/link:", query_params={**st.query_params.to_dict(), "group": other.id})


def render_statement(row: StatementRow, palette: SidePalette, score: float | None = None) -> None:
    prefix = f"{score:.2f} · " if score is not None else ""
    st.markdown(f":{palette.slot(row.actor)}-background[{escape_markdown(row.text)}]")
    st.caption(escape_markdown(prefix + member_line(row, palette)))
    st.page_link("app_pages/articles.py", label=f"Read: {shorten(row.title, 90)}", icon=":material/article:",
                 query_params={"article": row.article_id, "at": str(row.start)})
