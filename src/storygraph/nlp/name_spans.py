"""The document's names as spans: the names model's spans joined with the base NER's
labels (``name_spans``), each trimmed and cut into the names it holds (``trim``,
``pieces``, ``at_role``), then repaired (``name_repairs``) and found again where the
tagger missed them (``name_repeats``)."""
from __future__ import annotations

from .bodies import BODY_WORDS
from .corefs import ROLE_NOUNS
from .name_cues import KIN, NAME_HEADS, OCCUPATIONS, PERSON_TITLES
from .name_context import SCORE, is_place_name
from .name_keys import normalise, number_forms
from .name_lists import listed_bodies, lists_bodies
from .name_repairs import (ampersands, bodies_of, capital_inside, capitals_lead, designated_first,
                           given_names_left_out, glued_slash, national_bodies, one_surface,
                           peoples_bodies, possessive_firms, slashed, spelt_out_bodies)

#: spaCy labels that are names (the contract's labels); numbers and dates are not.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW",
               "WORK_OF_ART", "LANGUAGE"}


#: Titles left out of a mention, so that it joins the full name ("Mr Baume", "Jonathan
#: Baume"); a woman's are kept, and taken in where the tagger left them out: "Mrs Howard"
#: is not Michael Howard, whom a lone "Howard" would join. A rank or office written
#: short opens no other name ("General Motors" is never "Gen Motors"): "Gen Musharraf"
#: and "General Musharraf" were two people, neither of them Pervez Musharraf.
_DROPPED_TITLES = {"mr", "dr", "prof", "professor", "det", "insp", "supt", "gen", "lt", "col",
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
_TENURE = frozenset(("former", "ex", "then", "onetime", "erstwhile", "outgoing", "incoming",
                     "acting", "interim", "retired"))
_HYPHENS = ("-", "\u2010", "\u2011")
#: Role nouns written as a title before a person's given name and surname ("Manager Brian
#: Kerr", "Coach Ann Lee"): the person is named after them, never with them.
_ROLE_TITLES = frozenset(OCCUPATIONS | ROLE_NOUNS | {"manager", "boss"}) - {
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
                           or doc[start].lower_ in _TENURE or doc[start].text in _HYPHENS):
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
    if end - start >= 3 and doc[start].lower_ in _ROLE_TITLES and doc[start].text[:1].isupper() \
            and doc[start + 1].text[:1].isupper() and _given_name(doc[start + 1].lower_) \
            and not _given_name(doc[start].lower_):
        start += 1   # "Manager Brian Kerr said": the role, written as a title, then the person
    first = start
    while end - start >= 2 and doc[start].lower_.rstrip(".") in _DROPPED_TITLES:
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
            and not doc[start - 2].whitespace_ and doc[start - 2].lower_ not in _TENURE and (
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


_BREAKS = {"(", ")", ",", ":", ";", "[", "]", "/"}
#: Words that join two names in fixtures and places ("BALTIMORE AT SEATTLE",
#: "Yorkshire at Headingley", "Kent v Surrey") but are never inside one.
_JOINERS = {"at", "v", "vs", "v.", "vs."}


#: Role words that, inside one tagged span, stand between a body and a person's name:
#: "Labour MP George Galloway" is Labour and George Galloway, never one name.
MEMBER_OFFICES = {"MP", "MPs", "MEP", "MSP"}


def name_head(span):
    """The token a name stands for in the parse: its root, or the member's office right
    after it that the parse makes the phrase's head ("Frank Field MP criticised": the
    office was part of the name until stop 36, and the relation models read it so)."""
    root = span.root
    nxt = root.head
    return nxt if nxt.i == span.end and nxt.text in MEMBER_OFFICES else root
#: What may follow a person's name as part of it.
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
#: The last word of an office held by the person named next ("District Attorney Pamela
#: Price", "County Sheriff Alex Villanueva"): a title, a trade or an elected office, never
#: part of the name the base NER calls a person; a portfolio may stand before it ("EU
#: Trade Commissioner Peter Mandelson").
OFFICE_WORDS = PERSON_TITLES | OCCUPATIONS | {
    "commissioner", "sheriff", "treasurer", "comptroller", "auditor", "superintendent",
    "assessor", "coroner", "solicitor", "magistrate", "councillor", "councilman",
    "councilwoman", "alderman", "supervisor", "speaker", "administrator", "registrar",
    "executive", "officer"}


def _inner_hyphen(tok) -> bool:
    """A hyphen joining two words without spaces ("Marshall-Andrews")."""
    return tok.text in ("-", "\u2010", "\u2011") and not tok.whitespace_ and tok.i > 0 \
        and not tok.doc[tok.i - 1].whitespace_


def at_role(doc, span, label: str) -> list:
    """A span cut at a role word or a possessive between a body and a person's name
    ("former Labour MP George Galloway", "Tory leader Michael Howard", "Labour's Lorna
    Fitzsimons"): the body keeps the label, the name after it is a person."""
    for tok in span[1:-1]:
        role = tok.text in MEMBER_OFFICES or (tok.is_lower and tok.text in ROLE_NOUNS)
        after = doc[tok.i + 1:span.end]
        # (a person's is the name after the role: the body before it is none, "Green MP
        # Caroline Lucas" read as one person gives "Green" a body's label)
        body = "ORG" if label == "PERSON" else label
        # (a double-barrelled name's hyphen is part of it: "Bob Marshall-Andrews")
        if role and len(after) >= 2 and all(t.text[:1].isupper() or _inner_hyphen(t)
                                            for t in after) \
                and doc[span.start:tok.i].text[:1].isupper():
            return [(doc[span.start:tok.i], body), (after, "PERSON")]
        # "Labour's Lorna Fitzsimons": a body's person, where the base tagger reads a
        # person after the possessive ("McDonald's Corp" stays whole).
        if tok.tag_ == "POS" and len(after) >= 2 and all(t.ent_type_ == "PERSON" for t in after):
            return [(doc[span.start:tok.i], label), (after, "PERSON")]
        # Without the base NER (no entity types on the tokens): two or three capitalised
        # words after the possessive, not a body's name ("Macy's Thanksgiving Day Parade"
        # aside, which ends in no name of a body either: rare in news).
        if tok.tag_ == "POS" and not doc.has_annotation("ENT_IOB") and 2 <= len(after) <= 3 \
                and all(t.is_alpha and t.text[:1].isupper() for t in after) \
                and after[-1].lower_ not in NAME_HEADS:
            return [(doc[span.start:tok.i], "ORG" if label == "PERSON" else label),
                    (after, "PERSON")]
    return [(span, label)]


#: Nouns of a state's or a body's department, that a listed portfolio follows.
_DEPARTMENTS = {"department", "ministry", "secretary", "minister", "committee", "office",
                "commission", "agency", "council", "board"}


def listed_portfolio(doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` are one department's name listing its portfolio:
    a department's noun, "for"/"of", then capitalised words with one comma before the
    last "and" ("Department for Culture, Media and Sport", "Ministry of Agriculture,
    Fisheries and Food")."""
    words = [t for t in doc[start:end] if t.lower_ not in ("the",)]
    link = next((i for i, t in enumerate(words) if t.lower_ in ("for", "of")), None)
    if link is None or link == 0 or words[link - 1].lower_ not in _DEPARTMENTS:
        return False
    rest = words[link + 1:]
    if lists_bodies(doc, start, end):
        return False   # ("Council of Mortgage Lenders, British Bankers Association and …")
    commas = [i for i, t in enumerate(rest) if t.text == ","]
    ands = [i for i, t in enumerate(rest) if t.lower_ in ("and", "&")]
    return (len(commas) >= 1 and len(ands) == 1 and commas[-1] < ands[0] and ands[0] < len(rest) - 1
            and len(rest) <= 10 and all(t.text in (",",) or t.lower_ in ("and", "&")
                                        or t.text[:1].isupper() for t in rest))


def pieces(doc, span, ents=None) -> list:
    """The name(s) inside one spaCy span: a span that runs over a line break or a
    bracket, comma or spaced dash ("Romania - Cosmin Contra", "Scott Draper ( Australia")
    holds several names; numbers at either end ("Kent 108-3", "G. Kersey 63") are scores,
    not part of the name.

    ``ents`` is ``doc.ents`` where the caller read it once for all the document's spans:
    spaCy builds the tuple anew on each access, a third of the entities stage's time
    when read here for every span."""
    ents = doc.ents if ents is None else ents
    groups, current = [], []
    listed = listed_portfolio(doc, span.start, span.end)
    for tok in span:
        if listed and tok.text == ",":
            current.append(tok)
            continue
        spaced_dash = (tok.text in ("-", "–") and bool(tok.whitespace_) and tok.i > 0
                       and bool(doc[tok.i - 1].whitespace_))
        joiner = (tok.text.lower() in _JOINERS and tok.i > span.start and bool(tok.whitespace_))
        if (tok.text in _BREAKS and not glued_slash(doc, tok)) or spaced_dash or joiner \
                or not tok.text.strip():
            groups.append(current)
            current = []
            continue
        current.append(tok)
        if "\n" in tok.whitespace_:
            groups.append(current)
            current = []
    groups.append(current)
    if _is_slug(doc, span):
        return []
    groups = [part for group in groups for part in _inner_cuts(doc, group, ents)]
    tagged = {(e.start, e.end) for e in ents}
    numbered = {e.end for e in ents if e.label_ in _NUMBERED_LABELS}
    out = []
    for group in groups:
        while group and (_is_number(group[0]) or not any(c.isalnum() for c in group[0].text)):
            group = group[1:]
        while group and (_is_number(group[-1]) or not any(c.isalnum() for c in group[-1].text)) \
                and not (group[-1].is_digit and (group[-1].i + 1 in numbered
                                                 or group[-1].i + 2 in numbered)):
            group = group[:-1]
        # A name has a capital somewhere, or the base NER tags it too (lowercased copy:
        # "pakistan"): a lowercase word after a spaced dash ("Mr Campbell - we all
        # know") or a decade ("the mid-1990s") is none.
        if group and any(t.text[:1].isalpha() for t in group) and (
                any(c.isupper() for t in group for c in t.text)
                or (group[0].i, group[-1].i + 1) in tagged):
            out.append(doc[group[0].i:group[-1].i + 1])
    return out


#: Lowercase words inside English names ("Bank of England", "Department of Work and
#: Pensions", "Osama bin Laden", "Médecins sans Frontières", "Campaign to Protect Rural
#: England"); any other lowercase word ends one.
#: ("amp": an ampersand whose marks a text lost, "Crum amp Forster"; see ampersands)
_NAME_INNER = frozenset(("of", "the", "and", "&", "amp", "for", "on", "upon", "in", "to", "sans",
                         "de", "du", "des", "la", "le", "les", "von", "van", "der", "den",
                         "di", "da", "dos", "das", "del", "della", "el", "al", "bin", "ibn", "y", "e"))
#: Of those, the ones a name never ends with ("Lib Dems of" [making]).
_NEVER_LAST = frozenset(("of", "the", "and", "&", "amp", "for", "on", "upon", "in", "to", "y", "e"))
#: Lowercase particles of foreign names, between a name's words ("Bandar bin Sultan",
#: "Gazzetta dello Sport", "Lula da Silva"); not "la"/"le"/"y"/"e", words of English text
#: as often.
_JOINING_PARTICLES = frozenset(("bin", "ibn", "ben", "de", "del", "della", "dello", "delle",
                                "degli", "dei", "di", "da", "du", "des", "dos", "das", "von",
                                "van", "der", "den", "al", "el"))
#: Double quotation marks (a single one is an apostrophe as often: "Sant' Egidio").
_QUOTE_MARKS = frozenset(('"', "\u201c", "\u201d", "''", "``"))
#: Parts of speech of a clause's words, never inside a name.
_CLAUSE_POS = frozenset(("VERB", "AUX", "DET", "PRON", "ADV", "PART", "SCONJ", "ADP", "NUM"))


def _inner_cuts(doc, group: list, ents) -> list[list]:
    """A tagged group cut where no English name goes on: at a lowercase word that is no
    name's inner word, at a quotation mark, and between a body and a person the base NER
    tags apart ("accused the Lib Dems of making", 'accused Ms King of being a "New
    Labour stooge"', "the Queen invited", "the defection to Labour of Robert Jackson").
    A piece never ends on a joining word ("the Department of Work and": the tagger
    stopped early, and the words up to "Work" are still a name)."""
    if len(group) < 2:
        return [group]
    from .gazetteer import places

    starts = {e.start: e for e in ents}
    ends = {e.end: e for e in ents}
    country = normalise(doc[group[0].i:group[-1].i + 1].text) in places().countries
    parts, current = [], []
    for tok in group:
        hyphened = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
        # (a lowercase noun or adjective first is part of the name in lowercased copy:
        # "serie A"; particles the tagger reads as names stay: "Kengo wa Dondo")
        clause_word = tok.pos_ in _CLAUSE_POS or (tok.pos_ in ("NOUN", "ADJ") and tok.i > group[0].i)
        if (tok.is_alpha and tok.is_lower and tok.lower_ not in _NAME_INNER and not hyphened
                and clause_word) or tok.text in _QUOTE_MARKS:
            parts.append(current)
            current = []
            continue
        person = starts.get(tok.i + 1)
        # "The Tories and Labour disagreed": two names the base NER tags apart, joined
        # by "and", are two, never one body the second is later taken for: names of two
        # kinds, or the second written alone elsewhere in the article. (The base NER
        # cuts bodies' names at "and" too: "Department for Education | and Skills",
        # "Public | and Commercial Services Union" are one name each.)
        # A person's full name closing the group is never a body's last words either
        # ("the Queen and Prince Philip").
        right = doc[tok.i + 1:group[-1].i + 1]
        full_person = (person is not None and person.label_ == "PERSON" and len(person) >= 2
                       and person.end == group[-1].i + 1)
        if (tok.lower_ in ("and", "&") and current and not country and (full_person or (
                tok.i in ends and ends[tok.i].start >= group[0].i
                and ((person is not None and person.end <= group[-1].i + 1
                      and person.label_ != ends[tok.i].label_)
                     or any(e.text == right.text and e.start != right.start for e in ents))))):
            parts.append(current)
            current = []
            continue
        if (tok.lower_ == "of" and current and tok.i in ends and person is not None
                and person.label_ == "PERSON" and person.end == group[-1].i + 1 and len(person) >= 2):
            parts.append(current)
            current = []
            continue
        if _person_of(doc, group, tok, ends):
            # "Jan Roe of IT firm X said": the tagger ran a person's name on into the
            # body she is of; her name ends there, and the words after "of" stay a name
            # only where the base NER tags them as one (else "IT" would be a body).
            parts.append(current)
            rest = doc[tok.i + 1:group[-1].i + 1]
            if any(e.start == rest.start and e.end == rest.end for e in ents):
                parts.append(list(rest))
            current = []
            break
        current.append(tok)
    parts.append(current)
    cut = len(parts) > 1
    out = []
    for part in parts:
        while part and part[0].is_lower and part[0].lower_ in _NEVER_LAST:
            part = part[1:]   # ("Y Vote" is Welsh "The Vote": kept)
        while part and part[-1].is_lower and part[-1].lower_ in _NEVER_LAST:
            part = part[:-1]
        # A capitalised word alone that opens a sentence and is no proper noun was the
        # tagger's start of a clause ("Wake up!").
        if part and not (cut and len(part) == 1 and part[0].is_sent_start and part[0].pos_ != "PROPN"):
            out.append(part)
    return out


def _person_of(doc, group: list, tok, ends) -> bool:
    """``tok`` is the "of" after a person's full name that opens ``group`` (the base NER
    tags the words before it a person, two words or more) and before a capitalised word:
    a person's name never goes on with "of" ("Bank of England" opens with no person)."""
    person = ends.get(tok.i) if tok.lower_ == "of" else None
    return (person is not None and person.label_ == "PERSON" and len(person) >= 2
            and person.start == group[0].i and tok.i < group[-1].i
            and doc[tok.i + 1].text[:1].isupper())


def _is_slug(doc, span) -> bool:
    """The one-word topic slug opening a wire headline ("CRICKET - ...", "SOCCER - ...")
    is a section name, not an entity."""
    if len(span) != 1 or not span.text.isupper():
        return False
    from .gazetteer import places
    if is_place_name(places(), span):
        return False   # "MOSCOW - Russia said ...": a dateline
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    nxt = doc[span.end] if span.end < len(doc) else None
    return at_line_start and nxt is not None and nxt.text in ("-", "–", ":")


def _is_number(token) -> bool:
    return bool(SCORE.match(token.text)) or (any(c.isdigit() for c in token.text)
                                             and not any(c.isalpha() for c in token.text))


#: The base NER's labels whose names may end in a number ("Channel 4", "Apollo 13").
_NUMBERED_LABELS = frozenset(("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"))
_PLACES = ("GPE", "LOC", "FAC")
_OTHERS = ("NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE")
#: The labels the base NER's label for the same words may turn a names model's label into
#: (the first, the label itself, where it gives none of them): a CoNLL model's LOC (read
#: as GPE) may be a LOC or FAC, its MISC (NORP) an EVENT; a person stays a person.
FAMILIES = {"PERSON": ("PERSON",), "ORG": ("ORG",),
            **{label: (label,) + tuple(x for x in _PLACES if x != label) for label in _PLACES},
            **{label: (label,) + tuple(x for x in _OTHERS if x != label) for label in _OTHERS}}


#: The base NER's labels for dates, times and amounts.
NUMERIC_LABELS = frozenset(("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL",
                            "ORDINAL"))


def name_spans(doc) -> list:
    """The document's names as (span, contract label).

    Where the names model ran (``doc.spans["names"]``, contract labels: ``names.Names``
    reads a CoNLL model's LOC as GPE and MISC as NORP) its names replace the base NER's,
    whose label refines the names model's within its family (``FAMILIES``) when it tags
    the same words (a GPE that OntoNotes calls LOC or FAC, a NORP it calls EVENT).
    Without the names model, the base NER's names as they are."""
    from .names import SPANS_KEY

    if SPANS_KEY not in doc.spans:
        return [(ent, ent.label_) for ent in doc.ents if ent.label_ in NAME_LABELS]
    from .gazetteer import places

    ents = doc.ents  # spaCy builds the tuple anew on each access
    base = {(e.start, e.end): e.label_ for e in ents}
    names = list(doc.spans[SPANS_KEY])
    # A country's name is one name even where the names model cut it in pieces
    # ("Central African" + "Republic") or missed it ("Mali" opening a sentence): the
    # base NER's whole span stands.
    countries = places().countries
    for ent in ents:
        inside = [n for n in names if ent.start <= n.start and n.end <= ent.end]
        if (ent.label_ in NAME_LABELS and normalise(ent.text) in countries
                and (len(inside) != 1 or len(inside[0]) < len(ent))
                and not any(n.start < ent.start < n.end or n.start < ent.end < n.end for n in names)):
            names = [n for n in names if n not in inside] + [doc[ent.start:ent.end]]
            names[-1].label_ = "GPE"
    # "Bosnia and Herzegovina", "Trinidad and Tobago" tagged as two places by both
    # models: one country, whose name joins its two parts.
    ordered = sorted(names, key=lambda n: n.start)
    for a, b in zip(ordered, ordered[1:]):
        if (b.start == a.end + 1 and doc[a.end].lower_ in ("and", "&")
                and normalise(doc[a.start:b.end].text) in countries):
            names = [n for n in names if n is not a and n is not b] + [doc[a.start:b.end]]
            names[-1].label_ = "GPE"
    # "The Department of Work and | Pensions": a name the names model ends on a joining
    # word the base NER's longer name goes on past is the base NER's, whole (a piece
    # ending on "and" would otherwise be cut back to "Department of Work").
    for ent in ents:
        cut = [n for n in names if ent.start <= n.start and n.end < ent.end
               and n[-1].is_lower and n[-1].lower_ in _NEVER_LAST]
        if ent.label_ in NAME_LABELS and cut and not any(
                n.start < ent.start < n.end or n.start < ent.end < n.end for n in names):
            label = cut[0].label_
            names = [n for n in names if not (ent.start <= n.start and n.end <= ent.end)]
            names.append(doc[ent.start:ent.end])
            names[-1].label_ = label
    # "the Information Commissioner's | Office", "The Serious | Fraud Office": a body's
    # name the names model begins late, where the base NER reads a longer body's name
    # ending on the same generic word, is that whole name ("Office" alone joined every
    # other "Office" of the corpus; "Fraud Office" was a place).
    for ent in ents:
        last = [n for n in names if n.end == ent.end and n.start > ent.start
                and n[-1].lower_ in BODY_WORDS]
        # (only proper nouns before it: "Representatives of | First Bank" is no name)
        if last and not all(t.tag_ in ("NNP", "NNPS", "POS") for t in doc[ent.start:last[0].start]
                            if t.lower_ != "the"):
            continue
        if ent.label_ == "ORG" and last and not any(
                n.start < ent.end and ent.start < n.end and n is not last[0] for n in names):
            names = [n for n in names if n is not last[0]]
            start = ent.start + (doc[ent.start].lower_ == "the")
            names.append(doc[start:ent.end])
            names[-1].label_ = "ORG"
    names = bodies_of(doc, names, ents)
    names = one_surface(doc, names, ents)
    names = capitals_lead(doc, names, ents)
    # Unseen by the base NER, these are not names: a word the tagger calls a common
    # noun, alone ("Photo: Reuters"); a caption's or credit line's words ("AP Photo",
    # "Source: News Agencies"); a compass adjective alone ("Western powers": a bloc
    # named by direction, no one entity; "Western Sahara" stays whole).
    names = [n for n in names if not (
        not any(e.start < n.end and n.start < e.end for e in ents)
        and ((len(n) == 1 and n[0].tag_ in ("NN", "NNS") and not n[0].is_upper
              and not capital_inside(n[0].text))
             or all(t.lower_ in CREDIT_WORDS for t in n)
             or (len(n) == 1 and n[0].lower_ in COMPASS_ADJECTIVES)))]
    # Inside what the base NER reads as a date, a time or an amount, a capital is no
    # name: "Christmas" (a DATE, not Christmas Island), "More than 90%", "1600 GMT".
    amounts = [e for e in ents if e.label_ in NUMERIC_LABELS]
    names = [n for n in names if not any(e.start <= n.start and n.end <= e.end for e in amounts)]
    # "EU Trade Commissioner Peter Mandelson": a portfolio before an office is the
    # office's, not the body's name; where the base NER's name stops before it, so does
    # the name ("EU", never a body "EU Trade" that "EU" would then join).
    for i, n in enumerate(list(names)):
        # (and "Apple Chief Executive | Tim Cook": the office taken in, the person next)
        if n.end < len(doc) and (doc[n.end].lower_ in OFFICE_WORDS and doc[n.end].text[:1].isupper()
                                 or n[-1].lower_ in OFFICE_WORDS and n[-1].text[:1].isupper()
                                 and doc[n.end].ent_type_ == "PERSON"):
            short = next((e for e in ents if e.start == n.start and e.end < n.end
                          and e.label_ in NAME_LABELS), None)
            if short is not None:
                names[i] = doc[short.start:short.end]
                names[i].label_ = n.label_
    # "Channel 4", "BBC Radio 1", "Apollo 13": the names model (CoNLL reads a number
    # after a name as a score) stops before a number the base NER reads as the end of a
    # body's or a work's name; the number is the name's, or "Radio 1" and "Radio 2" are one.
    numbered = {}
    for e in ents:
        end = e.end - 1 if e[-1].tag_ == "POS" else e.end   # "Channel 4's"
        if (e.label_ in _NUMBERED_LABELS and end - e.start >= 2 and doc[end - 1].is_digit
                and len(doc[end - 1]) <= 3 and not doc[end - 2].is_digit):
            numbered[end - 1] = (e.start, end)
    for i, n in enumerate(list(names)):
        start, end = numbered.get(n.end, (n.end, n.end))
        if start <= n.start:
            names[i] = doc[n.start:end]
            names[i].label_ = n.label_
    # "The Lloyd's List International newspaper": a name the names model cut at a
    # possessive inside it, where the base NER reads one body across, is that one name
    # when the text never names its first part alone ("Microsoft's Xbox Live" stays two
    # where Microsoft is named by itself).
    for e in ents:
        inside = sorted((n for n in names if e.start <= n.start and n.end <= e.end),
                        key=lambda n: n.start)
        if e.label_ != "ORG" or len(inside) != 2 or {n.label_ for n in inside} != {"ORG"}:
            continue
        first, second = inside
        if first[-1].tag_ != "POS" or first.end != second.start or len(first) < 2:
            continue
        alone = normalise(first[:-1].text)
        if any(normalise(n.text) == alone for n in names if n not in inside):
            continue
        names = [n for n in names if n not in inside] + [doc[first.start:second.end]]
        names[-1].label_ = "ORG"
    # "the pressure group Human Rights in China": a body's name of plural common words
    # after a noun for a body, then "in" and a place, is the whole (the names model
    # stops before "in"; "human-rights" alone names a cause, not the group).
    from .framing import body_noun

    for a in list(names):
        b = next((n for n in names if n.start == a.end + 1 and n.label_ in ("GPE", "LOC")), None)
        if (b is None or a.label_ != "ORG" or a.start == 0 or a.end >= len(doc)
                or doc[a.end].lower_ != "in" or a[-1].tag_ != "NNPS"
                or not body_noun(doc[a.start - 1])):
            continue
        names = [n for n in names if n is not a and n is not b] + [doc[a.start:b.end]]
        names[-1].label_ = "ORG"
    # "Prince Bandar bin Sultan", "The Gazzetta dello Sport": the names model cuts a
    # name at a particle of a foreign name and keeps a piece ("Sultan" a place, "Sport" a
    # body); the capitalised proper nouns before the particle and the name after it are
    # one name.
    for a in sorted(names, key=lambda n: n.start):
        p = a.start - 1
        if p < 1 or doc[p].text not in _JOINING_PARTICLES or a not in names:
            continue
        left = next((n for n in names if n.end == p), None)
        start = left.start if left is not None else p
        while left is None and start > 0 and p - start < 3 and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper():
            start -= 1
        if start == p:
            continue
        label = next((e.label_ for e in ents if e.start <= p < e.end and e.end >= a.end
                      and e.label_ in NAME_LABELS), None)
        if label is None and left is not None and left.label_ == "PERSON":
            label = "PERSON"
        if label is None:
            # (the base NER's reading of the piece refines the names model's: "Sport" ORG)
            label = base.get((a.start, a.end)) if base.get((a.start, a.end)) in NAME_LABELS else a.label_
        names = [n for n in names if n is not a and n is not left] + [doc[start:a.end]]
        names[-1].label_ = label
    # "British Bankers Association and Building Societies Association": bodies listed
    # as one name are each their own (nlp/name_lists.py).
    for a in list(names):
        parts = listed_bodies(doc, a.start, a.end, ents)
        if parts:
            names = [n for n in names if n is not a]
            for start, end in parts:
                names.append(doc[start:end])
                names[-1].label_ = base.get((start, end)) if base.get((start, end)) in NAME_LABELS \
                    else "ORG"
    # "the Department for Culture, Media and Sport": a portfolio listed after "for"/"of"
    # is the body's one name, not a body and a second "Media and Sport".
    for i, a in enumerate(list(names)):
        end = a.end
        while end < len(doc) and end - a.end < 8 and (
                doc[end].text == "," or doc[end].lower_ in ("and", "&") or doc[end].is_title):
            end += 1
        while end > a.end and not doc[end - 1].is_title:
            end -= 1
        if end > a.end + 2 and doc[a.end].text == "," and listed_portfolio(doc, a.start, end):
            names = [n for n in names if not (a.end <= n.start and n.end <= end)]
            names[names.index(a)] = doc[a.start:end]
            names[names.index(doc[a.start:end])].label_ = a.label_
    names = spelt_out_bodies(doc, names, ents)
    # A name the names model found elsewhere in the document but missed here (a headline's
    # first word) where the base NER tags it: one more mention of it.
    known = {normalise(n.text): n.label_ for n in names}
    for ent in ents:
        key = normalise(ent.text)
        if ent.label_ == "NORP" and key not in known:
            # ("Tory" beside "the Tories": a people's word in the other number, a people
            # as the base NER says, which the resolver joins to the body it names)
            key = next((form for form in number_forms(key) if known.get(form) in ("ORG", "NORP")), key)
        if (ent.label_ in NAME_LABELS and key in known
                and not any(n.start < ent.end and ent.start < n.end for n in names)):
            names.append(doc[ent.start:ent.end])
            names[-1].label_ = known[key] if key == normalise(ent.text) else "NORP"
        elif (ent.label_ == "PERSON" and len(ent) >= 2 and ent.start > 0
              and doc[ent.start - 1].lower_ in OFFICE_WORDS and doc[ent.start - 1].text[:1].isupper()
              and all(t.text[:1].isupper() for t in ent)
              and not any(n.start < ent.end and ent.start < n.end for n in names)):
            # "District Attorney Pamela Price" the names model left out after the
            # body it took ("Alameda County District"): a full name after an office.
            names.append(doc[ent.start:ent.end])
            names[-1].label_ = "PERSON"
    # "Colonel Assimi Goita": a title before a name the base NER calls a person is not
    # part of the name (CoNLL leaves titles out, the names model sometimes does not).
    people = {e.end: e.start for e in ents if e.label_ == "PERSON"}
    for i, n in enumerate(list(names)):
        start = people.get(n.end)
        if start is None and n.end < len(doc) and doc[n.end].lower_.rstrip(".") in _SUFFIXES:
            start = people.get(n.end + 1)   # "Cyrus Vance Jr."
        if start is None or start <= n.start:
            continue
        titles = [t.lower_ in PERSON_TITLES for t in doc[n.start:start]]
        office = doc[start - 1].lower_ in OFFICE_WORDS
        if all(titles) or (titles[-1] and not titles[0]) or office:
            # "Massachusetts Senator Elizabeth Warren", "Alameda County District Attorney
            # Pamela Price": a place or body, a title or an office, then the person,
            # never one name (the senator is not her state).
            names[i] = doc[start:n.end]   # (a "Jr." is left out, as everywhere)
            names[i].label_ = "PERSON"
            # (the place or body is the base NER's name opening the span, where it has
            # one: "Alameda County", not "Alameda County District")
            own = next((e for e in ents if e.start == n.start and e.end < start
                        and e.label_ in NAME_LABELS), None)
            cut = own.end if own is not None else (
                n.start + titles.index(True) if any(titles) else start - 1)
            if cut > n.start:
                names.append(doc[n.start:cut])
                names[-1].label_ = "GPE" if base.get((n.start, cut)) in ("GPE", "LOC") else "ORG"
    # Without the base NER the same for the names model's own people: "Lord Harris",
    # "Colonel Goita" are Harris and Goita, as the default pipeline has them.
    # Whatever the model's label, where the article also writes the rest alone ("Judge
    # Kavanaugh" and "Kavanaugh", read as a body): the title is no part of that name.
    if not ents:
        def untitled(n) -> int:
            cut = n.start
            while cut < n.end - 1 and doc[cut].lower_ in PERSON_TITLES:
                cut += 1
            return cut if cut > n.start and doc[cut].text[:1].isupper() else n.start
        # (the rest of a person's titled name counts as written alone: "Lord Holme" read
        # once as a person and once as a place is Holme both times)
        bare = {n.text for n in names} | {doc[untitled(n):n.end].text for n in names
                                          if n.label_ == "PERSON"}
        for i, n in enumerate(names):
            cut = untitled(n)
            if cut > n.start and (n.label_ == "PERSON" or doc[cut:n.end].text in bare):
                names[i] = doc[cut:n.end]
                names[i].label_ = "PERSON"
        # "Massachusetts Senator Elizabeth Warren" read as one name: a known place, a
        # title, then the person, as the base NER's people are cut above.
        gaz = places()
        for i, n in enumerate(list(names)):
            cut = next((t.i for t in n[1:-1] if t.lower_ in PERSON_TITLES and t.text[:1].isupper()
                        and doc[t.i + 1].text[:1].isupper()), None)
            if cut is None:
                continue
            key = normalise(doc[n.start:cut].text)
            if key in gaz.countries or key in gaz.cities or key in gaz.capitals:
                person = cut
                while person < n.end - 1 and doc[person].lower_ in PERSON_TITLES:
                    person += 1
                names[i] = doc[person:n.end]
                names[i].label_ = "PERSON"
                names.append(doc[n.start:cut])
                names[-1].label_ = "GPE"
        # "The Los Angeles Democrat": the place a politician stands for, then the party
        # (the base NER tags the two apart); read as one name, the speaker would be it.
        for i, n in enumerate(list(names)):
            if len(n) > 1 and n[-1].lower_ in PARTY_MEMBERS and n[-1].text[:1].isupper():
                key = normalise(doc[n.start:n.end - 1].text)
                if key in gaz.countries or key in gaz.cities or key in gaz.capitals:
                    names[i] = doc[n.start:n.end - 1]
                    names[i].label_ = "GPE"
                    names.append(doc[n.end - 1:n.end])
                    names[-1].label_ = "NORP"
    names = _party_before_person(doc, names, base)
    names = given_names_left_out(doc, names, ents)
    names = peoples_bodies(doc, names)
    # A headline in title case ("Elizabeth Warren Will Take \"Hard Look\""): a modal
    # verb ends the name before it.
    for i, n in enumerate(names):
        modal = next((t.i for t in n[1:] if t.tag_ == "MD"), None)
        if modal is not None:
            names[i], label = doc[n.start:modal], n.label_
            names[i].label_ = label
    names = ampersands(doc, names)
    names = slashed(doc, names)
    names = national_bodies(doc, names)
    names = designated_first(doc, names)
    names = possessive_firms(doc, names)
    out = []
    for span in sorted(names, key=lambda n: n.start):
        choices = FAMILIES.get(span.label_)
        if choices is None:
            continue
        label = base.get((span.start, span.end))
        out.append((span, label if label in choices else choices[0]))
    return out



def _plurals(key: str) -> tuple:
    """A body's word and the other number a text writes it in elsewhere ("Lib Dem", "Lib
    Dems"; "Tory", "Tories"): its last word's, as the resolver reads one word's."""
    head, _, last = key.rpartition(" ")
    return (key,) + tuple(f"{head} {form}".strip() for form in number_forms(last))


def _party_before_person(doc, names: list, base: dict) -> list:
    """"Tory Dominic Grieve", "Lib Dem Norman Baker", "Democrat Nancy Pelosi": a party's
    word before a full name is two names, the party and the person; read as one, a
    person's quotes go to an entity no other mention of either joins.

    The opening one or two words are a body's only on the article's own evidence: the
    base NER tags them apart as a people or a body, or the article names a body or a
    people with them elsewhere (its plural counts: "the Lib Dems"), or they are a party
    member's word ("Republican"). The rest is two or three capitalised words the names
    model or the base NER reads as a person's name."""
    bodies = {normalise(n.text): n.label_ for n in names if n.label_ in ("ORG", "NORP")}
    bodies.update({normalise(doc[a:b].text): label for (a, b), label in base.items()
                   if label in ("ORG", "NORP")})
    out = []
    for n in names:
        out.extend(_party_cut(doc, n, bodies, base))
    return out


def _party_cut(doc, n, bodies: dict, base: dict) -> list:
    for k in (2, 1):
        rest = doc[n.start + k:n.end]
        if not 2 <= len(rest) <= 3:
            continue
        lead = doc[n.start:n.start + k]
        if not all(t.is_alpha and t.is_title for t in n) or rest[0].lower_ in PERSON_TITLES:
            continue
        person = n.label_ == "PERSON" or base.get((rest.start, rest.end)) == "PERSON"
        key = normalise(lead.text)
        label = base.get((lead.start, lead.end))
        if label not in ("ORG", "NORP"):
            label = next((bodies[form] for form in _plurals(key) if form in bodies), None)
        if label is None and k == 1 and key in PARTY_MEMBERS:
            label = "NORP"
        if person and label is not None:
            lead.label_, rest.label_ = label, "PERSON"
            return [lead, rest]
    return [n]


#: A party's members, as a politician is called after the place he stands for.
PARTY_MEMBERS = {"democrat", "democrats", "republican", "republicans", "tory", "tories",
                 "conservative", "conservatives", "socialist", "socialists"}
#: A party's byname news uses as often as its name ("the Tories" are the Conservatives,
#: "the GOP" the Republicans): one body whichever a text writes.
PARTY_BYNAMES = {"tory": "conservative", "gop": "republican"}
#: Words of photo captions and credit lines ("[File: A. Name/AP Photo]", "Source: News
#: Agencies"): a name made only of them is the line's label.
CREDIT_WORDS = {"photo", "photos", "file", "source", "sources", "image", "images", "video",
                "credit", "caption", "news", "agency", "agencies", "wire", "wires", "staff"}
#: "Western countries", "Northern officials": a direction, never one entity on its own.
COMPASS_ADJECTIVES = {"western", "eastern", "northern", "southern", "westerners"}
