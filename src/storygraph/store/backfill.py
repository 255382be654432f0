"""Migration 5: the maintained tables made from what an older store holds.

A store written before them keeps the resolver's state as one JSON value in ``meta``
and entity rows recomputed from mentions; this builds the resolver's tables, counted
names and labels, entity documents, co-occurrences, relation counts and counters from
its rows once, so the next batch can update them in place.
"""
from __future__ import annotations

import json
from collections import Counter

from sqlalchemy import func, literal_column, select, text

from . import maintain, schema

INDEXES = (
    "CREATE INDEX IF NOT EXISTS documents_published ON documents (published, id)",
    "CREATE INDEX IF NOT EXISTS entities_rank ON entities (documents DESC, mentions DESC, name)",
    "CREATE INDEX IF NOT EXISTS entities_label_rank ON entities "
    "(label, documents DESC, mentions DESC, name)",
    "CREATE INDEX IF NOT EXISTS quotes_date ON quotes (date, doc_id, content_start)",
    "CREATE INDEX IF NOT EXISTS quotes_speaker_date ON quotes "
    "(speaker_entity, date, doc_id, content_start)",
    "CREATE INDEX IF NOT EXISTS relations_date ON relations (date, doc_id, evidence_start)",
    "CREATE INDEX IF NOT EXISTS relations_source_date ON relations (source_entity, date)",
    "CREATE INDEX IF NOT EXISTS relations_target_date ON relations (target_entity, date)",
    "CREATE INDEX IF NOT EXISTS timexes_value ON timexes (value, type, doc_id, start)",
    # A merge rewrites these columns from the retired id to the survivor.
    "CREATE INDEX IF NOT EXISTS descriptors_speaker ON descriptors (speaker_entity)",
    "CREATE INDEX IF NOT EXISTS redirects_new ON redirects (new_id)",
    # Covers what listings show of a document: joins need not read past its text.
    "CREATE INDEX IF NOT EXISTS documents_listed ON documents (id, published, source, title)",
)
POSTGRES_INDEXES = (
    "CREATE INDEX IF NOT EXISTS documents_tsv ON documents "
    "USING gin (to_tsvector('english'::regconfig, text))",
    "CREATE INDEX IF NOT EXISTS quotes_tsv ON quotes "
    "USING gin (to_tsvector('english'::regconfig, content_text))",
)
TABLES = (schema.resolver_names, schema.resolver_ids, schema.entity_names,
          schema.entity_labels, schema.entity_documents, schema.cooccurrences,
          schema.relation_counts, schema.counters, schema.outlets, schema.entity_facts)


#: Prefixes of the (entity, document) and (document, entity) indexes migration 2 added:
#: the same lookups, a tenth of the store's size again.
REDUNDANT = ("mentions_entity", "mentions_doc")


