"""A store written at schema version 3, before migrations 4 and 5 (fixtures/store-v3.sql) opens, is
migrated in place, and goes on resolving names against what it held."""
import json
import sqlite3
from pathlib import Path

from storygraph import query
from storygraph.load import Loader
from storygraph.pipeline import Summary
from storygraph.store import Store
from storygraph.store.migrations import VERSION
from tests.resolve.test_resolve import rec
from tests.test_load import maintained, recomputed

FIXTURE = Path(__file__).parent / "fixtures" / "store-v3.sql"


def old_store(path):
    con = sqlite3.connect(path)
    con.executescript(FIXTURE.read_text(encoding="utf-8"))
    con.close()
    return str(path)


def test_a_version_3_store_is_migrated_and_keeps_resolving(tmp_path):
    path = old_store(tmp_path / "old.db")
    con = sqlite3.connect(path)
    state = json.loads(con.execute("SELECT value FROM meta WHERE key = 'resolver_state'").fetchone()[0])
    before = dict(con.execute("SELECT id, name FROM entities").fetchall())
    con.close()
    # The new document names Belarus, so its name is voted again: a place is shown by
    # the name its id was made from ("Belarus"), before a more used "Belarusian" (#16).
    assert before["belarus"] == "Belarusian"
    before["belarus"] = "Belarus"
    with Store(path) as store:
        stats = store.stats()
        assert stats["documents"] == 3 and stats["entities"] == len(before)
        loader = Loader(store, Summary())
        loader.put(rec("new", ("Lukashenko", "PERSON", "lukashenko"), ("Belarus", "GPE", "belarus")))
        loader.flush()
        assert query.entity(store, "Lukashenko").id == "alexander-lukashenko"
        assert query.entity(store, "alexander-lukashenko").documents == 2
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(VERSION),)
    assert con.execute("SELECT count(*) FROM meta WHERE key = 'resolver_state'").fetchone() == (0,)
    names = dict(con.execute("SELECT name, entity_id FROM resolver_names").fetchall())
    assert {k: v for k, v in names.items() if k in state["names"]} == state["names"]
    assert con.execute("SELECT count(*) FROM resolver_ids").fetchone()[0] == len(state["ids"])
    assert con.execute("SELECT count(*) FROM cooccurrences").fetchone()[0] > 0
    assert dict(con.execute("SELECT id, name FROM entities WHERE id IN (SELECT entity_id FROM entity_documents "
                            "WHERE doc_id != 'new')").fetchall()) == before
    # Migration 8's counts: every quote counted once under everyone, and by speaker.
    assert con.execute("SELECT sum(quotes) FROM quote_counts WHERE speaker_entity = '*'").fetchone() == \
        con.execute("SELECT count(*) FROM quotes").fetchone()
    assert dict(con.execute("SELECT speaker_entity, sum(quotes) FROM quote_counts WHERE speaker_entity != '*' "
                            "GROUP BY speaker_entity")) == dict(con.execute(
        "SELECT speaker_entity, count(*) FROM quotes WHERE speaker_entity IS NOT NULL GROUP BY speaker_entity"))
    assert dict(con.execute("SELECT substr(name, 10), value FROM counters WHERE name LIKE 'entities:%' "
                            "AND value != 0")) == dict(con.execute("SELECT label, count(*) FROM entities GROUP BY label"))
    con.close()
    assert maintained(path) == recomputed(path)
