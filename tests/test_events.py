"""Figures -> events: which figures are one event, parts and stages, known events."""

from datetime import date

import pytest

from parley.events import resolve_events
from parley.extract.dates import dates_in
from parley.profile import KnownEvent
from tests.event_fixtures import Article, corpus, profile

SUNDAY = date(2031, 3, 16)


def events(*articles: Article, known: tuple[KnownEvent, ...] = ()):
    rows, texts = corpus(*articles)
    return resolve_events(rows, texts, profile(), known, dates_in)


def event_of(found, row):
    return next(e for e in found.events if any(found.readings[i].row is row for i in e.members))


# -- which figures are one event --------------------------------------------------------------
def test_per_side_and_one_sides_count_of_one_swap_are_one_event():
    a = Article("a", "On Friday the North and the South swapped 84 for 84.", SUNDAY)
    b = Article("b", "Eighty-four Southerners returned home on Friday, their ministry said.", date(2031, 3, 15))
    first = a.figure("84 for 84", 84, per_side=True)
    second = b.figure("Eighty-four", 84)
    found = events(a, b)
    assert event_of(found, first) is event_of(found, second)
    assert event_of(found, first).kind == "completed"


def test_the_same_number_on_other_days_is_another_event():
    a = Article("a", "On 18 September the South received 1,000 bodies.", date(2031, 10, 23))
    b = Article("b", "The South received 1,000 bodies on Thursday.", date(2031, 10, 23))
    first = a.figure("1,000 bodies", 1000, "bodies")
    second = b.figure("1,000 bodies", 1000, "bodies")
    found = events(a, b)
    assert event_of(found, first) is not event_of(found, second)


def test_an_offer_is_not_the_agreement_of_the_same_day():
    a = Article("a", "On 20 April the sides agreed to exchange 3,000 prisoners each.", date(2031, 4, 21))
    b = Article("b", "On 20 April the North offered to exchange 3,000 prisoners each.", date(2031, 4, 21))
    first = a.figure("3,000", 3000, per_side=True)
    second = b.figure("3,000", 3000, per_side=True)
    found = events(a, b)
    assert {event_of(found, first).kind, event_of(found, second).kind} == {"agreement", "offer"}


def test_a_total_is_not_the_per_side_count():
    a = Article("a", "On Friday 292 captives were exchanged, 146 from each side.", SUNDAY)
    total = a.figure("292", 292)
    each = a.figure("146", 146, per_side=True)
    found = events(a)
    assert event_of(found, total) is not event_of(found, each)
    assert (event_of(found, total).role, event_of(found, each).role) == ("total", "each")


def test_an_undated_background_figure_links_to_the_one_event_it_fits():
    a = Article("a", "On Saturday 246 prisoners were released by each side.", SUNDAY)
    b = Article("b", "Easter brought a swap of 246 for 246, and on 2 May 205 more prisoners came home to each "
                "side.", date(2031, 5, 12))
    first = a.figure("246 prisoners", 246, per_side=True)
    background = b.figure("246 for 246", 246, per_side=True)
    found = events(a, b)
    assert event_of(found, background) is event_of(found, first)


def test_an_undated_figure_that_fits_two_events_links_to_neither():
    a = Article("a", "On 2 March 100 prisoners were released by each side.", date(2031, 3, 3))
    b = Article("b", "On 9 March 100 prisoners were released by each side.", date(2031, 3, 10))
    c = Article("c", "Earlier this year a swap of 100 for 100 took place, and on 1 May 55 more came home to "
                "each side.", date(2031, 5, 12))
    a.figure("100 prisoners", 100, per_side=True)
    b.figure("100 prisoners", 100, per_side=True)
    background = c.figure("100 for 100", 100, per_side=True)
    found = events(a, b, c)
    assert event_of(found, background).members == (2,)


