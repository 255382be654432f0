"""Checks on the entity a speaker phrase was found to stand for, against the phrase and
the words said.

A she is never a man the text makes one ("Mr X"), nor a he a woman: the person of that
sex named last in the paragraph before is. The entity named in what the speaker says, in
the speaker's own sentence, is whom the words are about, not who says them ("the
chancellor said Mr Baume was never at meetings"); a he the quotation itself names in a
bracket ("He (Bridge) has no chance") is someone else; a he/she right after the last
person quoted, with nobody named since, is that speaker. A he/she whose antecedent
cannot be it (the other sex, a body, a place, a name the text only writes after "the")
is found again without it before falling back on the last person of that sex named; the
text's own his/her say a person's sex where no title does. Mixed into
``speakers.Speakers``; apart from the rules that find a speaker because these judge what
was found, after the fact, from the quotes so far.
"""
from __future__ import annotations

import re
from typing import Optional

from ..types import Span
from .elsewhere import SUITS
from .speaker_words import GENDER, GOVERNING, KIN_SEX

#: A third person's pronoun and the writer's bracket naming whom it stands for ("He (Bridge)").
_BRACKETED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is)\s*[(\[]([^()\[\]]{1,60})[)\]]")
#: A third person's pronouns, and those of them that say whose (the sex they say).
_THIRD_WORDS = frozenset(("he", "his", "him", "himself", "she", "her", "hers", "herself"))
_OWN_WORDS = {"his": "m", "himself": "m", "her": "f", "herself": "f"}
#: Marks a quotation opens with.
QUOTE_OPENERS = frozenset(('"', "\u201c", "'", "\u2018"))


def sexes_in_text(doc, people: list) -> dict:
    """Whom the text itself makes a man or a woman: a person named first in a sentence
    (no one named, no he/she before) whose sentence goes on with a his/her before anyone
    else is named ("I'd like Staunton to win, but her chances are slim"), every such
    sentence agreeing; not a his/her inside what someone says there ("Rantzen said he
    was lovely", "Richards says the runner must draw on her past": someone else's). A
    reader tells a woman's name so; no list of given names can ("Imelda", "Hilary")."""
    seen: dict = {}
    if not doc.has_annotation("DEP"):
        return seen
    for i, m in enumerate(people):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent, tok = span[-1].sent, span[-1]
        if any(sent.start_char <= p.start < m.start for p in people) or any(
                t.lower_ in _THIRD_WORDS for t in doc[sent.start:span[0].i]):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("'s", "\u2019s", "'", "\u2019"):
            continue  # (an owner's he/she may be the owned one's: "Smith's wife said she")
        nxt = next((p.start for p in people[i + 1:] if p.entity != m.entity), sent.end_char)
        hit = next((t for t in doc[tok.i + 1:sent.end] if t.idx < nxt and t.lower_ in _THIRD_WORDS),
                   None)
        if hit is None or hit.lower_ not in _OWN_WORDS or any(
                t.lower_ in KIN_SEX for t in doc[sent.start:hit.i]):
            continue  # (nor where a relative is spoken of: "the wife of Smith said her")
        said = next((a for a in hit.ancestors if a.dep_ == "ccomp"), None)
        if said is not None and not (said.left_edge.i <= tok.i <= said.right_edge.i):
            continue
        seen.setdefault(m.entity, set()).add(_OWN_WORDS[hit.lower_])
    return {e: s for e, s in seen.items() if len(s) == 1}


def board_named(text: str, m, nouns=GOVERNING) -> bool:
    """Whether a body's name is set before one of ``nouns`` for the body that runs it
    ("the Acme board", "Acme's board"): the words name its board, not the body alone."""
    after = re.match(r"(?:'s|\u2019s)? (\w+)", text[m.end:m.end + 20])
    return after is not None and after.group(1).lower() in nouns


