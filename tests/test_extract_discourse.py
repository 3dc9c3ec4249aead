"""Passes over an article's statements: issues carried from the statement a sentence points
back to, and quotations that go on after their attribution."""

import pytest

from tests.test_extract_statements import holders, statements


def test_a_statement_pointing_back_takes_the_issue_before_it():
    found = holders("Moscow proposed a swap of all wounded prisoners. Kyiv said it would accept the offer.")
    assert found[-1][:3] == ("ukraine", "accepts", ("prisoners",))


@pytest.mark.parametrize("answer, carried", [
    ("Moscow has yet to give an answer.", ("children",)),
    ("The Kremlin took note.", ("children",)),
    ("Moscow said the weather was fine.", ()),  # another side, not answering: nothing to carry
    ("The Russian foreign ministry did not respond to a request for comment.", ()),  # no answer at all
])
def test_an_answer_is_on_what_it_answers_whoever_gives_it(answer, carried):
    from parley.extract.discourse import carry_issues
    from parley.model import Statement
    put = "Kyiv handed over a list of deported children."
    found = carry_issues([Statement(put, 0, len(put), "ukraine", issues=("children",)),
                          Statement(answer, len(put) + 1, len(put) + 1 + len(answer), "russia")], [0])
    assert found[-1].issues == carried


def test_a_quotation_that_goes_on_is_its_speaker_s():
    text = ("“We agreed on a large exchange,” Medinsky told reporters. “It will take place in stages. "
            "The lists are ready.”\n\n“The ball is now in Kyiv's court.”\n\nThe weather was fine.")
    found = statements(text)
    assert [(s.actor, s.speaker) for s in found] == [("russia", "Vladimir Medinsky")] * 4 + [(None, None)]
    assert found[1].text.startswith("“It will")  # the opening mark goes with its sentence


TRANSCRIPT = ("The Kremlin spokesman took questions by phone.\n\n"
              "QUESTION (Daily Post): When do the wounded prisoners go home?\n\n"
              "PESKOV: Work on it goes on. The names are being checked.\n\n"
              "QUESTION: Brussels has new sanctions. Your view?\n\n"
              "PESKOV: We reject these measures. We know that Kyiv demands new sanctions on us.\n\n"
              "Trump disagreed: the talks were going nowhere.")


def test_a_transcript_answer_is_its_speaker_s_and_about_the_question():
    found = {s.text: s for s in statements(TRANSCRIPT)}
    prepared = found["Work on it goes on."]  # the label is not part of the sentence
    assert (prepared.actor, prepared.speaker, prepared.issues) == ("russia", "Dmitry Peskov", ("prisoners",))
    assert found["The names are being checked."].actor == "russia"
    illegal = found["We reject these measures."]
    assert (illegal.actor, illegal.issues) == ("russia", ("sanctions",))
    # the questions are no side's, and a side the answer describes keeps its position, told by the speaker
    assert found["When do the wounded prisoners go home?"].actor is None
    assert found["Your view?"].actor is None
    kyiv = found["Kyiv demands new sanctions on us"]
    assert (kyiv.actor, kyiv.reporter) == ("ukraine", "russia")


def test_a_sentence_with_a_colon_is_not_a_speaker_label():
    said = next(s for s in statements(TRANSCRIPT) if s.text.startswith("Trump disagreed"))
    assert said.actor in (None, "united_states") and said.reporter is None


def test_a_text_a_side_put_forward_speaks_for_it_where_it_is_described():
    text = ("The 12-point draft, drawn up by the Kremlin's envoy, would require Kyiv to cede the whole "
            "Donbas. Ukraine's army would be limited to 90,000 troops.\n\n"
            "The draft would also lift sanctions on Russian banks.\n\n"
            "A counter-proposal drawn up by Poland and Finland would freeze the front line. "
            "Zelensky said Ukraine would never give up its land.")
    found = {s.text: s for s in statements(text)}
    draft = next(s for t, s in found.items() if t.startswith("The 12-point draft"))
    assert (draft.actor, draft.stance) == ("russia", "proposes")
    assert found["Ukraine's army would be limited to 90,000 troops."].actor == "russia"  # the draft's terms
    assert found["The draft would also lift sanctions on Russian banks."].actor == "russia"  # the draft named last
    counter = next(s for t, s in found.items() if t.startswith("A counter-proposal"))
    assert counter.actor is None  # authors who are no side of the profile: no side's text
    assert found["Zelensky said Ukraine would never give up its land."].actor == "ukraine"  # speech stays its speaker's


def test_an_interview_answer_is_the_interviewee_s():
    text = ("INTERVIEW\n\nUkraine's human rights commissioner, Dmytro Lubinets, on the lists.\n\n"
            "Q: What did the other side say about the lists?\n\n"
            "A: We handed over the names of 500 children and we expect every one of them back.")
    answer = next(s for s in statements(text) if "handed over" in s.text)
    assert (answer.actor, answer.speaker) == ("ukraine", "Dmytro Lubinets") and "children" in answer.issues


