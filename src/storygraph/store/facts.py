"""Reading the store's facts: quotes, time expressions, relations, descriptors and claims,
as plain rows (dicts) for ``query.py`` to shape into answers."""
from __future__ import annotations

from typing import Optional

from sqlalchemy import (and_, bindparam, case, func, literal_column, or_, select, text,
                        union_all)

from . import maintain, schema
from .sql import D, E, Q, R, T, doc_lang_is, lang_condition, paged, shown_condition

#: Characters either side of a time expression read for its sentence.
WINDOW = 400


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


class Facts:
    """Mixed into ``Reads``: ``_all`` and ``engine`` come from there."""

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
        return self._all(paged(s, limit, offset))

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
                                             doc_lang_is),
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
        return self._all(paged(s.order_by(R.c.date, R.c.doc_id, R.c.evidence_start),
                               limit, offset), **params)

    def relation_list(self, type: Optional[str] = None, entity: Optional[str] = None,
                      source: Optional[str] = None, target: Optional[str] = None,
                      since: Optional[str] = None,
                      until: Optional[str] = None, least: float = 0.0,
                      lang: Optional[str] = None, limit: Optional[int] = None,
                      offset: int = 0) -> list[dict]:
        """The ``relations`` listing: relations of one type, of one entity (either side),
        source or target, dated (by
        their own date, else their article's) within since..until, at or above ``least``
        confidence (one without a confidence is kept), in date order and most confident
        first within a date; one page of them. Filtered and paged here, so a page of a
        large store never reads the rest."""
        when = func.coalesce(R.c.date, D.c.published)
        s = (select(R, D.c.source.label("outlet"), D.c.published, D.c.lang,
                    when.label("when")).join(D, D.c.id == R.c.doc_id))
        if type:
            s = s.where(R.c.type == type)
        if entity:
            s = s.where(or_(R.c.source_entity == entity, R.c.target_entity == entity))
        if source:
            s = s.where(R.c.source_entity == source)
        if target:
            s = s.where(R.c.target_entity == target)
        if least > 0:
            s = s.where(or_(R.c.confidence.is_(None), R.c.confidence >= least))
        if since:
            s = s.where(when >= since)
        if until:  # "2024-03" holds every day of March
            s = s.where(when <= until + "\uffff")
        if lang:
            s = s.where(lang_condition(lang))
        # Undated first, as an empty date sorts first; NULLs sort differently on SQLite
        # and PostgreSQL, so they are made explicit.
        s = s.order_by(func.coalesce(when, ""), func.coalesce(R.c.confidence, 0).desc(),
                       R.c.doc_id, R.c.evidence_start, R.c.id)
        return self._all(paged(s, limit, offset))

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
        return self._all(paged(s, limit, offset))

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
