"""Entity mentions within one document: spaCy's names, typed by vote, linked locally.

``find_mentions(doc)`` returns the document's name mentions with a document-local
entity id: mentions with the same normalised text share one, and a surname or partial
name ("Lavrov") joins the full name it is part of ("Sergei Lavrov"). The type of a name
is the majority over its mentions, so a stray ORG tag on one "Lavrov" is outvoted.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from spacy.language import Language

from ..types import Entity

#: spaCy labels that are names (the contract's labels); numbers and dates are not.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW",
               "WORK_OF_ART", "LANGUAGE"}
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def normalise(name: str) -> str:
    """Lower case, no accents, no leading article or trailing possessive."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", _LEADING.sub("", text.strip()))
    return " ".join(re.findall(r"\w+", text.lower()))


def slug(name: str) -> str:
    return normalise(name).replace(" ", "-") or "entity"


def _country_names() -> frozenset:
    """Names of countries (pycountry's ISO 3166 data): a country is a GPE, whatever the
    small model's tag on one sentence says."""
    import pycountry
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(normalise(value))
    return frozenset(names)


_COUNTRIES: frozenset = frozenset()


def _is_country(key: str) -> bool:
    global _COUNTRIES
    if not _COUNTRIES:
        _COUNTRIES = _country_names()
    return key in _COUNTRIES


def _trim(doc, ent):
    """The mention without a leading article or trailing possessive marker."""
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end] if end > start else None


def find_mentions(doc) -> list[Entity]:
    spans = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        span = _trim(doc, ent)
        if span is None or not normalise(span.text):
            continue
        spans.append((span, ent.label_))
    votes: dict[str, Counter] = defaultdict(Counter)
    for span, label in spans:
        votes[normalise(span.text)][label] += 1
    # A partial name joins the longest full name that ends or starts with it.
    full_names = sorted({k for k in votes if " " in k}, key=len, reverse=True)
    owner: dict[str, str] = {}
    for key in votes:
        owner[key] = key
        if " " in key:
            continue
        for full in full_names:
            words = full.split()
            if key in (words[-1], words[0]) and votes[full].most_common(1)[0][0] in ("PERSON", "ORG"):
                owner[key] = full
                break
    cluster_votes: dict[str, Counter] = defaultdict(Counter)
    for key, counter in votes.items():
        cluster_votes[owner[key]].update(counter)
    out = []
    for span, label in spans:
        key = owner[normalise(span.text)]
        voted = "GPE" if _is_country(key) else cluster_votes[key].most_common(1)[0][0]
        # A demonym stays NORP whatever its cluster says.
        final = label if label == "NORP" else voted
        out.append(Entity(span.start_char, span.end_char, span.text, final, slug(key)))
    return out


@Language.factory("storygraph_entities", requires=["doc.ents"], assigns=["doc._.mentions"])
def make_entities(nlp, name):
    def component(doc):
        doc._.mentions = find_mentions(doc)
        return doc
    return component
