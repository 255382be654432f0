"""Gate: relations shown on real news (the judged samples of BBC, Reuters and
TempEval-3 articles, issue 12).

Extracts the sampled bench articles afresh — the first sample (60 articles, tuned on),
the fresh one (60 others, judged after the first fixes) and the third (70 in neither,
drawn and judged after the fresh one's fixes: its held-out reading was 17 of 34 right),
the fourth to the eighth (held out when judged; from the fifth on Reuters, TempEval-3
and PolNeAR's US political news beside the BBC), the ninth and tenth (the same kinds,
held out when judged), the eleventh (held out when judged), the twelfth (held out
from this trust) and the thirteenth (drawn and judged at issue 12's thirteenth stop,
never tuned on) with the default
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
#: twelfth stop on the merged pipeline (quotes' line breaks, #18's names) on the eleven
#: samples and the seeds' readings, without the two features that stop tried (they cost
#: the French agreement gate), after stop 32's merges; every relation it newly showed
#: judged. A refit moves the samples it was fitted on a point or two either way (main
#: before it: fourth 22/25, seventh 140/156, eighth 33/41, ninth 84/105). The twelfth,
#: drawn before the stop's change and never fitted on: 93 of 115.
FLOORS = {"first": (0.958, 23), "fresh": (1.0, 36), "third": (1.0, 14),
          "fourth": (0.857, 18), "fifth": (0.867, 46), "sixth": (0.852, 81),
          "seventh": (0.891, 131), "eighth": (0.81, 30), "ninth": (0.778, 81),
          "tenth": (0.859, 104),
          # held out at issue 12's eleventh stop (67 of 100), fitted on since the twelfth
          "eleventh": (0.804, 78),
          # drawn (ids only) at issue 12's twelfth stop, never fitted on (93 of 115);
          # issue 12's thirteenth stop's rules, read from its wrong items: 95 of 113
          "twelfth": (0.836, 95),
          # drawn (ids only) at issue 12's thirteenth stop before any change, judged on
          # the stop's rules with the same trust, never tuned on: 92 of 129
          "thirteenth": (0.708, 92)}
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
    if sample in ("eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth"):
        shared("data", "aida", "train.jsonl")
        shared("data", "polnear", "train.jsonl.gz" if sample in ("eleventh", "twelfth",
                                                                   "thirteenth")
               else "dev.jsonl.gz")


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
                                    "twelfth", "thirteenth"])
def test_judged_relations_shown_by_default(tmp_path, sample):
    _outlets(sample)
    figures = _figures(tmp_path, sample)
    precision, right = FLOORS[sample]
    assert figures["precision"] >= precision and figures["right"] >= right, (
        f"{sample}: {figures['right']} of {figures['judged']} right "
        f"(precision {figures['precision']}); floors {precision} and {right} right")
