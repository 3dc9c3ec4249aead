"""Date expressions found in news sentences and resolved against the day of writing."""

from __future__ import annotations

from datetime import date

import pytest

from parley.extract.dates import dates_in, publication_date, year_reference

MON_12_MAY = date(2025, 5, 12)  # a Monday
SAT_23_AUG = date(2025, 8, 23)  # a Saturday


@pytest.mark.parametrize(("sentence", "base", "found", "earliest", "latest"), [
    # days and months, with and without their year
    ("The deal was signed on 16 May in the old palace.", MON_12_MAY, "16 May", date(2025, 5, 16), None),
    ("The deal was signed on May 16, 2024, in the palace.", MON_12_MAY, "May 16, 2024", date(2024, 5, 16), None),
    ("Officials met on Aug. 3 in Geneva.", SAT_23_AUG, "Aug. 3", date(2025, 8, 3), None),
    ("The 3rd of March talks failed.", MON_12_MAY, "3rd of March", date(2025, 3, 3), None),
    ("Timestamp 04.08.2025, 09:10", None, "04.08.2025", date(2025, 8, 4), None),
    ("Posted 2025-08-04 at noon", None, "2025-08-04", date(2025, 8, 4), None),
    # a yearless date just ahead of the day of writing is this year's, far ahead is last year's
    ("The pause runs to 2 September.", SAT_23_AUG, "2 September", date(2025, 9, 2), None),
    ("Talks first opened on 20 December.", date(2026, 1, 10), "20 December", date(2025, 12, 20), None),
    ("A new round is planned for 15 January.", date(2025, 12, 2), "15 January", date(2026, 1, 15), None),
    # spans and parts of months
    ("Transfers took place between 3 and 9 June.", SAT_23_AUG, "between 3 and 9 June", date(2025, 6, 3), date(2025, 6, 9)),
    ("The truce held on May 7-8 only.", MON_12_MAY, "May 7-8", date(2025, 5, 7), date(2025, 5, 8)),
    ("A decision is due by early September.", SAT_23_AUG, "early September", date(2025, 9, 1), date(2025, 9, 10)),
    ("Fighting eased in mid-June.", SAT_23_AUG, "mid-June", date(2025, 6, 11), date(2025, 6, 20)),
    ("It should end by the end of August.", SAT_23_AUG, "the end of August", date(2025, 8, 21), date(2025, 8, 31)),
    ("Expect news in the first week of October.", SAT_23_AUG, "the first week of October", date(2025, 10, 1), date(2025, 10, 7)),
    ("The envoy visited in March.", MON_12_MAY, "March", date(2025, 3, 1), date(2025, 3, 31)),
    ("Figures from April of this year were revised.", SAT_23_AUG, "April of this year", date(2025, 4, 1), date(2025, 4, 30)),
    ("A census in June 2019 counted them.", SAT_23_AUG, "June 2019", date(2019, 6, 1), date(2019, 6, 30)),
    # weekdays: the past by default, the future when the clause points forward
    ("The two sides swapped prisoners on Thursday.", SAT_23_AUG, "Thursday", date(2025, 8, 21), None),
    ("The envoy said on Monday that talks would go on.", MON_12_MAY, "Monday", MON_12_MAY, None),
    ("The leaders will meet on Thursday in Rome.", MON_12_MAY, "Thursday", date(2025, 5, 15), None),
    ("He must answer by Friday.", MON_12_MAY, "Friday", date(2025, 5, 16), None),
    ("Last Monday the talks collapsed.", MON_12_MAY, "Last Monday", date(2025, 5, 5), None),
    ("\"We will see,\" he told reporters on Friday.", SAT_23_AUG, "Friday", date(2025, 8, 22), None),
    ("Sunday's vote was delayed.", MON_12_MAY, "Sunday's", date(2025, 5, 11), None),
    # a month naming what happened in it
    ("March's swap freed 300.", SAT_23_AUG, "March", date(2025, 3, 1), date(2025, 3, 31)),
    ("The June exchanges were of the wounded.", SAT_23_AUG, "The June", date(2025, 6, 1), date(2025, 6, 30)),
    # relative to the day of writing
    ("The ministry said yesterday that lists were ready.", MON_12_MAY, "yesterday", date(2025, 5, 11), None),
    ("Delegates met last week in Doha.", MON_12_MAY, "last week", date(2025, 5, 5), date(2025, 5, 11)),
    ("Earlier this month the envoy flew in.", SAT_23_AUG, "Earlier this month", date(2025, 8, 1), date(2025, 8, 31)),
    ("The swap happened three days ago.", MON_12_MAY, "three days ago", date(2025, 5, 9), None),
    ("Officials want a decision by the end of the week.", MON_12_MAY, "the end of the week", date(2025, 5, 16), None),
    ("The end of this month is the target.", MON_12_MAY, "The end of this month", date(2025, 5, 31), None),
    # holidays: fixed days, and Thanksgiving on the fourth Thursday of November of its year
    ("Talks go on as the Thanksgiving deadline looms.", date(2025, 11, 24), "Thanksgiving", date(2025, 11, 27), None),
    ("A deal by Thanksgiving Day looked unlikely.", date(2024, 11, 2), "Thanksgiving Day", date(2024, 11, 28), None),
    ("He wants the guns silent before Christmas.", SAT_23_AUG, "Christmas", date(2025, 12, 25), None),
    ("The truce broke on New Year's Eve.", MON_12_MAY, "New Year's Eve", date(2024, 12, 31), None),
    # years
    ("Most had been held since 2022.", SAT_23_AUG, "2022", date(2022, 1, 1), date(2022, 12, 31)),
])
def test_dates_in_resolves(sentence: str, base: date | None, found: str, earliest: date, latest: date | None) -> None:
    mentions = [m for m in dates_in(sentence, base) if m.text == found]
    assert mentions, [m.text for m in dates_in(sentence, base)]
    mention = mentions[0]
    assert (mention.earliest, mention.latest) == (earliest, latest or earliest)
    assert sentence[mention.start:mention.end] == found


