"""Reading an exchange figure in its text: when (dates, paragraphs, rounds), what (the word
that governs the number), whose and how counted (per side, one side, totals, parts)."""

from datetime import date

import pytest

from parley.event_text import read_figures
from parley.events import resolve_events
from parley.extract.dates import dates_in
from tests.event_fixtures import Article, corpus, profile

FRIDAY = date(2031, 3, 14)
SUNDAY = date(2031, 3, 16)


def readings(*articles: Article, **extra):
    rows, texts = corpus(*articles)
    return read_figures(rows, texts, profile(**extra), dates_in)


def events(*articles: Article):
    rows, texts = corpus(*articles)
    return resolve_events(rows, texts, profile(), (), dates_in)


def event_of(found, row):
    return next(e for e in found.events if any(found.readings[i].row is row for i in e.members))


# -- when ------------------------------------------------------------------------------------
def test_an_explicit_date_dates_the_figure():
    a = Article("a", "On 12 March, 120 prisoners were released by each side.", SUNDAY)
    a.figure("120 prisoners", 120, per_side=True)
    [r] = readings(a)
    assert (r.window.earliest, r.window.latest, r.window.basis) == (date(2031, 3, 12),) * 2 + ("text",)


def test_a_weekday_resolves_against_the_publication_date():
    a = Article("a", "The North and the South swapped 84 prisoners each on Friday, officials said.", SUNDAY)
    a.figure("84 prisoners", 84, per_side=True)
    [r] = readings(a)
    assert r.window.earliest == r.window.latest == FRIDAY and r.window.words == "Friday"


@pytest.mark.parametrize("sentence, earliest, latest", [
    ("Each side freed 50 prisoners yesterday.", date(2031, 3, 15), date(2031, 3, 15)),
    ("Last week 50 prisoners were freed by each side.", date(2031, 3, 3), date(2031, 3, 9)),
    ("Earlier this month 50 prisoners were freed by each side.", date(2031, 3, 1), date(2031, 3, 31)),
])
def test_relative_phrases_date_the_figure_against_the_publication_date(sentence, earliest, latest):
    a = Article("a", sentence, SUNDAY)
    a.figure("50 prisoners", 50, per_side=True)
    [r] = readings(a)
    assert (r.window.earliest, r.window.latest, r.window.basis) == (earliest, latest, "text")


def test_a_round_named_by_its_ordinal_dates_what_was_agreed_there():
    a = Article("a", "The sides agreed at the first round to swap 1,000 prisoners each, officials recalled.",
                date(2031, 6, 1))
    a.figure("1,000", 1000, per_side=True, round_id="geneva-1")
    [r] = readings(a)
    assert (r.window.earliest, r.window.basis) == (date(2031, 3, 10), "round")


def test_a_sentence_without_a_date_takes_its_paragraphs():
    a = Article("a", "The swap came on Friday, before the truce began. In all, 75 prisoners were freed by each "
                "side.\nLater, 12 more prisoners were freed.", SUNDAY)
    a.figure("75 prisoners", 75, per_side=True)
    a.figure("12 more", 12)
    first, second = readings(a)
    assert (first.window.earliest, first.window.basis) == (FRIDAY, "paragraph")
    assert second.window.basis == "published"  # a new paragraph: the article's own news days
    assert second.window.latest == SUNDAY and second.window.days == 4


def test_a_date_of_another_item_in_the_sentence_is_not_this_figures():
    a = Article("a", "The spring brought a swap of 40 for 40, and on 2 May 55 more prisoners came home to "
                "each side.", date(2031, 5, 12))
    a.figure("40 for 40", 40, per_side=True)
    a.figure("55 more", 55, per_side=True)
    forty, fifty_five = readings(a)
    assert fifty_five.window.earliest == date(2031, 5, 2)
    assert forty.window.basis == "before"  # undated in its text: any time before the article


def test_an_agreement_at_a_named_round_takes_the_rounds_date():
    a = Article("a", "At the second round the sides agreed to exchange 500 prisoners each.", date(2031, 5, 30))
    a.figure("500 prisoners", 500, per_side=True, round_id="geneva-2")
    [r] = readings(a)
    assert (r.kind, r.window.earliest, r.window.basis) == ("agreement", date(2031, 4, 20), "round")


def test_an_undated_article_without_a_date_in_its_text_stays_unlinked():
    a = Article("a", "Each side released 300 prisoners, officials said.", None)
    row = a.figure("300 prisoners", 300, per_side=True)
    found = events(a)
    assert [found.readings[i].row for i in found.unlinked] == [row] and not found.events


def test_an_undated_article_is_dated_by_a_full_date_in_its_text():
    a = Article("a", "On 12 March 2031, 120 prisoners were released by each side.", None)
    a.figure("120 prisoners", 120, per_side=True)
    [event] = events(a).events
    assert event.date == date(2031, 3, 12)


def test_that_day_is_the_day_named_before_not_the_day_of_writing():
    a = Article("a", "The round opened on 12 March. As of today it is adjourned. The only result that day was a "
                "deal on 300 prisoners each.", SUNDAY)
    a.figure("300 prisoners", 300, per_side=True)
    [r] = readings(a)
    assert (r.window.earliest, r.window.words) == (date(2031, 3, 12), "that day")


def test_a_day_still_ahead_is_not_when_a_commitment_was_made():
    a = Article("a", "On 12 March the North said it would hand over 600 bodies next week.", SUNDAY)
    a.figure("600 bodies", 600, category="bodies")
    [r] = readings(a)
    assert r.kind == "agreement" and r.window.earliest == date(2031, 3, 12)


def test_the_day_of_the_agreement_a_stage_carried_out_is_not_the_stages():
    a = Article("a", "Under the agreement reached on 2 March, 300 prisoners each were exchanged on 12 March.", SUNDAY)
    a.figure("300 prisoners", 300, per_side=True)
    [r] = readings(a)
    assert r.kind == "completed" and r.window.earliest == date(2031, 3, 12)


@pytest.mark.parametrize("sentence, earliest, latest", [
    ("The sides met on 2 March. The result was a swap of 300 for 300, completed over three days from 5 March.",
     date(2031, 3, 5), date(2031, 3, 7)),
    ("The sides met on 2 March. The result was a swap of 300 for 300, carried out over two days starting on 5 March.",
     date(2031, 3, 5), date(2031, 3, 6)),
    # an open start is no day of the swap: the paragraph's day is
    ("The sides met on 2 March. The result was a swap of 300 for 300, the first since 5 March.",
     date(2031, 3, 2), date(2031, 3, 2)),
])
def test_a_span_told_by_its_start_and_length_dates_the_exchange(sentence, earliest, latest):
    a = Article("a", sentence, SUNDAY)
    a.figure("300 for 300", 300, per_side=True)
    [r] = readings(a)
    assert (r.window.earliest, r.window.latest) == (earliest, latest)


