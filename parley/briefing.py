"""A one-page briefing of the current view, in Markdown, with its sources."""

from __future__ import annotations

from datetime import date

from parley.filters import CorpusFilter
from parley.ledger import Exchange
from parley.positions import STANCE_WORDS, IssueRow, columns
from parley.profile import Profile
from parley.store import ArticleRow, CorpusSummary, Ruling


def briefing(profile: Profile, summary: CorpusSummary, where: CorpusFilter, matrix: list[IssueRow],
             exchanges: list[Exchange], rulings: dict[str, list[Ruling]], articles: list[ArticleRow],
             today: date) -> str:
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
    for exchange in exchanges:
        lines.append(f"- **{exchange.category}**, {exchange.round or 'round unknown'}: "
                     f"{exchange.low:,.0f} to {exchange.high:,.0f} (best {exchange.best:,.0f}), "
                     f"from {', '.join(exchange.sources)}.")
        for d in exchange.discrepancies:
            ruled = rulings.get(d.key)
            verdict = f" Ruled *{ruled[-1].ruling}* by {ruled[-1].who}: {ruled[-1].note}" if ruled else ""
            lines.append(f"  - {d.label}: {d.explanation}{verdict}")
    for deadline in profile.deadlines:
        left = (deadline.due - today).days
        state = f"{left} days left" if left >= 0 else f"passed {-left} days ago"
        lines += ["", "## Deadline", "", f"- {deadline.label}: due {deadline.due.isoformat()} ({state}); "
                  f"latest revision {deadline.latest.announced.isoformat()}: {deadline.latest.source}"]
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

