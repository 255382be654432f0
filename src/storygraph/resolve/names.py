"""Name keys for blocking and comparing across documents (pure functions).

Transliterations of the same Russian, Arabic or Chinese name differ in a few letters
("Sergei"/"Sergey", "Yevgeny"/"Evgeny", "Prigozhin"/"Prigojine"); ``translit`` folds the
usual alternations so such spellings share a key, and ``same_given_name`` accepts the
rest by edit similarity (rapidfuzz). Organisation names lose a trailing designator
("Wagner Group" -> "wagner") so a bare "Wagner" finds them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from rapidfuzz.distance import JaroWinkler

from ..nlp.bodies import CORPORATE, PUBLIC_DESIGNATORS

#: English designators of a body's kind, dropped from the end of an ORG name's key.
ORG_DESIGNATORS = {"group", "company", "co", "corp", "corporation", "inc", "ltd", "plc",
                   "llc", "sa", "ag", "gmbh", "holdings", "pmc"}

_FOLDS = [(r"^ye", "e"), (r"^yu", "u"), (r"^ya", "a"),
          # French transliterations: "Tchebychev"/"Chebyshev", "Ioulia"/"Yulia", "Sergueï".
          ("tch", "ch"), ("ch", "sh"), (r"^iou", "u"), (r"^i(?=[ae])", ""), (r"gu(?=[ei])", "g"),
          ("kh", "h"), ("zh", "j"), ("ey", "ei"),
          ("iy", "i"), ("yi", "i"), ("y", "i"), ("ck", "k"), ("ph", "f"), ("w", "v"),
          ("dj", "j"), ("ou", "u"), ("ii", "i"), ("ai", "ei"), ("ie", "i"), ("ee", "i"), ("e$", "")]


def translit(word: str) -> str:
    """A loose phonetic key: "sergey" and "sergei" -> "sergei"; "yevgeny" -> "evgeni"."""
    for pattern, repl in _FOLDS:
        word = re.sub(pattern, repl, word)
    return re.sub(r"(.)\1+", r"\1", word)


def same_given_name(a: str, b: str) -> bool:
    """Two given names that can be the same person's: equal under ``translit``, one an
    initial of the other, one the other's first three letters or more (``Rafa``,
    ``Rafael``; ``Dan``, ``Daniel``), or names of five letters or more close by
    Jaro-Winkler similarity (``Mikhail``/``Mihkail``, ``Damien``/``Damian``). Shorter
    names are too alike by that measure to be told apart by it: ``Roy`` and ``Robbie``
    scored 0.93, ``Robin`` and ``Robbie`` 0.91, and were one man on the BBC bench. (A
    list of nicknames joins too much: in the ``nicknames`` package "Andy" is Andrea's as
    well as Andrew's, "Michael" Miguel's, "John" Jonathan's.)"""
    if a == b or translit(a) == translit(b):
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a[0] != b[0]:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short):
        return True
    ta, tb = translit(a), translit(b)
    return min(len(ta), len(tb)) >= 5 and JaroWinkler.similarity(ta, tb) >= 0.88


#: Words a surname opens on that are part of it, never dropped: "O'Sullivan" (normalised
#: "o sullivan") is not Sullivan. ("al", "van", "de" are, often: "Muammar al-Gaddafi" and
#: "Muammar Gaddafi" are one man.)
SURNAME_PREFIXES = frozenset({"o", "mc", "mac", "st", "fitz"})


def same_surname(a: list[str], b: list[str]) -> bool:
    """Whether two normalised names' surnames can be one, as far as a prefix that is
    part of a surname goes: "ed sullivan" is not "eddie o sullivan", nor is "sullivan".
    (In a name of two words the first is read as an initial: "O Barkley" in a team list
    is Olly Barkley.)"""
    def prefix(words):
        return words[-2] if len(words) >= 3 and words[-2] in SURNAME_PREFIXES else ""
    return prefix(a) == prefix(b)


@lru_cache(maxsize=1)
def _given_names() -> frozenset:
    from nicknames import NickNamer   # a hand-curated list of English given names

    namer = NickNamer()
    return frozenset(namer.nickname_lookup) | frozenset(namer.canonical_lookup)


def is_given_name(word: str) -> bool:
    """Whether a normalised word is a known English given name ("catherine", "bill"),
    not a word the tagger left before a name ("whilst angels", "injured chelsea")."""
    return word in _given_names()


def org_core(key: str) -> str:
    """"wagner group" -> "wagner"; "private military company wagner" stays as it is;
    "us customs service" -> "us customs" (a public body's designator, PUBLIC_DESIGNATORS,
    only where two words stay: "home office" is no "home")."""
    words = key.split()
    while len(words) > 1 and words[-1] in ORG_DESIGNATORS:
        words.pop()
    if len(words) > 2 and words[-1] in PUBLIC_DESIGNATORS:
        words.pop()
    return " ".join(words)


