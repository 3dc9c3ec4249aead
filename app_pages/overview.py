"""Overview: what the corpus holds, the key figures and their disputes, the deadline, where to go."""

from datetime import date

import streamlit as st

from components import data
from components.filters import corpus_filter
from components.ledger import exchange_heading
from components.text import escape_markdown
from parley.briefing import briefing, deadline_lines
from parley.positions import round_of_date

store, revision = data.store_and_revision()
url, profile = data.url(), data.profile()
summary = data.summary(url, revision)
where = corpus_filter(summary)

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
    latest = round_of_date(profile, summary.last_published)
    if latest:
        st.markdown(f"**Latest round:** {latest.label}, {latest.date.isoformat()}")

st.subheader("Key figures", anchor=False)
exchanges = [e for e in data.ledger(url, revision, where).exchanges if e.rows]
for exchange in exchanges[:5]:
    st.markdown(f"- {escape_markdown(exchange_heading(exchange))}")
st.page_link("app_pages/exchanges.py", label="The ledger and every disagreement", icon=":material/swap_horiz:")

st.subheader("Deadline", anchor=False)
today = date.today()
deadlines = data.deadlines(url, revision)
for line in deadline_lines(deadlines, today):
    st.markdown(escape_markdown(line))
st.page_link("app_pages/deadline.py", label="The countdown and its revisions", icon=":material/timer:")

st.subheader("Outlets", anchor=False)
st.dataframe({"Outlet": list(summary.outlets), "Articles": list(summary.outlets.values())},
             hide_index=True, width="content")
for path, label in [("app_pages/positions.py", "Positions: where each side stands"),
                    ("app_pages/statements.py", "Statements: what is said, and by whom"),
                    ("app_pages/articles.py", "Articles: upload and read")]:
    st.page_link(path, label=label)

st.download_button(  # written when clicked, from the view as it is then
    "One-page briefing (Markdown)", file_name="parley-briefing.md", mime="text/markdown",
    data=lambda: briefing(profile, summary, where, data.matrix(url, revision, where), exchanges,
                          data.rulings(url, revision), data.articles(url, revision), deadlines, today))
