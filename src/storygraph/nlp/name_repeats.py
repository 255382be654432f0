"""Names found again where the tagger missed them: other occurrences of the names
already found (``repeats``), and names in ALL-CAPS lines read on a title-cased copy
(``recase_names``)."""
from __future__ import annotations

import re

from .extensions import text_of


def _wordish(ch: str) -> bool:
    # (what ``re`` counts as ``\w``, and the hyphen: "Jean-Marie" holds no "Marie")
    return ch.isalnum() or ch == "_" or ch == "-"


def _whole_words(form: str, text: str):
    """Where ``form`` stands in ``text`` as a whole word, left to right, not overlapping:
    found by ``str.find``, as a name's forms are too many to keep a compiled pattern for
    each (a run compiled over a thousand per hundred articles)."""
    n, i = len(form), text.find(form)
    while i != -1:
        if (i == 0 or not _wordish(text[i - 1])) and (
                i + n >= len(text) or not _wordish(text[i + n])):
            yield i, i + n
            i = text.find(form, i + n)
        else:
            i = text.find(form, i + 1)


def repeats(doc, spans, strict: bool = True) -> list:
    """Other occurrences of names already found: the small model tags a name in one
    sentence and misses it in the next. A surname of a full person name counts too.

    ``strict`` (English) takes only capitalised forms, and not a lone word opening a
    sentence unless it is a proper noun; French names ("l'ONU") need neither."""
    text = text_of(doc)
    taken = [(sp.start_char, sp.end_char) for sp, _ in spans]
    forms: dict[str, str] = {}
    for sp, label in spans:
        if (sp.text[:1].isupper() or not strict) and len(sp.text) > 2:
            forms.setdefault(sp.text, label)
        words = sp.text.split()
        if label == "PERSON" and len(words) >= 2 and len(words[-1]) > 2:
            forms.setdefault(words[-1], "PERSON")
    # A word opening a sentence is the name found elsewhere unless the text also writes
    # it in lower case ("Will", "will"): the tagger's POS for a capitalised word that
    # opens a document is unsure ("Wagner group has cemented ties").
    common = {form for form in forms
              if " " not in form and next(_whole_words(form.lower(), text), None)}
    found = []
    for form, label in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        for start, end in _whole_words(form, text):
            if any(start < e and s < end for s, e in taken):
                continue
            span = doc.char_span(start, end)
            if span is None or (strict and len(span) == 1 and span[0].is_sent_start
                                and span[0].pos_ != "PROPN" and form in common):
                continue
            taken.append((start, end))
            found.append((span, label))
    return found


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
