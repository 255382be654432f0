"""What a cue reports: mends to the content span the model picked, from the parse.

Each function takes the cue token and the content's token range [a, b) and returns the
range mended (or unchanged):
- ``opening_phrase``: an opener such as "In fact," before a parenthetical cue belongs
  with the cue, not with what is said;
- ``main_clause_of_parenthetical``: "Huge changes are afoot, he predicted, as firms …":
  a cue set off by commas reports the clause it interrupts, never the adverbial clause
  hanging after it;
- ``whole_object``: "claimed no responsibility for the content …": what is claimed is the
  whole object, with its determiner, not only what its preposition governs; and a
  clause of time or cause after a noun phrase is the writer's;
- ``quotation_before``: '"Yes," exclaimed Ann, a daughter of …': an inverted cue reports
  the quotation before it, never the name's apposition after it.
"""
from __future__ import annotations

from .attribution import TIME_MARKS

#: Words that make a phrase a clause: an opener has none of them.
CLAUSE_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "csubj", "expl"))


def opening_phrase(toks) -> bool:
    """"In fact,", "On Monday,", "Of course,": a few words before a parenthetical
    speaker that hold no verb and no subject or object, ended by a comma. They open the
    sentence the cue interrupts; what is said starts after the cue."""
    words = [t for t in toks if not t.is_punct]
    return 0 < len(words) <= 4 and toks[-1].text == "," and not any(
        t.pos_ in ("VERB", "AUX") or t.dep_ in CLAUSE_DEPS for t in words)


def _marked_clause(tok, marks=TIME_MARKS) -> bool:
    return any(g.dep_ == "mark" and g.lower_ in marks for g in tok.children)


#: Marks of a clause the writer hangs after a parenthetical cue to say why or when
#: ("…, he predicted, as companies offer …"); a condition ("if rates fall") is as often
#: part of the claim, and stays.
BACKGROUND_MARKS = frozenset("as because since when while whilst".split())


def main_clause_of_parenthetical(cue, a: int, b: int) -> tuple[int, int]:
    """A cue set off by commas after a clause (", he predicted,") followed by an adverbial
    clause of time or cause ("as companies offer …") reports the clause it interrupts,
    from its first word to the comma before the speaker: not the adverbial clause alone
    (the model's pick), nor the whole sentence with it."""
    doc = cue.doc
    if cue.dep_ != "parataxis" or cue.head.i > cue.i or cue.i + 2 >= len(doc) \
            or doc[cue.i + 1].text != ",":
        return a, b
    first = cue.i + 2
    clause = next((c for c in list(cue.children) + list(cue.head.children)
                   if c.dep_ == "advcl" and c.left_edge.i == first
                   and _marked_clause(c, BACKGROUND_MARKS)), None)
    if clause is None or b > clause.right_edge.i + 2 or not (
            a >= first or a <= cue.head.left_edge.i):
        return a, b
    start = cue.head.left_edge.i
    end = min(t.i for t in cue.subtree)   # (the comma before the speaker)
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end) if end - start >= 2 else (a, b)


def whole_object(cue, a: int, b: int) -> tuple[int, int]:
    """"claimed no responsibility for the content they carry": a content that is what a
    preposition of the cue's direct object governs is that whole object ("no
    responsibility for …", whose "no" is the claim). A clause of time or cause that then
    ends it ("… since the Law Commission dubbed them") is the writer's, not part of the
    noun phrase."""
    doc = cue.doc
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or not obj.left_edge.i <= a <= obj.right_edge.i or b > obj.right_edge.i + 1:
        return a, b   # (a content running past the object is a clause the parse split:
        # "said the e-mails | started circulating …")
    if a > obj.left_edge.i:
        # (only a negated object: "expressed concern about the policy" claims the
        # thing, as PolNeAR's gold has it; "no responsibility for" denies it)
        if obj.i >= a or not any(c.dep_ == "det" and c.lower_ in ("no", "neither")
                                 for c in obj.children) or not any(
                p.dep_ == "prep" and p.i < a and any(g.dep_ == "pobj" and g.left_edge.i == a
                                                     for g in p.children)
                for p in obj.children):
            return a, b
        a = obj.left_edge.i
    for t in doc[a:b]:
        # (hung on the object, on a clause describing it or on a gerund after its
        # preposition; not inside a clause the noun holds, "the suggestion that unless
        # the squabbling stopped, …", which is what was said)
        if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX") and _marked_clause(t) \
                and t.left_edge.i > obj.i and (t.head.i == obj.i or t.head.dep_ in ("relcl", "pcomp")):
            b = min(b, t.left_edge.i)
            break
    while b > a and doc[b - 1].is_punct:
        b -= 1
    return a, b


