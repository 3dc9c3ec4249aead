"""The ledger: claims within one event, every discrepancy classified with its reason in words."""

import math
from dataclasses import replace
from datetime import date

import pytest

from parley.extract.dates import dates_in
from parley.ledger import Claim, build_ledger, compare, discrepancy_key, interval, render
from parley.profile import KnownEvent
from tests.event_fixtures import Article, corpus, profile

SUNDAY = date(2031, 3, 16)


def ledger(*articles: Article, known: tuple[KnownEvent, ...] = ()):
    rows, texts = corpus(*articles)
    return build_ledger(rows, texts, profile(), known, dates_in)


def exchange_of(found, row):
    return next(e for e in found.exchanges if row in e.rows)


def report(name: str, sentence: str, published: date = SUNDAY, **kw) -> Article:
    article = Article(name, sentence, published, **kw)
    return article


@pytest.mark.parametrize("qualifier, expected", [
    ("exact", (1200, 1200)), ("at_least", (1200, math.inf)), ("at_most", (0, 1200)), ("about", (1080, 1320)),
])
def test_interval(qualifier, expected):
    a = Article("a", "1,200 prisoners.", SUNDAY)
    low, high = interval(a.figure("1,200", 1200, qualifier=qualifier))
    assert (round(low), high if math.isinf(high) else round(high)) == expected


@pytest.mark.parametrize("kw, text", [
    ({"qualifier": "at_least", "per_side": True}, "at least 1,200 prisoners per side"),
    ({"qualifier": "range", "low": 24, "high": 48, "category": "duration"}, "24 to 48 duration"),
    ({"qualifier": "at_most", "category": "bodies"}, "up to 1,200 bodies"),
])
def test_render(kw, text):
    a = Article("a", "1,200 prisoners.", SUNDAY)
    assert render(a.figure("1,200", kw.pop("value", 1200) if "low" not in kw else 48, **kw)) == text


def test_two_sources_that_cannot_both_be_right_are_a_true_conflict():
    a = report("a", "On 12 March, 120 prisoners were released by each side.", outlet="Wire")
    b = report("b", "On 12 March, 125 prisoners were released by each side.", outlet="Herald")
    first, second = a.figure("120", 120, per_side=True), b.figure("125", 125, per_side=True)
    found = ledger(a, b)
    [conflict] = exchange_of(found, first).conflicts
    assert second in exchange_of(found, first).rows
    assert "Wire says 120 prisoners per side; Herald says 125 prisoners per side" in conflict.explanation
    assert "same event (exchange carried out, 12 Mar 2031)" in conflict.explanation


def test_a_hedge_that_admits_the_other_value_is_no_conflict():
    a = report("a", "On 12 March, 120 prisoners were released by each side.")
    b = report("b", "On 12 March, more than 110 prisoners were released by each side.")
    first = a.figure("120", 120, per_side=True)
    b.figure("110", 110, per_side=True, qualifier="more_than")
    [d] = [d for d in exchange_of(ledger(a, b), first).discrepancies if d.other_event is None]
    assert d.kind == "hedge" and "can both be true" in d.explanation


def test_a_round_figure_near_a_precise_count_is_no_conflict_but_two_precise_counts_are():
    a = report("a", "On 12 March, 6,000 prisoners were released by each side.", outlet="Wire")
    b = report("b", "On 12 March, 6,057 prisoners were released by each side.", outlet="Herald")
    c = report("c", "On 12 March, 6,060 prisoners were released by each side.", outlet="Post")
    first = a.figure("6,000", 6000, per_side=True)
    b.figure("6,057", 6057, per_side=True)
    c.figure("6,060", 6060, per_side=True)
    found = [d for d in exchange_of(ledger(a, b, c), first).discrepancies if d.other_event is None]
    kinds = {(d.a.text, d.b.text): d.kind for d in found}
    assert kinds == {("6,000 prisoners per side", "6,057 prisoners per side"): "hedge",
                     ("6,000 prisoners per side", "6,060 prisoners per side"): "hedge",
                     ("6,057 prisoners per side", "6,060 prisoners per side"): "conflict"}
    assert any("Wire's 6,000 prisoners per side is a round figure" in d.explanation for d in found)


