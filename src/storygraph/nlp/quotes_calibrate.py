"""Calibrate the quote stage's confidence on PolNeAR dev; write it into the package.

    python -m storygraph.nlp.quotes_calibrate [--shared ../shared] [--out PATH]

Runs the pipeline over ``<shared>/data/polnear/dev.jsonl.gz`` (the cue model never saw
dev), labels each quote found 1 when a gold attribution has a cue overlapping its cue and
a content overlapping its content (for a quote without a cue: content token Jaccard
>= 0.5), and fits a logistic regression over ``attribution.confidence_features`` (the cue
model's score, the attribution kind, the content's and the speaker's form). It reports
the fit held out — fitted on one half of the articles, scored on the other — before
writing the weights fitted on all of dev to ``models/quotes/calibration.json``.
Deterministic: same data, same weights.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

from .attribution import CALIBRATION_PATH

ROOT = Path(__file__).resolve().parents[3]
#: Inverse L2 strength of the calibration (few, dense features: mild).
C = 1.0
#: The confidence a quote needs to be shown by default (settings.py's default).
THRESHOLD = 0.5
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _tokens(text: str, s: int, e: int) -> set:
    return {m.start() for m in _TOKEN.finditer(text) if m.start() < e and m.end() > s}


def label(quote, gold: list[dict], text: str) -> int:
    c = quote.content
    for g in gold:
        gc = g["content"]
        if quote.cue is not None and g.get("cue"):
            if quote.cue.start < g["cue"]["end"] and g["cue"]["start"] < quote.cue.end \
                    and c.start < gc["end"] and gc["start"] < c.end:
                return 1
        elif quote.cue is None:
            a, b = _tokens(text, c.start, c.end), _tokens(text, gc["start"], gc["end"])
            if a and b and len(a & b) >= 0.5 * len(a | b):
                return 1
    return 0


def examples(records) -> list[tuple[int, dict, int]]:
    """(article index, features, label) for each quote the pipeline finds."""
    from . import load
    from .quotes import find_quotes, load_model

    nlp = load()
    model = load_model()
    out = []
    for i, (rec, doc) in enumerate(zip(records, nlp.pipe(r["text"] for r in records))):
        explain: list = []
        found = find_quotes(doc, doc._.mentions, model, doc._.corefs, explain=explain)
        # Rules may trim a quote after it was scored: match on the cue (or content).
        feats = {_where(q): f for q, f in explain}
        for q in found:
            if _where(q) in feats:
                out.append((i, feats[_where(q)], label(q, rec["quotes"], rec["text"])))
    return out


def _where(q) -> tuple:
    return (q.cue.start, q.cue.end) if q.cue is not None else ("content", q.content.start)


def fit(rows) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([f for f, _ in rows])
    model = LogisticRegression(C=C, max_iter=5000, solver="lbfgs")
    model.fit(x, [y for _, y in rows])
    return {"bias": round(float(model.intercept_[0]), 4),
            "w": {str(n): round(float(w), 4)
                  for n, w in zip(vec.get_feature_names_out(), model.coef_[0])}}


def report(name: str, probs: list[float], ys: list[int]) -> str:
    """Brier score and expected calibration error over ten equal-width bins."""
    n = len(ys)
    brier = sum((p - y) ** 2 for p, y in zip(probs, ys)) / n
    ece = 0.0
    for k in range(10):
        idx = [i for i, p in enumerate(probs) if k / 10 <= p < (k + 1) / 10 or (k == 9 and p == 1)]
        if idx:
            ece += len(idx) / n * abs(sum(probs[i] for i in idx) / len(idx)
                                      - sum(ys[i] for i in idx) / len(idx))
    shown = [y for p, y in zip(probs, ys) if p >= THRESHOLD]
    prec = sum(shown) / len(shown) if shown else 0.0
    return (f"{name}: n={n} positives={sum(ys)} brier={brier:.4f} ece={ece:.4f} "
            f"at>={THRESHOLD}: kept={len(shown)} precision={prec:.3f}")


def main(argv=None) -> int:
    from .attribution import Calibration

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    ap.add_argument("--out", type=Path, default=CALIBRATION_PATH)
    args = ap.parse_args(argv)
    source = args.shared / "data" / "polnear" / "dev.jsonl.gz"
    if not source.exists():
        print(f"error: {source} is absent (PolNeAR dev lives in ../shared)", file=sys.stderr)
        return 2
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    rows = examples(records)
    # Held out: fit on the even articles, score the odd ones, and the other way round.
    probs, ys = [], []
    for half in (0, 1):
        cal = Calibration(fit([(f, y) for i, f, y in rows if i % 2 != half]))
        for i, f, y in rows:
            if i % 2 == half:
                probs.append(cal(f))
                ys.append(y)
    print(report("held-out halves", probs, ys), file=sys.stderr)
    raw = [1 / (1 + 2.718281828 ** -f["z"]) for _, f, _ in rows]
    print(report("cue score alone", raw, [y for *_, y in rows]), file=sys.stderr)
    weights = fit([(f, y) for _, f, y in rows])
    weights.update({"version": 1, "threshold": THRESHOLD,
                    "fitted_on": f"PolNeAR v1.0.0 dev ({len(records)} articles, "
                                 f"{len(rows)} quotes)"})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(weights, sort_keys=True, indent=0) + "\n")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
