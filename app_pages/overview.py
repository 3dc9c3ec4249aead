"""Overview: the view's headline numbers, where each side stands, coverage over time, the key
figures with their ranges and the deadline's state; every number obeys the sidebar's filters."""

from datetime import date

import streamlit as st

from components import data
from components.filters import corpus_filter
from components.overview import (
    articles_series,
    cell_link,
    outlets_frame,
    render_deadline_card,
    render_kpis,
    scope_line,
)
from components.tables import outlets_columns
from components.text import escape_markdown
from parley.briefing import briefing
from parley.positions import round_of_date

KEY_EXCHANGES = 5

st.title("Overview")
store, revision = data.store_and_revision()
url, profile = data.url(), data.profile()
whole = data.summary(url, revision)
where = corpus_filter(whole)
if not whole.articles:
    st.info("No articles yet. Add some on the Articles page.")
    st.page_link("app_pages/articles.py", label="Go to Articles", icon=":material/article:")
    st.stop()

view = data.summary(url, revision, where)
coverage = data.coverage(url, revision, where)
st.caption(escape_markdown(f"{profile.label} · {scope_line(view, where, round_of_date(profile, view.last_published))}"))
render_kpis(view, whole, articles_series(coverage))
if not view.articles:
    st.info("No article matches the sidebar's filters.", icon=":material/filter_alt_off:")
    st.stop()

matrix = data.matrix(url, revision, where)
with st.container(border=True):
    if matrix:
        event = st.vega_lite_chart(data.heatmap_spec(url, revision, where), on_select="rerun", key="heatmap",
                                   width="stretch")
        link = cell_link(event.selection, where)
        if link:
            st.switch_page("app_pages/positions.py", query_params=link)
    else:
        st.caption("No statement in this view is attributed to a side on an issue.")
    st.page_link("app_pages/positions.py", label="Positions: the sentences behind each cell",
                 icon=":material/balance:", query_params=where.to_query())

with st.container(border=True):
    by = st.segmented_control("Coverage by", ["tier", "outlet"], default="tier", key="coverage-by",
                              format_func={"tier": "Source tier", "outlet": "Outlet"}.get, required=True,
                              label_visibility="collapsed")
    st.vega_lite_chart(data.coverage_spec(url, revision, where, by), width="stretch")

left, right = st.columns([3, 2])
with left, st.container(border=True, height="stretch"):
    exchanges = data.exchanges(url, revision, where)
    if exchanges:
        st.vega_lite_chart(data.ranges_spec(url, revision, where, KEY_EXCHANGES), width="content")
    else:
        st.caption("No exchange figures in this view.")
    st.page_link("app_pages/exchanges.py", label="The ledger and every disagreement", icon=":material/swap_horiz:",
                 query_params=where.to_query())
with right, st.container(border=True, height="stretch"):
    st.markdown("**Deadlines**")
    st.fragment(render_deadline_card, run_every=60)(data.deadlines(url, revision))  # the Deadline page's minute
    st.page_link("app_pages/deadline.py", label="The countdown and its revisions", icon=":material/timer:")

with st.container(border=True):
    st.markdown("**Outlets**")
    st.dataframe(outlets_frame(coverage), hide_index=True, placeholder="—", width="stretch", column_config=outlets_columns(),
                 height="auto" if len(view.outlets) <= 8 else 320)

st.download_button(  # written when clicked, from the view as it is then
    "One-page briefing (Markdown)", file_name="parley-briefing.md", mime="text/markdown", icon=":material/download:",
    data=lambda: briefing(profile, view, where, matrix, data.exchanges(url, revision, where),
                          data.rulings(url, revision), data.articles(url, revision), data.deadlines(url, revision),
                          date.today()))
