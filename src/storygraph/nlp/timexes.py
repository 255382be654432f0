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
         "the past": "PAST_REF", "the future": "FUTURE_REF", "once": "PAST_REF",
         "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF",
         "recent days": "PAST_REF", "the present": "PRESENT_REF", "the moment": "PRESENT_REF",
         "the present juncture": "PRESENT_REF", "these days": "PRESENT_REF",
         "coming years": "FUTURE_REF", "the coming years": "FUTURE_REF",
         "years to come": "FUTURE_REF"}


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


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_RELATIVE = re.compile(
    r"^(?:(?:earlier|later|late|early)\s+)?(?P<which>last|this|next|the past|the previous|the coming)\s+"
    r"(?P<unit>week|month|year|weekend)$")


def _shift_month(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def _relative(lowered: str, published: date, future: bool) -> Optional[str]:
    """Values anchored on the publication date: weekdays, this/last/next week, …"""
    from datetime import timedelta

    words = lowered.replace("on ", "", 1).strip() if lowered.startswith("on ") else lowered
    if words in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return published.isoformat()
    if words == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if words == "tomorrow":
        return (published + timedelta(days=1)).isoformat()
    m = re.fullmatch(r"(?:(?P<which>last|next|this)\s+)?(?P<day>" + "|".join(_WEEKDAYS) + r")", words)
    if m:
        target = _WEEKDAYS.index(m.group("day"))
        delta = target - published.weekday()
        which = m.group("which")
        if which == "next" or (which is None and future):
            delta = delta if delta > 0 else delta + 7
        elif which == "last":
            delta = delta if delta < 0 else delta - 7
        else:  # the nearest one on the side of the telling: the same day counts
            delta = delta if delta <= 0 else delta - 7
        return (published + timedelta(days=delta)).isoformat()
    if words in ("the weekend", "this weekend", "over the weekend", "weekend", "last weekend"):
        days_back = (published.weekday() - 5) % 7 if not future else None
        if future:
            sat = published + timedelta(days=(5 - published.weekday()) % 7)
        else:
            sat = published - timedelta(days=days_back)
        year, week, _ = sat.isocalendar()
        return f"{year}-W{week:02d}-WE"
    m = _RELATIVE.match(words)
    if m:
        step = {"last": -1, "the past": -1, "the previous": -1, "this": 0, "next": 1,
                "the coming": 1}[m.group("which")]
        unit = m.group("unit")
        if unit in ("week", "weekend"):
            year, week, _ = (published + timedelta(weeks=step)).isocalendar()
            return f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
        if unit == "month":
            year, month = _shift_month(published, step)
            return f"{year}-{month:02d}"
        return str(published.year + step)
    m = re.fullmatch(r"(?:(?P<which>last|next|this)\s+)?(?P<month>" + "|".join(_MONTHS) + r")", words)
    if m:
        month = _MONTHS.index(m.group("month")) + 1
        which = m.group("which")
        if which == "next" or (which is None and future and month > published.month):
            year = published.year + (month <= published.month)
        elif which == "last" or which is None:
            year = published.year - (month > published.month or (which == "last" and month == published.month))
        else:
            year = published.year
        return f"{year}-{month:02d}"
    return None


def _future(ent) -> bool:
    """Whether the clause the expression belongs to speaks of the future."""
    head = ent.root.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return False  # "the rebellion over the weekend": a noun's time, not the clause's
    return any(c.lemma_ in ("will", "shall") or c.lower_ == "'ll" for c in head.children
               if c.dep_ == "aux")


def value_of(text: str, kind: str, published: Optional[date], future: bool = False) -> Optional[str]:
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
    if published:
        relative = _relative(lowered, published, future)
        if relative:
            return relative
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


def _spans(doc):
    """spaCy's DATE/TIME names, widened to the full dates it splits ("25 Sep 2021")."""
    from ..sources.dates import _DATELINE

    ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    for m in _DATELINE.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), label="DATE", alignment_mode="contract")
        if span is None or any(e.start <= span.start and span.end <= e.end for e in ents):
            continue
        ents = [e for e in ents if e.end <= span.start or span.end <= e.start] + [span]
    return sorted(ents, key=lambda e: e.start)


def find_timexes(doc, published: Optional[str] = None) -> list[Timex]:
    base = anchor(published)
    out = []
    for ent in _spans(doc):
        kind = _type(ent.text, ent.label_)
        out.append(Timex(ent.start_char, ent.end_char, ent.text, kind,
                         value_of(ent.text, kind, base, _future(ent))))
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
