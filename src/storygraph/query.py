"""What analysts ask of a store, answered as plain dataclasses (for CLI, web and API).

Snippets mark search hits with \\x02 … \\x03 so that each front end can escape the text
first and highlight after.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Optional

from .errors import InputError, StorygraphError
from .types import RELATION_TYPES, said_words

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
    attribution: Optional[str] = None
    confidence: Optional[float] = None
    lang: Optional[str] = None
    #: The words said: ``content`` without the writer's clauses inside it (its asides).
    said: Optional[str] = None


#: The attribution kinds shown by default (with a confidence at or above the setting).
SHOWN_ATTRIBUTIONS = ("speech", "position")


def shown_quotes(everything: bool = False, threshold=None):
    """The store filter for quotes shown by default: speech and stated positions at or
    above their language's threshold (settings' ``quote_thresholds``; ``threshold``, one
    number or one per language, overrides it); None (no filter) for all."""
    if everything:
        return None
    if threshold is None:
        from .settings import Settings
        threshold = Settings.load().quote_thresholds
    return (SHOWN_ATTRIBUTIONS, threshold)


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
    #: How many documents, quotes and relations there are in all (the lists are pages).
    totals: dict = field(default_factory=dict)
    offset: int = 0
    limit: Optional[int] = None


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
        content_start=row["content_start"], content_end=row["content_end"],
        attribution=row.get("attribution"), confidence=row.get("confidence"),
        lang=row.get("lang"),
        said=said_words(row["content_text"], row["content_start"],
                        json.loads(row.get("asides") or "[]")))


def entities(store, label: Optional[str] = None, limit: Optional[int] = None,
             offset: int = 0) -> list[dict]:
    rows = store.entities(label=label, limit=limit, offset=offset)
    aliases = store.aliases([r["id"] for r in rows])
    return [{**r, "aliases": aliases.get(r["id"], [])} for r in rows]


def entity(store, name: str, limit: Optional[int] = None, offset: int = 0,
           everything: bool = False) -> EntityProfile:
    """An entity's profile; with ``limit``, its documents, quotes and relations are the
    page from ``offset`` (``totals`` says how many there are). Its quotes are speech and
    stated positions above the confidence setting, or ``everything``."""
    row = store.find_entity(name)
    if row is None:
        raise NotFound(f"no entity named {name!r}: see 'storygraph entities'")
    eid = row["id"]
    shown = shown_quotes(everything)
    totals = {"documents": row["documents"],
              "quotes": store.quote_count(speaker_ids=[eid], shown=shown),
              "relations": store.relation_count(eid)}
    return EntityProfile(
        **row, aliases=store.aliases([eid])[eid],
        appears_in=store.entity_documents(eid, limit=limit, offset=offset),
        quotes=[_quote(q) for q in store.quotes(speaker_ids=[eid], limit=limit, offset=offset,
                                                shown=shown)],
        cooccurring=store.cooccurring(eid),
        relations=store.relations(entity_id=eid, limit=limit, offset=offset),
        totals=totals, offset=offset, limit=limit)


def quotes(store, speaker: Optional[str] = None, source: Optional[str] = None,
           since: Optional[str] = None, until: Optional[str] = None,
           contains: Optional[str] = None, limit: Optional[int] = None,
           offset: int = 0, everything: bool = False,
           lang: Optional[str] = None) -> list[SpeakerQuotes]:
    """Quotes grouped by speaker entity (speakers with most quotes first): the page of
    ``limit`` quotes from ``offset`` in date order; speech and stated positions above
    the confidence setting, or ``everything``; with ``lang``, only documents in it."""
    rows = store.quotes(**quote_filters(store, speaker, source, since, until, contains, lang),
                        limit=limit, offset=offset, shown=shown_quotes(everything))
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


def quote_filters(store, speaker=None, source=None, since=None, until=None,
                  contains=None, lang=None) -> dict:
    """The store's quote filters for a speaker's name: a known entity's quotes (by id,
    through an index), else quotes whose speaker is written so."""
    speaker_ids, speaker_text = None, None
    if speaker:
        found = store.find_entity(speaker)
        if found:
            speaker_ids = [found["id"]]
        else:
            speaker_ids, speaker_text = [], speaker
    return dict(speaker_ids=speaker_ids, speaker_text=speaker_text, source=source,
                since=since, until=until, contains=contains, lang=lang)


def quote_count(store, everything: bool = False, **filters) -> int:
    return store.quote_count(**quote_filters(store, **filters), shown=shown_quotes(everything))


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end): between the nearest breaks either side."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1:right].strip()


def timeline(store, entity_name: Optional[str] = None, since: Optional[str] = None,
             until: Optional[str] = None, limit: Optional[int] = None,
             offset: int = 0, everything: bool = False,
             lang: Optional[str] = None) -> list[TimelineItem]:
    """Dated quotes, relations and dated events, in order across documents; with
    ``limit``, the page from ``offset`` (each kind read in date order up to the page);
    with ``lang``, only documents in that language."""
    eid = None
    if entity_name:
        row = store.find_entity(entity_name)
        if row is None:
            raise NotFound(f"no entity named {entity_name!r}: see 'storygraph entities'")
        eid = row["id"]
    upto = offset + limit if limit else None
    items: list[TimelineItem] = []
    for q in store.quotes(speaker_ids=[eid] if eid else None, since=since, until=until,
                          limit=upto, dated=True, shown=shown_quotes(everything), lang=lang):
        items.append(TimelineItem(q["date"], "quote", q["content_text"], q["content_text"],
                                  q["doc_id"], q["source"], q.get("speaker_name") or q["speaker_text"],
                                  q["date_from"]))
    relations = store.relations(entity_id=eid, since=since, until=until, limit=upto, dated=True,
                                lang=lang)
    names = {k: v["name"] for k, v in store.entities_by_id(sorted(
        {r[k] for r in relations for k in ("source_entity", "target_entity") if r[k]})).items()}
    for r in relations:
        what = (f"{names.get(r['source_entity'], r['source_entity'] or '?')} "
                f"{'NOT ' if r['negated'] else ''}{r['type']} "
                f"{names.get(r['target_entity'], r['target_entity'] or '?')}")
        items.append(TimelineItem(r["date"], "relation", what, r["evidence_text"],
                                  r["doc_id"], r["outlet"],
                                  names.get(r["source_entity"], r["source_entity"]),
                                  r["date_from"]))
    for t in store.dated_timexes(entity_id=eid, since=since, until=until, limit=upto, lang=lang):
        items.append(TimelineItem(t["value"], "date", t["text"],
                                  _sentence(t["window_text"], t["start"] - t["window_start"],
                                            t["end"] - t["window_start"]),
                                  t["doc_id"], t["source"], None, "timex"))
    if since:
        items = [i for i in items if i.date >= since]
    if until:
        items = [i for i in items if i.date[:len(until)] <= until]
    items.sort(key=lambda i: (i.date, i.doc_id, i.kind))
    return items[offset:upto] if limit else items


def search(store, q: str, limit: int = 20, offset: int = 0) -> dict:
    if not re.search(r"\w", q or ""):
        raise StorygraphError("the search needs at least one word")
    return store.search(q, limit=limit, offset=offset)


def document(store, doc_id: str) -> dict:
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"no document with id {doc_id!r}")
    return doc


def overview(store, top: int = 10) -> dict:
    stats = store.stats()
    stats["top_entities"] = entities(store, limit=top)
    stats["latest_quotes"] = [_quote(q) for q in store.quotes(limit=top, newest_first=True,
                                                              shown=shown_quotes())]
    return stats


@dataclass(frozen=True)
class FramingTerm:
    term: str
    count: int
    kinds: list[str]
    evidence: list[dict]      # {doc_id, sentence, speaker, date, text}: the first few uses
    z: Optional[float] = None  # weighted log-odds z-score against the other groups
    variants: list[dict] = field(default_factory=list)  # {text, count}: the phrases as written
    more: int = 0             # uses not in ``evidence``


@dataclass(frozen=True)
class Framing:
    entity_id: str
    name: str
    by_outlet: dict[str, list[FramingTerm]]
    by_speaker: dict[str, list[FramingTerm]]
    common: list[FramingTerm] = field(default_factory=list)  # terms every outlet uses
    by_period: dict[str, list[FramingTerm]] = field(default_factory=dict)  # one outlet, by quarter
    outlet: Optional[str] = None
    limit: int = 10
    offset: int = 0
    totals: dict[str, int] = field(default_factory=dict)  # terms per group, before paging


def _key(row: dict) -> str:
    """The term a descriptor counts under: its lemmatised term, else its words (older
    stores); spelling variants of one term ("front-runner", "frontrunner") are one key."""
    term = row.get("term") or row["span_text"]
    return re.sub(r"[\s\-\u2013]+", "", term.lower())


def _group_terms(rows: list[dict], evidence: int, scores: Optional[dict] = None) -> list[FramingTerm]:
    from collections import Counter
    grouped: dict[str, list[dict]] = {}
    for r in rows:
        grouped.setdefault(_key(r), []).append(r)
    terms = []
    for key, uses in grouped.items():
        names = Counter((u.get("term") or u["span_text"]).lower() for u in uses)
        variants = Counter(u["span_text"] for u in uses)
        shown = uses[:evidence] if evidence >= 0 else uses
        terms.append(FramingTerm(
            term=min(names, key=lambda n: (-names[n], n)), count=len(uses),
            kinds=sorted({u["kind"] for u in uses}),
            evidence=[{"doc_id": u["doc_id"], "sentence": u["evidence_text"], "text": u["span_text"],
                       "speaker": u.get("speaker_name"), "date": u["published"]} for u in shown],
            z=round(scores[key], 2) if scores and key in scores else None,
            variants=[{"text": v, "count": c} for v, c in variants.most_common()],
            more=len(uses) - len(shown)))
    if scores:
        return sorted(terms, key=lambda t: (-(t.z or 0), -t.count, t.term))
    return sorted(terms, key=lambda t: (-t.count, t.term))


def _ranked(groups: dict[str, list[dict]], evidence: int, limit: Optional[int], offset: int,
            common: set, totals: dict) -> dict[str, list[FramingTerm]]:
    """Each group's terms by weighted log-odds against the other groups, paged."""
    from collections import Counter

    from .logodds import weighted_log_odds
    counts = {g: Counter(_key(r) for r in rows) for g, rows in groups.items()}
    scores = weighted_log_odds(counts)
    out = {}
    for g, rows in sorted(groups.items()):
        z = {s.term: s.z for s in scores[g]}
        terms = [t for t in _group_terms([r for r in rows if _key(r) not in common], evidence, z)]
        totals[g] = len(terms)
        out[g] = terms[offset:offset + limit if limit is not None else None]
    return out


