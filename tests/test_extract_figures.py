import pytest

from parley.extract.figures import count_sentences, sentence_figures

KEYS = ("value", "low", "high", "qualifier", "category", "per_side", "status", "scope")


def only(sentence: str) -> dict:
    [figure] = sentence_figures(sentence)
    return {k: figure[k] for k in KEYS}


@pytest.mark.parametrize("sentence, expected", [
    ("Both delegations confirmed an agreement to exchange at least 1,200 prisoners each.",
     (1200, None, None, "at_least", "prisoners", True, "agreed", "new")),
    ("Russia offered to return up to 3,000 bodies of fallen soldiers.",
     (3000, None, None, "at_most", "bodies", False, "proposed", "new")),
    ("Russia proposed a 24- to 48-hour ceasefire to collect the wounded.",
     (48, 24, 48, "range", "duration", False, "proposed", "new")),
    ("Kyiv said 1,000 for 1,000 was the formula.",
     (1000, None, None, "exact", "prisoners", True, "reported", "new")),
    ("Ukraine has brought home 5,857 people from captivity since the start of the war.",
     (5857, None, None, "exact", "prisoners", False, "completed", "cumulative")),
    ("The talks lasted less than 40 minutes.",
     (40, None, None, "less_than", "duration", False, "reported", "new")),
    ("Trump set a 50-day deadline for Moscow to agree to a ceasefire.",
     (50, None, None, "exact", "deadline_days", False, "reported", "new")),
    ("No fewer than twelve hundred detainees were freed on Friday.",
     (1200, None, None, "at_least", "prisoners", False, "completed", "new")),
    ("Tariffs of about 100% would hit buyers of Russian oil.",
     (100, None, None, "about", "percent", False, "reported", "new")),
    ("They agreed on 1,000 prisoners from each side, marking the largest exchange since the war began.",
     (1000, None, None, "exact", "prisoners", True, "agreed", "new")),
    ("The ombudsman said 339 children were still missing.",
     (339, None, None, "exact", "children", False, "reported", "new")),
])
def test_figures(sentence, expected):
    assert only(sentence) == dict(zip(KEYS, expected))


@pytest.mark.parametrize("sentence", [
    "The talks were held on 23 July 2025 in Istanbul.",
    "On July 14, Trump spoke at 1:30 p.m. local time.",
    "The third round opened in 2025, the 2nd such meeting this year.",
    "The two sides and both countries agreed.",
    "Round 3 starts now; see page 4.",
    "He is 100 percent sure the war will end.",
    "Officials from 2022 onwards have said so.",
    # numbers of the war and of trade, not of the talks
    "Overnight 120 drones were launched, of which 95 were downed.",
    "The strikes cut 900 megawatts and left 15,000 households in the dark.",
    "The ships made 400 voyages.",
    "Last updated 16 May, 21:40 · 96 updates · Times are local",
    "It was the second such transfer in just over a month.",
    "Less than a day after the signing, missiles hit the port.",
    "Their army reported 133 enemy assaults along the front.",
    "Two memoranda, two wars: a 7-minute read on three things to watch.",
    "He lost around twenty kilograms in captivity.",
])
def test_not_figures(sentence):
    assert sentence_figures(sentence) == []


def test_unit_carries_over_to_a_bare_second_number():
    found = sentence_figures("A thousand prisoners were exchanged, twelve hundred more are due.")
    assert [(f["value"], f["category"]) for f in found] == [(1000, "prisoners"), (1200, "prisoners")]


def test_any_counted_noun_is_a_figure_of_category_other():
    [figure] = sentence_figures("The round brought twelve hundred journalists to the city.")
    assert (figure["value"], figure["category"], figure["unit"]) == (1200, "other", "journalists")


def figures_of(text: str) -> list[tuple]:
    from parley.extract.figures import extract_figures
    spans, start = [], 0
    for sentence in text.split(". "):
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 2
    return [(f.value, f.category, f.per_side) for f in extract_figures(text, spans)]


