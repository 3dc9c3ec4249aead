"""all-MiniLM-L6-v2 on ONNX Runtime: exported once from the packaged model, cached on disk.

sentence-transformers' own ONNX backend goes through ``optimum-onnx``, whose only release pins
transformers below 5, which sentence-transformers 6 needs; so we export with ``torch.onnx`` and
run the graph with ONNX Runtime directly, with the same tokenizer, truncation and mean pooling.

Variants (each a file under the cache folder, made on first use):
- ``onnx``: the exported graph; ONNX Runtime applies its own graph optimisations at load.
- ``onnx-o1`` / ``onnx-o2`` / ``onnx-o3``: ONNX Runtime's transformer optimiser, as optimum's
  O-levels: O1 basic graph rewrites, O2 attention/LayerNorm/GELU fusions, O3 O2 with GELU
  approximated.
- ``onnx-int8``: dynamic int8 quantisation of the weight matrices, per channel. The attention
  products (activation by activation) and the six most sensitive feed-forward matrices stay in
  float (``SENSITIVE_FEED_FORWARD``): with them in int8 the worst test sentence fell to cosine
  0.982; without them it stays above 0.99.
"""

from __future__ import annotations

import json
import os
import tempfile
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from parley.embed_model import BATCH_SIZE, MODEL_NAME, ONNX_VARIANTS, backend_model_name, model_folder, model_version
from parley.settings import DATA_DIR

VARIANTS = ONNX_VARIANTS
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def cache_folder() -> Path:
    """Where exported graphs live: ``PARLEY_MODEL_CACHE`` or ``data/models``."""
    return Path(os.environ.get("PARLEY_MODEL_CACHE") or DATA_DIR / "models")


