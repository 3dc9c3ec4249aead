"""Extraction scored on the project's labelled texts and on a copy of the team's development
set; fails under the floors (what was reached, less a little, so that a change that loses a
class of sentences is caught)."""

import pytest

from parley.devset import read_issue_map, read_reports, score_reports
from parley.evaluate import report, score_files
from parley.settings import ROOT

LABELLED = ROOT / "tests" / "fixtures" / "labelled"
THRESHOLDS = {"figures": (0.9, 0.9), "pairs": (0.75, 0.8), "deadlines": (0.75, 0.75)}
DEVSET = ROOT / "tests" / "fixtures" / "devset"
# (precision, recall) reached on 2026-12-04: figures 1.00/1.00, positions 0.93/0.89,
# deadlines -/0.94. Deadline precision (due days the set does not list count as wrong; a floor,
# since a writer may leave out one another would list), first measured on 2026-12-05 (2): 0.95.
# On 2026-12-05 (3) positions 0.87/0.92 once a side's statement took the issue its paragraph was
# last on (recall +7 pairs over sets 1-10, precision -0.005).
# On 2026-12-05 (6) a new machine (an AVX2-only CPU) measured positions precision 0.846 with the same
# code: the int8 sentence model's similarities moved by about 0.001 between CPUs, and a statement
# that close to the issue model's margin flipped. The default backend is float ONNX since (the same
# on any CPU); position floors keep a pair of room all the same.
DEVSET_FLOORS = {"figures": (0.97, 0.97), "positions": (0.83, 0.88), "deadlines": (0.9, 0.88)}


def test_the_set_is_big_enough():
    assert len(list(LABELLED.glob("*.yaml"))) >= 10


def test_extraction_quality_on_the_labelled_set():
    scores = score_files(LABELLED.glob("*.yaml"))
    print(report(scores))
    for kind, (precision, recall) in THRESHOLDS.items():
        score = scores[kind]
        detail = "\n".join(["missed:", *score.misses, "extra:", *score.extras])
        assert score.precision >= precision, f"{kind} precision {score.precision:.2f}\n{detail}"
        assert score.recall >= recall, f"{kind} recall {score.recall:.2f}\n{detail}"


HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
# Reached on 2026-12-05 after its failure classes were fixed: figures 0.93/0.93, positions
# 0.97/0.83, deadlines -/1.00 (5 of 5).
HELDOUT_FLOORS = {"figures": (0.9, 0.9), "positions": (0.9, 0.78), "deadlines": (0.6, 0.8)}


HELDOUT2 = ROOT / "tests" / "fixtures" / "heldout2"
# Reached on 2026-12-05 after its failure classes were fixed: figures 0.91/0.98, positions
# 0.85/0.79, deadlines -/0.76 (13 of 17); 0.94 (16 of 17) on 2026-12-05 once terms told in the
# past counted from the story's day. Figures precision 0.88 -> 0.85 on 2026-12-05 (4): tonnes of
# grain became figures (six other sets count them, this one's writer called them decoys).
HELDOUT2_FLOORS = {"figures": (0.85, 0.95), "positions": (0.8, 0.75), "deadlines": (0.9, 0.88)}


HELDOUT3 = ROOT / "tests" / "fixtures" / "heldout3"
# Reached on 2026-12-05: figures 0.88/0.87, positions 0.85/0.75, deadlines -/0.50 (4 of 8); later
# that day deadlines -/0.88 (7 of 8) with story days ("the following Tuesday", "by the end of the
# month" said on a past day) and days named as the time to act; positions 0.86/0.79 with the
# leaders' meeting in other words.
HELDOUT3_FLOORS = {"figures": (0.85, 0.85), "positions": (0.77, 0.75), "deadlines": (0.8, 0.8)}


HELDOUT4 = ROOT / "tests" / "fixtures" / "heldout4"
# Unseen on 2026-12-05: figures 0.92/0.88, positions 0.89/0.69, deadlines -/0.70; after its
# classes were fixed: figures 0.91/1.00, positions 0.86/0.85, deadlines -/0.96 (22 of 23).
HELDOUT4_FLOORS = {"figures": (0.88, 0.95), "positions": (0.8, 0.8), "deadlines": (0.9, 0.9)}

