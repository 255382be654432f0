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
  the quotation before it, never the name's apposition after it;
- ``clause_before_postposed_cue``: "… will be 4.3%, Mr Singh said - falling short of
  …": the phrase the writer sets off after a closing cue is the writer's, the clause
  before the cue is what was said;
- ``complement_after_cue``: "there was evidence, according to X, that …": the clause
  completing the interrupted one is part of what was said;
- ``without_trailing_relay``: "Malaysia said A, Reuters reported": the agency that relays
  it is no part of what Malaysia said;
- ``own_clause_of_adverb``: "Cole reportedly met …": an adverb cue reports the clause
  it sits in, never a quotation of the sentence before;
- ``without_writers_conjunct``: "X says the film is fine and has refused to withdraw
  it": the source's own act the writer coordinates with the claim is no part of it;
  (and, after a past perfect complement, "… and winning has not changed his mind": a
  present-perfect conjunct with its own subject is the writer's remark of now);
- ``with_lost_predicate``: "X suggested boxes - … - able to …, will be common": a
  subjectless root the cue hangs on is the predicate of what was said;
- ``closed_brackets``: a content never ends inside a bracket it opened, and a bare noun
  phrase coordinated with a verb of saying goes on with the complement's object;
- ``before_lost_full_stop``: '… "sorry for any trouble," The inquiry will …': a
  quotation closing on a comma before a new capitalised clause ends what was said;
- ``complement_of_inner_cue``: "According to the FT, X said that …": what X said is the
  complement of the inner "said";
- ``ends_on_auxiliary``: a content cut to end on "is" or "will" whose verb lies after it
  has lost its claim.
"""
from __future__ import annotations

from typing import Optional

from .cue_kinds import FINITE_TAGS, POSITION, SPEECH, TIME_MARKS, UNSOURCED_WORDS
from .extensions import text_of

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


#: Marks that set a phrase off after a closing cue ("…, he said - falling short of …").
SET_OFF = frozenset((",", "-", "--", "–", "—", ";"))


def _finite_verb(tok) -> bool:
    return tok.tag_ in FINITE_TAGS or any(
        g.dep_ in ("aux", "auxpass") and g.tag_ in FINITE_TAGS for g in tok.children)


def _trim(doc, a: int, b: int) -> tuple[int, int]:
    # (by part of speech: "%" is punctuation to the lexicon, a noun to the parse)
    while a < b and doc[a].pos_ in ("PUNCT", "CCONJ", "SPACE"):
        a += 1
    while b > a and doc[b - 1].pos_ in ("PUNCT", "SPACE"):
        b -= 1
    return a, b


def clause_before_postposed_cue(cue, a: int, b: int, in_quote) -> tuple[int, int]:
    """A content after a closing cue ("…, Mr Singh said - falling short of the law's
    requirement") that is a phrase set off by a dash or comma, with no finite verb of its
    own and no quotation marks, is the writer's comment on what was said; the cue reports
    the clause before it (its own complement there, or the clause it is set in)."""
    doc = cue.doc
    if a <= cue.i or any(in_quote[i] for i in range(a, b)):
        return a, b
    subject = [t.i for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i
               for t in c.subtree]
    gap = [t for t in doc[cue.i + 1:a] if t.i not in subject]
    if not gap or not all(t.is_punct for t in gap) or not any(t.text in SET_OFF for t in gap):
        return a, b
    if any(_finite_verb(t) and t.pos_ in ("VERB", "AUX") for t in doc[a:b]) \
            or any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[a:b]) \
            or doc[a].pos_ in ("ADP", "SCONJ"):
        return a, b   # (a phrase of the clause the cue interrupts, "It has achieved this,
        # he believes, by a canny mix of …", completes it: no comment of the writer's)
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.right_edge.i < cue.i), None)
    if clause is not None:
        start, end = clause.left_edge.i, clause.right_edge.i + 1
    elif cue.dep_ == "parataxis" and cue.head.i < cue.i:
        start, end = cue.head.left_edge.i, min(t.i for t in cue.subtree)
    else:
        return a, b
    start, end = _trim(doc, start, end)
    if end - start < 3 or not any(_finite_verb(t) for t in doc[start:end]):
        return a, b
    return start, end


def complement_after_cue(cue, a: int, b: int) -> tuple[int, int]:
    """A cue set off inside a clause ("there was evidence, according to Gartner, that some
    markets were slowing") whose content ends before it: the clause after it that
    completes the interrupted one (a that-clause or complement of its verb or of the noun
    before the cue) is part of what was said."""
    doc = cue.doc
    host = cue.head
    if host.i == cue.i or not a <= host.i < b:
        return a, b   # (before the cue's subtree is walked: most cues end here)
    own = list(cue.subtree)
    first, last = own[0].i, own[-1].i
    if b > first or not all(t.is_punct for t in doc[b:first]):
        return a, b
    if last + 2 >= len(doc) or doc[last + 1].text != ",":
        return a, b
    holders = [host] + [t for t in doc[a:b] if t.pos_ in ("NOUN", "PROPN") and t.i == b - 1]
    clause = next((c for h in holders for c in h.children
                   if c.dep_ in ("ccomp", "acl") and c.left_edge.i == last + 2
                   and any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if")
                           for g in c.children)), None)
    if clause is None:
        return a, b
    end = clause.right_edge.i + 1
    while end > clause.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return a, end


def without_trailing_relay(cue, a: int, b: int) -> tuple[int, int]:
    """"Malaysia said A and that B, Agence France Presse reported": a content that ends
    on a second source's closing cue (a verb of saying with its subject, set off by a
    comma, nothing after it) ends before that comma: the agency relays the words."""
    doc = cue.doc
    end = b
    while end > a and doc[end - 1].is_punct:
        end -= 1
    if end <= a:
        return a, b
    verb = doc[end - 1]
    if verb.i <= cue.i or verb.lemma_.lower() not in SPEECH | {"report"} or verb.pos_ != "VERB":
        return a, b
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.i > verb.i and not c.is_punct for c in verb.children):
        return a, b
    comma = subject.left_edge.i - 1
    if comma <= a or doc[comma].text != "," or any(
            t.i != comma and t.i not in {s.i for s in subject.subtree}
            for t in doc[comma:verb.i]):
        return a, b
    end = comma
    while end > a and doc[end - 1].pos_ in ("PUNCT", "SPACE") and not doc[end - 1].is_quote:
        end -= 1
    return (a, end) if end > a else (a, b)


def cut_before_auxiliary(doc, start_char: int, end_char: int):
    """Where to cut a content at ``end_char`` (before another cue) so that it does not end
    on an auxiliary of that cue's verb: before the whole clause of the verb where it is
    a clause of its own ("claims A and has | vowed to sue": before "has"; "A, but studies
    have | suggested B": before "studies"), else None, no cut, where the verb is the
    content's own ("the value of exports is | expected to reach $60bn")."""
    if not ends_on_auxiliary(doc, end_char):
        return end_char
    verb = next(t for t in reversed(doc) if t.idx + len(t.text) <= end_char
                and not t.is_punct and not t.is_space).head
    first = verb.left_edge
    return first.idx if first.idx > start_char else None


def ends_on_auxiliary(doc, end_char: int) -> bool:
    """Whether the last word before ``end_char`` is an auxiliary or copula of a verb
    after it ("the value of exports is | expected to reach $60bn"): cut there, the content
    holds the subject and none of the claim."""
    last = next((t for t in reversed(doc) if t.idx + len(t.text) <= end_char
                 and not t.is_punct and not t.is_space), None)
    if last is None:
        return False
    if last.dep_ in ("aux", "auxpass"):
        return last.head.idx >= end_char
    return last.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") and c.idx >= end_char
                                       for c in last.children)


def own_clause_of_adverb(cue, a: int, b: int) -> tuple[int, int]:
    """An adverb cue ("reportedly", "allegedly") hedges the clause it sits in: a content
    the model took from another sentence (the quotation before it, which is someone
    else's) is that clause instead."""
    if cue.pos_ != "ADV" or cue.lower_ not in UNSOURCED_WORDS:
        return a, b
    sent = cue.sent
    if sent.start <= a and b <= sent.end:
        return a, b
    clause = cue.head
    if clause.i == cue.i or clause.pos_ not in ("VERB", "AUX"):
        return a, b
    return _trim(cue.doc, clause.left_edge.i, clause.right_edge.i + 1)


#: Verbs of saying whose object after them is as often whom the words were told to.
TOLD_TO = frozenset("tell ask inform brief interview quote cite describe mention".split())
#: Verbs that, inverted after a claim with no comma, give the claim's source
#: ("… 600 images estimates the Consumer Electronics Association").
INVERTED_CLAIMS = frozenset("say estimate reckon predict claim report suggest calculate".split())


def inverted_source(cue, in_quote, region_of):
    """'"We have had an offer," confirmed a club spokesman.', "The average home has 600
    photos estimates the Photo Council.": a verb of saying after what was said, with its
    subject after it (which the parse may take for its object), reports what came before.
    Returns (the source's head token, the range [a, b) reported), or None.

    After a closing quotation mark (or its comma), any verb of saying with a noun phrase
    after it that ends the sentence or is set off by a comma; with no mark, a verb of
    saying or estimating that the parse hung as a conjunct of the clause before with no
    "and" between, followed by a name."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ") or cue.i == 0 or cue.i + 1 >= len(doc) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in cue.children):
        return None
    source = next((c for c in cue.children if c.i > cue.i and c.left_edge.i == cue.i + 1
                   and c.dep_ in ("nsubj", "dobj", "attr", "dative")
                   and c.pos_ in ("NOUN", "PROPN")), None)
    if source is None or not (source.right_edge.i + 1 >= len(doc) or doc[source.right_edge.i + 1]
                              .text in (".", ",", ";", "!", "?") or doc[source.right_edge.i + 1]
                              .is_space):
        return None
    lemma = cue.lemma_.lower()
    quoted = quotation_before(cue, in_quote, region_of)
    if quoted is not None:
        # ('"Who can forget it?" asked the magazine': after a question, whoever "asked"
        # asked it, as "said" says it)
        asked = lemma == "ask" and quoted[1] > quoted[0] and any(
            doc[i].text == "?" for i in range(max(quoted[0], quoted[1] - 3), quoted[1]))
        return (source, quoted) if lemma in SPEECH - TOLD_TO or asked else None
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or lemma not in INVERTED_CLAIMS \
            or doc[cue.i - 1].is_punct or in_quote[cue.i] \
            or any(c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children) \
            or not any(t.pos_ == "PROPN" for t in source.subtree) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children if c.i > cue.i
                   and c.i != source.i):
        return None
    a, b = _trim(doc, head.left_edge.i, cue.i)
    # ("There are other pressures on banks said Ann Lee": an existential "there" is the
    # clause's subject as much as a noun is)
    return (source, (a, b)) if b > a and any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                             and c.i < cue.i for c in head.children) else None


#: Nouns that say things themselves ("a letter saying that …", "fans saying …").
SAYING_NOUNS = frozenset("""
statement report letter note release study survey poll message email document poster banner
sign memo paper article story text advert advertisement website page petition leaflet
""".split())


def source_of_trailing_participle(cue, in_quote):
    """"Acme said it was hopeful about sales of its tools saying that demand is falling":
    a subjectless "saying" or "adding" that the parse hung on a noun inside what another
    cue reports goes on with that cue's words, so its source is that cue's subject, not
    the noun ("its tools" said nothing). None where it is not so, or where the noun is a
    text or a person that can say things itself."""
    from .speaker_words import PEOPLE_NOUNS, PERSON_NOUNS
    if cue.tag_ != "VBG" or cue.lemma_.lower() not in ("say", "add") or cue.dep_ != "acl" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    noun = cue.head
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() in (
            SAYING_NOUNS | PEOPLE_NOUNS | PERSON_NOUNS) or in_quote[cue.i]:
        return None
    tok = noun
    while tok.head.i != tok.i:
        child, tok = tok, tok.head
        if tok.pos_ in ("VERB", "AUX") and child.dep_ == "ccomp" \
                and tok.lemma_.lower() in SPEECH:
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is None or in_quote[subject.i] or subject.pos_ not in ("NOUN", "PROPN",
                                                                              "PRON"):
                return None
            return subject
    return None


def folded_expectation(cue, others) -> bool:
    """"According to Ann Cole, work will begin in May and it is expected to be ready in
    two years": a passive "expected" with no agent, inside what a named source is
    reported to say, is that source's expectation, already in its quote, not a report
    without a source. ``others``: the (start, end) characters of the quotes that have a
    speaker and report words or a stance."""
    if cue.lemma_.lower() != "expect" or not any(c.dep_ == "auxpass" for c in cue.children) \
            or any(c.dep_ == "agent" for c in cue.children):
        return False
    return any(start <= cue.idx and cue.idx + len(cue.text) <= end for start, end in others)


#: Modals of a reported clause ("would", the backshifted "will"): a clause the parse
#: coordinates with the cue, holding one, goes on with what was reported.
REPORTED_MODALS = frozenset("would could might may should".split())
#: Pronouns that stand for the reported clause's subject or the source.
SAME_SUBJECTS = frozenset(("it", "they", "he", "she"))


def coordinated_report(cue, a: int, b: int) -> tuple[int, int]:
    """"X said the station was not trying to replace him, but would rise to the
    challenge", "said the changes would speed decisions, and it also may make more":
    a second clause with a modal of reported speech, with no subject of its own or a
    pronoun one, that the parse coordinates with the cue rather than with the reported
    clause, is part of what was said. A verb of saying or of stance there is a cue of
    its own ("said A and added B"), and a clause with a noun subject may be the writer's
    ("said A, and shares rose")."""
    from .cue_kinds import POSITION
    doc = cue.doc
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i
                   and a <= c.i < b), None)
    if clause is None:
        return a, b
    end = clause.right_edge.i + 1
    while end > a and doc[end - 1].is_punct:
        end -= 1
    if b > end + 1 or b < end:
        return a, b
    conj = next((c for c in cue.children if c.dep_ == "conj" and c.i >= b), None)
    if conj is None or conj.pos_ not in ("VERB", "AUX") \
            or conj.lemma_.lower() in SPEECH | POSITION:
        return a, b
    between = [t for t in doc[b:conj.left_edge.i]]
    if not any(t.dep_ == "cc" for t in between) or not all(
            t.is_punct or t.dep_ == "cc" for t in between):
        return a, b
    subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not any(c.dep_ == "aux" and c.lower_ in REPORTED_MODALS for c in conj.children) \
            or subject is not None and subject.lower_ not in SAME_SUBJECTS:
        return a, b
    return _trim(doc, a, conj.right_edge.i + 1)


#: Closing quotation marks.
CLOSING = frozenset(('"', "”", "''", "’"))


def before_lost_full_stop(cue, a: int, b: int) -> tuple[int, int]:
    """'The firm said it was "sorry for any trouble caused," The inquiry will look at …':
    a quotation closing on a comma with no inverted cue after it, but a capitalised
    subject with a finite verb of its own (no verb of saying), lost its full stop: what
    the cue reports ends at the closing mark; the next sentence is the writer's."""
    from .cue_kinds import POSITION
    doc = cue.doc
    for i in range(max(a, cue.i + 1), b - 2):
        if doc[i].text != "," or doc[i + 1].text not in CLOSING or doc[i + 1].tag_ != "''":
            continue
        first = doc[i + 2]
        if not first.text[:1].isupper() or first.lower_ == "i":
            continue
        subject = next((t for t in doc[i + 2:b] if t.dep_ in ("nsubj", "nsubjpass")
                        and t.left_edge.i == i + 2 and t.head.i > t.i), None)
        if subject is None:
            continue
        verb = subject.head
        if verb.i >= b or not _finite_verb(verb) or verb.lemma_.lower() in SPEECH | POSITION:
            continue
        return a, i + 2
    return a, b


#: Auxiliaries of a perfect or progressive: "has refused", "is pursuing".
ASPECTS = frozenset(("have", "be"))


def without_writers_conjunct(cue, a: int, b: int) -> tuple[int, int]:
    """"X says the film is not offensive and has refused to withdraw it": where what is
    reported states what a thing is (a copula with a subject of its own, no person), a
    second verb with no subject that the parse coordinates with it, active, with an
    object, and in a perfect or progressive of the cue's own present, is what the source did, the writer's
    second predicate of it ("has refused", "is pursuing damages"), not what was said (a
    passive, "has been approved", or a modal, "would rise", goes on with the claim)."""
    doc = cue.doc
    if cue.tag_ == "VBD":
        return _without_present_conjunct(cue, a, b)
    if cue.tag_ not in ("VBZ", "VBP"):
        return a, b
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i
                   and a <= c.i < b), None)
    if clause is None or clause.lemma_ != "be" or not any(
            c.dep_ in ("acomp", "attr") for c in clause.children):
        return a, b
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN",) or any(
            t.ent_type_ == "PERSON" for t in subject.subtree):
        return a, b
    conj = next((c for c in clause.children if c.dep_ == "conj" and c.i < b), None)
    if conj is None or conj.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass", "expl") for c in conj.children):
        return a, b
    aux = [c for c in conj.children if c.dep_ == "aux" and c.i < conj.i]
    if not aux or any(c.lemma_ not in ASPECTS for c in aux) or aux[0].tag_ != cue.tag_ \
            or not any(c.dep_ in ("dobj", "xcomp") for c in conj.children):
        return a, b  # (an act done to something: "has refused to withdraw it", "is
        # pursuing damages"; "and has grown" is what the thing did, the claim's)
    cut = conj.left_edge.i
    while cut > a and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
        cut -= 1
    return (a, cut) if cut > clause.i else (a, b)


