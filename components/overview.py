"""The Overview's cards: headline numbers, the deadline's state, outlets; and the pure helpers
behind them (a sparkline's series, the outlets table, where a heat-map click leads)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import pandas as pd
import streamlit as st

from components.deadline import countdown_words, current_countdown
from components.text import day_words, escape_markdown, plural, span_words
from components.theme import tier_label
from parley.filters import CorpusFilter
from parley.profile import KnownDeadline, Round
from parley.store import CorpusSummary, CoverageCount

SPARK_DAYS = 60  # a sparkline's points; longer spans are summed by week
SPARK_MIN = 3  # days (or weeks) with articles: fewer make two stray bars, no trend


def articles_series(rows: list[CoverageCount]) -> list[int]:
    """Articles per day with the empty days as zeros (sparklines ignore x), per week past SPARK_DAYS."""
    counts: dict[date, int] = defaultdict(int)
    for r in rows:
        if r.day:
            counts[r.day] += r.articles
    if not counts:
        return []
    first, last = min(counts), max(counts)
    step = 1 if (last - first).days < SPARK_DAYS else 7
    series = []
    day = first
    while day <= last:
        series.append(sum(counts.get(day + timedelta(days=d), 0) for d in range(step)))
        day += timedelta(days=step)
    return series


def outlets_frame(rows: list[CoverageCount]) -> pd.DataFrame:
    """Outlets with their tier, articles, share of the view and latest date, most articles first."""
    totals: dict[str | None, list] = {}
    for r in rows:
        entry = totals.setdefault(r.outlet, [r.tier, 0, None])
        entry[1] += r.articles
        entry[2] = max(d for d in (entry[2], r.day) if d) if (entry[2] or r.day) else None
    whole = sum(n for _, n, _ in totals.values()) or 1
    ordered = sorted(totals.items(), key=lambda item: (-item[1][1], item[0] or "~"))
    return pd.DataFrame({
        "Outlet": [o or "Unknown outlet" for o, _ in ordered],
        "Tier": [tier_label(t) for _, (t, _, _) in ordered],
        "Articles": [n for _, (_, n, _) in ordered],
        # Percent of the view (0-100), shown whole: "83%", never "83.33%".
        "Share": [100 * n / whole for _, (_, n, _) in ordered],
        "Latest": [d for _, (_, _, d) in ordered],
    })


def cell_link(selection: dict, where: CorpusFilter) -> dict[str, str | list[str]] | None:
    """The Positions page's URL parameters for a clicked heat-map cell (keeping the filters)."""
    picked = (selection or {}).get("cell") or []
    if not picked or not isinstance(picked, list) or not isinstance(picked[0], dict):
        return None
    issue, side = picked[0].get("issue_id"), picked[0].get("side_id")
    if not issue or not side:
        return None
    return {**where.to_query(), "evidence_issue": str(issue), "evidence_side": str(side)}


def sparkline(series: list[int]) -> list[int] | None:
    """The articles series worth a small chart: one with articles on SPARK_MIN days or more."""
    return series if sum(1 for n in series if n) >= SPARK_MIN else None


def render_kpis(view: CorpusSummary, whole: CorpusSummary, series: list[int]) -> None:
    """The headline numbers of the filtered view; the whole corpus as the comparison when they differ."""
    filtered = view.articles != whole.articles

    def of_all(part: int, total: int) -> str | None:
        return f"of {total:,}" if filtered else None

    with st.container(horizontal=True):
        st.metric("Articles", f"{view.articles:,}", of_all(view.articles, whole.articles), delta_color="off",
                  delta_arrow="off", border=True, chart_data=sparkline(series),
                  chart_type="bar",
                  help="Articles in this view, per day (or week) in the small chart")
        st.metric("Outlets", f"{len(view.outlets):,}", of_all(len(view.outlets), len(whole.outlets)),
                  delta_color="off", delta_arrow="off", border=True)
        st.metric("Statements", f"{view.statements:,}", of_all(view.statements, whole.statements),
                  delta_color="off", delta_arrow="off", border=True, help="Sentences stating a position")
        st.metric("Figures", f"{view.figures:,}", of_all(view.figures, whole.figures), delta_color="off",
                  delta_arrow="off", border=True, help="Numbers that count something: prisoners, bodies, days")


def scope_line(view: CorpusSummary, where: CorpusFilter, latest: Round | None) -> str:
    """One line under the title: what is in view, published when, the latest round, filtered how."""
    span = span_words(view.first_published, view.last_published)
    parts = [f"{plural(view.articles, 'article')} from {plural(len(view.outlets), 'outlet')}"]
    if span:
        parts.append(f"published {span}")
    if view.undated:
        parts.append(f"{view.undated:,} undated")
    if latest:
        parts.append(f"latest round: {latest.label}, {day_words(latest.date)}")
    if where.to_query():
        parts.append("filtered in the sidebar")
    return " · ".join(parts)


def render_deadline_card(deadlines: list[KnownDeadline]) -> None:
    """Each deadline's state now, in the Deadline page's words (a fragment reruns it each minute)."""
    for deadline in deadlines:
        found = current_countdown(deadline)
        icon = ":material/timer_off:" if found.passed else ":material/timer:"
        st.markdown(f"{icon} **{escape_markdown(deadline.label)}**")
        st.markdown(escape_markdown(f"Due {day_words(found.due_at.date())} ({found.due_at:%H:%M %Z}): "
                                    f"{countdown_words(found)}."))
        latest = max(deadline.revisions, key=lambda r: r.announced)
        st.caption(escape_markdown(f"Latest revision {day_words(latest.announced)}: {latest.source}"))
