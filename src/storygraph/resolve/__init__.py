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

State lives in memory (``state()``/``from_state``, for ``extract``), or behind a
``lookup``: a callable given the ``Keys`` a batch can look up and answering with the
``Known`` rows for them (a store reads them from indexed tables). Then each batch starts
from just those rows, and ``changes()`` says what the batch learned, for the store to
write in the batch's transaction: the cost stays what the batch holds.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Callable, Optional, Sequence

from ..nlp.bodies import CORPORATE, named_as_body
from ..nlp.corefs import ROLE_NOUNS
from ..nlp.name_context import TEAM_SUFFIX
from ..nlp.name_keys import initials, is_acronym, normalise, number_forms, slug
from ..nlp.name_cues import HONORIFICS as PERSONAL_HONORIFICS, TITLES
from ..nlp.name_phrases import MONARCHS
from ..nlp.name_spans import PARTY_BYNAMES, PARTY_MEMBERS
from ..types import ENTITY_ID_FIELDS, Extraction
from .names import (clip_key, expands, groupings, is_clipping, org_core, is_given_name, same_given_name,
                    same_surname, spaced_key, SURNAME_PREFIXES, translit)

# The same few thousand names come back in every batch: their keys are worth keeping.
normalise, translit, slug = (lru_cache(maxsize=1 << 17)(f) for f in (normalise, translit, slug))

_PERSONISH = ("PERSON", "ORG")  # the small model tags many lone surnames ORG
#: The types whose names news writes clipped ("Lib Dems"); never a person's ("Pat Smith").
_CLIPPED = ("ORG", "NORP")


@dataclass
class Keys:
    """What a batch can look up: names, surname keys, acronyms, organisation cores, and
    id bases (an id's slug without its ``-2`` counter)."""
    names: set = field(default_factory=set)
    people: set = field(default_factory=set)
    acronyms: set = field(default_factory=set)
    cores: set = field(default_factory=set)
    bases: set = field(default_factory=set)


@dataclass
class Known:
    """A lookup's answer: (name, id) in the order learned, (id, label, order) for every
    id those name and the bases, redirects of those ids, and the next order number."""
    names: list = field(default_factory=list)
    ids: list = field(default_factory=list)
    redirects: dict = field(default_factory=dict)
    next_order: int = 0


#: A name opening on one of these is a person's, whatever its tag: its initials are no
#: acronym ("Professor Curtice", tagged ORG, is not "PC" nor Plaid Cymru).
HONORIFICS = frozenset(TITLES | {"professor", "prof", "prof."})


def acronym_of(name: str) -> str:
    words = name.split()
    return "" if words and words[0].lower() in HONORIFICS else initials(name)


def index_keys(name: str, label: Optional[str]) -> dict:
    """The blocking keys a learned name is found by (None where it has none)."""
    name = name.split("|")[0]
    words = name.split()
    person = label == "PERSON" and len(words) >= 2
    short = acronym_of(name) if label in ("ORG", "GPE", "LOC") and len(words) >= 2 else ""
    return {"surname": translit(words[-1]) if person else None,
            "given": words[0] if person else None,
            "acronym": short if len(short) >= 2 else None,
            "core": org_core(name) if label == "ORG" else None}


def id_base(eid: str) -> str:
    return re.sub(r"-\d+$", "", eid)


