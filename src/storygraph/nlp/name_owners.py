"""Each name's owner within one document: the name it is one entity with.

``owner_of`` runs the owner rules, in order, for one name: a titled surname ("Ms
Jowell"), a titled name shortened ("Prince Frederik"), an initialled name ("K Morgan"),
a body's name under its country or cut short, an acronym, and a lone word that ends or
opens a full name. The rules read ``DocumentNames``: the names ``entities`` voted on and
what the text says of them, read once per document by ``document_names``.
``entities._owners`` asks ``owner_of`` for each name.
"""
from __future__ import annotations

from dataclasses import dataclass

from .bodies import CORPORATE, LEGAL_DESIGNATORS, PUBLIC_DESIGNATORS, named_as_product
from .extensions import lower_words, text_of
from .full_names import initialled_owner, surname_typed_people
from .name_context import REGIONS, acts_as_body, is_region, placed_in, used_as_thing
from .name_joins import body_head, middle_name_owner, opens_one_body
from .name_keys import is_acronym, normalise
from .name_links import (SAME_BODY_WORDS, body_acronym, country_word, designated,
                         designator_words, given_word, hyphen_head, known_place, one_name,
                         opening_initials, proper_rest, shortened_after, unarticled)
from .name_phrases import MONARCHS, NOBILITY, in_caps_line
from .name_trims import KEPT_TITLES


@dataclass(frozen=True)
class DocumentNames:
    """A document's names as ``entities`` voted on them, with the sets of them its text
    marks (read once per document: every name's rules ask)."""
    doc: object
    spans: list
    votes: dict
    cues: dict
    gaz: object
    words_of: dict
    written: dict
    full_names: list
    by_initials: dict
    defined: dict
    first_at: dict
    by_weight: list
    titled: set
    articled: set
    men: set
    text: str
    things: set
    products: set
    body_uses: set
    lowered: frozenset
    #: Each name's spans, in the text's order (the rules asked for them per name, reading
    #: every span's text again each time).
    written_as: dict


@dataclass(frozen=True)
class _LoneWord:
    """What the text says of a name of one word, for the full names it may join."""
    key: str
    word: str
    place: bool
    acronym: bool
    person: bool
    firm: bool


def document_names(doc, spans, votes, cues, gaz, words_of, written, full_names, by_initials,
                   defined, first_at, by_weight, titled) -> DocumentNames:
    """The document's names and the sets of them the owner rules read."""
    # (names written after "the": a body's part or service, "the FBI Laboratory", where a
    # firm named for its partners takes none, "BDO Stoy Hayward")
    # (each span's name read once: the sets below and the rules all ask for it)
    keyed = [(normalise(span.text), span) for span, _ in spans]
    articled = {key for key, span in keyed
                if span.start > 0 and doc[span.start - 1].text.lower() == "the"}
    # Surnames the text gives a man ("Mr Howard"): a "Mrs Howard" there is someone else.
    men = {words_of[key][-1] for key, span in keyed
           if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") == "mr"
           and words_of[key]}
    text = text_of(doc)
    # (a name the text uses as a thing, "prepared using X Writer", is no one's, whatever
    # the tagger typed it: its maker's name alone never joins it)
    things = {key for key, span in keyed if used_as_thing(doc, span)}
    products = things | {key for key, span in keyed if named_as_product(doc, span)}
    # A place's name that a body's fuller name, met first, opens, used where only a body
    # fits ("Texas, which makes chips, said", after "Texas Instruments") and never as a
    # place: that body cut short, as a surname is its person.
    body_uses = {key for key, span in keyed if acts_as_body(doc, span)}
    body_uses -= {key for key, span in keyed if placed_in(doc, span)}
    written_as: dict = {}
    for key, span in keyed:
        written_as.setdefault(key, []).append(span)
    lowered = lower_words(doc)
    return DocumentNames(
        doc=doc, spans=spans, votes=votes, cues=cues, gaz=gaz, words_of=words_of,
        written=written, full_names=full_names, by_initials=by_initials, defined=defined,
        first_at=first_at, by_weight=by_weight, titled=titled, articled=articled, men=men,
        text=text, things=things, products=products, body_uses=body_uses, lowered=lowered,
        written_as=written_as)


