"""Entity mentions within one document: spaCy's names, typed by vote, linked locally.

``find_mentions(doc)`` returns the document's name mentions with a document-local
entity id: mentions with the same normalised text share one, and a surname or partial
name ("Lavrov") joins the full name it is part of ("Sergei Lavrov"). The type of a name
is the majority over its mentions, so a stray ORG tag on one "Lavrov" is outvoted.

This module votes and links, and is the spaCy component; the steps before and beside
it have their own modules: ``name_spans`` (the names as spans, trimmed and cut),
``name_context`` (datelines, teams, capitals: types the context decides), ``name_keys``
(normalised keys, slugs, initials) and ``corefs`` (role nouns and pronouns).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..types import Entity
from .acronyms import closing_acronym, common_acronyms, translated_acronym
from .bodies import (CORPORATE, LEGAL_DESIGNATORS, PRODUCT_NOUNS, PUBLIC_DESIGNATORS,
                     named_as_product)
from .corefs import find_corefs
from .extensions import lower_words, text_of
from .name_context import (REGIONS, acts_as_body, articled_word, called_a_work, placed_in, used_as_thing, TEAM_SUFFIX, as_place, as_side, as_team, is_dateline,
                           is_place_name, is_region, is_team_sport)
from .name_cues import PERSON_TITLES, find_body_names, find_type_cues
from .full_names import initialled_owner, quoted_given_names, surname_typed_people
from .name_joins import aliases, body_head, join_names, middle_name_owner, opens_one_body
from .name_keys import initials, is_acronym, normalise, slug, spells
from .name_repairs import LEADING_DESIGNATORS
from .name_repeats import recase_names, repeats
from .name_spans import KEPT_TITLES, NAME_LABELS, at_role, name_spans, pieces, trim

if not Doc.has_extension("corefs"):
    Doc.set_extension("corefs", default=None)   # (not in the contract: see corefs)

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
    named = name_spans(doc)
    ents = doc.ents  # read once: nothing below sets them
    for ent, ent_label in named:
        span = trim(doc, ent)
        if span is None:
            continue
        articled = _articled(doc, span)
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
    fixed: set[int] = set()   # mentions whose context decides their type (datelines)
    team_sport = is_team_sport(doc)
    # A place's name the tagger read as a person's that takes a plural verb ("Bath have
    # just been knocked out"): a side, as British copy writes of clubs, in every mention.
    sides = {normalise(span.text) for span, label in spans
             if label == "PERSON" and len(span) == 1 and is_place_name(gaz, span)
             and _plural_verb(doc, span)}
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
    spans = [(sp, label) for sp, label in typed if not _language_word(doc, sp, label, gaz)]
    # A body's name that only qualifies a noun for the body ("Germany's BdB private banks
    # association"): neither tagger need find it, the phrase says what it is.
    spans += find_body_names(doc, spans, gaz)
    base = _base_votes(doc)
    # (a full name the names model typed a body and the base NER a person, "Nolan Henke",
    # gives its surname's other mentions too: "Henke , who called his round …")
    # (only the surname: the full name's other mentions keep the names model's type)
    surnames = [(sp[-1:], "PERSON") for sp, label in spans if label == "ORG" and len(sp) >= 2
                and base.get((sp.start_char, sp.end_char)) == "PERSON"]
    spans += repeats(doc, spans + surnames)
    spans = _through_designators(doc, spans)
    votes: dict[str, Counter] = defaultdict(Counter)
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
    bracketed = _bracketed_names(doc, spans, gaz, votes)
    for full in bracketed:
        votes[normalise(full)]["PERSON"] += 1
    # A name's words as written, a hyphenated surname one word ("Plasco-Flaxman"): the
    # normalised key splits it, and would make "Plasco" of it, or "Mrs Plasco-Flaxman"
    # no title and surname.
    words_of: dict[str, list[str]] = {}
    for span, _ in spans:
        words_of.setdefault(normalise(span.text), _written_words(span.text))
    for full in bracketed:
        words_of.setdefault(normalise(full), _written_words(full))
    for key in votes:
        words_of.setdefault(key, key.split())
    written = {}
    for span, _ in spans:
        written.setdefault(normalise(span.text), span.text)
    full_names = sorted((k for k in votes if len(words_of[k]) > 1), key=lambda k: (-len(k), k))
    by_initials = {}
    for full in full_names:
        by_initials.setdefault(initials(full), full)
    defined = _defined_acronyms(doc, spans, gaz)
    by_initials.update(defined)
    # A lone surname with several full names ("Clinton": Hillary, Chelsea) is the one the
    # article names most, then the one it names first.
    first_at = {}
    for span, _ in spans:
        first_at.setdefault(normalise(span.text), span.start_char)
    by_weight = sorted(full_names, key=lambda k: (-sum(votes[k].values()), first_at.get(k, 0)))
    titled = {normalise(span.text) for span, _ in spans if _titled(doc, span)}
    # A one-word name with a capital inside ("DaimlerChrysler", "TowerGroup") is a body's
    # made of two words, no person's given name or surname, unless the text itself calls
    # it a person's (a title, a cue): the names model reads the unknown word as a person.
    for key in {normalise(span.text) for span, _ in spans if len(span) == 1
                and _inner_capital(span.text)}:
        if votes[key]["PERSON"] and key not in titled and not cues.get(key, {}).get("PERSON") \
                and all(_inner_capital(sp.text) for sp, _ in spans if normalise(sp.text) == key):
            votes[key]["ORG"] += votes[key].pop("PERSON")
    _same_opening_bodies(votes, full_names, words_of, titled, cues, base, spans)
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
        if len(words) > 1 and not spelt and words[0] in MONARCHS | _NOBILITY:
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
                               and (_country_word(gaz, full[:-len(key) - 1])
                                    or _body_acronym(votes, full[:-len(key) - 1])
                                    or _designator_words(full[:-len(key) - 1])
                                    or (body_head(full[:-len(key) - 1],
                                                  written.get(full, full).split()[0], votes, gaz)
                                        and not _known_place(gaz, key)))
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
        full = by_initials.get(key.replace(" ", "")) or _opening_initials(
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
        in_body = [sp for sp in written_as if not _in_caps_line(text, sp.start_char, sp.end_char)]
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
                    words_of[full][-1], words_of[full][0], _unarticled(words_of[full][-1]),
                    None if firm else _designated(words_of[full]),
                    # (a person's word may be a firm's leading one where the firm's name
                    # carries its legal form: "Hewlett" after "Hewlett-Packard Co.")
                    None if person and (firm or words_of[full][-1] not in LEGAL_DESIGNATORS)
                    else _hyphen_head(words_of[full], votes[full]))
                and (votes[full].most_common(1)[0][0] in ("PERSON", "ORG") or (
                    person and word == words_of[full][-1]
                    and (votes[full].most_common(1)[0][0] not in ("GPE", "LOC", "NORP")
                         or (firm and not _known_place(gaz, full)))))]
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
                    and not set(words_of[full][1:]) <= _SAME_BODY_WORDS):
                # News names a body in full before it shortens it: a longer name met after
                # the short one is another body, the short one's part or product ("Apple",
                # then "Apple Developer Connection"; "Sony", "Sony Pictures Entertainment";
                # "Xbox", "Xbox Live"), unless it only adds what the body is ("Labour
                # Party", "Google Inc").
                continue
            if (words_of[full][0] == word and acronym and words_of[full][-1] not in CORPORATE
                    and not set(words_of[full][1:]) <= _SAME_BODY_WORDS
                    and not (full not in articled and _proper_rest(doc, words_of[full][1:], text)
                             and _shortened_after(full, key, first_at, words_of, full_names, votes))):
                # An acronym is a body's whole name: a longer name it opens is its part,
                # wherever met ("FBI" is not its "FBI Laboratory", "BT" not "BT Consumer"),
                # unless that is a company's full name ("RMS International Inc.")
                continue
            if (acronym and len(words_of[full]) > 1 and words_of[full][-1] == word
                    and first_at.get(key, 0) < first_at.get(full, 0)
                    and not _country_word(gaz, full[:-len(key) - 1])):
                # … and a longer name it ends, met after it, its branch ("UKIP", then
                # "Suffolk Coastal UKIP members"; not "U.S. FBI", a country's)
                continue
            if word == _hyphen_head(words_of[full], votes[full]) \
                    and first_at.get(key, 0) < first_at.get(full, 0):
                continue   # (the full name first, as above: "Coca" then "Coca-Cola" is no rule)
            owner[key] = full
            if (word == words_of[full][0] and len(words_of[full]) >= 2 and not firm
                    and votes[full].most_common(1)[0][0] == "ORG" and not _given_word(word)):
                shortened[key] = full   # ("Real" after "Real Madrid": the club, however typed)
            if place and cut_short:
                shortened[key] = full   # (a body's, whatever the tagger read the place as)
            if word != words_of[full][0] and word in (
                    _designated(words_of[full]), _hyphen_head(words_of[full], votes[full])):
                shortened[key] = full   # a company's, whatever the tagger read the word as
            break
        people = [f for f in fits if words_of[f][-1] == word and " " in f
                  and words_of[f][0] not in KEPT_TITLES
                  and votes[f].most_common(1)[0][0] == "PERSON"]
        if person and owner[key] in people and len(people) > 1 and not _one_name(text_of(doc), [
                words_of[f] for f in people]):
            rivals[key] = people
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
                      and _misspelt(key, k)), None)
        if known is not None:
            owner[key] = shortened[key] = known
    # A body's name of two words run together ("GlaxoSmithKline", "DaimlerChrysler") is
    # shortened to its first: a lone "Glaxo" or "Daimler" in the same text is that body,
    # not another of its own.
    for key, full in _run_together_heads(spans, votes, owner, titled, cues, gaz).items():
        owner[key] = shortened[key] = full
    # (a report that names a club by its designator is about the club: no sport header
    # needed, which only wire copy carries)
    for fc, full in _one_club(votes, words_of).items():
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
                        and not _in_passing(doc, at)), left)
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
        if final == "PERSON" and _people_word(doc, span):
            final = "NORP"
            cluster = normalise(demonym_country(gaz, key) or key)
        joint = _joint_body(doc, span) if final != "ORG" or own in made else None
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


def _opening_initials(letters: str, full_names, votes, gaz) -> str | None:
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


def _inner_capital(word: str) -> bool:
    """"DaimlerChrysler", "TowerGroup": a word of letters whose capital after three
    lower-case letters or more opens a second word (not a surname's particle's "Mc",
    "De", "La": "McDonald", "DeLay", "LaToya"; nor a word in capitals)."""
    if not (word.isalpha() and word[:1].isupper() and any(ch.islower() for ch in word)):
        return False
    return any(word[i].isupper() and word[1:i].islower() and word[:i].lower() not in _SURNAME_PARTICLES
               for i in range(3, len(word) - 1))


#: Nouns for a body that several members form together, which a name before them only
#: qualifies: "the Cell consortium" (a chip's), "the Blair coalition".
JOINT_BODIES = frozenset(("consortium", "consortia", "alliance", "coalition", "syndicate",
                          "partnership"))


def _joint_body(doc, span):
    """The name with the noun for a joint body right after it, where the name opens that
    phrase after "the" and the noun is the phrase's head ("the Cell consortium
    expects"), else None."""
    if span.end >= len(doc) or span.start == 0 or doc[span.start - 1].lower_ != "the" \
            or "\n" in span[-1].whitespace_:
        return None
    noun = doc[span.end]
    if noun.lower_ not in JOINT_BODIES or not noun.is_lower or noun.pos_ != "NOUN" \
            or any(t.head.i != noun.i for t in span if t.head.i not in range(span.start, span.end)):
        return None
    if span.end + 1 < len(doc) and doc[span.end + 1].pos_ in ("NOUN", "PROPN") \
            and doc[span.end + 1].is_alpha:
        return None   # (the noun qualifies another: "the Cell alliance members")
    return doc[span.start:span.end + 1]