class Resolver:
    def __init__(self, names: Optional[dict] = None, ids: Optional[dict] = None,
                 redirects: Optional[dict] = None,
                 lookup: Optional[Callable[[Keys], Known]] = None):
        self.lookup = lookup
        self._reset(names, ids, redirects)

    def _reset(self, names=None, ids=None, redirects=None, order=None, next_order=None):
        self.names: dict[str, str] = dict(names or {})          # normalised name -> id
        self.ids: dict[str, str] = dict(ids or {})              # id -> label, in creation order
        self.redirects: dict[str, str] = dict(redirects or {})  # retired id -> surviving id
        self._order = order or {eid: i for i, eid in enumerate(self.ids)}
        self._next = len(self._order) if next_order is None else next_order
        self._people: dict[str, list] = defaultdict(list)       # translit(surname) -> [(given, id)]
        self._given: dict[str, set] = defaultdict(set)          # id -> given names of its full names
        self._cores: dict[str, str] = {}                        # org core name -> id
        self._acronyms: dict[str, list] = defaultdict(list)     # initials -> [id]
        self._learned: list[tuple[str, str]] = []
        self._created: list[str] = []
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
            if _given(name):
                self._given[self.find(eid)].add(words[0])
        if label in ("ORG", "GPE", "LOC") and len(words) >= 2 and len(acronym_of(name)) >= 2:
            bucket = self._acronyms[acronym_of(name)]
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
            self._learned.append((name, eid))
        # A body's name is found by its clipped forms too ("Lib Dems" in the next article);
        # kept as a name of its own, so that a store's lookup finds it as it finds names.
        clip = clip_key(name) if label in _CLIPPED and "|" not in name else None
        if clip is not None and clip not in self.names:
            self.names[clip] = eid
            self._learned.append((clip, eid))

    def _new_id(self, name: str, label: str) -> str:
        base = slug(name)
        eid, n = base, 1
        while eid in self.ids:
            n += 1
            eid = f"{base}-{n}"
        self.ids[eid] = label
        self._order[eid] = self._next
        self._next += 1
        self._created.append(eid)
        return eid

    @staticmethod
    def _words(eid: str) -> set[str]:
        return set(re.sub(r"-\d+$", "", eid).split("-"))

    def _people_named(self, own: str, label: str = "PERSON") -> set[str]:
        """Known people this name can be: same surname key, compatible given name; for a
        lone surname (or one after a title), every person with that surname."""
        words = own.split()
        found = set()
        if len(words) == 2 and words[0] in MONARCHS:
            return found   # "Prince Harry": a given name, no one's surname ("Dirty Harry")
        # (a surname after a rank or an office is a lone surname: "General Musharraf",
        # "President Putin"; after "Ms" or "Mr", whom one article means: Ms King)
        alone = len(words) == 1 or (len(words) == 2 and _given(own) is None
                                    and words[0] not in PERSONAL_HONORIFICS)
        for given, eid in self._people.get(translit(words[-1]), ()):
            if alone and label != "PERSON" and len(words) == 1 \
                    and id_base(self.find(eid)).split("-")[-1] != words[-1]:
                # A lone word the tagger did not take for a person joins one only by the
                # very surname: transliteration's folds are for names met in other
                # scripts, and an organisation's word is not a surname spelt near it
                # ("Key" is not Peter Kay, "Muse" not Mickey Mouse, "Livingston" not Ken
                # Livingstone).
                continue
            if (alone or same_given_name(words[0], given)) and same_surname(
                    words, id_base(self.find(eid)).split("-")):
                found.add(self.find(eid))
        if _given(own):
            found = {eid for eid in found if self._given_fits(eid, _given(own))}
        return found

    def _given_fits(self, eid: str, given: str) -> bool:
        """Whether a full name with this given name can be the entity ``eid``: every
        given name it is known by must be compatible ("Bill Clinton" is never the
        entity of "Hillary Clinton", even one first met as a lone "Clinton")."""
        return all(same_given_name(given, g) for g in self._given.get(self.find(eid), ()))

    def _person_fits(self, name: str, label: str, eid: str) -> bool:
        """A full person name may join ``eid`` only if their given names fit."""
        return label != "PERSON" or not _given(name) or self._given_fits(eid, _given(name))

    # -- resolution ---------------------------------------------------------------
    def _global(self, local: str, names: Counter, label: str, merges: dict,
                body: bool = False) -> str:
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
        if own.endswith(f" {TEAM_SUFFIX}"):
            # A country's side ("England" in a match report): the sides of other
            # reports, never the country whose name it shares.
            eid = self.find(self._known(own, label) or self._new_id(own, label))
            self._learn(own, eid)
            return eid
        eid = self._known(own, label)
        if eid is None:
            eid = self._typed_apart(own, names, label)
        if body:
            # A one-word body the document names as one throughout ("the US network
            # Fox"): never a person known by that word ("Liam Fox"), and known by it
            # as a body from now on, so that no person's full name joins it either.
            if eid is not None and self.ids.get(self.find(eid)) == "PERSON" \
                    and id_base(self.find(eid)) != slug(own):
                # (an entity of this one word alone is this body, however another
                # document's tagger typed it: "Search giant Google", "Google" a PERSON)
                eid = self.names.get(f"{own}|other")
            if eid is None and label == "ORG":
                eid = self._cores.get(org_core(own))
            if eid is None and (label in _CLIPPED or own in PARTY_MEMBERS):
                eid = self._by_number(own, label)
            eid = self.find(eid or self._new_id(own, label))
            if self.names.get(f"{own}|other") is None:
                self.names[f"{own}|other"] = eid
                self._learned.append((f"{own}|other", eid))
            self._learn(own, eid)
            return eid
        if eid is None:
            for key in related:
                if _given_alone(key, own, label):
                    continue   # (whom one document means by it: never its link to another's)
                known = self._known(key, label)
                if known and own_words & self._words(known) and self._may_be(own, label, known):
                    eid = known
                    break
        if eid is None and label in _PERSONISH and (label == "PERSON" or " " not in own):
            people = self._people_named(own, label)
            if len(people) == 1:
                eid = next(iter(people))
        if eid is None and label == "ORG":
            eid = self._cores.get(org_core(own))
        spaced = spaced_key(own, names) if label == "ORG" else None
        if eid is None and spaced is not None:
            # A body another document writes with or without its spaces ("GlobalNet",
            # "Global Net"): the one-word name, or a spaced one learned under this key.
            eid = self.names.get(spaced)
            if eid is None and " " in own:
                eid = self._known(own.replace(" ", ""), label)
            if eid is not None and self.ids.get(self.find(eid)) != "ORG":
                eid = None
        if eid is None and label in ("ORG", "GPE", "LOC"):
            eid = self._by_acronym(own, names, label)
        if eid is None:
            eid = self._by_clipping(own)
        if eid is None and (label in _CLIPPED or own in PARTY_MEMBERS):
            # (a party's word is typed anything: "Conservative" a GPE, "Tory" a PERSON)
            eid = self._by_number(own, label)
        if eid is None:
            eid = self._new_id(own, label)
        eid = self.find(eid)
        # Two known full names of one local cluster with different ids: one entity,
        # unless they are two people of one family ("Bill", "Hillary Clinton").
        for key in related:
            other = self._known(key, label)
            if (other and " " in key and not _titled_surname(key, label) and self.find(other) != eid
                    and self.ids.get(self.find(other)) == self.ids.get(eid)
                    and self._people_fit(eid, self.find(other))):
                eid = self._merge(eid, self.find(other), merges)
        eid = self._defined_acronyms(own, keys, label, eid, merges)
        self._learn(own, eid)
        if spaced is not None and self.names.get(spaced) is None:
            self.names[spaced] = eid
            self._learned.append((spaced, eid))
        for key in related:
            if (self._person_fits(key, label, eid) and not _titled_surname(key, label)
                    and not _given_alone(key, own, label)):
                self._learn(key, eid)
        return eid

    def _defined_acronyms(self, own: str, keys: list, label: str, eid: str,
                          merges: dict) -> str:
        """A document writing a body's name and its initials as one ("the European
        Union ... the EU") says what the initials stand for: an entity other documents
        made of those initials alone joins this one, and they are learned for it."""
        short = acronym_of(own)
        if label not in ("ORG", "GPE", "LOC") or len(short) < 2:
            return eid
        for key in keys:
            if key.replace(" ", "") != short:
                continue
            other = self._known(key, label)
            if other is None:
                self._learn(key, eid)
            elif (self.find(other) != eid and id_base(self.find(other)) == slug(key)
                  and self.ids.get(self.find(other)) == self.ids.get(eid)):
                eid = self._merge(eid, self.find(other), merges)
        return eid

    def _typed_apart(self, own: str, names: Counter, label: str) -> Optional[str]:
        """The entity made from exactly this name under a type that clashes with this
        cluster's ("Palu" a PERSON to the English model, a GPE to the French one), when
        the cluster is that name and nothing more: two taggers disagreeing about one
        name, not a person and a place told apart by a fuller name ("MaliVai
        Washington" keeps its own id; a lone "Washington" is not his). Its other names
        may be words of that name ("Kanye West", "West")."""
        words = set(own.split())
        if any(normalise(n) != own and normalise(n) not in words for n in names):
            return None
        eid = self.names.get(own)
        if eid is None or id_base(self.find(eid)) != slug(own):
            return None
        other = self.ids.get(self.find(eid))
        if {_kind(label, own), _kind(other, own)} != {"person", "place"}:
            return None
        return eid

    def _people_fit(self, a: str, b: str) -> bool:
        """Whether two entities' given names are all compatible (a merge keeps both)."""
        return all(self._given_fits(a, g) for g in self._given.get(self.find(b), ()))

    def _may_be(self, own: str, label: str, known: str) -> bool:
        """Whether a full name may be the entity a shorter name of it is known by: a
        person ("Liam Fox", "Finlay Calder") is not an organisation sharing a word
        ("fox-entertainment") nor another person of that surname ("clive-calder"),
        unless the known entity's whole name is part of this one ("lavrov")."""
        known = self.find(known)
        if not self._person_fits(own, label, known):
            return False
        if label == "PERSON" and self.ids.get(known) != "PERSON" and any(
                self.find(self.names.get(f"{w}|other", "")) == known for w in self._words(known)):
            return False   # "Liam Fox" is not the network a document called "Fox" throughout
        if label == "PERSON" and _given(own) and is_given_name(_given(own)) \
                and self.ids.get(known) != "PERSON" and "-" not in id_base(known):
            # A full name is not the one word of an entity no document took for a person
            # (Bill Ford is not the carmaker, Catherine, Danny and Phil Murphy not one
            # "Murphy" typed ORG): such an entity keeps no given name to tell the next
            # full name by. Only a name opening on a given name: the tagger's "Whilst
            # Angels" or "Injured Chelsea" is the song or the club of one word.
            return False
        if label == "ORG" and own.split()[-1] in CORPORATE and self.ids.get(known) == "PERSON":
            # A firm's name with its designator is no person sharing a word: "Young's
            # Market Co." is not the rugby coach Dai Young of another document.
            return False
        if self._words(known) <= set(own.split()):
            return True
        if label != "PERSON":
            return True
        words = re.sub(r"-\d+$", "", known).split("-")
        # A shared given name is no link: "Matt Williams" is not "Matt Jansen"; a
        # spelling of the same person keeps the surname ("Sergei"/"Sergey Lavrov").
        return (self.ids.get(known) == "PERSON" and same_given_name(own.split()[0], words[0])
                and translit(own.split()[-1]) == translit(words[-1])
                and same_surname(own.split(), words))

    def _by_acronym(self, own: str, names: Counter, label: str) -> Optional[str]:
        """"U.N." in one article, "United Nations" in another: the acronym of a known
        name, or the name whose acronym is known, when the match is unique and the name
        is an institution's or a place's (``expands``: in the BBC bench articles, two
        thirds of the joins by initials alone were of a person, a street, a show or a
        team to an acronym of something else: "Paris Club" to the PCs of computer
        news, "Norfolk High School" to the NHS)."""
        if all(is_acronym(n) for n in names):
            letters = own.replace(" ", "")
            # (a grouping of countries' initials, bare or not: "UN" of "United Nations")
            grouping = groupings().get(letters)
            if grouping is not None and self._known(grouping, label) is not None:
                return self.find(self._known(grouping, label))
            found = {self.find(e) for e in self._acronyms.get(letters, ())}
            if len(found) != 1:
                return None
            eid = next(iter(found))
            dotted = " " in own
            return eid if (self._place(self.ids.get(eid)) and (dotted or len(letters) > 2)
                           or expands(id_base(eid).replace("-", " "), letters, dotted)) else None
        short = acronym_of(own)
        if len(short) >= 2:
            for key in (short, " ".join(short)):
                dotted = " " in key
                if not (self._place(label) and (dotted or len(short) > 2)
                        or expands(own, short, dotted) or groupings().get(short) == own):
                    continue
                eid = self._known(key, label)
                if eid is not None and any(self.find(e) == self.find(eid)
                                           for e in self._acronyms.get(short, ())):
                    # "AP" already abbreviates "Associated Press": "Azim Premji", with the
                    # same initials, is someone else.
                    continue
                if eid is not None and self.ids.get(self.find(eid)) == label:
                    return eid
        return None

    @staticmethod
    def _place(label: Optional[str]) -> bool:
        # ("N.Y." and "New York", "UK" and "United Kingdom")
        return label in ("GPE", "LOC")

    def _by_clipping(self, own: str) -> Optional[str]:
        """"Lib Dems" (whatever its tag: the base NER reads it as a person) is the
        Liberal Democrats a document named in full: the body whose name this one writes
        cut short, word by word."""
        clip = clip_key(own)
        eid = self.names.get(clip) if clip else None
        if eid is None:
            return None
        eid = self.find(eid)
        if self.ids.get(eid) not in _CLIPPED or not is_clipping(own, id_base(eid).split("-")):
            return None
        return eid

    def _by_number(self, own: str, label: str) -> Optional[str]:
        """"Democrat" is the Democrats, "Tory" the Tories: a people's or a party's one
        word in the other number, where one of the two is typed a people (NORP), so
        that two bodies ("Time" and "Times") stay apart. A party member's word
        ("Conservative", "the Conservatives") is its party whatever the tags, as is the
        party named in full ("the Conservative Party") before it."""
        party = own in PARTY_MEMBERS or own in PARTY_BYNAMES or _party_name(own) is not None
        keys = _number_keys(own)
        for key in keys:
            eid = self.names.get(key)
            if eid is None:
                continue
            eid = self.find(eid)
            if self.ids.get(eid) in _CLIPPED and (party or "NORP" in (label, self.ids.get(eid))):
                return eid
        return None

    def _merge(self, a: str, b: str, merges: dict) -> str:
        keep, retire = sorted((a, b), key=lambda e: self._order.get(e, 1 << 60))
        self.redirects[retire] = keep
        self._given[keep] |= self._given.pop(retire, set())
        merges[retire] = keep
        for old, new in list(merges.items()):
            merges[old] = self.find(new)
        return keep

    # -- state behind a lookup ------------------------------------------------------
    @staticmethod
    def keys(batch: Sequence[Extraction]) -> Keys:
        """Every key resolving ``batch`` can look up (a superset: cheap to over-ask)."""
        keys = Keys()
        for record in batch:
            for local, names, _ in _clusters(record):
                own = local.replace("-", " ")
                norm = {normalise(n) for n in names} | {own}
                for key in norm:
                    keys.names.add(key)
                    keys.names.update(f"{key}|{k}" for k in ("person", "place", "other"))
                short = initials(own)
                if short:
                    keys.names.update((short, " ".join(short)))
                    keys.names.update(f"{k}|{kind}" for k in (short, " ".join(short))
                                      for kind in ("person", "place", "other"))
                words = own.split()
                if words:
                    keys.people.add(translit(words[-1]))
                keys.cores.add(org_core(own))
                keys.acronyms.add(own.replace(" ", ""))
                keys.names.add(own.replace(" ", "") + "|spaced")
                clip = clip_key(own)
                if clip:
                    keys.names.add(clip)
                keys.names.update(_number_keys(own))
                keys.bases.add(id_base(slug(own)))
        return keys

    def _load(self, known: Known) -> None:
        order = {eid: n for eid, _, n in known.ids}
        self._reset(dict(known.names), {eid: label for eid, label, _ in known.ids},
                    known.redirects, order, known.next_order)

    def changes(self) -> dict:
        """What the last batch learned: new names with their index keys, new ids."""
        names = []
        for name, eid in self._learned:
            row = {"name": name, "entity_id": eid}
            row.update(index_keys(name, self.ids.get(self.find(eid))))
            names.append(row)
        ids = [{"id": eid, "label": self.ids[eid], "seq": self._order[eid], "base": id_base(eid)}
               for eid in self._created]
        return {"names": names, "ids": ids}

    def add(self, batch: Sequence[Extraction]) -> tuple[list[Extraction], dict[str, str]]:
        """The batch with corpus ids, and the merges it caused (retired -> surviving)."""
        if self.lookup is not None:
            self._load(self.lookup(self.keys(batch)))
        else:
            self._learned, self._created = [], []
        out = []
        merges: dict[str, str] = {}
        for record in batch:
            mapping = {local: self._global(local, names, label, merges, _body(record, local, names))
                       for local, names, label in _clusters(record)}
            out.append(relabel(record, mapping))
        if merges:
            out = [relabel(r, {e: self.find(e) for e in merges}) for r in out]
        return out, merges


