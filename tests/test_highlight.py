from datetime import date

from parley.extract import extract
from parley.highlight import highlights, number_span
from parley.model import Article

TEXT = ("Both delegations agreed to exchange at least 1,200 prisoners each. "
        "Trump set a 50-day deadline for Moscow to agree to a ceasefire. The weather was fine.")


def test_highlights_sit_on_their_spans():
    article = Article(id="x", fingerprint="x", title="t", text=TEXT, format="txt", published=date(2025, 7, 23))
    marks = highlights(TEXT, extract(article))
    pieces = [(m.kind, TEXT[m.start:m.end]) for m in marks]
    assert ("figure", "1,200") in pieces and ("figure", "50") in pieces
    assert ("statement", "Both delegations agreed to exchange at least 1,200 prisoners each.") in pieces
    assert any(kind == "deadline" and text.startswith("Trump set a 50-day deadline") for kind, text in pieces)
    assert not any("weather" in text for _, text in pieces)  # no side, no figure: not marked
    assert [m.start for m in marks] == sorted(m.start for m in marks)


def test_number_span_finds_the_lower_bound_of_a_range():
    text = "Russia offered a 24- to 48-hour truce."
    assert text[slice(*number_span(text, 0, len(text), 48, 24))] == "24"
    assert number_span(text, 0, len(text), 12) is None
