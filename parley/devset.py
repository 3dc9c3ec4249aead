"""Score extraction on a development set in the shared truth schema (``truth.json`` beside the
report texts), the way the team's score-extraction tool does: each report's body without its
header lines, so the date must come from the report itself; figures by value, positions by
side and issue, deadlines by due date within a day. Also: how often a confidence band is right.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from parley.embed import Embedder
from parley.extract import dated, extract
from parley.ingest import make_article
from parley.ingest.document import RawDocument
from parley.model import Extraction
from parley.profile import JOINT, Profile, load_profile

KINDS = ("figures", "positions", "deadlines")
# Lengths a report may give in weeks that extraction counts in days.
_UNIT_FACTORS = {"week": 7.0, "weeks": 7.0}
_RECALLED = ("core", "background")
_TOLERANCE = timedelta(days=1)
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))


@dataclass
class Measure:
    """Recall counts truth items found; precision counts found items that are right (the two
    differ when one statement holds several pairs or a joint one stands for two sides)."""

    expected: int = 0
    recalled: int = 0
    found: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.recalled / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0


@dataclass
class Report:
    """One report of the set: its body, its truth, and what extraction found in it."""

    name: str
    body: str
    truth: dict[str, Any]
    found: Extraction
    text: str


@dataclass
class Calibration:
    """Items found and items right per confidence band."""

    found: dict[tuple[float, float], int] = field(default_factory=dict)
    right: dict[tuple[float, float], int] = field(default_factory=dict)

    def add(self, confidence: float | None, correct: bool) -> None:
        band = next(b for b in BANDS if b[0] <= (confidence or 0.0) < b[1])
        self.found[band] = self.found.get(band, 0) + 1
        self.right[band] = self.right.get(band, 0) + correct

    def lines(self) -> list[str]:
        return [f"{low:.2f}-{min(high, 1.0):.2f}: {self.right.get((low, high), 0)}/{n} right"
                f" ({self.right.get((low, high), 0) / n:.0%})"
                for (low, high), n in sorted(self.found.items())]


def read_reports(folder: Path, profile: Profile | None = None, embedder: Embedder | None = None) -> list[Report]:
    """Every report of the set with what extraction finds in its body (with ``embedder`` for
    issues by meaning, as ingest and the CLI extract)."""
    profile = profile or load_profile()
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    reports = []
    for entry in truth:
        body = _body((folder / Path(entry["file"]).name).read_text(encoding="utf-8"))
        article = dated(make_article(RawDocument(text=body, format="txt"), f"{entry['id']}.txt"), profile)
        reports.append(Report(entry["id"], body, entry, extract(article, profile, embedder=embedder), article.text))
    return reports


def score_reports(reports: list[Report], issue_map: dict[str, list[str]],
                  profile: Profile | None = None) -> tuple[dict[str, Measure], dict[str, Calibration]]:
    """Scores by kind over the reports, and the calibration of statements and figures."""
    profile = profile or load_profile()
    groups = {a.label: a.id for a in profile.actors}
    scores = {kind: Measure() for kind in KINDS}
    calibration = {"statements": Calibration(), "figures": Calibration()}
    for report in reports:
        _score_figures(report, scores["figures"], calibration["figures"])
        _score_positions(report, groups, issue_map, scores["positions"], calibration["statements"])
        _score_deadlines(report, scores["deadlines"])
    return scores, calibration


def read_issue_map(path: Path) -> dict[str, list[str]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _body(text: str) -> str:
    """The report without its TITLE:/OUTLET:/PUBLISHED: lines."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if not line.strip():
            return "".join(lines[i + 1:]).lstrip("\n")
        if not re.match(r"^[A-Z][A-Z _-]*:", line):
            break
    return text


def _values(figure: dict[str, Any]) -> list[tuple[float, float | None]]:
    value, top = float(figure["value"]), figure.get("value_max")
    options = [(value, float(top) if top is not None else None)]
    factor = _UNIT_FACTORS.get(str(figure.get("unit", "")).lower())
    if factor:
        options.append((value * factor, float(top) * factor if top is not None else None))
    return options


