"""sources -> nlp -> extract -> resolve: documents in, records (or reasons) out.

Extraction is a pure function of one document, so it runs over worker processes, each
returning plain ``Extraction`` records; a failure in one document becomes a ``Skipped``
and never costs the others. Memory stays flat: only a few batches are in flight.
"""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
import re
import warnings
import sys
import tempfile
from collections import deque
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .extract import extraction
from .nlp import extensions  # noqa: F401  (Doc._.published and the record lists)
from .types import ENTITY_ID_FIELDS, Document, Extraction, Skipped

_WORKER_NLP = None  # the worker's Language, inherited from the parent by fork


def _run(nlp, batch: list[Union[Document, Skipped]]) -> list[Union[Extraction, Skipped]]:
    """Extract one batch in order; each document succeeds or is skipped on its own.

    ``nlp`` is one spaCy pipeline for every document, or ``nlp.languages.Pipelines``:
    then each document goes to its language's pipeline and carries its language."""
    from .nlp.languages import Pipelines, language_of

    if not isinstance(nlp, Pipelines):
        return _run_one(nlp, batch)
    out: list = list(batch)
    groups: dict = {}
    for i, item in enumerate(batch):
        if isinstance(item, Skipped):
            continue
        lang = language_of(item)
        if lang and lang != item.lang:
            out[i] = item = replace(item, lang=lang)
        groups.setdefault(id(nlp.for_lang(lang)), (nlp.for_lang(lang), []))[1].append(i)
    for pipeline, indices in groups.values():
        for i, result in zip(indices, _run_one(pipeline, [out[i] for i in indices])):
            out[i] = result
    return out


def _run_one(nlp, batch: list[Union[Document, Skipped]]) -> list[Union[Extraction, Skipped]]:
    out: list = list(batch)
    todo = []
    for i, item in enumerate(batch):
        if isinstance(item, Skipped):
            continue
        if len(item.text) > nlp.max_length:
            out[i] = Skipped(item.origin or item.id,
                             f"text of {len(item.text):,} characters is longer than the "
                             f"model's limit of {nlp.max_length:,}")
            continue
        todo.append(i)
    try:
        done = list(zip(todo, nlp.pipe((_doc(nlp, batch[i]) for i in todo),
                                       batch_size=len(todo) or 1,
                                       component_cfg=_whole_batch(nlp, len(todo) or 1))))
    except Exception:
        # One document broke the batch: redo them one by one so only it is lost.
        done = []
        for i in todo:
            try:
                done.append((i, nlp(_doc(nlp, batch[i]))))
            except Exception as exc:
                out[i] = Skipped(batch[i].origin or batch[i].id,
                                 f"extraction failed: {type(exc).__name__}: {exc}")
    for i, doc in done:
        try:
            out[i] = extraction(doc, batch[i])
        except Exception as exc:
            out[i] = Skipped(batch[i].origin or batch[i].id,
                             f"extraction failed: {type(exc).__name__}: {exc}")
    return out


def _whole_batch(nlp, n: int) -> dict:
    """Each transition-based component (parser, NER) decodes the batch's ``n`` docs as
    one group: spaCy splits what it is given into quarters, and each step of the
    decoding has a fixed cost (the parser, 100 bench articles in batches of 16: 0.88 s
    as groups of 4, 0.77 s whole; records byte-identical: the docs do not interact)."""
    from spacy.pipeline.transition_parser import Parser

    from .nlp.decoders import Decoded
    return {name: {"batch_size": 4 * n} for name, proc in nlp.pipeline
            if isinstance(proc, (Parser, Decoded))}


def _doc(nlp, document: Document):
    doc = extensions.keep_text(nlp.make_doc(document.text), document.text)
    doc._.published = document.published
    return doc


#: A short article that takes every component through its first use.
_WARM_TEXT = ("MOSCOW, 2023-06-26 - Russian Foreign Minister Sergei Lavrov said on Monday that "
              "the Wagner Group would stay in Mali. \"We will keep our instructors there,\" he "
              "told reporters, and the United Nations accused Moscow of sending mercenaries.")


def _warm(nlp) -> None:
    """Load here, before forking, what components load on first use (the gazetteers,
    compiled patterns): the workers inherit it instead of each loading its own copy, so
    they start on their first batch at once and share those pages. Not the full language
    detector: the function-word profile decides most news alone, and the detector's
    80 MB would sit in every process for the few texts it does not.

    On one BLAS thread: a BLAS thread pool started before fork doubled the workers' CPU
    time (measured)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    with threadpool_limits(1):
        _run(nlp, [Document(id="warm", text=_WARM_TEXT, published="2023-06-26", lang="en")])


def _worker(batch):
    return _run(_WORKER_NLP, batch)


def _one_thread() -> None:
    """In a worker process: one BLAS thread, so N workers use N cores, not N x N threads."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(1)


