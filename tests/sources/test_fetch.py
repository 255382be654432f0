"""The fetcher against a local server: politeness, safety, and each failure named."""
from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from storygraph.sources.fetch import Fetcher, FetchError, retry_after
from tests.sources.web_server import later


def sequence(*answers):
    """A route giving each answer in turn, then the last one for ever."""
    state = {"n": 0}

    def answer(_request):
        i = min(state["n"], len(answers) - 1)
        state["n"] += 1
        return answers[i]
    return answer


PAGE = (200, {"Content-Type": "text/html"}, b"<html><body><p>fine</p></body></html>")


def fetch_error(fetcher, url) -> str:
    with pytest.raises(FetchError) as caught:
        fetcher.get(url)
    assert caught.value.url == url
    return caught.value.reason


def test_user_agent_names_storygraph_and_the_contact(server, web_settings):
    with Fetcher(web_settings) as f:
        f.get(server.url("/feed2.rss"))
    agents = {hit["agent"] for hit in server.hits}
    assert all("storygraph/" in a and "tests@example.invalid" in a for a in agents)


def test_robots_txt_disallow_is_obeyed_without_asking_for_the_page(server, web_settings):
    with Fetcher(web_settings) as f:
        assert "robots.txt" in fetch_error(f, server.url("/private/dw"))
        assert f.get(server.url("/pages/dw.com.uncork.html")).status == 200
    assert server.requested("/private/dw") == 0
    assert server.requested("/robots.txt") == 1       # read once per host


def test_unreachable_robots_txt_disallows_and_a_missing_one_allows(server, web_settings):
    server.routes["/robots.txt"] = (503, {}, b"down")
    with Fetcher(replace(web_settings, retries=0)) as f:
        assert "robots.txt" in fetch_error(f, server.url("/feed2.rss"))
    del server.routes["/robots.txt"]
    with Fetcher(web_settings) as f:
        assert f.get(server.url("/feed2.rss")).status == 200


def test_429_waits_as_long_as_retry_after_says(server, web_settings):
    waits = []
    server.routes["/busy"] = sequence((429, {"Retry-After": "2"}, b"slow down"), PAGE)
    with Fetcher(web_settings, sleep=waits.append) as f:
        assert f.get(server.url("/busy")).body.startswith(b"<html>")
    assert server.requested("/busy") == 2
    assert max(waits) > 1.5                            # Retry-After, not the 0.01 s backoff


def test_a_retry_after_beyond_the_limit_gives_the_url_up(server, web_settings):
    server.routes["/busy"] = (429, {"Retry-After": "3600"}, b"come back in an hour")
    with Fetcher(web_settings) as f:
        reason = fetch_error(f, server.url("/busy"))
    assert "429" in reason and "3600" in reason
    assert server.requested("/busy") == 1


def test_500_then_success(server, web_settings):
    server.routes["/flaky"] = sequence((500, {}, b"oops"), PAGE)
    with Fetcher(web_settings) as f:
        assert f.get(server.url("/flaky")).status == 200
    assert server.requested("/flaky") == 2


def test_500_for_ever_is_reported_after_the_retries(server, web_settings):
    server.routes["/broken"] = (500, {}, b"oops")
    with Fetcher(web_settings) as f:
        reason = fetch_error(f, server.url("/broken"))
    assert "HTTP 500" in reason and "3 tries" in reason
    assert server.requested("/broken") == 3


def test_timeout(server, web_settings):
    server.routes["/slow"] = later(1.5)
    with Fetcher(replace(web_settings, timeout=0.3, retries=0)) as f:
        assert "timed out" in fetch_error(f, server.url("/slow"))


def test_oversized_page_is_not_read(server, web_settings):
    with Fetcher(replace(web_settings, max_bytes=10_000)) as f:
        reason = fetch_error(f, server.url("/pages/dw.com.uncork.html"))
    assert "larger than the 10,000" in reason and "not read" in reason
    page = server.routes["/pages/dw.com.uncork.html"][2]
    server.routes["/unsized"] = (200, {"Content-Type": "text/html", "X-No-Length": "1"}, page)
    with Fetcher(replace(web_settings, max_bytes=10_000)) as f:
        assert "not read to the end" in fetch_error(f, server.url("/unsized"))
    with Fetcher(web_settings) as f:
        assert f.get(server.url("/unsized")).body == page


