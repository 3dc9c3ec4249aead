from parley.extract import extract
from parley.ingest import read_article


def test_statements_are_sentences_with_spans_and_empty_attributes():
    article = read_article(b"Talks resumed on Monday. Ukraine demanded a ceasefire, Kyiv said.", "a.txt")
    found = extract(article)
    assert [s.text for s in found.statements] == ["Talks resumed on Monday.",
                                                   "Ukraine demanded a ceasefire, Kyiv said."]
    for s in found.statements:
        assert article.text[s.start:s.end] == s.text
        assert (s.actor, s.speaker, s.issues, s.stance) == (None, None, (), None)
    assert found.figures == () and found.deadlines == ()