def _quarter(published: Optional[str]) -> str:
    if not published or len(published) < 7 or not published[5:7].isdigit():
        return "undated"
    return f"{published[:4]}-Q{(int(published[5:7]) - 1) // 3 + 1}"


def framing(store, name: str, limit: Optional[int] = 10, offset: int = 0, evidence: int = 2,
            outlet: Optional[str] = None, speakers: Optional[int] = 10,
            descriptors: Optional[int] = None) -> Framing:
    """The words each outlet, and each quoted speaker, uses for an entity.

    Outlets' terms are ranked by what sets each apart (weighted log-odds with an
    informative Dirichlet prior, ``logodds.py``); terms every outlet uses are listed once,
    in ``common``. With ``outlet``, ``by_period`` ranks that outlet's terms by quarter
    against its other quarters. Each term keeps ``evidence`` uses (-1: all); ``limit`` and
    ``offset`` page each group's terms (``totals`` says how many there are); ``speakers``
    bounds the quoted speakers shown (those with most descriptions first); with
    ``descriptors``, only the entity's latest ``descriptors`` descriptions are read (a
    bound for pages on big stores).
    """
    row = store.find_entity(name)
    if row is None:
        raise NotFound(f"no entity named {name!r}: see 'storygraph entities'")
    rows = store.descriptors(row["id"], limit=descriptors)
    by_outlet: dict[str, list[dict]] = {}
    by_speaker: dict[str, list[dict]] = {}
    for r in rows:
        if r["speaker_entity"]:
            by_speaker.setdefault(r.get("speaker_name") or r["speaker_entity"], []).append(r)
        else:
            by_outlet.setdefault(r["source"] or "unknown outlet", []).append(r)
    if outlet is not None and outlet not in by_outlet:
        known = ", ".join(sorted(by_outlet)) or "none"
        raise NotFound(f"no descriptions of {row['name']} by the outlet {outlet!r} (outlets: {known})")
    common_keys: set = set()
    common: list[FramingTerm] = []
    if len(by_outlet) >= 2:
        from .logodds import shared
        keys = shared({g: {_key(r): 1 for r in rs} for g, rs in by_outlet.items()})
        common_keys = set(keys)
        every = [r for rs in by_outlet.values() for r in rs if _key(r) in common_keys]
        common = _group_terms(every, evidence)
    totals: dict[str, int] = {}
    ranked = _ranked(by_outlet, evidence, limit, offset, common_keys, totals)
    by_period: dict[str, list[FramingTerm]] = {}
    if outlet is not None:
        periods: dict[str, list[dict]] = {}
        for r in by_outlet[outlet]:
            periods.setdefault(_quarter(r["published"]), []).append(r)
        by_period = _ranked(periods, evidence, limit, offset, set(), {})
    speakers_ranked = sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    totals["speakers"] = len(speakers_ranked)
    by_speaker_terms = {}
    for who, rs in speakers_ranked[:speakers]:
        terms = _group_terms(rs, evidence)
        totals[f"speaker:{who}"] = len(terms)
        by_speaker_terms[who] = terms[offset:offset + limit if limit is not None else None]
    return Framing(row["id"], row["name"], ranked, by_speaker_terms, common, by_period,
                   outlet, limit if limit is not None else -1, offset, totals)


