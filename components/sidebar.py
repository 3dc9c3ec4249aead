"""The sidebar every page shares: what corpus is loaded and from where."""

from __future__ import annotations

import streamlit as st

from components.store import database_label, get_store
from parley.settings import database_url


def render_sidebar() -> None:
    store = get_store()
    with st.sidebar:
        st.caption("Parley · peace talks in the news")
        st.caption(f"{store.article_count()} articles · {database_label(database_url())}")
