"""Gate: relations shown on real news (the judged samples of BBC, Reuters and
TempEval-3 articles, issue 12).

Extracts the sampled bench articles afresh — the first sample (60 articles, tuned on),
the fresh one (60 others, judged after the first fixes) and the third (70 in neither,
drawn and judged after the fresh one's fixes: its held-out reading was 17 of 34 right),
the fourth to the eighth (held out when judged; from the fifth on Reuters, TempEval-3
and PolNeAR's US political news beside the BBC), the ninth and tenth (the same kinds,
held out when judged), the eleventh (held out when judged) and the twelfth (held out
from this trust) with the default
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

#: Measured at threshold 0.6 with the default confidence, the trust (issue 12's twelfth
#: stop: refitted on the merged pipeline — quotes' line breaks, #18's names — on the
#: eleven samples and the seeds' readings, every relation it newly showed judged). A refit
#: moves the samples it was fitted on a little either way: the first 22 of 24, the seventh
#: 134 of 151 and the tenth 102 of 118 are a point under the previous fit's (24/26,
#: 140/156, 105/121, read on the parses that fit was made on), the others at or above.
#: The twelfth, drawn before the stop's change and judged after it, never fitted on: 94
#: of 117.
FLOORS = {"first": (0.912, 20), "fresh": (0.969, 35), "third": (0.928, 12),
          "fourth": (0.875, 20), "fifth": (0.877, 43), "sixth": (0.833, 80),
          "seventh": (0.882, 132), "eighth": (0.800, 31), "ninth": (0.789, 83),
          "tenth": (0.859, 100),
          # held out at issue 12's eleventh stop (67 of 100), fitted on since the twelfth
          "eleventh": (0.825, 76),
          # drawn (ids only) at issue 12's twelfth stop, judged on this trust, never
          # fitted on
          "twelfth": (0.798, 92)}
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
    if sample in ("eighth", "ninth", "tenth", "eleventh", "twelfth"):
        shared("data", "aida", "train.jsonl")
        shared("data", "polnear", "train.jsonl.gz" if sample in ("eleventh", "twelfth")
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
                                    "twelfth"])
def test_judged_relations_shown_by_default(tmp_path, sample):
    _outlets(sample)
    figures = _figures(tmp_path, sample)
    precision, right = FLOORS[sample]
    assert figures["precision"] >= precision and figures["right"] >= right, (
        f"{sample}: {figures['right']} of {figures['judged']} right "
        f"(precision {figures['precision']}); floors {precision} and {right} right")
