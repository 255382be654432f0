"""Quotations the cue model has no cue for, read off their layout (issue 11).

News sets a person's quotation out in ways no verb of saying marks:
- signed before it on its own line, as match reports and round-ups list reactions
  (``- Team boss Ann Cole: "We played well. "The second half …"``): the name with its
  role, a colon and the quotation;
- a quotation left open before a cued one in the same paragraph (``"A. "B," said X``:
  one quotation whose paragraph break, and with it the closing mark, was lost): the
  cue's quotation opens at the first mark;
- a quotation with no cue of its own in the paragraph of the one last quoted, when the
  writer's words between name no other person (``… X told the paper. This was the case
  with the game he made. "It's up to us …"``): X goes on.
A run of quotations set side by side (a paragraph break lost after each) is one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..types import Entity, Quote, Span

#: A line that opens, after a list's dash or bullet, on a name with its role and a colon
#: right before a quotation mark.
_SIGNED = re.compile(r"^[ \t]*(?:[-–—•*][ \t]*)?([A-Z][^\n:\"“”]{1,80}?)[ \t]*:[ \t]*(?=[\"“])",
                     re.M)
_CLOSING = ('"', "”", "''", "’’")
#: The end of a sentence, with the closing mark of a quotation it ends, if any.
_SENTENCE_END = re.compile(r"[.!?][\"”'’]?\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”'’]?\s+(?=[\"“A-Z])")
#: A writer's inverted cue inside what the marks enclose (`…, the firm said in its report.`):
#: the quotation closed there, its mark lost, and the words after it are the writer's.
_CUE_INSIDE = re.compile(r",['’\"”]*\s+(?:[\w.'’-]+\s+){0,3}(?:said|says|added|adds|noted|notes|"
                         r"told|warned|explained|insisted|argued)\b")
#: Most writer's sentences between the last quote and a quotation that goes on with it.
MOST_BETWEEN = 1


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def run_end(text: str, regions, start: int) -> int:
    """The end of the run of quotations from the region opening at ``start``: the regions
    after it on its line with nothing but spaces between (quoted paragraphs run together)."""
    ordered = sorted(regions)
    i = next(n for n, r in enumerate(ordered) if r[0] == start)
    end = ordered[i][1]
    for s, e in ordered[i + 1:]:
        if text[end:s].strip() or "\n" in text[end:s]:
            break
        end = e
    return end


def _taken(quotes, s: int, e: int) -> bool:
    return any(q.content.start < e and s < q.content.end for q in quotes)


def signed_before(text: str, regions, mentions: Optional[list[Entity]],
                  quotes: list[Quote]) -> list[Quote]:
    """Quotations signed before them on their line (``- Ann Cole, the coach: "…"``): the
    words of the person the name before the colon names, the whole phrase the speaker."""
    opening = {s for s, _ in regions}
    out = []
    for m in _SIGNED.finditer(text):
        a, b = m.span(1)
        if m.end() not in opening or len(text[a:b].split()) > 8:
            continue
        # (the phrase ends on a person's name: a role before it is theirs; not a place,
        # a team or a label, `Result: "…"`)
        named = [x for x in mentions or [] if x.label == "PERSON" and a <= x.start
                 and x.end == b]
        end = run_end(text, regions, m.end())
        if not named or _taken(quotes, m.end(), end):
            continue
        out.append(Quote(content=_span(text, m.end(), end), speaker=_span(text, a, b),
                         speaker_entity=named[0].entity, cue=_span(text, b, b + 1),
                         kind="direct"))
    return out


def opened_before(text: str, regions, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with a cued quotation that a quotation left open runs into (``"A. "B,"
    said X``, on one line) opening at that one's mark: the paragraph break lost between
    them took the closing mark with it, so both are the cue's quotation."""
    ordered = sorted(regions)
    out = []
    for q in quotes:
        if q.cue is not None and q.speaker is not None:
            start = q.content.start
            for s, e in reversed([r for r in ordered if r[1] <= start]):
                gap = text[e:start]
                if gap.strip() or "\n" in gap or text[s:e].endswith(_CLOSING) \
                        or _taken(quotes, s, e) or _CUE_INSIDE.search(text, s, e):
                    break
                start = s
            if start != q.content.start and any(r[0] == q.content.start for r in ordered):
                q = replace(q, content=_span(text, start, q.content.end))
        out.append(q)
    return out


