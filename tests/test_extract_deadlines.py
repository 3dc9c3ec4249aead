from datetime import date

import pytest

from parley.extract.deadlines import extract_deadlines
from parley.profile import load_profile

KNOWN = "U.S. deadline for Russia to agree a ceasefire"


def deadlines(sentence: str, published: date):
    return extract_deadlines(sentence, [(0, len(sentence))], published, load_profile())


@pytest.mark.parametrize("sentence, published, label, days, announced, due", [
    ("Trump set a 50-day deadline for Moscow to agree to a ceasefire.", date(2025, 7, 23),
     KNOWN, 50, date(2025, 7, 14), date(2025, 9, 2)),
    ("He cut the deadline to 10 or 12 days from today.", date(2025, 7, 28),
     KNOWN, 12, date(2025, 7, 28), date(2025, 8, 9)),
    ("Russia had ten days from today to make progress or face tariffs.", date(2025, 7, 29),
     KNOWN, 10, date(2025, 7, 29), date(2025, 8, 8)),
    ("Trump pushes for a resolution by early September.", date(2025, 7, 23),
     KNOWN, 50, date(2025, 7, 14), date(2025, 9, 2)),
    ("Kyiv wants a summit before the end of August.", date(2025, 7, 23),
     "before the end of August", None, None, date(2025, 8, 31)),
    ("Moscow was given a 30-day ultimatum.", date(2025, 5, 1),
     "30-day ultimatum", 30, None, None),
    ("They want an answer by 15 June or face new sanctions.", date(2025, 6, 3),
     "by 15 June", None, None, date(2025, 6, 15)),
    ("Kyiv asked for an answer by June 20.", date(2025, 6, 3),
     "by June 20", None, None, date(2025, 6, 20)),
])
def test_deadlines_resolved(sentence, published, label, days, announced, due):
    [found] = deadlines(sentence, published)
    assert (found.label, found.days, found.announced) == (label, days, announced)
    if due is not None:
        assert found.due == due


def test_a_length_without_a_deadline_is_not_one():
    assert deadlines("The delegations spent three days in Istanbul.", date(2025, 7, 23)) == []


def test_calendar_years_roll_over():
    [found] = deadlines("A deal is expected by early January.", date(2025, 12, 20))
    assert found.due == date(2026, 1, 10)


def test_issuer_target_and_measure():
    text = "The U.S.'s 50-day ultimatum for Russia to end the war, threatening secondary tariffs, expires soon."
    [found] = extract_deadlines(text, [(0, len(text))], date(2025, 7, 20), load_profile(),
                                mentions_in=lambda s, e: ["united_states"] if "U.S." in text[s:e]
                                else ["russia"] if "Russia" in text[s:e] else [])
    assert (found.issuer, found.target) == ("united_states", "russia")
    assert found.measure == "secondary tariffs"
