"""Which of a document's name mentions are one entity, beyond the same words: a name
misspelt once (``misspelt``), a body's two words run together and shortened to the
first (``inner_capital``, ``run_together_heads``), a name joined or cut at a hyphen, a
designator or an Arabic article (``hyphen_head``, ``designated``, ``unarticled``,
``through_designators``), a club's name and its designator (``one_club``), a body's
name shortened after its full one (``shortened_after``), an acronym the text defines in
brackets or whose letters open a body's name (``defined_acronyms``,
``opening_initials``), a given name and a surname in brackets (``bracketed_names``);
with the tests the entities stage links by (``country_word``, ``body_acronym``,
``known_place``, ``given_word`` …). Pure functions over ``find_mentions``'s names,
votes and keys (``entities.find_mentions``)."""
from __future__ import annotations

import re
from collections import Counter

from .acronyms import closing_acronym, translated_acronym
from .bodies import CORPORATE, LEGAL_DESIGNATORS
from .extensions import text_of
from .name_context import is_region
from .name_cues import PERSON_TITLES
from .name_keys import initials, is_acronym, normalise, spells
from .name_repairs import LEADING_DESIGNATORS


def opening_initials(letters: str, full_names, votes, gaz) -> str | None:
    """The one body whose name's leading words the acronym's letters open ("FT" for the
    Financial Times Deutschland, "the FT report said"): news shortens a paper's edition
    or a body's branch by the initials of its core name. None where two bodies fit, or
    the letters name a country ("US")."""
    if len(letters) < 2 or letters in gaz.countries:
        return None
    fits = [full for full in full_names if len(initials(full)) > len(letters)
            and initials(full).startswith(letters)
            and votes[full].most_common(1)[0][0] == "ORG"]
    return fits[0] if len(fits) == 1 else None


#: How long a one-word name must be for a name one letter off it to be its misspelling.
MISSPELT_LENGTH = 8
#: … and two letters off it (changed, added or left out).
MISSPELT_TWICE_LENGTH = 10


#: Particles a person's surname opens on, its next letter a capital ("MacArthur",
#: "FitzGerald", "VanDyke"): no body's two words run together.
_SURNAME_PARTICLES = frozenset(("mac", "fitz", "van", "von", "del", "della", "der", "den",
                                "ter", "dos", "das", "san", "abu", "bin", "ibn", "ben"))


def inner_capital(word: str) -> bool:
    """"DaimlerChrysler", "TowerGroup": a word of letters whose capital after three
    lower-case letters or more opens a second word (not a surname's particle's "Mc",
    "De", "La": "McDonald", "DeLay", "LaToya"; nor a word in capitals)."""
    if not (word.isalpha() and word[:1].isupper() and any(ch.islower() for ch in word)):
        return False
    return any(word[i].isupper() and word[1:i].islower() and word[:i].lower() not in _SURNAME_PARTICLES
               for i in range(3, len(word) - 1))


def _run_together_head(word: str) -> str | None:
    """The first word of a name of two run together ("Glaxo" of "GlaxoSmithKline"), by
    the same capital ``inner_capital`` reads as opening the second."""
    if not inner_capital(word):
        return None
    return next((word[:i] for i in range(3, len(word) - 1) if word[i].isupper()
                 and word[1:i].islower() and word[:i].lower() not in _SURNAME_PARTICLES), None)


def run_together_heads(spans, votes, owner, titled, cues, gaz) -> dict[str, str]:
    """One-word names that open a body's one-word name of two run together, written as
    that first word alone (a capital, then lower case): each to the body's key. Not a
    name the text calls a person's, nor a place's."""
    heads: dict[str, str] = {}
    for span, _ in spans:
        if len(span) != 1:
            continue
        full = normalise(span.text)
        head = _run_together_head(span.text)
        if head is None or owner.get(full) != full or votes[full].most_common(1)[0][0] != "ORG":
            continue
        heads.setdefault(normalise(head), full)
    out = {}
    for key, full in heads.items():
        if key not in votes or owner.get(key) != key or key in titled \
                or cues.get(key, {}).get("PERSON") or known_place(gaz, key) \
                or key in gaz.countries:
            continue
        written = [sp.text for sp, _ in spans if normalise(sp.text) == key]
        if written and all(len(w) > 1 and w[0].isupper() and w[1:].islower() for w in written):
            out[key] = full
    return out