def _run_together_head(word: str) -> str | None:
    """The first word of a name of two run together ("Glaxo" of "GlaxoSmithKline"), by
    the same capital ``_inner_capital`` reads as opening the second."""
    if not _inner_capital(word):
        return None
    return next((word[:i] for i in range(3, len(word) - 1) if word[i].isupper()
                 and word[1:i].islower() and word[:i].lower() not in _SURNAME_PARTICLES), None)


def _run_together_heads(spans, votes, owner, titled, cues, gaz) -> dict[str, str]:
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
                or cues.get(key, {}).get("PERSON") or _known_place(gaz, key) \
                or key in gaz.countries:
            continue
        written = [sp.text for sp, _ in spans if normalise(sp.text) == key]
        if written and all(len(w) > 1 and w[0].isupper() and w[1:].islower() for w in written):
            out[key] = full
    return out


def _misspelt(a: str, b: str) -> bool:
    """Whether two long words differ by one letter, or two where both are longer still."""
    if _one_letter_off(a, b):
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


def _one_letter_off(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, added or left out (not a plural's
    "s": "Liberals" beside "Liberal" are two words, not one misspelt)."""
    if abs(len(a) - len(b)) > 1 or a == b or a + "s" == b or b + "s" == a:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def _in_caps_line(text: str, start: int, end: int) -> bool:
    """Whether the span stands in a line with no lower-case letter (a wire headline, a
    results table), where capitals say nothing of an acronym."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a:b if b >= 0 else len(text)]
    return not any(ch.islower() for ch in line)


def _articled(doc, span) -> bool:
    """"the festival's sister event, the Bangkok Film Market": a name of several words
    written after "the" is no person's (the names model typed "Film Market" a woman the
    next "she" stood for), unless it opens on a title ("the Prince of Wales")."""
    start = span.start
    while start > 0 and span.start - start < 3 and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].is_title:
        start -= 1   # (the names model's "Bangkok" GPE, then "Film Market")
    return (span.end - start >= 2 and start > 0 and doc[start - 1].lower_ == "the"
            and doc[start].lower_.rstrip(".") not in PERSON_TITLES | MONARCHS | _NOBILITY
            and span[0].ent_type_ != "PERSON")