def test_two_sources_close_on_one_text_dated_day_are_one_event_to_compare():
    a = Article("a", "On 12 March, 120 prisoners were released by each side.", SUNDAY, outlet="Wire")
    b = Article("b", "On 12 March, 125 prisoners were released by each side.", SUNDAY, outlet="Herald")
    first = a.figure("120", 120, per_side=True)
    second = b.figure("125", 125, per_side=True)
    found = events(a, b)
    assert event_of(found, first) is event_of(found, second)


def test_two_tellers_near_counts_side_by_side_in_one_report_are_one_quantity():
    a = Article("a", "The South's headquarters puts the number of bodies received at 7,057. The North said it "
                "had handed over 7,060 and received 80 in return.", SUNDAY)
    south = a.figure("7,057", 7057, category="bodies", actor="south")
    north = a.figure("7,060", 7060, category="bodies", actor="north")
    returned = a.figure("received 80", 80, category="bodies", actor="north")
    found = events(a)
    assert event_of(found, south) is event_of(found, north)
    assert event_of(found, returned) is not event_of(found, north)


@pytest.mark.parametrize("text, teller", [
    ("On Saturday the North said it had received 390 prisoners. Another 387 prisoners came home later.", None),
    ("The North said it had received 390 prisoners. The South said a second transfer brought 387 prisoners.", "south"),
])
def test_one_count_more_or_an_unnamed_teller_is_no_second_account(text, teller):
    a = Article("a", text, SUNDAY)
    first = a.figure("390", 390, actor="north")
    second = a.figure("387", 387, actor=teller)
    found = events(a)
    assert event_of(found, first) is not event_of(found, second)


FILLER = "The talks resumed in the capital after a pause of several weeks. " * 8


@pytest.mark.parametrize("said, one_quantity", [
    ("The South gave a different figure: it said 120 of its soldiers had come home.", True),
    ("The South said 120 of its soldiers had come home.", False),
    # a gap that is not between counts
    ("The South said 120 of its soldiers had come home. Negotiators narrowed the gap on territory.", False),
])
def test_counts_a_report_says_differ_are_one_quantity_however_far_apart(said, one_quantity):
    # "a different figure": one swap counted 100 a side by one teller and 120 by the other
    a = Article("a", f"On Monday the North said 100 prisoners a side had been exchanged. {FILLER}{said}", SUNDAY)
    north = a.figure("100 prisoners", 100, per_side=True, actor="north")
    south = a.figure("120 of its", 120, actor="south")
    found = events(a)
    assert (event_of(found, north) is event_of(found, south)) is one_quantity


def test_a_standing_count_told_again_months_later_is_the_same_count():
    a = Article("a", "By the ombudsman's count, about 9,000 civilians are held by the North.", date(2031, 3, 1))
    b = Article("b", "Talks should also cover some 9,000 civilians whom the North holds.", date(2031, 9, 1))
    first = a.figure("9,000", 9000, "civilians", qualifier="about")
    second = b.figure("9,000 civilians", 9000, "civilians")
    c = Article("c", "By the ombudsman's new count, 9,600 civilians are held by the North.", date(2031, 9, 2))
    third = c.figure("9,600", 9600, "civilians")
    found = events(a, b, c)
    assert event_of(found, first) is event_of(found, second)
    assert event_of(found, third) is not event_of(found, first)  # another count, not the same one


def test_near_counts_told_by_one_teller_or_far_apart_stay_two():
    a = Article("a", "The North said 7,057 bodies were received in the first transfer and 7,060 in the second.",
                SUNDAY)
    first = a.figure("7,057", 7057, category="bodies", actor="north")
    second = a.figure("7,060", 7060, category="bodies", actor="north")
    found = events(a)
    assert event_of(found, first) is not event_of(found, second)


def test_two_different_numbers_in_one_report_are_two_quantities():
    a = Article("a", "On Saturday the North handed over 31 wounded Southern soldiers in return for 33 "
                "wounded Northerners.", SUNDAY)
    first = a.figure("31 wounded", 31)
    second = a.figure("33 wounded", 33)
    found = events(a)
    assert event_of(found, first) is not event_of(found, second)