def test_an_exchange_compared_with_a_round_is_not_dated_after_it():
    a = Article("a", "The 300-for-300 exchange was the largest since the first round of talks.", date(2031, 6, 1))
    a.figure("300-for-300", 300, per_side=True, round_id="geneva-1")
    [r] = readings(a)
    assert r.window.basis != "round" or r.window.earliest == r.window.latest


def test_an_agreement_to_swap_over_days_from_a_day_is_dated_when_agreed():
    a = Article("a", "The sides met on 2 March. They agreed a swap of 300 for 300, to be carried out over three "
                "days from 5 March.", SUNDAY)
    a.figure("300 for 300", 300, per_side=True)
    [r] = readings(a)
    assert r.kind == "agreement" and (r.window.earliest, r.window.latest) == (date(2031, 3, 2), date(2031, 3, 2))


def test_an_exchange_done_after_a_round_is_dated_in_the_weeks_after_it():
    a = Article("a", "After the first round, the sides carried out the 300-for-300 exchange.", date(2031, 6, 1))
    a.figure("300-for-300", 300, per_side=True, round_id="geneva-1")
    [r] = readings(a)
    assert r.kind == "completed"
    assert (r.window.earliest, r.window.latest, r.window.basis) == (date(2031, 3, 10), date(2031, 4, 9), "round")


@pytest.mark.parametrize("opening", ["After the March exchanges of the badly wounded", "After the March exchanges",
                                     "Following the March prisoner swap"])
def test_an_agreement_after_an_exchange_its_opening_names_is_dated_after_it(opening):
    a = Article("a", f"{opening}, we agreed to swap at least 800 a side.", date(2031, 4, 20))
    a.figure("800", 800, per_side=True)
    [r] = readings(a)
    assert r.kind == "agreement"
    assert (r.window.earliest, r.window.latest) == (date(2031, 3, 1), date(2031, 4, 20))


@pytest.mark.parametrize("opening", [
    "After nine hours of talks on 4 March",
    "After an exchange of views on 4 March",
    "After exchanges of fire along the front on 4 March",
    "Following the exchange of draft texts on 4 March",
    "After talks on a prisoner exchange on 4 March",
    "After the swap talks in Valletta on 4 March",
])
def test_an_agreement_after_talks_its_opening_dates_is_dated_by_them(opening):
    a = Article("a", f"{opening}, they agreed to swap at least 800 a side.", date(2031, 4, 20))
    a.figure("800", 800, per_side=True)
    [r] = readings(a)
    assert (r.window.earliest, r.window.latest) == (date(2031, 3, 4), date(2031, 3, 4))


def test_the_day_an_exchange_was_agreed_on_does_not_date_the_exchange_done():
    text = "The swap ended on Friday. The stages make up the 500 prisoners each the envoys agreed in Valletta on 2 March."
    a = Article("a", text, SUNDAY)
    a.figure(text[29:], 500, per_side=True)
    [r] = readings(a)
    assert r.kind == "completed" and r.window.earliest == FRIDAY


@pytest.mark.parametrize("sentence", [
    "The North would then hand over 600 bodies of soldiers.",
    "When will the exchange of 600 for 600 take place?",
])
def test_a_sentence_that_looks_ahead_is_not_of_an_exchange_done(sentence):
    a = Article("a", sentence, SUNDAY)
    a.figure("600", 600, category="bodies")
    [r] = readings(a)
    assert r.kind == "agreement"


# -- what ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, kind", [
    ("The sides agreed to exchange 1,000 prisoners each.", "agreement"),
    ("The North offered to hand over 3,000 bodies.", "offer"),
    ("The South proposed a swap of 200 prisoners each.", "proposal"),
    ("On Friday 146 prisoners were handed over by each side.", "completed"),
    ("More than 7,000 prisoners have been brought home since the war began.", "cumulative"),
    ("The exchange took the total to 4,181 prisoners.", "cumulative"),
    ("A list of 339 children was handed to the other side.", "list"),
    ("More than 20 civilians are still held in the North.", "other"),
    ("The sides reached an agreement to exchange 1,000 prisoners each.", "agreement"),
    ("In the largest swap since the war began, 390 prisoners were freed by each side.", "completed"),
    ("She welcomed the agreement reached in Valletta to exchange at least 1,200 prisoners each.", "agreement"),
    ("The number of prisoners freed reached 4,200 last week.", "cumulative"),
    ("The exchange agreed at the first round, 1,000 for 1,000, was completed only in part.", "agreement"),
    # a headline's verb, not the participle that says which exchange it was
    ("The North and the South complete 500 for 500 swap agreed in Valletta", "completed"),
    # stages said to make up the number agreed are the whole exchange done
    ("Together the two stages make up the 500 prisoners per side both envoys settled on in Valletta.", "completed"),
    ("The sides will complete the exchange of 500 prisoners each next week.", "agreement"),
    # a verb of starting between the plan and the exchange: still to come
    ("The North is ready to start handing over the bodies of 900 fighters, as the envoys agreed.", "offer"),
    ("The North will begin releasing 150 prisoners on Monday.", "agreement"),
    ("The North will continue releasing 150 prisoners a week.", "agreement"),
])
def test_the_word_that_governs_the_number_gives_the_kind(sentence, kind):
    a = Article("a", sentence, SUNDAY)
    value = next(int(w.replace(",", "")) for w in sentence.split() if w.replace(",", "").isdigit())
    a.figure(sentence[:12], value, category="bodies" if "bodies" in sentence else "prisoners")
    [r] = readings(a)
    assert (r.kind, r.firm) == (kind, True)


def test_per_side_one_side_and_whose():
    a = Article("a", "On Friday 84 Northern soldiers came home, and 84 prisoners went back to the South.", SUNDAY)
    a.figure("84 Northern", 84)
    a.figure("84 prisoners", 84)
    first, second = readings(a)
    assert (first.role, first.side) == ("side", "north")
    assert (second.role, second.side) == ("side", "south")


