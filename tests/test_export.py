import csv
import json
import xml.etree.ElementTree as ET

import pytest

from storygraph.export import write
from storygraph.store import Store
from storygraph.types import Extraction
from tests.store.test_store import TEXT, record

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "s.db")) as s:
        s.add([record(), record("d2", TEXT + " Two.", "2023-02-07")])
        yield s


def test_graphml_has_entities_and_relation_edges(store, tmp_path):
    out = tmp_path / "g.graphml"
    message = write(store, "graphml", out)
    root = ET.parse(out).getroot()
    nodes = {n.get("id") for n in root.iterfind(".//g:node", NS)}
    assert nodes == {"sergey-lavrov", "moscow"}
    edges = root.findall(".//g:edge", NS)
    assert {e.get("source") for e in edges} <= nodes and len(edges) >= 1
    assert message.startswith("2 nodes")


def test_jsonl_round_trips_the_contract(store, tmp_path):
    out = tmp_path / "all.jsonl"
    write(store, "jsonl", out)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["id"] for r in records) == ["d1", "d2"]
    original = record().to_dict()
    [d1] = [r for r in records if r["id"] == "d1"]
    back = Extraction.from_dict(d1).to_dict()
    for key in ("text", "published", "entities", "timexes"):
        assert back[key] == original[key]
    assert back["quotes"][0]["content"] == original["quotes"][0]["content"]


def test_csv_one_file_per_table(store, tmp_path):
    write(store, "csv", tmp_path / "csv")
    files = {p.name for p in (tmp_path / "csv").iterdir()}
    assert {"documents.csv", "entities.csv", "mentions.csv", "quotes.csv", "relations.csv"} <= files
    rows = list(csv.DictReader(open(tmp_path / "csv" / "documents.csv")))
    assert sorted(r["id"] for r in rows) == ["d1", "d2"] and rows[0]["text"]
