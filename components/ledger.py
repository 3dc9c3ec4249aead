"""The figures ledger on the page: event tables, conflict cards with both quotes and the ruling
form, one event's claims and relations, known events and the form to add one."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.ledger_charts import on_time_axis
from components.tables import DAY, FITS, days, show_table
from components.text import escape_markdown
from parley.errors import ParleyError
from parley.ledger import EVENT_WORDS, KINDS, Dispute, Exchange, Ledger, render, rulings_on, source_name
from parley.profile import EVENT_KINDS, EXCHANGE_CATEGORIES, SIZE_QUALIFIERS, KnownEvent, Profile, parse_event
from parley.store import RULINGS, FigureRow, Ruling, Store


def ledger_frame(rows: list[FigureRow], profile: Profile, labels: dict[int, str] | None = None) -> pd.DataFrame:
    """One row per figure: as stated, the event it was linked to, whose side, source, sentence."""
    labels = labels or {}
    return pd.DataFrame({
        "Figure": [render(r) for r in rows],
        "Event": [labels.get(r.id, "—") for r in rows],
        "Side": [profile.label_of(r.figure.actor) for r in rows],
        "Source": [source_name(r) for r in rows],
        "Published": days(r.published for r in rows),
        "Sentence": [r.figure.text for r in rows],
    })


def ledger_columns() -> dict:
    return {
        "Figure": st.column_config.TextColumn("Figure", width=150),
        "Event": st.column_config.TextColumn("Event", width=170, help="The event it was linked to (full on hover)"),
        "Side": st.column_config.TextColumn("Side", width=80),
        "Source": st.column_config.TextColumn("Source", width=110),
        "Published": st.column_config.DateColumn("Published", format=DAY, width=95),
        "Sentence": st.column_config.TextColumn("Sentence", width=FITS - 150 - 170 - 80 - 110 - 95),
    }


def undated_note(ledger: Ledger) -> str | None:
    """What the time axis leaves out: events whose text gives no day, only "before" a date."""
    undated = [e for e in ledger.exchanges if e.rows and not on_time_axis(e)]
    if not undated:
        return None
    return (f"{len(undated)} event(s) known only as reported before a day (their texts name none) are in the "
            "Events table below, not on the axis.")


def exchange_figures(rows: list[FigureRow], ledger: Ledger) -> list[FigureRow]:
    """The view's figures the ledger holds (linked or unlinked), in their order: a "50 days" or
    "3 working groups" is a number, not a claim about an exchange."""
    held = {r.id for e in ledger.exchanges for r in e.rows} | {r.id for r in ledger.unlinked}
    return [r for r in rows if r.id in held]


def ledger_caption(shown: int, exchange_figures: int, other_figures: int) -> str:
    """What the ledger table holds: exchange figures, newest first; what it leaves to the downloads."""
    text = "Every exchange figure, newest first"
    if shown < exchange_figures:
        text += f" (the {shown:,} most recent of {exchange_figures:,})"
    if other_figures:
        text += (f"; the {other_figures:,} other figure(s) in this view (lengths of time, counts of "
                 "groups and the like) are in the downloads")
    return text + "."


def exchange_heading(exchange: Exchange) -> str:
    """One line for an event: what, when, how much, from how many sources, and a conflict flag."""
    flag = " · ⚠️ sources disagree" if exchange.disputed else ""
    return f"{exchange.label} · {len(exchange.sources)} source(s){flag}"


def event_parts(exchange: Exchange) -> tuple[str, str, str]:
    """(when, what, stated) of an event's label ("Agreement · 20 Apr 2031 · 500 prisoners per
    side"), each for a column of its own: one 70-character label in one column is cut at any width."""
    when = exchange.event.window.label() if exchange.event.window else "date unknown"
    name, found, stated = exchange.label.partition(f" · {when} · ")
    if not found:
        return when, exchange.label, ""
    kind = EVENT_WORDS.get(exchange.kind, exchange.kind)
    return when, (name if name == kind else f"{kind}: {name}"), stated


def events_frame(exchanges: list[Exchange], every: dict[str, Exchange] | None = None) -> pd.DataFrame:
    """One row per event: when, what and what the sources state, how many sources and figures,
    true conflicts, and the agreement it is part of (when and what, short: its full label is in
    the event's own row)."""
    every = every or {e.id: e for e in exchanges}
    parts = [event_parts(e) for e in exchanges]

    def of(e: Exchange) -> str:
        parent = every.get(e.event.parent) if e.event.parent else None
        return parent.short_label if parent else (e.parent_label or "")

    return pd.DataFrame({
        "When": [when for when, _, _ in parts],
        "Event": [what for _, what, _ in parts],
        "Stated": [stated for _, _, stated in parts],
        "Sources": [len(e.sources) for e in exchanges],
        "Figures": [len(e.rows) for e in exchanges],
        "Conflicts": [len(e.disputes) for e in exchanges],
        "Of": [of(e) for e in exchanges],
    })


