"""A team's store: two ingest processes writing one PostgreSQL store at the same time.

They must lose nothing, never give one real entity two ids, and end with the entities a
sequential run gives; the CLI and the web app read the store while it is written.
"""
import gzip
import json
import subprocess
import sys
import time
from collections import defaultdict

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from storygraph.cli import main
from storygraph.store import Store
from storygraph.web import create_app
from tests.conftest import shared
from tests.store.test_postgres import pg_url  # noqa: F401  (the server the tests start)

pytestmark = pytest.mark.model


def _database(pg_url, name):  # noqa: F811
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return pg_url.rsplit("/", 1)[0] + "/" + name


def _ingest(src, url, *extra):
    return [sys.executable, "-m", "storygraph.cli", "ingest", str(src), "--db", url,
            "--batch-size", "2", "-q", *extra]


def _mentions(url):
    """(doc, start, end) -> the entity id each mention ends with, and the entity rows."""
    with Store(url, create=False) as store, store.engine.connect() as conn:
        mentions = {(r.doc_id, r.start, r.end): r.entity_id for r in conn.execute(text(
            'SELECT doc_id, start, "end", entity_id FROM mentions WHERE entity_id IS NOT NULL'))}
        entities = {r.id: (r.name, r.label) for r in conn.execute(text(
            "SELECT id, name, label FROM entities"))}
        documents = conn.execute(text("SELECT count(*) FROM documents")).scalar()
        bare = conn.execute(text("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                                 "(SELECT 1 FROM mentions m WHERE m.doc_id = d.id)")).scalar()
    return mentions, entities, documents, bare


def _partition(mentions):
    groups = defaultdict(set)
    for key, eid in mentions.items():
        groups[eid].add(key)
    return {frozenset(g) for g in groups.values()}


def test_two_writers_at_once_equal_a_sequential_run(pg_url, tmp_path):  # noqa: F811
    with gzip.open(shared("data", "bench", "news.jsonl.gz"), "rt", encoding="utf-8") as fh:
        lines = [line for _, line in zip(range(36), fh)]
    # Business news, split so both writers meet the same companies and people at once;
    # 6 articles are in both (stored once, by whichever writer commits them first).
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(lines[:21]))
    b.write_text("".join(lines[15:]))
    ids_a = {json.loads(x)["id"] for x in lines[:15]}
    ids_b = {json.loads(x)["id"] for x in lines[21:]}

    shared_url = _database(pg_url, "team")
    Store(shared_url).close()  # schema made; the writers could also race to make it
    writers = [subprocess.Popen(_ingest(src, shared_url), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for src in (a, b)]
    reads = 0
    web = TestClient(create_app(shared_url))
    engine = create_engine(shared_url)
    deadline = time.time() + 900
    while any(w.poll() is None for w in writers) and time.time() < deadline:
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT count(*) FROM documents")).scalar()
        if stored:
            # Reads while the writers write: the CLI and the web app answer.
            listing = CliRunner().invoke(main, ["entities", "--json", "--db", shared_url])
            assert listing.exit_code == 0, listing.output
            assert isinstance(json.loads(listing.output), list)
            page = web.get("/entities.json")
            assert page.status_code == 200
            reads += any(w.poll() is None for w in writers)  # counted if still written
        time.sleep(0.2)
    results = [w.communicate(timeout=60) for w in writers]
    for w, (_, err) in zip(writers, results):
        assert w.returncode == 0, err
    assert reads >= 1, "no read happened while the store was being written"
    # The writers' batches interleaved: in the order rows were inserted, one writer's
    # articles come both before and after some of the other's.
    with engine.connect() as conn:
        order = [doc for doc, in conn.execute(text(
            "SELECT doc_id FROM mentions GROUP BY doc_id ORDER BY min(id)"))]
    engine.dispose()
    writer = [("a" if d in ids_a else "b") for d in order if d in ids_a | ids_b]
    switches = sum(x != y for x, y in zip(writer, writer[1:]))
    assert switches >= 2, f"the two writers did not write at the same time: {writer}"

    sequential_url = _database(pg_url, "sequential")
    for src in (a, b):
        done = subprocess.run(_ingest(src, sequential_url), capture_output=True, text=True,
                              timeout=900)
        assert done.returncode == 0, done.stderr

    m_team, e_team, docs_team, bare_team = _mentions(shared_url)
    m_seq, e_seq, docs_seq, bare_seq = _mentions(sequential_url)
    # Nothing lost: every article stored once, with its mentions.
    assert docs_team == docs_seq == 36 and bare_team == bare_seq
    assert m_team.keys() == m_seq.keys()
    # The same entities: mentions grouped the same way, with the same names and types.
    assert _partition(m_team) == _partition(m_seq)
    assert sorted(e_team.values()) == sorted(e_seq.values())
    # No entity got two ids: each (name, type) is one entity, and every id is the
    # resolver's, each with its own place in the order ids were made.
    assert len(set(e_team.values())) == len(e_team)
    with create_engine(shared_url).connect() as conn:
        resolver_ids = set(conn.execute(text("SELECT id FROM resolver_ids")).scalars())
        seqs = list(conn.execute(text("SELECT seq FROM resolver_ids")).scalars())
    assert set(e_team) <= resolver_ids and len(seqs) == len(set(seqs))
    # An id is the slug of the first name seen, so it can differ from the sequential
    # run's where the other writer's article came first (e.g. "rosneft" or
    # "gazprom-and-rosneft" for the cluster named "Gazprom and Rosneft").
    same = sum(m_team[k] == m_seq[k] for k in m_seq)
    same_entities = len(set(e_team) & set(e_seq))
    print(f"\nconcurrent writers: {docs_team} documents ({docs_seq} sequential), "
          f"{len(e_team)} entities ({len(e_seq)} sequential, {same_entities} with the same id), "
          f"{len(m_team)} resolved mentions, {same} under the sequential run's id; "
          f"writes interleaved {switches} times, {reads} reads while written")
    assert same_entities >= 0.95 * len(e_seq)
