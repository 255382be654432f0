"""URLs into Documents: an article, a feed (RSS, Atom, JSON Feed), a sitemap (plain,
gzipped, index) or a file listing URLs one a line.

``WebReader.read(targets)`` yields a ``Document`` per article fetched, a ``Skipped``
(URL and reason) per failure, and an ``Unchanged`` per article already stored as it is.
What the store knows (``seen``: URL -> ETag, Last-Modified, text hash, entry date) makes
a repeated run fetch nothing twice: a feed entry seen before is not fetched again unless
its date changed, and a URL named again is asked for with a conditional request. A page
whose text changed becomes a new Document; its ``Visit`` names the version it replaces.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional, Union

from ..settings import WebSettings
from ..types import Document, Skipped
from . import feeds, html
from .feeds import Link
from .fetch import Fetcher, FetchError, Response, is_web_url

#: How deep sitemap indexes are followed (an index of indexes of sitemaps).
MAX_SITEMAP_DEPTH = 2
#: Failures that will not pass by themselves: such an entry is not asked for again.
GONE = ("HTTP 404", "HTTP 410", "disallowed by")


@dataclass(frozen=True)
class Unchanged:
    """An article fetched before whose text has not changed: nothing to store."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class Visit:
    """What the store keeps about a fetched URL (a row of ``web_pages``)."""

    url: str
    kind: str = "article"                # article, feed, sitemap
    status: str = "stored"               # stored, unchanged, thin, gone
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    content_hash: Optional[str] = None
    doc_id: Optional[str] = None
    entry_date: Optional[str] = None
    canonical: Optional[str] = None
    #: The document this one replaces (the same URL's text changed).
    previous_id: Optional[str] = None


