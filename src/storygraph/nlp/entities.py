"""Entity mentions within one document: spaCy's names, typed by vote, linked locally.

``find_mentions(doc)`` returns the document's name mentions with a document-local
entity id: mentions with the same normalised text share one, and a surname or partial
name ("Lavrov") joins the full name it is part of ("Sergei Lavrov"). The type of a name
is the majority over its mentions, so a stray ORG tag on one "Lavrov" is outvoted.

This module votes and links, and is the spaCy component; the steps before and beside
it have their own modules: ``name_spans`` (the names as spans, trimmed and cut),
``name_context`` (datelines, teams, capitals: types the context decides), ``name_keys``
(normalised keys, slugs, initials), ``name_links`` (which mentions are one entity:
misspellings, run-together and shortened names, acronyms the text defines),
``name_phrases`` (what the words right around a mention say of it) and ``corefs`` (role
nouns and pronouns).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc

from ..types import Entity
from .acronyms import common_acronyms
from .bodies import (CORPORATE, LEGAL_DESIGNATORS, PRODUCT_NOUNS, PUBLIC_DESIGNATORS,
                     named_as_product)
from .corefs import find_corefs
from .extensions import lower_words, text_of
from .name_context import (REGIONS, acts_as_body, articled_word, called_a_work, placed_in, used_as_thing, TEAM_SUFFIX, as_place, as_side, as_team, is_dateline,
                           is_place_name, is_region, is_team_sport)
from .name_cues import find_body_names, find_type_cues
from .full_names import initialled_owner, quoted_given_names, surname_typed_people
from .name_joins import aliases, body_head, join_names, middle_name_owner, opens_one_body
from .name_keys import initials, is_acronym, normalise, slug
from .name_links import (MISSPELT_LENGTH, SAME_BODY_WORDS, body_acronym, bracketed_names,
                         country_word, defined_acronyms, designated, designator_words,
                         given_word, hyphen_head, inner_capital, known_place, misspelt,
                         one_club, one_name, opening_initials, proper_rest,
                         run_together_heads, same_opening_bodies, shortened_after,
                         through_designators, unarticled, written_words)
from .name_phrases import (MONARCHS, NOBILITY, acronym_word, after_honorific, articled_name,
                           in_caps_line, in_passing, joint_body, language_word, people_word,
                           plural_verb)
from .name_repeats import recase_names, repeats
from .name_spans import KEPT_TITLES, NAME_LABELS, at_role, name_spans, pieces, trim

if not Doc.has_extension("corefs"):
    Doc.set_extension("corefs", default=None)   # (not in the contract: see corefs)

#: The weight of the base (OntoNotes) NER's label in a name's type vote, where it tags
#: the same words as the names model: below one, so it decides only when the names
#: model disagrees with itself over a document ("Wagner" as PER, MISC and ORG).
BASE_VOTE = 1.5


def _base_votes(doc) -> dict:
    from .names import SPANS_KEY

    if SPANS_KEY not in doc.spans:
        return {}
    return {(e.start_char, e.end_char): e.label_ for e in doc.ents if e.label_ in NAME_LABELS}


def _found_spans(doc) -> list:
    """Which spans of the document are names, each with its tagger's label."""
    spans = []
    named = name_spans(doc)
    ents = doc.ents  # read once: nothing below sets them
    for ent, ent_label in named:
        span = trim(doc, ent)
        if span is None:
            continue
        articled = articled_name(doc, span)
        for piece in pieces(doc, span, ents):
            for part, label in at_role(doc, piece, ent_label):
                if label == "PERSON" and (articled or articled_word(doc, part)):
                    label = "ORG"
                if normalise(part.text):
                    spans.append((part, label))
    spans = join_names(doc, spans)
    common = common_acronyms(doc, [sp for sp, _ in spans], ents)
    spans = [(sp, label) for sp, label in spans if not (len(sp) == 1 and sp.text in common)]
    # (a name the base NER cut at a hyphen, "Bob Marshall" and "Andrews", is whole twice
    # once each piece is: "Bob Marshall-Andrews" and "Marshall-Andrews")
    # (token bounds read once: this runs on every document, over every pair of names)
    bounds = [(sp.start, sp.end) for sp, _ in spans]
    spans = [item for item, (a, b) in zip(spans, bounds)
             if not any(x <= a and b <= y and y - x > b - a for x, y in bounds)]
    return spans


