"""A store grown to 100,000 documents: load speed, size, page latency, concurrent clients.

    python benchmarks/bench_scale.py [--sizes 10000,50000,100000] [--databases sqlite,postgresql]
                                     [--records FILE] [--workdir DIR] [--share 0.25]

Records: the 2,225 articles of ../shared/data/bench extracted once with `storygraph
extract` and cached (``--records`` names an extraction to use instead). The store grows
by copies of them: each copy gets new ids, a marker appended to each text, and a share
(``--share``) of its entities renamed for that copy, so distinct entities keep growing as
in a real archive. Copies are stored through the loader `storygraph load` uses.

Printed, per database: documents/s for each tenth of the growth; at each size the store's
size, then p50/p95/max milliseconds and the largest answer per page (HTML and JSON) over
real HTTP to `storygraph serve`, the first /graph, 8 concurrent clients, and the pages
served to a reader without write permission. Once the store holds 20,000 documents, the
load ratio: `storygraph load` of a fresh copy (2,225 records) into it, against the same
into an empty store, as whole processes.
"""
from __future__ import annotations

import argparse
import asyncio
import glob
import hashlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "bench" / "news.jsonl.gz"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "storygraph" / "bench-records.jsonl"
STORYGRAPH = str(Path(sys.executable).with_name("storygraph"))
RATIO_AT = 20_000


# -- records ----------------------------------------------------------------------------

def base_records(path: Path | None):
    from storygraph.resolve import localise
    from storygraph.types import Extraction

    path = path or CACHE
    if not path.exists():
        if not CORPUS.exists():
            sys.exit(f"skipped: {CORPUS} is absent (../shared holds the benchmark corpus)")
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"extracting {CORPUS} once into {path} ...", flush=True)
        subprocess.run([STORYGRAPH, "extract", str(CORPUS), "-o", str(path), "-w", "2", "-q"],
                       check=True)
    records = [localise(Extraction.from_dict(json.loads(line))) for line in path.open(encoding="utf-8")]
    seen, unique = set(), []
    for r in records:  # texts stored twice in the corpus would be skipped as duplicates
        key = " ".join(r.text.split())
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique


def _varied(name: str, copy: int) -> str:
    """"Sergey Lavrov" -> "Sergey Lavrovk7": a new name whose surname key is its own too."""
    return f"{name}k{copy}"


def copy_of(record, copy: int, share: float):
    """The record as copy ``copy``: a new id and text, and a share of its entities
    renamed (mention texts and local ids) for this copy only."""
    from storygraph.nlp.name_keys import slug
    from storygraph.resolve import relabel

    if copy == 0:
        return record
    varied = {e.entity for e in record.entities if e.entity and int(hashlib.md5(
        f"{copy}:{e.entity}".encode()).hexdigest()[:8], 16) % 1000 < share * 1000}
    mapping = {eid: slug(_varied(eid.replace("-", " "), copy)) for eid in varied}
    entities = tuple(replace(e, text=_varied(e.text, copy)) if e.entity in varied else e
                     for e in record.entities)
    out = relabel(replace(record, entities=entities), mapping)
    return replace(out, id=f"{record.id}~{copy}", text=record.text + f"\n\n[copy {copy}]")


def stream(records, start_copy: int, share: float):
    copy = start_copy
    while True:
        for r in records:
            yield copy_of(r, copy, share)
        copy += 1


def write_records(path: Path, records) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")


# -- databases --------------------------------------------------------------------------

