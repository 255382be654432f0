"""A speaker's entity that is a piece of a person the document names in full (pure).

The tagger leaves a titled surname apart from the full name where it typed one of them a
body or the text spells the surname two ways ("Commission for racial equality chief
Trevor Phillips … Mr Phillips", "Diane Abbot … Ms Abbott"), and a name of several words
apart where it typed it a body ("Hicham El Guerrouj … El Guerrouj"). A journalist
looking up the person finds neither piece: the speaker's entity is the person's.

``quoted_given_names`` finds the given name alone a speaker calls that person by inside a
quotation ("Ruud is the best"), which no tagger took for a name.
"""
from __future__ import annotations

from typing import Iterable, Optional

from ..types import Entity

#: Titles before a surname that say the name is a person's.
#: A lone surname this long, one letter off a full name's, is that name misspelt (shorter
#: ones are as often another name: "Hill", "Hall").
LONE_SURNAME = 7
TITLED = frozenset(("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lady", "lord"))


def full_name_of(found: str, mentions: list, people: list, gender: dict) -> str:
    """The entity of the one person named in full whose name ``found``'s names are a
    piece of — a titled surname (the same word or within one letter), or a name of two
    words or more ending the full name — else ``found``. ``gender`` (entity -> {"m",
    "f"}) keeps "Mrs Howard" off Michael Howard."""
    names = [m.text.split() for m in mentions if m.entity == found]
    if not names:
        return found
    if all(len(n) == 1 for n in names) and len({n[0] for n in names}) == 1 \
            and len(names[0][0]) >= LONE_SURNAME:
        # A lone surname the text spells one letter apart from the one person it names in
        # full ("Vladimir Kavardarkov … Kavadarkov said"), which no full name has as is.
        lone = names[0][0]
        if any(len(m.text.split()) >= 2 and m.text.split()[-1] == lone for m in people):
            return found
        owners = {m.entity for m in people if m.entity != found and len(m.text.split()) >= 2
                  and _title(m.text.split()[0]) not in TITLED
                  and one_edit(m.text.split()[-1], lone)}
        return owners.pop() if len(owners) == 1 else found
    if all(len(n) >= 2 and _title(n[0]) not in TITLED for n in names):
        tails = {tuple(n) for n in names}
        owners = {m.entity for m in people if m.entity != found and any(
            len(m.text.split()) > len(t) and tuple(m.text.split()[-len(t):]) == t
            for t in tails)}
        return owners.pop() if len(owners) == 1 and len(tails) == 1 else found
    if not all(len(n) == 2 and _title(n[0]) in TITLED for n in names):
        return found
    words = {n[1] for n in names}
    if len(words) != 1:
        return found
    surname = words.pop()
    sexes = {title_sex(n[0]) for n in names} - {None}
    if len(sexes) > 1 or any(len(m.text.split()) == 2 and m.entity != found
                             and one_edit(m.text.split()[1], surname)
                             and title_sex(m.text.split()[0]) not in sexes | {None}
                             for m in mentions):
        return found  # ("Mr Howard" and "Mrs Howard": a family's name, not one person's)
    owners = {m.entity for m in people if m.entity != found and len(m.text.split()) >= 2
              and _title(m.text.split()[0]) not in TITLED
              and one_edit(m.text.split()[-1], surname)
              and not (sexes and gender.get(m.entity, set()) - sexes)}
    return owners.pop() if len(owners) == 1 else found


def surname_typed_people(key: str, people: list, gaz, lower: set) -> bool:
    """Whether a one-word name the tagger typed a people's word ("Scorsese" as NORP) is
    the surname of a person the text names in full (``people``: the full names' words):
    it ends one of them and is no people's or party's word (not "Briton", "Malian",
    "Japanese", "Tory"). A full name whose other words the text writes in lower case
    (``lower``) is a phrase the tagger took for a name ("Other Tory law …")."""
    from .antecedents import national
    from .gazetteer import demonym_country
    from .name_spans import PARTY_BYNAMES, PARTY_MEMBERS

    if " " in key or national(key) or demonym_country(gaz, key) or key in gaz.demonyms \
            or key in PARTY_MEMBERS or key in PARTY_BYNAMES:
        return False
    # (nor a people named by their country, "Rwanda Hutus", which the tagger took for a man)
    return any(len(words) >= 2 and words[-1] == key and not set(words[:-1]) & lower
               and not any(w in gaz.countries or w in gaz.demonyms or w in gaz.capitals
                           for w in words[:-1])
               for words in people)


def initialled_owner(words: list, people: Iterable):
    """The one full name (``people``: each a person's name's words, read only where
    ``words`` open on an initial) that a name written with its given name's initial ("K
    Morgan", a team list's) is the person of ("Kevin Morgan", named in the same text):
    the same surname, a given name the initial opens; else None."""
    if len(words) < 2 or len(words[0]) != 1:
        return None
    fits = {tuple(p) for p in people if len(p) == len(words) and p[1:] == words[1:]
            and len(p[0]) > 1 and p[0][0] == words[0]}
    return " ".join(fits.pop()) if len(fits) == 1 else None


def _title(word: str) -> str:
    return word.lower().rstrip(".")


def title_sex(word: str) -> Optional[str]:
    word = _title(word)
    return "m" if word in ("mr", "sir", "lord") else "f" if word in ("mrs", "ms", "miss", "lady") \
        else None


def one_edit(a: str, b: str) -> bool:
    """The same surname, or one letter added, dropped or changed ("Abbot", "Abbott"),
    for names long enough that one letter does not make another name."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def quoted_given_names(doc, mentions: list) -> list:
    """New mentions for a bare given name inside a quotation that no tagger found
    (`"Ruud is the best striker," he said` after "Ruud van Nistelrooy"): a speaker
    calls by the given name alone the one person the text names in full with it, so that
    what is said of him is seen to be of him.

    Only a capitalised word the parse reads as a proper noun, or one inside a sentence,
    that opens the full name of exactly one person, is no other name's word and is never
    written in lower case in the text (not "Will", "Rose" of a common word)."""
    from .extensions import lower_words, text_of
    from .quote_features import quote_regions

    people: dict[str, set] = {}
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and _title(words[0]) not in TITLED:
            people.setdefault(words[0], set()).add(m.entity)
    if not people:
        return []
    # (a word some other name holds is that name's as much: "Jordan" the country)
    others = {w for m in mentions for w in m.text.split()[1:]}
    others |= {m.text for m in mentions if m.label != "PERSON"}
    regions = quote_regions(text_of(doc))
    lower = lower_words(doc)
    out = []
    strings = doc.vocab.strings
    wanted = {strings[word] for word in people}   # (only their words can pass: no Token for the rest)
    for i in [i for i, orth in enumerate(doc.to_array("ORTH").tolist()) if orth in wanted]:
        tok = doc[i]
        owners = people.get(tok.text)
        if not owners or len(owners) != 1 or tok.text in others or not tok.is_title \
                or not tok.is_alpha or tok.text.lower() in lower \
                or not (tok.pos_ == "PROPN" or not tok.is_sent_start):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN":
            continue   # (another name that opens on it: "Ruud Gullit")
        if not any(a < tok.idx < b for a, b in regions) \
                or any(m.start <= tok.idx < m.end for m in mentions):
            continue
        out.append(Entity(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", next(iter(owners))))
    return out
