"""Plotly chart builders (the statement map and the timelines): pure functions from page data to
figures, tested on their data. Every figure has a title, axis titles and a hover that names its
source; date axes tick by whole days; counts start at zero."""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import plotly.graph_objects as go

from components.theme import NEUTRAL, TIER_LABELS, SidePalette, plotly_layout
from parley.groups import Coverage
from parley.profile import KnownDeadline, Round
from parley.store import StatementRow

DAY_MS = 86_400_000
MAX_TICKS = 8


def day_axis(first: date, last: date) -> dict:
    """A date axis for day-level data: a day of margin each side, ticks on whole days (never
    the "23:59:59.999" a one-day range gets by default), at most MAX_TICKS of them."""
    span = max((last - first).days, 1)
    step = max(1, math.ceil((span + 2) / MAX_TICKS))
    return {"type": "date", "range": [(first - timedelta(days=1)).isoformat(), (last + timedelta(days=1)).isoformat()],
            "dtick": step * DAY_MS, "tick0": first.isoformat(), "tickformat": "%-d %b %Y",
            "hoverformat": "%-d %b %Y"}


def count_axis(values: list[float]) -> dict:
    """A count axis from zero to a little above the largest value: one value (or equal values)
    never gets the 999-1001 axis plotly picks for a flat series."""
    top = max([v for v in values if v is not None and math.isfinite(v)] or [0])
    return {"rangemode": "tozero", "range": [0, top * 1.15 if top > 0 else 1], "tickformat": ",d"}


def label_levels(days: list[date], labels: list[str], span_days: float, width_px: int = 900) -> list[int]:
    """A level for each label so that no two on one level overlap: greedily, left to right,
    each takes the lowest level whose last label ends before it starts."""
    per_char = span_days / width_px * 7  # ~7 px per character at the chart's font size
    ends: list[float] = []
    levels = [0] * len(days)
    for i in sorted(range(len(days)), key=lambda i: days[i]):
        x = days[i].toordinal()
        half = len(labels[i]) * per_char / 2
        level = next((n for n, end in enumerate(ends) if end < x - half), len(ends))
        if level == len(ends):
            ends.append(0.0)
        ends[level] = x + half
        levels[i] = level
    return levels


