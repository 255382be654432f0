"""Entity mentions within one document: spaCy's names, typed by vote, linked locally.

``find_mentions(doc)`` returns the document's name mentions with a document-local
entity id: mentions with the same normalised text share one, and a surname or partial
name ("Lavrov") joins the full name it is part of ("Sergei Lavrov"). The type of a name
is the majority over its mentions, so a stray ORG tag on one "Lavrov" is outvoted.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..types import Entity
from .extensions import text_of

#: spaCy labels that are names (the contract's labels); numbers and dates are not.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW",
               "WORK_OF_ART", "LANGUAGE"}
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@lru_cache(maxsize=2048)
def normalise(name: str) -> str:
    """Lower case, no accents, no leading article or trailing possessive.

    Cached: the same few names are normalised over and over, per mention and per rule;
    a small cache, as a large one held 40 MB of texts."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _POSSESSIVE.sub("", _LEADING.sub("", text.strip()))
    return " ".join(re.findall(r"\w+", text.lower()))


def slug(name: str) -> str:
    return normalise(name).replace(" ", "-") or "entity"


#: Titles left out of a mention, so that it joins the full name ("Mr Baume", "Jonathan
#: Baume"); a woman's are kept, and taken in where the tagger left them out: "Mrs Howard"
#: is not Michael Howard, whom a lone "Howard" would join.
_DROPPED_TITLES = {"mr", "dr", "prof", "professor", "det", "insp", "supt"}
_KEPT_TITLES = {"mrs", "ms", "miss"}


#: Words a mention never starts with: articles, and sentence adverbs the tagger takes in.
_LEADING_WORDS = frozenset(("the", "a", "an", "meanwhile", "however", "yesterday", "today"))


def _trim(doc, ent):
    """The mention without a leading article or trailing possessive marker."""
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ in _LEADING_WORDS:
        start += 1   # ("Meanwhile Ms Hutt said": the tagger took the adverb in)
    first = start
    while end - start >= 2 and doc[start].lower_.rstrip(".") in _DROPPED_TITLES:
        start += 1   # (CoNLL leaves titles out of names too: "Det Insp Bob Blemmings")
    if start == first and end - start == 1 and start > 0 and doc[start - 1].lower_.rstrip(".") in _KEPT_TITLES \
            and doc[start - 1].text[:1].isupper():   # ("to miss England's match")
        start -= 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    if end > start:
        start = hyphen_prefix(doc, start)
    return doc[start:end] if end > start else None


#: Parts of the world a body's branch is named after ("Diageo North America").
REGIONS = {"europe", "asia", "africa", "north america", "south america", "latin america",
           "americas", "asia pacific", "middle east", "emea", "oceania", "australasia"}


def is_region(gaz, words: str) -> bool:
    return words in REGIONS or words in gaz.countries or words in gaz.capitals


