"""Articles and figures for event and ledger tests, on a fictional North/South profile.

Figures are built as extraction stores them (the span and text of their sentence), so these
tests exercise event resolution alone, whatever extraction finds.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import count

import yaml

from parley.model import Figure
from parley.profile import Profile, parse_profile
from parley.store import FigureRow

PROFILE_DATA = {
    "name": "north-south", "label": "North–South talks", "roles": {"president": ["president"]},
    "actors": [
        {"id": "north", "label": "North", "aliases": ["the North", "Northland", "Northerners"],
         "adjectives": ["Northern"]},
        {"id": "south", "label": "South", "aliases": ["the South", "Southland", "Southerners"],
         "adjectives": ["Southern"]},
    ],
    "joint": {"aliases": ["both sides"]},
    "issues": [{"id": "prisoners", "label": "Prisoners", "phrases": ["prisoner"]}],
    "rounds": [{"id": "geneva-1", "label": "First round, Geneva", "date": "2031-03-10", "place": "Geneva"},
               {"id": "geneva-2", "label": "Second round, Geneva", "date": "2031-04-20", "place": "Geneva"}],
}


def profile(**extra) -> Profile:
    return parse_profile(yaml.safe_dump({**PROFILE_DATA, **extra}), source="north-south.yaml")


_ids = count(1)


class Article:
    """An article's text, its date and the figures an extractor would store for it."""

    def __init__(self, article_id: str, text: str, published: date | None, outlet: str | None = None) -> None:
        self.id, self.text, self.published = article_id, text, published
        self.outlet = outlet or article_id.upper()
        self.rows: list[FigureRow] = []

    def figure(self, fragment: str, value: float, category: str = "prisoners", *, qualifier: str = "exact",
               per_side: bool = False, status: str = "reported", actor: str | None = None,
               low: float | None = None, high: float | None = None, round_id: str | None = None,
               unit: str | None = None) -> FigureRow:
        """A figure of the sentence that holds fragment."""
        at = self.text.index(fragment)
        start = max(self.text.rfind("\n", 0, at) + 1, _sentence_start(self.text, at))
        end = _sentence_end(self.text, at + len(fragment))
        figure = Figure(value=value, text=self.text[start:end], start=start, end=end, low=low, high=high,
                        qualifier=qualifier, unit=unit or category, category=category, per_side=per_side, status=status,
                        scope="new", actor=actor, round=round_id)
        row = FigureRow(id=next(_ids), article_id=self.id, title=f"Report {self.id}", outlet=self.outlet,
                        tier=None, published=self.published, flags=(), figure=figure)
        self.rows.append(row)
        return row


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+", text[:at])]
    return ends[-1] if ends else 0


def _sentence_end(text: str, at: int) -> int:
    found = re.search(r"[.!?](?=[\"”’]?(?:\s|$))", text[at:])
    newline = text.find("\n", at)
    end = at + found.end() if found else len(text)
    return min(end, newline) if newline != -1 else end


def corpus(*articles: Article) -> tuple[list[FigureRow], dict[str, str]]:
    return [r for a in articles for r in a.rows], {a.id: a.text for a in articles}