def _people_word(doc, span) -> bool:
    """"The Briton , who lost his title", "the third Briton ever to hold it": one of a
    people described after an article (words of rank between), which the tagger read as
    a name: a people's word (NORP, CoNLL's MISC), no person's id of its own (the
    speaker's is the person it stands for, see speakers)."""
    from .antecedents import national

    if len(span) != 1 or not span[0].is_title or not national(span[0].lower_):
        return False
    at = span.start - 1
    while at >= 0 and doc[at].tag_ in ("JJ", "JJS", "CD") and span.start - at <= 2:
        at -= 1
    return at >= 0 and doc[at].lower_ in ("the", "a", "an", "this", "that")


#: Titles of nobility "the" goes before ("the Duke of Edinburgh").
_NOBILITY = frozenset(("duke", "duchess", "earl", "countess", "baron", "baroness", "viscount",
                       "marquess", "archbishop", "dalai"))


def _plural_verb(doc, span) -> bool:
    """Whether the text writes a one-word name anywhere as the subject of a plural verb
    right after it ("Bath have", "Sale are"), which no person's name takes."""
    return any(t.text == span.text and t.dep_ in ("nsubj", "nsubjpass") and t.i + 1 < len(doc)
               and doc[t.i + 1].lower_ in ("have", "are", "were")
               and doc[t.i + 1].tag_ in ("VBP", "VBD") for t in doc)