@pytest.mark.parametrize("sentence", [
    "Russia may return 1,000 prisoners.",          # the modal, not the month
    "Theresa May's government fell.",              # a person's name
    "Mr May's remarks were noted.",                # a title and a name
    "They joined the March for Peace.",            # a march, not the month
    "They march on the capital.",                  # the verb
    "The convoy of 2025 trucks arrived.",          # a count that looks like a year ... after a word
    "See page 2024 of the report.",                # a page number
    "Talks resumed on 31 February.",               # no such day
    "The 50-day deadline passed.",                 # a length, not a date
])
def test_not_dates(sentence: str) -> None:
    found = [m.text for m in dates_in(sentence, MON_12_MAY) if m.kind != "year" or "2025" not in sentence]
    assert found == []


def test_weekdays_and_yearless_dates_need_a_day_of_writing() -> None:
    assert dates_in("They met on Thursday and again on 4 June.", None) == []
    assert [m.text for m in dates_in("They met on 4 June 2025.", None)] == ["4 June 2025"]


def test_a_longer_form_wins_over_the_dates_inside_it() -> None:
    found = dates_in("Swaps ran between 11 and 16 June 2025.", None)
    assert [(m.text, m.kind) for m in found] == [("between 11 and 16 June 2025", "range")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Headline about talks\nBy A Reporter\nGENEVA, 12 March 2025 · 4 min read\n\nThe talks ended.", date(2025, 3, 12)),
    ("OSLO, April 3. /Agency/. The minister said talks would resume. The 2023 accord stands.", date(2025, 4, 3)),
    ("Desk | World | 9 November 2025\nA headline\n\nBody text follows here.", date(2025, 11, 9)),
    ("Some headline here\n04.08.2025, 16:20 · Reading time 3 min\n\nBody.", date(2025, 8, 4)),
    ("LIVE | Summit\nLast updated 2 October 2025, 12:47 CEST\n\nPosts.", date(2025, 10, 2)),
    ("WASHINGTON, Sept. 5, 2025 · Print edition\n\nBody.", date(2025, 9, 5)),
    # a masthead's yearless date set off by its separators; a digest's days are out by the last
    ("NEWS-24 · \"Morning\" bulletin · 19 February\nTranslated summary.\n\nBody.", date(2025, 2, 19)),
    # a dateline wins over what a masthead line says is ahead
    ("THE WIRE · Talks tracker\nNext round · Istanbul · 20 June\nISTANBUL, 2 June 2025 — The talks began.",
     date(2025, 6, 2)),
    ("CHANNEL DIGEST\n16–18 October · all times local\n\n⚫ 16 Oct · 09:40\nBody.", date(2025, 10, 18)),
    # a release's number and date before a long title
    ("Ministry of Foreign Affairs\nRef. 42, 3 March 2031, Statement on the Fourth Round of the Talks "
     "Between the Delegations of the Two Republics Held in the Capital Today\n\nBody.", date(2031, 3, 3)),
    # a programme's transcript names the day it went out
    ("NORTH-TV EVENING REPORT - PROGRAMME SUMMARY\nBroadcast Friday 17 October 2025, 19:00 ET · Running time 28:40 · "
     "Summary prepared by the news desk\n\nBody.", date(2025, 10, 17)),
])
def test_publication_date_from_the_dateline(text: str, expected: date) -> None:
    found = publication_date(text, reference=date(2025, 7, 1))
    assert found is not None and found.day == expected
    assert text[found.start:found.end] == found.text


