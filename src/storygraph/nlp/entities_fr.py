"""Entity mentions in French text, with ids made from English names where one is known.

The French model tags PER/ORG/LOC/MISC; ``find_mentions_fr`` maps them onto storygraph's
types (a LOC that is a country or a city is a GPE, a MISC that is a people's word is a
NORP), votes one type per name, joins a surname or an acronym to the full name as the
English side does, and makes each name's document-local id from its English name
("Russie" -> ``russia``, "Moscou" -> ``moscow``, "l'ONU" -> ``united-nations``) through
``places_fr``; a person keeps their own spelling, which the resolver's transliteration
key joins across languages ("Sergueï"/"Sergey Lavrov"). A capital that acts or speaks
("Moscou a dénoncé …") stands for its country's government, as in English.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Optional

from spacy.language import Language

from ..types import Entity
from .corefs import role_holders
from .name_context import is_region
from .name_keys import initials, is_acronym, normalise, slug
from .name_repeats import repeats
from .places_fr import PARTISANS, english_name, french_names, key as french_key

_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
#: Words that open a span but are not part of the name.
_LEADING = {"le", "la", "les", "l'", "l’", "du", "des", "de", "d'", "d’", "au", "aux", "un", "une",
            "selon"}
#: Capitalised words the French model takes for names at a sentence's start.
_NOT_NAMES = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
              "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre", "état", "états", "etat", "etats",
              "selon", "pourtant", "cependant", "mais", "alors", "ainsi", "elle", "il"}
#: French kind words of organisations: "le groupe Wagner" is the English "Wagner Group".
_DESIGNATORS = {"groupe": "group", "société": "company", "compagnie": "company",
                "entreprise": "company", "parti": "party", "organisation": "organization",
                "fondation": "foundation"}
_LINKS = frozenset("de du des d la le l et pour sur en".split())
#: Endings of French words for a people ("malien", "russes", "américaine").
_DEMONYM_ENDINGS = ("iennes", "ienne", "iens", "ien", "aines", "aine", "ains", "ain",
                    "aises", "aise", "ais", "oises", "oise", "ois", "ines", "ine", "ins",
                    "in", "es", "e", "s")
#: Prepositions after which a city is the place itself ("à Moscou", "vers Bamako").
_AT = {"à", "a", "en", "dans", "vers", "près", "depuis", "sur", "hors", "autour"}


#: Titles before a person's name, not part of it ("M. Trump", "Président Trump").
_TITLES = {"m.", "mme", "mlle", "me", "dr", "pr", "président", "présidente", "général",
           "colonel", "capitaine", "sénateur", "sénatrice", "juge", "maître", "ministre",
           "monsieur", "madame", "lieutenant", "commandant", "maréchal", "premier", "première",
           "lord", "lady", "sir", "dame"}
#: Time words the model runs into a name ("M. Flake samedi a déclaré").
_TRAILING = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
             "aujourd'hui", "aujourd’hui", "demain", "soir", "matin"}


#: Titles only a person bears: the name after one is a person's whatever the tables say.
_PERSONAL_TITLES = {"m.", "mme", "mlle", "monsieur", "madame", "mademoiselle", "dr", "pr"}


def _trim(doc, span):
    start, end = span.start, span.end
    while start < end and doc[start].lower_ in _LEADING:
        start += 1
    while start < end - 1 and doc[start].lower_ in _TITLES and span.label_ in ("PER", "MISC", "LOC"):
        start += 1
    while end > start and (not any(c.isalnum() for c in doc[end - 1].text)
                           or (end - start >= 2 and doc[end - 1].lower_ in _TRAILING)):
        end -= 1
    return doc[start:end] if end > start else None


def _keep(span) -> bool:
    """Not a capitalised common word, a day or a pronoun the model took for a name."""
    if normalise(span.text) in ("",) or span.text.lower() in _NOT_NAMES:
        return False
    if len(span) == 1:
        tok = span[0]
        if tok.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "ADV", "VERB", "AUX"):
            return False
        if tok.pos_ in ("NOUN", "ADJ") and not tok.is_upper and english_name(tok.text) is None \
                and tok.is_sent_start:
            return False
    if span[0].text[:1].islower() and english_name(span.text) is None \
            and span[0].lower_ not in _DESIGNATORS:
        return False   # "ministre russe des Affaires": an office, not a name
    return any(t.text[:1].isupper() for t in span)


def demonym_country_fr(word: str) -> Optional[str]:
    """The country a French people's word names ("malien" -> Mali, "russes" -> Russia)."""
    names = french_names()
    k = normalise(word)
    if " " in k or len(k) < 4:
        return None
    for ending in _DEMONYM_ENDINGS:
        if k.endswith(ending) and len(k) - len(ending) >= 3:
            stem = k[: len(k) - len(ending)]
            # "-cain" is a "-que" country's word: "centrafricain", "mexicain".
            stems = (stem, stem[:-1] + "q") if stem.endswith("c") else (stem,)
            for country_key, country in names.countries.items():
                if " " not in country_key and any(country_key.startswith(st) and
                                                  len(country_key) - len(st) <= 3 for st in stems):
                    return country
    return None