HELDOUT5 = ROOT / "tests" / "fixtures" / "heldout5"
# Unseen on 2026-12-05: figures 0.80/0.92, positions 0.83/0.73, deadlines -/0.57; after its
# classes were fixed: figures 0.89/0.90 (polls, the war's wounded and displaced, "one" as a
# pronoun left out), positions 0.83/0.81, deadlines -/0.67 (14 of 21).
HELDOUT5_FLOORS = {"figures": (0.85, 0.86), "positions": (0.78, 0.8), "deadlines": (0.88, 0.7)}


HELDOUT6 = ROOT / "tests" / "fixtures" / "heldout6"
# Unseen on 2026-12-05: figures 0.94/0.93, positions 0.81/0.72, deadlines -/0.69; after its
# classes were fixed: figures 0.94/0.93, positions 0.82/0.76, deadlines -/0.92 (12 of 13).
HELDOUT6_FLOORS = {"figures": (0.9, 0.9), "positions": (0.78, 0.78), "deadlines": (0.82, 0.85)}


HELDOUT7 = ROOT / "tests" / "fixtures" / "heldout7"
# Unseen on 2026-12-05: figures 0.88/0.90, positions 0.75/0.62, deadlines -/0.58; after its
# classes were fixed: figures 0.88/0.90, positions 0.79/0.73, deadlines -/0.75 (9 of 12); on
# 2026-12-05 (3) deadlines 0.91/0.83 (10 of 12) once yearless datelines took their weekday's year.
# Positions precision 0.766 on the AVX2 machine of 2026-12-05 (6) (see DEVSET_FLOORS).
HELDOUT7_FLOORS = {"figures": (0.85, 0.86), "positions": (0.75, 0.73), "deadlines": (0.85, 0.8)}


HELDOUT8 = ROOT / "tests" / "fixtures" / "heldout8"
# Unseen on 2026-12-05: figures 0.95/0.89, positions 0.82/0.72, deadlines -/0.81; after its
# classes were fixed in the next session: figures 0.95/0.89, positions 0.81/0.81, deadlines
# 0.86/0.90 (19 of 21).
HELDOUT8_FLOORS = {"figures": (0.9, 0.85), "positions": (0.78, 0.75), "deadlines": (0.8, 0.85)}


HELDOUT9 = ROOT / "tests" / "fixtures" / "heldout9"
# Unseen on 2026-12-05: figures 0.95/0.84, positions 0.78/0.59, deadlines 0.73/0.64; after its
# classes were fixed: positions 0.77/0.65, deadlines 0.71/0.79 (11 of 14); on 2026-12-05 (3)
# positions 0.78/0.66, deadlines 0.79/0.86 (12 of 14).
HELDOUT9_FLOORS = {"figures": (0.9, 0.8), "positions": (0.75, 0.63), "deadlines": (0.75, 0.8)}


HELDOUT10 = ROOT / "tests" / "fixtures" / "heldout10"
# Unseen (numbers only) on 2026-12-05 (2): figures 0.95/0.93, positions 0.81/0.62, deadlines
# 0.50/0.57; read and fixed against on 2026-12-05 (3): positions 0.82/0.73, deadlines 0.64/1.00.
HELDOUT10_FLOORS = {"figures": (0.9, 0.9), "positions": (0.78, 0.7), "deadlines": (0.55, 0.85)}

HELDOUT11 = ROOT / "tests" / "fixtures" / "heldout11"
HELDOUT12 = ROOT / "tests" / "fixtures" / "heldout12"
# Sets 11 and 12 were scored unseen first (their READMEs give those numbers), then read and fixed
# against on 2026-12-05 (4); these floors sit a little under what they reached then.
HELDOUT11_FLOORS = {"figures": (0.9, 0.95), "positions": (0.8, 0.82), "deadlines": (0.65, 0.95)}
HELDOUT12_FLOORS = {"figures": (0.9, 0.9), "positions": (0.8, 0.76), "deadlines": (0.65, 0.65)}

