"""An article's text cut into segments, each marked with what covers it.

Entities, quotes and dates may nest (a name inside a quote); cutting the text at every
span edge gives flat segments that carry all their marks, so nothing overlaps in HTML.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Segment:
    text: str
    entity_id: Optional[str] = None
    entity_label: Optional[str] = None
    quote: Optional[int] = None        # index of the quote covering it
    speaker: Optional[int] = None      # index of the quote whose speaker it is
    date: Optional[str] = None         # TIMEX3 value of a time expression
    quote_start: bool = False          # the first segment of its quote (an anchor)


def segments(text: str, mentions: list[dict], quotes: list[dict], timexes: list[dict]) -> list[Segment]:
    marks: list[tuple[int, int, str, object]] = []
    for m in mentions:
        marks.append((m["start"], m["end"], "entity", (m["entity_id"], m["label"])))
    for i, q in enumerate(quotes):
        marks.append((q["content_start"], q["content_end"], "quote", i))
        if q["speaker_start"] is not None:
            marks.append((q["speaker_start"], q["speaker_end"], "speaker", i))
    for t in timexes:
        marks.append((t["start"], t["end"], "date", t["value"] or "?"))
    cuts = sorted({0, len(text)} | {max(0, min(len(text), p)) for s, e, _, _ in marks for p in (s, e)})
    out = []
    started: set = set()
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        found: dict = {}
        for s, e, kind, value in marks:
            if s <= a and b <= e:
                found.setdefault(kind, value)
        entity = found.get("entity") or (None, None)
        quote = found.get("quote")
        first = quote is not None and quote not in started
        if first:
            started.add(quote)
        out.append(Segment(text[a:b], entity[0], entity[1], quote,
                           found.get("speaker"), found.get("date"), first))
    return out
