"""Who did what to whom in French text: PLOVER events from verbs of a small lexicon.

The French counterpart of ``relations.rule_relations``: a verb of the lexicon below
("accuse", "rejette", "menace", "condamne", "soutient", "signe un accord", …), its
subject as the source and its object — or the object of "à", "avec", "contre", "sur" —
as the target, each the entity mentioned there. An edge needs a named end; a passive
("a été accusé par X") swaps the ends; a negated verb ("n'a pas attaqué") sets
``negated``; a relation inside a quote records the quote's speaker as its reporter.
"""
from __future__ import annotations

from typing import Optional

from ..types import Entity, Quote, Relation, Span
from .relations import RULE_FLOOR

#: Verb lemma -> PLOVER type, the English lexicon's verbs in French.
LEXICON = {
    **dict.fromkeys("signer ratifier conclure".split(), "AGREE"),
    **dict.fromkeys("rencontrer visiter recevoir consulter négocier discuter".split(), "CONSULT"),
    **dict.fromkeys("soutenir appuyer approuver saluer défendre féliciter".split(), "SUPPORT"),
    **dict.fromkeys("concéder céder excuser".split(), "CONCEDE"),
    **dict.fromkeys("coopérer collaborer recruter embaucher".split(), "COOPERATE"),
    **dict.fromkeys("aider assister fournir financer armer former livrer".split(), "AID"),
    **dict.fromkeys("retirer évacuer".split(), "RETREAT"),
    **dict.fromkeys("demander exhorter réclamer exiger appeler".split(), "REQUEST"),
    **dict.fromkeys("accuser blâmer reprocher critiquer condamner dénoncer inculper".split(), "ACCUSE"),
    **dict.fromkeys("démentir rejeter refuser nier écarter opposer".split(), "REJECT"),
    **dict.fromkeys("menacer avertir".split(), "THREATEN"),
    **dict.fromkeys("protester boycotter manifester".split(), "PROTEST"),
    **dict.fromkeys("sanctionner interdire expulser".split(), "SANCTION"),
    **dict.fromkeys("mobiliser déployer".split(), "MOBILIZE"),
    **dict.fromkeys("arrêter détenir saisir confisquer contraindre".split(), "COERCE"),
    **dict.fromkeys("attaquer bombarder envahir tuer frapper pilonner".split(), "ASSAULT"),
}
_TARGET_CASES = {"à", "avec", "contre", "sur", "au", "aux"}
_ACTORS = {"PERSON", "ORG", "GPE"}


class _Mentions:
    def __init__(self, mentions):
        self.by_char = sorted((m for m in mentions or () if m.label in _ACTORS and m.entity),
                              key=lambda m: m.start)

    def of(self, tok) -> Optional[Entity]:
        if tok is None:
            return None
        for m in self.by_char:
            if m.start <= tok.idx < m.end:
                return m
        # "le ministre russe Sergueï Lavrov": the name inside the phrase.
        for t in tok.subtree:
            if t.dep_ in ("appos", "flat:name", "nmod") and t.head.i == tok.i:
                for m in self.by_char:
                    if m.start <= t.idx < m.end:
                        return m
        return None


_RELATIVES = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}


