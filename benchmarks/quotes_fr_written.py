"""The hand-written French quote set: overlap F1 of contents and speaker accuracy.

    python benchmarks/quotes_fr_written.py [--show]

``quotes_fr_written/items.jsonl`` holds short French texts written for storygraph's tests
(not taken from articles), each with every attribution a reader finds in it: the
words attributed (``content``, a substring of the text) and the speaker's entity id
(the document-local id storygraph gives that name: ``slug`` of the person's full name,
the English name of a country or body), or null for a speaker that names no entity
("les syndicats"). The protocol is in ``quotes_fr_written/README.md``.

A predicted quote matches a gold one when their contents' word sets have a Jaccard of
0.5 or more (one-to-one, best pairs first, as score_quotes.py's overlap figure);
speaker accuracy is the share of matched pairs whose speaker entity is the gold one.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent / "quotes_fr_written"


def _words(text: str, start: int, end: int) -> set:
    return {(m.start() + start) for m in re.finditer(r"\w+", text[start:end])}


def score(items, predicted) -> dict:
    """Counts and figures for gold ``items`` and, per item, predicted quotes."""
    n_gold = n_pred = matched = speaker_ok = 0
    misses = []
    for item, quotes in zip(items, predicted):
        text = item["text"]
        gold = []
        for g in item["quotes"]:
            start = text.index(g["content"])
            gold.append((_words(text, start, start + len(g["content"])), g["speaker"], g["content"]))
        pred = [(_words(text, q.content.start, q.content.end), q.speaker_entity, q.content.text)
                for q in quotes]
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = sorted(((len(g[0] & p[0]) / len(g[0] | p[0]), gi, pi)
                        for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                        if g[0] | p[0]), reverse=True)
        used_g, used_p = set(), set()
        for j, gi, pi in pairs:
            if j < 0.5 or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            matched += 1
            ok = gold[gi][1] == pred[pi][1]
            speaker_ok += ok
            if not ok:
                misses.append((item["id"], "speaker", gold[gi][1], pred[pi][1], gold[gi][2]))
        misses += [(item["id"], "missed", g[1], None, g[2]) for gi, g in enumerate(gold) if gi not in used_g]
        misses += [(item["id"], "extra", None, p[1], p[2]) for pi, p in enumerate(pred) if pi not in used_p]
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    return {"n_gold": n_gold, "n_pred": n_pred, "matched": matched,
            "overlap_p": p, "overlap_r": r, "overlap_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_acc": speaker_ok / matched if matched else 0.0, "misses": misses}


def run(nlp=None) -> dict:
    from storygraph import nlp as nlp_module
    from storygraph.settings import Settings

    nlp = nlp or nlp_module.load(Settings.load().model_fr)
    items = [json.loads(line) for line in (HERE / "items.jsonl").open(encoding="utf-8")]
    return score(items, [nlp(item["text"])._.quotes for item in items])


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the misses")
    args = ap.parse_args(argv)
    res = run()
    if args.show:
        for m in res["misses"]:
            print(*m, sep=" | ")
    print(f"quotes_fr_written n_gold={res['n_gold']} n_pred={res['n_pred']} "
          f"overlap_p={res['overlap_p']:.3f} overlap_r={res['overlap_r']:.3f} "
          f"overlap_f1={res['overlap_f1']:.3f} speaker_acc={res['speaker_acc']:.3f}")


if __name__ == "__main__":
    main()
