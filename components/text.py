"""Article text made safe for st.markdown: every Markdown, HTML and LaTeX character escaped."""

from __future__ import annotations

import re

# Characters st.markdown would interpret: Markdown syntax, raw HTML, and $ for LaTeX.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def escape_markdown(text: str) -> str:
    """Text that st.markdown shows exactly as written, never as markup or HTML."""
    return _SPECIAL.sub(r"\\\1", text)