def framing_uses(store, name: str, term: str, outlet: Optional[str] = None,
                 speaker: Optional[str] = None, limit: int = 50, offset: int = 0) -> dict:
    """Every use of one term for an entity (the rest behind a framing's two examples)."""
    row = store.find_entity(name)
    if row is None:
        raise NotFound(f"no entity named {name!r}: see 'storygraph entities'")
    want = re.sub(r"[\s\-\u2013]+", "", term.lower())
    uses = [r for r in store.descriptors(row["id"]) if _key(r) == want
            and (outlet is None or (not r["speaker_entity"] and r["source"] == outlet))
            and (speaker is None or speaker in (r["speaker_entity"], r.get("speaker_name")))]
    return {"entity_id": row["id"], "name": row["name"], "term": term, "outlet": outlet,
            "speaker": speaker, "total": len(uses), "limit": limit, "offset": offset,
            "uses": [{"doc_id": u["doc_id"], "sentence": u["evidence_text"], "text": u["span_text"],
                      "kind": u["kind"], "outlet": u["source"], "date": u["published"],
                      "speaker": u.get("speaker_name")} for u in uses[offset:offset + limit]]}


def _speaker_names(store, rows: list[dict]) -> dict:
    return store.names({e for r in rows for k in ("about", "topics") for e in (r[k] or "").split()})