def owner_of(key: str, names: DocumentNames, shortened: dict, rivals: dict) -> str:
    """The name ``key`` is one entity with (itself where no rule joins it); the rule that
    decides notes in ``shortened`` a body's name cut short, in ``rivals`` namesakes."""
    words = names.words_of[key]
    if len(words) == 2 and words[0] in KEPT_TITLES and words[1] not in names.men:
        return _titled_owner(key, words, names)
    # An acronym written with stops or an ampersand ("U.N.", "B&B") is a key of
    # one-letter words: it is no name of several words, but the acronym below.
    spelt = len(words) > 1 and all(len(w) == 1 for w in words)
    if len(words) > 1 and not spelt and words[0] in MONARCHS | NOBILITY:
        owner = _untitled_owner(key, names)
        if owner != key:
            return owner
    owner = _initialled_owner(key, words, names)
    if owner is not None:
        return owner
    if len(words) > 1 and not spelt:
        return _body_owner(key, words, names, shortened)
    # An acronym joins the name it abbreviates ("CAR", "Central African Republic";
    # "B&B", "Bradford & Bingley"), never a person's ("U.N." is no Ulrich Neumann).
    votes = names.votes
    full = names.by_initials.get(key.replace(" ", "")) or opening_initials(
        key.replace(" ", ""), names.full_names, votes, names.gaz)
    if full not in (None, key) and any(is_acronym(sp.text.replace("&", ""))
                                       for sp in names.written_as.get(key, ())):
        if not spelt or votes[full].most_common(1)[0][0] != "PERSON":
            return full
        return key
    if full not in (None, key) and names.defined.get(key) == full:
        # (an acronym written as a word, which the tagger may have read as a person's
        # name: the body's, and of the body's type)
        if votes[full].most_common(1)[0][0] == "ORG":
            shortened[key] = full
        return full
    if spelt or _never_joins(key, names):
        return key
    return _word_owner(key, words, names, shortened, rivals)


def _titled_owner(key, words, names) -> str:
    """A title and a surname: the person of that surname the text names most."""
    votes, words_of = names.votes, names.words_of
    # "Ms Jowell" is Tessa Jowell where no Mr Jowell is named (in 2,225 BBC
    # articles, one names both: Michael Howard and Mrs Howard).
    # (the title makes a person of a full name the tagger typed ORG: "Carly Fiorina")
    full = next((f for f in names.by_weight if words_of[f][-1] == words[1]
                 and words_of[f][0] not in KEPT_TITLES
                 and votes[f].most_common(1)[0][0] in ("PERSON", "ORG")), None)
    return key if full is None else full


def _untitled_owner(key, names) -> str:
    """A monarch's or noble's titled name: the longer titled name it ends, or itself."""
    votes = names.votes
    # "Prince Frederik" after "Crown Prince Frederik": a titled name that ends a
    # longer one is that person with a word of the title left out
    return next((full for full in names.full_names if full.endswith(" " + key)
                 and votes[full].most_common(1)[0][0] in ("PERSON", "ORG")), key)


def _initialled_owner(key, words, names) -> str | None:
    """The person's full name an initialled name stands for, if any."""
    votes, words_of, by_weight = names.votes, names.words_of, names.by_weight
    # (the people as a generator: read only for a name that opens on an initial)
    initialled = initialled_owner(words, (words_of[f] for f in by_weight
                                          if votes[f].most_common(1)[0][0] == "PERSON"))
    if initialled is not None and votes[key].most_common(1)[0][0] in ("PERSON", "ORG"):
        # "K Morgan" in a team list is the "Kevin Morgan" the report names: one person
        return next(f for f in by_weight if " ".join(words_of[f]) == initialled)
    return None


def _body_owner(key, words, names, shortened) -> str:
    """A name of several words: the same body's under its country, or the body it cuts
    short (noted in ``shortened``); or itself."""
    owner = _body_under_country(key, names)
    if owner == key:
        owner = _body_cut_short(key, words, names)
        if owner != key:
            shortened[key] = owner
    return owner


