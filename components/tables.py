"""Column configurations for every table, so each fits the page at 1280 px: fixed widths for short
columns, the long text column taking what is left (its full text on hover and in the cell's
overlay), numbers formatted, dates as days."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd
import streamlit as st

DAY = "D MMM YYYY"
# A share in percent (0-100) as a whole number: "83%". Streamlit's "percent" format prints two
# decimals ("83.33%"), a precision no reader of an outlet's share needs.
SHARE_FORMAT = "%.0f%%"


def days(values: Iterable[date | None]) -> pd.Series:
    """Days for a date column: NaT, not None, where a day is unknown (an undated article), so
    the grid shows an empty cell, not the word "None"."""
    return pd.to_datetime(pd.Series(list(values), dtype="object"))


def outlets_columns() -> dict:
    return {
        "Outlet": st.column_config.TextColumn("Outlet", width="medium"),
        "Tier": st.column_config.TextColumn("Tier", width="small"),
        "Articles": st.column_config.NumberColumn("Articles", format="localized", width="small"),
        "Share": st.column_config.ProgressColumn("Share", format=SHARE_FORMAT, min_value=0.0, max_value=100.0,
                                                 width="small"),
        "Latest": st.column_config.DateColumn("Latest", format=DAY, width="small"),
    }


def library_columns() -> dict:
    return {
        "Title": st.column_config.TextColumn("Title", width=250, pinned=True, help="The full title on hover"),
        "Outlet": st.column_config.TextColumn("Outlet", width=115),
        "Tier": st.column_config.TextColumn("Tier", width=100),
        "Published": st.column_config.DateColumn("Published", format=DAY, width=95),
        "Flags": st.column_config.TextColumn("Flags", width=90),
        "Statements": st.column_config.NumberColumn("Statements", format="localized", width=75),
        "Figures": st.column_config.NumberColumn("Figures", format="localized", width=55),
    }


FITS = 780  # px a table may take at 1280 px with the sidebar open (the page is ~820 wide)

# Streamlit's grid wraps a cell's text only in rows taller than 4rem (64 px). A text column too
# narrow for its longest value gets rows of two or three lines (the fewest that hold it), so its
# words are read in place, not cut at the edge (the whole cell still opens on a click).
WRAPPED_ROWS = {2: 66, 3: 80}  # px a row needs for that many lines of the grid's 14 px text (19 px each)
PX_PER_CHAR = 6.6  # the grid's 14 px font averaged over letters, digits and spaces (measured ~6.0)
ROWS_SHOWN = 8  # rows a wrapped table shows before it scrolls (the grid's own height holds ~10 short ones)
HEADER = 38  # px of the grid's header row and borders
CELL_PADDING = 17  # px left and right of a cell's text


def _text_widths(frame: pd.DataFrame, columns: dict) -> dict[str, int]:
    """The text columns of a frame that have a width in pixels."""
    return {name: config["width"] for name, config in columns.items()
            if name in frame and isinstance(config, dict) and isinstance(config.get("width"), int)
            and config.get("type_config", {}).get("type") == "text"}


def _lines(text: str, width: int) -> int:
    """Lines a cell's text takes at a column width, wrapped at spaces as the grid does."""
    per_line = max(1, int((width - CELL_PADDING) / PX_PER_CHAR))
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > per_line:
            lines, used = lines + 1, 0
        used = used + (1 if used else 0) + len(word)
        lines += (used - 1) // per_line  # a word longer than a line runs onto the next
        used = (used - 1) % per_line + 1
    return lines


def lines_needed(frame: pd.DataFrame, columns: dict) -> int:
    """The most lines any text column's values take at its width."""
    return max((_lines(v, width) for name, width in _text_widths(frame, columns).items()
                for v in frame[name] if isinstance(v, str)), default=1)


def row_height(frame: pd.DataFrame, columns: dict) -> int | None:
    """Rows tall enough for the longest text (up to three lines); the default one-line rows (None)
    when every value fits on one."""
    lines = min(lines_needed(frame, columns), max(WRAPPED_ROWS))
    return WRAPPED_ROWS[lines] if lines > 1 else None


def cut_text(frame: pd.DataFrame, columns: dict) -> list[tuple[str, str]]:
    """(column, value) of every text the table would cut at its column's edge, rows wrapped or not:
    what a reader could not read in place."""
    height = row_height(frame, columns)
    lines = next((n for n, px in WRAPPED_ROWS.items() if px == height), 1)
    return [(name, v) for name, width in _text_widths(frame, columns).items()
            for v in frame[name] if isinstance(v, str) and _lines(v, width) > lines]


