"""Records into a store: contract-v1 records (from ``extract``, here or on another
machine) resolved against the entities the store holds, one transaction per batch.

``ingest`` is extraction feeding the same ``Loader``, so both give the same store,
the same summary and the same guarantees: a killed run leaves the store as it was after
its last whole batch, and a re-run stores only what is missing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .types import Extraction, Skipped


def read_records(paths: Iterable[Union[str, Path]]) -> Iterator[Union[tuple[str, Extraction], Skipped]]:
    """(file:line, record) for each contract-v1 record in ``paths`` (.jsonl, .jsonl.gz);
    a line that is not one becomes a Skipped naming its file and line."""
    from .sources.jsonl import objects

    for path in paths:
        path = Path(path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.name.endswith((".jsonl", ".jsonl.gz")))
            if not files:
                yield Skipped(str(path), "folder holds no .jsonl or .jsonl.gz files")
            yield from read_records(files)
            continue
        if not path.exists():
            yield Skipped(str(path), "no such file")
            continue
        for item in objects(path):
            if isinstance(item, Skipped):
                yield item
                continue
            where, data = item
            record = _record(data)
            yield Skipped(where, record) if isinstance(record, str) else (where, record)


def _record(data) -> Union[Extraction, str]:
    """The record, or why the line is not a contract-v1 record."""
    if not isinstance(data, dict):
        return "a line must hold a JSON object (a contract-v1 record)"
    for key in ("id", "text"):
        if not isinstance(data.get(key), str) or not data[key]:
            return f"not a contract-v1 record: '{key}' must be a non-empty string"
    if "entities" not in data:
        return "not a contract-v1 record: no 'entities' (input documents go to 'ingest')"
    try:
        record = Extraction.from_dict(data)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        what = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        return f"not a contract-v1 record: {what}"
    for m in record.entities:
        if not (isinstance(m.start, int) and isinstance(m.end, int)
                and 0 <= m.start <= m.end <= len(record.text)):
            return f"not a contract-v1 record: mention {m.text!r} lies outside the text"
    return record


class Loader:
    """Batches records into a store: resolve against the store, then store the batch
    (facts, entity rows and the resolver's new names) in one transaction."""

    def __init__(self, store, summary, tick=lambda n=1: None, batch_size: int = 64,
                 visits=None):
        from .resolve import Resolver

        self.store, self.summary, self.tick, self.batch_size = store, summary, tick, batch_size
        self.visits = visits  # () -> {document id: sources.web.Visit}, for fetched pages
        self.resolver = Resolver(lookup=store.resolver_lookup)
        self.batch: list[Extraction] = []
        self.where: dict[str, str] = {}

    def put(self, record: Extraction, where: Optional[str] = None) -> None:
        if where:
            self.where[record.id] = where
        self.batch.append(record)
        if len(self.batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        from .store import text_hash
        # What a previous run stored is not resolved again (its names are known already).
        fresh = self.batch
        if self.visits is None:  # a fetched page's visit is noted even when stored before
            stored_before = self.store.stored_hashes([r.id for r in self.batch])
            fresh = [r for r in self.batch if stored_before.get(r.id) != text_hash(r.text)]
            self.summary.already += len(self.batch) - len(fresh)
        # Resolve and write under the store's write lock: another process writing the same
        # store (a team's PostgreSQL) commits whole batches between ours, and the resolver
        # looks up what they committed, so one entity never gets two ids.
        from .pipeline import claims_for
        with self.store.writing() as conn:
            resolved, merges = self.resolver.add(fresh)
            # Claims need the batch's corpus ids (whose statement it is); stored with it.
            stored, skipped = self.store.add(resolved, merges=merges, resolver=self.resolver,
                                             visits=self.visits() if self.visits else None,
                                             conn=conn, claims=claims_for(resolved))
        self.summary.done += len(stored)
        for s in skipped:
            if s.origin in self.where:
                s = Skipped(f"{self.where[s.origin]} ({s.origin})", s.reason)
            if s.reason == "already stored":
                self.summary.already += 1
            elif s.reason.startswith("same text already stored"):
                self.summary.duplicates.append(s)
            else:
                self.summary.skipped.append(s)
        self.tick(len(self.batch))
        self.batch.clear()
        self.where.clear()


def run_load(inputs, db: str, quiet: bool = False, batch_size: int = 64):
    """Store contract-v1 records, resolving their entities against the store."""
    from .pipeline import Summary, _progress
    from .resolve import localise
    from .store import Store

    summary = Summary()
    store = Store(db)
    with store, _progress(quiet, "stored") as tick:
        loader = Loader(store, summary, tick, batch_size)
        for item in read_records(inputs):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                continue
            where, record = item
            loader.put(localise(record), where)
        loader.flush()
    return summary
