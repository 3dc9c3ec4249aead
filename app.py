"""Parley: the entry point. Page config, the shared sidebar, and navigation over the pages."""

import streamlit as st

from components.access import require_sign_in
from components.sidebar import render_sidebar

st.set_page_config(page_title="Parley", page_icon=":material/handshake:", layout="wide")

PAGES = [
    st.Page("app_pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("app_pages/positions.py", title="Positions", icon=":material/balance:"),
    st.Page("app_pages/exchanges.py", title="Exchanges", icon=":material/swap_horiz:"),
    st.Page("app_pages/deadline.py", title="Deadline", icon=":material/timer:"),
    st.Page("app_pages/statements.py", title="Statements", icon=":material/format_quote:"),
    st.Page("app_pages/articles.py", title="Articles", icon=":material/article:"),
]

require_sign_in()
navigation = st.navigation(PAGES)
render_sidebar()
navigation.run()