@pytest.mark.parametrize("text, value, role", [
    ("On Friday 292 captives were exchanged, 146 from each side.", 292, "total"),
    ("On Friday 150 captives were released by each side, 300 in all.", 300, "total"),
    ("Counting both directions, 410 people went home on Friday.", 410, "total"),
    ("On Friday 246 prisoners were released by each side.", 246, "each"),
])
def test_totals_are_sums_or_say_both_directions(text, value, role):
    a = Article("a", text, SUNDAY)
    for number in (292, 146, 150, 300, 410, 246):
        if f"{number} " in text:
            a.figure(f"{number} ", number, per_side=number in (146, 150, 246))
    [r] = [r for r in readings(a) if r.row.figure.value == value]
    assert r.role == role


def test_a_sub_count_is_a_part_of_the_figure_before_it():
    a = Article("a", "Eighty-four Southerners came home on Friday. Of those freed, 33 are soldiers and 51 "
                "are civilians.", SUNDAY)
    whole = a.figure("Eighty-four", 84)
    a.figure("33 are", 33)
    a.figure("51 are", 51, category="civilians")
    first, soldiers, civilians = readings(a)
    assert first.role == "side" and (soldiers.role, soldiers.part_of) == ("part", 0)
    assert (civilians.role, civilians.part_of) == ("part", 0)
    found = events(a)
    assert event_of(found, soldiers.row).parent == event_of(found, whole).id


@pytest.mark.parametrize("text, part", [
    ("On Friday, 390 people crossed the border, 270 soldiers and 120 civilians among them.", "270 soldiers"),
    ("On Friday, 390 people crossed the border. By the tally, 300 of the returnees are soldiers.", "300 of"),
])
def test_a_count_among_or_of_the_returnees_is_a_part(text, part):
    a = Article("a", text, SUNDAY)
    a.figure("390 people", 390)
    a.figure(part, float(part.split()[0]))
    first, counted = readings(a)
    assert first.role != "part" and (counted.role, counted.part_of) == ("part", 0)


def test_another_account_joined_by_or_is_read_as_the_first():
    a = Article("a", "The North has received 7,057 bodies since June by its own count, or 7,060 by the South's.", SUNDAY)
    a.figure("7,057 bodies", 7057, category="bodies")
    a.figure("7,060", 7060, category="bodies")
    first, second = readings(a)
    assert first.kind == second.kind == "cumulative"


@pytest.mark.parametrize("sentence, kind", [
    # a verb in a clause of concession, or after a second verb of saying, is of that clause's number
    ("That is what diplomacy has delivered: 500 for 500 in May, even though the 900 agreed in Valletta are "
     "still awaited.", "completed"),
    ("In March the North announced the return of 140 soldiers and said more than 20 were still held.", "completed"),
    # a deal "calls for" what it settled; a draft does not
    ("The deal calls for 500 prisoners from each side.", "agreement"),
    ("The draft agreement calls for 500 prisoners from each side.", "proposal"),
    # "though" before a participle opens no clause
    ("The exchange of 60 prisoners, though delayed, took place on Friday.", "completed"),
    # a swap still to come, told in apposition
    ("The next swap, 500 for 500, will take place on 20 March.", "agreement"),
])
def test_a_word_is_read_in_its_own_clause(sentence, kind):
    a = Article("a", sentence, SUNDAY)
    value = next(int(w) for w in sentence.split() if w.isdigit())
    a.figure(f"{value} ", value)
    [r] = readings(a)[:1]
    assert r.kind == kind


def test_another_account_put_at_a_figure_is_read_as_the_first():
    a = Article("a", "From 11 to 16 March the South said it had received 6,057 bodies; the North put the figure "
                "at 6,060.", SUNDAY)
    a.figure("6,057 bodies", 6057, category="bodies")
    a.figure("6,060", 6060, category="bodies")
    first, second = readings(a)
    assert second.alternative_of == 0 and second.kind == first.kind == "completed"


def test_a_count_of_its_own_kind_is_not_another_account():
    a = Article("a", "The North freed 60 prisoners on Friday; the South put the total at 560 since the war began.",
                SUNDAY)
    a.figure("60 prisoners", 60)
    a.figure("560", 560)
    first, second = readings(a)
    assert second.alternative_of is None and second.kind == "cumulative"


def test_a_second_verb_of_saying_with_its_day_before_its_clause_keeps_the_day():
    a = Article("a", "The North freed 60 prisoners and said on Friday that 40 more would follow.", SUNDAY)
    a.figure("60 prisoners", 60)
    a.figure("40 more", 40)
    first, _ = readings(a)
    assert first.window.earliest == FRIDAY


def test_a_swap_done_is_not_dated_to_a_day_after_its_report():
    a = Article("a", "The last stage is due on Sunday. The North confirmed that 307 of its soldiers had been "
                "returned.", date(2031, 3, 15))
    a.figure("307", 307)
    [r] = readings(a)
    assert r.window is None or r.window.latest <= date(2031, 3, 15)



@pytest.mark.parametrize("sentence, kind", [
    # "complete" as an adjective is no completion
    ("The South demanded a complete exchange of 500 prisoners each.", "proposal"),
    ("The North offered a complete swap of 500 prisoners each.", "offer"),
    # stages that took place somewhere are no sum of the number after them
    ("Both stages took place in Valletta, where the North offered to free 300 more prisoners.", "offer"),
    ("Earlier phases made little progress as the South demanded the release of 300 prisoners.", "proposal"),
])
def test_look_alikes_of_a_completion(sentence, kind):
    a = Article("a", sentence, SUNDAY)
    value = next(int(w) for w in sentence.split() if w.isdigit())
    a.figure(sentence[:12], value)
    [r] = readings(a)
    assert r.kind == kind


def test_the_day_an_exchange_was_done_is_not_taken_for_the_agreement_s():
    text = "The 150 prisoners freed under the deal signed on 2 March were exchanged on Friday."
    a = Article("a", text, SUNDAY)
    a.figure("150 prisoners", 150)
    [r] = readings(a)
    assert r.window.earliest == FRIDAY


# -- a whole, a pool, a step still to come ---------------------------------------------------
def test_the_whole_told_after_its_stages_is_dated_by_the_last_stage_day():
    a = Article("a", "The last stage, 90 for 90, crossed on Friday, two days after 160 for 160 crossed on "
                "Wednesday. The two stages add up to the 250 prisoners per side agreed at the second round.", SUNDAY)
    a.figure("90 for 90", 90, per_side=True)
    a.figure("160 for 160", 160, per_side=True)
    a.figure("250 prisoners", 250, per_side=True)
    whole = readings(a)[-1]
    assert (whole.kind, whole.completes, whole.under_agreement) == ("completed", True, True)
    assert (whole.window.earliest, whole.window.basis) == (FRIDAY, "paragraph")


