"""Where each type cue (nlp/name_cues.py) fires, is it right? With the base NER off.

    python benchmarks/check_name_cues.py conll          # CoNLL dev, against its gold
    python benchmarks/check_name_cues.py bench [--limit 150]
                                                        # bench lines 400-549, against
                                                        # the default pipeline's types

Each cue that fires on a mention is compared, in CoNLL's four classes, with the label
the reference gives the same characters (mentions the reference does not mark are
counted apart); the cases it gets wrong are printed under the table. Names found by
the phrase alone (``find_body_names``) count as the cue "body name", printed also where
the reference marks no name there. Not a test: the cues' weights and words were chosen
from these figures (docs/entities.md).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CONLL_CLASSES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def _class(label: str) -> str:
    return CONLL_CLASSES.get(label, "MISC")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("reference", choices=("conll", "bench"))
    ap.add_argument("--limit", type=int, default=150)
    args = ap.parse_args()
    from storygraph import nlp as sgnlp
    from storygraph.nlp import name_cues

    fired = []
    cues = name_cues.type_cues

    def recorded(doc, spans, gaz):   # the entities stage's own calls, seen as they happen
        for cue in cues(doc, spans, gaz):
            fired.append((doc, cue))
            yield cue
    name_cues.type_cues = recorded
    from storygraph.nlp import entities
    bodies = entities.find_body_names

    def recorded_bodies(doc, spans, gaz):   # names found by the phrase alone, as a cue
        found = bodies(doc, spans, gaz)
        fired.extend((doc, (span, "body name", label, 0)) for span, label in found)
        return found
    entities.find_body_names = recorded_bodies

    if args.reference == "conll":
        path = SHARED / "conll2003" / "dev.jsonl"
        if not path.exists():
            sys.exit(f"skipped: {path} is absent")
        rows = [json.loads(line) for line in path.open()]
        gold = [{(e["start"], e["end"]): e["label"] for e in r["entities"]} for r in rows]
    else:
        path = SHARED / "bench" / "news.jsonl.gz"
        if not path.exists():
            sys.exit(f"skipped: {path} is absent")
        with gzip.open(path, "rt") as f:
            rows = [json.loads(line) for line in f][400:400 + args.limit]
        os.environ["STORYGRAPH_BASE_NER"] = "on"
        base = sgnlp.load()
        gold = [{(m.start, m.end): m.label for m in doc._.mentions}
                for doc in base.pipe([r["text"] for r in rows])]
        del base
    os.environ["STORYGRAPH_BASE_NER"] = "off"
    off = sgnlp.load()
    stats: dict = defaultdict(Counter)
    misses: dict = defaultdict(list)
    for i, doc in enumerate(off.pipe([r["text"] for r in rows])):
        for seen, (span, cue, label, _) in fired:
            if seen is not doc:
                continue
            ref = gold[i].get((span.start_char, span.end_char))
            verdict = "unmarked" if ref is None else (
                "right" if _class(ref) == _class(label) else "wrong")
            stats[cue][verdict] += 1
            if verdict == "wrong" or verdict == "unmarked" and cue == "body name":
                text = doc.text[max(0, span.start_char - 40):span.end_char + 40]
                misses[cue].append(f"{span.text!r} {label} (reference {ref}): "
                                   + text.replace("\n", " "))
        fired.clear()
    print(f"{'cue':12} {'right':>6} {'wrong':>6} {'unmarked':>9} {'precision':>10}")
    for cue, c in sorted(stats.items()):
        judged = c["right"] + c["wrong"]
        print(f"{cue:12} {c['right']:6} {c['wrong']:6} {c['unmarked']:9} "
              f"{c['right'] / judged if judged else 0:10.3f}")
    for cue, lines in sorted(misses.items()):
        print(f"== {cue}")
        for line in lines:
            print("  ", line)


if __name__ == "__main__":
    main()
