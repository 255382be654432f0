import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from storygraph import query
from storygraph.errors import StoreError, StorygraphError
from storygraph.store import Store
from storygraph.store.migrations import VERSION
from storygraph.types import Entity, Extraction, Quote, Relation, Span, Timex

TEXT = 'Sergey Lavrov said "we have nothing to do with that" on Saturday in Moscow.'


def record(doc_id="d1", text=TEXT, published="2021-09-25", lavrov="sergey-lavrov"):
    return Extraction(
        id=doc_id, text=text, published=published, source="Al Jazeera", title="T",
        entities=(Entity(0, 13, "Sergey Lavrov", "PERSON", lavrov),
                  Entity(67, 73, "Moscow", "GPE", "moscow")),
        quotes=(Quote(content=Span.of(text, 19, 51), speaker=Span.of(text, 0, 13),
                      speaker_entity=lavrov, cue=Span.of(text, 14, 18), kind="direct"),),
        timexes=(Timex(56, 64, "Saturday", "DATE", "2021-09-25"),),
        relations=(Relation("REJECT", evidence=Span.of(text, 0, 74), source_entity=lavrov,
                            negated=True),),
    )


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "s.db")) as s:
        yield s


def test_round_trip(store):
    stored, skipped = store.add([record()])
    assert (stored, skipped) == (["d1"], [])
    doc = query.document(store, "d1")
    assert doc["text"] == TEXT and doc["published"] == "2021-09-25"
    assert [(m["text"], m["entity_id"]) for m in doc["entities"]] == [
        ("Sergey Lavrov", "sergey-lavrov"), ("Moscow", "moscow")]
    [q] = doc["quotes"]
    assert TEXT[q["content_start"]:q["content_end"]] == q["content_text"]
    assert (q["speaker_text"], q["cue_text"], q["kind"], q["date"]) == (
        "Sergey Lavrov", "said", "direct", "2021-09-25")
    assert doc["timexes"][0]["value"] == "2021-09-25"
    assert doc["relations"][0]["negated"] is True


def test_a_quotes_asides_are_stored_and_leave_the_words_said(store):
    text = 'Rain. "We played well," Ms Cole said. "The second half was better." Fans left.'
    start, end = text.index('"We'), text.index("better.") + 8
    aside = Span.of(text, text.index("Ms Cole"), text.index("said.") + 5)
    q = Quote(content=Span.of(text, start, end), speaker=Span.of(text, text.index("Ms Cole"),
              text.index("Ms Cole") + 7), cue=Span.of(text, text.index("said"),
              text.index("said") + 4), kind="direct", asides=(aside,), attribution="speech",
              confidence=0.9)
    store.add([Extraction(id="a1", text=text, quotes=(q,))])
    assert store.stored_record("a1").quotes[0].asides == (aside,)
    [stored] = query.document(store, "a1")["quotes"]
    assert stored["asides"] == [[aside.start, aside.end]]
    [group] = query.quotes(store)
    assert [i.said for i in group.quotes] == ['"We played well … The second half was better."']


def test_same_document_twice_is_stored_once(store):
    store.add([record()])
    stored, skipped = store.add([record(), record(doc_id="other")])
    assert stored == []
    assert [s.reason for s in skipped] == ["already stored", "same text already stored as 'd1'"]
    assert store.stats()["documents"] == 1


def test_duplicate_id_with_other_text_is_refused(store):
    store.add([record()])
    _, [skip] = store.add([record(text=TEXT.replace("Moscow", "Bamako"))])
    assert "different text" in skip.reason


def test_entities_aggregate_and_merges_redirect(store):
    store.add([record()])
    store.add([record("d2", TEXT.replace("Saturday", "Sunday!!"), "2023-02-07",
                      lavrov="sergei-lavrov")])
    assert {e["id"] for e in store.entities()} == {"sergey-lavrov", "sergei-lavrov", "moscow"}
    store.add([], merges={"sergei-lavrov": "sergey-lavrov"})
    [lavrov] = store.entities(label="PERSON")
    assert (lavrov["id"], lavrov["documents"], lavrov["first_seen"], lavrov["last_seen"]) == (
        "sergey-lavrov", 2, "2021-09-25", "2023-02-07")
    assert query.entity(store, "sergei-lavrov").id == "sergey-lavrov"   # the old id redirects
    assert query.entity(store, "sergey lavrov").id == "sergey-lavrov"
    assert len(query.entity(store, "Sergey Lavrov").quotes) == 2