def _designated(words: list[str]) -> str | None:
    """The word a company's designator follows ("Ericsson" of "LM Ericsson AB"): the
    name it goes by, whatever initials open it."""
    if len(words) >= 2 and words[-1] in CORPORATE and words[-2] not in CORPORATE:
        return words[-2]
    return None


@lru_cache(maxsize=1)
def _languages() -> frozenset:
    """The one-word names of the ISO 639-1 languages (pycountry), lower case."""
    import pycountry
    names = (re.sub(r"\s*\(.*\)$", "", lang.name).lower() for lang in pycountry.languages
             if hasattr(lang, "alpha_2"))
    return frozenset(n for n in names if n.isalpha())


def _language_word(doc, span, label: str, gaz) -> bool:
    """Whether a one-word body's name is a language's set before a common noun ("a
    Swahili newspaper"); never a place's or a people's word ("Tonga", "French")."""
    if label != "ORG" or len(span) != 1 or span.end >= len(doc) \
            or doc[span.end].pos_ != "NOUN" or not doc[span.end].is_lower:
        return False
    key = normalise(span.text)
    return key in _languages() and not _known_place(gaz, key)


def _given_word(word: str) -> bool:
    from ..resolve.names import is_given_name   # (resolve imports the nlp package)
    return is_given_name(word)


