"""Gate: relations shown on real news (the judged samples of BBC, Reuters and
TempEval-3 articles, issue 12).

Extracts the sampled bench articles afresh — the first sample (60 articles, tuned on),
the fresh one (60 others, judged after the first fixes) and the third (70 in neither,
drawn and judged after the fresh one's fixes: its held-out reading was 17 of 34 right),
the fourth to the eighth (held out when judged; from the fifth on Reuters, TempEval-3
and PolNeAR's US political news beside the BBC), the ninth and tenth (the same kinds,
held out when judged), the eleventh (held out when judged), the twelfth (held out
from this trust), the thirteenth (drawn and judged at issue 12's thirteenth stop) and
the fourteenth (drawn at the fourteenth stop, tuned on at the fifteenth) and the
fifteenth (Reuters and PolNeAR only, drawn at the fifteenth stop and judged before its
change: 77 of 114) and the sixteenth (the same outlets, drawn at the sixteenth stop and
judged before its change: 97 of 119) with the default
confidence, the calibrated trust, and the seventh and eighth with the model's confidence
(STORYGRAPH_RELATION_CONFIDENCE=model) —
and scores them against the committed judgements (benchmarks/relations_judged/,
protocol in PROTOCOL.md). Floors: the precision reached less 0.005, and the right
relations shown less two (so that precision is not bought by showing nothing).
Items the judgements do not cover (a change moved relations) are left out; when they
pass a tenth of the items the sample must be re-judged
(`python benchmarks/relations_judged.py --sample S show RECORDS --todo`), so the test
fails.
"""
import pytest

from tests.conftest import shared
from tests.gate.judged_samples import extract_sample, script

pytestmark = [pytest.mark.gate, pytest.mark.model]

#: Measured at threshold 0.6 with the default confidence, the trust refitted at issue 12's
#: fourteenth stop on main's pipeline with the thirteenth's rules, on the thirteen samples
#: and the seeds' readings, every relation it newly showed judged (13 items); floors at
#: the precision reached less 0.005 and the right relations reached less two. Before the
#: refit (main's trust, stop 33's pipeline): fresh 36/36, third 14/14, ninth 81/104,
#: tenth 104/121, eleventh 78/97 — a refit's fitted samples move a point or two either way.
#: Refitted again on merged main at stop 34 (names, speakers and quote rules merged beside
#: it): fifth 47/55, seventh 132/150, eleventh 77/94, twelfth 99/110, thirteenth 96/122 (its
#: floor 0.788 -> 0.782), fourteenth 74/99 (held out); the others as before.
FLOORS = {"first": (0.995, 24), "fresh": (0.995, 33), "third": (0.928, 12),
          "fourth": (0.865, 18), "fifth": (0.852, 46), "sixth": (0.862, 83),
          "seventh": (0.876, 131), "eighth": (0.852, 34),
          # the fifteenth stop's rules hide wrong readings only: ninth 76/96 -> 76/94,
          # tenth 101/116 -> 101/114 (the others as at stop 34)
          "ninth": (0.804, 74), "tenth": (0.881, 99),
          # held out at issue 12's eleventh stop (67 of 100), fitted on since the twelfth
          "eleventh": (0.806, 75),
          # held out at the twelfth stop (93 of 115), tuned on at the thirteenth, fitted
          # on since the fourteenth
          "twelfth": (0.886, 96),
          # held out at the thirteenth stop (92 of 129), tuned on and fitted on since the
          # fourteenth
          "thirteenth": (0.782, 94),
          # drawn (ids only) at issue 12's fourteenth stop before any change, judged on
          # the stop's rules and trust (75 of 100; 74 of 99 on merged main); tuned on at
          # the fifteenth stop: 77 of 89
          "fourteenth": (0.860, 75),
          # drawn (ids only) at the fifteenth stop before any change and judged on main
          # 9af1d05 (77 of 114 first read, 79 of 114 with two verdicts revised to agree
          # with earlier samples'); the stop's rules were read from it: 79 of 99
          "fifteenth": (0.793, 77),
          # drawn (ids only) at issue 12's sixteenth stop before any change and judged on
          # main ab574b9: 97 of 119 first read (0.815), the held-out figure
          "sixteenth": (0.810, 95)}
#: With the model's confidence (STORYGRAPH_RELATION_CONFIDENCE=model, the default before
#: the ninth stop), after the stop-28 retrain: the seventh 180/327 (tuned on), the
#: eighth 58/110 (held out when judged), the ninth 114/219 (judged after the trust's).
MODEL_FLOORS = {"seventh": (0.545, 178), "eighth": (0.522, 56), "ninth": (0.516, 112)}
MAX_UNJUDGED = 0.10


def _figures(tmp_path, sample):
    shared("data", "bench", "news.jsonl.gz")
    rj = script("relations_judged")
    figures = rj.figures(extract_sample(rj, sample, tmp_path), rj.load_judgements(),
                         rj.threshold())
    assert figures["unjudged"] <= MAX_UNJUDGED * figures["shown"], (
        f"{figures['unjudged']} of {figures['shown']} items not judged: re-judge the sample")
    return figures


def _outlets(sample):
    if sample in ("fifth", "sixth", "seventh"):
        shared("data", "aida", "dev.jsonl")
        shared("data", "tempeval3", "train.jsonl")
    if sample in ("eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                  "fourteenth", "fifteenth", "sixteenth"):
        shared("data", "aida", "train.jsonl")
        shared("data", "polnear", "train.jsonl.gz" if sample in (
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth") else "dev.jsonl.gz")


@pytest.mark.parametrize("sample", ["seventh", "eighth", "ninth"])
def test_judged_relations_shown_with_model_confidence(tmp_path, monkeypatch, sample):
    _outlets(sample)
    monkeypatch.setenv("STORYGRAPH_RELATION_CONFIDENCE", "model")
    figures = _figures(tmp_path, sample)
    precision, right = MODEL_FLOORS[sample]
    assert figures["precision"] >= precision and figures["right"] >= right, (
        f"{sample}: {figures['right']} of {figures['judged']} right "
        f"(precision {figures['precision']}); floors {precision} and {right} right")


@pytest.mark.parametrize("sample", ["first", "fresh", "third", "fourth", "fifth", "sixth",
                                    "seventh", "eighth", "ninth", "tenth", "eleventh",
                                    "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                    "sixteenth"])
def test_judged_relations_shown_by_default(tmp_path, sample):
    _outlets(sample)
    figures = _figures(tmp_path, sample)
    precision, right = FLOORS[sample]
    assert figures["precision"] >= precision and figures["right"] >= right, (
        f"{sample}: {figures['right']} of {figures['judged']} right "
        f"(precision {figures['precision']}); floors {precision} and {right} right")
