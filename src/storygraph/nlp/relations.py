"""Who did what to whom: events coded in the PLOVER vocabulary, from the parse.

``find_relations`` merges a trained model (a trigger classifier and source/target
rankers, nlp/relation_model.py, features in nlp/relation_features.py, trained by
nlp/relations_train.py on PLV) with the parse rules (``rule_relations``,
nlp/relation_rules.py), and gives each relation a confidence (docs/relations.md).
"""
from __future__ import annotations

import math
from dataclasses import replace
from typing import Optional

from spacy.language import Language

from .extensions import text_of
from .token_table import TokenTable
from ..types import Entity, Quote, Relation, Span
from .relation_checks import (acts_for_itself, hypothetical, in_dateline, nobody_did,
                              plain_spoken, retyped, to_come)
from .relation_checks_news import a_label, holds_the_word, no_guest
from .relation_checks_stance import a_case_name, an_abbreviation
from .relation_ends import a_place, qualifies_agent
from .relation_features import (Actors, actor_features, actor_mentions, candidates, roles,
                                trigger_features)
from .relation_model import RelationModel, load_model
from .relation_parse import Mentions, TO_IS_ADDRESSEE, reporter_of
from .relation_rules import LEXICON, evidence_span, is_question, rule_relations
from .relation_trust import article_actors, article_pairs, load_trust, trust_features


def _log_softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    lse = top + math.log(sum(math.exp(s - top) for s in scores))
    return [s - lse for s in scores]


#: The confidence a relation the parse rules find is given at least (before the
#: article's kind weighs in, below). Every other relation's confidence is the model's
#: probability of its type at its trigger.
RULE_FLOOR = 0.7
_MERGED = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
#: What an event only said to be possible keeps of its confidence ("would consider
#: signing", "may ask", "if she agrees"): stored, shown only with --all. A threat is
#: about the future by nature ("said it would expel him").
HYPOTHETICAL = 0.5


def _possible(trig, kind: str) -> float:
    """An event only possible or still to come keeps half its confidence (stored, not
    shown); a threat is about the future by nature."""
    return HYPOTHETICAL if kind != "THREATEN" and (hypothetical(trig) or to_come(trig)) else 1.0


#: PLV's YIELD is PLOVER's CONCEDE or RETREAT; the store speaks PLOVER, so the model's
#: YIELD is RETREAT where the event word or its phrase is about leaving, else CONCEDE.
_LEAVING = frozenset("withdraw withdrawal retreat evacuate evacuation pull pullout drawdown "
                     "leave exit depart departure relocate redeploy".split())


def _yield_as(trig) -> str:
    words = {trig.lemma_.lower()} | {t.lemma_.lower() for t in trig.children}
    return "RETREAT" if words & _LEAVING else "CONCEDE"


