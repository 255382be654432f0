"""Long lists come in pages, in HTML ("showing 1–5 of 12", next links), JSON and the CLI."""
import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from storygraph.cli import main
from storygraph.store import Store
from storygraph.web import create_app
from tests.web.test_app import TEXT, _record

N = 12


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("paging") / "p.db")
    with Store(path) as store:
        store.add([_record(f"d{i:02d}", TEXT + " x" * i, f"2021-{1 + i % 12:02d}-{1 + i:02d}",
                           "Al Jazeera") for i in range(N)])
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def test_entity_page_is_a_page_of_its_lists(client):
    first = client.get("/entities/sergey-lavrov.json?limit=5").json()["entity"]
    assert len(first["appears_in"]) == 5 and len(first["quotes"]) == 5
    assert first["totals"] == {"documents": N, "quotes": N, "relations": N}
    last = client.get("/entities/sergey-lavrov.json?limit=5&offset=10").json()["entity"]
    assert len(last["appears_in"]) == 2
    seen = [d["id"] for off in (0, 5, 10) for d in
            client.get(f"/entities/sergey-lavrov.json?limit=5&offset={off}").json()["entity"]["appears_in"]]
    assert sorted(seen) == sorted(set(seen)) and len(seen) == N
    html = client.get("/entities/sergey-lavrov?limit=5").text
    assert "1–5 of 12" in html and "offset=5" in html and "next →" in html


def test_documents_entities_quotes_timeline_and_search_say_where_they_are(client):
    html = client.get("/documents?limit=5&offset=5").text
    assert "showing 6–10 of 12" in html and "offset=0" in html and "offset=10" in html
    page = client.get("/documents.json?limit=5&offset=10").json()["page"]
    assert page == {"limit": 5, "offset": 10, "shown": 2, "total": 12, "more": False}
    assert client.get("/entities.json?limit=1").json()["page"]["total"] == 2
    quotes = client.get("/quotes.json?limit=5&offset=5").json()
    assert quotes["page"]["total"] == N and sum(len(g["quotes"]) for g in quotes["groups"]) == 5
    timeline = client.get("/timeline.json?limit=4").json()
    assert len(timeline["items"]) == 4 and timeline["page"]["more"]
    dates = [i["date"] for off in range(0, 40, 4)
             for i in client.get(f"/timeline.json?limit=4&offset={off}").json()["items"]]
    assert dates == sorted(dates) and len(dates) == 3 * N
    hits = client.get("/search.json?q=nothing&limit=3").json()
    assert len(hits["documents"]) == 3 and hits["page"]["more"]


def test_overview_counts_come_from_counters(client):
    data = client.get("/index.json").json()
    assert (data["documents"], data["quotes"], data["relations"], data["entities"]) == (N, N, N, 2)
    assert data["outlets"] == [{"source": "Al Jazeera", "documents": N}]
    assert [q["doc_id"] for q in data["latest_quotes"]][:1] == ["d11"]


def test_graph_comes_from_maintained_counts(client):
    graph = client.get("/graph.json").json()
    kinds = {(e["kind"], e["weight"]) for e in graph["edges"]}
    assert ("co-occurs", N) in kinds and ("REJECT", N) in kinds


@pytest.mark.parametrize("args,count", [
    (["entities", "--limit", "1", "--offset", "1"], 1),
    (["timeline", "--limit", "5", "--offset", "34"], 2),
    (["search", "nothing", "--limit", "2", "--offset", "11"], 1),
])
def test_cli_listings_page(db, args, count):
    result = CliRunner().invoke(main, args + ["--db", db, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["documents"] if isinstance(data, dict) else data) == count


def test_cli_quotes_and_entity_page(db):
    out = CliRunner().invoke(main, ["quotes", "--db", db, "--json", "--limit", "3", "--offset", "10"])
    assert sum(len(g["quotes"]) for g in json.loads(out.output)) == 2
    out = CliRunner().invoke(main, ["entity", "Lavrov", "--db", db, "--limit", "3"])
    assert "Quotes (1–3 of 12)" in out.output and "Documents (1–3 of 12)" in out.output