def test_a_failed_batch_leaves_nothing_behind(store, monkeypatch):
    store.add([record()])
    original = store._insert
    calls = []

    def crash(conn, records, hashes, now):
        calls.extend(r.id for r in records)
        original(conn, records, hashes, now)  # written, then the disk fails
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(store, "_insert", crash)
    with pytest.raises(StoreError):
        store.add([record("d2", TEXT + " More."), record("d3", TEXT + " Even more.")])
    assert calls == ["d2", "d3"]
    assert store.known_ids() == {"d1"}
    assert store.stats()["quotes"] == 1


def test_search_quotes_and_text(store):
    store.add([record()])
    hits = query.search(store, "nothing")
    assert hits["documents"][0]["id"] == "d1"
    assert "\x02nothing\x03" in hits["quotes"][0]["snippet"]
    assert query.search(store, 'AND OR "(')["documents"] == []  # words, never FTS syntax
    with pytest.raises(StorygraphError, match="at least one word"):
        query.search(store, "   ")


def test_quotes_filters(store):
    store.add([record(), record("d2", TEXT + " Two.", "2023-02-07")])
    groups = query.quotes(store, speaker="Lavrov")
    assert [len(g.quotes) for g in groups] == [2]
    assert query.quotes(store, speaker="Lavrov", since="2022-01-01")[0].quotes[0].doc_id == "d2"
    assert query.quotes(store, source="Euronews") == []
    assert query.quotes(store, speaker="Nobody") == []


def test_store_file_is_plain_sqlite_with_schema_version(tmp_path):
    path = tmp_path / "s.db"
    Store(str(path)).add([record()])
    con = sqlite3.connect(path)
    assert con.execute("select value from meta where key='schema_version'").fetchone() == (str(VERSION),)
    assert {"mentions_entity_doc", "mentions_doc_entity"} <= {r[0] for r in con.execute("select name from sqlite_master where type='index'")}
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(str(tmp_path / "nope.db"), create=False)
    with pytest.raises(StoreError):
        Store("postgresql://127.0.0.1:1/none")


def test_an_older_store_is_migrated_in_place(tmp_path):
    from sqlalchemy import create_engine

    from storygraph.store import migrations, schema
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # a store as version 1 left it, with a document in it
        migrations.MIGRATIONS[0](conn)
        conn.execute(schema.meta.insert().values(key="schema_version", value="1"))
    engine.dispose()
    Store(str(path)).add([record()])
    with Store(str(path)) as store:
        assert store.known_ids() == {"d1"}
    con = sqlite3.connect(path)
    assert con.execute("select value from meta where key='schema_version'").fetchone() == (str(VERSION),)


def test_a_newer_store_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("update meta set value='99' where key='schema_version'")
    con.commit()
    with pytest.raises(StoreError, match="newer than this"):
        Store(str(path))


def test_a_version_2_store_gains_the_confidence_columns(tmp_path):
    """A store written before quotes and relations carried confidence opens and migrates."""
    import sqlite3

    path = tmp_path / "old.db"
    Store(str(path)).close()
    con = sqlite3.connect(path)
    for table, column in (("quotes", "attribution"), ("quotes", "confidence"),
                          ("relations", "confidence")):
        con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Store(str(path)) as store:
        store.add([record()])
    con = sqlite3.connect(path)
    columns = {row[1] for row in con.execute("PRAGMA table_info(quotes)")}
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    con.close()
    assert {"attribution", "confidence"} <= columns
    assert int(version) >= 3