def _context_types(doc, spans, gaz) -> tuple[list, set[int]]:
    """Each name's type where its context decides it (fixed: datelines); names it drops or adds."""
    fixed: set[int] = set()   # mentions whose context decides their type (datelines)
    # A place's name the tagger read as a person's that takes a plural verb ("Bath have
    # just been knocked out"): a side, as British copy writes of clubs, in every mention.
    sides = {normalise(span.text) for span, label in spans
             if label == "PERSON" and len(span) == 1 and is_place_name(gaz, span)
             and plural_verb(doc, span)}
    typed = []
    for span, label in spans:
        if label == "PERSON" and normalise(span.text) in sides:
            label = "ORG"
        new = as_team(doc, span, label)
        if is_dateline(doc, span):
            new = "GPE"
            fixed.add(span.start_char)
        elif (new == label == "ORG" and len(span) <= 3 and is_place_name(gaz, span)
              and as_team(doc, span, "GPE") == "GPE"):
            new = "GPE"   # "Arbil", "Wisconsin": a known place the model took for a body
        typed.append((span, new))
    # A language's name the tagger typed a body, set before a common noun ("a Swahili
    # newspaper"): the tongue the noun is in, no one's name.
    spans = [(sp, label) for sp, label in typed if not language_word(doc, sp, label, gaz)]
    # A body's name that only qualifies a noun for the body ("Germany's BdB private banks
    # association"): neither tagger need find it, the phrase says what it is.
    spans += find_body_names(doc, spans, gaz)
    return spans, fixed


def _with_repeats(doc, spans, base) -> list:
    """The names with the repeats the taggers missed, firms' names cut at a stop made whole."""
    # (a full name the names model typed a body and the base NER a person, "Nolan Henke",
    # gives its surname's other mentions too: "Henke , who called his round …")
    # (only the surname: the full name's other mentions keep the names model's type)
    surnames = [(sp[-1:], "PERSON") for sp, label in spans if label == "ORG" and len(sp) >= 2
                and base.get((sp.start_char, sp.end_char)) == "PERSON"]
    spans += repeats(doc, spans + surnames)
    spans = through_designators(doc, spans)
    return spans


def _type_votes(doc, spans, fixed, base, gaz) -> tuple[dict, dict, list]:
    """Each name's votes for its type: the taggers' labels, then what the text says it is."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for span, label in spans:
        if span.start_char not in fixed:
            votes[normalise(span.text)][label] += 1
            other = base.get((span.start_char, span.end_char))
            if other == "PERSON" and acronym_word(span):
                other = None   # "TRT Afrika", "BBC News": a person's name has no acronym
            if other is not None and BASE_VOTE:
                votes[normalise(span.text)][other] += BASE_VOTE
    for span, label in spans:
        votes.setdefault(normalise(span.text), Counter({label: 1}))
    # What the article itself says a name is ("the Wagner group", "President X"): the
    # names model, trained on 1996 copy, does not know today's names (nlp/name_cues.py).
    cues = find_type_cues(doc, [(s, l) for s, l in spans if s.start_char not in fixed], gaz)
    for key, counter in cues.items():
        votes[key].update(counter)
    # A name the text calls a book or a film ("X is an enchanting book") is the work's,
    # whatever the tagger read it as: never a person a "he" or "the director" stands for.
    for key in {normalise(sp.text) for sp, _ in spans if called_a_work(doc, sp)}:
        if votes[key].most_common(1)[0][0] == "PERSON" and not cues.get(key, {}).get("PERSON"):
            votes[key]["WORK_OF_ART"] += sum(votes[key].values()) + 1
    bracketed = bracketed_names(doc, spans, gaz, votes)
    for full in bracketed:
        votes[normalise(full)]["PERSON"] += 1
    return votes, cues, bracketed


def _written_forms(spans, bracketed, votes) -> tuple[dict, dict]:
    """Each name's words and its first form, as the text writes them."""
    # A name's words as written, a hyphenated surname one word ("Plasco-Flaxman"): the
    # normalised key splits it, and would make "Plasco" of it, or "Mrs Plasco-Flaxman"
    # no title and surname.
    words_of: dict[str, list[str]] = {}
    for span, _ in spans:
        words_of.setdefault(normalise(span.text), written_words(span.text))
    for full in bracketed:
        words_of.setdefault(normalise(full), written_words(full))
    for key in votes:
        words_of.setdefault(key, key.split())
    written = {}
    for span, _ in spans:
        written.setdefault(normalise(span.text), span.text)
    return words_of, written


