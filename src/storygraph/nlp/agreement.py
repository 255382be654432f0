"""Checks on the entity a speaker phrase was found to stand for, against the phrase and
the words said.

A she is never a man the text makes one ("Mr X"), nor a he a woman: the person of that
sex named last in the paragraph before is. The entity named in what the speaker says, in
the speaker's own sentence, is whom the words are about, not who says them ("the
chancellor said Mr Baume was never at meetings"); a he the quotation itself names in a
bracket ("He (Bridge) has no chance") is someone else; a he/she right after the last
person quoted, with nobody named since, is that speaker. Mixed into
``speakers.Speakers``; apart from the rules that find a speaker because these judge what
was found, after the fact, from the quotes so far.
"""
from __future__ import annotations

import re
from typing import Optional

from ..types import Span
from .speaker_words import GENDER, KIN_SEX

#: A third person's pronoun and the writer's bracket naming whom it stands for ("He (Bridge)").
_BRACKETED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is)\s*[(\[]([^()\[\]]{1,60})[)\]]")
#: Marks a quotation opens with.
QUOTE_OPENERS = frozenset(('"', "\u201c", "'", "\u2018"))


class Agreement:
    """The checks above, over a ``Speakers``' state (see the module)."""

    def _other_sex(self, found: str, sex: str) -> bool:
        known = self.gender.get(found, set())
        return bool(known) and sex not in known

    def _of_sex(self, before: int, sex: str, head) -> Optional[str]:
        """The person named last before ``before`` (outside quotation marks and what was
        said, within the paragraph before) whom the text does not make the other sex."""
        brk = self.text.rfind("\n", 0, before)
        while brk > 0 and self.text[brk - 1] == "\n":
            brk -= 1   # (blank lines between paragraphs)
        lo = self.text.rfind("\n", 0, brk) + 1 if brk > 0 else 0
        for m in reversed([m for m in self.named if lo <= m.start and m.end <= before]):
            if not self._other_sex(m.entity, sex) and m.entity not in self.no_one - self.voiced:
                return m.entity
        return None

    def _content_sex(self, head) -> Optional[str]:
        """The sex of the he/she that opens what a description reports ("the singer said
        he did not see …"): in reported speech that he is the speaker himself. None
        where the content is a quotation (its he is someone spoken of) or opens on
        anything else, or where the noun has a sex of its own ("the mother said he
        …" is her son)."""
        word = head.lower_
        if word in KIN_SEX or word.endswith(("man", "ess")) or not self.contents:
            return None
        start, end = self.contents[-1]
        words = [t for t in head.doc if start <= t.idx < end and not t.is_punct][:2]
        if words and words[0].lower_ in ("that", "how", "why") and len(words) > 1:
            words = words[1:]
        if not words or words[0].pos_ != "PRON" or self._quoted(words[0].idx) \
                or words[0].dep_ not in ("nsubj", "nsubjpass"):
            return None
        return GENDER.get(words[0].lower_)

    def _said_about(self, found: str, speaker: Span, head) -> bool:
        """Whether the entity found for a speaker phrase that does not name it (a
        he/she, "the chancellor") is named, in the speaker's own sentence, in what the
        speaker says: then it is whom the words are about ("the chancellor said Mr
        Baume was never at meetings" is not Baume speaking)."""
        if any(m.entity == found and speaker.start <= m.start < speaker.end
               for m in self.mentions + self.corefs):
            return False
        start, end = self.contents[-1]
        if self.text[start:start + 1] in QUOTE_OPENERS:
            # (a quotation is the speaker's own words, and may name him: "Announcing the
            # change, he wrote: "The being formally known as Kanye West."")
            return False
        if head.doc.has_annotation("SENT_START"):
            start = max(start, head.sent.start_char)
            end = min(end, head.sent.end_char)
        return any(m.entity == found and start <= m.start < end for m in self.mentions)

    def _bracketed_in_quotation(self, found: str) -> bool:
        """Whether the quotation being read names ``found`` in a bracket right after a
        he/she/him/her/his: the writer's note on whom the speaker talks about."""
        start, end = self.contents[-1]
        if self.text[start:start + 1] not in QUOTE_OPENERS:
            return False
        for hit in _BRACKETED.finditer(self.text, start, end):
            if any(m.entity == found and hit.start(1) <= m.start < hit.end(1)
                   for m in self.mentions):
                return True
        return False

    def _spoken_of_in_quotation(self, found: str, sex: str, head) -> bool:
        """Whether the quotation a he/she said speaks of ``found`` in the third person:
        it has a he/his/him of that sex, ``found`` is the last person named before it,
        and someone else spoke last ('X warned that Y needed a break. Y was
        crowned … "He was phenomenal," he said' is X on Y)."""
        start, end = self.contents[-1]
        if self.text[start:start + 1] not in QUOTE_OPENERS or self.last in (None, found) \
                or self._other_sex(self.last, sex):
            return False
        words = ("he", "his", "him") if sex == "m" else ("she", "her", "hers")
        said = self.text[start:min(end, head.idx)]
        if not re.search(r"\b(?:" + "|".join(words) + r")\b", said, re.I):
            return False
        # (the last person named before the quotation, outside quotation marks, a
        # quotation run over a paragraph break included)
        before = [m for m in self.named if m.end <= start]
        return bool(before) and before[-1].entity == found

    def _recent_speaker(self, at: int) -> bool:
        """Whether the last person quoted spoke in this or the previous paragraph with
        no other person named since (outside quotations and what was said): then a
        "he said" is that speaker ("…, said Paul King. … he said")."""
        if self.last_end is None or self.last_end > at:
            return False
        if self.text[self.last_end:at].count("\n") > 2:
            return False
        return not any(self.last_end <= m.start < at
                       and not any(s <= m.start < e for s, e in self.contents)
                       for m in self.named)
