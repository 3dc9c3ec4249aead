"""Positions: each side's stance issue by issue (attribution arrives with the extraction issue)."""

import pandas as pd
import streamlit as st

from components.store import get_store

store = get_store()
st.title("Positions")
counts = store.statement_counts_by_actor()
total = sum(counts.values())
attributed = {actor: n for actor, n in counts.items() if actor}
st.caption(f"{sum(attributed.values())} of {total} stored statements are attributed to a side.")
if attributed:
    frame = pd.DataFrame({"Side": list(attributed), "Statements": list(attributed.values())})
    st.dataframe(frame, hide_index=True)
else:
    st.info("No statement is attributed to a side yet: the stored statements are sentences "
            "without actor, issue or stance. See them on the Statements page.")