def clip_key(name: str) -> Optional[str]:
    """A body's name of several words by the first three letters of each ("liberal
    democrats", "lib dems" -> "lib dem|clip"): the key its clipped forms are found by;
    None for a name of one word or with a word shorter than three letters."""
    words = name.split()
    if len(words) < 2 or any(len(w) < 3 or not w.isalpha() for w in words):
        return None
    return " ".join(w[:3] for w in words) + "|clip"


def is_clipping(short: str, full: list[str]) -> bool:
    """Whether ``short`` writes each word of ``full`` cut short, one at least, as news
    writes a party or a body it names often ("Lib Dems", "Lib Dem" of Liberal Democrats),
    or the same words but for a plural's "s" ("Liberal Democrats" of "Liberal
    Democrat"); a word cut to its first three letters or more."""
    words = short.split()
    if len(words) != len(full) or words == full:
        return False
    for w, f in zip(words, full):
        w, f = w.removesuffix("s"), f.removesuffix("s")
        if len(w) < 3 or not f.startswith(w):
            return False
    return True


#: Head words of an institution's name: what news abbreviates to its initials and writes
#: both ways across articles ("International Monetary Fund" / "IMF"). A name of another
#: kind that merely shares its initials with an acronym is no expansion of it: a person
#: ("Azim Premji", "AP"), a street ("Euston Road", "ER"), a show ("Benny Hill Show",
#: "BHS"), a school ("Norfolk High School", "NHS"), a team ("Torpedo Moscow", "TM").
INSTITUTION_HEADS = ORG_DESIGNATORS | CORPORATE | {
    "union", "nations", "commission", "committee", "council", "fund", "institute",
    "institution", "organisation", "organization", "agency", "exchange", "association",
    "federation", "confederation", "forum", "congress", "party", "centre", "center", "force",
    "assembly", "bureau", "board", "authority", "office", "ministry", "department", "league",
    "society", "foundation", "service", "services", "trust", "court", "parliament",
    "times", "post", "press", "journal", "broadcasting", "network",
    "administration", "reserve", "secretariat", "tribunal", "alliance", "movement", "front"}
_HEAD_ENDS = {"of", "for", "on", "in", "to"}


def institution_name(name: str) -> bool:
    """Whether a normalised name of several words is an institution's by its head word:
    the word before the first "of"/"for" ("ministry of foreign affairs", "institute for
    fiscal studies"), else the last ("securities and exchange commission")."""
    words = name.split()
    for i, word in enumerate(words):
        if word in _HEAD_ENDS and i:
            return words[i - 1] in INSTITUTION_HEADS
    return len(words) >= 2 and words[-1] in INSTITUTION_HEADS


@lru_cache(maxsize=1)
def groupings() -> dict:
    """Two capitals the Unicode CLDR gives a grouping of countries ({"un": "united
    nations", "eu": "european union"}): its English territory names (``babel``) under a
    code that is no ISO 3166 country (``pycountry``), where the code is the initials of an
    institution's name. The one well-kept list of such bodies' bare initials: a bare "UN"
    in one article is the "United Nations" of another, where "PC" or "BP" beside a name
    of two words is too often something else (``expands``)."""
    import pycountry
    from babel import Locale

    from ..nlp.name_keys import initials, normalise

    out = {}
    for code, name in Locale("en").territories.items():
        if len(code) != 2 or not code.isalpha() or pycountry.countries.get(alpha_2=code):
            continue
        key = normalise(name)
        if initials(key) == code.lower() and institution_name(key):
            out[code.lower()] = key
    return out


def expands(name: str, letters: str, dotted: bool) -> bool:
    """Whether a full name may be what an acronym of other documents stands for: an
    institution's name; for two letters, only an acronym written with stops ("U.N.")
    and a name of two words. Two capitals alone stand for too many things to be joined
    on initials: in the BBC bench articles "PC" was a computer, Plaid Cymru and the
    Pensions Commission, "BP" an oil firm and Bloc Party, "RT" the Radio Times."""
    return institution_name(name) and (len(letters) > 2 or dotted and len(name.split()) == 2)


def spaced_key(own: str, names) -> Optional[str]:
    """The key a body's name is found by whether written with or without its spaces
    ("time warner", "timewarner" -> "timewarner|spaced"); None for a name of several
    words none of whose written forms (``names``) capitalises every word, a phrase
    rather than a spelling of a one-word name ("global net")."""
    words = own.split()
    if len(words) >= 2 and not any(
            len(n.split()) == len(words) and n.lower().split() == words
            and all(w[:1].isupper() and w.isalpha() for w in n.split()) for n in names):
        return None
    return "".join(words) + "|spaced" if words else None