def _tense_of(verb) -> str:
    """The tag of a verb's finite word: its first auxiliary's, or its own."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return aux[0].tag_ if aux else verb.tag_


def _perfect(verb, tag: str) -> bool:
    """A perfect whose "have" has the tag: "had given" (VBD), "has changed" (VBZ)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                      and c.tag_ == tag and c.i < verb.i for c in verb.children)


def _without_present_conjunct(cue, a: int, b: int) -> tuple[int, int]:
    """"Ann said she had lost interest in it and winning a title has not changed her
    mind": after a past cue whose complement is told back in time (a past or past
    perfect), a conjunct with a subject of its own in the present or present perfect
    breaks the sequence of tenses: it is the writer's remark of now, not what was said.
    (A subjectless conjunct, "had shed jobs and is hiring", or a past one, "had lost and
    the team was tired", goes on with the claim.)"""
    doc = cue.doc
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i
                   and a <= c.i < b), None)
    if clause is None or not _perfect(clause, "VBD"):
        return a, b  # (a plain past, "was weak and jobs are going", is as often the claim
        # going on in the source's own tenses)
    conj = next((c for c in clause.children if c.dep_ == "conj" and c.i < b
                 and c.pos_ in ("VERB", "AUX")), None)
    if conj is None or not (_perfect(conj, "VBZ") or _perfect(conj, "VBP")) or not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in conj.children) \
            or any(c.dep_ == "mark" for c in conj.children):
        return a, b  # ("and that it has …": a second complement the cue reports)
    cut = conj.left_edge.i
    while cut > a and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
        cut -= 1
    return (a, cut) if cut > clause.i else (a, b)