def _party_name(name: str) -> Optional[str]:
    """"conservative party" -> "conservative": the member's word a party's full name is
    made of (None for any other name)."""
    words = name.split()
    if len(words) == 2 and words[1] == "party" and words[0] in PARTY_MEMBERS:
        return words[0]
    return None


def _number_keys(name: str) -> list:
    """The names a one-word name may be known by in the other number; for a party
    member's word, its party's full name too, and for that full name, the word."""
    keys = list(number_forms(name))
    if name in PARTY_MEMBERS:
        keys += [f"{form} party" for form in (name, *number_forms(name))]
    word = _party_name(name)
    if word is not None:
        keys += [word, *number_forms(word)]
    # (a party's byname and its name, both ways: "Tories" finds "the Conservative
    # Party", "Conservatives" the Tories a document met first)
    base = word or name
    for byname, formal in PARTY_BYNAMES.items():
        bynames, formals = (byname, *number_forms(byname)), (formal, *number_forms(formal))
        others = formals if base in bynames else bynames if base in formals else ()
        keys += [*others, *(f"{other} party" for other in others)]
    return list(dict.fromkeys(k for k in keys if k != name))


def _titled_surname(key: str, label: str) -> bool:
    """"Ms King": whom one document means by it, no full name for the corpus (another
    article's Ms King is not this one's Oona King); "O'Sullivan" (``o sullivan``, which
    may also be "O Sullivan", an initial) is no full name to learn either."""
    words = key.split()
    return label == "PERSON" and len(words) == 2 and (words[0] in HONORIFICS
                                                      or words[0] in SURNAME_PREFIXES)


