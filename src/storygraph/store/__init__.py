"""Persisting and reading extractions: SQLite by default, PostgreSQL by URL.

The only module that imports SQLAlchemy. ``Store.add`` writes one batch in one
transaction, so a crash leaves the store as it was after the last whole batch, and a
re-run skips what is already stored.
"""
from __future__ import annotations

import json
import hashlib
import os
import re
import unicodedata
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Optional, Sequence
from urllib.parse import quote

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..types import Extraction, Skipped
from . import maintain, schema
from .migrations import migrate
from .reads import Reads

__all__ = ["Store", "url_for"]

#: PostgreSQL advisory lock key ("SG" and 1) serialising writers (migrations.py has 2).
WRITE_LOCK = 0x5347_0001


def url_for(db: str) -> str:
    """A database URL for a ``--db`` value: a URL as given, else a SQLite file path."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # A big store's indexes are written all over with each batch: SQLite's default 2 MB
    # page cache would read most of their pages again for every batch.
    cur.execute("PRAGMA cache_size=-131072")
    cur.execute("PRAGMA mmap_size=1073741824")
    cur.close()


def text_hash(text_: str) -> str:
    return hashlib.sha1(" ".join(text_.split()).encode("utf-8")).hexdigest()


class Store(Reads):
    def __init__(self, db: str, create: bool = True):
        url = url_for(db)
        self.read_only = False
        if url.startswith("sqlite:///"):
            path = Path(url[len("sqlite:///"):])
            if not create and not path.exists():
                raise StoreError(f"no store at {path}: run 'storygraph ingest' first")
            if path.exists() and not os.access(path, os.W_OK):
                # A store someone may only read (a published archive): opened as unchanging,
                # so SQLite needs no lock or journal beside it.
                self.read_only = True
                url = f"sqlite:///file:{quote(str(path))}?mode=ro&immutable=1&uri=true"
        try:
            self.engine: Engine = create_engine(url, future=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot open the store {db!r}: {exc}") from exc
        if self.engine.dialect.name == "sqlite" and not self.read_only:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            migrate(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store {db!r}: {exc.orig or exc}") from exc
        self.url = url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- writing ------------------------------------------------------------------
    def known_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(schema.documents.c.id)).scalars())

    def stored_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """id -> text hash for those of ``ids`` already stored."""
        out = {}
        with self.engine.connect() as conn:
            for chunk in maintain.chunks(ids):
                out.update(conn.execute(select(schema.documents.c.id, schema.documents.c.text_hash)
                                        .where(schema.documents.c.id.in_(chunk))).all())
        return out

    def resolver_lookup(self, keys):
        """The resolver's rows for a batch's keys (``Resolver(lookup=store.resolver_lookup)``)."""
        try:
            with self.engine.connect() as conn:
                return maintain.resolver_lookup(conn, keys)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read the store: {exc.orig or exc}") from exc

    @contextmanager
    def writing(self):
        """One write transaction, held by one writer at a time across processes.

        On PostgreSQL an advisory lock taken inside the transaction (released by its
        commit or rollback) serialises writers, so a writer that resolves a batch inside
        it (``load.Loader``) looks up the entities of every batch committed before its
        own; readers never wait for it. SQLite is for one writer at a time (a second
        one gets "database is locked").
        """
        try:
            with self.engine.begin() as conn:
                if not self.is_sqlite:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
                yield conn
                maintain.bump(conn, {maintain.VERSION: 1})
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store: {exc.orig or exc}") from exc

    def add(self, records: Sequence[Extraction], merges: Optional[dict[str, str]] = None,
            resolver=None, visits: Optional[dict] = None,
            conn=None, claims: Optional[dict] = None) -> tuple[list[str], list[Skipped]]:
        """Store a batch in one transaction: (stored ids, skipped with reasons).

        A record whose id or text is already stored is not stored again (skipped
        with the reason), so re-ingesting is a no-op. ``merges`` maps entity ids the
        resolver retired to the id that absorbed them; old ids keep redirecting.
        ``resolver`` (one with a lookup on this store) has what the batch taught it
        saved in the same transaction, so the two never disagree.
        ``visits`` (document id -> ``sources.web.Visit``) says where fetched records came
        from; it is written in the same transaction, so a URL is seen only once stored.
        ``conn``: a transaction from ``writing()`` to add to (else one of its own).
        ``claims`` maps a record id to its claims, each ``(Claim, embedding bytes,
        context embedding bytes)`` (``pipeline.claims_for``).
        """
        if conn is None:
            with self.writing() as conn:
                return self.add(records, merges, resolver, visits, conn, claims)
        stored, skipped = [], []
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            ids = [r.id for r in records]
            hashes = {r.id: text_hash(r.text) for r in records}
            known_ids = {row.id: row.text_hash for row in conn.execute(
                select(schema.documents.c.id, schema.documents.c.text_hash)
                .where(schema.documents.c.id.in_(ids)))}
            known_hashes = {row.text_hash: row.id for row in conn.execute(
                select(schema.documents.c.id, schema.documents.c.text_hash)
                .where(schema.documents.c.text_hash.in_(list(hashes.values()))))}
            new: list[Extraction] = []
            claimed: list[str] = []
            versions: list[dict] = []
            for record in records:
                h = hashes[record.id]
                if record.id in known_ids:
                    reason = ("already stored" if known_ids[record.id] == h else
                              "duplicate id: a different text is stored under it")
                    skipped.append(Skipped(record.id, reason))
                    continue
                if h in known_hashes:
                    skipped.append(Skipped(record.id,
                                           f"same text already stored as {known_hashes[h]!r}"))
                    continue
                known_ids[record.id], known_hashes[h] = h, record.id
                visit = (visits or {}).get(record.id)
                if visit is not None and visit.previous_id and visit.previous_id != record.id:
                    versions.append(dict(doc_id=record.id, previous_id=visit.previous_id,
                                         url=visit.url, stored_at=now))
                new.append(record)
                stored.append(record.id)
            self._insert(conn, new, hashes, now)
            if versions:
                # After the documents: a version row points at its document.
                conn.execute(schema.document_versions.insert(), versions)
            if claims:
                claimed = [r.id for r in new if claims.get(r.id)]
                ids = self._quote_ids(conn, claimed)
                rows = [row for record in new if claims.get(record.id)
                        for row in self._claim_rows(record, claims[record.id], ids[record.id])]
                for chunk in maintain.chunks(rows, 2000):
                    conn.execute(schema.claims.insert(), chunk)
            for record in records:
                visit = (visits or {}).get(record.id)
                if visit is not None:
                    # A text stored before (under this id or another) is seen too.
                    self._visit(conn, visit, known_hashes.get(hashes[record.id], record.id), now)
            maintain.index_claims(conn, claimed)
            maintain.record_batch(conn, new)
            delta = maintain.batch_deltas(new)
            whole: set[str] = set()
            if merges:
                # After the inserts, so that ids retired by this batch are caught too.
                self._merge(conn, merges, now)
                whole = set(merges.values()) - set(merges)
                for old in merges:
                    delta.pop(old, None)
            maintain.refresh_entities(conn, delta, whole)
            if resolver is not None:
                maintain.save_resolver(conn, resolver.changes())
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store: {exc.orig or exc}") from exc
        return stored, skipped

    # -- web sources: what was fetched ----------------------------------------------------
    def seen(self, urls: Sequence[str]) -> dict[str, dict]:
        """The stored row (etag, last_modified, content_hash, doc_id, entry_date) per URL."""
        w, out = schema.web_pages, {}
        urls = list(dict.fromkeys(urls))
        with self.engine.connect() as conn:
            for start in range(0, len(urls), 500):
                for row in conn.execute(select(w).where(w.c.url.in_(urls[start:start + 500]))):
                    out[row.url] = dict(row._mapping)
        return out

    def remember(self, visits: Iterable) -> None:
        """Note fetched URLs that stored no document (feeds, thin or unchanged pages)."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            with self.engine.begin() as conn:
                for visit in visits:
                    self._visit(conn, visit, visit.doc_id, now)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store: {exc.orig or exc}") from exc

    def _visit(self, conn, visit, doc_id: Optional[str], now: str) -> None:
        w = schema.web_pages
        conn.execute(w.delete().where(w.c.url == visit.url))
        conn.execute(w.insert().values(
            url=visit.url, kind=visit.kind, status=visit.status, etag=visit.etag,
            last_modified=visit.last_modified, content_hash=visit.content_hash,
            doc_id=doc_id, entry_date=visit.entry_date, canonical=visit.canonical,
            checked_at=now))

    def _insert(self, conn, records: Sequence[Extraction], hashes: dict[str, str],
                now: str) -> None:
        """A batch's documents and facts: one statement per table for the whole batch
        (a statement per document and table was most of storing's time)."""
        # Parameters beside the statement, never ``.values(...)``: a statement with its
        # values built in is compiled anew for every row.
        docs, mentions, timexes, quotes, relations, descriptors = [], [], [], [], [], []
        for r in records:
            docs.append(dict(
                id=r.id, text_hash=hashes[r.id], text=r.text, published=r.published,
                published_from=r.published_from, source=r.source, title=r.title, url=r.url,
                origin=None, ingested_at=now, lang=r.lang))
            mentions += [dict(doc_id=r.id, start=m.start, end=m.end, text=m.text, label=m.label,
                              entity_id=m.entity) for m in r.entities]
            timexes += [dict(doc_id=r.id, start=t.start, end=t.end, text=t.text, type=t.type,
                             value=t.value) for t in r.timexes]
            for q in r.quotes:
                values = dict(doc_id=r.id, speaker_entity=q.speaker_entity, kind=q.kind,
                              attribution=q.attribution, confidence=q.confidence,
                              date=q.date or r.published and r.published[:10],
                              date_from=q.date_from or ("published" if r.published else None))
                values.update(_span_columns(q, ("content", "speaker", "cue", "addressee")))
                values["asides"] = (json.dumps([[a.start, a.end] for a in q.asides])
                                    if q.asides else None)
                quotes.append(values)
            for rel in r.relations:
                values = dict(doc_id=r.id, type=rel.type, source_entity=rel.source_entity,
                              target_entity=rel.target_entity, reporter_entity=rel.reporter_entity,
                              negated=rel.negated, confidence=rel.confidence,
                              date=rel.date or r.published and r.published[:10],
                              date_from=rel.date_from or ("published" if r.published else None))
                values.update(_span_columns(rel, ("evidence", "content")))
                relations.append(values)
            for x in r.descriptors:
                row = dict(doc_id=r.id, entity_id=x.entity, kind=x.kind,
                           speaker_entity=x.speaker_entity, term=x.term)
                row.update(_span_columns(x, ("span", "evidence")))
                descriptors.append(row)
        for table, rows in ((schema.documents, docs), (schema.mentions, mentions),
                            (schema.timexes, timexes), (schema.quotes, quotes),
                            (schema.relations, relations), (schema.descriptors, descriptors)):
            for chunk in maintain.chunks(rows, 2000):
                conn.execute(table.insert(), chunk)
        if self.is_sqlite:
            for chunk in maintain.chunks([r.id for r in records]):
                ids = {f"d{i}": d for i, d in enumerate(chunk)}
                where = ", ".join(f":{k}" for k in ids)
                conn.execute(text("INSERT INTO quotes_fts(quote_id, doc_id, content, speaker) "
                                  "SELECT id, doc_id, content_text, coalesce(speaker_text, '') "
                                  f"FROM quotes WHERE doc_id IN ({where}) ORDER BY id"), ids)
            if docs:
                conn.execute(text("INSERT INTO documents_fts(doc_id, title, text) "
                                  "VALUES (:d, :t, :x)"),
                             [dict(d=r.id, t=r.title or "", x=r.text) for r in records])

    @staticmethod
    def _quote_ids(conn, doc_ids: Sequence[str]) -> dict[str, list[int]]:
        """Each document's quote ids in insertion order (a document's quotes were
        inserted together, in order: their ids ascend)."""
        out: dict[str, list[int]] = {d: [] for d in doc_ids}
        for chunk in maintain.chunks(doc_ids):
            for doc_id, quote_id in conn.execute(
                    select(schema.quotes.c.doc_id, schema.quotes.c.id)
                    .where(schema.quotes.c.doc_id.in_(chunk)).order_by(schema.quotes.c.id)):
                out[doc_id].append(quote_id)
        return out

    @staticmethod
    def _insert_claims(conn, r: Extraction, items, quote_ids: Optional[list[int]] = None) -> None:
        if quote_ids is None:
            # The document's quotes were inserted together, in order: their ids ascend.
            quote_ids = list(conn.execute(select(schema.quotes.c.id)
                                          .where(schema.quotes.c.doc_id == r.id)
                                          .order_by(schema.quotes.c.id)).scalars())
        rows = Store._claim_rows(r, items, quote_ids)
        if rows:
            conn.execute(schema.claims.insert(), rows)

    @staticmethod
    def _claim_rows(r: Extraction, items, quote_ids: list[int]) -> list[dict]:
        rows = []
        for claim, vector, context_vector in items:
            q = r.quotes[claim.quote]
            rows.append(dict(
                doc_id=r.id, quote_id=quote_ids[claim.quote], speaker_entity=claim.speaker_entity,
                text_start=claim.text.start, text_end=claim.text.end, text_text=claim.text.text,
                context_start=claim.context.start, context_end=claim.context.end,
                about=f" {' '.join(claim.about)} ", topics=f" {' '.join(claim.topics)} ",
                predicate=claim.predicate, stance=claim.stance, polarity=claim.polarity,
                modality=claim.modality, anaphoric=claim.anaphoric, confidence=claim.confidence,
                speaker_pronoun=claim.speaker_pronoun,
                date=q.date or (r.published[:10] if r.published else None),
                embedding=vector, context_embedding=context_vector))
        return rows

    def replace_claims(self, records: Sequence[Extraction], claims: dict) -> int:
        """Store ``claims`` anew for stored ``records`` (quotes as ``stored_records``
        gives them: ``claims_for`` on a store made before claims, or after new rules)."""
        c, q = schema.claims, schema.quotes
        n = 0
        try:
            with self.engine.begin() as conn:
                for r in records:
                    ce = schema.claim_entities
                    conn.execute(ce.delete().where(ce.c.claim_id.in_(
                        select(c.c.id).where(c.c.doc_id == r.id))))
                    conn.execute(c.delete().where(c.c.doc_id == r.id))
                    ids = list(conn.execute(select(q.c.id).where(q.c.doc_id == r.id)
                                            .order_by(q.c.content_start, q.c.id)).scalars())
                    items = claims.get(r.id) or []
                    self._insert_claims(conn, r, items, ids)
                    maintain.index_claims(conn, [r.id])
                    n += len(items)
                maintain.bump(conn, {maintain.VERSION: 1})
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store: {exc.orig or exc}") from exc
        return n

    def _merge(self, conn, merges: dict[str, str], now: str) -> None:
        m, q, rel, red = schema.mentions, schema.quotes, schema.relations, schema.redirects
        for old, new in merges.items():
            if old == new:
                continue
            conn.execute(m.update().where(m.c.entity_id == old).values(entity_id=new))
            conn.execute(q.update().where(q.c.speaker_entity == old).values(speaker_entity=new))
            for col in ("source_entity", "target_entity", "reporter_entity"):
                conn.execute(rel.update().where(rel.c[col] == old).values({col: new}))
            x = schema.descriptors
            conn.execute(x.update().where(x.c.entity_id == old).values(entity_id=new))
            c = schema.claims
            conn.execute(c.update().where(c.c.speaker_entity == old).values(speaker_entity=new))
            maintain.move_claims(conn, old, new)
            conn.execute(x.update().where(x.c.speaker_entity == old).values(speaker_entity=new))
            conn.execute(red.update().where(red.c.new_id == old).values(new_id=new))
            conn.execute(red.delete().where(red.c.old_id == old))
            conn.execute(red.insert().values(old_id=old, new_id=new, merged_at=now))
            maintain.fold(conn, old, new)