HELDOUT13 = ROOT / "tests" / "fixtures" / "heldout13"
HELDOUT14 = ROOT / "tests" / "fixtures" / "heldout14"
# Sets 13 and 14 were scored unseen first (their READMEs give those numbers), then read and fixed
# against on 2026-12-05 (5): by this measure 0.90/0.97, 0.82/0.76, 0.75/0.88 and 0.88/0.97,
# 0.84/0.72, 0.90/0.85; floors a little under.
HELDOUT13_FLOORS = {"figures": (0.88, 0.95), "positions": (0.8, 0.73), "deadlines": (0.7, 0.85)}
HELDOUT14_FLOORS = {"figures": (0.85, 0.95), "positions": (0.82, 0.7), "deadlines": (0.85, 0.8)}
# Set 15 likewise (by this measure 0.88/0.94, 0.85/0.73, 0.85/0.83).
HELDOUT15 = ROOT / "tests" / "fixtures" / "heldout15"
HELDOUT15_FLOORS = {"figures": (0.86, 0.92), "positions": (0.82, 0.7), "deadlines": (0.8, 0.8)}

HELDOUT16 = ROOT / "tests" / "fixtures" / "heldout16"
# Written blind and scored unseen at the start of 2026-12-05 (6) (shared scorer): figures 0.98/0.92,
# positions 0.71/0.79, deadlines -/0.67; read in that session. By this measure at its end:
# figures 0.92/0.98, positions 0.79/0.77, deadlines 0.93/0.67.
HELDOUT16_FLOORS = {"figures": (0.88, 0.95), "positions": (0.76, 0.74), "deadlines": (0.85, 0.6)}

