"""Reading the store: plain rows (dicts) for ``query.py`` to shape into answers; the
corpus, its entities, exports and search here, the facts in ``facts.py``."""
from __future__ import annotations

import json
from typing import Optional

from sqlalchemy import func, literal_column, or_, select, text

from . import maintain, schema
from .facts import Facts
from .sql import (D, E, M, Q, R, T, RANKED, as_dicts, fts_query, lang_condition, latest_rowid,
                  paged)


class Reads(Facts):
    engine = None  # set by Store
    EXPORT_TABLES = ("documents", "entities", "redirects", "mentions", "quotes", "timexes",
                     "relations", "descriptors")

    def _all(self, statement, **params) -> list[dict]:
        with self.engine.connect() as conn:
            return as_dicts(conn.execute(statement, params) if params else conn.execute(statement))

    # -- corpus -------------------------------------------------------------------
    def stats(self) -> dict:
        """Corpus counts from the maintained counters (never a count over the store)."""
        C, O = schema.counters, schema.outlets
        with self.engine.connect() as conn:
            counts = dict(conn.execute(select(C.c.name, C.c.value)).all())
            dated = D.c.published.isnot(None)
            return {
                **{k: counts.get(k, 0) for k in ("documents", "entities", "mentions", "quotes",
                                                  "timexes", "relations")},
                "first": conn.execute(select(D.c.published).where(dated)
                                      .order_by(D.c.published).limit(1)).scalar(),
                "last": conn.execute(select(D.c.published).where(dated)
                                     .order_by(D.c.published.desc()).limit(1)).scalar(),
                "outlets": [{"source": r.source or None, "documents": r.documents}
                            for r in conn.execute(select(O).where(O.c.documents > 0)
                                                  .order_by(O.c.documents.desc(), O.c.source)
                                                  .limit(200))],
            }

    def count(self, what: str) -> int:
        """A maintained counter ("documents", "entities", "quotes", ...)."""
        C = schema.counters
        with self.engine.connect() as conn:
            return conn.execute(select(C.c.value).where(C.c.name == what)).scalar() or 0

    def version(self) -> int:
        """How many write transactions the store has seen (``maintain.VERSION``): an
        answer read at one version is still right while the version is the same."""
        return self.count(maintain.VERSION)

    def entity_count(self, label: Optional[str] = None) -> int:
        if not label:
            return self.count("entities")
        return self.count(maintain.label_counter(label.upper()))

    def documents(self, limit: int = 100, offset: int = 0,
                  lang: Optional[str] = None) -> list[dict]:
        s = select(D.c.id, D.c.title, D.c.source, D.c.published, D.c.published_from,
                   D.c.lang, func.length(D.c.text).label("chars"))
        if lang:
            s = s.where(lang_condition(lang))
        return self._all(s.order_by(D.c.published.desc(), D.c.id.desc()).limit(limit).offset(offset))

    def document_count(self, lang: Optional[str] = None) -> int:
        if not lang:
            return self.count("documents")
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(D)
                                .where(lang_condition(lang))).scalar()

    def document(self, doc_id: str) -> Optional[dict]:
        rows = self._all(select(D).where(D.c.id == doc_id))
        if not rows:
            return None
        doc = rows[0]
        doc["entities"] = self._all(select(M, E.c.name.label("entity_name"))
                                    .outerjoin(E, E.c.id == M.c.entity_id)
                                    .where(M.c.doc_id == doc_id).order_by(M.c.start))
        doc["quotes"] = self._all(select(Q).where(Q.c.doc_id == doc_id).order_by(Q.c.content_start))
        for q in doc["quotes"]:
            q["asides"] = json.loads(q.get("asides") or "[]")
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
            rows = {r["id"]: r for r in as_dicts(conn.execute(
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
        return self._all(paged(s, limit, offset))

    def aliases(self, entity_ids: list[str], limit: int = 50) -> dict[str, list[dict]]:
        """Each entity's names, most used first (from the counted names, at most ``limit``)."""
        out: dict[str, list[dict]] = {i: [] for i in entity_ids}
        if not entity_ids:
            return out
        N = schema.entity_names
        for row in self._all(select(N.c.entity_id, N.c.text, N.c.count)
                             .where(N.c.entity_id.in_(entity_ids))
                             .order_by(N.c.entity_id, N.c.count.desc(), N.c.text)):
            if len(out[row["entity_id"]]) < limit:
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
                N = schema.entity_names
                hit = conn.execute(select(N.c.entity_id, func.sum(N.c.count).label("n"))
                                   .where(func.lower(N.c.text) == name.lower())
                                   .group_by(N.c.entity_id).order_by(text("n DESC"))).first()
                if hit:
                    row = conn.execute(select(E).where(E.c.id == hit.entity_id)).first()
            if row is None:
                # A part of the name ("Lavrov" for "Sergey Lavrov"): the best known one.
                low = name.lower()
                row = conn.execute(select(E).where(or_(
                    func.lower(E.c.name).like(f"% {low}"), func.lower(E.c.name).like(f"{low} %")))
                    .order_by(E.c.mentions.desc(), E.c.id)).first()
            return dict(row._mapping) if row else None

    def entity_documents(self, entity_id: str, limit: Optional[int] = None,
                         offset: int = 0) -> list[dict]:
        """An entity's documents in date order, from its maintained document rows."""
        X = schema.entity_documents
        s = (select(D.c.id, D.c.title, D.c.source, D.c.published, X.c.mentions)
             .join(D, D.c.id == X.c.doc_id).where(X.c.entity_id == entity_id)
             .order_by(X.c.published, X.c.doc_id))
        return self._all(paged(s, limit, offset))

    def cooccurring(self, entity_id: str, limit: int = 20) -> list[dict]:
        """The entities most often among a document's main names with this one."""
        X = schema.cooccurrences
        pairs = []
        for mine, other in ((X.c.a, X.c.b), (X.c.b, X.c.a)):
            pairs += self._all(select(other.label("id"), X.c.documents).where(mine == entity_id)
                               .order_by(X.c.documents.desc()).limit(limit))
        pairs.sort(key=lambda p: -p["documents"])
        found = self.entities_by_id([p["id"] for p in pairs])
        rows = [{"id": p["id"], "name": found[p["id"]]["name"], "label": found[p["id"]]["label"],
                 "documents": p["documents"]} for p in pairs if p["id"] in found]
        return sorted(rows, key=lambda r: (-r["documents"], r["name"]))[:limit]

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
                               confidence=q.get("confidence"),
                               asides=tuple(Span.of(doc["text"], a, b) for a, b in q["asides"]))
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
    def search(self, q: str, limit: int = 20, offset: int = 0) -> dict:
        if self.is_sqlite:
            fts = fts_query(q)
            if not fts:
                return {"documents": [], "quotes": []}
            docs = self._all(text(
                "SELECT f.doc_id AS id, d.title, d.source, d.published, "
                "snippet(documents_fts, 2, char(2), char(3), '…', 16) AS snippet "
                "FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
                "WHERE documents_fts MATCH :q AND f.rowid >= " + latest_rowid("documents_fts") +
                " ORDER BY rank LIMIT :n OFFSET :o"), q=fts, n=limit, o=offset, m=RANKED)
            quotes = self._all(text(
                "SELECT q.id, q.doc_id, q.content_text, q.speaker_text, q.date, d.source, "
                "snippet(quotes_fts, 2, char(2), char(3), '…', 16) AS snippet "
                "FROM quotes_fts f JOIN quotes q ON q.id = f.quote_id "
                "JOIN documents d ON d.id = q.doc_id "
                "WHERE quotes_fts MATCH :q AND f.rowid >= " + latest_rowid("quotes_fts") +
                " ORDER BY rank LIMIT :n OFFSET :o"), q=fts, n=limit, o=offset, m=RANKED)
            return {"documents": docs, "quotes": quotes}
        # The configuration as a literal, so the expression matches the GIN index's.
        english = literal_column("'english'::regconfig")
        tsq = func.plainto_tsquery(english, q)
        docs = self._all(select(D.c.id, D.c.title, D.c.source, D.c.published,
                                func.ts_headline(english, D.c.text, tsq,
                                                 "StartSel=[,StopSel=],MaxWords=30").label("snippet"))
                         .where(func.to_tsvector(english, D.c.text).op("@@")(tsq))
                         # No order: any order reads every match (a common word's tens of
                         # thousands) before the first 20; without, the GIN index or a
                         # scan stops at 20.
                         .limit(limit).offset(offset))
        quotes = self._all(select(Q.c.id, Q.c.doc_id, Q.c.content_text, Q.c.speaker_text, Q.c.date,
                                  D.c.source, Q.c.content_text.label("snippet"))
                           .join(D, D.c.id == Q.c.doc_id)
                           .where(func.to_tsvector(english, Q.c.content_text).op("@@")(tsq))
                           .limit(limit).offset(offset))
        return {"documents": docs, "quotes": quotes}
