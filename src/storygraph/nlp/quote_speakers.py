"""Quote speakers: the rules that read who a cue's speaker phrase names.

Past the model's pick among a sentence's nouns, the parse decides whose words they are:
the person a phrase names rather than the body it belongs to, the name after an inverted
cue (``"…," said Mr Hogan``), the source of ``according to X``, the subject a misread
parse hid; also whom the words were told to (the addressee), and why a speaker is left
without an entity (the writer, a phrase pointing back, an unnamed source).
``quotes.find_quotes`` calls them; the last four (``named_or_inverted`` to ``own_speaker``)
are the chain, in order, that repairs the model's pick for one cue.
"""
from __future__ import annotations

from typing import Optional

from ..types import Span
from .clause_subjects import (late_subject, member_named, name_after_quotation,
                              subject_before_dashes)
from .cue_kinds import SPEECH
from .descriptions import POSTS, agent_noun
from .framing import body_noun
from .quote_content import inverted_source, source_of_trailing_participle
from .speaker_rules import affiliation_holder
from .speaker_words import DESCRIPTIONS, PEOPLE_NOUNS, PERSON_NOUNS, QUANTIFIERS
from .speech_verbs import SAYING, SAYING_AS


def tok_span(doc, a: int, b: int) -> Span:
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    return Span(start, end, doc[a:b].text)


def addressee(cue) -> Optional[Span]:
    lemma = cue.lemma_.lower()
    for c in cue.children:
        if lemma == "tell" and c.dep_ in ("dobj", "dative", "iobj") and c.pos_ in ("PROPN", "NOUN", "PRON"):
            return tok_span(cue.doc, c.left_edge.i, c.i + 1)
        if lemma in ("say", "write", "explain", "admit", "confirm") and c.dep_ in ("prep", "dative") \
                and c.lower_ == "to":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return tok_span(cue.doc, obj.left_edge.i, obj.i + 1)
    return None


#: Verbs whose subject passes on what the object "as saying" said.
CARRIERS = frozenset(("quote", "report", "cite"))


def speaker_head(cue, best):
    """The person a speaker phrase names, not the body it belongs to: "Lawyers for the
    spammers said", "Gilles Babinet, chief executive of Musiwave, said", "the chairman of
    the Police Federation said"; "Reuters quoted an official as saying" -> the official;
    "users are being told to …" -> nobody (they were told)."""
    lemma = cue.lemma_.lower()
    if lemma in CARRIERS:
        # ("Reuters reported BaFin as saying": the one who said it is the object; the
        # subject only carried the words, as with "quoted"; "reported him as missing" is
        # no saying)
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        if obj is not None and any(c.dep_ == "prep" and c.lower_ == "as" and (
                lemma == "quote" or any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                        and g.lemma_.lower() in SAYING_AS for g in c.children))
                for c in cue.children):
            return obj
    if best is None:
        return None
    if lemma in ("tell", "ask", "urge", "warn", "advise", "order", "describe") \
            and best.dep_ == "nsubjpass" and best.head.i == cue.i:
        return None  # ("Kopp … has been described only as a material witness": described)
    if lemma == "say" and best.i < cue.i and best.dep_ == "nsubj" and not any(
            c.dep_ == "ccomp" for c in cue.children) and any(
            c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in cue.children):
        return None  # "China said to fear dissidents": said of China, by no one named
    prev = cue.doc[cue.i - 1] if cue.i > 0 else None
    if prev is not None and prev.i != best.i and prev.dep_ == "conj" \
            and prev.pos_ in ("NOUN", "PROPN") and cue.tag_ in ("VBP", "VBZ", "VBD") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        # "Kopp remains at-large and police admit that …": the parse joined "police" to
        # the clause before and left the finite cue without a subject; the noun right
        # before it is its subject, not the other clause's
        return prev
    if best.dep_ == "npadvmod" and best.head.lower_ == "old":
        old = best.head   # "The 67-year-old also said": the one who is 67; "said
        # 23-year-old Rahm": the age describes Rahm, who is the one
        return old.head if old.dep_ == "amod" and old.head.pos_ in ("PROPN", "NOUN") else old
    holder = affiliation_holder(best, cue)
    if holder is not None:
        return holder
    up = best
    while up.dep_ == "conj" and up.head.i != cue.i:
        up = up.head  # "The star of Rain Man and Tootsie": of the first conjunct's phrase
    while up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.lower_ in (
            "of", "for", "at", "from", "in") and up.head.head.i != cue.i:
        up = up.head.head
        if up.lemma_.lower() in PERSON_NOUNS | DESCRIPTIONS | PEOPLE_NOUNS \
                or up.ent_type_ == "PERSON":
            if up.dep_ == "appos" and up.head.pos_ in ("NOUN", "PROPN"):
                up = up.head  # "Gilles Babinet, chief executive of Musiwave"
            return up
    return best