@pytest.mark.parametrize("step", [
    ", and the rosters should be signed off by the end of the week.",
    "; the names are to be checked by the end of the week.",
    ", but the rosters will only be ready at the end of the week.",
])
def test_the_day_a_step_of_an_agreement_is_due_does_not_date_the_agreement(step):
    a = Article("a", "The envoys agreed to exchange 400 prisoners each" + step, SUNDAY)
    a.figure("400 prisoners", 400, per_side=True, round_id="geneva-1")
    [r] = readings(a)
    assert r.kind == "agreement" and (r.window.earliest, r.window.basis) == (date(2031, 3, 10), "round")


@pytest.mark.parametrize("text, value, kind", [
    # how many fall into the groups an agreement names is the size of that agreement
    ("The envoys agreed to free every sick prisoner and all those over 60. By one estimate, 300 to 350 "
     "people on each side fall into those groups.", 350, "agreement"),
    ("The North offered to free all wounded captives. Its officials say about 150 people on each side "
     "would qualify.", 150, "offer"),
    # with no agreement or offer before it, a count of those eligible names a group
    ("Up to 200 detainees on each side are eligible under the amnesty rules.", 200, "list"),
    ("Some 80 prisoners on each side fall under the new criteria, officials said.", 80, "list"),
    # nor is it the exchange done before it
    ("The sides exchanged 200 prisoners each on Monday. Another 300 on each side are eligible for the next "
     "swap.", 300, "list"),
])
def test_a_count_of_those_in_categories_is_no_exchange_done(text, value, kind):
    a = Article("a", text, SUNDAY)
    a.figure(f"{value} ", value, per_side=True)
    [r] = readings(a)
    assert r.kind == kind


@pytest.mark.parametrize("sentence, kind", [
    ("All 120 eligible prisoners were freed on Friday.", "completed"),
    ("The sides agreed to swap the 120 prisoners who fall into those categories.", "agreement"),
])
def test_a_verb_of_its_own_still_governs_a_count_of_those_eligible(sentence, kind):
    a = Article("a", sentence, SUNDAY)
    a.figure("120 ", 120, per_side=True)
    [r] = readings(a)
    assert r.kind == kind


# -- classes of missed links: text read as the wrong kind or the wrong days --------------------
@pytest.mark.parametrize("sentence, kind", [
    # "remains" of the dead are no count of those who remain
    ("The Northern side stated its readiness to hand over the remains of 300 Southern soldiers.", "offer"),
    ("The North handed over the remains of 300 Southern soldiers.", "completed"),
    # a plan or an expectation is no exchange done
    ("The three-day exchange was meant to return 500 people to each side.", "agreement"),
    ("We expect it to be more than 400 people on each side.", "agreement"),
])
def test_remains_plans_and_expectations_are_read_for_what_they_say(sentence, kind):
    a = Article("a", sentence, SUNDAY)
    value = next(int(w) for w in sentence.split() if w.isdigit())
    a.figure(sentence[:12], value, category="bodies" if "remains" in sentence else "prisoners")
    [r] = readings(a)
    assert r.kind == kind


@pytest.mark.parametrize("headline", [
    "North and South swap 60 prisoners each in mediated deal",
    "Northland frees 60 prisoners in swap with Southland",
])
def test_a_headline_in_the_present_tells_an_exchange_done(headline):
    a = Article("a", headline + "\nThe sides met in Geneva.", SUNDAY)
    a.figure("60 prisoners", 60)
    [r] = readings(a)
    assert (r.kind, r.firm) == ("completed", True)


def test_a_year_named_as_the_scope_of_a_record_does_not_date_the_exchange():
    a = Article("a", "The North and the South exchanged 150 prisoners each, the first swap between them this year.",
                SUNDAY)
    a.figure("150 prisoners", 150, per_side=True)
    [r] = readings(a)
    assert r.window.basis == "published" and r.window.days <= 7


def test_a_day_without_a_year_told_as_done_is_before_the_report():
    a = Article("a", "The largest exchange of the year came on 3 January, when 230 Southerners returned home.",
                date(2031, 12, 30))
    a.figure("230 Southerners", 230)
    [r] = readings(a)
    assert r.window.earliest == r.window.latest == date(2031, 1, 3)


def test_a_count_denied_for_another_is_another_account_of_the_same_exchange():
    a = Article("a", "On Friday the South said it received the bodies of 19 of its soldiers. A Northern official "
                     "later put the number handed to the South at 21, not 19.", SUNDAY)
    a.figure("19 of its", 19, category="bodies")
    a.figure("21, not", 21, category="bodies")
    a.figure("not 19", 19, category="bodies")
    first, other, denied = readings(a)
    assert other.alternative_of == 0 or denied.alternative_of == 1
    found = events(a)
    assert event_of(found, first.row) == event_of(found, other.row)


@pytest.mark.parametrize("sentence, kind", [
    ("At the round the North undertook to return the bodies of 400 Southern soldiers.", "agreement"),
    ("The South said it would later hand back 400 Northerners.", "agreement"),
    ("The sides now have to release 400 prisoners each within a month.", "agreement"),
])
def test_a_verb_of_exchange_after_to_is_a_plan_not_an_exchange_done(sentence, kind):
    a = Article("a", sentence, SUNDAY)
    a.figure(sentence[:12], 400, category="bodies" if "bodies" in sentence else "prisoners")
    [r] = readings(a)
    assert r.kind == kind


def test_the_counts_a_whole_comprised_are_its_parts():
    a = Article("a", "The North said the 390 it received comprised 270 soldiers and 120 civilians.", SUNDAY)
    a.figure("390 it", 390)
    a.figure("270 soldiers", 270)
    a.figure("120 civilians", 120, category="civilians")
    whole, soldiers, civilians = readings(a)
    assert whole.role != "part" and (soldiers.role, soldiers.part_of) == ("part", 0)
    assert (civilians.role, civilians.part_of) == ("part", 0)


def test_an_agreement_its_article_places_at_a_round_takes_the_rounds_day_over_its_paragraphs():
    a = Article("a", "Last week the envoys prepared the ground. He said the sides had agreed to exchange 600 "
                     "prisoners each.", date(2031, 3, 12))
    a.figure("600 prisoners", 600, per_side=True, round_id="geneva-1")
    [r] = readings(a)
    assert (r.window.earliest, r.window.basis) == (date(2031, 3, 10), "round")


