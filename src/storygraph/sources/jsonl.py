"""JSON Lines input: one contract input line per document (CONTRACT.md)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Callable, Iterator, Union

from ..types import Document, Skipped
from .dates import normalise_published, published_from_dateline


def _lines(path: Path) -> Iterator[Union[tuple[int, str], Skipped]]:
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with raw:
        head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
        stream = gzip.GzipFile(fileobj=raw) if head == b"\x1f\x8b" else raw
        n = 0
        empty = True
        try:
            for n, line in enumerate(stream, 1):
                if b"\x00" in line:
                    yield Skipped(f"{path}:{n}", "binary content, not text")
                    continue
                try:
                    decoded = line.decode("utf-8-sig" if n == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield Skipped(f"{path}:{n}", f"not UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})")
                    continue
                if decoded.strip():
                    empty = False
                    yield n, decoded
        except (OSError, EOFError) as exc:
            yield Skipped(f"{path}:{n + 1}", f"broken gzip data: {exc}")
            return
        if empty:
            yield Skipped(str(path), "empty file")


def objects(path: Path) -> Iterator[Union[tuple[str, object], Skipped]]:
    """Each line's decoded JSON with where it stands ("file.jsonl:12"), or why not: for
    input documents here and for contract records (``storygraph load``)."""
    for item in _lines(path):
        if isinstance(item, Skipped):
            yield item
            continue
        n, line = item
        where = f"{path}:{n}"
        try:
            # (without its line break: a line cut short is then reported at its own
            # last column, not at column 1 of a second line it does not have)
            yield where, json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"invalid JSON ({exc.msg} at column {exc.colno})")


def read(path: Path, make_id: Callable[[str], str]) -> Iterator[Union[Document, Skipped]]:
    for item in objects(path):
        yield item if isinstance(item, Skipped) else _document(item[1], item[0], make_id)


def _document(record, where: str, make_id) -> Union[Document, Skipped]:
    if not isinstance(record, dict):
        return Skipped(where, "a line must hold a JSON object")
    text = record.get("text")
    if text is None:
        return Skipped(where, "record has no 'text'")
    if not isinstance(text, str):
        return Skipped(where, "'text' must be a string")
    if not text.strip():
        return Skipped(where, "'text' is empty")
    doc_id = record.get("id")
    if doc_id is not None and not isinstance(doc_id, (str, int)):
        return Skipped(where, "'id' must be a string")
    published, found = None, None
    if record.get("published"):
        published = normalise_published(record["published"])
        if published is None:
            return Skipped(where, f"'published' is not a date: {record['published']!r}")
        found = "input"
    else:
        published = published_from_dateline(text)
        found = "dateline" if published else None

    def opt(key):
        value = record.get(key)
        return str(value) if value is not None else None

    return Document(
        id=str(doc_id) if doc_id is not None else make_id(text), text=text,
        published=published, source=opt("source"), title=opt("title"), url=opt("url"),
        origin=where, published_from=found, lang=opt("lang"))
