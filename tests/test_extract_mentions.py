import pytest

from parley.extract.mentions import MentionFinder
from parley.profile import load_profile


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(load_profile())


def found(finder, text):
    return [(text[m.start:m.end], m.actor, m.person) for m in finder.find(text)]


@pytest.mark.parametrize("text, expected", [
    ("the Kremlin spokesman told reporters", [("the Kremlin spokesman", "russia", "Dmitry Peskov")]),
    ("Ukraine's president spoke", [("Ukraine's president", "ukraine", "Volodymyr Zelensky")]),
    ("President of Ukraine Zelenskiy", [("President of Ukraine", "ukraine", "Volodymyr Zelensky"),
                                        ("Zelenskiy", "ukraine", "Volodymyr Zelensky")]),
    ("Russian Deputy Foreign Minister Galuzin", [("Russian Deputy Foreign Minister", "russia", None),
                                                 ("Galuzin", "russia", "Mikhail Galuzin")]),
    ("both sides and Türkiye", [("both sides", "joint", None), ("Türkiye", "turkey", None)]),
])
def test_sides_people_and_roles(finder, text, expected):
    assert found(finder, text) == expected


def test_case_sensitive_aliases_do_not_match_ordinary_words(finder):
    assert found(finder, "US officials told us") == [("US", "united_states", None)]


@pytest.mark.parametrize("text", ["Russian state media reported", "Ukrainians and Russians",
                                  "Kievan history", "the Moscowitz family"])
def test_an_alias_only_matches_whole_words(finder, text):
    spans = [t for t, _, _ in found(finder, text)]
    assert all(t in ("Russians", "Ukrainians") for t in spans)


def test_a_name_in_capitals_with_a_dotted_capital_i_is_found_not_a_crash(finder):
    # The pattern matches "İ" to "i" (simple case mapping); full case folding makes it "i̇".
    assert found(finder, "REPUBLIC OF TÜRKİYE, MINISTRY OF FOREIGN AFFAIRS") == [("TÜRKİYE", "turkey", None)]
    assert found(finder, "TÜRKİYE'S FOREIGN MINISTER spoke") == [("TÜRKİYE'S FOREIGN MINISTER", "turkey", "Hakan Fidan")]


def test_a_bare_role_is_the_person_last_named_in_it(finder):
    text = "Zelensky spoke first. Then Putin arrived, and later the president said he would stay."
    assert found(finder, text)[-1] == ("the president", "russia", "Vladimir Putin")
    text = "Medinsky led the talks. The chief negotiator said little."
    assert found(finder, text)[-1] == ("The chief negotiator", "russia", "Vladimir Medinsky")


@pytest.mark.parametrize("text", [
    "the president spoke before anyone was named",  # nobody to refer to
    "Putin spoke. The president of France answered.",  # another country's president
    "Putin spoke. The president, Emmanuel Macron, answered.",  # named on the spot
])
def test_a_bare_role_that_says_who_or_has_nobody_to_refer_to(finder, text):
    assert all(m[0].lower() != "the president" for m in found(finder, text))
