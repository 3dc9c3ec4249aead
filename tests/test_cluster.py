import numpy as np
import pytest

from parley.cluster import group_statements, similar_pairs


def unit(*rows):
    vectors = np.array(rows, dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


VECTORS = unit([1, 0, 0], [0.95, 0.1, 0], [0.9, 0.2, 0.1],   # a tight group
               [0, 1, 0], [0, 0.97, 0.2],                       # a pair
               [0, 0, 1])                                        # alone


def test_exact_groups_on_hand_made_vectors():
    groups = group_statements(VECTORS, keys=list("abcdef"), threshold=0.9)
    assert [g.members for g in groups] == [(0, 1, 2), (3, 4)]
    assert groups[0].representative == 1  # the most central of the three


def test_groups_of_two_are_kept():
    assert any(len(g.members) == 2 for g in group_statements(VECTORS, keys=range(6), threshold=0.9))


@pytest.mark.parametrize("threshold, sizes", [(0.999, []), (0.9, [3, 2]), (0.5, [3, 2]), (-1.0, [6])])
def test_threshold_behaviour(threshold, sizes):
    assert [len(g.members) for g in group_statements(VECTORS, keys=range(6), threshold=threshold)] == sizes


def test_ids_are_stable_while_membership_is_unchanged():
    first = group_statements(VECTORS, keys=[10, 11, 12, 13, 14, 15], threshold=0.9)
    order = [5, 4, 3, 2, 1, 0]  # same statements, another order
    second = group_statements(VECTORS[order], keys=[15, 14, 13, 12, 11, 10], threshold=0.9)
    assert sorted(g.id for g in first) == sorted(g.id for g in second)


def test_blocks_give_the_same_pairs_as_a_full_matrix(monkeypatch):
    rng = np.random.default_rng(1)
    vectors = unit(*rng.normal(size=(300, 8)))
    full = {(i, j) for i, j in zip(*np.nonzero(np.triu(vectors @ vectors.T, 1) >= 0.8))}
    monkeypatch.setattr("parley.cluster.BLOCK_FLOATS", 300 * 7)  # seven rows per block
    assert set(zip(*similar_pairs(vectors, 0.8))) == full