def with_lost_predicate(cue, a: int, b: int) -> tuple[int, int]:
    """"The agency suggested smart fridges - or kitchen hubs - able to order food, will
    be common": where the parse left the complement's verb subjectless and made it the
    sentence's root (the cue hung on it as an adverbial clause), the content it chose
    ends on the complement's subject, just before ", will be …": that verb is the
    predicate of what was said and belongs to it (a claim needs its predicate)."""
    doc = cue.doc
    root = cue.head
    if cue.dep_ != "advcl" or root.dep_ != "ROOT" or root.i < b or a <= cue.i \
            or root.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
        return a, b
    if not any(c.dep_ == "ccomp" and a <= c.i < b for c in cue.children):
        return a, b  # (an infinitive, "believed to be safe, sank", has its verb)
    between = doc[b + 1:root.i]
    if b >= len(doc) or doc[b].text != "," or not all(
            t.head.i == root.i and t.dep_ in ("aux", "auxpass", "neg", "advmod")
            for t in between) or not (root.tag_ in FINITE_TAGS or any(
                t.dep_ in ("aux", "auxpass") and t.tag_ in FINITE_TAGS for t in between)):
        return a, b  # (an imperative, "if you want to, go …", is the writer's)
    return _trim(doc, a, root.right_edge.i + 1)


