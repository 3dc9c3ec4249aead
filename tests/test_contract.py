from datetime import date

from parley.contract import (
    ARTICLE_KEYS,
    DEADLINE_KEYS,
    FIGURE_KEYS,
    STATEMENT_KEYS,
    deadline_record,
    extraction_record,
    figure_record,
)
from parley.ingest import read_article
from parley.model import Deadline, Extraction, Figure, Statement


def test_record_has_exactly_the_contract_keys():
    article = read_article(b"The delegations met in Geneva and agreed to meet again.", "a.txt")
    record = extraction_record(article, Extraction(statements=(Statement("The", 0, 3),)))
    assert list(record) == ["article", "statements", "figures", "deadlines"]
    assert tuple(record["article"]) == ARTICLE_KEYS
    assert tuple(record["statements"][0]) == STATEMENT_KEYS


def test_figure_and_deadline_records_use_iso_dates():
    figure = figure_record(Figure(value=1200.0, text="1,200", start=0, end=5, qualifier="at_least"))
    assert tuple(figure) == FIGURE_KEYS and figure["qualifier"] == "at_least"
    deadline = deadline_record(Deadline(label="50-day", text="x", start=0, end=1, days=50,
                                        announced=date(2025, 7, 14), due=date(2025, 9, 2)))
    assert tuple(deadline) == DEADLINE_KEYS
    assert (deadline["announced"], deadline["due"]) == ("2025-07-14", "2025-09-02")
