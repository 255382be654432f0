"""The same store code on a real PostgreSQL server, started by the test on loopback."""
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from storygraph import query
from storygraph.store import Store
from tests.store.test_store import TEXT, record


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url(tmp_path_factory):
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        pytest.skip("PostgreSQL is not installed (make test installs Debian's postgresql)")
    pytest.importorskip("psycopg", reason="psycopg is not installed")
    bin_dir = bins[-1]
    # Not under pytest's tmp dir: the server's user must be able to reach the folder.
    base = Path(tempfile.mkdtemp(prefix="storygraph-pg-"))
    data = base / "data"
    as_user = []
    if os.geteuid() == 0:  # initdb refuses to run as root: run the server as postgres
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        as_user = ["runuser", "-u", "postgres", "--"]
        os.chmod(base, 0o777)
    port = _free_port()
    init = subprocess.run(as_user + [f"{bin_dir}/initdb", "-D", str(data), "-A", "trust",
                                     "-U", "postgres", "--no-sync"], capture_output=True, text=True)
    if init.returncode:
        pytest.skip(f"initdb failed: {init.stderr.strip()[:200]}")
    start = subprocess.run(as_user + [f"{bin_dir}/pg_ctl", "-D", str(data), "-w", "-l",
                                      str(data / "log"), "-o",
                                      f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off",
                                      "start"], capture_output=True, text=True)
    if start.returncode:
        pytest.skip(f"PostgreSQL did not start: {start.stderr.strip()[:200]}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(as_user + [f"{bin_dir}/pg_ctl", "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_round_trip_dedupe_merge_and_search_on_postgres(pg_url):
    with Store(pg_url) as store:
        assert store.add([record()]) == (["d1"], [])
        _, [skip] = store.add([record()])
        assert skip.reason == "already stored"
        store.add([record("d2", TEXT + " Two.", "2023-02-07", lavrov="sergei-lavrov")],
                  merges={"sergei-lavrov": "sergey-lavrov"})
        [lavrov] = store.entities(label="PERSON")
        assert (lavrov["id"], lavrov["documents"]) == ("sergey-lavrov", 2)
        doc = query.document(store, "d1")
        assert doc["quotes"][0]["content_text"] == TEXT[19:51]
        assert query.search(store, "nothing")["documents"]
        assert [i.kind for i in query.timeline(store, "Sergey Lavrov")].count("quote") == 2
    # A second connection sees the same schema version and data.
    with Store(pg_url, create=False) as again:
        assert again.stats()["documents"] == 2


def _database(pg_url, name):
    """A fresh database on the test server (each test its own store)."""
    from sqlalchemy import create_engine, text
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return pg_url.rsplit("/", 1)[0] + f"/{name}"


def test_loading_batches_on_postgres_keeps_entity_rows_exact_and_pages(pg_url):
    from sqlalchemy import text

    from storygraph.load import Loader
    from storygraph.pipeline import Summary
    from tests.test_load import BATCHES

    url = _database(pg_url, "loading")
    with Store(url) as store:
        loader = Loader(store, Summary(), batch_size=2)
        for batch in BATCHES:
            for r in batch:
                loader.put(r)
        loader.flush()
        assert loader.summary.done == sum(map(len, BATCHES))
        with store.engine.connect() as conn:
            recomputed = {r[0]: tuple(r[1:]) for r in conn.execute(text(
                "SELECT m.entity_id, count(*), count(DISTINCT m.doc_id) FROM mentions m "
                "WHERE m.entity_id IS NOT NULL GROUP BY m.entity_id"))}
            kept = {r[0]: tuple(r[1:]) for r in conn.execute(text(
                "SELECT id, mentions, documents FROM entities"))}
        assert kept == recomputed and "president-putin" not in kept
        assert query.entity(store, "President Putin").id == "vladimir-putin"
        assert store.stats()["documents"] == sum(map(len, BATCHES))
        assert len(query.entities(store, limit=2, offset=1)) == 2
        assert query.graph(store)["edges"]


def test_a_select_only_role_is_served_every_page(pg_url):
    from fastapi.testclient import TestClient
    from sqlalchemy import create_engine, text

    from storygraph.web import create_app
    from tests.web.test_app import PAGES

    url = _database(pg_url, "published")
    with Store(url) as store:
        store.add([record(), record("d2", TEXT + " Two.", "2023-02-07")])
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP ROLE IF EXISTS reader"))
        conn.execute(text("CREATE ROLE reader LOGIN"))
        conn.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"))
    engine.dispose()
    reader = url.replace("postgres@", "reader@")
    client = TestClient(create_app(reader))
    # This store holds none of test_app's outlets: pages asking for one are left out.
    for page in [p for p in PAGES if "outlet=" not in p]:
        assert client.get(page).status_code == 200, page
    with Store(reader, create=False) as store, pytest.raises(Exception):
        store.add([record("d3", TEXT + " Three.")])  # and it really cannot write


def test_relations_listing_on_postgres_is_sqlites(pg_url):
    """Filters, order (undated first, NULL confidences last within a date) and pages in
    PostgreSQL's SQL give what SQLite's give."""
    from tests.store.test_store import EXPECTED_LISTING, relation_listing, relation_records

    with Store(_database(pg_url, "relations")) as store:
        assert len(store.add(relation_records())[0]) == 3
        got = relation_listing(store)
    assert [row for page in got.pop("pages") for row in page] == EXPECTED_LISTING["every"]
    assert got == EXPECTED_LISTING
