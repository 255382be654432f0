"""The speaker certainty, fitted on held-out readings (issue 11).

The quote stage multiplies each quote's calibrated P(attribution) by how often a speaker
entity found the way this one was (``Speakers.how``) is right: the share in
``models/quotes/speaker_certainty.json``. Until stop 48 that share was counted on the seven
first judged samples as the current code extracts them; but every sample is tuned on once
judged, so the code had been mended on exactly those items, and the rates said how sure a
way is on articles already read (``body-word`` 0.94, ``description`` 0.96), not on new ones.

Here each rate is counted on the samples that were judged *held out*, each extracted by the
code it was held out on (the commit in ``HELD_OUT``, read with ``git archive`` into a
temporary folder and run in a process of its own), so every item counted was produced
before anything was mended from reading it. Twenty samples, about 2,500 judged
attributions. The verdicts are today's committed judgements of those very items.

    python benchmarks/quotes_judged.py certainty [--dry]   # writes speaker_certainty.json

Leaving one sample out and fitting on the other fourteen (stop 48) raised the held-out
shown speaker entity from 0.896 to 0.931 pooled over the fifteen, attribution from 0.986 to
0.994, and hid 16% of the items shown (see docs/quotes.md, "Stop 48").
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(__file__).resolve().parent / "quotes_judged.py"
OUT = ROOT / "src" / "storygraph" / "models" / "quotes" / "speaker_certainty.json"
#: Each sample judged held out -> the commit whose code its every item was judged on
#: (docs/quotes.md's sample table; before the twenty-first the samples were judged on the
#: code of their own draw only in part).
HELD_OUT = {"twentyfirst": "d564202", "twentysecond": "e25a57b", "twentythird": "5740fd5",
            "twentyfourth": "ab91a6c", "twentyfifth": "e9c9d13", "twentysixth": "ac0216c",
            "twentyseventh": "b4148ce", "twentyeighth": "955b56b", "twentyninth": "32802f0",
            "thirtieth": "18102fd", "thirtyfirst": "6d81e2b", "thirtysecond": "dbee20a",
            "thirtythird": "0b297b6", "thirtyfourth": "fb015ad", "thirtyfifth": "82c7c7f",
            "thirtysixth": "c825b13", "thirtyseventh": "4a19364", "thirtyeighth": "ff21e7c",
            "thirtyninth": "5392f27", "fortieth": "766df81"}
#: How many judged items the overall rate counts as, for a way seen only a few times.
PRIOR_WEIGHT = 4


def held_out_ways(which: str, commit: str) -> list[dict]:
    """Every quote the code of ``commit`` finds in the sample, with how its speaker entity
    was found: that commit's ``src`` unpacked and run by ``quotes_judged.py ways``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"],
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        out = Path(tmp) / "ways.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run([sys.executable, str(SCRIPT), "--sample", which, "ways",
                        "--src", str(Path(tmp) / "src"), str(out)], check=True, env=env)
        return [json.loads(line) for line in out.open(encoding="utf-8")]


def count(rows: list[dict], judged: dict, qj, skip: tuple) -> dict:
    """how -> (judged attributions, of which the speaker and its entity are right)."""
    counts: dict = {}
    for row in rows:
        how, q = row["how"], row["quote"]
        if how == "rule" or how in skip:
            continue  # (headline, dash-signed and uncued forms carry no speaker weight)
        j = qj.verdict(judged, row["doc"], q)
        if qj.state(j, q) != "judged" or not j["attribution"]:
            continue
        n, r = counts.get(how, (0, 0))
        counts[how] = (n + 1, r + int(bool(j["speaker_ok"] and j["entity_ok"] is not False)))
    return counts


def rates(counts: dict) -> tuple[dict, float]:
    """The share right per way, an m-estimate towards the share over all ways (a way seen
    a few times stays near it), and that share."""
    total = sum(n for n, _ in counts.values())
    prior = sum(r for _, r in counts.values()) / total if total else 1.0
    return ({how: round((r + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT), 3)
             for how, (n, r) in sorted(counts.items())}, prior)


def fit(qj, dry: bool = False) -> int:
    """Count every held-out sample, print the table and (unless ``dry``) write it; ways
    measured apart (``quotes_judged.py certainty --way``) keep their rates."""
    judged = qj.load_judgements()
    counts: dict = {}
    for which, commit in HELD_OUT.items():
        print(f"{which} on {commit} …", file=sys.stderr)
        qj.SAMPLE["which"] = which
        for how, (n, r) in count(held_out_ways(which, commit), judged, qj, qj.APART).items():
            n0, r0 = counts.get(how, (0, 0))
            counts[how] = (n0 + n, r0 + r)
    table, prior = rates(counts)
    for how, (n, r) in sorted(counts.items(), key=lambda kv: -kv[1][0]):
        print(f"{how:<20}{n:>5}{r:>5}{table[how]:>8.3f}")
    if dry:
        return 0
    data = {"samples": [f"{w}@{c}" for w, c in HELD_OUT.items()], "fitted_on": "held out",
            "certainty": table, "default": round(prior, 3),
            "counts": {k: list(v) for k, v in sorted(counts.items())}}
    old = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    for way in old.get("apart", {}):
        data["certainty"][way] = old["certainty"][way]
        data["counts"][way] = old["counts"][way]
        data.setdefault("apart", {})[way] = old["apart"][way]
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"written {OUT}", file=sys.stderr)
    return 0