def test_far_apart_values_on_one_day_are_two_events():
    a = Article("a", "On 12 March, 120 prisoners were released by each side.", SUNDAY)
    b = Article("b", "On 12 March, 1,000 prisoners were released by each side.", SUNDAY)
    first = a.figure("120", 120, per_side=True)
    second = b.figure("1,000", 1000, per_side=True)
    found = events(a, b)
    assert event_of(found, first) is not event_of(found, second)


def test_a_stage_is_linked_to_the_agreement_it_carries_out():
    a = Article("a", "At the second round the sides agreed to exchange 1,000 prisoners each.", date(2031, 4, 20))
    b = Article("b", "On Friday 390 prisoners were released by each side. The exchange was carried out under "
                "the deal agreed at the second round.", SUNDAY.replace(month=5, day=4))
    agreed = a.figure("1,000", 1000, per_side=True, round_id="geneva-2")
    stage = b.figure("390", 390, per_side=True)
    found = events(a, b)
    assert event_of(found, stage).kind == "stage"
    assert event_of(found, stage).parent == event_of(found, agreed).id


def test_a_count_larger_than_the_agreement_is_no_stage_of_it():
    a = Article("a", "At the second round the sides agreed to exchange 1,000 prisoners each.", date(2031, 4, 20))
    b = Article("b", "On Friday 2,000 prisoners were released by each side. The exchange was carried out under "
                "the deal agreed at the second round.", date(2031, 5, 4))
    a.figure("1,000", 1000, per_side=True, round_id="geneva-2")
    claimed = b.figure("2,000", 2000, per_side=True)
    found = events(a, b)
    assert event_of(found, claimed).parent is None


def test_an_exchange_with_no_word_of_an_agreement_is_no_stage():
    a = Article("a", "At the second round the sides agreed to exchange 1,000 prisoners each.", date(2031, 4, 20))
    b = Article("b", "On Friday 390 prisoners were released by each side. Officials did not say whether it "
                "counts towards the deal.", date(2031, 5, 4))
    a.figure("1,000", 1000, per_side=True, round_id="geneva-2")
    stage = b.figure("390", 390, per_side=True)
    found = events(a, b)
    assert (event_of(found, stage).kind, event_of(found, stage).parent) == ("completed", None)


MAY_DEAL = KnownEvent(id="geneva-1-prisoners", label="Prisoner exchange agreed at the first round",
                      date=date(2031, 3, 10), kind="agreement", category="prisoners", source="Communiqué",
                      per_side=1000)


def test_figures_link_to_a_known_event_when_the_text_supports_it():
    a = Article("a", "On 10 March the sides agreed to exchange 1,000 prisoners each.", date(2031, 3, 11))
    row = a.figure("1,000", 1000, per_side=True)
    found = events(a, known=(MAY_DEAL,))
    assert event_of(found, row).id == "geneva-1-prisoners" and event_of(found, row).known == MAY_DEAL


def test_linking_needs_no_known_events():
    a = Article("a", "On 10 March the sides agreed to exchange 1,000 prisoners each.", date(2031, 3, 11))
    b = Article("b", "The agreement of 10 March provides for 1,000 prisoners per side.", date(2031, 3, 12))
    first = a.figure("1,000", 1000, per_side=True)
    second = b.figure("1,000", 1000, per_side=True)
    found = events(a, b)
    assert not profile().events
    assert event_of(found, first) is event_of(found, second)
    assert event_of(found, first).source == "articles" and event_of(found, first).date == date(2031, 3, 10)


def test_event_ids_do_not_depend_on_row_ids():
    def build():
        a = Article("a", "On 12 March, 120 prisoners were released by each side.", SUNDAY)
        a.figure("120", 120, per_side=True)
        return [e.id for e in events(a).events]

    assert build() == build() == ["prisoners-done-2031-03-12-each-120"]