#: BLAS threads for a run in this one process. Two, as bare spaCy's one process runs
#: (it takes every core's): since spaCy's decoders stopped churning the lock (stop 51)
#: the second thread's share of the model's larger products pays for the spinning on
#: the wall clock (300 bench articles: 17.2-17.9 s wall for 24.8-25.9 s CPU, against
#: 19.2-20.1 s for 18.3-19.3 on one thread; same output). More than two mostly spin.
ONE_PROCESS_THREADS = 2


def _one_thread_limit(threads: int = 1):
    """In this process, a context that runs a batch on ``threads`` BLAS threads (one, as
    each worker does: the model's matrices are small). The caller's own limits come
    back between batches."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return nullcontext
    controller = ThreadpoolController()
    return lambda: controller.limit(limits=threads)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def process(items: Iterable[Union[Document, Skipped]], nlp, workers: int = 1,
            batch_size: int = 16, runner=None) -> Iterator[Union[Extraction, Skipped]]:
    """Extract every Document in ``items``, in order; Skipped items pass through.

    ``runner`` (e.g. ``runners.ray.RayRunner``) extracts the batches elsewhere; then
    ``nlp`` and ``workers`` are not used.
    """
    batches = _batches(items, batch_size)
    if runner is not None:
        for out in runner.map(batches):
            yield from out
        return
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        limit = _one_thread_limit(min(ONE_PROCESS_THREADS, os.cpu_count() or 1))
        with _frozen():
            for batch in batches:
                with limit():
                    out = _run(nlp, batch)
                yield from out
        return
    global _WORKER_NLP
    _WORKER_NLP = nlp
    _warm(nlp)
    with _frozen(), multiprocessing.get_context("fork").Pool(workers, initializer=_one_thread) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(_worker, (batch,)))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


@contextmanager
def _frozen():
    """The objects alive now (the models, tables and gazetteers: some 105,000 that the
    cyclic collector tracks) out of its reach while documents run, back in it afterwards.

    Each full collection walked them all, and in a forked worker its walk writes to
    every object's header, copying the parent's pages it had shared (300 bench articles,
    two workers: the workers' CPU 17.2-17.3 s -> 16.6-16.9 s; one process, 0.37 s of
    collections -> 0.15 s). Only cyclic garbage already unreachable when the run starts
    waits for its end, when everything frozen returns to the collector."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class SkippedWarning(UserWarning):
    """A document ``extract`` could not use; the message names it and the reason."""


def extract(texts: Iterable[Union[str, Document]], nlp=None, workers: int = 1,
            resolve: bool = True) -> list[Extraction]:
    """The Python API: texts or Documents in, contract records out (ids resolved); a
    document that fails is left out with a ``SkippedWarning`` naming it and why."""
    from . import nlp as nlp_module
    from .sources import document_id

    from .nlp.languages import Pipelines

    nlp = nlp or nlp_module.load()
    nlp = nlp if isinstance(nlp, Pipelines) else Pipelines.around(nlp)
    docs = [t if isinstance(t, Document) else Document(id=document_id(t), text=t)
            for t in texts]
    records = []
    for r in process(docs, nlp, workers):
        if isinstance(r, Extraction):
            records.append(r)
        else:
            # (the document costs only itself, but the caller is told which and why)
            warnings.warn(f"skipped {r}", SkippedWarning, stacklevel=2)
    if resolve:
        from .resolve import resolve as resolve_ids
        records = resolve_ids(records)
    return records


# -- runners: the I/O around extraction, for the CLI and the Python API ----------------

@dataclass
class Summary:
    done: int = 0
    skipped: list = field(default_factory=list)
    already: int = 0
    #: Inputs whose text is stored under another id: reported, not an error.
    duplicates: list = field(default_factory=list)
    #: Article pages downloaded, and articles found as stored before (web inputs only).
    fetched: int = 0
    unchanged: int = 0
    web: bool = False

    def line(self, verb: str) -> str:
        text = f"{self.done} {verb}"
        if self.web:
            text = f"{self.fetched} fetched, {text}, {self.unchanged} unchanged"
        if self.already:
            text += f", {self.already} already stored"
        if self.duplicates:
            text += f", {len(self.duplicates)} duplicates of stored texts"
        if self.skipped:
            reasons = "; ".join(str(s) for s in self.skipped[:3])
            more = f" (and {len(self.skipped) - 3} more)" if len(self.skipped) > 3 else ""
            text += f", {len(self.skipped)} skipped: {reasons}{more}"
        return text


