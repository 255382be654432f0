"""Throughput of the French pipeline beside the English one, on the same stories.

    python benchmarks/bench_french.py [--limit N]

Reads ../shared/data/ntrex/dev.jsonl (82 English news articles and their French
translations). Both pipelines are loaded first; then each English article and its
translation are extracted in turn, so both languages see the same machine load, and
each language's time is summed. Prints a line per language and a summary line with
the French/English ratio (a ratio measured in one run holds up on a busy machine;
seconds do not).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "ntrex" / "dev.jsonl"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="pairs to read (default: all)")
    args = ap.parse_args(argv)
    if not DATA.exists():
        sys.exit(f"{DATA} not found (../shared is evaluation data, not part of the repository)")
    from storygraph.extract import extraction
    from storygraph.nlp import load
    from storygraph.settings import Settings
    from storygraph.types import Document

    settings = Settings.load()
    pipes = {"en": load(settings.model), "fr": load(settings.model_fr)}
    records = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    pairs: dict = {}
    for r in records:
        pairs.setdefault(r["id"].rsplit("-", 1)[0], {})[r["lang"]] = r
    keys = [k for k, h in pairs.items() if len(h) == 2]
    if args.limit:
        keys = keys[:args.limit]
    seconds = {"en": 0.0, "fr": 0.0}
    chars = {"en": 0, "fr": 0}
    for lang in ("en", "fr"):   # warm-up: the first document pays for lazy set-up
        pipes[lang](pairs[keys[0]][lang]["text"])
    for key in keys:
        for lang in ("en", "fr"):
            r = pairs[key][lang]
            t = time.perf_counter()
            doc = pipes[lang](r["text"])
            extraction(doc, Document(id=r["id"], text=r["text"], lang=lang))
            seconds[lang] += time.perf_counter() - t
            chars[lang] += len(r["text"])
    for lang in ("en", "fr"):
        print(f"{lang} model={settings.model if lang == 'en' else settings.model_fr} docs={len(keys)} "
              f"docs/s={len(keys) / seconds[lang]:.2f} chars/s={chars[lang] / seconds[lang]:,.0f} "
              f"seconds={seconds[lang]:.1f}")
    print(f"summary: docs={len(keys)} fr_time/en_time={seconds['fr'] / seconds['en']:.2f} "
          f"fr_chars/en_chars={chars['fr'] / chars['en']:.2f}")


if __name__ == "__main__":
    main()
