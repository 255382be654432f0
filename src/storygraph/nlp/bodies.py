"""Which names are a body's (an organisation's), whatever the tagger typed them: read off
the whole document (``org_entities``), the words around a mention (``named_as_body``) or
the name alone (``body_name``)."""
from __future__ import annotations

import re
from collections import Counter

from ..types import Entity
from .speaker_words import ORG_NOUNS, PLACES

#: Last words of a name that make it a company's ("Multiplex Group", "Carnival Corp").
CORPORATE = frozenset(("group", "inc", "corp", "corporation", "ltd", "plc", "holdings",
                       "co", "company", "bank", "airlines", "airways", "motors", "ag", "sa",
                       "llc", "industries", "technologies", "systems", "securities", "spa",
                       "nv", "bv", "gmbh", "ab", "asa", "oyj"))
#: The word for what a public body is, which news drops from its name once named ("US
#: Customs" for the US Customs Service): a name of several words with it added is the
#: same body (not a one-word name: "Microsoft" is no "Microsoft Office").
PUBLIC_DESIGNATORS = frozenset(("service", "department", "agency", "office", "ministry",
                                "authority", "bureau", "administration", "commission"))
#: The legal forms a firm's full name ends on ("Advanced Medical Technologies Inc."),
#: which its shortened names leave out.
LEGAL_DESIGNATORS = frozenset(("inc", "corp", "corporation", "ltd", "plc", "co", "llc", "ag",
                               "sa", "nv", "bv", "gmbh", "ab", "asa", "oyj", "spa"))
#: Words just before a name that make it a listed company's ("Shares in Krispy Kreme").
SHARES_BEFORE = ("shares in ", "shares of ", "stake in ", "takeover of ", "bid for ", "offer for ")
SHARES_AFTER = ("'s shares", "’s shares", " shares")


def org_entities(text: str, mentions: list[Entity]) -> set:
    """Entities the document shows to be organisations: typed ORG in most mentions, named
    like a company or after a word for one ("oil company Yukos"), traded ("shares in
    X"), or a short form of one of those ("Krispy
    Kreme" of "Krispy Kreme Doughnuts", never a place's: "Texas" of "Texas Electronic Mail
    Act"). The tagger's ORG on one occurrence is no such evidence for the others: it reads
    "European" or "DS" as ORG now and then."""
    labels: dict = {}
    for m in mentions:
        labels.setdefault(m.entity, Counter())[m.label] += 1
    out = {m.entity for m in mentions
           if labels[m.entity].most_common(1)[0][0] == "ORG" or named_as_body(text, m)}
    names = [m.text for m in mentions if m.entity in out]
    for m in mentions:
        if not PLACES & set(labels[m.entity]) and any(n.startswith(m.text + " ") for n in names):
            out.add(m.entity)
    return out


def articled(text: str, mentions: list) -> set:
    """Entities the text writes after "the" every time ("relegated from the Zurich
    Premiership", "top of the Premiership table"): a league, a body or a thing, however
    the tagger typed it, since a person's name takes no article."""
    out: dict = {}
    for m in mentions:
        before = text[max(0, m.start - 4):m.start]
        out[m.entity] = out.get(m.entity, True) and before.lower() == "the " and (
            m.start < 5 or not text[m.start - 5].isalpha())
    return {e for e, every in out.items() if every and e}


def named_as_body(text: str, m) -> bool:
    """Whether the words around a mention make it a body's name: a company's last word
    ("Carnival Corp"), a word for one before it ("oil company Yukos", "network Fox"),
    or trading ("shares in X", "X shares") — evidence the tagger's label is not."""
    before = text[max(0, m.start - 24):m.start].lower()
    words = m.text.lower().replace(".", "").split()
    prior = before.split()[-2:] if before.endswith(" ") else []
    if len(prior) == 2 and prior[1].rstrip(".") in NAME_TITLES:
        # (a title the tagger left out of the name is the firm's word, after a noun for a
        # firm: "drugmaker Dr Reddy's")
        prior = prior[:1] if maker_word(prior[0]) or prior[0] in ORG_NOUNS else []
    return bool((words and words[-1] in CORPORATE) or before.endswith(SHARES_BEFORE)
                or (prior and (prior[-1] in ORG_NOUNS or prior[-1] in THINK_TANKS
                               or maker_word(prior[-1])))
                or text[m.end:m.end + 9].lower().startswith(SHARES_AFTER))


#: A think-tank's word, which a name after it is a body's as a firm's word makes it.
THINK_TANKS = frozenset(("think-tank", "thinktank"))
#: Titles a person's name opens with, which a firm's name may open with too.
NAME_TITLES = frozenset(("dr", "mr", "mrs", "ms", "sir", "lady", "lord"))
#: "-maker" compounds naming a person, not a firm ("lawmaker", "filmmaker").
_PERSON_MAKERS = frozenset(("law", "policy", "film", "movie", "play", "peace", "trouble",
                            "match", "king", "decision", "dress", "rain", "merry", "pace",
                            "mischief", "hay", "noise", "deal", "film-", "home", "money"))


def maker_word(word: str) -> bool:
    """A compound naming what a firm makes ("drugmaker", "carmaker"), not a person's."""
    stem = word[:-5].rstrip("-") if word.endswith("maker") else ""
    return len(stem) >= 2 and stem not in _PERSON_MAKERS


#: Last words only a body's name ends with.
BODY_WORDS = CORPORATE | frozenset((
    "commission", "international", "office", "party", "dems", "democrats", "council",
    "association", "union", "agency", "times", "committee", "department", "ministry",
    "foundation", "institute", "university", "court", "police", "society", "federation",
    "league", "board", "authority", "trust", "organisation", "organization", "service",
    "government", "assembly", "parliament", "news", "post", "telegraph", "guardian"))


def body_name(name: str) -> bool:
    """A name only a body has, never a person: an acronym ("EOC") or a body's last word
    ("Home Office", "Lib Dems")."""
    words = name.replace("'s", "").split()
    if not words:
        return False
    if len(words) == 1 and len(words[0]) >= 2 and words[0].isupper():
        return True   # an acronym: "EOC", "BBC"
    return len(words) >= 2 and words[-1].lower().strip(".,") in BODY_WORDS


#: Nouns for a made thing that a maker's name and a model's word stand before ("the
#: Motorola Razr V3 phone"): the name is the product's, not a body's.
PRODUCT_NOUNS = frozenset(("phone", "phones", "handset", "handsets", "smartphone", "smartphones",
                           "console", "consoles", "camera", "cameras", "laptop", "laptops",
                           "tablet", "tablets", "gadget", "gadgets", "device", "devices",
                           "browser", "chip", "chips", "processor", "processors", "printer",
                           "printers"))
#: A model's code ("V3", "N95", "A380"): capitals then a number.
_MODEL_CODE = re.compile(r"^[A-Z]{1,3}\d{1,4}[A-Za-z]?$")


def named_as_product(doc, span) -> bool:
    """Whether a name of two words or more is written as a product's: a model's code ends
    it or follows it ("Nokia N95"), or a noun for a made thing does ("the Motorola Razr
    V3 phone"). A maker's name alone is no such name, nor its part."""
    if len(span) < 2:
        return False
    if _MODEL_CODE.match(span[-1].text):
        return True
    at = span.end
    if at < len(doc) and _MODEL_CODE.match(doc[at].text):
        at += 1
    return at < len(doc) and doc[at].lower_ in PRODUCT_NOUNS
