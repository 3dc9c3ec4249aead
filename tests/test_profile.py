import re
from datetime import date

import pytest
import yaml

from parley.profile import ProfileError, load_profile, parse_profile, profile_path

MINIMAL = {
    "name": "test", "roles": {"president": ["president"]},
    "actors": [{"id": "north", "label": "North", "aliases": ["the North"],
                "people": [{"name": "Ann Lee", "role": "president"}]}],
    "joint": {"aliases": ["both sides"]},
    "issues": [{"id": "truce", "label": "Truce", "phrases": ["truce"]}],
}


def test_the_default_profile():
    profile = load_profile()
    assert [a.id for a in profile.actors] == ["russia", "ukraine", "united_states", "turkey"]
    assert {i.id for i in profile.issues} == {"ceasefire", "summit", "territory", "military_aid",
                                             "prisoners", "bodies", "children", "energy", "maritime",
                                             "sanctions", "working_groups", "negotiations"}
    # every issue can be recognised by the sentence model as well as by its phrases
    assert all(i.description and i.examples for i in profile.issues)
    assert profile.latest_known_date == date(2025, 7, 29)
    [deadline] = profile.deadlines
    # "10 or 12 days" runs out at its shorter end
    assert [r.due for r in deadline.revisions] == [date(2025, 9, 2), date(2025, 8, 7), date(2025, 8, 8)]
    assert [(r.low, r.days, r.high) for r in deadline.revisions][1] == (10, 10, 12)
    assert deadline.due == date(2025, 8, 8)  # always from the latest revision
    assert profile.outlet_for(None, "https://www.reuters.com/world/x").tier == "independent"
    assert profile.outlet_for("TASS", None).tier == "party-official"


def test_another_negotiation_is_just_another_file():
    profile = parse_profile(yaml.safe_dump(MINIMAL))
    assert profile.actors[0].people[0].actor == "north"
    assert profile.joint.id == "joint"


def _broken(**changes) -> str:
    data = yaml.safe_load(yaml.safe_dump(MINIMAL))
    for path, value in changes.items():
        target = data
        *parents, last = path.split(".")
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[last] = value
    return yaml.safe_dump(data)


@pytest.mark.parametrize("text, message", [
    ("actors: [", "not valid YAML"),
    ("- just\n- a list", "expected a mapping"),
    (_broken(actors=[]), "actors: expected a non-empty list"),
    (_broken(**{"actors.0.label": None}), "actors[0]: missing 'label'"),
    (_broken(**{"actors.0.people.0.role": "emperor"}), "role 'emperor'"),
    (_broken(outlets=[{"name": "X", "tier": "friendly"}]), "tier must be one of"),
    (_broken(deadlines=[{"id": "d", "label": "D", "issuer": "south", "revisions": []}]), "not an actor id"),
    (_broken(rounds=[{"id": "r", "label": "R", "date": "soon"}]), "must be a date"),
    (_broken(issues=[{"id": "a", "label": "A"}, {"id": "a", "label": "B"}]), "ids used twice"),
    (_broken(issues=[{"id": "a", "label": "A", "figure_categories": ["ships"]}]), "figure category 'ships'"),
    (_broken(issues=[{"id": "a", "label": "A", "patterns": ["meet(ing"]}]), "'meet(ing' is not a regular expression"),
    (_broken(issues=[{"id": "a", "label": "A", "not_patterns": ["G(7"]}]), "not_patterns: 'G(7' is not a regular"),
    # a range runs out at its shorter end: its days are its low end, and it has both ends
    (_broken(deadlines=[{"id": "d", "label": "D", "issuer": "north", "revisions": [
        {"announced": date(2031, 3, 1), "days": 12, "low": 10, "high": 12, "source": "s"}]}]), "days must be its low end"),
    (_broken(deadlines=[{"id": "d", "label": "D", "issuer": "north", "revisions": [
        {"announced": date(2031, 3, 1), "low": 10, "source": "s"}]}]), "a range needs both ends"),
])
def test_malformed_profiles_say_where(text, message):
    with pytest.raises(ProfileError, match=re.escape(message)):
        parse_profile(text, source="bad.yaml")


def test_missing_profile_lists_the_available_ones():
    with pytest.raises(ProfileError, match="available: russia-ukraine"):
        load_profile("atlantis")
    assert profile_path("russia-ukraine").exists()


EVENT = {"id": "first-deal", "label": "Exchange agreed at the first round", "date": "2031-03-10",
         "kind": "agreement", "category": "prisoners", "per_side": 1000, "source": "Communiqué of 10 March"}


def test_known_events_are_read_with_their_source():
    profile = parse_profile(yaml.safe_dump({**MINIMAL, "events": [
        EVENT, {**EVENT, "id": "first-stage", "kind": "stage", "date": "2031-03-20", "per_side": 390,
                "parent": "first-deal", "source": "Ministry list"}]}))
    deal, stage = profile.events
    assert (deal.date, deal.size, deal.qualifier, deal.source) == (date(2031, 3, 10), 1000, "exact",
                                                                   "Communiqué of 10 March")
    assert stage.parent == "first-deal"


def test_the_default_profile_may_hold_no_known_events():
    assert parse_profile(yaml.safe_dump(MINIMAL)).events == ()


@pytest.mark.parametrize("change, message", [
    ({"kind": "rumour"}, "kind must be one of"),
    ({"category": "tanks"}, "category must be one of"),
    ({"total": 2000}, "per side or in total, not both"),
    ({"per_side": -5}, "positive number"),
    ({"source": ""}, "missing 'source'"),
    ({"date": "spring"}, "must be a date"),
    ({"parent": "nowhere"}, "which is not an event"),
])
def test_malformed_known_events_say_where(change, message):
    text = yaml.safe_dump({**MINIMAL, "events": [{**EVENT, **change}]})
    with pytest.raises(ProfileError, match=re.escape(message)):
        parse_profile(text, source="bad.yaml")


def test_leader_in_a_pattern_stands_for_every_side_s_president():
    data = yaml.safe_load(yaml.safe_dump(MINIMAL))
    data["actors"].append({"id": "south", "label": "South", "aliases": ["the South"],
                           "people": [{"name": "Ivo Marn", "aliases": ["Marn"], "role": "president"},
                                      {"name": "Una Voss"}]})
    data["issues"][0]["patterns"] = ["{leader} and {leader} met"]
    [pattern] = parse_profile(yaml.safe_dump(data)).issues[0].patterns
    assert re.search(pattern, "President Ann Lee and Marn met")
    assert re.search(pattern, "Ivo Marn and Ann Lee met")
    assert not re.search(pattern, "Una Voss and Ann Lee met")  # not a president


def test_leader_in_a_profile_without_leaders_matches_nothing():
    data = yaml.safe_load(yaml.safe_dump(MINIMAL))
    data["actors"][0]["people"] = []
    data["issues"][0]["patterns"] = ["{leader} met"]
    [pattern] = parse_profile(yaml.safe_dump(data)).issues[0].patterns
    assert not re.search(pattern, "x met") and not re.search(pattern, " met")


def test_a_known_deadline_s_issue_must_be_one_of_the_profile_s():
    data = yaml.safe_load(profile_path("russia-ukraine").read_text())
    assert load_profile().deadlines[0].issue == "sanctions"
    data["deadlines"][0]["issue"] = "weather"
    with pytest.raises(ProfileError, match="has issue 'weather', which is not under issues"):
        parse_profile(yaml.safe_dump(data), source="bad.yaml")