@pytest.mark.parametrize("text, expected", [
    # a number whose unit the sentence leaves out counts what the sentence or the last ones named
    ("Kyiv received 757 bodies on Friday. Moscow said 762 had been handed over",
     [(757, "bodies", False), (762, "bodies", False)]),
    ("The swap covered 190 captives, 95 from each side",
     [(190, "prisoners", False), (95, "prisoners", True)]),
    ("The total number of detainees released through the channel has reached 2,340",
     [(2340, "prisoners", False)]),
    ("The sides swapped prisoners on Friday. Kyiv put the day's total at 130 - 110 soldiers and 20 civilians",
     [(130, "prisoners", False), (110, "prisoners", False), (20, "civilians", False)]),
    ("Thirty children were brought home in May. Of those, eleven had been deported and nine taken to Belarus",
     [(30, "children", False), (11, "children", False), (9, "children", False)]),
    ("The deal was described as 800 for 800", [(800, "prisoners", True)]),
    # an even swap is of prisoners even after a sentence on bodies; an even count of bodies stays bodies
    ("The North returned 900 bodies. The first round yielded the 400-for-400 exchange",
     [(900, "bodies", False), (400, "prisoners", True)]),
    ("The North returned 900 bodies. The South describes what was agreed as 900 for 900",
     [(900, "bodies", False), (900, "bodies", True)]),
    # the swap named with the even count makes it prisoners; "an exchange" elsewhere in the sentence does not
    ("The North returned 900 bodies. The first round agreed an exchange of 400 for 400",
     [(900, "bodies", False), (400, "prisoners", True)]),
    ("The North returned 900 bodies. In May the sides carried out the largest exchange of the war, 400 for 400",
     [(900, "bodies", False), (400, "prisoners", True)]),
    ("The North returned 900 bodies. Then came the exchange of the fallen, 400 for 400",
     [(900, "bodies", False), (400, "bodies", True)]),
    ("The North returned 900 bodies. Then came the Valletta body swap, 400 for 400",
     [(900, "bodies", False), (400, "bodies", True)]),
    ("The North returned 900 bodies. Then came the exchange of fallen soldiers, 400 for 400",
     [(900, "bodies", False), (400, "bodies", True)]),
    ("The North returned 900 bodies. The exchange went ahead on Friday, 400 for 400",
     [(900, "bodies", False), (400, "bodies", True)]),
    ("The North returned 900 bodies. It is, an official said, \"900 for 900\", an exchange rather than a gift",
     [(900, "bodies", False), (900, "bodies", True)]),
    ("The talks ended on Monday. The dead would be returned \"700 for 700\", he said", [(700, "bodies", True)]),
    # an even swap of the count the sentence before gave is of what that count counted; not one
    # sentences further back, nor one of another size
    ("The North will hand over the remains of 700 fighters. The South calls that deal a swap of 700 for 700; "
     "the North calls it a gift", [(700, "bodies", False), (700, "bodies", True)]),
    ("The North will hand over the remains of 700 fighters. The talks then broke off. The South calls that deal "
     "a swap of 700 for 700", [(700, "bodies", False), (700, "prisoners", True)]),
    # nor one whose sentence names what it counts, nor two different numbers
    ("The South received the remains of 700 fighters on Friday. A prisoner swap, 700 for 700, is due next week",
     [(700, "bodies", False), (700, "prisoners", True)]),
    # "soldiers' bodies" are the dead; "the 307" is the 307 counted before, not what the sentence before counted
    ("The North says it will return 700 soldiers' bodies", [(700, "bodies", False)]),
    ("The North freed 84 soldiers and handed back 700 soldiers' bodies", [(84, "prisoners", False), (700, "bodies", False)]),
    ("The swap freed 307 servicemen. Some 20 civilians came too. Saturday brought the 307, and Sunday 303 defenders",
     [(307, "prisoners", False), (20, "civilians", False), (307, "prisoners", False), (303, "prisoners", False)]),
    ("The swap freed 307 servicemen. Some 20 civilians came too. The 307 civilians were flown home",
     [(307, "prisoners", False), (20, "civilians", False), (307, "civilians", False)]),
    ("Another 303 Northern defenders returned home", [(303, "prisoners", False)]),
    # the war's wounded in a sentence that also names an exchange; a poll; time references; "one" as a pronoun
    ("The exchange came the morning after drones struck a block, injuring 11 people", []),
    ("A survey found 61 percent of respondents wanted talks", []),
    ("Nearly four years into the war, talks resumed two years ago", []),
    ("One of them spent 19 months in a prison colony", [(19, "duration", False)]),
    ("The first two rounds produced swaps", []),
    # people the war displaced are the war's numbers; deported children are the talks'
    ("The war has displaced more than 3.7 million people inside the South", []),
    ("The South has the names of 19,546 children deported or forcibly displaced", [(19546, "children", False)]),
    # a number joined by "and" or "or" to a counted one counts the same
    ("The agency carried 900 bodies to the North and 24 to the South", [(900, "bodies", False), (24, "bodies", False)]),
    ("The North has received 7,057 bodies by its own count, or 7,060 by the South's",
     [(7057, "bodies", False), (7060, "bodies", False)]),
    ("The North returned 900 bodies. That would put the total at roughly 16,800",
     [(900, "bodies", False), (16800, "bodies", False)]),
    ("The North says 33 of its returnees are soldiers", [(33, "prisoners", False)]),
    # an army's size is no exchange, whatever the sentence before counted
    ("The North returned 900 bodies. Among the items still open: a cap of 600,000 on the South's armed forces",
     [(900, "bodies", False), (600000, "other", False)]),
    ("The North returned 900 bodies. The cap on the army, 600,000 in the draft, now stood at 800,000",
     [(900, "bodies", False), (600000, "other", False), (800000, "other", False)]),
    ("The 14-point draft was cut to nine points", [(14, "other", False), (9, "other", False)]),
    # a swap told beside talk of an army cap is still a swap
    ("The 400-for-400 exchange went ahead even as the South debated a cap on the size of its army",
     [(400, "prisoners", True)]),
    # a fortnight is fourteen days; money keeps the scale the text gives it
    ("The envoy expects an answer within a fortnight", [(14, "duration", False)]),
    ("Allies pledged €5 billion for air defence", [(5, "other", False)]),
    # a bare count in a sentence that names the one thing it is about counts that, whatever came before
    ("The swap returned 185 soldiers and 20 civilians. The June body transfers are still disputed: "
     "Kyiv counted 6,057, Moscow 6,060.",
     [(185, "prisoners", False), (20, "civilians", False), (6057, "bodies", False), (6060, "bodies", False)]),
    # a headline naming both kinds sets no kind for the count after it
    ("The tally: prisoner exchanges and body repatriations in numbers. Eight swaps meet that test, "
     "from 5 February (150 a side) to 2 October.",
     [(8, "other", False), (150, "prisoners", True)]),
    ("The swap returned 1,000 prisoners. Of the 1,000, 120 were civilians.",
     [(1000, "prisoners", False), (1000, "prisoners", False), (120, "civilians", False)]),
])
def test_figures_in_context(text, expected):
    assert figures_of(text) == expected


