import pytest

from parley.extract.issues import IssueMatcher
from parley.profile import load_profile


@pytest.fixture(scope="module")
def matcher() -> IssueMatcher:
    return IssueMatcher(load_profile())


@pytest.mark.parametrize("text, issues", [
    ("Ukraine pressed for an unconditional ceasefire and a summit.", ("ceasefire", "summit")),
    ("Russia offered short ceasefires along the front.", ("ceasefire",)),
    ("The talks will continue next week.", ("negotiations",)),              # weak phrase only
    ("The talks turned to the exchange of prisoners.", ("prisoners",)),      # weak phrase dropped
    ("A peace deal is not close, the talks showed.", ("negotiations",)),
    ("It remains to be seen.", ()),
    # a bargain is no swap; the people of a swap are named on their own
    ("Kyiv would drop its NATO bid in exchange for binding guarantees.", ("military_aid",)),
    ("Forty soldiers were returned in exchange for forty prisoners of war.", ("prisoners",)),
    ("Kyiv handed over 84 Russian soldiers in exchange for 84 of its own.", ("prisoners",)),
    ("Moscow freed the servicemen in exchange for Russian troops captured in Kursk.", ("prisoners",)),
    # consultations are talks
    ("The consultations lasted about twelve hours.", ("negotiations",)),
    # the fighting told to stop is a ceasefire; told when it would stop, it is not
    ("They said the fighting should stop immediately.", ("ceasefire",)),
    ("The fighting would stop when the troops leave.", ()),
    ("The fighting should only stop when the troops withdraw.", ()),
])
def test_issues(matcher, text, issues):
    assert matcher.issues_in(text) == issues


@pytest.mark.parametrize("text, issue", [
    # a phrase's words hyphenated or apart
    ("He discussed the air-defence deliveries with him.", "military_aid"),
    ("The working-group meetings resumed.", "working_groups"),
    # a leader asked over on a condition
    ("He said that if Zelensky is ready, he can come to Moscow.", "summit"),
    ('His answer was short: "If he wants, let him come to Kyiv."', "summit"),
    ("Let Putin come to Kyiv, the president said.", "summit"),
])
def test_hyphenated_phrases_and_invitations_of_a_leader(matcher, text, issue):
    assert issue in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "Peskov said that if Zelensky's negotiator is ready, he can come to Istanbul.",
    "Zelensky said he would come to Kharkiv to visit the troops.",
    "Lawmakers invited Zelensky to Congress to address both chambers.",
    "The NATO summit invited Zelensky to speak.",
    "Let him come to the front and see for himself.",
    "Let him come to Bucha and see for himself, Zelensky said of Trump.",
    '"Let him come to The Hague," Zelensky said of Putin.',
    "The envoy's meeting with Vladimir Putin lasted five hours.",
])
def test_an_envoy_asked_over_or_a_leader_travelling_is_no_summit(matcher, text):
    assert "summit" not in matcher.issues_in(text)


def test_issue_patterns_catch_word_orders_phrases_cannot(matcher):
    assert matcher.issues_in("Kyiv proposed that the two presidents should meet soon.") == ("summit",)
    assert matcher.issues_in("The leaders of the delegations meet again on Monday.") != ("summit",)


@pytest.mark.parametrize("text, issue", [
    ("The demand is a complete withdrawal of the other army from two provinces.", "territory"),
    ("Ankara said it could host another round of the direct talks.", "negotiations"),
    ("Qatar is ready to host the third meeting of the two delegations.", "negotiations"),
    ("Ankara said it was ready to host again.", "negotiations"),
    # with no other issue named, pressure is the pressure of sanctions
    ("He asked partners to keep up the pressure.", "sanctions"),
    # relief of sanctions told as trade, or as restrictions lifted on lenders
    ("Washington said it would help restore Russia's access to world markets for its grain.", "sanctions"),
    ("The deal takes effect only after restrictions are lifted on its state financial institutions.", "sanctions"),
])
def test_patterns_for_withdrawals_and_offers_to_host(matcher, text, issue):
    assert issue in matcher.issues_in(text)