def table_height(frame: pd.DataFrame, columns: dict) -> int | str:
    """Wrapped rows are taller: the grid keeps its height for about ten one-line rows and would
    show only four of them, so a wrapped table is given room for ROWS_SHOWN."""
    height = row_height(frame, columns)
    return HEADER + height * min(len(frame), ROWS_SHOWN) if height else "auto"


def show_table(frame: pd.DataFrame, columns: dict) -> None:
    """A table at the page's width with the configured columns, in their order (a frame may carry
    more for the page to use), its rows wrapped when a text column needs it."""
    st.dataframe(frame, hide_index=True, placeholder="—", width="stretch", column_config=columns,
                 column_order=[c for c in columns if c in frame], row_height=row_height(frame, columns),
                 height=table_height(frame, columns))


def matrix_columns(sides: list[str]) -> dict:
    """Issue, one column per side sharing what is left, the parties' relation, and why."""
    side_width = max(90, min(130, (FITS - 140 - 64 - 140) // max(len(sides), 1)))
    return {
        "Issue": st.column_config.TextColumn("Issue", width=140, pinned=True),
        **{side: st.column_config.TextColumn(side, width=side_width, help=f"{side}: stance · statements · outlets")
           for side in sides},
        "Parties": st.column_config.TextColumn("Parties", width=64, help="Where the parties agree or diverge"),
        "Why": st.column_config.TextColumn("Why", width=max(140, FITS - 140 - 64 - side_width * len(sides)),
                                           help="Why the parties agree or diverge (the full text on hover)"),
    }


def revisions_columns() -> dict:
    return {
        "Announced": st.column_config.DateColumn("Announced", format=DAY, width=100),
        "Length (days)": st.column_config.TextColumn("Days", width=70),
        "Due": st.column_config.DateColumn("Due", format=DAY, width=100),
        "In force": st.column_config.TextColumn("In force", width=70),
        "Source": st.column_config.TextColumn("Source", width=FITS - 100 - 70 - 100 - 70),
    }


REVISION_HELP = "Which revision of the known deadline the due day the articles give belongs to"


def mention_groups_columns() -> dict:
    return {
        "Matches": st.column_config.TextColumn("Matches", width=175),
        "Revision": st.column_config.TextColumn("Revision", width=150, help=REVISION_HELP),
        "Due": st.column_config.DateColumn("Due", format=DAY, width=90),
        "Mentions": st.column_config.NumberColumn("Mentions", format="localized", width=65),
        "Outlets": st.column_config.TextColumn("Outlets", width=120),
        "First": st.column_config.DateColumn("First", format=DAY, width=90),
        "Last": st.column_config.DateColumn("Last", format=DAY, width=90),
    }


def mentions_columns() -> dict:
    return {
        "Mention": st.column_config.TextColumn("Mention", width=FITS - 95 - 150 - 90 - 100 - 95),
        "Due": st.column_config.DateColumn("Due", format=DAY, width=95),
        "Revision": st.column_config.TextColumn("Revision", width=150, help=REVISION_HELP),
        "Set by": st.column_config.TextColumn("Set by", width=90),
        "Outlet": st.column_config.TextColumn("Outlet", width=100),
        "Published": st.column_config.DateColumn("Published", format=DAY, width=95),
    }


def candidates_columns() -> dict:
    return {
        "Found": st.column_config.TextColumn("Found", width=210, help="The words of the first mention"),
        "Set by": st.column_config.TextColumn("Set by", width=100),
        "For": st.column_config.TextColumn("For", width=90),
        "Set on": st.column_config.DateColumn("Set on", format=DAY, width=95),
        "Due": st.column_config.DateColumn("Due", format=DAY, width=95),
        "Mentions": st.column_config.NumberColumn("Mentions", format="localized", width=75),
    }


def statements_columns() -> dict:
    return {
        "Statement": st.column_config.TextColumn("Statement", width="large"),
        "Side": st.column_config.TextColumn("Side", width=100),
        "Speaker": st.column_config.TextColumn("Speaker", width=110),
        "Stance": st.column_config.TextColumn("Stance", width=80),
        "Outlet": st.column_config.TextColumn("Outlet", width=110),
        "Published": st.column_config.DateColumn("Published", format=DAY, width=100),
    }


def by_round_columns(rounds: list[str]) -> dict:
    return {"Issue": st.column_config.TextColumn("Issue", width=150, pinned=True),
            **{r: st.column_config.TextColumn(r, width=120) for r in rounds}}