def test_the_points_of_a_sides_text_are_its_terms():
    text = ("The memorandum the Russian delegation handed over on Monday runs to two sections.\n\n"
            "Section I sets out the main terms. Among them:\n\n"
            "1. Recognition of the four regions as Russian territory.\n"
            "2. Ukraine's neutrality and its refusal to join military alliances.\n\n"
            "Section II is humanitarian. It proposes an all-for-all exchange of prisoners.\n\n"
            "Zelensky said the text was an ultimatum.")
    found = {s.text: s for s in statements(text)}
    for point in ("Recognition of the four regions as Russian territory.",
                  "Ukraine's neutrality and its refusal to join military alliances.",
                  "It proposes an all-for-all exchange of prisoners."):
        assert (found[point].actor, found[point].stance) == ("russia", "proposes"), point
    assert found["Zelensky said the text was an ultimatum."].actor == "ukraine"


def test_points_comparing_two_texts_keep_each_sides_own():
    text = ("Kyiv's memorandum was handed over with Moscow's.\n\n"
            "1. Military. Russia would cap the size of the army. Ukraine would accept no limits on its army.\n\n"
            "2. Prisoners: a restart in sight?")
    found = {s.text: s for s in statements(text)}
    assert found["Russia would cap the size of the army."].actor == "russia"
    assert found["2. Prisoners: a restart in sight?".removeprefix("2. ")].actor is None


def test_the_original_document_is_the_last_sides_text_named():
    text = ("Delegates met to revise the U.S. plan.\n\n"
            "The original document would cap Ukraine's armed forces at 600,000 and recognise Crimea as Russian.")
    found = {s.text: s for s in statements(text)}
    terms = found["The original document would cap Ukraine's armed forces at 600,000 and recognise Crimea as Russian."]
    assert (terms.actor, terms.stance) == ("united_states", "proposes")


def test_a_side_s_statement_with_no_issue_keeps_to_its_paragraph_s_one_issue():
    from parley.extract.discourse import carry_paragraph_issue
    from parley.model import Statement

    def st(start, actor, issues, text="words words words words words words"):
        return Statement(text=text, start=start, end=start + 5, actor=actor, issues=issues)
    found = carry_paragraph_issue([st(0, None, ("maritime",)), st(10, "north", ()),   # paragraph 1: one issue
                                   st(100, None, ("maritime",)), st(110, None, ("sanctions",)),
                                   st(120, "south", ()),                                # paragraph 2: two issues
                                   st(200, "north", (), text="No."),                    # a fragment
                                   st(300, "south", ()), st(310, None, ("ceasefire",)),  # nothing before it
                                   st(320, None, ("maritime",))],
                                  [0, 100, 200, 300], 6)
    # in a paragraph of two issues, the one it was last on before the statement
    assert [s.issues for s in found] == [("maritime",), ("maritime",), ("maritime",), ("sanctions",), ("sanctions",),
                                         (), (), ("ceasefire",), ("maritime",)]


def test_a_paragraph_about_one_issue_gives_it_to_a_side_that_names_none():
    text = ("The talks on the grain corridor resumed in Valletta on Monday. "
            "The Kremlin said it saw no reason to hurry and would wait for the answer.")
    assert ("russia", "states", ("maritime",), None) in holders(text)


def test_a_text_handed_over_is_the_giver_s_not_the_receiver_s():
    found = holders("According to Medinsky, the Russian side handed the Ukrainian delegation a memorandum on a "
                    "settlement. The document, he said, offers two options for a truce. Under the first, the "
                    "armed forces of Ukraine would withdraw from four regions.")
    assert [(actor, issues) for actor, _, issues, _ in found][-1] == ("russia", ("territory",))


def test_a_text_handed_over_with_its_owner_s_pronoun_is_the_giver_s():
    found = holders("Russia handed Ukraine its memorandum on Monday, which would require Kyiv to withdraw from "
                    "four regions.")
    assert ("ukraine", "proposes") not in [(actor, stance) for actor, stance, _, _ in found]


def test_a_text_introduced_as_subject_gives_its_terms_until_another_text_is_named():
    found = statements("The 12-point draft, written by envoy Steve Witkoff, asks Ukraine to cap its army. "
                       "Elections would follow within 100 days. European governments answered with a "
                       "counter-draft that would set a higher cap on the army.")
    assert [s.actor for s in found] == ["united_states", "united_states", None]


UNLABELLED_INTERVIEW = (
    "Kyiv desk interview\n\nWe spoke to Olena, who works at the Ukrainian Foreign Ministry on lists of prisoners.\n\n"
    "What made the last swap possible?\n\nMonths of work. We handed over 120 and got 110 back.\n\n"
    "What about the children?\n\nRussia claims it moved them for their safety. We call it theft.\n\n"
    "And the bodies of the fallen?\n\nWe do not mix them with exchanges of the living.")


