"""URLs, feeds and sitemaps into Documents, against the real pages and feeds served locally."""
from __future__ import annotations

from dataclasses import replace

import pytest

from storygraph.sources import read
from storygraph.sources.html import headline, parse, site_names
from storygraph.sources.web import Unchanged, WebReader, text_hash
from storygraph.types import Document, Skipped


def run(server, settings, *paths, seen=None):
    reader = WebReader(settings, seen=seen)
    try:
        items = list(reader.read([server.url(p) for p in paths]))
    finally:
        reader.close()
    docs = [x for x in items if isinstance(x, Document)]
    skipped = [x for x in items if isinstance(x, Skipped)]
    unchanged = [x for x in items if isinstance(x, Unchanged)]
    return docs, skipped, unchanged, reader


def test_an_article_url_keeps_canonical_url_headline_outlet_language_and_date(server, web_settings):
    docs, skipped, _, reader = run(server, web_settings, "/pages/dw.com.uncork.html")
    assert skipped == [] and reader.fetched == 1
    (doc,) = docs
    assert doc.title == "Uncork the mystery of Germany's Frühburgunder"   # "| DW | 10.06.2013" gone
    assert doc.source == "DW.COM"
    assert doc.url == "https://www.dw.com/en/uncork-the-mystery-of-germanys-fr%C3%BChburgunder/a-16863843"
    # The page declares no date in its markup; its title and its "Date" line say 10.06.2013
    # (htmldate alone takes 01.08.2019, a teaser's date beside the article).
    assert (doc.published, doc.published_from, doc.lang) == ("2013-06-10", "html", "en")
    assert doc.origin == server.url("/pages/dw.com.uncork.html")
    assert "Frühburgunder" in doc.text and len(doc.text) > 5000


def test_a_french_page_says_so(server, web_settings):
    (doc,), _, _, _ = run(server, web_settings, "/pages/franceculture.fr.idees.html")
    assert (doc.lang, doc.source, doc.published) == ("fr", "France Culture", "2020-01-14")


def test_rss_feed(server, web_settings):
    docs, skipped, _, _ = run(server, web_settings, "/feed2.rss")
    assert skipped == []
    assert [d.source for d in docs] == ["DW.COM"]
    assert docs[0].origin == server.url("/www.example.com/blog/post/1")


def test_atom_feed_with_a_broken_entry_costs_only_that_entry(server, web_settings):
    docs, skipped, _, _ = run(server, web_settings, "/feed1.atom")
    assert [d.title for d in docs] == ["Gigantic Chinese telescope opens to astronomers worldwide"]
    (bad,) = skipped
    assert "feed1.atom (entry 2" in bad.origin and "not an http(s) URL" in bad.reason


def test_json_feed(server, web_settings):
    docs, skipped, _, _ = run(server, replace(web_settings, max_links=3), "/feed.json")
    assert [d.source for d in docs] == ["Phys.org", "Salon.com", "The Verge"]
    assert [d.lang for d in docs] == ["en", "en", "en"]     # The Verge's page does not say: from its text
    assert [s.reason for s in skipped] == ["more than 3 links: the rest not followed"]


@pytest.mark.parametrize("path", ["/sitemap.xml", "/sitemap.xml.gz"])
def test_sitemap_plain_and_gzipped(server, web_settings, path):
    docs, skipped, _, _ = run(server, replace(web_settings, max_links=3), path)
    assert [d.source for d in docs] == ["Boing Boing", "The Mercury News", "National Geographic"]
    # The Mercury News' title is all bars, none of them the site's name: kept whole.
    assert docs[1].title.startswith("Letters: Coddling criminals | Undermining road")


def test_sitemap_index_follows_its_sitemaps(server, web_settings):
    docs, skipped, _, _ = run(server, replace(web_settings, max_links=3), "/sitemap2.xml")
    assert server.requested("/www.example.com/sitemap1.xml.gz") == 1
    assert server.requested("/www.example.com/sitemap2.xml.gz") == 1
    assert [d.source for d in docs] == ["Boing Boing", "The Mercury News", "National Geographic"]


