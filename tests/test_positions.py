from datetime import date

from parley.filters import CorpusFilter
from parley.positions import (
    Cell,
    columns,
    position_matrix,
    relate,
    round_windows,
    stance_by_round,
    within,
)
from parley.profile import load_profile
from parley.store import PositionCount

PROFILE = load_profile()


def cell(actor: str, **stances: int) -> Cell:
    return Cell(issue="ceasefire", actor=actor, statements=sum(stances.values()), outlets=1, stances=stances)


def test_a_cell_says_its_most_telling_stance():
    assert cell("russia", states=5, rejects=2, accepts=1).stance == "rejects"
    assert cell("russia", states=3).stance == "states"


def test_columns_put_parties_first_and_both_sides_last():
    assert columns(PROFILE) == ["russia", "ukraine", "united_states", "turkey", "joint"]


def test_opposed_stances_diverge_even_after_a_joint_agreement():
    relation, why = relate({"ukraine": cell("ukraine", demands=3), "russia": cell("russia", accepts=1),
                            "joint": cell("joint", agrees=2)}, PROFILE)
    assert relation == "diverge" and "Russia accepts, Ukraine demands" in why and "joint" in why


def test_joint_agreement_and_mutual_assent_agree():
    assert relate({"joint": cell("joint", agrees=1)}, PROFILE)[0] == "agree"
    assert relate({"russia": cell("russia", agrees=1), "ukraine": cell("ukraine", accepts=2)}, PROFILE)[0] == "agree"
    assert relate({"russia": cell("russia", states=1), "ukraine": cell("ukraine", demands=1)}, PROFILE)[0] is None


def test_matrix_follows_the_profile_issue_order():
    counts = [PositionCount("summit", "russia", "rejects", 2, 1), PositionCount("ceasefire", "ukraine", "demands", 3, 2),
              PositionCount("ceasefire", "ukraine", "states", 1, 1)]
    rows = position_matrix(counts, PROFILE)
    assert [r.issue for r in rows] == ["ceasefire", "summit"]
    assert rows[0].cells["ukraine"].statements == 4 and rows[0].cells["ukraine"].stance == "demands"


def test_round_windows_and_the_page_filter():
    windows = round_windows(PROFILE)
    assert [(w.since, w.until) for _, w in windows] == [
        (date(2025, 5, 16), date(2025, 6, 1)), (date(2025, 6, 2), date(2025, 7, 22)), (date(2025, 7, 23), None)]
    narrowed = within(windows[2][1], CorpusFilter(outlets=("TASS",), until=date(2025, 7, 31)))
    assert narrowed == CorpusFilter(outlets=("TASS",), since=date(2025, 7, 23), until=date(2025, 7, 31))


def test_stance_by_round_reads_each_window():
    def counts_for(where: CorpusFilter):
        stance = "rejects" if where.since == date(2025, 5, 16) else "accepts"
        return [PositionCount("ceasefire", "russia", stance, 1, 1)]

    table = stance_by_round("russia", PROFILE, counts_for, CorpusFilter())
    assert list(table["ceasefire"].values()) == ["rejects", "accepts", "accepts"]
