"""Candidates and features for the relation model (nlp/relations.py, nlp/relations_train.py).

Two decisions, each a linear model over sparse string features read off spaCy's parse:
- trigger: is this verb or noun an event, and of which PLOVER type (or NONE)? The
  features are the word, what governs it ("threatened to sanction": the event is a
  threat; "lifted sanctions": the noun's verb), what it governs (its object, its
  prepositions' objects, the clause it takes), negation, voice and modality.
- actor: which named mention of the sentence (or nobody) is the event's source, and
  which its target? The features are the syntactic path from the trigger to the
  mention, the preposition that introduces it, its side and distance, its label, and
  whether the parse rules (subject, object, passive agent) name it.
The features are plain strings so the trained weights ship as JSON.
"""
from __future__ import annotations

import re
from typing import Optional

from .name_pieces import name_head
from .token_table import TokenTable

#: How far (in tokens) a word of the trigger's subtree may be and still be a feature.
WINDOW = 8
TRIGGER_POS = frozenset(("VERB", "NOUN"))
SUBJ = frozenset(("nsubj", "nsubjpass", "csubj", "agent"))
_CLAUSE = frozenset(("xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp"))
_MODALS = frozenset(("will", "would", "could", "may", "might", "should", "can", "must", "shall"))
#: Dependency labels of the children whose words describe the event.
_ARGS = frozenset(("dobj", "attr", "prt", "acomp", "oprd", "dative", "npadvmod"))


def candidates(sent, table: Optional[TokenTable] = None) -> list:
    """The tokens of a sentence that may name its event: verbs and common nouns."""
    if table is None:
        return [t for t in sent if t.pos_ in TRIGGER_POS and t.is_alpha and len(t) > 1]
    doc = sent.doc
    return [doc[i] for i in range(sent.start, sent.end) if table.pos[i] in TRIGGER_POS
            and table.is_alpha[i] and len(table.text[i]) > 1]


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def trigger_features(tok, heads: frozenset = frozenset(),
                     table: Optional[TokenTable] = None) -> list[str]:
    """The features of a candidate trigger; ``heads`` are the token indices of the
    sentence's named actors (only where they stand counts, never their label, so a
    change of the names model moves little). ``table``: the document's token table
    (made here when not given; a caller scoring many candidates passes its own)."""
    t = table if table is not None else TokenTable(tok.doc)
    i = tok.i
    lem, pos, dep = t.lemma[i], t.pos[i], t.dep[i]
    lemma, lower, deps_of, kids_of = t.lemma, t.lower, t.dep, t.children
    f = ["b", f"l={lem}", f"lp={lem}|{pos}", f"d={dep}", f"ld={lem}|{dep}",
         f"t={t.tag[i]}"]
    from .relation_rules import LEXICON, NOUNS

    lex = (LEXICON if pos == "VERB" else NOUNS).get(lem)
    if lex:  # the hand lexicon: a prior that reaches verbs PLV train has few of
        f += [f"lex={lex}", f"lexd={lex}|{dep}"]
    kids = kids_of[i]
    deps = {deps_of[c] for c in kids}
    if "neg" in deps or any(lower[c] in ("no", "never") for c in kids if deps_of[c] == "det"):
        f += ["neg", f"neg|{lem}"]
    if "nsubjpass" in deps or "auxpass" in deps:
        f += ["pass", f"pass|{lem}"]
    for c in kids:
        cl = lemma[c]
        cd = deps_of[c]
        if cd == "aux" and lower[c] in _MODALS:
            f.append(f"mod={lower[c]}")
        elif cd in _ARGS:
            f += [f"c={cd}:{cl}", f"lc={lem}|{cl}"]
        elif cd == "prep":
            objs = [g for g in kids_of[c] if deps_of[g] in ("pobj", "pcomp")]
            f.append(f"p={lower[c]}")
            f.append(f"lpr={lem}|{lower[c]}")
            for g in objs:
                f += [f"po={lower[c]}:{lemma[g]}", f"lpo={lem}|{lower[c]}:{lemma[g]}"]
        elif cd in ("xcomp", "ccomp"):
            f += [f"x={cd}:{cl}", f"lx={lem}>{cl}"]
            for g in kids_of[c]:
                if deps_of[g] in ("dobj", "prt") or deps_of[g] == "neg":
                    f.append(f"xo={cl}|{lemma[g]}")
        elif cd in ("amod", "compound") and t.pos[c] in ("ADJ", "NOUN", "VERB"):
            f.append(f"m={cl}")
        elif cd in SUBJ:
            f.append(f"s={t.pos[c]}")
    f += _actor_places(t, i, kids, heads)
    # The words of the event's own phrase ("agreed to allow aid workers access").
    for j in t.subtree(i):
        if j != i and t.pos[j] in ("NOUN", "VERB", "ADJ", "ADV") and abs(j - i) <= WINDOW:
            f.append(f"w={lemma[j]}")
    if dep in _CLAUSE or dep in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
        h = t.head[i]
        hl = lemma[h]
        if deps_of[h] == "prep":  # "calls for sanctions": the verb above the preposition
            f += [f"hp={lower[h]}", f"hpl={lower[h]}:{lemma[t.head[h]]}"]
            h = t.head[h]
            hl = lemma[h]
        f += [f"h={hl}", f"hd={dep}:{hl}", f"hl={hl}>{lem}"]
        if any(deps_of[c] == "neg" for c in kids_of[h]):
            f.append("hneg")
    return f