def test_hreflang_sitemap_and_a_page_built_by_javascript(server, web_settings):
    docs, skipped, _, _ = run(server, web_settings, "/www.example.com/sitemap2.xml.gz")
    assert [d.source for d in docs] == ["France Culture"]
    reasons = {s.origin.rsplit("/", 2)[-2]: s.reason for s in skipped}
    assert "no main text found" in reasons["deutsch"] and "not stored" in reasons["deutsch"]
    assert reasons["schweiz-deutsch"] == "HTTP 404 Not Found"


def test_too_little_text_is_reported_not_stored(server, web_settings):
    docs, skipped, _, _ = run(server, replace(web_settings, min_chars=3000),
                              "/pages/boingboing.net.millenials.html")
    assert docs == []
    assert skipped[0].reason == "only 2459 characters of text: not stored"


def test_a_file_listing_urls(server, web_settings, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# my reading list\n{server.url('/pages/salon.com.emissions.html')}\n\n"
                       f"{server.url('/pages/phys.org.tool.html')}?utm_source=x\nnot a url\n")
    reader = WebReader(web_settings)
    items = list(read([listing], web=reader))
    assert [x.source for x in items if isinstance(x, Document)] == ["Salon.com", "Phys.org"]
    assert [str(x) for x in items if isinstance(x, Skipped)] == [f"{listing}:5: not an http(s) URL: 'not a url'"]
    assert server.requested("/pages/phys.org.tool.html") == 1     # tracking parameter dropped


