"""The prose gate: an article holds words in sentences; furniture, symbols, decoded binary and
text without a sentence are refused with what was found."""

import random

import pytest

from parley.errors import EmptyArticle
from parley.ingest.quality import check_prose, count_prose, is_word

PROSE = [
    "The delegations left Geneva without an agreement.",
    "Russia and Ukraine agreed to exchange 1,200 prisoners each, officials said on Monday.",
    "«Мы готовы к переговорам», — заявил Мединский. Стороны договорились о новом обмене пленными.",
    "Les négociateurs se sont réunis à Genève; l'échange de prisonniers a été décidé.",
    # a statistics page: more numbers than words, still an article
    "Casualties by region, as reported by the UN mission on 3 May:\n\n"
    "Donetsk 1,204 (+12%), Kharkiv 889 (+4%), Zaporizhzhia 412 (−2%), Kherson 310 (0%).",
    "EXCLUSIVE: Kyiv rejects the memorandum! “Not acceptable,” the adviser wrote on Telegram.",
]

NOT_PROSE = [
    ("Read more\n\nHome\n\nWorld\n\nPolitics\n\nSign up for our newsletter\n\nPrivacy policy", "no sentence"),
    ("Talks resumed.", "2 words and 1 sentence"),
    (" ".join(["ceasefire"] * 5000), "no sentence"),
    ("== == == ## ## ** ** %% %% {} {} [] [] <> <> || ||", "words or numbers"),
    ("3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20.", "0 words"),
    ("Both sides agreed to meet again. " * 300, "the same 6 words over and over"),
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_passes(text):
    assert check_prose(text).prose_words >= 6


@pytest.mark.parametrize("text, found", NOT_PROSE)
def test_what_is_not_prose_is_refused_with_what_was_found(text, found):
    with pytest.raises(EmptyArticle, match=f"no article text.*{found}"):
        check_prose(text)


@pytest.mark.parametrize("encoding", ["cp1252", "cp1251", "latin-1"])
def test_random_high_bytes_decoded_as_legacy_text_are_not_prose(encoding):
    noise = bytes(random.Random(3).randrange(0x80, 0x100) for _ in range(20_000))
    with pytest.raises(EmptyArticle, match="no article text"):
        check_prose(noise.decode(encoding, errors="replace").replace("\xa0", " "))


@pytest.mark.parametrize("token, word", [
    ("agreed", True), ("“Not", True), ("U.S.", True), ("don't", True), ("1,200", False),
    ("ÿþÃ(¡", True), ("x" * 31, False), ("--", False), ("a1b2c3d4", False)])
def test_words_are_mostly_letters_and_word_sized(token, word):
    assert is_word(token) is word


def test_counts():
    count = count_prose("Talks End\n\nThe delegations left Geneva. They will return in 30 days.")
    assert (count.words, count.prose_words, count.sentences) == (11, 9, 2)
    assert count.text_share == 1.0
