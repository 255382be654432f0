"""What each storygraph stage adds to bare spaCy's time, on the same texts.

    python benchmarks/bench_stages.py [--limit 300]

Runs spaCy's own pipeline over the first N articles of ../shared/data/bench/news.jsonl.gz
(one process), then times each storygraph component alone over the processed Docs, in
pipeline order, and prints its cost as a share of spaCy's.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "bench" / "news.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"skipped: {CORPUS} is absent (../shared holds the benchmark corpus)")
    from storygraph.nlp import COMPONENTS, load

    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.limit), fh)]
    words = sum(len(t.split()) for t in texts)
    nlp = load()
    base = [name for name in nlp.pipe_names if name not in COMPONENTS]
    list(nlp.pipe(texts[:5]))  # warm up
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, disable=list(COMPONENTS), batch_size=16))
    spacy_s = time.perf_counter() - start
    print(f"spaCy ({', '.join(base)}): {len(texts)} docs, {words} words, {spacy_s:.2f} s "
          f"({words / spacy_s:.0f} words/s)")
    if "ner" in nlp.pipe_names:
        # The base NER alone (it carries its own token vectors): what the names stage
        # is measured against.
        fresh = [nlp.make_doc(t) for t in texts]
        start = time.perf_counter()
        list(nlp.get_pipe("ner").pipe(fresh, batch_size=16))
        ner_s = time.perf_counter() - start
        print(f"{'spaCy ner (OntoNotes)':<22} {ner_s:6.2f} s  {ner_s / spacy_s:6.1%} of spaCy")
    parts = []
    total = 0.0
    for name in COMPONENTS:
        component = nlp.get_pipe(name)
        start = time.perf_counter()
        # As nlp.pipe runs it: in batches where the component takes them.
        docs = (list(component.pipe(docs)) if hasattr(component, "pipe")
                else [component(doc) for doc in docs])
        seconds = time.perf_counter() - start
        total += seconds
        print(f"{name:<22} {seconds:6.2f} s  {seconds / spacy_s:6.1%} of spaCy")
        parts.append(f"{name.replace('storygraph_', '')}={seconds / spacy_s:.1%}")
    print(f"all storygraph stages {total:6.2f} s  {total / spacy_s:6.1%} of spaCy")
    print("summary: " + " ".join(parts) + f" total={total / spacy_s:.1%}")


if __name__ == "__main__":
    main()
