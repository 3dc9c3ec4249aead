"""An article as an analyst reads it: metadata, flags, and the cleaned text with its statements
(background by side), figures (bold) and deadlines (badge) marked. All article text is escaped;
marks are Streamlit Markdown directives, never HTML."""

from __future__ import annotations

import streamlit as st

from components.library import FLAG_LABELS
from components.text import day_words, escape_markdown
from components.theme import SidePalette, side_palette, tier_label
from parley.highlight import Highlight, highlights
from parley.model import Article, Extraction
from parley.positions import STANCE_WORDS
from parley.store import Correction
from parley.profile import Profile


def badge_text(mark: Highlight, palette: SidePalette) -> str:
    """A statement's badge in words: the side's name and the stance as the positions table says it."""
    parts = mark.label.split(" · ")
    return " · ".join(palette.label(p) if i == 0 and p == mark.actor else STANCE_WORDS.get(p, p)
                      for i, p in enumerate(parts))


def correction_line(correction: Correction) -> str:
    """'Outlet corrected to Kyiv Post (was none) by ann, 4 Dec 2025 10:12 UTC'."""
    field = {"published": "date"}.get(correction.field, correction.field)
    return (f"{field.capitalize()} corrected to {correction.value or 'none'} (was {correction.previous or 'none'}) "
            f"by {correction.who}, {correction.at:%-d %b %Y %H:%M} UTC")


def article_byline(article: Article) -> str:
    """Outlet · date · tier · format · source file, for the line under the title."""
    dated = {"text": " (from its dateline)", "editor": " (set by an editor)"}.get(article.dated_by or "", "")
    parts = [article.outlet or "unknown outlet",
             day_words(article.published) + dated if article.published else "undated",
             tier_label(article.tier) if article.tier else "", article.format, article.source_name or ""]
    return " · ".join(p for p in parts if p)


def paragraph_markdown(text: str, start: int, end: int, marks: list[Highlight], palette: SidePalette,
                       focus: int | None = None) -> str:
    """One paragraph as Markdown: escaped text, statements wrapped by side colour, numbers bold;
    the statement starting at ``focus`` (the one a link led to) marked "you came here"."""
    statements = [m for m in marks if m.kind == "statement" and start <= m.start and m.end <= end]
    numbers = [m for m in marks if m.kind == "figure" and start <= m.start and m.end <= end]
    deadlines = [m for m in marks if m.kind == "deadline" and start <= m.start and m.end <= end]
    out, position = [], start
    for statement in statements:
        if statement.start < position:  # overlapping clause statements: the first one wins
            continue
        out.append(_with_numbers(text, position, statement.start, numbers))
        colour = palette.slot(statement.actor)
        out.append(f":{colour}-background[{_with_numbers(text, statement.start, statement.end, numbers)}]")
        out.append(f" :{colour}-badge[{escape_markdown(badge_text(statement, palette))}]")
        if statement.start == focus:
            out.append(" :primary-badge[:material/my_location: linked sentence]")
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


def render_article(article: Article, extraction: Extraction, profile: Profile, focus: int | None = None,
                   corrections: list[Correction] | None = None) -> None:
    """The article with its marks; ``focus`` (a character offset from the URL's ``at``) shows the
    linked sentence first and marks it in the text; corrections are listed under the byline."""
    st.subheader(escape_markdown(article.title), anchor=False)
    st.caption(escape_markdown(article_byline(article)))
    for correction in corrections or []:
        st.caption(escape_markdown(correction_line(correction)), help=correction.note)
    for flag in article.flags:
        st.warning(f"Flagged: {FLAG_LABELS.get(flag, flag)}", icon=":material/flag:")
    if article.url:
        st.caption(escape_markdown(article.url))
    palette = side_palette(profile)
    st.caption(" ".join(f":{palette.slot(side)}-background[{escape_markdown(palette.label(side))}]"
                        for side in palette.order) + " · **figures** in bold · deadlines as badges")
    marks = highlights(article.text, extraction)
    linked = next((m for m in extraction.statements if m.start == focus), None)
    if linked:
        st.info(escape_markdown(article.text[linked.start:linked.end]), icon=":material/my_location:")
    position = 0
    for paragraph in article.text.split("\n\n"):
        start = article.text.index(paragraph, position) if paragraph else position
        end = start + len(paragraph)
        st.markdown(paragraph_markdown(article.text, start, end, marks, palette, focus))
        position = end