_WORD = re.compile(r"[a-z]{3,}")


def context_features(text: str) -> list[str]:
    """The words of a whole article (lower case, three letters or more), for the kind of
    news it is: match reports, showbusiness and product copy name few PLOVER events
    however many "attack", "host" and "support" they hold. Read from the text, not the
    parse, so the trainer reads thousands of articles without parsing them."""
    return sorted({"b"} | {f"w={w}" for w in _WORD.findall(text.lower())})


def sentence_features(sent, table: Optional[TokenTable] = None) -> list[str]:
    """The sentence as a whole, for the type of the event it holds: its content words,
    each verb with its object and the clause it takes, negation and modality, and the
    main verb. PLV codes sentences, not words; this reading does not depend on which
    word the trigger heuristic picked."""
    t = table if table is not None else TokenTable(sent.doc)
    lemma, lower, dep = t.lemma, t.lower, t.dep
    f = {"b", f"root={lemma[sent.root.i]}"}
    for i in range(sent.start, sent.end):
        pos = t.pos[i]
        if not t.is_alpha[i] or pos not in ("NOUN", "VERB", "ADJ", "PROPN", "ADV"):
            continue
        lem = lemma[i]
        if pos != "PROPN":
            f.add(f"w={lem}")
        if pos != "VERB":
            continue
        for c in t.children[i]:
            d = dep[c]
            if d in ("dobj", "prt", "xcomp", "ccomp", "acomp"):
                f.add(f"vc={lem}>{lemma[c]}")
            elif d == "neg":
                f.add(f"neg={lem}")
            elif d == "aux" and lower[c] in _MODALS:
                f.add(f"mod={lem}")
            elif d == "prep":
                f.add(f"vp={lem}|{lower[c]}")
            elif d in ("nsubjpass", "auxpass"):
                f.add(f"pass={lem}")
    return sorted(f)


def _actor_places(t: TokenTable, i: int, kids: list[int], heads) -> list[str]:
    """Where the sentence's named actors stand from the candidate ``i``: an event word
    has them as its subject, object or a preposition's object; a NONE word mostly not."""
    ancestors = t.ancestors(i)
    depth = len(ancestors) - 1
    f = [f"depth={min(depth, 4)}"]
    if not heads:
        return f + ["a=none"]
    places = set()
    for c in kids:
        if heads.isdisjoint(t.subtree(c)):
            continue
        d = t.dep[c]
        if d in SUBJ or d == "poss":
            places.add("subj")
        elif d in ("dobj", "dative", "attr"):
            places.add("obj")
        elif d in ("prep", "agent"):
            places.add(f"prep:{t.lower[c]}")
        elif d in ("xcomp", "ccomp", "advcl", "conj", "relcl", "acl"):
            places.add("clause")
        else:
            places.add("other")
    dep, head = t.dep[i], t.head[i]
    if i in heads or (dep in ("compound", "amod") and head in heads):
        places.add("self")
    above = set(ancestors[1:])
    if dep in ("relcl", "acl") and head in heads:
        places.add("subj")
    n = len(places)
    f += [f"a={p}" for p in sorted(places)] or ["a=out"]
    f.append(f"an={min(n, 3)}")
    if "subj" in places and ("obj" in places or any(p.startswith("prep") for p in places)):
        f += ["a=both", f"ab={t.lemma[i]}"]
    if above & heads:
        f.append("a=above")
    return f


