"""How far a reader can trust a relation shown to them: the relation's confidence,
calibrated on relations read by hand on real news (benchmarks/relations_judged).

The model's type probability says how PLV-like a sentence's event is; on news it is not
the chance that a reader finds the relation right (a held-out sample gave 30 of 51 at
0.6). What makes a reading wrong there is general: no event between two actors at all
(a product, a price, a match), an end that stands nowhere near the event word in the
parse, a present-tense opinion, an event only wanted. ``trust_features`` reads those off
the parse, with what the article makes of the ends (how often it names them, whether
they act in it elsewhere), and a small logistic regression fitted on the judged items
and on the seeds' readings (``python benchmarks/relations_trust.py``, seeded, written to
models/relations/trust.json) turns them into the chance of being right, moved so that
the relation threshold (0.6) is where left-out samples were about 0.78 right. That
chance is the relation's confidence by default (never above the model's own belief);
STORYGRAPH_RELATION_CONFIDENCE=model gives the model's belief weighed by the article's
kind instead (docs/relations.md).
"""
from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from .extensions import text_of
from .name_pieces import name_head
from .relation_ends import qualified
from .weights import read_weights

TRUST_PATH = Path(__file__).resolve().parents[1] / "models" / "relations" / "trust.json"

#: The event word's own places in its sentence that are told apart.
_CLAUSES = frozenset("ROOT ccomp xcomp conj advcl relcl acl pcomp dobj pobj nsubj".split())
_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "NORP": "NORP"}


def _logit(p: float) -> float:
    p = min(max(p, 0.01), 0.99)
    return math.log(p / (1.0 - p))


def _head(doc, span):
    if span is None:
        return None
    s = doc.char_span(span.start, span.end, alignment_mode="expand")
    return name_head(s) if s is not None and len(s) else None