# Sets 17 and 18, written blind on 2026-12-05 (6) and scored unseen by the shared scorer; what of
# them was read is in their READMEs. By this measure at that session's end: set 17 figures
# 0.89/0.91, positions 0.82/0.70, deadlines 0.56/0.50; set 18 figures 0.83/0.89, positions
# 0.78/0.80, deadlines 0.71/0.71.
HELDOUT17 = ROOT / "tests" / "fixtures" / "heldout17"
HELDOUT17_FLOORS = {"figures": (0.85, 0.87), "positions": (0.79, 0.66), "deadlines": (0.5, 0.45)}
HELDOUT18 = ROOT / "tests" / "fixtures" / "heldout18"
HELDOUT18_FLOORS = {"figures": (0.8, 0.86), "positions": (0.75, 0.76), "deadlines": (0.65, 0.65)}
# Sets 19 and 20, written blind on 2026-12-06 and scored unseen by the shared scorer at e8e7d80; what
# of them was read is in their READMEs. By this measure at that session's end: set 19 figures
# 0.93/0.96, positions 0.83/0.78, deadlines 0.80/0.71; set 20 figures 0.90/0.90, positions
# 0.82/0.73, deadlines 0.85/0.81.
HELDOUT19 = ROOT / "tests" / "fixtures" / "heldout19"
HELDOUT19_FLOORS = {"figures": (0.9, 0.93), "positions": (0.8, 0.75), "deadlines": (0.75, 0.68)}
HELDOUT20 = ROOT / "tests" / "fixtures" / "heldout20"
HELDOUT20_FLOORS = {"figures": (0.87, 0.87), "positions": (0.79, 0.7), "deadlines": (0.8, 0.78)}
# Set 21, written blind on 2026-12-06 (2) and scored unseen at e28a8a8, then read (its README). By
# this measure at that session's end: figures 0.92/0.99, positions 0.87/0.79, deadlines 0.85/0.94.
HELDOUT21 = ROOT / "tests" / "fixtures" / "heldout21"
HELDOUT21_FLOORS = {"figures": (0.89, 0.96), "positions": (0.84, 0.76), "deadlines": (0.8, 0.9)}
# Set 23, written blind on 2026-12-06 (3), scored unseen at d0d6d38, then read (its README). By this
# measure at that session's end: figures 0.94/0.97, positions 0.82/0.86, deadlines 0.89/0.89.
HELDOUT23 = ROOT / "tests" / "fixtures" / "heldout23"
# Its deadlines precision floor fell from 0.86 to 0.84 on 2026-12-07 (second session): a round proposed
# for a day ahead is now a deadline, as set 39's writer labels "Lavrov proposed a second round next
# Monday"; this set's writer does not label the same proposal.
HELDOUT23_FLOORS = {"figures": (0.91, 0.94), "positions": (0.79, 0.83), "deadlines": (0.84, 0.86)}
# Set 26, written blind on 2026-12-06 (4), scored unseen at da165ef, then read (its README). By this
# measure at that session's end: figures 0.93/0.92, positions 0.84/0.81, deadlines 0.86/0.72.
HELDOUT26 = ROOT / "tests" / "fixtures" / "heldout26"
HELDOUT26_FLOORS = {"figures": (0.9, 0.89), "positions": (0.81, 0.78), "deadlines": (0.83, 0.69)}
# Set 27, written blind on 2026-12-06 (5) to be rich in positions, scored unseen at d0cbd2d, then
# read (its README). By this measure at that session's end: figures 0.92/0.94, positions
# 0.89/0.82, deadlines 0.74/0.82.
HELDOUT27 = ROOT / "tests" / "fixtures" / "heldout27"
HELDOUT27_FLOORS = {"figures": (0.89, 0.91), "positions": (0.86, 0.79), "deadlines": (0.71, 0.79)}
# Set 29, written blind on 2026-12-06 (6) to be rich in exchange figures, scored unseen at f8a95c8,
# then read (its README). By this measure at that session's end: figures 0.95/0.94, positions
# 0.82/0.81, deadlines 0.74/0.88.
HELDOUT29 = ROOT / "tests" / "fixtures" / "heldout29"
HELDOUT29_FLOORS = {"figures": (0.92, 0.91), "positions": (0.79, 0.78), "deadlines": (0.71, 0.85)}
# Set 31, written blind on 2026-12-06 (7) to be rich in positions, scored unseen at dc00ced, then
# read (its README). By this measure at that session's end: figures 0.97/0.95, positions
# 0.93/0.78, deadlines 0.90/0.72 (precision/recall).
HELDOUT31 = ROOT / "tests" / "fixtures" / "heldout31"
# Its deadlines precision floor fell from 0.87 to 0.84 on 2026-12-07 (second session): a step set for
# "next week" is now a deadline, as the writers of sets 9, 20 (article 07), 23 and 37 label it; this
# set's writer does not label "a US delegation would come to Moscow early next week".
HELDOUT31_FLOORS = {"figures": (0.94, 0.92), "positions": (0.9, 0.75), "deadlines": (0.84, 0.69)}
# Set 34, written blind on 2026-12-06 (8) to be rich in positions told in new styles (transcripts,
# digests, readouts, a "who wants what" line per issue), scored unseen at 0064e3a, then read (its
# README). By this measure at that session's end: figures 1.00/0.93, positions 0.90/0.78, deadlines
# 0.86/0.85 (precision/recall).
HELDOUT34 = ROOT / "tests" / "fixtures" / "heldout34"
HELDOUT34_FLOORS = {"figures": (0.97, 0.9), "positions": (0.87, 0.75), "deadlines": (0.83, 0.82)}
# Set 35, written blind on 2026-12-06 (8) as a mix across 2025 from desks the others lack (shipping,
# energy, business, defence trade), scored unseen at 0064e3a and 516da14, then read on 2026-12-07
# (its README). By this measure at that session's end: figures 0.90/1.00, positions 0.80/0.84,
# deadlines 0.75/1.00 (precision/recall).
HELDOUT35 = ROOT / "tests" / "fixtures" / "heldout35"
HELDOUT35_FLOORS = {"figures": (0.87, 0.97), "positions": (0.77, 0.81), "deadlines": (0.72, 0.97)}
# Set 36, written blind on 2026-12-07 as everyday coverage across 2025 (wire, broadsheet, a state
# agency in translation, a liveblog, a brief), scored unseen from 516da14 to 95fc463 (positions
# 0.77/0.83), then read in the first session of 2026-12-07 (3) (its README). By this measure at that
# session's end: figures 0.97/1.00, positions 0.88/0.92, deadlines 0.69/0.83 (its writer labels no
# step of the talks set for a day as a deadline).
HELDOUT36 = ROOT / "tests" / "fixtures" / "heldout36"
HELDOUT36_FLOORS = {"figures": (0.94, 0.97), "positions": (0.85, 0.89), "deadlines": (0.66, 0.8)}
# Set 37, written blind on 2026-12-07 to be rich in deadlines and the figures around them, scored
# unseen at 516da14 and b0053b2, then read in the second session of that day (its README). By this
# measure at that session's end: figures 0.94/0.95, positions 0.91/0.79, deadlines 0.93/0.94.
HELDOUT37 = ROOT / "tests" / "fixtures" / "heldout37"
HELDOUT37_FLOORS = {"figures": (0.91, 0.92), "positions": (0.88, 0.76), "deadlines": (0.9, 0.91)}
# Set 39, written blind on 2026-12-07 to be rich in the exchange ledger (the same swaps told by
# several outlets, a data explainer's table), scored unseen at b0053b2, then read the same session.
# By this measure at that session's end: figures 0.96/0.98, positions 0.94/0.93, deadlines 0.81/1.00.
HELDOUT39 = ROOT / "tests" / "fixtures" / "heldout39"
HELDOUT39_FLOORS = {"figures": (0.93, 0.95), "positions": (0.91, 0.9), "deadlines": (0.78, 0.97)}


