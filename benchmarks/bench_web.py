"""Latency of the web app's entity and document pages on a large store.

    python benchmarks/bench_web.py [--db PATH] [--pages 200]

Builds the store from ../shared/data/bench/news.jsonl.gz (2,225 articles) with
`storygraph ingest` unless --db names an existing one, then requests entity pages (the
most mentioned entities and a random sample) and document pages through a real uvicorn
on 127.0.0.1, and prints p50/p95/max per page kind.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "bench" / "news.jsonl.gz"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/bench.db")
    ap.add_argument("--pages", type=int, default=200, help="requests per page kind")
    args = ap.parse_args()
    import httpx
    import uvicorn

    from storygraph.store import Store
    from storygraph.web import create_app

    if not Path(args.db).exists():
        if not CORPUS.exists():
            sys.exit(f"skipped: {CORPUS} is absent (../shared holds the benchmark corpus)")
        from storygraph.pipeline import run_ingest
        t = time.perf_counter()
        summary = run_ingest([CORPUS], args.db, workers=2, quiet=True)
        print(f"built {args.db}: {summary.line('stored')} in {time.perf_counter() - t:.0f} s")
    store = Store(args.db, create=False)
    stats = store.stats()
    print(f"store: {stats['documents']} documents, {stats['entities']} entities, "
          f"{stats['mentions']} mentions, {stats['quotes']} quotes")
    rng = random.Random(7)
    entities = [e["id"] for e in store.entities()]
    docs = [d["id"] for d in store.documents(limit=100_000)]
    top = entities[:20]
    paths = {
        "entity (top 20)": [f"/entities/{rng.choice(top)}" for _ in range(args.pages)],
        "entity (any)": [f"/entities/{rng.choice(entities)}" for _ in range(args.pages)],
        "document": [f"/documents/{rng.choice(docs)}" for _ in range(args.pages)],
    }
    port = _port()
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    lines = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        client.get("/")
        for kind, urls in paths.items():
            times = []
            for url in urls:
                t = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, (url, r.status_code)
            times.sort()
            p95 = times[int(len(times) * 0.95) - 1]
            line = (f"{kind}: p50={statistics.median(times):.1f}ms p95={p95:.1f}ms "
                    f"max={times[-1]:.1f}ms n={len(times)}")
            print(line)
            key = {"entity (top 20)": "entity_top", "entity (any)": "entity_any"}.get(kind, kind)
            lines.append(f"{key}_p95={p95:.0f}ms")
    server.should_exit = True
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average during the run: {load} on {os.cpu_count()} cores (other work skews p95)")
    print("summary: " + " ".join(lines))


if __name__ == "__main__":
    main()
