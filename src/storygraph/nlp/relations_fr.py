"""Who did what to whom in French text: the trained relation model reads the French parse.

English relations come from a model trained on PLV's English events and from parse rules
(nlp/relations.py). French has no coded events to train on, so the same model and rules
read a French sentence through an English-shaped view of its parse
(nlp/relations_fr_view.py: UD labels as ClearNLP's, Penn tags from the morphology, the
PLOVER cue words in English): both languages' relations are then made, checked and given
a confidence by one reader, and an article and its translation can agree. What French
adds is below: uses of an event verb that French grammar shows to be no event.
"""
from __future__ import annotations

from typing import Optional

from ..types import Entity, Quote, Relation

#: French event verbs by PLOVER type: those whose uses ``_not_the_event`` checks.
LEXICON = {
    **dict.fromkeys("signer ratifier conclure entendre engager".split(), "AGREE"),
    **dict.fromkeys("rencontrer visiter recevoir consulter négocier discuter".split(), "CONSULT"),
    **dict.fromkeys("soutenir appuyer approuver saluer défendre féliciter".split(), "SUPPORT"),
    **dict.fromkeys("concéder céder excuser".split(), "CONCEDE"),
    **dict.fromkeys("coopérer collaborer recruter embaucher associer".split(), "COOPERATE"),
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
#: What one signs as an agreement.
_AGREEMENTS = {"accord", "traité", "contrat", "convention", "pacte", "protocole", "déclaration",
               "mémorandum", "charte", "texte", "cessez-le-feu", "armistice", "entente", "loi",
               "décret", "partenariat", "alliance", "compromis", "paix"}

#: Verbs that are their event only reflexive.
_REFLEXIVE_ONLY = frozenset("associer entendre engager".split())

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
        # "appeler X à" (to call on), "appeler au calme", not "appeler au 116 123"
        return not any(t.lower_ in ("à", "au", "aux") and not t.head.like_num
                       and t.head.lemma_.lower() not in ("numéro", "téléphone")
                       for c in kids if c.i > verb.i
                       for t in c.subtree if t.dep_ in ("mark", "case"))
    if lemma == "signer":
        # "a signé un accord", not "a signé un joli doublé" (a sports result).
        return any(c.dep_ == "obj" and c.pos_ != "PROPN" and c.lemma_.lower() not in _AGREEMENTS
                   for c in kids)
    if lemma == "avertir" and (verb.dep_ == "acl" or any(
            c.dep_ in ("aux:pass", "obl:agent") for c in kids)):
        return True   # "Avertie par des voisines": told, not warned off
    if lemma in _REFLEXIVE_ONLY:
        # "s'associer à": to partner, "s'entendre sur": to agree, "s'engager à": to
        # pledge; "associé à la Brookings" (a fellow), "faire entendre leur voix",
        # "engager des poursuites" are none of these
        return not any(c.dep_ == "expl:comp" for c in kids)
    return lemma == "soutenir" and any(
        c.dep_ in ("ccomp", "obj") and any(t.lower_ in ("que", "qu'", "qu’") for t in c.children)
        for c in kids)


def relations_fr(doc, mentions: Optional[list[Entity]] = None,
                 quotes: Optional[list[Quote]] = None, model=None,
                 trust=None) -> list[Relation]:
    """The relations of a French ``doc``: ``relations.find_relations`` (the model and the
    English parse rules, their checks and confidences, with ``trust`` the calibrated
    confidence as in English) on the English-shaped view of its parse, with French's
    non-events given as foreign words, mapped back onto the French text."""
    from .relation_model import load_model
    from .relations import find_relations
    from .relations_fr_view import back_to_french, english_view, view_mentions, view_quotes

    view = english_view(doc, not_events(doc, mentions))
    vmentions, back = view_mentions(doc, view, mentions)
    vquotes = view_quotes(doc, view, quotes)
    # The trust reads the ends' kinds and whether the event word is quoted off the
    # doc, as on an English doc the pipeline has filled: without them every French end
    # would be of no kind and no event quoted, and a shared event shown on one side.
    view._.mentions, view._.quotes = vmentions, vquotes
    reader = _ReadingFrench(model or load_model(), doc.text)
    return back_to_french(doc, view, find_relations(view, vmentions, vquotes, model=reader,
                                                    trust=trust), back)


class _ReadingFrench:
    """The relation model reading one French article: the article's kind is read from
    the English words its French ones stand for (nlp/kind_fr.py), not from the view's
    text, whose foreign words the context reader does not know (it would take every
    French match report for hard news); everything else is the model's."""

    def __init__(self, model, text: str):
        from .kind_fr import context_text
        self._model, self._context = model, context_text(text)

    def quiet(self, text: str) -> float:
        return self._model.quiet(self._context)

    def __getattr__(self, name):
        return getattr(self._model, name)


def not_events(doc, mentions=None) -> frozenset:
    """The French event verbs whose use here is no event: "retirer" not reflexive; an
    assault, a detention or aid with no named victim or recipient ("a frappé sept
    minutes avant la pause", "détient un record"); and the uses ``_not_the_event``
    names."""
    starts = sorted(m.start for m in mentions or ())

    def named(c) -> bool:
        # the object itself or the name it stands for ("le joueur Dyteon Simpson", "le
        # fils de Sarah Palin"), not a name further down its phrase ("un suspect du tir
        # qui a entraîné le décès de Wayde Sims": the suspect is arrested)
        near = [c, *(g for g in c.children if g.dep_ in ("flat:name", "appos", "nmod", "amod"))]
        return any(t.idx in starts for n in near for t in (n, *(
            g for g in n.children if g.dep_ == "flat:name")))

    def named_object(verb, kind) -> bool:
        for c in verb.children:
            if c.dep_ in ("obj", "iobj", "nsubj:pass") and named(c):
                return True
            # aid goes to someone ("fournir des armes au Mali"), fire at someone ("tirer
            # sur", "contre"); a detainee is the object, never where or with what
            cases = {g.lower_ for g in c.children if g.dep_ == "case"}
            # (an oblique with no preposition is an object the parser mislabelled:
            # "n'a pas attaqué Kiev" with "Kiev" an obl:mod)
            if c.dep_.startswith("obl") and c.dep_ != "obl:agent" and named(c) and (
                    not cases or kind == "AID" and cases & {"à", "au", "aux", "pour"}
                    or kind == "ASSAULT" and cases & {"sur", "contre"}):
                return True
        return False

    out = set()
    for t in doc:
        kind = LEXICON.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
        if kind is None:
            continue
        if (_not_the_event(t)
                or (kind == "RETREAT" and not any(c.dep_ == "expl:comp" for c in t.children))
                or (kind in ("AID", "COERCE", "ASSAULT") and not named_object(t, kind))):
            out.add(t.i)
    return frozenset(out)


def make_relations_fr(nlp):
    """The ``storygraph_relations`` component of a French pipeline: the confidence is
    the English one's (the trust by default, docs/relations.md), so that a threshold
    shows the same events in both languages."""
    from ..settings import Settings
    from .relation_trust import load_trust

    trust = load_trust() if Settings.load().relation_confidence == "trust" else None

    def component(doc):
        doc._.relations = relations_fr(doc, doc._.mentions, doc._.quotes, trust=trust)
        return doc
    return component
