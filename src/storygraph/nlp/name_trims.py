"""Cutting a tagged span back to the name it holds: the taggers take in words around a
name (an article, a sentence's adverb, a word of tenure, a title, a trade written before it,
a member's office), and a mention left with them would join no other mention of the name,
or join the wrong one ("Mrs Howard" is not Michael Howard). ``name_spans`` reads the
names; ``entities`` cuts each with ``trim``."""
from __future__ import annotations

from .corefs import ROLE_NOUNS
from .name_cues import KIN, OCCUPATIONS, PERSON_TITLES
from .name_pieces import MEMBER_OFFICES


#: Titles left out of a mention, so that it joins the full name ("Mr Baume", "Jonathan
#: Baume"); a woman's are kept, and taken in where the tagger left them out: "Mrs Howard"
#: is not Michael Howard, whom a lone "Howard" would join. A rank or office written
#: short opens no other name ("General Motors" is never "Gen Motors"): "Gen Musharraf"
#: and "General Musharraf" were two people, neither of them Pervez Musharraf.
DROPPED_TITLES = {"mr", "dr", "prof", "professor", "det", "insp", "supt", "gen", "lt", "col",
                  "maj", "capt", "sgt", "cpl", "brig", "adm", "cdr", "gov", "rev",
                  "messrs", "mmes",
                  # a style of address, never part of the name ("his Majesty King Hassan"
                  # is King Hassan, whom a lone "King Hassan" joins)
                  "majesty", "highness", "excellency", "holiness"}
KEPT_TITLES = {"mrs", "ms", "miss"}


#: Words a mention never starts with: articles, and sentence adverbs the tagger takes in.
_LEADING_WORDS = frozenset(("the", "a", "an", "meanwhile", "however", "yesterday", "today",
                            "even"))


#: Words that say when or how someone held an office, capitalised where they open a
#: sentence ("Former Tory chancellor Ken Clarke", "Ex-BBC presenter", "Then-President
#: Bush"): never the start of the name after them.
TENURE = frozenset(("former", "ex", "then", "onetime", "erstwhile", "outgoing", "incoming",
                    "acting", "interim", "retired"))
_HYPHENS = ("-", "\u2010", "\u2011")
#: Role nouns written as a title before a person's given name and surname ("Manager Brian
#: Kerr", "Coach Ann Lee"): the person is named after them, never with them.
ROLE_TITLES = frozenset(OCCUPATIONS | ROLE_NOUNS | {"manager", "boss"}) - {
    # (a style of address or rank belongs to the name as written: "Sir Alex Ferguson")
    "sir", "lady", "lord", "king", "queen", "prince", "princess", "pope", "sheikh", "cardinal",
    "bishop", "mrs", "ms", "miss"}


def _given_name(word: str) -> bool:
    from ..resolve.names import is_given_name   # (resolve imports the nlp package)
    return is_given_name(word)


def trim(doc, ent):
    """The mention without a leading article, word of tenure, member's office ("MP") or
    trailing possessive marker; none for the opposition's "Shadow" offices ("Shadow Treasury", "Shadow home
    secretary", "Shadow Secretary of State for the Family": no body's name, and
    "Treasury" alone would be the government's; the Shadow Cabinet is a body)."""
    start, end = ent.start, ent.end
    while start < end and (doc[start].lower_ in _LEADING_WORDS or _opens_sentence_as_word(doc[start])
                           or doc[start].lower_ in TENURE or doc[start].text in _HYPHENS):
        start += 1   # ("Meanwhile Ms Hutt said": the tagger took the adverb in)
    if start < end and doc[start].lower_ == "shadow" and not (
            start + 1 < end and doc[start + 1].lower_ == "cabinet"):
        return None
    if end - start == 1 and doc[start].text in _WH_WORDS and doc[start].tag_ in ("WP", "WDT", "WP$") \
            and (start == 0 or doc[start].is_sent_start or doc[start - 1].is_punct):
        return None   # ('"Who\'s demanding that …?"': a question's pronoun, no one's name)
    if end - start == 1 and doc[start].lower_ in _DESCRIBING_WORDS and doc[start].ent_type_ != "PERSON" \
            and (doc[start].is_sent_start or doc[start - 1].text == ":"):
        return None   # "Kanye West: Rapper changes his name": a trade, no one's name
    if end - start >= 3 and doc[start].lower_ in ROLE_TITLES and doc[start].text[:1].isupper() \
            and doc[start + 1].text[:1].isupper() and _given_name(doc[start + 1].lower_) \
            and not _given_name(doc[start].lower_):
        start += 1   # "Manager Brian Kerr said": the role, written as a title, then the person
    first = start
    while end - start >= 2 and doc[start].lower_.rstrip(".") in DROPPED_TITLES:
        start += 1   # (CoNLL leaves titles out of names too: "Det Insp Bob Blemmings")
    if start == first and end - start == 1 and start > 0 and doc[start - 1].lower_.rstrip(".") in KEPT_TITLES \
            and doc[start - 1].text[:1].isupper():   # ("to miss England's match")
        start -= 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    # "Margaret Moran MP", "MP Boris Johnson": a member's office is no part of the name,
    # and alone ("the MP said", which the names model reads as a place) no name at all;
    # taken in, it joined every later "MP" to the first member named so.
    while end > start and doc[end - 1].text in MEMBER_OFFICES:
        end -= 1
    while end > start and doc[start].text in MEMBER_OFFICES:
        start += 1
    if end > start:
        start = hyphen_prefix(doc, start)
        end = hyphen_suffix(doc, end)
    return doc[start:end] if end > start else None


