"""Train the quote model on PolNeAR train; write it as JSON into the package.

    python -m storygraph.nlp.quotes_train [--shared ../shared] [--cache DIR] [--out PATH]

Reads ``<shared>/data/polnear/train.jsonl.gz`` (contract-v1 gold, see its README),
parses it with the spaCy model named in settings (a few minutes on one core; ``--cache``
keeps the parse as a DocBin for reruns), and fits three logistic regressions (cue,
content, speaker; nlp/quote_features.py) whose weights are written as plain JSON to
``src/storygraph/models/quotes/model.json``. Deterministic: same data, same weights.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from .model_files import write_model
from .quote_features import (DocInfo, content_candidates, content_features, cue_features,
                             speaker_candidates, speaker_features)
from .quotes import MODEL_PATH

ROOT = Path(__file__).resolve().parents[3]
#: Lemmas seen as a cue head fewer times than this are not cue candidates.
MIN_CUE_COUNT = 2
#: Weights smaller than this are dropped from the shipped model.
PRUNE = 0.02
#: Inverse L2 strengths of the cue classifier and the content and speaker rankers
#: (tuned on PolNeAR dev).
CUE_C = 0.15
CONTENT_C = 0.1
SPEAKER_C = 1.0


def read_gold(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def parse(records: list[dict], cache: Path | None, split: str):
    import spacy
    from spacy.tokens import DocBin

    from ..settings import Settings

    target = cache / f"{split}.spacy" if cache else None
    if target is not None and target.exists():
        nlp = spacy.blank("en")
        docs = list(DocBin().from_disk(target).get_docs(nlp.vocab))
        if [d.text for d in docs] == [r["text"] for r in records]:
            return docs
    nlp = spacy.load(Settings.load().model)
    docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        db.to_disk(target)
    return docs


def cue_head(doc, start: int, end: int):
    """The token heading a gold cue span: the first whose head lies outside the span,
    a verb preferred ("has said" -> said, "according to" -> according)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    verbs = [t for t in span if t.pos_ == "VERB"]
    if verbs and (not heads or heads[0].pos_ not in ("VERB", "NOUN")):
        return verbs[0]
    return heads[0] if heads else span[0]


def token_range(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else (span.start, span.end)


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def examples(records, docs):
    """(cue, content, speaker) example lists and the cue lexicon."""
    golds = []
    lemmas = Counter()
    for rec, doc in zip(records, docs):
        found = []
        for q in rec["quotes"]:
            if not q.get("cue"):
                continue
            head = cue_head(doc, q["cue"]["start"], q["cue"]["end"])
            content = token_range(doc, q["content"]["start"], q["content"]["end"])
            if head is None or content is None:
                continue
            speaker = q.get("speaker")
            sp = token_range(doc, speaker["start"], speaker["end"]) if speaker else None
            found.append((head, content, sp, speaker is not None))
            lemmas[head.lemma_.lower()] += 1
        golds.append(found)
    lexicon = sorted(l for l, n in lemmas.items() if n >= MIN_CUE_COUNT)
    lex = set(lexicon)
    cue_x, cue_y, con_g, spk_g = [], [], [], []
    for doc, found in zip(docs, golds):
        info = DocInfo(doc)
        heads = {h.i for h, *_ in found}
        for tok in doc:
            if tok.lemma_.lower() in lex:
                cue_x.append(cue_features(tok, info))
                cue_y.append(int(tok.i in heads))
        for head, content, sp, named in found:
            cands = content_candidates(head, info)
            if cands:
                scored = [(jaccard(span, content), span, names) for span, names in cands.items()]
                best = max(s for s, _, _ in scored)
                con_g.append([(content_features(head, a, b, names, info),
                               int(s >= 0.5 and s >= best - 0.05)) for s, (a, b), names in scored])
            group = [(speaker_features(None, head, content), int(not named))]
            for cand in speaker_candidates(head, content, info):
                hit = sp is not None and sp[0] <= cand.i < sp[1]
                group.append((speaker_features(cand, head, content), int(hit)))
            if any(y for _, y in group):
                spk_g.append(group)
    return lexicon, (cue_x, cue_y), con_g, spk_g


def fit(xs: list[list[str]], ys: list[int], c: float) -> dict:
    """A logistic regression over string features, as {"bias", "w": {feature: weight}}."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f in xs]).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit indices only
    x.indptr = x.indptr.astype("int32")
    model = LogisticRegression(C=c, max_iter=2000, solver="liblinear", random_state=0)
    model.fit(x, ys)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0]) if abs(w) >= PRUNE}
    return {"bias": round(float(model.intercept_[0]), 4), "w": weights}


def fit_ranker(groups, c: float) -> dict:
    """A conditional logit over each group's candidates: the weights that make the gold
    candidates of a group the likeliest among its candidates (softmax within the group),
    since at run time only the best-scoring candidate of each group is kept.
    Returns {"bias": 0, "w": {feature: weight}}."""
    import numpy
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    xs, ys, starts = [], [], []
    for g in groups:
        starts.append(len(xs))
        total = sum(y for _, y in g) or 1
        for f, y in g:
            xs.append(f)
            ys.append(y / total)
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f in xs]).tocsr()
    y = numpy.asarray(ys)
    starts = numpy.asarray(starts)
    group_of = numpy.repeat(numpy.arange(len(starts)), numpy.diff(numpy.append(starts, len(ys))))
    # A group with no gold candidate teaches nothing: its weight in the loss is 0.
    mass = numpy.add.reduceat(y, starts)[group_of]

    def loss(w):
        s = x @ w
        top = numpy.maximum.reduceat(s, starts)
        e = numpy.exp(s - top[group_of])
        z = numpy.add.reduceat(e, starts)
        lse = top + numpy.log(z)
        p = e / z[group_of]
        nll = -(y * (s - lse[group_of])).sum()
        grad = x.T @ (p * mass - y)
        return nll + (w @ w) / (2 * c), grad + w / c

    w0 = numpy.zeros(x.shape[1])
    res = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(v), 4) for n, v in zip(names, res.x) if abs(v) >= PRUNE}
    return {"bias": 0.0, "w": weights}


def flat(groups):
    xs, ys = [], []
    for g in groups:
        for f, y in g:
            xs.append(f)
            ys.append(y)
    return xs, ys


def train(records, docs) -> dict:
    lexicon, (cx, cy), con_g, spk_g = examples(records, docs)
    print(f"cue examples {len(cx)} (+{sum(cy)}), content groups {len(con_g)}, "
          f"speaker groups {len(spk_g)}, lexicon {len(lexicon)}", file=sys.stderr)
    return {"version": 1, "trained_on": f"PolNeAR v1.0.0 train ({len(records)} articles)",
            "lexicon": lexicon, "threshold": 0.4,
            "cue": fit(cx, cy, CUE_C), "content": fit_ranker(con_g, CONTENT_C),
            "speaker": fit_ranker(spk_g, SPEAKER_C)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    ap.add_argument("--cache", type=Path, default=None, help="folder for the parsed DocBin")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--threshold", type=float, default=0.4)
    ap.add_argument("--limit", type=int, default=0,
                    help="train on the first N articles only (a smoke test, not a model)")
    args = ap.parse_args(argv)
    source = args.shared / "data" / "polnear" / "train.jsonl.gz"
    if not source.exists():
        print(f"error: {source} is absent (PolNeAR train lives in ../shared)", file=sys.stderr)
        return 2
    records = read_gold(source)
    if args.limit:
        records = records[:args.limit]
    docs = parse(records, args.cache, "train")
    model = train(records, docs)
    model["threshold"] = args.threshold
    write_model(args.out, model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