def _full_name_order(doc, spans, votes, words_of, gaz) -> tuple[list, dict, dict, dict, list]:
    """The full names a shorter one may join, by initials and by weight; where each is first."""
    full_names = sorted((k for k in votes if len(words_of[k]) > 1), key=lambda k: (-len(k), k))
    by_initials = {}
    for full in full_names:
        by_initials.setdefault(initials(full), full)
    defined = defined_acronyms(doc, spans, gaz)
    by_initials.update(defined)
    # A lone surname with several full names ("Clinton": Hillary, Chelsea) is the one the
    # article names most, then the one it names first.
    first_at = {}
    for span, _ in spans:
        first_at.setdefault(normalise(span.text), span.start_char)
    by_weight = sorted(full_names, key=lambda k: (-sum(votes[k].values()), first_at.get(k, 0)))
    return full_names, by_initials, defined, first_at, by_weight


def _bodies_by_form(votes, spans, titled, cues, full_names, words_of, base) -> None:
    """Which persons' names are bodies' by their form (a capital inside, a body's opening)."""
    # A one-word name with a capital inside ("DaimlerChrysler", "TowerGroup") is a body's
    # made of two words, no person's given name or surname, unless the text itself calls
    # it a person's (a title, a cue): the names model reads the unknown word as a person.
    for key in {normalise(span.text) for span, _ in spans if len(span) == 1
                and inner_capital(span.text)}:
        if votes[key]["PERSON"] and key not in titled and not cues.get(key, {}).get("PERSON") \
                and all(inner_capital(sp.text) for sp, _ in spans if normalise(sp.text) == key):
            votes[key]["ORG"] += votes[key].pop("PERSON")
    same_opening_bodies(votes, full_names, words_of, titled, cues, base, spans)