@pytest.mark.parametrize("sentence", [
    "A missile strike on the city killed 14 people and injured 40.",     # the war's toll
    "More than 300 soldiers were killed in the assault, officials said.",
    "Live coverage · 96 posts · (12 images)",                               # page furniture
    "The 71-year-old envoy arrived on Monday.",                             # an age describing someone
    "The three delegations met behind closed doors.",                       # known things, not a count
    "The youngest of them is 26 and the oldest 74.",                        # ages
    "Peter the Great fought Sweden for 21 years.",                          # a war's length, not a term
    "He spent more than three years in captivity.",                         # a life's
])
def test_numbers_that_are_not_figures_of_the_talks(sentence):
    assert sentence_figures(sentence) == []


def test_wounded_prisoners_are_still_prisoners():
    [figure] = sentence_figures("Among those returned were 20 severely wounded soldiers.")
    assert (figure["value"], figure["category"]) == (20, "prisoners")


@pytest.mark.parametrize("sentence, expected", [
    # "handed over" is a verb and its particle, not "more than"
    ("Russia handed over 1,000 bodies and is ready to hand over 3,000 more.",
     [(1000, "bodies", "exact"), (3000, "bodies", "exact")]),
    ("Kyiv said over 300 prisoners were freed.", [(300, "prisoners", "more_than")]),
    # what "N for N" counts is named in its own clause, not three clauses on
    ("The 800-for-800 swap agreed in May was completed in June, and more than 5,000 bodies were returned.",
     [(800, "prisoners", "exact"), (5000, "bodies", "more_than")]),
    # "on each side" with no noun: people freed in a swap
    ("They agreed to free at least 1,000 on each side.", [(1000, "prisoners", "at_least")]),
])
def test_particles_clauses_and_sides(sentence, expected):
    assert [(f["value"], f["category"], f["qualifier"]) for f in sentence_figures(sentence)] == expected


def test_a_population_in_millions_is_no_count_of_people_exchanged():
    assert only("The grain feeds 400 million people around the world.")["category"] == "other"
    assert only("The North freed 400 people on Friday.")["category"] == "prisoners"


def test_grain_shipped_is_counted_in_the_text_s_scale():
    [shipped] = sentence_figures("Some 12 million tonnes of wheat left the ports on 400 voyages.")
    assert (shipped["value"], shipped["unit"], shipped["qualifier"]) == (12, "million tonnes", "about")


@pytest.mark.parametrize("sentence, value, unit", [
    ("The draft would allow the South a peacetime army of 800,000.", 800000, "troops"),
    ("It set the army at 600,000 and left the rest open.", 600000, "troops"),
    ("Twenty-six countries have committed to send troops.", 26, "countries"),
])
def test_counts_of_armies_and_countries(sentence, value, unit):
    assert [(f["value"], f["unit"]) for f in sentence_figures(sentence)] == [(value, unit)]


@pytest.mark.parametrize("sentence, values", [
    ("On Friday 390 had come home, including civilians.", [390]),
    ("We handed over 248 and got 230 back.", [248, 230]),
    ("Four handovers had brought 4,812 home by Sunday.", [4, 4812]),
    ("Nineteen Southern civilian sailors came home in return for 11 Northern sailors.", [19, 11]),
])
def test_people_handed_back_with_their_noun_left_out_or_qualified(sentence, values):
    assert [f["value"] for f in sentence_figures(sentence, "prisoners")] == values


@pytest.mark.parametrize("sentence, context, values", [
    ("They swapped 84 for 84, followed by stages of the badly wounded and those under 25.", None, [84]),
    ("The next stage covers soldiers over 60.", "prisoners", []),
    ("Of the prisoners, those over 60 numbered 40.", "prisoners", [40]),
    ("Each side freed over 60.", "prisoners", [60]),
])
def test_an_age_limit_names_who_is_exchanged_and_counts_none(sentence, context, values):
    assert [f["value"] for f in sentence_figures(sentence, context)] == values


@pytest.mark.parametrize("sentence, expected", [
    ("The talks lasted just over an hour, and all those under 25 were named.", [(1, "hour")]),
    ("The two-week window he opened on 22 August closed on Friday.", [(2, "week")]),
    ("Nearly 500 ships carried grain through the corridor.", [(500, "ships")]),
    ("The Treasury listed both firms along with 34 of their subsidiaries.", [(34, "subsidiaries")]),
])
def test_lengths_ships_and_parts_named_after_of(sentence, expected):
    assert [(f["value"], f["unit"]) for f in sentence_figures(sentence)] == expected


