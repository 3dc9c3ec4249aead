"""Words on the page: article text made safe for st.markdown (every Markdown, HTML and LaTeX
character escaped), and counts, days and times as a person writes them."""

from __future__ import annotations

import re
from datetime import date, datetime

# Characters st.markdown would interpret: Markdown syntax, raw HTML, and $ for LaTeX.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def escape_markdown(text: str) -> str:
    """Text that st.markdown shows exactly as written, never as markup or HTML."""
    return _SPECIAL.sub(r"\\\1", text)


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 article', '2 articles', '1,200 statements'."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def day_words(day: date) -> str:
    """A day as people write it: '23 Jul 2025'."""
    return f"{day.day} {day:%b %Y}"


def span_words(first: date | None, last: date | None) -> str:
    """'23 Jul 2025', '23 Jul to 4 Aug 2025' or '' when nothing is dated."""
    if not first or not last:
        return ""
    if first == last:
        return day_words(first)
    start = f"{first.day} {first:%b}" if first.year == last.year else day_words(first)
    return f"{start} to {day_words(last)}"


def ago(moment: datetime, now: datetime) -> str:
    """How long ago, in the words a person would use: 'just now', '5 minutes ago', 'yesterday'."""
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{plural(seconds // 60, 'minute')} ago"
    if seconds < 86400:
        return f"{plural(seconds // 3600, 'hour')} ago"
    days = (now.date() - moment.date()).days or 1
    if days == 1:
        return "yesterday"
    if days < 31:
        return f"{days} days ago"
    return f"on {day_words(moment.date())}"


def shorten(text: str, limit: int) -> str:
    """Text cut at a word boundary with an ellipsis, never mid-word, when longer than the limit."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0] if " " in text[:limit - 1] else text[:limit - 1]
    return cut.rstrip(" ,;:·-–") + "…"
