"""Sidebar filters that live in the URL: a copied link opens the same view."""

from __future__ import annotations

from datetime import date

import streamlit as st

from parley.filters import CorpusFilter
from parley.profile import TIERS
from parley.store import CorpusSummary


def corpus_filter(summary: CorpusSummary) -> CorpusFilter:
    """Render outlet, tier and date filters, seeded from and written back to the URL."""
    current = CorpusFilter.from_query(st.query_params.to_dict() | {
        k: st.query_params.get_all(k) for k in ("outlet", "tier") if k in st.query_params})
    outlets = sorted(o for o in summary.outlets if o != "(unknown outlet)")
    with st.sidebar.expander("Filters", expanded=bool(current.to_query())):
        chosen_outlets = st.multiselect("Outlets", outlets, default=[o for o in current.outlets if o in outlets],
                                        key="filter-outlets")
        chosen_tiers = st.multiselect("Source tier", TIERS, default=[t for t in current.tiers if t in TIERS],
                                      key="filter-tiers")
        since = st.date_input("From", value=current.since, key="filter-since", format="YYYY-MM-DD")
        until = st.date_input("To", value=current.until, key="filter-until", format="YYYY-MM-DD")
    chosen = CorpusFilter(outlets=tuple(chosen_outlets), tiers=tuple(chosen_tiers),
                          since=since if isinstance(since, date) else None,
                          until=until if isinstance(until, date) else None)
    sync_query(chosen.to_query(), keys=("outlet", "tier", "since", "until"))
    return chosen


def sync_query(values: dict[str, str | list[str]], keys: tuple[str, ...]) -> None:
    """Write the given parameters to the URL and drop the listed ones that are now empty."""
    for name in keys:
        if name in values:
            if st.query_params.get_all(name) != (values[name] if isinstance(values[name], list) else [values[name]]):
                st.query_params[name] = values[name]
        elif name in st.query_params:
            del st.query_params[name]


def url_select(label: str, options: list[str], param: str, format_func=str) -> str:  # noqa: ANN001
    """A selectbox whose choice is a URL parameter (the first option, the default, is left out).
    A choice the page set in session state (a chart click) wins over the URL."""
    key = f"url-{param}"
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]  # a choice from another view, e.g. a side with nothing on this issue
    if key in st.session_state:
        choice = st.selectbox(label, options, format_func=format_func, key=key)
    else:
        current = st.query_params.get(param, options[0])
        choice = st.selectbox(label, options, index=options.index(current) if current in options else 0,
                              format_func=format_func, key=key)
    sync_query({param: choice} if choice != options[0] else {}, keys=(param,))
    return choice


def url_slider(label: str, low: float, high: float, default: float, step: float, param: str) -> float:
    """A slider whose value is a URL parameter when it differs from the default."""
    try:
        current = min(max(float(st.query_params.get(param, default)), low), high)
    except ValueError:  # a hand-edited link: fall back to the default, say nothing
        current = default
    value = st.slider(label, low, high, current, step, key=f"url-{param}")
    sync_query({param: f"{value:g}"} if value != default else {}, keys=(param,))
    return value