def _english_key(text: str, label: str) -> str:
    """The key a name's local id is made from: its English name where one is known (a
    person keeps their own spelling)."""
    english = english_name(text) if label != "PERSON" else None
    if english:
        return normalise(english)
    k = french_key(text)
    words = k.split()
    if len(words) >= 2 and words[0] in _DESIGNATORS and not any(
            w in _LINKS for w in words[1:]):
        # "Organisation Trump" is the Trump Organization (whatever type its cluster
        # has: "M. Trump" may join it); "Organisation mondiale du commerce" is a
        # description, not a name put after its kind word
        return " ".join(words[1:] + [_DESIGNATORS[words[0]]])
    return k


def local_key(text: str, label: str) -> str:
    """The cluster key (before ``slug``) a French name of this type is given: a country
    its usual English name, other places and bodies their English name where known."""
    from .gazetteer import places

    english = _english_key(text, label)
    if label in ("GPE", "LOC", "NORP"):
        gaz = places()
        return normalise(gaz.countries.get(english, english))
    return english


def _acts(span) -> bool:
    """A capital as a party: subject of a verb, or after "de"/"avec"/"contre"."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj"):
        return True
    if root.dep_ in ("obl", "obl:arg", "obl:mod", "nmod"):
        case = [c.lower_ for c in root.children if c.dep_ == "case"]
        return bool(case) and case[0] not in _AT
    return False


def _type(label: str, text: str) -> str:
    from .gazetteer import places

    names = french_names()
    k = french_key(text)
    if k in names.countries or k in names.cities:
        return "GPE"
    gaz = places()
    if " " not in k and (k in gaz.countries or k in gaz.capitals) and label in ("PERSON", "LOC", "MISC"):
        return "GPE"   # "Washington" read as a person: the capital
    if k in names.bodies:
        return "ORG"
    if label == "MISC":
        return "NORP" if demonym_country_fr(text) else "ORG"
    if label == "LOC":
        from .gazetteer import places
        gaz = places()
        return "GPE" if (k in gaz.countries or k in gaz.cities or k in gaz.capitals) else "LOC"
    return label


def find_mentions_fr(doc) -> list[Entity]:
    from .gazetteer import places

    gaz = places()
    spans = []
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        span = _trim(doc, ent)
        if span is not None and span.start > 0 and doc[span.start - 1].lower_ in _DESIGNATORS \
                and label in ("PERSON", "ORG", "MISC"):
            # "le groupe Wagner": the body, named with its kind word.
            span, label = doc[span.start - 1:span.end], "ORG"
        if span is not None and _keep(span):
            titled = span.start > 0 and doc[span.start - 1].lower_.strip("\u00a0") in _PERSONAL_TITLES
            # "Mme Maurice" is a woman, not the island the tables know by that name.
            spans.append((span, "PERSON" if titled else _type(label, span.text)))
    spans += _lower_case_names(doc, spans)
    spans += repeats(doc, spans, strict=False)
    votes: dict[str, Counter] = defaultdict(Counter)
    for span, label in spans:
        votes[french_key(span.text)][label] += 1
    full_names = sorted((k for k in votes if " " in k), key=lambda k: (-sum(votes[k].values()), k))
    by_initials: dict[str, str] = {}
    for full in full_names:
        by_initials.setdefault(initials(full), full)
    owner = {}
    for k in votes:
        owner[k] = k
        if " " in k or (english_name(k) and votes[k].most_common(1)[0][0] != "PERSON"):
            continue
        if k in by_initials and any(is_acronym(sp.text) for sp, _ in spans if french_key(sp.text) == k):
            owner[k] = by_initials[k]
            continue
        if votes[k].most_common(1)[0][0] in ("GPE", "NORP"):
            continue
        for full in full_names:
            words = full.split()
            if full.startswith(k + " ") and is_region(gaz, full[len(k) + 1:]):
                continue   # "Toyota" is not its branch "Toyota UK", as in English
            if k in (words[0], words[-1]) and (votes[full].most_common(1)[0][0] in ("PERSON", "ORG")
                                               or _unknown_place(full, k)):
                owner[k] = full
                break
    cluster_votes: dict[str, Counter] = defaultdict(Counter)
    for k, counter in votes.items():
        cluster_votes[owner[k]].update(counter)
    out = []
    for span, _ in spans:
        k = owner[french_key(span.text)]
        final = cluster_votes[k].most_common(1)[0][0]
        if " " in k and votes[k].most_common(1)[0][0] == "PERSON":
            final = "PERSON"
        english = _english_key(span.text if k == french_key(span.text) else k, final)
        if final == "NORP":
            country = demonym_country_fr(span.text)
            cluster = normalise(country) if country else english
        elif english in gaz.capitals and _acts(span):
            cluster = normalise(gaz.capitals[english])   # "Moscou a dénoncé": Russia
        else:
            cluster = normalise(gaz.countries.get(english, english)) if final == "GPE" else english
        out.append(Entity(span.start_char, span.end_char, span.text, final, slug(cluster)))
    return sorted(out, key=lambda m: m.start)


def _unknown_place(full: str, part: str) -> bool:
    """"Quinton Tellis" and "Tellis", both tagged LOC and neither a place any table
    knows: the model's reading of a foreign person's name, one cluster as a person's."""
    from .gazetteer import places

    gaz = places()
    return len(full.split()) == 2 and not any(
        english_name(k) or k in gaz.countries or k in gaz.cities or k in gaz.capitals
        for k in (full, part))


