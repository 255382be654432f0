"""Reading a file's bytes as text, with the failures named the way a user can act on."""
from __future__ import annotations

import gzip
from pathlib import Path
from typing import Union

from ..types import Skipped


def read_text(path: Path) -> Union[str, Skipped]:
    """The file's text, or a Skipped for unreadable, empty, binary or non-UTF-8 files."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(str(path), f"cannot read: {exc.strerror or exc}")
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            return Skipped(str(path), f"broken gzip file: {exc}")
    if not data.strip():
        return Skipped(str(path), "empty file")
    if b"\x00" in data[:8192]:
        return Skipped(str(path), "binary content, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Skipped(f"{path}:{line}", f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})")
    return text
