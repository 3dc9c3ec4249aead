"""The countdown (live, in a fragment), the revision history, and the analyst's forms."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import streamlit as st

from components.text import day_words, escape_markdown, plural
from components.tables import candidates_columns, days
from parley.deadline import (
    Candidate,
    Countdown,
    MentionGroup,
    adopted,
    as_of_moment,
    countdown,
    latest_revision,
    matched_revision,
)
from parley.model import Deadline
from parley.profile import KnownDeadline, Profile, Revision
from parley.store import Store


def countdown_words(found: Countdown) -> str:
    """'passed 14 days, 3 hours and 2 minutes ago' or '41 days, 0 hours and 5 minutes left': the
    Overview and the Deadline page say it with this one function, from the same moment."""
    days, hours, minutes = found.parts
    span = f"{plural(days, 'day')}, {plural(hours, 'hour')} and {plural(minutes, 'minute')}"
    return f"passed {span} ago" if found.passed else f"{span} left"


def current_countdown(deadline: KnownDeadline, as_of: date | None = None) -> Countdown:
    """The countdown now (no day) or as it stood at the start of a day, from the revisions in force."""
    return countdown(deadline, as_of_moment(deadline, as_of))


def render_countdown(deadline: KnownDeadline, as_of: date | None) -> None:
    """Days, hours and minutes to the due moment, or how long ago it passed (never a negative
    number); refreshed each minute when showing now."""
    found = current_countdown(deadline, as_of)
    days, hours, minutes = found.parts
    when = f"as of {day_words(as_of)}" if as_of else "now"
    with st.container(horizontal=True):
        if found.passed:
            st.metric("Passed", f"{plural(days, 'day')} ago", border=True,
                      help=f"{countdown_words(found).capitalize()}")
        else:
            st.metric("Days left", days, border=True)
            st.metric("Hours", hours, border=True)
            st.metric("Minutes", minutes, border=True)
        st.metric("Due", day_words(found.due_at.date()), border=True,
                  help=f"{found.due_at:%H:%M %Z} in {deadline.timezone}, from the latest revision in force")
        in_force = latest_revision(deadline.revisions, found.as_of.astimezone(found.due_at.tzinfo).date())
        st.metric(f"Set on ({in_force.length} days)", day_words(in_force.announced), border=True,
                  help=in_force.source)
    st.caption(escape_markdown(f"Due {found.due_at:%Y-%m-%d %H:%M %Z} ({deadline.timezone}); {when}: "
                               f"{countdown_words(found)}."))


def revision_words(deadline: KnownDeadline, revision: Revision | None) -> str:
    """Which setting of the deadline a mention's due day is: a 50-day term's first due day beside
    a later 10-day one reads as a contradiction unless it says "original term, since revised"."""
    if revision is None:
        return "matches no revision"
    ordered = sorted(deadline.revisions, key=lambda r: r.announced)
    if len(ordered) == 1:
        return "the only term"
    if revision == ordered[-1]:
        return f"latest revision ({revision.announced:%-d %b})"
    if revision == ordered[0]:
        return f"original term ({revision.announced:%-d %b}), since revised"
    return f"revised {revision.announced:%-d %b}, since revised again"


def mention_revision(known: dict[str, KnownDeadline], label: str | None, due: date | None) -> str:
    """The revision words for a mention of a known deadline (by its label); "—" for any other."""
    deadline = known.get(label) if label else None
    return revision_words(deadline, matched_revision(deadline, due)) if deadline else "—"


def mention_groups_frame(groups: list[MentionGroup], known: dict[str, KnownDeadline] | None = None) -> pd.DataFrame:
    """The deadlines the articles mention, one row per deadline and due day they give, each with
    the revision of the known deadline that due day belongs to."""
    known = known or {}
    return pd.DataFrame({
        "Matches": [g.matches or "no known deadline" for g in groups],
        "Revision": [mention_revision(known, g.matches, g.due) for g in groups],
        "Due": days(g.due for g in groups),
        "Mentions": [g.mentions for g in groups],
        "Outlets": [", ".join(g.outlets[:4]) + (f" +{len(g.outlets) - 4}" if len(g.outlets) > 4 else "")
                    for g in groups],
        "First": days(g.first for g in groups), "Last": days(g.last for g in groups),
    })


def mentions_frame(recent: list[tuple[str, str | None, date | None, Deadline]], profile: Profile,
                   known: dict[str, KnownDeadline] | None = None) -> pd.DataFrame:
    """The newest mentions, each with its sentence, due day (and the known deadline's revision it
    is), who set it, outlet and day."""
    known = known or {}
    return pd.DataFrame({
        "Mention": [d.text for _, _, _, d in recent], "Due": days(d.due for _, _, _, d in recent),
        "Revision": [mention_revision(known, d.label, d.due) for _, _, _, d in recent],
        "Set by": [profile.label_of(d.issuer) for _, _, _, d in recent],
        "Outlet": [o or "—" for _, o, _, _ in recent], "Published": days(p for _, _, p, _ in recent),
    })


def revisions_frame(deadline: KnownDeadline) -> pd.DataFrame:
    latest = latest_revision(deadline.revisions)
    rows = sorted(deadline.revisions, key=lambda r: r.announced)
    return pd.DataFrame({
        "Announced": [r.announced for r in rows],
        "Length (days)": [r.length for r in rows],
        "Due": [r.due for r in rows],
        "In force": ["latest" if r is latest else "" for r in rows],
        "Source": [r.source for r in rows],
    })


def render_revision_form(store: Store, deadline: KnownDeadline) -> None:
    with st.form("add-revision", clear_on_submit=True):
        st.markdown(f"**Add a revision of {escape_markdown(deadline.label)}**")
        announced = st.date_input("Announced on", value=None, format="YYYY-MM-DD", key="rev-announced")
        days = st.number_input("Length in days", min_value=0.0, step=1.0, key="rev-days")
        source = st.text_input("Source (quote or link, required)", key="rev-source")
        if st.form_submit_button("Add revision"):
            if not announced or not source.strip():
                st.error("A revision needs the day it was announced and its source.")
            else:
                store.add_deadline_revision(deadline.id, Revision(announced=announced, days=days, source=source),
                                            store.access.who)
                st.rerun()


def render_deadline_form(store: Store, profile: Profile) -> None:
    actors = [a.id for a in profile.actors]
    with st.form("add-deadline", clear_on_submit=True):
        st.markdown("**Add a deadline**")
        label = st.text_input("What it is", key="dl-label")
        left, right = st.columns(2)
        issuer = left.selectbox("Set by", actors, format_func=profile.label_of, key="dl-issuer")
        target = right.selectbox("For", [None, *actors], format_func=profile.label_of, key="dl-target")
        measure = st.text_input("Threatened measure", key="dl-measure")
        announced = left.date_input("Announced on", value=None, format="YYYY-MM-DD", key="dl-announced")
        days = right.number_input("Length in days", min_value=0.0, step=1.0, key="dl-days")
        source = st.text_input("Source (quote or link, required)", key="dl-source")
        if st.form_submit_button("Add deadline"):
            if not label.strip() or not announced or not source.strip():
                st.error("A deadline needs what it is, the day it was announced and its source.")
            else:
                slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:48] or "deadline"
                store.add_deadline(KnownDeadline(
                    id=f"analyst-{slug}", label=label.strip(), issuer=issuer, target=target,
                    measure=measure.strip() or None,
                    revisions=(Revision(announced=announced, days=days, source=source),)), store.access.who)
                st.rerun()


def render_candidates(store: Store, profile: Profile, found: list[Candidate]) -> None:
    """Deadlines the articles mention that match no known one; an editor may adopt one (with
    the sentence it was found in as its source). Nothing is merged on its own."""
    st.dataframe({"Found": [c.label for c in found], "Set by": [profile.label_of(c.issuer) for c in found],
                  "For": [profile.label_of(c.target) if c.target else "—" for c in found],
                  "Set on": days(c.announced for c in found), "Due": days(c.due for c in found),
                  "Mentions": [c.mentions for c in found]},
                 hide_index=True, placeholder="—", width="stretch", column_config=candidates_columns())
    if not store.access.can_write:
        return
    actors = [a.id for a in profile.actors]
    pick = st.selectbox("Adopt a found deadline", range(len(found)), index=None, key="adopt-pick",
                        format_func=lambda i: f"{found[i].label} · due {day_words(found[i].due)} · "
                                              f"{profile.label_of(found[i].issuer)}",
                        placeholder="Choose one to make it a known deadline")
    if pick is None:
        return
    chosen = found[pick]
    with st.form("adopt", clear_on_submit=True):
        st.caption(escape_markdown(f"Source: {chosen.source}"))
        label = st.text_input("What it is", value=chosen.label, key="adopt-label")
        left, right = st.columns(2)
        issuer = left.selectbox("Set by", actors, format_func=profile.label_of, key="adopt-issuer",
                                index=actors.index(chosen.issuer) if chosen.issuer in actors else 0)
        targets = [None, *actors]
        target = right.selectbox("For", targets, format_func=lambda a: profile.label_of(a) if a else "—",
                                 index=targets.index(chosen.target) if chosen.target in targets else 0, key="adopt-target")
        if st.form_submit_button("Adopt as a known deadline"):
            if not label.strip():
                st.error("An adopted deadline needs a name.")
            else:
                store.add_deadline(adopted(chosen, label, issuer, target), store.access.who)
                st.toast(f"Adopted: {label.strip()}", icon=":material/add_alarm:")
                st.rerun()
