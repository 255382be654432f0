"""The counts pages read instead of counting (migration 8): quotes by speaker, kind and
confidence; relation summaries; claims' entities; entities per type. After batches with
a merge they equal what the stored rows say, and paged reads equal unpaged ones."""
import sqlite3
from collections import Counter
from dataclasses import replace

from storygraph import query
from storygraph.store import Store
from storygraph.store.maintain import percent
from storygraph.types import Claim, Relation, Span
from tests.resolve.test_resolve import rec

KINDS = ("speech", "position", "hearsay", None)


def _facts(r, n: int):
    """A record with quotes of varied kinds and confidences, and relations both ways."""
    quotes = tuple(replace(q, attribution=KINDS[(n + k) % 4],
                           confidence=None if (n + k) % 5 == 0 else round(0.29 + 0.07 * ((n + k) % 9), 2))
                   for k, q in enumerate(r.quotes * 3))
    ids = [e.entity for e in r.entities]
    ev = Span.of(r.text, 0, min(len(r.text), 10))
    relations = tuple(Relation(type=("ACCUSE", "SUPPORT")[k % 2], evidence=ev, source_entity=ids[k % len(ids)],
                               target_entity=None if k == 2 else ids[(k + 1) % len(ids)],
                               date=None if k == 1 else f"2023-0{1 + (n + k) % 9}-1{k}",
                               confidence=None if k == 0 else 0.3 + 0.1 * ((n + k) % 6),
                               negated=(n + k) % 4 == 3)
                      for k in range(3))
    # Three languages' documents: French and English ones have their own thresholds, and
    # a document of no known language goes by English's.
    return replace(r, quotes=quotes, relations=relations, published=f"2022-0{1 + n % 9}-05",
                   lang=("en", "fr-FR", None)[n % 3])


def _claims(r):
    return {r.id: [(Claim(quote=0, speaker_entity=r.entities[0].entity, text=r.quotes[0].content,
                          context=r.quotes[0].content, about=tuple(e.entity for e in r.entities[1:]),
                          topics=(r.entities[0].entity,), predicate="say", stance="affirms",
                          polarity=1, modality=None, anaphoric=False, confidence=0.9),
                    None, None)]}


BATCHES = [
    [rec("a", ("Vladimir Putin", "PERSON", "vladimir-putin"), ("Mali", "GPE", "mali")),
     rec("b", ("President Putin", "PERSON", "president-putin"), ("Russia", "GPE", "russia"),
         ("Mali", "GPE", "mali"))],
    [rec("c", ("President Putin", "PERSON", "president-putin"), ("Wagner", "ORG", "wagner")),
     rec("d", ("Russia", "GPE", "russia"), ("President Putin", "PERSON", "president-putin"))],
    [rec("e", ("Vladimir Putin", "PERSON", "vladimir-putin"), ("President Putin", "PERSON", "vladimir-putin"),
         ("Mali", "GPE", "mali"))],
]


def _grow(path):
    store = Store(str(path))
    merged = {}
    n = 0
    for batch in BATCHES:
        records = []
        for r in batch:
            records.append(_facts(r, n))
            n += 1
        claims = {}
        for r in records:
            claims.update(_claims(r))
        merges = {"president-putin": "vladimir-putin"} if batch is BATCHES[-1] else None
        store.add(records, merges=merges, claims=claims)
        merged.update(merges or {})
    return store, merged


