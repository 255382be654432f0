"""Splitting one tagged span into the names it holds: the taggers run a span over a line
break, a bracket, a score, a role word or a clause ("Labour MP George Galloway", "Jan Roe
of IT firm X"), and read as one name it would be an entity no mention of either name
joins. ``entities`` splits each span with ``pieces`` and ``at_role``; ``name_spans`` reads
a listed portfolio as one department's name."""
from __future__ import annotations

from .corefs import ROLE_NOUNS
from .name_cues import NAME_HEADS
from .name_context import SCORE, is_place_name
from .name_keys import normalise
from .name_lists import lists_bodies
from .name_repairs import glued_slash


_BREAKS = {"(", ")", ",", ":", ";", "[", "]", "/"}
#: Words that join two names in fixtures and places ("BALTIMORE AT SEATTLE",
#: "Yorkshire at Headingley", "Kent v Surrey") but are never inside one.
_JOINERS = {"at", "v", "vs", "v.", "vs."}


#: Role words that, inside one tagged span, stand between a body and a person's name:
#: "Labour MP George Galloway" is Labour and George Galloway, never one name.
MEMBER_OFFICES = {"MP", "MPs", "MEP", "MSP"}


def name_head(span):
    """The token a name stands for in the parse: its root, or the member's office right
    after it that the parse makes the phrase's head ("Frank Field MP criticised": the
    office was part of the name until stop 36, and the relation models read it so)."""
    root = span.root
    nxt = root.head
    return nxt if nxt.i == span.end and nxt.text in MEMBER_OFFICES else root


def _inner_hyphen(tok) -> bool:
    """A hyphen joining two words without spaces ("Marshall-Andrews")."""
    return tok.text in ("-", "\u2010", "\u2011") and not tok.whitespace_ and tok.i > 0 \
        and not tok.doc[tok.i - 1].whitespace_


def at_role(doc, span, label: str) -> list:
    """A span cut at a role word or a possessive between a body and a person's name
    ("former Labour MP George Galloway", "Tory leader Michael Howard", "Labour's Lorna
    Fitzsimons"): the body keeps the label, the name after it is a person."""
    for tok in span[1:-1]:
        role = tok.text in MEMBER_OFFICES or (tok.is_lower and tok.text in ROLE_NOUNS)
        after = doc[tok.i + 1:span.end]
        # (a person's is the name after the role: the body before it is none, "Green MP
        # Caroline Lucas" read as one person gives "Green" a body's label)
        body = "ORG" if label == "PERSON" else label
        # (a double-barrelled name's hyphen is part of it: "Bob Marshall-Andrews")
        if role and len(after) >= 2 and all(t.text[:1].isupper() or _inner_hyphen(t)
                                            for t in after) \
                and doc[span.start:tok.i].text[:1].isupper():
            return [(doc[span.start:tok.i], body), (after, "PERSON")]
        # "Labour's Lorna Fitzsimons": a body's person, where the base tagger reads a
        # person after the possessive ("McDonald's Corp" stays whole).
        if tok.tag_ == "POS" and len(after) >= 2 and all(t.ent_type_ == "PERSON" for t in after):
            return [(doc[span.start:tok.i], label), (after, "PERSON")]
        # Without the base NER (no entity types on the tokens): two or three capitalised
        # words after the possessive, not a body's name ("Macy's Thanksgiving Day Parade"
        # aside, which ends in no name of a body either: rare in news).
        if tok.tag_ == "POS" and not doc.has_annotation("ENT_IOB") and 2 <= len(after) <= 3 \
                and all(t.is_alpha and t.text[:1].isupper() for t in after) \
                and after[-1].lower_ not in NAME_HEADS:
            return [(doc[span.start:tok.i], "ORG" if label == "PERSON" else label),
                    (after, "PERSON")]
    return [(span, label)]


#: Nouns of a state's or a body's department, that a listed portfolio follows.
_DEPARTMENTS = {"department", "ministry", "secretary", "minister", "committee", "office",
                "commission", "agency", "council", "board"}


