import pytest

from parley.extract.numbers import find_numbers, word_value


@pytest.mark.parametrize("text, values", [
    ("exchange 1,200 prisoners", [1200]),
    ("a thousand people", [1000]),
    ("twelve hundred", [1200]),
    ("one thousand two hundred and fifty", [1250]),
    ("twenty-five", [25]),
    ("1.5 million", [1_500_000]),
    ("a dozen", [12]),
    ("two to three days", [2, 3]),
    ("24- to 48-hour", [24, 48]),
    ("at 6:07 pm", [6]),       # the minutes of a time are not a number of their own
    ("someone said", []),
])
def test_numbers_in_digits_and_words(text, values):
    assert [n.value for n in find_numbers(text)] == values


def test_words_that_are_not_a_number():
    assert word_value("a") is None
    assert word_value("hundred and") == 100
