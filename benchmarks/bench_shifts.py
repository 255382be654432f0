"""Shifts and disputes on a store: query times, and precision on the judged pairs.

    python benchmarks/bench_shifts.py --db STORE [--speakers "Donald Trump" ...] [--grow 4]
    python benchmarks/bench_shifts.py --db STORE --todo OUT [--part dev-b] [--threshold 0.35]
    python benchmarks/bench_shifts.py --db STORE --pool OUT [--part dev-b] [--top 20]

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
#: PolNeAR dev (2016-09-08 to 2016-10-07) is held out, in two parts by date: "dev-a" was
#: read to find the causes of wrong pairs, "dev-b" only to measure after the fixes.
DEV_START, DEV_B_START = "2016-09-08", "2016-09-22"
#: PolNeAR train articles before the 288 most recent ones (the third round's store): read
#: in the first two rounds, by the rules of then, and never since (fourth round).
TRAIN_EARLY_END = "2016-05-25"
#: BBC topics never read for shifts (the "bbc" part is business, politics and sport).
BBC_FRESH = ("bbc-entertainment-", "bbc-tech-")
#: Fifth round's fresh parts: TempEval-3's TimeBank and AQUAINT news (1989-2000, loaded
#: with ids prefixed "te3-"), NTREX-128's English news of 2018 (undated: disputes only),
#: the saved web pages of ../shared/data/web (ids prefixed "web-").
FRESH_PREFIXES = {"te3-": "te3", "ntrex-": "ntrex", "web-": "web"}
PARTS = ("train", "train-early", "bbc", "bbc-et", "dev-a", "dev-b", "aida", "te3", "ntrex", "web")


def part_of(doc_id: str, published) -> str:
    """The part of the judged set a document belongs to (see PROTOCOL.md)."""
    for prefix, part in FRESH_PREFIXES.items():
        if doc_id.startswith(prefix):
            return part
    if doc_id.startswith(BBC_FRESH):
        return "bbc-et"
    if doc_id.startswith("bbc-"):
        return "bbc"
    if doc_id.startswith("aida-"):
        return "aida"
    day = (published or "")[:10]
    return ("dev-b" if day >= DEV_B_START else "dev-a" if day >= DEV_START
            else "train-early" if day < TRAIN_EARLY_END else "train")


def pair_part(parts: list) -> str:
    """A pair touching a dev-b article is dev-b's, else dev-a's when it touches one: the
    fresh part's articles were never read before they were measured."""
    for p in ("te3", "ntrex", "web", "dev-b", "dev-a", "bbc-et", "bbc", "aida", "train-early"):
        if p in parts:
            return p
    return "train"


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


def load_judged() -> dict:
    judged = {}
    if JUDGED.exists():
        for line in JUDGED.read_text(encoding="utf-8").splitlines():
            j = json.loads(line)
            judged[(j["kind"], frozenset([key(j["a"]), key(j["b"])]))] = j
    return judged


def _overlap(x: tuple, y: tuple) -> bool:
    """Same document, and the spans share most of the shorter one (a statement whose
    bounds moved a little since it was judged, as the quote stage changed)."""
    if x[0] != y[0]:
        return False
    common = min(x[2], y[2]) - max(x[1], y[1])
    return common > 0.5 * min(x[2] - x[1], y[2] - y[1])


def find_judged(judged: dict, kind: str, a: dict, b: dict):
    """The judgement of a pair: exactly its statements, else statements overlapping them."""
    exact = judged.get((kind, frozenset([key(a), key(b)])))
    if exact is not None:
        return exact
    ka, kb = key(a), key(b)
    for (k, sides), j in judged.items():
        if k != kind:
            continue
        x, y = key(j["a"]), key(j["b"])
        if (_overlap(ka, x) and _overlap(kb, y)) or (_overlap(ka, y) and _overlap(kb, x)):
            return j
    return None


def shown_pairs(store, threshold: float = 0.0) -> list[dict]:
    """Every pair the store shows at ``threshold``, with its part of the judged set."""
    published = {d["id"]: d["published"] for d in store.documents(limit=10**7)}
    out = []
    for kind, found in (("shift", query.shifts(store, threshold=threshold)),
                        ("dispute", query.disputes(store, threshold=threshold))):
        for p in found:
            a, b = (p.before, p.after) if kind == "shift" else (p.first, p.second)
            out.append({"kind": kind, "a": a, "b": b, "confidence": p.confidence,
                        "basis": getattr(p, "basis", "statement"),
                        "part": pair_part([part_of(s["doc_id"], published.get(s["doc_id"]))
                                           for s in (a, b)])})
    return out


def shipped(p: dict) -> bool:
    return p["confidence"] >= (SHOW_CONTEXT if p["basis"] == "context" else SHOW)


def precision(db: str) -> None:
    judged = load_judged()
    if not judged:
        print(f"no judged pairs at {JUDGED}")
        return
    with Store(db, create=False) as store:
        here = set(store.document_ids())
        pairs = shown_pairs(store)
    for p in pairs:
        j = find_judged(judged, p["kind"], p["a"], p["b"])
        p["right"] = None if j is None else j["right"]
    print(f"judged pairs on file: {len(judged)}")
    for part in PARTS:
        # Right pairs known in this store's articles: what a threshold's right pairs are
        # counted against (a recall among the pairs judged, not among all true pairs).
        known_right = sum(1 for j in judged.values() if j["right"] and j.get("part", "train") == part
                          and all(k[0] in here for k in (key(j["a"]), key(j["b"]))))
        mine = [p for p in pairs if p["part"] == part]
        if not mine and not known_right:
            continue

        def line(label, above):
            known = [p for p in above if p["right"] is not None]
            right = sum(1 for p in known if p["right"])
            print(f"[{part}] {label}: {len(above)} shown, {len(known)} judged, {right} right, "
                  f"precision {right / len(known) if known else float('nan'):.2f}, "
                  f"right pairs found {right}/{known_right}")

        # The shipped settings: SHOW for pairs on their statements, SHOW_CONTEXT for pairs
        # read through their contexts.
        for kind in ("shift", "dispute", "all"):
            line(f"shipped (statements {SHOW:.2f}, contexts {SHOW_CONTEXT:.2f}) {kind}s",
                 [p for p in mine if (kind == "all" or p["kind"] == kind) and shipped(p)])
        for threshold in (0.6, 0.56, 0.54, 0.52, 0.5, 0.48, 0.45, 0.42, 0.4, 0.38, 0.35, 0.3):
            line(f"threshold {threshold:.2f} all", [p for p in mine if p["confidence"] >= threshold])