def _persons_between(text: str, a: int, b: int, mentions, regions, entity) -> bool:
    """Whether the writer's words in [a, b) name a person other than ``entity``."""
    return any(a <= x.start and x.end <= b and x.label == "PERSON" and x.entity != entity
               and not any(s <= x.start < e for s, e in regions) for x in mentions or [])


def _spelt_otherwise(speaker: Span, a: int, b: int, mentions) -> bool:
    """Whether the paragraph [a, b) names the speaker's surname spelt another way as another
    person (`Mr Ruiz` beside `Mr Riuz`, two entities): which of them the speaker's entity
    is, is in doubt, and words with no cue are not carried on to it."""
    own = [x for x in mentions or [] if x.label == "PERSON"
           and speaker.start <= x.start < speaker.end]
    if not own:
        return False
    word = own[0].text.split()[-1]
    return any(x.label == "PERSON" and a <= x.start and x.end <= b and x.entity != own[0].entity
               and x.text.split()[-1] != word and sorted(x.text.split()[-1]) == sorted(word)
               for x in mentions)


def going_on(text: str, regions, mentions: Optional[list[Entity]],
             quotes: list[Quote]) -> list[Quote]:
    """Quotations with no cue, opening a sentence inside a paragraph, that the one last
    quoted in that paragraph goes on saying: the writer's words since name no other
    person and run to at most ``MOST_BETWEEN`` sentences."""
    out: list[Quote] = []
    for s, e in sorted(regions):
        if s == 0 or text[s - 1] == "\n" or _taken(quotes + out, s, e) \
                or len(text[s:e].split()) < 4:
            continue
        para = text.rfind("\n", 0, s) + 1
        if not _SENTENCE_END.search(text[para:s]):
            continue   # (inside the writer's sentence: a phrase quoted, not a quotation)
        end = run_end(text, regions, s)
        after = text[end:end + 3].lstrip(" \t")
        if after[:1].islower() or after[:1] and after[:1] in ",;:" \
                or after[:1] not in ("", "\n") and re.search(r",\W*$", text[s:end]):
            # (the sentence goes on after it: an inverted cue's, or a name's that lost
            # its verb, `…," Ms Cole.`: whose, unknown)
            continue
        before = [q for q in quotes if q.speaker is not None and q.content.end <= s
                  and min(q.content.start, q.speaker.start) >= para]
        if not before:
            continue
        last = max(before, key=lambda q: q.content.end)
        if last.attribution not in ("speech", "position") and last.speaker_entity is None:
            continue   # (`Many firms offer …`: the writer's account of no one in particular)
        since = max(last.content.end, last.cue.end if last.cue else 0, last.speaker.end)
        between = _SENTENCE_BREAK.findall(text, since, s)
        if len(between) - 1 > MOST_BETWEEN \
                or _persons_between(text, since, s, mentions, regions, last.speaker_entity) \
                or _spelt_otherwise(last.speaker, para, s, mentions):
            continue
        # As sure as the surest quote of the same person the article attributes (the one
        # just before may be the writer's account of them, `X sees games as …`).
        same = [q.confidence for q in quotes if q.attribution in ("speech", "position")
                and q.confidence is not None and q.content.end <= s and (
                    q is last or last.speaker_entity is not None
                    and q.speaker_entity == last.speaker_entity)]
        out.append(Quote(content=_span(text, s, end), speaker=last.speaker,
                         speaker_entity=last.speaker_entity, cue=None, kind="direct",
                         confidence=max(same) if same else None))
    return out
