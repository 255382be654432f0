"""Dating: when each quote was said and each relation happened.

``find_dates(doc, quotes, relations, timexes, published)`` gives every quote and relation
the date of the time expression that governs its clause — ``Lavrov said on Monday
that …`` is Monday's, ``… said he would visit on Monday`` is not (that Monday belongs to
what was said) — with ``date_from="timex"``; without one, the publication date with
``date_from="published"``. A date after publication cannot be when something was said
or done in a report, so it is passed over. A quotation continuing a quote (no cue of its
own) takes that quote's date.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.language import Language

from ..types import Quote, Relation, Timex

_CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
#: Clauses whose time is their own, not the governing verb's.
_OWN_TIME = frozenset(("ccomp", "csubj", "relcl", "acl", "advcl", "pcomp"))


def calendar_date(value: Optional[str]) -> Optional[str]:
    """The calendar part of a TIMEX3 value: ``2023-02-07TEV`` -> ``2023-02-07``; weeks,
    durations and references (``PRESENT_REF``) give none."""
    if not value:
        return None
    m = _CALENDAR.match(value)
    if m is None or (len(value) > m.end() and value[m.end()] not in "T"):
        return None
    return m.group(0)


def _not_after(date: str, published: Optional[str]) -> bool:
    return published is None or date <= published[:len(date)]


class _Dater:
    """Which dated time expression governs a token's clause."""

    def __init__(self, doc, timexes: list[Timex], published: Optional[str]):
        self.doc = doc
        self.published = published
        self.dated = []  # (token heading the time expression, its date, its sentence)
        for t in timexes or []:
            date = calendar_date(t.value)
            if t.type not in ("DATE", "TIME") or date is None or not _not_after(date, published):
                continue
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and len(span):
                self.dated.append((span.root, date, span.sent.start))

    def governing(self, anchor, own_time=_OWN_TIME) -> Optional[str]:
        """The date of the nearest time expression in ``anchor``'s own clause: reached
        from the expression by climbing heads to ``anchor`` without passing through a
        clause with a time of its own (``own_time``)."""
        best = None
        sent = anchor.sent.start  # Token.sent walks the document: once per call
        for root, date, root_sent in self.dated:
            if root_sent != sent:
                continue
            node, ok = root, False
            while node.head.i != node.i:
                if node.dep_ in own_time and node.i != anchor.i:
                    break
                node = node.head
                if node.i == anchor.i:
                    ok = True
                    break
            if ok and (best is None or abs(root.i - anchor.i) < abs(best[0].i - anchor.i)):
                best = (root, date)
        return best[1] if best else None

    def token_at(self, char: int):
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None


def _lowest_common(a, b):
    seen = set()
    node = a
    while True:
        seen.add(node.i)
        if node.head.i == node.i:
            break
        node = node.head
    node = b
    while node.i not in seen and node.head.i != node.i:
        node = node.head
    return node if node.i in seen else None


def find_dates(doc, quotes: list[Quote], relations: list[Relation], timexes: list[Timex],
               published: Optional[str]) -> tuple[list[Quote], list[Relation]]:
    dater = _Dater(doc, timexes, published)
    fallback = ("published" if published else None)

    def stamp(record, date):
        if date is not None:
            return replace(record, date=date, date_from="timex")
        return replace(record, date=published, date_from=fallback)

    dated_quotes = []
    last: dict[Optional[str], Quote] = {}
    for q in sorted(quotes or [], key=lambda q: q.content.start):
        date = None
        if q.cue is not None:
            cue = dater.token_at(q.cue.start)
            if cue is not None:
                # "vowed to visit on Tuesday": the visit's Tuesday, not the vow's.
                date = dater.governing(cue, _OWN_TIME | {"xcomp"})
        elif q.speaker_entity in last and last[q.speaker_entity].date_from == "timex":
            date = last[q.speaker_entity].date   # a quotation continuing the last one
        q = stamp(q, date)
        last[q.speaker_entity] = q
        dated_quotes.append(q)
    dated_relations = []
    for r in relations or []:
        ends = [dater.token_at(s.start) for s in (r.source, r.target) if s is not None]
        ends = [t for t in ends if t is not None]
        anchor = None
        if len(ends) == 2:
            anchor = _lowest_common(*ends)
        elif ends:
            anchor = ends[0].head
        dated_relations.append(stamp(r, dater.governing(anchor) if anchor is not None else None))
    return dated_quotes, dated_relations


@Language.factory("storygraph_dating", requires=["doc._.quotes", "doc._.relations"],
                  assigns=["doc._.quotes", "doc._.relations"])
def make_dating(nlp, name):
    def component(doc):
        doc._.quotes, doc._.relations = find_dates(doc, doc._.quotes, doc._.relations,
                                                   doc._.timexes, doc._.published)
        return doc
    return component
