"""The share of framing's top terms that are descriptions, against the judged set.

    python benchmarks/framing_judged/score.py --db STORE            # the figures
    python benchmarks/framing_judged/score.py --db STORE --to-judge OUT.txt
        # the top terms not judged yet, with their evidence, for a person to read
        # (OUT belongs outside the repository: it quotes the articles)

Judgements (judgements.tsv, one per entity / outlet / term) were made by reading each
term's evidence sentences, as README.md says. A term in the top 10 that has no judgement
is counted apart ("unjudged"), never as right or wrong.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
JUDGEMENTS = HERE / "judgements.tsv"
#: The judged entities: people, a party, a country (names as `storygraph entities` has them).
ENTITIES = ("Donald Trump", "Hillary Clinton", "Bernie Sanders", "Ted Cruz",
            "Grand Old Party", "United States")
TOP = 10


def load_judgements(path: Path = JUDGEMENTS) -> dict[tuple[str, str, str], str]:
    """(entity, outlet, term) -> "yes", "no" (the words are wrong) or "no-resolution"
    (right words, but of another entity merged into this one: "her husband, Bill")."""
    if not path.exists():
        return {}
    with path.open(newline="") as f:
        return {(r["entity"], r["outlet"], r["term"]):
                "no-resolution" if r.get("cause") == "resolution" else r["judgement"]
                for r in csv.DictReader((line for line in f if not line.startswith("#")),
                                        delimiter="\t")}


def top_terms(store, name: str, top: int = TOP):
    """(outlet, term, FramingTerm) for each outlet's top terms, and the common line's."""
    from storygraph import query
    f = query.framing(store, name, limit=top, evidence=2, speakers=0)
    rows = [("(all outlets)", t.term, t) for t in f.common]
    rows += [(outlet, t.term, t) for outlet, terms in f.by_outlet.items() for t in terms]
    return f.name, rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a store with PolNeAR train ingested")
    parser.add_argument("--top", type=int, default=TOP)
    parser.add_argument("--to-judge", type=Path, help="write the unjudged top terms here")
    args = parser.parse_args(argv)
    from storygraph.store import Store
    store = Store(args.db, create=False)
    judged = load_judgements()
    todo = []
    totals = {"yes": 0, "no": 0, "no-resolution": 0, "unjudged": 0}
    common = {"yes": 0, "no": 0, "no-resolution": 0, "unjudged": 0}
    for name in ENTITIES:
        entity, rows = top_terms(store, name, args.top)
        counts = {"yes": 0, "no": 0, "no-resolution": 0, "unjudged": 0}
        for outlet, term, t in rows:
            verdict = judged.get((entity, outlet, term), "unjudged")
            (common if outlet == "(all outlets)" else counts)[verdict] += 1
            if verdict == "unjudged":
                todo.append((entity, outlet, t))
        for k in totals:
            totals[k] += counts[k]
        n = counts["yes"] + counts["no"] + counts["no-resolution"]
        print(f"{entity}: {counts['yes']}/{n} top-{args.top} outlet terms are descriptions"
              f" ({100 * counts['yes'] / n if n else 0:.1f}%; {counts['no-resolution']} of the"
              f" misses are another entity merged in), {counts['unjudged']} unjudged")
    if args.to_judge:
        with args.to_judge.open("w") as out:
            for entity, outlet, t in todo:
                variants = ", ".join(f"{v['text']} ×{v['count']}" for v in t.variants[:4])
                out.write(f"{entity}\t{outlet}\t{t.term}\t×{t.count} z={t.z} kinds={t.kinds} [{variants}]\n")
                for e in t.evidence:
                    out.write(f"    - {' '.join(e['sentence'].split())[:400]}\n")
        print(f"{len(todo)} unjudged terms written to {args.to_judge}", file=sys.stderr)
    n = totals["yes"] + totals["no"] + totals["no-resolution"]
    cn = common["yes"] + common["no"] + common["no-resolution"]
    print(f"common lines: {common['yes']}/{cn} are descriptions, {common['unjudged']} unjudged")
    words = totals["yes"] + totals["no"]
    print(f"framing judged: {totals['yes']}/{n} = {100 * totals['yes'] / n if n else 0:.1f}% "
          f"of the top-{args.top} terms per outlet are descriptions of the entity; "
          f"{totals['yes']}/{words} = {100 * totals['yes'] / words if words else 0:.1f}% are "
          f"descriptions of someone named there ({totals['no-resolution']} belong to another "
          f"entity merged in by resolution); {totals['unjudged']} unjudged; floor 90%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
