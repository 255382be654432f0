"""Where the words around a name decide its type or its entity: a dateline's place, a
team in a results table or a team sport's report, a capital as the city or as its
country's government, a body's branch in a region."""
from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.strings import get_string_id

from .extensions import text_of
from .name_keys import normalise
from .speech_verbs import SPEAKING
from .token_table import token_texts

#: Parts of the world a body's branch is named after ("Diageo North America").
REGIONS = {"europe", "asia", "africa", "north america", "south america", "latin america",
           "americas", "asia pacific", "middle east", "emea", "oceania", "australasia"}


def is_region(gaz, words: str) -> bool:
    return words in REGIONS or words in gaz.countries or words in gaz.capitals


#: Nouns before a capital that make it the city ("Russian capital Moscow").
_PLACE_NOUNS = {"capital", "city", "town", "streets", "outskirts", "suburbs", "centre",
                "center", "downtown"}
#: Nouns for what a city holds, not what its government does: "London's Hilton hotel".
_VENUES = {"studio", "studios", "hotel", "theatre", "theater", "street", "square", "airport",
           "hospital", "station", "museum", "club", "nightclub", "venue", "stadium", "arena",
           "district", "suburb", "park", "zoo", "cathedral", "church", "mosque", "market",
           "restaurant", "pub", "bar", "cinema", "gallery", "university", "school", "court",
           "prison", "shop", "store", "mall", "port", "harbour", "bridge", "tower", "palace",
           "hall", "residents", "inhabitants", "mayor", "police", "fire", "traffic"}


def _a_local_thing(noun) -> bool:
    """What a city's possessive names is in the city: a place, a venue or a named thing
    there ("London's Capital FM", "London's Earls Court"), not a government's act."""
    if noun.lemma_.lower() in _VENUES or noun.lower_ in _VENUES:
        return True
    # (a body of the state is the government's: "Beijing's Foreign Ministry")
    name = [t.lower_ for t in noun.subtree if t.i <= noun.i and t.pos_ == "PROPN"]
    return noun.pos_ == "PROPN" and noun.ent_type_ in ("FAC", "ORG", "LOC", "") \
        and not _STATE_WORDS.intersection(name)


_STATE_WORDS = {"ministry", "embassy", "government", "parliament", "office", "department",
                "council", "assembly", "army", "police"}


#: Prepositions of place: "in Moscow", "toward Bamako" name the city, while "from Moscow"
#: (helicopters from Moscow) or "on behalf of Moscow" name its government.
_AT = {"in", "at", "near", "to", "into", "outside", "around", "inside", "across", "toward",
       "towards", "within", "via", "through", "throughout"}
#: "the government in Bamako" is the government, wherever it sits.
_RULERS = {"government", "regime", "authorities", "junta", "leadership", "officials",
           "rulers", "administration"}


def as_place(doc, span) -> bool:
    """"Russian capital Moscow", "the city of Bamako", "in Moscow": the city itself, not
    its government (which acts, speaks, is helped or is the source of something)."""
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    if _PLACE_NOUNS.intersection(before):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head   # "between Moscow and Bamako": as the first of the pair
    if root.dep_ == "poss" and _a_local_thing(root.head):
        return True   # "London's Abbey Road studios", "Moscow's Red Square": in the city
    if root.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "dative", "agent"):
        return False
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ in _AT:
            return prep.head.lemma_.lower() not in _RULERS
        return prep.lower_ not in _ACTING
    return True


#: Prepositions after which a capital is a party, not a place: "on behalf of Moscow",
#: "helicopters from Moscow", "talks with Bamako", "ties between Moscow and Bamako".
_ACTING = {"of", "from", "with", "against", "by", "between", "for"}

#: A score or a result ("108-3", "71", "2/1"), as a results table gives one after a team.
SCORE = re.compile(r"^\d+(?:[-/]\d+)?$")
_DATELINE_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def as_team(doc, span, label: str) -> str:
    """A place name directly followed by a score ("Kent 108-3", "CHICAGO 71 64 .526") or
    paired with "v"/"at" between two such names is a team: an ORG, as results tables mean."""
    from .gazetteer import places

    nxt = doc[span.end] if span.end < len(doc) else None
    line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    if line_start and nxt is not None and _DATELINE_DATE.match(nxt.text) and label in ("ORG", "PERSON", "NORP"):
        return "GPE"  # a dateline: "NEW YORK 1996-08-22", "MOSCOW 25 Sep"
    if label not in ("GPE", "LOC", "NORP") or len(span) > 3:
        return label
    if normalise(span.text) in places().countries:
        return label  # national sides are named as their countries (CoNLL: LOC)
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    if nxt is not None and SCORE.match(nxt.text) and not (nxt.i + 1 < len(doc) and
                                                           doc[nxt.i + 1].lower_ in _DATE_WORDS):
        return "ORG"
    if prev is not None and prev.lower_ in ("v", "vs", "v.", "vs.") :
        return "ORG"
    if nxt is not None and nxt.lower_ in ("v", "vs", "v.", "vs."):
        return "ORG"
    return label


