"""Reading the store: plain rows (dicts) for ``query.py`` to shape into answers."""
from __future__ import annotations

import re
from typing import Optional

from sqlalchemy import and_, case, func, or_, select, text

from . import schema

#: Characters either side of a time expression read for its sentence.
WINDOW = 400

D, E, M, Q, T, R = (schema.documents, schema.entities, schema.mentions, schema.quotes,
                    schema.timexes, schema.relations)


def _rows(result) -> list[dict]:
    return [dict(row._mapping) for row in result]


def _fts_query(q: str) -> str:
    """A user's words as an FTS5 query: each word a quoted term (no syntax errors)."""
    words = re.findall(r"\w+", q)
    return " ".join(f'"{w}"' for w in words)


class Reads:
    engine = None  # set by Store
    EXPORT_TABLES = ("documents", "entities", "redirects", "mentions", "quotes", "timexes",
                     "relations", "descriptors")

    def _all(self, statement, **params) -> list[dict]:
        with self.engine.connect() as conn:
            return _rows(conn.execute(statement, params) if params else conn.execute(statement))

    # -- corpus -------------------------------------------------------------------
    def stats(self) -> dict:
        with self.engine.connect() as conn:
            one = lambda s: conn.execute(s).scalar()  # noqa: E731
            return {
                "documents": one(select(func.count()).select_from(D)),
                "entities": one(select(func.count()).select_from(E)),
                "mentions": one(select(func.count()).select_from(M)),
                "quotes": one(select(func.count()).select_from(Q)),
                "timexes": one(select(func.count()).select_from(T)),
                "relations": one(select(func.count()).select_from(R)),
                "first": one(select(func.min(D.c.published))),
                "last": one(select(func.max(D.c.published))),
                "outlets": _rows(conn.execute(
                    select(D.c.source, func.count().label("documents"))
                    .group_by(D.c.source).order_by(func.count().desc(), D.c.source))),
            }

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict]:
        return self._all(select(D.c.id, D.c.title, D.c.source, D.c.published,
                                D.c.published_from, func.length(D.c.text).label("chars"))
                         .order_by(D.c.published.desc(), D.c.id).limit(limit).offset(offset))

    def document(self, doc_id: str) -> Optional[dict]:
        rows = self._all(select(D).where(D.c.id == doc_id))
        if not rows:
            return None
        doc = rows[0]
        doc["entities"] = self._all(select(M, E.c.name.label("entity_name"))
                                    .outerjoin(E, E.c.id == M.c.entity_id)
                                    .where(M.c.doc_id == doc_id).order_by(M.c.start))
        doc["quotes"] = self._all(select(Q).where(Q.c.doc_id == doc_id).order_by(Q.c.content_start))
        doc["timexes"] = self._all(select(T).where(T.c.doc_id == doc_id).order_by(T.c.start))
        doc["relations"] = self._all(select(R).where(R.c.doc_id == doc_id).order_by(R.c.evidence_start))
        doc["versions"] = self.versions(doc_id)
        return doc

    def versions(self, doc_id: str) -> list[dict]:
        """Every version of a fetched article, oldest first ([] when it has only one)."""
        V = schema.document_versions
        with self.engine.connect() as conn:
            def step(column_from, column_to, start):
                chain, seen = [], {start}
                current = start
                while True:
                    nxt = conn.execute(select(V.c[column_to]).where(V.c[column_from] == current)).scalar()
                    if nxt is None or nxt in seen:
                        return chain
                    seen.add(nxt)
                    chain.append(nxt)
                    current = nxt
            ids = step("doc_id", "previous_id", doc_id)[::-1] + [doc_id] + step("previous_id", "doc_id", doc_id)
            if len(ids) == 1:
                return []
            rows = {r["id"]: r for r in _rows(conn.execute(
                select(D.c.id, D.c.title, D.c.published, D.c.ingested_at, func.length(D.c.text).label("chars"))
                .where(D.c.id.in_(ids))))}
        return [dict(rows.get(i, {"id": i}), version=n, current=(i == doc_id))
                for n, i in enumerate(ids, 1)]

    # -- entities -----------------------------------------------------------------
    def entities(self, label: Optional[str] = None, limit: Optional[int] = None,
                 offset: int = 0) -> list[dict]:
        s = select(E).order_by(E.c.documents.desc(), E.c.mentions.desc(), E.c.name)
        if label:
            s = s.where(E.c.label == label.upper())
        if limit:
            s = s.limit(limit).offset(offset)
        return self._all(s)

    def aliases(self, entity_ids: list[str]) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {i: [] for i in entity_ids}
        if not entity_ids:
            return out
        for row in self._all(select(M.c.entity_id, M.c.text, func.count().label("count"))
                             .where(M.c.entity_id.in_(entity_ids))
                             .group_by(M.c.entity_id, M.c.text)
                             .order_by(M.c.entity_id, func.count().desc(), M.c.text)):
            out[row["entity_id"]].append({"text": row["text"], "count": row["count"]})
        return out

    def find_entity(self, name: str) -> Optional[dict]:
        """An entity by id, retired id, name or alias (case-insensitive)."""
        with self.engine.connect() as conn:
            target = conn.execute(select(schema.redirects.c.new_id)
                                  .where(schema.redirects.c.old_id == name)).scalar() or name
            row = conn.execute(select(E).where(E.c.id == target)).first()
            if row is None:
                row = conn.execute(select(E).where(func.lower(E.c.name) == name.lower())
                                   .order_by(E.c.mentions.desc())).first()
            if row is None:
                hit = conn.execute(select(M.c.entity_id, func.count().label("n"))
                                   .where(func.lower(M.c.text) == name.lower(),
                                          M.c.entity_id.isnot(None))
                                   .group_by(M.c.entity_id).order_by(text("n DESC"))).first()
                if hit:
                    row = conn.execute(select(E).where(E.c.id == hit.entity_id)).first()
            if row is None:
                # A part of the name ("Lavrov" for "Sergey Lavrov"): the best known one.
                low = name.lower()
                row = conn.execute(select(E).where(or_(
                    func.lower(E.c.name).like(f"% {low}"), func.lower(E.c.name).like(f"{low} %")))
                    .order_by(E.c.mentions.desc(), E.c.id)).first()
            return dict(row._mapping) if row else None

    def entity_documents(self, entity_id: str) -> list[dict]:
        return self._all(select(D.c.id, D.c.title, D.c.source, D.c.published,
                                func.count().label("mentions"))
                         .join(M, M.c.doc_id == D.c.id).where(M.c.entity_id == entity_id)
                         .group_by(D.c.id, D.c.title, D.c.source, D.c.published)
                         .order_by(D.c.published, D.c.id))

    def cooccurring(self, entity_id: str, limit: int = 20) -> list[dict]:
        # Count over mentions first, name the few winners after: the join with
        # entities on every mention row was the slow part of big entity pages.
        docs = select(M.c.doc_id).where(M.c.entity_id == entity_id).distinct()
        counts = (select(M.c.entity_id, func.count(func.distinct(M.c.doc_id)).label("documents"))
                  .where(M.c.doc_id.in_(docs), M.c.entity_id != entity_id,
                         M.c.entity_id.isnot(None))
                  .group_by(M.c.entity_id).subquery())
        return self._all(select(E.c.id, E.c.name, E.c.label, counts.c.documents)
                         .join(counts, counts.c.entity_id == E.c.id)
                         .order_by(counts.c.documents.desc(), E.c.name).limit(limit))

    # -- quotes, time, relations -------------------------------------------------------
    def quotes(self, speaker_ids: Optional[list[str]] = None, speaker_text: Optional[str] = None,
               source: Optional[str] = None, since: Optional[str] = None,
               until: Optional[str] = None, contains: Optional[str] = None,
               doc_id: Optional[str] = None, limit: Optional[int] = None) -> list[dict]:
        s = (select(Q, D.c.source, D.c.title, D.c.published, E.c.name.label("speaker_name"))
             .join(D, D.c.id == Q.c.doc_id).outerjoin(E, E.c.id == Q.c.speaker_entity))
        conds = []
        if speaker_ids is not None or speaker_text:
            alts = []
            if speaker_ids:
                alts.append(Q.c.speaker_entity.in_(speaker_ids))
            if speaker_text:
                alts.append(func.lower(Q.c.speaker_text).contains(speaker_text.lower()))
            conds.append(or_(*alts) if alts else text("0=1"))
        if source:
            conds.append(func.lower(D.c.source) == source.lower())
        if since:
            conds.append(Q.c.date >= since)
        if until:
            conds.append(Q.c.date <= until + "\uffff")
        if contains:
            conds.append(func.lower(Q.c.content_text).contains(contains.lower()))
        if doc_id:
            conds.append(Q.c.doc_id == doc_id)
        s = s.where(and_(*conds)) if conds else s
        s = s.order_by(Q.c.date, Q.c.doc_id, Q.c.content_start)
        return self._all(s.limit(limit) if limit else s)

    def relations(self, entity_id: Optional[str] = None, limit: Optional[int] = None) -> list[dict]:
        s = select(R, D.c.source.label("outlet"), D.c.published).join(D, D.c.id == R.c.doc_id)
        if entity_id:
            s = s.where(or_(R.c.source_entity == entity_id, R.c.target_entity == entity_id))
        s = s.order_by(R.c.date, R.c.doc_id, R.c.evidence_start)
        return self._all(s.limit(limit) if limit else s)

    def dated_timexes(self, entity_id: Optional[str] = None) -> list[dict]:
        """Time expressions with a calendar value, with their document (for the timeline)."""
        # Only a window of the text around each expression, for its sentence: whole
        # article texts, once per expression, made big entities' timelines slow.
        window = case((T.c.start > WINDOW, T.c.start - WINDOW), else_=0)
        s = (select(T, D.c.source, D.c.title, D.c.published, window.label("window_start"),
                    func.substr(D.c.text, window + 1, 2 * WINDOW + 200).label("window_text"))
             .join(D, D.c.id == T.c.doc_id)
             .where(T.c.type.in_(["DATE", "TIME"]), T.c.value.op("GLOB" if self.is_sqlite else "~")(
                 "[12][0-9][0-9][0-9]-*" if self.is_sqlite else "^[12][0-9]{3}-")))
        if entity_id:
            s = s.where(T.c.doc_id.in_(select(M.c.doc_id).where(M.c.entity_id == entity_id)))
        return self._all(s.order_by(T.c.value, T.c.doc_id, T.c.start))

    def descriptors(self, entity_id: str) -> list[dict]:
        X = schema.descriptors
        return self._all(select(X, D.c.source, D.c.published, D.c.title,
                                E.c.name.label("speaker_name"))
                         .join(D, D.c.id == X.c.doc_id)
                         .outerjoin(E, E.c.id == X.c.speaker_entity)
                         .where(X.c.entity_id == entity_id)
                         .order_by(D.c.source, D.c.published, X.c.span_start))

    def entity_pairs(self, label: Optional[str] = None, since: Optional[str] = None,
                     until: Optional[str] = None, limit: int = 400) -> list[dict]:
        """Pairs of entities named in the same documents, with how many (the network)."""
        # Pair distinct (document, entity) rows, not every mention with every other.
        pairs = select(M.c.doc_id, M.c.entity_id).where(M.c.entity_id.isnot(None)).distinct()
        m1, m2 = pairs.subquery("m1"), pairs.subquery("m2")
        e1, e2 = E.alias("e1"), E.alias("e2")
        s = (select(m1.c.entity_id.label("a"), m2.c.entity_id.label("b"),
                    func.count(func.distinct(m1.c.doc_id)).label("documents"))
             .join(m2, and_(m2.c.doc_id == m1.c.doc_id, m2.c.entity_id > m1.c.entity_id))
             .join(e1, e1.c.id == m1.c.entity_id).join(e2, e2.c.id == m2.c.entity_id)
             .join(D, D.c.id == m1.c.doc_id))
        if label:
            s = s.where(e1.c.label == label, e2.c.label == label)
        if since:
            s = s.where(D.c.published >= since)
        if until:
            s = s.where(D.c.published <= until + "\uffff")
        s = (s.group_by(m1.c.entity_id, m2.c.entity_id)
             .order_by(text("documents DESC"), m1.c.entity_id, m2.c.entity_id).limit(limit))
        return self._all(s)

    # -- claims (shifts and disputes) ----------------------------------------------------
    def claims(self, speaker_ids: Optional[list[str]] = None, entity_id: Optional[str] = None,
               min_confidence: float = 0.0) -> list[dict]:
        """Claims with their embeddings, date, outlet and speaker name: a speaker's
        through the speaker index, or those about/around an entity, or all."""
        C = schema.claims
        s = (select(C, D.c.source, D.c.title, E.c.name.label("speaker_name"),
                    E.c.label.label("speaker_label"))
             .join(D, D.c.id == C.c.doc_id).outerjoin(E, E.c.id == C.c.speaker_entity)
             .where(C.c.confidence >= min_confidence))
        if speaker_ids is not None:
            s = s.where(C.c.speaker_entity.in_(speaker_ids))
        if entity_id:
            s = s.where(or_(C.c.about.contains(f" {entity_id} "),
                            C.c.topics.contains(f" {entity_id} ")))
        return self._all(s.order_by(C.c.date, C.c.doc_id, C.c.text_start))

    def claim_embeddings(self, doc_ids: list[str]) -> dict[str, bytes]:
        """Stored claims' texts (sentences and contexts) to their embeddings."""
        C = schema.claims
        out: dict[str, bytes] = {}
        rows = self._all(select(C.c.text_text, C.c.embedding, C.c.context_embedding,
                                C.c.context_start, C.c.context_end,
                                func.substr(D.c.text, C.c.context_start + 1,
                                            C.c.context_end - C.c.context_start).label("context"))
                         .join(D, D.c.id == C.c.doc_id).where(C.c.doc_id.in_(doc_ids)))
        for r in rows:
            if r["embedding"]:
                out[r["text_text"]] = r["embedding"]
            if r["context_embedding"]:
                out[r["context"]] = r["context_embedding"]
        return out

    def claim_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.claims)).scalar()

    def stored_record(self, doc_id: str):
        """A stored document as an ``Extraction`` (entities and quotes; quotes in
        ``content_start`` order, as ``replace_claims`` numbers them)."""
        from ..types import Entity, Extraction, Quote, Span
        doc = self.document(doc_id)
        if doc is None:
            return None

        def span(row, name):
            return (Span(row[f"{name}_start"], row[f"{name}_end"], row[f"{name}_text"])
                    if row[f"{name}_start"] is not None else None)
        quotes = sorted(doc["quotes"], key=lambda q: (q["content_start"], q["id"]))
        return Extraction(
            id=doc["id"], text=doc["text"], published=doc["published"], source=doc["source"],
            title=doc["title"], url=doc["url"],
            entities=tuple(Entity(m["start"], m["end"], m["text"], m["label"], m["entity_id"])
                           for m in doc["entities"]),
            quotes=tuple(Quote(content=span(q, "content"), speaker=span(q, "speaker"),
                               speaker_entity=q["speaker_entity"], cue=span(q, "cue"),
                               kind=q["kind"], addressee=span(q, "addressee"), date=q["date"],
                               date_from=q["date_from"], attribution=q.get("attribution"),
                               confidence=q.get("confidence"))
                         for q in quotes))

    def document_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(D.c.id).order_by(D.c.id)).scalars())

    def entities_by_id(self, ids: list[str]) -> dict[str, dict]:
        if not ids:
            return {}
        return {r["id"]: r for r in self._all(select(E).where(E.c.id.in_(ids)))}

    def table_columns(self, name: str) -> list[str]:
        return [c.name for c in schema.metadata.tables[name].columns]

    def table_rows(self, name: str):
        """Every row of one table, streamed in id order (for CSV export)."""
        table = schema.metadata.tables[name]
        with self.engine.connect() as conn:
            for row in conn.execution_options(stream_results=True).execute(
                    select(table).order_by(*table.primary_key.columns)):
                yield dict(row._mapping)

    # -- search -------------------------------------------------------------------
    def search(self, q: str, limit: int = 20) -> dict:
        if self.is_sqlite:
            fts = _fts_query(q)
            if not fts:
                return {"documents": [], "quotes": []}
            docs = self._all(text(
                "SELECT f.doc_id AS id, d.title, d.source, d.published, "
                "snippet(documents_fts, 2, char(2), char(3), '…', 16) AS snippet "
                "FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
                "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n"), q=fts, n=limit)
            quotes = self._all(text(
                "SELECT q.id, q.doc_id, q.content_text, q.speaker_text, q.date, d.source, "
                "snippet(quotes_fts, 2, char(2), char(3), '…', 16) AS snippet "
                "FROM quotes_fts f JOIN quotes q ON q.id = f.quote_id "
                "JOIN documents d ON d.id = q.doc_id "
                "WHERE quotes_fts MATCH :q ORDER BY rank LIMIT :n"), q=fts, n=limit)
            return {"documents": docs, "quotes": quotes}
        tsq = func.plainto_tsquery("english", q)
        docs = self._all(select(D.c.id, D.c.title, D.c.source, D.c.published,
                                func.ts_headline("english", D.c.text, tsq,
                                                 "StartSel=[,StopSel=],MaxWords=30").label("snippet"))
                         .where(func.to_tsvector("english", D.c.text).op("@@")(tsq)).limit(limit))
        quotes = self._all(select(Q.c.id, Q.c.doc_id, Q.c.content_text, Q.c.speaker_text, Q.c.date,
                                  D.c.source, Q.c.content_text.label("snippet"))
                           .join(D, D.c.id == Q.c.doc_id)
                           .where(func.to_tsvector("english", Q.c.content_text).op("@@")(tsq))
                           .limit(limit))
        return {"documents": docs, "quotes": quotes}