def name_past_modifier(best):
    """The name set off by commas after a role noun's prepositional modifier ("the
    network's controller of drama, NAME, said"), which the parse hangs on the modifier's
    object: the person so named speaks, not the post nor its firm; else ``best``."""
    if best is None or best.pos_ != "NOUN" or not (best.lemma_.lower() in (
            PERSON_NOUNS | DESCRIPTIONS | PEOPLE_NOUNS | POSTS) or agent_noun(best.lemma_.lower())):
        return best
    doc = best.doc
    for prep in (c for c in best.rights if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
                 or c.lower_ in ("in", "from") and any(
                     o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") for o in c.children)):
        # (hung on the noun itself, past the modifier the speaker phrase stops at, or on
        # the modifier's object; a place the post is held in is such a modifier too: "the
        # paper's correspondent in Lima, NAME, said")
        objs = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ != "PERSON"]
        for up in [best] + objs:
            name = next((c for c in up.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                         and c.pos_ == "PROPN" and c.i > prep.i
                         and doc[c.left_edge.i - 1].text == ","), None)
            if name is not None:
                return name
    return best


def according_to_measure(cue) -> bool:
    """"according to how long he spends", "according to whether they win": a measure
    something goes by, not a source (a clause of manner or condition, not a name)."""
    if cue.lower_ != "according":
        return False
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    clause = next((c for c in to.children if c.dep_ == "pcomp"), None) if to is not None else None
    return clause is not None and clause.left_edge.lower_ in ("how", "whether", "if", "when", "where")


def aside_of(best, cue):
    """The noun an aside set off by commas belongs to, where the model took a word inside
    the aside ("a detective, speaking on condition of anonymity, said": the detective)."""
    if best is None:
        return None
    doc = best.doc
    for up in [best] + list(best.ancestors):
        if up.i >= cue.i:
            break
        if up.tag_ in ("VBG", "VBN") and up.dep_ in ("advcl", "acl") and up.i != best.i:
            at, after = up.left_edge.i, up.right_edge.i + 1
            if at >= 2 and doc[at - 1].text == "," and doc[at - 2].pos_ in ("NOUN", "PROPN") \
                    and after < cue.i and doc[after].text == ",":
                return doc[at - 2]
    if best.i > cue.i + 1 and best.head.dep_ == "agent" and best.head.head.tag_ == "VBN" \
            and best.head.head.dep_ == "acl":
        # "…," said a government communique, read at a rally attended by President
        # Castro: who did the deed of a clause after the speaker is not the speaker;
        # the noun the cue is followed by is.
        first = next((t for t in doc[cue.i + 1:best.i] if t.pos_ in ("NOUN", "PROPN")
                      and t.dep_ not in ("compound", "amod", "poss")), None)
        if first is not None and doc[first.i + 1].text == ",":
            return first
    return best


def surname_misread(word, speakers) -> bool:
    """Whether a subject the tagger read as another part of speech ("Browning" a verb)
    opens its clause and is the surname of the one person the text names in full."""
    doc = word.doc
    return word.pos_ not in ("NOUN", "PROPN", "PRON") and (
        word.i == 0 or doc[word.i - 1].is_punct or doc[word.i - 1].is_space) \
        and speakers.surname_owner(word) is not None


def own_subject(cue):
    """A cue's subject in the parse; of two a participle is given, the one right before
    it ("the manner of the defeat has coach Ann Cole bemoaning …": the coach bemoans)."""
    own = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if cue.tag_ != "VBG":
        return own
    return max((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i),
               key=lambda c: c.i, default=own)


def name_closing_source(to):
    """"according to blog analysis firm Acme, …" parsed as a clause ("blog" a verb, the
    name the subject of what follows): the source is the phrase up to the comma, a few
    words of description closed by a name, which is the source's head. Else None."""
    doc, i = to.doc, to.i + 1
    while i < len(doc) and i - to.i <= 6 and doc[i].is_alpha and not doc[i].is_sent_start:
        i += 1
    last = doc[i - 1]
    if i >= len(doc) or doc[i].text != "," or i == to.i + 1 or last.pos_ != "PROPN" \
            or not last.ent_type_ or last.ent_type_ in ("DATE", "TIME", "CARDINAL") \
            or any(t.pos_ in ("PRON", "AUX", "SCONJ", "CCONJ", "ADP") for t in doc[to.i + 1:i]):
        return None
    return last


def subject_itself(cue, best):
    """The cue's own subject where the model took a word inside it: a noun of its
    relative clause ("The 27-year-old, who captained St Helens …, said"), its second
    conjunct ("The feminist writer and broadcaster said"); and the source of "according
    to X" is X, never the subject of the clause it qualifies."""
    if cue.lower_ == "according":
        said = cue.head
        own = next((c for c in said.children if c.dep_ == "nsubj"), None) \
            if said.lemma_.lower() in SAYING and cue.dep_ in ("prep", "advcl") else None
        if own is not None and own.pos_ in ("PROPN", "NOUN", "PRON"):
            return own  # "she said, according to The Hill": the outlet only reports her
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is None and to is not None:
            obj = name_closing_source(to)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") and (
                best is None or not obj.left_edge.i <= best.i <= obj.right_edge.i
                or (best.pos_ == "NOUN" and not best.ent_type_)):
            # (a name inside X stays: "a round-up compiled by Stuff Magazine"; a common
            # noun there does not: "the notice of intent" is the notice's)
            return obj
        return best
    if best is None:
        return None
    if best.ent_type_ in ("GPE", "LOC") and best.dep_ == "appos" and best.head.ent_type_ == best.ent_type_ \
            and best.head.i < best.i:
        best = best.head  # "Police in Baton Rouge, La., announced": the state is the city's
    if best.ent_type_ != "PERSON" and best.dep_ == "nsubj" and best.head.i == cue.i:
        named = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < best.i
                      and c.ent_type_ == "PERSON" and any(
                          a.dep_ == "appos" and a.lemma_.lower() in PERSON_NOUNS
                          and a.right_edge.i + 1 >= best.left_edge.i for a in c.children)), None)
        if named is not None:
            # "Sutopo Purwo Nugroho, the spokesman for … agency BNPB said", the parse
            # making BNPB a second subject: the spokesman named speaks, not his body
            return named
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    # (a capitalised subject with an apposition is a name, however the tagger read it:
    # "Diversified, the holding company for …, said", its first word tagged a verb)
    named = subj is not None and (subj.pos_ == "PROPN" or subj.text[:1].isupper() and any(
        c.dep_ == "appos" for c in subj.children))
    if subj is None or subj.i == best.i or not (named or subj.pos_ in ("NOUN", "ADJ")):
        return best
    if best.dep_ == "conj" and best.head.i == subj.i:
        return subj
    if subj.ent_type_ in ("CARDINAL", "PERCENT", "QUANTITY") \
            and subj.left_edge.i <= best.i <= subj.right_edge.i:
        # "About half of the individuals in the Nationwide study said": a share of
        # people speaks, not the study or body they are counted in
        return subj
    if "\n" in subj.doc[min(subj.i, cue.i):max(subj.i, cue.i)].text:
        return best   # a dateline parsed as the subject ("GRONINGEN, Netherlands\nDutch police said")
    if best.dep_ == "appos" and best.head.i == subj.i and best.pos_ == "NOUN":
        # "The Belgian sports minister at the centre of the … doping row says", the row
        # parsed as the minister's apposition: the subject speaks, not a thing beside it
        return subj
    if best.ent_type_ in ("GPE", "LOC", "FAC") and subj.left_edge.i <= best.i <= subj.right_edge.i \
            and not any(t.text == ":" for t in subj.doc[min(subj.i, best.i):max(subj.i, best.i)]):
        # A place inside the subject's phrase is where the speaker is, comes from or
        # serves: "The National Weather Service in Phoenix noted", "Mr Mubanga, 32, from
        # Wembley, London, said", "Prince Bandar, the Saudi ambassador to Washington, said"
        # (a headline's label is no subject: "Brexit: UK 'would forever regret'")
        return subj
    up = best
    while up.i != subj.i and up.head.i != up.i:
        if up.dep_ == "relcl" and up.head.i == subj.i:
            return subj
        if up.dep_ == "prep" and up.head.i == subj.i and up.lower_ == "from" \
                and subj.doc[up.i - 1].text == "," and subj.pos_ == "NOUN":
            return subj   # "The research team, from … Department of Health and State
            # University …, said": the team speaks, not a word of the bodies it is from
        if up.dep_ == "prep" and up.head.i == subj.i and named and subj.ent_type_ in ("PERSON", "") \
                and best.ent_type_ != "PERSON" and up.lower_ in ("at", "of", "for", "from", "with"):
            return subj  # "Ana Balarin, partner and ECD at Mother commented": she, not her agency
            # (not a body's own name: "Indonesia's Agency for the Assessment … (BPPT)")
        if up.dep_ == "appos" and named and (subj.ent_type_ == "PERSON" or any(
                a.dep_ == "appos" and (a.lemma_.lower() in PERSON_NOUNS or body_noun(a))
                for a in subj.children)) \
                and subj.left_edge.i <= best.i <= subj.right_edge.i:
            # "Dr John E. Kelly, IBM senior vice president, Technology and Intellectual
            # Property, said": what stands beside a named person describes him; he speaks
            # (also one the tagger typed a body, whose own apposition is a person's post:
            # "Alain Terzian, president of Cesar organisers, the Academie …, said"; and a
            # body whose apposition says what it is: "Diversified, the holding company for
            # Fidelity Federal Savings and Loan Association, said" is Diversified)
            return subj
        up = up.head
    return best


