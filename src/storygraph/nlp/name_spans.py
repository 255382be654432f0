"""The document's names as spans: the names model's spans joined with the base NER's
labels (``name_spans``), each trimmed and cut into the names it holds (``name_trims``,
``name_pieces``), then repaired (``name_repairs``) and found again where the tagger
missed them (``name_repeats``)."""
from __future__ import annotations

from .bodies import BODY_WORDS
from .name_cues import OCCUPATIONS, PERSON_TITLES
from .name_keys import normalise, number_forms
from .name_lists import listed_bodies
from .name_pieces import NEVER_LAST, NUMBERED_LABELS, listed_portfolio
from .name_repairs import (ampersands, bodies_of, capital_inside, capitals_lead, designated_first,
                           given_names_left_out, national_bodies, one_surface, peoples_bodies,
                           possessive_firms, slashed, spelt_out_bodies)

#: spaCy labels that are names (the contract's labels); numbers and dates are not.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW",
               "WORK_OF_ART", "LANGUAGE"}


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


#: Lowercase particles of foreign names, between a name's words ("Bandar bin Sultan",
#: "Gazzetta dello Sport", "Lula da Silva"); not "la"/"le"/"y"/"e", words of English text
#: as often.
_JOINING_PARTICLES = frozenset(("bin", "ibn", "ben", "de", "del", "della", "dello", "delle",
                                "degli", "dei", "di", "da", "du", "des", "dos", "das", "von",
                                "van", "der", "den", "al", "el"))


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
               and n[-1].is_lower and n[-1].lower_ in NEVER_LAST]
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
        if (e.label_ in NUMBERED_LABELS and end - e.start >= 2 and doc[end - 1].is_digit
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