def _given_alone(key: str, own: str, label: str) -> bool:
    """A person's given name written alone ("Matt" for Matt Jansen in a quotation): whom
    one document means by it, never a name for the corpus (the next article's Matt is
    Matt Williams)."""
    words = own.split()
    return label == "PERSON" and " " not in key and len(words) >= 2 and key == words[0]


def _given(name: str) -> Optional[str]:
    """A full person name's given name: its first word, unless that is a title the
    tagger left in ("President Putin", "Mr. Trump")."""
    words = name.split()
    if len(words) < 2 or words[0] in TITLES or words[0] in ROLE_NOUNS:
        return None
    return words[0]


def _body(record: Extraction, local: str, names: Counter) -> bool:
    """Whether a one-word cluster is a body by the document's own words ("US TV network
    Fox"), not only by the tagger's ORG, which it gives many a lone surname."""
    if len(names) != 1 or " " in next(iter(names)).strip():
        return False
    return any(m.entity == local and named_as_body(record.text, m) for m in record.entities)


def _clusters(record: Extraction) -> list[tuple[str, Counter, str]]:
    """(local id, its names counted, its label by vote) for each cluster, in id order."""
    clusters: dict[str, Counter] = defaultdict(Counter)
    labels: dict[str, Counter] = defaultdict(Counter)
    for m in record.entities:
        if m.entity:
            clusters[m.entity][m.text] += 1
            labels[m.entity][m.label] += 1
    return [(local, names, labels[local].most_common(1)[0][0])
            for local, names in sorted(clusters.items())]