def find_relations(doc, mentions: Optional[list[Entity]] = None,
                   quotes: Optional[list[Quote]] = None,
                   model: Optional[RelationModel] = None, trust=None,
                   explain: Optional[list] = None) -> list[Relation]:
    """The events of each sentence: trigger words scored by the trained classifier, each
    kept event's source and target chosen among the sentence's named mentions, merged
    with the parse rules' relations (``rule_relations``), which win a tie; most
    confident first within a sentence (docs/relations.md). The confidence is the
    model's belief weighed by the article's kind, or with ``trust`` (a calibration,
    nlp/relation_trust.py) the chance that a reader finds the relation right;
    ``explain`` collects (relation, trust features)."""
    from .relations_train import null_features

    model = model or load_model()
    if mentions is None:
        mentions = [Entity(e.start_char, e.end_char, e.text, e.label_, None) for e in doc.ents]
    # a dateline's place ("MINSK 1996-08-30") says where the story was filed, not who acted
    text = text_of(doc)  # spaCy rebuilds doc.text from every token on each access
    mentions = [m for m in mentions if not in_dateline(text, m.start, m.end)
                and not a_label(text, m.start, m.end, m.label)
                and not an_abbreviation(text, m.start, m.end)
                and not a_case_name(text, m.start, m.end)]
    actors = Actors(doc, actor_mentions(mentions))
    ments = Mentions(mentions)
    # (the parse's token attributes read once: the features index it for every candidate)
    table = TokenTable.of(doc)
    rule_triggers: list = []
    rules = rule_relations(doc, mentions, quotes, rule_triggers, table)
    by_sentence: dict[int, list[Relation]] = {}
    #: event word -> (its event share 1 - P(NONE), the sentence's type distribution)
    beliefs: dict = {}
    priors: dict = {}

    def prior_of(sent):
        # (a sentence's type distribution, once: the model's candidates and the rules'
        # triggers in it read the same one)
        if sent.start not in priors:
            priors[sent.start] = model.sentence_prior(sent, table)
        return priors[sent.start]

    for sent in doc.sents:
        cands = actors.in_sentence(sent)
        if not cands:
            continue  # an edge needs a named end
        heads = frozenset(h.i for _, h in cands)
        prior = prior_of(sent)
        scored = []
        toks = candidates(sent, table)
        ps = model.classify_many([trigger_features(tok, heads, table) for tok in toks], prior)
        for tok, p in zip(toks, ps):
            best = max((k for k in range(len(p)) if k != model.none), key=lambda k: p[k])
            scored.append((1.0 - p[model.none], p[best], model.classes[best], tok))
            beliefs[tok.i] = (1.0 - p[model.none], prior)
        scored.sort(key=lambda s: (-s[1], s[3].i))
        found = by_sentence.setdefault(sent.start, [])
        for rank, (p_event, p_kind, kind, trig) in enumerate(scored):
            if p_kind < (model.top if rank == 0 else model.more):
                break
            lex = LEXICON.get(trig.lemma_.lower()) if trig.pos_ == "VERB" else None
            if kind == "REJECT" and _negated(trig) and lex not in (None, "REJECT"):
                kind = lex  # "did not attack": a negated assault, not a rejection
            plover = _yield_as(trig) if kind == "YIELD" else kind
            kind = _MERGED.get(kind, kind)  # the actor rankers learnt PLV's classes
            if kind == "REQUEST" and trig.pos_ == "VERB" and is_question(trig):
                continue  # "asked if there could be changes": a question, not a request
            checked = retyped(trig, plover)
            if checked is None:
                continue  # "refused to comment", "warned prices could rise"
            if checked != plover:
                plover, kind = checked, _MERGED.get(checked, checked)
            ends = _actors(model, trig, kind, cands, null_features(kind))
            if ends is None:
                continue
            if plover == "CONSULT" and ends[1] == [None] and no_guest(trig, None):
                continue  # "the event hosted by the Alliance": no one met
            for src in ends[0]:
                for tgt in ends[1]:
                    found.append((trig.i, False, Relation(
                        type=plover, evidence=evidence_span(sent, trig, []),
                        source_entity=src.entity if src else None,
                        target_entity=tgt.entity if tgt else None,
                        negated=_negated(trig), reporter_entity=reporter_of(trig, ments),
                        source=Span(src.start, src.end, src.text) if src else None,
                        target=Span(tgt.start, tgt.end, tgt.text) if tgt else None,
                        confidence=round(p_kind * _possible(trig, plover), 3))))
    for rel, trig in zip(rules, rule_triggers):
        prior = prior_of(trig.sent)
        p = model.classify(trigger_features(
            trig, frozenset(h.i for _, h in actors.in_sentence(trig.sent)), table), prior)
        k = model.classes.index(_MERGED.get(rel.type, rel.type))
        beliefs[trig.i] = (1.0 - p[model.none], prior)
        rel = replace(rel, confidence=round(max(p[k], RULE_FLOOR) * _possible(trig, rel.type), 3))
        by_sentence.setdefault(trig.sent.start, []).insert(0, (trig.i, True, rel))
    # Where a rule and the model read one event word as one type with one target, a
    # stateless demonym the model adds as a further source ("the United Nations and
    # Western powers have accused", "Western countries accuse") gives way to the rule's
    # reading: it names no actor. A people of a state ("Palestinian Christian leaders")
    # stays, as PLV codes it.
    ruled = {(trig.i, _MERGED.get(rel.type, rel.type), rel.target_entity): rel.source_entity
             for rel, trig in zip(rules, rule_triggers)}
    stateless = {m.start for m in mentions if m.label == "NORP" and not _of_a_state(m.text)}

    def overruled(item) -> bool:
        i, is_rule, rel = item
        key = (i, _MERGED.get(rel.type, rel.type), rel.target_entity)
        return (not is_rule and key in ruled and ruled[key] != rel.source_entity
                and rel.source is not None and rel.source.start in stateless)
    for start, items in by_sentence.items():
        by_sentence[start] = [item for item in items if not overruled(item)]
    out: list[tuple[Relation, bool]] = []
    for start in sorted(by_sentence):
        # One relation per (type, source, target) and sentence, the rules' first (their
        # actors read the parse more closely); then the likeliest first.
        kept, seen = [], set()
        for i, by_rule, rel in by_sentence[start]:
            key = (_MERGED.get(rel.type, rel.type), rel.source_entity, rel.target_entity)
            if key not in seen:
                seen.add(key)
                kept.append((rel, plain_spoken(doc[i]), i, by_rule))
        out.extend(sorted(kept, key=lambda item: _reading_order(item[0])))
    # The article's kind weighs every confidence: the rules read words and the model
    # sentences, and in a match report or a showbusiness piece "met the cross", "defend
    # a break point" and "hosted by" read like events (benchmarks/relations_judged).
    # Words that mean one thing in any copy ("denied reports", "agreed a move",
    # "blamed", "banned") keep theirs.
    quiet = model.quiet(text) if out else 0.0
    sure = 1.0 - quiet
    calibration = trust
    cast = article_actors(doc, mentions) if out and (trust is not None or explain is not None) \
        else None
    pairs = article_pairs(doc, mentions) if cast is not None else None
    found = []
    for r, plain, i, by_rule in out:
        conf = r.confidence if plain or sure >= 1 else round(r.confidence * sure, 3)
        if calibration is not None or explain is not None:
            event, prior = beliefs.get(i, (r.confidence, None))
            typed = prior[model.classes.index(_MERGED.get(r.type, r.type))] if prior else event
            feats = trust_features(doc, doc[i], r, r.confidence, quiet, plain, by_rule,
                                   event, typed, model.agents, cast, pairs)
            if explain is not None:
                explain.append((r, feats))
            if calibration is not None:
                # never above the model's own belief: the calibration only learnt from
                # relations shown before, so it may lower a confidence, not raise one
                conf = round(min(calibration(feats), r.confidence), 3)
        found.append(replace(r, confidence=conf))
    return found


