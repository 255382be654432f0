"""`storygraph load`: contract records into a store, resolved against what it holds."""
import gzip
import json
import sqlite3

import pytest
from click.testing import CliRunner

from storygraph.cli import main
from storygraph.load import Loader, run_load
from storygraph.pipeline import Summary
from storygraph.resolve import Resolver, localise
from storygraph.store import Store
from tests.resolve.test_resolve import ids, rec

BATCHES = [
    [rec("a", ("Sergei Lavrov", "PERSON", "sergei-lavrov"), ("Lavrov", "PERSON", "sergei-lavrov"),
         ("Wagner Group", "ORG", "wagner-group"), ("Mali", "GPE", "mali")),
     rec("b", ("Lavrov", "PERSON", "lavrov"), ("United Nations", "ORG", "united-nations"))],
    [rec("c", ("Sergey Lavrov", "PERSON", "sergey-lavrov"), ("Wagner", "ORG", "wagner"),
         ("U.N.", "ORG", "u-n")),
     rec("d", ("Washington", "GPE", "washington"), ("George Washington", "PERSON", "george-washington"))],
    [rec("e", ("Sergei Lavrov", "PERSON", "sergei-lavrov"), ("Sergey Lavrov", "PERSON", "sergei-lavrov"),
         ("Mali", "GPE", "mali"), ("Washington", "PERSON", "washington")),
     rec("f", ("Yevgeny Prigozhin", "PERSON", "yevgeny-prigozhin"), ("Wagner Group", "ORG", "wagner-group"))],
    [rec("g", ("Evgeny Prigozhin", "PERSON", "evgeny-prigozhin"), ("Prigozhin", "PERSON", "evgeny-prigozhin"),
         ("Mali", "GPE", "mali"), ("Russia", "GPE", "russia"), ("Vladimir Putin", "PERSON", "vladimir-putin"),
         ("Lyudmila Putin", "PERSON", "lyudmila-putin")),
     # (two Putins known: the office joins neither until a document names it for one)
     rec("h", ("President Putin", "PERSON", "president-putin"), ("Russia", "GPE", "russia"))],
    # Two names known under two ids turn out to be one person: a merge.
    [rec("i", ("Vladimir Putin", "PERSON", "vladimir-putin"), ("President Putin", "PERSON", "vladimir-putin"),
         ("Mali", "GPE", "mali"))],
]


def recomputed(path):
    """Entity rows as the store computed them before they were maintained: from mentions."""
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT m.entity_id, count(*), count(DISTINCT m.doc_id), min(substr(d.published, 1, 10)), "
        "max(substr(d.published, 1, 10)) FROM mentions m JOIN documents d ON d.id = m.doc_id "
        "WHERE m.entity_id IS NOT NULL GROUP BY m.entity_id").fetchall()
    return {r[0]: r[1:] for r in rows}


def facts_exact(path):
    """Each entity's maintained quote and relation counts are what its rows say."""
    con = sqlite3.connect(path)
    kept = {r[0]: r[1:] for r in con.execute("SELECT entity_id, quotes, relations FROM entity_facts")}
    quotes = dict(con.execute("SELECT speaker_entity, count(*) FROM quotes "
                              "WHERE speaker_entity IS NOT NULL GROUP BY speaker_entity"))
    relations = dict(con.execute(
        "SELECT e, count(*) FROM (SELECT id, source_entity AS e FROM relations UNION "
        "SELECT id, target_entity FROM relations) WHERE e IS NOT NULL GROUP BY e"))
    return kept == {e: (quotes.get(e, 0), relations.get(e, 0)) for e in set(quotes) | set(relations)}


def maintained(path):
    con = sqlite3.connect(path)
    return {r[0]: r[1:] for r in con.execute(
        "SELECT id, mentions, documents, first_seen, last_seen FROM entities")}


