"""Who did what to whom: events coded in the PLOVER vocabulary, from the parse.

``find_relations`` merges a trained model (a trigger classifier and source/target
rankers, nlp/relation_features.py, trained by nlp/relations_train.py on PLV) with the
parse rules below, and gives each relation a confidence (docs/relations.md).

``rule_relations(doc, mentions, quotes)`` looks for verbs of a small lexicon (below),
takes their subject as the source and their object (or the object of "to", "with",
"against", "on") as the target, each resolved to the entity mentioned there. An edge
needs at least one named end: precision before recall, since an analyst must trust each
edge. Conjoined subjects give one relation each ("Mali and Russia denied …"); a passive
swaps the ends ("X was accused by Y"); "receive … from X" makes X the source. A relation
inside reported speech records who reports it (``reporter_entity``); a negated verb
("did not attack") sets ``negated``.
"""
from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy
from spacy.language import Language

from .extensions import text_of
from .token_table import TokenTable
from .weights import read_weights
from ..types import Entity, Quote, Relation, Span
from .relation_checks import (acts_for_itself, agent_noun, hypothetical, in_dateline, nobody_did,
                              plain_spoken, retyped, to_come)
from .relation_checks_news import a_label, a_veto, holds_the_word, no_guest, telling_to
from .relation_checks_stance import a_case_name, an_abbreviation
from .relation_ends import a_place, qualifies_agent
from .relation_features import (Actors, actor_features, actor_mentions, candidates,
                                context_features, roles, sentence_features, trigger_features)
from .relation_trust import article_actors, article_pairs, load_trust, trust_features

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "relations" / "model.json"

#: Nouns that name an event, and the type ("on a visit to Mali", "a troop drawdown").
NOUNS = {"visit": "CONSULT", "talks": "CONSULT", "meeting": "CONSULT", "drawdown": "RETREAT",
         "withdrawal": "RETREAT", "pullout": "RETREAT", "attack": "ASSAULT", "invasion": "ASSAULT",
         "sanctions": "SANCTION", "accusation": "ACCUSE", "allegation": "ACCUSE"}
#: Verbs of asking whose object noun is what is asked for ("want Russia's help").
_WANTING = {"want", "seek", "need", "request"}
#: Verb lemma -> PLOVER type. General verbs only, documented in docs/relations.md.
LEXICON = {
    **dict.fromkeys("agree sign ratify".split(), "AGREE"),
    **dict.fromkeys("meet visit host consult discuss negotiate".split(), "CONSULT"),
    **dict.fromkeys("support back endorse praise defend welcome".split(), "SUPPORT"),
    **dict.fromkeys("concede apologize apologise yield".split(), "CONCEDE"),
    **dict.fromkeys("cooperate collaborate ally partner hire recruit".split(), "COOPERATE"),
    **dict.fromkeys("help aid assist supply fund finance arm train".split(), "AID"),
    **dict.fromkeys("withdraw retreat evacuate".split(), "RETREAT"),
    **dict.fromkeys("ask request urge appeal demand".split(), "REQUEST"),
    **dict.fromkeys("accuse blame allege charge criticize criticise condemn denounce".split(), "ACCUSE"),
    **dict.fromkeys("deny reject refuse dismiss rebuff veto".split(), "REJECT"),
    **dict.fromkeys("threaten warn".split(), "THREATEN"),
    **dict.fromkeys("protest boycott".split(), "PROTEST"),
    **dict.fromkeys("sanction ban expel embargo".split(), "SANCTION"),
    **dict.fromkeys("mobilize mobilise deploy".split(), "MOBILIZE"),
    **dict.fromkeys("arrest detain seize confiscate coerce".split(), "COERCE"),
    **dict.fromkeys("attack bomb invade shell kill strike raid".split(), "ASSAULT"),
}
_TARGET_PREPS = {"to", "with", "against", "on", "at"}
# Demonyms ("Russian forces") say too little about who acted to make an edge.
_ACTORS = {"PERSON", "ORG", "GPE"}
# "denied to Reuters", "complained to the UN": `to` names who is told, not the target.
_TO_IS_ADDRESSEE = {"deny", "reject", "accuse", "blame", "allege", "complain", "protest", "warn"}
#: Nouns of agreement whose "with" names the other party ("signed a deal with X").
_PACTS = frozenset("deal agreement accord pact treaty contract memorandum settlement".split())
_SPEECH = {"say", "tell", "add", "claim", "insist", "state", "report", "announce", "write"}