@pytest.mark.parametrize("text, issue", [
    ("The freed men had been through hardship and psychological pressure.", "sanctions"),
    ("Washington stepped up pressure on Kyiv to accept the plan.", "sanctions"),
    ("Zelensky is under pressure to accept the deal.", "sanctions"),
    ("Military pressure on the city has grown.", "sanctions"),
    ("Ukraine needs access to world markets for its grain.", "sanctions"),
    # hosting others than the talks
    ("Poland offered to host Ukrainian refugees.", "negotiations"),
    ("Ankara is ready to host a meeting between Putin and Zelensky.", "negotiations"),
    # an envoy's or a third country's meeting or invitation
    ("Kushner and Witkoff held a meeting with the Russian leader.", "summit"),
    ("Xi invited the Russian president to visit Beijing.", "summit"),
    ("The Pope invited Zelensky to visit the Vatican.", "summit"),
])
def test_look_alikes_of_pressure_hosting_and_meetings(matcher, text, issue):
    assert issue not in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "The North wants a truce first, then a meeting of leaders.",
    "Talks between the two presidents are not on the calendar.",
    "Moscow wants the terms settled before Putin sits down with Zelensky.",
    "He is ready to sit down face to face.",
    "Aides said a Putin-Trump meeting could come within weeks.",
    "Nothing will move until Zelensky and Putin get together.",
    "Trump said: \"Nothing will happen until Putin and I get together.\"",
    "Putin told reporters that Zelensky could come to Moscow if he wished.",
    # a meeting with the other leader named by office; one leader inviting another
    "He said Kyiv was ready for a meeting with the Russian leader in any format.",
    "The Russian President had, on 3 September in Beijing, invited the President of Ukraine to Moscow.",
    "Putin renewed an invitation for Zelensky to come to Moscow.",
])
def test_leaders_meeting_in_other_words(matcher, text):
    assert "summit" in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "Putin-era aides and Zelensky met in Kyiv.",  # a leader's name in a compound is no leader
    "Witkoff said he and Putin met for five hours.",  # an envoy's meeting
    "Putin-Trump talks by phone lasted two hours.",  # a call
    "The prime minister left the G20 summit in Rome early.",  # an organisation's summit is a venue
    "He spoke in Astana, where he attended a summit of the Shanghai Cooperation Organisation.",
])
def test_not_a_leaders_meeting(matcher, text):
    assert "summit" not in matcher.issues_in(text)


@pytest.mark.parametrize("text", ["The two presidents could hold a summit in Budapest.",
                                  "Kyiv wants a summit of the two presidents before the end of August.",
                                  "Erdogan offered to host a summit of the Presidents of Russia and Ukraine.",
                                  "Trump said a US summit with Putin and Zelensky could come within weeks.",
                                  "KYIV SUMMIT ON PEACE PLAN POSTPONED"])
def test_a_summit_of_the_sides_is_still_one(matcher, text):
    assert "summit" in matcher.issues_in(text)


@pytest.mark.parametrize("text", ["The EU froze Russian assets over the war.",
                                  "Europe wants to use frozen Russian assets to fund the war effort."])
def test_frozen_assets_are_no_frozen_front(matcher, text):
    assert "territory" not in matcher.issues_in(text)


@pytest.mark.parametrize("text, issue", [
    ("Both parties intend to continue the transfers of remains.", "bodies"),
    ("The remains were handed over at the border.", "bodies"),
    ("The South must recognise the realities on the ground.", "territory"),
])
def test_remains_handed_over_and_realities_on_the_ground(matcher, text, issue):
    assert issue in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "The 14-point draft the mediator put to the South has been pared to nine points.",
    "They produced an updated peace framework.",
    "It was not his final offer.",
    "Both sides described the atmosphere as businesslike.",
])
def test_plans_drafts_and_how_the_talks_went(matcher, text):
    assert matcher.issues_in(text) == ("negotiations",)


def test_remains_as_a_verb_is_not_about_bodies(matcher):
    assert "bodies" not in matcher.issues_in("The North remains ready for talks.")


@pytest.mark.parametrize("text, summit", [
    ("The South wants a truce first, followed by a meeting between Volodymyr Zelensky and Vladimir Putin.", True),
    ("He proposed that Zelensky and Putin meet before the end of August.", True),
    ("Ankara would like to host Mr Putin, Mr Zelensky and Donald Trump together.", True),
    ("He is ready to negotiate directly with Russian President Vladimir Putin.", True),
    ("Putin and Zelensky traded accusations.", False),
    # a title's full stop ends no clause
    ("It proposed a meeting between H.E. Volodymyr Zelensky and H.E. Vladimir Putin.", True),
    ("Ankara would like to host Mr. Putin, Mr. Zelensky and Donald Trump together.", True),
    ("He proposed a meeting between U.S. President Donald Trump and Vladimir Putin.", True),
])
def test_two_leaders_named_with_a_meeting_in_either_order(matcher, text, summit):
    assert ("summit" in matcher.issues_in(text)) is summit


@pytest.mark.parametrize("text, issue", [
    ("He would never accept decisions taken behind Kyiv's back.", "negotiations"),
    ("A European peacekeeping contingent would need at least 200,000 troops.", "military_aid"),
])
def test_a_side_left_out_and_peacekeeping(matcher, text, issue):
    assert issue in matcher.issues_in(text)