def listed_portfolio(doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` are one department's name listing its portfolio:
    a department's noun, "for"/"of", then capitalised words with one comma before the
    last "and" ("Department for Culture, Media and Sport", "Ministry of Agriculture,
    Fisheries and Food")."""
    words = [t for t in doc[start:end] if t.lower_ not in ("the",)]
    link = next((i for i, t in enumerate(words) if t.lower_ in ("for", "of")), None)
    if link is None or link == 0 or words[link - 1].lower_ not in _DEPARTMENTS:
        return False
    rest = words[link + 1:]
    if lists_bodies(doc, start, end):
        return False   # ("Council of Mortgage Lenders, British Bankers Association and …")
    commas = [i for i, t in enumerate(rest) if t.text == ","]
    ands = [i for i, t in enumerate(rest) if t.lower_ in ("and", "&")]
    return (len(commas) >= 1 and len(ands) == 1 and commas[-1] < ands[0] and ands[0] < len(rest) - 1
            and len(rest) <= 10 and all(t.text in (",",) or t.lower_ in ("and", "&")
                                        or t.text[:1].isupper() for t in rest))


def pieces(doc, span, ents=None) -> list:
    """The name(s) inside one spaCy span: a span that runs over a line break or a
    bracket, comma or spaced dash ("Romania - Cosmin Contra", "Scott Draper ( Australia")
    holds several names; numbers at either end ("Kent 108-3", "G. Kersey 63") are scores,
    not part of the name.

    ``ents`` is ``doc.ents`` where the caller read it once for all the document's spans:
    spaCy builds the tuple anew on each access, a third of the entities stage's time
    when read here for every span."""
    ents = doc.ents if ents is None else ents
    groups, current = [], []
    listed = listed_portfolio(doc, span.start, span.end)
    for tok in span:
        if listed and tok.text == ",":
            current.append(tok)
            continue
        spaced_dash = (tok.text in ("-", "–") and bool(tok.whitespace_) and tok.i > 0
                       and bool(doc[tok.i - 1].whitespace_))
        joiner = (tok.text.lower() in _JOINERS and tok.i > span.start and bool(tok.whitespace_))
        if (tok.text in _BREAKS and not glued_slash(doc, tok)) or spaced_dash or joiner \
                or not tok.text.strip():
            groups.append(current)
            current = []
            continue
        current.append(tok)
        if "\n" in tok.whitespace_:
            groups.append(current)
            current = []
    groups.append(current)
    if _is_slug(doc, span):
        return []
    groups = [part for group in groups for part in _inner_cuts(doc, group, ents)]
    # (what the base NER tags, read only where a group needs it: seldom, and a pass over
    # every name of the document for each span otherwise)
    read: dict = {}

    def numbered() -> set:
        if "numbered" not in read:
            read["numbered"] = {e.end for e in ents if e.label_ in NUMBERED_LABELS}
        return read["numbered"]

    def tagged() -> set:
        if "tagged" not in read:
            read["tagged"] = {(e.start, e.end) for e in ents}
        return read["tagged"]
    out = []
    for group in groups:
        while group and (_is_number(group[0]) or not any(c.isalnum() for c in group[0].text)):
            group = group[1:]
        while group and (_is_number(group[-1]) or not any(c.isalnum() for c in group[-1].text)) \
                and not (group[-1].is_digit and (group[-1].i + 1 in numbered()
                                                 or group[-1].i + 2 in numbered())):
            group = group[:-1]
        # A name has a capital somewhere, or the base NER tags it too (lowercased copy:
        # "pakistan"): a lowercase word after a spaced dash ("Mr Campbell - we all
        # know") or a decade ("the mid-1990s") is none.
        if group and any(t.text[:1].isalpha() for t in group) and (
                any(c.isupper() for t in group for c in t.text)
                or (group[0].i, group[-1].i + 1) in tagged()):
            out.append(doc[group[0].i:group[-1].i + 1])
    return out


#: Lowercase words inside English names ("Bank of England", "Department of Work and
#: Pensions", "Osama bin Laden", "Médecins sans Frontières", "Campaign to Protect Rural
#: England"); any other lowercase word ends one.
#: ("amp": an ampersand whose marks a text lost, "Crum amp Forster"; see ampersands)
_NAME_INNER = frozenset(("of", "the", "and", "&", "amp", "for", "on", "upon", "in", "to", "sans",
                         "de", "du", "des", "la", "le", "les", "von", "van", "der", "den",
                         "di", "da", "dos", "das", "del", "della", "el", "al", "bin", "ibn", "y", "e"))
#: Of those, the ones a name never ends with ("Lib Dems of" [making]).
NEVER_LAST = frozenset(("of", "the", "and", "&", "amp", "for", "on", "upon", "in", "to", "y", "e"))
#: Double quotation marks (a single one is an apostrophe as often: "Sant' Egidio").
_QUOTE_MARKS = frozenset(('"', "\u201c", "\u201d", "''", "``"))
#: Parts of speech of a clause's words, never inside a name.
_CLAUSE_POS = frozenset(("VERB", "AUX", "DET", "PRON", "ADV", "PART", "SCONJ", "ADP", "NUM"))


def _inner_cuts(doc, group: list, ents) -> list[list]:
    """A tagged group cut where no English name goes on: at a lowercase word that is no
    name's inner word, at a quotation mark, and between a body and a person the base NER
    tags apart ("accused the Lib Dems of making", 'accused Ms King of being a "New
    Labour stooge"', "the Queen invited", "the defection to Labour of Robert Jackson").
    A piece never ends on a joining word ("the Department of Work and": the tagger
    stopped early, and the words up to "Work" are still a name)."""
    if len(group) < 2:
        return [group]
    from .gazetteer import places

    starts = {e.start: e for e in ents}
    ends = {e.end: e for e in ents}
    country = normalise(doc[group[0].i:group[-1].i + 1].text) in places().countries
    parts, current = [], []
    for tok in group:
        hyphened = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
        # (a lowercase noun or adjective first is part of the name in lowercased copy:
        # "serie A"; particles the tagger reads as names stay: "Kengo wa Dondo")
        clause_word = tok.pos_ in _CLAUSE_POS or (tok.pos_ in ("NOUN", "ADJ") and tok.i > group[0].i)
        if (tok.is_alpha and tok.is_lower and tok.lower_ not in _NAME_INNER and not hyphened
                and clause_word) or tok.text in _QUOTE_MARKS:
            parts.append(current)
            current = []
            continue
        person = starts.get(tok.i + 1)
        # "The Tories and Labour disagreed": two names the base NER tags apart, joined
        # by "and", are two, never one body the second is later taken for: names of two
        # kinds, or the second written alone elsewhere in the article. (The base NER
        # cuts bodies' names at "and" too: "Department for Education | and Skills",
        # "Public | and Commercial Services Union" are one name each.)
        # A person's full name closing the group is never a body's last words either
        # ("the Queen and Prince Philip").
        right = doc[tok.i + 1:group[-1].i + 1]
        full_person = (person is not None and person.label_ == "PERSON" and len(person) >= 2
                       and person.end == group[-1].i + 1)
        if (tok.lower_ in ("and", "&") and current and not country and (full_person or (
                tok.i in ends and ends[tok.i].start >= group[0].i
                and ((person is not None and person.end <= group[-1].i + 1
                      and person.label_ != ends[tok.i].label_)
                     or any(e.text == right.text and e.start != right.start for e in ents))))):
            parts.append(current)
            current = []
            continue
        if (tok.lower_ == "of" and current and tok.i in ends and person is not None
                and person.label_ == "PERSON" and person.end == group[-1].i + 1 and len(person) >= 2):
            parts.append(current)
            current = []
            continue
        if _person_of(doc, group, tok, ends):
            # "Jan Roe of IT firm X said": the tagger ran a person's name on into the
            # body she is of; her name ends there, and the words after "of" stay a name
            # only where the base NER tags them as one (else "IT" would be a body).
            parts.append(current)
            rest = doc[tok.i + 1:group[-1].i + 1]
            if any(e.start == rest.start and e.end == rest.end for e in ents):
                parts.append(list(rest))
            current = []
            break
        current.append(tok)
    parts.append(current)
    cut = len(parts) > 1
    out = []
    for part in parts:
        while part and part[0].is_lower and part[0].lower_ in NEVER_LAST:
            part = part[1:]   # ("Y Vote" is Welsh "The Vote": kept)
        while part and part[-1].is_lower and part[-1].lower_ in NEVER_LAST:
            part = part[:-1]
        # A capitalised word alone that opens a sentence and is no proper noun was the
        # tagger's start of a clause ("Wake up!").
        if part and not (cut and len(part) == 1 and part[0].is_sent_start and part[0].pos_ != "PROPN"):
            out.append(part)
    return out


def _person_of(doc, group: list, tok, ends) -> bool:
    """``tok`` is the "of" after a person's full name that opens ``group`` (the base NER
    tags the words before it a person, two words or more) and before a capitalised word:
    a person's name never goes on with "of" ("Bank of England" opens with no person)."""
    person = ends.get(tok.i) if tok.lower_ == "of" else None
    return (person is not None and person.label_ == "PERSON" and len(person) >= 2
            and person.start == group[0].i and tok.i < group[-1].i
            and doc[tok.i + 1].text[:1].isupper())


def _is_slug(doc, span) -> bool:
    """The one-word topic slug opening a wire headline ("CRICKET - ...", "SOCCER - ...")
    is a section name, not an entity."""
    if len(span) != 1 or not span.text.isupper():
        return False
    from .gazetteer import places
    if is_place_name(places(), span):
        return False   # "MOSCOW - Russia said ...": a dateline
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    nxt = doc[span.end] if span.end < len(doc) else None
    return at_line_start and nxt is not None and nxt.text in ("-", "–", ":")


def _is_number(token) -> bool:
    return bool(SCORE.match(token.text)) or (any(c.isdigit() for c in token.text)
                                             and not any(c.isalpha() for c in token.text))


#: The base NER's labels whose names may end in a number ("Channel 4", "Apollo 13").
NUMBERED_LABELS = frozenset(("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"))