def test_two_round_figures_that_differ_are_no_rounding_of_each_other():
    a = report("a", "On 12 March, 100,000 prisoners were released by each side.", outlet="Wire")
    b = report("b", "On 12 March, 102,000 prisoners were released by each side.", outlet="Herald")
    first = a.figure("100,000", 100000, per_side=True)
    b.figure("102,000", 102000, per_side=True)
    [d] = [d for d in exchange_of(ledger(a, b), first).discrepancies if d.other_event is None]
    assert d.kind == "conflict"


def test_one_report_stating_one_count_two_ways_is_no_disagreement():
    a = report("a", "On 12 March the sides swapped 84 for 84. Eighty-four Southerners came home.")
    first = a.figure("84 for 84", 84, per_side=True)
    a.figure("Eighty-four", 84)
    assert not [d for d in exchange_of(ledger(a), first).discrepancies if d.other_event is None]


def test_two_sides_accounts_in_one_report_can_conflict():
    a = report("a", "The bodies arrived between 11 and 16 June. The South counted 6,057 in all. The North "
               "said 6,060 had been handed over.", date(2031, 6, 20))
    south = a.figure("6,057", 6057, "bodies", actor="south")
    a.figure("6,060", 6060, "bodies", actor="north")
    [conflict] = exchange_of(ledger(a), south).conflicts
    assert {conflict.a.figure.value, conflict.b.figure.value} == {6057, 6060}


MAY_DEAL = KnownEvent(id="geneva-1-prisoners", label="Prisoner exchange agreed at the first round",
                      date=date(2031, 3, 10), kind="agreement", category="prisoners", source="Communiqué",
                      per_side=1000)


def _july_reports():
    a = report("a", "At the second round the sides agreed to exchange 1,000 prisoners each.", date(2031, 4, 20),
               outlet="Machine Wire")
    b = report("b", "At the second round the sides agreed to exchange at least 1,200 prisoners each.",
               date(2031, 4, 20), outlet="Herald")
    first = a.figure("1,000", 1000, per_side=True, round_id="geneva-2")
    b.figure("1,200", 1200, per_side=True, qualifier="at_least", round_id="geneva-2")
    return a, b, first


def test_an_outlier_that_matches_a_known_event_may_have_been_conflated_with_it():
    a, b, first = _july_reports()
    [conflict] = exchange_of(ledger(a, b, known=(MAY_DEAL,)), first).conflicts
    assert conflict.conflated_with == "geneva-1-prisoners"
    assert ("Machine Wire's 1,000 prisoners per side matches another event, Prisoner exchange agreed at the "
            "first round · 10 Mar 2031") in conflict.explanation
    assert "may have been conflated with it" in conflict.explanation


def test_without_the_known_event_the_conflict_stays_a_plain_conflict():
    a, b, first = _july_reports()
    [conflict] = exchange_of(ledger(a, b), first).conflicts
    assert conflict.conflated_with is None and "conflated" not in conflict.explanation


def test_an_exchange_after_the_reports_were_published_is_not_what_they_mixed_up():
    a, b, first = _july_reports()  # published 20 April
    later = replace(MAY_DEAL, id="geneva-5-prisoners", label="Exchange agreed at the fifth round",
                    date=date(2031, 5, 10), per_side=1200)
    [conflict] = exchange_of(ledger(a, b, known=(MAY_DEAL, later)), first).conflicts
    assert conflict.conflated_with == "geneva-1-prisoners"
    assert "fifth round" not in conflict.explanation  # "at least 1,200" did not come from May
    [alone] = exchange_of(ledger(a, b, known=(later,)), first).conflicts
    assert alone.conflated_with is None and "conflated" not in alone.explanation


def test_a_sub_count_is_part_of_its_whole_not_a_conflict():
    a = report("a", "Eighty-four Southerners came home on Friday. Of those freed, 51 are civilians.")
    whole = a.figure("Eighty-four", 84)
    a.figure("51 are", 51, category="prisoners")
    found = ledger(a)
    [part] = [d for d in exchange_of(found, whole).discrepancies if d.kind == "part"]
    assert "are a part of this exchange" in part.explanation
    assert not exchange_of(found, whole).conflicts


def test_a_running_total_beside_an_exchange_is_cumulative_vs_new():
    a = report("a", "On Friday 146 prisoners were released by each side. With the exchange the total "
               "exchanged so far reached 4,641.")
    swap = a.figure("146", 146, per_side=True)
    a.figure("4,641", 4641)
    [d] = [d for d in exchange_of(ledger(a), swap).discrepancies if d.kind == "cumulative"]
    assert "running total as of" in d.explanation


