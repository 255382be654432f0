"""Role nouns and pronouns that stand for a person the document names (``doc._.corefs``).

Kept out of the contract's ``entities`` list (CoNLL-style scoring counts them as false
names); the quotes component looks speakers up in them.
"""
from __future__ import annotations

from typing import Optional

from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import PRON
from spacy.strings import get_string_id

from ..types import Entity
from .extensions import text_of
from .name_keys import normalise

#: Nouns that name a person by office or relation ("the foreign minister", "his Malian
#: counterpart"). A small closed class of English words, not a list of entities.
ROLE_NOUNS = {"minister", "president", "counterpart", "spokesman", "spokeswoman",
              "spokesperson", "leader", "chief", "head", "secretary", "ambassador",
              "envoy", "premier", "chancellor", "general", "commander", "founder",
              "director", "chairman", "official", "prime", "king", "queen", "prince"}
_ROLE_IDS = {get_string_id(word) for word in ROLE_NOUNS}  # (as the Doc's LOWER column holds them)
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
             "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _role_key(tokens) -> str:
    """"the Russian Foreign Minister" -> "foreign minister": the role without articles,
    possessors or nationality (which vary between mentions of the same role)."""
    words = [t.lower_ for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ")
             and t.ent_type_ not in ("NORP", "GPE") and t.lower_ not in ("both", "former")]
    return " ".join(words)


def _qualifier(tokens) -> Optional[str]:
    """"The French president" -> "France": the nation or party a role is qualified by,
    which the key leaves out (kept apart so that "the French president" is never the
    holder of "US President George Bush"'s office). Demonyms and a country's names
    count as one ("US", "American"); any other such word as itself ("Tory")."""
    from .gazetteer import country_of, places

    words = [t for t in tokens if t.ent_type_ in ("NORP", "GPE")]
    if not words:
        return None
    key = normalise(" ".join(t.text for t in words))
    return country_of(places(), key) or key


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
            if not after and 0 <= char - m.end <= 2 and "," in text_of(doc)[m.end:char + 1]:
                # (set off by a comma, "Lavrov, Russia's foreign minister": "According
                # to Mr Peston the prime minister said" gives Peston no office)
                return m
        return None

    # (each word's lower case and part of speech read off the Doc's arrays at once: a
    # Token made for every word was most of the passes below)
    rows = doc.to_array([LOWER, POS]).tolist() if len(doc) else []
    for chunk in doc.noun_chunks:
        if not any(rows[i][0] in _ROLE_IDS for i in range(chunk.start, chunk.end)):
            continue
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
        qualifier = _qualifier(role)
        if target is not None:
            roles.setdefault(key, []).append((role.start_char, target.entity, qualifier))
        if any(m.start < role.end_char and role.start_char < m.end for m in persons):
            continue
        pending.append((role, key, target.entity if target is not None else None, qualifier))
    out.extend(role_holders(pending, roles))
    sents = list(doc.sents)
    strings = doc.vocab.strings
    for i, sent in enumerate(sents):
        window_start = sents[i - 1].start_char if i else sent.start_char
        for j in range(sent.start, sent.end):
            lower, pos = rows[j]
            if pos != PRON or strings[lower] not in _PRONOUNS:
                continue
            tok = doc[j]
            before = [m for m in persons if window_start <= m.start and m.end <= tok.idx]
            if len({m.entity for m in before}) == 1:
                out.append(Entity(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON",
                                  before[-1].entity))
    return sorted(out, key=lambda m: m.start)


def role_holders(pending, roles: dict[str, list[tuple]]) -> list[Entity]:
    """Each role span as a PERSON mention of its holder: the one tied to it, else its last
    holder named before it, or (a headline's "Russian foreign minister", named further
    down) the first one after it. ``pending`` holds (role span, role key, tied entity or
    None, qualifier or None); ``roles`` each key's holders as (offset, entity, qualifier).
    A qualified role ("the French president") takes a holder of the same qualifier
    ("French President Jacques Chirac"), else one named without any ("President Chirac"),
    never one of another ("US President George Bush", or "President Bush" when the
    French one is known). English and French share it."""
    out = []
    for role, key, eid, qualifier in pending:
        holders = roles.get(key, [])
        if qualifier is not None and eid is None:
            same = [h for h in holders if h[2] == qualifier]
            holders = same or [h for h in holders if h[2] is None]
        before = [h[1] for h in holders if h[0] < role.start_char]
        eid = eid or (before[-1] if before else holders[0][1] if holders else None)
        if eid is not None:
            out.append(Entity(role.start_char, role.end_char, role.text, "PERSON", eid))
    return out
