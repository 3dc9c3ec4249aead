"""Deadline: countdown to the due date of a deadline, from its latest revision."""

import streamlit as st

from components.store import get_store

store = get_store()
summary = store.summary()
st.title("Deadline")
st.caption(f"{summary.deadlines} deadline mentions found in {summary.articles} articles.")
if not summary.deadlines:
    st.info("No deadline mentions have been extracted from the stored articles yet.")
