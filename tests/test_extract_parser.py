from parley.extract.parser import EXCLUDED, load_parser


def test_the_packaged_model_loads_without_the_unused_components():
    parser = load_parser()
    assert parser.nlp.pipe_names == ["tok2vec", "parser"]
    assert not set(EXCLUDED) & set(parser.nlp.pipe_names)
    assert load_parser() is parser  # one instance per process


def test_dashes_between_a_quote_and_a_word_are_tokens():
    [doc] = load_parser().parse(["the “coalition of the willing”—insists on a ceasefire"])
    assert "—" in [t.text for t in doc] and "insists" in [t.text for t in doc]


def test_split_gives_sentence_spans():
    [spans] = load_parser().split(["Mr. Peskov spoke. The U.S. deadline passed."])
    assert spans == [(0, 17), (18, 43)]


def test_the_model_loads_with_the_network_blocked(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the parser tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    load_parser.cache_clear()
    try:
        [doc] = load_parser().parse(["Kyiv had agreed to consider the idea, the envoy said."])
        assert [t.dep_ for t in doc if t.text == "agreed"] == ["ccomp"]
    finally:
        load_parser.cache_clear()
