"""Trained weights as package data: one way to write them, so a seeded trainer's output
is byte-identical from run to run (sorted keys, no spacing)."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def write_model(path: Path, model: dict) -> None:
    """Write ``model`` as compact, key-sorted JSON and say where, and how big."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")))
    print(f"wrote {path} ({path.stat().st_size // 1024} KiB)", file=sys.stderr)