@pytest.mark.parametrize("text", [
    # a headline with a yearless date is not a dateline
    "Talks set for 2 June\n\nNegotiators will meet in the city. They hope for a deal.",
    # a date deep in the body is not the article's date
    "A headline\n\n" + "Words fill this paragraph. " * 60 + "It was signed on 3 May 2025.",
    # a dateline without a date
    "ISTANBUL (Our bureau) – The sides exchanged prisoners on Thursday.",
    # an entry of the page, a line of only a date
    "⚫ 16 Oct · 09:40\nThe sides exchanged prisoners.",
    "CHANNEL DIGEST\n\n16 Oct · 09:40\nThe sides exchanged prisoners.",
    "Coming up · Geneva talks · 30 November\n\nThe sides exchanged prisoners.",
    "19 February\n\nThe sides exchanged prisoners.",
    # a long line that opens with a date is a sentence of the story, not a release's title line
    "A headline\n\n3 March 2021 was the day the two delegations first met in the capital and agreed to meet again",
])
def test_no_publication_date(text: str) -> None:
    assert publication_date(text, reference=date(2025, 7, 1)) is None


def test_yearless_dateline_takes_the_year_nearest_the_reference() -> None:
    text = "MOSCOW, January 12. /Agency/. The war began in 1941, the minister recalled."
    assert publication_date(text, reference=date(2025, 10, 1)).day == date(2026, 1, 12)
    assert publication_date(text, reference=date(2025, 3, 1)).day == date(2025, 1, 12)


def test_a_weekday_before_its_date_is_that_date() -> None:
    [mention] = dates_in("The window closes on Friday, 21 November.", date(2025, 10, 23))
    assert (mention.text, mention.day) == ("Friday, 21 November", date(2025, 11, 21))


@pytest.mark.parametrize(("text", "story_day", "found", "day"), [
    ("The envoys met on 3 March. The following Friday the North replied.", None, "The following Friday",
     date(2031, 3, 7)),
    ("The envoys met on 3 March and the guns fell silent the next day.", None, "the next day", date(2031, 3, 4)),
    ("Two weeks later the talks resumed.", date(2031, 3, 3), "Two weeks later", date(2031, 3, 17)),
    ("The only deal that day was on the wounded.", date(2031, 3, 3), "that day", date(2031, 3, 3)),
])
def test_days_told_from_the_story(text: str, story_day: date | None, found: str, day: date) -> None:
    mentions = {m.text: m for m in dates_in(text, date(2031, 4, 20), story_day)}
    assert mentions[found].day == day


