"""Exchange charts, tested on their data: the event timeline, claims, and fulfilment."""

import math
from datetime import date, timedelta

from components.ledger_charts import CONFLICT_COLOUR, claims_chart, event_timeline, fulfilment_chart
from parley.extract.dates import dates_in
from parley.ledger import build_ledger
from tests.event_fixtures import Article, corpus, profile


def ledger(*articles):
    rows, texts = corpus(*articles)
    return build_ledger(rows, texts, profile(), (), dates_in)


def _deal_and_stage():
    deal = Article("deal", "At the second round the sides agreed to exchange 1,000 prisoners each.", date(2031, 4, 20))
    deal.figure("1,000", 1000, per_side=True, round_id="geneva-2")
    stage = Article("stage", "On 2 May 390 prisoners were released by each side, the first stage of the exchange "
                    "agreed at the second round.", date(2031, 5, 3))
    stage.figure("390", 390, per_side=True)
    return ledger(deal, stage)


def test_the_timeline_puts_events_on_dates_by_kind_and_joins_a_stage_to_its_agreement():
    figure = event_timeline(_deal_and_stage())
    links, *kinds = figure.data
    assert links.name == "stage of" and list(links.x) == [date(2031, 4, 20), date(2031, 5, 2), None]
    assert {t.name: list(t.x) for t in kinds} == {"agreement": [date(2031, 4, 20)],
                                                  "stage carried out": [date(2031, 5, 2)]}
    agreement = next(t for t in kinds if t.name == "agreement")
    assert agreement.marker.size[0] > next(t for t in kinds if t.name != "agreement").marker.size[0]


def test_one_day_of_data_gets_a_week_of_days_on_the_axis():
    a = Article("a", "On 12 March, 120 prisoners were released by each side.", date(2031, 3, 16))
    a.figure("120", 120, per_side=True)
    axis = event_timeline(ledger(a)).layout.xaxis
    assert list(axis.range) == ["2031-03-11", "2031-03-13"]  # a day of margin each side
    assert axis.dtick % 86_400_000 == 0 and axis.tickformat == "%-d %b %Y"  # whole days, never sub-second


def test_an_event_with_a_true_conflict_is_ringed():
    a = Article("a", "On 12 March, 120 prisoners were released by each side.", date(2031, 3, 16), outlet="Wire")
    b = Article("b", "On 12 March, 125 prisoners were released by each side.", date(2031, 3, 16), outlet="Herald")
    a.figure("120", 120, per_side=True)
    b.figure("125", 125, per_side=True)
    [trace] = event_timeline(ledger(a, b)).data
    assert trace.marker.line.color[0] == CONFLICT_COLOUR


def test_claims_show_points_and_the_intervals_hedges_admit():
    a = Article("a", "On 12 March, 120 prisoners were released by each side.", date(2031, 3, 16), outlet="Wire")
    b = Article("b", "On 12 March, at least 110 prisoners were released by each side.", date(2031, 3, 16),
                outlet="Herald")
    a.figure("120", 120, per_side=True)
    b.figure("110", 110, per_side=True, qualifier="at_least")
    [exchange] = ledger(a, b).exchanges
    figure = claims_chart(exchange)
    interval, points = figure.data
    top = figure.layout.xaxis.range[1]
    assert list(points.x) == [120, 110]
    assert list(interval.x) == [110, top] and interval.marker.symbol[1] == "triangle-right"  # open above
    assert figure.layout.xaxis.range[0] == 0 and math.isclose(top, 150)


def test_one_value_never_draws_a_hair_thin_axis():
    a = Article("a", "On 12 March, 1,000 prisoners were released by each side.", date(2031, 3, 16))
    a.figure("1,000", 1000, per_side=True)
    [exchange] = ledger(a).exchanges
    assert list(claims_chart(exchange).layout.xaxis.range) == [0, 1250]


def test_fulfilment_stacks_the_stages_against_the_agreement():
    found = _deal_and_stage()
    figure = fulfilment_chart(list(found.exchanges))
    stage, mark = figure.data
    assert (list(stage.x), list(stage.base)) == ([390], [0.0]) and list(mark.x) == [1000, 1000]


