"""Overview: what the corpus holds and where to go next."""

import pandas as pd
import streamlit as st

from components.store import get_store

store = get_store()
summary = store.summary()

st.title("Overview")
if not summary.articles:
    st.info("No articles yet. Add some on the Articles page.")
    st.page_link("app_pages/articles.py", label="Go to Articles", icon=":material/article:")
    st.stop()

columns = st.columns(4)
columns[0].metric("Articles", summary.articles)
columns[1].metric("Outlets", len(summary.outlets))
columns[2].metric("Statements", summary.statements)
columns[3].metric("Figures", summary.figures)

if summary.first_published:
    span = (summary.first_published.isoformat() if summary.first_published == summary.last_published
            else f"{summary.first_published.isoformat()} to {summary.last_published.isoformat()}")
    undated = f" ({summary.undated} undated)" if summary.undated else ""
    st.markdown(f"**Published:** {span}{undated}")

st.subheader("Outlets", anchor=False)
outlets = pd.DataFrame({"Outlet": list(summary.outlets), "Articles": list(summary.outlets.values())})
st.dataframe(outlets, hide_index=True, width="content")

st.subheader("Read on", anchor=False)
for path, label in [("app_pages/positions.py", "Positions: where each side stands"),
                    ("app_pages/exchanges.py", "Exchanges: the figures ledger"),
                    ("app_pages/deadline.py", "Deadline: the countdown"),
                    ("app_pages/statements.py", "Statements: what is said, and by whom"),
                    ("app_pages/articles.py", "Articles: upload and read")]:
    st.page_link(path, label=label)
