"""French readings beyond words said: stances stated with an object, and PolNeAR's broad
readings, which the English quote model writes too.

The English quote model follows PolNeAR's broad convention: besides words said, it
writes a named source's stance over a thing ("accused China of bullying", "denied the
report", "mocked the Conservatives": ``position``) and readings that report nobody's
words for sure ("plans to", "wants", "is looking to", "records showed that": no
attribution kind, hidden by default). A French article and its translation then differ
by those readings unless French writes them as well, over the same constructions:

- a verb of stance with its object or its "de"/"à" complement ("accuse Pékin de …",
  "a nié ces affirmations", "s'est moqué des conservateurs", "a remercié les forces de
  l'ordre pour …"): ``position``;
- any other verb with a subject and a reported infinitive ("prévoit de rendre visite",
  "cherche à recueillir", "veulent un deuxième sommet" has none) or a "que" clause
  ("les données ont démontré que …"): no attribution kind;
- a verb of saying whose object is a thing said, not a clause ("a annoncé sa
  candidature"): no attribution kind.

``broad_readings`` returns candidates; ``quotes_fr.find_quotes_fr`` keeps those whose
words no surer reading of the sentence has claimed.
"""
from __future__ import annotations

from typing import Callable, Iterator, Optional

#: Verbs of stance: what they take as object is the stance's matter ("accuse X de Y").
STANCE = {"accuser", "critiquer", "dénoncer", "condamner", "fustiger", "blâmer", "reprocher",
          "nier", "démentir", "contester", "réfuter", "remercier", "féliciter", "saluer",
          "moquer", "railler", "exhorter", "recommander", "suggérer", "regretter", "déplorer",
          "approuver", "désapprouver", "applaudir", "louer", "soutenir", "défendre",
          "rejeter", "récuser", "mettre en garde", "avertir", "vanter", "qualifier",
          "reconnaître", "revendiquer", "réclamer", "exiger", "souhaiter"}
#: Verbs whose infinitive is no reported thought: modals, aspect, causatives, perception.
_NOT_REPORTING = {"pouvoir", "devoir", "aller", "venir", "falloir", "faire", "laisser", "voir",
                  "entendre", "être", "avoir", "commencer", "continuer", "finir", "arrêter",
                  "cesser", "permettre", "aider", "servir", "rester", "sembler", "paraître",
                  "partir", "sortir", "rentrer", "passer", "mettre", "réussir", "parvenir",
                  "arriver", "apprendre", "obliger", "forcer", "pousser", "inciter", "autoriser"}
_QUE = ("que", "qu'", "qu’")
_MARKS = ("de", "d'", "d’", "à")
_COMPLEMENTS = ("obj", "obl:arg", "iobj", "xcomp", "ccomp")

Candidate = tuple[tuple[int, int], object, object, Optional[str], float]


def _negated(verb) -> bool:
    return any(c.lower_ in ("pas", "jamais", "guère") for c in verb.children)


def _content(verb, heads) -> Optional[tuple[int, int]]:
    """The words of ``heads`` (dependents after the verb), their marks left out."""
    toks = sorted((t for h in heads for t in h.subtree if t.i > verb.i), key=lambda t: t.i)
    while toks and (toks[0].lower_ in _QUE + _MARKS or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _lemma_phrase(tok, lemma: Callable) -> str:
    """"mettre en garde" from "a mis en garde", else the verb's lemma."""
    word = lemma(tok)
    if word == "mettre" and any(c.lower_ == "garde" for c in tok.children):
        return "mettre en garde"
    return word


def broad_readings(doc, regions, lemma: Callable, subject: Callable, inside: Callable,
                   speech: set, position: set) -> Iterator[Candidate]:
    """(content, cue token, subject token, attribution, confidence) for each stance with
    an object and each broad reading of ``doc``; ``lemma``, ``subject`` and ``inside``
    are quotes_fr's (a verb's infinitive, its subject, a quotation around an offset)."""
    for tok in doc:
        if tok.pos_ != "VERB" or inside(tok.idx, regions) or _negated(tok):
            continue
        word = _lemma_phrase(tok, lemma)
        after = [c for c in tok.children if c.i > tok.i and c.dep_ in _COMPLEMENTS]
        if not after:
            continue
        subj = subject(tok)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        clause = next((c for c in after if c.dep_ in ("ccomp", "xcomp", "obj") and any(
            m.lower_ in _QUE and m.i < c.i for m in c.children)), None)
        infinitive = next((c for c in after if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                           and "Inf" in c.morph.get("VerbForm")), None)
        if word in STANCE:
            content = _content(tok, after)
            if content is not None:
                yield content, tok, subj, "position", 0.6
            continue
        if word in speech or word in position:
            # Its clauses and quotations are quotes_fr's; an infinitive quotes_fr leaves
            # ("prévoit de rendre visite") or a thing said ("a annoncé sa candidature")
            # is a broad reading.
            nouns = [c for c in after if c.dep_ == "obj" and c.pos_ == "NOUN"]
            heads = [infinitive] if infinitive is not None else nouns
            content = _content(tok, heads) if clause is None and heads else None
            if content is not None:
                yield content, tok, subj, None, 0.3
            continue
        if word in _NOT_REPORTING:
            continue
        reported = clause if clause is not None else infinitive
        if reported is not None:
            content = _content(tok, [reported])
            if content is not None:
                yield content, tok, subj, None, 0.3
