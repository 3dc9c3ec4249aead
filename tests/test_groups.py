from dataclasses import replace
from datetime import date

import numpy as np

from parley.cluster import Group
from parley.embed import HashingEmbedder
from parley.groups import (
    claim_groups,
    coverage,
    group_views,
    map_sample,
    nearest,
    number_disagreement,
    one_per_article,
    project,
    statement_events,
)
from parley.profile import load_profile
from parley.store import StatementRow

PROFILE = load_profile()


def statement(text: str, actor: str | None, outlet: str, day: int = 23, article: str | None = None,
              start: int = 0, issues: tuple[str, ...] = (), tier: str | None = None) -> StatementRow:
    return StatementRow(article_id=article or outlet, title=f"About {outlet}", outlet=outlet,
                        published=date(2025, 7, day), text=text, actor=actor, start=start, end=start + len(text),
                        issues=issues, tier=tier)


ROWS = [statement("Both sides agreed to exchange 1,000 prisoners each.", "joint", "AInvest", 24),
        statement("The delegations agreed to exchange at least 1,200 prisoners each.", "joint", "Wire", 23),
        statement("Russia rejected a summit.", "russia", "TASS"),
        statement("Moscow said no to a summit.", "russia", "TASS"),
        statement("Ukraine wants a summit, Kyiv said.", "ukraine", "Kyiv Post")]


def test_groups_ordered_by_spread_with_number_flags():
    groups = [Group("g1", (2, 3), 2), Group("g2", (0, 1), 0), Group("g3", (2, 4), 4)]
    views = group_views(groups, ROWS, PROFILE)
    assert [v.id for v in views] == ["g3", "g2", "g1"]  # 2 sides + 2 outlets first
    prisoners = next(v for v in views if v.id == "g2")
    assert prisoners.numbers == "prisoners: 1,000 vs 1,200"
    assert next(v for v in views if v.id == "g1").numbers == ""


def test_a_group_is_titled_by_its_claim_with_side_issue_and_dates():
    rows = [statement("The Russian Defence Ministry said 84 servicemen had been brought back.", "russia", "TASS", 24,
                      issues=("prisoners",), tier="party-official"),
            statement("Kyiv said 84 Ukrainians had come home from captivity.", "ukraine", "Kyiv Independent", 14,
                      issues=("prisoners",), tier="party-aligned"),
            statement("84 Ukrainians came home, Zelensky said.", "ukraine", "Kyiv Independent", 14,
                      article="Kyiv Independent", start=500, issues=("prisoners", "negotiations")),
            statement("Russia and Ukraine swapped 84 prisoners each.", None, "Reuters", 16)]
    [view] = group_views([Group("g", (0, 1, 2, 3), 0, related=("other",))], rows, PROFILE)
    assert view.claim == "84 servicemen had been brought back."  # no "the ministry said"
    assert view.side == "ukraine" and set(view.sides) == {"russia", "ukraine"}
    assert view.issue == "prisoners"
    assert (view.first, view.last) == (date(2025, 7, 14), date(2025, 7, 24))
    # one member per article, oldest first: the Kyiv Independent's two statements count once
    assert [m.outlet for m in view.members] == ["Kyiv Independent", "Reuters", "TASS"]
    assert view.articles == 3 and view.statements == 4
    assert view.related == ("other",)
    tiers = {(c.side, c.tier): c.articles for c in view.coverage}
    assert tiers == {("russia", "party-official"): 1, ("ukraine", "party-aligned"): 1, (None, "independent"): 1}


def test_one_member_per_article_prefers_the_representative_then_the_fullest_telling():
    headline = statement("84 Ukrainians freed", "ukraine", "Kyiv Post", start=0)
    body = statement("Eighty-four Ukrainians returned from captivity on Thursday.", "ukraine", "Kyiv Post", start=80)
    assert one_per_article([headline, body], representative=ROWS[0]) == (body,)
    assert one_per_article([headline, body], representative=headline) == (headline,)


def test_coverage_of_unknown_outlets():
    [part] = coverage((statement("Something was said about a summit.", None, "Parley Wire"),), PROFILE)
    assert (part.side, part.tier, part.outlets, part.articles) == (None, None, ("Parley Wire",), 1)


def test_same_numbers_are_no_disagreement():
    assert number_disagreement((ROWS[0], ROWS[0])) == ""
    both = statement("The sides exchanged 84 prisoners each, or 168 in total.", None, "UAE")
    assert number_disagreement((both, statement("Kyiv said 84 prisoners came home.", None, "Kyiv"))) == ""


