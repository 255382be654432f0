"""Several bodies named in one list that a tagger read as one name ("the Council of
Mortgage Lenders, British Bankers Association and Building Societies Association all
said"): pure functions over a Doc's tokens.

A department's portfolio is listed the same way ("Department for Culture, Media and
Sport"), so a list is split only where each of its parts is a body's name by itself: a
name of two words or more ending on a body's word ("… Association"), or a name the base
NER reads on its own, one of them a body's name at least. A field of a portfolio
("Media", "Sport") is neither.
"""
from __future__ import annotations

from .bodies import BODY_WORDS

#: The words that list names ("A, B and C"; "A & B" is as often one firm's name).
_LISTING = frozenset((",", "and"))


def _parts(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Tokens ``start``..``end`` cut at the list's commas and "and"s (token bounds)."""
    out, at = [], start
    for tok in doc[start:end]:
        if tok.lower_ in _LISTING:
            out.append((at, tok.i))
            at = tok.i + 1
    out.append((at, end))
    return out


def _bodys_name(doc, start: int, end: int) -> bool:
    """Two capitalised words or more ending on a body's word ("British Bankers
    Association")."""
    words = doc[start:end]
    return len(words) >= 2 and words[-1].lower_ in BODY_WORDS and words[0].text[:1].isupper() \
        and words[-1].text[:1].isupper()


def listed_bodies(doc, start: int, end: int, ents) -> list[tuple[int, int]]:
    """The (start, end) token bounds of the bodies' names that tokens ``start``..``end``
    list, where each part is a body's name (see the module) and the base NER reads them
    apart (tags one of them alone, none across two); else []."""
    parts = _parts(doc, start, end)
    if len(parts) < 2 or any(a >= b for a, b in parts):
        return []
    # (the base NER's names, a leading "the" left out: "the Council of Mortgage Lenders")
    alone = {(e.start + (doc[e.start].lower_ == "the"), e.end) for e in ents}
    if not any(part in alone for part in parts):
        return []
    cuts = [b for _, b in parts[:-1]]
    if any(e.start < cut < e.end for e in ents for cut in cuts):
        return []   # (one name across the list's word: "Harris Trust and Savings Bank")
    bodies = [_bodys_name(doc, *part) for part in parts]
    # (one of them a body's name at least: places the base NER reads apart, "Bosnia and
    # Herzegovina", are one country's name)
    if not any(bodies) or not all(part in alone or body for part, body in zip(parts, bodies)):
        return []
    return parts


def lists_bodies(doc, start: int, end: int) -> bool:
    """Whether what follows a body's name and a comma lists more bodies ("Council of
    Mortgage Lenders, British Bankers Association and …"): every part after the first
    ends on a body's word, which no field of a department's portfolio does."""
    parts = _parts(doc, start, end)
    return len(parts) >= 2 and all(_bodys_name(doc, a, b) for a, b in parts[1:])
