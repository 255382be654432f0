"""Framing: the words a text uses for an entity, from the parse.

``find_descriptors(doc, mentions, quotes)`` collects, for each named mention,
- appositions: `Wagner, a private military company` / `the private military company, Wagner`;
- modifiers: the noun a name qualifies, `Russia's Wagner mercenary group` → "mercenary group";
- titles: `Foreign Minister Sergei Lavrov` → "Foreign Minister";
- predicates: `Wagner is a proxy`, `Wagner members are working there as instructors`
  → "proxy", "instructors".
Inside a quote, the descriptor is the speaker's wording (``speaker_entity``); else the
outlet's. Determiners and possessives are left out of the words.
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language

from ..types import Descriptor, Entity, Quote, Span

_KINDS = {"PERSON", "ORG", "GPE", "NORP"}
_SKIP = {"DET", "PRON", "PUNCT", "PART", "ADP", "CCONJ", "SPACE"}
_NAMES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "CARDINAL", "TIME"}


def _words(tokens) -> Optional[tuple[int, int]]:
    """Char range of the content words among ``tokens`` (contiguous run), or None."""
    # Other names and their possessive marks are not the description ("Russia's").
    kept = [t for t in tokens if t.pos_ not in _SKIP and t.ent_type_ not in _NAMES
            and t.tag_ != "POS"]
    if not kept:
        return None
    return kept[0].idx, kept[-1].idx + len(kept[-1].text)


def _phrase(tok, stop: set[int]):
    """A noun's phrase (its left modifiers and itself), without tokens in ``stop``."""
    return [t for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.i not in stop]


def find_descriptors(doc, mentions: Optional[list[Entity]] = None,
                     quotes: Optional[list[Quote]] = None) -> list[Descriptor]:
    out: list[Descriptor] = []
    seen = set()

    def speaker_of(start: int) -> Optional[str]:
        for q in quotes or ():
            if q.content.start <= start < q.content.end:
                return q.speaker_entity
        return None

    def add(m: Entity, rng, kind: str, sentence):
        if rng is None:
            return
        s, e = rng
        if s < m.end and m.start < e:  # never the name itself
            return
        key = (m.entity, s, e)
        if key in seen or e - s < 3:
            return
        seen.add(key)
        out.append(Descriptor(entity=m.entity, span=Span(s, e, doc.text[s:e]),
                              evidence=Span(sentence.start_char, sentence.end_char, sentence.text),
                              kind=kind, speaker_entity=speaker_of(s)))

    for m in mentions or ():
        if m.label not in _KINDS or not m.entity:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        own = {t.i for t in span}
        head = span.root
        sentence = head.sent
        for child in head.children:
            if child.dep_ == "appos":
                add(m, _words(_phrase(child, own)), "apposition", sentence)
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            add(m, _words(_phrase(head.head, own)), "apposition", sentence)
        # "Wagner mercenary group"; not "Wagner's revolt" (a possession, not a description).
        if head.dep_ in ("compound", "nmod") and head.head.pos_ == "NOUN":
            noun = head.head
            tokens = [t for t in doc[head.i + 1:noun.i + 1] if t.i not in own]
            add(m, _words(tokens), "modifier", sentence)
        if m.label == "PERSON":
            titles = [t for t in doc[head.left_edge.i:span.start]
                      if t.dep_ == "compound" and t.pos_ in ("PROPN", "NOUN") and t.i not in own
                      and not t.ent_type_]
            if titles:
                add(m, (titles[0].idx, titles[-1].idx + len(titles[-1].text)), "title", sentence)
        # Predicates of the name or of the noun it qualifies.
        subject = head.head if head.dep_ in ("compound", "poss") and head.head.dep_ == "nsubj" else head
        if subject.dep_ == "nsubj":
            verb = subject.head
            for child in verb.children:
                if child.dep_ == "attr" and child.pos_ == "NOUN":
                    add(m, _words(_phrase(child, own)), "predicate", sentence)
                if child.dep_ == "prep" and child.lower_ == "as":
                    for obj in child.children:
                        if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                            add(m, _words(_phrase(obj, own)), "predicate", sentence)
    return out


@Language.factory("storygraph_framing", requires=["token.dep"], assigns=["doc._.descriptors"])
def make_framing(nlp, name):
    def component(doc):
        doc._.descriptors = find_descriptors(doc, doc._.mentions, doc._.quotes)
        return doc
    return component