def misspelt(a: str, b: str) -> bool:
    """Whether two long words differ by one letter, or two where both are longer still."""
    if one_letter_off(a, b):
        return True
    if min(len(a), len(b)) < MISSPELT_TWICE_LENGTH or abs(len(a) - len(b)) > 2 \
            or a + "s" == b or b + "s" == a or a + "es" == b or b + "es" == a:
        return False
    return _edits(a, b) <= 2


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (letters changed, added or left out)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def one_letter_off(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, added or left out (not a plural's
    "s": "Liberals" beside "Liberal" are two words, not one misspelt)."""
    if abs(len(a) - len(b)) > 1 or a == b or a + "s" == b or b + "s" == a:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def designated(words: list[str]) -> str | None:
    """The word a company's designator follows ("Ericsson" of "LM Ericsson AB"): the
    name it goes by, whatever initials open it."""
    if len(words) >= 2 and words[-1] in CORPORATE and words[-2] not in CORPORATE:
        return words[-2]
    return None


def given_word(word: str) -> bool:
    from ..resolve.names import is_given_name   # (resolve imports the nlp package)
    return is_given_name(word)


def same_opening_bodies(votes, full_names, words_of, titled, cues, base, spans) -> None:
    """"Real Madrid", then "Real Betis" typed a person: a full name opening on the word a
    body's full name in the text opens on, when that word is no given name and nothing
    in the text makes a person of it (a title, a cue, the base NER), is another body of
    the kind (two clubs, two banks), not a person of the first name "Real"."""
    opening = {words_of[k][0] for k in full_names if votes[k].most_common(1)[0][0] == "ORG"}
    people = {normalise(sp.text) for sp, _ in spans
              if base.get((sp.start_char, sp.end_char)) == "PERSON"}
    for key in full_names:
        words = words_of[key]
        if (votes[key].most_common(1)[0][0] == "PERSON" and words[0] in opening
                and words[0] not in PERSON_TITLES and not given_word(words[0])
                and key not in titled and not cues.get(key, {}).get("PERSON")
                and key not in people):
            votes[key]["ORG"] += votes[key].pop("PERSON")


#: What a club's name ends on: its designator, and the words British sides are named by.
_CLUB_DESIGNATORS = frozenset(("fc", "afc"))
_CLUB_WORDS = frozenset(("city", "town", "united", "rovers", "athletic", "albion", "wanderers",
                         "county"))


def one_club(votes, words_of) -> dict[str, str]:
    """"Newry City" and "Newry FC" in one match report: the club's name and the same club
    with its designator ("FC" says what it is, as "Inc" does), one side whose bare "Newry"
    is it, not two entities the tagger typed a town and a body. Only where the text
    names one such side: "Manchester City" and "Manchester United" are two."""
    out = {}
    for key in votes:
        words = words_of[key]
        if len(words) < 2 or words[-1] not in _CLUB_DESIGNATORS:
            continue
        sides = [k for k in votes if len(words_of[k]) == len(words)
                 and words_of[k][:-1] == words[:-1] and words_of[k][-1] in _CLUB_WORDS]
        if len(sides) == 1:
            out[key] = sides[0]
    return out


def hyphen_head(words: list[str], vote: Counter) -> str | None:
    """"Anheuser" of "Anheuser-Busch Cos.": a body whose name opens on two words joined
    by a hyphen goes by the first alone (news writes the long name once, then the short:
    the same firm, not another). Only a body's: a person's hyphenated surname is whole."""
    parts = words[0].split("-") if words else []
    if len(parts) < 2 or len(parts[0]) < 3 or vote.most_common(1)[0][0] != "ORG":
        return None
    return parts[0]


#: Words a body's full name may add to its short name and remain the same body.
SAME_BODY_WORDS = CORPORATE | {"party", "fc"}


def country_word(gaz, words: str) -> bool:
    """A country as a body's owner: its name, its acronym ("u s"), its demonym."""
    return words in gaz.countries or words.replace(" ", "") in gaz.countries \
        or words in gaz.demonyms


def designator_words(words: str) -> bool:
    """A company's designator set before its name, with its particle ("cie de" of "Cie.
    de Navigation Mixte"): the short name after it is the same body."""
    parts = words.split()
    return bool(parts) and parts[0] in LEADING_DESIGNATORS and all(
        w in ("de", "du", "des", "d") for w in parts[1:])


def body_acronym(votes, words: str) -> bool:
    """A body as another's owner: its acronym ("u n"), one the text names as a body."""
    return len(words.replace(" ", "")) in (2, 3, 4) and (
        all(len(w) == 1 for w in words.split()) or " " not in words) \
        and words in votes and votes[words].most_common(1)[0][0] == "ORG"


def known_place(gaz, key: str) -> bool:
    return key in gaz.cities or key in gaz.countries or key in gaz.capitals \
        or key in gaz.demonyms or is_region(gaz, key)


def one_name(text: str, names: list[list[str]]) -> bool:
    """Whether two full names sharing a surname are one person's, written whole
    somewhere ("Sayfullo Habibullaevic Saipov" holds "Sayfullo Saipov" and the tagger's
    "Habibullaevic Saipov")."""
    for a in names:
        for b in names:
            if a is not b and re.search(r"\b" + r"\s+".join(
                    re.escape(w) for w in a[:-1] + b[:-1]) + r"\s", text, re.IGNORECASE):
                return True
    return False


#: The Arabic article a surname carries joined ("Walid al-Moualem", "Abdel Fattah
#: el-Sisi"), which a later mention leaves out ("Moualem", "Sisi").
_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|ar|an)-(?=\w{3})")


