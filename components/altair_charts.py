"""Altair chart builders, where Vega-Lite fits better than plotly: the positions heat map (a
click selects a cell), coverage as stacked bars, and the exchange figures as intervals in small
multiples. Pure functions from page data to charts; the data they draw is tested, not pixels.
Every chart has a title, axis titles and a tooltip that names its source."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta

import altair as alt
import pandas as pd

from components.text import day_words, plural
from components.theme import (
    CATEGORY_COLOURS,
    NO_SIDE,
    TEXT_SLOTS,
    SidePalette,
    altair_config,
    category_label,
    tier_domain,
    tier_label,
    tier_range,
)
from parley.ledger import Exchange
from parley.positions import STANCE_WORDS, IssueRow
from parley.profile import Profile
from parley.store import CoverageCount

HEATMAP_SELECTION = "cell"
# The width follows the page; the height is the plot's own (Streamlit's default "fit" would
# squeeze the plot into the height with its title, axes and legend).
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")
# Stances from refusal to assent on a brown-teal diverging scale (readable by every colour
# vision, and not any side's colour); comments sit in the neutral middle.
STANCE_ORDER = ("rejects", "warns", "demands", "sets conditions", "comments", "proposes", "accepts", "agrees")
STANCE_COLOURS = ("#8C510A", "#BF812D", "#DFC27D", "#F6E8C3", "#E3E3E3", "#80CDC1", "#35978F", "#01665E")
DARK_STANCES = ("rejects", "warns", "accepts", "agrees")
OUTLETS_SHOWN = 8  # the rest of the outlets are one "Other outlets" band
WEEKLY_AFTER_DAYS = 120  # longer spans are drawn per week, or the bars are a pixel wide
MONTHLY_AFTER_DAYS = 540  # and spans of years per month, for the same reason
MAX_LABELS = 8
MIN_DAYS = 7
OTHER_OUTLETS = "Other outlets"
DAY_LABEL = "utcFormat(toDate(datum.value), '%-d %b %Y')"  # ISO days are UTC midnights
MONTH_LABEL = "utcFormat(toDate(datum.value), '%b %Y')"


def heatmap_frame(matrix: list[IssueRow], profile: Profile, palette: SidePalette) -> pd.DataFrame:
    """One row per (issue, side) cell with a position: names to show, ids to link."""
    rows = []
    for row in matrix:
        for side, cell in row.cells.items():
            word = STANCE_WORDS.get(cell.stance, cell.stance)
            rows.append({"issue": profile.issue_label(row.issue), "issue_id": row.issue, "side": palette.label(side),
                         "side_id": side, "stance": word, "label": f"{word} · {cell.statements}",
                         "statements": cell.statements, "outlets": cell.outlets,
                         "parties": row.relation or "",
                         "source": f"{plural(cell.statements, 'statement')} in {plural(cell.outlets, 'outlet')}"})
    return pd.DataFrame(rows, columns=["issue", "issue_id", "side", "side_id", "stance", "label", "statements",
                                       "outlets", "parties", "source"])


def side_label_colours(palette: SidePalette) -> str:
    """A Vega expression giving each side's label its palette colour (the readable text shade)."""
    expression = json.dumps(TEXT_SLOTS[NO_SIDE])
    for side in palette.order:
        expression = (f"datum.value === {json.dumps(palette.label(side))} ? "
                      f"{json.dumps(TEXT_SLOTS[palette.slot(side)])} : {expression}")
    return expression


def position_heatmap(matrix: list[IssueRow], profile: Profile, palette: SidePalette) -> alt.Chart:
    """Issues by sides, each cell coloured by the side's stance and labelled with it and the
    number of statements; clicking a cell selects it (selection ``cell``: issue_id, side_id)."""
    frame = heatmap_frame(matrix, profile, palette)
    sides = [palette.label(s) for s in palette.order if palette.label(s) in set(frame["side"])]
    issues = [profile.issue_label(r.issue) for r in matrix]
    pick = alt.selection_point(name=HEATMAP_SELECTION, fields=["issue_id", "side_id"], on="click",
                               clear="dblclick")
    base = alt.Chart(frame).encode(
        x=alt.X("side:N", sort=sides, title="Side", scale=alt.Scale(paddingInner=0.04),
                axis=alt.Axis(orient="top", labelAngle=0, labelLimit=140, domain=False, ticks=False,
                              labelFontWeight="bold", labelColor=alt.ExprRef(side_label_colours(palette)))),
        y=alt.Y("issue:N", sort=issues, title="Issue", scale=alt.Scale(paddingInner=0.08),
                axis=alt.Axis(labelLimit=200, domain=False, ticks=False)),
    )
    tooltip = [alt.Tooltip("issue:N", title="Issue"), alt.Tooltip("side:N", title="Side"),
               alt.Tooltip("stance:N", title="Stance"), alt.Tooltip("statements:Q", title="Statements"),
               alt.Tooltip("outlets:Q", title="Outlets"), alt.Tooltip("parties:N", title="Parties"),
               alt.Tooltip("source:N", title="Source")]
    cells = base.mark_rect(cornerRadius=3, cursor="pointer").encode(
        color=alt.Color("stance:N", scale=alt.Scale(domain=list(STANCE_ORDER), range=list(STANCE_COLOURS)),
                        title="Stance", legend=alt.Legend(orient="bottom", columns=7)),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.35)),
        tooltip=tooltip,
    ).add_params(pick)
    text = base.mark_text(fontSize=12).encode(
        text="label:N",
        color=alt.condition(alt.FieldOneOfPredicate(field="stance", oneOf=list(DARK_STANCES)),
                            alt.value("#FFFFFF"), alt.value("#1B2733")),
        tooltip=tooltip,
    )
    chart = alt.layer(cells, text).properties(
        title=alt.TitleParams("Where each side stands", subtitle="Click a cell for the sentences behind it"),
        height=34 * len(issues), width="container", autosize=FIT_WIDTH)
    return altair_config(chart)


