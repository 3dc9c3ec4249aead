"""An article as an analyst reads it: metadata line, flags, and the cleaned text, escaped."""

from __future__ import annotations

import streamlit as st

from components.library import FLAG_LABELS
from components.text import escape_markdown
from parley.model import Article


def article_byline(article: Article) -> str:
    """Outlet · date · format · source file, for the line under the title."""
    parts = [article.outlet or "unknown outlet",
             article.published.isoformat() if article.published else "undated",
             article.format, article.source_name or ""]
    return " · ".join(p for p in parts if p)


def render_article(article: Article) -> None:
    st.subheader(escape_markdown(article.title), anchor=False)
    st.caption(escape_markdown(article_byline(article)))
    for flag in article.flags:
        st.warning(f"Flagged: {FLAG_LABELS.get(flag, flag)}", icon=":material/flag:")
    if article.url:
        st.caption(escape_markdown(article.url))
    for paragraph in article.text.split("\n\n"):
        st.markdown(escape_markdown(paragraph))
