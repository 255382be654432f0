"""Gate: relations shown on real news (the judged samples of BBC, Reuters and
TempEval-3 articles, issue 12).

Extracts the sampled bench articles afresh — the first sample (60 articles, tuned on),
the fresh one (60 others, judged after the first fixes) and the third (70 in neither,
drawn and judged after the fresh one's fixes: its held-out reading was 17 of 34 right),
the fourth and the fifth (held out when judged; the fifth adds Reuters and TempEval-3
articles), the seventh and the eighth (held out: Reuters of AIDA train and PolNeAR's US
political news beside the BBC) with the model's confidence, and the seventh and eighth
with the calibrated trust (STORYGRAPH_RELATION_CONFIDENCE=trust) — and scores them against the committed judgements (benchmarks/relations_judged/,
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
#: and ends of issue 12's eighth stop (places of meetings, names that only qualify, more
#: events to come or only possible): first 28/34, fresh 44/54, third 22/27, fourth 28/43,
#: fifth 64/105, the seventh (tuned on since: 177/344 held out) 181/327, and the eighth,
#: drawn before the change and judged after it, held out: 58/108. Then the relation and
#: quote models retrained on the merged code (stop 28; the shipped weights had drifted
#: from their training command's output), the items that moved judged: third 22/28,
#: fourth 28/41, fifth 67/110, seventh 180/327, eighth 58/110.
FLOORS = {"first": (0.819, 26), "fresh": (0.810, 42), "third": (0.781, 20),
          "fourth": (0.646, 26), "fifth": (0.605, 62), "seventh": (0.549, 179),
          "eighth": (0.522, 56)}
#: With the calibrated trust (STORYGRAPH_RELATION_CONFIDENCE=trust), refitted on all seven
#: earlier samples: the seventh (fitted on) 150/178 and the eighth, never fitted on,
#: 39/53 (the held-out figure; the seventh was 126/158 held out before). With the
#: retrained relation model the seventh gives 150/181.
TRUST_FLOORS = {"seventh": (0.824, 148), "eighth": (0.731, 37)}
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
    if sample in ("fifth", "seventh"):
        shared("data", "aida", "dev.jsonl")
        shared("data", "tempeval3", "train.jsonl")
    if sample == "eighth":
        shared("data", "aida", "train.jsonl")
        shared("data", "polnear", "dev.jsonl.gz")


@pytest.mark.parametrize("sample", ["seventh", "eighth"])
def test_judged_relations_shown_with_trust(tmp_path, monkeypatch, sample):
    _outlets(sample)
    monkeypatch.setenv("STORYGRAPH_RELATION_CONFIDENCE", "trust")
    figures = _figures(tmp_path, sample)
    precision, right = TRUST_FLOORS[sample]
    assert figures["precision"] >= precision and figures["right"] >= right, (
        f"{sample}: {figures['right']} of {figures['judged']} right "
        f"(precision {figures['precision']}); floors {precision} and {right} right")


@pytest.mark.parametrize("sample", ["first", "fresh", "third", "fourth", "fifth", "seventh",
                                    "eighth"])
def test_judged_relations_shown_by_default(tmp_path, sample):
    _outlets(sample)
    figures = _figures(tmp_path, sample)
    precision, right = FLOORS[sample]
    assert figures["precision"] >= precision and figures["right"] >= right, (
        f"{sample}: {figures['right']} of {figures['judged']} right "
        f"(precision {figures['precision']}); floors {precision} and {right} right")
