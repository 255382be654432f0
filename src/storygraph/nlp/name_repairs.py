"""Repairs after ``name_spans``'s first reading: names the names model cut, ran on or
read apart, joined or parted again with the base NER's reading and the text's own
evidence (a body's acronym, an ampersand, a slash, a possessive firm, a designator)."""
from __future__ import annotations

import re

import numpy
from spacy.attrs import ORTH

from .bodies import CORPORATE
from .extensions import text_of
from .name_cues import PERSON_TITLES
from .name_keys import initials, is_acronym, normalise


def capital_inside(word: str) -> bool:
    """"Nielsen//NetRatings", "PlayStation": a capital after lower-case letters, which no
    common noun is written with, whatever the tagger calls the word."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def peoples_bodies(doc, names: list) -> list:
    """"The English FA" beside "the Northern Irish FA": a body's acronym that ends a
    body's name after a people's word, written after another people's word, is another
    such body (the names model read only "English", and the speaker became the language).
    Only acronyms the text itself ends such a body's name with."""
    from .gazetteer import places

    demonyms = places().demonyms
    heads = {n[-1].text for n in names if n.label_ == "ORG" and len(n) >= 2
             and n[-1].text.isupper() and is_acronym(n[-1].text)
             and normalise(n[-2].text) in demonyms}
    if not heads:
        return names
    taken = {i for n in names for i in range(n.start, n.end)}
    for i, n in enumerate(list(names)):
        if (n.label_ == "NORP" and n.end < len(doc) and n.end not in taken
                and doc[n.end].text in heads and n[-1].text[:1].isupper()):
            names[i] = doc[n.start:n.end + 1]
            names[i].label_ = "ORG"
    return names


def spelt_out_bodies(doc, names: list, ents) -> list:
    """"General Motors" ... "GM": a body the base NER tags by its name and by that name's
    initials, where the names model read neither anywhere in the text, is a body all
    the same: two readings of one body that spell each other out are no tagger's slip
    (the names model, trained on 1996 wire copy, misses a long business article's
    every mention of a carmaker). The mentions that overlap no name of the names model
    are added."""
    bodies = [e for e in ents if e.label_ == "ORG"]
    full = {initials(normalise(e.text)): normalise(e.text) for e in bodies if len(e) >= 2}
    pairs = {normalise(e.text) for e in bodies if len(e) == 1 and e.text.isupper()
             and is_acronym(e.text) and normalise(e.text).replace(" ", "") in full}
    pairs |= {full[normalise(e.text).replace(" ", "")] for e in bodies if normalise(e.text) in pairs}
    if not pairs:
        return names
    seen = {normalise(n.text) for n in names}
    if seen & pairs:
        return names   # (the names model read them: the base NER adds nothing here)
    for e in bodies:
        if normalise(e.text) in pairs and not any(n.start < e.end and e.start < n.end for n in names):
            start = e.start + (doc[e.start].lower_ == "the")
            names.append(doc[start:e.end])
            names[-1].label_ = "ORG"
    return names


def given_names_left_out(doc, names: list, ents) -> list:
    """"Briton Clive | Owen": a person the names model began after the words the base NER
    reads as the start of that person's name, leaving them in no name (it took the people's
    word before them for a name of its own), has them back: a surname alone is no full name,
    and the resolver joined it to the next article's Michael Owen. Only capitalised proper
    nouns, no title nor role (those are cut from names anyway)."""
    from .name_spans import OFFICE_WORDS
    from .name_trims import ROLE_TITLES, TENURE
    people = {e.end: e.start for e in ents if e.label_ == "PERSON"}
    taken = {i for n in names for i in range(n.start, n.end)}
    for i, n in enumerate(list(names)):
        first = people.get(n.end)
        if n.label_ != "PERSON" or first is None or first >= n.start:
            continue
        start = n.start
        while (start > first and start - 1 not in taken and doc[start - 1].tag_ in ("NNP", "NNPS")
               and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
               and doc[start - 1].lower_ not in PERSON_TITLES
               and doc[start - 1].lower_ not in ROLE_TITLES
               and doc[start - 1].lower_ not in OFFICE_WORDS
               and doc[start - 1].lower_ not in TENURE):
            start -= 1
        # (only where another name stops the walk: a base NER person opening on unread
        # words alone is left as the names model read it)
        if start < n.start and start - 1 in taken and start > first:
            names[i] = doc[start:n.end]
            names[i].label_ = "PERSON"
    return names


