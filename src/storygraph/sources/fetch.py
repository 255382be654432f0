"""Fetching from the web, politely and safely: the only code in storygraph that goes online.

``Fetcher.get`` returns a ``Response`` or raises ``FetchError`` naming the URL and the
reason; the caller turns that into a ``Skipped`` so a failure costs only its URL.

Polite: a user agent naming storygraph and the user's contact; robots.txt obeyed
(RFC 9309: a missing robots.txt allows all, an unreachable one disallows all; its
Crawl-delay lengthens the wait between requests); at most ``concurrency`` requests at
once and one per ``per_host_delay`` seconds per host; conditional requests (ETag,
Last-Modified) so an unchanged page costs a 304.
Safe: http(s) only; each redirect hop checked again, up to ``max_redirects``, loops
refused; hosts that resolve to loopback, private, link-local or reserved addresses
refused unless ``allow_private``; pages larger than ``max_bytes`` not read to the end.
Retries with exponential backoff on 429, 5xx and timeouts, honouring Retry-After.
"""
from __future__ import annotations

import email.utils
import ipaddress
import socket
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timezone
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Union
from urllib.parse import urljoin, urlsplit

from ..errors import StorygraphError
from ..settings import WebSettings

if TYPE_CHECKING:
    from urllib.robotparser import RobotFileParser

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
#: The product token robots.txt rules are matched against.
ROBOTS_AGENT = "storygraph"