def hyphen_prefix(doc, start: int) -> int:
    """Where a name starts that the tokenizer split at a hyphen and the tagger took only
    the end of ("T-Mobile" read as "Mobile"): over capitalised or numeric pieces joined
    without spaces ("ex-England" keeps its lowercase prefix out)."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and (
                doc[start - 2].is_digit or doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper()):
        start -= 2
    return start


_STOP = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "&"}
_PLACE_NOUNS = {"capital", "city", "town", "streets", "outskirts", "suburbs", "centre",
                "center", "downtown"}


def initials(name: str) -> str:
    """"Central African Republic" -> "car"; "United Nations" -> "un"."""
    words = [w for w in name.split() if w not in _STOP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


#: Prepositions of place: "in Moscow", "toward Bamako" name the city, while "from Moscow"
#: (helicopters from Moscow) or "on behalf of Moscow" name its government.
_AT = {"in", "at", "near", "to", "into", "outside", "around", "inside", "across", "toward",
       "towards", "within", "via", "through", "throughout"}
#: "the government in Bamako" is the government, wherever it sits.
_RULERS = {"government", "regime", "authorities", "junta", "leadership", "officials",
           "rulers", "administration"}


def _as_place(doc, span) -> bool:
    """"Russian capital Moscow", "the city of Bamako", "in Moscow": the city itself, not
    its government (which acts, speaks, is helped or is the source of something)."""
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    if _PLACE_NOUNS.intersection(before):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head   # "between Moscow and Bamako": as the first of the pair
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


def repeats(doc, spans, strict: bool = True) -> list:
    """Other occurrences of names already found: the small model tags a name in one
    sentence and misses it in the next. A surname of a full person name counts too.

    ``strict`` (English) takes only capitalised forms, and not a lone word opening a
    sentence unless it is a proper noun; French names ("l'ONU") need neither."""
    import re

    text = text_of(doc)
    taken = [(sp.start_char, sp.end_char) for sp, _ in spans]
    forms: dict[str, str] = {}
    for sp, label in spans:
        if (sp.text[:1].isupper() or not strict) and len(sp.text) > 2:
            forms.setdefault(sp.text, label)
        words = sp.text.split()
        if label == "PERSON" and len(words) >= 2 and len(words[-1]) > 2:
            forms.setdefault(words[-1], "PERSON")
    found = []
    for form, label in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            span = doc.char_span(m.start(), m.end())
            if span is None or (strict and len(span) == 1 and span[0].is_sent_start
                                and span[0].pos_ != "PROPN"):
                continue
            taken.append((m.start(), m.end()))
            found.append((span, label))
    return found


_SCORE = re.compile(r"^\d+(?:[-/]\d+)?$")
_DATELINE_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _as_team(doc, span, label: str) -> str:
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
    if nxt is not None and _SCORE.match(nxt.text) and not (nxt.i + 1 < len(doc) and
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


_BREAKS = {"(", ")", ",", ":", ";", "[", "]", "/"}
#: Words that join two names in fixtures and places ("BALTIMORE AT SEATTLE",
#: "Yorkshire at Headingley", "Kent v Surrey") but are never inside one.
_JOINERS = {"at", "v", "vs", "v.", "vs."}


#: Role words that, inside one tagged span, stand between a body and a person's name:
#: "Labour MP George Galloway" is Labour and George Galloway, never one name.
_ROLES_INSIDE = {"MP", "MPs", "MEP", "MSP"}


def _at_role(doc, span, label: str) -> list:
    """A span cut at a role word or a possessive between a body and a person's name
    ("former Labour MP George Galloway", "Tory leader Michael Howard", "Labour's Lorna
    Fitzsimons"): the body keeps the label, the name after it is a person."""
    for tok in span[1:-1]:
        role = tok.text in _ROLES_INSIDE or (tok.is_lower and tok.text in ROLE_NOUNS)
        after = doc[tok.i + 1:span.end]
        if role and len(after) >= 2 and all(t.text[:1].isupper() for t in after) \
                and doc[span.start:tok.i].text[:1].isupper():
            return [(doc[span.start:tok.i], label), (after, "PERSON")]
        # "Labour's Lorna Fitzsimons": a body's person, where the base tagger reads a
        # person after the possessive ("McDonald's Corp" stays whole).
        if tok.tag_ == "POS" and len(after) >= 2 and all(t.ent_type_ == "PERSON" for t in after):
            return [(doc[span.start:tok.i], label), (after, "PERSON")]
    return [(span, label)]


def _pieces(doc, span) -> list:
    """The name(s) inside one spaCy span: a span that runs over a line break or a
    bracket, comma or spaced dash ("Romania - Cosmin Contra", "Scott Draper ( Australia")
    holds several names; numbers at either end ("Kent 108-3", "G. Kersey 63") are scores,
    not part of the name."""
    groups, current = [], []
    for tok in span:
        spaced_dash = (tok.text in ("-", "–") and bool(tok.whitespace_) and tok.i > 0
                       and bool(doc[tok.i - 1].whitespace_))
        joiner = (tok.text.lower() in _JOINERS and tok.i > span.start and bool(tok.whitespace_))
        if tok.text in _BREAKS or spaced_dash or joiner or not tok.text.strip():
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
    out = []
    for group in groups:
        while group and (_is_number(group[0]) or not any(c.isalnum() for c in group[0].text)):
            group = group[1:]
        while group and (_is_number(group[-1]) or not any(c.isalnum() for c in group[-1].text)):
            group = group[:-1]
        if group and any(t.text[:1].isalpha() for t in group):
            out.append(doc[group[0].i:group[-1].i + 1])
    return out


def _is_slug(doc, span) -> bool:
    """The one-word topic slug opening a wire headline ("CRICKET - ...", "SOCCER - ...")
    is a section name, not an entity."""
    if len(span) != 1 or not span.text.isupper():
        return False
    from .gazetteer import places
    if _is_place_name(places(), span):
        return False   # "MOSCOW - Russia said ...": a dateline
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    nxt = doc[span.end] if span.end < len(doc) else None
    return at_line_start and nxt is not None and nxt.text in ("-", "–", ":")


def _is_number(token) -> bool:
    return bool(_SCORE.match(token.text)) or (any(c.isdigit() for c in token.text)
                                             and not any(c.isalpha() for c in token.text))


#: OntoNotes labels a CoNLL class can be refined to (the first is the default).
_REFINE = {"PER": ("PERSON",), "ORG": ("ORG",), "LOC": ("GPE", "LOC", "FAC"),
           "MISC": ("NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE")}


def name_spans(doc) -> list:
    """The document's names as (span, contract label).

    Where the names model ran (``doc.spans["names"]``, CoNLL's classes) its names replace
    the base NER's, whose label refines the class when it tags the same words (a LOC that
    OntoNotes calls LOC or FAC, a MISC it calls EVENT); otherwise LOC is GPE and MISC is
    NORP. Without the names model, the base NER's names as they are."""
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
            names[-1].label_ = "LOC"
    # Unseen by the base NER, these are not names: a word the tagger calls a common
    # noun, alone ("Photo: Reuters"); a caption's or credit line's words ("AP Photo",
    # "Source: News Agencies"); a compass adjective alone ("Western powers": a bloc
    # named by direction, no one entity; "Western Sahara" stays whole).
    names = [n for n in names if not (
        not any(e.start < n.end and n.start < e.end for e in ents)
        and ((len(n) == 1 and n[0].tag_ in ("NN", "NNS") and not n[0].is_upper)
             or all(t.lower_ in CREDIT_WORDS for t in n)
             or (len(n) == 1 and n[0].lower_ in COMPASS_ADJECTIVES)))]
    # A name the names model found elsewhere in the document but missed here (a headline's
    # first word) where the base NER tags it: one more mention of it.
    known = {normalise(n.text): n.label_ for n in names}
    for ent in ents:
        key = normalise(ent.text)
        if (ent.label_ in NAME_LABELS and key in known
                and not any(n.start < ent.end and ent.start < n.end for n in names)):
            names.append(doc[ent.start:ent.end])
            names[-1].label_ = known[key]
    # "Colonel Assimi Goita": a title before a name the base NER calls a person is not
    # part of the name (CoNLL leaves titles out, the names model sometimes does not).
    people = {e.end: e.start for e in ents if e.label_ == "PERSON"}
    for i, n in enumerate(list(names)):
        start = people.get(n.end)
        if start is None or start <= n.start:
            continue
        titles = [t.lower_ in ROLE_NOUNS or t.lower_ in TITLES for t in doc[n.start:start]]
        if all(titles) or (titles[-1] and not titles[0]):
            # "Massachusetts Senator Elizabeth Warren": a place or body, a title, then
            # the person, never one name (the senator is not her state).
            names[i] = doc[start:n.end]
            names[i].label_ = "PER"
            cut = n.start + titles.index(True)
            if cut > n.start:
                names.append(doc[n.start:cut])
                names[-1].label_ = "LOC" if base.get((n.start, cut)) in ("GPE", "LOC") else "ORG"
    # A headline in title case ("Elizabeth Warren Will Take \"Hard Look\""): a modal
    # verb ends the name before it.
    for i, n in enumerate(names):
        modal = next((t.i for t in n[1:] if t.tag_ == "MD"), None)
        if modal is not None:
            names[i], label = doc[n.start:modal], n.label_
            names[i].label_ = label
    out = []
    for span in sorted(names, key=lambda n: n.start):
        choices = _REFINE.get(span.label_)
        if choices is None:
            continue
        label = base.get((span.start, span.end))
        out.append((span, label if label in choices else choices[0]))
    return out


#: Words of photo captions and credit lines ("[File: A. Name/AP Photo]", "Source: News
#: Agencies"): a name made only of them is the line's label.
CREDIT_WORDS = {"photo", "photos", "file", "source", "sources", "image", "images", "video",
                "credit", "caption", "news", "agency", "agencies", "wire", "wires", "staff"}
#: "Western countries", "Northern officials": a direction, never one entity on its own.
COMPASS_ADJECTIVES = {"western", "eastern", "northern", "southern", "westerners"}

TITLES = {"colonel", "col", "col.", "captain", "lieutenant", "major", "sergeant", "mr", "mr.",
           "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "sheikh", "senator",
           "governor", "mayor", "judge", "pope", "bishop", "cardinal", "rev", "rev.",
           "marshal", "admiral", "gen", "gen.", "lt", "lt.", "sgt"}


#: The weight of the base (OntoNotes) NER's label in a name's type vote, where it tags
#: the same words as the names model: below one, so it decides only when the names
#: model disagrees with itself over a document ("Wagner" as PER, MISC and ORG).
BASE_VOTE = 1.5


def _acronym_word(span) -> bool:
    """A word of two or more capitals ("TRT") in a name not written all in capitals."""
    return len(span) > 1 and not span.text.isupper() and any(
        len(t.text) >= 2 and t.text.isupper() and t.text.isalpha() for t in span)


def _base_votes(doc) -> dict:
    from .names import SPANS_KEY

    if SPANS_KEY not in doc.spans:
        return {}
    return {(e.start_char, e.end_char): e.label_ for e in doc.ents if e.label_ in NAME_LABELS}


def find_mentions(doc) -> list[Entity]:
    from .gazetteer import demonym_country, places

    gaz = places()
    spans = []
    for ent, ent_label in name_spans(doc):
        span = _trim(doc, ent)
        if span is None:
            continue
        for piece in _pieces(doc, span):
            for part, label in _at_role(doc, piece, ent_label):
                if normalise(part.text):
                    spans.append((part, label))
    fixed: set[int] = set()   # mentions whose context decides their type (datelines)
    team_sport = _team_sport(doc)
    typed = []
    for span, label in spans:
        new = _as_team(doc, span, label)
        if _is_dateline(doc, span):
            new = "GPE"
            fixed.add(span.start_char)
        elif (new == label == "ORG" and len(span) <= 3 and _is_place_name(gaz, span)
              and _as_team(doc, span, "GPE") == "GPE"):
            new = "GPE"   # "Arbil", "Wisconsin": a known place the model took for a body
        typed.append((span, new))
    spans = typed
    spans += repeats(doc, spans)
    votes: dict[str, Counter] = defaultdict(Counter)
    base = _base_votes(doc)
    for span, label in spans:
        if span.start_char not in fixed:
            votes[normalise(span.text)][label] += 1
            other = base.get((span.start_char, span.end_char))
            if other == "PERSON" and _acronym_word(span):
                other = None   # "TRT Afrika", "BBC News": a person's name has no acronym
            if other is not None and BASE_VOTE:
                votes[normalise(span.text)][other] += BASE_VOTE
    for span, label in spans:
        votes.setdefault(normalise(span.text), Counter({label: 1}))
    for full in _bracketed_names(doc, spans):
        votes[full]["PERSON"] += 1
    full_names = sorted((k for k in votes if " " in k), key=lambda k: (-len(k), k))
    by_initials = {}
    for full in full_names:
        by_initials.setdefault(initials(full), full)
    # A lone surname with several full names ("Clinton": Hillary, Chelsea) is the one the
    # article names most, then the one it names first.
    first_at = {}
    for span, _ in spans:
        first_at.setdefault(normalise(span.text), span.start_char)
    by_weight = sorted(full_names, key=lambda k: (-sum(votes[k].values()), first_at.get(k, 0)))
    titled = {normalise(span.text) for span, _ in spans if _titled(doc, span)}
    owner: dict[str, str] = {}
    # Surnames the text gives a man ("Mr Howard"): a "Mrs Howard" there is someone else.
    men = {normalise(span.text).split()[-1] for span, _ in spans
           if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") == "mr"}
    for key in votes:
        owner[key] = key
        words = key.split()
        if len(words) == 2 and words[0] in _KEPT_TITLES and words[1] not in men:
            # "Ms Jowell" is Tessa Jowell where no Mr Jowell is named (in 2,225 BBC
            # articles, one names both: Michael Howard and Mrs Howard).
            # (the title makes a person of a full name the tagger typed ORG: "Carly Fiorina")
            full = next((f for f in by_weight if f.split()[-1] == words[1]
                         and f.split()[0] not in _KEPT_TITLES
                         and votes[f].most_common(1)[0][0] in ("PERSON", "ORG")), None)
            if full is not None:
                owner[key] = full
            continue
        if " " in key:
            continue
        # An acronym joins the name it abbreviates ("CAR", "Central African Republic").
        if key.replace(" ", "") in by_initials and any(
                is_acronym(sp.text) for sp, _ in spans if normalise(sp.text) == key):
            owner[key] = by_initials[key.replace(" ", "")]
            continue
        # A partial name joins the longest full name that ends or starts with it; a
        # country never does ("France" is not "Air France", "England" not "ex-England").
        if key in gaz.countries or key in gaz.demonyms or votes[key].most_common(1)[0][0] == "NORP":
            continue
        place = key in gaz.capitals or key in gaz.cities
        # A name used as a person's ("Mr. Trump", or tagged PERSON) joins a person's
        # full name before a body's ("Trump University", "Clinton Foundation").
        person = key in titled or votes[key].most_common(1)[0][0] == "PERSON"
        fits = [full for full in by_weight if key in (full.split()[-1], full.split()[0])
                and votes[full].most_common(1)[0][0] in ("PERSON", "ORG")]
        if person:
            fits.sort(key=lambda full: votes[full].most_common(1)[0][0] != "PERSON")
        # A lone "Howard" (its "Mr" left out) is Michael Howard before "Mrs Howard".
        fits.sort(key=lambda full: full.split()[0] in _KEPT_TITLES)
        for full in fits:
            if place and votes[full].most_common(1)[0][0] != "PERSON":
                continue   # "Moscow" is not "Dynamo Moscow"
            if full.startswith(key + " ") and is_region(gaz, full[len(key) + 1:]):
                continue   # "Yukos" is not its branch "Yukos USA", nor Diageo "Diageo North America"
            owner[key] = full
            break
    cluster_votes: dict[str, Counter] = defaultdict(Counter)
    for key, counter in votes.items():
        cluster_votes[owner[key]].update(counter)
    out = []
    for span, label in spans:
        own = normalise(span.text)
        key = owner[own]
        if key == own and is_acronym(span.text) and key.replace(" ", "") in gaz.countries:
            key = key.replace(" ", "")   # "U.S." -> "us" -> United States
        if span.start_char in fixed:
            final = label
            cluster = normalise(gaz.countries.get(key, key))
        elif label == "NORP" and demonym_country(gaz, key):
            # "Malian" stays NORP and carries its country: the country's id.
            final, cluster = "NORP", normalise(demonym_country(gaz, key))
        elif key in gaz.countries:
            final, cluster = "GPE", normalise(gaz.countries[key])
            if team_sport and _as_side(doc, span):
                # Its side, not the country (CoNLL still calls it LOC): one entity per
                # country's side, kept apart from the country by the resolver.
                cluster = f"{cluster} {TEAM_SUFFIX}"
        elif key in gaz.capitals:
            # A capital acting or speaking stands for its country's government.
            final = "GPE"
            cluster = key if _as_place(doc, span) else normalise(gaz.capitals[key])
        else:
            final, cluster = cluster_votes[key].most_common(1)[0][0], key
            if " " in key and votes[key].most_common(1)[0][0] == "PERSON":
                final = "PERSON"   # a full person name decides for its surname mentions
            if final == "NORP" and label != "NORP":
                final = label
        out.append(Entity(span.start_char, span.end_char, span.text, final, slug(cluster)))
    return out


#: Honorifics only people take ("Mr. Trump", "Mrs. Clinton").
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mister"}


def _titled(doc, span) -> bool:
    return span.start > 0 and doc[span.start - 1].lower_ in _HONORIFICS


def _bracketed_names(doc, spans) -> list[str]:
    """"President (Vladimir) Putin": a given name in brackets right before a person's
    surname makes one full name ("vladimir putin") for both to join."""
    by_start = {span.start: (span, label) for span, label in spans}
    out = []
    for span, _ in spans:
        if (len(span) == 1 and span.start > 0 and doc[span.start - 1].text == "("
                and span.end < len(doc) and doc[span.end].text == ")"
                and span.text[:1].isupper()):
            nxt = by_start.get(span.end + 1)
            if nxt is not None and nxt[1] == "PERSON" and len(nxt[0]) == 1:
                out.append(f"{normalise(span.text)} {normalise(nxt[0].text)}")
    return out


_DATELINE = re.compile(r"[^\W\d][\w .,'()/-]{0,60}?,?\s+(?:\d{4}-\d\d-\d\d|\(\w+\)\s*-)")


def _is_dateline(doc, span) -> bool:
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


def _team_sport(doc) -> bool:
    return bool(_TEAM_SPORTS.match(text_of(doc).lstrip()))


def _as_side(doc, span) -> bool:
    """In a team sport's report, a country's name is its side ("England beat Moldova",
    "against Russia") unless it says where someone is from or something is: in
    brackets after a player ("Jansher Khan ( Pakistan )"), after "of"/"in"/"to"/"from"
    ("Benetton of Italy"), or on the dateline."""
    if _is_dateline(doc, span):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev is not None and nxt is not None and prev.text == "(" and nxt.text == ")":
        return False
    return prev is None or prev.lower_ not in ("of", "in", "to", "from", "into")


def _is_place_name(gaz, span) -> bool:
    key = normalise(span.text)
    return key in gaz.cities or key in gaz.countries or key in gaz.capitals


_CAPS_LINE = re.compile(r"^(?=[^\n]*[A-Z]{3})[^a-z\n]+$", re.M)


def recase_names(doc, ner, make_doc) -> None:
    """Names in ALL-CAPS lines (headlines, results tables) found again on a title-cased
    copy: the small model reads case as a clue and misses most names in capitals.

    The copy has the same length, so its names map back to the same characters."""
    text = text_of(doc)
    lines = [(m.start(), m.end()) for m in _CAPS_LINE.finditer(text)]
    if not lines:
        return
    shadow_text = list(text)
    for start, end in lines:
        shadow_text[start:end] = text[start:end].title()
    shadow_text = "".join(shadow_text)
    if len(shadow_text) != len(text):
        return
    shadow = ner(make_doc(shadow_text))

    def in_caps(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in lines)

    kept = [e for e in doc.ents if not in_caps(e.start_char, e.end_char)]
    for ent in shadow.ents:
        if not in_caps(ent.start_char, ent.end_char):
            continue
        span = doc.char_span(ent.start_char, ent.end_char, label=ent.label_)
        if span is not None and all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    doc.ents = sorted(kept, key=lambda e: e.start)


@Language.factory("storygraph_entities", requires=["doc.ents"], assigns=["doc._.mentions", "doc._.corefs"])
def make_entities(nlp, name):
    if nlp.lang == "fr":
        from .entities_fr import make_entities_fr
        return make_entities_fr(nlp)
    ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
    # Without the base NER, the later stages (roles, quotes, framing) read the names found
    # here as the Doc's entities, where they would read the base NER's.
    as_ents = ner is None

    def component(doc):
        from .names import SPANS_KEY
        if ner is not None and SPANS_KEY not in doc.spans:
            # The names model learnt capitals from CoNLL's headlines and tables itself.
            recase_names(doc, ner, nlp.make_doc)
        doc._.mentions = find_mentions(doc)
        if as_ents and SPANS_KEY in doc.spans:
            set_entities(doc, [(m.start, m.end, m.label) for m in doc._.mentions])
        doc._.corefs = find_corefs(doc, doc._.mentions)
        return doc
    return component


def set_entities(doc, found, keep: bool = False) -> None:
    """``found`` ((start, end, label) in characters) as ``doc.ents``, longest first where
    two overlap; ``keep`` keeps the entities already there before them."""
    from spacy.util import filter_spans

    spans = [doc.char_span(a, b, label=label, alignment_mode="contract") for a, b, label in found]
    spans = [s for s in spans if s is not None and len(s)]
    if keep:
        spans = list(doc.ents) + [s for s in spans if not any(
            e.start < s.end and s.start < e.end for e in doc.ents)]
    doc.set_ents(filter_spans(spans), default="outside")


# -- role nouns and pronouns ------------------------------------------------------------

if not Doc.has_extension("corefs"):
    Doc.set_extension("corefs", default=None)

#: Nouns that name a person by office or relation ("the foreign minister", "his Malian
#: counterpart"). A small closed class of English words, not a list of entities.
ROLE_NOUNS = {"minister", "president", "counterpart", "spokesman", "spokeswoman",
              "spokesperson", "leader", "chief", "head", "secretary", "ambassador",
              "envoy", "premier", "chancellor", "general", "commander", "founder",
              "director", "chairman", "official", "prime", "king", "queen", "prince"}
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
             "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _role_key(tokens) -> str:
    """"the Russian Foreign Minister" -> "foreign minister": the role without articles,
    possessors or nationality (which vary between mentions of the same role)."""
    words = [t.lower_ for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ")
             and t.ent_type_ not in ("NORP", "GPE") and t.lower_ not in ("both", "former")]
    return " ".join(words)


def find_corefs(doc, mentions: list[Entity]) -> list[Entity]:
    """Role nouns and pronouns that clearly stand for a person named in the document.

    A role phrase right next to a name ("Foreign Minister Sergei Lavrov", "his Malian
    counterpart Abdoulaye Diop", "Lavrov, Russia's foreign minister") names that person,
    and other uses of the same role ("the foreign minister") do too. A he/she pronoun
    links to the last person named when only one person is named in its sentence and the
    one before; otherwise it stays unresolved.
    """
    persons = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    if not persons:
        return []
    out: list[Entity] = []
    roles: dict[str, list[tuple[int, str]]] = {}
    pending = []

    def person_at(char: int, after: bool):
        for m in persons:
            if after and 0 <= m.start - char <= 2:
                return m
            if not after and 0 <= char - m.end <= 2:
                return m
        return None

    for chunk in doc.noun_chunks:
        role_tokens = [t for t in chunk if t.lower_ in ROLE_NOUNS]
        if not role_tokens:
            continue
        # The role part: the chunk up to the role head, without any name inside it.
        head = role_tokens[-1]
        start = chunk.start
        for t in doc[chunk.start:head.i]:
            if not t.text.strip() or t.pos_ in ("CCONJ", "PUNCT") or t.ent_type_ == "PERSON":
                start = t.i + 1
        while start < head.i and doc[start].lower_ in ("both", "the", "a", "an"):
            start += 1
        role = doc[start:head.i + 1]
        key = _role_key(role)
        if not key:
            continue
        named = [m for m in persons if role.end_char <= m.start and m.end <= chunk.end_char]
        # A name beside the chunk is the role's holder only when the role heads the
        # chunk: "the Chancellor's pre-Budget report, Mr Baume told" names no chancellor.
        beside = head.i == chunk.root.i
        target = (named[0] if named else beside and (person_at(chunk.end_char + 1, True)
                  or person_at(chunk.start_char - 1, False)) or None)
        if target is not None:
            roles.setdefault(key, []).append((role.start_char, target.entity))
        if any(m.start < role.end_char and role.start_char < m.end for m in persons):
            continue
        pending.append((role, key, target.entity if target is not None else None))
    # A bare role is its last holder named before it, or — a headline's "Russian foreign
    # minister", named further down — the first one after it.
    for role, key, eid in pending:
        holders = roles.get(key, [])
        before = [e for at, e in holders if at < role.start_char]
        eid = eid or (before[-1] if before else holders[0][1] if holders else None)
        if eid is not None:
            out.append(Entity(role.start_char, role.end_char, role.text, "PERSON", eid))
    sents = list(doc.sents)
    for i, sent in enumerate(sents):
        window_start = sents[i - 1].start_char if i else sent.start_char
        for tok in sent:
            if tok.lower_ not in _PRONOUNS or tok.pos_ != "PRON":
                continue
            before = [m for m in persons if window_start <= m.start and m.end <= tok.idx]
            if len({m.entity for m in before}) == 1:
                out.append(Entity(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON",
                                  before[-1].entity))
    return sorted(out, key=lambda m: m.start)