def _lower_case_names(doc, spans) -> list:
    """Names French writes in lower case, which the model does not tag: a body's
    ("le parti démocrate") and a party's members ("les républicains")."""
    names = french_names()
    taken = {i for span, _ in spans for i in range(span.start, span.end)}
    firsts = {k.split()[0] for k in names.bodies if " " in k}
    out = []
    for tok in doc:
        if tok.i in taken or not tok.text.islower():
            continue
        if tok.lower_ in PARTISANS and tok.i > 0 and doc[tok.i - 1].lower_ in ("les", "des", "aux"):
            out.append((doc[tok.i:tok.i + 1], "NORP"))
            taken.add(tok.i)
        elif tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN" \
                and demonym_country_fr(tok.text) is not None:
            # "les sanctions américaines", "des forces syriennes": the people's word
            # English writes capitalised ("US sanctions", "Syrian forces")
            out.append((doc[tok.i:tok.i + 1], "NORP"))
            taken.add(tok.i)
        elif tok.lower_ in firsts:
            for end in range(min(len(doc), tok.i + 6), tok.i + 1, -1):
                if doc[end - 1].is_alpha and french_key(doc[tok.i:end].text) in names.bodies \
                        and not taken & set(range(tok.i, end)):
                    out.append((doc[tok.i:end], "ORG"))
                    taken.update(range(tok.i, end))
                    break
    return out


def make_entities_fr(nlp):
    """The ``storygraph_entities`` component of a French pipeline."""
    def component(doc):
        doc._.mentions = find_mentions_fr(doc)
        doc._.corefs = find_corefs_fr(doc, doc._.mentions)
        return doc
    return component


#: Nouns naming a person by office ("le ministre russe des Affaires étrangères").
ROLE_NOUNS_FR = {"ministre", "président", "présidente", "porte-parole", "chef", "dirigeant",
                 "dirigeante", "directeur", "directrice", "secrétaire", "ambassadeur",
                 "ambassadrice", "envoyé", "envoyée", "chancelier", "chancelière", "général",
                 "commandant", "fondateur", "fondatrice", "sénateur", "sénatrice", "juge",
                 "procureur", "procureure", "maire", "gouverneur", "gouverneure", "député",
                 "députée", "roi", "reine", "prince", "princesse", "homologue", "patron",
                 "patronne", "pdg", "entraîneur", "sélectionneur", "capitaine", "leader",
                 "premier", "première", "candidat", "candidate", "responsable", "avocat",
                 "avocate", "conseiller", "conseillère", "vice-président", "vice-présidente"}


def _role_key(tokens) -> str:
    """"le ministre russe des Affaires étrangères" -> "ministre affaires etrangeres": the
    office without articles or nationality, which vary between mentions of one role."""
    words = [t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ")
             and not demonym_country_fr(t.text) and t.lower_ not in ("ancien", "ancienne", "actuel")]
    return normalise(" ".join(words))


def find_corefs_fr(doc, mentions: list[Entity]) -> list[Entity]:
    """Role phrases that stand for a person the document names: next to the name
    ("le ministre … Sergueï Lavrov", "Lavrov, ministre …"), then other uses of the
    same role ("le ministre russe des Affaires étrangères" later on)."""
    persons = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    if not persons:
        return []
    roles: dict[str, list] = {}
    pending = []
    text = doc.text
    for tok in doc:
        if tok.lower_ not in ROLE_NOUNS_FR or tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ") and doc[start - 1].head.i >= tok.i:
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].pos_ in ("ADJ", "NOUN", "ADP", "DET", "PROPN") \
                and doc[end].text not in (",",) and not any(
                    m.start <= doc[end].idx < m.end for m in persons) and end - tok.i < 8:
            end += 1
        while end > tok.i + 1 and doc[end - 1].pos_ in ("ADP", "DET"):
            end -= 1
        role = doc[start:end]
        key = _role_key(doc[tok.i:end])
        after = next((m for m in persons if 0 <= m.start - role.end_char <= 2), None)
        before = next((m for m in persons if 0 <= role.start_char - m.end <= 3
                       and "," in text[m.end:role.start_char]), None)
        target = after or before
        qualifier = next((c for c in map(demonym_country_fr, (t.text for t in role)) if c), None)
        if target is not None:
            roles.setdefault(key, []).append((role.start_char, target.entity, qualifier))
        pending.append((role, key, target.entity if target is not None else None, qualifier))
    return role_holders(pending, roles)


@Language.component("storygraph_lines")
def line_breaks(doc):
    """A line break ends a sentence: the French parser otherwise runs a headline and
    one-sentence paragraphs together, and loses subjects across them."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
    return doc