def test_the_exchange_told_as_completed_is_drawn_whole_under_the_stages():
    deal = Article("deal", "At the second round the sides agreed to exchange 1,000 prisoners each.", date(2031, 4, 20))
    deal.figure("1,000", 1000, per_side=True, round_id="geneva-2")
    articles = [deal]
    for n, value in enumerate((390, 1000)):
        a = Article(f"s{n}", f"On {2 + n} May {value} prisoners were released by each side, a stage of the exchange "
                    "agreed at the second round.", date(2031, 5, 3 + n))
        a.figure(str(value), value, per_side=True)
        articles.append(a)
    whole, stage, mark = fulfilment_chart(list(ledger(*articles).exchanges)).data
    assert (list(whole.x), whole.opacity) == ([1000], 0.35)
    assert list(stage.x) == [390] and stage.marker.color != CONFLICT_COLOUR and list(mark.x) == [1000, 1000]


def test_timeline_leaves_out_events_it_cannot_date():
    a = Article("a", "Earlier a swap of 40 for 40 took place, and on 2 May 55 more came home to each side.",
                date(2031, 5, 12))
    a.figure("40 for 40", 40, per_side=True)
    a.figure("55 more", 55, per_side=True)
    figure = event_timeline(ledger(a))
    assert [list(t.x) for t in figure.data] == [[date(2031, 5, 2)]]
    assert figure.layout.xaxis.range[0] == (date(2031, 5, 2) - timedelta(days=1)).isoformat()


def test_an_old_event_does_not_squeeze_the_year_of_events_into_a_corner():
    old = Article("old", "On 8 December 2029, 2 prisoners were exchanged by each side.", date(2031, 8, 24))
    new = Article("new", "On 14 August, 84 prisoners were released by each side.", date(2031, 8, 15))
    old.figure("2 prisoners", 2, per_side=True)
    new.figure("84", 84, per_side=True)
    figure = event_timeline(ledger(old, new))
    start, end = (date.fromisoformat(d) for d in figure.layout.xaxis.range)
    assert start == date(2030, 8, 13)  # a year before the newest event, and a day of margin
    assert (end - date(2031, 8, 14)).days >= 365 // 10  # room for the newest event's count label
    assert "1 older event(s)" in figure.layout.title.text


def test_the_newest_events_count_label_has_room_on_the_right():
    may = Article("may", "On 16 May, 1,000 prisoners were agreed for each side.", date(2031, 5, 17))
    july = Article("july", "On 23 July, 1,200 prisoners were agreed for each side.", date(2031, 7, 24))
    may.figure("1,000 prisoners", 1000, per_side=True)
    july.figure("1,200 prisoners", 1200, per_side=True)
    start, end = (date.fromisoformat(d) for d in event_timeline(ledger(may, july)).layout.xaxis.range)
    shown = (date(2031, 7, 23) - date(2031, 5, 16)).days
    assert start == date(2031, 5, 15) and (end - date(2031, 7, 23)).days >= shown / 10


def test_article_words_in_hovers_and_labels_are_escaped():
    a = Article("a", "On 12 March, 120 prisoners were released by each side.", date(2031, 3, 16),
                outlet="<a href='javascript:alert(1)'>Wire</a>")
    a.figure("120", 120, per_side=True)
    found = ledger(a)
    [exchange] = found.exchanges
    texts = [*claims_chart(exchange).data[-1].y, *claims_chart(exchange).data[-1].hovertext,
             *event_timeline(found).data[0].hovertext]
    assert all("<a " not in t for t in texts) and any("&lt;a href=" in t for t in texts)


def test_every_exchange_chart_has_a_title_and_an_axis_title():
    found = _deal_and_stage()
    deal = next(e for e in found.exchanges if e.kind == "agreement")
    for figure in (event_timeline(found), claims_chart(deal), fulfilment_chart(list(found.exchanges))):
        assert figure.layout.title.text and figure.layout.xaxis.title.text


def test_counts_of_events_on_one_day_are_written_beside_above_and_below_not_on_each_other():
    a = Article("a", "On 2 October 185 prisoners were exchanged by each side. On 2 October 20 civilians were "
                "freed by each side. On 2 October 410 people were freed in all.", date(2031, 10, 3))
    a.figure("185 prisoners", 185, per_side=True)
    a.figure("20 civilians", 20, category="civilians", per_side=True)
    a.figure("410 people", 410)
    figure = event_timeline(ledger(a))
    placed = [(x, y, pos, text) for t in figure.data if t.text is not None
              for x, y, pos, text in zip(t.x, t.y, t.textposition, t.text) if text]
    spots = [(x, y, pos) for x, y, pos, _ in placed]
    assert len(placed) == 3 and len(set(spots)) == len(spots)  # no two labels in one place
