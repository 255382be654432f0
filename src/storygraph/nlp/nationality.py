"""Whose country a body is, as the text writes it ("France's Snecma", "the French
engine maker Snecma"), so that a description with a country ("The US company") never
resolves to a body the text gives another country."""
from __future__ import annotations

from typing import Optional

from .gazetteer import demonym_country, places
from .name_keys import normalise, slug

_POSSESSIVE = ("'s", "\u2019s")


def country_of(mention) -> Optional[str]:
    """The country id a place's or a people's mention names ("US", "French"), else None."""
    if mention.label == "GPE":
        return mention.entity
    if mention.label == "NORP":
        country = demonym_country(places(), normalise(mention.text))
        return slug(country) if country else None
    return None


def names_a_country(mention) -> bool:
    """Whether a mention is a country's name or its people's word ("US", "Israeli"), not a
    city's ("a Dublin school") or a body the tagger took for a place ("a Delta
    spokesperson")."""
    gaz = places()
    key = normalise(mention.text)
    if mention.label == "NORP":
        return demonym_country(gaz, key) is not None
    return mention.label == "GPE" and (key in gaz.countries or key.replace(" ", "") in gaz.countries)


def _mention_ending(mentions, char: int):
    return next((m for m in mentions if m.end == char), None)


def countries_written_with(doc, mentions, entity: str) -> set:
    """The countries set right before the body's mentions: a possessive ("France's
    Snecma") or a people's word ("French Snecma")."""
    out = set()
    by_char = {t.idx: t for t in doc}
    for m in mentions:
        if m.entity != entity or m.start not in by_char:
            continue
        tok = by_char[m.start]
        if tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if prev.text in _POSSESSIVE:
            owner = _mention_ending(mentions, prev.idx)
        else:
            owner = _mention_ending(mentions, prev.idx + len(prev.text))
            owner = owner if owner is not None and owner.label == "NORP" else None
        country = country_of(owner) if owner is not None and owner.entity != entity else None
        if country is not None:
            out.add(country)
    return out


def phrase_country(inside, head) -> Optional[str]:
    """The country a description names before its noun ("The US company"), else None."""
    return next((c for m in inside if m.end <= head.idx
                 for c in (country_of(m),) if c is not None), None)


def disagrees(doc, mentions, country: Optional[str], entity: Optional[str]) -> bool:
    """Whether the text gives the body a country other than the description's."""
    if country is None or entity is None:
        return False
    written = countries_written_with(doc, mentions, entity)
    return bool(written) and country not in written


#: Words that point back to the country a text is about ("the country's government").
COUNTRY_WORDS = frozenset(("country", "nation"))


def country_pointed_to(mentions, head, governing) -> Optional[str]:
    """"Chinese authorities closed … cafes, the country's government said": a governing
    body (a ``governing`` noun) of "the country" is the government of the country the
    text named last before it (its name or its people's word), which speaks for it as
    "the Chinese government" does. None where the phrase says no such thing or no country
    was named before."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in governing:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"
                  and c.lemma_.lower() in COUNTRY_WORDS
                  and c.i > 0 and c.doc[c.i - 1].lower_ in ("the", "this")),
                 None)
    if owner is None:
        return None
    before = [(m.end, c) for m in mentions if m.end <= owner.idx and names_a_country(m)
              for c in (country_of(m),) if c is not None]
    return max(before)[1] if before else None