def localise(record: Extraction) -> Extraction:
    """A record whose ids were resolved elsewhere (``extract``) with document-local
    cluster ids again: an id's ``-2`` counter belongs to the run that made it."""
    mapping, used = {}, set()
    texts: dict[str, set] = defaultdict(set)
    for m in record.entities:
        if m.entity:
            texts[m.entity].add(slug(m.text))
    for eid in sorted(texts):
        base = id_base(eid)
        local = base if base != eid and base in texts[eid] and base not in texts else eid
        if local in used:
            local = eid
        used.add(local)
        if local != eid:
            mapping[eid] = local
    return relabel(record, mapping) if mapping else record


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

    def renamed(item, *keys):
        # (an item none of whose ids changes is kept as it is: records are frozen, and
        # most ids of a batch map to themselves)
        changes = {k: new(getattr(item, k)) for k in keys}
        if all(v == getattr(item, k) for k, v in changes.items()):
            return item
        return replace(item, **changes)

    return replace(record, **{part: tuple(renamed(item, *keys) for item in getattr(record, part))
                              for part, keys in ENTITY_ID_FIELDS.items()})


def resolve(extractions: Sequence[Extraction]) -> list[Extraction]:
    """Corpus-wide ids for a whole collection at once."""
    records, _ = Resolver().add(extractions)
    return records
