"""HTML pages: the main text through trafilatura; title, outlet, URL and language from
the page's metadata (the language from the text, by py3langid, when the page does not
say); the publication date from its metadata through htmldate."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterator, Optional, Union
from urllib.parse import urlsplit

from ..types import Document, Skipped
from .dates import (declared_published, normalise_published, page_published,
                    published_from_dateline, title_date)
from .files import read_text

#: What separates a headline from the site's name in a <title>: "Headline | DW | 19.01.2020".
_TITLE_PARTS = re.compile(r"\s+(?:\||-|–|—|::|·|»|•)\s+")
_DATE_PART = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def read(path: Path, make_id: Callable[[str], str]) -> Iterator[Union[Document, Skipped]]:
    page = read_text(path)
    if isinstance(page, Skipped):
        yield page
        return
    yield from parse(page, str(path), make_id)


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def site_names(sitename: Optional[str], url: Optional[str]) -> set[str]:
    """The forms a site's name takes in titles: "DW.COM" -> {"dwcom", "dw"}."""
    names = set()
    if sitename:
        names.add(_squash(sitename))
        names.add(_squash(re.sub(r"\.(com|org|net|co\.uk|fr|de)$", "", sitename.strip(), flags=re.I)))
    host = (urlsplit(url).hostname or "") if url else ""
    host = re.sub(r"^(www|m|amp)\.", "", host.lower())
    if host:
        names.add(_squash(host))
        names.add(_squash(host.split(".")[0]))
    names.discard("")
    return names


def headline(title: Optional[str], names: set[str]) -> Optional[str]:
    """The title without the site's name and a date around it.

    "Uncork the mystery | DW | 10.06.2013" -> "Uncork the mystery"; a part is dropped
    only when it is the site's name or a date, so "Letters: A | B | C" keeps its bars.
    """
    if not title:
        return title
    parts = _TITLE_PARTS.split(title.strip())
    seps = _TITLE_PARTS.findall(title.strip())

    def droppable(part: str) -> bool:
        return _squash(part) in names or bool(_DATE_PART.match(part.strip()))

    start, end = 0, len(parts)
    while end - start > 1 and droppable(parts[end - 1]):
        end -= 1
    while end - start > 1 and droppable(parts[start]):
        start += 1
    if (start, end) == (0, len(parts)):
        return title.strip()
    out = parts[start]
    for i in range(start + 1, end):
        out += seps[i - 1] + parts[i]
    return out.strip()


def page_language(tree) -> Optional[str]:
    """The page's language (ISO 639-1) from <html lang>, Content-Language or og:locale."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            candidates.append(meta.get("content"))
    for value in candidates:
        if value:
            code = re.split(r"[-_,\s]", value.strip().lower())[0]
            if re.fullmatch(r"[a-z]{2,3}", code):
                return code
    return None


def metadata_date(tree) -> Optional[str]:
    """The publication date the page's markup states (htmldate, no guessing from text)."""
    from htmldate import find_date

    try:
        return find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises on odd markup; a date is optional
        return None


def parse(page: Union[str, bytes], origin: str, make_id, url: Optional[str] = None,
          feed_date: Optional[str] = None, min_chars: int = 0) -> Iterator[Union[Document, Skipped]]:
    """One Document for a page, or a Skipped saying why not (no text, too little text)."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(page)
    if tree is None:
        yield Skipped(origin, "not an HTML page")
        return
    # Read before trafilatura, which prunes the tree it is given.
    lang = page_language(tree)
    titles = tree.xpath("//meta[@property='og:title']/@content") + tree.xpath("//title/text()")
    date = page_published(metadata_date(tree), declared_published(tree),
                          title_date(_TITLE_PARTS.split(titles[0].strip())[1:]) if titles else None)
    extracted = trafilatura.bare_extraction(tree, url=url, with_metadata=True,
                                            include_comments=False, favor_precision=True)
    meta = {} if extracted is None else (
        extracted if isinstance(extracted, dict) else extracted.as_dict())
    text = (meta.get("text") or "").strip()
    if not text:
        yield Skipped(origin, "no main text found (a page built by JavaScript, or a "
                      "paywall?): not stored")
        return
    if len(text) < min_chars:
        yield Skipped(origin, f"only {len(text)} characters of text: not stored")
        return
    published, found = normalise_published(date or ""), "html"
    if published is None and feed_date:
        published, found = normalise_published(feed_date), "feed"
    if published is None:
        published = published_from_dateline(text)
        found = "dateline" if published else None
    canonical = meta.get("url") or url
    host = urlsplit(canonical).hostname if canonical else None
    # trafilatura fills a missing site name with the host (port and all): take ours.
    sitename = meta.get("sitename")
    if sitename and (sitename == meta.get("hostname") or sitename == urlsplit(canonical or "").netloc):
        sitename = None
    outlet = sitename or (re.sub(r"^www\.", "", host) if host else meta.get("hostname"))
    title = headline(meta.get("title"), site_names(meta.get("sitename"), canonical or url))
    yield Document(id=make_id(text), text=text, published=published, source=outlet,
                   title=title, url=canonical, origin=origin, published_from=found,
                   lang=lang or meta.get("language") or text_language(text))


def text_language(text: str) -> Optional[str]:
    """The language of a text the page did not declare (py3langid, its bundled model)."""
    import py3langid

    return py3langid.classify(text[:3000])[0] or None
