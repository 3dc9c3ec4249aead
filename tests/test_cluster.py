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


def test_no_chaining_through_a_middle_statement():
    # A is like B and B like C, but A and C are unlike: single link made one group of three
    chain = unit([1, 0, 0], [0.8, 0.6, 0], [0.28, 0.96, 0])
    assert (chain @ chain.T)[0, 2] < 0.5
    assert [len(g.members) for g in group_statements(chain, keys="abc", threshold=0.75)] == [2]
    assert len(similar_pairs(chain, 0.75)[0]) == 2  # single link would have joined all three


class Facts:
    """A stand-in for parley.claim_facts.FactTable: fixed pairs apart, fixed pairs supported."""

    support_limit = 0.3

    def __init__(self, apart=(), supported=()):
        self.apart_pairs, self.supported = set(apart), set(supported)

    def compare(self, first, second):
        pairs = list(zip(first.tolist(), second.tolist()))
        apart = np.array([tuple(sorted(p)) in self.apart_pairs for p in pairs], dtype=bool)
        added = np.array([0.3 if tuple(sorted(p)) in self.supported else 0.0 for p in pairs], dtype=np.float32)
        return apart, added

    def shared_pairs(self):
        pairs = sorted(self.supported)
        return np.array([a for a, _ in pairs], dtype=np.int64), np.array([b for _, b in pairs], dtype=np.int64)


def test_statements_whose_facts_differ_never_share_a_group():
    together = group_statements(VECTORS, keys=range(6), threshold=0.9, facts=Facts())
    assert [g.members for g in together] == [(0, 1, 2), (3, 4)]
    kept_apart = group_statements(VECTORS, keys=range(6), threshold=0.9, facts=Facts(apart={(0, 2)}))
    assert not any({0, 2} <= set(g.members) for g in kept_apart)
    assert (3, 4) in [g.members for g in kept_apart]


def test_agreeing_facts_lift_a_pair_the_words_alone_would_not_join():
    pair = unit([1, 0, 0], [0.75, 0.66, 0], [0, 0, 1])  # 0.75 alike: under the threshold of 0.9
    assert group_statements(pair, keys="abc", threshold=0.9, facts=Facts()) == []
    lifted = group_statements(pair, keys="abc", threshold=0.9, facts=Facts(supported={(0, 1)}))
    assert [g.members for g in lifted] == [(0, 1)]
    # a pair too unlike for any support to lift stays apart
    assert group_statements(pair, keys="abc", threshold=0.9, facts=Facts(supported={(0, 2)})) == []


def test_a_group_needs_two_articles_and_an_article_counts_once():
    articles = ["a", "a", "a", "b", "c", "d"]
    groups = group_statements(VECTORS, keys=range(6), threshold=0.9, articles=articles)
    # 0, 1, 2 are alike but all from article a: no group; 3 and 4 come from two articles
    assert [g.members for g in groups] == [(3, 4)]
    alone = group_statements(VECTORS, keys=range(6), threshold=0.9, articles=articles, min_articles=1)
    assert sorted(g.members for g in alone) == [(3, 4)]  # one article's statements never make a group alone
    # an article's two statements join a group when each is like the other article's statement
    mixed = group_statements(VECTORS, keys=range(6), threshold=0.9, articles=["a", "a", "b", "c", "d", "e"])
    assert [g.members for g in mixed][0] == (0, 1, 2)


def test_related_groups_are_neighbours_not_merged():
    vectors = unit([1, 0, 0], [0.99, 0.1, 0], [0.8, 0.6, 0], [0.78, 0.62, 0])
    groups = group_statements(vectors, keys="abcd", threshold=0.95, articles="wxyz")
    assert sorted(g.members for g in groups) == [(0, 1), (2, 3)]
    first, second = sorted(groups, key=lambda g: g.members)
    assert first.related == (second.id,) and second.related == (first.id,)


def clustered(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    claims = rng.normal(size=(n // 4, 32))
    vectors = claims[rng.integers(0, len(claims), size=n)] + 0.35 * rng.normal(size=(n, 32))
    return unit(*vectors)


def test_probed_cells_find_the_neighbours_the_exact_pass_finds(monkeypatch):
    from parley import cluster

    vectors = clustered(3000)
    exact = cluster.candidate_pairs(vectors, 0.6)
    monkeypatch.setattr(cluster, "EXACT_LIMIT", 100)
    probed = cluster.candidate_pairs(vectors, 0.6)
    strong = {(a, b) for a, b, s in zip(*exact) if s >= 0.8}
    found = {(a, b) for a, b, _ in zip(*probed)}
    assert strong and len(strong & found) / len(strong) >= 0.95
    assert cluster.candidate_pairs(vectors, 0.6)[0].tolist() == probed[0].tolist()  # seeded: the same again


def test_a_neighbourhood_too_large_is_split_not_lost(monkeypatch):
    from parley import cluster

    vectors = clustered(600, seed=2)
    articles = np.arange(600)
    whole = group_statements(vectors, keys=range(600), threshold=0.8, articles=articles)
    monkeypatch.setattr(cluster, "DENSE_LIMIT", 40)
    split = group_statements(vectors, keys=range(600), threshold=0.8, articles=articles)
    assert max(len(g.members) for g in split) <= 40
    grouped = lambda groups: sum(len(g.members) for g in groups)  # noqa: E731
    assert grouped(split) >= 0.8 * grouped(whole)
