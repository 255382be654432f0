"""What the parse says of an event word's ends, read alike by the parse rules
(nlp/relation_rules.py), the model's features (nlp/relation_features.py) and the model's
decoding (nlp/relations.py): a verb's subjects and objects, the actor a noun phrase names,
who reports the event. Apart so that none of the three imports another for them.
"""
from __future__ import annotations

from typing import Optional

from ..types import Entity
from .relation_checks import agent_noun

TARGET_PREPS = {"to", "with", "against", "on", "at"}
# Demonyms ("Russian forces") say too little about who acted to make an edge.
_ACTORS = {"PERSON", "ORG", "GPE"}
# "denied to Reuters", "complained to the UN": `to` names who is told, not the target.
TO_IS_ADDRESSEE = {"deny", "reject", "accuse", "blame", "allege", "complain", "protest", "warn"}
#: Nouns of agreement whose "with" names the other party ("signed a deal with X").
_PACTS = frozenset("deal agreement accord pact treaty contract memorandum settlement".split())
_SPEECH = {"say", "tell", "add", "claim", "insist", "state", "report", "announce", "write"}


class Mentions:
    def __init__(self, mentions):
        self.by_char = sorted((m for m in mentions or () if m.label in _ACTORS),
                              key=lambda m: m.start)

    def of(self, tok) -> Optional[Entity]:
        """The actor a noun phrase names: its head's mention, else one in its modifiers."""
        if tok is None:
            return None
        for m in self.by_char:
            if m.start <= tok.idx < m.end:
                return m
        # "Russia's foreign minister Sergey Lavrov": the person the phrase names.
        phrase = tok.doc[tok.left_edge.i:tok.i + 1]
        for m in self.by_char:
            if m.label == "PERSON" and phrase.start_char <= m.start and m.end <= phrase.end_char:
                return m
        # "Labour's election chief Alan Milburn" (Milburn in apposition): the person.
        for child in tok.children:
            if child.dep_ == "appos":
                for m in self.by_char:
                    if m.label == "PERSON" and m.start <= child.idx < m.end:
                        return m
        # "Mali's government", "Russian forces": a named modifier of the head noun
        # (not "a Deutsche Boerse shareholder": no one acts for the firm there).
        named = []
        for child in (tok.children if agent_noun(tok) else ()):
            if child.dep_ in ("poss", "compound", "amod", "nmod") or (
                    child.dep_ == "prep" and child.lower_ in ("of", "from", "by")):
                for t in ([child] if child.dep_ != "prep" else list(child.children)):
                    named.extend((child.dep_ == "amod", m) for m in self.by_char
                                 if m.start <= t.idx < m.end)
        # "the Middle Eastern sheikhdom of Qatar": what the phrase is of, not its adjective
        return min(named, key=lambda x: x[0])[1] if named else None


def _conjuncts(tok) -> list:
    return [tok] + [c for c in tok.conjuncts if c.i > tok.i]


def subjects_of(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                return child.dep_ == "nsubjpass", [verb.head]  # "France, which has …"
            return child.dep_ == "nsubjpass", _conjuncts(child)
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        return subjects_of(verb.head)
    if verb.dep_ in ("pcomp", "pobj", "acomp", "prep") and verb.head.i != verb.i:
        return subjects_of(verb.head)  # "is close to hiring": the subject of "is"
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        # "bids for Reid rejected by the club": a participle is passive, its noun the object
        return verb.dep_ == "acl" and verb.tag_ == "VBN", [verb.head]
    return False, []


def objects_of(verb) -> list:
    out = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj"):
            out.extend(_conjuncts(child))
            if child.lemma_.lower() in _PACTS:  # "signed a deal with Tanzania"
                out.extend(g for p in child.children if p.dep_ == "prep" and p.lower_ == "with"
                           for g in p.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS and not (
                child.lower_ == "to" and verb.lemma_.lower() in TO_IS_ADDRESSEE):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    if not out:  # "help Bamako improve …": the subject of the clause it governs
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp"):
                out.extend(c for c in child.children if c.dep_ == "nsubj")
    return out


def reporter_of(verb, mentions: Mentions) -> Optional[str]:
    """Who reports the event when its clause is reported speech ("X said Y attacked Z")."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj", "xcomp") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in _SPEECH | {"accuse", "allege"}:
            _, subjects = subjects_of(tok)
            m = mentions.of(subjects[0]) if subjects else None
            return m.entity if m else None
    return None