def test_an_undated_mention_prefers_the_dated_event_to_an_undated_one():
    early = Article("early", "The swap of 500 for 500 was welcomed, and on 2 March 60 more came home to each side.",
                    date(2031, 3, 5))
    dated = Article("dated", "On 20 April 500 prisoners were released by each side.", date(2031, 4, 21))
    late = Article("late", "The swap of 500 for 500 was welcomed, and on 1 May 60 more came home to each side.",
                   date(2031, 5, 12))
    before_it = early.figure("500 for 500", 500, per_side=True)
    anchor = dated.figure("500 prisoners", 500, per_side=True)
    mention = late.figure("500 for 500", 500, per_side=True)
    found = events(early, dated, late)
    assert event_of(found, mention) is event_of(found, anchor)  # the only dated event it fits
    assert event_of(found, before_it) is not event_of(found, anchor)  # written before it happened


def test_the_whole_exchange_done_is_dated_by_its_last_stage_and_carries_out_the_agreement():
    deal = Article("deal", "At the second round the sides agreed to exchange 500 prisoners each.", date(2031, 4, 20))
    agreed = deal.figure("500", 500, per_side=True, round_id="geneva-2")
    articles = [deal]
    for day, value in ((2, 200), (4, 180), (5, 120)):
        a = Article(f"s{day}", f"On {day} May {value} prisoners were released by each side, a stage of the "
                    "exchange agreed at the second round.", date(2031, 5, day))
        a.figure(str(value), value, per_side=True)
        articles.append(a)
    # A report of the last day that leaves the day unsaid: its news days reach back to the first stage.
    done = Article("done", "In all, 500 prisoners per side have now been freed under the deal agreed at the "
                   "second round, completing the exchange.", date(2031, 5, 5))
    whole = done.figure("500 prisoners", 500, per_side=True)
    found = events(*articles, done)
    event = event_of(found, whole)
    assert (event.kind, event.parent) == ("completed", event_of(found, agreed).id)
    assert event.date == date(2031, 5, 5)


def test_a_step_of_an_agreement_still_to_come_leaves_it_one_event():
    a = Article("a", "On 10 March the envoys agreed to swap 400 prisoners each.", date(2031, 3, 11))
    b = Article("b", "The envoys agreed to exchange 400 prisoners each, and the rosters should be signed off by "
                "the end of the week.", SUNDAY)
    first = a.figure("400", 400, per_side=True, round_id="geneva-1")
    second = b.figure("400", 400, per_side=True, round_id="geneva-1")
    found = events(a, b)
    assert event_of(found, first) is event_of(found, second)


def test_a_figure_fits_an_event_when_it_fits_any_claim_linked_to_it():
    # Two claims of one agreement (300 and at least 320); a third report's "at least 320"
    # dated only by its news days is the same agreement, though the first claim was 300.
    a = Article("a", "At the first round in Geneva the sides agreed to exchange 300 prisoners each.", date(2031, 3, 11))
    a.figure("300 prisoners", 300, per_side=True, round_id="geneva-1")
    b = Article("b", "On 10 March the delegations agreed to exchange at least 320 prisoners each.", date(2031, 3, 12))
    b.figure("320 prisoners", 320, per_side=True, qualifier="at_least")
    c = Article("c", "The principal outcome is a swap of at least 320 prisoners from each side.", date(2031, 3, 12))
    c.figure("320 prisoners", 320, per_side=True, qualifier="at_least")
    rows, texts = corpus(a, b, c)
    found = resolve_events(rows, texts, profile(), (), dates_in)
    assert len({e.id for e in found.events if e.members}) == 1, [(e.id, e.members) for e in found.events]


