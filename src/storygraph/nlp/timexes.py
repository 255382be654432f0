"""Time expressions (TIMEX3): where they are, what type, and their value.

``find_timexes(doc, published)`` takes spaCy's DATE and TIME names, widens the full
dates the small model splits ("25 Sep 2021", "Friday [morning]", "9 a.m. [Tuesday]"),
adds the reference words and holidays it never tags ("now", "the near term",
"Thanksgiving Day"), drops ages and bare numbers ("a 6-year-old", "44"), splits what
TimeML counts as two ("between 1985 and 1987", "the quarter ended Sept. 30"), trims
what is not part of it ("d'etat last year", "last year['s]", "A few days [later]"),
types each expression (DATE, TIME, DURATION, SET) and values it against the
publication date with the tense of its clause (``timex_values``), the quarter under
discussion ("the quarter") and the date last named ("that year", "the next day"); a
clock time that names no day takes the one its sentence names ("Thursday at 10 a.m.").
A value that cannot be worked out is None — never a guess, and never today's date.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language

from ..sources.dates import anchor
from ..types import Timex
from .extensions import text_of
from .timex_values import SET, is_duration, value_of

# Words the small model does not tag as dates, valued as TIMEX3 references.
# (each pattern opens on what it must find first, a letter or a word, so that the scan of
# every article fails at once where it cannot match: four times faster on the bench)
_REFERENCES = re.compile(r"\b(?=[ncrtde])(?:now|currently|current|recently|nowadays|the past|the future|"
                         r"the near future|the near term|the short term|the latest period|"
                         r"(?<!average )daily|every day|"
                         r"the present(?: juncture| time| moment| day)?)\b", re.I)
_HOLIDAYS = re.compile(r"\b(?:(?:last|next|this)\s+)?(?:Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|"
                       r"New Year's (?:Day|Eve)|Easter(?: Sunday)?|Election Day|Memorial Day|Labor Day|"
                       r"Independence Day|Halloween|Veterans Day)\b")
# "in the fall", "by the summer": a season the model misses; "the fall of the wall" is none
_SEASONS = re.compile(r"(?=the )(?:(?<=\bin )|(?<=\bby )|(?<=during )|(?<=until )|(?<=\bover )|(?<=through ))"
                      r"the (?:spring|summer|fall|autumn|winter)\b(?: of \d{4}\b)?(?! of)", re.I)
# "this past weekend", "twice a week": what the model leaves untagged
_WEEKEND = re.compile(r"\bthis (?:past|coming) weekend\b|\b(?:once|twice|three times) a (?:day|week|month|year)\b",
                      re.I)
_GMT = re.compile(r"\b(?:[01]?\d|2[0-3]):?[0-5]\d (?:GMT|UTC)\b")  # "(0735 GMT)", "06:00 GMT"
_QUARTERS = re.compile(r"\b(?:(?:this|last) year's\s+)?(?:the\s+)?(?:fiscal\s+)?"
                       r"(?:first|second|third|fourth)[\s-]quarter\b", re.I)
#: For a pattern that opens on optional words, what every match of it contains: a text
#: without it is not scanned.
_NEEDS = {_QUARTERS: re.compile("quarter", re.I),
          _WEEKEND: re.compile(r"weekend| a (?:day|week|month|year)", re.I),
          _GMT: re.compile("GMT|UTC")}
# "a 6-year-old", "52 years old", "44": ages and numbers, not times.
_NOT_TIME = re.compile(r"^(?:\d{1,3}|\d{5,}|\w+-years?-olds?|.*\byears? old|the \d{1,3}|"
                       r"quarterly|annual|annually|night|the night|the day|that day|(?:the )?age of \d+)$", re.I)


def _type(text: str, label: str, before: str = "") -> str:
    """TIMEX3 type; ``before`` is the word ahead of the expression: "a year" is a rate
    after an amount ("$33 million a year"), a length after a preposition ("within a year")."""
    per = re.fullmatch(r"(?:a|per)\s+(?:year|month|week|day)", text, re.I)
    if per and before.lower() in _PREPOSITIONS:
        return "DURATION"
    if re.search(r"\b(?:once|twice|thrice|times) a\s", text, re.I):
        return "SET"
    if SET.search(text) and (per or not re.search(r"\b(?:a|per)\s+(?:year|month|week|day)\b", text, re.I)):
        return "SET"
    if is_duration(text):
        return "DURATION"
    return "TIME" if label == "TIME" else "DATE"


_PREPOSITIONS = {"in", "within", "for", "over", "after", "than", "about", "nearly", "almost", "under",
                 "around", "least", "of", "during", "throughout", "up", "to"}


# Verbs whose infinitive is still to come when they are in the past: "planned to leave"
_INTENT = {"plan", "intend", "expect", "hope", "schedule", "aim", "prepare", "promise", "vow", "agree",
           "threaten", "want", "decide", "pledge", "vote", "ask", "urge", "order", "call"}


def _tense(ent) -> Optional[str]:
    """"past", "future" or None: the tense of the clause the expression belongs to."""
    doc = ent.doc
    before = text_of(doc)[max(0, ent.start_char - 30):ent.start_char].lower()
    if re.search(r"\b(?:as (?:soon|early) as|ahead of|in the run-up to)\s+$", before):
        return "future"  # "as soon as Tuesday", "ahead of Sunday's vote": still to come
    head = ent.root.head
    if head.lower_ == "since":
        return "past"
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head  # "will remain closed until Tuesday", "is due on Monday": the verb's tense
    if head.pos_ not in ("VERB", "AUX"):
        return None  # "the rebellion over the weekend": a noun's time, not the clause's
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_ in ("will", "shall", "would") or c.lower_ == "'ll" for c in aux):
        return "future"
    if head.tag_ == "VB" and any(c.lower_ == "to" for c in aux) \
            and (head.head.tag_ != "VBD" or head.head.lemma_ in _INTENT):
        return "future"  # "set to resume Monday", "planned to leave Thursday"; but "declined to comment Saturday"
    if head.tag_ == "VBN" and head.lemma_ in _INTENT | {"set", "slate"} \
            and any(c.tag_ in ("VBZ", "VBP") for c in aux):
        return "future"  # "the talks are scheduled for Thursday", "the vote is set for Sunday"
    if head.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    if head.tag_ in ("VBP", "VBZ") and not aux and ent.label_ == "DATE" \
            and re.fullmatch(rf"(?:on\s+)?(?:{_WEEKDAY}|{_MONTH_ABBR}[a-z]*\.?(?:\s+\d{{1,2}})?)", ent.text, re.I):
        return "future"  # "Arafat meets Albright Monday", "the law takes effect Dec. 31": a plan
    return None


def _is_age(ent) -> bool:
    """"in his 30s", "her early twenties": a time of life, not of the calendar."""
    before = ent.doc[max(0, ent.start - 2):ent.start]
    return re.fullmatch(r"(?:(?:early|late|mid)[\s-]?)?(?:\d0'?s|twenties|thirties|forties|fifties|sixties|"
                        r"seventies|eighties|nineties)", ent.text, re.I) is not None \
        and any(t.lower_ in ("his", "her", "their", "my", "your", "our") for t in before)


def _candidates(doc, rules: bool) -> list:
    """spaCy's DATE and TIME names, or, where the base NER does not run, the rules' own
    candidates (``timex_candidates``)."""
    if not rules:
        return [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    from .timex_candidates import find_time_candidates

    spans = (doc.char_span(a, b, label=label, alignment_mode="contract")
             for a, b, label in find_time_candidates(text_of(doc)))
    return [s for s in spans if s is not None and len(s)]


def _spans(doc, rules: bool = False):
    """Expression spans: spaCy's names (or the rules' candidates), widened and completed,
    without ages and numbers."""
    from ..sources.dates import _DATELINE

    text = text_of(doc)
    ents = [e for e in _candidates(doc, rules) if not _NOT_TIME.match(e.text) and not _is_age(e)]
    for pattern in (_DATELINE, _QUARTERS, _HOLIDAYS, _SEASONS, _WEEKEND, _GMT, _REFERENCES):
        needs = _NEEDS.get(pattern)
        for m in pattern.finditer(text) if needs is None or needs.search(text) else ():
            span = doc.char_span(m.start(), m.end(), label="TIME" if pattern is _GMT else "DATE",
                                 alignment_mode="contract")
            if span is None or any(e.start <= span.start and span.end <= e.end for e in ents):
                continue
            if pattern is _REFERENCES and any(e.start < span.end and span.start < e.end for e in ents):
                continue  # a reference word inside a longer expression stays part of it
            ents = [e for e in ents if e.end <= span.start or span.end <= e.start] + [span]
    ents = sorted((_widen(e) for e in ents), key=lambda e: e.start)
    merged = []
    for e in ents:
        last = merged[-1] if merged else None
        if last is not None and e.start < last.end:  # widened into its neighbour: one span
            merged[-1] = _span(doc, last.start_char, max(last.end_char, e.end_char), last.label_) or last
            continue
        if last is not None and last.label_ == "TIME" and re.search(r"\d|noon|midnight", last.text, re.I) \
                and re.fullmatch(r"[\s,(]*(?:on\s+)?", text[last.end_char:e.start_char]) \
                and re.match(rf"(?:(?:[ECMP][SD]T|GMT),?\s+)?(?:{_DAY_WORD}|{_MONTH})", e.text, re.I):
            merged[-1] = _span(doc, last.start_char, e.end_char, "TIME") or last
            continue  # "9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "3:30 a.m. on Sunday": one time
        if last is not None and re.fullmatch(r"(?:(?:early|mid|late)[\s-])?" + _MONTH_NAME + r"\.?", last.text, re.I) \
                and re.fullmatch(r"\s+", text[last.end_char:e.start_char]) \
                and re.fullmatch(r"(?:last|this|next) year", e.text, re.I):
            merged[-1] = _span(doc, last.start_char, e.end_char, "DATE") or last
            continue  # "mid-March last year": the month of that year
        merged.append(e)
    return merged


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY_WORD = rf"(?:{_WEEKDAY}|yesterday|today|tomorrow)"
_MONTH_ABBR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_MONTH = rf"{_MONTH_ABBR}[a-z]*\.?\s+\d"
_MONTH_NAME = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
               r"december)")


def _widen(ent):
    """"Friday morning" whole where the model names only "morning", "the 1988 period"
    where it names only the year, "this year" where it leaves out "this", "9 a.m.
    Tuesday" where it names only the clock time."""
    doc = ent.doc
    start, end = ent.start, ent.end
    label = ent.label_
    if end < len(doc) and re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", ent.text) and doc[end].text in ("GMT", "UTC"):
        end, label = end + 1, "TIME"  # "(1230 GMT)": a clock time, not the year 1230
    elif start > 0 and re.fullmatch(r"(?:early |late |mid-?)?(?:morning|afternoon|evening|night)", ent.text, re.I) \
            and re.fullmatch(_DAY_WORD, doc[start - 1].lower_):
        start -= 1
    elif 0 < start and end < len(doc) and doc[start - 1].lower_ == "the" and doc[end].lower_ in ("period", "quarter") \
            and re.fullmatch(r"(?:19|20)\d\d", ent.text):
        start, end = start - 1, end + 1  # "the 1988 period": that year's part under discussion
    elif start > 0 and doc[start - 1].lower_ in ("each", "every") \
            and re.fullmatch(rf"{_WEEKDAY}s?|{_MONTH_NAME}", ent.text, re.I):
        start -= 1  # "each Thursday", "each July": a SET, which the model names by its day only
    elif start > 0 and doc[start - 1].lower_ in ("this", "last", "next") \
            and re.match(r"(?:year|month|week|quarter|spring|summer|fall|autumn|winter)\b", ent.text, re.I):
        start -= 1  # "[This] year's", "[this] spring's": the model leaves the determiner out
    elif end < len(doc) and ent.label_ == "TIME" and re.search(r"\d|noon|midnight", ent.text, re.I) \
            and re.fullmatch(_DAY_WORD, doc[end].lower_):
        end += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return _span(ent.doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label) or ent


