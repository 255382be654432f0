"""Acronyms: whether a bracketed acronym stands for the name before it though it keeps
not the name's initials in order (``translated_acronym``, ``closing_acronym``), and
capitals that only modify a common noun, no body's acronym (``common_acronyms``)."""
from __future__ import annotations

from .name_joins import _INNER
from .name_keys import initials, is_acronym, normalise, spells


def translated_acronym(letters: str, words: list[str]) -> bool:
    """"the Brazilian Institute of Geography and Statistics (IBGE)": an acronym of a
    body's name in its own language keeps most of the translated name's initials in
    another order. As many letters as the name has words not joining ones, all but one
    of them initials of those words (three letters at least: two match by chance)."""
    content = [w[0] for w in words if w and w not in _INNER]
    return (len(letters) >= 3 and abs(len(letters) - len(content)) <= 1
            and sum(ch in content for ch in letters) >= len(letters) - 1)


def closing_acronym(letters: str, words: list[str]) -> bool:
    """"the North American Court of Arbitration for Sport (CAS)": an acronym in brackets
    after a body's name that spells the initials of its last words (three letters at
    least, each of them a word's) stands for it: the words it leaves out before them
    qualify the body (a region's branch, a country's office) and are no other body's."""
    return len(letters) >= 3 and any(spells(letters, words[k:]) for k in range(1, len(words) - 1))


def common_acronyms(doc, spans: list, ents) -> set:
    """"ID cards", "GM crops": capitals the names model reads as a body (CoNLL's wire
    copy has few such words) that are a common noun's modifier, never a name: where the
    base NER tags the word nowhere in the article, most mentions of it (two at least)
    modify a lowercase noun after it, and no name of the article abbreviates to it. "ID"
    was a body of 39 mentions in 14 BBC politics articles, and then the Department for
    International Development's acronym. ``spans``: the article's mentions."""
    if not ents:
        return set()   # (without the base NER there is no second reading to ask)
    tagged = {e.text for e in ents}
    abbreviated = {initials(normalise(n.text)) for n in spans} | {
        initials(normalise(e.text)) for e in ents}
    seen: dict = {}
    for n in spans:
        if len(n) == 1 and is_acronym(n.text) and n.text not in tagged:
            seen.setdefault(n.text, []).append(n[0])
    # (twice at least: a body's acronym the base NER missed once, "Ex-BBC presenter",
    # is no common noun's; a mention that is not a modifier is a thing's, "introduce
    # ID", "whose ID is checked", never a body's)
    out = set()
    for text, toks in seen.items():
        modifiers = sum(_modifies_a_noun(tok) for tok in toks)
        if (text.lower() not in abbreviated and modifiers >= 2 and 2 * modifiers >= len(toks)
                and not any(_as_a_name(tok) for tok in toks)):
            out.add(text)
    return out


def _as_a_name(tok) -> bool:
    """Written as a body is: "the ID", a possessor, a subject no one owns ("whose ID is
    checked" is a thing)."""
    children = [c.dep_ for c in tok.children]
    return ("det" in children or tok.dep_ == "poss"
            or (tok.dep_ in ("nsubj", "nsubjpass") and "poss" not in children))


def _modifies_a_noun(tok) -> bool:
    """A modifier of a lowercase noun after it ("ID cards", "ID card plans")."""
    head = tok.head
    return (tok.dep_ in ("compound", "amod", "nmod") and tok.i < head.i <= tok.i + 3
            and head.pos_ == "NOUN" and head.is_lower
            and all(t.pos_ == "NOUN" and t.is_lower for t in tok.doc[tok.i + 1:head.i]))