@pytest.mark.parametrize("text", ["The unit went behind the lines at night.", "The envoy came back on Friday.",
                                  "They stood behind the back row during the speech."])
def test_behind_or_back_alone_is_no_side_left_out(matcher, text):
    assert "negotiations" not in matcher.issues_in(text)


def test_long_range_weapons_and_a_meeting_format(matcher):
    assert "military_aid" in matcher.issues_in("Sending Tomahawks would damage relations, he warned.")
    assert "summit" in matcher.issues_in("The South was ready for a meeting in a bilateral or a trilateral format.")


def test_sitting_down_with_negotiators_is_not_a_summit(matcher):
    assert "summit" not in matcher.issues_in("The envoys sat down with the technical teams on Monday.")
    assert "summit" not in matcher.issues_in("The envoy sat down with Putin for five hours.")
    assert "summit" not in matcher.issues_in("Ankara hosted Putin in 2024 and said Putin was welcome again.")


@pytest.mark.parametrize("text", [
    "Ankara is ready to host a meeting between the two presidents.",
    "Ankara repeated it would host the presidents at any time.",
    "Erdogan is ready to host a summit of the two presidents.",
    "His wish was to bring Vladimir Putin, Volodymyr Zelensky and Donald Trump together.",
])
def test_hosting_the_leaders_or_bringing_them_together_is_a_summit_not_the_talks(matcher, text):
    assert matcher.issues_in(text) == ("summit",)


@pytest.mark.parametrize("text, issue", [
    ("Moscow rejects any Western contingent on Ukrainian soil.", "military_aid"),
    ("Both sides accused each other of hitting power stations.", "energy"),
    ("Moscow wants its farm bank reconnected to SWIFT.", "sanctions"),
])
def test_foreign_troops_power_stations_and_swift(matcher, text, issue):
    assert issue in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "The draft proposes a cap of 600,000 on the South's armed forces.",
    "The South's army would be capped at 800,000.",
    "Limits on the size of the South's armed forces.",
])
def test_limits_on_an_army_are_filed_with_security(matcher, text):
    assert "military_aid" in matcher.issues_in(text)


@pytest.mark.parametrize("text, issue", [
    ("The two leaders finally met in person in the spring.", "summit"),
    ("Both armies stopped the fighting at dawn.", "ceasefire"),
    ("The army withdrew from the city by noon.", "territory"),
])
def test_a_phrase_led_by_a_verb_matches_its_other_forms(matcher, text, issue):
    assert issue in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "State television aired defence ministry footage of the strike.",  # "air defence" leads with a noun
    "The energy company pulled out of the consortium last year.",
    "Survivors walked away from the ruins with only their documents.",
])
def test_only_phrases_led_by_a_verb_of_the_talks_are_inflected(matcher, text):
    assert matcher.issues_in(text) == ()


def test_a_phrase_naming_someone_is_not_inflected(matcher):
    # "meet Putin" is a summit phrase; an envoy who met him is no summit
    assert "summit" not in matcher.issues_in("The envoy met Putin for five hours.")


@pytest.mark.parametrize("text, summit", [
    ("Putin said that if Zelensky wanted to meet, he could come to Moscow.", True),
    ("Zelensky suggested instead that Putin come to Kyiv.", True),
    ("Putin could come to an agreement with the envoy.", False),  # no place: no visit
])
def test_a_leader_who_wants_to_meet_or_is_asked_to_come(matcher, text, summit):
    assert ("summit" in matcher.issues_in(text)) is summit


@pytest.mark.parametrize("text, issue", [
    ("Half of the frozen central-bank assets would fund the rebuilding.", "sanctions"),
    ("The deal takes effect only after restrictions are lifted on the state bank.", "sanctions"),
    ("Europe must have a place at the table.", "negotiations"),
])
def test_assets_restrictions_and_a_place_at_the_table(matcher, text, issue):
    assert issue in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "Putin wants to meet the U.S. envoy in Moscow next week.",  # an envoy, not a leader
    "Zelensky would come to Brussels on Thursday to address EU leaders.",  # a visit, not a meeting asked for
    "The Vatican offered to host Vladimir Putin's negotiators, but Putin declined.",  # one leader named twice
])
def test_a_leader_named_near_a_meeting_is_not_always_a_summit(matcher, text):
    assert "summit" not in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "The central bank lifted currency restrictions on Monday.",
    "Authorities eased Covid restrictions in the capital.",
])
def test_restrictions_lifted_at_home_are_no_sanctions(matcher, text):
    assert "sanctions" not in matcher.issues_in(text)