def _span(doc, start: int, end: int, label: str):
    from spacy.tokens import Span

    span = doc.char_span(start, end, alignment_mode="contract")
    return Span(doc, span.start, span.end, label=label) if span is not None and len(span) else None


# Words that name or qualify a time; a span's leading words outside these are not part
# of the expression ("d'etat last year", "an interview several months").
_TIMEISH = re.compile(r"\b(?:\d{4}|\d0s|" + _WEEKDAY + r"|jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|"
                      r"nov|dec|january|february|march|april|august|september|october|november|"
                      r"december|years?|months?|weeks?|days?|quarters?|decades?|centur(?:y|ies)|"
                      r"hours?|minutes?|today|yesterday|tomorrow|tonight|now|morning|afternoon|"
                      r"evening|night|spring|summer|fall|autumn|winter|noon|midnight|[ap]\.m)\b", re.I)
_QUALIFIER = re.compile(r"^(?:the|a|an|this|that|these|those|its|their|his|her|our|each|every|"
                        r"last|next|past|coming|previous|early|late|mid|earlier|later|about|nearly|"
                        r"almost|more|than|less|over|under|some|just|only|around|roughly|several|"
                        r"few|many|recent|current|latest|first|second|third|fourth|final|fiscal|"
                        r"calendar|full|same|following|end|beginning|start|middle|of|half|at|least|"
                        r"sometime|once|twice|thrice|times|year-ago|year-earlier|comparable|corresponding|fiscal-\w+|"
                        r"no|up|to|within|another|additional|and|[\d.,/:-]+(?:st|nd|rd|th)?|\w+-\w+|"
                        r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
                        r"forty|fifty|sixty|hundred|couple|\w+th)$", re.I)
