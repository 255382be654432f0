"""Persisting and reading extractions: SQLite by default, PostgreSQL by URL.

The only module that imports SQLAlchemy. ``Store.add`` writes one batch in one
transaction, so a crash leaves the store as it was after the last whole batch, and a
re-run skips what is already stored.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Optional, Sequence

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..types import Extraction, Skipped
from . import schema
from .migrations import migrate
from .reads import Reads

__all__ = ["Store", "url_for"]


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
    cur.close()


def text_hash(text_: str) -> str:
    return hashlib.sha1(" ".join(text_.split()).encode("utf-8")).hexdigest()


class Store(Reads):
    def __init__(self, db: str, create: bool = True):
        url = url_for(db)
        if url.startswith("sqlite:///") and not create:
            path = Path(url[len("sqlite:///"):])
            if not path.exists():
                raise StoreError(f"no store at {path}: run 'storygraph ingest' first")
        try:
            self.engine: Engine = create_engine(url, future=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot open the store {db!r}: {exc}") from exc
        if self.engine.dialect.name == "sqlite":
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

    def resolver_state(self):
        """The entity resolver's saved state (plain JSON data), or None for a new store."""
        with self.engine.connect() as conn:
            raw = conn.execute(select(schema.meta.c.value)
                               .where(schema.meta.c.key == "resolver_state")).scalar()
        return json.loads(raw) if raw else None

    def add(self, records: Sequence[Extraction], merges: Optional[dict[str, str]] = None,
            resolver_state=None, visits: Optional[dict] = None,
            claims: Optional[dict] = None) -> tuple[list[str], list[Skipped]]:
        """Store a batch in one transaction: (stored ids, skipped with reasons).

        A record whose id or text is already stored is not stored again (skipped
        with the reason), so re-ingesting is a no-op. ``merges`` maps entity ids the
        resolver retired to the id that absorbed them; old ids keep redirecting.
        ``visits`` (document id -> ``sources.web.Visit``) says where fetched records came
        from; it is written in the same transaction, so a URL is seen only once stored.
        ``claims`` maps a record id to its claims, each ``(Claim, embedding bytes,
        context embedding bytes)`` (``pipeline.claims_for``).
        """
        stored, skipped = [], []
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            with self.engine.begin() as conn:
                ids = [r.id for r in records]
                hashes = {r.id: text_hash(r.text) for r in records}
                known_ids = {row.id: row.text_hash for row in conn.execute(
                    select(schema.documents.c.id, schema.documents.c.text_hash)
                    .where(schema.documents.c.id.in_(ids)))}
                known_hashes = {row.text_hash: row.id for row in conn.execute(
                    select(schema.documents.c.id, schema.documents.c.text_hash)
                    .where(schema.documents.c.text_hash.in_(list(hashes.values()))))}
                touched: set[str] = set()
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
                    quote_ids = self._insert(conn, record, h, now)
                    if claims and claims.get(record.id):
                        self._insert_claims(conn, record, quote_ids, claims[record.id])
                    visit = (visits or {}).get(record.id)
                    if visit is not None and visit.previous_id and visit.previous_id != record.id:
                        conn.execute(schema.document_versions.insert().values(
                            doc_id=record.id, previous_id=visit.previous_id, url=visit.url,
                            stored_at=now))
                    touched.update(m.entity for m in record.entities if m.entity)
                    stored.append(record.id)
                for record in records:
                    visit = (visits or {}).get(record.id)
                    if visit is not None:
                        # A text stored before (under this id or another) is seen too.
                        self._visit(conn, visit, known_hashes.get(hashes[record.id], record.id), now)
                if merges:
                    # After the inserts, so that ids retired by this batch are caught too.
                    self._merge(conn, merges, now)
                    touched.update(merges.values())
                    touched.difference_update(merges)
                self._refresh_entities(conn, touched)
                if resolver_state is not None:
                    # Saved in the same transaction as the batch, so the two never disagree.
                    conn.execute(schema.meta.delete().where(schema.meta.c.key == "resolver_state"))
                    conn.execute(schema.meta.insert().values(
                        key="resolver_state", value=json.dumps(resolver_state, ensure_ascii=False)))
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

    def _insert(self, conn, r: Extraction, h: str, now: str) -> list[int]:
        conn.execute(schema.documents.insert().values(
            id=r.id, text_hash=h, text=r.text, published=r.published,
            published_from=r.published_from, source=r.source, title=r.title, url=r.url,
            origin=None, ingested_at=now, lang=r.lang))
        if r.entities:
            conn.execute(schema.mentions.insert(), [
                dict(doc_id=r.id, start=m.start, end=m.end, text=m.text, label=m.label,
                     entity_id=m.entity) for m in r.entities])
        if r.timexes:
            conn.execute(schema.timexes.insert(), [
                dict(doc_id=r.id, start=t.start, end=t.end, text=t.text, type=t.type,
                     value=t.value) for t in r.timexes])
        quote_ids = []
        for q in r.quotes:
            values = dict(doc_id=r.id, speaker_entity=q.speaker_entity, kind=q.kind,
                          attribution=q.attribution, confidence=q.confidence,
                          date=q.date or r.published and r.published[:10],
                          date_from=q.date_from or ("published" if r.published else None))
            for name in ("content", "speaker", "cue", "addressee"):
                span = getattr(q, name)
                values.update({f"{name}_start": span and span.start,
                               f"{name}_end": span and span.end,
                               f"{name}_text": span and span.text})
            quote_id = conn.execute(schema.quotes.insert().values(**values)).inserted_primary_key[0]
            quote_ids.append(quote_id)
            if self.is_sqlite:
                conn.execute(text("INSERT INTO quotes_fts(quote_id, doc_id, content, speaker) "
                                  "VALUES (:q, :d, :c, :s)"),
                             dict(q=quote_id, d=r.id, c=q.content.text,
                                  s=q.speaker.text if q.speaker else ""))
        for rel in r.relations:
            values = dict(doc_id=r.id, type=rel.type, source_entity=rel.source_entity,
                          target_entity=rel.target_entity, reporter_entity=rel.reporter_entity,
                          negated=rel.negated, confidence=rel.confidence,
                          date=rel.date or r.published and r.published[:10],
                          date_from=rel.date_from or ("published" if r.published else None))
            for name in ("evidence", "content"):
                span = getattr(rel, name)
                values.update({f"{name}_start": span and span.start,
                               f"{name}_end": span and span.end,
                               f"{name}_text": span and span.text})
            conn.execute(schema.relations.insert().values(**values))
        if r.descriptors:
            rows = []
            for x in r.descriptors:
                row = dict(doc_id=r.id, entity_id=x.entity, kind=x.kind,
                           speaker_entity=x.speaker_entity)
                for name in ("span", "evidence"):
                    span = getattr(x, name)
                    row.update({f"{name}_start": span.start, f"{name}_end": span.end,
                                f"{name}_text": span.text})
                rows.append(row)
            conn.execute(schema.descriptors.insert(), rows)
        if self.is_sqlite:
            conn.execute(text("INSERT INTO documents_fts(doc_id, title, text) VALUES (:d, :t, :x)"),
                         dict(d=r.id, t=r.title or "", x=r.text))
        return quote_ids

    @staticmethod
    def _insert_claims(conn, r: Extraction, quote_ids: list[int], items) -> None:
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
        if rows:
            conn.execute(schema.claims.insert(), rows)

    def replace_claims(self, records: Sequence[Extraction], claims: dict) -> int:
        """Store ``claims`` anew for stored ``records`` (quotes as ``stored_records``
        gives them: ``claims_for`` on a store made before claims, or after new rules)."""
        c, q = schema.claims, schema.quotes
        n = 0
        try:
            with self.engine.begin() as conn:
                for r in records:
                    conn.execute(c.delete().where(c.c.doc_id == r.id))
                    ids = list(conn.execute(select(q.c.id).where(q.c.doc_id == r.id)
                                            .order_by(q.c.content_start, q.c.id)).scalars())
                    items = claims.get(r.id) or []
                    self._insert_claims(conn, r, ids, items)
                    n += len(items)
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
            for col in ("about", "topics"):
                conn.execute(c.update().where(c.c[col].contains(f" {old} "))
                             .values({col: func.replace(c.c[col], f" {old} ", f" {new} ")}))
            conn.execute(x.update().where(x.c.speaker_entity == old).values(speaker_entity=new))
            conn.execute(red.update().where(red.c.new_id == old).values(new_id=new))
            conn.execute(red.delete().where(red.c.old_id == old))
            conn.execute(red.insert().values(old_id=old, new_id=new, merged_at=now))
            conn.execute(schema.entities.delete().where(schema.entities.c.id == old))

    def _refresh_entities(self, conn, ids: Iterable[str]) -> None:
        """Recompute the entity rows of ``ids`` from their mentions (name and label by vote)."""
        m, d, e = schema.mentions, schema.documents, schema.entities
        ids = sorted(set(ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            conn.execute(e.delete().where(e.c.id.in_(chunk)))
            names: dict[str, dict] = {}
            for row in conn.execute(
                    select(m.c.entity_id, m.c.text, m.c.label, func.count().label("n"))
                    .where(m.c.entity_id.in_(chunk))
                    .group_by(m.c.entity_id, m.c.text, m.c.label)):
                agg = names.setdefault(row.entity_id, {"texts": {}, "labels": {}})
                agg["texts"][row.text] = agg["texts"].get(row.text, 0) + row.n
                agg["labels"][row.label] = agg["labels"].get(row.label, 0) + row.n
            stats = {row.entity_id: row for row in conn.execute(
                select(m.c.entity_id, func.count().label("mentions"),
                       func.count(func.distinct(m.c.doc_id)).label("documents"),
                       func.min(d.c.published).label("first"), func.max(d.c.published).label("last"))
                .join(d, d.c.id == m.c.doc_id).where(m.c.entity_id.in_(chunk))
                .group_by(m.c.entity_id))}
            rows = []
            for entity_id, agg in names.items():
                s = stats[entity_id]
                rows.append(dict(id=entity_id, name=canonical_name(agg["texts"]),
                                 label=max(agg["labels"].items(), key=lambda kv: (kv[1], kv[0]))[0],
                                 mentions=s.mentions, documents=s.documents,
                                 first_seen=s.first and s.first[:10], last_seen=s.last and s.last[:10]))
            if rows:
                conn.execute(e.insert(), rows)


def canonical_name(texts: dict[str, int]) -> str:
    """The name to show: the most used of the longest-worded variants."""
    def key(item):
        name, count = item
        return (len(name.split()) >= 2, count, len(name), name)
    return max(texts.items(), key=key)[0]
