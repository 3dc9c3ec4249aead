import pytest

from parley.extract.lexicon import STANCE_VERBS, inflect


@pytest.mark.parametrize("verb, forms", [
    ("reject", ("reject", "rejects", "rejected", "rejecting")),
    ("propose", ("propose", "proposes", "proposed", "proposing")),
    ("deny", ("deny", "denies", "denied", "denying")),
    ("say", ("say", "says", "said", "saying")),
    ("rule out", ("rule out", "rules out", "ruled out", "ruling out")),
])
def test_inflect(verb, forms):
    assert inflect(verb) == forms


def test_no_verb_has_two_stances():
    seen: dict[str, str] = {}
    for stance, verbs in STANCE_VERBS.items():
        for verb in verbs:
            assert seen.setdefault(verb, stance) == stance, verb