def test_what_has_gone_under_an_agreement_is_what_was_delivered_not_the_agreement():
    text = "Under the June agreements, more than 600 bodies have already gone to the South."
    a = Article("a", text, SUNDAY)
    a.figure("more than 600", 600, category="bodies", qualifier="more_than")
    [r] = readings(a)
    assert r.kind == "completed"


def test_the_weekdays_of_a_span_a_report_names_are_that_span_s_days():
    text = "Over three days from 3 March the swap was carried out in full: 90 a side on the Monday, 80 on the Tuesday."
    a = Article("a", text, SUNDAY)
    a.figure("90 a side", 90, per_side=True)
    [r] = readings(a)
    assert (r.window.earliest, r.window.latest) == (date(2031, 3, 3), date(2031, 3, 3))


@pytest.mark.parametrize("sentence", [
    "Since 2022, more than 500 Southerners have been returned from captivity.",
    "So far this year, 400 prisoners have come home.",
])
def test_an_opening_that_counts_so_far_makes_the_clause_a_running_total(sentence):
    a = Article("a", sentence, SUNDAY)
    value = next(int(w) for w in sentence.replace(",", " ").split() if w.isdigit() and len(w) == 3)
    a.figure(str(value), value)
    [r] = readings(a)
    assert r.kind == "cumulative"


@pytest.mark.parametrize("text, role", [
    ("On Friday 390 people crossed the border, 270 servicemen and 120 civilians among them.", "side"),
    ("On Friday 390 prisoners came home, including 270 soldiers and 120 civilians.", "side"),
    ("The first stage brought back 390 Southerners: 270 soldiers and 120 civilians.", "side"),
    ("On Friday 390 prisoners were exchanged: 195 soldiers came home and 195 went the other way.", "total"),
    ("On Friday 390 prisoners were exchanged, including 195 Northerners and 195 Southerners.", "total"),
    ("On Friday 270 soldiers and 120 civilians came home, 390 in all.", "total"),
])
def test_a_count_told_with_its_kinds_of_people_after_it_counts_one_group(text, role):
    a = Article("a", text, SUNDAY)
    for value in (390, 270, 120, 195):  # the first of a value that occurs twice
        if f"{value} " in text:
            a.figure(f"{value} ", value)
    [whole] = [r for r in readings(a) if r.row.figure.value == 390]
    assert whole.role == role


def test_counting_both_ways_makes_a_total_only_in_its_own_clause():
    text = "Counting both directions, about 400 people went home, but each side released 200, not 400."
    a = Article("a", text, SUNDAY)
    a.figure("about 400", 400, qualifier="about")
    a.figure("released 200", 200, per_side=True)
    both, each = readings(a)[:2]
    assert (both.role, each.role) == ("total", "each")


def test_stages_told_per_side_add_up_to_a_per_side_whole():
    text = "It was done in three stages: 90 per side on Friday 7 March, 80 on Saturday and 30 on Sunday, 200 in all."
    a = Article("a", text, SUNDAY)
    for fragment, value in (("90 per side", 90), ("80 on", 80), ("30 on", 30), ("200 in all", 200)):
        a.figure(fragment, value, per_side=fragment.endswith("side"))
    whole = readings(a)[-1]
    assert (whole.row.figure.value, whole.role) == (200, "each")
    b = Article("b", "Each side freed 90 on Friday and 110 on Saturday; 200 in all came home.", SUNDAY)
    for fragment, value in (("90 on", 90), ("110 on", 110), ("200 in all", 200)):
        b.figure(fragment, value)
    assert readings(b)[-1].role == "total"  # stages with no per-side word sum to a total
    c = Article("c", "On Friday 90 per side were freed. The North then freed 10 wounded soldiers on its own, "
                "100 in all.", SUNDAY)
    for fragment, value in (("90 per side", 90), ("10 wounded", 10), ("100 in all", 100)):
        c.figure(fragment, value, per_side=fragment.endswith("side"))
    assert readings(c)[-1].role == "total"  # a per-side count and one more, told apart: a total


def test_a_figure_after_an_opening_swap_n_for_n_came_after_its_day():
    a = Article("a", "After the 1,000-for-1,000 swap in June, the North offered to hand over 3,000 bodies.",
                date(2031, 7, 25))
    a.figure("3,000 bodies", 3000, "bodies")
    [r] = readings(a)
    assert (r.window.earliest, r.window.latest) == (date(2031, 6, 1), date(2031, 7, 25))


@pytest.mark.parametrize("sentence", [
    "After the 4,400 bodies came back in June, the North offered to return 2,000 more.",
    # the day its teller spoke is not the figure's
    "After the 4,400 bodies came back in June, the North offered to return 2,000 more, its negotiator said on Wednesday.",
])
def test_a_figure_after_an_opening_that_counts_something_earlier_came_after_its_day(sentence):
    a = Article("a", sentence, date(2031, 7, 25))
    earlier = a.figure("4,400 bodies", 4400, "bodies")
    later = a.figure("2,000 more", 2000, "bodies")
    by_row = {r.row.id: r for r in readings(a)}
    assert by_row[earlier.id].window.latest == date(2031, 6, 30)
    offer = by_row[later.id].window
    assert (offer.earliest, offer.latest, offer.words) == (date(2031, 6, 1), date(2031, 7, 25), "after June")


@pytest.mark.parametrize("sentence, fragment", [
    ("After the talks on 12 March, the North offered to hand over 3,000 bodies.", "3,000 bodies"),
    # a number in the opening that counts no people: the day is the figure's own
    ("After 12 hours of talks on 12 March, the North and the South agreed to swap 1,200 prisoners.", "1,200 prisoners"),
])
def test_an_opening_after_phrase_that_counts_no_one_still_dates_the_figure(sentence, fragment):
    a = Article("a", sentence, SUNDAY)
    a.figure(fragment, float(fragment.split()[0].replace(",", "")), "bodies" if "bodies" in fragment else "prisoners")
    [r] = readings(a)
    assert (r.window.earliest, r.window.latest) == (date(2031, 3, 12),) * 2


