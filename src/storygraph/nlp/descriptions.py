"""Whom a description or a role stands for: "the Oscar winner", "the Sale full-back",
"The Wellingborough MP", "the Factory Records founder", "the Berlin wine merchant",
"Elian's great-uncle".

A description names no one: the person is the one the text named before (found as a
he/she is, antecedents), never the name set on it as its modifier (a club, a party, a
prize, a place); an owned person noun ("Stallone's publicist") is not its owner, but a
title the text gives one person beside a name ("great-uncle Lazaro Gonzalez") is that
person. Mixed into ``speakers.Speakers``; apart because these read the phrase's shape
(its determiner, modifiers, possessor, an agent noun's ending) to tell a description
from a name, which the rules that then find the person rely on.
"""
from __future__ import annotations

import re
from typing import Optional

from ..types import Entity
from .agreement import board_named
from .antecedents import described_person, national_noun, title_key
from .corefs import ROLE_NOUNS
from .elsewhere import BODY_DOCUMENTS
from .framing import body_noun
from .speaker_words import (DESCRIPTIONS, DOCUMENTS, ENTOURAGE, GOVERNING, KIN, LEAD_BODIES,
                            ORG_WORDS, PEOPLE_NOUNS, PERSON_NOUNS, PLACES, UNNAMED)

#: Every noun a word class here names; an agent noun outside them is a doer described.
KNOWN_NOUNS = (PERSON_NOUNS | ROLE_NOUNS | PEOPLE_NOUNS | DESCRIPTIONS | UNNAMED | DOCUMENTS
               | BODY_DOCUMENTS | ORG_WORDS | LEAD_BODIES | ENTOURAGE | KIN)
#: Endings of English agent nouns ("merchant", "producer", "cleric", "novelist").
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ic", "ian")
#: Titles of those who run a side, not play in it ("Coach Mike Ruddock").
STAFF = frozenset(("coach", "manager", "boss", "director", "chairman", "owner", "selector",
                   "trainer", "referee", "umpire"))
#: A player's caps in a description ("The 22-cap Dragons man", "the uncapped prop").
_CAPS = re.compile(r"\b(?:\d+-(?:cap|times[ -]capped)|(?:un)?capped)\b", re.I)
#: Nouns of a post one person holds in a body (not its spokesmen or officials, who are many).
POSTS = frozenset(("founder", "boss", "chairman", "chairwoman", "chief", "head", "director",
                   "editor", "president", "leader", "manager", "coach", "owner", "creator",
                   "executive", "captain", "producer", "publisher"))
#: Nouns for a journalist, "our correspondent" being the outlet's own.
JOURNALISTS = frozenset(("correspondent", "reporter", "editor"))
#: Nouns of those who speak for someone else, never of whom they speak about.
SPOKESMEN = frozenset(("spokesman", "spokeswoman", "spokesperson", "representative",
                       "publicist"))


def agent_noun(word: str) -> bool:
    """An agent noun no word class here names ("publicist", "merchant", "producer",
    "cleric"), not a body's ("department", "centre", "newspaper")."""
    return word not in KNOWN_NOUNS and word.endswith(AGENT_ENDINGS) and not word.endswith(
        ("ment", "center", "centre", "paper", "ster"))


