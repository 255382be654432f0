"""Sentence vectors as stored: float16 bytes, 384 numbers (all-MiniLM-L6-v2). Apart from
``nlp.embeddings`` so that reading them (shifts, disputes) never imports spaCy."""
from __future__ import annotations

from typing import Sequence

import numpy as np

DIM = 384


def pack(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def unpack(blobs: Sequence[bytes]) -> np.ndarray:
    """Rows of float32 from stored float16 bytes (empty blobs give zero rows)."""
    if not blobs:
        return np.zeros((0, DIM), np.float32)
    return np.vstack([np.frombuffer(b, dtype=np.float16) if b else np.zeros(DIM, np.float16)
                      for b in blobs]).astype(np.float32)