_DATE_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "percent", "%", "million",
               "billion", "people", "years", "km", "miles"}


_DATELINE = re.compile(r"[^\W\d][\w .,'()/-]{0,60}?,?\s+(?:\d{4}-\d\d-\d\d|\(\w+\)\s*-)")


def is_dateline(doc, span) -> bool:
    """A name on a dateline line ("NEW YORK 1996-08-30", "MILWAUKEE , Wisconsin
    1996-08-29", "MOSCOW (Reuters) -"): the place the story was filed from."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    m = _DATELINE.match(line)
    if not m or span.end_char - line_start > m.end():
        return False
    return m.group(0).endswith("-") or not line[m.end():].strip()


#: Wire reports of team sports open with their slug ("SOCCER - ENGLAND BEAT MOLDOVA").
_TEAM_SPORTS = re.compile(r"^(?:SOCCER|CRICKET|RUGBY UNION|RUGBY LEAGUE|RUGBY|BASKETBALL|"
                          r"ICE HOCKEY|HOCKEY|VOLLEYBALL|HANDBALL|WATER POLO|BASEBALL|"
                          r"AMERICAN FOOTBALL|FOOTBALL)\s+-\s")
#: The words a country's side adds to the country's name in an entity id.
TEAM_SUFFIX = "national team"


def is_team_sport(doc) -> bool:
    return bool(_TEAM_SPORTS.match(text_of(doc).lstrip()))


def as_side(doc, span) -> bool:
    """In a team sport's report, a country's name is its side ("England beat Moldova",
    "against Russia") unless it says where someone is from or something is: in
    brackets after a player ("Jansher Khan ( Pakistan )"), after "of"/"in"/"to"/"from"
    ("Benetton of Italy"), or on the dateline."""
    if is_dateline(doc, span):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev is not None and nxt is not None and prev.text == "(" and nxt.text == ")":
        return False
    return prev is None or prev.lower_ not in ("of", "in", "to", "from", "into")


def is_place_name(gaz, span) -> bool:
    key = normalise(span.text)
    return key in gaz.cities or key in gaz.countries or key in gaz.capitals


#: What only a business does ("which makes chips"); what only a speaker does is
#: speech_verbs.SPEAKING.
_TRADING = {"make", "manufacture", "sell", "produce", "build", "supply", "own", "employ"}


def acts_as_body(doc, span) -> bool:
    """A name used where only a body fits: the subject of a speech cue ("Texas said", "said
    Texas") or named by what it makes or sells ("Texas, which makes chips"), never a
    place's role ("in Texas")."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEAKING:
        return True
    for tok in doc[span.end:min(len(doc), span.end + 3)]:
        if tok.lower_ == "which":
            verb = tok.head
            return verb.lemma_.lower() in _TRADING and verb.i > tok.i
        if tok.text != ",":
            break
    return False


#: Verbs whose object is a thing used, not a body ("using X", "installed X").
_USED = {"use", "install", "download"}


def used_as_thing(doc, span) -> bool:
    """A name of two words or more the text uses as a thing ("documents prepared using
    Acme Writer"): a product, which its maker's name alone never joins."""
    root = span.root
    return len(span) >= 2 and root.dep_ == "dobj" and root.head.lemma_.lower() in _USED


_IN = {"in", "near", "into", "outside", "across", "throughout", "within", "around", "inside"}


def placed_in(doc, span) -> bool:
    """A name used as a place is used: "in Texas", "the city of Austin"."""
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    root = span.root
    return bool(_PLACE_NOUNS.intersection(before)) or (
        root.dep_ == "pobj" and root.head.lower_ in _IN)


#: Nouns for a work: a name the text calls one of these is a title, no one's name.
WORK_NOUNS = {"book", "novel", "film", "movie", "album", "song", "single", "play", "musical",
              "opera", "documentary", "sitcom", "series", "bestseller", "memoir", "thriller",
              "fantasy", "biography", "poem", "painting"}


def called_a_work(doc, span) -> bool:
    """The text itself calls the name a work: "the book X", "X, a fantasy set …", "X is an
    enchanting book"."""
    if span.start > 0 and doc[span.start - 1].lower_ in WORK_NOUNS:
        return True
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in WORK_NOUNS:
            return True
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() in WORK_NOUNS for c in root.head.children)
    return False


#: Endings of a noun for one person a capital may open ("the Welshman", "the Londoner",
#: "the Texan", "the Blairite"), which no list of peoples holds.
_PERSON_ENDINGS = ("man", "woman", "er", "an", "ite", "ist")