def events_columns() -> dict:
    return {
        "When": st.column_config.TextColumn("When", width=110, help="The day or days the texts give"),
        "Event": st.column_config.TextColumn("Event", width=190, help="Its kind, and its name when it is a known event"),
        "Stated": st.column_config.TextColumn("Stated", width=190, help="What the sources state, every value"),
        "Sources": st.column_config.NumberColumn("Sources", format="localized", width=60),
        "Figures": st.column_config.NumberColumn("Figures", format="localized", width=55),
        "Conflicts": st.column_config.NumberColumn("Conflicts", format="localized", width=65,
                                                   help="True conflicts between sources"),
        "Of": st.column_config.TextColumn("Part of", width=FITS - 110 - 190 - 190 - 60 - 55 - 65,
                                          help="The agreement it is a stage of, or the count it is part of"),
    }


def summary_metrics(ledger: Ledger) -> None:
    """Events, conflicts, agreements with stages, unlinked figures: one bordered row."""
    row = st.container(horizontal=True)
    conflicts = sum(len(e.disputes) for e in ledger.exchanges)
    row.metric("Events", len([e for e in ledger.exchanges if e.rows]), border=True)
    row.metric("True conflicts", conflicts, border=True)
    row.metric("Agreements with stages", sum(e.fulfilment is not None for e in ledger.exchanges), border=True)
    row.metric("Unlinked figures", len(ledger.unlinked), border=True)


SHOWN = 10  # conflict cards shown; the rest are counted


def render_conflicts(ledger: Ledger, rulings: dict[str, list[Ruling]], store: Store) -> None:
    """A card for each true conflict (the claims about one event that cannot all hold): the
    explanation, every claim's quotes, rulings and the ruling form."""
    conflicts = [(e, d) for e in ledger.exchanges for d in e.disputes]
    if not conflicts:
        st.success("No true conflicts: where sources differ, the ledger explains why below.")
        return
    if len(conflicts) > SHOWN:
        st.caption(f"Showing {SHOWN} of {len(conflicts)} true conflicts, most sources first.")
    for exchange, d in conflicts[:SHOWN]:
        with st.container(border=True):
            st.markdown(f"**True conflict** · {escape_markdown(exchange.label)}")
            st.markdown(escape_markdown(d.explanation))
            render_quotes(d)
            render_rulings(rulings_on(d, rulings))
            if store.access.can_write:
                render_ruling_form(store, d.key)


QUOTED_SOURCES = 3  # per claim; the ledger below lists every one


def conflict_quotes(d: Dispute) -> list[str]:
    """Each source of each claim with its own date and sentence (the first three of a claim),
    so no quote stands under another source's name."""
    lines = []
    for claim in d.claims:
        first_of_article: dict[str, FigureRow] = {}
        for row in claim.rows:
            first_of_article.setdefault(row.article_id, row)
        rows = list(first_of_article.values())
        for row in rows[:QUOTED_SOURCES]:
            day = f"{row.published:%-d %b %Y}" if row.published else "undated"
            lines.append(f"{source_name(row)}, {day}: “{row.figure.text}”")
        if len(rows) > QUOTED_SOURCES:
            lines.append(f"and {len(rows) - QUOTED_SOURCES} more source(s) saying the same (in the ledger below)")
    return lines


def render_quotes(d: Dispute) -> None:
    for line in conflict_quotes(d):
        st.caption(escape_markdown(line))


def render_rulings(made: list[Ruling]) -> None:
    for ruling in made:
        st.caption(escape_markdown(f"Ruled {ruling.ruling} by {ruling.who}, "
                                   f"{ruling.at:%Y-%m-%d %H:%M} UTC: {ruling.note}"))


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