class FetchError(StorygraphError):
    """A URL that could not be fetched, and why."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url, self.reason = url, reason


@dataclass(frozen=True)
class Response:
    url: str                      # the final URL, after redirects
    status: int                   # 200, or 304 when a conditional request found no change
    body: bytes = b""
    content_type: str = ""
    etag: Optional[str] = None
    last_modified: Optional[str] = None


class _Host:
    def __init__(self):
        self.lock = threading.Lock()
        self.next_at = 0.0
        self.crawl_delay = 0.0


def is_web_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Seconds a Retry-After header asks for (a number or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now if now is not None else time.time()
    return max(0.0, when.timestamp() - now)


class Fetcher:
    def __init__(self, settings: Optional[WebSettings] = None,
                 sleep: Callable[[float], None] = time.sleep):
        self.settings = settings or WebSettings.load()
        self._sleep = sleep
        # (httpx and the robots parser are imported by a Fetcher, not by this module:
        # every command reads is_web_url, and httpx alone took 0.05 s to import)
        import httpx
        self._client = httpx.Client(
            headers={"User-Agent": self.settings.user_agent},
            timeout=httpx.Timeout(self.settings.timeout), follow_redirects=False)
        self._slots = threading.BoundedSemaphore(self.settings.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, Optional[RobotFileParser]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- the public calls -------------------------------------------------------------
    def get(self, url: str, etag: Optional[str] = None,
            last_modified: Optional[str] = None) -> Response:
        """The page at ``url`` (following redirects), or FetchError saying why not."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._follow(url, headers, robots=True)

    def get_many(self, jobs: Iterable, url_of: Callable = lambda job: job,
                 conditional: Callable = lambda job: (None, None),
                 ) -> Iterator[tuple[object, Union[Response, FetchError]]]:
        """(job, Response or FetchError) for every job, in order, ``concurrency`` at a time."""
        def one(job):
            try:
                return job, self.get(url_of(job), *conditional(job))
            except FetchError as exc:
                return job, exc
        jobs = list(jobs)
        if len(jobs) <= 1 or self.settings.concurrency <= 1:
            yield from map(one, jobs)
            return
        # Only a few jobs ahead of the reader, so a stop (the reader closing this
        # generator) leaves the rest unfetched rather than waiting for them all.
        pool = ThreadPoolExecutor(self.settings.concurrency, thread_name_prefix="fetch")
        ahead: deque = deque()
        todo = iter(jobs)
        try:
            for job in todo:
                ahead.append(pool.submit(one, job))
                if len(ahead) >= 2 * self.settings.concurrency:
                    yield ahead.popleft().result()
            while ahead:
                yield ahead.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    # -- one URL ------------------------------------------------------------------------
    def _follow(self, url: str, headers: dict, robots: bool) -> Response:
        first, visited = url, [url]
        for _hop in range(self.settings.max_redirects + 1):
            self._check(url, first)
            if robots and not self._allowed(url):
                raise FetchError(first, "disallowed by the site's robots.txt" +
                                 (f" (redirected to {url})" if url != first else ""))
            got = self._with_retries(url, headers, first)
            if isinstance(got, Response):
                return got
            url = got
            if url in visited:
                raise FetchError(first, "redirect loop: " + " -> ".join(visited + [url]))
            visited.append(url)
        raise FetchError(first, f"more than {self.settings.max_redirects} redirects")

    def _check(self, url: str, first: str) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchError(first, f"only http and https URLs are fetched, not {parts.scheme or 'this'}:"
                             + (f" (redirected to {url})" if url != first else ""))
        if not parts.hostname:
            raise FetchError(first, "the URL names no host")
        if self.settings.allow_private:
            return
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(first, f"cannot resolve {parts.hostname}: {getattr(exc, 'strerror', None) or exc}")
        for info in infos:
            ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
            mapped = getattr(ip, "ipv4_mapped", None)
            if not ip.is_global or ip.is_multicast or (mapped and not mapped.is_global):
                raise FetchError(first, f"{parts.hostname} is {ip}, a loopback or private address: "
                                 "not fetched (allow with --allow-private or STORYGRAPH_ALLOW_PRIVATE=1)")

    def _with_retries(self, url: str, headers: dict, first: str) -> Union[Response, str]:
        """A Response, or the next URL of a redirect."""
        s = self.settings
        for attempt in range(s.retries + 1):
            last = attempt == s.retries
            try:
                return self._once(url, headers, first)
            except _Retry as retry:
                if last:
                    raise FetchError(first, f"{retry.reason} (after {attempt + 1} tries)")
                wait = max(retry.wait or 0.0, s.backoff * 2 ** attempt)
                if wait > s.max_retry_wait:
                    raise FetchError(first, f"{retry.reason}: asked to wait {wait:.0f} s, "
                                     f"longer than the {s.max_retry_wait:.0f} s allowed")
                self._hold(url, wait)
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict, first: str) -> Union[Response, str]:
        import httpx
        s = self.settings
        self._turn(url)
        with self._slots:
            started = time.monotonic()
            try:
                with self._client.stream("GET", url, headers=headers) as r:
                    if r.status_code in REDIRECT_STATUS and r.headers.get("location"):
                        return urljoin(url, r.headers["location"].strip())
                    if r.status_code in RETRY_STATUS:
                        raise _Retry(f"HTTP {r.status_code} {r.reason_phrase}".strip(),
                                     retry_after(r.headers.get("retry-after")))
                    if r.status_code == 304:
                        return Response(str(r.url), 304, etag=r.headers.get("etag"),
                                        last_modified=r.headers.get("last-modified"))
                    if r.status_code != 200:
                        raise FetchError(first, f"HTTP {r.status_code} {r.reason_phrase}".strip())
                    size = r.headers.get("content-length", "")
                    if size.isdigit() and int(size) > s.max_bytes:
                        raise FetchError(first, f"page of {int(size):,} bytes is larger than the "
                                         f"{s.max_bytes:,} allowed: not read")
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > s.max_bytes:
                            raise FetchError(first, f"page larger than the {s.max_bytes:,} bytes "
                                             "allowed: not read to the end")
                        if time.monotonic() - started > 3 * s.timeout:
                            raise _Retry(f"page not received within {3 * s.timeout:g} s")
                    return Response(str(r.url), 200, bytes(body),
                                    r.headers.get("content-type", ""), r.headers.get("etag"),
                                    r.headers.get("last-modified"))
            except httpx.TimeoutException:
                raise _Retry(f"timed out after {s.timeout:g} s") from None
            except httpx.TransportError as exc:
                raise _Retry(f"connection failed: {exc or type(exc).__name__}") from None
            except httpx.InvalidURL as exc:
                raise FetchError(first, f"not a valid URL: {exc}") from None

    # -- politeness ---------------------------------------------------------------------
    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._lock:
            return self._hosts.setdefault(key, _Host())

    def _turn(self, url: str) -> None:
        """Wait until this host may be asked again, and book the next turn."""
        host = self._host(url)
        with host.lock:
            wait = host.next_at - time.monotonic()
            if wait > 0:
                self._sleep(wait)
            host.next_at = time.monotonic() + max(self.settings.per_host_delay, host.crawl_delay)

    def _hold(self, url: str, seconds: float) -> None:
        """Back off from a host that asked for it (every request to it waits)."""
        host = self._host(url)
        with host.lock:
            host.next_at = max(host.next_at, time.monotonic() + seconds)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._robots:
                self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if rules is None:
            return False
        return rules.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, origin: str) -> Optional[RobotFileParser]:
        """The site's rules; None (nothing allowed) when robots.txt is unreachable."""
        from urllib.robotparser import RobotFileParser
        rules = RobotFileParser(origin + "/robots.txt")
        try:
            got = self._follow(origin + "/robots.txt", {}, robots=False)
        except FetchError as exc:
            if exc.reason.startswith("HTTP 4"):
                rules.parse([])         # no robots.txt: everything allowed
                return rules
            return None
        rules.parse(got.body.decode("utf-8", "replace").splitlines())
        delay = rules.crawl_delay(ROBOTS_AGENT)
        if delay:
            host = self._host(origin)
            host.crawl_delay = min(float(delay), 60.0)
        return rules


class _Retry(Exception):
    def __init__(self, reason: str, wait: Optional[float] = None):
        super().__init__(reason)
        self.reason, self.wait = reason, wait
