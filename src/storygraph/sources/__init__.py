"""Read inputs into ``Document``s: the only code that reads files.

``read(paths)`` yields a ``Document`` for every usable input and a ``Skipped`` (naming
the file and line) for every other, so that one bad file never costs the others.
Supported: JSON Lines (``.jsonl``, ``.jsonl.gz``, ``.json``), ``.txt``, ``.html``/``.htm``
and folders of these; http(s) URLs of articles, feeds and sitemaps, and files listing
such URLs one a line (``web.py``).
"""
from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..types import Document, Skipped
from . import html, jsonl, text
from .feeds import is_url_list, read_list
from .fetch import is_web_url
from .files import read_text

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


def _url_list(path: Path):
    """The links of a file that lists URLs one a line, else None."""
    if path.suffix.lower() not in ("", ".txt", ".urls", ".list") or not path.is_file():
        return None
    got = read_text(path)
    if isinstance(got, Skipped) or not is_url_list(got):
        return None
    return read_list(got, str(path))


def _inputs(paths, web):
    """Files and folders as before; URLs and URL lists through the web reader."""
    files: list = []
    for raw in paths:
        text_ = str(raw)
        links = None if is_web_url(text_) else _url_list(Path(raw))
        if not is_web_url(text_) and links is None:
            files.append(raw)
            continue
        if files:
            yield from _files(files)
            files = []
        if links is None:
            yield from web().read([text_])
        else:
            yield from (x for x in links if isinstance(x, Skipped))
            yield from web().read([x for x in links if not isinstance(x, Skipped)])
    if files:
        yield from _files(files)


def read(paths: Iterable[Union[str, Path]], web=None) -> Iterator[Union[Document, Skipped]]:
    """Every input as a Document, or a Skipped saying why not.

    A duplicate id with a different text is skipped (the first one wins); the same id
    with the same text is passed on, and the store keeps it once. URLs are read by
    ``web`` (a ``web.WebReader``; a default one, without a store, when None), which may
    also yield ``web.Unchanged`` for articles stored before.
    """
    from .web import Unchanged, WebReader

    made: list = []

    def reader():
        if web is not None:
            return web
        if not made:
            made.append(WebReader())
        return made[0]

    seen: dict[str, str] = {}
    try:
        yield from _read(_inputs(paths, reader), seen, Unchanged)
    finally:
        for r in made:
            r.close()


def _read(items, seen, Unchanged):
    for item in items:
        if isinstance(item, (Document, Unchanged)):
            if isinstance(item, Document):
                digest = hashlib.sha1(item.text.encode("utf-8")).hexdigest()
                if seen.get(item.id, digest) != digest:
                    yield Skipped(item.origin or item.id,
                                  f"duplicate id {item.id!r} with a different text")
                    continue
                seen[item.id] = digest
            yield item
            continue
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