def _end_without_stop(doc, a: int, b: int) -> int:
    # (a closing bracket ends a phrase the content holds: only the full stop is cut)
    while b > a and (doc[b - 1].is_space or doc[b - 1].is_punct
                     and doc[b - 1].text not in (")", "]")):
        b -= 1
    return b


def closed_brackets(cue, a: int, b: int) -> tuple[int, int]:
    """"The firm claimed it had sales of $5m (£3m) but debts of $20m": a content never
    ends inside a bracket it opened (it runs to the closing bracket, in the sentence);
    and a bare noun phrase the parse coordinated with the cue ("claimed A but debts of
    …", no verb) goes on with the complement's object, since a verb of saying takes no
    noun phrase as a second act."""
    doc = cue.doc
    depth, end = 0, b
    # (only where the content's characters hold an opening bracket: most hold none)
    if b > a and "(" in text_of(doc)[doc[a].idx:doc[b - 1].idx + len(doc[b - 1])]:
        for t in doc[a:b]:
            depth += (t.text == "(") - (t.text == ")")
    if depth > 0:
        sent_end = doc[b - 1].sent.end if b > a else b
        close = next((t.i for t in doc[b:sent_end] if t.text == ")"), None)
        if close is None or b <= cue.i < close:
            return a, b  # ("good (a first, I think)": a bracket holding the cue is its aside)
        end = close + 1
    if a <= cue.i or cue.lemma_.lower() not in SPEECH | POSITION or not any(
            c.dep_ == "ccomp" and a <= c.i < end for c in cue.children):
        return a, end  # (a noun conjunct of a verb of doing is its second object)
    conj = next((c for c in cue.children if c.dep_ == "conj" and c.i >= end
                 and c.pos_ in ("NOUN", "PROPN")), None)
    if conj is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) \
            and all(t.dep_ == "cc" or t.is_punct for t in doc[end:conj.left_edge.i]) \
            and any(t.dep_ == "cc" for t in doc[end:conj.left_edge.i]):
        end = _end_without_stop(doc, a, conj.right_edge.i + 1)
    return a, end