def _same_opening_bodies(votes, full_names, words_of, titled, cues, base, spans) -> None:
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
                and words[0] not in PERSON_TITLES and not _given_word(words[0])
                and key not in titled and not cues.get(key, {}).get("PERSON")
                and key not in people):
            votes[key]["ORG"] += votes[key].pop("PERSON")


#: What a club's name ends on: its designator, and the words British sides are named by.
_CLUB_DESIGNATORS = frozenset(("fc", "afc"))
_CLUB_WORDS = frozenset(("city", "town", "united", "rovers", "athletic", "albion", "wanderers",
                         "county"))


def _one_club(votes, words_of) -> dict[str, str]:
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


def _hyphen_head(words: list[str], vote: Counter) -> str | None:
    """"Anheuser" of "Anheuser-Busch Cos.": a body whose name opens on two words joined
    by a hyphen goes by the first alone (news writes the long name once, then the short:
    the same firm, not another). Only a body's: a person's hyphenated surname is whole."""
    parts = words[0].split("-") if words else []
    if len(parts) < 2 or len(parts[0]) < 3 or vote.most_common(1)[0][0] != "ORG":
        return None
    return parts[0]


#: Titles a monarch goes by with one name ("King Hussein", "Queen Noor"); a pope's name is
#: a regnal name too, never a surname ("Pope Francis" is not the sprinter Lewis-Francis).
MONARCHS = frozenset(("king", "queen", "prince", "princess", "emperor", "empress", "sultan",
                      "emir", "shah", "sheikh", "pope"))


#: Words a body's full name may add to its short name and remain the same body.
_SAME_BODY_WORDS = CORPORATE | {"party", "fc"}


def _in_passing(doc, start_char: int) -> bool:
    """Whether the name starting at ``start_char`` is met only in a phrase on a noun, or
    as its apposition ("the murders of his former wife, Nicole Brown Simpson"), also
    through a participle on the noun ("82 armed men led by Fidel Castro": the phrase
    tells who the men were, the sentence is not about him)."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return False
    head = span[0]
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.dep_ not in ("prep", "agent"):
        return False
    on = head.head.head
    if on.dep_ == "acl" and on.tag_ in ("VBN", "VBG") and on.head.i != on.i:
        on = on.head
    return on.pos_ in ("NOUN", "PROPN")


def _country_word(gaz, words: str) -> bool:
    """A country as a body's owner: its name, its acronym ("u s"), its demonym."""
    return words in gaz.countries or words.replace(" ", "") in gaz.countries \
        or words in gaz.demonyms


