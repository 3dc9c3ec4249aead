"""Properties over arbitrary input (hypothesis): the number, figure and deadline parsers and
ingest never raise on any text, every span indexes the text it came from, and a number written
the ways news writes it parses back to the same value."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.errors import RefusedFile
from parley.extract import extract
from parley.extract.deadlines import extract_deadlines
from parley.extract.figures import extract_figures
from parley.extract.numbers import find_numbers, word_value
from parley.ingest import make_article, read_document
from parley.pipeline import ingest_file
from parley.profile import load_profile
from parley.store import Store

PROFILE = load_profile()
# Text that looks like news often enough to reach the parsers' inner branches.
NEWSY = st.lists(st.one_of(
    st.text(max_size=12),
    st.sampled_from(["prisoners", "bodies", "each", "at least", "about", "1,200", "1.5 million", "a thousand",
                     "twenty-five", "12 hundred", "50-day", "deadline", "days", "from today", "by early September",
                     "between 500 and 800", "-", "–", ",", ".", " ", "\n\n", "%", "per cent", "Russia", "Ukraine",
                     "said", "agreed", "exchange", "ceasefire", "July 14", "2025", "ten days"])),
    max_size=40).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=400), NEWSY)
RELAXED = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _sentences(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    bounds = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]


@RELAXED
@given(ANY_TEXT)
def test_numbers_never_raise_and_their_spans_index_the_text(text):
    for number in find_numbers(text):
        assert text[number.start:number.end] == number.text
        assert number.value >= 0


@RELAXED
@given(ANY_TEXT, st.lists(st.integers(min_value=0, max_value=500), max_size=6))
def test_figures_never_raise_and_their_spans_index_the_text(text, cuts):
    for figure in extract_figures(text, _sentences(text, cuts)):
        assert 0 <= figure.start <= figure.end <= len(text)
        assert text[figure.start:figure.end] == figure.text
        if figure.low is not None and figure.high is not None:
            assert figure.low <= figure.high


@RELAXED
@given(ANY_TEXT, st.lists(st.integers(min_value=0, max_value=500), max_size=6),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))))
def test_deadlines_never_raise_and_their_spans_index_the_text(text, cuts, published):
    for deadline in extract_deadlines(text, _sentences(text, cuts), published, PROFILE):
        assert text[deadline.start:deadline.end] == deadline.text
        if deadline.announced and deadline.due and deadline.days is not None and deadline.days >= 0:
            assert deadline.due >= deadline.announced


UNDER_20 = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _in_words(n: int) -> str:
    """An independent renderer of 0..999,999 in English words, as a reporter would write them."""
    if n < 20:
        return UNDER_20[n]
    if n < 100:
        return TENS[n // 10 - 2] + ("" if n % 10 == 0 else "-" + UNDER_20[n % 10])
    if n < 1000:
        rest = n % 100
        return UNDER_20[n // 100] + " hundred" + ("" if rest == 0 else " and " + _in_words(rest))
    rest = n % 1000
    return _in_words(n // 1000) + " thousand" + ("" if rest == 0 else " " + _in_words(rest))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999))
def test_a_number_in_words_reads_back_to_its_value(n):
    words = _in_words(n)
    assert word_value(words) == n
    [found] = find_numbers(f"Officials said {words} prisoners were freed.")
    assert found.value == n and found.text == words


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.booleans())
def test_a_number_in_digits_reads_back_to_its_value(n, grouped):
    written = f"{n:,}" if grouped else str(n)
    [found] = find_numbers(f"Officials said {written} prisoners were freed.")
    assert found.value == n and found.text == written


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "billion", "thousand"]),
       st.integers(min_value=0, max_value=9))
def test_a_scaled_number_reads_back_to_its_value(whole, scale, tenth):
    factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[scale]
    [found] = find_numbers(f"Damage was put at {whole}.{tenth} {scale} dollars.")
    assert abs(found.value - (whole + tenth / 10) * factor) < 1e-6 * factor


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=3000), ANY_TEXT.map(str.encode)), st.sampled_from(["a.txt", "b.md"]))
def test_reading_and_extracting_any_bytes_refuses_or_succeeds(data, name):
    try:
        article = make_article(read_document(data, name), name)
    except RefusedFile as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    extraction = extract(article, PROFILE)
    for item in (*extraction.statements, *extraction.figures, *extraction.deadlines):
        assert 0 <= item.start <= item.end <= len(article.text)
        assert article.text[item.start:item.end] == item.text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000), st.sampled_from(["a.html", "b.pdf", "c.docx", "d.htm"]))
def test_ingesting_any_bytes_as_a_structured_format_never_raises(tmp_path, data, name):
    store = Store(f"sqlite:///{tmp_path / 'p.db'}")
    outcome = ingest_file(store, data, name, PROFILE)
    assert outcome.status in ("stored", "refused") and "\n" not in outcome.reason
