"""The model's registry: stored names per backend and the rule that picks the default; read by
both embed.py and embed_onnx.py, which no longer import each other."""

import subprocess
import sys

import pytest

from parley.embed_model import BACKENDS, MODEL_NAME, backend_model_name, choose_backend
from parley.settings import ROOT


def test_the_fastest_agreeing_backend_is_chosen_and_torch_when_none_beats_it():
    rates = {"torch": 200.0, "onnx": 170.0, "onnx-int8": 300.0, "onnx-o2": 220.0}
    assert choose_backend(rates, {"onnx": 1.0, "onnx-int8": 0.985, "onnx-o2": 0.999}) == "onnx-o2"
    assert choose_backend(rates, {"onnx": 1.0, "onnx-int8": 0.995, "onnx-o2": 0.999}) == "onnx-int8"
    assert choose_backend(rates, {"onnx": 1.0, "onnx-int8": 0.985, "onnx-o2": 0.98}) == "torch"
    assert choose_backend({"torch": 200.0, "onnx": 200.0}, {"onnx": 1.0}) == "torch"  # a tie keeps torch


@pytest.mark.parametrize("backend", BACKENDS)
def test_only_int8_vectors_are_stored_under_a_name_of_their_own(backend):
    assert (backend_model_name(backend) == MODEL_NAME) is ("int8" not in backend)


@pytest.mark.parametrize("module", ["parley.embed", "parley.embed_onnx"])
def test_neither_embedding_module_imports_the_other_at_load(module):
    other = {"parley.embed": "parley.embed_onnx", "parley.embed_onnx": "parley.embed"}[module]
    probe = f"import sys, {module}; print({other!r} in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