def test_a_swap_still_to_come_is_not_the_swap_of_that_size_done_before():
    a = Article("a", "The last swap, 500 for 500, was carried out on 3 March. The envoy said the next swap would "
                "involve at least 500 people on each side.", date(2031, 3, 20))
    done = a.figure("500 for 500", 500, per_side=True)
    ahead = a.figure("500 people", 500, per_side=True, qualifier="at_least")
    found = events(a)
    assert event_of(found, done) is not event_of(found, ahead)
    assert event_of(found, done).kind == "completed" and event_of(found, ahead).kind == "agreement"


@pytest.mark.parametrize("second, fragment", [
    ("The 500-for-500 swap, which both sides said would build trust, was the largest this year.", "500-for-500"),
    ("Officials expected the swap, 500 for 500, to ease tension.", "500 for 500"),
])
def test_a_swap_done_told_again_beside_a_hope_is_still_that_swap(second, fragment):
    a = Article("a", f"The sides exchanged 500 prisoners each on 3 March. {second}", date(2031, 3, 20))
    done = a.figure("500 prisoners", 500, per_side=True)
    again = a.figure(fragment, 500, per_side=True)
    found = events(a)
    assert event_of(found, done) is event_of(found, again)


def test_a_part_told_by_another_report_as_a_count_of_its_own_is_that_count():
    a = Article("a", "On Friday 390 people were returned to each side, 120 of them civilians.", date(2031, 3, 15))
    # the other report dated only by its news days
    b = Article("b", "270 servicemen and 120 civilians were returned to each side.", date(2031, 3, 15))
    a.figure("390 people", 390, per_side=True)
    part = a.figure("120 of them", 120, per_side=True, category="civilians")
    b.figure("270 servicemen", 270, per_side=True)
    alone = b.figure("120 civilians", 120, per_side=True, category="civilians")
    found = events(a, b)
    assert event_of(found, part) is event_of(found, alone)
    # a part of the whole, so never a stage of its own
    assert event_of(found, alone).parent == event_of(found, a.rows[0]).id


def test_a_part_does_not_join_another_report_s_count_of_its_size_on_other_days():
    a = Article("a", "On Saturday the North and the South exchanged 390 prisoners each, 120 of them civilians.",
                date(2031, 3, 16))
    b = Article("b", "On Thursday the North returned 120 civilians to the South under a mediated deal.",
                date(2031, 3, 14))
    a.figure("390 prisoners", 390, per_side=True)
    part = a.figure("120 of them", 120, per_side=True, category="civilians")
    alone = b.figure("120 civilians", 120, category="civilians")
    found = events(a, b)
    assert event_of(found, part) is not event_of(found, alone)


def _deal_swap_and_a_month_count(month: str):
    """A deal on 2 March and a swap on 20 March of the same size, and a later report dating a
    count of that size only by its month."""
    deal = Article("a", "On 2 March the sides agreed to exchange 400 prisoners each.", date(2031, 3, 3))
    swap = Article("b", "On 20 March 400 prisoners were released by each side.", date(2031, 3, 21))
    late = Article("c", month + " In May 55 more came home.", date(2031, 6, 1))
    agreed = deal.figure("400", 400, per_side=True)
    done = swap.figure("400 prisoners", 400, per_side=True)
    counted = late.figure("400 prisoners", 400, per_side=True)
    found = events(deal, swap, late)
    return event_of(found, agreed), event_of(found, done), event_of(found, counted)


def test_a_month_count_told_as_done_joins_the_swap_not_the_deal_behind_it():
    for month in ("In March, once the talks were over, 400 prisoners went each way.",
                  "In terms of numbers, 400 prisoners went each way in March."):
        agreed, done, counted = _deal_swap_and_a_month_count(month)
        assert counted is done and agreed is not done, month


@pytest.mark.parametrize("month", [
    "The March terms: 400 prisoners each.",
    "In March the envoys shook hands on 400 prisoners each.",
    "In March, 400 prisoners each were to go home.",
])
def test_a_month_count_told_as_a_deal_or_a_plan_keeps_both_open(month):
    agreed, done, counted = _deal_swap_and_a_month_count(month)
    assert counted not in (agreed, done)
