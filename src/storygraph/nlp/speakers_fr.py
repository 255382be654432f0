"""Who speaks in French: a speaker phrase's entity, for nlp/quotes_fr.py.

A name at the phrase's head, a role tied to a person ("le ministre russe des Affaires
étrangères" after "Sergueï Lavrov, ministre …"), a mention inside the phrase, a
government named by its people's word ("le gouvernement malien": the country), il/elle
for the person the sentence before is about (its subject, of the pronoun's gender where
a title gives one), a name found elsewhere for a word the tagger missed, or a name
found only where it speaks (minted, as English does). Each answer says how it was found,
in the English speaker reader's words (nlp/speakers.py), whose certainty table weighs
the quote's confidence.
"""
from __future__ import annotations

from typing import Optional

from ..types import Entity

PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux"}
#: Capitalised time words the parser may take for a name ("Vendredi, Warren a déclaré").
_TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
               "hier", "aujourd'hui", "demain", "janvier", "février", "mars", "avril", "mai",
               "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
#: Indefinite pronouns, capitalised at a sentence's start: nobody's name.
_INDEFINITES = {"quelqu", "quelqu'un", "quelqu’un", "chacun", "chacune", "personne", "certains",
                "certaines", "plusieurs", "tous", "toutes", "aucun", "aucune", "nul", "autrui"}
#: Collective nouns that speak for a country when a people's word qualifies them.
_BODIES = {"gouvernement", "autorités", "pouvoir", "junte", "diplomatie", "exécutif",
           "présidence", "régime", "ministère"}


class Speakers:
    """Speaker phrase -> entity: a mention at the head, a role tied to a person, a
    mention inside the phrase, or il/elle for the person last named."""

    def __init__(self, mentions, corefs, regions, doc=None):
        self.mentions = sorted((m for m in mentions or [] if m.entity), key=lambda m: m.start)
        self.corefs = [m for m in corefs or [] if m.entity]
        self.regions = regions
        # People named outside quotations; a two-word name the tagger took for a place
        # no gazetteer knows ("Kamala Harris" as LOC) may be one too.
        self.people = [m for m in self.mentions + self.corefs if (m.label == "PERSON" or (
            m.label == "LOC" and len(m.text.split()) >= 2)) and not any(s <= m.start < e for s, e in regions)]
        self.people.sort(key=lambda m: m.start)
        self.gender = _genders(self.people, doc) if doc is not None else {}
        self.minted: list[Entity] = []   # names found only as speakers (see _mint)

    def entity(self, start: int, end: int, head) -> Optional[str]:
        return self.found(start, end, head)[0]

    def found(self, start: int, end: int, head) -> tuple[Optional[str], str]:
        """The speaker's entity and how it was found, in the English speaker reader's
        words (nlp/speakers.py), whose certainty table weighs the quote's confidence."""
        pronoun = head.lower_.lstrip("-") in PRONOUNS
        for group in (self.corefs, self.mentions):
            hit = next((m for m in group if m.start <= head.idx < m.end), None)
            if hit is not None:
                return hit.entity, "pronoun" if pronoun else "named"
        inside = [m for m in self.mentions + self.corefs if start <= m.start and m.end <= end]
        named = [m for m in inside if m.label == "PERSON"]
        if named or inside:
            return (named or inside)[0].entity, "in-phrase"
        if head.lower_ in _BODIES:
            # "le gouvernement malien", "les autorités russes": the country.
            from .entities_fr import demonym_country_fr
            from .name_keys import slug
            country = next((demonym_country_fr(c.text) for c in head.children
                            if c.dep_ == "amod" and demonym_country_fr(c.text)), None)
            if country:
                return slug(country), "body-word"
        if pronoun:
            before = [m for m in self.people if m.end <= start
                      and self.gender.get(m.entity, _gender(head)) == _gender(head)]
            if before:
                return _likeliest(head.doc, before).entity, "pronoun"
        if head.is_title and not pronoun and len(head.text) > 1:
            # A name the tagger missed here (and may not even tag as one: "Ri déclare"
            # gives "Ri" as a verb) but found elsewhere ("Ri Yong Ho"): the one person
            # whose name holds the word.
            owners = {m.entity for m in self.people if head.text in m.text.split()}
            if len(owners) == 1:
                return owners.pop(), "named"
        if head.lower_ in ("je", "j'", "j’", "nous", "on"):
            return None, "none-writer"
        if head.pos_ in ("PRON", "DET") or pronoun:
            return None, "none-pointing"
        minted = self._mint(head)
        if minted is not None:
            return minted, "minted"
        return None, "none-unnamed"

    def _mint(self, head) -> Optional[str]:
        """A name the tagger never found, as a new mention, as English does ("Sainsbury's
        a indiqué", "BPPT a déclaré"): the proper nouns around the head."""
        # (a capitalised subject the tagger read as a verb is an unknown name too:
        # "Sainsbury’" tagged VERB)
        if not (head.pos_ == "PROPN" or (head.dep_.startswith("nsubj") and head.pos_ not in (
                "NOUN", "PRON", "DET", "ADJ", "NUM"))) or not head.text[:1].isupper() \
                or head.lower_ in _TIME_WORDS or head.lower_.rstrip("’'") in _INDEFINITES:
            return None
        doc = head.doc
        a = b = head.i
        while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].head.i == head.i:
            a -= 1
        while b + 1 < len(doc) and doc[b + 1].pos_ == "PROPN" and doc[b + 1].head.i == head.i \
                and doc[b + 1].dep_ == "flat:name":
            b += 1
        start, end = doc[a].idx, doc[b].idx + len(doc[b].text.rstrip("’'"))
        if end - start < 2:
            return None
        from .name_keys import slug
        mention = Entity(start, end, doc.text[start:end], "ORG", slug(doc.text[start:end]))
        self.minted.append(mention)
        self.mentions.append(mention)
        self.mentions.sort(key=lambda m: m.start)
        return mention.entity


_MASCULINE = {"m.", "monsieur", "m"}
_FEMININE = {"mme", "madame", "mlle", "mademoiselle"}


def _gender(tok) -> Optional[str]:
    word = tok.lower_.lstrip("-")
    return "f" if word in ("elle", "elles") else "m" if word in ("il", "ils") else None


def _genders(people: list[Entity], doc) -> dict:
    """Person id -> "m"/"f" where a title says it ("M. Hart", "Mme Schroeder")."""
    out = {}
    for m in people:
        before = doc.text[max(0, m.start - 12):m.start].split()
        word = before[-1].lower() if before else ""
        if word in _MASCULINE or word in _FEMININE:
            out.setdefault(m.entity, "m" if word in _MASCULINE else "f")
    return out


def _likeliest(doc, before: list[Entity]) -> Entity:
    """The person il/elle stands for: of the people named in the last sentence that
    names one, its subject ("Mme Humphreys, une amie de Mme Davis, a perdu Mark. « … »,
    a-t-elle déclaré": Humphreys), else the last named."""
    last = before[-1]
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None:
        return last
    sent = span.sent
    for m in reversed([m for m in before if sent.start_char <= m.start]):
        root = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = root.root if root is not None else None
        while root is not None and root.dep_ in ("appos", "flat:name") and root.head.i != root.i:
            root = root.head
        if root is not None and (root.dep_ in ("nsubj", "nsubj:pass") or not any(
                t.is_alpha for t in doc[sent.start:root.i] if t.lower_ not in _FEMININE | _MASCULINE)):
            return m   # its subject, or the name opening it (parsed as a title's "Mme")
    return last