def test_an_offer_on_the_day_of_an_agreement_is_a_different_event():
    a = report("a", "On 20 April the sides agreed to exchange 1,200 prisoners each.", date(2031, 4, 21))
    b = report("b", "On 20 April the North offered to exchange 1,500 prisoners each.", date(2031, 4, 21))
    agreed = a.figure("1,200", 1200, per_side=True)
    b.figure("1,500", 1500, per_side=True)
    found = ledger(a, b)
    [d] = [d for d in exchange_of(found, agreed).discrepancies if d.kind == "different"]
    assert "about another event, an offer" in d.explanation and not exchange_of(found, agreed).conflicts
    assert d.explanation.endswith("this one is an agreement.")  # not "a agreement"


def _stages(*values: int, told: tuple[Article, ...] = ()):
    deal = report("deal", "At the second round the sides agreed to exchange 1,000 prisoners each.",
                  date(2031, 4, 20))
    agreed = deal.figure("1,000", 1000, per_side=True, round_id="geneva-2")
    articles = [deal, *told]
    for n, value in enumerate(values):
        day = date(2031, 5, 2 + n)
        a = report(f"s{n}", f"On {day.day} May {value} prisoners were released by each side, a stage of the "
                   f"exchange agreed at the second round.", day)
        a.figure(str(value), value, per_side=True)
        articles.append(a)
    return ledger(*articles), agreed


def test_an_agreement_shows_its_stages_and_how_much_they_fulfil():
    found, agreed = _stages(390, 307, 303)
    fulfilment = exchange_of(found, agreed).fulfilment
    assert [v for _, _, v in fulfilment.stages] == [390, 307, 303]
    assert fulfilment.describe() == "390 + 307 + 303 = 1,000 of 1,000 per side reported carried out"
    assert not fulfilment.over


def test_stages_adding_up_to_more_than_the_agreement_are_flagged():
    found, agreed = _stages(390, 407, 303)
    fulfilment = exchange_of(found, agreed).fulfilment
    assert fulfilment.over and "more than agreed, by 100" in fulfilment.describe()


def test_figures_no_event_can_hold_are_listed_unlinked():
    a = Article("a", "Each side released 300 prisoners, officials said.", None)
    row = a.figure("300", 300, per_side=True)
    found = ledger(a)
    assert found.unlinked == (row,) and not found.exchanges


def test_ai_generated_sources_are_named_in_the_explanation():
    a = report("a", "On 12 March, 120 prisoners were released by each side.", outlet="Wire")
    b = report("b", "On 12 March, 125 prisoners were released by each side.", outlet="Bot News")
    first = a.figure("120", 120, per_side=True)
    second = b.figure("125", 125, per_side=True)
    b.rows[0] = replace(second, flags=("ai_generated",))
    [conflict] = exchange_of(ledger(a, b), first).conflicts
    assert "Bot News is flagged AI-generated" in conflict.explanation


@pytest.mark.parametrize("flagged", ["a", "b"])
def test_a_source_flagged_ai_generated_does_not_decide_the_best_estimate(flagged):
    a = report("a", "On 12 March, 120 prisoners were released by each side.", outlet="Wire")
    b = report("b", "On 12 March, 125 prisoners were released by each side.", outlet="Daily")
    first = a.figure("120", 120, per_side=True)
    b.figure("125", 125, per_side=True)
    article = a if flagged == "a" else b
    article.rows[0] = replace(article.rows[0], flags=("ai_generated",))
    exchange = exchange_of(ledger(a, b), a.rows[0] if flagged == "a" else first)
    assert exchange.best == (125 if flagged == "a" else 120)  # the tie goes to the source not flagged


def test_rulings_keep_their_key_when_rows_are_extracted_again():
    a, b, first = _july_reports()
    found = ledger(a, b)
    exchange = exchange_of(found, first)
    [conflict] = exchange.conflicts
    again = discrepancy_key(exchange.event, Claim((replace(conflict.b.rows[0], id=999),)),
                            Claim((replace(conflict.a.rows[0], id=5),)))
    assert conflict.key == again
    assert compare(exchange.event, conflict.a, conflict.b).key == conflict.key


