"""A name's type as its own document gives it: the words a reader types a name by.

A names model trained on old wire copy does not know today's names (``Wagner`` the
mercenary group reads to it as a person or a people), but the article says what they
are: the noun a name qualifies ("the Wagner group", "Wagner fighters"), a title before
it ("President Traoré"), a "who" after it, a "the" before it alone ("the Kremlin":
people and cities take none), a continent's name. ``find_type_cues`` gives each name's
normalised key the votes of those cues, each weighed by how surely it types the name; the
entities stage adds them to the names model's votes, so that one type per name per
document comes out of all its mentions (``entities.find_mentions``).

Each cue is general (no names listed): what it was checked against, and how often it is
right where it fires, is in docs/entities.md.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import numpy
from spacy import parts_of_speech
from spacy.attrs import IS_ALPHA, LOWER, POS

from .corefs import ROLE_NOUNS
from .name_context import REGIONS
from .name_keys import is_acronym, normalise
from .speech_verbs import REPORTING
from .token_table import token_texts

#: Nouns for a body or its people, that a name before them makes a body's name: "the
#: Wagner group", "Hamas fighters", "Kremlin spokesman". Not "forces", "troops" or
#: "supporters": a person's are as common ("Haftar forces", "Trump supporters"), nor
#: "administration", "campaign", "family".
BODY_HEADS = {"group", "groups", "members", "member", "fighters", "mercenaries", "militants",
              "paramilitaries", "contractors", "militia", "militias", "company", "headquarters",
              "leader", "leaders", "chief", "boss", "founder", "spokesman", "spokeswoman",
              "spokesperson", "officials", "executives", "employees", "shareholders",
              "chairman", "operatives", "network", "movement", "party", "agency", "organisation",
              "organization"}
#: Heads a name may reach over one more modifier ("the Wagner mercenary group"): nouns for
#: the body itself, which no person's name qualifies.
BODY_HEADS_FAR = {"group", "groups", "company", "militia", "network", "movement", "organisation",
                  "organization"}
#: Nouns for a part of the earth's surface: "the Sahel region", "the Sinai peninsula".
AREA_HEADS = {"region", "desert", "peninsula", "basin", "valley", "mountains", "plateau",
              "savannah", "steppe"}

#: The weight of each cue beside one mention's label from the names model (1): a noun or a
#: title is read in the words themselves; a "who" or a "the" depends on the parse and on
#: the name being the phrase's head.
HEAD_WEIGHT = 2.0
TITLE_WEIGHT = 2.0
WHO_WEIGHT = 1.0
THE_WEIGHT = 2.0
#: A lone word the names model reads as a person, that says something, in an article
#: where "he" or "she" says something later: no more than the evidence a body lacks.
SAYER_WEIGHT = 0.5
#: A continent's name is a LOC whatever else is said of it ("in Africa").
CONTINENT_WEIGHT = 3.0
#: A decisive cue (``DECISIVE``) says what the name is in the sentence's own grammar, and
#: the names model's votes are per mention, one each: a name written nine times that the
#: model reads as a person ("Yukos") would outvote a cue of two. These weigh this much
#: per mention of the name in the document, more than the one vote of the names model
#: and the 1.5 of the base NER (``entities.BASE_VOTE``) together, so one decides.
DECISIVE_WEIGHT = 3.0
#: The cues that decide a name's type whatever its mentions' votes.
DECISIVE = {"firm noun", "firm's", "holding", "which", "work noun", "pronoun", "place noun",
            "designator"}

#: Directions, which name a country's or the world's half after "the" ("the North").
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
#: Words that name a part of the world, not one country: the contract's LOC.
CONTINENTS = (REGIONS - {"emea", "asia pacific"}) | {"antarctica"}


def find_type_cues(doc, spans, gaz) -> dict:
    """Per normalised name, a Counter of contract labels with the weight of the cues the
    document gives it. ``spans`` are (span, label) as the entities stage has them; a
    known country, capital, city or demonym is left to the gazetteer."""
    votes: dict[str, Counter] = defaultdict(Counter)
    mentions = Counter(normalise(span.text) for span, _ in spans)
    for span, cue, label, weight in type_cues(doc, spans, gaz):
        key = normalise(span.text)
        votes[key][label] += weight * mentions[key] if cue in DECISIVE else weight
    return votes


def type_cues(doc, spans, gaz):
    """Each cue that fires: (span, cue, label, weight); at most one per mention, the
    surest first."""
    named = {normalise(span.text) for span, _ in spans}
    said_by_pronoun = _last_pronoun_sayer(doc)
    for span, label in spans:
        key = normalise(span.text)
        if not key or key in gaz.countries or key in gaz.capitals or key in gaz.demonyms:
            continue
        if key in gaz.cities:
            # A town's name is many a person's ("Warren", "Lincoln"): only a person's
            # pronoun in the name's own clause outvotes the gazetteer.
            if _pronoun(doc, span):
                yield span, "pronoun", "PERSON", DECISIVE_WEIGHT
            continue
        if key in CONTINENTS:
            yield span, "continent", "LOC", CONTINENT_WEIGHT
            continue
        if len(span) > 1 and designator(span[-1]):
            # "Hewlett-Packard Co.": a firm's legal form ends no person's name, whatever
            # the taggers read the words before it as (both typed it a person).
            yield span, "designator", "ORG", DECISIVE_WEIGHT
            continue
        if len(span) > 1 and span[-1].lower_ in NAME_HEADS and span[-1].text[:1].isupper():
            yield span, "own head", "ORG", HEAD_WEIGHT
            continue
        if _branch(key, named):
            yield span, "branch", "ORG", HEAD_WEIGHT
            continue
        # "London-based", "Pro-Moscow", "U.S.": no name of a body or place the noun after
        # it could type; an acronym is too often a code or a measure ("ERA leader")
        plain = all(t.is_alpha for t in span) and not is_acronym(span.text)
        head = _head_noun(doc, span) if plain and not _adjectival(span, label) else None
        firm = _firm_cue(doc, span, label) if plain and label != "NORP" else None
        if _named_work(doc, span):
            yield span, "work noun", "WORK_OF_ART", DECISIVE_WEIGHT
        elif firm is not None:
            yield span, firm, "ORG", DECISIVE_WEIGHT
        elif head in BODY_HEADS:
            yield span, "head", "ORG", HEAD_WEIGHT
        elif head in AREA_HEADS:
            yield span, "area", "LOC", HEAD_WEIGHT
        elif plain and _apposed_body(doc, span):
            yield span, "apposition", "ORG", HEAD_WEIGHT
        elif plain and _apposed_place(doc, span):
            yield span, "place noun", "GPE", DECISIVE_WEIGHT
        elif _titled(doc, span, named):
            yield span, "title", "PERSON", TITLE_WEIGHT
        elif _kin(doc, span):
            yield span, "kin", "PERSON", TITLE_WEIGHT
        elif _occupied(doc, span):
            yield span, "occupation", "PERSON", TITLE_WEIGHT
        elif _pronoun(doc, span):
            yield span, "pronoun", "PERSON", DECISIVE_WEIGHT
        elif _played_for(doc, span):
            yield span, "side", "ORG", HEAD_WEIGHT
        elif label == "PERSON" and _which(doc, span):
            yield span, "which", "ORG", DECISIVE_WEIGHT
        elif _who(doc, span) and not span[-1].lower_.endswith("s"):
            # (not a plural: "the Cardinals, who", "Seven Iraqis who")
            yield span, "who", "PERSON", WHO_WEIGHT
        elif plain and _the_alone(doc, span, label):
            yield span, "the", "ORG", THE_WEIGHT
        elif label == "PERSON" and len(span) == 1 and plain and span.end < said_by_pronoun \
                and _sayer(span.root):
            yield span, "sayer", "PERSON", SAYER_WEIGHT


def designator(tok) -> bool:
    """A company's legal form as a name's last word, as firms write it ("Co.", "Inc",
    "plc", "AG"; a form of two letters in capitals but "Co.": "Sa" or "Ab" may be a
    name's)."""
    from .bodies import LEGAL_DESIGNATORS

    form = tok.text.rstrip(".")
    return form.lower() in LEGAL_DESIGNATORS and (form[:1].isupper() or form == "plc") and (
        len(form) > 2 or form.isupper() or form == "Co")


#: A body's name ending in a word for a body ("Wagner Group", "Islamic State group" is
#: read by ``_head_noun``): the name of that body, whatever its first words are.
NAME_HEADS = {"group", "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.",
              "plc", "party", "movement", "network", "organisation", "organization", "agency",
              "council", "committee", "commission", "ministry", "association", "institute",
              "university", "army", "front", "brigade", "brigades", "federation", "foundation"}
# (not "bank", "union" or "league": "West Bank", "Soviet Union", CoNLL's "American League")


def _branch(key: str, named: set) -> bool:
    """"Lycos Europe" where the article also names "Lycos": a body's branch in a part of
    the world (no person's name ends in a continent). The name alone is what keeps
    "Central Asia" out: the article never names "Central"."""
    for region in REGIONS:
        if key.endswith(" " + region) and key[:-len(region) - 1] in named:
            return True
    return False


_ADJECTIVE_ENDINGS = ("an", "en", "ic", "ish", "ese", "i")


def _adjectival(span, label: str) -> bool:
    """A people's or a faith's adjective ("Moslem militants", "Kurdish leaders", "Chechen
    leader"): it qualifies the noun without naming a body."""
    word = span[-1].lower_
    return label == "NORP" and (span[-1].pos_ == "ADJ" or word.endswith(_ADJECTIVE_ENDINGS)
                                or not word.isalpha())


#: Nouns for a firm or a body, that a name right after them, in the same phrase, names:
#: "Russian oil firm Yukos", "stock exchange Euronext", "Indian software company Wipro".
#: Not the trades a person plies ("producer", "publisher", "broadcaster", "maker",
#: "operator"): "record producer Phil Spector".
FIRM_NOUNS = {"company", "companies", "firm", "group", "giant", "bank", "airline", "retailer",
              "insurer", "manufacturer", "conglomerate", "exchange", "subsidiary",
              "corporation", "chain", "network", "carmaker", "supermarket", "lender",
              # (a band is a body too, whose name reads like a person's: "US rock band
              # Korn", "Korn, a rock band")
              "band"}
#: What only a firm has, after its name or its possessive: "Wipro's profits", "Yukos
#: shareholders", "Euronext chief executive" (not "earnings" or "stake": a player's, an
#: owner's).
FIRM_ATTRIBUTES = {"shareholders", "shareholder", "profit", "profits", "revenue", "revenues",
                   "turnover", "subsidiary", "subsidiaries"}
#: ... and after the name alone, never its possessive: "Yukos shares" (a tycoon has his
#: shares: "Murdoch's shares").
FIRM_STOCK = {"shares", "stock"}
#: Holdings in a firm: "shares in Yukos", "a stake in Euronext".
HOLDINGS = {"shares", "stake", "stakes", "shareholding", "shareholdings"}


def _firm_cue(doc, span, label: str):
    """The grammar of the name's own phrase says it is a firm: a firm's noun right before
    it ("oil firm Yukos", no comma between: "joined the firm, Smith said") or in
    apposition after it ("Titan, a California-based company"), a firm's
    attribute after it or its possessive ("Yukos' shareholders", "Wipro chief
    executive"), or a holding in it ("shares in Yukos"). The cue's name, or None."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) and "\n" not in span[-1].whitespace_ else None
    possessive = after is not None and (after.tag_ == "POS" or after.text in ("'s", "'"))
    if before is not None and "\n" not in before.whitespace_ and _common_word(before) \
            and _firm_noun(doc, before) \
            and not (span.start > 1 and doc[span.start - 2].lower_ == "in") \
            and not (span[-1].dep_.startswith("nsubj") and span[-1].head.dep_ == "relcl"):
        # ("in exchange Smith gets"; "the company Smith founded")
        return "firm noun"
    if any(t.dep_ == "appos" and t.head.i == span[-1].i and t.pos_ == "NOUN" and _common_word(t)
           and t.lower_ in FIRM_NOUNS for t in doc[span.end:min(span.end + 8, len(doc))]):
        return "firm noun"   # "Titan, a California-based company,"
    if before is not None and before.lower_ in ("in", "of") and span.start > 1 \
            and doc[span.start - 2].lower_ in HOLDINGS and doc[span.start - 2].pos_ == "NOUN" \
            and not possessive and not (after is not None and after.pos_ in ("NOUN", "PROPN")):
        return "holding"   # (not "shares of Smith's company", "a stake in Smith Industries")
    if after is None or label in ("GPE", "LOC"):
        return None   # a place's "chief executive" is its governor: "Hong Kong chief executive"
    i = span.end + 1 if possessive else span.end
    word = doc[i] if i < len(doc) else None
    if word is None or not _common_word(word):
        return None
    if word.lower_ == "chief" and i + 1 < len(doc) \
            and doc[i + 1].lower_ in ("executive", "financial"):
        return "firm's"
    if word.pos_ == "NOUN" and not _of_after(doc, i) and (
            word.lower_ in FIRM_ATTRIBUTES or (not possessive and word.lower_ in FIRM_STOCK)):
        return "firm's"
    return None


def _firm_noun(doc, before) -> bool:
    """A firm's noun, also where the tagger read it as an adjective ("firm", "giant")
    after a noun that qualifies it: "blog analysis firm Technorati" has no adjective
    between a noun and a name, the noun the compound's head."""
    if before.lower_ not in FIRM_NOUNS:
        return False
    if before.pos_ == "NOUN":
        return True
    return before.pos_ == "ADJ" and before.i > 0 and doc[before.i - 1].pos_ == "NOUN" \
        and _common_word(doc[before.i - 1]) and doc[before.i - 1].whitespace_ != ""


#: Verbs a player's club or side is the object of "for" after: "playing for X",
#: "signed for X" (a person one plays for is a manager's name, which both taggers read
#: as a person: the cue weighs less than the two).
_PLAYED_FOR = frozenset(("play", "sign", "appear"))


def _played_for(doc, span) -> bool:
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "for" and prep.i == span.start - 1 \
        and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in _PLAYED_FOR


#: Nouns for a work, that name it right before its title: "the film A Different Story",
#: "their album Final Straw", "the single Run", "the musical Billy Elliot".
WORK_NOUNS = {"film", "movie", "album", "single", "song", "show", "series", "programme",
              "program", "musical", "play", "book", "novel", "documentary", "sitcom", "drama",
              "soap", "opera", "track", "biopic", "comedy", "thriller", "ballad", "anthem",
              "memoir", "autobiography", "painting", "ep", "cartoon", "franchise", "sequel",
              "hit"}


def _named_work(doc, span) -> bool:
    """A title the sentence names a work by: a work's noun right before it that the parse
    hangs on it ("Elvis' single Jailhouse Rock", "his hit Jailhouse Rock"), or that it
    stands in apposition to ("The film, A Different Story, chronicles"). Not a name that
    only follows the noun ("the film Tom Cruise made", "to play Hamlet")."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in ("a", "an", "the") and doc[i].is_title:
        i -= 1   # (the title's own article, which the mention leaves out)
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1 or "\n" in doc[i].whitespace_:
        return False
    noun = doc[i]
    if not (_common_word(noun) and noun.lower_ in WORK_NOUNS):
        return False
    root = span.root
    return span.start <= noun.head.i < span.end or (
        root.head.i == noun.i and root.dep_ in ("appos", "compound"))


def _apposed_body(doc, span) -> bool:
    """"the private military company, Wagner", "the militant group Hamas": the name
    stands beside a noun for a body, before it."""
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and _common_word(doc[i]) and doc[i].pos_ == "NOUN" \
        and doc[i].lower_ in BODY_HEADS_FAR


#: Nouns for a place a name in apposition after them names: "one of Britain's most
#: ethnically diverse constituencies, West Ham, was to get".
APPOSED_PLACES = {"constituency", "town", "city", "village", "county", "district", "province",
                  "borough", "suburb", "island", "port", "municipality", "township"}


def _apposed_place(doc, span) -> bool:
    """A name the parse sets in apposition to a noun for a place right before it (over a
    comma): the place, whatever the names model read ("constituency, West Ham")."""
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and _common_word(doc[i]) and doc[i].pos_ == "NOUN" \
        and doc[i].lower_ in APPOSED_PLACES and span.root.dep_ == "appos" \
        and span.root.head.i == i


def _head_noun(doc, span):
    """The common noun a name qualifies, written after it ("Wagner fighters", "the Wagner
    mercenary group"), lower-cased; None where the name is a phrase's head itself."""
    i = span.end
    if i >= len(doc) or "\n" in doc[i - 1].whitespace_:
        return None
    first = doc[i]
    if not _common_word(first):
        return None
    if first.pos_ == "NOUN" and first.lower_ in BODY_HEADS | AREA_HEADS:
        if _numbered(doc, i) or (first.lower_ in _POSTS and _of_after(doc, i)):
            return None
        return first.lower_
    # over one modifier to a noun for the body itself ("Wagner mercenary group")
    if i + 1 < len(doc) and first.pos_ in ("NOUN", "ADJ") and "\n" not in first.whitespace_:
        second = doc[i + 1]
        if _common_word(second) and second.pos_ == "NOUN" and second.lower_ in BODY_HEADS_FAR:
            return None if _numbered(doc, i + 1) else second.lower_
    return None


def _numbered(doc, i: int) -> bool:
    # "World Cup group four", "European group 8": a pool of a competition, not a body
    return i + 1 < len(doc) and (doc[i + 1].like_num or doc[i + 1].pos_ == "NUM")


def _common_word(token) -> bool:
    return token.is_alpha and token.is_lower


#: Posts that, followed by "of", are someone's ("Trump chief of staff").
_POSTS = {"chief", "boss", "leader", "head"}


def _of_after(doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ == "of"


#: Titles and ranks before a person's name, no part of it ("Colonel Assimi Goita", "Mr.
#: Lavrov"): the names stage cuts them off a name (``name_spans``), the resolver reads a
#: name opening on one as a person's.
TITLES = {"colonel", "col", "col.", "captain", "lieutenant", "major", "sergeant", "mr", "mr.",
          "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "sheikh", "senator",
          "sen", "sen.", "governor", "gov", "gov.", "mayor", "judge", "pope", "bishop",
          "cardinal", "rev", "rev.", "marshal", "admiral", "gen", "gen.", "lt", "lt.", "sgt",
          "princess"}
#: Words only a person takes before the name: a title, or a role written as one
#: ("President Traoré", "Foreign Minister Sergei Lavrov") -- the same words the names
#: stage cuts off a person's name.
PERSON_TITLES = frozenset(TITLES | ROLE_NOUNS)


#: Titles only a person's name follows; a rank or an office opens other names too
#: ("Major League Baseball", "Cardinal Health"), and counts inside a name only where the
#: article also writes the rest alone ("Judge Kavanaugh" and "Kavanaugh").
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady",
              "sheikh", "rev", "rev."}


def _titled(doc, span, named=frozenset()) -> bool:
    """A person's title right before the name, on the same line ("President Putin",
    "Foreign Minister Sergei Lavrov"), or a title or rank the names model took in ("Judge
    Kavanaugh"; not a role, which opens bodies' names too: "General Motors")."""
    if len(span) > 1 and span[0].lower_ in TITLES and span[1].text[:1].isupper() and (
            span[0].lower_ in HONORIFICS or normalise(span[1:].text) in named):
        return True
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if "\n" in prev.whitespace_ or not prev.text[:1].isupper():
        return False
    return prev.lower_ in PERSON_TITLES


#: Kin, written right before a person's first name as a title is before a surname:
#: "sister Venus", "his son Hunter" (a family's member is introduced so, not by a full
#: name).
KIN = {"sister", "brother", "wife", "husband", "son", "daughter", "mother", "father",
       "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
       "grandfather", "grandmother", "widow", "widower", "stepson", "stepdaughter",
       "stepfather", "stepmother", "fiancee", "fiance", "girlfriend", "boyfriend"}


#: A person's occupation, written in lower case right before the name ("prosecuting
#: attorney Carol Lam", "Hamas leader Ismail Haniyeh"): the role nouns the names stage
#: cuts off a name, less those that are adjectives or bodies' too ("official", "prime",
#: "head", "general"), and the trades news names people by.
OCCUPATIONS = (ROLE_NOUNS - {"official", "prime", "head", "general"}) | {
    "attorney", "lawyer", "prosecutor", "analyst", "economist", "professor", "researcher",
    "scientist", "actor", "actress", "singer", "rapper", "striker", "midfielder", "defender",
    "goalkeeper", "coach", "author", "novelist", "journalist", "correspondent", "reporter",
    "presenter", "detective", "inspector", "senator", "congressman", "congresswoman",
    "captain", "skipper", "winger"}


def _occupied(doc, span) -> bool:
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.is_sent_start and prev.is_title and prev.lower_ in OCCUPATIONS:
        return "\n" not in prev.whitespace_   # "Rapper Kanye West is changing his name"
    return "\n" not in prev.whitespace_ and _common_word(prev) and prev.pos_ == "NOUN" \
        and prev.lower_ in OCCUPATIONS


def _kin(doc, span) -> bool:
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    return "\n" not in prev.whitespace_ and _common_word(prev) and prev.lower_ in KIN \
        and prev.pos_ == "NOUN"


def _which(doc, span) -> bool:
    """"Deutsche Boerse, which has asked": a relative clause on the name itself that
    opens with "which" is a body's (a person's takes "who"). Not after a preposition:
    "the report by Smith, which" is the report's clause, whatever the parse says."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "which":
        return False
    if span[-1].dep_ in ("pobj", "poss") or (span.start > 0 and doc[span.start - 1].pos_ == "ADP"):
        return False
    verb = doc[i + 1].head
    return verb.dep_ == "relcl" and span.start <= verb.head.i < span.end


#: A person's pronouns: a body takes "it" and "its", a people "they".
PERSON_PRONOUNS = {"he", "she", "his", "her"}


def _pronoun(doc, span) -> bool:
    """The name is the subject of a clause that refers back to it by a person's pronoun:
    "Ford said she would testify" (the subject of the clause it says), "Ford testified
    about her allegation" (a possessive in its own clause). Not where another proper noun
    stands between, whom the pronoun may mean ("Chelsea sacked Mutu after his test",
    "Smith told Jones he"), nor past a clause of its own ("Fox, which hired him, said")."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = root.head
    for tok in doc[span.end:min(len(doc), span.end + 25)]:
        if tok.is_sent_start:
            return False
        if tok.pos_ == "PROPN" or (tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass")
                                   and tok.lower_ not in ("he", "she")):
            return False   # someone else, whom the pronoun may mean
        if tok.lower_ not in PERSON_PRONOUNS or tok.text[:1].isupper():
            continue
        if tok.lower_ in ("he", "she"):
            # the subject of the clause the name's verb takes: "Ford said she would"; not
            # of a passive, as often a thing done to whom a report is about ("The Buffalo
            # News reported that he was seen")
            return tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.i == verb.i
        if tok.tag_ == "PRP$" or tok.dep_ == "poss":
            # a possessive in the verb's own phrases, over nouns and prepositions only
            head, steps = tok.head, 0
            while head.i != verb.i and head.dep_ in ("dobj", "pobj", "prep", "attr") \
                    and steps < 4:
                head, steps = head.head, steps + 1
            return head.i == verb.i
        return False
    return False




def _sayer(token) -> bool:
    """The token is the subject of a verb that reports speech ("Trump said", "Trump
    continued, "You see"; "continue" only before the words it reports)."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING:
        return False
    if verb.lemma_.lower() == "continue":
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        return after is not None and after.text in (",", ":")
    return True


def _last_pronoun_sayer(doc) -> int:
    """Where "he" or "she" last reports speech in the document ("he said"), -1 if
    nowhere: a person's pronoun, which a body that speaks never takes."""
    # (the words read as one array: a pass over every Token object of a long article
    # cost more than the rest of the type cues)
    pronouns = [doc.vocab.strings[w] for w in ("he", "she")]
    for i in reversed(numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), pronouns)).tolist()):
        if _sayer(doc[i]):
            return i
    return -1


