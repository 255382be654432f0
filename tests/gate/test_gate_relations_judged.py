"""Gate: relations shown on real news (the judged samples of BBC, Reuters and
TempEval-3 articles, issue 12).

Extracts the sampled bench articles afresh — the first sample (60 articles, tuned on),
the fresh one (60 others, judged after the first fixes) and the third (70 in neither,
drawn and judged after the fresh one's fixes: its held-out reading was 17 of 34 right),
the fourth to the eighth (held out when judged; from the fifth on Reuters, TempEval-3
and PolNeAR's US political news beside the BBC) and the ninth (the same kinds, held out
from the default trust) with the default confidence, the calibrated trust, and the
seventh and eighth with the model's confidence (STORYGRAPH_RELATION_CONFIDENCE=model) —
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

#: Measured at threshold 0.6 with the default confidence, the trust (issue 12's ninth
#: stop: fitted on the eight samples before the ninth and on the seeds' readings, every
#: relation it newly showed judged): the eight fitted on, and the ninth, drawn before
#: the trust was settled and never fitted on, held out: 71 of 104.
FLOORS = {"first": (0.912, 20), "fresh": (0.941, 33), "third": (0.995, 11),
          "fourth": (0.828, 18), "fifth": (0.845, 44), "sixth": (0.846, 72),
          "seventh": (0.872, 133), "eighth": (0.824, 27), "ninth": (0.678, 69),
          # drawn (ids only) at issue 12's tenth stop, judged on this trust, never fitted
          # on: 94 of 116
          "tenth": (0.805, 92)}
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
    if sample in ("eighth", "ninth", "tenth"):
        shared("data", "aida", "train.jsonl")
        shared("data", "polnear", "dev.jsonl.gz")


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
                                    "seventh", "eighth", "ninth", "tenth"])
def test_judged_relations_shown_by_default(tmp_path, sample):
    _outlets(sample)
    figures = _figures(tmp_path, sample)
    precision, right = FLOORS[sample]
    assert figures["precision"] >= precision and figures["right"] >= right, (
        f"{sample}: {figures['right']} of {figures['judged']} right "
        f"(precision {figures['precision']}); floors {precision} and {right} right")