def test_an_unlabelled_interview_s_we_is_the_interviewee_about_the_question():
    found = {s.text: s for s in statements(UNLABELLED_INTERVIEW)}
    assert found["We call it theft."].actor == "ukraine" and "children" in found["We call it theft."].issues
    assert found["Russia claims it moved them for their safety."].actor == "russia"
    living = found["We do not mix them with exchanges of the living."]
    assert living.actor == "ukraine" and set(living.issues) >= {"prisoners", "bodies"}


@pytest.mark.parametrize("sentence, actor", [
    # an answer's sentence opening on a link word is still the interviewee's
    ("But we asked for a month of silence.", "ukraine"),
    ("That is why our team proposed that the presidents meet.", "ukraine"),
    ("Yes, we handed over new lists.", "ukraine"),
    # others named in an answer are not the interviewee
    ("Then Russia said it was ready.", "russia"),
    ("But US envoys proposed a full ceasefire.", "united_states"),  # "US", not "us"
    ("But our correspondent in Moscow reports the Kremlin wants a truce.", "russia"),
    ("Now our European partners propose sanctions.", None),
    ("However, we refused the pauses.", "ukraine"),
    ("We asked the mediators to host the next round.", "ukraine"),
    ("Our counterparts from Russia refused the pauses.", None),
])
def test_an_interview_answer_is_the_interviewee_s_unless_it_names_another(sentence, actor):
    text = ("Interview\n\nOlena Kit, who advises Ukraine's negotiators, spoke to us on Monday.\n\n"
            f"Did the talks bring anything?\nLittle. {sentence}\n\nAnd the prisoners?\nWe handed over new lists.")
    assert {s.text: s.actor for s in statements(text)}[sentence] == actor


def test_a_labelled_answer_opening_on_a_link_word_is_the_speaker_s():
    text = "Transcript\n\nUMEROV: Little. Russia offered pauses of a day. But we asked for a month of silence.\n"
    assert {s.text: s.actor for s in statements(text)}["But we asked for a month of silence."] == "ukraine"


def test_one_rhetorical_question_makes_no_interview():
    text = ("Ukrainian Foreign Ministry officials met on Monday.\n\nWhat comes next?\n\n"
            "Russia said it was ready. We call it theft.")
    assert {s.text: s.actor for s in statements(text)}["We call it theft."] != "ukraine"


def test_an_interview_s_interviewee_is_the_person_its_introduction_presents():
    text = ("Interview\n\nKyrylo Budanov, head of Ukraine's military intelligence, spoke to us about the talks "
            "with Russia.\n\nAre new exchanges coming?\n\nWe are preparing new lists of prisoners.\n\n"
            "Will there be a truce soon?\n\nWe will only know after Monday, a European diplomat said.")
    found = {s.text: s for s in statements(text)}
    assert found["We are preparing new lists of prisoners."].actor == "ukraine"
    assert found["We will only know after Monday, a European diplomat said."].actor is None  # its own speaker


def test_a_plan_with_a_relative_clause_before_its_authors_is_theirs_where_described():
    text = ("The 12-point plan that surfaced on Monday, drafted by U.S. envoy Steve Witkoff, read like a wish list. "
            "It would cap Ukraine's army at 500,000 troops.")
    assert holders(text)[-1][:2] == ("united_states", "proposes")


def test_a_reference_back_takes_the_issue_of_what_it_refers_to():
    text = ("The Black Sea grain deal was extended on Monday.\n\n"
            "The deal was first agreed for 120 days.\n\n"
            "Moscow said it would stay in the deal only if its farm bank was reconnected to SWIFT.")
    moscow = [s for s in statements(text) if s.actor == "russia"]
    assert moscow and set(moscow[-1].issues) == {"maritime", "sanctions"}


def test_a_reference_that_only_sets_the_time_takes_no_issue():
    text = ("Kyiv proposed a meeting of the presidents in August.\n\n"
            "Hours before the meeting, Moscow said it rejected any foreign troops in Ukraine.")
    moscow = [s for s in statements(text) if s.actor == "russia"]
    assert moscow and "summit" not in moscow[-1].issues


def post_answers(opening: str) -> list:
    text = (f"{opening}\n\nQ (daily paper): When is the next prisoner swap?\n\n"
            "SPOKESMAN: The lists are being checked. Nothing more is planned.")
    return [s for s in statements(text) if s.text.startswith(("The lists", "Nothing"))]


def test_a_label_that_is_only_a_post_is_the_side_the_transcript_opens_with():
    answers = post_answers("TRANSCRIPT | Daily press call, Moscow")
    assert [(s.actor, s.issues) for s in answers] == [("russia", ("prisoners",))] * 2
    assert {s.speaker for s in answers} == {"Spokesman"}  # the post, not the place the transcript opens with


