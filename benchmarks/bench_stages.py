"""Where storygraph's time goes: start-up, spaCy's own pipeline, each storygraph stage,
and writing the records, on the same texts.

    python benchmarks/bench_stages.py [--limit 300]

One process. Times are CPU seconds of this process (``time.process_time``, all its
threads): steadier than wall time on a shared machine. Start-up is broken down into
imports, loading the spaCy model, adding storygraph's components (the names, quote and
relation models) and what the components load on first use (gazetteers, the language
detector). Then spaCy's pipeline runs over the first N articles of
../shared/data/bench/news.jsonl.gz, each storygraph component alone over the processed
Docs in pipeline order, and the records are built and serialised as ``storygraph
extract`` writes them; each is printed with its share of spaCy's time.
"""
from __future__ import annotations

import time

_T0 = time.process_time()

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "bench" / "news.jsonl.gz"


def _cpu(since: float) -> float:
    return time.process_time() - since


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"skipped: {CORPUS} is absent (../shared holds the benchmark corpus)")
    t = time.process_time()
    import spacy  # noqa: F401
    from storygraph import pipeline  # noqa: F401  (what `storygraph extract` imports)
    from storygraph.nlp import COMPONENTS, load
    from storygraph.settings import Settings
    imports_s = _cpu(t) + t - _T0
    t = time.process_time()
    nlp = load(components=())
    model_s = _cpu(t)
    t = time.process_time()
    for name in COMPONENTS:
        nlp.add_pipe(name)
    components_s = _cpu(t)
    t = time.process_time()
    from storygraph.nlp.gazetteer import places
    from storygraph.nlp.languages import detect
    places()
    detect("A sentence long enough for the detector to read it.")
    lazy_s = _cpu(t)
    print(f"start-up: imports {imports_s:.2f} s, spaCy model ({Settings.load().model}) "
          f"{model_s:.2f} s, storygraph components {components_s:.2f} s, gazetteers and "
          f"language detector {lazy_s:.2f} s")

    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(args.limit), fh)]
    texts = [r["text"] for r in rows]
    words = sum(len(x.split()) for x in texts)
    base = [name for name in nlp.pipe_names if name not in COMPONENTS]
    list(nlp.pipe(texts[:5]))  # warm up
    t = time.process_time()
    docs = list(nlp.pipe(texts, disable=list(COMPONENTS), batch_size=16))
    spacy_s = _cpu(t)
    print(f"spaCy ({', '.join(base)}): {len(texts)} docs, {words} words, {spacy_s:.2f} s "
          f"({words / spacy_s:.0f} words/s)")
    if "ner" in nlp.pipe_names:
        # The base NER alone (it carries its own token vectors): what dropping it would save.
        fresh = [nlp.make_doc(x) for x in texts]
        t = time.process_time()
        list(nlp.get_pipe("ner").pipe(fresh, batch_size=16))
        ner_s = _cpu(t)
        print(f"{'spaCy ner (OntoNotes)':<22} {ner_s:6.2f} s  {ner_s / spacy_s:6.1%} of spaCy")
    parts = []
    total = 0.0
    for name in COMPONENTS:
        component = nlp.get_pipe(name)
        t = time.process_time()
        # As nlp.pipe runs it: in batches where the component takes them.
        docs = (list(component.pipe(docs)) if hasattr(component, "pipe")
                else [component(doc) for doc in docs])
        seconds = _cpu(t)
        total += seconds
        print(f"{name:<22} {seconds:6.2f} s  {seconds / spacy_s:6.1%} of spaCy")
        parts.append(f"{name.replace('storygraph_', '')}={seconds / spacy_s:.1%}")
    from storygraph.extract import extraction
    from storygraph.types import Document
    t = time.process_time()
    records = [extraction(doc, Document(id=str(i), text=x)) for i, (doc, x) in
               enumerate(zip(docs, texts))]
    build_s = _cpu(t)
    t = time.process_time()
    for record in records:
        json.dumps(record.to_dict(), ensure_ascii=False)
    write_s = _cpu(t)
    total += build_s + write_s
    print(f"{'records (extract.py)':<22} {build_s:6.2f} s  {build_s / spacy_s:6.1%} of spaCy")
    print(f"{'output (JSON lines)':<22} {write_s:6.2f} s  {write_s / spacy_s:6.1%} of spaCy")
    parts += [f"records={build_s / spacy_s:.1%}", f"output={write_s / spacy_s:.1%}"]
    print(f"all storygraph stages {total:6.2f} s  {total / spacy_s:6.1%} of spaCy")
    print("summary: " + " ".join(parts) + f" total={total / spacy_s:.1%}")


if __name__ == "__main__":
    main()