def articled_word(doc, span) -> bool:
    """"top of the Premiership", "in the Bundesliga": a one-word name written after "the"
    and heading its phrase (no noun after it: not "the Blair government") is no person's,
    whatever the names model read: news writes a person's name bare. Not a people's word
    ("the Briton"), a title or a role ("the Pope", "the Chancellor"), a plural ("the
    Kennedys"), nor a name the base NER too reads as a person's."""
    from .antecedents import national
    from .corefs import ROLE_NOUNS
    from .name_phrases import MONARCHS, NOBILITY
    from .name_cues import PERSON_TITLES
    from .speaker_words import DESCRIPTIONS, KIN, PEOPLE_NOUNS, PERSON_NOUNS

    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    tok = span[0]
    word = tok.lower_
    if not (tok.is_alpha and tok.is_title and len(word) >= 4) or word.endswith("s") \
            or tok.ent_type_ == "PERSON" or national(word) or word.endswith(_PERSON_ENDINGS):
        return False
    if word in PERSON_TITLES | MONARCHS | NOBILITY | ROLE_NOUNS | DESCRIPTIONS | KIN \
            | PEOPLE_NOUNS | PERSON_NOUNS:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or nxt.is_punct or (nxt.is_lower and not nxt.tag_.startswith(("NN", "JJ", "CD")))


_HIS = {"he", "his", "him", "she", "her"}
_HIS_IDS = {get_string_id(word) for word in _HIS}  # (as the Doc's LOWER column holds them)


def _clause_subject(tok):
    """The subject of the clause a word sits in, a coordinated verb's taken from the verb
    it is coordinated with ("X dropped a set but was content with his game")."""
    verb = tok
    while verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _binds_a_he(doc) -> set:
    """Surnames the text makes a man or a woman: the subject of the clause in which a
    he/his/she/her stands, outside quotation marks (a body takes "it"/"its")."""
    found = set()
    quoted = False
    # (each word's text and lower case read off the Doc's arrays at once: a Token made
    # for every word was most of this pass)
    lowers = doc.to_array([LOWER]).tolist() if len(doc) else []
    for i, text in enumerate(token_texts(doc)):
        if text in ('"', "“", "”"):
            quoted = not quoted if text == '"' else text == "“"
            continue
        if quoted or lowers[i] not in _HIS_IDS:
            continue
        tok = doc[i]
        subject = _clause_subject(tok)
        if subject is not None and subject.i != tok.i and subject.pos_ == "PROPN" \
                and subject.text[:1].isupper():
            found.add(subject.text)
    return found


def _listed_with_people(doc, m, mentions: list) -> bool:
    """"stars Leonardo diCaprio, Pierce Brosnan and Richard Gere": a name the parse
    coordinates with two people's full names or more, and with no other kind of name,
    is one of a list of like things, a person's (whatever the tagger typed it, its
    given name one the English list does not know)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    kinds = []
    for conj in span[-1].conjuncts:
        other = next((o for o in mentions if o.start <= conj.idx < o.end), None)
        if other is not None:
            kinds.append(other.label if len(other.text.split()) >= 2 or other.label != "PERSON"
                         else None)
    return kinds.count("PERSON") >= 2 and all(k == "PERSON" for k in kinds)


def people_by_use(doc, mentions: list) -> list:
    """The mentions with a name the text uses as a person's typed PERSON, for whom a
    he/she can stand, whatever the tagger typed it ("Roger Federer" a work, "Federer" a
    body): the name is written in full after a known given name somewhere, and its
    surname binds a he/his in its own clause; or the parse lists it with people's full
    names (``_listed_with_people``). A lone surname then takes the entity of its one
    full name, however its capitals differ ("diCaprio", "DiCaprio"). Companies named
    after their founders ("Henry Ford"; "Ford said … its") take "it"."""
    from dataclasses import replace
    from ..resolve.names import is_given_name   # (resolve imports the nlp package)

    if not mentions or not doc.has_annotation("DEP"):
        return mentions
    bound = {normalise(word) for word in _binds_a_he(doc)}
    full: dict = {}
    for m in mentions:
        words = m.text.split()
        if len(words) != 2 or not words[0][:1].isupper():
            continue
        if _listed_with_people(doc, m, mentions):
            full.setdefault(normalise(words[1]), set()).add(m.entity)
            continue
        if not is_given_name(normalise(words[0])):
            continue
        if normalise(words[1]) in bound:
            full.setdefault(normalise(words[1]), set()).add(m.entity)
    out = []
    for m in mentions:
        words = m.text.split()
        owner = full.get(normalise(words[-1])) if words else None
        if m.label == "PERSON" or not owner or len(words) > 2 or (
                len(words) == 2 and m.entity not in owner):
            out.append(m)
            continue
        entity = next(iter(owner)) if len(words) == 1 and len(owner) == 1 else m.entity
        out.append(replace(m, label="PERSON", entity=entity))
    return out