@pytest.mark.parametrize("text, issue", [
    ("Ankara is working to have the grain deal extended before it expires.", "maritime"),
    ("He said the country deserved membership of NATO.", "military_aid"),
])
def test_grain_deal_and_membership_of_nato(matcher, text, issue):
    assert issue in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "He has floated freezing the war where it stands.",
    "Talks would start from the line of contact.",
    # the threat made if terms are refused: more of the land taken
    "If the answer is no, its troops would take more ground.",
    "He warned that the army would keep advancing.",
    "He told both armies to stop where they are and go home.",
])
def test_a_frozen_front_or_an_advance_is_about_territory(matcher, text):
    assert "territory" in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "The envoys kept advancing the talks on a truce.",
    "Russian troops captured more villages overnight.",  # a battle report, no threat
])
def test_advancing_talks_and_battle_reports_are_no_territory(matcher, text):
    assert "territory" not in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "The energy pause he accepted runs for 30 days.",
    "Moscow had kept hitting power and civilian sites throughout the month.",
    "The draft splits the output of the occupied nuclear plant between the two sides.",
])
def test_an_energy_truce_and_power_sites_by_other_names(matcher, text):
    assert "energy" in matcher.issues_in(text)


@pytest.mark.parametrize("text, issue, found", [
    ("The North proposed creating three groups, political, humanitarian and military, working online.",
     "working_groups", True),
    ("The delegations agreed to form two technical groups.", "working_groups", True),
    ("Rebel groups formed in the hills.", "working_groups", False),
    ("The minister called for stronger pressure on the Kremlin.", "sanctions", True),
    ("Kyiv would accept technical groups on the details, the envoy said.", "working_groups", True),
    # a leader by his full name or title, met or to be met; an envoy who met him held no summit
    ("Putin said he might meet Volodymyr Zelensky once a treaty was ready.", "summit", True),
    ("Trump said he would meet President Putin within two weeks.", "summit", True),
    ("Witkoff met Vladimir Putin in Moscow for five hours.", "summit", False),
    ("Trump told his envoy Steve Witkoff to meet Vladimir Putin in Moscow.", "summit", False),
    ("The envoy said Trump would meet Putin in Budapest.", "summit", True),
    ("Witkoff is due to meet Vladimir Putin in Moscow on Thursday.", "summit", False),
    ("Ukrainian negotiators are to meet with Zelensky on Friday.", "summit", False),
    ("U.S. forces in Europe are on alert.", "military_aid", False),
    ("Russian troops made a breakthrough near Pokrovsk.", "negotiations", False),
    ("Drones struck their positions near Kupiansk.", "negotiations", False),
    ("Syrskyi said Russian troops had achieved a breakthrough north of Pokrovsk.", "negotiations", False),
    ("Zelensky will meet Trump's envoy Steve Witkoff in Berlin on Sunday.", "summit", False),
    ("Turkish warships would escort grain carriers through the sea lanes.", "maritime", True),
    ("Washington will offer a backstop, though no American ground troops, officials said.", "military_aid", True),
    ("Russian ground troops advanced near the town.", "military_aid", False),
    ("No breakthrough was expected, the spokesman said.", "negotiations", True),
])
def test_issues_by_other_words_and_their_look_alikes(matcher, text, issue, found):
    assert (issue in matcher.issues_in(text)) is found


@pytest.mark.parametrize("text", ["The ministers held an exchange of views on the plan.",
                                  "Both armies reported an exchange of fire near the river.",
                                  "The rouble's exchange rate fell."])
def test_an_exchange_of_views_fire_or_currency_is_no_prisoner_exchange(matcher, text):
    assert "prisoners" not in matcher.issues_in(text)


def test_a_prisoner_exchange_is_still_one(matcher):
    assert "prisoners" in matcher.issues_in("The next exchange is planned for Friday.")


@pytest.mark.parametrize("text, issue", [
    ("He urged both armies to stop where they are.", "ceasefire"),
    ("Trump said he would meet the Russian leader as soon as it could be set up.", "summit"),
])
def test_armies_told_to_stay_where_they_stand_and_a_leader_named_by_office(matcher, text, issue):
    assert issue in matcher.issues_in(text)


@pytest.mark.parametrize("text", [
    "Witkoff is due to meet the Russian leader on Thursday.",  # an envoy's meeting
    "Trump said his envoy would meet the Russian president in Moscow on Wednesday.",
    "Zelensky said Witkoff's meeting with the Russian president had produced nothing.",
    "Trump said he would meet the Russian leader's aides.",
    "The sanctions freeze the war chest of the Kremlin.",
    "Prices froze in the war's first winter.",
    "The fighting in the east intensified.",
    "He hoped the war could end without America needing to send them.",  # a wish, no truce
])
def test_not_a_truce_nor_a_summit(matcher, text):
    assert not {"ceasefire", "summit"} & set(matcher.issues_in(text))