_CONNECTOR = re.compile(r"\s+(?P<c>and|to|through|until|till|ended|ending|of)\s+", re.I)


_FRAME = re.compile(r"(?:the\s+(?:(?:early|small|wee)\s+hours|day|night|morning|afternoon|evening)(?:\s+of)?)\s+"
                    rf"(?=(?:{_DAY_WORD}|{_MONTH_ABBR}[a-z]*\.?\s+\d))", re.I)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) of text without leading words that are not time words, a possessive, or a
    trailing "later" ("A few days later": the length is the expression)."""
    words = list(re.finditer(r"\S+", text[a:b]))
    first = next((i for i, w in enumerate(words) if _TIMEISH.search(w.group())), 0)
    keep = 0
    # a word right before the time word modifies it ("Eight trading days", "future
    # quarters"); one further out starts another phrase ("d'etat last year")
    for i in range(first - 1):
        if not _QUALIFIER.match(words[i].group()) and words[i].group().islower():
            keep = i + 1
    if keep and keep < len(words):
        a += words[keep].start()
    m = _FRAME.match(text[a:b])
    if m and _TIMEISH.search(text[a + m.end():b]):
        a += m.end()  # "the early hours of [Thursday morning]", "the day [Friday]": the date is named
    m = re.search(r"(?:'s|’s|(?<=s)'|\s+later)$", text[a:b], re.I)
    if m and m.start() > 0:
        b = a + m.start()
    b = a + len(text[a:b].rstrip(" \t\n:;,"))  # "on Thursday, April 6:" then a new paragraph
    return a, b


_MONTH_DAY_END = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$", re.I)


def _is_next_day(text: str, segments, k: int) -> bool:
    """"Feb. 24 and [25]": a bare day after a month's day is a date of that month."""
    return k > 0 and re.fullmatch(r"\d{1,2}", text[segments[k][0]:segments[k][1]].strip()) is not None \
        and _MONTH_DAY_END.search(text[segments[k - 1][0]:segments[k - 1][1]].strip()) is not None