def _owners(doc, spans, votes, cues, gaz, words_of, written, full_names, by_initials,
            defined, first_at, by_weight, titled) -> tuple[dict, dict, dict]:
    """Each name's owner (the name it is one entity with); bodies' names shortened; rivals."""
    # (names written after "the": a body's part or service, "the FBI Laboratory", where a
    # firm named for its partners takes none, "BDO Stoy Hayward")
    articled = {normalise(span.text) for span, _ in spans
                if span.start > 0 and doc[span.start - 1].text.lower() == "the"}
    owner: dict[str, str] = {}
    # Surnames several persons of the text share ("Gonzalez": Elian, Juan Miguel, Lazaro):
    # their full names, for each mention to take the one named last before it.
    rivals: dict[str, list[str]] = {}
    # Surnames the text gives a man ("Mr Howard"): a "Mrs Howard" there is someone else.
    men = {words_of[normalise(span.text)][-1] for span, _ in spans
           if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") == "mr"
           and words_of[normalise(span.text)]}
    shortened: dict[str, str] = {}
    text = text_of(doc)
    # (a name the text uses as a thing, "prepared using X Writer", is no one's, whatever
    # the tagger typed it: its maker's name alone never joins it)
    things = {normalise(span.text) for span, _ in spans if used_as_thing(doc, span)}
    products = things | {normalise(span.text) for span, _ in spans if named_as_product(doc, span)}
    # A place's name that a body's fuller name, met first, opens, used where only a body
    # fits ("Texas, which makes chips, said", after "Texas Instruments") and never as a
    # place: that body cut short, as a surname is its person.
    body_uses = {normalise(span.text) for span, _ in spans if acts_as_body(doc, span)}
    body_uses -= {normalise(span.text) for span, _ in spans if placed_in(doc, span)}
    lowered = lower_words(doc)
    for key in votes:
        owner[key] = key
        words = words_of[key]
        if len(words) == 2 and words[0] in KEPT_TITLES and words[1] not in men:
            # "Ms Jowell" is Tessa Jowell where no Mr Jowell is named (in 2,225 BBC
            # articles, one names both: Michael Howard and Mrs Howard).
            # (the title makes a person of a full name the tagger typed ORG: "Carly Fiorina")
            full = next((f for f in by_weight if words_of[f][-1] == words[1]
                         and words_of[f][0] not in KEPT_TITLES
                         and votes[f].most_common(1)[0][0] in ("PERSON", "ORG")), None)
            if full is not None:
                owner[key] = full
            continue
        # An acronym written with stops or an ampersand ("U.N.", "B&B") is a key of
        # one-letter words: it is no name of several words, but the acronym below.
        spelt = len(words) > 1 and all(len(w) == 1 for w in words)
        if len(words) > 1 and not spelt and words[0] in MONARCHS | NOBILITY:
            # "Prince Frederik" after "Crown Prince Frederik": a titled name that ends a
            # longer one is that person with a word of the title left out
            owner[key] = next((full for full in full_names if full.endswith(" " + key)
                               and votes[full].most_common(1)[0][0] in ("PERSON", "ORG")), key)
            if owner[key] != key:
                continue
        initialled = initialled_owner(words, [words_of[f] for f in by_weight
                                              if votes[f].most_common(1)[0][0] == "PERSON"])
        if initialled is not None and votes[key].most_common(1)[0][0] in ("PERSON", "ORG"):
            # "K Morgan" in a team list is the "Kevin Morgan" the report names: one person
            owner[key] = next(f for f in by_weight if " ".join(words_of[f]) == initialled)
            continue
        if len(words) > 1 and not spelt:
            # A body's name joins the same name under its country ("Treasury
            # Department", "U.S. Treasury Department"): a nationality or place before a
            # body's name says whose it is, not which other body.
            # (a body's acronym before it says whose too: "Security Council", "U.N.
            # Security Council", where the text names the U.N. as a body; so does a body's
            # own name, the shorter name its part cut short: "Radio 1", "BBC Radio 1")
            owner[key] = next((full for full in full_names if full.endswith(" " + key)
                               and (country_word(gaz, full[:-len(key) - 1])
                                    or body_acronym(votes, full[:-len(key) - 1])
                                    or designator_words(full[:-len(key) - 1])
                                    or (body_head(full[:-len(key) - 1],
                                                  written.get(full, full).split()[0], votes, gaz)
                                        and not known_place(gaz, key)))
                               and votes[full].most_common(1)[0][0] == "ORG"
                               and votes[key].most_common(1)[0][0] == "ORG"), key)
            if owner[key] == key:
                # A name shortened by the word for what the body is joins it, whatever
                # the names model read ("Poughkeepsie Savings", after "Poughkeepsie
                # Savings Bank"): so do the mentions that join the short one.
                # (so does a public body's with its designator dropped: "US Customs",
                # after or before "US Customs Service")
                owner[key] = next((full for full in full_names if full.startswith(key + " ")
                                   and len(words_of[full]) == len(words) + 1
                                   and words_of[full][-1] in CORPORATE | PUBLIC_DESIGNATORS
                                   and votes[full].most_common(1)[0][0] == "ORG"), key)
                if owner[key] == key:
                    # A firm's full name, designator and all, met before its leading
                    # words ("Advanced Medical Technologies Inc.", then "Advanced
                    # Medical"): news names a company in full, then shortens it.
                    # (the designator may stand inside the full name: "Service Corp."
                    # after "Service Corp. International")
                    owner[key] = next((full for full in full_names if full.startswith(key + " ")
                                       and (words_of[full][-1] in LEGAL_DESIGNATORS
                                            or words[-1] in LEGAL_DESIGNATORS)
                                       and first_at.get(full, 0) < first_at.get(key, 0)
                                       and votes[full].most_common(1)[0][0] == "ORG"), key)
                if owner[key] != key:
                    shortened[key] = owner[key]
            continue
        # An acronym joins the name it abbreviates ("CAR", "Central African Republic";
        # "B&B", "Bradford & Bingley"), never a person's ("U.N." is no Ulrich Neumann).
        full = by_initials.get(key.replace(" ", "")) or opening_initials(
            key.replace(" ", ""), full_names, votes, gaz)
        if full not in (None, key) and any(is_acronym(sp.text.replace("&", ""))
                                           for sp, _ in spans if normalise(sp.text) == key):
            if not spelt or votes[full].most_common(1)[0][0] != "PERSON":
                owner[key] = full
            continue
        if full not in (None, key) and defined.get(key) == full:
            # (an acronym written as a word, which the tagger may have read as a person's
            # name: the body's, and of the body's type)
            owner[key] = full
            if votes[full].most_common(1)[0][0] == "ORG":
                shortened[key] = full
            continue
        if spelt:
            continue
        # A partial name joins the longest full name that ends or starts with it; a
        # country never does ("France" is not "Air France", "England" not "ex-England"),
        # nor a part of the world ("Europe" is not the "… Commission for Europe": across
        # documents the body would take the continent's id).
        # (a word typed a people's that ends a person's full name and is no people's
        # word is that person's surname: "Scorsese" after "Martin Scorsese")
        if key in gaz.countries and not opens_one_body(key, gaz, full_names, words_of, votes, first_at) \
                or key in gaz.demonyms or key in REGIONS \
                or votes[key].most_common(1)[0][0] == "NORP" and not surname_typed_people(
                    key, [words_of[f] for f in full_names
                          if votes[f].most_common(1)[0][0] == "PERSON"], gaz, lowered):
            continue
        place = key in gaz.capitals or key in gaz.cities
        # (a word in capitals in an all-caps line, a wire headline's "HILL BRANDS …", is
        # no acronym where the body writes it in lower case: "Hill", Anthony Hill)
        written_as = [sp for sp, _ in spans if normalise(sp.text) == key]
        in_body = [sp for sp in written_as if not in_caps_line(text, sp.start_char, sp.end_char)]
        acronym = any(is_acronym(sp.text) for sp in (in_body or written_as))
        # A name used as a person's ("Mr. Trump", or tagged PERSON) joins a person's
        # full name before a body's ("Trump University", "Clinton Foundation").
        person = key in titled or votes[key].most_common(1)[0][0] == "PERSON"
        # What the article itself writes of the lone word ("Mr Nath", "West had
        # complained that he") makes it a person's surname firmly enough to join a full
        # name the names model typed a place or a people ("Kamal Nath" GPE), unless that
        # full name is a known place.
        firm = key in titled or bool(cues.get(key, {}).get("PERSON"))
        word = words[0] if words else key
        # (a person's surname also joins a full name ending with it that the tagger
        # typed a facility or the like: "Russia's Elena Dementieva" as FAC)
        fits = [full for full in by_weight if word in (
                    words_of[full][-1], words_of[full][0], unarticled(words_of[full][-1]),
                    None if firm else designated(words_of[full]),
                    # (a person's word may be a firm's leading one where the firm's name
                    # carries its legal form: "Hewlett" after "Hewlett-Packard Co.")
                    None if person and (firm or words_of[full][-1] not in LEGAL_DESIGNATORS)
                    else hyphen_head(words_of[full], votes[full]))
                and (votes[full].most_common(1)[0][0] in ("PERSON", "ORG") or (
                    person and word == words_of[full][-1]
                    and (votes[full].most_common(1)[0][0] not in ("GPE", "LOC", "NORP")
                         or (firm and not known_place(gaz, full)))))]
        if person and not fits:
            # (the name a person goes by may be an inner one of her full name)
            inner = middle_name_owner(word, [words_of[f] for f in by_weight
                                             if votes[f].most_common(1)[0][0] == "PERSON"])
            fits = [f for f in by_weight if inner is not None and words_of[f] == inner][:1]
        if person:
            fits.sort(key=lambda full: votes[full].most_common(1)[0][0] != "PERSON")
        # A lone "Howard" (its "Mr" left out) is Michael Howard before "Mrs Howard".
        fits.sort(key=lambda full: words_of[full][0] in KEPT_TITLES)
        # (a word several bodies' names open on, "Real Madrid" and "Real Betis", is no
        # body of its own whose branch one of them would be: the one named most, first)
        shared = sum(full.startswith(key + " ") and votes[full].most_common(1)[0][0] == "ORG"
                     for full in fits) >= 2
        for full in fits:
            cut_short = (key in body_uses and key not in gaz.capitals and full.startswith(key + " ")
                         and first_at.get(full, 0) < first_at.get(key, 0)
                         and votes[full].most_common(1)[0][0] == "ORG")
            if place and votes[full].most_common(1)[0][0] != "PERSON" and not cut_short:
                continue   # "Moscow" is not "Dynamo Moscow"
            if full.startswith(key + " ") and is_region(gaz, full[len(key) + 1:]) and not shared:
                continue   # "Yukos" is not its branch "Yukos USA", nor Diageo "Diageo North America"
            if (not person or full in things) and words_of[full][0] == word and full in products:
                # "Motorola" beside "the Motorola Razr V3 phone": a maker's name opening
                # a product's (its name and a model's word) is the maker, not the product.
                continue
            if (not person and words_of[full][0] == word and first_at.get(key, 0) < first_at.get(full, 0)
                    and not set(words_of[full][1:]) <= SAME_BODY_WORDS):
                # News names a body in full before it shortens it: a longer name met after
                # the short one is another body, the short one's part or product ("Apple",
                # then "Apple Developer Connection"; "Sony", "Sony Pictures Entertainment";
                # "Xbox", "Xbox Live"), unless it only adds what the body is ("Labour
                # Party", "Google Inc").
                continue
            if (words_of[full][0] == word and acronym and words_of[full][-1] not in CORPORATE
                    and not set(words_of[full][1:]) <= SAME_BODY_WORDS
                    and not (full not in articled and proper_rest(doc, words_of[full][1:], text)
                             and shortened_after(full, key, first_at, words_of, full_names, votes))):
                # An acronym is a body's whole name: a longer name it opens is its part,
                # wherever met ("FBI" is not its "FBI Laboratory", "BT" not "BT Consumer"),
                # unless that is a company's full name ("RMS International Inc.")
                continue
            if (acronym and len(words_of[full]) > 1 and words_of[full][-1] == word
                    and first_at.get(key, 0) < first_at.get(full, 0)
                    and not country_word(gaz, full[:-len(key) - 1])):
                # … and a longer name it ends, met after it, its branch ("UKIP", then
                # "Suffolk Coastal UKIP members"; not "U.S. FBI", a country's)
                continue
            if word == hyphen_head(words_of[full], votes[full]) \
                    and first_at.get(key, 0) < first_at.get(full, 0):
                continue   # (the full name first, as above: "Coca" then "Coca-Cola" is no rule)
            owner[key] = full
            if (word == words_of[full][0] and len(words_of[full]) >= 2 and not firm
                    and votes[full].most_common(1)[0][0] == "ORG" and not given_word(word)):
                shortened[key] = full   # ("Real" after "Real Madrid": the club, however typed)
            if place and cut_short:
                shortened[key] = full   # (a body's, whatever the tagger read the place as)
            if word != words_of[full][0] and word in (
                    designated(words_of[full]), hyphen_head(words_of[full], votes[full])):
                shortened[key] = full   # a company's, whatever the tagger read the word as
            break
        people = [f for f in fits if words_of[f][-1] == word and " " in f
                  and words_of[f][0] not in KEPT_TITLES
                  and votes[f].most_common(1)[0][0] == "PERSON"]
        if person and owner[key] in people and len(people) > 1 and not one_name(text_of(doc), [
                words_of[f] for f in people]):
            rivals[key] = people
    return owner, shortened, rivals


