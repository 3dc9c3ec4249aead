"""The ONNX backends against torch, on real text: the labelled set and the seed articles."""

import socket

import numpy as np
import pytest

from parley.embed import (
    AGREEMENT,
    DEFAULT_BACKEND,
    MODEL_NAME,
    MiniLM,
    backend_model_name,
    load_embedder,
)
from parley.embed_onnx import VARIANTS, OnnxMiniLM, _keeps_float, graph_path
from parley.evaluate import agreement_sentences
from parley.settings import ROOT, SEED_DIR

LABELLED_DIR = ROOT / "tests" / "fixtures" / "labelled"


def _test_sentences() -> list[str]:
    return agreement_sentences(LABELLED_DIR.glob("*.yaml"),
                               [*sorted(SEED_DIR.glob("*.txt")), LABELLED_DIR.parent / "third_article.txt"])


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="module")
def sentences():
    found = _test_sentences()
    assert len(found) > 130
    return found


@pytest.fixture(scope="module")
def torch_vectors(sentences):
    return MiniLM().encode(sentences)


def test_the_default_backend_is_torch_or_agrees_with_it_on_every_test_sentence(cache, sentences, torch_vectors):
    if DEFAULT_BACKEND == "torch":
        assert load_embedder("minilm").name == MODEL_NAME
        return
    cosines = np.sum(OnnxMiniLM(DEFAULT_BACKEND, folder=cache).encode(sentences) * torch_vectors, axis=1)
    assert cosines.min() >= AGREEMENT, sentences[int(cosines.argmin())]


# int8 kernels differ between CPUs: the worst test sentence was at 0.9929 on the machines int8 was
# tuned on and at 0.9890 on an AVX2-only one (2026-12-05), under AGREEMENT there, which is why the
# default backend is a float one. The int8 backend stays close on any CPU.
INT8_WORST, INT8_MEAN = 0.985, 0.995


def test_int8_stays_close_to_torch_on_every_test_sentence_and_is_stored_under_its_own_name(cache, sentences,
                                                                                           torch_vectors):
    cosines = np.sum(OnnxMiniLM("onnx-int8", folder=cache).encode(sentences) * torch_vectors, axis=1)
    assert cosines.min() >= INT8_WORST, sentences[int(cosines.argmin())]
    assert cosines.mean() >= INT8_MEAN
    assert cosines.min() < 0.9999  # close, yet not torch's vectors
    assert backend_model_name("onnx-int8") != MODEL_NAME


@pytest.mark.parametrize("variant", [v for v in VARIANTS if not v.endswith("int8")])
def test_float_graphs_compute_what_torch_computes_so_they_share_its_stored_name(variant, cache, sentences,
                                                                                 torch_vectors):
    cosines = np.sum(OnnxMiniLM(variant, threads=1, folder=cache).encode(sentences) * torch_vectors, axis=1)
    assert cosines.min() > 0.9999
    assert backend_model_name(variant) == MODEL_NAME != backend_model_name("onnx-int8")


def test_a_graph_is_exported_once_then_read_from_the_cache(cache):
    path = graph_path("onnx-int8", cache)
    before = path.stat().st_mtime_ns
    assert graph_path("onnx-int8", cache) == path and path.stat().st_mtime_ns == before
    assert not list(path.parent.glob("*.partial"))  # nothing half written is left behind
    # int8 weights make a smaller file than the float graph it came from.
    assert path.stat().st_size < 0.85 * graph_path("onnx", cache).stat().st_size


def test_export_and_load_need_no_network(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the ONNX backend tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    model = OnnxMiniLM("onnx-int8", folder=tmp_path)
    vectors = model.encode(["Both sides agreed to exchange prisoners.", "The talks ended without a deal."])
    assert vectors.shape == (2, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)


def test_order_and_batching_do_not_change_a_sentence_vector(cache, sentences):
    model = OnnxMiniLM("onnx", folder=cache)
    many = sentences[:130]  # more than two batches, of mixed lengths
    together = model.encode(many)
    alone = np.vstack([model.encode([s]) for s in many[::37]])
    assert np.allclose(together[::37], alone, atol=1e-5)
    assert model.encode([]).shape == (0, 384)


@pytest.mark.parametrize("node, float_", [
    ("/m/encoder/layer.3/attention/self/MatMul", True),  # attention products: activations only
    ("/m/encoder/layer.3/attention/self/MatMul_1", True),
    ("/m/encoder/layer.0/output/dense/MatMul", True),  # sensitive feed-forward matrices
    ("/m/encoder/layer.4/intermediate/dense/MatMul", True),
    ("/m/encoder/layer.5/output/dense/MatMul", False),
    ("/m/encoder/layer.1/intermediate/dense/MatMul", False),
    ("/m/encoder/layer.0/attention/output/dense/MatMul", False),  # attention projections
    ("/m/encoder/layer.2/attention/self/query/MatMul", False),
])
def test_the_int8_recipe_keeps_attention_products_and_sensitive_feed_forward_matrices_in_float(node, float_):
    assert _keeps_float(node) is float_


def test_backends_are_chosen_by_name_and_unknown_names_are_refused(monkeypatch, cache):
    monkeypatch.setenv("PARLEY_MODEL_CACHE", str(cache))
    assert load_embedder("minilm").name == backend_model_name(DEFAULT_BACKEND)
    assert load_embedder("onnx").name == MODEL_NAME
    with pytest.raises(ValueError, match="unknown embedder"):
        load_embedder("word2vec")
    with pytest.raises(ValueError, match="unknown ONNX variant"):
        graph_path("onnx-o9", cache)
