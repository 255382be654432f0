"""Cost of entity resolution beside extraction, and how it grows with the corpus.

    python benchmarks/bench_resolve.py [--limit N]

Extracts ../shared/data/bench/news.jsonl.gz (2 workers) without resolving, then resolves
the records in growing prefixes (25%, 50%, 100%), and prints the seconds of each beside
the extraction's. Resolution keeps only names and ids, so its cost should grow linearly.
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
    ap.add_argument("--limit", type=int, default=2225)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"skipped: {CORPUS} is absent (../shared holds the benchmark corpus)")
    from storygraph import nlp as nlp_module
    from storygraph.pipeline import process
    from storygraph.resolve import Resolver
    from storygraph.types import Document, Extraction

    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        docs = [Document(id=r["id"], text=r["text"]) for r in
                (json.loads(line) for _, line in zip(range(args.limit), fh))]
    nlp = nlp_module.load()
    start = time.perf_counter()
    records = [r for r in process(docs, nlp, workers=args.workers) if isinstance(r, Extraction)]
    extraction = time.perf_counter() - start
    mentions = sum(len(r.entities) for r in records)
    print(f"extraction: {len(records)} documents, {mentions} mentions, {extraction:.1f} s "
          f"({args.workers} workers)")
    full = None
    for share in (0.25, 0.5, 1.0):
        part = records[: int(len(records) * share)]
        start = time.perf_counter()
        resolver = Resolver()
        for i in range(0, len(part), 64):
            resolver.add(part[i:i + 64])
        seconds = time.perf_counter() - start
        full = seconds
        print(f"resolve {share:>4.0%}: {len(part)} documents in {seconds:.3f} s "
              f"({seconds / max(1, len(part)) * 1000:.3f} ms/doc), {len(resolver.ids)} entities")
    print(f"summary: resolve_s={full:.2f} extract_s={extraction:.1f} "
          f"share={full / extraction:.1%}")


if __name__ == "__main__":
    main()