def _designator_words(words: str) -> bool:
    """A company's designator set before its name, with its particle ("cie de" of "Cie.
    de Navigation Mixte"): the short name after it is the same body."""
    parts = words.split()
    return bool(parts) and parts[0] in LEADING_DESIGNATORS and all(
        w in ("de", "du", "des", "d") for w in parts[1:])


def _body_acronym(votes, words: str) -> bool:
    """A body as another's owner: its acronym ("u n"), one the text names as a body."""
    return len(words.replace(" ", "")) in (2, 3, 4) and (
        all(len(w) == 1 for w in words.split()) or " " not in words) \
        and words in votes and votes[words].most_common(1)[0][0] == "ORG"


def _known_place(gaz, key: str) -> bool:
    return key in gaz.cities or key in gaz.countries or key in gaz.capitals \
        or key in gaz.demonyms or is_region(gaz, key)


def _one_name(text: str, names: list[list[str]]) -> bool:
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


def _unarticled(word: str) -> str:
    return _ARTICLE.sub("", word)


def _written_words(name: str) -> list[str]:
    """A name's words split where it has spaces only, each normalised, a hyphenated word
    kept one ("Lynsey Plasco-Flaxman" -> lynsey, plasco-flaxman), and so is a surname an
    initial and an apostrophe open ("Alex O'Brien" -> alex, o-brien: a lone "O'Brien"
    is his surname, not a name of two words)."""
    joined = re.sub(r"(?<=\w)[-\u2010\u2011](?=\w)|(?<=\b[A-Z])['\u2019](?=[A-Z])", "_", name)
    return [w.replace("_", "-") for w in normalise(joined).split()]


#: Honorifics only people take ("Mr. Trump", "Mrs. Clinton").
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mister"}


def _titled(doc, span) -> bool:
    return span.start > 0 and doc[span.start - 1].lower_ in _HONORIFICS


def _defined_acronyms(doc, spans, gaz=None) -> dict[str, str]:
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
                                     and _country_word(gaz, words[0])) \
                or translated_acronym(acronym.text.replace(".", "").lower(), words) \
                or closing_acronym(acronym.text.replace(".", "").lower(), words):
            out.setdefault(normalise(acronym.text).replace(" ", ""), normalise(span.text))
    return out


def _word_acronym(text: str) -> bool:
    """"Apacs", "Nato": an acronym written as a word, its first letter alone a capital."""
    return 3 <= len(text) <= 8 and text.isalpha() and text[0].isupper() and text[1:].islower()


def _through_designators(doc, spans) -> list:
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


def _proper_rest(doc, words: list[str], text: str) -> bool:
    """Whether the words after a body's leading word are names of their own ("Stoy
    Hayward"), not a number or a common word the text also writes in lower case ("BBC
    One", "BBC News" beside "the news"): a part or a channel of the body, not its name."""
    return all(not doc.vocab[w].like_num and not doc.vocab[w].is_stop
               and re.search(rf"\b{re.escape(w)}\b", text) is None for w in words)


def _shortened_after(full: str, key: str, first_at: dict, words_of: dict, full_names, votes) -> bool:
    """"BDO Stoy Hayward", then "BDO said": a body named in full (without an
    article) and then by its leading word is that body shortened, unless another body's
    name opens with that word too ("BT Retail", "BT Wholesale")."""
    word = words_of[key][0]
    if first_at.get(full, 0) >= first_at.get(key, 0) or votes[full].most_common(1)[0][0] != "ORG":
        return False
    return not any(other != full and words_of[other][0] == word
                   and votes[other].most_common(1)[0][0] == "ORG" for other in full_names)


def _bracketed_names(doc, spans, gaz, votes) -> list[str]:
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
                and is_given_name(normalise(before[0].text)) and not _known_place(gaz, inside)):
            out.append(f"{before[0].text} {span.text}")
    return out


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