def unarticled(word: str) -> str:
    return _ARTICLE.sub("", word)


def written_words(name: str) -> list[str]:
    """A name's words split where it has spaces only, each normalised, a hyphenated word
    kept one ("Lynsey Plasco-Flaxman" -> lynsey, plasco-flaxman), and so is a surname an
    initial and an apostrophe open ("Alex O'Brien" -> alex, o-brien: a lone "O'Brien"
    is his surname, not a name of two words)."""
    joined = re.sub(r"(?<=\w)[-\u2010\u2011](?=\w)|(?<=\b[A-Z])['\u2019](?=[A-Z])", "_", name)
    return [w.replace("_", "-") for w in normalise(joined).split()]


def defined_acronyms(doc, spans, gaz=None) -> dict[str, str]:
    """"the UK Independence Party (UKIP)": an acronym in brackets right after a body's
    name is that name's, whatever letters it keeps (acronym key -> the name's key).
    A country word opening the name says whose the body is and is often left out of
    the acronym: "the US Environmental Protection Agency (EPA)"."""
    by_start = {span.start: span for span, _ in spans}
    out = {}
    for span, label in spans:
        if label not in ("ORG", "NORP") or len(span) < 2 or span.end + 2 >= len(doc) \
                or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
            continue
        acronym = by_start.get(span.end + 1)
        if acronym is None or len(acronym) != 1:
            continue
        words = normalise(span.text).split()
        if not is_acronym(acronym.text):
            # (a body's acronym written as a word, "the Association of Payment and
            # Clearing Services (Apacs)": the tagger reads it as a name of its own, a
            # person's as often; its letters spelling the name's initials say whose it is)
            if _word_acronym(acronym.text) and spells(acronym.text.lower(), words):
                out.setdefault(normalise(acronym.text), normalise(span.text))
            continue
        first = acronym.text[0].lower()
        if words[0][:1] == first or (gaz is not None and len(words) > 2 and words[1][:1] == first
                                     and country_word(gaz, words[0])) \
                or translated_acronym(acronym.text.replace(".", "").lower(), words) \
                or closing_acronym(acronym.text.replace(".", "").lower(), words):
            out.setdefault(normalise(acronym.text).replace(" ", ""), normalise(span.text))
    return out


def _word_acronym(text: str) -> bool:
    """"Apacs", "Nato": an acronym written as a word, its first letter alone a capital."""
    return 3 <= len(text) <= 8 and text.isalpha() and text[0].isupper() and text[1:].islower()