def test_claim_groups_keep_members_of_five_words_and_two_articles():
    rows = [statement("Russia and Ukraine agreed to exchange 1,200 prisoners each.", "joint", "A"),
            statement("Russia and Ukraine agreed to exchange 1,200 prisoners each in Istanbul.", "joint", "B"),
            statement("Agreed to exchange prisoners.", "joint", "C"),  # four words: never a member
            statement("Russia and Ukraine agreed to exchange 1,000 prisoners each.", "joint", "D"),
            statement("Russia and Ukraine agreed to exchange 1,200 prisoners each again.", "joint", "A", start=90)]
    vectors = HashingEmbedder(256).encode([r.text for r in rows])
    groups = claim_groups(rows, vectors, [10, 11, 12, 13, 14], threshold=0.6, profile=PROFILE)
    assert [sorted(g.members) for g in groups] == [[0, 1, 4]]  # not 2 (short), not 3 (another number)
    assert claim_groups(rows[:1], vectors[:1], [10], profile=PROFILE) == []


def test_statement_events_are_the_events_of_the_figures_inside_it():
    from parley.events import resolve_events
    from parley.model import Figure
    from parley.store import FigureRow

    text = "Russia and Ukraine exchanged 84 prisoners each on 14 August. Talks went on."
    figure = Figure(value=84, low=None, high=None, qualifier="exact", unit="prisoners", category="prisoners",
                    per_side=True, status="completed", scope="new", actor=None, text=text[:60], start=29, end=31)
    row = FigureRow(id=1, article_id="a", title="Swap", outlet=None, tier=None, published=date(2025, 8, 14),
                    flags=(), figure=figure)
    events = resolve_events([row], {"a": text}, PROFILE)
    inside = StatementRow(article_id="a", title="Swap", outlet=None, published=date(2025, 8, 14), text=text[:60],
                          actor=None, start=0, end=60)
    after = StatementRow(article_id="a", title="Swap", outlet=None, published=date(2025, 8, 14), text="Talks went on.",
                         actor=None, start=61, end=75)
    found = statement_events([inside, after], events)
    assert found[0] and found[1] == frozenset()


def test_projection_keeps_the_main_direction():
    rng = np.random.default_rng(0)
    points = np.outer(rng.normal(size=50), [1.0, 2.0, 0.0]) + rng.normal(scale=0.01, size=(50, 3))
    projected = project(points)
    assert projected.shape == (50, 2)
    assert np.var(projected[:, 0]) > 100 * np.var(projected[:, 1])


def test_map_sample_and_nearest():
    assert list(map_sample(5, limit=10)) == [0, 1, 2, 3, 4]
    assert len(map_sample(10_000, limit=100)) == 100
    vectors = np.eye(3, dtype=np.float32)
    assert [i for i, _ in nearest(np.array([0.1, 0.9, 0.0], dtype=np.float32), vectors, k=2)] == [1, 0]


def test_a_group_is_titled_by_a_claim_that_reads_as_a_sentence():
    rows = [statement("which Ukraine wanted before the end of August", "ukraine", "Wire"),
            statement("Ukraine wants the presidents to meet before the end of August", "ukraine", "Daily")]
    [view] = group_views([Group("g", (0, 1), 0)], rows, PROFILE)
    assert view.claim == "Ukraine wants the presidents to meet before the end of August"
    [alone] = group_views([Group("g", (0, 1), 0)], [rows[0], statement("that Kyiv rejected", "ukraine", "Daily")],
                          PROFILE)
    assert alone.claim == "Ukraine wanted before the end of August"  # no whole sentence: the opening word goes


def test_a_title_names_its_subject_rather_than_opening_on_a_bare_pronoun():
    # Another member's claim names who: it is the title.
    rows = [statement("It would not take part in a summit without a deal.", "russia", "Wire"),
            statement("The Kremlin would not take part in a summit without a deal.", "russia", "Daily")]
    [view] = group_views([Group("g", (0, 1), 0)], rows, PROFILE)
    assert view.claim == "The Kremlin would not take part in a summit without a deal."
    # Only pronouns in the claims: a member's whole sentence, whose attribution names who.
    rows = [statement("Peskov said it would not take part in a summit without a deal.", "russia", "Wire"),
            statement("It would not join a summit without a deal, he added.", "russia", "Daily")]
    [view] = group_views([Group("g", (0, 1), 1)], rows, PROFILE)
    assert view.claim == "Peskov said it would not take part in a summit without a deal."
    # Nothing names who: the speaker, else the side, before the claim as the text has it.
    rows = [replace(statement("He declined to say whether Kyiv would accept the draft.", "russia", "Wire"),
                    speaker="Vladimir Medinsky"),
            statement("He declined to say whether Kyiv would accept the memorandum.", "russia", "Daily")]
    [view] = group_views([Group("g", (0, 1), 0)], rows, PROFILE)
    assert view.claim == "Vladimir Medinsky: He declined to say whether Kyiv would accept the draft."
    rows = [statement("They refused to discuss the ceasefire terms again.", "ukraine", "Wire"),
            statement("They refused to discuss ceasefire terms once more.", "ukraine", "Daily")]
    [view] = group_views([Group("g", (0, 1), 0)], rows, PROFILE)
    assert view.claim == "Ukraine: They refused to discuss the ceasefire terms again."
