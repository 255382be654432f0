"""Entities across documents: document-local ids -> corpus-wide ids (pure, no I/O).

``Resolver`` keeps, as plain data, which normalised names map to which corpus id; each
``add(batch)`` rewrites the batch's local ids (in entities, quote speakers, relations and
descriptors) and reports merges (retired id -> surviving id) for the store to redirect.
Ids are readable slugs of the first full name seen, so the same corpus gives the same
ids on every run, and adding documents never renames an existing id.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Optional, Sequence

from ..nlp.entities import normalise, slug
from ..types import Extraction


class Resolver:
    def __init__(self, names: Optional[dict] = None, ids: Optional[dict] = None):
        self.names: dict[str, str] = dict(names or {})   # normalised name -> corpus id
        self.ids: dict[str, str] = dict(ids or {})       # corpus id -> its label
        self._surnames: dict[str, set] = defaultdict(set)
        for name, eid in self.names.items():
            if " " in name and self.ids.get(eid) == "PERSON":
                self._surnames[name.split()[-1]].add(eid)

    # -- state as plain data, saved by the store with each batch -----------------------
    def state(self) -> dict:
        return {"version": 1, "names": self.names, "ids": self.ids}

    @classmethod
    def from_state(cls, state: Optional[dict]) -> "Resolver":
        if not state:
            return cls()
        return cls(state.get("names"), state.get("ids"))

    # -- resolution ---------------------------------------------------------------
    def _new_id(self, name: str, label: str) -> str:
        base = slug(name)
        eid, n = base, 1
        while eid in self.ids:
            n += 1
            eid = f"{base}-{n}"
        self.ids[eid] = label
        if label == "PERSON" and " " in normalise(name):
            self._surnames[normalise(name).split()[-1]].add(eid)
        return eid

    @staticmethod
    def _words(eid: str) -> set[str]:
        return set(re.sub(r"-\d+$", "", eid).split("-"))

    def _global(self, local: str, names: Counter, label: str) -> str:
        """The corpus id for one local cluster, given its id, names and type.

        The cluster's own name (the one its local id is made from) decides first; its
        other names link only to an entity sharing a word with it ("Lavrov" -> Sergey
        Lavrov), so that "Moscow" speaking for Russia never joins the city, nor the city
        Russia.
        """
        own = local.replace("-", " ")
        keys = sorted({normalise(n) for n in names} - {own}, key=lambda k: (-len(k), k))
        own_words = set(own.split())
        eid = self.names.get(own)
        if eid is None:
            for key in keys:
                known = self.names.get(key)
                if known and own_words & self._words(known):
                    eid = known
                    break
        if eid is None and label == "PERSON" and " " not in own:
            candidates = self._surnames.get(own, set())
            if len(candidates) == 1:
                eid = next(iter(candidates))
        if eid is None:
            eid = self._new_id(own, label)
        self.names.setdefault(own, eid)
        for key in keys:
            if own_words & set(key.split()):
                self.names.setdefault(key, eid)
        return eid

    def add(self, batch: Sequence[Extraction]) -> tuple[list[Extraction], dict[str, str]]:
        out = []
        for record in batch:
            clusters: dict[str, Counter] = defaultdict(Counter)
            labels: dict[str, Counter] = defaultdict(Counter)
            for m in record.entities:
                if m.entity:
                    clusters[m.entity][m.text] += 1
                    labels[m.entity][m.label] += 1
            mapping = {local: self._global(local, names, labels[local].most_common(1)[0][0])
                       for local, names in sorted(clusters.items())}
            out.append(relabel(record, mapping))
        return out, {}


def relabel(record: Extraction, mapping: dict[str, str]) -> Extraction:
    """The record with local entity ids replaced through ``mapping`` (others kept)."""
    def new(eid):
        return mapping.get(eid, eid) if eid else eid

    return replace(
        record,
        entities=tuple(replace(e, entity=new(e.entity)) for e in record.entities),
        quotes=tuple(replace(q, speaker_entity=new(q.speaker_entity)) for q in record.quotes),
        relations=tuple(replace(r, source_entity=new(r.source_entity),
                                target_entity=new(r.target_entity),
                                reporter_entity=new(r.reporter_entity))
                        for r in record.relations),
        descriptors=tuple(replace(d, entity=new(d.entity), speaker_entity=new(d.speaker_entity))
                          for d in record.descriptors))


def resolve(extractions: Sequence[Extraction]) -> list[Extraction]:
    """Corpus-wide ids for a whole collection at once."""
    records, _ = Resolver().add(extractions)
    return records
