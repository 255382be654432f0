"""Speakers that are several named sources at once, which one speaker entity cannot hold.

"The coach and his captain Ann Cole have both said", "Both clubs have pledged", "Acme,
Bolt Ltd and Crane Corp all said": the quote contract carries one speaker entity, and by
the judging protocol a pair of named sources given one of them, one id minted for all,
or none at all is wrong either way. Such a speaker is told apart here (pure functions of
the parse) so that it gets no entity and a way of its own (``several``) in the speaker
certainty, whose measured rate keeps it under the shown threshold: the quote stays in the
store, known not to hold its sources.
"""
from __future__ import annotations

from .body_words import firm_word
from .elsewhere import BODY_DOCUMENTS
from .number_words import SMALL_NUMBERS
from .speaker_words import PLACES

#: Words that join sources into several ("A and B", "A & B", "neither A nor B").
JOINERS = frozenset(("and", "&", "nor"))
#: Floating quantifiers that make a cue's subject several ("have both said", "all said").
FLOATING = frozenset(("both", "all"))
#: Pronouns for no one the text names ("Gonzalez and everyone else", "X and others").
_UNNAMED_PRONOUNS = frozenset(("it", "which", "that", "who", "one", "others", "some", "many",
                               "everyone", "everybody", "anyone", "anybody", "someone",
                               "somebody", "all", "both", "each", "either", "neither", "none"))
#: Dependencies by which a name or a word hangs inside a noun phrase, not heading it.
_INSIDE = frozenset(("appos", "compound", "flat", "nmod"))


def phrase_head(tok):
    """The noun heading the phrase a speaker's head token stands in: a name set beside
    a noun ("his captain Ann Cole") is that noun's phrase."""
    while tok.dep_ in _INSIDE and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        if tok.dep_ == "appos" and any(t.is_punct for t in tok.doc[min(tok.i, tok.head.i):max(tok.i, tok.head.i)]):
            break   # (a name set off after a quotation is the speaker, not its apposition)
        tok = tok.head
    return tok


def _party(tok, mentions) -> bool:
    """Whether a conjunct points at a source the text names: a name found, a
    he/she/they, or a definite description ("the player himself", "his captain"); not
    "FBI agents", who are unnamed people of a named body, nor a title's capitalised words
    ("Ann Cole, Trade and Industry Minister")."""
    if tok.pos_ == "PROPN" or tok.ent_type_:
        return any(m.start <= tok.idx < m.end for m in mentions) or (
            not mentions and tok.ent_type_ in ("PERSON", "ORG", "GPE"))
    if tok.pos_ == "PRON":
        return tok.lower_ not in _UNNAMED_PRONOUNS
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        return False  # (a body's own officers speak with it: "the Fed and its chairman")
    return any((c.dep_ == "det" and c.lower_ in ("the", "this")) or c.dep_ == "poss"
               for c in tok.children)


def _joined(np) -> list:
    """The conjuncts joined by an "and" at the phrase's level, the phrase first."""
    top = np
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "pobj" and top.head.lower_ not in ("to", "by", "from"):
        # (names in a place or an example are no speaker's: "in Chechnya and Moscow-backed
        # leader Doku Zavgayev", "sites such as A and B", the parse's conjuncts)
        return [np]
    out = [top]
    todo = [top]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            if c.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss") for d in c.children):
                # (a bare role noun is the name's description, whatever follows it in
                # the parse's chain: "Ann Cole, partner and CEO at Acme, commented")
                continue
            out.append(c)
            todo.append(c)
    # (the parse may hang the "and" on an apposition of the first: "The player
    # himself and his captain")
    last = max(t.i for t in out)
    if len(out) < 2 or not any(t.dep_ == "cc" and t.lower_ in JOINERS
                               for t in top.doc[top.i:last]):
        return [np]
    return out


def several_sources(head, mentions=()) -> bool:
    """Whether a speaker phrase stands for several sources the text names: conjuncts
    each pointing at a named party ("The player himself and his captain Ann Cole",
    whichever of them the parse made the speaker), "both" on a plural noun ("Both
    clubs", who are named before: a pair known by the words), or "both"/"all" floating
    on the cue of a name ("Acme, Bolt and Crane all said", which the tagger may read as
    one name). ``mentions`` are the names found, each one source however it is
    parsed."""
    np = phrase_head(head)
    # (conjuncts inside one name are one source: "Standard & Poor's", "Marks and Spencer")
    parties = {next((m.start for m in mentions if m.start <= t.idx < m.end), t.idx)
               for t in _joined(np) if _party(t, mentions)}
    if len(parties) >= 2:
        return True
    if np.tag_ in ("NNS", "NNPS") and len(_joined(np)) == 1 and not any(
            c.dep_ == "conj" for c in np.children) and any(
            c.dep_ in ("det", "predet") and c.lower_ == "both" for c in np.children):
        # (not "both backbenchers and Labour peers": two unnamed groups)
        return True
    if pair_pointed_to(np, mentions) or joint_document(np, mentions):
        return True
    cue = np.head
    if np.dep_ in ("nsubj", "nsubjpass") and np.pos_ == "PROPN" and np.tag_ != "NNPS" \
            and cue.pos_ in ("VERB", "AUX") and any(
                c.lower_ in FLOATING and c.dep_ in ("dep", "advmod", "det", "predet", "nsubj", "appos")
                and np.i < c.i < cue.i and not any(d.dep_ == "prep" for d in c.children)
                for c in list(cue.children) + list(np.children)):
        return True
    return False