def test_a_list_told_again_later_is_the_list_handed_over_before():
    first = Article("a", "On 2 June the South handed over a list of 212 children taken to the North.",
                    date(2031, 6, 3))
    first.figure("212 children", 212, "children")
    again = Article("b", "Our list of 212 children came up once more, the negotiator said.", date(2031, 7, 25))
    again.figure("212 children", 212, "children")
    found = events(first, again)
    [event] = [e for e in found.events if e.category == "children"]
    assert len(event.members) == 2


def test_a_list_told_as_new_is_not_the_list_handed_over_before():
    first = Article("a", "On 2 June the South handed over a list of 500 prisoners.", date(2031, 6, 3))
    first.figure("500 prisoners", 500)
    again = Article("b", "The South has handed the North a new list of 500 prisoners, the ombudsman said.",
                    date(2031, 7, 25))
    again.figure("500 prisoners", 500)
    found = events(first, again)
    assert all(len(e.members) == 1 for e in found.events)


def test_a_deal_to_exchange_a_number_that_was_completed_is_the_swap_done():
    a = Article("a", "The deal to exchange 700 prisoners a side was completed on Friday.", SUNDAY)
    a.figure("700 prisoners", 700, per_side=True)
    [r] = readings(a)
    assert r.kind == "completed"


def test_a_running_total_since_a_month_s_swap_is_not_dated_to_that_month():
    a = Article("a", "In all, 900 prisoners have come home since May's exchange.", date(2031, 11, 26))
    a.figure("900 prisoners", 900)
    [r] = readings(a)
    assert r.window.earliest != date(2031, 5, 1)


def test_the_number_a_deal_set_is_the_deal_s_whatever_was_done_under_it():
    a = Article("a", "- 6 October: the North says this swap was carried out under the deal struck on "
                     "1 August to exchange at least 800 prisoners a side.", date(2031, 10, 20))
    a.figure("800 prisoners", 800, qualifier="at_least", per_side=True)
    [r] = readings(a)
    assert (r.kind, r.window.earliest) == ("agreement", date(2031, 8, 1))


def test_a_stage_of_an_exchange_the_sentence_dates_is_on_its_days():
    a = Article("a", "The report covered the swap of 3 to 5 March, which returned 400 people to each side, and "
                     "said that its first stage brought 60 civilians per side.", date(2031, 6, 1))
    a.figure("400 people", 400, per_side=True)
    a.figure("60 civilians", 60, "civilians", per_side=True)
    found = readings(a)
    assert [(r.window.earliest, r.window.latest) for r in found] == [(date(2031, 3, 3), date(2031, 3, 5))] * 2


@pytest.mark.parametrize("text, fragment, value, day", [
    # "apart from this month's promise": no span opens at "from"
    ("Nothing has moved since, apart from this month's pledge to free 900 prisoners.", "900 prisoners", 900,
     date(2031, 11, 1)),
    # a count in brackets after "from <day>" is that day's
    ("Four handovers count, from 3 February (90 a side) to 6 October (60 a side).", "90 a side", 90, date(2031, 2, 3)),
])
def test_a_day_after_from_dates_what_it_names(text, fragment, value, day):
    a = Article("a", text, date(2031, 11, 26))
    a.figure(fragment, value, per_side=True)
    [r] = readings(a)
    assert r.window.earliest == day


def test_a_part_belongs_to_the_count_of_its_own_sentence_not_an_earlier_one():
    a = Article("a", "On 2 March the swap returned 90 soldiers and 20 civilians a side. Counted the same way, the "
                     "North got back 2,200, among them eight civilians returned in January.", date(2031, 3, 20))
    a.figure("20 civilians", 20, "civilians", per_side=True)
    a.figure("eight civilians", 8, "civilians")
    earlier, part = readings(a)
    # its whole, 2,200, counts no exchange: the eight are no part of the 20 of another sentence
    assert part.role != "part"
    assert part.window.earliest == date(2031, 1, 1)


@pytest.mark.parametrize("sentence, fragment", [
    ("By the ombudsman's count, about 9,000 civilians are held by the North.", "9,000"),
    ("Talks should also cover some 9,000 civilians whom the North holds.", "9,000 civilians"),
])
def test_a_count_of_those_a_side_holds_is_no_exchange(sentence, fragment):
    a = Article("a", sentence, SUNDAY)
    a.figure(fragment, 9000, "civilians", qualifier="about")
    [r] = readings(a)
    assert r.kind == "other"


@pytest.mark.parametrize("sentence, fragment", [
    ("After two years in captivity 150 soldiers were freed on Friday.", "150 soldiers"),
    ("On Friday 150 people held by the North were exchanged for 150 held by the South.", "150 people"),
])
def test_those_held_who_are_freed_are_an_exchange_done(sentence, fragment):
    a = Article("a", sentence, SUNDAY)
    a.figure(fragment, 150)
    [r] = readings(a)
    assert r.kind == "completed"


@pytest.mark.parametrize("words, earliest, latest", [
    ("Ten days ago", date(2031, 3, 5), date(2031, 3, 7)),  # counted loosely by the writer
    ("Two days ago", date(2031, 3, 14), date(2031, 3, 14)),
])
def test_days_ago_from_a_week_on_are_counted_loosely(words, earliest, latest):
    a = Article("a", f"{words} 60 prisoners came home.", SUNDAY)
    a.figure("60 prisoners", 60)
    [r] = readings(a)
    assert (r.window.earliest, r.window.latest) == (earliest, latest)


@pytest.mark.parametrize("second", [
    "Among them, from the 36th Brigade, were 12 marines.",
    "Among them, after 700 days in captivity, were 12 marines.",
])
def test_a_part_keeps_its_whole_past_other_numbers_of_its_sentence(second):
    a = Article("a", f"On Friday 240 people came home. {second}", SUNDAY)
    a.figure("240 people", 240)
    a.figure("12 marines", 12)
    whole, part = readings(a)
    assert (part.role, part.part_of) == ("part", 0)


def test_a_promise_told_in_the_past_is_dated_to_its_line_s_past_day():
    # written in November: "19 March" alone would be placed in the March ahead
    a = Article("a", "- 4 March: 90 for 90. The North also handed over 40 wounded Southerners, two fewer "
                     "than the 42 it had promised.", date(2031, 11, 16))
    a.figure("40 wounded", 40, status="completed")
    a.figure("the 42", 42, status="proposed")
    done, promised = readings(a)
    assert done.window.earliest == promised.window.earliest == date(2031, 3, 4)


