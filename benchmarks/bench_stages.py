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
import compileall  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "bench" / "news.jsonl.gz"


#: Articles per batch, as ``pipeline.process`` sends them.
BATCH = 16


def _cpu(since: float) -> float:
    return time.process_time() - since


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"skipped: {CORPUS} is absent (../shared holds the benchmark corpus)")
    before = time.process_time()
    # (storygraph's source as bytecode, as pip installs a package and as spaCy's is:
    # not counted as start-up; see bench_extract.py)
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    t = time.process_time()
    import spacy  # noqa: F401
    from storygraph import pipeline  # noqa: F401  (what `storygraph extract` imports)
    from storygraph.nlp import COMPONENTS, load
    from storygraph.settings import Settings
    imports_s = _cpu(t) + before - _T0
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
    # Every component timed alone, as ``storygraph extract`` runs it: batches of the
    # pipeline's size on one BLAS thread, the parser and NER decoding each batch as one.
    # storygraph's own components (its line-break step among spaCy's included) are
    # stages; the rest is spaCy's (the line-break step, counted with spaCy until stop
    # 39, hid a quadratic loop there).
    from storygraph.pipeline import _one_thread_limit
    try:
        from storygraph.pipeline import _whole_batch
    except ImportError:  # (code before stop 39, measured for comparison)
        def _whole_batch(nlp, n):
            return {}
    ours = [name for name in nlp.pipe_names if name.startswith("storygraph_")]
    base = [name for name in nlp.pipe_names if name not in ours]
    list(nlp.pipe(texts[:5]))  # warm up
    seconds = dict.fromkeys(["tokenizer", *nlp.pipe_names], 0.0)
    docs = []
    with _one_thread_limit()():
        for i in range(0, len(texts), BATCH):
            t = time.process_time()
            batch = [nlp.make_doc(x) for x in texts[i:i + BATCH]]
            seconds["tokenizer"] += _cpu(t)
            sizes = _whole_batch(nlp, len(batch))
            for name, component in nlp.pipeline:
                t = time.process_time()
                size = sizes.get(name, {}).get("batch_size", len(batch))
                batch = (list(component.pipe(batch, batch_size=size))
                         if hasattr(component, "pipe") else [component(doc) for doc in batch])
                seconds[name] += _cpu(t)
            docs += batch
    spacy_s = sum(seconds[name] for name in ["tokenizer", *base])
    print(f"spaCy ({', '.join(['tokenizer', *base])}): {len(texts)} docs, {words} words, "
          f"{spacy_s:.2f} s ({words / spacy_s:.0f} words/s)")
    print("  " + ", ".join(f"{name} {seconds[name]:.2f}" for name in ["tokenizer", *base]))
    if "ner" in base:
        # (the base NER carries its own token vectors: what dropping it would save)
        ner_s = seconds["ner"]
        print(f"{'spaCy ner (OntoNotes)':<22} {ner_s:6.2f} s  {ner_s / spacy_s:6.1%} of spaCy")
    parts = []
    total = 0.0
    for name in ours:
        total += seconds[name]
        print(f"{name:<22} {seconds[name]:6.2f} s  {seconds[name] / spacy_s:6.1%} of spaCy")
        parts.append(f"{name.replace('storygraph_', '')}={seconds[name] / spacy_s:.1%}")
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