def test_maintained_counts_equal_the_rows_after_a_merge(tmp_path):
    path = tmp_path / "s.db"
    store, merged = _grow(path)
    con = sqlite3.connect(path)
    quotes = Counter()
    for speaker, lang, kind, conf in con.execute(
            "SELECT speaker_entity, lower(substr(coalesce(d.lang, ''), 1, 2)), attribution, confidence "
            "FROM quotes q JOIN documents d ON d.id = q.doc_id"):
        for who in ("*", speaker):
            if who:
                quotes[who, lang, kind or "", percent(conf)] += 1
    assert {k[1] for k in quotes} == {"en", "fr", ""}
    assert dict(quotes) == {r[:4]: r[4] for r in con.execute(
        "SELECT speaker_entity, lang, attribution, confidence, quotes FROM quote_counts WHERE quotes > 0")}
    months = Counter()
    for s, t, k, date, conf, neg in con.execute(
            "SELECT source_entity, target_entity, type, date, confidence, negated FROM relations"):
        for side, mine, other in (("by", s, t), ("on", t, s)):
            if mine:
                months[mine, side, k, (date or "")[:7], other or "", percent(conf), neg] += 1
    assert dict(months) == {r[:7]: r[7] for r in con.execute("SELECT * FROM relation_months WHERE relations > 0")}
    assert {k[6] for k in months} == {0, 1}
    assert "president-putin" not in {r[0] for r in con.execute("SELECT other FROM relation_months")}
    about = {(e, cid) for cid, a, t in con.execute("SELECT id, about, topics FROM claims")
             for e in (a + t).split()}
    assert about == set(con.execute("SELECT entity_id, claim_id FROM claim_entities"))
    assert ("vladimir-putin", 3) in about and not any(e == "president-putin" for e, _ in about)
    labels = dict(con.execute("SELECT label, count(*) FROM entities GROUP BY label"))
    counted = {k[len("entities:"):]: v for k, v in con.execute(
        "SELECT name, value FROM counters WHERE name LIKE 'entities:%' AND value != 0")}
    assert counted == labels
    for label in labels:
        assert store.entity_count(label) == labels[label]
    store.close()


def test_counted_totals_and_pages_equal_the_rows(tmp_path):
    path = tmp_path / "s.db"
    store, _ = _grow(path)
    con = sqlite3.connect(path)
    seen, differs = [], []
    for least in (0.0, 0.43, 0.5, 0.71):
        shown = (("speech", "position"), least)
        for speaker in (None, "vladimir-putin", "russia"):
            where = "speaker_entity = ?" if speaker else "1"
            expected = con.execute(
                f"SELECT count(*) FROM quotes WHERE {where} AND ((attribution IN ('speech', 'position') "
                "AND confidence >= ?) OR (attribution IS NULL AND confidence IS NULL))",
                ((speaker,) if speaker else ()) + (least,)).fetchone()[0]
            got = store.quote_count(speaker_ids=[speaker] if speaker else None, shown=shown)
            assert got == expected
            seen.append(got)
            # Each language from its own threshold: French from 0.6, the rest from least.
            by_lang = (("speech", "position"), {"en": least, "fr": 0.6})
            expected = con.execute(
                f"SELECT count(*) FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE {where} "
                "AND ((attribution IN ('speech', 'position') AND confidence >= "
                "CASE WHEN d.lang LIKE 'fr%' THEN 0.6 ELSE ? END) "
                "OR (attribution IS NULL AND confidence IS NULL))",
                ((speaker,) if speaker else ()) + (least,)).fetchone()[0]
            assert store.quote_count(speaker_ids=[speaker] if speaker else None,
                                     shown=by_lang) == expected
            listed = store.quotes(speaker_ids=[speaker] if speaker else None, shown=by_lang)
            assert len(listed) == expected
            differs.append(expected != got)
            for lang in ("fr", "en"):
                assert store.quote_count(speaker_ids=[speaker] if speaker else None, shown=by_lang,
                                         lang=lang) == sum(
                    1 for q in listed if (q["lang"] or "").startswith(lang))
        groups = Counter()
        for r in store.relation_groups("vladimir-putin", least):
            groups[r["direction"], r["type"], r["month"], r["other"]] += r["n"]
        rows = con.execute(
            "SELECT r.source_entity, r.target_entity, r.type, substr(coalesce(r.date, d.published), 1, 7) "
            "FROM relations r JOIN documents d ON d.id = r.doc_id WHERE (confidence IS NULL OR confidence >= ?)",
            (least,)).fetchall()
        expected = Counter()
        for s, t, k, month in rows:
            for side, mine, other in (("by", s, t), ("on", t, s)):
                if mine == "vladimir-putin":
                    expected[side, k, month, other] += 1
        assert groups == expected and sum(expected.values()) > 0
        ids = ["mali", "russia", "vladimir-putin", "wagner"]
        edges = Counter()
        for s, t, k, neg, month in con.execute(
                "SELECT r.source_entity, r.target_entity, r.type, r.negated, "
                "substr(coalesce(r.date, d.published, ''), 1, 7) FROM relations r "
                "JOIN documents d ON d.id = r.doc_id WHERE (confidence IS NULL OR confidence >= ?)",
                (least,)):
            if s in ids[1:] and t in ids[1:]:
                edges[s, t, k, bool(neg), month] += 1
        got = store.relation_edges(ids[1:], least)
        assert Counter({(r["source_entity"], r["target_entity"], r["type"], bool(r["negated"]),
                         r["month"]): r["relations"] for r in got}) == edges and edges
        assert [r["relations"] for r in got] == sorted((r["relations"] for r in got), reverse=True)
    assert min(seen) < max(seen) and min(seen[:3]) > 0 and any(differs)
    everything = store.relations(entity_id="vladimir-putin")
    assert len(everything) >= 4
    for limit, offset in ((1, 0), (2, 1), (3, 2), (50, 0)):
        page = store.relations(entity_id="vladimir-putin", limit=limit, offset=offset)
        assert [r["id"] for r in page] == [r["id"] for r in everything[offset:offset + limit]]
    assert {c["id"] for c in store.claims(entity_id="mali")} == {
        cid for (cid,) in con.execute("SELECT id FROM claims WHERE about LIKE '% mali %' OR topics LIKE '% mali %'")}
    latest = store.claims(entity_id="mali", latest=1)
    assert [c["id"] for c in latest] == [max(c["id"] for c in store.claims(entity_id="mali"))]
    assert query.entity(store, "vladimir-putin", limit=2).totals["quotes"] == store.quote_count(
        speaker_ids=["vladimir-putin"], shown=query.shown_quotes())
    store.close()