class _Mentions:
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


def _subjects(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                return child.dep_ == "nsubjpass", [verb.head]  # "France, which has …"
            return child.dep_ == "nsubjpass", _conjuncts(child)
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        return _subjects(verb.head)
    if verb.dep_ in ("pcomp", "pobj", "acomp", "prep") and verb.head.i != verb.i:
        return _subjects(verb.head)  # "is close to hiring": the subject of "is"
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        # "bids for Reid rejected by the club": a participle is passive, its noun the object
        return verb.dep_ == "acl" and verb.tag_ == "VBN", [verb.head]
    return False, []


def _passive_form(verb) -> bool:
    """A passive verb whose subject is stated elsewhere: "having been charged … and
    denied bail", "was arrested and denied bail" (the conjunct shares the auxiliary);
    or a headline's participle, which drops its auxiliary ("CHRISTIE AND JOHNSON ASKED
    TO JOIN OWENS' TRIBUTE", "Wagner accused of war crimes"): a headline gives the past
    as a participle, its deeds in the present ("Mali asks Russia for help")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if _in_headline(verb) and verb.lower_.endswith("ed") and not any(
            c.dep_ in ("aux", "dobj", "dative", "iobj") for c in verb.children):
        return True
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children))


def _says_no(clause) -> bool:
    """Whether a clause itself says no ("there are no paramilitaries", "it did not
    send"), not a clause inside it ("maintains that it filed in the US because it feared
    it would not be able to in Russia": a claim, no denial)."""
    return any(t.dep_ == "neg" or t.lower_ == "no" for c in clause.children
               for t in (c, *c.children) if c.dep_ not in ("advcl", "ccomp", "relcl", "acl",
                                                            "xcomp", "prep"))


def _in_headline(tok) -> bool:
    """Whether the word stands in a headline: the article's first line, a line of its
    own ending with no full stop (a first sentence of prose has one; a text of one
    sentence is no article with a headline), or a line in capitals."""
    sent = tok.sent
    text = sent.text.strip()
    letters = [c for c in text if c.isalpha()]
    own_line = "\n" in sent.text_with_ws or text_of(tok.doc)[sent.end_char:sent.end_char + 1] == "\n"
    return (sent.start == 0 and own_line and bool(text)
            and (text[-1] not in ".!?\"'\u201d:" or _title_case(text))) \
        or (len(letters) > 8 and all(c.isupper() for c in letters))


def _title_case(text: str) -> bool:
    """A line whose every word opens with a capital ("Boris Johnson Accused Of Misleading
    Voters Over Brexit Bus."): a headline, whatever closes it."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _objects(verb) -> list:
    out = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj"):
            out.extend(_conjuncts(child))
            if child.lemma_.lower() in _PACTS:  # "signed a deal with Tanzania"
                out.extend(g for p in child.children if p.dep_ == "prep" and p.lower_ == "with"
                           for g in p.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS and not (
                child.lower_ == "to" and verb.lemma_.lower() in _TO_IS_ADDRESSEE):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    if not out:  # "help Bamako improve …": the subject of the clause it governs
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp"):
                out.extend(c for c in child.children if c.dep_ == "nsubj")
    return out


def _reporter(verb, mentions: _Mentions) -> Optional[str]:
    """Who reports the event when its clause is reported speech ("X said Y attacked Z")."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj", "xcomp") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in _SPEECH | {"accuse", "allege"}:
            _, subjects = _subjects(tok)
            m = mentions.of(subjects[0]) if subjects else None
            return m.entity if m else None
    return None


def rule_relations(doc, mentions: Optional[list[Entity]] = None,
                   quotes: Optional[list[Quote]] = None,
                   triggers: Optional[list] = None,
                   table: Optional[TokenTable] = None) -> list[Relation]:
    """The parse rules alone; ``triggers`` (when given) receives each relation's trigger
    token, in step with the list returned; ``table``, the document's token table."""
    triggers = [] if triggers is None else triggers
    table = table if table is not None else TokenTable(doc)
    if mentions is None:
        mentions = [Entity(e.start_char, e.end_char, e.text, e.label_, None) for e in doc.ents]
    ments = _Mentions(mentions)
    out: list[Relation] = []
    seen = set()
    pos = table.pos
    for i in range(table.n):
        if pos[i] != "VERB":
            continue  # (only a verb is kept below, and the tests before it are pure)
        verb = doc[i]
        # "tells US forces to withdraw", "called on the US to": a demand. Not in LEXICON,
        # which the model's features read: the rule alone reads it.
        kind = "REQUEST" if telling_to(verb) else "REJECT" if a_veto(verb) else \
            LEXICON.get(verb.lemma_.lower())
        if verb.lemma_.lower() in ("insist", "maintain") and any(
                c.dep_ == "ccomp" and _says_no(c) for c in verb.children):
            kind = "REJECT"  # "Russia insists there are no paramilitaries": a denial
        if kind is None or verb.pos_ not in ("VERB",):
            continue
        passive, subjects = _subjects(verb)
        passive = passive or _passive_form(verb)
        objects = _objects(verb)
        if passive:  # "Wagner was accused by the UN": the agent is the source
            agents = [c for p in verb.children if p.dep_ == "agent" for c in p.children if c.dep_ == "pobj"]
            subjects, objects = agents, subjects
        if kind == "REQUEST" and _is_question(verb):
            continue  # "asked if there could be changes": a question, not a request
        kind = retyped(verb, kind)
        if kind is None:
            continue  # "refused to comment", a warning that threatens no one
        if verb.tag_ == "VBN" and (verb.dep_ == "advcl" or verb.i == verb.sent.start
                                   or verb.doc[verb.i - 1].is_space):
            continue  # "Asked if …, Lavrov said": the participle's subject is not stated
        negated = any(c.dep_ == "neg" for c in verb.children) or nobody_did(verb)
        sentence = verb.sent
        evidence = _evidence(sentence, verb, [*subjects, *objects])
        sources = [m for m in (ments.of(s) for s in subjects) if m and not holds_the_word(verb, m)]
        if not sources and verb.dep_ == "conj":
            sources = _same_person(verb, subjects, ments)
        sources = sources or [None]
        targets = [m for m in (ments.of(o) for o in objects)
                   if m and not holds_the_word(verb, m)] or [None]
        if kind == "CONSULT" and targets == [None] and no_guest(verb, None):
            continue  # "the event hosted by the Alliance": no one met
        if kind == "AID" and targets == [None]:
            continue  # "helping to push the dollar", "helps guarantee …": aid needs a named recipient
        reporter = _reporter(verb, ments)
        for src in sources:
            for tgt in targets:
                if src is None and tgt is None:
                    continue
                if src is not None and tgt is not None and src.entity == tgt.entity and src.entity:
                    continue
                key = (kind, src and src.entity, tgt and tgt.entity, sentence.start)
                if key in seen:
                    continue
                seen.add(key)
                triggers.append(verb)
                out.append(Relation(
                    type=kind, evidence=evidence,
                    source_entity=src.entity if src else None,
                    target_entity=tgt.entity if tgt else None,
                    negated=negated, reporter_entity=reporter,
                    source=Span(src.start, src.end, src.text) if src else None,
                    target=Span(tgt.start, tgt.end, tgt.text) if tgt else None))
    out.extend(_noun_events(doc, ments, seen, triggers, table))
    return out


def _same_person(verb, subjects, ments) -> list:
    """"Moualem said …, and he blamed …": a "he" or "she" subject of a verb conjoined to
    one whose subject is a named person is that person (within one sentence, the
    coordination leaves no one else)."""
    if len(subjects) != 1 or subjects[0].lower_ not in ("he", "she"):
        return []
    _, first = _subjects(verb.head)
    named = [m for m in (ments.of(s) for s in first) if m and m.label == "PERSON"]
    return named[:1] if len(first) == 1 else []


def _is_question(verb) -> bool:
    """`ask if/whether/what …`, `ask about …`, `asked why`, `"…?" asked X`: asking a
    question, not for something."""
    before = verb.doc[max(verb.sent.start, verb.i - 3):verb.i]
    if verb.lemma_.lower() == "ask" and any(t.text == "?" for t in before):
        return True  # the question quoted just before: "'… the doctors?' asked Martin"
    if verb.lemma_.lower() == "ask" and any(t.text == "?" for t in verb.doc[verb.i + 1:verb.sent.end]):
        return True  # the question quoted after: "Jones then asked, 'With tanks?'"
    if verb.lemma_.lower() == "ask" and _after_quote(verb):
        return True  # "'… for the war,' Smith asked Kerry": the words put are a question
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in verb.children):
        return True  # "asked him a question", "Asked a pointed question about it"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
        if c.dep_ == "advmod" and c.tag_ == "WRB" and c.i > verb.i:
            return True  # "asked why", "asked how"
        if c.dep_ in ("ccomp", "advcl", "xcomp") and any(
                t.lower_ in ("if", "whether") or t.tag_ in ("WDT", "WP", "WRB")
                for t in c.subtree if t.i < c.i or t.dep_ == "mark"):
            return True
    if verb.lemma_.lower() != "ask":
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if after is not None and (after.tag_ in ("WRB", "WP") or after.lower_ in ("if", "whether")):
        return True  # "Belgium asks how …" however the parser hangs the clause
    # "Sanders asked.": asking with nothing asked for (no one asked, no clause, no
    # "for") attributes a question; a request names what or whom it asks.
    # A clause or a preposition beside the asking that names no purpose nor what is
    # asked for ("Putin asked, waving the question away", "asks as a waiter walks past")
    # says how or when it was asked, not what for.
    if not any(c.dep_ in _ASKED and not (c.dep_ == "advcl" and not _purpose(c))
               and not (c.dep_ == "prep" and c.lower_ not in _ASKED_PREPS)
               for c in verb.children):
        return True
    # "a staff member who asked not to be named": asking the reporter for anonymity,
    # no request between actors
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _ANONYMOUS
               and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


