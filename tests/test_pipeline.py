import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import spacy
from spacy.language import Language

from storygraph.pipeline import Summary, _names_merged, process, redirect
from storygraph.sources import read
from storygraph.types import Descriptor, Document, Entity, Extraction, Quote, Relation, \
    Skipped, Span
from tests.conftest import EXAMPLES


@Language.component("explodes_on_boom")
def _explodes(doc):
    if "BOOM" in doc.text:
        raise ValueError("component failed on purpose")
    return doc


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("explodes_on_boom")
    return nlp


@pytest.mark.parametrize("workers", [1, 2])
def test_one_failing_document_costs_only_itself(blank, workers):
    items = [Document(id=f"d{i}", text=("BOOM " if i == 3 else "") + f"Text {i}.")
             for i in range(7)]
    items.insert(2, Skipped("f.jsonl:3", "invalid JSON"))
    out = list(process(items, blank, workers=workers, batch_size=3))
    assert [getattr(o, "id", None) or o.origin for o in out] == [
        "d0", "d1", "f.jsonl:3", "d2", "d3", "d4", "d5", "d6"]
    failed = out[4]
    assert isinstance(failed, Skipped) and "component failed on purpose" in failed.reason
    assert all(isinstance(o, Extraction) for i, o in enumerate(out) if i not in (2, 4))


@pytest.mark.parametrize("workers", [1, 2])
def test_a_run_holds_the_objects_alive_out_of_the_collector_and_gives_them_back(blank, workers):
    """While documents run, what was alive at the start (the models) is frozen; a garbage
    cycle made during the run is still collected; at the end nothing stays frozen."""
    import gc
    import weakref

    class Cycle:
        pass

    before = gc.get_freeze_count()
    seen = []
    items = (Document(id=f"d{i}", text=f"Text {i}.") for i in range(5))
    for out in process(items, blank, workers=workers, batch_size=2):
        seen.append(gc.get_freeze_count())
        a = Cycle()
        a.me = a
        ref = weakref.ref(a)
        del a
        gc.collect()
        assert ref() is None
    assert len(seen) == 5 and min(seen) > before
    assert gc.get_freeze_count() == before


def test_too_long_text_is_skipped_with_reason(blank):
    blank.max_length = 50
    try:
        [out] = list(process([Document(id="long", text="x " * 40)], blank))
    finally:
        blank.max_length = 1_000_000
    assert "longer than the model's limit" in out.reason


def test_redirect_rewrites_every_entity_reference():
    text = "Sergei Lavrov said no."
    rec = Extraction(id="a", text=text,
                     entities=(Entity(0, 13, "Sergei Lavrov", "PERSON", "sergei-lavrov"),),
                     quotes=(Quote(Span.of(text, 19, 21), Span.of(text, 0, 13), "sergei-lavrov"),))
    out = redirect(rec, {"sergei-lavrov": "x", "x": "sergey-lavrov"})
    assert out.entities[0].entity == "sergey-lavrov"
    assert out.quotes[0].speaker_entity == "sergey-lavrov"


def test_only_lines_naming_a_retired_id_are_read_again():
    """The second pass reads and writes again just the lines that name an id a later
    merge retired, under any key ``redirect`` rewrites; a name inside the text, a quote
    or an escape never hides one."""
    text = 'He said "entity": "old-id" twice. Lavrov met Blinken.'
    ev = Span.of(text, 0, len(text))

    def line(**ids):
        rec = Extraction(id="a", text=text, entities=(
            Entity(0, 2, "He", "PERSON", ids.get("entity")),), quotes=(
            Quote(Span.of(text, 8, 26), Span.of(text, 0, 2), ids.get("speaker_entity")),),
            relations=(Relation("CONSULT", ev, ids.get("source_entity"),
                                ids.get("target_entity"),
                                reporter_entity=ids.get("reporter_entity")),),
            descriptors=(Descriptor(ids.get("descriptor"), ev, ev, "modifier",
                                    ids.get("descriptor_speaker")),))
        return json.dumps(rec.to_dict(), ensure_ascii=False)

    merges = {"old-id": "new-id"}
    assert not _names_merged(line(), merges)                    # only in the text
    assert not _names_merged(line(entity="kept-id"), merges)
    for key in ("entity", "speaker_entity", "source_entity", "target_entity",
                "reporter_entity", "descriptor", "descriptor_speaker"):
        assert _names_merged(line(**{key: "old-id"}), merges), key
    assert _names_merged(line(entity='odd"id'), merges)         # written with an escape
    assert not _names_merged(line(entity="old-id"), {"other": "x"})