def bodies_of(doc, names: list, ents) -> list:
    """"The Bureau | of | Labor Statistics": a body's name the names model cut at its
    "of", where the base NER reads one body across, is that one name; its opening piece
    alone is a generic head noun ("Bureau", "Department", "Office"), no body of its own,
    which every other "Bureau" of a corpus would join."""
    from .name_pieces import NEVER_LAST
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        inside = sorted((n for n in names if ent.start <= n.start and n.end <= ent.end),
                        key=lambda n: n.start)
        if len(inside) != 2 or any(n.start < ent.start < n.end or n.start < ent.end < n.end
                                   for n in names):
            continue
        first, second = inside
        head = [t for t in first if t.lower_ != "the"]
        # (one capitalised word after "the", before "of", and only capitalised words
        # after it: "the University of Texas", never "Representatives of | First Bank")
        if (len(head) != 1 or head[0].i == 0 or doc[head[0].i - 1].lower_ != "the"
                or second.start != first.end + 1 or doc[first.end].lower_ != "of"
                or not head[0].is_title or second.end != ent.end
                or not all(t.is_title or t.lower_ in NEVER_LAST for t in second)):
            continue
        label = "ORG"
        names = [n for n in names if n is not first and n is not second]
        names.append(doc[head[0].i:ent.end])
        names[-1].label_ = label
    return names


def capitals_lead(doc, names: list, ents) -> list:
    """"BLOCKBUSTER ENTERTAINMENT CORP. said it raised …": a wire lead writes the name it
    opens on in capitals. The names model learnt capitals from CoNLL's headlines and
    tables, not from leads, and keeps a piece ("BLOCKBUSTER", a person); the base NER
    learnt the convention from the WSJ (OntoNotes) and reads the whole name. Where its
    name opens a line in capitals and the sentence goes straight on in lower case (the
    name is the lead's subject: not a dateline, "LONDON, Jan 3", nor a headline in
    capitals), its name stands."""
    from .name_spans import NAME_LABELS
    text = text_of(doc)
    for ent in ents:
        if (ent.label_ not in NAME_LABELS or ent.end >= len(doc)
                or not doc[ent.end].is_lower or not doc[ent.end].is_alpha
                or sum(t.is_upper and len(t.text) > 1 for t in ent) < 2 or not ent[0].is_upper
                or text[text.rfind("\n", 0, ent.start_char) + 1:ent.start_char].strip()):
            continue
        inside = [n for n in names if ent.start <= n.start and n.end <= ent.end]
        if (len(inside) == 1 and len(inside[0]) == len(ent)) or any(
                n.start < ent.start < n.end or n.start < ent.end < n.end for n in names):
            continue
        names = [n for n in names if n not in inside] + [doc[ent.start:ent.end]]
        names[-1].label_ = ent.label_
    return names


def one_surface(doc, names: list, ents) -> list:
    """"The White House" read whole as "White House" in one sentence and cut to "The
    White" in another: a name the base NER reads whole, whose words the names model
    reads whole elsewhere in the document, is that name here too (one surface, one
    entity in a document; its fragment would be a person "White")."""
    from .name_spans import NAME_LABELS
    whole = {normalise(n.text) for n in names}
    for ent in ents:
        if ent.label_ not in NAME_LABELS:
            continue
        start = ent.start + (doc[ent.start].lower_ == "the")
        key = normalise(doc[start:ent.end].text)
        if key not in whole:
            continue   # (nor can a name inside it be written so: every name's key is in it)
        inside = [n for n in names if ent.start <= n.start and n.end <= ent.end]
        if any(normalise(n.text) == key for n in inside):
            continue   # (whole here already)
        if (not inside or len(doc[start:ent.end]) < 2
                or any(n.start < ent.start < n.end or n.start < ent.end < n.end for n in names)):
            continue
        label = next(n.label_ for n in names if normalise(n.text) == key)
        names = [n for n in names if n not in inside]
        names.append(doc[start:ent.end])
        names[-1].label_ = label
    return names


