"""Where time expressions may be, from rules alone: the candidates ``timexes`` starts from
when the base model's OntoNotes NER (whose DATE and TIME names it reads otherwise) does
not run.

``find_time_candidates(text)`` is a pure function of the text: (start, end, label) for
calendar dates ("25 Sep 2021", "Sept. 30", "June 2023", "2021", "the 1990s"), weekdays
and day words ("Monday", "yesterday"), relative expressions ("last week", "two years
ago", "the past three months", "earlier this year", "recent weeks"), lengths of time
("three years", "a decade", "24 hours", "a two-year deal"), quarters and halves, and
clock times and parts of a day ("10 a.m.", "18:30", "this morning", "tonight"), which
are TIME. ``timexes`` then widens, trims, splits, types and values them as it does the
NER's spans.
"""
from __future__ import annotations

import re

_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_FULL_MONTH = r"(?:January|February|March|April|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUMBER = (r"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
           r"fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a few|few|several|a couple of|"
           r"couple of|many|some|dozens of|hundreds of|a single|half a|a half)")
_NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|"
                 r"five|six|seven|eight|nine)|" + _NUMBER + r")(?:\s+and a half)?")
_TENS = r"(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPOKEN_YEAR = (rf"(?:nineteen[\s-]{_TENS}(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
                r"two thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)")
_DATE_UNIT = r"(?:days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|quarters?|millenni(?:um|a))"
_TIME_UNIT = r"(?:seconds?|minutes?|hours?|nights?)"
_UNIT = rf"(?:{_DATE_UNIT}|{_TIME_UNIT})"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_PART = r"(?:morning|afternoon|evening|night)"
_REL = r"(?:last|next|this|past|coming|previous|following|current)"
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_EDGE = r"(?i:early|late|mid)"

# "the year-ago third quarter", "next year's first quarter", "the 1988 third quarter"
_NAMED_QUARTER = (rf"\b(?:the\s+)?(?:year-ago|year-earlier|{_YEAR}|(?:last|next|this)\s+year's)\s+"
                  rf"(?:fiscal[\s-]+)?(?:{_ORDINAL}[\s-]+)?quarter\b|\b(?:the\s+)?fiscal-{_ORDINAL}\s+quarter\b|"
                  rf"\bthe\s+quarter\s+a\s+year\s+ago\b")

# Each: (pattern, label). Longer forms first: at one place the longest match is kept.
_PATTERNS = [
    # calendar dates
    (rf"\b(?:{_EDGE}[\s-]+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", "DATE"),
    (rf"\b(?:{_EDGE}[\s-]+)?{_MONTH}\s+{_DAY}(?:\s*,?\s+{_YEAR})?\b(?!\s*(?:%|percent))", "DATE"),
    (rf"\b(?:{_EDGE}[\s-]+)?{_FULL_MONTH}(?:\s*,?\s+{_YEAR})?\b", "DATE"),
    (rf"\b(?:{_EDGE}[\s-]+)?(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+{_YEAR}\b", "DATE"),
    (rf"(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bof )|(?<=\bearly )|(?<=\blate )|"
     rf"(?<=\bmid-)|(?<=\blast )|(?<=\bnext )|(?<=\bthis )|(?<=\bfrom ))May\b(?:,?\s+{_YEAR})?", "DATE"),
    (rf"\b{_YEAR}-[01]\d-[0-3]\d\b", "DATE"),
    # years read out (broadcast transcripts): "January nineteen ninety-seven", "the year
    # two thousand", "the winter of nineteen ninety-four", "the nineties"
    (rf"\b{_FULL_MONTH}\s+{_SPOKEN_YEAR}\b", "DATE"),
    (rf"\b(?i:the\s+(?:year\s+{_SPOKEN_YEAR}|(?:nineteen[\s-])?(?:twenties|thirties|forties|fifties|sixties|"
     rf"seventies|eighties|nineties))|(?:the\s+)?{_SEASON}\s+of\s+(?:{_SPOKEN_YEAR}|{_YEAR}))\b", "DATE"),
    (r"\b[0-3]?\d/[01]?\d/(?:19|20)?\d\d\b", "DATE"),
    # weekdays and day words ("Friday night" is Friday: TimeML values the day)
    (rf"\b{_WEEKDAY},?\s+{_MONTH}\s+{_DAY}(?:\s*,?\s+{_YEAR})?\b", "DATE"),
    (rf"\b(?:yesterday|today|tomorrow)\s+{_PART}\b", "TIME"),
    (rf"\b(?:(?i:last|next|this|every|each|early|late|the\s+previous|the\s+following)\s+)?{_WEEKDAY}\b", "DATE"),
    (r"\b(?:yesterday|today|tomorrow)\b", "DATE"),
    (rf"\b(?:this|that|last|tomorrow|yesterday|each|every|one|the same)\s+{_PART}\b|\btonight\b|\bovernight\b", "TIME"),
    # clock times
    (r"\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
     r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local time)\b)?", "TIME"),
    (r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s+(?:[ECMP][SD]T|GMT|UTC|local time)\b)?", "TIME"),
    (r"\b(?:noon|midnight|midday)\b", "TIME"),
    # relative expressions
    (rf"\b(?:the\s+)?(?:past|last|next|coming|previous|following|first|final)\s+(?:{_NUMBER_WORDS}\s+)?"
     rf"(?:{_DATE_UNIT}|{_TIME_UNIT}|{_SEASON}s?)\b", "DATE"),
    (rf"\b{_NUMBER_WORDS}[\s-]+{_UNIT}\s+(?:ago|earlier|later|from now|old)\b", "DATE"),
    (rf"\b(?:the\s+)?(?:year|month|quarter)[\s-](?:ago|earlier)\s+(?:quarter|period|month|year|level)s?\b", "DATE"),
    (rf"\b(?:the\s+)?(?:latest|recent|future|previous|prior|same)\s+(?:{_DATE_UNIT}|period)s?\b", "DATE"),
    (rf"\b(?:earlier|later|early|late|end of|start of|beginning of|middle of)\s+(?:this|last|next|that)\s+"
     rf"(?:{_DATE_UNIT}|{_SEASON})\b", "DATE"),
    (rf"\b(?:the\s+)?(?:end|start|beginning|middle|rest|remainder|turn)\s+of\s+(?:the\s+)?"
     rf"(?:(?:{_REL})\s+)?(?:{_DATE_UNIT}|{_SEASON}|century|{_YEAR})\b", "DATE"),
    (rf"\b(?i:{_REL})\s+(?:(?i:{_DATE_UNIT}|{_SEASON})|{_FULL_MONTH}|May)\b", "DATE"),
    (rf"\b(?:recent|coming|past|previous|next|last)\s+(?:few\s+|several\s+)?(?:days|weeks|months|years|decades)\b", "DATE"),
    (rf"\b(?:the\s+)?{_ORDINAL}[\s-]+(?:quarter|half)(?:\s+of\s+(?:the\s+year|{_YEAR}|this\s+year|last\s+year))?\b",
     "DATE"),
    (_NAMED_QUARTER, "DATE"),
    (rf"\bthe\s+week\s+of\s+{_MONTH}\s+{_DAY}\b", "DATE"),
    (rf"\b(?:the\s+)?(?:next|past|last|coming)\s+\d+\s+to\s+\d+\s+{_DATE_UNIT}\b", "DATE"),
    (rf"\b{_NUMBER_WORDS}\s+trading\s+{_DATE_UNIT}\b", "DATE"),
    (rf"\b(?:the\s+)?(?:first|last|second)\s+(?:half|two\s+quarters)\s+of\s+{_YEAR}\b", "DATE"),
    (rf"\b(?:fiscal|FY)\s*{_YEAR}\b", "DATE"),
    (rf"\bthe\s+{_DATE_UNIT}\b", "DATE"),
    (rf"\b(?:each|every|per)\s+(?:{_DATE_UNIT}|{_TIME_UNIT}|{_SEASON})\b", "DATE"),
    (rf"\b(?:the\s+)?(?:current\s+|full\s+|fiscal\s+|calendar\s+)+(?:year|quarter|month)\b|\byear[\s-](?:end|earlier|ago)\b",
     "DATE"),
    (r"\bnineteen[\s-](?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|"
     r"five|six|seven|eight|nine))?\b", "DATE"),
    (rf"\b(?:early|late|mid)[\s-]?{_PART}\b", "TIME"),
    (rf"\b(?:the\s+)?(?:early|late|mid)?[\s-]?(?:19|20)?\d0'?s\b|\bthe\s+'\d0s\b", "DATE"),
    (r"\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
     r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
     r"twentieth|twenty-first)\s+century\b", "DATE"),
    # lengths of time ("three years", "24 hours", "a two-year deal", "decades")
    (rf"\b(?:(?:about|nearly|almost|more than|less than|over|under|at least|up to|some|around|roughly)\s+)?"
     rf"{_NUMBER_WORDS}[\s-]+{_DATE_UNIT}(?:-long|-old)?\b(?!(?<=quarters)\s+of\b)", "DATE"),
    (rf"\b(?:(?:about|nearly|almost|more than|less than|over|under|at least|up to|some|around|roughly)\s+)?"
     rf"{_NUMBER_WORDS}[\s-]+{_TIME_UNIT}(?:\s+and\s+a\s+half)?\b", "TIME"),
    (r"\b(?:years|decades|months|weeks|centuries)\b", "DATE"),
    (r"\b(?:annual|annually|quarterly|yearly|monthly|weekly|daily|hourly)\b", "DATE"),
    (rf"\b(?:(?:early|late|mid)-{_YEAR}|these\s+days|a\s+later\s+date|year's\s+end|that\s+(?:year|month|week))\b",
     "DATE"),
    (rf"\b(?:in|since|by|until|before|after|from|of|during|through|to|and|between|for|early|late|mid-?)\s+"
     rf"(?P<year>{_YEAR})\b(?!\s*(?:%|percent|people|troops|soldiers|units|tons|km|miles))", "DATE"),
    (rf"(?:^|(?<=[\s(,]))(?:'|’)\d\d\b", "DATE"),
    (rf"\b{_YEAR}\b(?!\s*(?:%|percent|people|troops|soldiers|units|tons|km|miles|[-–]\d))", "DATE"),
    (rf"\b(?:this|last|next|this\s+past|the(?:\s+early|\s+late)?)\s+{_SEASON}\b|\b{_SEASON}\s+{_YEAR}\b", "DATE"),
]
# A pattern naming months or weekdays reads their capitals ("may", "march" are verbs);
# its other words are read in any case.
_COMPILED = [(re.compile(p, 0 if any(n in p for n in (_MONTH, _FULL_MONTH, _WEEKDAY, "May\\b")) else re.I),
              label) for p, label in _PATTERNS]


