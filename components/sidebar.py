"""The sidebar every page shares: what corpus is loaded and from where."""

from __future__ import annotations

import streamlit as st

from components import data
from components.access import render_identity
from components.store import database_label


def render_sidebar() -> None:
    store, revision = data.store_and_revision()
    articles = data.summary(data.url(), revision).articles  # cached: no query per rerun
    with st.sidebar:
        st.caption("Parley · peace talks in the news")
        st.caption(f"{articles} articles · {database_label(data.url())}")
        render_identity(store.access)
