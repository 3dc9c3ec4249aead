"""The figures ledger: exchanges with their range, disagreements explained, rulings recorded."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.text import escape_markdown
from parley.ledger import Exchange, render, source_name
from parley.profile import Profile
from parley.store import RULINGS, FigureRow, Ruling, Store


def ledger_frame(rows: list[FigureRow]) -> pd.DataFrame:
    """One row per figure, with its source and sentence."""
    return pd.DataFrame({
        "Figure": [render(r) for r in rows],
        "Category": [r.figure.category for r in rows],
        "Qualifier": [r.figure.qualifier for r in rows],
        "Status": [r.figure.status for r in rows],
        "Scope": [r.figure.scope for r in rows],
        "Side": [r.figure.actor or "—" for r in rows],
        "Round": [r.figure.round or "—" for r in rows],
        "Source": [source_name(r) for r in rows],
        "Published": [r.published for r in rows],
        "Sentence": [r.figure.text for r in rows],
    })


def exchange_heading(exchange: Exchange, profile: Profile) -> str:
    round_label = next((r.label for r in profile.rounds if r.id == exchange.round), exchange.round or "round unknown")
    span = (f"{exchange.low:,.0f}" if exchange.low == exchange.high
            else f"{exchange.low:,.0f} – {exchange.high:,.0f} (best {exchange.best:,.0f})")
    flag = " · ⚠️ sources disagree" if exchange.disputed else ""
    return f"{exchange.category.capitalize()} · {round_label}: {span} · {len(exchange.sources)} source(s){flag}"


SHOWN = 10  # disagreements shown per exchange, conflicts first; the rest are counted


def render_exchange(exchange: Exchange, profile: Profile, rulings: dict[str, list[Ruling]], store: Store) -> None:
    st.markdown(f"**{escape_markdown(exchange_heading(exchange, profile))}**")
    hidden = len(exchange.discrepancies) - SHOWN
    if hidden > 0:
        st.caption(f"Showing {SHOWN} of {len(exchange.discrepancies)} disagreements, true conflicts first.")
    for d in exchange.discrepancies[:SHOWN]:
        with st.container(border=True):
            st.markdown(f"**{d.label.capitalize()}** · {escape_markdown(d.explanation)}")
            for claim in (d.a, d.b):
                row = claim.rows[0]
                st.caption(escape_markdown(f"{claim.who}, {row.published or 'undated'}: “{row.figure.text}”"))
            for ruling in rulings.get(d.key, []):
                st.caption(escape_markdown(f"Ruled {ruling.ruling} by {ruling.who}, "
                                           f"{ruling.at:%Y-%m-%d %H:%M} UTC: {ruling.note}"))
            if store.access.can_write:
                render_ruling_form(store, d.key)


def render_ruling_form(store: Store, subject: str) -> None:
    """Rule on a disagreement; the values ruled on stay in the ledger."""
    with st.form(f"rule-{subject}", clear_on_submit=True, border=False):
        left, right = st.columns([1, 3])
        ruling = left.selectbox("Ruling", RULINGS, key=f"ruling-{subject}")
        note = right.text_input("Note (required)", key=f"note-{subject}")
        if st.form_submit_button("Record ruling"):
            if not note.strip():
                st.error("A ruling needs a note saying why.")
            else:
                store.add_ruling(subject, ruling, note, store.access.who)
                st.success("Ruling recorded.")
                st.rerun()
