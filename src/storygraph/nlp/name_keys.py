"""How a name becomes a key: the normalised text two mentions of one name share
(``normalise``), the document-local entity id made of it (``slug``), and the initials an
acronym spells (``initials``, ``is_acronym``)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: A nickname in double quotation marks inside a name (`Antonio "LA" Reid`): no part of
#: the key, which is the person's given name and surname ("antonio reid").
_NICKNAME = re.compile(r"(?<=\w)\s+(?:\"|\u201c|``)[^\"\u201c\u201d`']+(?:\"|\u201d|'')\s+(?=\w)")


@lru_cache(maxsize=2048)
def normalise(name: str) -> str:
    """Lower case, no accents, no leading article or trailing possessive.

    Cached: the same few names are normalised over and over, per mention and per rule;
    a small cache, as a large one held 40 MB of texts."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", _LEADING.sub("", _NICKNAME.sub(" ", text.strip())))
    return " ".join(re.findall(r"\w+", text.lower()))


def slug(name: str) -> str:
    return normalise(name).replace(" ", "-") or "entity"


#: Small words initials leave out ("Organisation of American States" -> "oas").
_STOP = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "&"}


def initials(name: str) -> str:
    """"Central African Republic" -> "car"; "United Nations" -> "un"."""
    words = [w for w in name.split() if w not in _STOP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def spells(letters: str, words: list) -> bool:
    """Whether the letters are the words' initials in order, each small word's counted or
    left out ("apacs": "association of payment and clearing services" keeps the "and" and
    drops the "of"), every other word's counted."""
    if not words:
        return not letters
    head, rest = words[0], words[1:]
    if head in _STOP and spells(letters, rest):
        return True
    return bool(letters) and head[:1] == letters[0] and spells(letters[1:], rest)


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def number_forms(name: str) -> tuple:
    """A one-word name's other number ("democrat" <-> "democrats", "tory" <-> "tories"):
    news writes a people or a party both ways; () for a name of several words."""
    if " " in name or len(name) < 3:
        return ()
    if name.endswith("ies"):
        return (name[:-3] + "y",)
    if name.endswith("s"):
        return (name[:-1],)
    return (name + "s", name[:-1] + "ies") if name.endswith("y") else (name + "s",)