def test_display_name_is_the_form_the_id_was_made_from(store):
    """French articles outnumbering English ones do not rename Russia "Russie" (#16)."""
    from storygraph.store import canonical_name

    assert canonical_name({"Russie": 5, "Russia": 2}, "russia", "GPE") == "Russia"
    assert canonical_name({"groupe Wagner": 4, "Wagner Group": 1, "Wagner": 9},
                          "wagner-group", "ORG") == "Wagner Group"
    assert canonical_name({"Moscou": 3, "Moscow": 1}, "moscow-2", "GPE") == "Moscow"
    # (BBC bench) a body's or a place's longer names around its own are not its name
    assert canonical_name({"Microsoft": 200, "Microsoft Word": 2, "Las Vegas Microsoft": 1},
                          "microsoft", "ORG") == "Microsoft"
    assert canonical_name({"Chelsea": 184, "Injured Chelsea": 1}, "chelsea", "ORG") == "Chelsea"
    assert canonical_name({"Arsenal": 143, "Arsenal's Edu": 1}, "arsenal", "ORG") == "Arsenal"
    assert canonical_name({"Argentina": 60, "Argentine": 27, "Buenos Aires": 2},
                          "argentina", "GPE") == "Argentina"
    assert canonical_name({"UK": 877, "Britain": 366, "United Kingdom": 12},
                          "united-kingdom", "GPE") == "United Kingdom"
    assert canonical_name({"Wagner": 14, "Wagner Group": 2}, "wagner", "ORG") == "Wagner Group"
    assert canonical_name({"Labour": 544, "Labour Party": 44}, "labour", "ORG") == "Labour Party"
    assert canonical_name({"Telegraph": 4, "Telegraph Group": 3}, "telegraph", "ORG") \
        == canonical_name({"Telegraph": 4, "Telegraph Group": 3}, "telegraph-group", "ORG") \
        == "Telegraph Group"
    # an acronym id shows the full name
    assert canonical_name({"EU": 229, "European Union": 55}, "eu", "ORG") == "European Union"
    assert canonical_name({"U.N.": 9, "United Nations": 2}, "u-n", "ORG") == "United Nations"
    # a person's id is the first spelling seen: the most used full name stays
    assert canonical_name({"Lavrov": 9, "Sergey Lavrov": 4, "Sergei Lavrov": 1},
                          "sergei-lavrov", "PERSON") == "Sergey Lavrov"
    fr = "La Russie a dit non. La Russie insiste. La Russie refuse."
    en = "Russia said no."

    def doc(doc_id, text, name):
        spans = [i for i in range(len(text)) if text.startswith(name, i)]
        return Extraction(id=doc_id, text=text, entities=tuple(
            Entity(i, i + len(name), name, "GPE", "russia") for i in spans))
    store.add([doc("en", en, "Russia"), doc("fr", fr, "Russie")])
    assert query.entity(store, "russia").name == "Russia"


