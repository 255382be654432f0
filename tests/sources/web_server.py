"""A local HTTP server on 127.0.0.1 serving the real pages and feeds of ../shared/data/web.

The feeds' and sitemaps' links point at example.com, example.org, sitemaps.org and
npr.org; they are rewritten here, at test time, to this server ("http://127.0.0.1:P/
www.example.com/..."), whose routes map them to the saved article pages. Nothing is
copied into the repository. Every request is logged (path, conditional headers, user
agent) so tests can say what was fetched and what was not.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.conftest import shared

#: The hosts the shared feeds link to, served under their name as a path prefix.
HOSTS = ("http://www.example.com", "http://example.org", "https://www.sitemaps.org",
         "https://www.npr.org")

#: Which saved page each rewritten feed link serves.
ARTICLES = {
    "/www.example.com/blog/post/1": "dw.com.uncork.html",                  # RSS
    "/example.org/2003/12/13/atom03": "nature.com.telescope.html",         # Atom
    "/www.sitemaps.org/": "boingboing.net.millenials.html",               # sitemaps
    "/www.sitemaps.org/protocol.html": "mercurynews.com.2023.01.16.letters-1119.html",
    "/www.sitemaps.org/faq.html": "nationalgeographic.co.uk.goats.html",
    "/www.example.com/english/page.html": "franceculture.fr.idees.html",    # hreflang sitemap
    "/www.example.com/deutsch/page.html": "lanouvellerepublique.fr.martin.html",
}
JSON_FEED_PAGES = ("phys.org.tool.html", "salon.com.emissions.html", "theverge.com.ios13.html")


class Server:
    def __init__(self):
        self.routes: dict = {}
        self.hits: list[dict] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                with server._lock:
                    server.hits.append({"path": self.path, "etag": self.headers.get("If-None-Match"),
                                        "since": self.headers.get("If-Modified-Since"),
                                        "agent": self.headers.get("User-Agent")})
                route = server.routes.get(self.path)
                if route is None:
                    return self._send(404, {}, b"not found")
                status, headers, body = route(self) if callable(route) else route
                etag = headers.get("ETag")
                if status == 200 and etag and self.headers.get("If-None-Match") == etag:
                    return self._send(304, {"ETag": etag}, b"")
                self._send(status, headers, body)

            def _send(self, status, headers, body):
                try:
                    self.send_response(status)
                    for key, value in headers.items():
                        self.send_header(key, value)
                    headers = dict(headers)
                    # X-No-Length: a body ended by closing the connection (no size said).
                    if not headers.pop("X-No-Length", None) and "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def requested(self, path: str) -> int:
        return sum(hit["path"] == path for hit in self.hits)

    # -- content ------------------------------------------------------------------------
    def static(self, path: str, body: bytes, ctype: str) -> None:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        self.routes[path] = (200, {"Content-Type": ctype, "ETag": etag}, body)

    def page(self, path: str, name: str) -> None:
        self.static(path, shared("data", "web", "pages", name).read_bytes(),
                    "text/html; charset=utf-8")

    def rewrite(self, text: str) -> str:
        for host in HOSTS:
            text = text.replace(host, self.base + "/" + host.split("://", 1)[1])
        return text


def serve_shared(server: Server) -> Server:
    """The shared pages and feeds, links rewritten to ``server``."""
    feeds = shared("data", "web", "feeds")
    for path, name in ARTICLES.items():
        server.page(path, name)
    for name in sorted(p.name for p in shared("data", "web", "pages").iterdir()):
        server.page("/pages/" + name, name)
    xml = "application/xml"
    server.static("/feed2.rss", server.rewrite((feeds / "feed2.rss").read_text()).encode(), "application/rss+xml")
    server.static("/feed1.atom", server.rewrite((feeds / "feed1.atom").read_text()).encode(), "application/atom+xml")
    data = json.loads((feeds / "feed.json").read_text())
    for item, name in zip(data["items"], JSON_FEED_PAGES):
        path = item["url"].split("?")[0].replace("https://www.npr.org", "/www.npr.org")
        server.page(path, name)
    server.static("/feed.json", server.rewrite(json.dumps(data)).encode(), "application/feed+json")
    sitemap = server.rewrite((feeds / "sitemap.xml").read_text())
    server.static("/sitemap.xml", sitemap.encode(), xml)
    zipped = server.rewrite(gzip.decompress((feeds / "sitemap.xml.gz").read_bytes()).decode())
    server.static("/sitemap.xml.gz", gzip.compress(zipped.encode()), "application/gzip")
    server.static("/www.example.com/sitemap1.xml.gz", gzip.compress(zipped.encode()), "application/gzip")
    hreflang = server.rewrite((feeds / "sitemap-hreflang.xml").read_text())
    server.static("/www.example.com/sitemap2.xml.gz", gzip.compress(hreflang.encode()), "application/gzip")
    server.static("/sitemap2.xml", server.rewrite((feeds / "sitemap2.xml").read_text()).encode(), xml)
    server.static("/robots.txt", b"User-agent: storygraph\nDisallow: /private/\n\n"
                  b"User-agent: *\nAllow: /\n", "text/plain")
    server.page("/private/dw", "dw.com.uncork.html")
    return server




def later(seconds: float):
    """A route handler that answers after ``seconds`` (for timeouts)."""
    def answer(_request, body=b"<html><body>late</body></html>"):
        time.sleep(seconds)
        return 200, {"Content-Type": "text/html"}, body
    return answer