def _atomic_write(target: Path, write) -> None:
    """``write(path)`` into a temporary file beside ``target``, then rename: a reader (or a second
    process exporting at the same time) never sees half a graph."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".partial")
    os.close(handle)
    try:
        write(temporary)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; other users of the install read it
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _export_plain(target: Path) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    folder = model_folder()
    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = AutoModel.from_pretrained(folder, local_files_only=True).eval()

    class LastHiddenState(torch.nn.Module):
        # transformers 5 takes these as keywords only; the exporter passes positions.
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    sample = tokenizer(["a short one", "and a somewhat longer sentence"], padding=True, return_tensors="pt")
    axes = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "last_hidden_state")}
    with warnings.catch_warnings():  # the tracer's notes on Python control flow it froze
        warnings.simplefilter("ignore")
        _atomic_write(target, lambda path: torch.onnx.export(
            LastHiddenState(model), tuple(sample[name] for name in _INPUTS), path, input_names=list(_INPUTS),
            output_names=["last_hidden_state"], dynamic_axes=axes, opset_version=17, dynamo=False))


def _optimise(source: Path, target: Path, level: int) -> None:
    from onnxruntime.transformers.fusion_options import FusionOptions
    from onnxruntime.transformers.optimizer import optimize_model

    options = FusionOptions("bert")
    options.enable_gelu_approximation = level >= 3
    model = optimize_model(str(source), model_type="bert", num_heads=12, hidden_size=384,
                           opt_level=1 if level == 1 else 2, only_onnxruntime=level == 1,
                           optimization_options=options, use_gpu=False)
    _atomic_write(target, model.save_model_to_file)


def _quantise(source: Path, target: Path, keeps_float: Callable[[str], bool] | None = None) -> None:
    """Dynamic int8 of ``source``'s weight matrices, per channel, but for the MatMul nodes that
    ``keeps_float`` names (the recipe's, unless another is given: bench/embed.py tries others)."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    keeps_float = keeps_float or _keeps_float
    keep_float = [node.name for node in onnx.load(str(source)).graph.node
                  if node.op_type == "MatMul" and keeps_float(node.name)]
    _atomic_write(target, lambda path: quantize_dynamic(
        str(source), path, weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=["MatMul"],
        nodes_to_exclude=keep_float, extra_options={"DefaultTensorType": 1}))


# The feed-forward matrices whose quantisation alone moved the test sentences furthest from torch
# (`python bench/embed.py --sensitivity` measures each matrix): kept in float. Quantising all twelve
# put 12 of 139 test sentences below cosine 0.99 (worst 0.982); without these six, none (worst
# 0.993; 0.991 on sentences no choice here was made on), and two thirds of the multiply-adds are
# still int8. Layer numbers and block names are the exported graph's.
SENSITIVE_FEED_FORWARD = frozenset({("0", "output"), ("1", "output"), ("2", "output"),
                                    ("2", "intermediate"), ("3", "intermediate"), ("4", "intermediate")})
# A new recipe is a new file, so a cached graph of the old one is not used.
INT8_RECIPE = 2


def _keeps_float(node: str) -> bool:
    """Attention products ("…/attention/self/MatMul", "…/self/MatMul_1") multiply two activations;
    the sensitive feed-forward matrices ("…/layer.N/intermediate/dense/MatMul",
    "…/layer.N/output/dense/MatMul") lose too much in int8."""
    parts = node.split("/")
    if parts[-2:-1] == ["self"]:
        return True
    layer = next((part.removeprefix("layer.") for part in parts if part.startswith("layer.")), None)
    return "attention" not in parts and (layer, parts[-3] if len(parts) >= 3 else "") in SENSITIVE_FEED_FORWARD


def graph_file(variant: str) -> str:
    """The file name of a variant's graph (int8 graphs carry their recipe)."""
    return f"{variant}-r{INT8_RECIPE}.onnx" if variant == "onnx-int8" else f"{variant}.onnx"


def graph_path(variant: str, folder: Path | None = None) -> Path:
    """The ONNX file of ``variant``, exporting it (and the plain graph it derives from) on first use."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown ONNX variant {variant!r} (one of {', '.join(VARIANTS)})")
    # The package version is in the folder name: a new model release is a new export.
    base = (folder or cache_folder()) / f"{MODEL_NAME}-{model_version()}"
    plain = base / "onnx.onnx"
    if not plain.exists():
        _export_plain(plain)
    target = base / graph_file(variant)
    if not target.exists():
        if variant == "onnx-int8":
            _quantise(plain, target)
        else:
            _optimise(plain, target, int(variant[-1]))
    return target


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class OnnxMiniLM:
    """all-MiniLM-L6-v2 on ONNX Runtime's CPU provider; same output as ``MiniLM`` up to the
    variant's precision."""

    dimension = 384

    def __init__(self, variant: str = "onnx-int8", threads: int | None = None,
                 folder: Path | None = None, graph: Path | None = None) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.variant, self.name = variant, backend_model_name(variant)
        self.backend = variant
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or int(os.environ.get("PARLEY_EMBED_THREADS") or usable_cores())
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # the optimiser's notes are not the user's business
        self.session = onnxruntime.InferenceSession(str(graph or graph_path(variant, folder)), options,
                                                    providers=["CPUExecutionProvider"])
        model = Path(model_folder())
        settings = json.loads((model / "sentence_bert_config.json").read_text())
        self.tokenizer = Tokenizer.from_file(str(model / "tokenizer.json"))
        self.tokenizer.enable_truncation(settings["max_seq_length"])
        self.tokenizer.enable_padding()

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """Unit vectors (float32). Sentences go in batches of similar length, longest first, as
        sentence-transformers does, so little of each batch is padding."""
        vectors = np.zeros((len(sentences), self.dimension), dtype=np.float32)
        order = np.argsort([-len(sentence) for sentence in sentences], kind="stable")
        for start in range(0, len(sentences), BATCH_SIZE):
            rows = order[start:start + BATCH_SIZE]
            encoded = self.tokenizer.encode_batch([sentences[row] for row in rows])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            vectors[rows] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return vectors