def todo(db: str, out: Path, threshold: float, part: str) -> None:
    """Pairs shown at ``threshold`` in ``part`` not judged yet, each with its two
    statements in their articles (400 characters before, 150 after), to be judged by
    reading; written outside the repository (article text is never copied into it)."""
    judged = load_judged()
    with Store(db, create=False) as store:
        pairs = [p for p in shown_pairs(store, threshold) if p["part"] == part
                 and find_judged(judged, p["kind"], p["a"], p["b"]) is None]
        texts = {}
        with out.open("w", encoding="utf-8") as f:
            for n, p in enumerate(sorted(pairs, key=lambda p: -p["confidence"])):
                for side in ("a", "b"):
                    s = p[side]
                    if s["doc_id"] not in texts:
                        texts[s["doc_id"]] = store.document(s["doc_id"])["text"]
                    t = texts[s["doc_id"]]
                    s["excerpt"] = (t[max(0, s["start"] - 400):s["start"]] + " [[" +
                                    t[s["start"]:s["end"]] + "]] " + t[s["end"]:s["end"] + 150])
                f.write(json.dumps(dict(p, n=n), ensure_ascii=False) + "\n")
    print(f"{len(pairs)} pairs to judge in {out}")


def pool(db: str, out: Path, part: str, top: int, alike: float = 0.55) -> None:
    """The recall pool of ``part`` (PROTOCOL.md): claim pairs touching its articles with
    opposite polarities and embeddings alike, found without the pairing rules measured,
    the ``top`` most alike of each kind, with excerpts, written outside the repository."""
    import numpy as np

    from storygraph.vectors import unpack
    with Store(db, create=False) as store:
        published = {d["id"]: d["published"] for d in store.documents(limit=10**7)}
        rows = [r for r in store.claims() if r["embedding"]]
        parts = [part_of(r["doc_id"], published[r["doc_id"]]) for r in rows]
        vec = unpack([r["embedding"] for r in rows])
        mine = [i for i, p in enumerate(parts) if p == part]
        sim = vec[mine] @ vec.T
        found = {"shift": [], "dispute": []}
        for n, i in enumerate(mine):
            a = rows[i]
            for j in np.nonzero(sim[n] >= alike)[0]:
                b = rows[j]
                if (b["doc_id"] == a["doc_id"] or b["polarity"] == a["polarity"]
                        or pair_part([part, parts[j]]) != part or (parts[j] == part and j < i)):
                    continue
                if b["speaker_entity"] == a["speaker_entity"]:
                    if (a["date"] or "")[:10] == (b["date"] or "")[:10]:
                        continue
                    kind = "shift"
                elif (a["anaphoric"] or b["anaphoric"]
                      or not set(a["about"].split()) & set(b["about"].split())):
                    continue
                else:
                    kind = "dispute"
                found[kind].append((float(sim[n, j]), i, int(j)))
        texts: dict = {}

        def side(r):
            if r["doc_id"] not in texts:
                texts[r["doc_id"]] = store.document(r["doc_id"])["text"]
            t, a, b = texts[r["doc_id"]], r["text_start"], r["text_end"]
            return {"doc_id": r["doc_id"], "start": a, "end": b,
                    "speaker": r["speaker_name"] or r["speaker_entity"], "stance": r["stance"],
                    "date": r["date"], "excerpt": t[max(0, a - 400):a] + " [[" + t[a:b] + "]] " + t[b:b + 150]}
        n = 0
        with out.open("w", encoding="utf-8") as f:
            for kind, pairs in found.items():
                for similarity, i, j in sorted(pairs, reverse=True)[:top]:
                    x, y = sorted([rows[i], rows[j]], key=lambda r: (r["date"] or "", r["id"]))
                    f.write(json.dumps({"n": 1000 + n, "kind": kind, "a": side(x), "b": side(y),
                                        "confidence": round(similarity, 3), "basis": "pool",
                                        "part": part}, ensure_ascii=False) + "\n")
                    n += 1
    print(f"{n} pool pairs in {out} ({ {k: len(v) for k, v in found.items()} } candidates)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--speakers", nargs="*", default=list(SPEAKERS))
    ap.add_argument("--grow", type=int, default=0, help="also time on a store K times bigger")
    ap.add_argument("--todo", type=Path, help="write the pairs of --part not judged yet here")
    ap.add_argument("--part", choices=PARTS, default="dev-a")
    ap.add_argument("--threshold", type=float, default=0.3)
    ap.add_argument("--pool", type=Path, help="write the recall pool of --part here")
    ap.add_argument("--top", type=int, default=25, help="pool pairs of each kind")
    args = ap.parse_args()
    if args.pool:
        return pool(args.db, args.pool, args.part, args.top)
    if args.todo:
        return todo(args.db, args.todo, args.threshold, args.part)
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
