from datetime import date

import numpy as np

from parley.cluster import Group
from parley.groups import group_views, map_sample, nearest, number_disagreement, project
from parley.store import StatementRow


def statement(text: str, actor: str | None, outlet: str) -> StatementRow:
    return StatementRow(article_id=outlet, title=f"About {outlet}", outlet=outlet, published=date(2025, 7, 23),
                        text=text, actor=actor, start=0, end=len(text))


ROWS = [statement("Both sides agreed to exchange 1,000 prisoners each.", "joint", "AInvest"),
        statement("The delegations agreed to exchange at least 1,200 prisoners each.", "joint", "Wire"),
        statement("Russia rejected a summit.", "russia", "TASS"),
        statement("Moscow said no to a summit.", "russia", "TASS"),
        statement("Ukraine wants a summit, Kyiv said.", "ukraine", "Kyiv Post")]


def test_groups_ordered_by_spread_with_number_flags():
    groups = [Group("g1", (2, 3), 2), Group("g2", (0, 1), 0), Group("g3", (2, 4), 4)]
    views = group_views(groups, ROWS)
    assert [v.id for v in views] == ["g3", "g2", "g1"]  # 2 sides + 2 outlets first
    prisoners = next(v for v in views if v.id == "g2")
    assert prisoners.numbers == "prisoners: 1,000 vs 1,200"
    assert next(v for v in views if v.id == "g1").numbers == ""


def test_same_numbers_are_no_disagreement():
    assert number_disagreement((ROWS[0], ROWS[0])) == ""


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