@contextmanager
def _progress(quiet: bool, what: str):
    """A live count on an interactive terminal; nothing otherwise or with --quiet."""
    if quiet or not sys.stderr.isatty():
        yield lambda n=1: None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn)
    with Progress(SpinnerColumn(), TextColumn(f"{what} {{task.completed}} documents"),
                  BarColumn(bar_width=None), TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=None)
        yield lambda n=1: bar.advance(task, n)


def redirect(record: Extraction, merges: dict[str, str]) -> Extraction:
    """The record with every retired entity id replaced by the id that absorbed it."""
    from .resolve import relabel

    if not merges:
        return record

    def final(eid: str) -> str:
        seen = set()
        while eid in merges and eid not in seen:  # merges may chain: a -> b -> c
            seen.add(eid)
            eid = merges[eid]
        return eid

    return relabel(record, {old: final(old) for old in merges})


#: An entity id as a record's JSON line writes it, under each key ``relabel`` changes;
#: the character after the id's last plain one (a quote ends it, a backslash escapes).
_IDS = re.compile('"(?:%s)": "([^"\\\\]*)(["\\\\])' % "|".join(
    sorted({key for keys in ENTITY_ID_FIELDS.values() for key in keys})))


def _names_merged(line: str, merges: dict[str, str]) -> bool:
    """Whether a record's JSON line names an id ``merges`` retires: only such a line is
    read and written again (a value inside a JSON string cannot hold an unescaped quote,
    so every match is a key of the record; an id written with an escape counts as
    named, to be read in full)."""
    return any(m.group(2) == "\\" or m.group(1) in merges for m in _IDS.finditer(line))


def _web_inputs(inputs) -> bool:
    from .sources.feeds import is_url_list
    from .sources.fetch import is_web_url

    def listing(raw) -> bool:
        path = Path(raw)
        if path.suffix.lower() not in ("", ".txt", ".urls", ".list") or not path.is_file():
            return False
        try:
            return is_url_list(path.read_text(encoding="utf-8", errors="replace")[:100_000])
        except OSError:
            return False
    return any(is_web_url(str(x)) or listing(x) for x in inputs)


def _counted(items, summary: Summary):
    """Web items with the summary's counts kept: Unchanged counted, not passed on."""
    from .sources.web import Unchanged

    for item in items:
        if isinstance(item, Unchanged):
            summary.unchanged += 1
            continue
        yield item


@contextmanager
def _extractor(model: Optional[str], ray: Optional[str], nlp=None):
    """(nlp, runner): the pipeline loaded here, or a Ray runner loading it on the cluster."""
    if not ray:
        from . import nlp as nlp_module
        from .nlp.languages import Pipelines
        nlp = nlp or nlp_module.load(model)
        yield nlp if isinstance(nlp, Pipelines) else Pipelines.around(nlp), None
        return
    from .runners.ray import RayRunner
    with RayRunner(ray, model) as runner:
        yield None, runner


def run_extract(inputs, output: Optional[Path], workers: int = 1, model: Optional[str] = None,
                quiet: bool = False, batch_size: int = 64, web_settings=None,
                min_relation_confidence: Optional[float] = None,
                ray: Optional[str] = None) -> Summary:
    """Extract inputs to contract JSON Lines; entity ids are resolved across the run.

    Relations below ``min_relation_confidence`` (default: the relation threshold in
    settings; 0 writes every one) are left out, as the CLI and web app leave them out.

    Records stream to a temporary file while the resolver sees them; ids it merges
    later are redirected in a second pass, so memory stays flat in corpus size.
    """
    from .resolve import Resolver
    from .sources import read

    from .sources.web import WebReader

    if min_relation_confidence is None:
        from .settings import Settings
        min_relation_confidence = Settings.load().relation_threshold
    summary, resolver, merges = Summary(web=_web_inputs(inputs)), Resolver(), {}
    web = WebReader(web_settings) if summary.web else None
    spool = tempfile.TemporaryFile("w+", encoding="utf-8")
    with _extractor(model, ray) as (nlp, runner), spool, _progress(quiet, "extracted") as tick:
        batch: list[Extraction] = []

        def flush():
            resolved, merged = resolver.add(batch)
            merges.update(merged)
            for rec in resolved:
                spool.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            batch.clear()

        for item in process(_counted(read(inputs, web=web), summary), nlp, workers,
                            runner=runner):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                continue
            if min_relation_confidence > 0:
                item = _confident(item, min_relation_confidence)
            batch.append(item)
            summary.done += 1
            tick()
            if len(batch) >= batch_size:
                flush()
        flush()
        spool.seek(0)
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
        try:
            for line in spool:
                rec = redirect(Extraction.from_dict(json.loads(line)), merges) \
                    if merges and _names_merged(line, merges) else None
                out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n" if rec else line)
        finally:
            if output:
                out.close()
            else:
                out.flush()
    if web is not None:
        summary.fetched = web.fetched
        web.close()
    return summary


