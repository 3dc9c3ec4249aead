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
