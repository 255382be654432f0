"""End to end in a real headless Chromium (Debian's), driven by Playwright for Python."""
import os
import shutil

import pytest

from tests.web.serving import served

pytestmark = [pytest.mark.browser, pytest.mark.model]

CHROMIUM = os.environ.get("STORYGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from storygraph.pipeline import run_ingest
    from storygraph.web import create_app
    from tests.conftest import EXAMPLES

    db = str(tmp_path_factory.mktemp("browser") / "story.db")
    run_ingest([EXAMPLES], db, quiet=True)
    with served(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (make test installs Debian's chromium; "
                    "or set STORYGRAPH_CHROMIUM)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


def test_overview_to_lavrov_to_a_highlighted_quote(server, browser, artifacts):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(server + "/")
    assert "3 documents" in page.inner_text("p.lead")
    page.screenshot(path=str(artifacts / "overview.png"), full_page=True)

    page.get_by_role("link", name="Sergey Lavrov").first.click()
    page.wait_for_selector("h1")
    assert page.inner_text("h1").startswith("Sergey Lavrov")
    quotes = page.inner_text("#quotes + ul")
    for outlet in ("Al Jazeera", "Euronews", "TRT Afrika"):
        assert outlet in quotes, f"no Lavrov quote from {outlet}"
    page.screenshot(path=str(artifacts / "entity-lavrov.png"), full_page=True)

    page.locator("ul.quotes a", has_text="Mali approached Russian companies").first.click()
    page.wait_for_selector("article.text")
    assert "#text-q" in page.url  # the link lands on the quote in the text
    target = page.locator("article.text span.q:target")
    assert target.count() == 1 and target.is_visible()
    highlighted = page.locator("article.text span.q")
    assert highlighted.count() > 0 and highlighted.first.is_visible()
    assert "nothing to do with" in " ".join(highlighted.all_inner_texts())
    speaker = page.locator("article.text span.speaker a.entity", has_text="Lavrov")
    assert speaker.count() > 0
    page.screenshot(path=str(artifacts / "document-seed-1.png"), full_page=True)


def test_quotes_timeline_entities_and_errors(server, browser, artifacts):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/quotes?speaker=Lavrov")
    assert "Sergey Lavrov" in page.inner_text("section.speaker-group h2")
    page.screenshot(path=str(artifacts / "quotes-lavrov.png"), full_page=True)
    page.goto(server + "/timeline?entity=Lavrov&from=2023-01-01")
    dates = page.locator("table.timeline td.nowrap").all_inner_texts()
    assert dates and all(d >= "2023" for d in dates)
    page.screenshot(path=str(artifacts / "timeline.png"), full_page=True)
    page.goto(server + "/entities?type=PERSON")
    assert page.locator("tbody tr").count() > 3
    page.screenshot(path=str(artifacts / "entities.png"), full_page=True)
    response = page.goto(server + "/timeline?from=notadate")
    assert response.status == 422 and "from must be a date" in page.inner_text("p.error")
    response = page.goto(server + "/entities/nobody-at-all")
    assert response.status == 404
    page.screenshot(path=str(artifacts / "error-404.png"), full_page=True)


def test_relations_page_filters_and_links(server, browser, artifacts):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/relations")
    page.select_option("select[name=type]", "ACCUSE")
    page.fill("input[name=entity]", "Wagner")
    page.check("input[name=all]")
    page.click("form.filters button")
    items = page.locator("ul.relations li").all_inner_texts()
    assert items and all("ACCUSE" in i and "Wagner" in i for i in items)
    assert page.locator("ul.relations li mark").first.is_visible()
    page.screenshot(path=str(artifacts / "relations-wagner.png"), full_page=True)
    page.locator("ul.relations li a.entity", has_text="Wagner").first.click()
    assert "Wagner" in page.inner_text("h1")


def test_search_and_graph_pages(server, browser, artifacts):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    page.fill("header input[name=q]", "instructors")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("mark")
    assert page.locator("mark").first.inner_text().lower() == "instructors"
    page.screenshot(path=str(artifacts / "search.png"), full_page=True)
    page.goto(server + "/graph")
    page.wait_for_selector("svg#graph[data-ready=true]")
    assert page.locator("svg#graph circle").count() > 5
    box = page.locator("svg#graph").bounding_box()
    for circle in page.locator("svg#graph circle").all()[:20]:  # the layout fits the view
        c = circle.bounding_box()
        assert box["x"] <= c["x"] and c["x"] + c["width"] <= box["x"] + box["width"] + 1
    page.locator("svg#graph a", has_text="Sergey Lavrov").first.click()
    page.wait_for_selector("h1")
    assert page.inner_text("h1").startswith("Sergey Lavrov")
    page.goto(server + "/graph")
    page.wait_for_selector("svg#graph[data-ready=true]")
    page.screenshot(path=str(artifacts / "graph.png"), full_page=True)
