"""Issues by meaning: the thresholding with a controlled embedder, and the real model on the
sentences the thresholds were set on (tests/fixtures/issue_sentences.yaml)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import yaml

from parley.embed import MODEL_NAME, HashingEmbedder
from parley.extract.issues import IssueMatcher
from parley.extract.topics import IssueModel, issue_model
from parley.profile import parse_profile

PROFILE = parse_profile(yaml.safe_dump({
    "name": "t", "actors": [{"id": "north", "label": "North"}], "joint": {"aliases": ["both"]},
    "issues": [{"id": "truce", "label": "Truce", "description": "guns silent", "examples": ["stop firing"]},
               {"id": "land", "label": "Land", "description": "borders", "examples": []}],
}))


class Placed:
    """An embedder that puts known texts where the test says (unit vectors in 3 dimensions)."""

    name = MODEL_NAME
    dimension = 3

    def __init__(self, places: dict[str, Sequence[float]]) -> None:
        self.places = places

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        rows = np.array([self.places[s] for s in sentences], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_the_model_files_an_issue_only_when_sure():
    embedder = Placed({"guns silent": (1, 0, 0), "stop firing": (1, 0, 0), "borders": (0, 1, 0),
                       "clear": (1, 0.1, 0),     # close to the truce, far from the land
                       "far": (0, 0, 1),         # close to nothing
                       "between": (1, 1, 0.2)})  # as close to both: no margin
    model = IssueModel(PROFILE, embedder)
    assert model.issues_for(["clear", "far", "between"]) == [("truce",), (), ()]


def test_no_model_for_an_embedder_the_thresholds_were_not_set_for():
    assert issue_model(PROFILE, HashingEmbedder()) is None
    assert issue_model(PROFILE, None) is None


def test_the_real_model_on_statements_without_key_phrases(real_model):
    from parley.profile import load_profile

    profile = load_profile()
    lexicon, model = IssueMatcher(profile), issue_model(profile, real_model)
    items = [i for i in yaml.safe_load(Path("tests/fixtures/issue_sentences.yaml").read_text())
             if not lexicon.issues_in(i["text"])]
    found = model.issues_for([i["text"] for i in items])
    filed = [(i["issue"], f[0]) for i, f in zip(items, found) if f]
    right = sum(want == got for want, got in filed)
    about_something = sum(1 for i in items if i["issue"])
    assert right / len(filed) >= 0.9, filed
    assert right / about_something >= 0.55
    # statements about nothing an analyst files get no issue
    assert not [got for want, got in filed if want is None]
