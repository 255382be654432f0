"""Ingesting from the web and `storygraph watch`, end to end against a local server."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from storygraph.cli import main
from storygraph.pipeline import run_ingest
from storygraph.store import Store
from storygraph.watch import parse_every, run_watch
from tests.sources.conftest import server, web_settings  # noqa: F401  (fixtures)

pytestmark = pytest.mark.model

ARTICLE = "/www.example.com/blog/post/1"      # the RSS feed's entry: the DW page


def polls(server, settings, db, nlp, *paths, n=1, stop=None):
    summaries = []
    run_watch([server.url(p) for p in paths], str(db), every=0.01, web_settings=settings,
              polls=n, nlp=nlp, stop=stop, report=lambda i, s: summaries.append(s))
    return summaries


def change_article(server):
    """The DW page edited, and its feed entry dated later (as a feed does on an update)."""
    body = server.routes[ARTICLE][2].replace("Frühburgunder".encode(),
                                             "Frühburgunder (early Pinot Noir)".encode())
    server.static(ARTICLE, body, "text/html; charset=utf-8")
    rss = server.routes["/feed2.rss"][2].replace(
        b"<pubDate>Sun, 06 Sep 2009 16:20:00 +0000</pubDate>\n </item>",
        b"<pubDate>Mon, 07 Sep 2009 09:00:00 +0000</pubDate>\n </item>")
    assert rss != server.routes["/feed2.rss"][2]
    server.static("/feed2.rss", rss, "application/rss+xml")


def test_ingest_urls_from_the_command_line(server, tmp_path):
    db = str(tmp_path / "web.db")
    args = ["ingest", "--allow-private", "--delay", "0", "--db", db, "-q",
            server.url("/feed2.rss"), server.url("/pages/franceculture.fr.idees.html"),
            server.url("/pages/lanouvellerepublique.fr.martin.html")]
    got = CliRunner().invoke(main, args)
    assert got.exit_code == 1, got.output          # the JavaScript page is reported
    assert "3 fetched, 2 stored, 0 unchanged, 1 skipped" in got.output
    assert "lanouvellerepublique.fr.martin.html: no main text found" in got.output
    again = CliRunner().invoke(main, args)
    # The feed: 304, so its entry is not looked at; the two pages: 304, unchanged.
    assert again.exit_code == 0 and "0 fetched, 0 stored, 2 unchanged" in again.output
    with Store(db) as store:
        docs = {d["source"]: store.document(d["id"]) for d in store.documents()}
    assert docs["France Culture"]["lang"] == "fr"
    assert docs["DW.COM"]["url"].startswith("https://www.dw.com/en/uncork")
    assert docs["DW.COM"]["title"] == "Uncork the mystery of Germany's Frühburgunder"


def test_private_addresses_need_allowing(server, tmp_path, monkeypatch):
    monkeypatch.delenv("STORYGRAPH_ALLOW_PRIVATE", raising=False)
    got = CliRunner().invoke(main, ["extract", "-q", server.url("/feed2.rss")])
    assert got.exit_code == 1 and "a loopback or private address" in got.output
    assert "0 fetched, 0 written" in got.output and server.hits == []


def test_a_restart_of_watch_fetches_nothing_twice(server, web_settings, nlp, tmp_path):
    db = tmp_path / "watch.db"
    # 84 links: 3 served, 81 missing (404, remembered as gone).
    (first,) = polls(server, web_settings, db, nlp, "/feed2.rss", "/sitemap.xml.gz", n=1)
    assert (first.fetched, first.done, len(first.skipped)) == (4, 4, 81)
    fetched_once = {h["path"] for h in server.hits if h["path"].startswith(("/www.", "/example"))}
    hits = len(server.hits)
    # A new process (same store): the feeds are asked for conditionally, no article again.
    second, third = polls(server, web_settings, db, nlp, "/feed2.rss", "/sitemap.xml.gz", n=2)
    new = server.hits[hits:]
    assert {h["path"] for h in new} <= {"/robots.txt", "/feed2.rss", "/sitemap.xml.gz"}
    assert all(h["etag"] for h in new if h["path"] == "/feed2.rss")
    assert [(s.fetched, s.done, len(s.skipped)) for s in (second, third)] == [(0, 0, 0)] * 2
    assert fetched_once


def test_a_changed_article_is_a_new_version_linked_to_the_old(server, web_settings, nlp, tmp_path):
    db = tmp_path / "watch.db"
    (first,) = polls(server, web_settings, db, nlp, "/feed2.rss")
    assert (first.fetched, first.done) == (1, 1)
    change_article(server)
    (second,) = polls(server, web_settings, db, nlp, "/feed2.rss")
    assert (second.fetched, second.done, second.unchanged) == (1, 1, 0)
    with Store(str(db)) as store:
        ids = [d["id"] for d in sorted(store.documents(), key=lambda d: d["chars"])]
        versions = store.document(ids[1])["versions"]
    assert [v["id"] for v in versions] == ids and [v["current"] for v in versions] == [False, True]
    shown = CliRunner().invoke(main, ["show", ids[0], "--db", str(db), "--json"])
    assert [v["id"] for v in json.loads(shown.output)["versions"]] == ids
    text = CliRunner().invoke(main, ["show", ids[1], "--db", str(db)]).output
    assert "version 2 (this one)" in text and "https://www.dw.com/en/uncork" in text

    from fastapi.testclient import TestClient
    from storygraph.web.app import create_app
    page = TestClient(create_app(str(db))).get(f"/documents/{ids[1]}").text
    assert 'href="https://www.dw.com/en/uncork' in page
    assert f'href="/documents/{ids[0]}"' in page and "Versions of this article" in page


def test_a_stop_ends_after_the_batch_in_hand_and_the_next_run_does_the_rest(server, web_settings, nlp, tmp_path):
    db = str(tmp_path / "stop.db")
    def stop():                                       # Ctrl-C once the first article is in
        return server.requested("/www.sitemaps.org/") > 0
    with Store(db) as store:
        first = run_ingest([server.url("/sitemap.xml")], db, quiet=True, batch_size=1, nlp=nlp,
                           store=store, stop=stop,
                           web_settings=web_settings.__class__(**{**web_settings.__dict__, "max_links": 3}))
        assert first.done == 1
        rows = store.seen([server.url(p) for p in ("/www.sitemaps.org/", "/www.sitemaps.org/protocol.html",
                                                   "/www.sitemaps.org/faq.html", "/sitemap.xml")])
        # The one stored document is remembered with its URL; the sitemap's ETag is not
        # (entries after the stop were not stored), so the next run reads it again.
        assert [r["doc_id"] for r in rows.values()] == [store.documents()[0]["id"]]
        rest = run_ingest([server.url("/sitemap.xml")], db, quiet=True, nlp=nlp, store=store,
                          web_settings=web_settings.__class__(**{**web_settings.__dict__, "max_links": 3}))
    assert rest.done + first.done == 3
    for path in ("/www.sitemaps.org/", "/www.sitemaps.org/protocol.html", "/www.sitemaps.org/faq.html"):
        assert server.requested(path) <= 2     # at most once more: fetched but not stored at the stop


def test_every():
    assert parse_every("15m") == 900 and parse_every("90s") == 90 and parse_every("2") == 2
    with pytest.raises(Exception, match="expected a duration"):
        parse_every("soon")


def test_ctrl_c_ends_watch_after_the_poll_in_hand(server, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    db = tmp_path / "ctrl-c.db"
    env = dict(os.environ, STORYGRAPH_ALLOW_PRIVATE="1", STORYGRAPH_FETCH_DELAY="0")
    proc = subprocess.Popen([sys.executable, "-m", "storygraph.cli", "watch", "--every", "1h",
                             "--db", str(db), server.url("/feed2.rss")],
                            stderr=subprocess.PIPE, text=True, env=env)
    lines = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        lines.append(line)
        if line.startswith("poll 1"):
            break
    proc.send_signal(signal.SIGINT)                   # while it waits for the next poll
    assert proc.wait(timeout=30) == 0, "".join(lines) + proc.stderr.read()
    assert any("1 fetched, 1 stored, 0 unchanged" in x for x in lines), lines
    with Store(str(db)) as store:
        assert len(store.documents()) == 1