def test_a_story_day_needs_a_day_before_it() -> None:
    assert dates_in("The following Friday the North replied.", date(2031, 4, 20)) == []


def test_the_end_of_the_month_said_on_a_past_day_ends_that_month() -> None:
    text = "On 6 March the envoy was saying the target was a deal by the end of the month."
    [_, end] = dates_in(text, date(2031, 4, 20))
    assert end.day == date(2031, 3, 31)
    [end] = dates_in("We want a deal by the end of the month.", date(2031, 4, 20), date(2031, 3, 6))
    assert end.day == date(2031, 4, 30)  # said now: this month


def test_a_yearless_date_in_a_past_clause_is_rather_last_year() -> None:
    # Written in December: "fell at the end of April" is this year's April, not next year's.
    [april] = dates_in("It was a target that fell at the end of April.", date(2031, 12, 10))
    assert april.day is None and april.latest == date(2031, 4, 30)
    [april] = dates_in("The North hopes to sign by the end of April.", date(2031, 12, 10))
    assert april.latest == date(2032, 4, 30)


def test_a_date_something_is_put_off_to_lies_ahead():
    [day] = dates_in("The next round, postponed to 1 April, will be held in Geneva.", date(2031, 12, 10))
    assert day.day == date(2032, 4, 1)


@pytest.mark.parametrize("text, expected", [
    # the story's weekday fell on the dateline's day only in an earlier year: the report is from then
    ("VALLETTA, July 8. /Agency/. The move broke the terms, the spokesman said on Saturday.", date(2023, 7, 8)),
    ("VALLETTA, March 29 (Wire) -\n\nThe North offered on Tuesday to adopt a neutral status.", date(2022, 3, 29)),
    # the weekday fits the nearest year (or a day or two before the dateline): that year stays
    ("VALLETTA, July 9 (Wire) -\n\nThe envoy said on Monday that talks would resume.", date(2025, 7, 9)),
    ("VALLETTA, July 9 (Wire) -\n\nThe envoy said that talks would resume.", date(2025, 7, 9)),
    # a weekday that points elsewhere than the dateline's day says nothing of the year
    ("VALLETTA, July 8 (Wire) - The North gave the South until Saturday to respond.", date(2025, 7, 8)),
    ("VALLETTA, June 10 (Wire) - No prisoners have been exchanged since Friday.", date(2025, 6, 10)),
    ("VALLETTA, June 10 (Wire) - The deal will be signed on Friday.", date(2025, 6, 10)),
    # a later year written in the text rules the earlier one out
    ("VALLETTA, July 8. The 2024 talks, he said on Saturday, were good.", date(2025, 7, 8)),
])
def test_a_yearless_dateline_takes_the_year_its_story_s_weekday_fits(text, expected):
    assert publication_date(text, date(2025, 12, 1)).day == expected


@pytest.mark.parametrize("sentence, days", [
    # a term still running when told lies ahead; talks that were due to start lie behind
    ("A day before the pact was due to lapse on Thursday, the deal was extended.", [date(2025, 7, 24)]),
    ("The talks, which were due to start on Monday, began a day late on Tuesday.",
     [date(2025, 7, 21), date(2025, 7, 22)]),
])
def test_what_was_due_on_a_weekday(sentence: str, days: list[date]) -> None:
    assert [d.earliest for d in dates_in(sentence, date(2025, 7, 23))] == days


def test_a_report_with_no_date_places_yearless_days_in_the_year_it_points_to():
    hint = date(2030, 7, 1)
    found = {m.text: m.earliest for m in dates_in("Trade must stop by 21 November, after 15 January and before "
                                                  "Christmas; talks resume on Friday.", None, year_hint=hint)}
    assert found == {"21 November": date(2030, 11, 21), "15 January": date(2030, 1, 15),
                     "Christmas": date(2030, 12, 25)}  # no day of writing: a weekday stays unplaced
    assert dates_in("Trade must stop by 21 November.", None) == []  # no hint, no year
    assert dates_in("by 21 November 2028", None, year_hint=hint)[0].earliest == date(2028, 11, 21)