class Descriptions:
    """The rules above, over a ``Speakers``' state (see the module)."""

    @staticmethod
    def _post_of(head, inside) -> bool:
        """A definite description of the one holder of a body's post ("the Factory
        Records founder", "the BPI chief"): the body's name before the post's noun."""
        return head.pos_ == "NOUN" and head.lemma_.lower() in POSTS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) and all(
            m.label != "PERSON" and m.end <= head.idx for m in inside)

    @staticmethod
    def _modifier(head, m) -> bool:
        """"The Oscar winner", "the Blair aide": a name set on a description's noun as
        its modifier says what the person won or whom they serve; the noun is the
        person, found as a he/she is, never the name (a prize the tagger read as a
        person: "oscar")."""
        return m.end <= head.idx and any(t.dep_ == "compound" and t.head.i == head.i
                                         for t in head.doc[head.left_edge.i:head.i]
                                         if m.start <= t.idx < m.end)

    def _named_after_body_noun(self, doc, entity: str) -> bool:
        """Whether the text sets a noun for a body right before a name of the entity
        ("the official newspaper Granma"), whatever the tagger typed the name."""
        for m in self.mentions:
            if m.entity == entity and m.start > 0:
                tok = self._token_at(doc, m.start)
                if tok.i > 0 and tok.idx == m.start and doc[tok.i - 1].pos_ == "NOUN" \
                        and body_noun(doc[tok.i - 1]):
                    return True
        return False

    def _staff_for_player(self, head) -> frozenset:
        """The people a player's description cannot be: where the phrase counts caps
        ("The 22-cap Dragons man"), everyone the text titles as running a side ("Coach
        Mike Ruddock", "manager Arsene Wenger"); else none."""
        phrase = head.doc[head.left_edge.i:head.i + 1].text
        if not _CAPS.search(phrase):
            return frozenset()
        titled = set()
        for m in self.people:
            before = self.text[max(0, m.start - 12):m.start].split()
            if before and before[-1].lower() in STAFF:
                titled.add(m.entity)
        return frozenset(titled)

    def _speaks_for(self, head, found: Optional[str]) -> Optional[str]:
        """Whom a spokesman's noun found as a description stands for: a person only where
        the text gave that person the noun ("spokesman Ann Cole", "Ann Cole, a
        spokeswoman"); else the body the spokesman last quoted spoke for ("An Acme
        spokesman said … The firm's spokesman added"), else no one. The person named
        before is whom he speaks about ("the singer was taken ill … the band's
        spokesman said"), never he."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in SPOKESMEN or (
                found is not None and found not in self.person_entities):
            return found
        noun = head.lower_
        for m in self.people:
            if m.entity == found and noun in self.text[max(0, m.start - 30):m.end + 30].lower():
                return found
        # (a new spokesman, "a spokeswoman", may speak for another body)
        definite = any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss"
                       for c in head.children)
        return self.spoken_for if definite else None

    def _only_person_before(self, head) -> Optional[str]:
        """The one person the text names before the head, outside quotation marks ("Frank
        Bruno has quit … An eye specialist told the 35-year-old Bruno … The Briton said"):
        a description of one person with nobody else to fit it; none where two are named
        (two surnames)."""
        # (a wire headline's "Boxing-Bruno" is the same man: one surname is one person)
        people = [m for m in self.named if m.end <= head.idx and m.entity in self.person_entities]
        if len({m.text.split()[-1].split("-")[-1].lower() for m in people}) != 1:
            return None
        return max(people, key=lambda m: len(m.text.split())).entity

    def _one_person_before(self, head) -> Optional[str]:
        """The one person the text names by name before the head, outside quotation
        marks (role nouns that stand for someone are no other person)."""
        people = {m.entity for m in self.people if m.end <= head.idx and not self._quoted(m.start)}
        return people.pop() if len(people) == 1 else None

    def _person_named_last(self, head) -> Optional[str]:
        """The person named last before the head outside quotation marks, within its
        paragraph and the one before (one sentence a line: its line and the line before).
        Never a name the text gives no person, however the tagger typed it ("top of the
        Premiership" is a league: a name never written without "the")."""
        lo = self.text.rfind("\n", 0, self.text.rfind("\n", 0, head.idx)) + 1
        return next((m.entity for m in reversed(self.named)
                     if lo <= m.start and m.end <= head.idx
                     and m.entity in self.person_entities and m.entity not in self.no_one), None)

    def _bare_title(self, head) -> bool:
        """"The Judge", "the Senator": a definite phrase that is only a word the text sets
        as a title before a person's name, which a reader takes for that person."""
        # (or a noun a lead's person was named by: "Ann Cole's agent has warned … / Ed
        # Lee says … the agent added")
        return head.pos_ in ("PROPN", "NOUN") and head.left_edge.i == head.i - 1 \
            and head.doc[head.i - 1].lower_ == "the" and (
                self.a_title(head) or title_key(head) in self.titled)

    def _aged_named_before(self, head) -> Optional[str]:
        """Whom a bare age ("The 14-year-old said") stands for where the search for a
        subject found none: the person named last before it, outside quotation marks, in
        its sentence or the one before (named anywhere there, "… in the shape of Ann Lee,
        who plays … The 14-year-old said"), as a he/she after a name is."""
        doc = head.doc
        if not (head.lower_ == "old" and "year" in doc[max(0, head.i - 2):head.i].text) \
                or not doc.has_annotation("SENT_START"):
            return None
        start = head.sent.start
        lo = doc[start - 1].sent.start_char if start > 0 else head.sent.start_char
        # (not a name inside a relative clause on another: "Ann Lee, who plays Hermione
        # in the Harry Potter films" speaks of the part and the films, not of a speaker)
        return next((m.entity for m in reversed(self.named)
                     if lo <= m.start and m.end <= head.idx and m.entity in self.person_entities
                     and m.entity not in self.no_one and not any(a.dep_ == "relcl" for a in self._token_at(doc, m.start).ancestors)),
                    None)

    def _role_after_name(self, head):
        """The role noun a definite phrase ends on after a body's or a place's name,
        which the parse made the name's dependent ("the Sale full-back", "the Labour
        MP"), else None."""
        if head.pos_ != "PROPN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                            for c in head.children):
            return None
        if any(m.label == "PERSON" and m.start <= head.idx < m.end for m in self.mentions):
            return None
        doc = head.doc
        for c in head.children:
            if c.i <= head.i or c.pos_ != "NOUN" or c.i > head.i + 3 or c.dep_ in ("conj", "appos"):
                continue
            if not all(t.text == "-" or t.pos_ in ("ADJ", "NOUN", "PROPN") for t in doc[head.i + 1:c.i]):
                continue   # ("the Fed and its chairman": two sources, not one's role)
            hyphened = c.i >= 2 and doc[c.i - 1].text == "-" and doc[c.i - 2].is_alpha
            if c.lower_ in DESCRIPTIONS | PERSON_NOUNS | ROLE_NOUNS or (hyphened and c.lower_ == "back"):
                return c
        return None

    def _role_described(self, head) -> bool:
        """A definite description of one person by a role ("the MP", "the leader") that
        a name of the phrase would otherwise take: the tagger's span ending on the role
        word ("The Wellingborough MP"), or a body the person led before ("The former
        Ukip leader")."""
        if head.lower_ not in DESCRIPTIONS | PERSON_NOUNS or not described_person(head):
            return False
        covering = next((m for m in self.mentions if m.start <= head.idx < m.end), None)
        if covering is not None:
            return covering.end == head.idx + len(head.text)
        former = any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in head.children)
        return former and any(m.label not in PLACES and m.label != "PERSON"
                              and head.left_edge.idx <= m.start and m.end <= head.idx
                              for m in self.mentions)

    @staticmethod
    def _group(head) -> bool:
        """A plural demonym heading the phrase ("Cuban Americans", "many Iraqis"): the
        people of a nation, which is neither the place nor its government."""
        if head.tag_ not in ("NNS", "NNPS") or head.ent_type_ != "NORP":
            return False
        from .gazetteer import places
        word = head.lower_.split("-")[-1]
        return word.endswith("s") and word[:-1] in places().demonyms

    def _nation_group(self, head, inside) -> bool:
        """A people's adjective over a plural noun for persons or office holders
        ("European leaders", "Asian ministers"): an unnamed group, where the adjective
        is no place's word the text names (the id would be minted from the adjective;
        "French officials" of France stay the country's)."""
        if head.tag_ != "NNS" or not inside or head.lemma_.lower() not in (
                PERSON_NOUNS | PEOPLE_NOUNS | POSTS | ROLE_NOUNS):
            return False
        places = {m.entity for m in self.mentions if m.label in ("GPE", "LOC")}
        return all(m.label == "NORP" and m.end <= head.idx and m.entity not in places
                   for m in inside)

    def _other_people_in_sentence(self, head) -> bool:
        """Whether the words a people's noun for a speaker says call someone by another
        people's noun ("the Scot admitted he was unsure whether to start the
        Dutchman"): two peoples, two persons."""
        if not self.contents or not head.doc.has_annotation("SENT_START"):
            return False
        start, end = self.contents[-1]
        own = head.lower_
        return any(t.idx >= start and t.idx < end and t.i != head.i and national_noun(t)
                   and t.lower_ != own and described_person(t) for t in head.sent)

    def _other_than(self, head, found) -> Optional[str]:
        """Whom a people's noun stands for when the person named last is someone else's
        subject: the person its sentence names as a possessor ("Ferguson's own striker
        …"), else the last person quoted; None when neither is another."""
        sent = head.sent
        owner = next((m.entity for m in self.people if sent.start_char <= m.start < head.idx
                      and m.entity != found and any(
                          t.dep_ == "poss" for t in sent if m.start <= t.idx < m.end)), None)
        if owner is not None:
            return owner
        return self.last if self.last not in (None, found) else None

    @staticmethod
    def _placed_doer(head) -> bool:
        """A definite singular noun for one who does something ("the wine merchant",
        "Argentina's top cleric", "the leading beryllium producer") that no word class
        here knows: an agent noun by its ending, not a body's or a person's post."""
        if head.tag_ != "NN" or not agent_noun(head.lemma_.lower()):
            return False
        return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss"
                   for c in head.children)

    def _set_off_before_owner(self, head, inside) -> Optional[Entity]:
        """The person named before a dash or comma that sets off a possessed role noun
        ("Fund manager Ann Cole - Acme's largest investor - said", which the parse
        flattens into compounds under the role): she is the role's holder and speaks,
        not an unnamed investor of the owner. None where the phrase is not so."""
        if head.pos_ != "NOUN" or not (head.lemma_.lower() in PERSON_NOUNS | DESCRIPTIONS
                                       | PEOPLE_NOUNS or agent_noun(head.lemma_.lower())):
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
        if owner is None or owner.pos_ != "PROPN":
            return None
        # (the owner's name, not its subtree: the parse hangs the whole phrase on it)
        start = next((o.start for o in inside if o.start <= owner.idx < o.end), owner.idx)
        for m in inside:
            if m.label == "PERSON" and m.end < start \
                    and self.text[m.end:start].strip() in ("-", "\u2013", "\u2014", ",") \
                    and not any(o.start < start and o.end > m.end for o in inside if o is not m):
                return m
        return None

    @staticmethod
    def _owned_by(head, m) -> bool:
        """Whether the name ``m`` hangs on the speaker's head noun as its possessor or
        the object of its "of"/"to" ("Castro's chief aide", "an aide to Mr Blair")."""
        tok = next((t for t in head.subtree if t.idx == m.start), None)
        while tok is not None and tok.head.i != tok.i and tok.i != head.i:
            if tok.head.i == head.i:
                # (a group named by whom it acts for: "the Bush administration")
                return tok.dep_ == "poss" or (tok.dep_ == "compound"
                                              and head.lemma_.lower() in ENTOURAGE)
            if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to") and tok.head.head.i == head.i:
                return True
            tok = tok.head
        return False

    def _titled_with(self, head, owner: str) -> Optional[str]:
        """The one person (not the owner) the text names with the owned noun set before
        the name as a title: "Elian's great-uncle" where it wrote "great-uncle Lazaro
        Gonzalez"."""
        doc = head.doc
        at = next((c.right_edge.i + 1 for c in head.children if c.dep_ == "poss"), None)
        if at is None or at > head.i:
            return None
        noun = doc[at:head.i + 1].text.lower() + " "
        found = {m.entity for m in self.people if m.entity != owner and len(m.text.split()) >= 2
                 and self.text[max(0, m.start - len(noun)):m.start].lower() == noun}
        return found.pop() if len(found) == 1 else None

    def kin_named_with(self, head, owner: str) -> Optional[str]:
        """The one person the text names with the owner's possessive and this kin noun
        set before the name ("his son said" where it wrote "Cole's son Tom"): the
        relative so named, however short the name. Else None."""
        kin = re.compile(r"(?:'s?|\u2019s?) " + re.escape(head.lower_) + r" $")
        found = set()
        for m in self.people:
            hit = kin.search(self.text[max(0, m.start - len(head.lower_) - 4):m.start].lower())
            if m.entity == owner or hit is None:
                continue
            end = m.start - len(head.lower_) - 4 + hit.start() if m.start >= len(head.lower_) + 4 \
                else None
            if end is not None and any(o.entity == owner and o.end == end for o in self.mentions):
                found.add(m.entity)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def own_journalist(head) -> bool:
        """"Our correspondent", "our reporter": the outlet's own journalist, whom the
        text names as such or not at all, never a source it quotes."""
        return head.pos_ == "NOUN" and head.lower_ in JOURNALISTS and any(
            c.dep_ == "poss" and c.lower_ == "our" for c in head.children)

    def journalist_named(self, head) -> Optional[str]:
        """The person the text names as a journalist before an own journalist's phrase,
        the last one: with the noun set before or after the name ("correspondent Ann
        Lee", "Ann Lee, our reporter"), or introduced by an outlet's possessive and where
        they stand ("The Acme's Ann Lee in Paris says"); else None."""
        for m in reversed([m for m in self.people if m.end <= head.idx
                           and not self._quoted(m.start)]):
            before = self.text[max(0, m.start - 16):m.start].split()
            after = self.text[m.end:m.end + 24].lower()
            if before and before[-1].lower() in JOURNALISTS or any(
                    after.startswith(", our " + w) for w in JOURNALISTS):
                return m.entity
            owner = self.text[max(0, m.start - 3):m.start]
            if owner in ("'s ", "\u2019s ") and any(
                    o.end == m.start - 3 and o.label not in ("PERSON", "GPE", "LOC", "NORP")
                    for o in self.mentions) and re.match(r" in [A-Z]", self.text[m.end:m.end + 5]):
                return m.entity
        return None

    def nicknamed_post(self, head, inside) -> bool:
        """"The Toon boss": a side's staff post ("boss", "manager") whose only name is one
        word the tagger typed a person's, set on the noun as its modifier (a side's
        nickname): the post's holder speaks, never the name."""
        return head.pos_ == "NOUN" and head.lemma_.lower() in STAFF and bool(inside) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) and all(
            m.label == "PERSON" and " " not in m.text.strip() and self._modifier(head, m)
            for m in inside)

    def governed_body(self, head) -> Optional[str]:
        """The body whose board the text named before: a bare "the board" after "the
        Acme board" or "Acme's board" is Acme's, which speaks for it; so is an "it" in
        the sentence that named the board before it ("… approached the Acme board with
        an offer, it has confirmed"). None where the text names no such board."""
        doc = head.doc
        if head.pos_ == "PRON" and head.lower_ == "it":
            lo, nouns = head.sent.start_char, GOVERNING
        elif head.pos_ == "NOUN" and head.lemma_.lower() in GOVERNING and head.i > 0 \
                and head.left_edge.i == head.i - 1 and doc[head.i - 1].lower_ == "the":
            lo, nouns = 0, frozenset((head.lemma_.lower(),))
        else:
            return None
        for m in reversed(self.mentions):
            if not (lo <= m.start and m.end <= head.idx) or self._quoted(m.start) \
                    or not (m.entity in self.org_ids or m.label == "ORG"):
                continue
            if m.entity not in self.no_one and board_named(self.text, m, nouns):
                return m.entity
            words = m.text.split()
            if len(words) >= 2 and words[-1].lower() in nouns:
                # (the tagger's name ran on to the noun, "the Albion board": the body so
                # named before, "Bristol Albion")
                short = " ".join(words[:-1])
                body = next((o.entity for o in self.mentions if o.end <= m.start
                             and o.entity != m.entity and o.label != "PERSON"
                             and (o.text == short or o.text.endswith(" " + short))), None)
                if body is not None:
                    return body
        return None

    def staff_named_before(self, head) -> Optional[str]:
        """The person the text named last before the head with a noun of a side's staff
        ("manager Ann Lee" for "the boss"), outside quotation marks, within its paragraph
        and the one before; else None."""
        lo = self.text.rfind("\n", 0, self.text.rfind("\n", 0, head.idx)) + 1
        for m in reversed([m for m in self.people if lo <= m.start and m.end <= head.idx
                           and not self._quoted(m.start)]):
            before = self.text[max(0, m.start - 12):m.start].split()
            if before and before[-1].lower() in STAFF:
                return m.entity
        return None
