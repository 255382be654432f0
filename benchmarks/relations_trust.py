"""Fit the relations' trust (nlp/relation_trust.py) on the judged samples: how often a
relation read a given way was found right by a reader (benchmarks/relations_judged),
and on the seeds' readings, right when the seeds' gold holds them.

    python benchmarks/relations_trust.py            # fit, report, write models/relations/trust.json
    python benchmarks/relations_trust.py --dry      # fit and report only

Every relation the stage finds in the samples' articles is read with its trust features;
those a judgement exists for (right or wrong) are the training items. A logistic
regression (L2, C=0.3, lbfgs: the same weights every run) is checked by leaving one
sample out at a time: each sample's relations are scored by the fit on the others, and
the shown set's precision and the right relations kept are printed for each cut. The
shipped weights are fitted on all the samples, their bias moved so that a confidence of
the relation threshold (0.6) is where the left-out readings were TARGET right: what a
reader is shown by default is then about that right, not 0.6 right.

The seeds (three political articles, ../shared/data/seeds) label every reading of theirs:
right when a gold relation has its type, an overlapping evidence and its named ends
(score_story's strict match). Their readings of political copy ("vowed to continue
helping Bamako", "want Russia's help") look like news readings the judges found wrong,
so a fit on news alone hides them; weighed as SEEDS_WEIGHT judged items in all, they
teach the fit that such readings of states and bodies in hard copy hold.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import relations_judged as rj  # noqa: E402
from judged import ROOT, texts  # noqa: E402

#: The samples fitted on. A sample drawn to be held out joins only after it was judged
#: on the shipped calibration.
#: (The ninth and tenth, held out when judged, joined at issue 12's eleventh stop, the
#: eleventh at the twelfth, the twelfth and thirteenth at the fourteenth; the fourteenth
#: is held out.)
FIT_SAMPLES = ("first", "fresh", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
               "ninth", "tenth", "eleventh", "twelfth", "thirteenth")
#: The samples the cut is read on: those no phrase fix was ever made from.
#: (The twelfth and thirteenth had rules made from reading them; the cut is held anyway.)
CUT_SAMPLES = ("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh")
C = float(os.environ.get("TRUST_C", "0.3"))
#: The precision wanted of the relations shown from the threshold, on left-out samples
#: (0.78: a left-out sample of the eighth's kind then reads about 0.72).
TARGET = float(os.environ.get("TRUST_TARGET", "0.78"))
#: The seeds' readings weigh this many judged items in all (the news samples give 954):
#: about as much as the news, since their three articles are the only political copy
#: whose every reading is labelled; with less their readings vanish under the news (at
#: 300 or 600 the seeds give 0.706 / 0.647, at 1000 0.743 / 0.686; the left-out news
#: precision at the cut about the same, the eighth 0.711 and 0.725).
SEEDS_WEIGHT = float(os.environ.get("TRUST_SEEDS_WEIGHT", "1000"))
SEEDS = ROOT.parent / "shared" / "data" / "seeds"
#: The cut, once read: the first refit of the ninth stop read 0.70 (left-out precision
#: 0.782 on the fourth to eighth); judging the 29 relations it newly showed moved the
#: reading to 0.74 and back would move it again, so the cut stays where it was read and
#: TRUST_CUT=0 reads it afresh.
CUT = float(os.environ.get("TRUST_CUT", "0.70"))
OUT = ROOT / "src" / "storygraph" / "models" / "relations" / "trust.json"


def read_items(samples) -> list[dict]:
    """(sample, key, features, the model's own confidence) of every relation found in
    the samples' articles."""
    sys.path.insert(0, str(ROOT / "src"))
    from storygraph.nlp import load
    from storygraph.nlp.relation_model import load_model
    from storygraph.nlp.relations import find_relations

    nlp, model = load(), load_model()
    out = []
    for which in samples:
        docs = texts(rj.sample_ids(which))
        ids = sorted(docs)
        for doc_id, doc in zip(ids, nlp.pipe(docs[i]["text"] for i in ids)):
            ex: list = []
            find_relations(doc, doc._.mentions, doc._.quotes, model=model, trust=None,
                           explain=ex)
            for r, feats in ex:
                out.append({"sample": which, "key": rj.key(doc_id, r.to_dict()),
                            "feats": feats, "raw": r.confidence})
    return out


def seed_items() -> list[dict]:
    """Every reading of the seeds' articles, labelled by their gold."""
    sys.path.insert(0, str(ROOT / "src"))
    from storygraph.nlp import load
    from storygraph.nlp.relation_model import load_model
    from storygraph.nlp.relations import find_relations

    nlp, model = load(), load_model()
    docs = {json.loads(line)["id"]: json.loads(line)
            for line in (SEEDS / "input.jsonl").open(encoding="utf-8") if line.strip()}
    gold = {json.loads(line)["id"]: json.loads(line)
            for line in (SEEDS / "gold.jsonl").open(encoding="utf-8") if line.strip()}
    out = []
    ids = sorted(docs)
    for doc_id, doc in zip(ids, nlp.pipe(docs[i]["text"] for i in ids)):
        ex: list = []
        find_relations(doc, doc._.mentions, doc._.quotes, model=model, trust=None, explain=ex)
        for r, feats in ex:
            out.append({"sample": "seeds", "key": rj.key(doc_id, r.to_dict()), "feats": feats,
                        "raw": r.confidence, "y": int(in_gold(gold[doc_id], r.to_dict()))})
    return out


def in_gold(gold: dict, r: dict) -> bool:
    """A gold relation of the type whose evidence overlaps and whose named ends the
    reading does not contradict (an end's entity: the gold mention it overlaps): the
    judges' rule for news (PROTOCOL.md), where an end left unnamed is allowed and a wrong
    one is not. (score_story's strict match asks for every end gold names; a reading
    that leaves one out is still the event a reader is told of.)"""
    def entity(span):
        if span is None:
            return None
        return next((m["entity"] for m in gold.get("entities") or ()
                     if m["start"] < span["end"] and span["start"] < m["end"]), "?")
    ev = r["evidence"]
    return any(g["type"] == r["type"] and g["evidence"]["start"] < ev["end"]
               and ev["start"] < g["evidence"]["end"]
               and all(g.get(f) is None or r.get(side) is None or g[f] == entity(r.get(side))
                       for f, side in (("source_entity", "source"), ("target_entity", "target")))
               for g in gold.get("relations") or ())


def fit(items: list[dict]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([i["feats"] for i in items])
    seeds = sum(1 for i in items if i["sample"] == "seeds")
    weight = [SEEDS_WEIGHT / seeds if i["sample"] == "seeds" else 1.0 for i in items]
    lr = LogisticRegression(C=C, max_iter=5000).fit(x, [i["y"] for i in items],
                                                    sample_weight=weight)
    return {"bias": float(lr.intercept_[0]),
            "w": {k: float(w) for k, w in zip(vec.get_feature_names_out(), lr.coef_[0])}}


def chance(weights: dict, feats: dict) -> float:
    z = weights["bias"] + sum(weights["w"].get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


def held_out_seeds(items: list[dict], train: list[dict], records: Path, shift: float) -> None:
    """Each seed article scored (score_story) by a trust fitted without its readings: the
    seeds' honest figure, since the shipped fit has read all three. RECORDS is
    `storygraph extract --all-relations` of the seeds; a relation's confidence there is
    replaced by the held-out one (never above the model's belief) and those under the
    threshold are dropped."""
    sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
    from score_story import read_jsonl, score, summary_line

    gold = read_jsonl(str(SEEDS / "gold.jsonl"))
    recs = read_jsonl(str(records))
    cut = rj.threshold()
    kept_all = []
    for rec in recs:
        mine = f"{rec['id']}|"
        w = fit([i for i in train if not (i["sample"] == "seeds" and i["key"].startswith(mine))])
        w["bias"] += shift
        conf = {i["key"]: min(chance(w, i["feats"]), i["raw"])
                for i in items if i["sample"] == "seeds" and i["key"].startswith(mine)}
        rels = [dict(r, confidence=round(conf[k], 3)) for r in rec["relations"]
                if (k := rj.key(rec["id"], r)) in conf and conf[k] >= cut]
        missing = sum(1 for r in rec["relations"] if rj.key(rec["id"], r) not in conf)
        kept = dict(rec, relations=rels)
        kept_all.append(kept)
        line = summary_line(score([g for g in gold if g["id"] == rec["id"]], [kept]))
        print(f"held out {rec['id']}: {' '.join(line.split()[-2:])} shown={len(rels)}"
              + (f" unread={missing}" if missing else ""))
    print(f"held out seeds: {' '.join(summary_line(score(gold, kept_all)).split()[-2:])}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry", action="store_true", help="report only, write nothing")
    ap.add_argument("--items", type=Path, default=None,
                    help="keep the items read in this file and read them from it next time")
    ap.add_argument("--hold-seeds", type=Path, default=None, metavar="RECORDS",
                    help="score each seed with the trust fitted without it (RECORDS: the "
                         "seeds extracted with --all-relations); writes nothing")
    args = ap.parse_args(argv)
    if not rj.CORPUS.exists():
        print(f"skipped: {rj.CORPUS} is absent (the bench corpus lives in ../shared)")
        return 0
    judged = rj.load_judgements()
    if args.items and args.items.exists():
        items = [json.loads(line) for line in args.items.open(encoding="utf-8")]
    else:
        items = read_items(FIT_SAMPLES) + (seed_items() if SEEDS_WEIGHT else [])
        if args.items:
            args.items.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    for i in items:
        if i["sample"] != "seeds":
            j = judged.get(i["key"])
            i["y"] = None if j is None else int(j["verdict"] == "y")
    train = [i for i in items if i["y"] is not None]
    # Each sample read by the fit on the others: what a new sample would see.
    left_out = []
    for s in FIT_SAMPLES:  # the seeds stay in every fit: they are no news sample
        w = fit([i for i in train if i["sample"] != s])
        left_out += [(i, chance(w, i["feats"])) for i in items if i["sample"] == s]
    cut, report = None, []
    for c100 in range(40, 91, 2):
        c = c100 / 100
        # shown as the stage shows it: the moved chance, never above the model's belief
        shown = [i for i, p in left_out if p >= c and i["raw"] >= 0.6 and i["y"] is not None
                 and i["sample"] in CUT_SAMPLES]
        right = sum(i["y"] for i in shown)
        prec = right / len(shown) if shown else 0.0
        unjudged = sum(1 for i, p in left_out if p >= c and i["raw"] >= 0.6 and i["y"] is None
                       and i["sample"] in CUT_SAMPLES)
        report.append(f"cut={c:.2f} shown={len(shown)} right={right} precision={prec:.3f} "
                      f"unjudged={unjudged}")
        if cut is None and prec >= TARGET:
            cut = c
    print("\n".join(report))
    cut = CUT or cut or 0.9
    for s in FIT_SAMPLES:  # each left-out sample at that cut
        mine = [(i, p) for i, p in left_out if i["sample"] == s and i["y"] is not None]
        shown = [i for i, p in mine if p >= cut and i["raw"] >= 0.6]
        print(f"left out {s}: shown={len(shown)} right={sum(i['y'] for i in shown)} "
              f"right_of_all_judged={sum(i['y'] for i, _ in mine)}")
    weights = fit(train)
    # Move the bias so that the left-out cut reads as the relation threshold.
    shift = math.log(0.6 / 0.4) - math.log(cut / (1 - cut))
    weights["bias"] += shift
    print(f"items={len(items)} judged={len(train)} right={sum(i['y'] for i in train)} "
          f"cut={cut:.2f} shift={shift:.3f}")
    if args.hold_seeds:
        held_out_seeds(items, train, args.hold_seeds, shift)
    elif not args.dry:
        data = {"samples": list(FIT_SAMPLES), "C": C, "target": TARGET, "cut": cut,
                "seeds_weight": SEEDS_WEIGHT,
                "bias": round(weights["bias"], 4),
                "w": {k: round(v, 4) for k, v in sorted(weights["w"].items()) if abs(v) >= 1e-4}}
        OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