@pytest.mark.parametrize("sentence, values", [
    ("Then 307, then 303.", [307, 303]),
    ("Now they offer another 3,000 and pauses of a day to collect the wounded and the dead.", [3000]),
])
def test_counts_in_a_told_exchange(sentence, values):
    assert [f["value"] for f in sentence_figures(sentence, "prisoners")] == values


def test_a_count_per_side_takes_its_breakdown_s_category_after_a_length():
    # the sentence before counted days; the breakdown after the dash says what 390 counts
    found = sentence_figures("On the first, 390 came home from each side - on ours, 270 soldiers and 120 civilians.",
                             "duration")
    assert [(f["value"], f["category"]) for f in found][0] == (390, "prisoners")


@pytest.mark.parametrize("sentence", [
    "Kyiv said 40 civilians died in the strike, and investigators were collecting evidence.",
    "In parliament, the ratification bill got 280 in favour and 12 against.",
    "Southern aircraft dropped 3,000 tonnes of glide bombs on the city.",
    "The North exported 240 million tonnes of oil last year.",
    "The South says it has destroyed 28 vessels of the northern fleet.",
    "Within about an hour of the signing, drones struck the port.",
    "The town is less than an hour's drive from the front.",
    "Outside 10 Downing Street protesters gathered.",
    "The Su-34 bombers struck the city.",
    "Boeing 737 Max jets were grounded.",
])
def test_numbers_of_other_things_are_no_figures(sentence):
    assert sentence_figures(sentence, "prisoners") == []


def test_an_age_is_no_army_s_size():
    assert sentence_figures("He joined the army at 18 and fought in the east.") == []


def test_two_counts_joined_by_a_slash_are_an_exchange():
    assert [f["value"] for f in sentence_figures("Both sides agreed a 1,000/1,000 exchange of prisoners.")] == [1000]


def test_an_age_limit_takes_no_length_from_before_it():
    found = sentence_figures("The talks lasted just over an hour, and all those under 25, the envoy said, would be freed.")
    assert [(f["value"], f["unit"]) for f in found] == [(1, "hour")]


@pytest.mark.parametrize("sentence, value, unit", [
    ("About 240 billion euros of the frozen assets sit at one clearing house.", 240, "billion euros"),
    ("The two firms export about 2.4 million barrels a day, the ministry said.", 2.4, "million barrels per day"),
    ("Its supply deal runs to 400,000 barrels a day.", 400_000, "barrels per day"),
])
def test_money_and_oil_flows_keep_the_text_s_scale(sentence, value, unit):
    [figure] = sentence_figures(sentence)
    assert (figure["value"], figure["unit"]) == (value, unit)


@pytest.mark.parametrize("sentence", [
    "Three traders said no owner would send a ship without cover.",
    "The harbour's two biggest terminals were closed.",
    "The full record (212 pages) will be posted online.",
    "He repeated that some 4,000 soldiers are dying every week.",
    "Rescuers have recovered the bodies of at least 21 people after the missile strike.",
])
def test_sources_the_war_s_dead_and_missing_and_page_counts_are_no_figures(sentence):
    assert sentence_figures(sentence) == []


def test_the_missing_told_after_prisoners_are_no_figure():
    # the paragraph is about prisoners, so a bare count would be read as theirs
    figures = sentence_figures("About 90 residents are still held, and more than 300 are listed as missing.", "prisoners")
    assert [f["value"] for f in figures] == [90]


def test_the_dead_handed_back_after_a_strike_still_count():
    [figure] = sentence_figures("The bodies of 40 soldiers killed in drone strikes were repatriated on Monday.")
    assert (figure["value"], figure["category"]) == (40, "bodies")


def test_a_list_of_counts_each_counts_what_the_text_before_counted():
    figures = sentence_figures("Its stage figures, 1,212, 1,200, 1,200 and 1,245, add up to 6,057.", "bodies")
    assert [(f["value"], f["category"], f["qualifier"]) for f in figures] == [
        (1212, "bodies", "exact"), (1200, "bodies", "exact"), (1200, "bodies", "exact"),
        (1245, "bodies", "exact"), (6057, "bodies", "exact")]  # "add up to" is a sum, not a ceiling


@pytest.mark.parametrize("sentence, value, unit", [
    ("It could reach 1,200, the negotiator added.", 1200, "prisoners"),
    ("He said some 17 Patriot systems were ready to ship.", 17, "systems"),
    ("The package lists 117 more tankers of the shadow fleet and bans liquefied gas.", 117, "tankers"),
])
def test_counts_reached_named_or_blacklisted(sentence, value, unit):
    assert [(f["value"], f["unit"]) for f in sentence_figures(sentence, "prisoners")] == [(value, unit)]


@pytest.mark.parametrize("sentence", [
    "It breaches Articles 122 and 123 of the convention.",
    "The stages came on 9, 10, 12 and 14 June.",
])
def test_articles_and_days_listed_are_no_figures(sentence):
    assert sentence_figures(sentence, "prisoners") == []