def text_hash(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def _looks_like_page(resp: Response) -> bool:
    ctype = resp.content_type.lower()
    return not ctype or "html" in ctype or "xml" in ctype or ctype.startswith("text/")


class WebReader:
    """Fetch and read URLs. ``seen`` looks URLs up in the store (None: a run without one)."""

    def __init__(self, settings: Optional[WebSettings] = None,
                 seen: Optional[Callable[[list[str]], dict]] = None,
                 fetcher: Optional[Fetcher] = None,
                 stop: Optional[Callable[[], bool]] = None):
        self.settings = settings or WebSettings.load()
        #: True once the run should end: no further article is fetched.
        self._stop = stop or (lambda: False)
        self.fetcher = fetcher or Fetcher(self.settings)
        self._seen = seen or (lambda urls: {})
        #: Article pages downloaded (HTTP 200).
        self.fetched = 0
        #: Document id -> its Visit, to store with the document.
        self.visits: dict[str, Visit] = {}
        #: Visits that store no document (feeds, thin and unchanged pages), for the store.
        self.notes: list[Visit] = []
        self._done: set[str] = set()
        #: Failures that may pass (timeouts, 5xx): counted so feeds are read again.
        self._transient = 0

    def close(self) -> None:
        self.fetcher.close()

    def read(self, targets: Iterable[Union[str, Link]]) -> Iterator[Union[Document, Skipped, Unchanged]]:
        """Each target is a URL the user named (its kind found by fetching it) or a Link."""
        pending: list[Link] = []
        for target in targets:
            if self._stop():
                return
            if isinstance(target, Link):
                pending.append(target)
                continue
            if pending:
                yield from self.articles(pending)
                pending = []
            yield from self.source(target)
        if pending:
            yield from self.articles(pending)

    # -- a URL the user named: an article, a feed or a sitemap --------------------------
    def source(self, url: str) -> Iterator[Union[Document, Skipped, Unchanged]]:
        if not is_web_url(url):
            yield Skipped(url, "only http and https URLs are fetched")
            return
        if len(url) > feeds.MAX_URL:
            yield Skipped(url[:80] + "…", f"URL longer than {feeds.MAX_URL:,} characters")
            return
        url = feeds.clean_url(url)
        if url in self._done:
            return
        self._done.add(url)
        seen = self._seen([url]).get(url) or {}
        try:
            resp = self.fetcher.get(url, seen.get("etag"), seen.get("last_modified"))
        except FetchError as exc:
            yield Skipped(exc.url, exc.reason)
            return
        if resp.status == 304:
            if seen.get("kind", "article") == "article":
                yield Unchanged(url, "not modified since it was fetched")
            return
        index = self._index(resp, url)
        if isinstance(index, Skipped):
            yield index
            return
        if index is None:
            self.fetched += 1
            yield from self._page(Link(url), resp, seen)
            return
        links, problems = self._expand(index, url, depth=0)
        yield from problems
        before, failures = len(self.notes), self._transient
        yield from self.articles(links)
        # The feed's ETag is kept only when every entry was read (or is broken or gone
        # for good): else a 304 next time would hide the entries that failed now.
        if self._transient == failures:
            self.notes.insert(before, Visit(url, kind="sitemap" if "sitemap" in index.kind else "feed",
                                            status="unchanged", etag=resp.etag,
                                            last_modified=resp.last_modified))

    def _index(self, resp: Response, url: str):
        body = resp.body
        if body[:2] == b"\x1f\x8b":  # a .xml.gz sitemap served as bytes
            try:
                body = feeds.gunzip(body, self.settings.max_bytes)
            except (ValueError, OSError, EOFError) as exc:
                return Skipped(url, f"broken gzip data: {exc}")
            resp = Response(resp.url, resp.status, body, "application/xml", resp.etag,
                            resp.last_modified)
        index = feeds.links(body, resp.url, resp.content_type, self.settings.max_links)
        if index is None and not _looks_like_page(resp):
            return Skipped(url, f"not a page, feed or sitemap ({resp.content_type})")
        return index

    def _expand(self, index, url: str, depth: int) -> tuple[list[Link], list[Skipped]]:
        links, problems = list(index.links), list(index.problems)
        for child in index.sitemaps:
            if depth >= MAX_SITEMAP_DEPTH:
                problems.append(Skipped(child, "sitemap index nested too deep: not followed"))
                continue
            try:
                resp = self.fetcher.get(child)
            except FetchError as exc:
                problems.append(Skipped(exc.url, exc.reason))
                continue
            sub = self._index(resp, child)
            if sub is None or isinstance(sub, Skipped):
                problems.append(sub or Skipped(child, "not a sitemap"))
                continue
            more, trouble = self._expand(sub, child, depth + 1)
            links += more
            problems += trouble
        return links[: self.settings.max_links], problems

    # -- articles -----------------------------------------------------------------------
    def articles(self, links: list[Link]) -> Iterator[Union[Document, Skipped, Unchanged]]:
        """Fetch each new article (a few at a time); skip those seen with the same date."""
        fresh: list[Link] = []
        for link in links:
            if link.url not in self._done:
                self._done.add(link.url)
                fresh.append(link)
        seen = self._seen([x.url for x in fresh])
        todo = []
        for link in fresh:
            known = seen.get(link.url)
            if known and (link.date is None or link.date == known.get("entry_date")):
                if known.get("status") != "gone":
                    yield Unchanged(link.url, "seen before")
                continue
            todo.append((link, known or {}))
        results = self.fetcher.get_many(
            todo, url_of=lambda job: job[0].url,
            conditional=lambda job: (job[1].get("etag"), job[1].get("last_modified")))
        for n, ((link, known), got) in enumerate(results):
            if n and self._stop():
                results.close()
                self._transient += 1      # the feed was not read to the end
                return
            if isinstance(got, FetchError):
                if got.reason.startswith(GONE):
                    # Not asked for again unless the feed dates the entry anew.
                    self.notes.append(Visit(link.url, status="gone", entry_date=link.date))
                else:
                    self._transient += 1
                yield Skipped(got.url, got.reason)
            elif got.status == 304:
                self.notes.append(Visit(link.url, status="unchanged", etag=got.etag or known.get("etag"),
                                        last_modified=got.last_modified or known.get("last_modified"),
                                        content_hash=known.get("content_hash"),
                                        doc_id=known.get("doc_id"), entry_date=link.date,
                                        canonical=known.get("canonical")))
                yield Unchanged(link.url, "not modified since it was fetched")
            elif feeds.links(got.body[:4096], got.url, got.content_type) is not None:
                yield Skipped(link.url, "a feed or sitemap where an article was expected")
            elif not _looks_like_page(got):
                yield Skipped(link.url, f"not an HTML page ({got.content_type})")
            else:
                self.fetched += 1
                yield from self._page(link, got, known)

    def _page(self, link: Link, resp: Response,
              known: dict) -> Iterator[Union[Document, Skipped, Unchanged]]:
        from . import document_id

        got = next(iter(html.parse(resp.body, link.url, document_id, url=resp.url,
                                   feed_date=link.published, min_chars=self.settings.min_chars)))
        base = dict(etag=resp.etag, last_modified=resp.last_modified, entry_date=link.date)
        if isinstance(got, Skipped):
            if got.reason.endswith("not stored"):
                self.notes.append(Visit(link.url, status="thin", **base))
            yield got
            return
        digest = text_hash(got.text)
        if known.get("content_hash") == digest:
            self.notes.append(Visit(link.url, status="unchanged", content_hash=digest,
                                    doc_id=known.get("doc_id"), canonical=got.url, **base))
            yield Unchanged(link.url, "same text as stored")
            return
        self.visits[got.id] = Visit(link.url, content_hash=digest, doc_id=got.id,
                                    canonical=got.url, previous_id=known.get("doc_id"), **base)
        yield got
