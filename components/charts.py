"""Chart builders: pure functions from ledger data to Plotly figures (tested on their data)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import numpy as np
import plotly.graph_objects as go

from parley.profile import KnownDeadline, Round
from parley.store import StatementRow

CATEGORY_COLOURS = {"prisoners": "#1f5f8b", "bodies": "#6b6b6b", "civilians": "#c27c0e", "children": "#6c4f9c"}


def deadline_timeline(deadline: KnownDeadline, rounds: list[Round], article_dates: list[date],
                      marker: date) -> go.Figure:
    """Talks rounds, article dates, each revision (announced and due) and the chosen day, on one axis."""
    figure = go.Figure()
    figure.add_trace(go.Scatter(x=[r.date for r in rounds], y=["Talks rounds"] * len(rounds), mode="markers+text",
                                text=[r.label for r in rounds], textposition="top center", name="rounds",
                                marker={"size": 12, "symbol": "diamond", "color": "#6c4f9c"}))
    counts = Counter(article_dates)
    figure.add_trace(go.Scatter(x=list(counts), y=["Articles"] * len(counts), mode="markers", name="articles",
                                marker={"size": [min(8 + 2 * n, 24) for n in counts.values()], "color": "#5b6770"},
                                hovertext=[f"{n} article(s)" for n in counts.values()], hoverinfo="text+x"))
    for revision in sorted(deadline.revisions, key=lambda r: r.announced):
        row = f"{revision.days:g} days from {revision.announced:%d %b}"  # a row each: they overlap
        figure.add_trace(go.Scatter(x=[revision.announced, revision.due], y=[row] * 2, mode="lines+markers",
                                    name=f"{revision.days:g} days from {revision.announced.isoformat()}",
                                    hovertext=[revision.source, f"due {revision.due.isoformat()}"],
                                    hoverinfo="text", marker={"size": 9}))
    # add_vline cannot place its annotation on a date axis; a shape and a note do the same.
    figure.add_shape(type="line", x0=marker, x1=marker, yref="paper", y0=0, y1=1, line={"dash": "dot"})
    figure.add_annotation(x=marker, yref="paper", y=1.02, text=f"as of {marker.isoformat()}", showarrow=False)
    figure.update_layout(title=deadline.label, height=260 + 30 * len(deadline.revisions), showlegend=False,
                         margin={"l": 20, "r": 20, "t": 50, "b": 30})
    return figure


def statement_map(rows: list[StatementRow], points: np.ndarray, colours: dict[str, str]) -> go.Figure:
    """Statements on two principal components, one trace per side, the sentence on hover."""
    figure = go.Figure()
    sides = list(dict.fromkeys(r.actor or "no side" for r in rows))
    for side in sides:
        picked = [i for i, r in enumerate(rows) if (r.actor or "no side") == side]
        figure.add_trace(go.Scattergl(
            x=points[picked, 0], y=points[picked, 1], mode="markers", name=side,
            marker={"size": 7, "color": colours.get(side, "#b0b0b0"), "opacity": 0.8},
            hovertext=[f"{rows[i].outlet or rows[i].title}: {rows[i].text[:140]}" for i in picked],
            hoverinfo="text"))
    figure.update_layout(title="Statements by meaning (PCA of embeddings)", height=420,
                         xaxis={"visible": False}, yaxis={"visible": False},
                         margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return figure