#: Parts of speech of a word no name begins with where it opens a sentence: its capital
#: is the sentence's, not a name's ("As more tasks move online", "Similarly, ...", "With
#: BitTorrent, users ...", "Getting users to ...", "Called Speegle, it ..."; the names
#: model took them for names). (The tagger calls a participle inside a name a proper
#: noun: "Sporting Lisbon", "Living Marxism".) Nor an interjection ("Well, not really":
#: "Well" was a person the next "he" stood for), nor a plural common noun ("Critics of ID
#: cards said": a body "Critics of ID"; "Friends of the Earth" the base NER tags), nor a
#: determiner, pronoun or superlative ("Those who had a ticket", "Most (62%) said": each
#: a person the next he/she stood for), nor a possessive ("Their lawyer said": the names
#: model's person "Their", 18 times in the bench articles, one entity across them).
_SENTENCE_WORD_TAGS = frozenset(("IN", "RB", "CC", "WRB", "WDT", "WP", "VBG", "VBN", "UH", "NNS",
                                 "DT", "PDT", "PRP", "PRP$", "WP$", "JJS", "RBS", "EX"))


#: Question words the names model took for a name where they open a (quoted) question;
#: after a word they stay names ("The Who", "the consumers' association Which").
_WH_WORDS = frozenset(("Who", "Whom", "Whose", "What", "Which"))


def _opens_sentence_as_word(token) -> bool:
    # Unless the base NER's name starts there too ("Under Armour said").
    if not (token.is_sent_start and token.is_title):
        return False
    if token.tag_ in _SENTENCE_WORD_TAGS and token.ent_iob_ != "B":
        return True
    # "Singer George Michael has said", "Drummer Larry Mullen Jr echoed": a trade or kin
    # written before a name, capitalised only because it opens the sentence.
    # ("Past Congressional Budget Office (CBO) forecasts said": a word of time, no
    # body's name opens on it)
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return (token.lower_ in _DESCRIBING_WORDS | _TIME_WORDS and nxt is not None and nxt.is_title
            and nxt.pos_ == "PROPN")


#: Words of time that qualify what a body did or said ("Past … forecasts", "Recent …
#: figures"), capitalised only where they open a sentence.
#: (not "Future", "Current": bodies' names open on them, "Future Publishing")
_TIME_WORDS = frozenset(("past", "recent", "previous", "prior", "earlier", "latest",
                         "upcoming", "forthcoming"))


#: A person's trade or kin, never a title that is part of the name ("Queen Elizabeth").
_DESCRIBING_WORDS = (OCCUPATIONS | KIN | {
    "newcomer", "drummer", "bassist", "guitarist", "comedian", "musician", "star",
    "producer", "director", "designer", "artist", "writer", "poet", "dancer", "model",
    "chef", "veteran", "teenager", "pianist", "violinist", "composer", "playwright"}) \
    - PERSON_TITLES - KEPT_TITLES - ROLE_NOUNS


def hyphen_prefix(doc, start: int) -> int:
    """Where a name starts that the tokenizer split at a hyphen and the tagger took only
    the end of ("T-Mobile" read as "Mobile"): over capitalised or numeric pieces joined
    without spaces ("ex-England" and "Ex-BBC" keep their prefix out)."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].lower_ not in TENURE and (
                doc[start - 2].is_digit or doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper()):
        start -= 2
    return start


def hyphen_suffix(doc, end: int) -> int:
    """Where a name ends that the tokenizer split at a hyphen and the tagger took only
    the start of ("Lynsey Plasco" of "Lynsey Plasco-Flaxman"): over capitalised pieces
    joined without spaces ("Plasco-based" keeps its lowercase suffix out); never a name
    of its own ("the Trump-Kim summit": two names, "Kim" tagged apart or the pair
    modifying a noun)."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha \
            and doc[end + 1].text[:1].isupper() and not doc[end + 1].is_sent_start \
            and doc[end + 1].ent_iob_ != "B" and not (
                end + 2 < len(doc) and doc[end + 2].pos_ == "NOUN" and doc[end + 2].text.islower()):
        end += 2
    return end
