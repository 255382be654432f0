"""Shifts and disputes on a store: query times, and precision on the judged pairs.

    python benchmarks/bench_shifts.py --db STORE [--speakers "Donald Trump" ...] [--grow 4]

STORE is a store with PolNeAR train ingested (or one made before claims, after
``storygraph claims --db STORE``). Prints, for each speaker, the time of
``query.shifts`` (best of 3, after one warm-up) and the pairs shown; then, with
``--grow K``, the same times on a copy of the store whose claims table holds K times as
many claims of other speakers (the query reads one speaker's claims through the index,
so its time should not grow with the store); then the judged pairs of
benchmarks/shifts_judged/judgements.jsonl matched against what the store shows now:
precision at the shipped threshold (pairs shown, pairs right) and at lower ones.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storygraph import query  # noqa: E402
from storygraph.shifts import SHOW, SHOW_CONTEXT  # noqa: E402
from storygraph.store import Store  # noqa: E402

JUDGED = ROOT / "benchmarks" / "shifts_judged" / "judgements.jsonl"
SPEAKERS = ("Donald Trump", "Hillary Clinton", "Bernie Sanders")


def timed(fn, repeat: int = 3):
    fn()  # warm-up: loads numpy and the store's pages
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def times(db: str, speakers) -> dict:
    out = {}
    with Store(db, create=False) as store:
        claims = store.claim_count()
        for name in speakers:
            seconds, pairs = timed(lambda: query.shifts(store, name))
            out[name] = seconds
            print(f"shifts {name!r}: {seconds * 1000:.0f} ms, {len(pairs)} pairs shown "
                  f"({claims} claims in the store)")
    return out


def grown(db: str, factor: int, tmp: Path) -> str:
    """A copy of ``db`` with the claims of every speaker but the ones timed copied
    ``factor - 1`` more times under new speaker ids (a bigger store, same speakers)."""
    copy = tmp / "grown.db"
    shutil.copy(db, copy)
    con = sqlite3.connect(copy)
    cols = [r[1] for r in con.execute("PRAGMA table_info(claims)") if r[1] != "id"]
    keep = ",".join("'" + s + "'" for s in
                    [r[0] for r in con.execute("SELECT id FROM entities WHERE name IN (%s)"
                                               % ",".join("?" * len(SPEAKERS)), SPEAKERS)])
    for k in range(1, factor):
        select = ", ".join(f"speaker_entity || '-copy{k}'" if c == "speaker_entity" else c for c in cols)
        con.execute(f"INSERT INTO claims ({', '.join(cols)}) SELECT {select} FROM claims "
                    f"WHERE speaker_entity NOT IN ({keep}) AND speaker_entity NOT LIKE '%-copy%'")
    con.commit()
    con.close()
    return str(copy)


def key(side: dict) -> tuple:
    return (side["doc_id"], side["start"], side["end"])


def precision(db: str) -> None:
    if not JUDGED.exists():
        print(f"no judged pairs at {JUDGED}")
        return
    judged = {}
    for line in JUDGED.read_text(encoding="utf-8").splitlines():
        j = json.loads(line)
        judged[(j["kind"], frozenset([tuple(j["a"].values()), tuple(j["b"].values())]))] = j["right"]
    with Store(db, create=False) as store:
        here = set(store.document_ids())
        # Right pairs known in this store's articles: what a threshold's right pairs are
        # counted against (a recall among the pairs judged, not among all true pairs).
        known_right = sum(1 for (_, sides), right in judged.items()
                          if right and all(side[0] in here for side in sides))
        shown = [("shift", s) for s in query.shifts(store, threshold=0.0)]
        shown += [("dispute", d) for d in query.disputes(store, threshold=0.0)]
    pairs = []
    for kind, p in shown:
        a, b = (p.before, p.after) if kind == "shift" else (p.first, p.second)
        basis = getattr(p, "basis", "statement")
        pairs.append((p.confidence, kind, judged.get((kind, frozenset([key(a), key(b)]))), basis))
    print(f"judged pairs on file: {len(judged)} ({known_right} right in this store's articles)")

    def line(label, above):
        known = [p for p in above if p[2] is not None]
        right = sum(1 for p in known if p[2])
        print(f"{label}: {len(above)} shown, {len(known)} judged, {right} right, "
              f"precision {right / len(known) if known else float('nan'):.2f}, "
              f"right pairs found {right}/{known_right}")

    # The shipped settings: SHOW for pairs on their statements, SHOW_CONTEXT for pairs
    # read through their contexts.
    for kind in ("shift", "dispute", "all"):
        line(f"shipped (statements {SHOW:.2f}, contexts {SHOW_CONTEXT:.2f}) {kind}s",
             [p for p in pairs if (kind == "all" or p[1] == kind)
              and p[0] >= (SHOW_CONTEXT if p[3] == "context" else SHOW)])
    for threshold in (0.6, 0.56, 0.54, 0.52, 0.5, 0.48, 0.45, 0.4):
        line(f"threshold {threshold:.2f} all", [p for p in pairs if p[0] >= threshold])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--speakers", nargs="*", default=list(SPEAKERS))
    ap.add_argument("--grow", type=int, default=0, help="also time on a store K times bigger")
    args = ap.parse_args()
    base = times(args.db, args.speakers)
    if args.grow > 1 and base:
        with tempfile.TemporaryDirectory() as tmp:
            big = times(grown(args.db, args.grow, Path(tmp)), args.speakers)
        ratio = max(big[s] / base[s] for s in base)
        print(f"store x{args.grow}: slowest ratio of query times {ratio:.2f} (1.00 = flat)")
    precision(args.db)
    if base:
        print(f"slowest shifts query: {max(base.values()) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