@pytest.mark.parametrize("sentence, fragment, kind", [
    ("By the ombudsman's count, about 9,000 Southern civilians are in captivity.", "9,000", "other"),
    ("The North holds about 9,000 Southern civilians, of whom only 150 have been released.", "9,000", "other"),
    ("The deal to exchange 9,000 prisoners a side was signed only after the handover of bodies was completed.",
     "9,000", "agreement"),
])
def test_what_governs_a_count_of_those_held(sentence, fragment, kind):
    a = Article("a", sentence, SUNDAY)
    a.figure(fragment, 9000, "civilians")
    [r] = readings(a)
    assert r.kind == kind


@pytest.mark.parametrize("sentence, disputed", [
    ("The South gave different figures: it said 120 came home.", True),
    ("Neither side explained the difference, and 120 came home.", True),
    ("Explaining the difference between a truce and a ceasefire, he said 120 came home.", False),
    ("There was a difference in the number of troops, and 120 came home.", False),
])
def test_words_that_say_two_counts_differ(sentence, disputed):
    a = Article("a", sentence, SUNDAY)
    a.figure("120 came", 120)
    [r] = readings(a)
    assert r.disputed is disputed


def test_a_whole_told_with_its_dated_stages_was_done_over_their_days():
    a = Article("a", "The 100-for-100 swap agreed at the first round was carried out over three days: 40 a side on "
                "11 March, 35 on 12 March and 25 on 13 March, or 200 people in both directions.", date(2031, 4, 2))
    a.figure("100-for-100", 100, per_side=True)
    for value in (40, 35, 25):
        a.figure(f"{value} ", value, per_side=True)
    a.figure("200 people", 200)
    whole, *stages, both_ways = readings(a)
    assert (whole.window.earliest, whole.window.latest, whole.window.basis) == (date(2031, 3, 11), date(2031, 3, 13), "text")
    assert whole.completes and whole.kind == "completed"
    assert [s.window.earliest.day for s in stages] == [11, 12, 13]
    # "or 200 in both directions" is the whole told both ways, not another count of the last stage
    assert both_ways.role == "total" and both_ways.window == whole.window
    found = events(a)
    assert event_of(found, a.rows[-1]) is not event_of(found, a.rows[3])


def test_counts_that_do_not_add_up_are_no_stages_of_the_figure():
    a = Article("a", "The swap was carried out over three days: 40 a side on 11 March, 35 on 12 March and 20 on "
                "13 March, after a deal for 100 a side.", date(2031, 4, 2))
    a.figure("100 a side", 100, per_side=True)
    [r] = readings(a)
    assert not r.completes and r.window.earliest != date(2031, 3, 11)


@pytest.mark.parametrize("question, kind", [
    ("What was agreed?", "agreement"),
    ("What has been exchanged so far?", "completed"),
])
def test_an_explainer_s_answer_tells_what_its_question_asks(question, kind):
    a = Article("a", f"{question}\nA swap of all the badly wounded. The North's envoy put it at no fewer than 300 a side.",
                date(2031, 4, 22))
    a.figure("300 a side", 300, per_side=True, qualifier="at_least")
    [r] = readings(a)
    assert r.kind == kind and not r.firm


def test_an_interviewer_s_question_is_no_heading():
    a = Article("a", "HOST: Last question. Will the prisoner deal actually happen?\nGUEST: The swaps are what the "
                "talks reliably produce: 300 a side in March, then the wounded.", date(2031, 4, 22))
    a.figure("300 a side", 300, per_side=True)
    [r] = readings(a)
    assert r.kind == "completed"


def test_a_long_line_above_asks_nothing():
    a = Article("a", "Why did the North walk out of the talks after only an hour, and what did its envoy say to the "
                "press about what was agreed?\nThe North's envoy put it at no fewer than 300 a side.", date(2031, 4, 22))
    a.figure("300 a side", 300, per_side=True, qualifier="at_least")
    [r] = readings(a)
    assert r.kind == "completed"


def test_another_side_s_count_with_its_verb_left_out_is_another_account():
    a = Article("a", "The June body transfers are still disputed: the North counted 6,057, the South 6,060.",
                date(2031, 7, 2))
    first = a.figure("6,057", 6057, "bodies")
    second = a.figure("6,060", 6060, "bodies")
    _, other = readings(a)
    assert other.alternative_of == 0
    found = events(a)
    assert event_of(found, first) is event_of(found, second)


def test_a_count_after_a_comma_and_a_place_is_no_other_account():
    a = Article("a", "In June the North received 6,057 bodies, Geneva 40 more.", date(2031, 7, 2))
    a.figure("6,057", 6057, "bodies")
    a.figure("40 more", 40, "bodies")
    _, other = readings(a)
    assert other.alternative_of is None


def test_a_range_of_days_is_one_date_not_two_clauses():
    a = Article("a", "The envoy welcomed the results achieved today, which build on the exchange of 300 prisoners from "
                "each side completed on 3–5 March after the first round.", date(2031, 3, 20))
    a.figure("300 prisoners", 300, per_side=True)
    [r] = readings(a)
    assert (r.window.earliest, r.window.latest) == (date(2031, 3, 3), date(2031, 3, 5))


@pytest.mark.parametrize("text", [
    "The North freed 100 prisoners on 11 March, and the South freed 60 on 12 March and 40 on 13 March.",
    "The North released 100 prisoners on 11 March; a week later it offered 60 on 18 March and 40 on 25 March.",
])
def test_counts_after_a_figure_that_are_not_its_listed_stages_leave_its_day(text):
    a = Article("a", text, date(2031, 4, 2))
    a.figure("100 prisoners", 100)
    [r] = readings(a)
    assert (r.window.earliest, r.window.latest, r.completes) == (date(2031, 3, 11), date(2031, 3, 11), False)


@pytest.mark.parametrize("text", [
    "In the June handovers the North handed over 6,060, the South 78.",
    "On Friday the North freed 390, the South 307.",
])
def test_two_sides_own_acts_with_the_verb_left_out_are_two_counts(text):
    a = Article("a", text, date(2031, 7, 2))
    first, second = text.split(", the South ")
    a.figure(first.split()[-1], float(first.split()[-1].replace(",", "")), "bodies" if "hand" in text else "prisoners")
    a.figure(second.rstrip("."), float(second.rstrip(".")), "bodies" if "hand" in text else "prisoners")
    _, other = readings(a)
    assert other.alternative_of is None


def test_a_question_heading_does_not_override_the_answer_s_own_words():
    a = Article("a", "What was agreed?\nLittle, in the end. By Sunday 300 a side were home, the North's envoy said.",
                date(2031, 4, 22))
    a.figure("300 a side", 300, per_side=True)
    [r] = readings(a)
    assert r.kind == "completed"