#: The labels of the mentions that may be an event's actor (the contract's labels; a
#: names model's LOC arrives as GPE or LOC, its MISC as NORP).
ACTOR_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "NORP"))


def actor_mentions(mentions) -> list:
    return [m for m in mentions or () if m.label in ACTOR_LABELS]


class Actors:
    """The named mentions of one document, by token, with their syntactic heads."""

    def __init__(self, doc, mentions):
        self.doc = doc
        self.items = []  # (mention, head token)
        for m in sorted(mentions or (), key=lambda m: m.start):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            self.items.append((m, name_head(span)))

    def in_sentence(self, sent) -> list:
        return [(m, h) for m, h in self.items if sent.start <= h.i < sent.end]


def _ancestors(tok) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def path(a, b) -> tuple[list[str], list[str]]:
    """Dependency labels going up from ``a`` to the lowest common ancestor, then down to
    ``b`` (both lists from the ends towards that ancestor)."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            return ([x.dep_ for x in up_a[:k]], [x.dep_ for x in up_b[:ids_b[t.i]]])
    return ([x.dep_ for x in up_a], [x.dep_ for x in up_b])


def _prep_of(head) -> str:
    """The preposition that introduces a noun ("against X" -> against), else ''."""
    t = head
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent"):
            return t.head.lower_
        if t.dep_ in ("conj", "appos", "compound", "poss"):
            t = t.head
            continue
        break
    return ""


def roles(trigger, cands) -> list[str]:
    """What the parse rules (nlp/relations.py) call each candidate's head for this
    trigger: ``subj`` (the subject, or the agent of a passive), ``obj`` (its object or
    the object of against/to/with/on/at; a noun's possessor is its subject) or ''."""
    from .relation_parse import objects_of, subjects_of

    if trigger.pos_ == "VERB":
        passive, subj = subjects_of(trigger)
        obj = objects_of(trigger)
        if passive:
            agents = [c for p in trigger.children if p.dep_ == "agent"
                      for c in p.children if c.dep_ == "pobj"]
            subj, obj = agents, subj
    else:
        subj = [c for c in trigger.children if c.dep_ == "poss"]
        obj = [g for c in trigger.children if c.dep_ == "prep"
               and c.lower_ in ("against", "to", "with", "on", "of", "at", "from")
               for g in c.children if g.dep_ == "pobj"]
    sub_ids = {t.i for s in subj for t in s.subtree}
    obj_ids = {t.i for o in obj for t in o.subtree}
    return ["subj" if h.i in sub_ids else "obj" if h.i in obj_ids else "" for _, h in cands]


def actor_features(trigger, head, mention, role_hint: str, kind: str) -> list[str]:
    """Features of one candidate actor (a mention whose head is ``head``) for ``trigger``
    of type ``kind``. ``role_hint`` is what the parse rules call it (``roles``)."""
    up, down = path(head, trigger)
    p = "/".join(up[:4]) + "^" + "/".join(reversed(down[:3]))
    side = "L" if head.i < trigger.i else "R"
    dist = abs(head.i - trigger.i)
    db = "1" if dist <= 1 else "3" if dist <= 3 else "7" if dist <= 7 else "15" if dist <= 15 else "far"
    prep = _prep_of(head)
    lem = _lemma(trigger)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
    f = [f"p={p}", f"up={'/'.join(up[:2])}", f"dn={len(down)}", f"side={side}", f"dist={db}",
         f"lab={mention.label}", f"hd={head.dep_}", f"pr={prep}", f"pl={prep}|{lem}",
         f"r={role_hint}", f"rp={role_hint}|{passive}", f"sp={side}|{passive}",
         f"hdl={head.dep_}|{lem}", f"tp={trigger.pos_}|{'/'.join(up[:2])}"]
    f += [f"kr={kind}|{role_hint}", f"kp={kind}|{prep}", f"ks={kind}|{side}"]
    if not down:
        f.append("under")  # the mention is in the trigger's subtree
    if head.dep_ == "poss" or any(c.dep_ == "case" for c in head.children):
        f.append("poss")
    if mention.label == "NORP" and head.dep_ == "amod":
        f.append("demonym-mod")
    return f