_CLOSING = frozenset(('"', "\u201d", "''", "'", "\u2019"))


def _after_quote(verb) -> bool:
    """Whether the verb attributes words quoted before it in its sentence ("'Those who
    came in the night,' Obama asked."): a child of it stands inside a quotation that
    closes before it."""
    sent = verb.sent
    closing = [t.i for t in sent if t.i < verb.i and t.text in _CLOSING and t.i > sent.start]
    if not closing or sent[0].text not in _OPENING:
        return False
    return any(c.dep_ in ("ccomp", "dobj") and c.i < closing[-1] for c in verb.children)


_OPENING = frozenset(('"', "\u201c", "``", "'", "\u2018"))


def _purpose(clause) -> bool:
    """A clause of purpose ("asked … to stop", "so that …")."""
    return any((c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in (
        "so", "that")) for c in clause.children)


#: What a request names besides its asker: whom it asks, what for, what they must do.
_ASKED = frozenset("dobj dative xcomp ccomp prep advcl oprd attr agent nsubjpass "
                   "csubjpass".split())
#: Prepositions that name what or whom a request is for ("asked for help", "asked of
#: them", "asked to the court"); "at a rally", "as he walked in" only set the scene.
_ASKED_PREPS = frozenset("for of to from".split())
#: Asking not to be named: the reporter's source, not an actor's request.
_ANONYMOUS = frozenset("name identify quote".split())


