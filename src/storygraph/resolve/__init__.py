"""Entities across documents: document-local ids -> corpus-wide ids (pure, no I/O).

``Resolver`` keeps, as plain data, which normalised names map to which corpus id; each
``add(batch)`` rewrites the batch's local ids (in entities, quote speakers, relations and
descriptors) and reports merges (retired id -> surviving id) for the store to redirect.
Ids are readable slugs of the first full name seen, so the same corpus gives the same
ids on every run, and adding documents never renames an existing id: a merge retires
the younger of two ids into the older, and the retired id keeps answering as a redirect.

Lookups are blocked (exact name, a transliteration key of a person's surname, an
organisation's name without "Group"/"Inc"), so the cost per document stays flat as the
corpus grows; the state holds names and ids only, never texts.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Optional, Sequence

from ..nlp.entities import initials, is_acronym, normalise, slug
from ..types import Extraction
from .names import org_core, same_given_name, translit

_PERSONISH = ("PERSON", "ORG")  # the small model tags many lone surnames ORG


class Resolver:
    def __init__(self, names: Optional[dict] = None, ids: Optional[dict] = None,
                 redirects: Optional[dict] = None):
        self.names: dict[str, str] = dict(names or {})          # normalised name -> id
        self.ids: dict[str, str] = dict(ids or {})              # id -> label, in creation order
        self.redirects: dict[str, str] = dict(redirects or {})  # retired id -> surviving id
        self._order = {eid: i for i, eid in enumerate(self.ids)}
        self._people: dict[str, list] = defaultdict(list)       # translit(surname) -> [(given, id)]
        self._cores: dict[str, str] = {}                        # org core name -> id
        self._acronyms: dict[str, list] = defaultdict(list)     # initials -> [id]
        for name, eid in self.names.items():
            self._index(name, eid)

    # -- state as plain data, saved by the store with each batch -----------------------
    def state(self) -> dict:
        return {"version": 2, "names": self.names, "ids": self.ids, "redirects": self.redirects}

    @classmethod
    def from_state(cls, state: Optional[dict]) -> "Resolver":
        if not state:
            return cls()
        return cls(state.get("names"), state.get("ids"), state.get("redirects"))

    # -- indexes ------------------------------------------------------------------
    def find(self, eid: str) -> str:
        while eid in self.redirects:
            eid = self.redirects[eid]
        return eid

    def _index(self, name: str, eid: str) -> None:
        label = self.ids.get(self.find(eid))
        name = name.split("|")[0]
        words = name.split()
        if label == "PERSON" and len(words) >= 2:
            entry = (words[0], eid)
            bucket = self._people[translit(words[-1])]
            if entry not in bucket:
                bucket.append(entry)
        if label in ("ORG", "GPE", "LOC") and len(words) >= 2 and len(initials(name)) >= 2:
            bucket = self._acronyms[initials(name)]
            if eid not in bucket:
                bucket.append(eid)
        if label == "ORG":
            self._cores.setdefault(org_core(name), eid)

    def _known(self, name: str, label: str) -> Optional[str]:
        """The id a name is known by, for an entity of this type: a person and a place
        of the same name ("Washington") are kept apart."""
        eid = self.names.get(name)
        if eid is not None and _clash(label, self.ids.get(self.find(eid)), name):
            eid = self.names.get(f"{name}|{_kind(label, name)}")
        return eid

    def _learn(self, name: str, eid: str) -> None:
        label = self.ids.get(self.find(eid))
        known = self.names.get(name)
        if known is not None and _clash(label, self.ids.get(self.find(known)), name):
            name = f"{name}|{_kind(label, name)}"
            known = self.names.get(name)
        if known is None:
            self.names[name] = eid
            self._index(name, eid)

    def _new_id(self, name: str, label: str) -> str:
        base = slug(name)
        eid, n = base, 1
        while eid in self.ids:
            n += 1
            eid = f"{base}-{n}"
        self.ids[eid] = label
        self._order[eid] = len(self._order)
        return eid

    @staticmethod
    def _words(eid: str) -> set[str]:
        return set(re.sub(r"-\d+$", "", eid).split("-"))

    def _people_named(self, own: str) -> set[str]:
        """Known people this name can be: same surname key, compatible given name; for a
        lone surname, every person with that surname."""
        words = own.split()
        found = set()
        for given, eid in self._people.get(translit(words[-1]), ()):
            if len(words) == 1 or same_given_name(words[0], given):
                found.add(self.find(eid))
        return found

    # -- resolution ---------------------------------------------------------------
    def _global(self, local: str, names: Counter, label: str, merges: dict) -> str:
        """The corpus id for one local cluster, given its id, names and type.

        The cluster's own name (the one its local id is made from) decides first; its
        other names link only to an entity sharing a word with it ("Lavrov" -> Sergey
        Lavrov), so that "Moscow" speaking for Russia never joins the city, nor the city
        Russia. Then a person's spelling variant ("Sergei"/"Sergey Lavrov"), a lone
        surname known for exactly one person, an organisation's core name.
        """
        own = local.replace("-", " ")
        keys = sorted({normalise(n) for n in names} - {own}, key=lambda k: (-len(k), k))
        own_words = set(own.split())
        related = [k for k in keys if own_words & set(k.split())]
        eid = self._known(own, label)
        if eid is None:
            for key in related:
                known = self._known(key, label)
                if known and own_words & self._words(known):
                    eid = known
                    break
        if eid is None and label in _PERSONISH and (label == "PERSON" or " " not in own):
            people = self._people_named(own)
            if len(people) == 1:
                eid = next(iter(people))
        if eid is None and label == "ORG":
            eid = self._cores.get(org_core(own))
        if eid is None and label in ("ORG", "GPE", "LOC"):
            eid = self._by_acronym(own, names, label)
        if eid is None:
            eid = self._new_id(own, label)
        eid = self.find(eid)
        # Two known full names of one local cluster with different ids: one entity.
        for key in related:
            other = self._known(key, label)
            if (other and " " in key and self.find(other) != eid
                    and self.ids.get(self.find(other)) == self.ids.get(eid)):
                eid = self._merge(eid, self.find(other), merges)
        self._learn(own, eid)
        for key in related:
            self._learn(key, eid)
        return eid

    def _by_acronym(self, own: str, names: Counter, label: str) -> Optional[str]:
        """"U.N." in one article, "United Nations" in another: the acronym of a known
        name, or the name whose acronym is known, when the match is unique."""
        if all(is_acronym(n) for n in names):
            letters = own.replace(" ", "")
            found = {self.find(e) for e in self._acronyms.get(letters, ())}
            return next(iter(found)) if len(found) == 1 else None
        short = initials(own)
        if len(short) >= 2:
            for key in (short, " ".join(short)):
                eid = self._known(key, label)
                if eid is not None and self.ids.get(self.find(eid)) == label:
                    return eid
        return None

    def _merge(self, a: str, b: str, merges: dict) -> str:
        keep, retire = sorted((a, b), key=lambda e: self._order.get(e, 1 << 60))
        self.redirects[retire] = keep
        merges[retire] = keep
        for old, new in list(merges.items()):
            merges[old] = self.find(new)
        return keep

    def add(self, batch: Sequence[Extraction]) -> tuple[list[Extraction], dict[str, str]]:
        """The batch with corpus ids, and the merges it caused (retired -> surviving)."""
        out = []
        merges: dict[str, str] = {}
        for record in batch:
            clusters: dict[str, Counter] = defaultdict(Counter)
            labels: dict[str, Counter] = defaultdict(Counter)
            for m in record.entities:
                if m.entity:
                    clusters[m.entity][m.text] += 1
                    labels[m.entity][m.label] += 1
            mapping = {local: self._global(local, names, labels[local].most_common(1)[0][0], merges)
                       for local, names in sorted(clusters.items())}
            out.append(relabel(record, mapping))
        if merges:
            out = [relabel(r, {e: self.find(e) for e in merges}) for r in out]
        return out, merges


_PLACES = {"GPE", "LOC", "FAC", "NORP"}


def _kind(label: Optional[str], name: str = "") -> str:
    if label == "ORG" and name and _is_place(name):
        return "team"   # "BALTIMORE 74 59", "Ajax Amsterdam": a side named after a place
    return "person" if label == "PERSON" else "place" if label in _PLACES else "other"


def _is_place(name: str) -> bool:
    from ..nlp.gazetteer import places
    gaz = places()
    return name in gaz.countries or name in gaz.cities or name in gaz.capitals


def _clash(a: Optional[str], b: Optional[str], name: str = "") -> bool:
    """A person and a place are never one entity, nor a place and the side or body
    named after it (organisations are otherwise too often mistyped by the tagger to be
    kept apart from either)."""
    return {_kind(a, name), _kind(b, name)} in ({"person", "place"}, {"team", "place"})


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