def test_and_joins_a_range_only_after_between():
    [figure] = sentence_figures("They would swap between 1,000 and 1,200 prisoners.")
    assert (figure["low"], figure["high"], figure["qualifier"]) == (1000, 1200, "range")


@pytest.mark.parametrize("sentence, expected", [
    # a hedge or a name opening the sentence is no model's name
    ("Over 1,000 POWs have come home since May.", [(1000, "prisoners")]),
    ("Some 200 Azov fighters were freed in the exchange.", [(200, "prisoners")]),
    ("Some 25,000 French troops would be needed.", [(25000, "other")]),
    ("Ukraine asked for 25 Patriot systems and 30 F-16 jets.", [(25, "other"), (30, "other")]),
    # handing over land is no exchange of the troops on it
    ("Putin wants Kyiv to hand over the rest of the region, where some 50,000 troops are dug in.", [(50000, "other")]),
    ("The paper Die Welt was told more than 1,000 prisoners of war are held.", [(1000, "prisoners")]),
    ("Russia handed over five soldiers said to be severely wounded.", [(5, "prisoners")]),
    ("Trump said it's two weeks, then sanctions.", [(2, "duration")]),
    ("In the three swaps, the sides exchanged 1,212, 1,200 and 1,245 prisoners.",
     [(1212, "prisoners"), (1200, "prisoners"), (1245, "prisoners")]),
    ("About 40 tankers carrying oil pass through the ports each week.", []),
    ("They will be released in phases 1 and 2.", []),
    ("A 90 billion euro loan was agreed.", [(90, "other")]),
])
def test_what_the_review_found_names_lists_and_money(sentence, expected):
    assert [(f["value"], f["category"]) for f in sentence_figures(sentence)] == expected


def test_oil_flows_of_oil_and_in_bpd():
    figures = sentence_figures("Exports were 3.3 million barrels of oil per day, or 2.9 million bpd by sea.")
    assert [(f["value"], f["unit"]) for f in figures] == [(3.3, "million barrels per day"), (2.9, "million barrels per day")]


def test_odds_given_in_percent_are_no_figure():
    assert sentence_figures("He gave the talks a 20 to 30 percent chance of success.") == []


def test_a_figure_is_read_with_its_paragraph_before_it_for_its_round():
    from parley.extract.figures import extract_figures
    text = "Intro line.\nROUND ONE. The sides agreed to swap 300 prisoners each. Then 40 more came home."
    pieces = ["Intro line.", "ROUND ONE.", "The sides agreed to swap 300 prisoners each.", "Then 40 more came home."]
    spans = [(text.index(p), text.index(p) + len(p)) for p in pieces]
    seen = []
    extract_figures(text, spans, round_of=lambda sentence, before, at: seen.append((sentence, before)))
    assert seen == [("The sides agreed to swap 300 prisoners each.", "ROUND ONE. "),
                    ("Then 40 more came home.", "ROUND ONE. The sides agreed to swap 300 prisoners each. ")]


@pytest.mark.parametrize("sentence", [
    "Press office: +44 20 7946 0958.",
    "For interviews call tel. 0800 300 545.",
    "Tomorrow: cloudy, up to 19 degrees.",
    "That was issue 41 of the bulletin.",
    "You are one of 3,200 listeners this morning.",
    "Urals crude traded at about $58 a barrel.",
    "The envoy spent 26 years in the foreign service.",
    "Two pieces of advice for the mediators.",
    "The ministry claimed the capture of four villages and put enemy losses at 900 soldiers.",
    "The rouble fell 2 on Friday as traders weighed the talks.",
])
def test_counters_prices_phone_numbers_and_the_war_s_losses_are_no_figures(sentence):
    assert sentence_figures(sentence, "prisoners") == []


def test_a_price_cap_in_a_currency_a_barrel_is_still_a_term():
    assert [f["value"] for f in sentence_figures("The cap on crude fell from $60 to $47.6 a barrel.")] == [60, 47.6]


def test_a_list_of_stages_by_day_counts_what_its_first_stage_counts():
    found = sentence_figures("Both sides freed 600 people: 350 on Friday, among them 280 soldiers and 70 civilians, "
                             "then 150 on Saturday and 100 on Sunday.")
    assert [(f["value"], f["category"]) for f in found] == [
        (600, "prisoners"), (350, "prisoners"), (280, "prisoners"), (70, "civilians"), (150, "prisoners"),
        (100, "prisoners")]


def test_a_count_of_handovers_counts_no_people_and_lends_no_noun():
    found = sentence_figures("Another 900 bodies were returned, bringing the total received in four handovers to 3,100.")
    assert [(f["value"], f["category"]) for f in found] == [(900, "bodies"), (4, "other"), (3100, "bodies")]


def test_an_even_swap_in_apposition_counts_what_the_clause_before_names():
    found = sentence_figures('The sides will also return the bodies of the fallen, "800 for 800", the envoy said.')
    assert [(f["value"], f["category"]) for f in found] == [(800, "bodies")]