def _evidence(sentence, anchor, toks) -> Span:
    """The sentence, cut at blank lines (headlines and captions the parser glued on) so
    that it keeps the trigger and its ends, with edge whitespace trimmed."""
    text, base = sentence.text, sentence.start_char
    lo = min([anchor.idx, *(t.idx for t in toks)]) - base
    hi = max([anchor.idx + len(anchor), *(t.idx + len(t) for t in toks)]) - base
    cut = text.rfind("\n\n", 0, lo)
    start = cut + 2 if cut >= 0 else 0
    cut = text.find("\n\n", hi)
    end = cut if cut >= 0 else len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(base + start, base + end, text[start:end])


#: What is received without being aid: words, offers, honours ("received a statement
#: from", "received an £8m bid from").
_NOT_AID = frozenset("statement bid offer letter call message complaint request report email "
                     "invitation approach visit warning threat note reply response answer "
                     "confirmation nomination award prize vote order summons query".split())


def _governing_verb(tok):
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _said_by(noun, kind: str):
    """Who made an accusation the noun names: "an allegation from Christine Blasey Ford"
    (not the subject of the verb it is the object of: "denying an allegation from X")."""
    if kind != "ACCUSE":
        return None
    return next((c for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                 for c in p.children if c.dep_ == "pobj"), None)


