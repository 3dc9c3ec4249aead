"""Chart builders for exchanges: pure functions from the ledger to Plotly figures (tested on
their data): the event timeline, each event's claims, agreements and their fulfilment."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from datetime import date, timedelta

import plotly.graph_objects as go

from components.charts import count_axis, day_axis
from components.theme import CATEGORY_COLOURS, category_label, plotly_layout
from parley.ledger import EVENT_WORDS, Exchange, Ledger, interval

KIND_COLOURS = {"agreement": "#1f5f8b", "offer": "#8e6c8a", "proposal": "#b08fb0", "stage": "#2e8b57",
                "completed": "#5a9e6f", "cumulative": "#9a8c5a", "list": "#c27c0e", "other": "#9a9a9a"}
CONFLICT_COLOUR = "#c0392b"
_SHOWN_DAYS = 365  # the timeline opens on the last year of events
_LABEL_ROOM = 0.12  # share of the shown days added on the right: a count label is ~80 px of ~900


# Within a category's lane, kinds sit at their own height: commitments above, what was carried
# out on the line, running totals and lists below, so one day's events do not hide each other.
_KIND_OFFSET = {"agreement": 0.28, "offer": 0.16, "proposal": 0.16, "stage": 0.0, "completed": 0.0,
                "list": -0.16, "cumulative": -0.28, "other": -0.28}
_LANES = ("prisoners", "civilians", "children", "bodies")
_LABELLED = 40  # events up to which each marker carries its number


def on_time_axis(exchange: Exchange) -> bool:
    """An event the timeline can place: its text gives a day, not only "reported before" one."""
    window = exchange.event.window
    return window is not None and window.basis != "before"


def event_timeline(ledger: Ledger, shown: int = 400) -> go.Figure:
    """Dated events on a time axis, one lane per category, sized by count and coloured by kind;
    a stage is joined to its agreement, events with a true conflict are ringed in red."""
    dated = [e for e in ledger.exchanges if on_time_axis(e)][:shown]
    lanes = [c for c in _LANES if any(e.category == c for e in dated)]
    height = {c: len(lanes) - 1 - i for i, c in enumerate(lanes)}  # the first lane on top

    def y(e: Exchange) -> float:
        return height[e.category] + _KIND_OFFSET[e.kind]

    shown = _shown_days([e.date for e in dated])
    placed = _label_places(dated, y, shown)
    figure = go.Figure()
    by_id = {e.id: e for e in dated}
    links_x, links_y = [], []
    for e in dated:
        parent = by_id.get(e.event.parent or "")
        if parent is not None and e.event.relation == "carried out under":
            links_x += [parent.date, e.date, None]
            links_y += [y(parent), y(e), None]
    if links_x:
        figure.add_trace(go.Scatter(x=links_x, y=links_y, mode="lines", name="stage of",
                                    line={"color": "#8a8a8a", "width": 1, "dash": "dot"}, hoverinfo="skip"))
    for kind, colour in KIND_COLOURS.items():
        # Undisputed first: the legend draws a kind's first marker, which should carry no red ring.
        members = sorted((e for e in dated if e.kind == kind), key=lambda e: e.disputed)
        if not members:
            continue
        hollow = kind in ("cumulative", "other")  # counts beside the exchanges, not exchanges
        figure.add_trace(go.Scatter(
            x=[e.date for e in members], y=[y(e) for e in members],
            mode="markers+text" if len(dated) <= _LABELLED else "markers", name=EVENT_WORDS[kind].lower(),
            text=[_span_text(e) if placed[e.id] else "" for e in members],
            textposition=[placed[e.id] or "middle right" for e in members],
            textfont={"size": 10, "color": "#555"},
            marker={"size": [_marker_size(e.best) for e in members], "color": "white" if hollow else colour,
                    "opacity": 0.9,
                    "symbol": ["diamond" if e.event.known is not None else "circle" for e in members],
                    "line": {"color": [CONFLICT_COLOUR if e.disputed else colour for e in members],
                             "width": [3 if e.disputed else (2 if hollow else 1) for e in members]}},
            hovertext=[_hover(e) for e in members], hoverinfo="text", cliponaxis=False))
    figure.update_layout(plotly_layout("Events on a time axis", "when the text dates it", None,
                                       height=170 + 110 * max(1, len(lanes))))
    figure.update_layout(showlegend=True, yaxis={"tickvals": list(height.values()),
                                                 "ticktext": [category_label(c) for c in height],
                                                 "range": [-0.55, len(lanes) - 0.45], "showgrid": False})
    for lane in height.values():  # a faint line per lane
        figure.add_hline(y=lane, line={"color": "#e6e6e6", "width": 1}, layer="below")
    _day_axis(figure, [e.date for e in dated])
    return figure


def claims_chart(exchange: Exchange) -> go.Figure:
    """Each source's value for one event as a point, a range or hedge as the interval it admits
    (an open one reaches the edge with an arrow), so overlapping claims show at a glance."""
    claims = exchange.claims
    spans = [interval(c.rows[0]) for c in claims]
    finite = [v for lo, hi in spans for v in (lo, hi) if math.isfinite(v)] + [exchange.best]
    top = max(finite) * 1.25 or 1.0
    labels = [_plain(f"{_short(c.who)} · {c.text}") for c in claims]
    figure = go.Figure()
    for label, (low, high) in zip(labels, spans):
        if high > low:
            figure.add_trace(go.Scatter(x=[low, min(high, top)], y=[label, label], mode="lines+markers",
                                        line={"width": 6, "color": CATEGORY_COLOURS.get(exchange.category, "#1f5f8b")},
                                        marker={"symbol": ["line-ns", "triangle-right" if high > top else "line-ns"],
                                                "size": 12}, opacity=0.45, hoverinfo="skip", showlegend=False))
    figure.add_trace(go.Scatter(
        x=[c.figure.value for c in claims], y=labels, mode="markers", showlegend=False,
        marker={"size": [10 + 3 * min(len(c.sources) - 1, 5) for c in claims],
                "color": CATEGORY_COLOURS.get(exchange.category, "#1f5f8b")},
        hovertext=[_plain(f"{c.who} · {c.text} · {len(c.rows)} figure(s)") for c in claims], hoverinfo="text"))
    figure.add_vline(x=exchange.best, line_dash="dash", line_color="#888", annotation_text=f"best {exchange.best:,.0f}",
                     annotation_position="top left")
    # The count axis starts at zero and spans a quarter more than the largest value, so one value
    # never draws as a 999-1001 axis.
    figure.update_layout(plotly_layout("Claims: each source's value or interval", f"{exchange.category} (count)",
                                       None, height=150 + 40 * len(claims)))
    figure.update_layout(xaxis={"range": [0, top], "rangemode": "tozero", "tickformat": ",d"},
                         yaxis={"type": "category", "autorange": "reversed"})
    return figure


def fulfilment_chart(exchanges: list[Exchange]) -> go.Figure:
    """Each agreement with stages: the stages stacked towards the size agreed, over it in red."""
    agreements = [e for e in exchanges if e.fulfilment is not None]
    figure = go.Figure()
    for e in agreements:
        if e.fulfilment.whole is not None:  # told as completed: a paler bar of the whole, the stages over it
            figure.add_trace(go.Bar(y=[_plain(e.label)], x=[e.fulfilment.whole], base=[0], orientation="h",
                                    showlegend=False, opacity=0.35, marker_color=KIND_COLOURS["stage"],
                                    hovertext=f"told as completed: {e.fulfilment.whole:,.0f} per side",
                                    hoverinfo="text"))
        done = 0.0
        for _, when, value in e.fulfilment.stages:
            over = done + value > e.fulfilment.size and e.fulfilment.over
            figure.add_trace(go.Bar(y=[_plain(e.label)], x=[value], base=[done], orientation="h", showlegend=False,
                                    marker_color=CONFLICT_COLOUR if over else KIND_COLOURS["stage"],
                                    marker_line={"color": "white", "width": 2},
                                    hovertext=f"{when}: {value:,.0f} per side", hoverinfo="text"))
            done += value
        figure.add_trace(go.Scatter(x=[e.fulfilment.size, e.fulfilment.size], y=[_plain(e.label)] * 2, mode="markers",
                                    marker={"symbol": "line-ns", "size": 30, "line": {"width": 3, "color": "#333"}},
                                    showlegend=False, hovertext=f"agreed: {e.fulfilment.size:,.0f} per side",
                                    hoverinfo="text"))
    figure.update_layout(plotly_layout("Agreements: stages carried out against the size agreed", "per side", None,
                                       height=140 + 60 * max(1, len(agreements))))
    figure.update_layout(barmode="overlay",
                         xaxis=count_axis([max(e.fulfilment.done, e.fulfilment.size) for e in agreements]))
    return figure


def _day_axis(figure: go.Figure, days: list[date]) -> None:
    """Dates as whole days (the shared day axis); over more than a year, the last year is shown
    first (zoom out, or double-click, for the rest)."""
    days = [d for d in days if d]
    if not days:
        return
    first, last = min(days), max(days)
    if (last - first).days > _SHOWN_DAYS:
        first = last - timedelta(days=_SHOWN_DAYS)
        older = sum(d < first for d in days)
        figure.update_layout(title={"text": f"Events on a time axis · the last 12 months ({older} older "
                                            f"event(s): zoom out)"})
    axis = day_axis(first, last)
    # Room on the right for the last event's count, written to the right of its marker.
    room = timedelta(days=max(1, math.ceil(_LABEL_ROOM * (last - first).days)))
    axis["range"][1] = (last + room).isoformat()
    figure.update_layout(xaxis=axis)


_PLACES = ("middle right", "top right", "bottom right")  # a label's level: beside, above, below


def _shown_days(days: list[date]) -> float:
    days = [d for d in days if d]
    if not days:
        return 1.0
    span = min((max(days) - min(days)).days, _SHOWN_DAYS)
    return max(span * (1 + _LABEL_ROOM), 2.0)


def _label_places(dated: list[Exchange], y: Callable[[Exchange], float], shown: float,
                  width_px: int = 900) -> dict[str, str | None]:
    """Where each event's count is written so that no two on one line overlap: beside the
    marker, else above it, else below it; a fourth crowded label is left to the tooltip."""
    per_char = shown / width_px * 7  # days per character, ~7 px a character
    places: dict[str, str | None] = {}
    ends: dict[tuple[float, int], float] = {}
    for e in sorted(dated, key=lambda e: e.date):
        x = e.date.toordinal()
        free = next((level for level in range(len(_PLACES)) if ends.get((y(e), level), -math.inf) < x), None)
        places[e.id] = _PLACES[free] if free is not None else None
        if free is not None:
            ends[(y(e), free)] = x + (len(_span_text(e)) + 2) * per_char
    return places


def _span_text(e: Exchange) -> str:
    return f"{e.low:,.0f}" if e.low == e.high else f"{e.low:,.0f}–{e.high:,.0f}"


def _short(name: str, limit: int = 36) -> str:
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def _marker_size(value: float) -> float:
    """8 px for a handful, about 30 for ten thousand: counts read as areas, never swamp the lane."""
    return min(8 + 0.22 * math.sqrt(max(value, 0.0)), 30)


def _hover(e: Exchange) -> str:
    sources = ", ".join(e.sources[:3]) + (f" and {len(e.sources) - 3} more" if len(e.sources) > 3 else "")
    tail = f"<br>true conflicts: {len(e.disputes)}" if e.disputed else ""
    return f"{_plain(e.label)}<br>{_plain(sources or e.event.source)}{tail}"


def _plain(text: str) -> str:
    """Article words for plotly, which reads a few HTML tags (links among them): escaped."""
    return html.escape(text, quote=False)
