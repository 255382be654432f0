"""HTML pages: the main text and metadata (title, date, site, url) through trafilatura."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator, Union

from ..types import Document, Skipped
from .dates import normalise_published, published_from_dateline
from .files import read_text


def read(path: Path, make_id: Callable[[str], str]) -> Iterator[Union[Document, Skipped]]:
    page = read_text(path)
    if isinstance(page, Skipped):
        yield page
        return
    yield from parse(page, str(path), make_id)


def parse(page: str, origin: str, make_id, url: str | None = None) -> Iterator[Union[Document, Skipped]]:
    import trafilatura

    extracted = trafilatura.bare_extraction(page, url=url, with_metadata=True,
                                            include_comments=False, favor_precision=True)
    if extracted is None:
        yield Skipped(origin, "no article text found in the HTML")
        return
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (meta.get("text") or "").strip()
    if not text:
        yield Skipped(origin, "no article text found in the HTML")
        return
    published, found = normalise_published(meta.get("date") or ""), "html"
    if published is None:
        published = published_from_dateline(text)
        found = "dateline" if published else None
    yield Document(id=make_id(text), text=text, published=published,
                   source=meta.get("sitename") or meta.get("hostname"),
                   title=meta.get("title"), url=meta.get("url") or url, origin=origin,
                   published_from=found)
