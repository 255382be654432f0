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
  with the game he made. "It's up to us …"``): X goes on;
- the headline form ``Moscow not involved: Lavrov``: a line ending in a colon and a name
  is that name's words (``headlines``);
- a quotation signed with a dash and a name (``"…" ― Sonya Herridge``), as blogs and
  embedded posts attribute one (``signed_with_dash``);
- a quoted paragraph with no cue of its own belongs to the last speaker, or to the speaker
  of the quotation its lines carry on (``uncued_paragraphs``).
A run of quotations set side by side (a paragraph break lost after each) is one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..types import Entity, Quote, Span
from .extensions import text_of
from .quote_features import DocInfo
from .quote_spans import quote_kind, run_on_quotations
from .speaker_words import FIRST_PERSON
from .speech_verbs import CLOSING

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


#: Words before a colon that credit a picture rather than quote anyone ("Photo: Reuters").
CREDITS = frozenset(("photo", "photos", "image", "images", "picture", "pictures", "credit",
                     "video", "file", "graphic", "illustration", "source", "sources"))


def headlines(doc, mentions) -> list[Quote]:
    """The headline form "Moscow not involved: Lavrov": a line ending in a colon and a
    name is that name's words (and not whatever its verbs might report)."""
    text = text_of(doc)
    out = []
    pos = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        colon = line.rfind(":")
        if colon > 10 and not _in_table(lines, n):
            name_start = pos + colon + 1 + (len(line[colon + 1:]) - len(line[colon + 1:].lstrip()))
            name_end = pos + len(line.rstrip())
            name = [m for m in mentions or [] if m.start == name_start and m.end == name_end
                    and m.label in ("PERSON", "ORG", "GPE", "NORP")]
            start = pos + len(line) - len(line.lstrip())
            end = pos + colon
            label = text[start:end].split()
            if name and len(label) >= 3 and label[-1].lower() not in CREDITS:
                out.append(Quote(content=_span(text, start, end),
                                 speaker=_span(text, name_start, name_end),
                                 speaker_entity=name[0].entity, cue=_span(text, end, end + 1),
                                 kind=quote_kind(text, start, end, ())))
        pos += len(line) + 1
    return out


def _in_table(lines: list[str], n: int) -> bool:
    """A "label : value" line among lines of the same form (a results table's "Man of the
    Match : Aravinda de Silva" under "Bowling : …"): a listing, not a headline."""
    near = [line for line in lines[max(0, n - 4):n] + lines[n + 1:n + 5] if line.strip()]
    return sum(0 < line.find(":") < 30 for line in near) >= 2


_DASHED = re.compile(r"[ \t\u00a0]*[―—][ \t\u00a0]*(\w[^\n(,]{1,60}?)[ \t\u00a0]*(?=\(|,|\n|$)")


def signed_with_dash(doc, info: DocInfo, mentions, quotes: list[Quote]) -> list[Quote]:
    """A quotation signed with a dash and a name (“…” ― Sonya Herridge), the way blogs
    and embedded posts attribute a quotation."""
    text = info.text
    out = []
    for s, e in info.regions:
        m = _DASHED.match(text, e)
        if m is None or any(q.content.start < e and s < q.content.end for q in quotes):
            continue
        name_end = m.end(1)
        while text[name_end - 1] in ".;:":
            name_end -= 1
        name = _span(text, m.start(1), name_end)
        words = name.text.split()
        if not 1 <= len(words) <= 6 or not all(w[:1].isupper() for w in words[:2]):
            continue
        named = [x for x in mentions or [] if name.start <= x.start and x.end <= name.end]
        dash = e + next(i for i, c in enumerate(m.group(0)) if c in "―—")
        out.append(Quote(content=_span(text, s, e), speaker=name,
                         speaker_entity=named[0].entity if named else None,
                         cue=_span(text, dash, dash + 1),
                         kind="direct"))
    return out


def _opens_after(text: str, end: int) -> bool:
    """Whether the line goes on from ``end`` to a sentence's end and a lone opening mark
    (`Jansher said that he was disturbed … . "`): the speaker's quotation follows."""
    line = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)]
    return bool(re.fullmatch(r"\s*[.!?]\s*[\"\u201c]\s*", line))


def _line_chains(text: str, regions) -> dict:
    """Quotations carried over lines (``quote_regions``): each region of such a
    quotation -> all its regions, the opening line's to the closing line's."""
    chains: dict = {}
    run: list = []
    for s, e in sorted(regions):
        joined = run and not text[run[-1][1]:s].strip() and text[run[-1][1]:s].count("\n") == 1 \
            and text[s] not in "\"“”`'‘’"
        if joined:
            run.append((s, e))
            continue
        if len(run) > 1:
            chains.update({r[0]: tuple(run) for r in run})
        run = [(s, e)]
    if len(run) > 1:
        chains.update({r[0]: tuple(run) for r in run})
    return chains