def _pieces(ent) -> list[tuple[int, int, Optional[str]]]:
    """(start, end, connector) in the document for the expressions in one span: "between
    1985 and 1987" is two, as is "the quarter ended Sept. 30"; the connector is the word
    that joins a piece to the next one."""
    text, base = ent.text, ent.start_char
    a = 0
    m = re.match(r"(?:between|from)\s+", text, re.I)
    if m:
        a = m.end()
    b = len(text)
    m = re.search(r"(?:,?\s+(?:and|to|or))$", text, re.I)
    if m and m.start() > a:
        b = m.start()
    segments, links, pos = [], [], a
    for c in _CONNECTOR.finditer(text, a, b):
        left = text[pos:c.start()]
        if c.group("c").lower() == "of" and (not is_duration(left) or "quarter" in left.lower()):
            continue  # "the end of November" is one expression; "the first nine months of 1997" two
        segments.append((pos, c.start()))
        links.append(c.group("c").lower())
        pos = c.end()
    segments.append((pos, b))
    links.append(None)
    if len(segments) > 1 and not all(_TIMEISH.search(text[x:y]) or _is_next_day(text, segments, k)
                                     for k, (x, y) in enumerate(segments)):
        segments, links = [(a, b)], [None]
    if len(segments) == 1 and re.fullmatch(r"\d{4}(?:,\s+\d{4})+", text[a:b]):
        segments = [(m.start() + a, m.end() + a) for m in re.finditer(r"\d{4}", text[a:b])]
        links = [None] * len(segments)
    out = []
    for (x, y), link in zip(segments, links):
        x, y = _trim(text, x, y)
        if y > x:
            out.append((base + x, base + y, link))
    return out


