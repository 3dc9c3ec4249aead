"""Attribution on real sentences, through the real parser (loaded once for the session)."""

from datetime import date

import pytest

from parley.extract import extract
from parley.model import Article


def statements(text: str):
    article = Article(id="x", fingerprint="x", title="t", text=text, format="txt", published=date(2025, 7, 23))
    return extract(article).statements


def voice(text: str):
    [s] = statements(text)
    return s.actor, s.speaker, s.stance, s.reported


@pytest.mark.parametrize("sentence, expected", [
    # the subject's position, not a side merely mentioned
    ("Russia rejected the proposal for a summit.", ("russia", None, "rejects", False)),
    # a position reported through the other side
    ("Kyiv had agreed to consider the idea, Medinsky said.", ("ukraine", "Vladimir Medinsky", "agrees", True)),
    # a quote with the attribution after it, by role only
    ("“There is no basis to expect miracles,” the Kremlin spokesman told reporters.",
     ("russia", "Dmitry Peskov", "states", True)),
    # the speaker's demand about the other side stays the speaker's
    ("Russia must return every single child, Zelensky said.", ("ukraine", "Volodymyr Zelensky", "states", True)),
    # passive voice: the agent holds the position
    ("The proposal for an unconditional ceasefire was rejected by Moscow.", ("russia", None, "rejects", False)),
    # joint agreements
    ("Both sides agreed to exchange 1,200 prisoners.", ("joint", None, "agrees", False)),
    ("Russia and Ukraine agreed to swap the bodies of fallen soldiers.", ("joint", None, "agrees", False)),
    ("An agreement was reached on a new prisoner exchange.", ("joint", None, "agrees", False)),
    # stance carried by the object of a light verb
    ("Ukraine pressed its demand for an immediate ceasefire.", ("ukraine", None, "demands", False)),
    # a negated agreement is a rejection
    ("Kyiv will not accept any deal that freezes the front line.", ("ukraine", None, "rejects", False)),
    # narrative with no side
    ("Efforts also continued around returning abducted children.", (None, None, None, False)),
    # someone named only by role
    ("The head of the Russian delegation, Vladimir Medinsky, proposed three working groups.",
     ("russia", "Vladimir Medinsky", "proposes", False)),
])
def test_attribution(sentence, expected):
    assert voice(sentence) == expected


def test_speaker_carries_over_to_the_next_sentence():
    found = statements("Zelensky said Ukraine was ready for a summit. He added that Kyiv would never "
                       "recognise the occupied territories.")
    assert [(s.actor, s.speaker) for s in found] == [("ukraine", "Volodymyr Zelensky")] * 2
    assert found[1].issues == ("territory",)


def test_clauses_with_different_sides_are_separate_statements():
    text = "Ukraine insisted on a full ceasefire, while Russia proposed only a pause of two to three days."
    found = statements(text)
    assert [(s.actor, s.stance, s.issues) for s in found] == [
        ("ukraine", "demands", ("ceasefire",)), ("russia", "proposes", ("ceasefire",))]
    for s in found:
        assert text[s.start:s.end] == s.text


def test_an_infinitive_is_not_a_position_of_its_own():
    found = statements("Trump set a 50-day deadline for the Russian President to agree to a ceasefire.")
    assert [s.actor for s in found] == ["united_states"]