def _accused(noun, kind: str):
    """Whom an accusation's clause names as the doer: "Trump's accusation that Beijing was
    trying to meddle" accuses Beijing."""
    if kind != "ACCUSE":
        return None
    return next((g for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)


def _noun_events(doc, ments: _Mentions, seen: set, triggers: list,
                 table: TokenTable) -> list[Relation]:
    """Events named by nouns, and "receive X from Y" (Y aids the receiver)."""
    out = []
    pos = table.pos
    for i in range(table.n):
        if pos[i] not in ("NOUN", "VERB"):
            continue  # (every event below is a noun's or a verb's)
        tok = doc[i]
        lemma = tok.lower_ if tok.pos_ == "NOUN" else None
        kind, src_tok, tgt_tok = None, None, None
        if lemma in NOUNS:
            kind = NOUNS[lemma]
            verb = _governing_verb(tok)
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            subj = _subjects(verb)[1] if verb is not None else []
            src_tok = poss or _said_by(tok, kind) or (subj[0] if subj else None)
            tgt_tok = next((c for p in tok.children if p.dep_ == "prep" and p.lower_ in _TARGET_PREPS | {"of"}
                            for c in p.children if c.dep_ == "pobj"), None) or _accused(tok, kind)
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _WANTING:
                # "seek sanctions against X": a request (of a court, a body) for the event
                kind, tgt_tok = "REQUEST", None
        elif tok.lower_ in ("help", "support", "aid", "assistance") and tok.pos_ == "NOUN" and (
                (tok.dep_ == "dobj" and tok.head.lemma_.lower() in _WANTING)
                or (tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp"
                    and tok.head.head.lemma_.lower() in _WANTING)):
            kind = "REQUEST"  # "want Russia's help": asked of Russia
            wanting = tok.head if tok.dep_ == "dobj" else tok.head.head
            subj = _subjects(wanting)[1]
            src_tok = subj[0] if subj else None
            tgt_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
        elif tok.lemma_.lower() == "receive" and tok.pos_ == "VERB" and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in _NOT_AID for c in tok.children):
            kind = "AID"
            subj = _subjects(tok)[1]
            tgt_tok = subj[0] if subj else None
            src_tok = next((c for p in tok.subtree if p.dep_ == "prep" and p.lower_ == "from"
                            and p.head.i in (tok.i, *[d.i for d in tok.children])
                            for c in p.children if c.dep_ == "pobj"), None)
        if kind is None:
            continue
        if kind != "REQUEST":
            kind = retyped(tok, kind)  # "called for X to hold a meeting": no meeting yet
            if kind is None:
                continue
        src, tgt = ments.of(src_tok), ments.of(tgt_tok)
        if src is not None and tgt is not None and src.entity == tgt.entity:
            # "… helping Bamako improve … on a visit to Mali": the clause's actor is the
            # subject of the sentence's main verb, not of the nearest one.
            root_subjects = _subjects(tok.sent.root)[1]
            src = ments.of(root_subjects[0]) if root_subjects else None
        if src is None or (tgt is not None and src.entity == tgt.entity):
            continue  # a noun event needs a named actor
        sentence = tok.sent
        key = (kind, src.entity, tgt and tgt.entity, sentence.start)
        if key in seen:
            continue
        seen.add(key)
        triggers.append(tok)
        out.append(Relation(type=kind, evidence=_evidence(sentence, tok, [t for t in (src_tok, tgt_tok) if t is not None]),
                            source_entity=src.entity, target_entity=tgt.entity if tgt else None,
                            source=Span(src.start, src.end, src.text),
                            target=Span(tgt.start, tgt.end, tgt.text) if tgt else None))
    return out


class _Classes:
    """A multinomial logistic regression read from JSON (relations_train.fit_classes)."""

    def __init__(self, data: dict):
        self.classes = data["classes"]
        self.bias = [data["bias"][k] for k in self.classes]
        self._bias = numpy.array(self.bias)
        self.w = {f: numpy.array([row.get(k, 0.0) for k in self.classes])
                  for f, row in data["w"].items()}

    def __call__(self, feats) -> list[float]:
        rows = [self._bias]
        w = self.w
        for f in feats:
            row = w.get(f)
            if row is not None:
                rows.append(row)
        # (numpy reduces over the first axis row after row, elementwise: the same
        # sums in the same order as adding each row to the bias in Python, at half the
        # cost; the softmax stays in Python floats, numpy's exp may round otherwise)
        z = numpy.add.reduce(numpy.array(rows), axis=0).tolist()
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]