def _who(doc, span) -> bool:
    """"Prigozhin, who ...": "who" follows a person's name (a body's takes "which")."""
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].lower_ in ("who", "whom") and doc[i].tag_ == "WP"


def _the_alone(doc, span, label: str) -> bool:
    """"the Kremlin", "the Taliban": a one-word name that is a phrase's head after "the"
    is neither a person nor a city nor a people's adjective, where the names model said
    one of those. A plural ("the Russians", "the Clintons") is left alone."""
    if len(span) != 1 or label not in ("PERSON", "GPE", "NORP") or span.start == 0:
        return False
    tok = span[0]
    if doc[span.start - 1].lower_ != "the" or tok.is_upper or tok.lower_.endswith("s"):
        return False
    if not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    # the name qualifies a noun after it: "the" belongs to that noun ("the German side")
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    # A region after "the" is as common ("in the Gulf", "the Midwest"): only a name that
    # acts (a subject, the agent of a passive, the one something is "with") is a body.
    if tok.lower_ in COMPASS:
        return False   # "the North accepted": a country's half, as a party
    # (a people's word as a subject is one of them: "the Swede birdied", "the Briton")
    acting = label != "NORP" and (tok.dep_ in ("nsubj", "nsubjpass", "agent") or (
        tok.dep_ == "pobj" and tok.head.dep_ == "agent"))
    return acting or (
        tok.dep_ == "pobj" and tok.head.lower_ in ("by", "with", "of") and tok.head.head.pos_ == "NOUN"
        and tok.head.head.lower_ not in AREA_HEADS)


