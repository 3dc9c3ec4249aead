"""Exchanges: the ledger of figures (prisoners, bodies ...) and where sources disagree."""

import streamlit as st

from components.store import get_store

store = get_store()
summary = store.summary()
st.title("Exchanges")
st.caption(f"{summary.figures} figures extracted from {summary.articles} articles.")
if not summary.figures:
    st.info("No figures have been extracted from the stored articles yet.")