def _score_figures(report: Report, score: Measure, calibration: Calibration) -> None:
    truth = report.truth.get("figures") or []
    wanted = [f for f in truth if f.get("salience", "core") in _RECALLED]
    numbers = {x for f in truth for pair in _values(f) for x in pair if x is not None}
    found = report.found.figures
    hits = {i for i, f in enumerate(wanted) for g in found if _matches(f, g.value, g.low, g.high)}
    distractors = [m.span() for d in report.truth.get("distractors") or []
                   for m in re.finditer(r"\s+".join(map(re.escape, d["text"].split())), report.text)]
    for figure in found:
        spot = _figure_spot(report.text, figure.start, figure.end, figure.value)
        right = not any(s <= spot < e for s, e in distractors) and (figure.value in numbers or figure.low in numbers)
        score.right += right
        if not right:
            score.extras.append(f"{report.name}: {figure.value} {figure.unit}")
        calibration.add(figure.confidence, right)
    score.found += len(found)
    score.expected += len(wanted)
    score.recalled += len(hits)
    score.misses += [f"{report.name}: {f['value']} {f.get('unit', '')}" for i, f in enumerate(wanted) if i not in hits]


def _matches(truth: dict[str, Any], value: float | None, low: float | None, high: float | None) -> bool:
    return any(value == v or value == top or (low, high) == (v, top) and top is not None
               for v, top in _values(truth))


def _figure_spot(text: str, start: int, end: int, value: float | None) -> int:
    """Where in its sentence a figure's number stands (its sentence's start if not found)."""
    from parley.highlight import number_span

    span = number_span(text, start, end, value)
    return span[0] if span else start


def _score_positions(report: Report, groups: dict[str, str], issue_map: dict[str, list[str]],
                     score: Measure, calibration: Calibration) -> None:
    wanted: set[tuple[str, str]] = set()  # pairs of the parties and mediators, to be found
    allowed: set[tuple[str, str]] = set()  # every pair the truth holds, "other" sides too
    joint_ok: set[tuple[str, str]] = set()  # pairs a joint statement may stand for
    for position in report.truth.get("positions") or []:
        sides = position["actor_group"] if isinstance(position["actor_group"], list) else [position["actor_group"]]
        ids = [groups.get(side, "other") for side in sides]
        for issue in issue_map.get(position["issue"], []):
            allowed.update((side, issue) for side in ids)
            wanted.update((side, issue) for side in ids if side != "other")
            if len(ids) > 1:
                joint_ok.update((side, issue) for side in ids)
    found = {(s.actor, i) for s in report.found.statements if s.actor and s.actor != JOINT for i in s.issues}
    joint = {i for s in report.found.statements if s.actor == JOINT for i in s.issues}
    hits = {pair for pair in wanted if pair in found or pair in joint_ok and pair[1] in joint}
    score.expected += len(wanted)
    score.recalled += len(hits)
    score.found += len(found)
    score.right += len(found & allowed)
    score.misses += [f"{report.name}: {pair}" for pair in sorted(wanted - hits)]
    score.extras += [f"{report.name}: {pair}" for pair in sorted(found - allowed)]
    for statement in report.found.statements:
        if statement.actor and statement.actor != JOINT and statement.issues:
            calibration.add(statement.confidence, all((statement.actor, i) in allowed for i in statement.issues))


def _score_deadlines(report: Report, score: Measure) -> None:
    wanted = [d for d in report.truth.get("deadlines") or [] if d.get("due")]
    found = report.found.deadlines
    spans = [(date.fromisoformat(d["due"]), date.fromisoformat(d.get("due_max") or d["due"])) for d in wanted]
    hits = 0
    for deadline, (due, last) in zip(wanted, spans):
        if any(d.due and due - _TOLERANCE <= d.due <= last + _TOLERANCE for d in found):
            hits += 1
        else:
            score.misses.append(f"{report.name}: due {deadline['due']}")
    score.expected += len(wanted)
    score.recalled += hits
    # Precision against the deadlines the set lists: a due day it does not list counts as wrong.
    # The sets list every deadline a reader would note, so this is a floor, not an exact measure
    # (a writer may leave out a deadline another would list). A deadline found with no due day
    # ("within 100 days of an event") is left out: it claims no day to be wrong about.
    for deadline in found:
        if deadline.due is None:
            continue
        score.found += 1
        if any(first - _TOLERANCE <= deadline.due <= last + _TOLERANCE for first, last in spans):
            score.right += 1
        else:
            score.extras.append(f"{report.name}: {deadline.label!r} due {deadline.due} ({deadline.text[:80]!r})")
