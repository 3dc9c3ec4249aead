from parley.ingest.fingerprint import article_id, fingerprint


def test_typography_case_and_spacing_do_not_change_identity():
    a = "Russia’s delegation said “no”  —  twice.\n\nThen  it left."
    b = "russia's delegation said \"no\" - twice. then it left."
    assert fingerprint(a) == fingerprint(b)


def test_different_words_differ():
    assert fingerprint("1,000 prisoners each") != fingerprint("1,200 prisoners each")


def test_id_is_a_prefix_of_the_fingerprint():
    digest = fingerprint("some text")
    assert len(digest) == 64 and article_id(digest) == digest[:16]
