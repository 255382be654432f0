"""Reading the store: plain rows (dicts) for ``query.py`` to shape into answers."""
from __future__ import annotations

import re
from typing import Optional

from sqlalchemy import (and_, bindparam, case, func, literal_column, not_, or_, select,
                        text, union_all)

from . import maintain, schema

#: Characters either side of a time expression read for its sentence.
WINDOW = 400

D, E, M, Q, T, R = (schema.documents, schema.entities, schema.mentions, schema.quotes,
                    schema.timexes, schema.relations)


def _rows(result) -> list[dict]:
    # zip over the keys once: a RowMapping per row costs more than the row's query.
    keys = list(result.keys())
    return [dict(zip(keys, row)) for row in result]


def _page(statement, limit: Optional[int], offset: int = 0):
    if limit:
        statement = statement.limit(limit)
    return statement.offset(offset) if offset else statement


#: Search ranks the latest this many matches: ranking every match of a common word
#: costs what the store holds.
RANKED = 2000


def _latest(table: str) -> str:
    """The lowest rowid among the latest ``:m`` matches (FTS5 walks rowids backwards)."""
    return (f"coalesce((SELECT min(rowid) FROM (SELECT rowid FROM {table} "
            f"WHERE {table} MATCH :q ORDER BY rowid DESC LIMIT :m)), 0)")


def lang_condition(lang: str):
    """Documents in ``lang`` (a primary subtag, "fr"): stored as "fr" or as "fr-FR"."""
    code = lang.strip().lower()
    return or_(func.lower(D.c.lang) == code, func.lower(D.c.lang).like(code + "-%"))


def thresholds(least) -> tuple[float, dict]:
    """``least`` (one confidence for every language, or a mapping language -> confidence)
    as the default one, English's, which also holds for documents of no known or
    another language, and those of the other languages that differ from it."""
    if not isinstance(least, dict):
        return float(least), {}
    default = least.get("en", min(least.values()))
    return default, {maintain.lang_code(k): v for k, v in least.items()
                     if maintain.lang_code(k) not in ("en", "") and v != default}


def shown_condition(attribution, confidence, kinds, least, lang_is, at=lambda t: t):
    """Quotes of the ``kinds`` at or above their language's threshold (``thresholds``);
    ``lang_is(code)`` says a row is in that language, ``at`` turns a threshold into the
    column's unit."""
    default, others = thresholds(least)
    rest = confidence >= at(default)
    if others:
        rest = and_(not_(or_(*(lang_is(code) for code in others))), rest)
    branches = [and_(lang_is(code), confidence >= at(t)) for code, t in others.items()]
    return and_(attribution.in_(list(kinds)), or_(*branches, rest))


def _doc_lang_is(code: str):
    # coalesce: a document of no known language is not "not French" under SQL's NULL.
    lang = func.lower(func.coalesce(D.c.lang, ""))
    return or_(lang == code, lang.like(code + "-%"))


def _fts_query(q: str) -> str:
    """A user's words as an FTS5 query: each word a quoted term (no syntax errors)."""
    words = re.findall(r"\w+", q)
    return " ".join(f'"{w}"' for w in words)


#: Relations statements by (dated, since, until, an entity's page).
_RELATIONS: dict = {}


def _relations(dated: bool, since: bool, until: bool, sides: bool, lang: bool = False):
    """Relations with their outlet and date; with ``sides``, an entity's page: each side
    walks its own (entity, date, ...) index up to the page's end, and the two are merged
    (an OR reads and sorts every relation of a frequent entity)."""
    s = (select(R, D.c.source.label("outlet"), D.c.published, D.c.lang)
         .join(D, D.c.id == R.c.doc_id))
    if dated:
        s = s.where(R.c.date.isnot(None))
    if lang:  # as lang_condition, with the code bound at run time
        s = s.where(or_(func.lower(D.c.lang) == bindparam("lang"),
                        func.lower(D.c.lang).like(bindparam("lang_like"))))
    if since:
        s = s.where(R.c.date >= bindparam("since"))
    if until:
        s = s.where(R.c.date <= bindparam("until"))
    if not sides:
        return s
    order = (R.c.date, R.c.doc_id, R.c.evidence_start)
    entity = bindparam("entity")
    both = union_all(*(select(side.order_by(*order).limit(bindparam("upto")).subquery())
                       for side in (s.where(R.c.source_entity == entity),
                                    s.where(R.c.target_entity == entity,
                                            or_(R.c.source_entity.is_(None),
                                                R.c.source_entity != entity))))).subquery()
    return (select(both).order_by(both.c.date, both.c.doc_id, both.c.evidence_start)
            .limit(bindparam("n")).offset(bindparam("skip")))