def national_bodies(doc, names: list) -> list:
    """"The Japanese Rugby Football Union (JRFU)": a people's word before a body's name is
    part of it where the acronym the text gives after it says so (J, RFU); cut off, the
    body would join another nation's ("Hong Kong Rugby Football Union") and its acronym
    stand apart. Only read where a name ends before "(" (one look per name)."""
    from .gazetteer import places

    out, dropped = list(names), set()
    for i, n in enumerate(names):
        if n.label_ == "PERSON" or n.start == 0 or n.end + 2 >= len(doc) \
                or doc[n.end].text != "(" or doc[n.end + 2].text != ")":
            continue
        word = doc[n.start - 1]
        if not word.is_title or word.lower_ not in places().demonyms \
                or not is_acronym(doc[n.end + 1].text):
            continue
        if initials(normalise(doc[n.start - 1:n.end].text)) != doc[n.end + 1].text.lower():
            continue
        label = n.label_
        out[i] = doc[n.start - 1:n.end]
        out[i].label_ = label
        dropped.add(n.start - 1)
    return [m for m in out if not (m.start in dropped and len(m) == 1)]


def ampersands(doc, names: list) -> list:
    """"Crum amp Forster", "Standard amp Poor's Corp.": a text that lost an HTML
    ampersand's marks ("&amp;" read as the word "amp") still joins a firm's names with
    it, as "&" does; the name (or capitalised words) before it through the capitalised
    words after it is one body's name, not two names of other kinds."""
    if " amp " not in text_of(doc):  # (once per document: most have none)
        return names
    for amp in doc:
        if amp.text != "amp" or not 0 < amp.i < len(doc) - 1 \
                or not (doc[amp.i - 1].text[:1].isupper() and doc[amp.i + 1].is_title):
            continue
        start = next((n.start for n in names if n.end == amp.i), None)
        if start is None:
            start = amp.i - 1
            while start > 0 and amp.i - start < 3 and doc[start - 1].is_title:
                start -= 1
        end = amp.i + 1
        while end < len(doc) and end - amp.i <= 4 and (doc[end].is_title or (
                doc[end].text in ("'s", "’s") and end + 1 < len(doc) and doc[end + 1].is_title)):
            end += 1
        names = [n for n in names if n.end <= start or n.start >= end]
        names.append(doc[start:end])
        names[-1].label_ = "ORG"
    return names


def possessive_firms(doc, names: list) -> list:
    """"Young's Market Co.": a firm's name opening on a founder's possessive, which the
    models read as two names (a body "Young", whom the corpus joined to a rugby coach,
    and a person "Market Co."), is one body's name where the possessive was read a
    body's, and the capitalised words after the "'s", ending on a company designator,
    no body's of their own ("Murdoch's News Corp", "Britain's Barclays Bank" and
    "Google's YouTube Inc." stay two)."""
    for n in sorted(names, key=lambda n: n.start):
        poss = n.end - 1 if n[-1].text in ("'s", "’s") else n.end   # (the names model takes it in)
        if n.label_ != "ORG" or n not in names or poss + 2 >= len(doc) \
                or doc[poss].text not in ("'s", "’s"):
            continue
        end = poss + 1
        while end < len(doc) and end - poss <= 4 and doc[end].text[:1].isupper():
            end += 1
        if end < poss + 3 or doc[end - 1].text.rstrip(".").lower() not in CORPORATE:
            continue  # ("Apple's Inc." is no name: the designator alone after the 's)
        if any(m.label_ == "ORG" and poss < m.start < end for m in names):
            continue
        start = n.start + (doc[n.start].lower_ == "the")
        names = [m for m in names if m.end <= start or m.start >= end]
        names.append(doc[start:end])
        names[-1].label_ = "ORG"
    return names


#: Company designators set before the name, as "Co." is after it ("Cie. de Navigation
#: Mixte", "Cia. Vale").
LEADING_DESIGNATORS = frozenset(("cie", "cia", "cía"))
_LEADING_DESIGNATOR = re.compile(r"\b(?:Cie|Cia|Cía)\b")