#: Cues that name the medium a source's words come through ("According to the FT, …").
RELAYS = frozenset(("according",))


def complement_of_inner_cue(cue, a: int, b: int) -> tuple[int, int]:
    """"According to the FT, its chairman Tom Hart said that the team is not for sale":
    the verb of saying with its own subject inside the medium's clause is the inner cue;
    what was said is its complement, not the verb and its "that"."""
    if cue.lower_ not in RELAYS:
        return a, b
    verb = cue.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.i <= cue.i or not a <= verb.i < b or verb.lemma_.lower() not in SPEECH \
            or subject is None or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON"
                                          for t in subject.subtree):
        # (only a medium named before a named source's verb of saying: "X implies that
        # …, according to the FT" is the paper's reading of X, and "According to a survey
        # 40% of homes say …" the survey's finding, whole)
        return a, b
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return a, b
    start = clause.left_edge.i
    if cue.doc[start].dep_ == "mark" and cue.doc[start].lower_ == "that":
        start += 1
    return (start, b) if a <= start < b else (a, b)


def before_answer(question, answer, doc) -> Optional[tuple[int, int]]:
    """'Asked whether he would run he said: "…"': a cue with no attribution kind (a
    question put, "asked whether") that the parse ran on over a speech cue with a speaker
    yields the words to that cue's item; the question's own words stop where the answer's
    speaker starts. Items are find_quotes' (p, (start, end), cue, speaker tokens, head,
    (z, kind, form)); returns the question's cut char range, or None where it is not so."""
    (qs, qe), (_, _), cue, phrase = question[1], answer[1], answer[2], answer[3]
    # (only a question: an act's object that a relative clause's cue describes, "criticised
    # a leader who said …", is the act's, and "who" names no one)
    if question[5][1] is not None or question[2].lemma_.lower() != "ask" \
            or answer[5][1] not in ("speech", "position") or phrase is None \
            or doc[phrase[0]].lower_ in ("who", "which", "that") or not qs < cue.idx < qe:
        return None
    cut = doc[phrase[0]].idx
    while cut > qs and doc.text[cut - 1].isspace():
        cut -= 1
    return (qs, cut) if cut > qs and cut <= answer[1][0] else None