def _joined_owners(doc, spans, votes, owner, shortened, rivals, words_of, first_at, titled,
                  cues, gaz) -> None:
    """Which owners are one entity still (misspelt, run together, aliases); rivals left."""
    # A firm's name misspelt once ("AztraZeneca" beside "AstraZeneca", the tagger reading
    # the unknown form as a person): one letter off a body's name the text writes, long
    # enough that no two names differ so, is that body, and takes its type (the form
    # written more often, or as often and first, is the right one: "DaimlerChrysler" six
    # times, "DaimerChrysler" once).
    times = Counter(normalise(span.text) for span, _ in spans)
    for key in votes:
        if owner[key] != key or not key.isalpha() or len(key) < MISSPELT_LENGTH \
                or key in titled or cues.get(key, {}).get("PERSON"):
            continue
        known = next((k for k in votes if k != key and owner[k] == k and k.isalpha()
                      and k[0] == key[0] and votes[k].most_common(1)[0][0] == "ORG"
                      and (times[k], -first_at.get(k, 0)) > (times[key], -first_at.get(key, 0))
                      and misspelt(key, k)), None)
        if known is not None:
            owner[key] = shortened[key] = known
    # A body's name of two words run together ("GlaxoSmithKline", "DaimlerChrysler") is
    # shortened to its first: a lone "Glaxo" or "Daimler" in the same text is that body,
    # not another of its own.
    for key, full in run_together_heads(spans, votes, owner, titled, cues, gaz).items():
        owner[key] = shortened[key] = full
    # (a report that names a club by its designator is about the club: no sport header
    # needed, which only wire copy carries)
    for fc, full in one_club(votes, words_of).items():
        for key in owner:
            if owner[key] == fc:
                owner[key] = full
        shortened[fc] = full
    for key, to in owner.items():
        owner[key] = shortened.get(to, to)
    # A second name the text gives a person ("X, real name Y"): one entity, by the name
    # the text goes by.
    for alias, name in aliases(doc, spans).items():
        if alias in owner and name in owner and owner[alias] != owner[name]:
            was, now = owner[alias], owner[name]
            for key in owner:
                if owner[key] == was:
                    owner[key] = now
    # Namesakes the text calls by the given name alone ("Elian" beside his father Juan
    # Miguel Gonzalez): news writes a given name alone, as a habit (twice or more; not a
    # reader's "…, Robert, and"), to tell one namesake from the one the lone surname
    # stands for, so that surname is another's while one is left.
    written = Counter(normalise(span.text) for span, _ in spans)
    for key, people in rivals.items():
        given = {owner[k] for k in votes if len(words_of[k]) == 1 and owner[k] in people
                 and words_of[owner[k]][0] == words_of[k][0] and written[k] >= 2}
        if given and set(people) - given:
            rivals[key] = [f for f in people if f not in given]