def shifts(store, speaker: Optional[str] = None, threshold: Optional[float] = None,
           latest: Optional[int] = None) -> list:
    """Where a speaker's position shifted: their opposite stances on one proposition at
    two times, read from the claims table (shifts.py says how pairs are found); with
    ``latest``, among their latest stored so many claims (a page's bound)."""
    from .shifts import find_shifts
    speaker_ids = None
    if speaker:
        found = store.find_entity(speaker)
        if found is None:
            raise NotFound(f"no entity named {speaker!r}: see 'storygraph entities'")
        speaker_ids = [found["id"]]
    rows = store.claims(speaker_ids=speaker_ids, latest=latest)
    return find_shifts(rows, _speaker_names(store, rows), threshold=threshold)


def disputes(store, entity_name: Optional[str] = None, threshold: Optional[float] = None,
             latest: Optional[int] = None) -> list:
    """Different sources taking opposite stances on one proposition (about an entity;
    with ``latest``, among the latest stored so many claims about it)."""
    from .shifts import SHOW, find_disputes
    eid = None
    if entity_name:
        found = store.find_entity(entity_name)
        if found is None:
            raise NotFound(f"no entity named {entity_name!r}: see 'storygraph entities'")
        eid = found["id"]
    rows = store.claims(entity_id=eid, latest=latest)
    return find_disputes(rows, _speaker_names(store, rows),
                         threshold=SHOW if threshold is None else threshold, entity=eid)