def without_addressee(cue, a: int, b: int) -> tuple[int, int]:
    """"has told the trial that the film was a disaster": a content that opens on whom
    the cue told (its object) and runs on into the clause it told them is that clause;
    the addressee heard it, and said nothing."""
    if cue.lemma_.lower() != "tell":
        return a, b
    heard = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i
                  and c.left_edge.i == a), None)
    told = next((c for c in cue.children if c.dep_ == "ccomp" and heard is not None
                 and c.left_edge.i > heard.right_edge.i and c.left_edge.i < b
                 # (a whole clause: "told a conference in Pretoria self-rule could
                 # begin", the subject parsed into the object, is no clause to cut at)
                 and any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in c.children)), None)
    if told is None:
        return a, b
    return told.left_edge.i, b


def relative_antecedent(cue, a: int, b: int) -> tuple[int, int]:
    """A content that is only a relative pronoun ("a ruling, which is expected next
    month"; "the bids, which fans opposed") says nothing by itself: what it stands for is
    the noun phrase the relative clause hangs on, up to that clause."""
    doc = cue.doc
    if b - a != 1 or doc[a].tag_ not in ("WDT", "WP"):
        return a, b
    clause = doc[a].head
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.i != cue.head.i:
        clause = clause.head
    noun = clause.head
    if clause.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > a:
        return a, b
    # (the noun the parse hangs the clause on: climbing to a noun before it would as
    # often go too far, "action in the lead-up to the election, which is expected")
    start, end = noun.left_edge.i, clause.left_edge.i
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return (start, end) if end > start else (a, b)


def quotation_before(cue, in_quote, region_of):
    """The token range of the quotation that ends right before the cue, its marks
    included ('"Yes," exclaimed Ann': what an inverted cue reports), else None."""
    doc, j = cue.doc, cue.i - 1
    if j > 0 and doc[j].text == "," and not in_quote[j]:
        j -= 1
    if j < 0 or not in_quote[j] or region_of[j] < 0:
        return None
    a = j
    while a > 0 and region_of[a - 1] == region_of[j]:
        a -= 1
    return (a, j + 1) if any(t.is_alpha for t in doc[a:j + 1]) else None


def quotation_before_subject(cue, phrase, a: int, b: int, in_quote, region_of) -> int:
    """The start of what a cue reports where its subject comes right after a quotation
    closing on a comma ('"A," Ann Cole, head of research at Acme, told the paper. "B."',
    the quotation after it opening the next sentence):
    that comma hands the quotation to the cue after it, so where the model took only the
    quotation after the cue (a long apposition put the first out of its reach), the
    content starts back at the first quotation, as it does when the subject is short.
    Else ``a``."""
    doc = cue.doc
    if phrase is None or a <= cue.i or not in_quote[a] or phrase[1] > cue.i \
            or not any(t.text in (".", "!", "?") and not in_quote[t.i] for t in doc[cue.i:a]):
        return a   # (', adding "…"' after the cue is what the cue's own sentence adds)
    j = phrase[0] - 1
    if j < 2 or not in_quote[j] or region_of[j] < 0 or doc[j - 1].text != "," \
            or any("\n" in t.text for t in doc[j:cue.i]):
        return a
    k = j
    while k > 0 and region_of[k - 1] == region_of[j]:
        k -= 1
    return k if any(t.is_alpha for t in doc[k:j]) else a
