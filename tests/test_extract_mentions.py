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
    assert found(finder, "US officials told us") == [("US officials", "united_states", None)]
    assert found(finder, "they gave us officials' names") == []


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


@pytest.mark.parametrize("text, person, side", [
    ("The head of the Russian delegation, Grigory Arkhipov, spoke first. Later Arkhipov left.",
     "Grigory Arkhipov", "russia"),
    ("Ukrainian negotiator Olena Hrytsenko spoke. Hrytsenko left.", "Olena Hrytsenko", "ukraine"),
    ("Ambassador Nathan Pell, the State Department's deputy envoy for Ukraine, spoke. Pell left.",
     "Nathan Pell", "united_states"),
])
def test_a_person_introduced_with_a_post_names_that_side_from_there_on(finder, text, person, side):
    people = [m for m in found(finder, text) if m[2] == person]
    assert [m[1] for m in people] == [side, side]  # the full name, then the surname alone


def test_a_name_after_a_country_is_not_its_official(finder):
    text = "Sanctions on Russia, Donald Tusk said. Tusk added that more would come."
    assert found(finder, text) == [("Russia", "russia", None)]


@pytest.mark.parametrize("text, side", [
    ("a Ukrainian official said", "ukraine"),
    ("Russian diplomats said", "russia"),
    ("the aggressor state refuses", "russia"),
    ("the Kiev regime refuses", "ukraine"),
    ("the U.S. Treasury extended it", "united_states"),
])
def test_officials_and_what_each_side_calls_the_other(finder, text, side):
    assert [m[1] for m in found(finder, text)] == [side]


def test_an_age_epithet_is_the_person_last_named(finder):
    text = 'Umerov proposed a summit. "We are ready for such a meeting," the 43-year-old told reporters.'
    assert found(finder, text)[-1] == ("the 43-year-old", "ukraine", "Rustem Umerov")
    text = "Umerov spoke. The 24-year-old marine said nothing."  # someone new, not Umerov
    assert all(m[0] != "The 24-year-old" for m in found(finder, text))


def test_a_bare_body_is_the_one_last_named_with_that_noun(finder):
    text = "The Russian Defence Ministry gave a breakdown. They were handed over on Friday, the ministry said."
    assert found(finder, text)[-1] == ("the ministry", "russia", None)
    assert all(m[0] != "the ministry" for m in found(finder, "Talks began. The ministry of France said no."))


@pytest.mark.parametrize("text, name", [
    ("Talks moved to Saudi Arabia, where the Russian delegation arrived on Sunday.", "Saudi Arabia"),
    ("The Russian delegation, New York Times reported, left early.", "New York Times"),
])
def test_a_place_or_an_outlet_beside_a_post_is_no_person(finder, text, name):
    assert all(m[2] != name for m in found(finder, text))


def test_an_unnamed_source_is_the_side_it_was_introduced_with(finder):
    text = "A source close to the Russian delegation spoke. Later the source added a detail."
    assert found(finder, text)[-1] == ("the source", "russia", None)
    text = "A senior Ukrainian official was there. The official declined to comment."
    assert found(finder, text)[-1] == ("The official", "ukraine", None)


@pytest.mark.parametrize("text", [
    "The source said nothing more.",  # nobody introduced
    "A source close to the Russian delegation spoke. The source of the leak is unknown.",  # says which
    "A source spoke. The Russian delegation left. The source said more.",  # side not in the introduction
])
def test_an_unnamed_person_with_no_side_to_refer_to(finder, text):
    assert all(not m[0].lower().startswith("the source") for m in found(finder, text))


@pytest.mark.parametrize("text", [
    # the side the source spoke of, or spoke to, is not the source's
    "A source close to the talks said Russia had rejected the plan. The source added more.",
    "A Western official who has spoken to Zelensky said the plan was dead. The official said more.",
])
def test_an_unnamed_person_is_not_the_side_they_speak_of(finder, text):
    assert all(not m[0].lower().startswith("the ") for m in found(finder, text))


@pytest.mark.parametrize("text, expected", [
    # a role's head noun, with words before it, is the person last named who holds such a role
    ("Sergei Lavrov spoke in Ankara. Later the minister left.", ("the minister", "russia", "Sergei Lavrov")),
    ("Dmitry Peskov was asked. The presidential press secretary recalled the terms.",
     ("The presidential press secretary", "russia", "Dmitry Peskov")),
    ("Marco Rubio flew in. The secretary said little.", ("The secretary", "united_states", "Marco Rubio")),
])
def test_a_role_s_head_noun_is_the_person_last_named_in_such_a_role(finder, text, expected):
    assert expected in found(finder, text)


@pytest.mark.parametrize("text", [
    "Sergei Lavrov spoke. The minister of France replied.",  # "of" says who is meant
    "The minister spoke first.",  # nobody named before
    "Sergei Lavrov spoke. The Ukrainian minister replied.",  # a side word: not Lavrov
])
def test_a_role_s_head_noun_that_says_who_or_has_nobody_to_refer_to(finder, text):
    assert not [f for f in found(finder, text) if f[0].lower().endswith("minister") and f[2] == "Sergei Lavrov"]


def test_an_alias_inside_one_with_the_is_the_longer_alias(finder):
    # "the U.S." is an alias too; the longer one starting at its second word wins
    assert found(finder, "The U.S. Treasury sanctioned two banks.") == [("U.S. Treasury", "united_states", None)]


@pytest.mark.parametrize("text, expected", [
    # a side's post the profile does not list, and the person it introduces
    ("Ukrainian Infrastructure Minister Ivo Marn said", [("Ukrainian Infrastructure Minister", "ukraine", None),
                                                        ("Ivo Marn", "ukraine", "Ivo Marn")]),
    ("the Russian Deputy Energy Minister said", [("the Russian Deputy Energy Minister", "russia", None)]),
    # a post only where title words stand between the side and the post's noun
    ("Russian forces hit the minister's convoy", []),
])
def test_a_side_s_post_the_profile_does_not_list(finder, text, expected):
    assert found(finder, text) == expected


def test_the_treasury_is_the_u_s_side(finder):
    assert found(finder, "On Wednesday the Treasury blacklisted two firms") == [("the Treasury", "united_states", None)]


def test_the_person_named_beside_a_post_holds_it_in_this_report(finder):
    # the profile lists another defence minister; the report names who held the post then
    assert found(finder, "Ukraine's defence minister, Rustem Umerov, confirmed it.") == [
        ("Ukraine's defence minister", "ukraine", "Rustem Umerov"), ("Rustem Umerov", "ukraine", "Rustem Umerov")]
    # no name beside it: the profile's holder
    assert found(finder, "Ukraine's defence minister confirmed it.") == [
        ("Ukraine's defence minister", "ukraine", "Denys Shmyhal")]
    # the post named again later is still that person
    assert found(finder, "Ukraine's defence minister, Rustem Umerov, spoke. The defence minister later left.")[-1] == (
        "The defence minister", "ukraine", "Rustem Umerov")
    # no apposition: a phrase put before the sentence's subject
    assert found(finder, "After talks with the Russian foreign minister, Yuri Ushakov said it was ready.")[0] == (
        "the Russian foreign minister", "russia", "Sergei Lavrov")
