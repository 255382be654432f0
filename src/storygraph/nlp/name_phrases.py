"""What the words right around one name mention say of it, for the entities stage's
vote and links: a title a monarch or a noble goes by (``MONARCHS``, ``NOBILITY``), an
honorific before it (``after_honorific``), "the" before a name of several words
(``articled_name``), a people's word after an article (``people_word``), a plural verb
after it (``plural_verb``), a language's name before a common noun (``language_word``),
a noun for a joint body after it (``joint_body``), an acronym inside it
(``acronym_word``), a line in capitals (``in_caps_line``), a phrase on a noun that names
it in passing (``in_passing``). The document-level settings (datelines, teams, capitals)
are ``name_context``'s."""
from __future__ import annotations

import re
from functools import lru_cache

from .name_cues import PERSON_TITLES
from .name_keys import normalise
from .name_links import known_place


#: Titles a monarch goes by with one name ("King Hussein", "Queen Noor"); a pope's name is
#: a regnal name too, never a surname ("Pope Francis" is not the sprinter Lewis-Francis).
MONARCHS = frozenset(("king", "queen", "prince", "princess", "emperor", "empress", "sultan",
                      "emir", "shah", "sheikh", "pope"))


#: Titles of nobility "the" goes before ("the Duke of Edinburgh").
NOBILITY = frozenset(("duke", "duchess", "earl", "countess", "baron", "baroness", "viscount",
                      "marquess", "archbishop", "dalai"))


#: Honorifics only people take ("Mr. Trump", "Mrs. Clinton").
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mister"}


def acronym_word(span) -> bool:
    """A word of two or more capitals ("TRT") in a name not written all in capitals."""
    return len(span) > 1 and not span.text.isupper() and any(
        len(t.text) >= 2 and t.text.isupper() and t.text.isalpha() for t in span)


def after_honorific(doc, span) -> bool:
    return span.start > 0 and doc[span.start - 1].lower_ in _HONORIFICS


def articled_name(doc, span) -> bool:
    """"the festival's sister event, the Bangkok Film Market": a name of several words
    written after "the" is no person's (the names model typed "Film Market" a woman the
    next "she" stood for), unless it opens on a title ("the Prince of Wales")."""
    start = span.start
    while start > 0 and span.start - start < 3 and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].is_title:
        start -= 1   # (the names model's "Bangkok" GPE, then "Film Market")
    return (span.end - start >= 2 and start > 0 and doc[start - 1].lower_ == "the"
            and doc[start].lower_.rstrip(".") not in PERSON_TITLES | MONARCHS | NOBILITY
            and span[0].ent_type_ != "PERSON")


def people_word(doc, span) -> bool:
    """"The Briton , who lost his title", "the third Briton ever to hold it": one of a
    people described after an article (words of rank between), which the tagger read as
    a name: a people's word (NORP, CoNLL's MISC), no person's id of its own (the
    speaker's is the person it stands for, see speakers)."""
    from .antecedents import national

    if len(span) != 1 or not span[0].is_title or not national(span[0].lower_):
        return False
    at = span.start - 1
    while at >= 0 and doc[at].tag_ in ("JJ", "JJS", "CD") and span.start - at <= 2:
        at -= 1
    return at >= 0 and doc[at].lower_ in ("the", "a", "an", "this", "that")


def plural_verb(doc, span) -> bool:
    """Whether the text writes a one-word name anywhere as the subject of a plural verb
    right after it ("Bath have", "Sale are"), which no person's name takes."""
    return any(t.text == span.text and t.dep_ in ("nsubj", "nsubjpass") and t.i + 1 < len(doc)
               and doc[t.i + 1].lower_ in ("have", "are", "were")
               and doc[t.i + 1].tag_ in ("VBP", "VBD") for t in doc)


@lru_cache(maxsize=1)
def _languages() -> frozenset:
    """The one-word names of the ISO 639-1 languages (pycountry's), lower case."""
    names = (re.sub(r"\s*\(.*\)$", "", name).lower() for name in _two_letter_languages())
    return frozenset(n for n in names if n.isalpha())


def _two_letter_languages() -> list:
    """The names of the languages with an ISO 639-1 code, read from pycountry's own
    table: importing pycountry and making its 7,900 languages took each worker 0.065 s
    at its first such name, the file alone 0.007 s. Where the table is not where this
    pycountry keeps it, pycountry's own reading."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("pycountry")
    places = list(spec.submodule_search_locations or []) if spec else []
    table = Path(places[0]) / "databases" / "iso639-3.json" if places else None
    try:
        rows = json.loads(table.read_bytes())["639-3"] if table else None
    except (OSError, ValueError, KeyError, TypeError):
        rows = None
    if isinstance(rows, list) and all(isinstance(row, dict) and "name" in row for row in rows):
        return [row["name"] for row in rows if "alpha_2" in row]
    import pycountry
    return [lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2")]


def language_word(doc, span, label: str, gaz) -> bool:
    """Whether a one-word body's name is a language's set before a common noun ("a
    Swahili newspaper"); never a place's or a people's word ("Tonga", "French")."""
    if label != "ORG" or len(span) != 1 or span.end >= len(doc) \
            or doc[span.end].pos_ != "NOUN" or not doc[span.end].is_lower:
        return False
    key = normalise(span.text)
    return key in _languages() and not known_place(gaz, key)


#: Nouns for a body that several members form together, which a name before them only
#: qualifies: "the Cell consortium" (a chip's), "the Blair coalition".
JOINT_BODIES = frozenset(("consortium", "consortia", "alliance", "coalition", "syndicate",
                          "partnership"))


def joint_body(doc, span):
    """The name with the noun for a joint body right after it, where the name opens that
    phrase after "the" and the noun is the phrase's head ("the Cell consortium
    expects"), else None."""
    if span.end >= len(doc) or span.start == 0 or doc[span.start - 1].lower_ != "the" \
            or "\n" in span[-1].whitespace_:
        return None
    noun = doc[span.end]
    if noun.lower_ not in JOINT_BODIES or not noun.is_lower or noun.pos_ != "NOUN" \
            or any(t.head.i != noun.i for t in span if t.head.i not in range(span.start, span.end)):
        return None
    if span.end + 1 < len(doc) and doc[span.end + 1].pos_ in ("NOUN", "PROPN") \
            and doc[span.end + 1].is_alpha:
        return None   # (the noun qualifies another: "the Cell alliance members")
    return doc[span.start:span.end + 1]


def in_caps_line(text: str, start: int, end: int) -> bool:
    """Whether the span stands in a line with no lower-case letter (a wire headline, a
    results table), where capitals say nothing of an acronym."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a:b if b >= 0 else len(text)]
    return not any(ch.islower() for ch in line)


def in_passing(doc, start_char: int) -> bool:
    """Whether the name starting at ``start_char`` is met only in a phrase on a noun, or
    as its apposition ("the murders of his former wife, Nicole Brown Simpson"), also
    through a participle on the noun ("82 armed men led by Fidel Castro": the phrase
    tells who the men were, the sentence is not about him)."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return False
    head = span[0]
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.dep_ not in ("prep", "agent"):
        return False
    on = head.head.head
    if on.dep_ == "acl" and on.tag_ in ("VBN", "VBG") and on.head.i != on.i:
        on = on.head
    return on.pos_ in ("NOUN", "PROPN")
