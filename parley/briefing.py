"""A one-page briefing of the current view, in Markdown, with its sources."""

from __future__ import annotations

from datetime import date

from parley.deadline import as_of_moment, countdown, due_moment, latest_revision
from parley.filters import CorpusFilter
from parley.ledger import Exchange, rulings_on
from parley.positions import STANCE_WORDS, IssueRow, columns
from parley.profile import KnownDeadline, Profile
from parley.store import ArticleRow, CorpusSummary, Ruling


def briefing(profile: Profile, summary: CorpusSummary, where: CorpusFilter, matrix: list[IssueRow],
             exchanges: list[Exchange], rulings: dict[str, list[Ruling]], articles: list[ArticleRow],
             deadlines: list[KnownDeadline], today: date) -> str:
    """Markdown: scope, positions, figures and disagreements, deadline, sources."""
    lines = [f"# Briefing: {profile.label}", "",
             f"Prepared {today.isoformat()} from {summary.articles} articles"
             f"{' (' + describe(where) + ')' if where.to_query() else ''}.", "", "## Positions", ""]
    for row in matrix:
        cells = "; ".join(f"{profile.label_of(a)} {STANCE_WORDS[c.stance]} ({c.statements})"
                          for a in columns(profile) if (c := row.cells.get(a)))
        mark = f" **{row.relation}**: {row.why}." if row.relation else ""
        lines.append(f"- **{profile.issue_label(row.issue)}**: {cells}.{mark}")
    lines += ["", "## Figures", ""]
    for exchange in (e for e in exchanges if e.rows):
        lines.append(f"- **{exchange.label}**: {exchange.low:,.0f} to {exchange.high:,.0f} "
                     f"(best {exchange.best:,.0f}), from {', '.join(exchange.sources)}.")
        # One line per dispute (claims that cannot all hold), then each hedge.
        told = [*exchange.disputes, *(d for d in exchange.discrepancies if d.kind == "hedge")]
        for d in told:
            ruled = rulings_on(d, rulings)
            verdict = f" Ruled *{ruled[-1].ruling}* by {ruled[-1].who}: {ruled[-1].note}" if ruled else ""
            lines.append(f"  - {d.label}: {d.explanation}{verdict}")
    if deadlines:
        lines += ["", "## Deadline", ""] + [f"- {line}" for line in deadline_lines(deadlines, today)]
    lines += ["", "## Sources", ""]
    lines += [f"- {a.title}, {a.outlet or 'unknown outlet'}, {a.published or 'undated'}"
              f"{' (AI-generated)' if 'ai_generated' in a.flags else ''}" for a in articles]
    return "\n".join(lines) + "\n"


def describe(where: CorpusFilter) -> str:
    parts = []
    if where.outlets:
        parts.append("outlets: " + ", ".join(where.outlets))
    if where.tiers:
        parts.append("tiers: " + ", ".join(where.tiers))
    if where.since or where.until:
        parts.append(f"published {where.since or '…'} to {where.until or '…'}")
    return "; ".join(parts)



def deadline_lines(deadlines: list[KnownDeadline], today: date) -> list[str]:
    """Each deadline's state as of the start of a day, from its latest revision (analysts' too)."""
    lines = []
    for deadline in deadlines:
        latest = latest_revision(deadline.revisions)
        state = countdown(deadline, as_of_moment(deadline, today)).describe()
        lines.append(f"{deadline.label}: due {due_moment(deadline).date().isoformat()} ({state}); "
                     f"latest revision {latest.announced.isoformat()}: {latest.source}")
    return lines
