"""Plain-text articles: one document per ``.txt`` file, the first line as its title."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator, Union

from ..types import Document, Skipped
from .dates import published_from_dateline
from .files import read_text


def read(path: Path, make_id: Callable[[str], str]) -> Iterator[Union[Document, Skipped]]:
    text = read_text(path)
    if isinstance(text, Skipped):
        yield text
        return
    published = published_from_dateline(text)
    first = text.strip().splitlines()[0].strip()
    yield Document(id=make_id(text), text=text, published=published,
                   title=first if len(first) < 200 else None, origin=str(path),
                   published_from="dateline" if published else None)
