"""Read inputs into ``Document``s: the only code that reads files.

``read(paths)`` yields a ``Document`` for every usable input and a ``Skipped`` (naming
the file and line) for every other, so that one bad file never costs the others.
Supported: JSON Lines (``.jsonl``, ``.jsonl.gz``, ``.json``), ``.txt``, ``.html``/``.htm``
and folders of these.
"""
from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..types import Document, Skipped
from . import html, jsonl, text

READERS = {
    ".jsonl": jsonl.read, ".json": jsonl.read, ".ndjson": jsonl.read, ".gz": jsonl.read,
    ".txt": text.read, ".text": text.read,
    ".html": html.read, ".htm": html.read,
}


def document_id(text: str) -> str:
    """A stable id for a text: the same article with other spacing gets the same id."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return "doc-" + hashlib.sha1(normal.encode("utf-8")).hexdigest()[:16]


def _files(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Path, Skipped]]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _reader(p))
            if not found:
                yield Skipped(str(path), "folder holds no .jsonl, .txt or .html files")
            yield from found
        elif path.exists():
            yield path
        else:
            yield Skipped(str(path), "no such file or folder")


def _reader(path: Path):
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-2:] == [".jsonl", ".gz"] or suffixes[-2:] == [".json", ".gz"]:
        return jsonl.read
    if suffixes and suffixes[-1] == ".gz":
        return None
    return READERS.get(suffixes[-1]) if suffixes else None


def read(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Document, Skipped]]:
    """Every input as a Document, or a Skipped saying why not.

    A duplicate id with a different text is skipped (the first one wins); the same id
    with the same text is passed on, and the store keeps it once.
    """
    seen: dict[str, str] = {}
    for item in _files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        reader = _reader(item)
        if reader is None:
            yield Skipped(str(item), "unknown file type (expected .jsonl, .jsonl.gz, .txt, .html)")
            continue
        for got in reader(item, document_id):
            if isinstance(got, Document):
                digest = hashlib.sha1(got.text.encode("utf-8")).hexdigest()
                if seen.get(got.id, digest) != digest:
                    yield Skipped(got.origin or str(item),
                                  f"duplicate id {got.id!r} with a different text")
                    continue
                seen[got.id] = digest
            yield got