#: Nouns for a body that a proper noun before them names, however many words stand
#: between ("Germany's BdB private banks association", "the Wagner mercenary group").
BODY_NOUNS = BODY_HEADS_FAR | {h for h in NAME_HEADS if h.isalpha()}


def find_body_names(doc, spans, gaz) -> list:
    """Names of bodies no tagger found: a run of capitalised proper nouns that only
    qualifies a noun for a body after it, in the same phrase ("Germany's BdB private banks
    association": the place's possessive qualifies the body, whose own name is BdB). Each
    as (span, "ORG"); ``spans`` are the names found so far, whose words are left alone."""
    taken = {i for span, _ in spans for i in range(span.start, span.end)}
    proper = _proper_words(doc)
    found = []
    i = 0
    while i < len(doc):
        start = i
        while i < len(doc) and i not in taken and proper[i] \
                and (i == start or "\n" not in doc[i - 1].whitespace_):
            i += 1
        if i == start:
            i += 1
            continue
        run = doc[start:i]
        key = normalise(run.text)
        if not run[0].is_sent_start and key and key not in gaz.countries \
                and key not in gaz.capitals and key not in gaz.cities \
                and key not in gaz.demonyms and _qualifies_body(doc, run):
            found.append((run, "ORG"))
    return found


def _proper_words(doc) -> list[bool]:
    """Each token: a proper or common noun of letters opening on a capital (the tagger
    reads an acronym it does not know as a common noun: "BdB"). Read off the Doc's arrays
    at once: a Token made for every word was 0.3% of a run."""
    if not len(doc):
        return []
    nouns = (parts_of_speech.PROPN, parts_of_speech.NOUN)
    return [pos in nouns and bool(alpha) and text[:1].isupper()
            for (pos, alpha), text in zip(doc.to_array([POS, IS_ALPHA]).tolist(), token_texts(doc))]


def _qualifies_body(doc, run) -> bool:
    """The run's words hang on a body noun written after them, over lower-case words of
    the same phrase only."""
    head = run[-1].head
    if head.i <= run.end - 1 or head.pos_ != "NOUN" or head.lower_ not in BODY_NOUNS:
        return False
    if any(t.head.i < run.start or t.head.i > head.i for t in run):
        return False
    between = doc[run.end:head.i]
    return all(_common_word(t) and t.pos_ in ("ADJ", "NOUN") for t in between) \
        and _common_word(head) and not _numbered(doc, head.i)
