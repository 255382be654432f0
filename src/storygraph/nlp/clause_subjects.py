"""A coordinated cue's own subject where the parse hung it on the clause before.

"Police claimed the man led the gang but his lawyer, Ann Cole, told reporters it was
absurd": the parser often reads "his lawyer" as a conjunct of "gang" (a noun of what the
police claimed) and "told" as a second verb of "claimed" with no subject of its own. A
coordinated verb with no subject says what the first clause's subject did next ("said A
but stressed B"), so without this the police would be given the lawyer's words, and what
the police claimed would run on into the lawyer's name.
"""
from __future__ import annotations

from typing import Optional

from .speaker_words import SUBJECTS

#: Words that join two clauses each with a subject of its own.
CLAUSE_JOINS = frozenset(("but", "and", "yet", ";"))


def late_subject(cue):
    """The noun phrase right before a coordinated cue with no subject (or before the
    coordinated verb it hangs on, "… told X it was absurd and added: …"), when the parse
    made it a conjunct of a noun of the clause before, after "but"/"and"/";": that phrase
    is the cue's subject. Its apposed name where it has one ("his lawyer, Ann Cole,": Ann
    Cole speaks). None where the cue is not so."""
    tok = cue
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in SUBJECTS for c in tok.children):
        found = _phrase_before(tok)
        if found is not None:
            return found
        tok = tok.head
    return None


def _phrase_before(verb):
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0:
        return None
    head = doc[i]
    while head.dep_ in ("appos", "compound", "flat") and head.head.i < head.i:
        head = head.head
    first = verb.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "conj" \
            or head.head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or not first.i < head.head.i < head.i \
            or head.left_edge.i < 1 or doc[head.left_edge.i - 1].lower_ not in CLAUSE_JOINS \
            or head.right_edge.i >= verb.i:
        return None
    name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return name if name is not None else head


def before_late_subject(cue, a: int, b: int, cues) -> tuple[int, int]:
    """"Police claimed the man led the gang but his lawyer, Ann Cole, told …": what the
    cue reports ends before the "but" that brings in another cue's own subject (one of
    ``cues``, the lemmas that may report words), not with the lawyer's name."""
    doc = cue.doc
    for verb in doc[b:cue.sent.end]:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in cues:
            continue
        found = late_subject(verb)
        if found is None:
            continue
        while found.dep_ == "appos":
            found = found.head
        join = found.left_edge.i - 1
        if a < join < b:
            end = join
            while end > a and doc[end - 1].is_punct and doc[end - 1].text not in ('"', "'", "”", "’"):
                end -= 1
            return a, end
    return a, b


#: Words that pick one of a group out ("one of his students", "each of the judges").
_MEMBERS = frozenset(("one", "another", "each"))


def member_named(cue, best):
    """The name a "one of X's Ns" aside describes ("Ann Cole, one of the professor's
    students, says"), where the speaker found is the group inside the aside: the one
    named speaks, not the group nor whoever it belongs to. The parse may hang the name
    anywhere (on the sentence before, when it missed the break), but the aside is apposed
    to it and ends at the comma right before the cue. Else ``best``."""
    if best is None or best.dep_ != "pobj" or best.head.lower_ != "of":
        return best
    one = best.head.head
    name = one.head
    doc = cue.doc
    if one.lower_ in _MEMBERS and one.dep_ == "appos" and name.pos_ == "PROPN" \
            and name.i < one.i < cue.i and doc[one.i - 1].text == "," \
            and one.right_edge.i + 2 == cue.i and doc[one.right_edge.i + 1].text == ",":
        return name
    return best


#: Marks that close a quotation.
_CLOSING = frozenset(('"', "'", "''", "”", "’"))
#: Prepositions that give where a person works or comes from ("Ann Cole, from Acme").
_AFFILIATIONS = frozenset(("from", "of", "at"))


def name_after_quotation(cue, in_quote):
    """'"…," Ann Cole, from the Home Audio Guild (HAG) told …': a cue with no subject
    whose parse hung the name between the closing mark and it inside the quotation (as an
    apposition of a noun the quotation holds). The person named first there is the cue's
    subject; the body in her ``from``/``of``/``at`` phrase or its bracketed acronym is
    only where she works. None where the cue has a subject or the words are not so."""
    if cue.pos_ not in ("VERB", "AUX") or in_quote[cue.i] \
            or any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and not in_quote[i] and doc[i].text not in _CLOSING and cue.i - i < 20:
        i -= 1
    if i < 0 or doc[i].text not in _CLOSING or i + 1 >= cue.i:
        return None
    words = doc[i + 1:cue.i]
    if any(t.pos_ in ("VERB", "AUX") or t.is_sent_start for t in words):
        return None   # (a clause of the writer's between them, or a new sentence)
    k = i + 1
    while k < cue.i and doc[k].ent_type_ == "PERSON" and doc[k].pos_ == "PROPN":
        k += 1
    if k == i + 1:
        return None
    if k < cue.i and not (doc[k].text == "," and k + 1 < cue.i
                          and doc[k + 1].lower_ in _AFFILIATIONS | {"a", "an", "the"}):
        return None
    return doc[k - 1]


#: Verbs whose subject made the document they take ("Acme published a report") or the
#: document they were said in ("Acme made the comments in a report", "said in a report").
MAKING = frozenset(("make", "publish", "release", "issue", "produce", "compile", "write",
                    "say", "state"))


def maker_words(doc_noun) -> list:
    """The words of the subject of the verb that made a document ("An Acme mission made
    the comments in a report", "Acme published a report"): a document is its maker's,
    and "the report" after it points back to that maker. The subject's own words only,
    never a clause's ("the firm, which …"); [] where the document is no such verb's."""
    verb = doc_noun.head
    if doc_noun.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ == "prep":
        verb = verb.head
        if verb.dep_ == "dobj":   # (the parse may hang "in a report" on "the comments")
            verb = verb.head
    elif doc_noun.dep_ != "dobj":
        return []
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in MAKING:
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    return [t for t in subj.subtree if t.i == subj.i or t.dep_ in ("compound", "poss", "flat")]


_DASHES = ("-", "–", "—", "--")


def subject_before_dashes(cue):
    """"… , Acme - the region's largest grower - announced profits had …": a verb right
    after the closing dash of an apposition set off by dashes, with no subject of its
    own in the parse (which often reads the dashes as a compound's hyphens), has for its
    subject the name right before the opening dash. None where the cue is not so."""
    doc = cue.doc
    if cue.i < 4 or doc[cue.i - 1].text not in _DASHES or any(
            c.dep_ in SUBJECTS for c in cue.children):
        return None
    sent = cue.sent
    i = cue.i - 2
    while i > sent.start and doc[i].text not in _DASHES:
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].is_punct or cue.i - i > 12:
            return None   # (a clause of its own between the dashes: not an apposition)
        i -= 1
    if i <= sent.start or i == cue.i - 2:
        return None
    name = doc[i - 1]
    return name if name.pos_ == "PROPN" and name.ent_type_ in (
        "PERSON", "ORG", "GPE", "NORP") else None