def test_fulfilment_reads_the_agreed_size_with_its_hedge():
    deal = report("deal", "At the second round the sides agreed to exchange at least 1,200 prisoners each.",
                  date(2031, 4, 20))
    agreed = deal.figure("1,200", 1200, per_side=True, qualifier="at_least", round_id="geneva-2")
    stage = report("s", "On 2 May 1,300 prisoners were released by each side, the first stage of the exchange "
                   "agreed at the second round.", date(2031, 5, 3))
    stage.figure("1,300", 1300, per_side=True)
    fulfilment = exchange_of(ledger(deal, stage), agreed).fulfilment
    assert fulfilment.describe() == "1,300 of at least 1,200 per side reported carried out"
    assert not fulfilment.over  # more than a minimum is no breach of it


def test_soldiers_alone_and_everyone_on_one_day_are_two_counts_not_a_conflict():
    a = report("a", "On 2 October, 185 servicemen were released by each side.", date(2031, 10, 3), outlet="Wire")
    b = report("b", "On 2 October, 205 people were released by each side.", date(2031, 10, 3), outlet="Herald")
    soldiers = a.figure("185", 185, per_side=True, unit="servicemen")
    everyone = b.figure("205", 205, per_side=True, unit="people")
    found = ledger(a, b)
    assert exchange_of(found, soldiers) is not exchange_of(found, everyone)
    assert not exchange_of(found, soldiers).conflicts
    [d] = [d for d in exchange_of(found, soldiers).discrepancies if d.other_event]
    assert d.kind == "different" and "another count on the same days" in d.explanation


def test_two_sides_offers_on_one_day_are_two_offers():
    a = report("a", "On 20 April the North offered to hand over 3,000 bodies.", date(2031, 4, 21))
    b = report("b", "On 20 April the South offered to hand over 2,800 bodies.", date(2031, 4, 21))
    north = a.figure("3,000", 3000, "bodies", actor="north")
    south = b.figure("2,800", 2800, "bodies", actor="south")
    found = ledger(a, b)
    assert exchange_of(found, north) is not exchange_of(found, south)
    assert not any(e.conflicts for e in found.exchanges)


def test_the_exchange_told_as_completed_is_the_total_not_one_more_stage():
    found, agreed = _stages(390, 307, 1000)
    fulfilment = exchange_of(found, agreed).fulfilment
    assert [v for _, _, v in fulfilment.stages] == [390, 307] and fulfilment.whole == 1000
    assert fulfilment.done == 1000 and not fulfilment.over
    assert fulfilment.describe() == "1,000 told as completed (stages told: 390 + 307) of 1,000 per side reported carried out"


def test_a_stage_told_only_as_one_count_of_a_breakdown_is_not_added_up():
    deal = report("deal", "At the second round the sides agreed to exchange 1,000 prisoners each.", date(2031, 4, 20))
    agreed = deal.figure("1,000", 1000, per_side=True, round_id="geneva-2")
    first = report("s1", "On 2 May 270 soldiers and 120 civilians were released by each side, a stage of the "
                   "exchange agreed at the second round.", date(2031, 5, 3))
    first.figure("270", 270, per_side=True)
    second = report("s2", "On 4 May 880 soldiers and 120 civilians were released by each side, a further stage "
                    "of the exchange agreed at the second round.", date(2031, 5, 5))
    second.figure("880", 880, per_side=True)
    # 270 + 880 would be 1,150 "more than agreed": each is a part of a stage whose size nobody gave
    found = ledger(deal, first, second)
    assert {e.event.kind for e in found.exchanges} >= {"stage", "agreement"}
    assert exchange_of(found, agreed).fulfilment is None


def _one_value_against_a_hedged_other():
    """1,000 against 1,200 and "at least 1,200": two pairs conflict, the third is a hedge."""
    a = report("a", "On 10 March the sides agreed to exchange 1,000 prisoners each.", outlet="Wire")
    b = report("b", "On 10 March the sides agreed to exchange at least 1,200 prisoners each.", outlet="Daily")
    c = report("c", "On 10 March the sides agreed to exchange 1,200 prisoners each.", outlet="Herald")
    first = a.figure("1,000", 1000, per_side=True)
    b.figure("1,200", 1200, qualifier="at_least", per_side=True)
    c.figure("1,200", 1200, per_side=True)
    return exchange_of(ledger(a, b, c), first)