def through_designators(doc, spans) -> list:
    """"Service Corp. International": a designator written with a stop inside a firm's
    name does not end it. The tagger, taking the stop for a sentence's end, cuts the name
    there; a body's name ending so, followed on the same line by a capitalised name the
    text types a body, is one name."""
    by_start = {span.start: (span, label) for span, label in spans}
    text = None
    joined, dropped = [], set()
    for span, label in spans:
        if (label != "ORG" or len(span) < 2 or span.end >= len(doc) - 1
                or not span[-1].text.endswith(".") or span[-1].whitespace_ != " "
                or span[-1].lower_.rstrip(".") not in LEGAL_DESIGNATORS):
            continue
        nxt = by_start.get(span.end)
        if nxt is not None and nxt[1] == "ORG":
            # (not a name the text writes on its own too: "its parent, Lawrence Group
            # Inc. Lawrence Insurance, based in …", a new sentence's subject)
            text = text if text is not None else text_of(doc)
            if len(re.findall(rf"\b{re.escape(nxt[0].text)}\b", text)) > 1:
                continue
            end = nxt[0].end
        else:
            # (a lone proper noun no tagger took, which the text never writes in lower
            # case and no name follows: not a new sentence's "Analysts", nor a role
            # before a person, "Acme Corp. Chairman John Smith")
            word, after = doc[span.end], doc[span.end + 1]
            text = text if text is not None else text_of(doc)
            if not (word.is_alpha and word.is_title and word.tag_ == "NNP"
                    and not after.is_title and not after.is_upper
                    and re.search(rf"\b{word.lower_}\b", text) is None):
                continue
            end = span.end + 1
        joined.append((doc[span.start:end], "ORG"))
        dropped.update((span.start, span.end))
    if not joined:
        return spans
    return sorted([(sp, lb) for sp, lb in spans if sp.start not in dropped] + joined,
                  key=lambda item: item[0].start)


def proper_rest(doc, words: list[str], text: str) -> bool:
    """Whether the words after a body's leading word are names of their own ("Stoy
    Hayward"), not a number or a common word the text also writes in lower case ("BBC
    One", "BBC News" beside "the news"): a part or a channel of the body, not its name."""
    return all(not doc.vocab[w].like_num and not doc.vocab[w].is_stop
               and re.search(rf"\b{re.escape(w)}\b", text) is None for w in words)


def shortened_after(full: str, key: str, first_at: dict, words_of: dict, full_names, votes) -> bool:
    """"BDO Stoy Hayward", then "BDO said": a body named in full (without an
    article) and then by its leading word is that body shortened, unless another body's
    name opens with that word too ("BT Retail", "BT Wholesale")."""
    word = words_of[key][0]
    if first_at.get(full, 0) >= first_at.get(key, 0) or votes[full].most_common(1)[0][0] != "ORG":
        return False
    return not any(other != full and words_of[other][0] == word
                   and votes[other].most_common(1)[0][0] == "ORG" for other in full_names)


def bracketed_names(doc, spans, gaz, votes) -> list[str]:
    """"President (Vladimir) Putin": a given name in brackets right before a person's
    surname makes one full name ("Vladimir Putin") for both to join; so does a surname
    in brackets right after a given name ("Eddie (O'Sullivan) was calm": the speaker's
    gloss of whom a quotation means), where the name before is a known given name and
    the one inside no place ("Ronaldo (Brazil)", "Zola (Chelsea)" in a results table
    say where a player is from)."""
    from ..resolve.names import is_given_name

    by_start = {span.start: (span, label) for span, label in spans}
    by_end = {span.end: (span, label) for span, label in spans}
    out = []
    for span, _ in spans:
        if not (len(span) == 1 and span.start > 0 and doc[span.start - 1].text == "("
                and span.end < len(doc) and doc[span.end].text == ")"
                and span.text[:1].isupper()):
            continue
        nxt = by_start.get(span.end + 1)
        if nxt is not None and nxt[1] == "PERSON" and len(nxt[0]) == 1:
            out.append(f"{span.text} {nxt[0].text}")
            continue
        before = by_end.get(span.start - 1)
        inside = normalise(span.text)
        if (before is not None and before[1] == "PERSON" and len(before[0]) == 1
                and votes[inside].most_common(1)[0][0] == "PERSON"
                and is_given_name(normalise(before[0].text)) and not known_place(gaz, inside)):
            out.append(f"{before[0].text} {span.text}")
    return out
