"""Evaluation gates: each fails when a score on the shared data drops below the floor
reached so far (the figure measured, less 0.005). Skipped, saying why, without ../shared.

Raise a floor when a change lifts its score; never lower one to make a change pass.
"""
import json
import subprocess
import sys

import pytest

import storygraph
from storygraph.pipeline import run_extract
from tests.conftest import ROOT, SHARED, shared

pytestmark = [pytest.mark.gate, pytest.mark.model]

FLOORS = {
    # Seeds quotes: the floor is recall (27 of 29 gold quotes matched); their
    # precision is lower than PolNeAR's because the seeds' gold leaves out attributions
    # PolNeAR annotates ("accused … of", "denied the allegations").
    "seeds": {"quotes": {"overlap_f1": 0.756, "speaker_acc": 0.958, "matched": 27},
              # relations with the default trust (issue 12's ninth stop): 0.743 / 0.686,
              # under the model confidence's 0.756 / 0.622 lenient, over it strict, and
              # over the floors (0.698 / 0.605)
              "story": {"b3_f1": 0.995, "speaker_entity_acc": 0.995, "relation_f1": 0.738,
                        "relation_strict_f1": 0.681},
              "timex": {"relaxed_f1": 0.928, "value_f1": 0.928},
              "ner": {}},
    "polnear": {"overlap_f1": 0.700, "speaker_acc": 0.930, "full_f1": 0.654},
    "tempeval": {"relaxed_f1": 0.940, "value_f1": 0.806},
    "conll": {"ner_f1": 0.83},
}


def score(kind: str, gold, pred, *extra) -> dict:
    out = subprocess.run([sys.executable, str(SHARED / "eval" / f"score_{kind}.py"), str(gold),
                          str(pred), *extra], capture_output=True, text=True, check=True).stdout
    last = out.strip().splitlines()[-1]
    figures = {k: float(v) for k, v in (pair.split("=") for pair in last.split()) if _num(v)}
    if kind == "quotes":  # how many gold quotes were found, besides the summary's rates
        figures["matched"] = json.loads(subprocess.run(
            [sys.executable, str(SHARED / "eval" / "score_quotes.py"), "--json", str(gold),
             str(pred)], capture_output=True, text=True, check=True).stdout)["matched"]
    return figures


def _num(v: str) -> bool:
    try:
        float(v)
        return True
    except ValueError:
        return False


def check(figures: dict, floors: dict) -> None:
    low = {k: (figures[k], f) for k, f in floors.items() if figures[k] < f}
    assert not low, f"below the floor (measured, floor): {low}"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    cache = {}

    def run(path, workers=2):
        if path not in cache:
            out = tmp_path_factory.mktemp("gate") / "pred.jsonl"
            run_extract([path], out, workers=workers, quiet=True)
            cache[path] = out
        return cache[path]
    return run


def test_seeds(extracted):
    gold = shared("data", "seeds", "gold.jsonl")
    pred = extracted(shared("data", "seeds", "input.jsonl"), workers=1)
    for kind, floors in FLOORS["seeds"].items():
        check(score(kind, gold, pred), floors)


def test_polnear_dev_quotes(extracted):
    gold = shared("data", "polnear", "dev.jsonl.gz")
    check(score("quotes", gold, extracted(gold)), FLOORS["polnear"])


def test_tempeval_train_timexes(extracted):
    gold = shared("data", "tempeval3", "train.jsonl")
    check(score("timex", gold, extracted(gold)), FLOORS["tempeval"])


def test_conll_dev_names(extracted):
    gold = shared("data", "conll2003", "dev.jsonl")
    check(score("ner", gold, extracted(gold)), FLOORS["conll"])
