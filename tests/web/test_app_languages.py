"""Listings by language: the store's reads, the CLI's --lang and the web app's ?lang=."""
import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from storygraph import query
from storygraph.cli import main
from storygraph.store import Store
from storygraph.types import Entity, Extraction, Quote, Relation, Span, Timex
from storygraph.web import create_app

EN = 'Sergey Lavrov said "we have nothing to do with that" on Saturday in Moscow.'
FR = "Sergueï Lavrov a déclaré « nous n’avons rien à voir avec cela » samedi à Moscou."


def _record(doc_id, text, lang, name, said, content, day, city):
    def at(words):
        i = text.index(words)
        return Span.of(text, i, i + len(words))
    return Extraction(
        id=doc_id, text=text, published="2021-09-25", source="Outlet " + doc_id, title=doc_id,
        lang=lang,
        entities=(Entity(0, len(name), name, "PERSON", "sergey-lavrov"),
                  Entity(text.index(city), text.index(city) + len(city), city, "GPE", "russia")),
        quotes=(Quote(content=at(content), speaker=at(name), speaker_entity="sergey-lavrov",
                      cue=at(said), kind="direct", attribution="speech", confidence=0.9),),
        timexes=(Timex(text.index(day), text.index(day) + len(day), day, "DATE", "2021-09-25"),),
        relations=(Relation("REJECT", evidence=Span.of(text, 0, len(text)),
                            source_entity="sergey-lavrov", target_entity="russia",
                            confidence=0.9),))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("lang") / "l.db")
    with Store(path) as store:
        store.add([
            _record("en1", EN, "en", "Sergey Lavrov", "said", '"we have nothing to do with that"',
                    "Saturday", "Moscow"),
            _record("fr1", FR, "fr-FR", "Sergueï Lavrov", "a déclaré",
                    "« nous n’avons rien à voir avec cela »", "samedi", "Moscou")])
    return path


def test_store_reads_filter_by_primary_subtag(db):
    with Store(db, create=False) as store:
        assert [d["id"] for d in store.documents(lang="fr")] == ["fr1"]
        assert [d["lang"] for d in store.documents(lang="EN")] == ["en"]
        assert {d["id"] for d in store.documents()} == {"en1", "fr1"}
        assert store.document_count("fr") == 1 and store.document_count() == 2
        assert store.documents(lang="de") == []
        assert [r["doc_id"] for r in store.relations(lang="fr")] == ["fr1"]
        assert [t["doc_id"] for t in store.dated_timexes(lang="en")] == ["en1"]
        assert query.quote_count(store, lang="fr") == 1


def test_cli_lang_option(db):
    def run(*args):
        result = CliRunner().invoke(main, [*args, "--db", db, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    docs = run("documents", "--lang", "fr")
    assert [(d["id"], d["lang"]) for d in docs] == [("fr1", "fr-FR")]
    quotes = [q for g in run("quotes", "--lang", "fr") for q in g["quotes"]]
    assert [q["doc_id"] for q in quotes] == ["fr1"] and quotes[0]["lang"] == "fr-FR"
    assert len([q for g in run("quotes") for q in g["quotes"]]) == 2
    assert [r["doc_id"] for r in run("relations", "--lang", "en")] == ["en1"]
    assert {i["doc_id"] for i in run("timeline", "--lang", "fr")} == {"fr1"}
    table = CliRunner().invoke(main, ["documents", "--db", db]).output
    assert "fr-FR" in table and "en1" in table


def test_web_lang_filter(db):
    client = TestClient(create_app(db))
    page = client.get("/documents.json?lang=fr").json()
    assert [d["id"] for d in page["documents"]] == ["fr1"] and page["lang"] == "fr"
    assert page["page"]["total"] == 1
    assert len(client.get("/documents.json").json()["documents"]) == 2
    html = client.get("/documents?lang=en").text
    assert "en1" in html and "fr1" not in html and 'name="lang"' in html
    quotes = client.get("/quotes.json?lang=fr").json()
    assert [q["doc_id"] for g in quotes["groups"] for q in g["quotes"]] == ["fr1"]
    assert quotes["filters"]["lang"] == "fr"
    assert "(fr-FR)" in client.get("/quotes?lang=fr").text
    items = client.get("/timeline.json?lang=en").json()["items"]
    assert items and {i["doc_id"] for i in items} == {"en1"}