def test_summary_line():
    s = Summary(done=312, skipped=[Skipped("a.jsonl:2", "invalid JSON")], already=1)
    assert s.line("stored") == "312 stored, 1 already stored, 1 skipped: a.jsonl:2: invalid JSON"


@pytest.mark.model
def test_killed_ingest_leaves_a_usable_store_and_a_rerun_completes(tmp_path):
    records = [json.loads(line) for line in EXAMPLES.read_text().splitlines()]
    src = tmp_path / "many.jsonl"
    with src.open("w") as fh:
        for n in range(120):
            r = records[n % 3]
            fh.write(json.dumps({**r, "id": f"{r['id']}-{n}", "text": r["text"] + f"\n\n(copy {n})"}) + "\n")
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "storygraph.cli", "ingest", str(src), "--db", str(db),
           "--batch-size", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 300
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 4:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    partial = con.execute("select count(*) from documents").fetchone()[0]
    assert 4 <= partial < 120
    # Every stored document is whole: its mentions came in the same transaction.
    assert con.execute("select count(*) from documents d where not exists "
                       "(select 1 from mentions m where m.doc_id = d.id)").fetchone()[0] == 0
    con.close()
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{partial} already stored" in rerun.stderr
    assert sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0] == 120


@pytest.mark.model
def test_workers_give_the_records_one_process_gives(nlp):
    """Forked workers (the parent warmed up first) extract exactly what one process does."""
    from storygraph.nlp.languages import Pipelines

    docs = [Document(id=r["id"], text=r["text"], published=r.get("published"))
            for r in map(json.loads, EXAMPLES.read_text().splitlines())]
    pipelines = Pipelines.around(nlp)
    one = [r.to_dict() for r in process(docs, pipelines, workers=1, batch_size=1)]
    two = [r.to_dict() for r in process(docs, pipelines, workers=2, batch_size=1)]
    assert one == two and len(one) == len(docs) and any(r["quotes"] for r in one)


def test_the_python_api_warns_of_a_document_it_leaves_out(blank):
    from storygraph.pipeline import SkippedWarning, extract

    with pytest.warns(SkippedWarning, match="d1: .*component failed on purpose"):
        out = extract([Document(id="d0", text="Fine."), Document(id="d1", text="BOOM here.")],
                      nlp=blank, resolve=False)
    assert [r.id for r in out] == ["d0"]


def test_whole_batch_gives_each_transition_component_the_batch_as_one():
    # spaCy's parser and NER decode a quarter of their batch at a time; a batch of 16
    # articles must go through them as one group (a fixed cost per decoding step).
    from spacy.pipeline import DependencyParser, EntityRecognizer

    from storygraph.pipeline import _whole_batch

    nlp = spacy.blank("en")
    nlp.add_pipe("parser")
    nlp.add_pipe("ner")
    nlp.add_pipe("explodes_on_boom")
    assert isinstance(nlp.get_pipe("parser"), DependencyParser)
    assert isinstance(nlp.get_pipe("ner"), EntityRecognizer)
    assert _whole_batch(nlp, 16) == {"parser": {"batch_size": 64}, "ner": {"batch_size": 64}}
    assert _whole_batch(spacy.blank("fr"), 16) == {}