def _confident(record: Extraction, threshold: float) -> Extraction:
    return replace(record, relations=tuple(
        r for r in record.relations if r.confidence is None or r.confidence >= threshold))


def run_ingest(inputs, db: str, workers: int = 1, model: Optional[str] = None,
               quiet: bool = False, batch_size: int = 64, web_settings=None,
               nlp=None, store=None, stop=None, ray: Optional[str] = None) -> Summary:
    """Extract inputs and store them, one transaction per batch (crash-safe, resumable):
    extraction feeding the loader ``storygraph load`` uses.

    URLs are fetched with what the store remembers of them (``sources.web``); each
    fetched article's visit is stored with it. ``stop()`` true ends the run after the
    batch in hand (``watch``); ``nlp`` and ``store`` may be given to reuse them.
    ``ray``: extract on that Ray cluster (``runners.ray``) instead of here.
    """
    from .sources import read
    from .sources.web import WebReader
    from .store import Store

    own_store = store is None
    store = store or Store(db)
    known = store.known_ids()
    summary = Summary(web=_web_inputs(inputs))
    web = WebReader(web_settings, seen=store.seen, stop=stop) if summary.web else None

    def fresh():
        # Documents already stored are not extracted again: a re-run only does the rest.
        for item in _counted(read(inputs, web=web), summary):
            if isinstance(item, Document) and item.id in known:
                summary.already += 1
                if web is not None and item.id in web.visits:
                    web.notes.append(web.visits.pop(item.id))
                continue
            yield item

    try:
        with _extractor(model, ray, nlp) as (nlp, runner):
            _ingest(fresh(), store, nlp, summary, web, workers, quiet, batch_size, stop, runner)
    finally:
        if web is not None:
            summary.fetched = web.fetched
            web.close()
        if own_store:
            store.close()
    return summary


def _ingest(items, store, nlp, summary, web, workers, quiet, batch_size, stop,
            runner=None) -> None:
    from .load import Loader

    interrupted = False
    with _progress(quiet, "stored") as tick:
        loader = Loader(store, summary, tick, batch_size,
                        visits=(lambda: web.visits) if web is not None else None)
        for item in process(items, nlp, workers, runner=runner):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                continue
            loader.put(item)
            if stop is not None and stop():
                interrupted = True
                break
        loader.flush()
        if web is not None and web.notes:
            # Thin and unchanged pages, and feeds read to the end: remembered once the
            # articles are stored. An interrupted run keeps no feed's ETag (entries may
            # still have been in the extractor), so the next one reads its feeds again.
            store.remember([v for v in web.notes if v.kind == "article" or not interrupted])
            web.notes.clear()


def claims_for(records, known: Optional[dict] = None) -> dict:
    """Each record's claims with their sentence embedding and, for a claim that points
    outside itself ("we have nothing to do with that"), its context's (float16 bytes),
    for ``Store.add``: computed once, at ingest, so queries read no texts. ``known``
    maps texts to embeddings already computed (re-runs embed only what is new)."""
    from .claims import find_claims
    from .nlp.embeddings import encode, pack

    known = dict(known or {})
    found = {r.id: find_claims(r) for r in records}
    texts = {c.text.text for cs in found.values() for c in cs}
    texts |= {c.context.text for cs in found.values() for c in cs if c.anaphoric}
    todo = sorted(t for t in texts if t not in known)
    for text_, vector in zip(todo, encode(todo)):
        known[text_] = pack(vector)
    return {rid: [(c, known[c.text.text], known[c.context.text] if c.anaphoric else None)
                  for c in cs] for rid, cs in found.items() if cs}


def run_claims(db: str, quiet: bool = False, batch_size: int = 64) -> int:
    """Find and store the claims of every stored document anew (a store made before
    claims existed, or after the claim rules changed): returns how many claims."""
    from .store import Store

    total = 0
    with Store(db, create=False) as store, _progress(quiet, "claims of") as tick:
        ids = store.document_ids()
        for start in range(0, len(ids), batch_size):
            records = [r for r in (store.stored_record(i) for i in ids[start:start + batch_size]) if r]
            known = store.claim_embeddings([r.id for r in records])
            total += store.replace_claims(records, claims_for(records, known))
            tick(len(records))
    return total


def example_articles() -> Path:
    """The bundled example articles (the demo's default input)."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        candidate = base / "examples" / "articles.jsonl"
        if candidate.exists():
            return candidate
    from .errors import InputError
    raise InputError("examples/articles.jsonl not found: run the demo from the repository")