def _closed_by_a_cue(doc, text: str, end: int) -> bool:
    """'… our holy places ? "' / 'asked Mustafa Hoshiyeh , …': a quotation whose next
    line opens on a verb of saying is that line's speaker's, whom the model did not
    take for one; not the last speaker's."""
    m = re.match(r"[ \t]*\n\s*([a-z]+)\b", text[end:end + 40])
    if m is None:
        return False
    word = doc.char_span(end + m.start(1), end + m.end(1))
    return word is not None and word[0].lemma_.lower() in CLOSING


def _read_after(doc, text: str, end: int) -> bool:
    """'"First Fruits of the Monstrousness," read the full-page editorial …': a quotation
    whose own line goes on with a verb of saying or of a text's wording, inverted, is
    what that verb's subject says (a document the model takes for no speaker), never the
    last speaker's."""
    m = re.match(r"[ \t,]*([a-z]+)\b", text[end:end + 30])
    if m is None:
        return False
    word = doc.char_span(end + m.start(1), end + m.end(1))
    return word is not None and word[0].pos_ in ("VERB", "AUX") and (
        word[0].lemma_.lower() in CLOSING | {"read"}) and any(
        c.dep_ in ("nsubj", "dobj", "attr") and c.pos_ in ("NOUN", "PROPN") and c.i > word[0].i
        for c in word[0].children)   # (the parse may take the inverted subject for an object)


def _run_together(text: str, s: int, e: int, regions, quotes: list[Quote]) -> int:
    """The end of an uncued paragraph's quotation [s, e) with the quotations run together
    after it (`… January. "This evidence …`: paragraphs of one quotation whose breaks
    were lost), the same quotation going on: up to one another quote takes, and short of
    a region holding a double mark inside it, which pairs marks across the writer's
    words (`… stadium." Some fans …, but he countered: "I …`)."""
    taken = min((q.content.start for q in quotes if q.content.start >= e), default=len(text))
    limit = min(run_on_quotations(text, s, e, regions), taken)
    for rs, re_ in sorted(regions):
        if rs < e or re_ > limit:
            continue
        if any(ch in '"“”' for ch in text[rs + 1:re_ - 1]):
            break
        e = re_
    return e


def uncued_paragraphs(doc, info: DocInfo, quotes: list[Quote], speakers) -> list[Quote]:
    """A quotation opening a paragraph, taken by no quote, belongs to the last speaker."""
    text = info.text
    out = []
    chains = _line_chains(text, info.regions)
    # (an "I" no one is found for, "I was disappointed when …" on a line of a quotation
    # whose marks the lines lost, is no source whose quotation goes on: the one quoted
    # before it is)
    quotes = [q for q in quotes if q.speaker is None or q.speaker_entity is not None
              or q.speaker.text.lower() not in FIRST_PERSON]
    for s, e in info.regions:
        if any(q.content.start < e and s < q.content.end for q in quotes):
            continue
        if s > 0 and text[s - 1] != "\n" or len(text[s:e].split()) < 4:
            continue
        chain = chains.get(s)
        if chain is not None:
            # A quotation set out a line at a time: the speaker of the quote its other
            # lines hold (the one before, else the one closing it: `"I don't usually
            # cry …` … `…," said an emotional Garcia`), never the last one before it,
            # which may be someone else's (`Jim Furyk spoke after …, "I'm proud …`).
            held = [q for q in quotes if q.speaker is not None and q.cue is not None
                    and any(q.content.start < ce and cs < q.content.end for cs, ce in chain)]
            opens = chain[0][0]
            if held:
                prior = [q for q in held if q.content.end <= s]
                last = max(prior, key=lambda q: q.content.end) if prior else min(
                    held, key=lambda q: q.content.start)
            elif opens > 0 and text[opens - 1] != "\n":
                continue   # (opened after words no quote took: whose, unknown)
            else:
                chain = None   # (opening its paragraph: the last speaker's, as below)
        if chain is None:
            before = [q for q in quotes if q.content.end <= s and q.speaker is not None]
            if not before or _closed_by_a_cue(doc, text, chains.get(s, [(s, e)])[-1][1]) \
                    or _read_after(doc, text, e):
                continue
            last = max(before, key=lambda q: q.content.end)
            if chains.get(s) is not None and s != chains[s][0][0] and last.kind == "indirect" \
                    and not _opens_after(text, last.content.end):
                # (a line carried on from a paragraph-opening quotation is the last
                # speaker's only where that speaker was being quoted in words: after
                # "Mr. Rosenstein says The Times's account is inaccurate." an op-ed's
                # closing quotation is not his; it is where his own line ends on the
                # mark that opens the quotation: `Jansher said that … . "`)
                continue
        # It is that speaker's quotation going on, as sure as the quote it continues
        # (all ten such paragraphs of the judged news samples whose speaker had an
        # entity were right; the form's own calibration on PolNeAR gave them 0.69).
        sure = last.confidence if last.attribution in ("speech", "position") else None
        e = _run_together(text, s, e, info.regions, quotes)
        out.append(Quote(content=_span(text, s, e), speaker=last.speaker,
                         speaker_entity=last.speaker_entity, cue=None, kind="direct",
                         confidence=sure))
    return out
