"""Pages kept by URL while the store's version stays the same: a write through any
Store (another process's included) makes the next answer new."""
from fastapi.testclient import TestClient

from storygraph.store import Store
from storygraph.web import create_app
from tests.web.test_app import TEXT, _record


def test_a_kept_page_is_answered_again_until_the_store_changes(tmp_path, monkeypatch):
    db = str(tmp_path / "k.db")
    with Store(db) as store:
        store.add([_record("d1", TEXT, "2021-09-25", "Al Jazeera")])
        before = store.version()
    app = create_app(db)
    client = TestClient(app)
    reads = []
    client.get("/static/style.css")  # builds the middleware
    kept = app.middleware_stack
    while not hasattr(kept, "items"):  # the Kept layer among the middleware
        kept = kept.app
    version = kept.version
    kept.version = lambda: reads.append(1) or version()
    assert not kept.items
    first = client.get("/documents.json").json()
    assert client.get("/documents.json").json() == first and len(kept.items) == 1
    assert len(reads) == 2
    assert client.get("/documents").status_code == 200 and len(kept.items) == 2
    assert client.get("/entities/nobody.json").status_code == 404 and len(kept.items) == 2
    with Store(db) as store:  # another writer
        store.add([_record("d2", TEXT + " Again.", "2023-06-26", "TRT Afrika")])
        assert store.version() == before + 1
    again = client.get("/documents.json").json()
    assert [d["id"] for d in again["documents"]] == ["d2", "d1"] != [d["id"] for d in first["documents"]]
    head = client.head("/documents")
    assert head.status_code == 200 and head.content == b""


def test_pages_are_answered_alike_with_keeping_off(tmp_path, monkeypatch):
    db = str(tmp_path / "k.db")
    with Store(db) as store:
        store.add([_record("d1", TEXT, "2021-09-25", "Al Jazeera")])
    kept = TestClient(create_app(db)).get("/entities/sergey-lavrov.json").json()
    monkeypatch.setenv("STORYGRAPH_PAGE_CACHE", "0")
    app = create_app(db)
    assert TestClient(app).get("/entities/sergey-lavrov.json").json() == kept