class RelationModel:
    """The trigger classifier, the sentence's type classifier and the two actor
    rankers, read from JSON."""

    def __init__(self, data: dict):
        self.trigger = _Classes(data["trigger"])
        self.classes = self.trigger.classes
        self.none = self.classes.index("NONE")
        sentence = data.get("sentence")
        self.sentence = _Classes(sentence) if sentence else None
        self.mix = float(data.get("mix", 0.0))
        context = data.get("context")
        self.context = _Classes(context) if context else None
        self.source, self.target = data["source"]["w"], data["target"]["w"]
        #: The likeliest event of a sentence is kept from this probability up, any
        #: other from ``more``: news sentences often carry two events, PLV's one.
        self.top = float(data.get("top", 0.2))
        self.more = float(data.get("more", 0.7))
        #: Nouns that act for a name qualifying them ("Mali's government", "Russian
        #: troops"), learnt from PLV's sources (relations_train.agent_nouns).
        self.agents = frozenset(data.get("agents", ()))

    def classify(self, feats: list[str], prior: Optional[list[float]] = None) -> list[float]:
        """The trigger's distribution over NONE and the types; with ``prior`` (the
        sentence's type distribution, in ``self.classes`` order with 0 for NONE), the
        event's share (1 - NONE) is kept and split among the types by both readings."""
        p = self.trigger(feats)
        if prior is None or not self.mix:
            return p
        event = 1.0 - p[self.none]
        mixed = [0.0 if k == self.none else p[k] * prior[k] ** self.mix for k in range(len(p))]
        total = sum(mixed) or 1.0
        return [p[self.none] if k == self.none else event * v / total for k, v in enumerate(mixed)]

    def quiet(self, text: str) -> float:
        """The chance that an article is of the kind of news that names few PLOVER
        events (sport, showbusiness, products); 0 without a context model."""
        if self.context is None:
            return 0.0
        return dict(zip(self.context.classes, self.context(context_features(text)))).get("quiet", 0.0)

    def sentence_prior(self, sent, table=None) -> Optional[list[float]]:
        if self.sentence is None:
            return None
        q = dict(zip(self.sentence.classes, self.sentence(sentence_features(sent, table))))
        return [q.get(k, 0.0) for k in self.classes]

    @staticmethod
    def rank(w: dict, feats: list[str]) -> float:
        return sum(w.get(f, 0.0) for f in feats)


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_PATH)) -> RelationModel:
    return read_weights(path, RelationModel, "the relation model",
                        "Rebuild it with python -m storygraph.nlp.relations_train")


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
    ments = _Mentions(mentions)
    # (the parse's token attributes read once: the features index it for every candidate)
    table = TokenTable(doc)
    rule_triggers: list = []
    rules = rule_relations(doc, mentions, quotes, rule_triggers, table)
    by_sentence: dict[int, list[Relation]] = {}
    #: event word -> (its event share 1 - P(NONE), the sentence's type distribution)
    beliefs: dict = {}
    for sent in doc.sents:
        cands = actors.in_sentence(sent)
        if not cands:
            continue  # an edge needs a named end
        heads = frozenset(h.i for _, h in cands)
        prior = model.sentence_prior(sent, table)
        scored = []
        for tok in candidates(sent, table):
            p = model.classify(trigger_features(tok, heads, table), prior)
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
            if kind == "REQUEST" and trig.pos_ == "VERB" and _is_question(trig):
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
                        type=plover, evidence=_evidence(sent, trig, []),
                        source_entity=src.entity if src else None,
                        target_entity=tgt.entity if tgt else None,
                        negated=_negated(trig), reporter_entity=_reporter(trig, ments),
                        source=Span(src.start, src.end, src.text) if src else None,
                        target=Span(tgt.start, tgt.end, tgt.text) if tgt else None,
                        confidence=round(p_kind * _possible(trig, plover), 3))))
    for rel, trig in zip(rules, rule_triggers):
        p = model.classify(trigger_features(
            trig, frozenset(h.i for _, h in actors.in_sentence(trig.sent)), table),
            model.sentence_prior(trig.sent, table))
        k = model.classes.index(_MERGED.get(rel.type, rel.type))
        beliefs[trig.i] = (1.0 - p[model.none], model.sentence_prior(trig.sent, table))
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
    if trig.lemma_.lower() in _TO_IS_ADDRESSEE:
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