#: Number words that count the bodies a plural points back to ("the three firms").
#: (a join a reader counts back at a glance: two to six names, none of "the one firm")
_COUNTS = {w: n for w, n in SMALL_NUMBERS.items() if 2 <= n <= 6}


def pair_pointed_to(np, mentions) -> bool:
    """Whether a definite plural of a body's word ("The companies said", "the three
    firms claim") points back to bodies the text named joined ("SBC Ltd and Acme Corp
    said …"): the last such join before it, in its own paragraph, or anywhere before
    where the phrase counts them ("the three firms" after "A, B and C"). The plural is
    then those bodies together, as "Both clubs" is."""
    if np.pos_ != "NOUN" or np.tag_ != "NNS" or not firm_word(np.lemma_) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in np.children) \
            or any(c.dep_ in ("relcl", "prep", "acl", "compound", "amod", "poss")
                   for c in np.children):
        return False
    counted = [_COUNTS.get(c.lower_) for c in np.children if c.dep_ == "nummod"]
    if counted and counted[0] is None:
        return False
    doc = np.doc
    bodies = [m for m in mentions if getattr(m, "label", "ORG") not in PLACES | {"PERSON"}]
    for tok in reversed(doc[:np.left_edge.i]):
        if not counted and "\n" in doc.text[tok.idx:np.left_edge.idx]:
            return False
        if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
            continue
        joined = _joined(tok) + _listed_before(tok)
        named = {next((m.start for m in bodies if m.start <= t.idx < m.end), None) for t in joined}
        if len(joined) < 2 or None in named or len(named) != len(joined):
            continue
        return not counted or counted[0] == len(named)
    return False


def _listed_before(top) -> list:
    """The names a list sets before its joined pair with commas, where the parse hung
    each on the verb on its own ("Sony, IBM and Toshiba have", "Sony" an adverb of it)."""
    doc, out, i = top.doc, [], top.left_edge.i
    while i >= 2 and doc[i - 1].text == "," and doc[i - 2].pos_ == "PROPN":
        name = doc[i - 2]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        if not (name.head.i == top.i or (name.head.i == top.head.i and name.dep_ != "prep"
                                         and name.head.i != name.i)):
            break
        out.append(name)
        i = name.left_edge.i
    return out


#: How many sentences after an indefinite document ("a report says") the text may point
#: back to it with its issuers.
_AHEAD = 3


def joint_document(head, mentions) -> bool:
    """Whether a document phrase is one that named bodies issued together: its own
    "by"/"from" joins two ("a report from A and B"), or it points back to such a
    document ("The report calculated" after "the joint report from A and B said"), or,
    indefinite ("a report says"), the next sentences point back to it so. Such a
    document is no one of its issuers' alone."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in BODY_DOCUMENTS:
        return False
    if _jointly_issued(head, mentions):
        return True
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
    doc, lemma = head.doc, head.lemma_.lower()
    if dets & {"the", "this"}:
        earlier = next((t for t in reversed(doc[:head.i]) if t.pos_ == "NOUN"
                        and t.lemma_.lower() == lemma), None)
        return earlier is not None and _jointly_issued(earlier, mentions)
    if dets & {"a", "an"} and doc.has_annotation("SENT_START"):
        sent = head.sent
        for _ in range(_AHEAD):
            if sent.end >= len(doc):
                break
            sent = doc[sent.end].sent
            later = next((t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() == lemma), None)
            if later is not None:
                return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in later.children) \
                    and _jointly_issued(later, mentions)
    return False


def _jointly_issued(doc_noun, mentions) -> bool:
    """Whether a document's own "by"/"from" names two bodies or more joined by "and"."""
    for prep in (c for c in doc_noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            joined = [obj] + [c for c in obj.children if c.dep_ == "conj"]
            if len(joined) < 2 or not any(c.dep_ == "cc" and c.lower_ in JOINERS for c in obj.children):
                continue
            named = {m.start for t in joined for m in mentions if m.start <= t.idx < m.end
                     and getattr(m, "label", "ORG") != "PERSON"}
            if len(named) == len(joined):
                return True
    return False