def test_a_version_9_store_gets_quote_counts_by_language(tmp_path):
    """Migration 10 remakes quote_counts (keyed by language now) from the quotes."""
    path = tmp_path / "s.db"
    store, _ = _grow(path)
    store.close()
    con = sqlite3.connect(path)
    expected = set(con.execute("SELECT * FROM quote_counts"))
    con.execute("DROP TABLE quote_counts")
    con.execute("CREATE TABLE quote_counts (speaker_entity VARCHAR(255), attribution VARCHAR(16), "
                "confidence INTEGER, quotes INTEGER NOT NULL, "
                "PRIMARY KEY (speaker_entity, attribution, confidence))")
    con.execute("INSERT INTO quote_counts VALUES ('*', 'speech', 90, 7)")
    con.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    store = Store(str(path))
    con = sqlite3.connect(path)
    assert set(con.execute("SELECT * FROM quote_counts")) == expected
    assert store.quote_count(shown=(("speech",), {"en": 0.5, "fr": 0.9})) > 0
    store.close()


def test_a_version_8_store_gets_relation_months_with_negation(tmp_path):
    """Migration 9 remakes relation_months (keyed by negation now) from the relations."""
    path = tmp_path / "s.db"
    store, _ = _grow(path)
    store.close()
    con = sqlite3.connect(path)
    expected = set(con.execute("SELECT * FROM relation_months"))
    con.execute("DROP TABLE relation_months")
    con.execute("CREATE TABLE relation_months (entity_id VARCHAR(255), direction VARCHAR(4), "
                "type VARCHAR(16), month VARCHAR(7), other VARCHAR(255), confidence INTEGER, "
                "relations INTEGER NOT NULL, PRIMARY KEY (entity_id, direction, type, month, "
                "other, confidence))")
    con.execute("INSERT INTO relation_months VALUES ('russia', 'by', 'ACCUSE', '', '', -1, 7)")
    con.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    store = Store(str(path))
    con = sqlite3.connect(path)
    assert set(con.execute("SELECT * FROM relation_months")) == expected
    assert store.relation_edges(["mali", "russia", "vladimir-putin", "wagner"], 0.0)
    store.close()
