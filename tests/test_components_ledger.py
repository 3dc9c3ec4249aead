"""The Exchanges page's conflict cards: what they quote, and under whose name."""

from components.ledger import conflict_quotes
from tests.test_ledger import exchange_of, ledger, report


def test_a_conflicts_quotes_each_stand_under_their_own_source():
    a = report("a", "On 12 March, 120 prisoners were released by each side.", outlet="Wire")
    b = report("b", "On 12 March, 125 prisoners were released by each side.", outlet="Daily")
    c = report("c", "On 12 March some 120 prisoners were freed by each side, officials said.", outlet="Herald")
    first = a.figure("120", 120, per_side=True)
    b.figure("125", 125, per_side=True)
    c.figure("120 prisoners", 120, per_side=True)
    [dispute] = exchange_of(ledger(a, b, c), first).disputes
    lines = conflict_quotes(dispute)
    assert lines == ["Wire, 16 Mar 2031: “On 12 March, 120 prisoners were released by each side.”",
                     "Herald, 16 Mar 2031: “On 12 March some 120 prisoners were freed by each side, officials said.”",
                     "Daily, 16 Mar 2031: “On 12 March, 125 prisoners were released by each side.”"]


def test_events_the_axis_cannot_place_are_said_to_be_in_the_table():
    from components.ledger import undated_note

    dated = report("a", "On 12 March, 120 prisoners were released by each side.")
    dated.figure("120", 120, per_side=True)
    assert undated_note(ledger(dated)) is None
    vague = report("b", "The sides have agreed to exchange 300 prisoners each.")
    vague.figure("300", 300, per_side=True)
    assert undated_note(ledger(dated, vague)).startswith("1 event(s) known only as reported before a day")


def test_an_undated_figure_shows_an_empty_published_cell_not_none():
    from datetime import date as day

    import pandas as pd

    from components.ledger import ledger_frame
    from tests.event_fixtures import profile

    dated = report("a", "On 12 March, 120 prisoners were released by each side.")
    undated = report("b", "Some 40 prisoners were freed.", published=None)
    rows = [dated.figure("120", 120, per_side=True), undated.figure("40 prisoners", 40)]
    published = ledger_frame(rows, profile())["Published"].tolist()
    assert published[0] == pd.Timestamp(day(2031, 3, 16)) and pd.isna(published[1])


def test_the_ledger_table_holds_exchange_figures_only():
    from components.ledger import exchange_figures

    a = report("a", "On 12 March, 120 prisoners were released by each side. The truce lasted 30 days.")
    swap = a.figure("120", 120, per_side=True)
    truce = a.figure("30 days", 30, category="duration")
    assert exchange_figures([swap, truce], ledger(a)) == [swap]


def test_the_events_table_shows_every_words_of_long_labels_in_place():
    """Kind, day and every value stated, each in a column of its own, wrapped where needed: none
    of it cut at a column's edge at 1280 px."""
    from components.ledger import events_columns, events_frame
    from components.tables import FITS, cut_text
    from tests.test_ledger import MAY_DEAL

    a = report("a", "On 10 March the sides agreed to exchange 1,000 prisoners each.", outlet="Wire")
    b = report("b", "On 10 March the sides agreed to exchange at least 1,200 prisoners each.", outlet="Daily")
    c = report("c", "On 10 March the sides agreed to exchange some 1,100 to 1,300 prisoners each.", outlet="Herald")
    a.figure("1,000", 1000, per_side=True)
    b.figure("1,200", 1200, qualifier="at_least", per_side=True)
    c.figure("1,100 to 1,300", 1200, qualifier="range", low=1100, high=1300, per_side=True)
    found = ledger(a, b, c, known=(MAY_DEAL,))
    exchanges = [e for e in found.exchanges if e.rows]
    frame, columns = events_frame(exchanges), events_columns()
    assert any(len(e.label) > 80 for e in exchanges)  # the labels one column used to cut
    assert cut_text(frame, columns) == []
    assert sum(c["width"] for c in columns.values()) <= FITS
    known, found = frame.to_dict("records")
    assert known["When"] == found["When"] == "10 Mar 2031"
    assert known["Event"] == "Agreement: Prisoner exchange agreed at the first round"
    assert (found["Event"], found["Stated"]) == ("Agreement", "at least 1,200 / 1,100 to 1,300 prisoners per side")


def test_known_events_table_keeps_label_and_source_readable():
    from components.ledger import known_events_columns, known_events_frame
    from components.tables import FITS, cut_text
    from tests.event_fixtures import profile
    from dataclasses import replace

    from tests.test_ledger import MAY_DEAL

    frame = known_events_frame(profile(), [(MAY_DEAL, "editor@example.org", None)])
    columns = known_events_columns()
    assert list(frame.columns)[0] == "Label" and sum(c["width"] for c in columns.values()) <= FITS
    # The source may run past two lines: it is in full below the table, with the id.
    assert cut_text(frame[["Label", "Kind", "Size", "Added by"]], columns) == []
    long = replace(MAY_DEAL, label="1,000-for-1,000 exchange agreed at the first Istanbul round")
    assert cut_text(known_events_frame(profile(), [(long, "profile", None)])[["Label"]], columns) == []


def test_cut_text_counts_wrapped_lines_at_a_column_width():
    import pandas as pd

    from components.tables import HEADER, cut_text, row_height, table_height
    from streamlit import column_config

    columns = {"Text": column_config.TextColumn("Text", width=100)}  # 11 characters a line
    short = pd.DataFrame({"Text": ["ten words"]})
    assert row_height(short, columns) is None and cut_text(short, columns) == []
    two_lines = pd.DataFrame({"Text": ["an accord of 1,000"]})
    assert row_height(two_lines, columns) and cut_text(two_lines, columns) == []
    long = pd.DataFrame({"Text": ["an agreement of 1,000 prisoners per side"]})
    assert cut_text(long, columns) == [("Text", "an agreement of 1,000 prisoners per side")]
    # Wrapped rows are taller: the table is given room for eight of them, not the grid's default.
    many = pd.DataFrame({"Text": ["an accord of 1,000"] * 30})
    assert table_height(many, columns) == HEADER + 8 * row_height(many, columns)
    assert table_height(short, columns) == "auto"


def test_a_dispute_quotes_every_claim_once():
    from tests.test_ledger import _one_value_against_a_hedged_other

    [dispute] = _one_value_against_a_hedged_other().disputes
    assert [line.split(",")[0] for line in conflict_quotes(dispute)] == ["Wire", "Daily", "Herald"]