def _subjects(verb, depth: int = 0) -> list:
    """The verb's subjects: its own (or its auxiliary's); for "qui" in a relative
    clause, the noun it qualifies; else, as in English, those of the verb it depends
    on ("tente d'aider X", "après avoir accusé X", "en cédant …": the main verb's)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    aux = [c for c in verb.children if c.pos_ == "AUX"]
    subjects += [c for a in aux for c in a.children if c.dep_ == "nsubj"]
    if subjects:
        if verb.dep_ == "acl:relcl" and subjects[0].lower_ in _RELATIVES:
            return [verb.head]
        return subjects
    if depth < 3 and verb.head.i != verb.i and verb.dep_ in ("xcomp", "conj", "advcl"):
        return _subjects(verb.head, depth + 1)
    if verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]
    return []


def _ends(verb):
    subjects = _subjects(verb)
    objects = [c for c in verb.children if c.dep_ in ("obj", "iobj")]
    for c in verb.children:
        cases = [k for k in c.children if k.dep_ == "case"]
        if c.dep_.startswith("obl") and (any(k.lower_ in _TARGET_CASES for k in cases)
                                         or (not cases and c.pos_ == "PROPN" and c.i > verb.i)):
            objects.append(c)   # "à Bamako", "contre Kiev"; "attaqué Kiev" parsed as obl
    agents = [c for c in verb.children if c.dep_.startswith("obl") and any(
        k.dep_ == "case" and k.lower_ == "par" for k in c.children)]
    passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in verb.children)
    if passive:
        subjects, objects = agents, [c for c in verb.children if c.dep_ == "nsubj:pass"]
    for group in (subjects, objects):
        group.extend(c for t in list(group) for c in t.children if c.dep_ == "conj")
    return subjects, objects


#: What one signs as an agreement.
_AGREEMENTS = {"accord", "traité", "contrat", "convention", "pacte", "protocole", "déclaration",
               "mémorandum", "charte", "texte", "cessez-le-feu", "armistice", "entente", "loi",
               "décret", "partenariat", "alliance", "compromis", "paix"}

_QUESTION_WORDS = {"si", "s'", "s’", "pourquoi", "comment", "quand", "où", "combien", "qui",
                   "quel", "quelle", "quels", "quelles"}


def _not_the_event(verb) -> bool:
    """Uses of a lexicon verb that are not its event: "a demandé si …", "a demandé
    pourquoi" and "…? », a demandé X" (a question); "appeler" without "à" (a phone
    call) or reflexive or passive (a name: "s'appelle", "a été appelé"); "soutenir que"
    (to maintain that: words); "recevoir" without a named guest ("a reçu le ballon")."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "recevoir":
        # The guest is the object or named right by it ("a reçu le président malien
        # Assimi Goïta"), not a name further down ("reçut le soutien de … TPUSA").
        return not any(c.dep_ == "obj" and (c.pos_ == "PROPN" or any(
            t.pos_ == "PROPN" and t.dep_ in ("appos", "flat:name", "nmod") and not any(
                k.dep_ == "case" for k in t.children) for t in c.children)) for c in kids)
    if lemma in ("demander", "interroger"):
        before = [t for t in verb.doc[max(verb.sent.start, verb.i - 4):verb.i] if not t.is_space]
        if any(t.text in ("»", "?", "”") for t in before):
            return True
        if any(c.lower_ in _QUESTION_WORDS and c.i > verb.i for c in kids):
            return True
        return any(c.dep_ in ("ccomp", "obj", "advcl") and c.i > verb.i and any(
            t.lower_ in _QUESTION_WORDS for t in c.subtree if t.i <= c.i) for c in kids)
    if lemma == "appeler":
        if any(c.dep_.startswith("expl") or c.dep_ in ("aux:pass", "nsubj:pass") for c in kids):
            return True
        return not any(t.lower_ in ("à", "au", "aux") for c in kids if c.i > verb.i
                       for t in c.subtree if t.dep_ in ("mark", "case"))
    if lemma == "signer":
        # "a signé un accord", not "a signé un joli doublé" (a sports result).
        return any(c.dep_ == "obj" and c.pos_ != "PROPN" and c.lemma_.lower() not in _AGREEMENTS
                   for c in kids)
    if lemma == "avertir" and (verb.dep_ == "acl" or any(
            c.dep_ in ("aux:pass", "obl:agent") for c in kids)):
        return True   # "Avertie par des voisines": told, not warned off
    return lemma == "soutenir" and any(
        c.dep_ in ("ccomp", "obj") and any(t.lower_ in ("que", "qu'", "qu’") for t in c.children)
        for c in kids)


def find_relations_fr(doc, mentions: Optional[list[Entity]] = None,
                      quotes: Optional[list[Quote]] = None) -> list[Relation]:
    ments = _Mentions(mentions)
    out: list[Relation] = []
    seen = set()
    for verb in doc:
        kind = LEXICON.get(verb.lemma_.lower())
        if kind is None or verb.pos_ != "VERB":
            continue
        if kind == "RETREAT" and not any(c.dep_ == "expl:comp" for c in verb.children):
            continue   # "retirer" is a retreat only as "se retirer"
        if _not_the_event(verb):
            continue
        subjects, objects = _ends(verb)
        sources = [m for m in (ments.of(s) for s in subjects) if m] or [None]
        targets = [m for m in (ments.of(o) for o in objects) if m] or [None]
        if kind in ("AID", "COERCE", "ASSAULT") and targets == [None]:
            continue   # "a frappé sept minutes avant la pause", "détient un record": no victim named
        negated = any(c.lower_ in ("pas", "jamais", "ne", "n'", "n’") and c.dep_ == "advmod"
                      for c in verb.children) and any(c.lower_ in ("pas", "jamais") for c in verb.children)
        sent = verb.sent
        evidence = Span(sent.start_char, sent.end_char, doc.text[sent.start_char:sent.end_char])
        reporter = next((q.speaker_entity for q in quotes or ()
                         if q.content.start <= verb.idx < q.content.end), None)
        for src in sources:
            for tgt in targets:
                if src is None and tgt is None:
                    continue
                if src is not None and tgt is not None and src.entity == tgt.entity:
                    continue
                key = (kind, src and src.entity, tgt and tgt.entity, sent.start)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Relation(
                    type=kind, evidence=evidence,
                    source_entity=src.entity if src else None,
                    target_entity=tgt.entity if tgt else None,
                    negated=negated, reporter_entity=reporter,
                    source=Span(src.start, src.end, src.text) if src else None,
                    target=Span(tgt.start, tgt.end, tgt.text) if tgt else None,
                    confidence=RULE_FLOOR))
    return out


def make_relations_fr(nlp):
    """The ``storygraph_relations`` component of a French pipeline."""
    def component(doc):
        doc._.relations = find_relations_fr(doc, doc._.mentions, doc._.quotes)
        return doc
    return component