def test_redirect_loop_and_too_many_redirects(server, web_settings):
    server.routes["/loop/a"] = (302, {"Location": "/loop/b"}, b"")
    server.routes["/loop/b"] = (302, {"Location": "/loop/a"}, b"")
    for i in range(10):
        server.routes[f"/hop/{i}"] = (301, {"Location": f"/hop/{i + 1}"}, b"")
    server.routes["/to-ftp"] = (302, {"Location": "ftp://example.com/file"}, b"")
    with Fetcher(web_settings) as f:
        assert "redirect loop" in fetch_error(f, server.url("/loop/a"))
        assert "more than 5 redirects" in fetch_error(f, server.url("/hop/0"))
        assert "only http and https" in fetch_error(f, server.url("/to-ftp"))
    server.routes["/moved"] = (301, {"Location": "/feed2.rss"}, b"")
    with Fetcher(web_settings) as f:
        got = f.get(server.url("/moved"))
    assert got.url == server.url("/feed2.rss") and b"<rss" in got.body


def test_loopback_and_private_addresses_are_refused_unless_allowed(server, web_settings):
    with Fetcher(replace(web_settings, allow_private=False)) as f:
        reason = fetch_error(f, server.url("/feed2.rss"))
        assert "loopback or private" in reason and "--allow-private" in reason
        assert "loopback or private" in fetch_error(f, "http://10.1.2.3/x")
        assert "only http and https" in fetch_error(f, "file:///etc/passwd")
    assert server.hits == []


def test_allow_private_from_the_environment(monkeypatch):
    from storygraph.settings import WebSettings
    monkeypatch.setenv("STORYGRAPH_ALLOW_PRIVATE", "1")
    assert WebSettings.load().allow_private
    monkeypatch.delenv("STORYGRAPH_ALLOW_PRIVATE")
    assert not WebSettings.load().allow_private


def test_conditional_request_gets_a_304(server, web_settings):
    with Fetcher(web_settings) as f:
        first = f.get(server.url("/feed2.rss"))
        again = f.get(server.url("/feed2.rss"), etag=first.etag)
    assert first.status == 200 and again.status == 304 and again.body == b""


def test_one_request_per_delay_per_host(server, web_settings):
    waits = []
    with Fetcher(replace(web_settings, per_host_delay=0.5), sleep=waits.append) as f:
        for _ in range(3):
            f.get(server.url("/feed2.rss"))
    # robots.txt, then three requests: each after a wait of about the delay
    assert len([w for w in waits if w > 0.3]) == 3


def test_at_most_n_requests_at_once(server, web_settings):
    state = {"now": 0, "most": 0}
    lock = threading.Lock()

    def slow(_request):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.1)
        with lock:
            state["now"] -= 1
        return PAGE
    for i in range(6):
        server.routes[f"/p/{i}"] = slow
    with Fetcher(replace(web_settings, concurrency=2)) as f:
        got = list(f.get_many([server.url(f"/p/{i}") for i in range(6)]))
    assert [r.status for _, r in got] == [200] * 6
    assert state["most"] == 2


def test_retry_after_as_a_date():
    assert retry_after("120") == 120
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == 60
    assert retry_after("soon") is None


def test_a_reader_that_stops_leaves_the_rest_unfetched(server, web_settings):
    for i in range(20):
        server.routes[f"/q/{i}"] = PAGE
    with Fetcher(replace(web_settings, concurrency=2)) as f:
        results = f.get_many([server.url(f"/q/{i}") for i in range(20)])
        next(results)
        results.close()                                # as a stopped watch does
    assert sum(hit["path"].startswith("/q/") for hit in server.hits) <= 6