# The patterns built on a unit of time ("three years", "the past week") run only near one:
# tried at every word of an article, they cost more than all the others.
_UNIT_WORD = re.compile(rf"\b(?:{_UNIT}|periods?)\b", re.I)
_NEAR = (80, 40)   # characters before and after a unit word that a phrase may reach
# (A quarter named with its year always holds the unit word "quarter", close to its end.)
_BY_UNIT = [(p, label, (_DATE_UNIT in source or _TIME_UNIT in source)
             and not any(other in source for other in (_SEASON, _FULL_MONTH, _YEAR, _MONTH, _WEEKDAY))
             or source is _NAMED_QUARTER)
            for (p, label), (source, _) in zip(_COMPILED, _PATTERNS)]


def _windows(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _UNIT_WORD.finditer(text):
        a, b = max(0, m.start() - _NEAR[0]), min(len(text), m.end() + _NEAR[1])
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def find_time_candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the time expressions the rules find, none overlapping."""
    found = []
    windows = None
    for pattern, label, near_unit in _BY_UNIT:
        if near_unit:
            windows = _windows(text) if windows is None else windows
            matches = (m for a, b in windows for m in pattern.finditer(text, a, b))
        else:
            matches = pattern.finditer(text)
        for m in matches:
            start, end = (m.span("year") if "year" in pattern.groupindex else m.span())
            if end > start:
                found.append((start, end, label))
    found = list(dict.fromkeys(found))   # windows overlap: a phrase once, first label first
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if out and start < out[-1][1]:
            # two time phrases that overlap are one ("nearly four years" + "four years
            # ago"), with the label of the first
            out[-1] = (out[-1][0], max(end, out[-1][1]), out[-1][2])
            continue
        out.append((start, end, label))
    # "the year ended March 31" is one name to the base NER, which ``timexes`` splits at
    # the link (the period that closes on that date): join the two here likewise.
    joined: list[tuple[int, int, str]] = []
    for start, end, label in out:
        if joined and _ENDED.fullmatch(text, joined[-1][1], start):
            joined[-1] = (joined[-1][0], end, joined[-1][2])
        else:
            joined.append((start, end, label))
    return joined


_ENDED = re.compile(r"\s+end(?:ed|ing)\s+")