# Deadline precision, first measured in the session of 2026-12-05 (2) after its precision
# classes were fixed (a truce only asked for has no end; "within 100 days of lifting martial
# law" falls due on no day; "four days later than" and "by 12 March the envoy was saying"
# name no deadline): devset 0.95, held-out sets 1-8 0.67, 1.00, 0.88, 0.96, 0.94, 0.89, 0.82, 0.86.
@pytest.mark.parametrize("folder, floors", [(DEVSET, DEVSET_FLOORS), (HELDOUT, HELDOUT_FLOORS),
                                            (HELDOUT2, HELDOUT2_FLOORS), (HELDOUT3, HELDOUT3_FLOORS),
                                            (HELDOUT4, HELDOUT4_FLOORS), (HELDOUT5, HELDOUT5_FLOORS),
                                            (HELDOUT6, HELDOUT6_FLOORS), (HELDOUT7, HELDOUT7_FLOORS),
                                            (HELDOUT8, HELDOUT8_FLOORS), (HELDOUT9, HELDOUT9_FLOORS),
                                            (HELDOUT10, HELDOUT10_FLOORS), (HELDOUT11, HELDOUT11_FLOORS),
                                            (HELDOUT12, HELDOUT12_FLOORS), (HELDOUT13, HELDOUT13_FLOORS),
                                            (HELDOUT14, HELDOUT14_FLOORS), (HELDOUT15, HELDOUT15_FLOORS),
                                                (HELDOUT16, HELDOUT16_FLOORS), (HELDOUT17, HELDOUT17_FLOORS),
                                                (HELDOUT18, HELDOUT18_FLOORS), (HELDOUT19, HELDOUT19_FLOORS),
                                                (HELDOUT20, HELDOUT20_FLOORS), (HELDOUT21, HELDOUT21_FLOORS),
                                                (HELDOUT23, HELDOUT23_FLOORS), (HELDOUT26, HELDOUT26_FLOORS),
                                                (HELDOUT27, HELDOUT27_FLOORS), (HELDOUT29, HELDOUT29_FLOORS),
                                                (HELDOUT31, HELDOUT31_FLOORS), (HELDOUT34, HELDOUT34_FLOORS),
                                                (HELDOUT35, HELDOUT35_FLOORS), (HELDOUT36, HELDOUT36_FLOORS),
                                                (HELDOUT37, HELDOUT37_FLOORS),
                                                (HELDOUT39, HELDOUT39_FLOORS)],
                         ids=["devset", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                              "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
                              "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
                              "heldout20", "heldout21", "heldout23", "heldout26", "heldout27", "heldout29",
                              "heldout31", "heldout34", "heldout35", "heldout36", "heldout37", "heldout39"])
def test_extraction_quality_on_the_written_sets(real_model, folder, floors):
    scores, calibration = score_reports(read_reports(folder, embedder=real_model),
                                        read_issue_map(folder / "issue_map.yaml"))
    for kind, (precision, recall) in floors.items():
        score = scores[kind]
        detail = "\n".join(["missed:", *score.misses, "wrong:", *score.extras])
        assert score.precision >= precision, f"{kind} precision {score.precision:.2f}\n{detail}"
        assert score.recall >= recall, f"{kind} recall {score.recall:.2f}\n{detail}"
