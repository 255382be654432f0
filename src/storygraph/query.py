"""What analysts ask of a store, answered as plain dataclasses (for CLI, web and API).

Snippets mark search hits with \\x02 … \\x03 so that each front end can escape the text
first and highlight after.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Optional

from .errors import StorygraphError

HIT_START, HIT_END = "\x02", "\x03"


class NotFound(StorygraphError):
    """No entity or document answers to the name or id asked for."""


@dataclass(frozen=True)
class QuoteItem:
    id: int
    doc_id: str
    content: str
    speaker: Optional[str]
    speaker_entity: Optional[str]
    speaker_name: Optional[str]
    cue: Optional[str]
    addressee: Optional[str]
    kind: str
    date: Optional[str]
    date_from: Optional[str]
    source: Optional[str]
    title: Optional[str]
    content_start: int
    content_end: int


@dataclass(frozen=True)
class SpeakerQuotes:
    speaker_entity: Optional[str]
    speaker: str
    quotes: list[QuoteItem]


@dataclass(frozen=True)
class TimelineItem:
    date: str
    kind: str           # "quote", "relation" or "date"
    text: str           # what happened or was said
    evidence: str       # the sentence it comes from
    doc_id: str
    source: Optional[str]
    actor: Optional[str] = None
    date_from: Optional[str] = None


@dataclass(frozen=True)
class EntityProfile:
    id: str
    name: str
    label: str
    mentions: int
    documents: int
    first_seen: Optional[str]
    last_seen: Optional[str]
    aliases: list[dict]
    appears_in: list[dict] = field(default_factory=list)
    quotes: list[QuoteItem] = field(default_factory=list)
    cooccurring: list[dict] = field(default_factory=list)
    relations: list[dict] = field(default_factory=list)


def to_json(value):
    """Dataclasses (and lists of them) as JSON-ready data."""
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    return value


def _quote(row: dict) -> QuoteItem:
    return QuoteItem(
        id=row["id"], doc_id=row["doc_id"], content=row["content_text"],
        speaker=row["speaker_text"], speaker_entity=row["speaker_entity"],
        speaker_name=row.get("speaker_name"), cue=row["cue_text"],
        addressee=row["addressee_text"], kind=row["kind"], date=row["date"],
        date_from=row["date_from"], source=row.get("source"), title=row.get("title"),
        content_start=row["content_start"], content_end=row["content_end"])


def entities(store, label: Optional[str] = None, limit: Optional[int] = None) -> list[dict]:
    rows = store.entities(label=label, limit=limit)
    aliases = store.aliases([r["id"] for r in rows])
    return [{**r, "aliases": aliases.get(r["id"], [])} for r in rows]


def entity(store, name: str) -> EntityProfile:
    row = store.find_entity(name)
    if row is None:
        raise NotFound(f"no entity named {name!r}: see 'storygraph entities'")
    eid = row["id"]
    return EntityProfile(
        **row, aliases=store.aliases([eid])[eid], appears_in=store.entity_documents(eid),
        quotes=[_quote(q) for q in store.quotes(speaker_ids=[eid])],
        cooccurring=store.cooccurring(eid), relations=store.relations(entity_id=eid))


def quotes(store, speaker: Optional[str] = None, source: Optional[str] = None,
           since: Optional[str] = None, until: Optional[str] = None,
           contains: Optional[str] = None, limit: Optional[int] = None) -> list[SpeakerQuotes]:
    """Quotes grouped by speaker entity (speakers with most quotes first)."""
    speaker_ids = None
    if speaker:
        found = store.find_entity(speaker)
        speaker_ids = [found["id"]] if found else []
    rows = store.quotes(speaker_ids=speaker_ids, speaker_text=speaker, source=source,
                        since=since, until=until, contains=contains, limit=limit)
    groups: dict = {}
    for row in rows:
        item = _quote(row)
        key = item.speaker_entity or f"?{(item.speaker or '').lower()}"
        groups.setdefault(key, []).append(item)
    out = []
    for key, items in groups.items():
        first = items[0]
        name = first.speaker_name or first.speaker or "(unnamed source)"
        out.append(SpeakerQuotes(first.speaker_entity, name, items))
    return sorted(out, key=lambda g: (-len(g.quotes), g.speaker))


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end): between the nearest breaks either side."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1:right].strip()


def timeline(store, entity_name: Optional[str] = None, since: Optional[str] = None,
             until: Optional[str] = None) -> list[TimelineItem]:
    """Dated quotes, relations and dated events, in order across documents."""
    eid = None
    if entity_name:
        row = store.find_entity(entity_name)
        if row is None:
            raise NotFound(f"no entity named {entity_name!r}: see 'storygraph entities'")
        eid = row["id"]
    items: list[TimelineItem] = []
    for q in store.quotes(speaker_ids=[eid] if eid else None):
        if q["date"]:
            items.append(TimelineItem(q["date"], "quote", q["content_text"], q["content_text"],
                                      q["doc_id"], q["source"], q.get("speaker_name") or q["speaker_text"],
                                      q["date_from"]))
    relations = store.relations(entity_id=eid)
    names = {k: v["name"] for k, v in store.entities_by_id(sorted(
        {r[k] for r in relations for k in ("source_entity", "target_entity") if r[k]})).items()}
    for r in relations:
        if r["date"]:
            what = (f"{names.get(r['source_entity'], r['source_entity'] or '?')} "
                    f"{'NOT ' if r['negated'] else ''}{r['type']} "
                    f"{names.get(r['target_entity'], r['target_entity'] or '?')}")
            items.append(TimelineItem(r["date"], "relation", what, r["evidence_text"],
                                      r["doc_id"], r["outlet"],
                                      names.get(r["source_entity"], r["source_entity"]),
                                      r["date_from"]))
    for t in store.dated_timexes(entity_id=eid):
        items.append(TimelineItem(t["value"], "date", t["text"],
                                  _sentence(t["window_text"], t["start"] - t["window_start"],
                                            t["end"] - t["window_start"]),
                                  t["doc_id"], t["source"], None, "timex"))
    if since:
        items = [i for i in items if i.date >= since]
    if until:
        items = [i for i in items if i.date[:len(until)] <= until]
    return sorted(items, key=lambda i: (i.date, i.doc_id, i.kind))


def search(store, q: str, limit: int = 20) -> dict:
    if not re.search(r"\w", q or ""):
        raise StorygraphError("the search needs at least one word")
    return store.search(q, limit=limit)


def document(store, doc_id: str) -> dict:
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"no document with id {doc_id!r}")
    return doc


def overview(store, top: int = 10) -> dict:
    stats = store.stats()
    stats["top_entities"] = entities(store, limit=top)
    stats["latest_quotes"] = [_quote(q) for q in store.quotes()[-top:]][::-1]
    return stats


@dataclass(frozen=True)
class FramingTerm:
    term: str
    count: int
    kinds: list[str]
    evidence: list[dict]      # {doc_id, sentence, speaker} for each use


@dataclass(frozen=True)
class Framing:
    entity_id: str
    name: str
    by_outlet: dict[str, list[FramingTerm]]
    by_speaker: dict[str, list[FramingTerm]]


def _terms(rows: list[dict]) -> list[FramingTerm]:
    grouped: dict[str, list[dict]] = {}
    for r in rows:
        grouped.setdefault(r["span_text"].lower(), []).append(r)
    terms = [FramingTerm(term=uses[0]["span_text"], count=len(uses),
                         kinds=sorted({u["kind"] for u in uses}),
                         evidence=[{"doc_id": u["doc_id"], "sentence": u["evidence_text"],
                                    "speaker": u.get("speaker_name"), "date": u["published"]}
                                   for u in uses])
             for uses in grouped.values()]
    return sorted(terms, key=lambda t: (-t.count, t.term.lower()))


def framing(store, name: str) -> Framing:
    """The words each outlet, and each quoted speaker, uses for an entity."""
    row = store.find_entity(name)
    if row is None:
        raise NotFound(f"no entity named {name!r}: see 'storygraph entities'")
    rows = store.descriptors(row["id"])
    by_outlet: dict[str, list[dict]] = {}
    by_speaker: dict[str, list[dict]] = {}
    for r in rows:
        if r["speaker_entity"]:
            by_speaker.setdefault(r.get("speaker_name") or r["speaker_entity"], []).append(r)
        else:
            by_outlet.setdefault(r["source"] or "unknown outlet", []).append(r)
    return Framing(row["id"], row["name"],
                   {k: _terms(v) for k, v in sorted(by_outlet.items())},
                   {k: _terms(v) for k, v in sorted(by_speaker.items())})


def _speaker_names(store, rows: list[dict]) -> dict:
    ids = sorted({e for r in rows for k in ("about", "topics") for e in (r[k] or "").split()})
    return {k: v["name"] for k, v in store.entities_by_id(ids).items()}


def shifts(store, speaker: Optional[str] = None, threshold: Optional[float] = None) -> list:
    """Where a speaker's position shifted: their opposite stances on one proposition at
    two times, read from the claims table (shifts.py says how pairs are found)."""
    from .shifts import find_shifts
    speaker_ids = None
    if speaker:
        found = store.find_entity(speaker)
        if found is None:
            raise NotFound(f"no entity named {speaker!r}: see 'storygraph entities'")
        speaker_ids = [found["id"]]
    rows = store.claims(speaker_ids=speaker_ids)
    return find_shifts(rows, _speaker_names(store, rows), threshold=threshold)


def disputes(store, entity_name: Optional[str] = None, threshold: Optional[float] = None) -> list:
    """Different sources taking opposite stances on one proposition (about an entity)."""
    from .shifts import SHOW, find_disputes
    eid = None
    if entity_name:
        found = store.find_entity(entity_name)
        if found is None:
            raise NotFound(f"no entity named {entity_name!r}: see 'storygraph entities'")
        eid = found["id"]
    rows = store.claims(entity_id=eid)
    return find_disputes(rows, _speaker_names(store, rows),
                         threshold=SHOW if threshold is None else threshold, entity=eid)


def graph(store, label: Optional[str] = None, since: Optional[str] = None,
          until: Optional[str] = None, limit: int = 150) -> dict:
    """Entities and the edges between them: relations, else shared documents."""
    relations = [r for r in store.relations()
                 if r["source_entity"] and r["target_entity"]
                 and (not since or (r["date"] or "") >= since)
                 and (not until or (r["date"] or "")[:len(until)] <= until)]
    pairs = store.entity_pairs(label=label, since=since, until=until, limit=limit)
    ids = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs}
                 | {r["source_entity"] for r in relations} | {r["target_entity"] for r in relations})
    nodes = store.entities_by_id(ids)
    if label:
        nodes = {k: v for k, v in nodes.items() if v["label"] == label}
    edges = [{"source": p["a"], "target": p["b"], "kind": "co-occurs", "weight": p["documents"]}
             for p in pairs if p["a"] in nodes and p["b"] in nodes]
    edges += [{"source": r["source_entity"], "target": r["target_entity"], "kind": r["type"],
               "negated": bool(r["negated"]), "evidence": r["evidence_text"], "doc_id": r["doc_id"],
               "date": r["date"], "weight": 1}
              for r in relations if r["source_entity"] in nodes and r["target_entity"] in nodes]
    return {"nodes": [{"id": n["id"], "name": n["name"], "label": n["label"],
                       "documents": n["documents"]} for n in nodes.values()],
            "edges": edges}
