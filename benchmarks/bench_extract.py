"""Throughput of `storygraph extract` beside bare spaCy on the same texts, same run.

    python benchmarks/bench_extract.py [--limit 300] [--workers 1 2]

Reads ../shared/data/bench/news.jsonl.gz (relative to the repository root). Each
configuration runs as a whole process of its own, start-up included (imports, model
loading, forking workers, writing the output): bare spaCy is ``spacy.load`` and
``nlp.pipe(n_process=N)`` with the model's default pipeline, run twice: at the model's
default batch size (256 for ``en_core_web_sm``, what a bare script gets) and at
storygraph's (16 articles), and the faster of the two is the one storygraph is held to
(until stop 39 spaCy ran at 16 only, where its parser and NER decode four docs at a
time: slower than it runs for its users). Memory is compared with spaCy at 16, the same
articles in flight (at 256 a process holds a thousand MB more). storygraph is the
``storygraph extract -w N`` command itself, its console script (``cli.run``) called in
the process (until stop 57 ``run_extract``, which the command runs, without the
command's own end). Per configuration it prints wall time, CPU time (user+sys of the
process and its children, from getrusage: steadier than wall time on a shared
machine), time to first record and peak memory of the largest process; then one ratio
line per worker count (storygraph's throughput over bare spaCy's, on wall and on CPU
time) and a last summary line.

Both run on the same kernels (numpy's BLAS unless STORYGRAPH_BLIS=1), one BLAS thread
per worker process; a run in one process lets BLAS use every core in bare spaCy (its
default) and two threads in storygraph (``pipeline.ONE_PROCESS_THREADS``). Both start
from compiled bytecode: pip compiled spaCy's at install, and storygraph's source is
compiled here first, as pip does for an installed package (an editable install under
PYTHONDONTWRITEBYTECODE, as on the development machine, would otherwise compile
every module again at each start: 0.16 s of each run).
"""
from __future__ import annotations

import argparse
import compileall
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
FLOORS = {1: 1.0, 2: 1.2}


def _texts(path: Path, limit: int) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for _, line in zip(range(limit), fh)]


#: spaCy's batch sizes: storygraph's, and the model's default (None).
SPACY_BATCHES = (16, None)


def run_one(kind: str, workers: int, data: str, launched: float) -> None:
    """One configuration, in this process: prints a JSON line with its figures.

    ``launched`` is the parent's clock when it started this process, so time to first
    record counts the interpreter's own start-up too."""
    first = []
    if kind.startswith("spacy"):
        import spacy
        from storygraph.settings import Settings
        if Settings.load().numpy_ops:  # the kernels storygraph runs on, for a fair comparison
            from thinc.api import NumpyOps, set_current_ops
            set_current_ops(NumpyOps(use_blis=False))
        nlp = spacy.load(Settings.load().model)
        texts = (json.loads(line)["text"] for line in open(data, encoding="utf-8"))
        batch = kind.partition(":")[2]
        for _ in nlp.pipe(texts, n_process=workers,
                          **({"batch_size": int(batch)} if batch else {})):
            if not first:
                first.append(time.time())
    else:
        from storygraph import pipeline
        process = pipeline.process

        def timed(*args, **kwargs):  # the first record out of extraction
            for item in process(*args, **kwargs):
                if not first:
                    first.append(time.time())
                yield item
        pipeline.process = timed
        from storygraph.cli import run
        out = Path(data).with_suffix(f".out{workers}.jsonl")
        sys.argv = ["storygraph", "extract", str(data), "-o", str(out), "-w", str(workers),
                    "-q"]
        try:
            run()
        except SystemExit as exc:
            if exc.code:
                raise
    # The largest resident set of any one process of this configuration (the driver or
    # a worker, all joined by now).
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(json.dumps({"first_s": first[0] - launched if first else None, "peak_mb": peak}))


def _measure(kind: str, workers: int, data: Path) -> dict:
    cmd = [sys.executable, __file__, "--one", kind, str(workers), "--data", str(data)]
    env = dict(os.environ)
    if kind.startswith("spacy") and workers > 1:
        # spaCy's own worker processes get one BLAS thread each, as storygraph's do.
        env["OPENBLAS_NUM_THREADS"] = "1"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    cmd += ["--launched", repr(start)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    wall = time.time() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = json.loads(out.strip().splitlines()[-1])
    r.update(seconds=wall,
             cpu_s=(after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=300, help="documents (default 300; 2225 = all)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--one", nargs=2, metavar=("KIND", "WORKERS"), help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--launched", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        return run_one(args.one[0], int(args.one[1]), args.data, args.launched or time.time())
    if not CORPUS.exists():
        sys.exit(f"skipped: {CORPUS} is absent (../shared holds the benchmark corpus)")
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    records = _texts(CORPUS, args.limit)
    words = sum(len(r["text"].split()) for r in records)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "bench.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in records))
        for workers in args.workers:
            kinds = [f"spacy:{b}" if b else "spacy" for b in SPACY_BATCHES] + ["storygraph"]
            for kind in kinds:
                r = results[(kind, workers)] = _measure(kind, workers, data)
                first = f"{r['first_s']:.1f}" if r["first_s"] is not None else "-"
                print(f"{kind:<10} workers={workers} docs={len(records)} "
                      f"words/s={words / r['seconds']:.0f} seconds={r['seconds']:.1f} "
                      f"cpu_s={r['cpu_s']:.1f} first_record_s={first} "
                      f"peak_mb_per_process={r['peak_mb']:.0f}", flush=True)
    parts = []
    for workers in args.workers:
        bare = [results[(f"spacy:{b}" if b else "spacy", workers)] for b in SPACY_BATCHES]
        ours = results[("storygraph", workers)]
        wall = min(b["seconds"] for b in bare) / ours["seconds"]
        cpu = min(b["cpu_s"] for b in bare) / ours["cpu_s"]
        memory = ours["peak_mb"] / bare[0]["peak_mb"]
        floor = FLOORS.get(workers)
        verdict = "" if floor is None else f" (floor {floor:.1f}x: {'holds' if wall >= floor else 'fails'})"
        print(f"ratio workers={workers}: storygraph/spaCy throughput wall={wall:.2f}x "
              f"cpu={cpu:.2f}x{verdict}; peak memory per process {memory:.2f}x spaCy's "
              f"(ceiling 1.25x: {'holds' if memory <= 1.25 else 'fails'})")
        parts.append(f"w{workers}: wall={wall:.2f}x cpu={cpu:.2f}x mem={memory:.2f}x")
    print("summary: " + " | ".join(parts))


if __name__ == "__main__":
    main()