def test_a_post_label_is_not_the_side_a_briefing_is_about():
    answers = post_answers("TRANSCRIPT | UN noon briefing on Ukraine")
    assert answers and all(s.actor != "ukraine" for s in answers)


@pytest.mark.parametrize("text", [
    # another deal, named by its own word or its partner
    "The Black Sea grain deal expired in July.\n\nZelensky said the minerals deal was ready to sign.",
    "The Black Sea grain deal expired in July.\n\nZelensky said the deal with Washington was ready to sign.",
])
def test_a_reference_to_another_deal_takes_no_issue_from_the_first(text):
    kyiv = [s for s in statements(text) if s.actor == "ukraine"]
    assert kyiv and "maritime" not in kyiv[-1].issues


def test_a_texts_terms_go_on_into_the_paragraphs_that_open_on_them():
    text = ("The U.S. draft, drawn up by envoy Steve Witkoff, runs to 20 points. Ukraine would cede the east.\n\n"
            "On security, Ukraine's army would be capped at 500,000 and Russia invited back into the G8.\n\n"
            "The economic chapter unfreezes frozen Russian assets for reconstruction.\n\n"
            "Zelensky said Ukraine would never accept a cap on its army.\n\n"
            "A ceasefire would still be months away.")
    found = {s.text: s for s in statements(text)}
    assert found["On security, Ukraine's army would be capped at 500,000 and Russia invited back into the G8."
                 ].actor == "united_states"
    assert found["The economic chapter unfreezes frozen Russian assets for reconstruction."].actor == "united_states"
    assert found["Zelensky said Ukraine would never accept a cap on its army."].actor == "ukraine"
    # a paragraph of someone else's speech ends the description: what follows is not the text's
    assert found["A ceasefire would still be months away."].actor != "united_states"


def test_a_texts_options_by_their_order_are_its_authors_terms():
    text = ("Moscow's memorandum offers two routes to a ceasefire. Under the first, Ukraine withdraws its forces "
            "from four regions. Under the second, it halts mobilisation and stops receiving Western weapons.")
    found = {s.text: s for s in statements(text)}
    for option in ("Under the first, Ukraine withdraws its forces from four regions.",
                   "Under the second, it halts mobilisation and stops receiving Western weapons."):
        assert (found[option].actor, found[option].stance) == ("russia", "proposes"), option


def test_a_text_named_mid_sentence_as_the_source_or_owner_of_its_terms():
    text = ("The memorandum handed by the Russian delegation to Kyiv on Monday sets out the root causes of the "
            "conflict, Zakharova said.\n\n"
            "Under the first option, as set out in the text, a ceasefire would begin once Ukrainian forces leave "
            "four regions. The second is a package that includes a halt to Western arms deliveries.")
    found = {s.text: s for s in statements(text)}
    assert found["The second is a package that includes a halt to Western arms deliveries."].actor == "russia"
    assert next(s for t, s in found.items() if t.startswith("Under the first option")).actor == "russia"
    digest = ("The 28-point draft that Washington put to Kyiv last week has been pared to 19 points. Among the items "
              "still open: the draft's call for Ukraine to withdraw from the Donbas, which Kyiv refuses.")
    assert next(s for s in statements(digest) if "the draft's call" in s.text).actor == "united_states"


def test_our_text_in_a_sides_quotation_is_that_sides_not_the_receivers():
    text = ("“We handed the Ukrainian side our memorandum,” Medinsky told reporters.\n\n"
            "According to the text, Moscow's preferred option is a full withdrawal of Ukrainian forces. "
            "The alternative is a package that includes a halt to Western arms deliveries.")
    alternative = next(s for s in statements(text) if s.text.startswith("The alternative"))
    assert (alternative.actor, alternative.stance) == ("russia", "proposes")


def test_a_question_about_a_text_is_answered_with_its_terms():
    text = ("ANCHOR: The original U.S. draft had 28 points. What alarmed Kyiv in the first draft?\n\n"
            "CORRESPONDENT: Three things. Ukraine would withdraw from the Donbas. Its armed forces would be capped "
            "at 600,000. There is also an all-for-all prisoner exchange.\n\n"
            "ANCHOR: And Europe's answer?")
    found = {s.text: s for s in statements(text)}
    for term in ("Its armed forces would be capped at 600,000.", "There is also an all-for-all prisoner exchange."):
        assert found[term].actor == "united_states", term
    assert found["Three things."].actor is None  # the answer's opening names no term


def test_the_other_sides_text_told_in_an_answer_is_theirs_as_the_speaker_tells_it():
    text = ("INTERVIEW\n\nUkraine's human rights commissioner, Dmytro Lubinets, on the talks.\n\n"
            "Q: Russia also handed over its own memorandum. What is in it?\n\n"
            "A: Their draft would have Ukraine withdraw its troops from four regions before a ceasefire begins.")
    draft = next(s for s in statements(text) if "Their draft" in s.text)
    assert (draft.actor, draft.stance, draft.reporter) == ("russia", "proposes", "ukraine")


