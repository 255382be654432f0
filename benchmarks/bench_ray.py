"""Documents/s locally with 1 and 2 worker processes and on a two-node Ray cluster.

    python benchmarks/bench_ray.py [--limit N]

One run, inside a network namespace of its own (``unshare -n -p``, loopback only: Ray
advertises the machine's network address otherwise), needs root (or unshare allowed)
and Ray (``pip install 'storygraph[ray]'``). It starts a head and a second node with one
CPU each (2 CPUs, the same cores the local workers use), then extracts the first N
bench articles (../shared/data/bench/news.jsonl.gz) three ways, each in its own
process. Per configuration it prints documents/s for the whole run (model loading and
actor start included) and in the steady state (after a warm-up of two batches per
worker), and whether the records equal the 1-worker run's; the last line is Ray's
overhead against 2 local workers.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "bench" / "news.jsonl.gz"
PORT = 6379
CONFIGS = [("local", 1), ("local", 2), ("ray", 2)]


def run_one(kind: str, workers: int, data: str) -> None:
    """One configuration, in this process: prints a JSON line with its figures.

    A warm-up of two batches per worker first (the model loaded, the workers or actors
    started), then the timed steady state on the rest, through the same runner.
    """
    from storygraph.pipeline import _extractor, process
    from storygraph.sources import read
    from storygraph.types import Extraction

    items = list(read([Path(data)]))
    warm, rest = items[:32 * workers], items[32 * workers:]
    digest = hashlib.sha1()
    start = time.perf_counter()
    with _extractor(None, f"127.0.0.1:{PORT}" if kind == "ray" else None) as (nlp, runner):
        for part in (warm, rest):
            if part is rest:
                ready = time.perf_counter()
            for item in process(part, nlp, workers, runner=runner):
                if isinstance(item, Extraction):
                    digest.update(json.dumps(item.to_dict(), sort_keys=True).encode())
        end = time.perf_counter()
    print(json.dumps({"kind": kind, "workers": workers, "docs": len(items),
                      "seconds": end - start, "startup": ready - start,
                      "steady": len(rest) / (end - ready), "digest": digest.hexdigest()}))


def in_namespace(args) -> None:
    """Inside the namespace: start the cluster, run each configuration, stop it."""
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    bin_dir = Path(sys.executable).parent
    tmp = Path(tempfile.mkdtemp(prefix="sg-bench-ray."))
    env = dict(os.environ, HOME=str(tmp), RAY_USAGE_STATS_ENABLED="0",
               PATH=f"{bin_dir}:{os.environ['PATH']}")
    ray = str(bin_dir / "ray")
    try:
        subprocess.run([ray, "start", "--head", "--port", str(PORT), "--num-cpus", "1",
                        "--include-dashboard=false", "--temp-dir", str(tmp / "ray")],
                       check=True, capture_output=True, env=env)
        subprocess.run([ray, "start", "--address", f"127.0.0.1:{PORT}", "--num-cpus", "1"],
                       check=True, capture_output=True, env=env)
        data = tmp / "bench.jsonl"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
            data.write_text("".join(line for _, line in zip(range(args.limit), fh)))
        results = {}
        for kind, workers in CONFIGS:
            out = subprocess.run([sys.executable, __file__, "--one", kind, str(workers),
                                  "--data", str(data)], check=True, capture_output=True,
                                 text=True, env=env).stdout
            r = results[(kind, workers)] = json.loads(out.strip().splitlines()[-1])
            same = r["digest"] == results[("local", 1)]["digest"]
            where = "ray 2 nodes x 1 CPU" if kind == "ray" else f"local workers={workers}"
            print(f"{where:<20} docs={r['docs']} docs/s={r['docs'] / r['seconds']:.2f} "
                  f"steady_docs/s={r['steady']:.2f} seconds={r['seconds']:.1f} "
                  f"startup+warmup={r['startup']:.1f}s same_records={'yes' if same else 'NO'}",
                  flush=True)
    finally:
        subprocess.run([ray, "stop", "--force"], capture_output=True, env=env)
        shutil.rmtree(tmp, ignore_errors=True)
    local, on_ray = results[("local", 2)], results[("ray", 2)]
    print(f"summary: docs={args.limit} ray_overhead_vs_2_local_workers: "
          f"whole_run={on_ray['seconds'] / local['seconds'] - 1:+.0%} "
          f"steady={local['steady'] / on_ray['steady'] - 1:+.0%} "
          f"(2 workers vs 1: {results[('local', 1)]['seconds'] / local['seconds']:.2f}x)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=200, help="documents (default 200; 2225 = all)")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "WORKERS"), help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--in-namespace", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        return run_one(args.one[0], int(args.one[1]), args.data)
    if not CORPUS.exists():
        sys.exit(f"skipped: {CORPUS} is absent (../shared holds the benchmark corpus)")
    try:
        import ray  # noqa: F401
    except ImportError:
        sys.exit("skipped: Ray is not installed (pip install 'storygraph[ray]')")
    if args.in_namespace:
        return in_namespace(args)
    cmd = ["unshare", "-n", "-p", "-f", "--mount-proc", sys.executable, __file__,
           "--in-namespace", "--limit", str(args.limit)]
    try:
        sys.exit(subprocess.run(cmd).returncode)
    except FileNotFoundError:
        sys.exit("skipped: unshare is missing (Ray needs a loopback-only network namespace here)")


if __name__ == "__main__":
    main()