def backfill(conn) -> None:
    for table in TABLES:
        table.create(conn, checkfirst=True)
    for name in REDUNDANT:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
    for statement in INDEXES:
        conn.execute(text(statement))
    if conn.dialect.name == "postgresql":
        for statement in POSTGRES_INDEXES:
            conn.execute(text(statement))
    _resolver(conn)
    M, D = schema.mentions, schema.documents
    named = M.c.entity_id.isnot(None)
    conn.execute(schema.entity_names.insert().from_select(
        ["entity_id", "text", "count"],
        select(M.c.entity_id, M.c.text, func.count()).where(named).group_by(M.c.entity_id, M.c.text)))
    conn.execute(schema.entity_labels.insert().from_select(
        ["entity_id", "label", "count"],
        select(M.c.entity_id, M.c.label, func.count()).where(named).group_by(M.c.entity_id, M.c.label)))
    conn.execute(schema.entity_documents.insert().from_select(
        ["entity_id", "doc_id", "mentions", "published"],
        select(M.c.entity_id, M.c.doc_id, func.count(), D.c.published).join(D, D.c.id == M.c.doc_id)
        .where(named).group_by(M.c.entity_id, M.c.doc_id, D.c.published)))
    R = schema.relations
    conn.execute(schema.relation_counts.insert().from_select(
        ["source_entity", "target_entity", "type", "negated", "relations"],
        select(R.c.source_entity, R.c.target_entity, R.c.type, R.c.negated, func.count())
        .where(R.c.source_entity.isnot(None), R.c.target_entity.isnot(None))
        .group_by(R.c.source_entity, R.c.target_entity, R.c.type, R.c.negated)))
    Q = schema.quotes
    quotes = Counter(dict(conn.execute(select(Q.c.speaker_entity, func.count())
                                       .where(Q.c.speaker_entity.isnot(None))
                                       .group_by(Q.c.speaker_entity)).all()))
    relations = Counter()
    for row in conn.execute(select(R.c.source_entity, R.c.target_entity)):
        relations.update({row.source_entity, row.target_entity} - {None})
    maintain.add_facts(conn, quotes, relations)
    outlet = func.coalesce(D.c.source, literal_column("''"))
    conn.execute(schema.outlets.insert().from_select(
        ["source", "documents"], select(outlet, func.count()).group_by(outlet)))
    pairs: Counter = Counter()
    counts, first, doc = Counter(), {}, None
    for row in conn.execute(select(M.c.doc_id, M.c.entity_id, M.c.start).where(named)
                            .order_by(M.c.doc_id, M.c.start)):
        if row.doc_id != doc:
            pairs.update(maintain.top_pairs(counts, first))
            counts, first, doc = Counter(), {}, row.doc_id
        counts[row.entity_id] += 1
        first.setdefault(row.entity_id, row.start)
    pairs.update(maintain.top_pairs(counts, first))
    maintain.add_counts(conn, schema.cooccurrences,
                        [{"a": a, "b": b, "documents": n} for (a, b), n in pairs.items()],
                        ["a", "b"], "documents")
    totals = {name: conn.execute(select(func.count()).select_from(table)).scalar()
              for name, table in (("documents", D), ("mentions", M), ("quotes", schema.quotes),
                                  ("timexes", schema.timexes), ("relations", R),
                                  ("descriptors", schema.descriptors),
                                  ("entities", schema.entities))}
    maintain.bump(conn, totals)


def _resolver(conn) -> None:
    """The resolver's JSON state, as rows."""
    from ..resolve import id_base, index_keys

    raw = conn.execute(select(schema.meta.c.value)
                       .where(schema.meta.c.key == "resolver_state")).scalar()
    if not raw:
        return
    state = json.loads(raw)
    ids, redirects = state.get("ids") or {}, state.get("redirects") or {}

    def find(eid):
        seen = set()
        while eid in redirects and eid not in seen:
            seen.add(eid)
            eid = redirects[eid]
        return eid

    rows = [{"id": eid, "label": label, "seq": n, "base": id_base(eid)}
            for n, (eid, label) in enumerate(ids.items())]
    for chunk in maintain.chunks(rows):
        conn.execute(schema.resolver_ids.insert(), chunk)
    rows = [{"name": name, "entity_id": eid, **index_keys(name, ids.get(find(eid)))}
            for name, eid in (state.get("names") or {}).items()]
    for chunk in maintain.chunks(rows):
        conn.execute(schema.resolver_names.insert(), chunk)
    # The store redirects what the resolver merged; any the store missed are added.
    known = set(conn.execute(select(schema.redirects.c.old_id)).scalars())
    missing = [{"old_id": old, "new_id": find(old), "merged_at": ""}
               for old in redirects if old not in known]
    for chunk in maintain.chunks(missing):
        conn.execute(schema.redirects.insert(), chunk)
    conn.execute(schema.meta.delete().where(schema.meta.c.key == "resolver_state"))