def designated_first(doc, names: list) -> list:
    """"Cie. de Navigation Mixte": a designator before a name is the name's first word,
    one body's (the models cut at its period, a place "Cie" then a person "de Navigation
    Mixte", whose id split the firm's mentions)."""
    for hit in _LEADING_DESIGNATOR.finditer(text_of(doc)):  # (most documents have none)
        tok = doc.char_span(hit.start(), hit.end())
        if tok is None or tok[0].i + 2 >= len(doc):
            continue
        tok = tok[0]
        at = tok.i + 1 + (doc[tok.i + 1].text == ".")
        after = next((n for n in names if n.start == at), None)
        if after is None:
            continue
        names = [n for n in names if n is not after and not n.start <= tok.i < n.end]
        names.append(doc[tok.i:after.end])
        names[-1].label_ = "ORG"
    return names


def glued_slash(doc, tok) -> bool:
    """A slash set between two capitalised words with no space ("In-Stat/MDR"): inside
    one name, where a spaced one ("CDU / CSU") parts two."""
    return tok.text == "/" and 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ \
        and not tok.whitespace_ and doc[tok.i - 1].text[:1].isalnum() \
        and doc[tok.i + 1].text[:1].isupper()


#: The names model's labels for a name a slash may part from another: a body's (which it
#: often reads as a person's).
_SIDES = ("ORG", "PERSON")


def _at_slash(doc, span) -> bool:
    """Whether a name stands against a glued slash, a side of a slashed name."""
    return (span.end < len(doc) and glued_slash(doc, doc[span.end])) or (
        span.start > 0 and glued_slash(doc, doc[span.start - 1]))


def slashed(doc, names: list) -> list:
    """"In-Stat/MDR": a name set on a slash with no space and the capitalised words on
    its other side are one body's name (the names model reads the two apart, of two
    kinds). A spaced slash ("CDU / CSU") still parts two names."""
    if "/" not in text_of(doc):  # (once per document: most have none)
        return names
    # A person's surname on either side names that person ("the Brown/Blair feud" beside
    # Gordon Brown and Tony Blair): two people, never one body.
    surnames = {n[-1].text for n in names if n.label_ == "PERSON" and len(n) > 1}
    # (the slash tokens read from the ORTH array, not a pass over every Token object)
    slashes = numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings["/"]).tolist()
    for bar in (doc[i] for i in slashes):
        if not glued_slash(doc, bar):
            continue
        whole = next((n for n in names if n.start < bar.i < n.end - 1), None)
        if whole is not None:
            # (the names model's one name over the slash, "Ryanair/Boeing", parted where
            # the text writes both sides alone, as below)
            sides = (doc[whole.start:bar.i], doc[bar.i + 1:whole.end])
            labels = [next((n.label_ for n in names if n.text == side.text and not _at_slash(doc, n)),
                           None) for side in sides]
            if all(label in _SIDES for label in labels):
                names = [n for n in names if n is not whole] + list(sides)
                for side, label in zip(sides, labels):
                    side.label_ = label
            continue
        left = next((n for n in names if n.end == bar.i), None)
        right = next((n for n in names if n.start == bar.i + 1), None)
        if left is None and right is None or doc[bar.i - 1].text in surnames \
                or doc[bar.i + 1].text in surnames:
            continue
        start = left.start if left is not None else 0
        end = right.end if right is not None else 0
        if left is None:
            start = bar.i   # (the capitalised words glued before it: "In" "-" "Stat")
            while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_punct \
                    or start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
                start -= 1
            if start == bar.i or not doc[start].text[:1].isupper():
                continue
        if right is None:
            end = bar.i + 1
            while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text == "-") \
                    and not doc[end - 1].whitespace_:
                end += 1
            if end == bar.i + 1 or doc[end - 1].text == "-":
                continue
        # Two bodies' names the text also writes alone, each, are two ("the Ryanair/Boeing
        # order book" beside "Ryanair said", "Boeing's jets"): one name of both would be
        # neither body's, and the id of every later mention of one. (Not a compound term,
        # "HIV/Aids", whose sides the names model reads as no body's nor person's.)
        if all(any(n.text == side.text and not start <= n.start < end and not _at_slash(doc, n)
                   and n.label_ in _SIDES for n in names)
               for side in (doc[start:bar.i], doc[bar.i + 1:end])):
            continue
        labels = {n.label_ for n in (left, right) if n is not None}
        names = [n for n in names if n.end <= start or n.start >= end]
        names.append(doc[start:end])
        names[-1].label_ = "ORG" if "ORG" in labels or len(labels) > 1 else labels.pop()
    return names