def test_conflicts_sharing_a_claim_are_one_dispute_that_names_each_source_once():
    exchange = _one_value_against_a_hedged_other()
    assert len(exchange.conflicts) == 2
    [dispute] = exchange.disputes
    assert [c.text for c in dispute.claims] == ["1,000 prisoners per side", "at least 1,200 prisoners per side",
                                                "1,200 prisoners per side"]
    assert dispute.explanation.startswith("Wire says 1,000 prisoners per side; Daily says at least 1,200 "
                                          "prisoners per side; Herald says 1,200 prisoners per side.")
    assert ("counted the same way, and 1,000 prisoners per side stands against at least 1,200 prisoners per side "
            "and 1,200 prisoners per side, which can both be true.") in dispute.explanation
    assert dispute.label == "true conflict"


def test_a_lone_conflict_is_a_dispute_with_the_pairs_key_and_explanation():
    a, b, first = _july_reports()
    exchange = exchange_of(ledger(a, b), first)
    [conflict], [dispute] = exchange.conflicts, exchange.disputes
    assert (dispute.key, dispute.explanation) == (conflict.key, conflict.explanation)
    assert dispute.covers(conflict.key) and not dispute.covers("elsewhere|1 prisoner|2 prisoners")


def test_a_ruling_on_one_pair_stays_with_the_dispute_it_joined():
    from datetime import datetime

    from parley.ledger import rulings_on
    from parley.store import Ruling

    [dispute] = _one_value_against_a_hedged_other().disputes
    early = Ruling(dispute.conflicts[1].key, "confirmed", "Before the third report.", "ana", datetime(2031, 3, 11))
    late = Ruling(dispute.key, "resolved", "All three read.", "ben", datetime(2031, 3, 12))
    assert dispute.key not in {d.key for d in dispute.conflicts}
    assert rulings_on(dispute, {late.subject: [late], early.subject: [early], "elsewhere": [late]}) == [early, late]



def test_the_whole_told_done_under_an_agreement_is_what_was_carried_out():
    done = report("done", "By 5 May the exchange carried out under the agreement was complete: 1,000 prisoners had "
                  "come home.", date(2031, 5, 6))
    whole = done.figure("1,000", 1000)
    found, agreed = _stages(390, 307, 303, told=(done,))
    assert exchange_of(found, whole).event.kind == "completed"
    fulfilment = exchange_of(found, agreed).fulfilment
    assert fulfilment.whole == 1000 and fulfilment.done == 1000
    assert fulfilment.describe().startswith("1,000 told as completed (stages told: 390 + 307 + 303)")


def test_one_handover_told_both_ways_is_one_stage_not_two():
    deal = report("deal", "At the second round the sides agreed to exchange up to 3,000 bodies.", date(2031, 4, 20))
    agreed = deal.figure("3,000", 3000, "bodies", qualifier="at_most", round_id="geneva-2")
    swap = report("swap", "On 2 May the North received 1,000 bodies and returned 31, under the agreement reached "
                  "at the second round.", date(2031, 5, 3))
    swap.figure("1,000", 1000, "bodies")
    swap.figure("31", 31, "bodies")
    fulfilment = exchange_of(ledger(deal, swap), agreed).fulfilment
    assert fulfilment.describe() == "1,000 of up to 3,000 per side reported carried out"


def test_a_dispute_where_no_two_claims_hold_says_so_once():
    a = report("a", "On 10 March the sides agreed to exchange 1,000 prisoners each.", outlet="Wire")
    b = report("b", "On 10 March the sides agreed to exchange 1,200 prisoners each.", outlet="Daily")
    c = report("c", "On 10 March the sides agreed to exchange 1,100 prisoners each.", outlet="Herald")
    first = a.figure("1,000", 1000, per_side=True)
    b.figure("1,200", 1200, per_side=True)
    c.figure("1,100", 1100, per_side=True)
    [dispute] = exchange_of(ledger(a, b, c), first).disputes
    assert len(dispute.conflicts) == 3
    assert dispute.explanation.endswith("counted the same way, and no two of them can both be true.")