def _body_under_country(key, names) -> str:
    """The body's fuller name with its country, its body or its designator before it."""
    votes, gaz, written = names.votes, names.gaz, names.written
    # A body's name joins the same name under its country ("Treasury
    # Department", "U.S. Treasury Department"): a nationality or place before a
    # body's name says whose it is, not which other body.
    # (a body's acronym before it says whose too: "Security Council", "U.N.
    # Security Council", where the text names the U.N. as a body; so does a body's
    # own name, the shorter name its part cut short: "Radio 1", "BBC Radio 1")
    return next((full for full in names.full_names if full.endswith(" " + key)
                 and (country_word(gaz, full[:-len(key) - 1])
                      or body_acronym(votes, full[:-len(key) - 1])
                      or designator_words(full[:-len(key) - 1])
                      or (body_head(full[:-len(key) - 1],
                                    written.get(full, full).split()[0], votes, gaz)
                          and not known_place(gaz, key)))
                 and votes[full].most_common(1)[0][0] == "ORG"
                 and votes[key].most_common(1)[0][0] == "ORG"), key)


def _body_cut_short(key, words, names) -> str:
    """The body's full name this one is with its last words left off, or itself."""
    votes, words_of, first_at = names.votes, names.words_of, names.first_at
    # A name shortened by the word for what the body is joins it, whatever
    # the names model read ("Poughkeepsie Savings", after "Poughkeepsie
    # Savings Bank"): so do the mentions that join the short one.
    # (so does a public body's with its designator dropped: "US Customs",
    # after or before "US Customs Service")
    owner = next((full for full in names.full_names if full.startswith(key + " ")
                  and len(words_of[full]) == len(words) + 1
                  and words_of[full][-1] in CORPORATE | PUBLIC_DESIGNATORS
                  and votes[full].most_common(1)[0][0] == "ORG"), key)
    if owner == key:
        # A firm's full name, designator and all, met before its leading
        # words ("Advanced Medical Technologies Inc.", then "Advanced
        # Medical"): news names a company in full, then shortens it.
        # (the designator may stand inside the full name: "Service Corp."
        # after "Service Corp. International")
        owner = next((full for full in names.full_names if full.startswith(key + " ")
                      and (words_of[full][-1] in LEGAL_DESIGNATORS
                           or words[-1] in LEGAL_DESIGNATORS)
                      and first_at.get(full, 0) < first_at.get(key, 0)
                      and votes[full].most_common(1)[0][0] == "ORG"), key)
    return owner


def _never_joins(key, names) -> bool:
    """Whether a lone word is a country's, a people's or a region's: no full name's part."""
    votes, gaz, words_of, full_names = names.votes, names.gaz, names.words_of, names.full_names
    # A partial name joins the longest full name that ends or starts with it; a
    # country never does ("France" is not "Air France", "England" not "ex-England"),
    # nor a part of the world ("Europe" is not the "… Commission for Europe": across
    # documents the body would take the continent's id).
    # (a word typed a people's that ends a person's full name and is no people's
    # word is that person's surname: "Scorsese" after "Martin Scorsese")
    return (key in gaz.countries and not opens_one_body(key, gaz, full_names, words_of, votes,
                                                         names.first_at)
            or key in gaz.demonyms or key in REGIONS
            or votes[key].most_common(1)[0][0] == "NORP" and not surname_typed_people(
                key, [words_of[f] for f in full_names
                      if votes[f].most_common(1)[0][0] == "PERSON"], gaz, names.lowered))


def _word_owner(key, words, names, shortened, rivals) -> str:
    """A lone word's owner: the first full name that fits it and no rule passes over;
    a body's name it cuts short noted in ``shortened``, namesakes in ``rivals``."""
    votes, words_of, first_at = names.votes, names.words_of, names.first_at
    lone = _lone_word(key, words, names)
    word, place, person, firm = lone.word, lone.place, lone.person, lone.firm
    fits = _fits(lone, names)
    # (a word several bodies' names open on, "Real Madrid" and "Real Betis", is no
    # body of its own whose branch one of them would be: the one named most, first)
    shared = sum(full.startswith(key + " ") and votes[full].most_common(1)[0][0] == "ORG"
                 for full in fits) >= 2
    owner = key
    for full in fits:
        cut_short = (key in names.body_uses and key not in names.gaz.capitals
                     and full.startswith(key + " ")
                     and first_at.get(full, 0) < first_at.get(key, 0)
                     and votes[full].most_common(1)[0][0] == "ORG")
        if _passed_over(lone, full, shared, cut_short, names):
            continue
        owner = full
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
    if person and owner in people and len(people) > 1 and not one_name(text_of(names.doc), [
            words_of[f] for f in people]):
        rivals[key] = people
    return owner