def test_migration_11_drops_indexes_another_index_begins_with(tmp_path):
    """A version-9 store (migrated through 10 and 11) loses the indexes that a longer one serves; lookups by speaker,
    relation side and described entity then walk the longer indexes."""
    from storygraph.store.migrations import REDUNDANT

    path = tmp_path / "v9.db"
    Store(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("CREATE INDEX quotes_speaker ON quotes (speaker_entity)")
    con.execute("CREATE INDEX relations_source ON relations (source_entity)")
    con.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Store(str(path)) as store:
        store.add([record()])
    con = sqlite3.connect(path)
    names = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    plans = {sql: " ".join(row[-1] for row in con.execute("EXPLAIN QUERY PLAN " + sql))
             for sql in ("SELECT id FROM quotes WHERE speaker_entity = 'x'",
                         "SELECT id FROM relations WHERE source_entity = 'x'",
                         "SELECT id FROM relations WHERE target_entity = 'x'",
                         "SELECT id FROM descriptors WHERE entity_id = 'x'",
                         "SELECT id FROM claims WHERE speaker_entity = 'x'")}
    con.close()
    assert not names & set(REDUNDANT)
    assert all("USING" in plan and "INDEX" in plan for plan in plans.values()), plans


def relation_records():
    """Relations with and without dates and confidences, in three articles (one undated)."""
    from dataclasses import replace
    text = TEXT
    ev = Span.of(text, 0, 74)

    def rel(kind, date=None, conf=None, src="sergey-lavrov", tgt="moscow"):
        return Relation(kind, evidence=ev, source_entity=src, target_entity=tgt, date=date,
                        confidence=conf)
    return [replace(record("r1"), relations=(
                rel("ACCUSE", "2021-03-02", 0.9), rel("REJECT", None, 0.5),
                rel("ACCUSE", "2021-03-02", None), rel("AID", "2021-03-02", 0.95, "moscow", None))),
            replace(record("r2", TEXT + " Two.", published=None), relations=(
                rel("ACCUSE", None, 0.8), rel("CONSULT", "2020-01-05", 0.7, "moscow", "sergey-lavrov"))),
            replace(record("r3", TEXT + " Three.", published="2022-05-01"), relations=(
                rel("ACCUSE", "2022-05-01", 0.3), rel("ACCUSE", None, 0.65)))]


def relation_listing(store):
    """What the ``relations`` listing gives for the same records, whatever the database."""
    def ids(**kw):
        return [(r["doc_id"], r["type"], r["when"], r["confidence"])
                for r in query.relations(store, **kw)]
    every = ids(min_confidence=0)
    pages = [ids(min_confidence=0, limit=3, offset=k) for k in (0, 3, 6, 9)]
    return {"every": every, "pages": pages, "shown": ids(),
            "accuse_2021": ids(type="accuse", since="2021", until="2021-12", min_confidence=0),
            "either": ids(entity="Moscow", min_confidence=0.6),
            "source": ids(source="Moscow", min_confidence=0)}


EXPECTED_LISTING = {
    # undated first, then by date (the relation's, else its article's), most confident
    # first within a date; a relation without a confidence counts as 0 there, kept always
    "every": [("r2", "ACCUSE", None, 0.8), ("r2", "CONSULT", "2020-01-05", 0.7),
              ("r1", "AID", "2021-03-02", 0.95), ("r1", "ACCUSE", "2021-03-02", 0.9),
              ("r1", "ACCUSE", "2021-03-02", None), ("r1", "REJECT", "2021-09-25", 0.5),
              ("r3", "ACCUSE", "2022-05-01", 0.65), ("r3", "ACCUSE", "2022-05-01", 0.3)],
    "shown": [("r2", "ACCUSE", None, 0.8), ("r2", "CONSULT", "2020-01-05", 0.7),
              ("r1", "AID", "2021-03-02", 0.95), ("r1", "ACCUSE", "2021-03-02", 0.9),
              ("r1", "ACCUSE", "2021-03-02", None), ("r3", "ACCUSE", "2022-05-01", 0.65)],
    "accuse_2021": [("r1", "ACCUSE", "2021-03-02", 0.9), ("r1", "ACCUSE", "2021-03-02", None)],
    "either": [("r2", "ACCUSE", None, 0.8), ("r2", "CONSULT", "2020-01-05", 0.7),
               ("r1", "AID", "2021-03-02", 0.95), ("r1", "ACCUSE", "2021-03-02", 0.9),
               ("r1", "ACCUSE", "2021-03-02", None), ("r3", "ACCUSE", "2022-05-01", 0.65)],
    "source": [("r2", "CONSULT", "2020-01-05", 0.7), ("r1", "AID", "2021-03-02", 0.95)],
}


def test_relations_are_filtered_ordered_and_paged_by_the_store(store):
    from storygraph.settings import DEFAULT_RELATION_THRESHOLD
    assert DEFAULT_RELATION_THRESHOLD == 0.6  # "shown" above is at that threshold
    assert len(store.add(relation_records())[0]) == 3
    got = relation_listing(store)
    assert [row for page in got.pop("pages") for row in page] == EXPECTED_LISTING["every"]
    assert got == EXPECTED_LISTING
    with pytest.raises(query.NotFound, match="one of AGREE"):
        query.relations(store, type="ACCUSES")