def _reading_order(rel: Relation):
    """Most confident first; among equals, in the order the text names their ends."""
    ends = [e.start for e in (rel.source, rel.target) if e is not None]
    return (-rel.confidence, min(ends) if ends else 0)


def _of_a_state(text: str) -> bool:
    """Whether a people's words name a state's people ("Palestinian Christian", not
    "Western")."""
    from .gazetteer import demonym_country, places

    return any(demonym_country(places(), w) for w in text.lower().split())


def _phrase(head):
    """The noun phrase a mention's head belongs to ("Mali" in "Mali's government")."""
    while head.dep_ in ("poss", "compound", "amod") and head.head.i != head.i:
        head = head.head
    return head


def _negated(trig) -> bool:
    if any(c.dep_ == "neg" for c in trig.children) or nobody_did(trig):
        return True
    # "refused to attack", "declined to meet": the event did not happen either
    return trig.dep_ == "xcomp" and any(c.dep_ == "neg" for c in trig.head.children)


def _people_first(cands):
    """A place, demonym or organisation that only qualifies a person's noun phrase gives
    way to the person: "his Malian counterpart Abdoulaye Diop", "Russia's foreign
    minister Sergey Lavrov", "two-time London Marathon runner-up Susan Chepkemei" act as
    Diop, Lavrov and Chepkemei, not as Mali, Russia and the London Marathon; a place or
    people qualifying a named organisation gives way to it ("Italian airline
    Alitalia")."""
    people, firms, named = set(), set(), set()
    for m, h in cands:
        if m.label == "PERSON":
            people.add(_phrase(h).i)
            if h.dep_ == "appos":  # "counterpart [Abdoulaye Diop]": the noun it renames
                people.add(_phrase(h.head).i)
        if h.dep_ not in ("amod", "poss", "compound"):
            named.add(h.i)  # "Italian airline Alitalia": the airline, not Italy
            if m.label == "ORG":
                firms.add(h.i)
    return [(m, h) for m, h in cands
            if not (m.label in ("NORP", "GPE", "ORG") and h.dep_ in ("amod", "poss", "compound")
                    and h.head.i != h.i and (_phrase(h).i in people or (
                        m.label == "GPE" and _phrase(h).i in firms) or (
                        m.label == "NORP" and _phrase(h).i in named)))
            and not (m.label in ("NORP", "GPE") and _in_persons_apposition(h, people))]