def test_a_claim_of_several_sources_is_what_they_say():
    a = report("a", "On 12 March, 120 prisoners were released by each side.", outlet="Wire")
    b = report("b", "On 12 March, 125 prisoners were released by each side.", outlet="Herald")
    c = report("c", "On 12 March, 125 prisoners were freed by each side.", outlet="Daily")
    first = a.figure("120", 120, per_side=True)
    b.figure("125", 125, per_side=True)
    c.figure("125", 125, per_side=True)
    [conflict] = exchange_of(ledger(a, b, c), first).conflicts
    assert "Wire says 120 prisoners per side; Herald, Daily say 125 prisoners per side" in conflict.explanation


def test_a_ruling_on_a_dispute_stays_when_another_source_joins_it():
    from datetime import datetime

    from parley.ledger import rulings_on
    from parley.store import Ruling

    a = report("a", "On 10 March the sides agreed to exchange 1,000 prisoners each.", outlet="Wire")
    b = report("b", "On 10 March the sides agreed to exchange at least 1,200 prisoners each.", outlet="Daily")
    c = report("c", "On 10 March the sides agreed to exchange 1,200 prisoners each.", outlet="Herald")
    d = report("d", "On 10 March the sides agreed to exchange 1,100 prisoners each.", outlet="Post")
    first = a.figure("1,000", 1000, per_side=True)
    b.figure("1,200", 1200, qualifier="at_least", per_side=True)
    c.figure("1,200", 1200, per_side=True)
    [three] = exchange_of(ledger(a, b, c), first).disputes
    ruled = Ruling(three.key, "confirmed", "Three reports read.", "ana", datetime(2031, 3, 11))
    d.figure("1,100", 1100, per_side=True)
    [four] = exchange_of(ledger(a, b, c, d), first).disputes
    assert four.key != three.key and len(four.claims) == 4
    assert rulings_on(four, {three.key: [ruled]}) == [ruled]


def test_a_dispute_names_its_event_and_each_flagged_source_once():
    a = report("a", "On 10 March the sides agreed to exchange 1,000 prisoners each.", outlet="Wire")
    b = report("b", "On 10 March the sides agreed to exchange 1,100 prisoners each.", outlet="Bot News")
    c = report("c", "On 10 March the sides agreed to exchange 1,200 prisoners each.", outlet="Herald")
    first = a.figure("1,000", 1000, per_side=True)
    b.rows.append(replace(b.figure("1,100", 1100, per_side=True), flags=("ai_generated",)))
    b.rows.pop(0)
    c.figure("1,200", 1200, per_side=True)
    [dispute] = exchange_of(ledger(a, b, c), first).disputes
    assert "All are about the same event (agreement, 10 Mar 2031)" in dispute.explanation
    assert dispute.explanation.count("flagged AI-generated") == 1


def test_two_batches_of_one_day_told_in_one_sentence_both_count():
    deal = report("deal", "At the second round the sides agreed to exchange 1,000 prisoners each.", date(2031, 4, 20))
    agreed = deal.figure("1,000", 1000, per_side=True, round_id="geneva-2")
    swap = report("swap", "On 2 May the South received 200 prisoners in the morning and another 190 in the evening, "
                  "under the agreement reached at the second round.", date(2031, 5, 3))
    swap.figure("200", 200)
    swap.figure("190", 190)
    fulfilment = exchange_of(ledger(deal, swap), agreed).fulfilment
    assert fulfilment is not None and fulfilment.done == 390


def test_a_dispute_between_two_readings_each_held_by_hedged_sources():
    a = report("a", "On 10 March the sides agreed to exchange 1,000 prisoners each.", outlet="Wire")
    b = report("b", "On 10 March the sides agreed to exchange about 1,000 prisoners each.", outlet="Daily")
    c = report("c", "On 10 March the sides agreed to exchange 1,200 prisoners each.", outlet="Herald")
    d = report("d", "On 10 March the sides agreed to exchange at least 1,200 prisoners each.", outlet="Post")
    first = a.figure("1,000", 1000, per_side=True)
    b.figure("1,000", 1000, qualifier="about", per_side=True)
    c.figure("1,200", 1200, per_side=True)
    d.figure("1,200", 1200, qualifier="at_least", per_side=True)
    [dispute] = exchange_of(ledger(a, b, c, d), first).disputes
    text = dispute.explanation
    assert "counted the same way, and these readings exclude each other: " in text
    assert "1,000 prisoners per side and about 1,000 prisoners per side, which can both be true" in text
    assert "1,200 prisoners per side and at least 1,200 prisoners per side, which can both be true" in text