@pytest.mark.parametrize("sentence, values", [
    ("Zelensky told reporters by phone 1,000 prisoners would be freed next week.", [1000]),
    ("The South received 84 +10 more bodies.", [84, 10]),
    ("Despite heavy losses, the North offered to free 500 captives held in the east.", [500]),
    ("The deal would see the North withdraw from 12 settlements.", [12]),
    ("The plan lowers the price ceiling to $45 a barrel.", [45]),
])
def test_words_near_a_decoy_class_do_not_hide_a_figure(sentence, values):
    assert [f["value"] for f in sentence_figures(sentence, "prisoners")] == values


def test_a_stage_on_a_day_counts_what_the_sentences_before_counted():
    found = sentence_figures("More stages followed, and a last one of 845 on 16 June.", "bodies")
    assert [(f["value"], f["category"]) for f in found] == [(845, "bodies")]


def test_a_cue_of_status_that_is_denied_gives_the_count_no_status():
    [denied] = sentence_figures("The count of 45 bodies comes from one source; the South has not confirmed it.")
    [agreed] = sentence_figures("The sides confirmed a swap of 45 for 45.")
    assert (denied["status"], agreed["status"]) == ("reported", "agreed")


@pytest.mark.parametrize("text, values", [
    # a correction quotes what it withdraws, by its own word or the next sentence's
    ("An earlier version of this article said 600 prisoners were freed. That was wrong. The swap freed 500 "
     "prisoners.", [500]),
    ("An earlier version of this story incorrectly said 600 prisoners were freed. The swap freed 500 prisoners.", [500]),
    ("This article has been corrected. The article also stated that the envoys had agreed to exchange 700 "
     "prisoners each. The figure agreed was at least 900 each.", [900]),
    # what follows the turn of a correction is the corrected count; a quote that goes on is withdrawn
    ("An earlier version of this article incorrectly said 600 prisoners were freed on Friday; in fact 500 "
     "prisoners were freed.", [500]),
    ("Correction: An earlier version of this article gave 600 prisoners; the correct figure is 500 prisoners.", [500]),
    ("Correction: An earlier version of this article incorrectly said 600 prisoners were freed; it also wrongly "
     "gave the number of bodies returned as 1,000.", []),
    # an earlier version's figure that was only updated since is no error
    ("An earlier version of this article said 600 prisoners were on the list. On Tuesday the list grew to 650 "
     "prisoners.", [600, 650]),
    # someone else's report, a draft's earlier version, with no correction in the article
    ("The report said 600 prisoners were still held by the North. The number is expected to rise.", [600]),
    ("The report also said 300 civilians were freed. The count is disputed by the South.", [300]),
    # a correction that is no notice of the article's own
    ("The ombudsman corrected the list on Friday. The article stated that 84 soldiers were returned. The total was "
     "the largest this year.", [84]),
    ("An earlier version of the deal provided for 600 prisoners on each side. The figure in the final text is "
     "500 prisoners each.", [600, 500]),
])
def test_a_figure_a_correction_withdraws_is_no_figure(text, values):
    assert [value for value, _, _ in figures_of(text)] == values


@pytest.mark.parametrize("sentence, expected", [
    # a number word between a number and a unit is another number: "ten days" is not 146's
    ("The South got back 60 prisoners in March and 90 ten days later.",
     [(60, "prisoners"), (90, "prisoners"), (10, "duration")]),
    # a span of days before its month is a date, not a count
    ("The report covered the swap of 3 to 5 March, which returned 400 people to each side.",
     [(400, "prisoners")]),
    ("The report covered the swap of 3-5 March, which returned 400 people to each side.",
     [(400, "prisoners")]),
])
def test_numbers_of_days_are_not_counts(sentence, expected):
    found = sentence_figures(sentence, "prisoners")
    assert [(f["value"], f["category"]) for f in found] == expected


@pytest.mark.parametrize("sentence, category", [
    ("When 800 of our people came home in two days, the city turned out.", "prisoners"),
    ("Some 300 wounded young soldiers came home on Sunday.", "prisoners"),
])
def test_people_coming_home_are_people_exchanged(sentence, category):
    [figure, *_] = sentence_figures(sentence)
    assert figure["category"] == category


def test_a_pair_counted_a_side_shares_it_and_its_soldiers_are_exchanged_in_a_swap():
    found = sentence_figures("Then 185 soldiers and 20 civilians a side on 2 March.", "prisoners")
    assert [(f["value"], f["category"], f["per_side"]) for f in found] == [(185, "prisoners", True),
                                                                             (20, "civilians", True)]
    # not soldiers and tanks a deal allows in a zone, nor troops pulled back
    allowed = sentence_figures("The deal allows 2,500 soldiers and 40 tanks per side in the zone.")
    assert [f["category"] for f in allowed] == ["other", "other"]
    assert sentence_figures("Both sides agreed to pull back 10,000 troops each.")[0]["category"] == "other"
    # "a side of the line" is a place, not per side
    assert sentence_figures("The North keeps 60,000 troops a side of the line.")[0]["per_side"] is False


def test_a_sentence_counted_by_its_whole_not_its_part_lends_its_kind():
    for first in ("On Friday 240 people came home, among them 90 civilians.",
                  "On Friday 240 people came home, among them were 90 civilians.",
                  "On Friday 240 people came home, 90 civilians among them."):
        text = f"{first} On Saturday another 160 followed."
        sentences = [(0, len(first)), (len(first) + 1, len(text))]
        [_, second] = count_sentences(text, sentences)
        assert [(f["value"], f["category"]) for f in second] == [(160, "prisoners")], first


