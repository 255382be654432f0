"""Gates for French (issue 16): the hand-written quote set, and NTREX's English/French
agreement on entities and quotes.

The quote set (benchmarks/quotes_fr_written/) is in the repository; NTREX is in
../shared and the test skips without it. Floors are the issue's where reached, else
the figures reached less a margin (docs/french.md)."""
import importlib.util
import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, shared

pytestmark = [pytest.mark.gate, pytest.mark.model]


def _script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_written_french_quotes(nlp_fr):
    res = _script("quotes_fr_written").run(nlp_fr)
    assert res["n_gold"] >= 40
    assert res["overlap_f1"] >= 0.85, res["misses"]
    assert res["speaker_acc"] >= 0.90, res["misses"]


def test_ntrex_dev_agreement(tmp_path):
    data = shared("data", "ntrex", "dev.jsonl")
    scorer = shared("eval", "score_crosslingual.py")
    out = tmp_path / "ntrex.jsonl"
    subprocess.run([sys.executable, "-m", "storygraph.cli", "extract", str(data), "-o", str(out),
                    "--quiet"], check=True)
    res = json.loads(subprocess.run([sys.executable, str(scorer), str(out), "--json"],
                                    check=True, capture_output=True, text=True).stdout)
    assert res["entity_recall_fr"] >= FLOORS["entity_recall_fr"], res["summary"]
    assert res["speaker_agreement"] >= FLOORS["speaker_agreement"], res["summary"]
    assert FLOORS["quote_ratio_fr_en"] <= res["quote_ratio_fr_en"] <= CEILING_QUOTE_RATIO, \
        res["summary"]
    assert res["relation_jaccard"] >= FLOORS["relation_jaccard"], res["summary"]


# The issue's floors (docs/french.md), reached on NTREX dev at #16's third pass (0.865,
# 0.704, 0.941): entity recall, speaker agreement and the quote ratio (0.85-1.15: French
# writes the English quote model's kinds of reading, stances and broad ones, and one
# quote per quoted paragraph). relation_jaccard is not reached: 0.115 (English 46
# relations, French 80, 13 shared; the two readers disagree on which sentences hold an
# event); 0.093 on main after #12's relation checks changed the English side; 0.159
# after #16's relation pass (French tenses and modals, non-events, the article's kind;
# English 41, French 32, 10 shared); 0.278 after the fourth pass (English readings
# wrong by PLOVER and English and French misses mended by rules on the parse; English
# 37, French 32, 15 shared); 0.255 on main with the trust the default for English
# only; 0.412 after the fifth pass (the trust for French too, the view's auxiliaries,
# titles, incises and shared auxiliaries as English's; English 27, French 21, 14
# shared): the floor, reached by one shared relation (13 would be 0.371).
FLOORS = {"entity_recall_fr": 0.85, "speaker_agreement": 0.70, "quote_ratio_fr_en": 0.85,
          "relation_jaccard": 0.40}
CEILING_QUOTE_RATIO = 1.15
