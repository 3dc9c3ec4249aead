"""Issues by meaning: a side's statement that names no issue is compared, with the packaged
sentence model, to each issue's description and example sentences from the profile.

The lexicon decides where it can; the model only fills in, and only when it is sure: the
best issue must be this similar (THRESHOLD) and this far ahead of the next (MARGIN).
Both were set on tests/fixtures/issue_sentences.yaml (sentences written for Parley, with no
key phrase in them) for all-MiniLM-L6-v2: there, 0.45/0.06 files 22 of 35 such statements,
all of them right, and none of the 20 that are about nothing an analyst files; 0.40 files
29 with one wrong. Another model has other similarities, so the model is used only with the
one the thresholds were set for.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from parley.embed import MODEL_NAME, Embedder
from parley.profile import Profile

THRESHOLD = 0.45
MARGIN = 0.06
TUNED_FOR = (MODEL_NAME, f"{MODEL_NAME}+int8")


class IssueModel:
    """The profile's issues as sets of unit vectors (description and examples)."""

    def __init__(self, profile: Profile, embedder: Embedder) -> None:
        self.embedder = embedder
        self.ids = [i.id for i in profile.issues if i.description or i.examples]
        texts = [[t for t in (i.description, *i.examples) if t] for i in profile.issues if i.id in self.ids]
        vectors = embedder.encode([t for group in texts for t in group])
        self.owner = np.repeat(np.arange(len(texts)), [len(group) for group in texts])
        self.vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    def issues_for(self, texts: Sequence[str]) -> list[tuple[str, ...]]:
        """For each text, the one issue the model is sure of, or none."""
        if not texts or not self.ids:
            return [() for _ in texts]
        queries = self.embedder.encode(list(texts))
        queries = queries / np.maximum(np.linalg.norm(queries, axis=1, keepdims=True), 1e-9)
        similarity = queries @ self.vectors.T
        best = np.full((len(texts), len(self.ids)), -1.0)
        for issue in range(len(self.ids)):
            best[:, issue] = similarity[:, self.owner == issue].max(axis=1)
        found: list[tuple[str, ...]] = []
        for row in best:
            order = np.argsort(row)[::-1]
            top, second = row[order[0]], row[order[1]] if len(order) > 1 else -1.0
            found.append((self.ids[order[0]],) if top >= THRESHOLD and top - second >= MARGIN else ())
        return found


_MODELS: dict[tuple[int, str], tuple[Profile, IssueModel]] = {}


def issue_model(profile: Profile, embedder: Embedder | None) -> IssueModel | None:
    """The profile's issue model for this embedder, built once; None for a model the
    thresholds were not set for (the hashing fake of the tests, for one)."""
    if embedder is None or embedder.name not in TUNED_FOR:
        return None
    key = (id(profile), embedder.name)
    cached = _MODELS.get(key)
    if cached is None or cached[0] is not profile:
        cached = (profile, IssueModel(profile, embedder))
        _MODELS[key] = cached
    return cached[1]