def test_a_bare_count_per_side_after_talk_of_children_is_of_prisoners():
    text = "The South counts 4,100 children as taken. It has received a trickle: 700 a side in May, 60 in June."
    sentences = [(0, text.index(" It has")), (text.index("It has"), len(text))]
    [_, second] = count_sentences(text, sentences)
    assert [(f["value"], f["category"]) for f in second] == [(700, "prisoners"), (60, "prisoners")]


def test_an_exchange_of_all_for_all_names_prisoners_for_the_count_after_it():
    text = "The South offered 4,000 bodies. Its aim remains an exchange of all for all. In May the North agreed only to 1,000."
    sentences = [(0, 31), (32, 75), (76, len(text))]
    assert [(f["value"], f["category"]) for f in count_sentences(text, sentences)[2]] == [(1000, "prisoners")]


@pytest.mark.parametrize("sentence, expected", [
    # people back from captivity, with no noun of their own
    ("Last month 60 had come home, 12 of them civilians.", [(60, "prisoners"), (12, "civilians")]),
    ("By its own tally the North got back 1,900, among them six civilians.",
     [(1900, "prisoners"), (6, "civilians")]),
    # a count compared with the one before it counts the same
    ("The North handed over 40 wounded Southerners, two fewer than the 42 it had promised.",
     [(40, "prisoners"), (42, "prisoners")]),
])
def test_bare_counts_of_people_back_from_captivity(sentence, expected):
    assert [(f["value"], f["category"]) for f in sentence_figures(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "By Sunday 4,000 had returned home to the city after the ceasefire.",
    "Of the 300 evacuated from the plant, 84 have come home.",
    "The South took back 2,000 in the counteroffensive.",
    "The deal, brokered by the great powers, allows 2,500 soldiers and 40 tanks per side in the zone.",
])
def test_people_home_from_elsewhere_and_soldiers_in_a_zone_are_no_prisoners(sentence):
    assert all(f["category"] != "prisoners" for f in sentence_figures(sentence))


def test_incl_marks_a_part_too():
    text = "On Friday 240 people came home, incl. 90 civilians. On Saturday another 160 followed."
    first = text.index(" On Saturday")
    [_, second] = count_sentences(text, [(0, first), (first + 1, len(text))])
    assert [(f["value"], f["category"]) for f in second] == [(160, "prisoners")]


@pytest.mark.parametrize("sentence, years", [
    ("Crimea would be the subject of consultations lasting 15 years.", [15]),
    ("It is the first direct meeting of the two sides in more than three years.", [3]),
    ("The first talks between Russian and Ukrainian delegations in more than three years ended.", [3]),
    ("The ideas include postponing Ukraine's NATO membership by 20 years.", [20]),
    ("Russia wants Ukraine kept out of NATO for 20 years.", [20]),
    ("A demilitarised zone would stay in place for 25 years.", [25]),
    # a life beside a term in another clause is still a life
    ("Putin, in power for 25 years, rejected the plan.", []),
])
def test_a_length_in_years_of_something_the_talks_hold_is_a_figure(sentence, years):
    assert [f["value"] for f in sentence_figures(sentence) if f["category"] == "duration"] == years


def test_a_list_of_dated_counts_opened_per_side_stays_per_side():
    found = sentence_figures("The swap ran over three days: 40 prisoners a side on Friday, 35 on Saturday and 25 on "
                             "Sunday, or 200 people in both directions.")
    assert [(f["value"], f["per_side"]) for f in found if f["category"] == "prisoners"] == [
        (40, True), (35, True), (25, True), (200, False)]
    found = sentence_figures("They swapped 90 prisoners each on May 23, 80 on May 24 and 70 on May 25.")
    assert [f["per_side"] for f in found] == [True, True, True]
    # an item with no day of its own is no item of the list ("in all" is no day)
    found = sentence_figures("They freed 84 prisoners a side on Friday and 12 in all on Monday.")
    assert [f["per_side"] for f in found] == [True, False]
    # the list must open per side
    found = sentence_figures("They freed 84 prisoners on Friday, 35 on Saturday and 25 on Sunday.")
    assert [f["per_side"] for f in found] == [False, False, False]


def test_a_quoted_name_of_a_kind_between_number_and_noun():
    for quote in ('"grey fleet"', "“grey fleet”"):
        found = sentence_figures(f"The council blacklisted 45 more {quote} tankers, taking the total to 210.")
        assert [(f["value"], f["unit"]) for f in found] == [(45, "tankers"), (210, "tankers")]


@pytest.mark.parametrize("sentence, values", [
    ("They added 12 of its subsidiaries to the blacklist under Executive Order 13660.", [12]),
    ("They added 12 of its subsidiaries to the blacklist under Decree 13660.", [12]),
    # an order or a decree in lower case is the thing, not its name
    ("The president signed the order 30 days before the deadline expired.", [30]),
    ("He signed the decree 48 hours after the talks ended.", [48]),
])
def test_a_number_naming_an_order_or_decree_is_no_figure(sentence, values):
    assert [f["value"] for f in sentence_figures(sentence)] == values


