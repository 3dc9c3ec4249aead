"""The identity of an article: a hash of its text that ignores case, quotes and spacing."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"',
                         "–": "-", "—": "-", "−": "-"})
_SPACE = re.compile(r"\s+")


def fingerprint(text: str) -> str:
    """sha256 hex of the text with typography and whitespace folded, so one article in two
    formats (or re-saved by an editor) is recognised as the same article."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    folded = _SPACE.sub(" ", folded).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def article_id(digest: str) -> str:
    """A short, stable id for links and URLs: 64 bits of the fingerprint."""
    return digest[:16]