def source_after_comma(cue, best):
    """"… bidding for … chain Ruch SA , Zycie Warszawy daily said on Saturday": a cue with
    no subject in the parse (the paper's noun read as an adverb) whose words from the comma
    right before it are a capitalised phrase names its source there, never in the
    content before the comma."""
    if best is None or best.i >= cue.i or cue.lemma_.lower() not in SAYING or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return best
    doc, j = cue.doc, cue.i - 1
    while j > cue.sent.start and not doc[j].is_punct and cue.i - j <= 6:
        j -= 1
    words = doc[j + 1:cue.i]
    if doc[j].text != "," or not len(words) or best.i >= j or not words[0].text[:1].isupper() \
            or any(t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ", "CCONJ") for t in words):
        return best
    last = words[-1]
    return last if last.pos_ in ("NOUN", "PROPN") or any(
        c.dep_ == "compound" for c in last.children) else best


def subject_before_relative(cue):
    """"Jordan , whose 1992 film … came under fire …, said Collins was …": a cue with no
    subject in the parse, which took the relative clause set off by commas for what was
    said (its verb a clause of the cue's, before it) and the name before it for an
    adverb: the name is the subject, who speaks. Else None."""
    if cue.lemma_.lower() not in SAYING or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    for c in cue.children:
        if c.dep_ != "ccomp" or c.i > cue.i:
            continue
        doc, end = cue.doc, c.left_edge.i
        while end < cue.i and doc[end].pos_ == "PROPN":
            end += 1   # (the name's words: "Neil Jordan , whose …")
        if c.left_edge.i < end and end + 1 < cue.i and doc[end].text == "," \
                and doc[end + 1].lower_ in ("who", "whose", "which") \
                and doc[cue.i - 1].text == ",":
            return doc[end - 1]
    return None


#: Verbs of saying whose object is as often whom the words were told to or about.
_TO_WHOM = frozenset("tell ask inform brief interview quote cite describe mention".split())


#: Words a speaker phrase's description may hold before its role besides modifiers.
_ROLE_LINKS = frozenset(("of", "'s", "’s", "and", "the", "a", "an"))


def _name_closing_role(doc, i):
    """'"…," said Danish dockers' union official Per Holm.': the words after an inverted
    cue are a description, whatever opens it (a people's word, a body's name) and however
    the parse read its nouns, and the role noun it ends on is followed by the name of the
    one who holds it, which closes the phrase: that person speaks. Else None."""
    j = i
    while j < len(doc) and j - i < 10 and not doc[j].is_punct and not doc[j].is_space \
            and not doc[j].is_sent_start or j == i:
        j += 1
    if j < len(doc) and not (doc[j].is_punct or doc[j].is_space):
        return None   # (the phrase runs on into a clause: no closing name to take)
    k = j
    while k > i and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title \
            and doc[k - 1].ent_type_ not in ("GPE", "LOC", "NORP", "DATE"):
        k -= 1
    if k == j or j - k > 3 or k - i < 2:
        return None
    role = doc[k - 1].lower_
    if not (role in PERSON_NOUNS or role in POSTS or role in DESCRIPTIONS
            or role in PEOPLE_NOUNS or agent_noun(role)):
        return None
    if any(t.pos_ in ("PRON", "AUX", "SCONJ") or t.pos_ in ("ADP", "DET", "CCONJ", "PART")
           and t.lower_ not in _ROLE_LINKS for t in doc[i:k - 1]):
        return None
    return doc[j - 1]


def named_after_cue(cue, in_quote):
    """The person named right after a verb of saying in the inverted order ("…, said
    Mr Hogan, …"), whatever the parse made of the name: its last word."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ") or any(
            c.dep_ == "nsubj" and c.i < cue.i and not (in_quote[c.i] and not in_quote[cue.i])
            for c in cue.children):
        return None   # (a quoted word the parse took for the subject is what was said)
    if cue.i == 0 or doc[cue.i - 1].text not in (",", '"', "”", "'", "’"):
        return None  # the reporting clause comes after what was said, set off by a mark
    i = cue.i + 1
    while i < len(doc) and doc[i].text.rstrip(".").lower() in ("mr", "mrs", "ms", "dr", "sir"):
        i += 1
    after_quotation = in_quote[cue.i - 1] or cue.i > 1 and doc[cue.i - 1].text == "," \
        and in_quote[cue.i - 2]
    # ('"Yes," exclaimed Ann': a verb of saying right after a quotation has its speaker
    # after it, whatever the parse made of her, an object, or the tagger, a body)
    said = after_quotation and cue.lemma_.lower() in SPEECH - _TO_WHOM
    if i >= len(doc):
        return None
    closing = _name_closing_role(doc, i) if doc[i].ent_type_ != "PERSON" else None
    if closing is not None:
        return closing
    if doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ in ("B", "I"):
        while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
            i += 1
    elif said and doc[i].pos_ == "PROPN":
        while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
            i += 1
    else:
        return None
    role = doc[i].head
    if doc[i].dep_ == "compound" and role.i > i and role.pos_ == "NOUN" \
            and all(t.dep_ == "compound" for t in doc[i:role.i]):
        # ('"…," declared Acme coach Ann Cole': the body's name modifies the role, and
        # the one who speaks is the person the role is followed by)
        j = role.i + 1
        while j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].pos_ == "PROPN":
            j += 1
        if j > role.i + 1 and doc[j - 1].head.i in (role.i, doc[j - 1].i) \
                and doc[j - 1].dep_ != "compound":
            return doc[j - 1]
    if doc[i].dep_ in ("dobj", "dative", "iobj", "pobj", "attr", "oprd") and not said:
        return None  # "criticized Obama": whom the verb is about
    return doc[i]


#: Determiners that point back to something named before ("the firm", "her employers").
#: ("Both firms": two sources named before, which one speaker entity cannot hold.)
_POINTING = frozenset(("the", "this", "that", "these", "those", "his", "her", "its", "their",
                       "both"))


def two_sources(head, mentions) -> bool:
    """Whether a speaker phrase joins two named sources with "and", "&" or "nor", each its
    own name (not one name holding the word: "Marks and Spencer")."""
    def name(tok):
        return next((m for m in mentions if m.start <= tok.idx < m.end), None)

    a = name(head)
    for cc in (c for c in head.children if c.dep_ == "cc" and c.lower_ in ("and", "nor")
               and c.i > head.i):
        # (the name after an "and" the parse hung elsewhere: "according to mortgage
        # lender Bradford & Bingley and housebuilder George Wimpey")
        for tok in head.doc[cc.i + 1:]:
            if tok.is_punct:
                break
            after = name(tok)
            if after is not None and a is not None and after is not a and not (
                    tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.pos_ == "NOUN"):
                # (not a name qualifying a common noun: "Albright and other U.S. officials")
                return True
    other = next((c for c in head.children if c.dep_ == "conj"), None)
    # (a list of three hangs its "and" on the second: "directors, Burt Sugarman, James
    # M. Trotter III and Willam E. Trotter II": a group of three, none of them alone)
    if other is None:
        return False
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "&", "nor") for c in head.children):
        # (only where each of the three or more is a name of its own: not "Kamal Nath,
        # Commerce and Industry Minister", one man and his office)
        chain = [head, other]
        while len(chain) < 8:
            nxt = next((c for c in chain[-1].children if c.dep_ == "conj"), None)
            if nxt is None:
                break
            chain.append(nxt)
        found = [name(t) for t in chain]
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "&", "nor")
                     for t in chain for c in t.children)
        named = [t for t, m in zip(chain, found) if m is not None or t.pos_ == "PROPN"]
        more = [t for t in chain if t not in named]
        if joined and len(named) >= 2 and more and all(t.tag_ == "NNS" and t.is_lower
                                                       for t in more):
            # "Sun, Hewlett-Packard and others say": named sources and more, however the
            # tagger missed one of the names; none of them alone
            return True
        return len(chain) >= 3 and all(m is not None for m in found) \
            and len({m.entity for m in found}) == len(found) and joined
    b = name(other)
    if a is not None and a is b:
        return False
    return all(m is not None or t.pos_ == "PROPN" for t, m in ((head, a), (other, b)))


def first_conjunct(cue, best):
    """The head of a coordination whose last conjunct the model took for the speaker
    ("Sun, Hewlett-Packard and others say": "others"): the cue's subject is the whole
    coordination, the phrase its first conjunct heads."""
    if best is None or best.dep_ != "conj":
        return best
    top = best
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.lower_ in ("from", "by", "of") \
            and top.head.head.dep_ in ("nsubj", "nsubjpass") and top.head.head.head.i == cue.i:
        return top  # ("a report from Acme and Bolt said": both bodies are whose report)
    return top if top.dep_ in ("nsubj", "nsubjpass") and top.head.i == cue.i else best


def unresolved(head) -> str:
    """Why a speaker has no entity: the writer ("I think" outside quotation marks), a
    phrase that points back to someone the text named ("the firm", "her employers",
    "he", "which": a source we failed to find), or an unnamed source ("a spokesman",
    "lawyers", "unions", right to leave without one)."""
    if head.lower_ in ("i", "we", "you", "me", "us"):
        return "none-writer"
    if head.pos_ == "PRON" or head.lower_ in ("which", "who", "that") or any(
            c.dep_ in ("det", "poss") and c.lower_ in _POINTING for c in head.children):
        return "none-pointing"
    return "none-unnamed"


def speakers_joined_late(cue, best):
    """The people right before the cue where the parse hung them on a clause of another
    subject ("… more planes headed from the united states and senior officials say Iraq's
    president …": two clauses joined with no comma, "officials" read as a conjunct of
    "states"): they say it, not the things the clause before is about."""
    if best is None or best.dep_ != "nsubj" or best.head.i != cue.i or cue.i == 0:
        return best
    prev = cue.doc[cue.i - 1]
    if prev.dep_ != "conj" or prev.pos_ != "NOUN" or prev.i == best.i or prev.head.i == best.i \
            or not best.left_edge.i <= prev.i <= best.right_edge.i:
        return best   # (not the subject's own conjunct: "Mr Kavanaugh and his supporters")
    lemma, own = prev.lemma_.lower(), best.lemma_.lower()
    if lemma not in PEOPLE_NOUNS | PERSON_NOUNS or own in PEOPLE_NOUNS | PERSON_NOUNS \
            or best.ent_type_ or not any(c.dep_ == "cc" for c in prev.head.children):
        return best
    return prev


def named_or_inverted(tok, info, best, a: int, b: int) -> tuple:
    """(speaker, the name after the cue or None, the inverted cue's source or None,
    content (a, b)): a name after the cue speaks where the parse hung the model's pick
    elsewhere; after an inverted cue, what came before it is what was said."""
    named = named_after_cue(tok, info.in_quote)
    inverted = inverted_source(tok, info.in_quote, info.region_of) \
        if named is None and (best is None or best.i < tok.i) else None
    if inverted is not None:
        # '"…," confirmed a club spokesman': the source after the inverted cue, and what
        # came before it is what was said
        named, (a, b) = inverted
        best = named
    if named is not None and (best is None or best.i < tok.i and best.ent_type_ != "PERSON"
                              and best.pos_ != "PRON"
                              or tok.i < best.i < named.i and best.ent_type_ != "PERSON"):
        # "…, said Mr Hogan, 2004 saw …": the parse hangs him elsewhere, or on a word
        # of the description his name closes ("said Danish dockers' union official …")
        best = named
    return best, named, inverted, (a, b)


def repaired_speaker(tok, info, speakers, best, cands: dict, relative):
    """The speaker ``best`` through the rules for a phrase the parse misread: an aside,
    a conjunct, a modifier, a relative clause's subject, a name read as another word."""
    best = aside_of(best, tok)
    best = first_conjunct(tok, best)
    best = speaker_head(tok, best)
    best = name_past_modifier(best)
    best = member_named(tok, best)
    best = subject_itself(tok, best)
    best = source_after_comma(tok, best)
    if relative is not None and any(k[0] > tok.i for k in cands):
        best = relative
    if best is None:
        # "Sherbatov said …": a name the tagger read as another part of speech (an
        # adjective for its "-ov") is still the subject naming who speaks
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ not in ("NOUN", "PROPN", "PRON") \
                and subj.ent_type_ in ("PERSON", "ORG") and subj.text[:1].isupper() \
                and not (info.in_quote[subj.i] and not info.in_quote[tok.i]):
            best = subj
    surname = speakers.surname_read_as_word(tok)
    if surname is not None:
        best = surname  # "May said:" where the text names Brian May
    return best


def late_speaker(tok, info, lexicon, best, inverted) -> tuple:
    """(speaker, the subject before dashes or None): a subject the parse hung past the
    cue or behind dashes, or the first verb's subject for a coordinated cue."""
    late = late_subject(tok) or name_after_quotation(tok, info.in_quote)
    dashed = subject_before_dashes(tok) if late is None else None
    late = late or dashed
    if late is not None and not (info.in_quote[late.i] and not info.in_quote[tok.i]):
        best = late  # "… but his lawyer, Ann Cole, told …": the parse hung her elsewhere
    elif inverted is None and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "The firm said A but stressed B": who said A stressed B (also where the
        # parse hangs "stressed" on A's verb).
        verb = tok.head
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON") \
                and not (info.in_quote[subj.i] and not info.in_quote[tok.i]):
            best = subj
    return best, dashed


def own_speaker(tok, info, speakers, best):
    """The speaker of a participle or coordinated cue: its own subject (a quantifier, a
    surname misread), the subject of the verb it follows, a source joined late."""
    own = own_subject(tok)
    if tok.tag_ == "VBG" and own is not None and own.pos_ in ("NOUN", "PRON", "PROPN") \
            and not (info.in_quote[own.i] and not info.in_quote[tok.i]):
        best = own  # "with many saying it was unjustified": the many say it
    elif tok.tag_ == "VBG" and own is not None and own.i < tok.i \
            and surname_misread(own, speakers):
        # ("Cole recently heaped praise on the show, saying: …", the surname read as a
        # participle and the clause hung on it): the clause's subject, a surname of one
        # person the text names in full, says it, not a noun inside the clause
        best = own
    elif tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and tok.i > tok.head.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "The band thanked the fans, adding: …": who thanked adds.
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.pos_ in ("NOUN", "PROPN", "PRON")
                                 or surname_misread(subj, speakers)) \
                and subj.lower_ not in ("who", "that", "which", "whose"):
            best = subj  # (also a surname the tagger read as a verb)
    if own is not None and own.lower_ in QUANTIFIERS and own.i < tok.i \
            and (tok.dep_ == "conj" or tok.tag_ == "VBG") \
            and not (info.in_quote[own.i] and not info.in_quote[tok.i]):
        # "The CBI found some firms managed … - but many said …", "with many saying":
        # a coordinated or participle cue's own subject, a quantifier the parse reads
        # as an adjective, is who says it (an unnamed source), never the first
        # clause's. (A clause's main verb keeps its reading: "Many worried their
        # efforts would fail" is no speaker's position for being given one.)
        best = own
    best = speakers_joined_late(tok, best)
    best = source_of_trailing_participle(tok, info.in_quote) or best
    return best