def test_a_swap_told_with_no_speaker_is_both_sides_act():
    found = {s.text: s for s in statements(
        "Talks resumed in Istanbul.\n\nA swap the next day: 175 prisoners for 175. "
        "The exchange planned for Friday did not take place. Will there be an all-for-all exchange? "
        "Zelensky said 84 prisoners came home in exchange for Russian servicemen.")}
    swap = found["A swap the next day: 175 prisoners for 175."]
    assert (swap.actor, swap.stance) == ("joint", "agrees")
    assert found["The exchange planned for Friday did not take place."].actor is None  # not done
    assert found["Will there be an all-for-all exchange?"].actor is None  # asked, not done
    assert found["Zelensky said 84 prisoners came home in exchange for Russian servicemen."].actor == "ukraine"


def test_a_heading_sentence_does_not_end_a_texts_description():
    text = ("The U.S. plan, drawn up by envoy Steve Witkoff, would freeze the front line.\n\n"
            "Money is the sweetener. Frozen Russian assets would go into reconstruction.")
    assert next(s for s in statements(text) if s.text.startswith("Frozen")).actor == "united_states"


def test_a_question_about_the_text_its_paragraph_just_named_is_answered_with_its_terms():
    text = ("Q: Moscow's memorandum reached the table only at the end. What does it contain?\n\n"
            "A: Two routes. In the second, there is a bundle of terms: a halt to Western arms deliveries and "
            "no further mobilisation.\n\n"
            "Q: And the children?")
    second = next(s for s in statements(text) if s.text.startswith("In the second"))
    assert (second.actor, second.stance) == ("russia", "proposes")


def test_a_question_that_asks_nothing_of_the_texts_terms_opens_no_terms():
    text = ("Q: Moscow's memorandum reached the table only at the end. Is it too late?\n\n"
            "A: A ceasefire would need monitors along the whole front.")
    answer = next(s for s in statements(text) if "monitors" in s.text)
    assert answer.actor is None


def test_the_terms_listed_after_a_sides_plan_are_that_sides():
    text = ("Timeline\n\n- 3 March: talks in Jeddah.\n- 9 December: the U.S. plan reaches Kyiv. Among its terms: "
            "Ukraine gives up the rest of the region, caps its army at 500,000 and stays out of NATO.")
    terms = next(s for s in statements(text) if s.text.startswith("Among its terms"))
    assert terms.actor == "united_states"


def test_words_closed_by_is_how_a_side_put_it_are_that_sides():
    text = ("Q: And the remains?\n\nA: \"Seven hundred for seven hundred\" is how the Ukrainian delegation put it. "
            "Nobody else gave a figure.")
    told = next(s for s in statements(text) if "is how" in s.text)
    assert (told.actor, told.reported) == ("ukraine", True)
    assert next(s for s in statements(text) if s.text.startswith("Nobody")).actor is None


@pytest.mark.parametrize("text, holder", [
    # a heading asking what one side wants: the answer's unattributed sentence is that side's
    ("What does Moscow want?\nAn end to all Western arms deliveries before any truce is signed.", "russia"),
    ("Where does Kyiv stand?\nA truce along the present line, with the fate of the land settled later.", "ukraine"),
    ("Q: What did Moscow put on the table?\nA: Local truces of a day or two to clear the battlefield.", "russia"),
    # a heading about an issue, or naming two sides, gives no side
    ("What happens to the captives?\nAll the lists of names are to be checked by the Red Cross before the summer.", None),
    ("What do Moscow and Kyiv want?\nAn end to the strikes on ports and grain terminals along the coast.", None),
    # a heading that asks about something else the side did, not what it wants
    ("What happened when Moscow offered a truce?\nThe truce collapsed within hours as drones struck the port.", None),
    ("Where does Moscow stand on the battlefield?\nAbout a fifth of the country is under occupation.", None),
    ("What is Kyiv asking for?\nAn immediate, unconditional ceasefire.", "ukraine"),
    ("What Kyiv wants\nAn immediate return of every deported child.", "ukraine"),
    # a side that is only part of the slot, an answer that is someone else's clause, a denial
    ("What do Kyiv's European allies want?\nMore say over any guarantees for Ukraine and a role in the talks.", None),
    ("What does Moscow want?\nWestern diplomats believe a ceasefire is not among its goals.", None),
    ("What does Moscow want?\nNot a ceasefire, at least not before the summer.", None),
])
def test_the_paragraph_under_a_heading_asking_what_a_side_wants_is_that_side_s(text, holder):
    answer = statements(text)[-1]
    assert answer.actor == holder


def test_only_the_first_sentence_under_a_heading_answers_it():
    text = "Q: What did Moscow put on the table?\nA: Local truces of a day or two in a few places. The rest is theatre."
    answer, comment = statements(text)[-2:]
    assert (answer.actor, comment.actor) == ("russia", None)


