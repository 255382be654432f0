"""Time expressions (TIMEX3): spaCy's DATE/TIME names, valued against ``published``.

``find_timexes(doc, published)`` types each expression (DATE, TIME, DURATION, SET) and
gives it a TIMEX3 value where one can be worked out from the text and the publication
date; otherwise the value is None — never a guess, and never today's date.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Optional

from spacy.language import Language

from ..sources.dates import anchor
from ..types import Timex

_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "Y", "hour": "H",
          "minute": "M", "second": "S"}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_DURATION = re.compile(
    r"^(?:the\s+)?(?:(?:past|last|next|coming|previous|first)\s+)?(?P<n>\d+|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)?\s*"
    r"(?P<unit>year|month|week|day|decade|hour|minute|second)s?$", re.I)
_SET = re.compile(r"\b(?:every|each|weekly|daily|monthly|annually|yearly)\b", re.I)
_YEAR = re.compile(r"^(?:in\s+)?(?P<y>(?:19|20)\d\d)$")
_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "recently": "PAST_REF",
         "the past": "PAST_REF", "the future": "FUTURE_REF", "once": "PAST_REF"}


def _type(text: str, label: str) -> str:
    if _SET.search(text):
        return "SET"
    if _DURATION.match(text) and not re.search(r"\b(ago|last|next|this)\b", text, re.I):
        return "DURATION"
    return "TIME" if label == "TIME" else "DATE"


def _duration_value(text: str) -> Optional[str]:
    m = _DURATION.match(text)
    if not m:
        return None
    unit = m.group("unit").lower()
    n = m.group("n")
    if n is None:
        count = "1" if not text.lower().endswith("s") else "X"
    elif n.isdigit():
        count = n
    else:
        count = str(_NUMBERS[n.lower()]) if n.lower() in _NUMBERS else "X"
    if unit == "decade":
        count = str(int(count) * 10) if count.isdigit() else "X"
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    return f"{prefix}{count}{_UNITS[unit]}"


def value_of(text: str, kind: str, published: Optional[date]) -> Optional[str]:
    """The TIMEX3 value of one expression, or None when it cannot be worked out."""
    lowered = text.lower().strip()
    if kind == "DURATION":
        return _duration_value(text)
    if kind == "SET":
        return None
    if lowered in _REFS:
        return _REFS[lowered]
    year = _YEAR.match(lowered)
    if year:
        return year.group("y")
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": []}
    if published:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    elif not re.search(r"\b(?:19|20)\d\d\b", text):
        return None  # a relative date with nothing to resolve it against
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", text) and not _YEAR.match(lowered)
    if re.fullmatch(r"(?:in\s+)?[a-z]+\.?\s+(?:of\s+)?(?:19|20)\d\d", lowered) and not has_day:
        return parsed.strftime("%Y-%m")
    if kind == "TIME" and re.search(r"\d", text):
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.date().isoformat()


def find_timexes(doc, published: Optional[str] = None) -> list[Timex]:
    base = anchor(published)
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        kind = _type(ent.text, ent.label_)
        out.append(Timex(ent.start_char, ent.end_char, ent.text, kind,
                         value_of(ent.text, kind, base)))
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