def _phrase(tok):
    while tok.dep_ in ("poss", "compound", "amod", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _place(trig, head) -> str:
    """Where an end stands from the event word in the parse: its subject or agent,
    object, a preposition's object, a possessor, within a clause below it, above it, or
    only beside it in the sentence (the reading proximity gives)."""
    if head is None:
        return "none"
    tok = _phrase(head)
    if tok.i == trig.i or head.head.i == trig.i and head.dep_ in ("poss", "compound"):
        return "own"  # "Russia's accusation", "the Mali visit"
    if tok.head.i == trig.i:
        dep = tok.dep_
        if dep in ("nsubj", "nsubjpass", "csubj"):
            return "subj" if dep == "nsubj" else "psubj"
        if dep in ("dobj", "dative", "attr", "oprd"):
            return "obj"
        if dep == "appos":
            return "appos"
        return "child"
    if tok.head.dep_ in ("prep", "agent") and tok.head.head.i == trig.i:
        return "agent" if tok.head.dep_ == "agent" or tok.head.lower_ == "by" else "prep"
    if tok.dep_ == "conj" and tok.head.head.i == trig.i:
        return "conj"
    up = [a.i for a in trig.ancestors]
    if tok.i in up:
        return "above"
    # The subject of a verb the event word completes ("X refused to meet", "X wants to
    # ban"): the event's actor by control.
    # Through a chain of such verbs too ("Lavrov vowed to continue helping").
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in _controllers(trig):
        return "ctrl"
    # The subject of a clause the event word governs is whom it acts on ("helping Bamako
    # improve its capabilities", "asked Russian companies to boost security").
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("ccomp", "xcomp") and \
            tok.head.head.i == trig.i:
        return "obj"
    if any(a.i == trig.i for a in tok.ancestors):
        return "below"
    return "beside"


def _controllers(trig) -> set:
    """The verbs whose subject is the event word's by control: those it completes,
    through up to three links ("vowed to continue helping")."""
    out, t = set(), trig
    for _ in range(3):
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i:
            break
        t = t.head
        out.add(t.i)
    return out


def _end_head(tok):
    """The token an end stands for in the parse: its phrase's head, and the noun a name
    in apposition renames ("Russia's foreign minister [Sergey Lavrov]")."""
    tok = _phrase(tok)
    if tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = _phrase(tok.head)
    return tok


def _odd(doc, span) -> bool:
    """An end whose words are no name: a number ("Tens of thousands"), a dateline in
    capitals ("NAIROBI, Kenya"), or a phrase running on in lower case ("Tory Leader of
    behaving like")."""
    words = span.text.split()
    if not words:
        return True
    if words[0].lower() in ("tens", "hundreds", "thousands", "dozens", "millions"):
        return True
    if span.text.isupper() and len(span.text) > 4 and (
            span.start == 0 or text_of(doc)[span.start - 1] == "\n"):
        return True
    lower = [w for w in words[1:] if w.islower() and w not in ("of", "the", "and", "de", "for",
                                                                "al", "bin", "van", "von", "la")]
    return len(lower) >= 2


def _tense(trig) -> str:
    tag = trig.tag_
    if trig.pos_ != "VERB":
        return "noun"
    aux = {c.lower_ for c in trig.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "would", "shall", "'ll"}:
        return "future"
    if tag in ("VBD",) or aux & {"has", "have", "had", "was", "were"}:
        return "past"
    if tag in ("VBZ", "VBP"):
        return "present"
    if tag == "VBG":
        return "ing"
    if tag == "VB":
        return "bare"
    return "part"


def _arcs(a, b) -> int:
    """How many dependency arcs part two tokens of a sentence: a name far in words but
    near in the parse ("France, which has deployed … in the Sahel, has warned Mali")
    stands near the event."""
    up = {a.i: 0}
    for n, t in enumerate(a.ancestors, 1):
        up[t.i] = n
    if b.i in up:
        return up[b.i]
    for n, t in enumerate(b.ancestors, 1):
        if t.i in up:
            return n + up[t.i]
    return abs(a.i - b.i)


def article_actors(doc, mentions) -> dict:
    """entity id -> (how many times the article names it, how many of those as a verb's
    subject): the actors a story is about are named again and again and act in it;
    a place or a firm named once beside an event seldom took part in it."""
    out: dict = {}
    for m in mentions or ():
        if m.entity is None:
            continue
        n, subj = out.get(m.entity, (0, 0))
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        head = _phrase(span.root) if span is not None and len(span) else None
        if head is not None and head.dep_ == "appos":
            head = _phrase(head.head)
        out[m.entity] = (n + 1, subj + int(head is not None and head.dep_ in ("nsubj", "nsubjpass")))
    return out


def article_pairs(doc, mentions) -> dict:
    """frozenset of two entity ids -> how many sentences of the article name both: the
    parties a story is about meet again and again ("Moscow … Bamako", "Russia … Mali"),
    a place or a firm beside an event seldom stands with the same actor twice."""
    by_sent: dict = {}
    for m in mentions or ():
        if m.entity is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            by_sent.setdefault(span.root.sent.start, set()).add(m.entity)
    out: dict = {}
    for ents in by_sent.values():
        ents = sorted(ents)
        for k, a in enumerate(ents):
            for b in ents[k + 1:]:
                key = frozenset((a, b))
                out[key] = out.get(key, 0) + 1
    return out


def _depth(trig) -> int:
    """Arcs from the event word up to its sentence's root: an event of the main clause
    is what the sentence reports, one deep inside it is often a setting or a detail."""
    n, t = 0, trig
    while t.head.i != t.i and n < 8:
        t, n = t.head, n + 1
    return n


def trust_features(doc, trig, rel, raw: float, quiet: float, plain: bool,
                   by_rule: bool, event: float, typed: float,
                   agents: frozenset = frozenset(), cast: dict | None = None,
                   pairs: dict | None = None) -> dict:
    """The reading of one relation, as numeric and one-hot features: its type and the
    model's belief in it, the article's kind, the ends' kinds and places in the parse,
    the event word's tense, clause and modality (``event``: the word's chance of being
    an event at all; ``typed``: the sentence classifier's chance of the type). No word of
    the text is a feature, so what is learnt is a kind of reading, not a phrase."""
    src, tgt = _head(doc, rel.source), _head(doc, rel.target)
    ends = [e for e in (rel.source, rel.target) if e is not None]
    lab = {}
    for side, span in (("s", rel.source), ("t", rel.target)):
        lab[side] = "none"
        if span is not None:
            for m in getattr(doc._, "mentions", None) or ():
                if m.start <= span.start < m.end or span.start <= m.start < span.end:
                    lab[side] = _LABELS.get(m.label, "OTHER")
                    break
            else:
                lab[side] = "OTHER"
    sp, tp = _place(trig, src), _place(trig, tgt)
    # measured on the clause: a controlled subject is the event's own ("vowed to
    # continue helping"), and a name stands where its phrase stands
    far = max((0 if _place(trig, h) == "ctrl" else _arcs(_end_head(h), trig)
               for h in (src, tgt) if h is not None), default=0)
    f = {
        "conf": _logit(raw),
        # the event word's share of being any event at all, and the whole sentence's
        # reading of this type: a word PLV-like enough in a sentence that is not
        "event": _logit(event),
        "sentence": _logit(typed),
        "quiet": 0.0 if plain else quiet,
        f"type={rel.type}": 1.0,
        f"s={lab['s']}": 1.0, f"t={lab['t']}": 1.0,
        f"sp={sp}": 1.0, f"tp={tp}": 1.0,
        f"tense={_tense(trig)}": 1.0,
        f"dep={trig.dep_ if trig.dep_ in _CLAUSES else 'other'}": 1.0,
        "far": min(far, 8) / 4.0,
    }
    if len(ends) == 2:
        f["both"] = 1.0
    f["depth"] = min(_depth(trig), 4) / 4.0
    if cast is not None:
        # how much of the story each named end is (``article_actors``)
        for side, ent in (("s", rel.source_entity), ("t", rel.target_entity)):
            if rel.source is None if side == "s" else rel.target is None:
                continue
            n, subj = cast.get(ent, (1, 0))
            f[f"{side}named"] = math.log(max(n, 1))
            if subj > (1 if _place(trig, src if side == "s" else tgt) in ("subj", "psubj") else 0):
                f[f"{side}acts"] = 1.0  # a subject elsewhere in the article too
    if pairs is not None and rel.source_entity and rel.target_entity and \
            rel.source_entity != rel.target_entity:
        # how often the article names the two ends together (``article_pairs``)
        together = pairs.get(frozenset((rel.source_entity, rel.target_entity)), 1)
        f["pair"] = math.log(max(together, 1))
    if plain:
        f["plain"] = 1.0
    if by_rule:
        f["rule"] = 1.0
    if rel.negated:
        f["neg"] = 1.0
    if rel.reporter_entity:
        f["reported"] = 1.0
    if trig.sent.start == 0:
        f["lead"] = 1.0  # a headline: few words, a loose parse
    for side, span, head in (("s", rel.source, src), ("t", rel.target, tgt)):
        if head is None:
            continue
        if head.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod") and \
                head.head.i != trig.i and head.head.pos_ in ("NOUN", "PROPN"):
            # a name qualifying a noun ("California growers", "the Gonzalez relatives",
            # "a Delaware court"): the noun acts, the name only says where or whose;
            # unless the noun is one PLV codes as acting for the name ("Mali's
            # government", "Wagner forces"): then the name is the actor
            noun = qualified(trig, head)
            f[f"{side}agent" if noun is not None and noun.lemma_.lower() in agents
              else f"{side}mod"] = 1.0
        if _odd(doc, span):
            f["odd"] = 1.0
    content = [q.content for q in getattr(doc._, "quotes", None) or ()]
    at = doc[trig.i].idx
    if any(c.start <= at < c.end for c in content):
        f["quoted"] = 1.0  # a speaker's own words: intentions and boasts more than events
    # A reading means one thing in political copy and another in a match report or a
    # launch ("a visit to", "both ends named"): each feature is weighed apart by the
    # article's kind, in proportion to it.
    kind = 0.0 if plain else quiet
    out = {"conf": f.pop("conf"), "quiet": f.pop("quiet")}
    for k, v in f.items():
        out[k] = v * (1.0 - kind)
        if kind:
            out["q:" + k] = v * kind
    # The type crossed with each end's kind, in hard copy only: a state helping a state
    # ("Moscow would continue to help Bamako") is aid, a product helping a player is not;
    # a people accusing is a demonym read as an actor more often than a body accusing.
    for side in ("s", "t"):
        out[f"x:{rel.type}:{side}={lab[side]}"] = 1.0 - kind
    return out


class Trust:
    """The fitted calibration (relations_judged.py trust), read from JSON."""

    def __init__(self, data: dict):
        self.bias = float(data["bias"])
        self.w = {k: float(v) for k, v in data["w"].items()}

    def __call__(self, feats: dict) -> float:
        z = self.bias + sum(self.w.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=2)
def load_trust(path: str = str(TRUST_PATH)) -> Trust:
    return read_weights(path, Trust, "the relation trust",
                        "Refit it with python benchmarks/relations_trust.py")
