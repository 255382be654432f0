"""French/English names of one entity: does the French name get the English one's id?

    python benchmarks/bench_names_fr_en.py [--limit N]

Reads ../shared/data/names_fr_en/dev.jsonl (DBpedia titles of the same entity in French
and English; see its README). Every English name is resolved first, in one
``Resolver``, as an English article's mention would be; then each French name, as a
French article's mention (``entities_fr.local_key``). A pair counts as right when the
French name gets its English name's id, wrong when it gets another entity's id.
The type of a name is not in the data: a name a gazetteer knows is a place, a name of
two to four capitalised words a person, anything else an organisation. Pairs whose
English title only adds a ", Place" qualifier are counted apart (news has no such
suffix). Prints a line per mode (``plain``: ids from the French text as it is, as
before French support) and a summary line.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "names_fr_en" / "dev.jsonl"


def _label(name: str) -> str:
    from storygraph.nlp.name_keys import normalise
    from storygraph.nlp.gazetteer import places
    from storygraph.nlp.places_fr import english_name

    gaz = places()
    k = normalise(name)
    if english_name(name) and english_name(name) != english_name.__name__:
        from storygraph.nlp.places_fr import french_names
        f = french_names()
        from storygraph.nlp.places_fr import key
        if key(name) in f.bodies:
            return "ORG"
        return "GPE"
    if k in gaz.countries or k in gaz.cities or k in gaz.capitals:
        return "GPE"
    words = name.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in name):
        return "PERSON"
    return "ORG"


def _record(rid: str, name: str, local: str, label: str):
    from storygraph.types import Entity, Extraction
    from storygraph.nlp.name_keys import slug
    return Extraction(id=rid, text=name, entities=(Entity(0, len(name), name, label, slug(local)),))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    if not DATA.exists():
        sys.exit(f"{DATA} not found (../shared is evaluation data, not part of the repository)")
    from storygraph.nlp.name_keys import normalise
    from storygraph.nlp.entities_fr import local_key
    from storygraph.nlp.gazetteer import places
    from storygraph.resolve import Resolver

    pairs = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    if args.limit:
        pairs = pairs[:args.limit]
    gaz = places()
    results = {}
    for mode in ("plain", "french"):
        resolver = Resolver()
        en_ids = []
        for i, p in enumerate(pairs):
            label = _label(p["en"])
            k = normalise(p["en"])
            local = normalise(gaz.countries.get(k, k)) if label == "GPE" else k
            (rec,), _ = resolver.add([_record(f"en{i}", p["en"], local, label)])
            en_ids.append(rec.entities[0].entity)
        right = wrong = right_real = n_real = 0
        for i, p in enumerate(pairs):
            label = _label(p["fr"])
            local = local_key(p["fr"], label) if mode == "french" else normalise(p["fr"])
            (rec,), _ = resolver.add([_record(f"fr{i}", p["fr"], local, label)])
            got = resolver.find(rec.entities[0].entity)
            ok = got == resolver.find(en_ids[i])
            real = not p["en"].lower().startswith(p["fr"].lower() + ", ")
            right += ok
            wrong += (not ok) and got in {resolver.find(e) for e in en_ids}
            n_real += real
            right_real += ok and real
        results[mode] = (right / len(pairs), right_real / max(n_real, 1), wrong / len(pairs))
        print(f"{mode:7s} pairs={len(pairs)} same_id={right / len(pairs):.3f} "
              f"same_id_translated={right_real / max(n_real, 1):.3f} (of {n_real}) "
              f"other_entity={wrong / len(pairs):.3f}")
    print(f"summary: same_id {results['plain'][0]:.3f} -> {results['french'][0]:.3f}, "
          f"translated names {results['plain'][1]:.3f} -> {results['french'][1]:.3f}, "
          f"wrong entity {results['plain'][2]:.3f} -> {results['french'][2]:.3f}")


if __name__ == "__main__":
    main()