def test_the_year_a_report_points_to_is_the_one_it_names_most_not_a_target_or_history():
    text = "The 2022 deal lapsed. In 2030 the talks resumed; by May 2030 a draft was ready, with a 2034 target."
    assert year_reference(text) == date(2030, 7, 1)
    assert year_reference("The 2022 deal lapsed.", known=date(2030, 3, 1)) == date(2030, 7, 1)  # history is not now
    assert year_reference("No year here.") is None
    # named equally often: the year nearest the profile's, not a target's
    assert year_reference("Policy brief, October 2030. A 2032 target.", known=date(2030, 5, 1)) == date(2030, 7, 1)
    # the only year named is a target's, after the profile's: not the year of writing
    assert year_reference("They gave firms until 21 November; a ban follows from 1 January 2032.",
                          known=date(2030, 5, 1)) == date(2030, 7, 1)
    # a later year something happened in is the report's own
    assert year_reference("The talks resumed in March 2031.", known=date(2030, 5, 1)) == date(2031, 7, 1)
    assert year_reference("Published by the wire on 3 March 2031. The talks resumed.",
                          known=date(2030, 5, 1)) == date(2031, 7, 1)


def test_a_weekday_with_the_after_a_day_named_is_that_day_s_week():
    text = "Over three days from 23 May it was carried out: 390 on the Friday, 307 on the Saturday. Talks resume on Friday."
    found = [(m.text, m.earliest) for m in dates_in(text, date(2025, 6, 8))]
    assert found[:3] == [("23 May", date(2025, 5, 23)), ("Friday", date(2025, 5, 23)), ("Saturday", date(2025, 5, 24))]
    assert found[3][1] > date(2025, 6, 1)  # "on Friday", with no "the": near the day of writing


def test_bare_weekdays_listed_after_a_weekday_and_its_date_are_that_week_s():
    text = "It was done in three stages: 90 a side on Friday 7 March, 80 on Saturday and 70 on Sunday. On Sunday he spoke."
    found = [(m.text, m.earliest) for m in dates_in(text, date(2031, 3, 28))]
    assert found[:3] == [("Friday 7 March", date(2031, 3, 7)), ("Saturday", date(2031, 3, 8)),
                         ("Sunday", date(2031, 3, 9))]
    assert found[3][1] > date(2031, 3, 20)  # a new sentence: near the day of writing


def test_a_weekday_after_a_dated_weekday_but_not_on_its_list_is_near_the_day_of_writing():
    text = "The round that opened on Friday 7 March ended without a deal, the North said on Tuesday."
    found = [(m.text, m.earliest) for m in dates_in(text, date(2031, 3, 28))]
    assert found[1][1] > date(2031, 3, 20)


@pytest.mark.parametrize("text, day", [
    # a clause opened on "by" a day tells its tense after the day
    ("By Sunday evening the swap was complete: 300 men were home.", date(2025, 5, 11)),
    ("By Friday, 300 had come home.", date(2025, 5, 9)),
    ("By Friday the lists must be ready.", date(2025, 5, 16)),
    ("By Friday, the freed men will be home.", date(2025, 5, 16)),
    ("They want an answer by Friday, the envoy said.", date(2025, 5, 16)),
    ("By Sunday, both sides exchanged 300 prisoners.", date(2025, 5, 11)),
    ("By Friday the lists that were promised must be ready.", date(2025, 5, 16)),  # a relative clause's tense
])
def test_a_clause_opened_on_by_a_weekday_is_read_in_its_own_tense(text, day):
    [found] = dates_in(text, MON_12_MAY)
    assert found.earliest == found.latest == day


