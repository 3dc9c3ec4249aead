"""Article in, statements, figures and deadlines out; spans index ``Article.text``."""

from __future__ import annotations

from parley.extract.sentences import sentence_spans
from parley.model import Article, Extraction, Statement


def extract_statements(article: Article) -> tuple[Statement, ...]:
    """One statement per sentence; attribution (actor, issues, stance) comes with the profile."""
    return tuple(
        Statement(text=article.text[start:end], start=start, end=end)
        for start, end in sentence_spans(article.text)
    )


def extract(article: Article) -> Extraction:
    """Everything extraction finds in an article."""
    return Extraction(statements=extract_statements(article))
