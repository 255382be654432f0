"""French verb forms that the English-shaped view (nlp/relations_fr_view.py) must show
the English reader: the future and the conditional, which English writes with "will"
and "would" but French in the verb's ending, and the modal verbs, which English writes
as auxiliaries but French as verbs with an infinitive.

spaCy's French model often tags a future as a present ("défendrai": Tense=Pres) and a
subjunctive as a conditional ("puissent": Mood=Cnd), so the tense is read from the form:
the future and the conditional are the only French tenses built on the infinitive's
stem ("signer" -> "signera", "signerait"; "défendre" -> "défendra").
"""
from __future__ import annotations

from typing import Optional

_FUTURE = ("ai", "as", "a", "ons", "ez", "ont")
_CONDITIONAL = ("ais", "ait", "ions", "iez", "aient")
#: Verbs whose future stem is not their infinitive's.
_STEMS = {
    "être": "ser", "avoir": "aur", "faire": "fer", "aller": "ir", "pouvoir": "pourr",
    "devoir": "devr", "voir": "verr", "envoyer": "enverr", "renvoyer": "renverr",
    "savoir": "saur", "vouloir": "voudr", "falloir": "faudr", "valoir": "vaudr",
    "courir": "courr", "mourir": "mourr", "acquérir": "acquerr", "cueillir": "cueiller",
    "asseoir": "assiér",
}


def _stems(lemma: str) -> set[str]:
    if lemma in _STEMS:
        return {_STEMS[lemma]}
    base = lemma[:-1] if lemma.endswith("re") else lemma
    out = {base}
    if lemma.endswith("enir"):          # tenir, venir, obtenir -> tiendr, viendr, obtiendr
        out.add(lemma[:-4] + "iendr")
    if lemma.endswith("cueillir"):      # accueillir -> accueiller
        out.add(lemma[:-2] + "er")
    if lemma.endswith("cevoir"):        # recevoir, percevoir -> recevr
        out.add(lemma[:-6] + "cevr")
    if lemma.endswith("yer"):           # employer -> emploier, payer -> paier
        out.add(lemma[:-3] + "ier")
    if lemma.endswith(("eler", "eter")):  # appeler -> appeller, jeter -> jetter
        out.add(lemma[:-2] + lemma[-3] + "er")
    if len(lemma) > 4 and lemma.endswith("er") and lemma[-4] in "eé":
        out.add(lemma[:-4] + "è" + lemma[-3:])  # lever -> lèver, acheter -> achèter
    return out


def tense(tok) -> Optional[str]:
    """"future" or "conditional" for a verb or auxiliary in one of those tenses, read
    from its form, else None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    form, lemma = tok.lower_, tok.lemma_.lower()
    if lemma.startswith(("s'", "s’", "se ")):
        lemma = lemma[2:].strip()
    for stem in _stems(lemma):
        if form.startswith(stem) and len(form) > len(stem):
            rest = form[len(stem):]
            if rest in _CONDITIONAL:
                return "conditional"
            if rest in _FUTURE:
                return "future"
    return None


#: Modal verbs before an infinitive, as the English auxiliary: "pouvoir" is "can" (in
#: the present) or "could"; "devoir" is "must", or "should" in the conditional.
def modal(tok) -> Optional[str]:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in ("pouvoir", "devoir"):
        return None
    if not any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") and c.i > tok.i
               for c in tok.children):
        return None
    when = tense(tok)
    if lemma == "devoir":
        return "should" if when == "conditional" else "must"
    present = when is None and "Pres" in tok.morph.get("Tense") and "Fin" in tok.morph.get("VerbForm")
    return "can" if present else "could"


#: A verb and the bare noun it takes as one event ("rendre visite à": to visit):
#: (verb lemma, noun lemma) -> the English verb.
LIGHT_VERBS = {
    ("rendre", "visite"): "visit", ("porter", "plainte"): "sue", ("mettre", "garde"): "warn",
    ("faire", "appel"): "appeal", ("prendre", "part"): "attend", ("donner", "accord"): "agree",
    ("faire", "pression"): "press", ("lancer", "appel"): "appeal", ("passer", "accord"): "agree",
    ("apporter", "soutien"): "support",
    ("apporter", "appui"): "support", ("prêter", "main-forte"): "help",
    ("ouvrir", "feu"): "shoot", ("déclarer", "guerre"): "attack",
}


def light_noun(verb) -> Optional[object]:
    """The noun that makes ``verb`` one event with it ("rendre visite", "porter
    plainte", "apporter son soutien"), or None."""
    for c in verb.children:
        if c.dep_ == "obj" and (verb.lemma_.lower(), c.lemma_.lower()) in LIGHT_VERBS:
            return c
    return None


def sense(verb) -> Optional[str]:
    """The English verb a French one is in its construction, where that differs from
    its plain sense (nlp/cues_fr_en.py): "condamner à" is to sentence ("condamné à la
    prison à vie"), not to condemn; "inviter à" faire is to ask."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB" and lemma == "inviter" and any(
            c.dep_ == "xcomp" and any(m.dep_ == "mark" and m.lower_ in ("à", "a") for m in c.children)
            for c in verb.children):
        # "a invité Mme May à renoncer": asked her to; "inviter X" stays invite. Not
        # "urge", which is plain-spoken in any copy: "a invité Vettel à attaquer" is a race
        return "request"
    if verb.pos_ == "VERB" and lemma == "déclarer" and not any(
            c.dep_ == "obj" and c.pos_ == "NOUN" for c in verb.children):
        # "a déclaré que", "…, a déclaré X": to say; "déclarer la guerre", "déclarer
        # l'état d'urgence" stay declare
        return "say"
    if verb.pos_ != "VERB" or lemma != "condamner":
        return None
    # the sentence may hang from the verb or, as the parser often has it, from the
    # condemned ("a condamné Barnes à la prison": "prison" a modifier of "Barnes")
    after = [c for c in verb.children if c.i > verb.i]
    after += [g for c in after if c.dep_ == "obj" for g in c.children if g.dep_ == "nmod"]
    if any(g.dep_ in ("case", "mark") and g.lower_ in ("à", "au", "aux")
           and c.lemma_.lower() != "fois"  # "condamnant à la fois X et Y": both
           for c in after for g in c.children):
        return "sentence"
    return None
