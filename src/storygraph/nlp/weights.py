"""Packaged model weights (JSON files shipped in ``models/``) read into their classes."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, TypeVar

from ..errors import ModelError

T = TypeVar("T")


def read_weights(path: str | Path, build: Callable[[dict], T], what: str, rebuild: str) -> T:
    """``build`` of the JSON at ``path``; a missing, broken or incomplete file is one
    ModelError naming the file and the command that makes it again."""
    try:
        return build(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot read {what} {path}: {exc}. {rebuild}") from exc