def graph(store, label: Optional[str] = None, since: Optional[str] = None,
          until: Optional[str] = None, limit: int = 400, period: str = "month",
          min_confidence: Optional[float] = None) -> dict:
    """Entities and the edges between them: the ``limit`` pairs most often named together
    (maintained counts; with dates, counted over the range's latest documents) and the
    relations between their entities at or above the relation threshold (settings;
    ``min_confidence`` overrides it), each edge with its count per ``period`` ("month"
    or "quarter", from the relation's date, else its article's) so a reader sees when."""
    from .settings import Settings

    if period not in PERIODS:
        raise InputError(f"unknown period {period!r}: use one of {', '.join(PERIODS)}")
    threshold = Settings.load().relation_threshold if min_confidence is None else min_confidence
    if since or until:
        pairs = store.recent_pairs(since=since, until=until, label=label, limit=limit)
    else:
        pairs = store.entity_pairs(label=label, limit=limit)
    ids = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    nodes = store.entities_by_id(ids)
    if label:
        nodes = {k: v for k, v in nodes.items() if v["label"] == label}
    edges = [{"source": p["a"], "target": p["b"], "kind": "co-occurs", "weight": p["documents"]}
             for p in pairs if p["a"] in nodes and p["b"] in nodes]
    return {"nodes": [{"id": n["id"], "name": n["name"], "label": n["label"],
                       "documents": n["documents"]} for n in nodes.values()],
            "edges": edges + relation_edges(store.relation_edges(sorted(nodes), threshold),
                                            period, since, until)}


#: How relation counts over time are bucketed: "2021-09" or "2021-Q3".
PERIODS = ("month", "quarter")


def period_of(month: str, period: str) -> str:
    """A YYYY-MM month as its period ("2021-09" -> "2021-Q3" by quarter); "" stays ""."""
    if period == "quarter" and len(month) == 7:
        return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"
    return month


def relation_edges(rows: list[dict], period: str = "month", since: Optional[str] = None,
                   until: Optional[str] = None) -> list[dict]:
    """Counted relation rows (pair, type, negation, month) as graph edges, each with its
    total ``weight`` and its ``periods`` ([{"period", "count"}], oldest first; undated
    relations count in the weight only); with ``since``/``until``, only the dated
    relations whose month falls in the range."""
    edges: dict = {}
    for r in rows:
        month = r["month"] or ""
        if (since or until) and (not month or (since and month < since[:7])
                                 or (until and month > until[:7])):
            continue
        key = (r["source_entity"], r["target_entity"], r["type"], bool(r["negated"]))
        e = edges.setdefault(key, {"source": key[0], "target": key[1], "kind": key[2],
                                   "negated": key[3], "weight": 0, "periods": {}})
        e["weight"] += r["relations"]
        if month:
            p = period_of(month, period)
            e["periods"][p] = e["periods"].get(p, 0) + r["relations"]
    out = []
    for e in edges.values():
        e["periods"] = [{"period": p, "count": n} for p, n in sorted(e["periods"].items())]
        out.append(e)
    return sorted(out, key=lambda e: (-e["weight"], e["source"], e["target"], e["kind"]))


