from datetime import date

from parley.filters import CorpusFilter


def test_round_trip_through_the_url():
    view = CorpusFilter(outlets=("TASS", "Reuters"), tiers=("independent",), since=date(2025, 7, 1))
    assert CorpusFilter.from_query(view.to_query()) == view
    assert CorpusFilter().to_query() == {}


def test_malformed_parameters_are_ignored():
    assert CorpusFilter.from_query({"since": "yesterday", "until": ["2025-13-01"], "outlet": ""}) == CorpusFilter()
