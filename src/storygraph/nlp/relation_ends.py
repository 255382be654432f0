"""Which named mentions can be a relation's ends at all, read on the parse before the
rankers choose (docs/relations.md, "Ends"): a place that is only where a meeting was held,
and a name that only says whose or where the acting noun is. Pure functions of spaCy
tokens, used by ``relations._actors`` and by the trust's features alike.
"""
from __future__ import annotations

#: Prepositions of where or at what an event took place ("talks in Germany", "signed at
#: the Truman Library"); "at" names a setting in any event, "in" only in a meeting:
#: PLV codes the place "in" which a ceasefire, aid or an attack falls as its target.
_WHERE = frozenset("in at inside near within".split())
_PLACES = frozenset("GPE LOC FAC".split())
#: Verbs that only carry an event noun ("held talks in Germany").
_LIGHT = frozenset("hold have conduct begin open start resume continue".split())


def a_place(trig, head, label: str, kind: str) -> bool:
    """Whether a named place is only where the event happened: the object of "at" hung
    on the event word (or on the verb that carries it), or of "in" for a meeting (PLV's
    CONSULT): "held talks in Germany" names no one Germany met."""
    if label not in _PLACES or head.dep_ != "pobj":
        return False
    prep = head.head
    word = prep.lower_
    if word not in _WHERE or (word != "at" and kind != "CONSULT"):
        return False
    on = prep.head
    if on.i == trig.i:
        return True
    # the verb the event noun is the object of ("held talks in Germany")
    return trig.head.i == on.i and trig.dep_ in ("dobj", "nsubjpass") and \
        on.lemma_.lower() in _LIGHT


def qualified(trig, head):
    """The common noun a named mention only qualifies ("[Miami] relatives", "Mali's
    government", "Islamic schools"), or None: a compound, adjective or possessor of a
    noun that is not the event word itself ("the Mali visit" names the visited)."""
    if head.dep_ not in ("compound", "amod", "poss", "nmod") or head.head.i == head.i:
        return None
    noun = head.head
    while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head  # "Mali's [junta] leaders"
    if noun.i == trig.i or noun.pos_ != "NOUN":
        return None
    return noun


def qualifies_agent(trig, head, label: str, agents: frozenset) -> bool:
    """Whether a mention may be who acted: not when a place's name only qualifies a
    noun that PLV never codes as acting for such a name ("Miami relatives demanded", "a
    UK producer accused", "U.S. subsidiary agreed"), learnt as ``agents``
    (relations_train.agent_nouns); "U.S. officials" act for the US. A people or a
    possessor stays ("Syrian rebels", "Mali's government"): PLV codes those as the actor
    whatever the noun (cross-validation lost source accuracy when they gave way).
    Without a learnt list every mention may."""
    if not agents or label not in _PLACES or head.dep_ != "compound":
        return True
    noun = qualified(trig, head)
    return noun is None or noun.lemma_.lower() in agents