_DRAFT = "A U.S. draft of twenty points is now the basis of the talks.\n\n"
_MEMORANDUM = "The Kremlin handed over its memorandum in Istanbul.\n\n"


@pytest.mark.parametrize("text, holder", [
    # "It" after a side's own sentence is that side, not a text named paragraphs before ...
    (_DRAFT + "Kyiv will not give up any land in the east. It wants its allies to guarantee its security for decades.",
     "ukraine"),
    # ... but not after a person's, nor when it names that side, nor when it tells terms with "would"
    (_DRAFT + "Zelensky says he cannot sign away land. It demands that Ukraine withdraw from the rest of Donetsk.",
     "united_states"),
    (_MEMORANDUM + "Kyiv rejected the terms outright. It demands that Ukraine withdraw from four regions.", "russia"),
    (_MEMORANDUM + "Kyiv has asked for changes. It would require the army to leave four regions.", "russia"),
    # right after the text's own terms, "It" goes on with them
    ("The U.S. plan, drawn up by envoy Steve Witkoff, would freeze the front line. "
     "It would also cap the Ukrainian army at 500,000.", "united_states"),
])
def test_it_is_the_side_of_the_sentence_before_or_the_text_named(text, holder):
    it = next(s for s in statements(text) if s.text.startswith("It"))
    assert it.actor == holder


RUNNING_ON = ("QUESTION: What came of the meeting?\n\n"
              "PESKOV: We handed over our proposals.\n\n"
              "The main thing is the humanitarian track. We also suggested that the experts meet again in a month.\n\n"
              "Kyiv said it had sent its list on Monday.\n\n"
              "QUESTION: And the prisoners?\n\n"
              "PESKOV: Lists are being checked.\n\n"
              "We expect the wounded to come home first.\n\n"
              "I asked the Southern ministry for comment; it said the swap would go ahead.\n\n"
              "We will update this story.\n\n"
              "Markets in Europe closed higher on Friday.")


def test_a_transcript_answer_runs_on_over_unlabelled_paragraphs_until_the_next_label():
    found = {s.text: s for s in statements(RUNNING_ON)}
    assert found["We also suggested that the experts meet again in a month."].actor == "russia"
    # narration between the answers is Kyiv's, not told by the speaker
    narrated = found["Kyiv said it had sent its list on Monday."]
    assert (narrated.actor, narrated.reporter) == ("ukraine", None)
    # after the last label, a paragraph in the first person goes on with the answer; narration does not
    assert found["We expect the wounded to come home first."].actor == "russia"
    assert found["Markets in Europe closed higher on Friday."].actor is None
    # the reporter's own words are no answer
    assert found["We will update this story."].speaker is None
    assert all(s.actor != "russia" for s in statements(RUNNING_ON) if "swap would go ahead" in s.text)


def test_a_transcript_answer_does_not_run_on_over_the_us_or_someone_else_s_quoted_we():
    text = ("QUESTION: And the prisoners?\n\nPESKOV: Lists are being checked.\n\n"
            "The US has proposed a ceasefire from 1 May.\n\n"
            "Zelensky said: \"We are ready to exchange all for all.\"")
    found = statements(text)
    assert all(s.reporter != "russia" and s.speaker != "Dmitry Peskov" for s in found
               if s.text.startswith(("The US", "Zelensky", "We are")))


def test_a_paragraph_opening_on_this_was_the_first_visit_takes_no_issue_from_before():
    text = ("Kyiv demanded an exchange of all prisoners for all.\n\n"
            "This was the first visit of the Turkish minister to Moscow since 2022, Lavrov said.")
    visit = next(s for s in statements(text) if s.text.startswith("This was"))
    assert "prisoners" not in visit.issues


def test_a_paragraph_opening_on_that_is_what_takes_the_issue_the_paragraph_before_ended_on():
    text = ("Moscow offered to exchange all prisoners for all.\n\n"
            "That is what Kyiv has asked for since the spring.")
    sought = next(s for s in statements(text) if s.text.startswith("That is what"))
    assert (sought.actor, "prisoners" in sought.issues) == ("ukraine", True)


@pytest.mark.parametrize("sentence", [
    "In its economic chapter, the plan calls for all prisoners to be exchanged.",
    "Buried in its last section, the plan calls for all prisoners to be exchanged.",
    "The plan calls for all prisoners to be exchanged.",
])
def test_a_plan_referred_back_to_after_an_opening_phrase_is_its_authors(sentence):
    calls = next(s for s in statements(f"The American plan surfaced last week. {sentence}") if "calls for" in s.text)
    assert (calls.actor, calls.issues) == ("united_states", ("prisoners",))


