"""What the store maintains with each batch, so that a batch costs what it holds:
the resolver's names and ids, entity rows by vote over counted names and labels, each
entity's documents, co-occurrence and relation counts, and the overview's counters.

Every function here runs inside the batch's transaction (``conn``) and reads or writes
only rows keyed by what the batch touches. Only a merge reads a whole entity (rare: it
happens when two known ids turn out to be one).
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Iterable, Optional, Sequence

from sqlalchemy import bindparam, func, select

from ..types import Extraction
from . import schema

#: A document's co-occurrences are the pairs among the entities it names most: every
#: pair of every name would cost (names per document)^2 rows per document.
TOP_PER_DOCUMENT = 10
CHUNK = 500

RN, RI, RD = schema.resolver_names, schema.resolver_ids, schema.redirects
EN, EL, ED = schema.entity_names, schema.entity_labels, schema.entity_documents
CO, RC, C, O, E, F = (schema.cooccurrences, schema.relation_counts, schema.counters,
                      schema.outlets, schema.entities, schema.entity_facts)
QC, RM, CE = schema.quote_counts, schema.relation_months, schema.claim_entities

#: The counter every write transaction adds one to: what a reader keeps from an
#: answer stays right while it is unchanged (``web`` keeps pages by it).
VERSION = "version"
#: The quote_counts rows of every quote, whoever speaks it.
ALL = "*"
QC_KEYS = ["speaker_entity", "lang", "attribution", "confidence"]
RM_KEYS = ["entity_id", "direction", "type", "month", "other", "confidence", "negated"]


def percent(confidence: Optional[float]) -> int:
    """A confidence in whole hundredths, rounded down (-1 for none)."""
    return -1 if confidence is None else int(math.floor(confidence * 100 + 1e-6))


def at_least(threshold: float) -> int:
    """The hundredths a confidence needs to reach ``threshold``: exact for thresholds
    given in hundredths (the settings' 0.5, 0.45), else rounded up to the next one."""
    return int(math.ceil(threshold * 100 - 1e-6))


def lang_code(lang: Optional[str]) -> str:
    """A document's language as quote_counts keys it: the primary subtag ("fr" for
    "fr-FR"), "" where none is known."""
    return (lang or "").split("-")[0].strip().lower()


def quote_keys(speaker: Optional[str], attribution: Optional[str], confidence,
               lang: Optional[str] = None) -> list[tuple]:
    key = (lang_code(lang), attribution or "", percent(confidence))
    return [(ALL, *key)] + ([(speaker, *key)] if speaker else [])


def relation_keys(source, target, type_: str, date: Optional[str], confidence,
                  negated) -> list[tuple]:
    """The relation_months rows a relation counts in (its month: its date's, else its
    article's, as stored)."""
    month, conf = (date or "")[:7], percent(confidence)
    return [(mine, side, type_, month, other or "", conf, bool(negated))
            for side, mine, other in (("by", source, target), ("on", target, source)) if mine]


def label_counter(label: str) -> str:
    return f"entities:{label}"


def chunks(values: Iterable, size: int = CHUNK):
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def insert(conn):
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert


def add_counts(conn, table, rows: list[dict], keys: Sequence[str], column: str) -> None:
    """Insert rows, or add their ``column`` to the rows already under their keys."""
    if not rows:
        return
    stmt = insert(conn)(table)
    stmt = stmt.on_conflict_do_update(index_elements=list(keys),
                                      set_={column: table.c[column] + stmt.excluded[column]})
    for chunk in chunks(rows):
        conn.execute(stmt, chunk)


def bump(conn, deltas: dict[str, int]) -> None:
    add_counts(conn, C, [{"name": k, "value": v} for k, v in deltas.items() if v],
               ["name"], "value")


# -- the resolver's state ------------------------------------------------------------

def resolver_lookup(conn, keys):
    """The rows of the resolver's tables a batch with ``keys`` can look up."""
    from ..resolve import Known

    found: dict[int, tuple[str, str]] = {}
    for column, values in (("name", keys.names), ("surname", keys.people),
                           ("acronym", keys.acronyms), ("core", keys.cores)):
        for chunk in chunks(sorted(v for v in values if v)):
            for row in conn.execute(select(RN.c.seq, RN.c.name, RN.c.entity_id)
                                    .where(RN.c[column].in_(chunk))):
                found[row.seq] = (row.name, row.entity_id)
    names = [found[seq] for seq in sorted(found)]
    refs = {eid for _, eid in names}
    redirects = {}
    for chunk in chunks(sorted(refs)):
        redirects.update(conn.execute(select(RD.c.old_id, RD.c.new_id)
                                      .where(RD.c.old_id.in_(chunk))).all())
    ids = {}
    for chunk in chunks(sorted(refs | set(redirects.values()))):
        ids.update({r.id: (r.id, r.label, r.seq) for r in conn.execute(
            select(RI.c.id, RI.c.label, RI.c.seq).where(RI.c.id.in_(chunk)))})
    for chunk in chunks(sorted(keys.bases)):
        ids.update({r.id: (r.id, r.label, r.seq) for r in conn.execute(
            select(RI.c.id, RI.c.label, RI.c.seq).where(RI.c.base.in_(chunk)))})
    top = conn.execute(select(func.max(RI.c.seq))).scalar()
    return Known(names, sorted(ids.values(), key=lambda r: r[2]), redirects,
                 0 if top is None else top + 1)


def save_resolver(conn, changes: dict) -> None:
    if changes["ids"]:
        conn.execute(RI.insert(), changes["ids"])
    if changes["names"]:
        stmt = insert(conn)(RN).on_conflict_do_nothing(index_elements=["name"])
        for chunk in chunks(changes["names"]):
            conn.execute(stmt, chunk)


# -- per batch -----------------------------------------------------------------------

def top_pairs(counts: Counter, first: dict) -> list[tuple[str, str]]:
    """Pairs (a < b) among the entities a document names most (ties: named first)."""
    top = sorted(counts, key=lambda e: (-counts[e], first[e], e))[:TOP_PER_DOCUMENT]
    top.sort()
    return [(a, b) for i, a in enumerate(top) for b in top[i + 1:]]


def record_batch(conn, records: Sequence[Extraction]) -> set[str]:
    """Add a batch of newly stored records to the maintained tables; the ids of the
    entities whose rows need refreshing."""
    names, labels, docs, pairs, rels = Counter(), Counter(), [], Counter(), Counter()
    outlets, totals, quotes, relations = Counter(), Counter(), Counter(), Counter()
    quote_rows, relation_rows = Counter(), Counter()
    for r in records:
        counts, first = Counter(), {}
        for m in r.entities:
            if m.entity:
                counts[m.entity] += 1
                first.setdefault(m.entity, m.start)
                names[m.entity, m.text] += 1
                labels[m.entity, m.label] += 1
        docs += [{"entity_id": e, "doc_id": r.id, "mentions": n, "published": r.published}
                 for e, n in counts.items()]
        pairs.update(top_pairs(counts, first))
        quotes.update(q.speaker_entity for q in r.quotes if q.speaker_entity)
        for q in r.quotes:
            quote_rows.update(quote_keys(q.speaker_entity, q.attribution, q.confidence, r.lang))
        for rel in r.relations:
            relation_rows.update(relation_keys(
                rel.source_entity, rel.target_entity, rel.type,
                rel.date or (r.published and r.published[:10]), rel.confidence, rel.negated))
            relations.update({rel.source_entity, rel.target_entity} - {None})
            if rel.source_entity and rel.target_entity:
                rels[rel.source_entity, rel.target_entity, rel.type, bool(rel.negated)] += 1
        outlets[r.source or ""] += 1
        totals.update(documents=1, mentions=len(r.entities), quotes=len(r.quotes),
                      timexes=len(r.timexes), relations=len(r.relations),
                      descriptors=len(r.descriptors))
    add_counts(conn, EN, [{"entity_id": e, "text": t, "count": n} for (e, t), n in names.items()],
               ["entity_id", "text"], "count")
    add_counts(conn, EL, [{"entity_id": e, "label": x, "count": n} for (e, x), n in labels.items()],
               ["entity_id", "label"], "count")
    for chunk in chunks(docs):
        conn.execute(ED.insert(), chunk)
    add_counts(conn, CO, [{"a": a, "b": b, "documents": n} for (a, b), n in pairs.items()],
               ["a", "b"], "documents")
    add_counts(conn, RC, [{"source_entity": s, "target_entity": t, "type": k, "negated": neg,
                           "relations": n} for (s, t, k, neg), n in rels.items()],
               ["source_entity", "target_entity", "type", "negated"], "relations")
    add_counts(conn, O, [{"source": s, "documents": n} for s, n in outlets.items()],
               ["source"], "documents")
    add_facts(conn, quotes, relations)
    add_counts(conn, QC, [dict(zip(QC_KEYS, k), quotes=n) for k, n in quote_rows.items()],
               QC_KEYS, "quotes")
    add_counts(conn, RM, [dict(zip(RM_KEYS, k), relations=n) for k, n in relation_rows.items()],
               RM_KEYS, "relations")
    bump(conn, dict(totals))
    return {d["entity_id"] for d in docs}


def add_facts(conn, quotes: Counter, relations: Counter) -> None:
    rows = [{"entity_id": e, "quotes": quotes[e], "relations": relations[e]}
            for e in sorted(set(quotes) | set(relations))]
    if not rows:
        return
    stmt = insert(conn)(F)
    stmt = stmt.on_conflict_do_update(index_elements=["entity_id"], set_={
        "quotes": F.c.quotes + stmt.excluded.quotes,
        "relations": F.c.relations + stmt.excluded.relations})
    for chunk in chunks(rows):
        conn.execute(stmt, chunk)


def batch_deltas(records: Sequence[Extraction]) -> dict[str, list]:
    """Per entity: [mentions, documents, first day, last day] the batch brings."""
    delta: dict[str, list] = {}
    for r in records:
        day = r.published and r.published[:10]
        for eid, n in Counter(m.entity for m in r.entities if m.entity).items():
            d = delta.setdefault(eid, [0, 0, None, None])
            d[0] += n
            d[1] += 1
            if day:
                d[2] = day if d[2] is None else min(d[2], day)
                d[3] = day if d[3] is None else max(d[3], day)
    return delta


ENTITY_COLUMNS = ("name", "label", "mentions", "documents", "first_seen", "last_seen")


def _edge(a, b, pick):
    values = [x for x in (a, b) if x]
    return pick(values) if values else None


def refresh_entities(conn, delta: dict[str, list], whole: Iterable[str] = ()) -> None:
    """Entity rows after a batch: counts are the row's plus the batch's ``delta``; name
    and label a vote over the entity's counted names and labels. ``whole`` (entities
    that absorbed a merge) are recounted from their documents."""
    from . import canonical_name

    whole = set(whole)
    created, labels = 0, Counter()
    for chunk in chunks(sorted(set(delta) | whole)):
        texts, kinds = defaultdict(dict), defaultdict(dict)
        for row in conn.execute(select(EN).where(EN.c.entity_id.in_(chunk))):
            texts[row.entity_id][row.text] = row.count
        for row in conn.execute(select(EL).where(EL.c.entity_id.in_(chunk))):
            kinds[row.entity_id][row.label] = row.count
        current = {row.id: row for row in conn.execute(select(E).where(E.c.id.in_(chunk)))}
        recount = [e for e in chunk if e in whole or e not in current]
        stats = {}
        if recount:
            stats = {row.entity_id: row for row in conn.execute(
                select(ED.c.entity_id, func.sum(ED.c.mentions).label("mentions"),
                       func.count().label("documents"), func.min(ED.c.published).label("first"),
                       func.max(ED.c.published).label("last"))
                .where(ED.c.entity_id.in_(recount)).group_by(ED.c.entity_id))}
        inserts, updates = [], []
        for eid in chunk:
            if not texts.get(eid):
                continue
            label = max(kinds[eid].items(), key=lambda kv: (kv[1], kv[0]))[0]
            row = {"name": canonical_name(texts[eid], eid, label), "label": label}
            if eid in stats:
                s = stats[eid]
                row.update(mentions=int(s.mentions), documents=int(s.documents),
                           first_seen=s.first and s.first[:10], last_seen=s.last and s.last[:10])
            else:
                old, (n, docs, first, last) = current[eid], delta[eid]
                row.update(mentions=old.mentions + n, documents=old.documents + docs,
                           first_seen=_edge(old.first_seen, first, min),
                           last_seen=_edge(old.last_seen, last, max))
            if eid in current:
                updates.append({"key": eid, **row})
                if current[eid].label != row["label"]:
                    labels[current[eid].label] -= 1
                    labels[row["label"]] += 1
            else:
                inserts.append({"id": eid, **row})
                labels[row["label"]] += 1
        if updates:
            conn.execute(E.update().where(E.c.id == bindparam("key")).values(
                {c: bindparam(c) for c in ENTITY_COLUMNS}), updates)
        if inserts:
            conn.execute(E.insert(), inserts)
            created += len(inserts)
    if created:
        bump(conn, {"entities": created})
    bump(conn, {label_counter(k): n for k, n in labels.items()})


def claim_rows(claims) -> list[dict]:
    """claim_entities rows for (id, about, topics) claim rows."""
    return [{"entity_id": e, "claim_id": cid} for cid, about, topics in claims
            for e in sorted(set(about.split()) | set(topics.split()))]


def index_claims(conn, doc_ids: Sequence[str]) -> None:
    """The claim_entities rows of these documents' claims, just inserted."""
    cl = schema.claims
    for chunk in chunks(doc_ids):
        rows = claim_rows(conn.execute(select(cl.c.id, cl.c.about, cl.c.topics)
                                       .where(cl.c.doc_id.in_(chunk))).all())
        if rows:
            conn.execute(CE.insert(), rows)


def move_claims(conn, old: str, new: str) -> None:
    """A merge in the claims that name the retired id: found through claim_entities,
    their entity lists rewritten and their rows moved to the survivor."""
    cl = schema.claims
    ids = list(conn.execute(select(CE.c.claim_id).where(CE.c.entity_id == old)).scalars())
    for chunk in chunks(ids):
        for col in ("about", "topics"):
            conn.execute(cl.update().where(cl.c.id.in_(chunk), cl.c[col].contains(f" {old} "))
                         .values({col: func.replace(cl.c[col], f" {old} ", f" {new} ")}))
        stmt = insert(conn)(CE).on_conflict_do_nothing(index_elements=["entity_id", "claim_id"])
        conn.execute(stmt, [{"entity_id": new, "claim_id": i} for i in chunk])
    conn.execute(CE.delete().where(CE.c.entity_id == old))


def fold(conn, old: str, new: str) -> None:
    """Move the maintained rows of a retired entity id onto the id that absorbed it.
    Co-occurrence counts are summed: a document naming both counts twice for a pair."""
    for table, key, column in ((EN, "text", "count"), (EL, "label", "count"),
                               (ED, "doc_id", "mentions")):
        rows = [dict(r._mapping) for r in conn.execute(select(table).where(table.c.entity_id == old))]
        for r in rows:
            r["entity_id"] = new
        add_counts(conn, table, rows, ["entity_id", key], column)
        conn.execute(table.delete().where(table.c.entity_id == old))
    moved = Counter()
    for r in conn.execute(select(CO).where((CO.c.a == old) | (CO.c.b == old))).all():
        other = r.b if r.a == old else r.a
        if other not in (old, new):
            moved[tuple(sorted((new, other)))] += r.documents
    conn.execute(CO.delete().where((CO.c.a == old) | (CO.c.b == old)))
    add_counts(conn, CO, [{"a": a, "b": b, "documents": n} for (a, b), n in moved.items()],
               ["a", "b"], "documents")
    moved = Counter()
    for r in conn.execute(select(RC).where((RC.c.source_entity == old)
                                           | (RC.c.target_entity == old))).all():
        s = new if r.source_entity == old else r.source_entity
        t = new if r.target_entity == old else r.target_entity
        moved[s, t, r.type, r.negated] += r.relations
    conn.execute(RC.delete().where((RC.c.source_entity == old) | (RC.c.target_entity == old)))
    add_counts(conn, RC, [{"source_entity": s, "target_entity": t, "type": k, "negated": neg,
                           "relations": n} for (s, t, k, neg), n in moved.items()],
               ["source_entity", "target_entity", "type", "negated"], "relations")
    facts = conn.execute(select(F).where(F.c.entity_id == old)).first()
    if facts:
        conn.execute(F.delete().where(F.c.entity_id == old))
        # A relation between the two counts once for the survivor (approximately: as
        # many as the retired id had are added).
        add_facts(conn, Counter({new: facts.quotes}), Counter({new: facts.relations}))
    for table, keys, column, mine in ((QC, QC_KEYS, "quotes", "speaker_entity"),
                                      (RM, RM_KEYS, "relations", "entity_id"),
                                      (RM, RM_KEYS, "relations", "other")):
        rows = [dict(r._mapping) for r in conn.execute(select(table).where(table.c[mine] == old))]
        for r in rows:
            r[mine] = new
        conn.execute(table.delete().where(table.c[mine] == old))
        add_counts(conn, table, rows, keys, column)
    label = conn.execute(select(E.c.label).where(E.c.id == old)).scalar()
    gone = conn.execute(E.delete().where(E.c.id == old)).rowcount
    if gone:
        bump(conn, {"entities": -gone, label_counter(label): -gone})