def test_a_list_in_order_is_counted():
    found = sentence_figures("Prisoners were returned in the order 250, 300 and 345.", "prisoners")
    assert [f["value"] for f in found] == [250, 300, 345]


def test_a_bare_count_handed_over_already_counts_the_sentence_s_kind():
    found = sentence_figures("The North offered the bodies of 500 more soldiers; by its count, about 2,000 have "
                             "already been handed back.")
    assert [(f["value"], f["category"]) for f in found] == [(500, "bodies"), (2000, "bodies")]


@pytest.mark.parametrize("sentence, values", [
    ("The fortnight the envoy gave himself on 3 May to decide ran out.", [14]),
    ("The fortnight he had set for an answer passed quietly.", [14]),
    ("Over the past fortnight the talks stalled.", []),
    ("In the fortnight since the envoy set the deadline, the North launched 900 drones.", []),
    ("The fortnight before he gave his answer was tense.", []),
    ("The envoy gave them a fortnight to answer.", [14]),
])
def test_the_fortnight_someone_gave_is_a_length(sentence, values):
    assert [f["value"] for f in sentence_figures(sentence)] == values


@pytest.mark.parametrize("sentence, values", [
    ("On Tuesday, two days after the strike on the port, the envoy left for the capital.", []),
    ("Elections would follow no later than 90 days after the vote.", [90]),
    # the distance from the thing itself is its length
    ("The holiday truce ended at midnight on Sunday, 30 hours after it began.", [30]),
    ("The ceasefire expired on Friday, 30 days after it took effect.", [30]),
    ("Talks resumed three days after the strike.", [3]),
])
def test_a_day_glossed_by_its_distance_from_another_is_no_length(sentence, values):
    assert [f["value"] for f in sentence_figures(sentence)] == values


@pytest.mark.parametrize("sentence, values", [
    ("The North wants the missiles, whose range of up to 300 kilometres would put the capital within reach.", []),
    ("The zone would run 15 kilometres from the line of contact.", [15]),
    # a reach the words before it ban or limit is a term
    ("The draft bans missiles with a range of more than 500 kilometres.", [500]),
    ("Neither side's drones could strike up to 30 kilometres beyond the line.", [30]),
    # a limit on the reach is a term
    ("The North wanted the South's missiles limited to a range of 40 kilometres.", [40]),
])
def test_a_weapon_s_reach_is_no_term_of_the_talks(sentence, values):
    assert [f["value"] for f in sentence_figures(sentence)] == values


@pytest.mark.parametrize("sentence, expected", [
    # one count told by each side, after the count it makes precise
    ("The North handed over the bodies of more than 600 soldiers: 607 by the South's count, 610 according to the North.",
     [(600, "bodies"), (607, "bodies"), (610, "bodies")]),
    ("The South took back more than 600 of its dead, but the counts differ: the South said 607, the North 610.",
     [(600, "bodies"), (607, "bodies"), (610, "bodies")]),
    # not a bare number told by someone with no count before it
    ("He said 12 would attend the talks.", []),
    # a line's number glossed after its colon
    ("- 4,641: captives exchanged through the mediator in all.", [(4641, "prisoners")]),
    # a table's row of a swap and its extras ("wounded" there are people exchanged, not the war's)
    ("19 Mar · 175 for 175, plus 22 severely wounded Southerners", [(175, "prisoners"), (22, "other")]),
    # a list in brackets after a length counts the people, not days
    ("23-25 May · 1,000 for 1,000 over three days (390, 307, 303)",
     [(1000, "prisoners"), (3, "duration"), (390, "prisoners"), (307, "prisoners"), (303, "prisoners")]),
    ("Since then the only movement has been in bodies: the South received 1,000 and handed 31 to the North.",
     [(1000, "bodies"), (31, "bodies")]),
])
def test_a_count_the_sentence_names_carries_to_the_numbers_that_tell_it_again(sentence, expected):
    assert [(f["value"], f["category"]) for f in sentence_figures(sentence)] == expected


def test_that_makes_a_running_count_of_what_was_counted_before():
    assert [(f["value"], f["category"]) for f in sentence_figures("By the South's figures, that makes 8,057 since June.",
                                                                  "bodies")] == [(8057, "bodies")]


@pytest.mark.parametrize("sentence, expected", [
    # a length keeps lending its unit outside a bracketed list
    ("The North freed 300 prisoners, and the South was given 10 days, or 14 if needed.",
     [(300, "prisoners"), (10, "duration"), (14, "duration")]),
    # a note's number in brackets counts no one
    ("The South handed back 600 bodies under the protocol (annex 3).", [(600, "bodies")]),
    ("The North freed 300 prisoners on Friday (2).", [(300, "prisoners")]),
    # a plan's numbered point is no count
    ("1: prisoners to be exchanged all for all", []),
    ("- 4,641: Captives exchanged through the mediator in all.", [(4641, "prisoners")]),
])
def test_brackets_and_labels_that_count_no_one(sentence, expected):
    assert [(f["value"], f["category"]) for f in sentence_figures(sentence)] == expected
