from datetime import date

import pytest

from parley.extract.rounds import round_of
from parley.profile import load_profile


@pytest.mark.parametrize("sentence, published, expected", [
    ("In the third round of talks the sides agreed.", date(2025, 7, 25), "istanbul-2025-07-23"),
    ("At the first meeting on 16 May both sides swapped lists.", date(2025, 7, 25), "istanbul-2025-05-16"),
    ("The talks on June 2 were short.", None, "istanbul-2025-06-02"),
    ("They agreed to exchange prisoners.", date(2025, 6, 3), "istanbul-2025-06-02"),
    ("They agreed to exchange prisoners.", date(2025, 6, 10), None),  # weeks later: another exchange
    ("Previous rounds produced exchanges.", date(2025, 7, 25), None),
    ("They agreed.", date(2025, 1, 1), None),
])
def test_round_of(sentence, published, expected):
    assert round_of(sentence, load_profile(), published) == expected


@pytest.mark.parametrize("sentence, before, expected", [
    # a paragraph opened on an earlier round is about it, not the round the article reports
    ("The sides agreed to swap prisoners.", "ROUND ONE, 16 May. Under two hours. ", "istanbul-2025-05-16"),
    ("The sides agreed to swap prisoners.", "Round two. About an hour. ", "istanbul-2025-06-02"),
    ("The sides agreed to swap prisoners.", "The second round: about an hour. ", "istanbul-2025-06-02"),
    # a round only mentioned before it in the paragraph is no heading
    ("The sides agreed to swap 1,200 prisoners.", "Unlike the first round, which lasted two hours, the talks ran late. ",
     "istanbul-2025-07-23"),
    ("The sides agreed to swap prisoners.", "It was the first meeting of the delegations since June. ",
     "istanbul-2025-07-23"),
    ("The previous round produced a swap.", "Round two. ", None),
    # the sentence's own round comes first
    ("At the third round they agreed to swap prisoners.", "Round one, 16 May. ", "istanbul-2025-07-23"),
    # no round named before it: the round the article reports
    ("The sides agreed to swap prisoners.", "It was hot in the city. ", "istanbul-2025-07-23"),
    ("They swapped a round 1,000 prisoners.", "", "istanbul-2025-07-23"),
    ("Brussels is preparing round two of sanctions.", "", "istanbul-2025-07-23"),
    ("Round two of the talks was short.", "", "istanbul-2025-06-02"),
])
def test_a_round_named_earlier_in_the_paragraph(sentence, before, expected):
    assert round_of(sentence, load_profile(), date(2025, 7, 24), before) == expected


@pytest.mark.parametrize("fragment, expected", [
    ("a thousand", "istanbul-2025-05-16"),
    ("1,200", "istanbul-2025-07-23"),
])
def test_a_figure_takes_the_round_named_before_it_in_its_sentence(fragment, expected):
    sentence = ("He came back from the first round with a thousand prisoners a side, and from the third with a "
                "promise of 1,200 more each.")
    assert round_of(sentence, load_profile(), date(2025, 12, 1), "", sentence.index(fragment)) == expected


def test_a_bare_ordinal_of_another_noun_names_no_round():
    sentence = "After the first round they met on the third day of the month with 1,200 prisoners."
    assert round_of(sentence, load_profile(), date(2025, 12, 1), "", sentence.index("1,200")) == "istanbul-2025-05-16"


@pytest.mark.parametrize("sentence, expected", [
    ("The third round of talks was the first to produce a swap of 1,200 prisoners.", "istanbul-2025-07-23"),
    ("The second round was the first in which the sides swapped 1,200 prisoners.", "istanbul-2025-06-02"),
    ("The third round ended with the first of two swaps, 1,200 prisoners a side.", "istanbul-2025-07-23"),
    ("In the second round, as in the first round, the sides agreed to swap 1,200 prisoners.", "istanbul-2025-06-02"),
])
def test_an_ordinal_of_something_else_or_a_round_compared_keeps_the_sentence_s_round(sentence, expected):
    assert round_of(sentence, load_profile(), date(2025, 12, 1), "", sentence.index("1,200")) == expected


def test_an_item_under_a_heading_naming_a_rounds_day_is_that_rounds():
    profile = load_profile()
    published = date(2025, 7, 24)  # a day after the third round
    assert round_of("The sides agreed to swap 1,000 each.", profile, published,
                    "MAY 16, THE PALACE\n\n* Talks lasted two hours.\n\n* ") == "istanbul-2025-05-16"
    # a heading naming another day: no round; no heading: the round the article reports
    assert round_of("The sides agreed to swap 1,000 each.", profile, published, "MAY 23, THE BORDER\n\n* ") is None
    assert round_of("The sides agreed to swap 1,200 each.", profile, published, "* ") == "istanbul-2025-07-23"