def coverage_periods(rows: list[CoverageCount]) -> tuple[list[str], str]:
    """Every period from the first dated article to the last, empty ones included, and their
    length: days; the Mondays of weeks past WEEKLY_AFTER_DAYS; the first days of months past
    MONTHLY_AFTER_DAYS (a report from three years before beside this year's would make weekly
    bars a pixel wide)."""
    days = [r.day for r in rows if r.day]
    if not days:
        return [], "day"
    first, last = min(days), max(days)
    span = (last - first).days
    if span > MONTHLY_AFTER_DAYS:
        months = (last.year - first.year) * 12 + last.month - first.month
        return [date(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1, 1).isoformat()
                for n in range(months + 1)], "month"
    weekly = span > WEEKLY_AFTER_DAYS
    step = 7 if weekly else 1
    if not weekly and span < MIN_DAYS:  # a lone day stands in a week, not across the chart
        first, last = first - timedelta(days=(MIN_DAYS - 1) // 2), last + timedelta(days=(MIN_DAYS - 1) // 2)
    start = first - timedelta(days=first.weekday()) if weekly else first
    return [(start + timedelta(days=n)).isoformat() for n in range(0, (last - start).days + 1, step)], \
        "week" if weekly else "day"


def _period_of(day: date, length: str) -> date:
    """The period a day falls in: itself, its week's Monday, or its month's first day."""
    if length == "month":
        return day.replace(day=1)
    return day - timedelta(days=day.weekday()) if length == "week" else day


def _period_words(period: date, length: str) -> str:
    return f"{period:%b %Y}" if length == "month" else day_words(period)


def coverage_frame(rows: list[CoverageCount], by: str) -> pd.DataFrame:
    """Articles per period and band (tier, or outlet with the smaller ones merged); undated
    articles have no place on a time axis and are left out."""
    rows = [r for r in rows if r.day]
    _, length = coverage_periods(rows)
    top: list[str] = []
    if by == "outlet":
        totals: Counter = Counter()
        for r in rows:
            totals[r.outlet or "Unknown outlet"] += r.articles
        top = [o for o, _ in totals.most_common(OUTLETS_SHOWN)]
    cells: dict[tuple[date, str], tuple[int, set[str]]] = {}
    for r in rows:
        period = _period_of(r.day, length)
        outlet = r.outlet or "Unknown outlet"
        band = tier_label(r.tier) if by == "tier" else (outlet if outlet in top else OTHER_OUTLETS)
        count, outlets = cells.get((period, band), (0, set()))
        cells[(period, band)] = (count + r.articles, outlets | {outlet})
    bands = tier_domain() if by == "tier" else [*top, OTHER_OUTLETS]
    return pd.DataFrame([{"period": period.isoformat(), "day": _period_words(period, length), "band": band,
                          "rank": bands.index(band), "articles": n,
                          "outlets": ", ".join(sorted(outlets)[:6]) + (f" +{len(outlets) - 6}" if len(outlets) > 6 else "")}
                         for (period, band), (n, outlets) in sorted(cells.items())],
                        columns=["period", "day", "band", "rank", "articles", "outlets"])


_PERIOD_NAMES = {"day": ("Day", "Published", "per day"), "week": ("Week of", "Published (week of)", "per week"),
                 "month": ("Month", "Published (month)", "per month")}


def coverage_chart(rows: list[CoverageCount], by: str = "tier") -> alt.Chart:
    """Articles per day (per week, or per month, over long spans) as bars stacked by source tier
    or outlet. The x axis is every period of the span, the empty ones too, one band each (so one
    day of data is one bar on its own day, never a sliver between two ticks), labelled at most
    MAX_LABELS times."""
    frame = coverage_frame(rows, by)
    periods, length = coverage_periods(rows)
    every = max(1, -(-len(periods) // MAX_LABELS))
    if by == "tier":
        colour = alt.Color("band:N", title="Source tier", scale=alt.Scale(domain=tier_domain(), range=tier_range()),
                           legend=alt.Legend(columns=5))
    else:
        colour = alt.Color("band:N", title="Outlet", sort=list(dict.fromkeys(frame["band"])),
                           scale=alt.Scale(scheme="tableau10"), legend=alt.Legend(columns=4))
    period, axis_title, per = _PERIOD_NAMES[length]
    chart = alt.Chart(frame).mark_bar().encode(
        x=alt.X("period:O", title=axis_title,
                scale=alt.Scale(domain=periods, paddingInner=0.15),
                axis=alt.Axis(values=periods[::every], labelAngle=0,
                              labelExpr=MONTH_LABEL if length == "month" else DAY_LABEL)),
        y=alt.Y("sum(articles):Q", title="Articles", axis=alt.Axis(tickMinStep=1, format="d")),
        color=colour,
        order=alt.Order("rank:Q"),
        tooltip=[alt.Tooltip("day:N", title=period), alt.Tooltip("band:N", title="Tier" if by == "tier" else "Outlet"),
                 alt.Tooltip("articles:Q", title="Articles"), alt.Tooltip("outlets:N", title="Source")],
    ).properties(title=f"Coverage {per} by {'source tier' if by == 'tier' else 'outlet'}",
                 height=220, width="container", autosize=FIT_WIDTH)
    return altair_config(chart)


def ranges_frame(exchanges: list[Exchange], profile: Profile) -> pd.DataFrame:
    """One row per exchange: its name, range, best value, sources and whether they disagree."""
    rows = []
    seen: dict[str, int] = {}
    for e in exchanges:
        sources = ", ".join(e.sources[:3]) + (f" and {len(e.sources) - 3} more" if len(e.sources) > 3 else "")
        name = f"{category_label(e.category)} · {e.short_label}"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:  # one row per exchange: two with one name would be drawn on one row
            name = f"{name} ({seen[name]})"
        rows.append({"exchange": name,
                     "category": category_label(e.category), "low": e.low, "best": e.best, "high": e.high,
                     "range": f"{e.low:,.0f}" if e.low == e.high else f"{e.low:,.0f} to {e.high:,.0f}",
                     "sources": len(e.sources), "source": sources,
                     "state": "sources disagree" if e.disputed else "sources agree"})
    return pd.DataFrame(rows, columns=["exchange", "category", "low", "best", "high", "range", "sources", "source",
                                       "state"])


def exchange_ranges(exchanges: list[Exchange], profile: Profile, width: int = 160) -> alt.Chart:
    """Small multiples, one row per exchange with its own scale (prisoners run to thousands,
    children to dozens): the range from low to high as a bar, the best value as a dot, a ring
    around it where sources disagree, the numbers written beside it."""
    frame = ranges_frame(exchanges, profile)
    tooltip = [alt.Tooltip("exchange:N", title="Exchange"), alt.Tooltip("range:N", title="Range"),
               alt.Tooltip("best:Q", title="Best", format=",.0f"), alt.Tooltip("state:N", title="Sources"),
               alt.Tooltip("source:N", title="Source")]
    colour = alt.Color("category:N", legend=None, scale=alt.Scale(domain=[category_label(c) for c in CATEGORY_COLOURS],
                                                                  range=list(CATEGORY_COLOURS.values())))
    x = alt.X("low:Q", title=None, scale=alt.Scale(zero=False, nice=True, padding=12),
              axis=alt.Axis(format=",d", tickCount=3, grid=False))
    span = alt.Chart().mark_bar(height=10, cornerRadius=5, opacity=0.35).encode(x=x, x2="high:Q", color=colour,
                                                                                  tooltip=tooltip)
    best = alt.Chart().mark_point(size=90, filled=True, opacity=1).encode(x="best:Q", color=colour, tooltip=tooltip)
    ring = alt.Chart().mark_point(size=330, filled=False, strokeWidth=2, color="#1B2733").encode(
        x="best:Q", tooltip=tooltip,
        strokeOpacity=alt.condition(alt.datum.state == "sources disagree", alt.value(1), alt.value(0)))
    words = alt.Chart().mark_text(align="left", dx=14, fontSize=12, color="#1B2733").encode(
        x="high:Q", text="range:N")
    chart = alt.layer(span, best, ring, words, data=frame).properties(height=30, width=width).facet(
        row=alt.Row("exchange:N", sort=list(frame["exchange"]), title=None,
                    header=alt.Header(labelAngle=0, labelAlign="left", labelOrient="left", labelLimit=165,
                                      labelFontSize=12, labelPadding=8)),
        spacing=6,
    ).resolve_scale(x="independent").properties(
        title=alt.TitleParams("Key exchange figures", subtitle="Range low to high · dot: best estimate · "
                                                               "ring: sources disagree"))
    return altair_config(chart)