def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Postgres:
    """A PostgreSQL server on loopback (as tests/store/test_postgres.py starts): throwaway
    by default; with ``keep`` its data directory is ``keep/data`` and stays after the run
    (a server is started on it again when it already holds a cluster, for ``--measure``)."""

    def __init__(self, keep: Path | None = None):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        if not bins:
            raise RuntimeError("PostgreSQL is not installed (scripts/system-deps.sh installs it)")
        self.bin = bins[-1]
        self.keep = keep
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            self.base = keep.resolve()
        else:
            self.base = Path(tempfile.mkdtemp(prefix="storygraph-bench-pg-"))
        self.data = self.base / "data"
        self.as_user = []
        if os.geteuid() == 0:
            self.as_user = ["runuser", "-u", "postgres", "--"]
            os.chmod(self.base, 0o777)
        self.port = _port()
        if not (self.data / "PG_VERSION").exists():
            subprocess.run(self.as_user + [f"{self.bin}/initdb", "-D", str(self.data), "-A", "trust",
                                           "-U", "postgres", "--no-sync"], check=True, capture_output=True)
        subprocess.run(self.as_user + [f"{self.bin}/pg_ctl", "-D", str(self.data), "-w", "-l",
                                       str(self.data / "log"), "-o",
                                       f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 "
                                       "-c fsync=off -c shared_buffers=256MB", "start"],
                       check=True, capture_output=True)
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def sql(self, *statements: str) -> None:
        from sqlalchemy import create_engine, text
        engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            for s in statements:
                conn.execute(text(s))
        engine.dispose()

    def database(self, name: str, template: str | None = None) -> str:
        self.sql(f"DROP DATABASE IF EXISTS {name}",
                 f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def reader(self, name: str) -> str:
        url = self.url.rsplit("/", 1)[0] + f"/{name}"
        from sqlalchemy import create_engine, text
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("DO $$ BEGIN CREATE ROLE reader LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"))
            conn.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"))
        engine.dispose()
        return url.replace("postgres@", "reader@")

    def size(self, name: str) -> int:
        from sqlalchemy import create_engine, text
        engine = create_engine(self.url)
        with engine.connect() as conn:
            n = conn.execute(text(f"SELECT pg_database_size('{name}')")).scalar()
        engine.dispose()
        return n

    def named(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def stop(self) -> None:
        subprocess.run(self.as_user + [f"{self.bin}/pg_ctl", "-D", str(self.data), "-m", "fast",
                                       "stop"], capture_output=True)
        if not self.keep:
            shutil.rmtree(self.base, ignore_errors=True)


# -- pages --------------------------------------------------------------------------------

class Server:
    def __init__(self, db: str):
        self.port = _port()
        self.proc = subprocess.Popen([STORYGRAPH, "serve", "--db", db, "--port", str(self.port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.base = f"http://127.0.0.1:{self.port}"
        import httpx
        for _ in range(300):
            try:
                httpx.get(self.base + "/static/graph.js", timeout=1)
                return
            except httpx.HTTPError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"storygraph serve failed: {self.proc.stderr.read().decode()[-500:]}")
                time.sleep(0.2)
        raise RuntimeError("storygraph serve did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


def page_paths(db: str) -> dict[str, str]:
    from storygraph.store import Store
    with Store(db, create=False) as store:
        top = store.entities(limit=1)[0]["id"]
        middle = store.entities(limit=1, offset=200)[0]["id"]
        doc = store.documents(limit=1, offset=100)[0]["id"]
        person = store.entities(label="PERSON", limit=1)[0]["id"]
    return {"/": "/", "/entities": "/entities", "/entities/top": f"/entities/{top}",
            "/entities/middle": f"/entities/{middle}", "/documents": "/documents",
            "/documents/id": f"/documents/{doc}", "/quotes": "/quotes",
            "/quotes?speaker": f"/quotes?speaker={person}", "/timeline": "/timeline",
            "/timeline?entity": f"/timeline?entity={top}", "/graph": "/graph",
            "/search": "/search?q=government", "/entities/top?offset": f"/entities/{top}?offset=1000",
            "/relations": "/relations", "/relations?entity": f"/relations?entity={top}",
            "/relations?type&from": "/relations?type=ACCUSE&from=2005"}


def _json(path: str) -> str:
    if path == "/":
        return "/index.json"
    head, _, query = path.partition("?")
    return head + ".json" + ("?" + query if query else "")


def cpu_ms(pid: int) -> float:
    """CPU milliseconds a process has used (user + system): what a page costs the
    server whatever else the machine runs (wall-clock times are not, on a shared one)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def measure_pages(base: str, paths: dict[str, str], repeat: int, pid: int) -> list[tuple]:
    import httpx
    rows = []
    with httpx.Client(base_url=base, timeout=60) as client:
        first_graph = time.perf_counter()
        client.get("/graph")
        first_graph = (time.perf_counter() - first_graph) * 1000
        for name, path in paths.items():
            for kind, url in (("html", path), ("json", _json(path))):
                # The first request builds the page (the server keeps answers while the
                # store is unchanged, web.app.Kept): its time and CPU are what a page
                # costs to build; the repeats are what a page asked for again costs.
                cpu = cpu_ms(pid)
                t = time.perf_counter()
                client.get(url)
                first = ((time.perf_counter() - t) * 1000, cpu_ms(pid) - cpu)
                times, biggest, status = [], 0, set()
                cpu = cpu_ms(pid)
                for _ in range(repeat):
                    t = time.perf_counter()
                    r = client.get(url)
                    times.append((time.perf_counter() - t) * 1000)
                    biggest = max(biggest, len(r.content))
                    status.add(r.status_code)
                cpu = (cpu_ms(pid) - cpu) / repeat
                times.sort()
                rows.append((name, kind, times[len(times) // 2], times[int(len(times) * 0.95) - 1 if len(times) >= 20 else -1],
                             times[-1], biggest, sorted(status), cpu, first))
    return rows, first_graph


async def _clients(base: str, urls: list[str], clients: int, each: int):
    import httpx
    times, errors = [], 0

    async def one(n: int):
        nonlocal errors
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            for i in range(each):
                url = urls[(n * 7 + i) % len(urls)]
                t = time.perf_counter()
                try:
                    r = await client.get(url)
                    if r.status_code != 200:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                times.append((time.perf_counter() - t) * 1000)

    t = time.perf_counter()
    await asyncio.gather(*(one(n) for n in range(clients)))
    return sorted(times), errors, time.perf_counter() - t


def load_test(base: str, paths: dict[str, str], clients: int, each: int) -> str:
    urls = [u for p in paths.values() for u in (p, _json(p))]
    times, errors, wall = asyncio.run(_clients(base, urls, clients, each))
    return (f"{clients} clients x {each} requests: p50 {times[len(times) // 2]:.0f} ms, "
            f"p95 {times[int(len(times) * 0.95) - 1]:.0f} ms, max {times[-1]:.0f} ms, "
            f"{errors} errors, {len(times) / wall:.1f} requests/s")


def report_pages(label: str, db: str, reader_db: str, args) -> None:
    paths = page_paths(db)
    server = Server(db)
    try:
        load = os.getloadavg()[0]
        rows, first_graph = measure_pages(server.base, paths, args.repeat, server.proc.pid)
        print(f"  pages ({args.repeat} requests each, warm; first /graph {first_graph:.0f} ms; "
              f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}; cpu: the server's CPU ms per request):")
        worst = (0.0, 0, 0.0)
        first_worst = (0.0, 0.0)
        for name, kind, p50, p95, top, size, status, cpu, first in rows:
            print(f"    {name:24} {kind:4}  p50 {p50:6.1f}  p95 {p95:6.1f}  max {top:6.1f} ms  "
                  f"cpu {cpu:6.1f} ms  {size / 1024:7.1f} kB  {status}  "
                  f"first {first[0]:6.1f} ms, cpu {first[1]:6.1f} ms")
            worst = (max(worst[0], p95), max(worst[1], size), max(worst[2], cpu))
            first_worst = (max(first_worst[0], first[0]), max(first_worst[1], first[1]))
        print(f"  worst page: p95 {worst[0]:.1f} ms, {worst[1] / 1024:.0f} kB, cpu {worst[2]:.1f} ms per request "
              f"(floors: 50 ms, 1024 kB: {'hold' if worst[0] <= 50 and worst[1] <= 1 << 20 else 'MISSED'}); "
              f"built (first request): at most {first_worst[0]:.0f} ms, cpu {first_worst[1]:.0f} ms")
        print(f"  load test (load average {os.getloadavg()[0]:.1f}): "
              + load_test(server.base, paths, args.clients, args.each))
    finally:
        server.stop()
    server = Server(reader_db)
    try:
        import httpx
        bad = [u for p in paths.values() for u in (p, _json(p))
               if httpx.get(server.base + u, timeout=60).status_code != 200]
        print(f"  read-only ({label}): {2 * len(paths) - len(bad)}/{2 * len(paths)} pages served"
              + (f", failed: {bad}" if bad else ""))
    finally:
        server.stop()


# -- the run ------------------------------------------------------------------------------

def load_process(records_file: Path, db: str) -> tuple[float, float]:
    """Wall seconds and the loader process's CPU seconds (a PostgreSQL server's own CPU
    is not in it)."""
    import resource

    def cpu():
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime
    t, c = time.perf_counter(), cpu()
    subprocess.run([STORYGRAPH, "load", str(records_file), "--db", db, "-q"], check=True,
                   capture_output=True)
    return time.perf_counter() - t, cpu() - c


def remember_embeddings(path: Path):
    """Copies repeat their original's sentences: each sentence is embedded once for the
    run (embedding it again for every copy measures the model, not the store). Whole
    ``storygraph load`` processes (the load ratio) embed as users' loads do. Kept in
    ``path`` once the first copy is stored, so a second run (the other database) starts
    with them; returns the function that keeps them."""
    import pickle

    from storygraph.nlp import embeddings

    seen: dict = pickle.loads(path.read_bytes()) if path.exists() else {}
    encode = embeddings.encode

    def remembered(texts):
        todo = sorted({t for t in texts if t not in seen})
        if todo:
            seen.update(zip(todo, encode(todo)))
        import numpy as np
        return np.array([seen[t] for t in texts]) if texts else encode(texts)
    embeddings.encode = remembered

    def keep():
        if not path.exists():
            part = path.with_suffix(".part")
            part.write_bytes(pickle.dumps(seen))
            part.replace(path)
    return keep


def run(kind: str, records, args, work: Path, keep=lambda: None) -> None:
    from storygraph.load import Loader
    from storygraph.pipeline import Summary
    from storygraph.store import Store

    pg = Postgres(args.pg_dir) if kind == "postgresql" else None
    try:
        if args.resume:
            db = pg.named("bench") if pg else str(work / "bench.db")
        else:
            db = pg.database("bench") if pg else str(work / "bench.db")
            if not pg:
                for suffix in ("", "-wal", "-shm"):
                    Path(db + suffix).unlink(missing_ok=True)
        sizes = sorted(args.sizes)
        top = sizes[-1]
        print(f"\n== {kind}: growing to {top:,} documents "
              f"({len(records):,} records per copy, {args.share:.0%} of entities renamed per copy) ==",
              flush=True)
        store = Store(db)
        summary = Summary()
        copies = stream(records, 0, args.share)
        if args.resume:
            # The stream is stored in order, whole batches at a time: what the store
            # holds is the stream's first documents, skipped here.
            summary.done = store.stats()["documents"]
            copies = stream(records, summary.done // len(records), args.share)
            for _ in range(summary.done % len(records)):
                next(copies)
            print(f"  resuming at {summary.done:,} documents", flush=True)
        loader = Loader(store, summary, batch_size=args.batch_size)
        tenth, t_mark = top // 10, time.perf_counter()
        mark = summary.done
        ratio_done = summary.done >= RATIO_AT
        seen = {s for s in sizes if s <= summary.done}
        while summary.done < top:
            loader.put(next(copies))
            if summary.done >= len(records):
                keep()
            if summary.done >= mark + tenth:
                now = time.perf_counter()
                print(f"  {mark:>7,}-{summary.done:>7,} documents: "
                      f"{(summary.done - mark) / (now - t_mark):6.1f} documents/s "
                      f"(load average {os.getloadavg()[0]:.1f})", flush=True)
                mark, t_mark = summary.done, now
            reached = [s for s in sizes if s <= summary.done and s not in seen]
            if summary.done >= RATIO_AT and not ratio_done and args.ratio:
                ratio_done = True
                loader.flush()
                store.close()
                paused = time.perf_counter()
                ratio(kind, db, pg, records, args, work, summary.done)
                store = Store(db)
                loader = Loader(store, summary, batch_size=args.batch_size)
                t_mark += time.perf_counter() - paused  # pauses are not loading time
            for size in reached:
                seen.add(size)
                paused = time.perf_counter()
                loader.flush()
                store.close()
                print(f"  -- at {summary.done:,} documents --", flush=True)
                report_store(kind, db, pg, work, summary.done, args)
                store = Store(db)
                loader = Loader(store, summary, batch_size=args.batch_size)
                t_mark += time.perf_counter() - paused
        loader.flush()
        store.close()
    finally:
        if pg:
            pg.stop()


def report_store(kind: str, db: str, pg, work: Path, documents: int, args) -> None:
    """The store's size, its pages, the load test and read-only serving."""
    if pg:
        size_b = pg.size("bench")
        reader = pg.reader("bench")
    else:
        size_b = sum(Path(db + s).stat().st_size for s in ("", "-wal") if Path(db + s).exists())
        reader = str(work / "reader.db")
        shutil.copyfile(db, reader)
        os.chmod(reader, 0o444)
        if os.access(reader, os.W_OK):
            subprocess.run(["chattr", "+i", reader], capture_output=True)
    print(f"  store size: {size_b / 1e6:.0f} MB ({size_b / documents / 1024:.1f} kB per document)",
          flush=True)
    try:
        report_pages(kind, db, reader, args)
    finally:
        if not pg:
            subprocess.run(["chattr", "-i", reader], capture_output=True)
            os.unlink(reader)


def measure(kind: str, records, args, work: Path) -> None:
    """A store grown by an earlier run (``--workdir``'s bench.db; PostgreSQL's ``bench``
    database in ``--pg-dir``) measured with the current code: opened (so migrated), then
    its pages, the load test, read-only serving and, unless --no-ratio, the load ratio of
    a fresh copy into it against an empty store."""
    from storygraph.store import Store

    if kind == "postgresql" and not (args.pg_dir and (args.pg_dir / "data" / "PG_VERSION").exists()):
        sys.exit("--measure on postgresql needs --pg-dir holding a kept server (grown with --pg-dir)")
    if kind == "sqlite" and not (work / "bench.db").exists():
        sys.exit(f"--measure: no store {work / 'bench.db'} (grow one with --workdir {work})")
    pg = Postgres(args.pg_dir) if kind == "postgresql" else None
    try:
        db = pg.named("bench") if pg else str(work / "bench.db")
        t = time.process_time(), time.perf_counter()
        with Store(db) as store:  # migrates a store written by an older schema
            documents = store.stats()["documents"]
        print(f"\n== {kind}: measuring the kept store of {documents:,} documents "
              f"(opened and migrated in {time.perf_counter() - t[1]:.1f} s, "
              f"cpu {time.process_time() - t[0]:.1f} s) ==", flush=True)
        if args.pages:
            report_store(kind, db, pg, work, documents, args)
        if args.ratio:
            ratio(kind, db, pg, records, args, work, documents)
    finally:
        if pg:
            pg.stop()


def ratio(kind, db, pg, records, args, work: Path, holding: int) -> None:
    """Whole `storygraph load` processes: a fresh copy into the grown store and into an
    empty one, alternately, twice each (the median of each is printed)."""
    fresh = work / "fresh-copy.jsonl"
    write_records(fresh, (copy_of(r, 9_999, args.share) for r in records))
    full, empty = [], []
    for attempt in range(args.ratio_runs):
        if pg:
            target = pg.database("ratio_full", template="bench")
            blank = pg.database("ratio_empty")
        else:
            target, blank = str(work / "ratio-full.db"), str(work / "ratio-empty.db")
            for path in (target, blank):
                for suffix in ("", "-wal", "-shm"):
                    Path(path + suffix).unlink(missing_ok=True)
            shutil.copyfile(db, target)
        empty.append(load_process(fresh, blank))
        full.append(load_process(fresh, target))
    e, f = statistics.median(w for w, _ in empty), statistics.median(w for w, _ in full)
    ec, fc = statistics.median(c for _, c in empty), statistics.median(c for _, c in full)
    print(f"  load ratio (load average {os.getloadavg()[0]:.1f}): {len(records):,} records into {holding:,} documents {f:.1f} s, "
          f"into an empty store {e:.1f} s: {f / e:.2f}x wall, {fc / ec:.2f}x loader cpu "
          f"(floor 1.2x: {'holds' if f / e <= 1.2 else 'MISSED'}; wall runs {[round(w, 1) for w, _ in full]} "
          f"vs {[round(w, 1) for w, _ in empty]}, cpu {[round(c, 1) for _, c in full]} "
          f"vs {[round(c, 1) for _, c in empty]})", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,50000,100000")
    ap.add_argument("--databases", default="sqlite,postgresql")
    ap.add_argument("--records", type=Path, help="contract records to copy (default: extract and cache)")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "storygraph-bench-scale")
    ap.add_argument("--share", type=float, default=0.25, help="share of entities renamed per copy")
    ap.add_argument("--batch-size", type=int, default=1024, help="as `storygraph load`'s default")
    ap.add_argument("--repeat", type=int, default=20, help="requests per page")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--each", type=int, default=25, help="requests per client")
    ap.add_argument("--ratio-runs", type=int, default=2)
    ap.add_argument("--no-ratio", dest="ratio", action="store_false")
    ap.add_argument("--pg-dir", type=Path,
                    help="keep PostgreSQL's data directory here (DIR/data) instead of a throwaway one; "
                         "--measure starts a server on it again")
    ap.add_argument("--resume", action="store_true",
                    help="grow the kept store (--workdir's bench.db, --pg-dir's database) on from "
                         "where an earlier run stopped")
    ap.add_argument("--measure", action="store_true",
                    help="grow nothing: measure the stores an earlier run kept (--workdir's bench.db, "
                         "--pg-dir's database) with the current code")
    ap.add_argument("--no-pages", dest="pages", action="store_false",
                    help="with --measure: only the load ratio")
    ap.add_argument("--embeddings", type=Path,
                    help="the copies' sentence embeddings, kept by an earlier run (default: in --workdir)")
    args = ap.parse_args()
    # Stopped from outside: still stop the PostgreSQL server (the finally clauses run).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    args.sizes = [int(s) for s in args.sizes.split(",")]
    args.workdir.mkdir(parents=True, exist_ok=True)
    records = base_records(args.records)
    keep = remember_embeddings(args.embeddings or args.workdir / "embeddings.pickle")
    print(f"records: {len(records):,} distinct texts; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (timings are wall clock)")
    for kind in args.databases.split(","):
        if args.measure:
            measure(kind, records, args, args.workdir)
        else:
            run(kind, records, args, args.workdir, keep)


if __name__ == "__main__":
    main()