def test_store_backed_resolver_gives_the_in_memory_resolvers_ids(tmp_path):
    memory = Resolver()
    expected, merged = [], {}
    for batch in BATCHES:
        out, merges = memory.add(batch)
        expected += [ids(r) for r in out]
        merged.update(merges)
    assert merged == {"president-putin": "vladimir-putin"}
    path = tmp_path / "s.db"
    got = []
    with Store(str(path)) as store:
        loader = Loader(store, Summary(), batch_size=100)
        for batch in BATCHES:  # one batch each, so each starts from the tables
            resolved, merges = loader.resolver.add(batch)
            store.add(resolved, merges=merges, resolver=loader.resolver)
            got += [ids(r) for r in resolved]
        final = {r["id"] for r in store.entities()}
    # Ids given before a merge are redirected afterwards, as in memory.
    assert [[memory.find(e) for e in x] for x in got] == [[memory.find(e) for e in x] for x in expected]
    assert final == {memory.find(e) for x in expected for e in x}
    assert maintained(path) == recomputed(path)
    assert facts_exact(path)


def _write(path, records, gz=False):
    opener = gzip.open if gz else open
    with opener(path, "wt", encoding="utf-8") as fh:
        for r in records:
            fh.write((r if isinstance(r, str) else json.dumps(r.to_dict())) + "\n")


def test_load_cli_reports_bad_lines_and_duplicates_and_reruns_as_a_noop(tmp_path):
    records = [r for batch in BATCHES for r in batch]
    src = tmp_path / "records.jsonl.gz"
    dup = records[0].to_dict() | {"id": "a-again"}
    _write(src, records[:4] + ["{not json", json.dumps({"id": "x", "text": "y"}),
                               json.dumps(dup)] + records[4:], gz=True)
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(main, ["load", str(src), "--db", db, "-q", "--batch-size", "2"])
    assert result.exit_code == 1, result.output
    assert f"{src}:5: invalid JSON" in result.output
    assert f"{src}:6: not a contract-v1 record" in result.output
    assert f"note: {src}:7 (a-again): same text already stored as 'a'" in result.output
    assert "9 stored, 1 duplicates of stored texts, 2 skipped" in result.output
    again = CliRunner().invoke(main, ["load", str(src), "--db", db, "-q"])
    assert "0 stored, 9 already stored" in again.output
    assert maintained(db) == recomputed(db)


def test_load_resolves_against_what_the_store_holds(tmp_path):
    """Records extracted elsewhere ('sergey-lavrov-2' from another run's counter) join the
    store's entities by name."""
    db = str(tmp_path / "s.db")
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    _write(first, BATCHES[0])
    elsewhere = rec("z", ("Sergey Lavrov", "PERSON", "sergey-lavrov-2"), ("Mali", "GPE", "mali-3"))
    assert ids(localise(elsewhere)) == ["sergey-lavrov", "mali"]
    _write(second, [elsewhere])
    assert run_load([first], db, quiet=True).done == 2
    assert run_load([second], db, quiet=True).done == 1
    with Store(db) as store:
        lavrov = store.find_entity("Sergey Lavrov")
        assert lavrov["id"] == "sergei-lavrov" and lavrov["documents"] == 3
    assert maintained(db) == recomputed(db)


def test_missing_file_is_reported(tmp_path):
    summary = run_load([tmp_path / "nope.jsonl"], str(tmp_path / "s.db"), quiet=True)
    assert [str(s) for s in summary.skipped] == [f"{tmp_path / 'nope.jsonl'}: no such file"]


@pytest.mark.model
def test_extract_then_load_gives_what_ingest_gives(tmp_path):
    from tests.conftest import EXAMPLES
    records = tmp_path / "r.jsonl"
    assert CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(records), "-q"]).exit_code == 0
    for how, args in (("ingest", [str(EXAMPLES)]), ("load", [str(records)])):
        result = CliRunner().invoke(main, [how, *args, "--db", str(tmp_path / f"{how}.db"), "-q"])
        assert result.exit_code == 0, result.output
    a, b = maintained(tmp_path / "ingest.db"), maintained(tmp_path / "load.db")
    assert a == b and a == recomputed(tmp_path / "load.db")