def _lone_word(key, words, names) -> _LoneWord:
    """What the text says of a name of one word: a place, an acronym, a person's."""
    votes, gaz, titled = names.votes, names.gaz, names.titled
    place = key in gaz.capitals or key in gaz.cities
    # (a word in capitals in an all-caps line, a wire headline's "HILL BRANDS …", is
    # no acronym where the body writes it in lower case: "Hill", Anthony Hill)
    written_as = names.written_as.get(key, [])
    in_body = [sp for sp in written_as if not in_caps_line(names.text, sp.start_char, sp.end_char)]
    acronym = any(is_acronym(sp.text) for sp in (in_body or written_as))
    # A name used as a person's ("Mr. Trump", or tagged PERSON) joins a person's
    # full name before a body's ("Trump University", "Clinton Foundation").
    person = key in titled or votes[key].most_common(1)[0][0] == "PERSON"
    # What the article itself writes of the lone word ("Mr Nath", "West had
    # complained that he") makes it a person's surname firmly enough to join a full
    # name the names model typed a place or a people ("Kamal Nath" GPE), unless that
    # full name is a known place.
    firm = key in titled or bool(names.cues.get(key, {}).get("PERSON"))
    word = words[0] if words else key
    return _LoneWord(key=key, word=word, place=place, acronym=acronym, person=person, firm=firm)


def _fits(lone, names) -> list:
    """The full names a lone word may join, in the order it tries them."""
    votes, gaz, words_of, by_weight = names.votes, names.gaz, names.words_of, names.by_weight
    word, person, firm = lone.word, lone.person, lone.firm
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
    return fits


def _passed_over(lone, full, shared, cut_short, names) -> bool:
    """Whether a full name that fits a lone word is still not its owner: a place's
    team, a body's branch or product, a longer name met after the short one."""
    votes, gaz, words_of, first_at = names.votes, names.gaz, names.words_of, names.first_at
    key, word, place, person, acronym = lone.key, lone.word, lone.place, lone.person, lone.acronym
    if place and votes[full].most_common(1)[0][0] != "PERSON" and not cut_short:
        return True   # "Moscow" is not "Dynamo Moscow"
    if full.startswith(key + " ") and is_region(gaz, full[len(key) + 1:]) and not shared:
        return True   # "Yukos" is not its branch "Yukos USA", nor Diageo "Diageo North America"
    if (not person or full in names.things) and words_of[full][0] == word \
            and full in names.products:
        # "Motorola" beside "the Motorola Razr V3 phone": a maker's name opening
        # a product's (its name and a model's word) is the maker, not the product.
        return True
    if (not person and words_of[full][0] == word and first_at.get(key, 0) < first_at.get(full, 0)
            and not set(words_of[full][1:]) <= SAME_BODY_WORDS):
        # News names a body in full before it shortens it: a longer name met after
        # the short one is another body, the short one's part or product ("Apple",
        # then "Apple Developer Connection"; "Sony", "Sony Pictures Entertainment";
        # "Xbox", "Xbox Live"), unless it only adds what the body is ("Labour
        # Party", "Google Inc").
        return True
    if (words_of[full][0] == word and acronym and words_of[full][-1] not in CORPORATE
            and not set(words_of[full][1:]) <= SAME_BODY_WORDS
            and not (full not in names.articled
                     and proper_rest(names.doc, words_of[full][1:], names.text)
                     and shortened_after(full, key, first_at, words_of, names.full_names,
                                         votes))):
        # An acronym is a body's whole name: a longer name it opens is its part,
        # wherever met ("FBI" is not its "FBI Laboratory", "BT" not "BT Consumer"),
        # unless that is a company's full name ("RMS International Inc.")
        return True
    if (acronym and len(words_of[full]) > 1 and words_of[full][-1] == word
            and first_at.get(key, 0) < first_at.get(full, 0)
            and not country_word(gaz, full[:-len(key) - 1])):
        # … and a longer name it ends, met after it, its branch ("UKIP", then
        # "Suffolk Coastal UKIP members"; not "U.S. FBI", a country's)
        return True
    if word == hyphen_head(words_of[full], votes[full]) \
            and first_at.get(key, 0) < first_at.get(full, 0):
        return True   # (the full name first, as above: "Coca" then "Coca-Cola" is no rule)
    return False
