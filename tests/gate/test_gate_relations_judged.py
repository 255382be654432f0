"""Gate: relations shown on real news (the judged samples of BBC, Reuters and
TempEval-3 articles, issue 12).

Extracts the sampled bench articles afresh — the first sample (60 articles, tuned on),
the fresh one (60 others, judged after the first fixes) and the third (70 in neither,
drawn and judged after the fresh one's fixes: its held-out reading was 17 of 34 right),
the fourth and the fifth (held out when judged; the fifth adds Reuters and TempEval-3
articles) and the seventh (held out) with the model's confidence, and the seventh with
the calibrated trust (STORYGRAPH_RELATION_CONFIDENCE=trust; held out) — and scores them against the committed judgements (benchmarks/relations_judged/,
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

#: Measured at threshold 0.6 with the model's confidence (the default), with the checks
#: of issue 12's seventh stop (datelines, events to come, refusals to speak …): first
#: 28/34, fresh 44/54, third 23/29, fourth 28/43, fifth 64/108 (main's version: 31/40,
#: 45/56, 24/30, 30/51, 64/140: the checks drop readings earlier verdicts had let pass,
#: "due to meet Putin", "refused to reveal"), and the seventh, drawn and judged after
#: the change, held out: 177/344.
FLOORS = {"first": (0.819, 26), "fresh": (0.810, 42), "third": (0.788, 21),
          "fourth": (0.646, 26), "fifth": (0.588, 62), "seventh": (0.510, 175)}
#: With the calibrated trust (STORYGRAPH_RELATION_CONFIDENCE=trust), fitted on the six
#: earlier samples (never on the seventh): the seventh, 126/158 (the first refit, made
#: before the seventh was drawn, read 113/151 on it). The sixth, on which the previous
#: fit read 33/44, is now fitted on.
TRUST_FLOORS = {"seventh": (0.792, 124)}
MAX_UNJUDGED = 0.10


def _figures(tmp_path, sample):
    shared("data", "bench", "news.jsonl.gz")
    rj = script("relations_judged")
    figures = rj.figures(extract_sample(rj, sample, tmp_path), rj.load_judgements(),
                         rj.threshold())
    assert figures["unjudged"] <= MAX_UNJUDGED * figures["shown"], (
        f"{figures['unjudged']} of {figures['shown']} items not judged: re-judge the sample")
    return figures


@pytest.mark.parametrize("sample", ["seventh"])
def test_judged_relations_shown_with_trust(tmp_path, monkeypatch, sample):
    shared("data", "aida", "dev.jsonl")
    shared("data", "tempeval3", "train.jsonl")
    monkeypatch.setenv("STORYGRAPH_RELATION_CONFIDENCE", "trust")
    figures = _figures(tmp_path, sample)
    precision, right = TRUST_FLOORS[sample]
    assert figures["precision"] >= precision and figures["right"] >= right, (
        f"{sample}: {figures['right']} of {figures['judged']} right "
        f"(precision {figures['precision']}); floors {precision} and {right} right")


@pytest.mark.parametrize("sample", ["first", "fresh", "third", "fourth", "fifth", "seventh"])
def test_judged_relations_shown_by_default(tmp_path, sample):
    if sample in ("fifth", "seventh"):
        shared("data", "aida", "dev.jsonl")
        shared("data", "tempeval3", "train.jsonl")
    figures = _figures(tmp_path, sample)
    precision, right = FLOORS[sample]
    assert figures["precision"] >= precision and figures["right"] >= right, (
        f"{sample}: {figures['right']} of {figures['judged']} right "
        f"(precision {figures['precision']}); floors {precision} and {right} right")