@pytest.mark.parametrize("line, held", [
    # a line listing who holds what: each entry is its holder's, about the heading's issue
    ("Land — Kyiv: no withdrawal from any region; Moscow: the whole of the east, as its envoy put it in May; "
     "Observers: talks should start from the present line.",
     [("ukraine", ("territory",)), ("russia", ("territory",)), (None, ("negotiations",))]),
    # whoever an entry names, the label holds it; a semicolon that opens no label goes on with its entry
    ("Guarantees — Moscow: no troops from NATO countries on Ukrainian soil; it wants that in writing; "
     "Kyiv: guarantees as strong as Article 5.",
     [("russia", ("military_aid",)), ("ukraine", ("military_aid",))]),
    # a side opening a clause after a semicolon ends the entry before it
    ("Land — Kyiv: no withdrawal from any region; Moscow, for its part, wants the whole of the east; "
     "Washington: a freeze along the line of contact.",
     [("ukraine", ("territory",)), ("russia", ("territory",)), ("united_states", ("territory",))]),
    # a semicolon in a holder's quoted words does not cut the entry
    ('Talks — Moscow: "no truce; no talks" until the land is ceded; Kyiv: a ceasefire first.',
     [("russia", ("ceasefire", "territory")), ("ukraine", ("ceasefire",))]),
])
def test_a_line_listing_who_holds_what_is_read_entry_by_entry(line, held):
    found = statements(line)
    assert [(s.actor, s.issues) for s in found] == held


@pytest.mark.parametrize("text, holder", [
    # a sentence with a colon is no list: one label without a heading, a label naming no side
    ("Note: Moscow wants the whole east; it has said so for months.", "russia"),
    ("The message was blunt: Moscow wants the whole east; Kyiv will not give it.", "russia"),
    # two sides in one label name no one holder
    ("Land — Kyiv and Moscow: no agreement on the east.", None),
    # one entry after a dash is no list: the clause keeps its own subject
    ("Overnight — Kyiv: Putin rejected the ceasefire offer again.", "russia"),
])
def test_a_sentence_with_a_colon_is_no_list_of_holders(text, holder):
    assert statements(text)[0].actor == holder


def test_a_quotation_is_the_speaker_the_next_sentence_names():
    text = ("Medinsky said Russia was ready to fight for years.\n\n"
            "\"The current text reflects most of our priorities.\"\n\n"
            "That was Umerov's verdict after Geneva. He was careful to add that the presidents decide.")
    found = statements(text)
    assert [(s.actor, s.speaker) for s in found] == [("russia", "Vladimir Medinsky")] + [("ukraine", "Rustem Umerov")] * 3


@pytest.mark.parametrize("text", [
    "\"We will not give up any land,\" Zelensky said. That was Peskov's answer in May.",
    # someone agreeing, or answered, is not who said it
    "Peskov spoke on Monday.\n\n\"A ceasefire now would only let Kyiv rearm.\"\n\nThat was also Trump's view in spring.",
    "Peskov spoke on Monday.\n\n\"A ceasefire now would only let Kyiv rearm.\"\n\nThat was a reply to Zelensky's call.",
])
def test_a_quotation_keeps_its_speaker_whoever_the_next_sentence_names(text):
    quoted = next(s for s in statements(text) if "ceasefire" in s.text or "land" in s.text)
    assert quoted.actor in ("ukraine", "russia") and quoted.actor == ("ukraine" if "land" in quoted.text else "russia")


@pytest.mark.parametrize("closing", [
    "That was a long day for everyone.",  # names no one's words
    "That was Umerov's verdict after Geneva.",  # but the sentence before quotes no one
])
def test_a_sentence_naming_words_claims_only_a_quotation_right_before_it(closing):
    text = "Medinsky said Russia was ready to fight for years. The talks went on into the night.\n\n" + closing
    assert statements(text)[1].actor != "ukraine"


def test_words_claimed_after_a_quotation_of_two_paragraphs_are_all_the_speaker_s():
    text = ("Yermak said his team wanted every prisoner back.\n\n"
            "\"We are ready for peace. Now the United States must convince Russia to do the same.\n\n"
            "\"If they agree, the silence will start immediately.\"\n\n"
            "Those words came from President Volodymyr Zelensky in his nightly address.")
    found = statements(text)
    assert [s.speaker for s in found[1:]] == ["Volodymyr Zelensky"] * 4


@pytest.mark.parametrize("text, expected", [
    ("Medinsky's answer: a meeting of the presidents should seal a deal, not start one.",
     ("russia", "Vladimir Medinsky", ("summit",))),
    ("Kyiv's reply: no ceasefire on those terms.", ("ukraine", None, ("ceasefire",))),
])
def test_someone_s_answer_before_a_colon_frames_what_follows(text, expected):
    [s] = statements(text)
    assert (s.actor, s.speaker, s.issues) == expected


def test_an_answer_that_is_no_frame_keeps_its_holder():
    # "answer" as the subject of a sentence, not before a colon
    [s] = statements("Kyiv's answer came within the hour, Peskov said.")
    assert (s.actor, s.speaker) == ("russia", "Dmitry Peskov")


