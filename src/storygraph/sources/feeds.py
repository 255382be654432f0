"""Feeds and sitemaps into article links: RSS and Atom through feedparser, JSON Feed
through json, sitemaps (plain, gzipped, index) through lxml.

``links(body, url, content_type)`` says what a fetched body is: an ``Index`` of links
(with each entry's date, and a ``Skipped`` for each broken entry), or None for a page.
"""
from __future__ import annotations

import json
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional, Union
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from ..types import Skipped
from .fetch import is_web_url

#: The longest URL kept (the store's key; browsers and servers refuse longer ones).
MAX_URL = 2048
#: Query parameters that only track the click: dropped so one article is one URL.
TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")


@dataclass(frozen=True)
class Link:
    """An article to fetch: from a feed, a sitemap, a list, or named by the user."""

    url: str
    #: The entry's latest date (ISO: updated, else published; a sitemap's lastmod): when
    #: it changes, the article is fetched again. None when the feed gives none.
    date: Optional[str] = None
    #: The feed or sitemap it came from (None when the user named it).
    via: Optional[str] = None
    #: The entry's publication date, when the feed states one (not a sitemap's lastmod).
    published: Optional[str] = None


@dataclass
class Index:
    kind: str                                   # "rss", "atom", "json feed", "sitemap", "sitemap index"
    links: list = field(default_factory=list)   # Link for articles
    sitemaps: list = field(default_factory=list)  # sitemap URLs an index points to
    problems: list = field(default_factory=list)  # Skipped, one per broken entry


def clean_url(url: str) -> str:
    """The URL without its fragment and click-tracking parameters."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(TRACKING)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                       urlencode(query), ""))


def gunzip(body: bytes, limit: int) -> bytes:
    """Decompressed gzip data, refusing more than ``limit`` bytes (a gzip bomb)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(body, limit + 1)
    if len(out) > limit or inflater.unconsumed_tail:
        raise ValueError(f"decompresses to more than {limit:,} bytes")
    return out


def links(body: bytes, url: str, content_type: str = "", limit: int = 1000) -> Optional[Index]:
    """The links a feed or sitemap lists, or None when ``body`` is a page (or unknown)."""
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    ctype = content_type.lower()
    if head.startswith(b"{") or "json" in ctype:
        return _json_feed(body, url, limit)
    if "html" in ctype and not head.startswith((b"<?xml", b"<rss", b"<feed", b"<urlset", b"<sitemapindex")):
        return None
    if not head.startswith(b"<"):
        return None
    root = _root_name(body)
    if root in ("urlset", "sitemapindex"):
        return _sitemap(body, url, root, limit)
    if root in ("rss", "feed", "rdf"):
        return _feed(body, url, limit)
    return None


def _root_name(body: bytes) -> Optional[str]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    return etree.QName(root).localname.lower()


def _iso(parsed: Optional[time.struct_time]) -> Optional[str]:
    if not parsed:
        return None
    return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat(timespec="seconds")


def _take(index: Index, url: str, where: str, date: Optional[str], feed_url: str, limit: int,
          published: Optional[str] = None) -> None:
    if not url or not isinstance(url, str):
        index.problems.append(Skipped(where, "entry has no link"))
        return
    absolute = urljoin(feed_url, url.strip())
    if len(absolute) > MAX_URL:
        index.problems.append(Skipped(where, f"entry's link is longer than {MAX_URL:,} characters"))
        return
    if not is_web_url(absolute):
        index.problems.append(Skipped(where, f"entry's link is not an http(s) URL: {url!r}"))
        return
    if len(index.links) >= limit:
        if len(index.links) == limit:
            index.problems.append(Skipped(feed_url, f"more than {limit:,} links: the rest not followed"))
            index.links.append(None)  # a marker, removed below, so the note is made once
        return
    index.links.append(Link(clean_url(absolute), date, feed_url, published))


def _done(index: Index) -> Index:
    index.links = [link for link in index.links if link is not None]
    return index


def _feed(body: bytes, url: str, limit: int) -> Index:
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    index = Index("atom" if parsed.version.startswith("atom") else "rss")
    if not parsed.entries and parsed.bozo:
        index.problems.append(Skipped(url, f"broken feed: {parsed.bozo_exception}"))
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{url} (entry {n}{': ' + entry.title if entry.get('title') else ''})"
        link = entry.get("link")
        # Atom: an entry's rel="self" link is the entry's own document, not the article.
        alternates = [x.get("href") for x in entry.get("links", []) if x.get("rel") == "alternate"]
        if alternates:
            link = alternates[0]
        published = _iso(dict.get(entry, "published_parsed"))
        # dict.get: feedparser's own get maps a missing updated to published, and warns.
        date = _iso(dict.get(entry, "updated_parsed")) or published
        _take(index, link, where, date, url, limit, published)
    return _done(index)


def _json_feed(body: bytes, url: str, limit: int) -> Optional[Index]:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        return None
    index = Index("json feed")
    items = data.get("items")
    if not isinstance(items, list):
        index.problems.append(Skipped(url, "JSON Feed without an 'items' list"))
        return index
    for n, item in enumerate(items, 1):
        where = f"{url} (item {n})"
        if not isinstance(item, dict):
            index.problems.append(Skipped(where, "item is not an object"))
            continue
        published = _date(item.get("date_published"))
        date = _date(item.get("date_modified")) or published
        _take(index, item.get("url") or item.get("external_url"), where, date, url, limit, published)
    return _done(index)


def _sitemap(body: bytes, url: str, root_name: str, limit: int) -> Index:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    root = etree.fromstring(body, parser)
    index = Index("sitemap index" if root_name == "sitemapindex" else "sitemap")
    child = "sitemap" if root_name == "sitemapindex" else "url"
    for n, node in enumerate((x for x in root if isinstance(x.tag, str)
                              and etree.QName(x).localname == child), 1):
        loc = _text(node, "loc")
        lastmod = _text(node, "lastmod")
        where = f"{url} ({child} {n})"
        if root_name == "sitemapindex":
            if loc and is_web_url(urljoin(url, loc)):
                index.sitemaps.append(urljoin(url, loc))
            else:
                index.problems.append(Skipped(where, f"no http(s) <loc>: {loc!r}"))
            continue
        # News sitemaps give the article's date in <news:publication_date>; lastmod is
        # only when the page last changed.
        published = _date(_text(node, "publication_date"))
        _take(index, loc, where, _date(lastmod) or published, url, limit, published)
    return _done(index)


def _text(node, name: str) -> Optional[str]:
    from lxml import etree

    for x in node.iter():
        if isinstance(x.tag, str) and etree.QName(x).localname == name and x.text:
            return x.text.strip()
    return None


def _date(value) -> Optional[str]:
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).isoformat(timespec="seconds")
    except ValueError:
        return None


def read_list(text: str, origin: str) -> list[Union[Link, Skipped]]:
    """A file listing URLs one a line (blank lines and # comments ignored)."""
    out: list = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_web_url(line):
            out.append(Link(clean_url(line)))
        else:
            out.append(Skipped(f"{origin}:{n}", f"not an http(s) URL: {line[:80]!r}"))
    return out


def is_url_list(text: str) -> bool:
    """Whether a text file is a list of URLs rather than an article."""
    lines = [x.strip() for x in text.splitlines() if x.strip() and not x.strip().startswith("#")]
    urls = [is_web_url(x) and " " not in x for x in lines]
    # An article may quote a link, but does not start with one and is not mostly links.
    return bool(lines) and urls[0] and sum(urls) > len(lines) / 2