def timeline_window(days: list[date]) -> tuple[date, date]:
    """The days the timeline shows: its events with a tenth of their span (at least 3 days) each side."""
    first, last = min(days), max(days)
    pad = timedelta(days=max(3, (last - first).days // 10))
    return first - pad, last + pad


# A day joins the deadline timeline's window when the gap to it is no longer than the window
# already is (or JOIN_GAP_DAYS, if longer): each day taken in at most halves the scale. One report
# from three years before, with nothing between, is another period: drawn to scale beside the
# dense months it squeezes them to specks, so it is left beyond the window's edge, named in a
# note there and reachable by zooming out (plotly's autoscale shows every point).
JOIN_GAP_DAYS = 60


@dataclass(frozen=True)
class DenseDays:
    """The days a timeline shows at readable scale, and those it leaves beyond each edge."""

    shown: tuple[date, ...]
    before: tuple[date, ...]
    after: tuple[date, ...]


def dense_days(anchor: list[date], context: list[date], gap_days: int = JOIN_GAP_DAYS) -> DenseDays:
    """The anchor days (what the chart is about: a deadline's revisions) and the context days
    (rounds, articles) reached from them in steps no longer than the window so far (or the gap);
    the context days beyond a longer step are left out, before or after."""
    if not anchor:
        return DenseDays(tuple(sorted(context)), (), ())
    first, last = min(anchor), max(anchor)
    earlier = sorted((d for d in context if d < first), reverse=True)
    later = sorted(d for d in context if d > last)
    while True:  # the nearer side's next day first, so a near day is never cut for a far one
        gaps = [(first - earlier[0], "before")] if earlier else []
        gaps += [(later[0] - last, "after")] if later else []
        if not gaps:
            break
        gap, side = min(gaps)
        if gap > max(timedelta(days=gap_days), last - first):
            break
        if side == "before":
            first = earlier.pop(0)
        else:
            last = later.pop(0)
    return DenseDays(shown=tuple(sorted({*anchor, *(d for d in context if first <= d <= last)})),
                     before=tuple(sorted(d for d in context if d < first)),
                     after=tuple(sorted(d for d in context if d > last)))


def left_out_words(days: tuple[date, ...], rounds: set[date], articles: dict[date, int]) -> str:
    """"2 articles, 1 round: 22 Jul 2022 – 3 Jan 2023": what lies beyond one edge of the window."""
    count = sum(articles.get(d, 0) for d in set(days))
    parts = [f"{count} article{'s' if count != 1 else ''}" if count else "",
             f"{len(rounds & set(days))} talks round(s)" if rounds & set(days) else ""]
    first, last = min(days), max(days)
    span = f"{first:%-d %b %Y}" + (f" – {last:%-d %b %Y}" if last != first else "")
    return f"{', '.join(p for p in parts if p)}: {span}"


def deadline_timeline(deadline: KnownDeadline, rounds: list[Round], article_dates: dict[date, int],
                      marker: date, marker_label: str = "now") -> go.Figure:
    """Talks rounds, article dates and each revision (announced to due) on one axis zoomed to
    them; the chosen day is a line inside the window, or an arrow at its edge when outside, so a
    far "now" never squeezes the events. Round labels are staggered so none overlap. Articles
    come counted per day, so the figure is as small at 2,000 articles as at 20."""
    figure = go.Figure()
    figure.add_trace(go.Scatter(x=[r.date for r in rounds], y=["Talks rounds"] * len(rounds), mode="markers",
                                name="Talks rounds", marker={"size": 12, "symbol": "diamond", "color": NEUTRAL},
                                hovertext=[_plain(f"{r.label} · {r.place}") for r in rounds],
                                hovertemplate="%{x|%-d %b %Y}<br>%{hovertext}<br>source: profile<extra></extra>"))
    counts = dict(sorted(article_dates.items()))
    figure.add_trace(go.Scatter(x=list(counts), y=["Articles"] * len(counts), mode="markers", name="Articles",
                                marker={"size": [min(8 + 2 * n, 24) for n in counts.values()], "color": "#9AA5B1"},
                                hovertext=[f"{n} article(s)" for n in counts.values()],
                                hovertemplate="%{x|%-d %b %Y}<br>%{hovertext}<extra></extra>"))
    revisions = sorted(deadline.revisions, key=lambda r: r.announced)
    for n, revision in enumerate(revisions):
        row = f"{revision.length} days from {revision.announced:%-d %b}"  # a row each: they overlap
        latest = n == len(revisions) - 1
        figure.add_trace(go.Scatter(
            x=[revision.announced, revision.due], y=[row] * 2, mode="lines+markers", name=row,
            line={"color": "#1B2733" if latest else "#9AA5B1", "width": 3 if latest else 2},
            marker={"size": 9, "symbol": ["circle", "line-ns-open" if not latest else "x"]},
            hovertext=[f"announced · {_plain(revision.source)}",
                       f"due{' (in force)' if latest else ''} · {_plain(revision.source)}"],
            hovertemplate="%{x|%-d %b %Y}: %{hovertext}<extra></extra>"))
    dense = dense_days([d for r in revisions for d in (r.announced, r.due)], [r.date for r in rounds] + list(counts))
    first, last = timeline_window(list(dense.shown) or [marker])
    notes = {"before": [], "after": []}
    for side, days in (("before", dense.before), ("after", dense.after)):
        if days:
            notes[side].append(f"{left_out_words(days, {r.date for r in rounds}, counts)} (zoom out to see)")
    _mark_day(figure, marker, marker_label, first, last, notes)
    levels = label_levels([r.date for r in rounds], [r.label for r in rounds], (last - first).days or 1)
    for talks, level in zip(rounds, levels):
        figure.add_annotation(x=talks.date, y="Talks rounds", text=_plain(_short(talks.label, 28)), showarrow=False,
                              yshift=14 + 15 * level, font={"size": 11, "color": NEUTRAL})
    figure.update_layout(**plotly_layout(deadline.label, "Date", None, height=230 + 34 * len(revisions)),
                         showlegend=False)
    figure.update_xaxes(type="date", range=[first.isoformat(), last.isoformat()], tickformat="%-d %b %Y")
    figure.update_yaxes(categoryorder="array",
                        categoryarray=["Talks rounds", "Articles", *[t.name for t in figure.data[2:]]][::-1])
    return figure


def _mark_day(figure: go.Figure, day: date, label: str, first: date, last: date,
              beyond: dict[str, list[str]] | None = None) -> None:
    """A dotted line on the day when the window holds it; otherwise a note at the edge it lies
    beyond, one line below the other notes of that edge (``beyond``: what else lies past it)."""
    text = f"{label}: {day:%-d %b %Y}"
    notes = {side: list(lines) for side, lines in (beyond or {}).items()}
    if first <= day <= last:
        # add_vline cannot place its annotation on a date axis; a shape and a note do the same.
        figure.add_shape(type="line", x0=day, x1=day, yref="paper", y0=0, y1=1,
                         line={"dash": "dot", "color": "#1B2733"})
        figure.add_annotation(x=day, yref="paper", y=1.0, yanchor="bottom", text=text, showarrow=False,
                              font={"size": 11})
    else:
        notes.setdefault("after" if day > last else "before", []).insert(0, text)
    for side, lines in notes.items():
        if not lines:
            continue
        after = side == "after"
        for n, line in enumerate(lines):
            figure.add_annotation(xref="paper", x=1 if after else 0, xanchor="right" if after else "left",
                                  yref="paper", y=1.0, yanchor="bottom", yshift=-14 * n, showarrow=False,
                                  font={"size": 11}, text=f"{line} →" if after else f"← {line}")


def statement_map(rows: list[StatementRow], points: np.ndarray, palette: SidePalette) -> go.Figure:
    """Statements on two principal components, one trace per side (display names, the palette's
    colours), the sentence and its source on hover."""
    figure = go.Figure()
    present = {r.actor for r in rows}
    for side in [s for s in palette.order if s in present] + ([None] if None in present else []) + \
            sorted(s for s in present if s and s not in palette.order):
        picked = [i for i, r in enumerate(rows) if r.actor == side]
        figure.add_trace(go.Scattergl(
            x=points[picked, 0], y=points[picked, 1], mode="markers", name=palette.label(side),
            marker={"size": 7, "color": palette.colour(side), "opacity": 0.85},
            hovertext=[f"<b>{_plain(palette.label(side))}</b> · {_plain(rows[i].outlet or _short(rows[i].title, 50))}"
                       f"{' · ' + rows[i].published.isoformat() if rows[i].published else ''}"
                       f"<br>{_wrap(_plain(rows[i].text[:220]))}" for i in picked],
            hovertemplate="%{hovertext}<extra></extra>"))
    figure.update_layout(**plotly_layout("Statements by meaning", "Meaning, first component (PCA)",
                                         "Second component", height=440))
    figure.update_xaxes(showticklabels=False, showgrid=False)
    figure.update_yaxes(showticklabels=False, showgrid=False)
    return figure


def group_coverage(coverage: tuple[Coverage, ...], palette: SidePalette) -> go.Figure:
    """Which sides' media carry a group: its articles per outlet tier (one bar each), stacked by
    the side the outlets belong to, in the side palette; the outlets on hover."""
    figure = go.Figure()
    tiers = list(dict.fromkeys(TIER_LABELS.get(c.tier, TIER_LABELS[None]) for c in coverage))
    for part in coverage:
        label = palette.label(part.side) if part.side else "No side"
        figure.add_trace(go.Bar(
            x=[part.articles], y=[TIER_LABELS.get(part.tier, TIER_LABELS[None])], orientation="h", name=label,
            legendgroup=label, showlegend=label not in {t.name for t in figure.data},
            marker={"color": palette.colour(part.side), "line": {"color": "#FFFFFF", "width": 1}},
            hovertext=[f"<b>{_plain(label)}</b> · {_plain(TIER_LABELS.get(part.tier, TIER_LABELS[None]))}"
                       f"<br>{_wrap(_plain(', '.join(part.outlets)))}"],
            hovertemplate="%{hovertext}<extra></extra>"))
    figure.update_layout(**plotly_layout("Coverage: articles by outlet tier and side", "Articles", None,
                                         height=130 + 30 * len(tiers)), barmode="stack", bargap=0.35)
    figure.update_yaxes(categoryorder="array", categoryarray=tiers[::-1])
    figure.update_xaxes(rangemode="tozero", dtick=1 if sum(c.articles for c in coverage) <= 10 else None)
    return figure


def _plain(text: str) -> str:
    """Article text for plotly's hover, which reads a few HTML tags (links among them): escaped."""
    return html.escape(text, quote=False)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _wrap(text: str, width: int = 70) -> str:
    """Hover text broken into lines (plotly does not wrap)."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join([*lines, line])
