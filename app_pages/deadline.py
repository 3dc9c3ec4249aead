"""Deadline: a live countdown from the latest revision, its history, and what articles say of it."""

from datetime import date

import streamlit as st

from components import data
from components.charts import deadline_timeline
from components.deadline import (
    mention_groups_frame,
    mentions_frame,
    render_candidates,
    render_countdown,
    render_deadline_form,
    render_revision_form,
    revisions_frame,
)
from components.filters import corpus_filter, sync_query, url_select
from components.tables import mention_groups_columns, mentions_columns, revisions_columns, show_table
from components.text import day_words, escape_markdown

st.title("Deadline")
store, revision = data.store_and_revision()
url, profile = data.url(), data.profile()
where = corpus_filter(data.summary(url, revision))

deadlines = {d.id: d for d in data.deadlines(url, revision)}
chosen = deadlines[url_select("Deadline", list(deadlines), "deadline", lambda d: deadlines[d].label)]
linked = st.query_params.get("as_of")
as_of = st.date_input("As of (empty: now)", value=date.fromisoformat(linked) if linked and linked[:1].isdigit()
                      else None, format="YYYY-MM-DD", key="as-of")
sync_query({"as_of": as_of.isoformat()} if as_of else {}, keys=("as_of",))
# Only the countdown reruns each minute, and only when it shows "now".
st.fragment(render_countdown, run_every=None if as_of else 60)(chosen, as_of)

st.plotly_chart(deadline_timeline(chosen, list(profile.rounds), data.articles_per_day(url, revision, where),
                                  as_of or date.today(),
                                  "as of" if as_of else "now"), width="stretch")
st.subheader("Revisions", anchor=False)
show_table(revisions_frame(chosen), revisions_columns())
with st.expander("Each revision's source in full", icon=":material/format_quote:"):
    for rev in sorted(chosen.revisions, key=lambda r: r.announced):
        st.markdown(escape_markdown(f"{day_words(rev.announced)}, {rev.length} days: {rev.source}"))

st.subheader("In the articles", anchor=False)
groups, recent, mentioned = data.deadline_mentions(url, revision, where, frozenset(d.label for d in deadlines.values()))
known = {d.label: d for d in deadlines.values()}
if groups:
    show_table(mention_groups_frame(groups, known), mention_groups_columns())
    with st.expander(f"The {len(recent)} most recent of {mentioned:,} mentions"):
        show_table(mentions_frame(recent, profile, known), mentions_columns())
else:
    st.info("No deadline is mentioned in the articles of this view.")

found = data.deadline_candidates(url, revision, where)
if found:
    st.subheader("Found, not known", anchor=False)
    st.caption("Deadlines the articles give that match no known deadline. Never merged on their own"
               + (": adopt one to follow it here." if store.access.can_write else "."))
    render_candidates(store, profile, found)

if store.access.can_write:
    with st.expander("Add a revision or a deadline"):
        render_revision_form(store, chosen)
        render_deadline_form(store, profile)
