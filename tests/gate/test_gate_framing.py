"""Gate: framing on the seeds (issue 21). TRT Afrika's own words for Wagner include
"mercenary group", and Sergey Lavrov's words for it, in his quotes, "instructors".

The judged figure on PolNeAR train (the share of each outlet's top-10 terms that are
descriptions) needs a store of 840 articles, which is too slow for a test: it is measured
by benchmarks/framing_judged/score.py, and docs/framing.md gives the figure reached.
"""
import pytest

from storygraph import query
from storygraph.pipeline import run_ingest
from storygraph.store import Store
from tests.conftest import shared

pytestmark = [pytest.mark.gate, pytest.mark.model]


def test_seeds_framing_tells_the_outlet_from_the_speaker(tmp_path, nlp):
    seeds = shared("data", "seeds", "input.jsonl")
    db = str(tmp_path / "seeds.db")
    run_ingest([seeds], db, quiet=True, nlp=nlp)
    store = Store(db, create=False)
    try:
        f = query.framing(store, "Wagner Group")
    finally:
        store.close()
    outlets = {o: {t.term for t in terms} for o, terms in f.by_outlet.items()}
    outlets["(all)"] = {t.term for t in f.common}
    assert "mercenary group" in outlets.get("TRT Afrika", set()) | outlets["(all)"], outlets
    lavrov = [terms for speaker, terms in f.by_speaker.items() if "Lavrov" in speaker]
    assert lavrov and "instructor" in {t.term for t in lavrov[0]}, f.by_speaker
