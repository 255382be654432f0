"""Time expressions (TIMEX3): where they are, what type, and their value.

``find_timexes(doc, published)`` takes spaCy's DATE and TIME names, widens the full
dates the small model splits ("25 Sep 2021"), adds the reference words it never tags
("now", "recently", "the future"), drops ages and bare numbers ("a 6-year-old", "44"),
types each expression (DATE, TIME, DURATION, SET) and values it against the
publication date with the tense of its clause (``timex_values``). A value that cannot
be worked out is None — never a guess, and never today's date.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language

from ..sources.dates import anchor
from ..types import Timex
from .timex_values import DURATION, SET, value_of

# Words the small model does not tag as dates, valued as TIMEX3 references.
_REFERENCES = re.compile(r"\b(?:now|currently|recently|nowadays|the past|the future|"
                         r"the present(?: juncture| time| moment| day)?)\b", re.I)
_QUARTERS = re.compile(r"\b(?:(?:this|last) year's\s+)?(?:the\s+)?(?:fiscal\s+)?"
                       r"(?:first|second|third|fourth)[\s-]quarter\b", re.I)
# "a 6-year-old", "52 years old", "44": ages and numbers, not times.
_NOT_TIME = re.compile(r"^(?:\d{1,3}|\d{5,}|\w+-years?-olds?|.*\byears? old|the \d{1,3}|"
                       r"quarterly|annual|annually|night|the night|the day|that day)$", re.I)


def _type(text: str, label: str) -> str:
    if SET.search(text) and not re.search(r"\ba year (?:ago|earlier)\b", text, re.I):
        return "SET"
    m = DURATION.match(text.strip())
    if m and not re.search(r"\b(ago|last|this|earlier|next)\b", text, re.I):
        # "the quarter", "the week": a period named, not a length; "three weeks" is one.
        if m.group("n") or text.strip().lower().endswith("s") or not text.lower().startswith("the ") \
                or re.match(r"the (?:past|last|first|coming|previous|final) ", text.lower()):
            return "DURATION"
    return "TIME" if label == "TIME" else "DATE"


def _tense(ent) -> Optional[str]:
    """"past", "future" or None: the tense of the clause the expression belongs to."""
    head = ent.root.head
    if head.lower_ == "since":
        return "past"
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None  # "the rebellion over the weekend": a noun's time, not the clause's
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_ in ("will", "shall") or c.lower_ == "'ll" for c in aux):
        return "future"
    if head.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    return None


def _spans(doc):
    """Expression spans: spaCy's names, widened and completed, without ages and numbers."""
    from ..sources.dates import _DATELINE

    ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME") and not _NOT_TIME.match(e.text)]
    for pattern in (_DATELINE, _QUARTERS, _REFERENCES):
        for m in pattern.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), label="DATE", alignment_mode="contract")
            if span is None or any(e.start <= span.start and span.end <= e.end for e in ents):
                continue
            if pattern is _REFERENCES and any(e.start < span.end and span.start < e.end for e in ents):
                continue  # a reference word inside a longer expression stays part of it
            ents = [e for e in ents if e.end <= span.start or span.end <= e.start] + [span]
    return sorted(ents, key=lambda e: e.start)


def find_timexes(doc, published: Optional[str] = None) -> list[Timex]:
    base = anchor(published)
    out = []
    reference_quarter = None  # the last quarter named: "the quarter" refers back to it
    for ent in _spans(doc):
        kind = _type(ent.text, ent.label_)
        value = value_of(ent.text, kind, base, _tense(ent), reference_quarter)
        if value and re.fullmatch(r"\d{4}-Q\d", value) and "year" not in ent.text.lower():
            reference_quarter = value
        out.append(Timex(ent.start_char, ent.end_char, ent.text, kind, value))
    return out


def governing_timex(doc, start: int, end: int, timexes) -> Optional[Timex]:
    """The dated expression in the sentence holding [start, end), if there is one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    for t in timexes:
        if sent.start_char <= t.start < sent.end_char and t.type == "DATE" and t.value \
                and re.match(r"\d{4}-\d\d-\d\d$", t.value):
            return t
    return None


@Language.factory("storygraph_timexes", requires=["doc.ents"], assigns=["doc._.timexes"])
def make_timexes(nlp, name):
    def component(doc):
        doc._.timexes = find_timexes(doc, doc._.published)
        return doc
    return component
