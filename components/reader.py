"""An article as an analyst reads it: metadata, flags, and the cleaned text with its statements
(background by side), figures (bold) and deadlines (badge) marked. All article text is escaped;
marks are Streamlit Markdown directives, never HTML."""

from __future__ import annotations

import streamlit as st

from components.library import FLAG_LABELS
from components.text import escape_markdown
from components.theme import side_palette
from parley.highlight import Highlight, highlights
from parley.model import Article, Extraction
from parley.profile import Profile


def actor_colours(profile: Profile) -> dict[str, str]:
    """Each side's Streamlit colour name, from the one palette every chart uses."""
    return dict(side_palette(profile).slots)


def article_byline(article: Article) -> str:
    """Outlet · date · tier · format · source file, for the line under the title."""
    parts = [article.outlet or "unknown outlet",
             article.published.isoformat() if article.published else "undated",
             article.tier or "", article.format, article.source_name or ""]
    return " · ".join(p for p in parts if p)


def paragraph_markdown(text: str, start: int, end: int, marks: list[Highlight], colours: dict[str, str]) -> str:
    """One paragraph as Markdown: escaped text, statements wrapped by side colour, numbers bold."""
    statements = [m for m in marks if m.kind == "statement" and start <= m.start and m.end <= end]
    numbers = [m for m in marks if m.kind == "figure" and start <= m.start and m.end <= end]
    deadlines = [m for m in marks if m.kind == "deadline" and start <= m.start and m.end <= end]
    out, position = [], start
    for statement in statements:
        if statement.start < position:  # overlapping clause statements: the first one wins
            continue
        out.append(_with_numbers(text, position, statement.start, numbers))
        colour = colours.get(statement.actor or "", "gray")
        out.append(f":{colour}-background[{_with_numbers(text, statement.start, statement.end, numbers)}]")
        out.append(f" :{colour}-badge[{escape_markdown(statement.label)}]")
        position = statement.end
    out.append(_with_numbers(text, position, end, numbers))
    out += [f" :orange-badge[:material/timer: {escape_markdown(d.label)}]" for d in deadlines]
    return "".join(out)


def _with_numbers(text: str, start: int, end: int, numbers: list[Highlight]) -> str:
    out, position = [], start
    for number in numbers:
        if start <= number.start and number.end <= end and number.start >= position:
            out.append(escape_markdown(text[position:number.start]))
            out.append(f"**{escape_markdown(text[number.start:number.end])}**")
            position = number.end
    out.append(escape_markdown(text[position:end]))
    return "".join(out)


def render_article(article: Article, extraction: Extraction, profile: Profile) -> None:
    st.subheader(escape_markdown(article.title), anchor=False)
    st.caption(escape_markdown(article_byline(article)))
    for flag in article.flags:
        st.warning(f"Flagged: {FLAG_LABELS.get(flag, flag)}", icon=":material/flag:")
    if article.url:
        st.caption(escape_markdown(article.url))
    colours = actor_colours(profile)
    st.caption(" ".join(f":{colours[a.id]}-background[{escape_markdown(a.label)}]"
                        for a in (*profile.actors, profile.joint)) + " · **figures** in bold · deadlines as badges")
    marks = highlights(article.text, extraction)
    position = 0
    for paragraph in article.text.split("\n\n"):
        start = article.text.index(paragraph, position) if paragraph else position
        end = start + len(paragraph)
        st.markdown(paragraph_markdown(article.text, start, end, marks, colours))
        position = end
