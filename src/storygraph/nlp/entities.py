"""Entity mentions within one document: spaCy's names, typed by vote, linked locally.

``find_mentions(doc)`` returns the document's name mentions with a document-local
entity id: mentions with the same normalised text share one, and a surname or partial
name ("Lavrov") joins the full name it is part of ("Sergei Lavrov"). The type of a name
is the majority over its mentions, so a stray ORG tag on one "Lavrov" is outvoted.

This module votes and links, and is the spaCy component; the steps before and beside
it have their own modules: ``name_spans`` (the names as spans), ``name_trims`` and
``name_pieces`` (each trimmed and cut into its names), ``name_context`` (datelines,
teams, capitals: types the context decides), ``name_keys`` (normalised keys, slugs,
initials), ``name_links`` (which mentions are one entity: misspellings, run-together and
shortened names, acronyms the text defines), ``name_phrases`` (what the words right
around a mention say of it), ``name_owners`` (the rules that join a name to the one it is
one entity with) and ``corefs`` (role nouns and pronouns).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc

from ..types import Entity
from .acronyms import common_acronyms
from .bodies import PRODUCT_NOUNS
from .corefs import find_corefs
from .name_context import (TEAM_SUFFIX, articled_word, as_place, as_side, as_team,
                           called_a_work, is_dateline, is_place_name, is_team_sport)
from .name_cues import find_body_names, find_type_cues
from .full_names import quoted_given_names
from .name_joins import aliases, join_names
from .name_keys import initials, is_acronym, normalise, slug
from .name_links import (MISSPELT_LENGTH, bracketed_names, defined_acronyms, inner_capital,
                         misspelt, one_club, run_together_heads, same_opening_bodies,
                         through_designators, written_words)
from .name_owners import document_names, owner_of
from .name_phrases import (MONARCHS, acronym_word, after_honorific, articled_name, in_passing,
                           joint_body, language_word, people_word, plural_verb)
from .name_pieces import at_role, pieces
from .name_repeats import recase_names, repeats
from .name_spans import NAME_LABELS, name_spans
from .name_trims import trim

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
    names = document_names(doc, spans, votes, cues, gaz, words_of, written, full_names,
                           by_initials, defined, first_at, by_weight, titled)
    owner: dict[str, str] = {}
    shortened: dict[str, str] = {}
    # Surnames several persons of the text share ("Gonzalez": Elian, Juan Miguel, Lazaro):
    # their full names, for each mention to take the one named last before it.
    rivals: dict[str, list[str]] = {}
    for key in votes:
        owner[key] = owner_of(key, names, shortened, rivals)
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