def _id_form(name: str) -> str:
    """A name written as an entity id is ("Russia" -> "russia", "Sergueï Lavrov" ->
    "serguei-lavrov"): lower case, no accents, words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return "-".join(re.findall(r"\w+", folded.lower()))


def canonical_name(texts: dict[str, int], entity_id: Optional[str] = None,
                   label: Optional[str] = None) -> str:
    """The name to show: a full name (two words or more) before a single word; among
    those, for a place or a body, the name its id was made from (their ids are their
    English names, so "Russia", not the French "Russie", however many French articles
    the store holds; "Wagner Group", not "groupe Wagner"); then the most used, the
    longest. A person's id is the first spelling seen, so the most used wins there.

    A body's or a place's longer name around a shorter one of its names, used less than
    a quarter as often, is no full name of it (unless its id was made from it): mostly a product, a team or a tagger's
    slip ("Microsoft Word" 2 beside "Microsoft" 200, "Injured Chelsea", "Arsenal's
    Edu"). (Counts, not ids, decide, so the name is the same whatever order the
    articles came in.)"""
    base = (re.sub(r"-\d+$", "", entity_id)
            if entity_id and label not in ("PERSON", None) else None)
    words = {name: re.sub(r"['’]s\b", "", name).split() for name in texts}

    from ..resolve.names import INSTITUTION_HEADS  # (only where names are stored)

    def extends(name, count):
        # ("Wagner Group", "Labour Party": a body's kind written after its name is its
        # full name, however rarely used)
        return label != "PERSON" and any(
            other != name and 4 * count < used and _contains(words[name], words[other])
            and not {w.lower() for w in words[name]} - {w.lower() for w in words[other]}
            <= INSTITUTION_HEADS
            for other, used in texts.items())

    def key(item):
        name, count = item
        own = base is not None and _id_form(name) == base
        full = len(words[name]) >= 2 and (own or not extends(name, count)) and not (
            # (a capital or a region speaking for its country: "Buenos Aires" 2 beside
            # "Argentina" 60 is not Argentina's full name)
            label in ("GPE", "LOC") and base is not None
            and not set(_id_form(name).split("-")) & set(base.split("-")))
        return (full, own, count, len(name), name)
    return max(texts.items(), key=key)[0]


def _contains(words: list, part: list) -> bool:
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _span_columns(item, names) -> dict:
    """Each named span of ``item`` as its ``NAME_start``/``NAME_end``/``NAME_text`` columns
    (None where the span is absent)."""
    columns = {}
    for name in names:
        span = getattr(item, name)
        columns.update({f"{name}_start": span and span.start, f"{name}_end": span and span.end,
                        f"{name}_text": span and span.text})
    return columns