def _entity_id(store, name: Optional[str]) -> Optional[str]:
    if not name:
        return None
    row = store.find_entity(name)
    if row is None:
        raise NotFound(f"no entity named {name!r}: see 'storygraph entities'")
    return row["id"]


def relations(store, type: Optional[str] = None, entity: Optional[str] = None,
              source: Optional[str] = None, target: Optional[str] = None,
              since: Optional[str] = None,
              until: Optional[str] = None, min_confidence: Optional[float] = None,
              lang: Optional[str] = None, limit: Optional[int] = None,
              offset: int = 0) -> list[dict]:
    """A page of relations (of one type; of ``entity`` on either side, or with that
    ``source`` or ``target``) with their actors' names and evidence, in date order (their
    own date, else their article's: ``when``), most confident first within a date;
    those below ``min_confidence`` (default: the relation threshold in settings; 0 keeps
    every one) are left out. A relation without a confidence is kept."""
    from .settings import Settings

    kind = type.strip().upper() if type else None
    if kind and kind not in RELATION_TYPES:
        raise NotFound(f"no relation type {type!r}: one of {', '.join(RELATION_TYPES)}")
    threshold = Settings.load().relation_threshold if min_confidence is None else min_confidence
    out = store.relation_list(type=kind, entity=_entity_id(store, entity),
                              source=_entity_id(store, source), target=_entity_id(store, target),
                              since=since, until=until, least=threshold, lang=lang,
                              limit=limit, offset=offset)
    names = store.names({r[k] for r in out for k in ("source_entity", "target_entity") if r[k]})
    for r in out:
        r["source_name"] = names.get(r["source_entity"])
        r["target_name"] = names.get(r["target_entity"])
    return out


def relation_summary(store, entity_id: str, min_confidence: Optional[float] = None,
                     counterparts: Optional[int] = None) -> list[dict]:
    """An entity's relations grouped by type and direction ("by" it: it is the source;
    "against" it: the target), each group with its count, its counts per month
    (YYYY-MM, from the relation's date, else its article's) and its counterparts (with
    ``counterparts``, that many of the most frequent: a page's bound)."""
    from .settings import Settings

    threshold = Settings.load().relation_threshold if min_confidence is None else min_confidence
    rows = store.relation_groups(entity_id, threshold)
    groups: dict = {}
    for r in rows:
        g = groups.setdefault((r["type"], r["direction"]), {
            "type": r["type"], "direction": r["direction"], "count": 0, "months": {},
            "counterparts": {}})
        g["count"] += r["n"]
        month = r["month"] or ""
        if len(month) == 7:
            g["months"][month] = g["months"].get(month, 0) + r["n"]
        g["counterparts"][r["other"]] = g["counterparts"].get(r["other"], 0) + r["n"]
    for g in groups.values():
        ranked = sorted(g["counterparts"].items(), key=lambda kv: (-kv[1], kv[0] or ""))
        g["counterparts"] = dict(ranked[:counterparts] if counterparts else ranked)
    names = store.names({o for g in groups.values() for o in g["counterparts"] if o})
    out = []
    for g in groups.values():
        named: dict = {}
        for other, n in g["counterparts"].items():
            who = names.get(other) or "(unnamed)"
            named[who] = named.get(who, 0) + n
        g["months"] = [{"month": m, "count": g["months"].get(m, 0)} for m in _month_axis(g["months"])]
        g["counterparts"] = [{"name": k, "count": n} for k, n in
                             sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))]
        out.append(g)
    return sorted(out, key=lambda g: (-g["count"], g["type"], g["direction"]))


def _month_axis(months: dict, most: int = 60) -> list[str]:
    """Every month from the first to the last (a gap is a month without any), or only
    the months present when that span is longer than ``most``."""
    if not months:
        return []
    first, last = min(months), max(months)
    y, m = int(first[:4]), int(first[5:7])
    axis = []
    while len(axis) <= most:
        key = f"{y:04d}-{m:02d}"
        axis.append(key)
        if key >= last:
            return axis
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return sorted(months)