def _in_persons_apposition(h, people) -> bool:
    """Whether a place is the object of a preposition in a person's apposition ("Stein, a
    physician from Massachusetts, accused …"): it only says who the person is."""
    if h.dep_ != "pobj" or h.head.dep_ != "prep":
        return False
    noun = h.head.head
    return noun.dep_ == "appos" and _phrase(noun.head).i in people


def _actors(model, trig, kind, cands, null_feats):
    """The best (source, target) pair: each end one of the sentence's mentions or nobody,
    never the same entity twice nor nobody twice; conjoined mentions ("Mali and Russia
    denied …") share the end they stand for. None when no pair qualifies."""
    if trig.lemma_.lower() in TO_IS_ADDRESSEE:
        # "denied to Reuters", "complained to the UN": who is told, not the target
        cands = [(m, h) for m, h in cands if not (h.dep_ == "pobj" and h.head.lower_ == "to"
                                                  and h.head.head.i == trig.i)]
        if not cands:
            return None
    cands = [(m, h) for m, h in _people_first(cands)
             if acts_for_itself(h) and not holds_the_word(trig, m)]
    if not cands:
        return None
    cands = [(m, h) for m, h in cands if not a_place(trig, h, m.label, kind)]
    if not cands:
        return None
    hints = roles(trig, cands)
    feats = [actor_features(trig, h, m, hint, kind) for (m, h), hint in zip(cands, hints)]
    src = _log_softmax([model.rank(model.source, null_feats)]
                       + [model.rank(model.source, f) for f in feats])
    tgt = _log_softmax([model.rank(model.target, null_feats)]
                       + [model.rank(model.target, f) for f in feats])
    items = [None] + [m for m, _ in cands]
    best, pair = None, None
    for i, a in enumerate(items):
        for j, b in enumerate(items):
            if i == j or (a is not None and b is not None and a.entity and a.entity == b.entity):
                continue
            if a is None and b is None:
                continue
            if a is not None and b is not None and a.start < b.end and b.start < a.end:
                continue
            s = src[i] + tgt[j]
            if best is None or s > best:
                best, pair = s, (i, j)
    if pair is None:
        return None
    if pair[0] and not qualifies_agent(trig, cands[pair[0] - 1][1], cands[pair[0] - 1][0].label,
                                       model.agents):
        # "Miami relatives refused": the relatives acted, unnamed; Miami is no actor
        if not pair[1]:
            return None
        pair = (0, pair[1])

    def spread(k, other):
        if k == 0:
            return [None]
        head = _phrase(cands[k - 1][1])
        conj = {t.i for t in head.conjuncts}
        # never the other end's mention ("Mahdi and his counterpart, al-Razza, signed")
        return [cands[k - 1][0]] + [m for i, (m, h) in enumerate(cands, 1) if i != other and (
            _phrase(h).i in conj or (h.dep_ == "appos" and _phrase(h.head).i in conj))]
    srcs, tgts = spread(pair[0], pair[1]), spread(pair[1], pair[0])
    return srcs, [t for t in tgts if t is None or all(t.entity != s.entity for s in srcs if s)]


@Language.factory("storygraph_relations", requires=["token.dep", "token.lemma"],
                  assigns=["doc._.relations"])
def make_relations(nlp, name):
    if nlp.lang == "fr":
        from .relations_fr import make_relations_fr
        return make_relations_fr(nlp)
    from ..settings import Settings

    model = load_model()
    trust = load_trust() if Settings.load().relation_confidence == "trust" else None

    def component(doc):
        doc._.relations = find_relations(doc, doc._.mentions, doc._.quotes, model=model,
                                         trust=trust)
        return doc
    return component