class Agreement:
    """The checks above, over a ``Speakers``' state (see the module)."""

    def _other_sex(self, found: str, sex: str) -> bool:
        known = self.gender.get(found, set())
        return bool(known) and sex not in known

    def _no_person(self, found: str) -> bool:
        """Whether an entity is a name minted as a body's ("Org" of a web address) the
        text never makes a person: no he or she. (Not every name typed a body: the
        tagger reads "Vince Cable" or "Whedon" so.)"""
        if found in self.person_entities or any(m.entity == found for m in self.corefs):
            return False
        return any(m.entity == found and m.label == "ORG" for m in self.minted)

    def _read_sexes(self, doc) -> None:
        """Whom the text's own his/her make a man or a woman (sexes_in_text), once, where
        no title said it."""
        if not getattr(self, "_sexes_read", False):
            self._sexes_read = True
            for found, sex in sexes_in_text(doc, self.people).items():
                self.gender.setdefault(found, set(sex))

    def _agrees(self, found: str, sex: str) -> bool:
        """Whether a he/she can stand for an entity: a person not of the other sex."""
        # (a body whose spokesman spoke is his: "A spokesman for the BSA said … He said";
        # not once a person has spoken since: "Acme's spokeswoman said … Jo Bloggs told
        # … Acme had sent kits, but he said" is Bloggs)
        body = found in self.no_one or self._no_person(found) or self._only_a_body(found)
        return not (self._other_sex(found, sex) or self._a_place(found)
                    or body and not (found in self.voiced and self.last not in self.person_entities))

    def _only_a_body(self, found: str) -> bool:
        """Whether the text names an entity only as an organisation (voted so over the
        whole document, never typed a person, no role tied to it) and never in a
        person's name form, two or three capitalised words, the last its word (the
        tagger may type "Vince Cable" or "Joss Whedon … Whedon" a body's): no he or
        she."""
        from .bodies import body_name

        if found not in getattr(self, "org_ids", ()) or found in self.person_entities \
                or any(m.entity == found for m in self.corefs):
            return False
        last = {m.text.split()[-1] for m in self.mentions if m.entity == found and m.text.split()}
        if any(2 <= len(m.text.split()) <= 3 and m.text.split()[-1] in last
               and all(w[:1].isupper() for w in m.text.split())
               and not body_name(m.text) for m in self.mentions):
            return False
        # (nor where a capitalised word the tagger left out stands right before it: a
        # given name, "Joss Whedon")
        return not any(m.entity == found and re.search(r"\b[A-Z][a-z]+ $", self.text[max(0, m.start - 20):m.start])
                       for m in self.mentions)

    def _agreeing_antecedent(self, head, found: str, sex: str) -> Optional[str]:
        """Whom a he/she stands for when the antecedent found cannot be it: the search
        again without it ("Staunton is the choice of Steven Gaydos. But he predicted" is
        Gaydos, named in the same clause, not the woman nor whoever is named last), a few
        times over, before falling back to the last person of that sex named."""
        excluded = {found}
        for _ in range(3):
            self.excluded = frozenset(excluded)
            try:
                again = self.antecedent(head)
            finally:
                self.excluded = frozenset()
            if not again or again in excluded:
                return None
            if self._agrees(again, sex):
                return again
            excluded.add(again)
        return None

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
        if self.how == "document" and (head.lemma_.lower() in SUITS or any(
                c.dep_ == "poss" and c.pos_ == "NOUN" for c in head.children)):
            # (a document names its author in the third person: "The lawsuit said Ann
            # Cole has endured …" is still her suit speaking, "the firm's website says
            # Acme's service …" Acme's own, as "Acme's website" would be)
            return False
        start, end = self.contents[-1]
        if self.text[start:start + 1] in QUOTE_OPENERS:
            # (a quotation is the speaker's own words, and may name him: "Announcing the
            # change, he wrote: "The being formally known as Kanye West."")
            return False
        if head.doc.has_annotation("SENT_START"):
            start = max(start, head.sent.start_char)
            end = min(end, head.sent.end_char)
        # (not where the words name only its board, which is who says them: "… approached
        # the Acme board with an offer, it has confirmed")
        return any(m.entity == found and start <= m.start < end
                   and not board_named(self.text, m, GOVERNING) for m in self.mentions)

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