#: Migration 8's indexes: orders the pages walk (the graph's heaviest pairs; an entity's
#: latest descriptions on PostgreSQL, whose single-column index holds no id order).
INDEXES_V8 = (
    "CREATE INDEX IF NOT EXISTS cooccurrences_rank ON cooccurrences (documents DESC, a, b)",
    "CREATE INDEX IF NOT EXISTS descriptors_entity_latest ON descriptors (entity_id, id)",
    "CREATE INDEX IF NOT EXISTS claims_speaker_latest ON claims (speaker_entity, id)",
    # An entity's relations in page order, each side on its own (migration 5's stopped
    # at the date, so ties were sorted over all of them).
    "CREATE INDEX IF NOT EXISTS relations_source_order ON relations "
    "(source_entity, date, doc_id, evidence_start)",
    "CREATE INDEX IF NOT EXISTS relations_target_order ON relations "
    "(target_entity, date, doc_id, evidence_start)",
    # A document's page reads its relations (there was no index: a scan of them all).
    "CREATE INDEX IF NOT EXISTS relations_doc ON relations (doc_id)",
)
#: Prefixes of migration 8's indexes.
REDUNDANT_V8 = ("cooccurrences_documents", "relations_source_date", "relations_target_date")


def backfill_v8(conn) -> None:
    """Migration 8: quote counts, relation summaries, claims' entities and the entity
    counters per type, made once from an older store's rows."""
    Q, R, D, CL, E = (schema.quotes, schema.relations, schema.documents, schema.claims,
                      schema.entities)
    for table in (schema.quote_counts, schema.relation_months, schema.claim_entities):
        table.create(conn, checkfirst=True)
    for name in REDUNDANT_V8:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
    for statement in INDEXES_V8:
        conn.execute(text(statement))
    fill_quote_counts(conn)
    fill_relation_months(conn)
    rows = maintain.claim_rows(conn.execute(select(CL.c.id, CL.c.about, CL.c.topics)).all())
    for chunk in maintain.chunks(rows):
        conn.execute(schema.claim_entities.insert(), chunk)
    maintain.bump(conn, {maintain.label_counter(label): n for label, n in conn.execute(
        select(E.c.label, func.count()).group_by(E.c.label)).all()})


def fill_quote_counts(conn) -> None:
    """quote_counts counted from every stored quote, by its document's language (one
    pass, in a migration)."""
    Q, D = schema.quotes, schema.documents
    quotes: Counter = Counter()
    for row in conn.execute(select(Q.c.speaker_entity, Q.c.attribution, Q.c.confidence,
                                   D.c.lang).outerjoin(D, D.c.id == Q.c.doc_id)):
        quotes.update(maintain.quote_keys(*row))
    maintain.add_counts(conn, schema.quote_counts,
                        [dict(zip(maintain.QC_KEYS, k), quotes=n) for k, n in quotes.items()],
                        maintain.QC_KEYS, "quotes")


def backfill_v10(conn) -> None:
    """Migration 10: quote_counts keyed by language too (each language has its own
    default threshold), rebuilt from the quotes."""
    schema.quote_counts.drop(conn, checkfirst=True)
    schema.quote_counts.create(conn)
    fill_quote_counts(conn)


def fill_relation_months(conn) -> None:
    """relation_months counted from every stored relation (one pass, in a migration)."""
    R, D = schema.relations, schema.documents
    relations: Counter = Counter()
    for row in conn.execute(select(R.c.source_entity, R.c.target_entity, R.c.type,
                                   func.coalesce(R.c.date, D.c.published), R.c.confidence,
                                   R.c.negated)
                            .join(D, D.c.id == R.c.doc_id)):
        relations.update(maintain.relation_keys(*row))
    maintain.add_counts(conn, schema.relation_months,
                        [dict(zip(maintain.RM_KEYS, k), relations=n) for k, n in relations.items()],
                        maintain.RM_KEYS, "relations")


def backfill_v9(conn) -> None:
    """Migration 9: relation_months keyed by negation too (the graph's relation edges
    read it), made anew from the stored relations."""
    schema.relation_months.drop(conn, checkfirst=True)
    schema.relation_months.create(conn)
    fill_relation_months(conn)