def find_timexes(doc, published: Optional[str] = None, rules: bool = False) -> list[Timex]:
    """The document's time expressions; ``rules``: start from the rules' candidates,
    not the base NER's DATE and TIME names."""
    base = anchor(published)
    pieces = []
    for ent in _spans(doc, rules):
        if ent is None:
            continue
        previous = None
        for start, end, link in _pieces(ent):
            span = _span(doc, start, end, ent.label_)
            if span is not None and len(span) > 1 and span[0].lower_ == "last" and span[0].pos_ == "VERB":
                span = _span(doc, span[1].idx, end, ent.label_)  # "expected to [last] several weeks"
            next_day = previous is not None and _MONTH_DAY_END.search(previous.text) \
                and re.fullmatch(r"\d{1,2}", span.text if span is not None else "")
            if span is not None and (next_day or not _NOT_TIME.match(span.text)) \
                    and not span.text.lower().endswith(" of"):
                pieces.append((span, link))
            previous = span
    out = []
    reference_quarter = None  # the last quarter named: "the quarter" refers back to it
    reference = None
    for i, (ent, link) in enumerate(pieces):
        kind = _type(ent.text, ent.label_, ent.doc[ent.start - 1].text if ent.start else "")
        quarter = reference_quarter
        if link in ("ended", "ending") and i + 1 < len(pieces):
            # "the quarter ended Sept. 30": the period that closes on the date named next
            end_value = value_of(pieces[i + 1][0].text, "DATE", base, "past")
            if end_value and re.match(r"\d{4}-\d\d", end_value):
                quarter = f"{end_value[:4]}-Q{(int(end_value[5:7]) - 1) // 3 + 1}"
            if re.fullmatch(r"(?:the|its)\s+(?:fiscal\s+)?year|(?:the|its)\s+\w+\s+months", ent.text, re.I):
                kind = "DURATION"
        value = value_of(ent.text, kind, base, _tense(ent), quarter, reference)
        if re.fullmatch(r"\d{1,2}", ent.text) and out and out[-1].value \
                and re.fullmatch(r"\d{4}-\d\d-\d\d", out[-1].value) and 1 <= int(ent.text) <= 31:
            value = f"{out[-1].value[:8]}{int(ent.text):02d}"  # "Feb. 24 and 25": the month before it
        if value and re.fullmatch(r"\d{4}-Q\d", value) and not re.search(r"year|period", ent.text, re.I) \
                and (base is None or int(value[:4]) <= base.year):
            reference_quarter = value  # a quarter reported on, not one forecast for next year
        elif quarter != reference_quarter:
            reference_quarter = quarter  # "the year ended Sept. 30": then "a year ago" is its Q3
        if kind == "DATE" and value and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value) \
                and re.search(rf"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|{_WEEKDAY}", ent.text, re.I):
            reference = value  # a date the text names outright: "that year", "the next day" refer to it
        if value is None and not (_TIMEISH.search(ent.text) or re.search(r"\d", ent.text)):
            continue  # "Olympic", "Stauber": the model's slips, no time word in them
        out.append(Timex(ent.start_char, ent.end_char, ent.text, kind, value))
    return _clock_days(doc, out, base)


def _clock_days(doc, found: list, base) -> list:
    """A clock time that names no day ("at 10 a.m.") is on the day its sentence names
    ("Thursday at 10 a.m.", "10:35 a.m. (0735 GMT) Friday"), else on the publication day."""
    if base is None or not doc.has_annotation("SENT_START"):
        return found
    out = list(found)
    for i, t in enumerate(out):
        if t.type != "TIME" or not t.value or not re.fullmatch(re.escape(base.isoformat()) + r"T\d.*", t.value) \
                or re.search(rf"{_DAY_WORD}|\b(?:1[6-9]|20)\d\d\b|{_MONTH}", t.text, re.I):
            continue
        sent = doc.char_span(t.start, t.end, alignment_mode="expand").sent
        # the sentence, or just after it: the model may end one at "a.m."
        days = [u for u in out if u is not t and sent.start_char <= u.start < max(sent.end_char, t.end + 30)
                and u.value and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?", u.value)]
        if days:
            day = min(days, key=lambda u: abs(u.start - t.start)).value[:10]
            out[i] = Timex(t.start, t.end, t.text, t.type, day + t.value[10:])
    return out


@Language.factory("storygraph_timexes", requires=["doc.ents"], assigns=["doc._.timexes"])
def make_timexes(nlp, name):
    if nlp.lang == "fr":
        # French has its own patterns and words; it needs no entity tags.
        from .timexes_fr import find_timexes_fr

        def component_fr(doc):
            doc._.timexes = find_timexes_fr(doc.text, doc._.published)
            return doc
        return component_fr

    rules = "ner" not in nlp.pipe_names

    def component(doc):
        doc._.timexes = find_timexes(doc, doc._.published, rules)
        if rules:
            # the later stages read dates among the Doc's entities, as the base NER left them
            from .entities import set_entities
            set_entities(doc, [(t.start, t.end, "TIME" if t.type == "TIME" else "DATE")
                               for t in doc._.timexes], keep=True)
        return doc
    return component