@pytest.mark.parametrize("opening", [
    "Kyiv, Donald Trump said on Friday, should accept his peace plan by Thursday.",
    "Kyiv should accept his peace plan by Thursday, Donald Trump said on Friday.",
])
def test_a_plan_named_by_its_authors_pronoun_is_theirs_where_described(opening):
    found = statements(opening + "\n\nThe original draft was written with Moscow in mind. It would cap Ukraine's "
                                 "army at 600,000 and require Kyiv to withdraw from the rest of Donetsk region.")
    terms = next(s for s in found if s.text.startswith("It would cap"))
    assert (terms.actor, terms.stance) == ("united_states", "proposes")


def test_one_side_telling_what_the_other_side_s_text_says_keeps_the_text_s_authors():
    found = statements("According to Ukrainian officials, the Russian memorandum makes any ceasefire conditional on "
                       "Ukrainian troops leaving four regions.")
    assert any((s.actor, s.reporter) == ("russia", "ukraine") and "territory" in s.issues for s in found)
    assert not any(s.actor == "ukraine" and "territory" in s.issues for s in found)


def test_a_heading_naming_a_sides_text_makes_the_paragraph_under_it_that_texts_terms():
    text = ("09:10\nDelegations arrive in Riyadh\nThe teams were seen entering the hotel.\n\n"
            "08:30\nInside the Russian plan\nThe 14-point draft would have Kyiv hand over all of Kherson region. "
            "It foresees lifting sanctions on Russian banks. All captives would be swapped on an all-for-all basis.")
    found = {s.text: s for s in statements(text)}
    for opening in ("The 14-point draft", "It foresees", "All captives"):
        terms = next(s for t, s in found.items() if t.startswith(opening))
        assert (terms.actor, terms.stance) == ("russia", "proposes"), opening
    # a heading that names no side's text lends nothing
    assert found["The teams were seen entering the hotel."].actor is None


@pytest.mark.parametrize("text, sentence, actor, issues", [
    # a paragraph opening on "that idea", "the U.S. move": the paragraph before is what it is about
    ("Kyiv said the line of contact should be where talks on land begin.\n\nMoscow has rejected that idea.",
     "Moscow has rejected that idea.", "russia", ("territory",)),
    ("Washington imposed sanctions on two Russian oil companies on Wednesday.\n\n"
     "Zelensky called the U.S. move a strong signal.", "Zelensky called the U.S. move a strong signal.",
     "ukraine", ("sanctions",)),
    # an answer with no object answers the paragraph before
    ("Moscow proposed setting up three working groups that would meet online.\n\n"
     "Kyiv has not said whether it will accept. Its priority remains a full ceasefire.",
     "Kyiv has not said whether it will accept.", "ukraine", ("working_groups",)),
    # an answer opening the paragraph that tells it is on what the paragraph tells
    ("Moscow proposed setting up three working groups that would meet online.\n\n"
     "The Kyiv authorities were quick to respond. Kyiv is ready for a full ceasefire of 30 days.",
     "The Kyiv authorities were quick to respond.", "ukraine", ("ceasefire",)),
    # a noun its own words define points back to nothing
    ("Zelensky called for new sanctions on Russian banks.\n\nMoscow, meanwhile, has yet to send the proposal it promised.",
     "Moscow, meanwhile, has yet to send the proposal it promised.", "russia", ()),
    # nor one still to come, nor a phone call
    ("Kyiv handed over a list of deported children.\n\nAnkara wants the next step taken at the top.",
     "Ankara wants the next step taken at the top.", "turkey", ()),
    ("Kyiv handed over a list of deported children.\n\nTrump rated the call a ten.",
     "Trump rated the call a ten.", "united_states", ()),
])
def test_a_paragraph_opening_on_a_reference_back_takes_the_issue_the_paragraph_before_ended_on(
        text, sentence, actor, issues):
    said = next(s for s in statements(text) if s.text == sentence)
    assert (said.actor, said.issues) == (actor, issues)


@pytest.mark.parametrize("sentence", [
    "Peskov said the Russian plan remained on the table.",  # a plan named by its side: its own
    "Moscow said the earlier proposal still stood.",
    "Peskov said Moscow would make the decision in time.",
])
def test_a_paragraph_opening_on_a_thing_of_its_own_takes_nothing_from_the_one_before(sentence):
    said = next(s for s in statements("Zelensky called for new sanctions on Russian banks.\n\n" + sentence)
                if s.text == sentence)
    assert "sanctions" not in said.issues


def test_something_else_is_not_more_of_the_issue_just_named():
    from parley.extract.discourse import carry_issues
    from parley.model import Statement
    first, other = "Kyiv wants a full ceasefire first.", "Other conditions concern port services for its ships."
    found = carry_issues([Statement(first, 0, len(first), "ukraine", issues=("ceasefire",)),
                          Statement(other, len(first) + 1, len(first) + 1 + len(other), "ukraine")], [0])
    assert found[-1].issues == ()
