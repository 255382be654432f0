"""Throughput of `storygraph extract` beside bare spaCy on the same texts, same run.

    python benchmarks/bench_extract.py [--limit N] [--workers 1 2] [--numpy-ops]

Reads ../shared/data/bench/news.jsonl.gz (relative to the repository root). Each
configuration runs in its own process so its peak memory (max RSS, children included)
is its own. Prints one line per configuration and a last summary line.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "bench" / "news.jsonl.gz"


def _texts(path: Path, limit: int) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for _, line in zip(range(limit), fh)]


def _numpy_ops():
    from thinc.api import NumpyOps, set_current_ops
    set_current_ops(NumpyOps(use_blis=False))


def run_one(kind: str, workers: int, data: str, numpy_ops: bool) -> None:
    """One configuration, in this process: prints a JSON line with its figures."""
    records = [json.loads(line) for line in open(data, encoding="utf-8")]
    words = sum(len(r["text"].split()) for r in records)
    if kind == "spacy":
        import spacy
        from storygraph.settings import Settings
        settings = Settings.load()
        if settings.numpy_ops:  # the same kernels storygraph runs on, for a fair comparison
            _numpy_ops()
        nlp = spacy.load(settings.model)
        start = time.perf_counter()
        for _ in nlp.pipe((r["text"] for r in records), n_process=workers, batch_size=16):
            pass
    else:
        from storygraph.pipeline import run_extract
        out = Path(data).with_suffix(f".out{workers}.jsonl")
        start = time.perf_counter()
        run_extract([Path(data)], out, workers=workers, quiet=True)
    seconds = time.perf_counter() - start
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
              resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(json.dumps({"kind": kind, "workers": workers, "docs": len(records), "words": words,
                      "seconds": seconds, "peak_mb": rss}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=400, help="documents (default 400; 2225 = all)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--numpy-ops", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--one", nargs=2, metavar=("KIND", "WORKERS"), help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        return run_one(args.one[0], int(args.one[1]), args.data, args.numpy_ops)
    if not CORPUS.exists():
        sys.exit(f"skipped: {CORPUS} is absent (../shared holds the benchmark corpus)")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "bench.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in _texts(CORPUS, args.limit)))
        results = {}
        for workers in args.workers:
            for kind in ("spacy", "storygraph"):
                cmd = [sys.executable, __file__, "--one", kind, str(workers), "--data", str(data)]
                env = dict(os.environ)
                if kind == "spacy" and workers > 1:
                    # spaCy's own worker processes get one BLAS thread each, as storygraph's do.
                    env["OPENBLAS_NUM_THREADS"] = "1"
                line = subprocess.run(cmd, check=True, capture_output=True, text=True,
                                      env=env).stdout
                r = json.loads(line.strip().splitlines()[-1])
                results[(kind, workers)] = r
                print(f"{kind:<10} workers={workers} docs={r['docs']} "
                      f"docs/s={r['docs'] / r['seconds']:.1f} words/s={r['words'] / r['seconds']:.0f} "
                      f"seconds={r['seconds']:.1f} peak_mb={r['peak_mb']:.0f}", flush=True)
    parts = []
    for workers in args.workers:
        bare, ours = results[("spacy", workers)], results[("storygraph", workers)]
        parts.append(f"w{workers}: storygraph_words_s={ours['words'] / ours['seconds']:.0f} "
                     f"spacy_words_s={bare['words'] / bare['seconds']:.0f} "
                     f"overhead={ours['seconds'] / bare['seconds'] - 1:+.0%}")
    print("summary: " + " | ".join(parts))


if __name__ == "__main__":
    main()