class Reads:
    engine = None  # set by Store
    EXPORT_TABLES = ("documents", "entities", "redirects", "mentions", "quotes", "timexes",
                     "relations", "descriptors")

    def _all(self, statement, **params) -> list[dict]:
        with self.engine.connect() as conn:
            return _rows(conn.execute(statement, params) if params else conn.execute(statement))

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
        return self._all(_page(s, limit, offset))

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
        return self._all(_page(s, limit, offset))

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

    # -- quotes, time, relations -------------------------------------------------------
    def quotes(self, speaker_ids: Optional[list[str]] = None, speaker_text: Optional[str] = None,
               source: Optional[str] = None, since: Optional[str] = None,
               until: Optional[str] = None, contains: Optional[str] = None,
               doc_id: Optional[str] = None, limit: Optional[int] = None, offset: int = 0,
               newest_first: bool = False, dated: bool = False,
               shown: Optional[tuple[tuple[str, ...], float]] = None,
               lang: Optional[str] = None) -> list[dict]:
        """``shown`` = (attribution kinds, least confidence, one number or one per
        language: ``thresholds``): only those quotes, and quotes stored before kinds
        existed (both columns null)."""
        s = (select(Q, D.c.source, D.c.title, D.c.published, D.c.lang,
                    E.c.name.label("speaker_name"))
             .join(D, D.c.id == Q.c.doc_id).outerjoin(E, E.c.id == Q.c.speaker_entity))
        conds = self._quote_conditions(speaker_ids, speaker_text, source, since, until,
                                       contains, doc_id, shown, lang)
        if dated:
            conds.append(Q.c.date.isnot(None))
        s = s.where(and_(*conds)) if conds else s
        order = (Q.c.date, Q.c.doc_id, Q.c.content_start)
        s = s.order_by(*(c.desc() for c in order) if newest_first else order)
        return self._all(_page(s, limit, offset))

    def quote_count(self, speaker_ids: Optional[list[str]] = None, shown=None, **filters) -> int:
        lang = filters.pop("lang", None)
        if not self._quote_conditions(speaker_ids, **filters):
            return self._quote_total(maintain.ALL, shown, lang)
        if speaker_ids and len(speaker_ids) == 1 and len(self._quote_conditions(**filters)) == 0:
            return self._quote_total(speaker_ids[0], shown, lang)
        conds = self._quote_conditions(speaker_ids, shown=shown, lang=lang, **filters)
        s = select(func.count()).select_from(Q)
        if filters.get("source") or lang or shown is not None:
            s = s.join(D, D.c.id == Q.c.doc_id)
        with self.engine.connect() as conn:
            return conn.execute(s.where(and_(*conds))).scalar()

    def _quote_total(self, speaker: str, shown, lang: Optional[str] = None) -> int:
        """A speaker's quotes (``maintain.ALL``: everyone's), in ``lang`` if given, under
        the ``shown`` filter, summed over their maintained counts."""
        X = schema.quote_counts
        s = select(func.coalesce(func.sum(X.c.quotes), 0)).where(X.c.speaker_entity == speaker)
        if lang:
            s = s.where(X.c.lang == maintain.lang_code(lang))
        if shown is not None:
            kinds, least = shown
            s = s.where(or_(shown_condition(X.c.attribution, X.c.confidence, kinds, least,
                                            lambda code: X.c.lang == code, maintain.at_least),
                            and_(X.c.attribution == "", X.c.confidence == -1)))
        with self.engine.connect() as conn:
            return int(conn.execute(s).scalar())

    @staticmethod
    def _quote_conditions(speaker_ids=None, speaker_text=None, source=None, since=None,
                          until=None, contains=None, doc_id=None, shown=None,
                          lang=None) -> list:
        conds = []
        if lang:
            conds.append(lang_condition(lang))
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
        if shown is not None:
            kinds, least = shown
            conds.append(or_(shown_condition(Q.c.attribution, Q.c.confidence, kinds, least,
                                             _doc_lang_is),
                             and_(Q.c.attribution.is_(None), Q.c.confidence.is_(None))))
        return conds

    def relation_groups(self, entity_id: str, threshold: float) -> list[dict]:
        """An entity's relations at or above ``threshold`` counted in SQL by type, side
        ("by": it is the source; "on": the target), month and counterpart, so an entity
        page costs one grouped read however many relations the entity has."""
        X = schema.relation_months
        s = (select(X.c.direction, X.c.type, X.c.month, X.c.other,
                    func.sum(X.c.relations).label("n"))
             .where(X.c.entity_id == entity_id,
                    or_(X.c.confidence == -1, X.c.confidence >= maintain.at_least(threshold)))
             .group_by(X.c.direction, X.c.type, X.c.month, X.c.other))
        return [{**row, "month": row["month"] or None, "other": row["other"] or None}
                for row in self._all(s)]

    def relations(self, entity_id: Optional[str] = None, limit: Optional[int] = None,
                  offset: int = 0, since: Optional[str] = None,
                  until: Optional[str] = None, dated: bool = False,
                  lang: Optional[str] = None) -> list[dict]:
        key = (dated, bool(since), bool(until), bool(entity_id and limit), bool(lang))
        if key not in _RELATIONS:  # built once: building it costs more than running it
            _RELATIONS[key] = _relations(*key)
        params = dict(since=since, until=until and until + "\uffff")
        if lang:
            code = lang.strip().lower()
            params.update(lang=code, lang_like=code + "-%")
        if entity_id and limit:
            return self._all(_RELATIONS[key], entity=entity_id, upto=offset + limit, n=limit,
                             skip=offset, **params)
        s = _RELATIONS[key]
        if entity_id:
            s = s.where(or_(R.c.source_entity == entity_id, R.c.target_entity == entity_id))
        return self._all(_page(s.order_by(R.c.date, R.c.doc_id, R.c.evidence_start),
                               limit, offset), **params)

    def names(self, ids) -> dict[str, str]:
        """Entity id -> name, for those of ``ids`` that exist."""
        ids = sorted(set(ids))
        out: dict[str, str] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                out.update(conn.execute(select(E.c.id, E.c.name)
                                        .where(E.c.id.in_(ids[start:start + 500]))).all())
        return out

    def relation_count(self, entity_id: Optional[str] = None) -> int:
        if not entity_id:
            return self.count("relations")
        return self._facts(entity_id)["relations"]

    def _facts(self, entity_id: str) -> dict:
        F = schema.entity_facts
        with self.engine.connect() as conn:
            row = conn.execute(select(F.c.quotes, F.c.relations).where(F.c.entity_id == entity_id)).first()
        return {"quotes": row.quotes, "relations": row.relations} if row else {"quotes": 0, "relations": 0}

    def dated_timexes(self, entity_id: Optional[str] = None, limit: Optional[int] = None,
                      offset: int = 0, since: Optional[str] = None,
                      until: Optional[str] = None, lang: Optional[str] = None) -> list[dict]:
        """Time expressions with a calendar value, with their document (for the timeline)."""
        # Only a window of the text around each expression, for its sentence: whole
        # article texts, once per expression, made big entities' timelines slow.
        window = case((T.c.start > WINDOW, T.c.start - WINDOW), else_=0)
        s = (select(T, D.c.source, D.c.title, D.c.published, window.label("window_start"),
                    func.substr(D.c.text, window + 1, 2 * WINDOW + 200).label("window_text"))
             .join(D, D.c.id == T.c.doc_id)
             .where(T.c.type.in_(["DATE", "TIME"]), T.c.value.op("GLOB" if self.is_sqlite else "~")(
                 "[12][0-9][0-9][0-9]-*" if self.is_sqlite else "^[12][0-9]{3}-"),
                    # A range the index seeks to: the pattern alone starts the walk at
                    # the expressions without a value, and there are many.
                    T.c.value >= "1000", T.c.value < "3"))
        if lang:
            s = s.where(lang_condition(lang))
        if entity_id:
            X = schema.entity_documents
            upto = offset + (limit or 0)
            # Its documents' expressions sorted, or every expression walked in date order
            # and kept when in one of its documents: the first reads ~documents x
            # expressions per document, the second ~page x all documents / its documents;
            # they cost the same at sqrt(page x all documents / expressions per document).
            per_doc = max(1.0, self.count("timexes") / max(1, self.count("documents")))
            few = int((max(upto, 1) * self.count("documents") / per_doc) ** 0.5) if limit else None
            docs = select(X.c.doc_id).where(X.c.entity_id == entity_id)
            mine = self._all(docs.limit(few + 1)) if few is not None else None
            if mine is None or len(mine) <= few:
                s = s.where(T.c.doc_id.in_([r["doc_id"] for r in mine] if mine is not None else docs))
            else:
                # "+" keeps SQLite walking the date index (not the document's expressions).
                column = literal_column("+timexes.doc_id") if self.is_sqlite else T.c.doc_id
                s = s.where(select(X.c.doc_id).where(X.c.entity_id == entity_id,
                                                     X.c.doc_id == column).exists())
        if since:
            s = s.where(T.c.value >= since)
        if until:
            s = s.where(T.c.value <= until + "\uffff")
        s = s.order_by(T.c.value, T.c.type, T.c.doc_id, T.c.start)
        return self._all(_page(s, limit, offset))

    def descriptors(self, entity_id: str, limit: Optional[int] = None) -> list[dict]:
        """An entity's descriptors; with ``limit``, the latest stored ones."""
        X = schema.descriptors
        s = (select(X, D.c.source, D.c.published, D.c.title, E.c.name.label("speaker_name"))
             .join(D, D.c.id == X.c.doc_id)
             .outerjoin(E, E.c.id == X.c.speaker_entity)
             .where(X.c.entity_id == entity_id))
        if limit:
            latest = (select(X.c.id).where(X.c.entity_id == entity_id)
                      .order_by(X.c.id.desc()).limit(limit))
            s = s.where(X.c.id.in_(latest))
        return self._all(s.order_by(D.c.source, D.c.published, X.c.span_start))

    def entity_pairs(self, label: Optional[str] = None, limit: int = 400) -> list[dict]:
        """The pairs of entities most often named together (maintained counts)."""
        X = schema.cooccurrences
        s = select(X.c.a, X.c.b, X.c.documents).order_by(X.c.documents.desc(), X.c.a, X.c.b)
        if label:
            e1, e2 = E.alias("e1"), E.alias("e2")
            s = (s.join(e1, e1.c.id == X.c.a).join(e2, e2.c.id == X.c.b)
                 .where(e1.c.label == label, e2.c.label == label))
        return self._all(s.limit(limit))

    def recent_pairs(self, since: Optional[str] = None, until: Optional[str] = None,
                     label: Optional[str] = None, documents: int = 2000,
                     limit: int = 400) -> list[dict]:
        """Pairs counted over the latest ``documents`` documents of a date range (a
        dated graph: the maintained counts hold no dates)."""
        from .maintain import top_pairs
        from collections import Counter
        X = schema.entity_documents
        s = select(D.c.id).where(D.c.published.isnot(None))
        if since:
            s = s.where(D.c.published >= since)
        if until:
            s = s.where(D.c.published <= until + "\uffff")
        ids = [r["id"] for r in self._all(s.order_by(D.c.published.desc()).limit(documents))]
        per_doc: dict = {}
        for start in range(0, len(ids), 500):
            for r in self._all(select(X.c.doc_id, X.c.entity_id, X.c.mentions)
                               .where(X.c.doc_id.in_(ids[start:start + 500]))):
                per_doc.setdefault(r["doc_id"], Counter())[r["entity_id"]] = r["mentions"]
        labels = {}
        if label:
            every = sorted({e for c in per_doc.values() for e in c})
            labels = {k: v["label"] for k, v in self.entities_by_id(every).items()}
        pairs = Counter()
        for counts in per_doc.values():
            if label:
                counts = Counter({e: n for e, n in counts.items() if labels.get(e) == label})
            pairs.update(top_pairs(counts, {e: 0 for e in counts}))
        return [{"a": a, "b": b, "documents": n}
                for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]

    def relation_edges(self, ids: list[str], threshold: float = 0.0,
                       limit: int = 5000) -> list[dict]:
        """Relations at or above ``threshold`` between the given entities, counted by
        pair, type, negation and month (YYYY-MM from the relation's date, else its
        article's; "" for neither), most frequent first. Summed over the maintained
        relation_months rows (per confidence hundredth, so any threshold of the moment
        is exact to the hundredth): the read is bounded by these entities' rows, never
        by how many relations they have."""
        if not ids:
            return []
        X = schema.relation_months
        n = func.sum(X.c.relations).label("relations")
        rows = []
        for chunk in maintain.chunks(ids):
            s = (select(X.c.entity_id.label("source_entity"), X.c.other.label("target_entity"),
                        X.c.type, X.c.negated, X.c.month, n)
                 .where(X.c.entity_id.in_(chunk), X.c.direction == "by", X.c.other.in_(ids),
                        or_(X.c.confidence == -1, X.c.confidence >= maintain.at_least(threshold)))
                 .group_by(X.c.entity_id, X.c.other, X.c.type, X.c.negated, X.c.month))
            rows += self._all(s)
        rows.sort(key=lambda r: (-r["relations"], r["source_entity"], r["target_entity"],
                                 r["type"], r["month"]))
        return rows[:limit]

    # -- claims (shifts and disputes) ----------------------------------------------------
    def claims(self, speaker_ids: Optional[list[str]] = None, entity_id: Optional[str] = None,
               min_confidence: float = 0.0, latest: Optional[int] = None) -> list[dict]:
        """Claims with their embeddings, date, outlet and speaker name: a speaker's
        through the speaker index, or those about/around an entity (through
        claim_entities), or all; with ``latest``, only the latest stored so many."""
        C, X = schema.claims, schema.claim_entities
        s = (select(C, D.c.source, D.c.title, E.c.name.label("speaker_name"),
                    E.c.label.label("speaker_label"))
             .join(D, D.c.id == C.c.doc_id).outerjoin(E, E.c.id == C.c.speaker_entity)
             .where(C.c.confidence >= min_confidence))
        if speaker_ids is not None:
            ids = select(C.c.id).where(C.c.speaker_entity.in_(speaker_ids))
            if latest:
                ids = ids.order_by(C.c.id.desc()).limit(latest)
            s = s.where(C.c.id.in_(ids))
        if entity_id:
            ids = select(X.c.claim_id).where(X.c.entity_id == entity_id)
            if latest:
                ids = ids.order_by(X.c.claim_id.desc()).limit(latest)
            s = s.where(C.c.id.in_(ids))
        if latest and speaker_ids is None and not entity_id:
            s = s.where(C.c.id.in_(select(C.c.id).order_by(C.c.id.desc()).limit(latest)))
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
    def search(self, q: str, limit: int = 20, offset: int = 0) -> dict:
        if self.is_sqlite:
            fts = _fts_query(q)
            if not fts:
                return {"documents": [], "quotes": []}
            docs = self._all(text(
                "SELECT f.doc_id AS id, d.title, d.source, d.published, "
                "snippet(documents_fts, 2, char(2), char(3), '…', 16) AS snippet "
                "FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
                "WHERE documents_fts MATCH :q AND f.rowid >= " + _latest("documents_fts") +
                " ORDER BY rank LIMIT :n OFFSET :o"), q=fts, n=limit, o=offset, m=RANKED)
            quotes = self._all(text(
                "SELECT q.id, q.doc_id, q.content_text, q.speaker_text, q.date, d.source, "
                "snippet(quotes_fts, 2, char(2), char(3), '…', 16) AS snippet "
                "FROM quotes_fts f JOIN quotes q ON q.id = f.quote_id "
                "JOIN documents d ON d.id = q.doc_id "
                "WHERE quotes_fts MATCH :q AND f.rowid >= " + _latest("quotes_fts") +
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