@pytest.mark.parametrize("text, expected", [
    # a quote's "today" said on the story's day is that day ...
    ('On Saturday another 140 sailors came back. "Today 140 of our men are home," the president wrote.',
     date(2025, 5, 24)),
    ("On Saturday the talks ended. “Tomorrow we go home,” the envoy said.", date(2025, 5, 25)),
    # ... not when the saying has a day of its own, nor when it is said now
    ('On Saturday the talks ended. "Today we signed nothing," Zelensky said on Monday.', date(2025, 5, 26)),
    ('On Saturday the talks ended. "Today we signed nothing," Zelensky says.', date(2025, 5, 26)),
])
def test_a_quoted_today_said_on_the_story_s_day_is_that_day(text, expected):
    quoted = next(m for m in dates_in(text, date(2025, 5, 26)) if m.text.lower() in ("today", "tomorrow"))
    assert quoted.earliest == expected


@pytest.mark.parametrize(("sentence", "found", "earliest"), [
    # a month before what happened in it, after a possessive or a pronoun
    ("The envoy's July offer still stands.", "July", date(2025, 7, 1)),
    ("Its March list was returned unanswered.", "Its March", date(2025, 3, 1)),
])
def test_a_month_that_names_what_happened_in_it(sentence: str, found: str, earliest: date) -> None:
    [mention] = dates_in(sentence, SAT_23_AUG)
    assert (mention.text, mention.earliest) == (found, earliest)


def test_a_span_from_one_day_to_another_runs_forward() -> None:
    # each end alone would be placed near the day of writing: 5 February next year, 2 October this
    found = dates_in("Four handovers count, from 3 February (90 a side) to 6 October (60 a side).", date(2025, 10, 24))
    assert [(m.text, m.earliest) for m in found] == [("3 February", date(2025, 2, 3)), ("6 October", date(2025, 10, 6))]


def test_days_later_than_a_month_named_are_that_many_days_after_some_day_of_it() -> None:
    found = dates_in("Swaps came slowly: 700 each in May, 60 in August, 90 ten days later.", date(2025, 11, 26))
    later = next(m for m in found if m.text == "ten days later")
    # not ten days after the day of writing: after the August just named
    assert (later.earliest, later.latest) == (date(2025, 8, 11), date(2025, 9, 10))


def test_a_span_still_ahead_ends_a_year_later_rather_than_starting_a_year_earlier() -> None:
    found = dates_in("The sides will observe an energy truce from 1 November to 1 March.", SAT_23_AUG)
    assert [m.earliest for m in found] == [date(2025, 11, 1), date(2026, 3, 1)]


def test_a_possessive_before_may_that_names_a_person_is_no_month() -> None:
    assert dates_in("Britain's May told parliament the deal was close.", SAT_23_AUG) == []


def test_days_later_after_a_month_only_in_its_own_sentence_and_only_of_when_something_happened() -> None:
    found = dates_in("On 3 October the North freed 60, the first since August. Three days later the South freed 60.",
                     date(2025, 11, 26))
    later = next(m for m in found if m.text == "Three days later")
    assert (later.earliest, later.latest) == (date(2025, 10, 6), date(2025, 10, 6))


@pytest.mark.parametrize("sentence, expected", [
    # a weekday that is the subject of what is still to come is the next one
    ("He told a radio interviewer on Friday that Thursday would be an appropriate deadline.", date(2031, 3, 20)),
    ("He told a radio interviewer on Friday that Thursday was the day it all went wrong.", date(2031, 3, 13)),
])
def test_a_weekday_still_to_be_is_ahead(sentence: str, expected: date) -> None:
    friday = date(2031, 3, 14)
    [_, thursday] = dates_in(sentence, friday)
    assert thursday.earliest == expected


@pytest.mark.parametrize("sentence", [
    "The truce agreed on Tuesday will be monitored by observers.",
    "Talks held on Tuesday would be the last for a month, the envoy said.",
])
def test_a_past_weekday_before_what_will_be_stays_past(sentence: str) -> None:
    [tuesday] = dates_in(sentence, date(2031, 3, 14))
    assert tuesday.earliest == date(2031, 3, 11)


def test_a_heading_in_capitals_names_its_month():
    [mention] = dates_in("MAY 16, THE PALACE", date(2025, 7, 24))
    assert (mention.text, mention.earliest) == ("MAY 16", date(2025, 5, 16))
    assert dates_in("Talks may 16 hours last.", date(2025, 7, 24)) == []  # the modal stays no month
