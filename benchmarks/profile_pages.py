"""Each page's queries on a store: time, rows returned and SQLite's plan, so a page's
cost can be compared on a busy machine by what it reads, not only by seconds.

    python benchmarks/profile_pages.py DB [--plans] [--slowest 5]

Pages are the ones bench_scale.py measures, answered in-process (no HTTP), warm.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db")
    ap.add_argument("--plans", action="store_true", help="print each slow query's plan")
    ap.add_argument("--slowest", type=int, default=3, help="queries shown per page")
    args = ap.parse_args()

    from fastapi.testclient import TestClient
    from sqlalchemy import event, text
    from sqlalchemy.engine import Engine

    from bench_scale import _json, page_paths
    from storygraph.web.app import create_app

    log: list = []

    @event.listens_for(Engine, "before_cursor_execute")
    def before(conn, cursor, statement, parameters, context, executemany):
        conn.info["t"] = time.perf_counter()

    @event.listens_for(Engine, "after_cursor_execute")
    def after(conn, cursor, statement, parameters, context, executemany):
        log.append((time.perf_counter() - conn.info["t"], statement, parameters, cursor.rowcount, conn))

    paths = page_paths(args.db)
    client = TestClient(create_app(args.db))
    for name, path in paths.items():
        for url in (path, _json(path)):
            client.get(url)  # warm
            log.clear()
            t = time.perf_counter()
            r = client.get(url)
            total = (time.perf_counter() - t) * 1000
            queries = list(log)
            sql_ms = sum(q[0] for q in queries) * 1000
            print(f"{url[:60]:60} {r.status_code} {total:7.1f} ms  sql {sql_ms:7.1f} ms in "
                  f"{len(queries):3} queries  {len(r.content) / 1024:7.1f} kB")
            if url != path:
                continue
            for dt, statement, params, _, conn in sorted(queries, key=lambda q: -q[0])[:args.slowest]:
                one = " ".join(statement.split())
                print(f"    {dt * 1000:7.1f} ms  {one[:150]}")
                if args.plans and conn.dialect.name == "sqlite":
                    with conn.engine.connect() as c:
                        plan = c.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
                    for row in plan:
                        print(f"               plan: {row[-1]}")


if __name__ == "__main__":
    main()