def render_relations(exchange: Exchange) -> None:
    """Everything beside the event that is not a conflict, classified, with the reason in words."""
    others = [d for d in exchange.discrepancies if d.kind != "conflict"]
    if exchange.fulfilment is not None:
        flag = " :red-badge[over the agreement]" if exchange.fulfilment.over else ""
        st.markdown(f"**Fulfilment:** {escape_markdown(exchange.fulfilment.describe())}{flag}")
    if exchange.parent_label:
        st.markdown(f"**{escape_markdown(exchange.event.relation.capitalize())}:** "
                    f"{escape_markdown(exchange.parent_label)}")
    if not others:
        st.caption("No other figure could be taken for this one.")
        return
    show_table(pd.DataFrame({"Kind": [KINDS[d.kind] for d in others], "Why": [d.explanation for d in others]}),
               {"Kind": st.column_config.TextColumn("Kind", width=130),
                "Why": st.column_config.TextColumn("Why", width=FITS - 130, help="The full reason on a click")})


def known_events_frame(profile: Profile, added: list[tuple[KnownEvent, str, object]]) -> pd.DataFrame:
    events = [(e, "profile", None) for e in profile.events] + list(added)
    return pd.DataFrame({
        "Label": [e.label for e, _, _ in events],
        "Date": [e.date for e, _, _ in events], "Kind": [e.kind for e, _, _ in events],
        "Size": [f"{e.size:,.0f}{' per side' if e.per_side is not None else ''}" if e.size else "—"
                 for e, _, _ in events],
        "Source": [e.source for e, _, _ in events],
        "Added by": [f"{who}, {at:%Y-%m-%d}" if at else who for _, who, at in events],
        "Id": [e.id for e, _, _ in events],
    })


def known_events_columns() -> dict:
    """The label first and wide enough for an analyst's name of an event in two lines; the source
    wrapped beside it (each source, with the event's id, in full below the table)."""
    return {
        "Label": st.column_config.TextColumn("Label", width=250),
        "Date": st.column_config.DateColumn("Date", format=DAY, width=90),
        "Kind": st.column_config.TextColumn("Kind", width=80),
        "Size": st.column_config.TextColumn("Size", width=90),
        "Source": st.column_config.TextColumn("Source", width=FITS - 250 - 90 - 80 - 90 - 90,
                                              help="Where the event is known from (each in full below)"),
        "Added by": st.column_config.TextColumn("Added by", width=90),
    }


def render_known_events(known: pd.DataFrame) -> None:
    """The known events' table, and each one's id (what a stage's "Stage of" takes) and source in
    full (a source is a sentence or two)."""
    columns = known_events_columns()
    show_table(known, columns)  # the id is not a column: it is below, with the source in full
    if len(known):
        with st.expander("Each known event's id and source in full", icon=":material/format_quote:"):
            for label, event_id, source in zip(known["Label"], known["Id"], known["Source"]):
                st.markdown(f"{escape_markdown(label)} (id `{event_id.replace('`', '')}`): {escape_markdown(source)}")


def render_event_form(store: Store, taken: tuple[str, ...]) -> None:
    """An editor adds a known event with its source; bad input is refused and nothing is stored."""
    with st.form("add-event", clear_on_submit=False):
        left, right = st.columns(2)
        label = left.text_input("Label", key="event-label", placeholder="Prisoner exchange agreed in Istanbul")
        event_id = right.text_input("Id", key="event-id", placeholder="istanbul-2025-05-16-prisoners")
        day = left.date_input("Date", value=None, key="event-date", format="YYYY-MM-DD")
        kind = right.selectbox("Kind", EVENT_KINDS, key="event-kind")
        category = left.selectbox("Category", EXCHANGE_CATEGORIES, key="event-category")
        qualifier = right.selectbox("Size is", SIZE_QUALIFIERS, key="event-qualifier")
        size = left.number_input("Size", min_value=0, value=0, step=1, key="event-size")
        per_side = right.toggle("Per side", value=True, key="event-per-side")
        parent = st.text_input("Stage of (the agreement's id, optional)", key="event-parent")
        source = st.text_input("Source (required)", key="event-source",
                               placeholder="Ministry statement, 16 May 2025: https://...")
        if st.form_submit_button("Add event"):
            add_event(store, taken, {"id": event_id.strip(), "label": label.strip(), "date": day, "kind": kind,
                                     "category": category, "qualifier": qualifier, "source": source.strip(),
                                     "parent": parent.strip() or None,
                                     ("per_side" if per_side else "total"): float(size) if size else None})


def add_event(store: Store, taken: tuple[str, ...], fields: dict) -> None:
    try:
        event = parse_event(fields, where="the new event", source="form")
        if event.parent and event.parent not in taken:
            raise ValueError(f"no known event has the id {event.parent!r}")
        store.add_event(event, store.access.who, taken)
    except (ParleyError, ValueError) as exc:
        st.error(f"Not added: {exc}")
        return
    st.success(f"Added {event.label} ({event.date.isoformat()}).")
    st.rerun()