def _records(doc, spans, votes, owner, shortened, rivals, fixed, team_sport, words_of,
             titled, cues, gaz) -> list[Entity]:
    """Each mention's type and entity id, from its owner's votes and its own context."""
    from .gazetteer import demonym_country

    def unintroduced(key: str) -> bool:
        # News introduces a person by full name or title first ("Adrian Mutu", "Mr
        # Fox"): a lone word the article never gives a full name, a title or a "who"
        # names a body ("Fox's schedules", "Chelsea sacked Mutu").
        # (Without the base NER only: its PERSON label is that evidence where it runs.)
        return (not doc.has_annotation("ENT_IOB") and owner[key] == key and len(words_of[key]) == 1
                and key not in titled and not cues.get(key, {}).get("PERSON"))

    cluster_votes: dict[str, Counter] = defaultdict(Counter)
    for key, counter in votes.items():
        cluster_votes[owner[key]].update(counter)
    out = []
    named_at = sorted((span.start_char, normalise(span.text)) for span, _ in spans)
    # One-word names a monarch's title stands before: word -> {start: "king hussein"}
    monarchs: dict[str, dict] = {}
    for span, label in spans:
        before = doc[span.start - 1] if span.start > 0 else None
        if len(span) == 1 and label == "PERSON" and before is not None and before.is_title \
                and before.lower_ in MONARCHS:
            monarchs.setdefault(normalise(span.text), {})[span.start_char] = \
                f"{before.lower_} {normalise(span.text)}"
    # (names the text writes as a made thing's, "the Cell chip": no body, whatever typed)
    made = {normalise(span.text) for span, _ in spans if span.start > 0 and span.end < len(doc)
            and doc[span.start - 1].lower_ == "the" and doc[span.end].lower_ in PRODUCT_NOUNS}
    for span, label in spans:
        own = normalise(span.text)
        key = owner[own]
        if own in rivals:
            # A lone "Gonzalez" is the one of its namesakes the reader met last (the
            # father just named as "Juan Miguel Gonzalez"), not the one named most.
            # (named in passing, on a noun, is no meeting: "the murders of his former
            # wife, Nicole Brown Simpson … said Simpson" is O.J. Simpson)
            # (where the text called the others by their given names, the one left
            # is the surname's also when met only in passing)
            left = rivals[own][0] if len(rivals[own]) == 1 else key
            key = next((owner[k] for at, k in reversed(named_at)
                        if at < span.start_char and k in rivals[own]
                        and not in_passing(doc, at)), left)
        if " " not in own and " " in key and own in monarchs:
            # "King Hussein" beside "Saddam Hussein": two persons. The one after the
            # title is the monarch; a lone "Hussein" the one of the two the reader met
            # last in full or titled.
            crowned = monarchs[own].get(span.start_char)
            if crowned is None:
                met = [(at, name) for at, name in monarchs[own].items() if at < span.start_char]
                met += [(at, None) for at, k in named_at if at < span.start_char
                        and " " in k and owner[k] == key]
                crowned = max(met)[1] if met else None
            if crowned is not None and key.split()[-2:] == crowned.split():
                # ("Crown Prince Frederik", then "Prince Frederik"): the full name holds
                # the title, so it is the same titled person, not a namesake
                crowned = None
            if crowned is not None:
                out.append(Entity(span.start_char, span.end_char, span.text, "PERSON", slug(crowned)))
                continue
        if key == own and is_acronym(span.text) and key.replace(" ", "") in gaz.countries:
            key = key.replace(" ", "")   # "U.S." -> "us" -> United States
        if span.start_char in fixed:
            final = label
            cluster = normalise(gaz.countries.get(key, key))
        elif (label == "NORP" or [l for l, _ in cluster_votes[key].most_common(1)] == ["NORP"]) \
                and demonym_country(gaz, key):
            # "Malian" stays NORP and carries its country: the country's id. (So does a
            # people's word the names model once typed a body, where the article's other
            # mentions of it are the people's: "many Cuban Americans" read as "Cuban" and
            # "Americans" ORG.)
            final, cluster = "NORP", normalise(demonym_country(gaz, key))
        elif key in gaz.countries:
            final, cluster = "GPE", normalise(gaz.countries[key])
            if team_sport and as_side(doc, span):
                # Its side, not the country (CoNLL still calls it LOC): one entity per
                # country's side, kept apart from the country by the resolver.
                cluster = f"{cluster} {TEAM_SUFFIX}"
        elif key in gaz.capitals:
            # A capital acting or speaking stands for its country's government.
            final = "GPE"
            cluster = key if as_place(doc, span) else normalise(gaz.capitals[key])
        else:
            final, cluster = cluster_votes[key].most_common(1)[0][0], key
            if " " in key and votes[key].most_common(1)[0][0] == "PERSON":
                final = "PERSON"   # a full person name decides for its surname mentions
            elif key in shortened.values():
                final = "ORG"   # and a body's full name for its shortened ones
            if final == "NORP" and label != "NORP":
                final = label
            if final == "PERSON" and unintroduced(key):
                final = next((l for l, _ in cluster_votes[key].most_common() if l != "PERSON"), "ORG")
        if final == "PERSON" and people_word(doc, span):
            final = "NORP"
            cluster = normalise(demonym_country(gaz, key) or key)
        joint = joint_body(doc, span) if final != "ORG" or own in made else None
        if joint is not None:
            # "the Cell consortium": a body several members formed around a thing, a
            # person or a place, named by it and no more it than "the Kyoto protocol" is
            # Kyoto: a body of its own, the name its own words. (A body's name is
            # the body's: "the Airbus consortium" is Airbus.)
            out.append(Entity(joint.start_char, joint.end_char, joint.text, "ORG",
                              slug(joint.text)))
            continue
        out.append(Entity(span.start_char, span.end_char, span.text, final, slug(cluster)))
    return sorted(out + quoted_given_names(doc, out), key=lambda m: m.start)


def find_mentions(doc) -> list[Entity]:
    """The document's name mentions, each typed by vote, with its document-local entity id."""
    from .gazetteer import places

    gaz = places()
    spans = _found_spans(doc)
    team_sport = is_team_sport(doc)
    spans, fixed = _context_types(doc, spans, gaz)
    base = _base_votes(doc)
    spans = _with_repeats(doc, spans, base)
    votes, cues, bracketed = _type_votes(doc, spans, fixed, base, gaz)
    words_of, written = _written_forms(spans, bracketed, votes)
    full_names, by_initials, defined, first_at, by_weight = _full_name_order(doc, spans,
                                                                             votes, words_of, gaz)
    titled = {normalise(span.text) for span, _ in spans if after_honorific(doc, span)}
    _bodies_by_form(votes, spans, titled, cues, full_names, words_of, base)
    owner, shortened, rivals = _owners(doc, spans, votes, cues, gaz, words_of, written,
                                       full_names, by_initials, defined, first_at, by_weight,
                                       titled)
    _joined_owners(doc, spans, votes, owner, shortened, rivals, words_of, first_at, titled, cues,
                   gaz)
    return _records(doc, spans, votes, owner, shortened, rivals, fixed, team_sport, words_of,
                    titled, cues, gaz)


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
