"""Normalise article text and strip page furniture (ads, share and comment widgets, link lists).

The rules are general patterns of news-site chrome, not lines copied from any one site: a
line is furniture when the whole line is a widget label, and a block of "Latest News",
"Comments", "Share this article" and the like in the second half of a page ends the article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters that only affect rendering; removed so spans and fingerprints ignore them. Control
# characters (NUL included: PostgreSQL refuses it in text) and direction overrides, which would
# let a text reorder what the reader shows, go too.
_INVISIBLE = dict.fromkeys(
    [*map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), *range(0x00, 0x09), 0x0B, *range(0x0E, 0x20),
     *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)
# A run of thirty marks or more is no text at all; a shorter run of one mark ("!!!!!", "_____")
# is kept as three. Both matter beyond looks: the tokenizer strips leading and trailing
# punctuation one character at a time, so its cost grows with the square of such a run. Runs
# are found with single-class patterns only: a repeated group makes the regex engine keep a
# frame per character, gigabytes for a 20 MB run.
_NON_WORD_RUN = re.compile(r"[\W_]{30,}")
_LONG_PIECE = re.compile(r"\S{30,}")
_REPEATED_MARK = re.compile(r"([^\w\s]|_)\1{3,}")
# Paragraphs longer than this are cut into pieces at a sentence end (else at a space): the parser
# takes a paragraph at a time, and its time and memory grow with the piece it is given.
MAX_PARAGRAPH_CHARS = 5000
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TERMINAL = tuple(".!?:;\"'”’»)…")
# Bullets and dashes that wrap widget labels: "- Advertisement -", "• Share", "| Follow |".
_WRAPPING = " -–—•·|*_>#=[]{}"

_SOCIAL = (r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail"
           r"|print|copy link|copy|flipboard|threads|bluesky|messenger|vk|viber")

FURNITURE_LINE = re.compile(
    r"""^(?:
      advertisements?|advertisement\s*\(\d+\)|ad|ads|sponsored(?:\s+content)?|promoted(?:\s+content)?
    | (?:story\s+)?continues\s+below(?:\s+advertisement)?|scroll\s+(?:down\s+)?to\s+continue.*
    | share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page))?(?:\s+(?:on|via)\s+\w+)?
    | follow(?:\s+us)?(?:\s+on\s+[\w ,&]+)?
    | (?:""" + _SOCIAL + r""")(?:\s*[|,/·]\s*(?:""" + _SOCIAL + r"""))*
    | (?:add|post|leave|write|join)\s+(?:a|the)\s+(?:public\s+)?(?:comment|discussion|conversation).*
    | (?:no|view|show|hide|load(?:\s+more)?)\s+comments?(?:\s+yet)?
    | \d+\s+comments?|comments?(?:\s*\(\d+\))?|be\s+the\s+first\s+to\s+comment.*
    | (?:sign|log)\s+in\s+to\s+(?:comment|reply).*
    | .{0,60}?\d+\s*(?:-\s*)?min(?:ute)?s?\s+read|listen\s+to\s+(?:this\s+)?article.*
    | skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|click\s+here\s+to\s+.*
    | (?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the)\s+.*newsletters?.*
    | we\s+use\s+cookies.*|accept(?:\s+all)?\s+cookies
    | (?:image|photo|video)\s*(?:credit)?\s*:.*
    | tags?\s*:.*
    | (?:related|read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this)\s*:.*
    | (?:©|\(c\)|copyright\b).*
    )\s*:?$""",
    re.IGNORECASE | re.VERBOSE,
)

# A short line that starts the end-of-page chrome: everything from it on is dropped when it
# stands in the second half of the text (the same label near the top is a header widget).
TAIL_MARKER = re.compile(
    r"""^(?:
      comments?(?:\s*\(\d+\))?|\d+\s+comments?|(?:add|post|leave)\s+a\s+(?:public\s+)?comment.*
    | share(?:\s+(?:this|the))?(?:\s+(?:article|story|post))?
    | (?:latest|more|related|recommended|top|trending|popular|other)(?:\s+\w+)?\s+(?:news|stories|articles|posts|reads?|coverage)
    | latest|related|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|most\s+(?:read|popular|viewed|shared)
    | read\s+(?:more|next|also)|also\s+read|see\s+also|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)
    | more\s+from\s+.{1,40}|about\s+the\s+authors?|editor'?s\s+picks?|in\s+case\s+you\s+missed\s+it
    )\s*:?$""",
    re.IGNORECASE | re.VERBOSE,
)
_TAIL_LINE_MAX = 60
# A day with its month and year ("20 April 2025", "Aug. 23, 2025", "14.08.2025").
_DATED = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\b"
                    r"|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")

AI_DISCLOSURE = re.compile(
    r"\b(?:(?:generated|written|produced|created|compiled|drafted)\s+(?:\w+\s+){0,2}?"
    r"(?:by|using|with(?:\s+the\s+(?:help|assistance|use)\s+of)?)\s+(?:an?\s+)?"
    r"(?:ai|artificial\s+intelligence)\b|ai[- ]generated\b)",
    re.IGNORECASE,
)
EXCERPT_NOTICE = re.compile(
    r"^(?:continue\s+reading.*|read\s+the\s+(?:full|whole|rest\s+of\s+the)\s+(?:story|article).*"
    r"|(?:subscribe|sign\s+in|log\s+in)\s+to\s+(?:read|continue|unlock).*"
    r"|this\s+(?:article|story|content)\s+is\s+(?:for|available\s+to)\s+(?:subscribers|members).*)$",
    re.IGNORECASE,
)
_NOTICE_LINE_MAX = 200


@dataclass(frozen=True)
class CleanText:
    """Cleaned text (one paragraph a line, blank line between) and the flags found on the way."""

    text: str
    flags: tuple[str, ...]


def normalise(text: str) -> str:
    """NFC, Unix newlines, invisible characters gone, runs of spaces folded, lines stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = _NON_WORD_RUN.sub(lambda run: _LONG_PIECE.sub(" ", run.group()), text)
    text = _REPEATED_MARK.sub(r"\1\1\1", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines (PDF, e-mail) back into paragraphs; a blank line ends one."""
    paragraphs: list[str] = []
    current: list[str] = []  # the pieces of the paragraph being joined (joined once, at its end)
    for line in lines:
        if not line:
            if current:
                paragraphs.append("".join(current))
            current = []
        elif current and _continues(current[-1], line):
            if _hyphenated(current[-1], line):
                current[-1] = current[-1][:-1]
                current.append(line)
            else:
                current.append(f" {line}")
        else:
            if current:
                paragraphs.append("".join(current))
            current = [line]
    if current:
        paragraphs.append("".join(current))
    return paragraphs


def bounded(paragraphs: list[str], limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """Paragraphs of at most ``limit`` characters: a longer one is cut after the last sentence
    end within the limit, else at the last space, else at the limit."""
    pieces: list[str] = []
    for paragraph in paragraphs:
        start = 0
        while len(paragraph) - start > limit:
            window = paragraph[start:start + limit + 1]
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends else window.rfind(" ") + 1 or limit
            pieces.append(window[:cut].strip())
            start += cut
        pieces.append(paragraph[start:].strip())
    return [piece for piece in pieces if piece]


def _continues(previous: str, line: str) -> bool:
    return not previous.endswith(_TERMINAL) and (line[0].islower() or previous.endswith(","))


def _hyphenated(previous: str, line: str) -> bool:
    return previous.endswith("-") and len(previous) > 1 and previous[-2].isalpha() and line[0].islower()


def is_furniture(line: str) -> bool:
    """True for a line that is only a widget label (ads, share buttons, comment counters ...);
    a dateline that also says "4 min read" stays: it is where an undated article's date is."""
    return bool(FURNITURE_LINE.match(line.strip(_WRAPPING))) and not _DATED.search(line)


def drop_tail(paragraphs: list[str]) -> list[str]:
    """Cut the page at the first end-of-article marker that stands in the second half."""
    total = sum(len(p) for p in paragraphs) or 1
    seen = 0
    for index, paragraph in enumerate(paragraphs):
        label = paragraph.strip(_WRAPPING)
        if seen > total / 2 and len(label) <= _TAIL_LINE_MAX and TAIL_MARKER.match(label):
            return paragraphs[:index]
        seen += len(paragraph)
    return paragraphs


def find_flags(paragraphs: list[str]) -> tuple[str, ...]:
    """Flags an article's own notices raise: an AI-generation disclosure, an excerpt notice."""
    flags = []
    short = [p for p in paragraphs if len(p) <= _NOTICE_LINE_MAX]
    if any(AI_DISCLOSURE.search(p) for p in short):
        flags.append("ai_generated")
    if any(EXCERPT_NOTICE.match(p) for p in short):
        flags.append("excerpt")
    return tuple(flags)


def _is_notice(paragraph: str) -> bool:
    return len(paragraph) <= _NOTICE_LINE_MAX and bool(
        EXCERPT_NOTICE.match(paragraph) or (AI_DISCLOSURE.search(paragraph) and len(paragraph) <= 80)
    )


def clean_text(text: str) -> CleanText:
    """Normalise, rejoin wrapped lines, raise flags, and drop furniture and notices."""
    # Bounded first: every pattern after this sees paragraphs of a few thousand characters.
    paragraphs = bounded(unwrap(normalise(text).split("\n")))
    flags = find_flags(paragraphs)
    # The tail goes first: its markers ("Share this article") are furniture lines too.
    kept = [p for p in drop_tail(paragraphs) if not is_furniture(p) and not _is_notice(p)]
    return CleanText(text="\n\n".join(kept), flags=flags)
