"""Score extraction on labelled texts: precision and recall of figures, (side, issue) pairs, deadlines.

A labelled text is a YAML file with ``text``, ``published`` and ``truth`` (see
``tests/fixtures/labelled/README.md``). Each text goes through the whole of ingest, so page
furniture is cleaned as it would be for an upload, and is compared as sets per text:
figures by (value, category), pairs by (actor, issue), deadlines by due date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from parley.extract import extract
from parley.ingest import make_article
from parley.ingest.document import RawDocument
from parley.model import Extraction
from parley.profile import Profile

KINDS = ("figures", "pairs", "deadlines")


@dataclass
class Score:
    """Counts for one kind of extraction, summed over texts."""

    true_positives: int = 0
    predicted: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    def add(self, name: str, predicted: set, expected: set) -> None:
        self.true_positives += len(predicted & expected)
        self.predicted += len(predicted)
        self.expected += len(expected)
        self.misses += [f"{name}: {item}" for item in sorted(map(str, expected - predicted))]
        self.extras += [f"{name}: {item}" for item in sorted(map(str, predicted - expected))]


def predicted_keys(extraction: Extraction) -> dict[str, set]:
    """What extraction found, in the form the truth is written."""
    return {
        "figures": {(_number(f.value), f.category) for f in extraction.figures},
        "pairs": {(s.actor, issue) for s in extraction.statements if s.actor for issue in s.issues},
        "deadlines": {d.due.isoformat() for d in extraction.deadlines if d.due},
    }


def expected_keys(truth: dict) -> dict[str, set]:
    return {
        "figures": {(_number(v), c) for v, c in truth.get("figures") or []},
        "pairs": {(a, i) for a, i in truth.get("pairs") or []},
        "deadlines": {str(d) for d in truth.get("deadlines") or []},
    }


def score_files(paths: Iterable[Path], profile: Profile | None = None) -> dict[str, Score]:
    """Scores over all labelled files, by kind."""
    scores = {kind: Score() for kind in KINDS}
    for path in sorted(paths):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        published = case.get("published")
        document = RawDocument(text=case["text"], format="txt", outlet=case.get("outlet"),
                               published=published if isinstance(published, date) else None)
        found = predicted_keys(extract(make_article(document, path.name), profile))
        for kind, expected in expected_keys(case["truth"]).items():
            scores[kind].add(path.stem, found[kind], expected)
    return scores


def agreement_sentences(labelled: Iterable[Path], plain: Iterable[Path] = ()) -> list[str]:
    """The sentences (four words or more) of labelled texts and plain text files: the test set on
    which an embedding backend must agree with torch."""
    texts = [yaml.safe_load(path.read_text(encoding="utf-8"))["text"] for path in sorted(labelled)]
    texts += [path.read_text(encoding="utf-8") for path in plain]
    pieces = (piece.strip() for text in texts for piece in re.split(r"(?<=[.!?])\s+|\n+", text))
    return [piece for piece in pieces if len(piece.split()) >= 4]


def report(scores: dict[str, Score]) -> str:
    """One line per kind: precision, recall and counts."""
    return "\n".join(
        f"{kind:<10} precision {s.precision:.2f}  recall {s.recall:.2f}  "
        f"({s.true_positives} right, {s.predicted} found, {s.expected} expected)"
        for kind, s in scores.items()
    )


def _number(value: float | None) -> float | None:
    return None if value is None else float(value)
