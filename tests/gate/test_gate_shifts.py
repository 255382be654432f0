"""Gate: the seeds' position shift (issue 20) is found with the shipped settings.

Lavrov, 25 Sep 2021 "We have nothing to do with that" (Wagner in Mali) and 26 Jun 2023
"This work, of course, will continue." The pair is read through the two statements'
contexts (docs/shifts.md), the one real pair the context threshold is set on, so a
change to claims, embeddings or pairing that loses it must say so here.
"""
import pytest

from storygraph import query
from storygraph.pipeline import run_ingest
from storygraph.store import Store
from tests.conftest import shared

pytestmark = [pytest.mark.gate, pytest.mark.model]


def test_seeds_lavrov_shift_found_with_shipped_settings(tmp_path):
    seeds = shared("data", "seeds", "input.jsonl")
    db = str(tmp_path / "seeds.db")
    run_ingest([seeds], db, quiet=True)
    with Store(db) as store:
        shifts = query.shifts(store, "Sergei Lavrov")
    found = [s for s in shifts if "nothing to do with that" in s.before["content"]
             and "will continue" in s.after["content"]]
    assert found, f"Lavrov shift missed; shown: {[(s.before['content'], s.after['content']) for s in shifts]}"
    assert found[0].before["date"] < found[0].after["date"]
    # Nothing else of Lavrov's in the seeds is a change of position.
    assert len(shifts) == 1