# -- session 2026-12-07 (second): classes from read sets 37 and 39 ------------------------------
@pytest.mark.parametrize("sentence, kind", [
    # the number is the deal's own term, whatever the sentence says was done under the deal
    ("The North says the swap was carried out under the agreement of March, which provided for at least 500 prisoners a side.",
     "agreement"),
    ("The deal, which envisages 500 prisoners from each side, was signed on Friday.", "agreement"),
    ("The deal struck in Valletta on 2 March provides for the release of 500 prisoners on each side.", "agreement"),
    # a draft's terms are proposed, not settled
    ("The South rejected the draft agreement, which provided for 500 prisoners a side.", "proposal"),
    ("The South's plan envisages 500 prisoners from each side.", "proposal"),
])
def test_what_a_deal_provides_for_is_its_term(sentence, kind):
    a = Article("a", sentence, SUNDAY)
    a.figure(sentence[:12], 500, per_side=True)
    [r] = readings(a)
    assert (r.kind, r.firm) == (kind, True)


def test_a_number_heading_its_line_is_told_by_its_gloss():
    a = Article("a", "Numbers to keep\n\n- 146 for 146: the swap of 14 March.\n\n"
                     "- 500 per side: the exchange agreed in Valletta on 2 March. Nobody says how much is done.", SUNDAY)
    a.figure("146 for 146", 146, per_side=True)
    a.figure("500 per side", 500, per_side=True)
    swap, deal = readings(a)
    assert swap.kind == "completed" and swap.window.earliest == date(2031, 3, 14)
    # a label's gloss is weaker word than a verb that governs the number: its kind, not firm
    assert (deal.kind, deal.firm) == ("agreement", False)
    assert (deal.window.earliest, deal.window.latest) == (date(2031, 3, 2),) * 2


def test_a_line_whose_number_has_its_own_verb_is_not_read_by_what_follows_the_colon():
    a = Article("a", "- 300 prisoners were freed on 12 March: the deal agreed in Valletta had promised more.", SUNDAY)
    a.figure("300 prisoners", 300, per_side=True)
    [r] = readings(a)
    assert r.kind == "completed"


def test_so_far_before_a_superlative_ranks_the_count_and_does_not_add_it_up():
    a = Article("a", "Each side freed 60 on Sunday, completing an exchange of 500 prisoners a side that is "
                     "so far the only result of the talks.", SUNDAY)
    a.figure("500 prisoners", 500, per_side=True)
    [r] = readings(a)
    assert (r.kind, r.firm) == ("completed", True)


@pytest.mark.parametrize("sentence, kind", [
    ("So far only 300 prisoners of the 1,000 promised have come home.", "cumulative"),
    ("So far the first 300 prisoners have come home.", "cumulative"),
])
def test_so_far_before_a_count_still_adds_it_up(sentence, kind):
    a = Article("a", sentence, SUNDAY)
    a.figure("300 prisoners", 300)
    assert readings(a)[0].kind == kind


def test_a_breakdown_after_a_colon_takes_the_day_of_its_whole():
    a = Article("a", "Yesterday, in the first stage, 390 prisoners came home: 270 servicemen and 120 civilians.", SUNDAY)
    a.figure("390 prisoners", 390)
    a.figure("270 servicemen", 270)
    a.figure("120 civilians", 120, category="civilians")
    whole, soldiers, civilians = readings(a)
    assert whole.window.earliest == date(2031, 3, 15)
    assert soldiers.window == whole.window and civilians.window == whole.window


def test_buses_carrying_people_are_an_exchange_done():
    a = Article("a", "That afternoon the first buses of the exchange agreed in Valletta crossed the border, "
                     "carrying 390 prisoners.", SUNDAY)
    a.figure("390 prisoners", 390)
    [r] = readings(a)
    assert r.kind == "completed"


@pytest.mark.parametrize("sentence", [
    "Buses carrying 390 prisoners are expected to cross the border on Saturday.",
    "On Saturday buses will cross the border carrying 390 prisoners.",
])
def test_buses_that_will_carry_people_are_no_exchange_done(sentence):
    a = Article("a", sentence, FRIDAY)
    a.figure("390 prisoners", 390)
    [r] = readings(a)
    assert (r.kind, r.firm) == ("agreement", False)


def test_the_day_an_exchange_was_agreed_at_a_round_does_not_date_it_done():
    for where in ("at the first round", "at the first round of talks", "during the first round", "at talks in Valletta"):
        a = Article("a", f"The envoy recalled that the exchange of 500 prisoners for 500 agreed {where} on "
                         "2 March was completed, and that more swaps followed.", SUNDAY)
        a.figure("500 prisoners", 500, per_side=True)
        [r] = readings(a)
        # not the day it was agreed: the paragraph gives no other, so the report's news days
        assert (r.kind, r.window.basis) == ("completed", "published"), where


def test_an_item_of_a_list_takes_the_day_of_the_heading_above_it():
    a = Article("a", "FACTBOX\n\nMAY 16, THE PALACE\n\n* The first talks lasted two hours.\n\n"
                     "* The sides agreed to swap 1,000 prisoners each.\n", date(2031, 7, 24))
    a.figure("1,000", 1000, per_side=True)
    [reading] = readings(a)
    assert (reading.kind, reading.window.earliest, reading.window.latest) == ("agreement", date(2031, 5, 16), date(2031, 5, 16))


@pytest.mark.parametrize("text, fragment, value, kind", [
    # a new swap announced is agreed; one announced as done, or "the swap" announced, is left to its verbs
    ("On Sunday both delegations announced a 300-for-300 prisoner exchange.", "300-for-300", 300, "agreement"),
    ("On Sunday the North announced the exchange of 300 prisoners had been completed.", "300", 300, "completed"),
    ("On Sunday the ministry announced a completed 300-for-300 exchange.", "300-for-300", 300, "completed"),
    ("The ministry announced a 300-for-300 exchange had taken place on Sunday.", "300-for-300", 300, "completed"),
    # a release counted on is an aim, not a deal made nor one done
    ("On Sunday the president said he was counting on the release of 1,200 captives.", "1,200", 1200, "proposal"),
])
def test_what_is_announced_or_counted_on(text, fragment, value, kind):
    a = Article("a", text, date(2031, 11, 30))
    a.figure(fragment, value, per_side="for" in fragment)
    [reading] = readings(a)
    assert reading.kind == kind
