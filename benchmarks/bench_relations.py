"""What relations + framing add per document to bare spaCy's time, on the same texts.

    python benchmarks/bench_relations.py [--limit 300]

Runs spaCy's own pipeline plus the upstream storygraph components (entities, timexes,
quotes) over the first N articles of ../shared/data/bench/news.jsonl.gz, then times
storygraph_relations and storygraph_framing alone over the processed Docs and prints
their cost per document and as a share of bare spaCy's.
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
MINE = ("storygraph_relations", "storygraph_framing")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"skipped: {CORPUS} is absent (../shared holds the benchmark corpus)")
    from storygraph.nlp import COMPONENTS, load

    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.limit), fh)]
    nlp = load()
    list(nlp.pipe(texts[:5]))  # warm up
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, disable=list(COMPONENTS), batch_size=16))
    spacy_s = time.perf_counter() - start
    upstream = [c for c in COMPONENTS if c not in MINE]
    for name in upstream:
        docs = [nlp.get_pipe(name)(doc) for doc in docs]
    n = len(docs)
    print(f"bare spaCy: {n} docs, {spacy_s:.2f} s ({1000 * spacy_s / n:.1f} ms/doc)")
    total = 0.0
    for name in MINE:
        pipe = nlp.get_pipe(name)
        start = time.perf_counter()
        docs = [pipe(doc) for doc in docs]
        took = time.perf_counter() - start
        total += took
        print(f"{name}: {1000 * took / n:.2f} ms/doc ({100 * took / spacy_s:.1f}% of spaCy)")
    print(f"relations+framing: {1000 * total / n:.2f} ms/doc "
          f"({100 * total / spacy_s:.1f}% of spaCy)")


if __name__ == "__main__":
    main()