def test_a_feed_with_broken_entries(server, web_settings):
    good = server.url("/pages/theverge.com.ios13.html")
    server.static("/broken.rss", f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>No link</title><description>x</description></item>
<item><title>Script</title><link>javascript:alert(1)</link></item>
<item><title>Gone</title><link>{server.url('/gone')}</link></item>
<item><title>Good</title><link>{good}</link><pubDate>Wed, 03 Jul 2019 10:00:00 GMT</pubDate></item>
</channel></rss>""".encode(), "application/rss+xml")
    docs, skipped, _, _ = run(server, web_settings, "/broken.rss")
    assert [d.source for d in docs] == ["The Verge"]
    assert [s.reason for s in skipped] == ["entry has no link",
                                           "entry's link is not an http(s) URL: 'javascript:alert(1)'",
                                           "HTTP 404 Not Found"]


def test_not_a_url_or_not_a_page(server, web_settings):
    server.static("/file.pdf", b"%PDF-1.4 ...", "application/pdf")
    docs, skipped, _, _ = run(server, web_settings, "/file.pdf")
    assert docs == [] and "not a page, feed or sitemap (application/pdf)" in skipped[0].reason
    reader = WebReader(web_settings)
    assert [x.reason for x in reader.read(["ftp://example.com/a"])] == ["only http and https URLs are fetched"]


# -- what the store remembers --------------------------------------------------------------

def test_a_feed_entry_seen_before_is_not_fetched_again(server, web_settings):
    article = server.url("/www.example.com/blog/post/1")
    seen = {article: {"url": article, "entry_date": "2009-09-06T16:20:00+00:00",
                      "content_hash": "x", "doc_id": "doc-1"}}
    docs, _, unchanged, _ = run(server, web_settings, "/feed2.rss",
                                seen=lambda urls: {u: seen[u] for u in urls if u in seen})
    assert docs == [] and [u.origin for u in unchanged] == [article]
    assert server.requested("/www.example.com/blog/post/1") == 0


def test_a_named_url_is_asked_for_conditionally_and_a_changed_text_names_its_old_version(server, web_settings):
    path = "/pages/nature.com.telescope.html"
    (doc,), _, _, first = run(server, web_settings, path)
    visit = first.visits[doc.id]
    seen = {server.url(path): {"url": server.url(path), "etag": visit.etag,
                               "content_hash": visit.content_hash, "doc_id": doc.id}}
    lookup = lambda urls: {u: seen[u] for u in urls if u in seen}  # noqa: E731
    docs, _, unchanged, _ = run(server, web_settings, path, seen=lookup)
    assert docs == [] and unchanged[0].reason == "not modified since it was fetched"
    assert server.hits[-1]["etag"] == visit.etag
    body = server.routes[path][2].replace(b"FAST", b"FAST (the Five-hundred-meter Aperture Spherical Telescope)")
    server.static(path, body, "text/html")
    (new,), _, _, again = run(server, web_settings, path, seen=lookup)
    assert new.id != doc.id and again.visits[new.id].previous_id == doc.id
    assert again.visits[new.id].content_hash == text_hash(new.text)


# -- pure parts ------------------------------------------------------------------------------

@pytest.mark.parametrize("title, site, url, expected", [
    ("Uncork the mystery | DW | 10.06.2013", "DW.COM", "https://www.dw.com/en/x", "Uncork the mystery"),
    ("Despite everything - Salon.com", "Salon.com", None, "Despite everything"),
    ("The Verge - iOS 13 will fix it", "The Verge", None, "iOS 13 will fix it"),
    ("Letters: A | B | C", "The Mercury News", "https://www.mercurynews.com/x", "Letters: A | B | C"),
    ("Hating Millennials - the prejudice", "Boing Boing", None, "Hating Millennials - the prejudice"),
    ("DW", "DW.COM", None, "DW"),
])
def test_headline_drops_the_site_name_and_date(title, site, url, expected):
    assert headline(title, site_names(site, url)) == expected


def test_published_falls_back_to_the_feed_date_then_the_dateline():
    from storygraph.sources import document_id
    body = "<p>" + "Words of a report with no date in its markup. " * 10 + "</p>"
    page = f"<html lang='en'><head><title>Report</title></head><body><article>{body}</article></body></html>"
    (doc,) = parse(page, "x", document_id, feed_date="2021-03-04T05:06:07+00:00")
    assert (doc.published, doc.published_from) == ("2021-03-04T05:06:07+00:00", "feed")
    dated = page.replace("Words of", "PARIS, 25 Sep 2021 - Words of", 1)
    (doc,) = parse(dated, "x", document_id)
    assert (doc.published, doc.published_from) == ("2021-09-25", "dateline")


def test_a_page_without_a_date_takes_its_feed_entry_date(server, web_settings):
    body = "<p>" + "A report whose page states no date anywhere in its markup. " * 8 + "</p>"
    server.static("/undated", f"<html><head><title>Undated | Example</title></head><body>"
                  f"<article>{body}</article></body></html>".encode(), "text/html")
    server.static("/undated.rss", f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Undated</title><link>{server.url('/undated')}</link>
<pubDate>Thu, 04 Mar 2021 05:06:07 GMT</pubDate></item></channel></rss>""".encode(), "application/rss+xml")
    (doc,), skipped, _, _ = run(server, web_settings, "/undated.rss")
    assert (doc.published, doc.published_from, doc.source) == ("2021-03-04T05:06:07+00:00", "feed", "127.0.0.1")


@pytest.mark.parametrize("name, published", [
    ("nationalgeographic.co.uk.goats.html", "2020-01-03"),   # article:published_time, not DC.date (modified)
    ("mercurynews.com.2023.01.16.letters-1119.html", "2023-01-16"),  # local date, not the UTC timestamp's
    ("boingboing.net.millenials.html", "2013-07-19"),
])
def test_published_is_the_date_the_page_declares(server, web_settings, name, published):
    (doc,), _, _, _ = run(server, web_settings, "/pages/" + name)
    assert (doc.published, doc.published_from) == (published, "html")


def test_page_published_precedence():
    from datetime import date

    from storygraph.sources.dates import page_published, title_date
    assert page_published("2020-01-06", date(2020, 1, 3), None) == "2020-01-03"
    assert page_published("2023-01-16", date(2023, 1, 17), None) == "2023-01-16"
    assert page_published("2019-08-01", None, date(2013, 6, 10)) == "2013-06-10"
    assert page_published("2019-08-01", None, None) == "2019-08-01"
    assert page_published(None, None, None) is None
    assert title_date(["DW", "10.06.2013"]) == date(2013, 6, 10)
    assert title_date(["Predicting climate"]) is None and title_date(["31.02.2020"]) is None
