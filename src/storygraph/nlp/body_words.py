"""Which body an "it", "the firm", "the company" or "a spokesman for the company"
speaks for.

A body's word names no one itself: it points back. It is the body the text introduced
with the phrase's own words ("Security firm iDefence … The security firm says"), else
the one body its own sentence names before it or heads an earlier clause with, else the
body an "it" spoke for two sentences back ("It also said"), the body the sentence before
speaks through or is about, and last the body named last before; never a person, a work,
the outlet a source told ("told Reuters"), nor a body of another kind ("Champions
League" for "the club"); "the corporation" is the parent whose name opens the one found
("BBC Two": the BBC). Mixed into ``speakers.Speakers``; apart because what counts as a
body is read off the whole document (bodies.org_entities), not off the phrase: the
tagger often types a company as a person in one place and right in another.
"""
from __future__ import annotations

import re
from typing import Optional

from ..types import Span
from .bodies import THINK_TANKS, maker_word, named_as_body
from .speaker_words import DOCUMENTS, ORG_NOUNS, ORG_WORDS, PLACES, SUBJECTS

#: Lower-case words a person's name may hold ("Charles de Gaulle", "Osama bin Laden").
NAME_PARTICLES = frozenset(("de", "da", "di", "du", "del", "della", "des", "la", "le", "van",
                            "von", "der", "den", "ter", "bin", "ibn", "al", "el", "ben", "y", "e"))


#: Nouns for a body that point back as "the firm" does, beside ORG_WORDS (which also
#: make a name after them a body's, as "bank" before a place's name does not); a
#: broadcaster's ("the station", "the channel"), as "the network" is, among them.
BODY_NOUNS = THINK_TANKS | frozenset((
    "bank", "station", "channel",
    # (a market's operator: "rival Deutsche Boerse … The German exchange said")
    "exchange"))


def firm_word(word: str) -> bool:
    """A noun for a firm or a body like one: a body's word ("firm", "retailer", "the
    bank", "the think-tank") or a compound naming what it makes ("drugmaker",
    "carmaker", "chipmaker"; not "lawmaker", a person)."""
    word = word.lower()
    if word in ORG_WORDS or word in BODY_NOUNS:
        return True
    return maker_word(word)


def firm_token(tok) -> bool:
    """Whether a speaker's head is a firm's word (``firm_word``), but "the central bank",
    a country's, never the firm named before."""
    return firm_word(hyphened(tok)) and not (
        tok.lower_ == "bank" and any(c.lower_ in ("central", "reserve", "national")
                                     for c in tok.children))


def hyphened(tok) -> str:
    """A token's word with the hyphened words before it ("think-tank" of "tank")."""
    doc, i, word = tok.doc, tok.i, tok.lower_
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_:
        word = doc[i - 2].lower_ + "-" + word
        i -= 2
    return word


def _other_kind(name: str, noun: str) -> bool:
    """Whether a body's name ends on a word for a kind of body other than ``noun``
    ("Champions League" for "the club"); a firm's corporate word says nothing of it."""
    words = name.lower().replace("'s", "").split()
    return len(words) >= 2 and words[-1] in _KINDS - {noun} and noun not in words


#: Last words of a body's name that say what kind of body it is (not "News", "Times" or
#: "International", which companies' names end on too).
_KINDS = frozenset(("league", "committee", "commission", "council", "ministry", "department",
                    "court", "parliament", "assembly", "festival", "university", "police",
                    "federation", "association", "union", "party", "government", "agency",
                    "board", "authority", "foundation", "institute", "society", "organisation",
                    "organization", "office", "championship", "cup", "tournament"))


#: Words for a broadcast medium, which a station's name holds before the place or owner
#: it is named after ("BBC Radio Leicester", "Border Television"), and no person's does.
BROADCAST_WORDS = frozenset(("radio", "television", "tv"))


def _body_phrase(name: str) -> bool:
    """A name of two words or more only a body's can be: opening on "The" ("The News"),
    holding a lower-case word no person's name has ("News of the World"), or a word for
    a broadcast medium before its last ("BBC Radio Leicester": the place it ends on is no
    surname of a station's)."""
    words = name.split()
    return len(words) >= 2 and (words[0] == "The" or any(
        w.islower() and w not in NAME_PARTICLES for w in words[1:-1])
        or any(w.lower() in BROADCAST_WORDS for w in words[:-1]))


_NAME = r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*"
#: The words before a name given as an example: "such as X, Y and", "including X or".
_EXAMPLES = re.compile(r"\b(?:such as|including)\s+(?:" + _NAME + r"(?:\s*,\s*|,?\s+(?:and|or)\s+))*$")

#: Labels of works, products and events, for which no body speaks.
WORKS = frozenset(("WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"))
#: Nouns for a body that owns others ("the corporation" of BBC One and BBC Two).
PARENT_NOUNS = frozenset(("corporation", "group", "conglomerate"))

#: A country's or place's governing body: speaks for the place ("the Venezuelan government").
GOVERNMENTS = frozenset(("government", "administration", "authority", "authorities", "regime"))
#: Nouns for a part of a firm that speaks as a body of its own ("the Acme subsidiary" is
#: the subsidiary, never Acme).
PART_NOUNS = frozenset(("subsidiary", "unit", "division", "arm", "affiliate"))
#: Nouns for a body that watches over others: one the text names, never the country
#: whose word it has ("the US regulator" is no country).
WATCHDOGS = frozenset(("regulator", "watchdog"))


def _lead_end(text: str) -> int:
    """Where a story's lead ends: its first paragraph that ends a sentence (a headline
    line before it has no full stop)."""
    at = 0
    for para in text.split("\n"):
        at += len(para) + 1
        if para.rstrip().endswith((".", "!", "?", '"', "”")):
            return at
    return at


class BodyWords:
    """The rules above, over a ``Speakers``' state (see the module)."""

    def _a_person(self, entity: str) -> bool:
        """Whether the text names this entity as a person in full ("Sutopo Purwo
        Nugroho"), and never like a company ("Johnson & Johnson", "Diageo Chateau") nor
        as one elsewhere ("Shares in Krispy Kreme" where the tagger typed it a person)."""
        # (an author whose work spoke is what "it" is: "Brown's Britain, by Robert
        # Peston, says … it says")
        # (a given name opening it outweighs the body evidence read off the document:
        # "Malcolm Glazer" is a body's only because "Glazer Family Partnership" opens so)
        return entity in {m.entity for m in self.people if " " in m.text} - self.firms \
            - self.works - (self.org_ids - self._given_named())

    def _given_named(self) -> set:
        """Entities the text names by a person's name form somewhere: typed a person, a
        given name and a surname ("Malcolm Glazer"), no company's word, and never traded
        or called a firm where named ("Shares in Wimpey" is the builder George Wimpey)."""
        from ..resolve.names import is_given_name
        traded = {m.entity for m in self.mentions if named_as_body(self.text, m)}
        return {m.entity for m in self.people if 2 <= len(m.text.split()) <= 3
                and all(w[:1].isupper() for w in m.text.split())
                and is_given_name(m.text.split()[0].lower())} - self.firms - self.bodies - traded

    def _a_product(self, doc, entity: str) -> bool:
        """Whether the text uses this name as a thing one owns or buys: the head of a
        noun phrase an "a"/"an" opens ("was a Mini", "to own a new Mini"), which no
        body's name takes; a name modifying a noun ("a Ford spokesman") says nothing."""
        for m in self.mentions:
            if m.entity != entity or not m.text[:1].isupper():
                continue   # ("a yahoo as a rude person": the common word, not the name)
            tok = self._token_at(doc, m.end - 1)
            if tok is None or tok.dep_ in ("compound", "poss", "amod", "nmod"):
                continue
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.idx < m.start
                   for c in tok.children):
                return True
        return False

    def _a_work(self, entity: str) -> bool:
        """Whether the text names this entity only as a work, a product or an event: no
        body speaks for it ("archive show TOTP2 … The corporation said" is no programme),
        unless the text has it speak ("Global Citizen says", typed a product)."""
        labels = {m.label for m in self.mentions if m.entity == entity}
        return bool(labels) and labels <= WORKS and entity not in self.speaking

    def _parent_body(self, head, found: str) -> str:
        """For "the corporation"/"the group", the body whose whole name opens the name
        found, where the text names it ("BBC Two" → the BBC): the parent, not its
        channel or arm."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in PARENT_NOUNS:
            return found
        names = {m.text for m in self.mentions if m.entity == found}
        # (named before, and by that name alone: a "Global" short for "Global Citizens"
        # further on is no parent of "Global Citizen")
        parent = next((m.entity for m in self.orgs if m.entity != found and m.end <= head.idx
                       and any(n.startswith(m.text + " ") for n in names)
                       and all(o.text == m.text for o in self.mentions if o.entity == m.entity)),
                      None)
        return parent or found

    @staticmethod
    def _firm_noun_ending(head, speaker: Span):
        """The firm's noun a definite phrase ends on where the parse headed it on a noun
        before ("The US credit card to travel services giant said": headed on "card",
        "giant" hung on it with no comma): what the phrase describes is a firm, never the
        place among its modifiers. None elsewhere."""
        doc = head.doc
        end = head.i
        while end + 1 < len(doc) and doc[end + 1].idx < speaker.end:
            end += 1
        last = doc[end]
        if last.i == head.i or last.lower_ not in ORG_NOUNS \
                or last.pos_ != "NOUN" or last.dep_ != "appos" or last.head.i != head.i:
            return None
        if any(t.is_punct for t in doc[head.i + 1:last.i]):
            return None   # ("the card, a giant": an apposition set off names it again)
        if doc[head.left_edge.i].lower_ != "the":
            return None
        return last

    def _described_as(self, head, speaker: Span):
        """The body the text introduced with the phrase's own description ("Security
        firm iDefence, which notified users … The security firm says"): its entity, or
        None where the name so introduced is none the tagger found (never the last body
        named, iTunes); False where the text never introduced one so."""
        words = [c for c in head.children if c.dep_ == "compound" and c.tag_ == "NN" and c.i < head.i]
        if not words or not self.text:
            return False
        phrase = " ".join(t.lower_ for t in words) + " " + head.lower_
        # (the phrase's own adjectives before its words pick one of several bodies so
        # introduced: "the Japanese car maker" after "Japanese car maker A … French car
        # maker B" is A)
        kinds = {c.lower_ for c in head.children if c.dep_ == "amod" and c.i < words[0].i}
        found, found_kind = False, False
        for hit in re.finditer(r"\b" + re.escape(phrase) + r"\b", self.text[:speaker.start], re.I):
            after = re.match(r"\s+([A-Za-z][\w.&-]*)", self.text[hit.end():hit.end() + 60])
            if after is None or not (after.group(1)[:1].isupper() or after.group(1)[1:2].isupper()):
                continue   # ("the security firm said": no name follows)
            at = hit.end() + after.start(1)
            named = next((m for m in self.mentions if m.start == at), None)
            found = named.entity if named is not None else None
            before = self.text[max(0, hit.start() - 40):hit.start()].split()
            if kinds and before and before[-1].lower() in kinds:
                found_kind = found
        return found_kind if found_kind is not False else found

    def _body_in_sentence(self, head, speaker: Span) -> Optional[str]:
        """The one body named in the speaker's sentence before the phrase, outside
        quotation marks, when it names no other."""
        if not head.doc.has_annotation("SENT_START"):
            return None
        lo = head.sent.start_char
        named = [m for m in self.orgs if lo <= m.start and m.end <= speaker.start
                 and not self._owners_product(head.doc, m)]
        if len({m.entity for m in named}) > 1:
            # A body named in a relative clause is background ("Shares in Multiplex
            # Group, which is building the new Wembley stadium, fell after it said").
            doc = head.doc
            named = [m for m in named if not any(
                a.dep_ == "relcl" for a in self._token_at(doc, m.start).ancestors)]
        if len({m.entity for m in named}) > 1:
            return self._clause_about(head, named)
        named = {m.entity for m in named}
        return named.pop() if len(named) == 1 else None

    def _clause_about(self, head, named) -> Optional[str]:
        """Of several bodies named before a speaker phrase in its sentence, the one the
        words before it are about: their clause's subject ("Trustcorp Inc. will become
        Society Bank … with Society Corp. of Cleveland, the bank said" is Trustcorp)."""
        if head.dep_ not in SUBJECTS or head.tag_ == "NNS":
            return None  # ("the banks" are several: no one of them)
        clause = next((c for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i), None)
        subj = None if clause is None else next(
            (c for c in clause.children if c.dep_ in SUBJECTS), None)
        hit = None if subj is None else next(
            (m for m in named if m.start <= subj.idx < m.end), None)
        return hit.entity if hit is not None else None

    def _body_spoke_lately(self, head) -> Optional[str]:
        """The body an "it" of the sentence but one before spoke for, which an "it also
        said" goes on quoting though the sentence between is about something else
        ("Microsoft … It has agreed a deal with … TiVo … The TiVo To Go service means …
        It also said": Microsoft, not the partner named in passing)."""
        doc = head.doc
        if not doc.has_annotation("SENT_START") or head.sent.start < 2:
            return None
        prev = doc[head.sent.start - 1].sent
        if prev.start == 0:
            return None
        earlier = doc[prev.start - 1].sent
        found = self.spoken.get(earlier.start_char)
        said_by_it = any(t.lower_ == "it" and t.dep_ in SUBJECTS for t in earlier)
        if found is None or not said_by_it or found in self.person_entities - self.firms:
            return None
        return None if self._a_person(found) else found

    def _clause_subject_before(self, head) -> Optional[str]:
        """The body heading an earlier clause of an "it"'s own sentence as its subject
        ("GM added that …, however it did acknowledge …" is GM, not Ford named the
        sentence before): the nearest such subject outside quotation marks, a name no
        person's or place's; one the tagger missed but typed a body is minted."""
        if not head.doc.has_annotation("DEP") or head.lower_ != "it":
            return None
        for tok in reversed(head.doc[head.sent.start:head.i]):
            if tok.dep_ not in SUBJECTS or tok.pos_ != "PROPN" or self._quoted(tok.idx):
                continue
            hit = next((m for m in self.mentions if m.start <= tok.idx < m.end), None)
            if hit is None:
                return self._mint(tok) if tok.ent_type_ == "ORG" else None
            if hit.label in PLACES or hit.entity in self.person_entities - self.firms:
                return None
            return hit.entity
        return None

    def _conjoined_subject(self, head) -> Optional[str]:
        """The name heading the clause a body's description speaks in a conjunct of
        ("Acme saw its profits fall, but Europe's biggest toymaker says": Acme), however
        the tagger typed it, where the text never names it like a person (in full, with
        a title, or as a he/she)."""
        verb = head.head
        if head.dep_ not in SUBJECTS or verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        subj = next((t for t in verb.head.children if t.dep_ in SUBJECTS), None)
        if subj is None or subj.pos_ != "PROPN" or self._quoted(subj.idx):
            return None
        hit = next((m for m in self.mentions if m.start <= subj.idx < m.end), None)
        if hit is None or hit.label in PLACES or self._a_person(hit.entity) \
                or hit.entity in self.gender:
            return None
        return hit.entity

    def _body_before(self, head, depth: int = 0) -> Optional[str]:
        """The body the sentence before an "it said" speaks through or is about: the
        speaker of a quote there, else its main subject, when that is a name and no
        person or place ("In July, Diageo, which is listed on the London Stock
        Exchange, reported … It blamed …" is Diageo, not the exchange)."""
        doc = head.doc
        if not doc.has_annotation("DEP") or head.sent.start == 0:
            return None
        prev = doc[head.sent.start - 1].sent
        subj = next((t for t in prev.root.children if t.dep_ in SUBJECTS), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in GOVERNMENTS \
                and not self._quoted(subj.idx):
            # "… the Venezuelan government has expanded … It recently said": the
            # government the sentence before is about, which is its country's
            place = next((m for c in subj.children if c.dep_ in ("amod", "compound", "poss")
                          for m in self.mentions if m.start <= c.idx < m.end
                          and m.label in PLACES), None)
            if place is not None:
                return place.entity
        if subj is not None and depth < 2 and subj.pos_ == "NOUN" and firm_token(subj) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
                and not self._quoted(subj.idx) and prev.start_char not in self.spoken:
            # "Acme's Widget software is widely used. The company is trying to … it says":
            # a definite body noun heading the sentence before, no speaker of a quote,
            # stands for what it would as a speaker there, and the "it" for that in turn
            at = Span(subj.idx, subj.idx + len(subj.text), subj.text)
            found = self._body_in_sentence(subj, at) or self._body_before(subj, depth + 1) \
                or self.described_before(subj)
            if found is not None and not self._a_person(found):
                return found
        if subj is not None and subj.lower_ == "it" and depth < 2 and not self._quoted(subj.idx):
            # "Intel filed … with the Supreme Court … It summed up … it said": an "it"
            # heading the sentence before is the body that one is about, in turn
            found = self._body_before(subj, depth + 1)
            if found is not None:
                return found
        hit = None if subj is None or self._quoted(subj.idx) else next(
            (m for m in self.mentions if m.start <= subj.idx < m.end), None)
        if hit is None and subj is not None and subj.pos_ == "NOUN" and not self._quoted(subj.idx):
            # "The Rosneft announcement came just hours after Yukos accused Gazprom … It
            # has said": a body heading a clause of its own is who acts and may speak
            # next, where the main subject is a thing its modifier only tags
            found = self._clause_body(prev, subj)
            if found is not None:
                return found
            # "National Intergroup stock closed … on the New York Stock Exchange. The
            # company noted": the body owning the subject ("X stock", "X's shares") is
            # what the sentence is about, not the exchange it trades on
            # (the name set after a role's noun is the body itself: "Channel Tunnel
            # operator Eurotunnel has seen … The firm said" is Eurotunnel, not the tunnel)
            hit = next((m for c in subj.children if c.dep_ == "appos" and c.i > subj.i
                        for m in self.orgs if m.start <= c.idx < m.end), None) or next(
                (m for c in subj.children if c.dep_ in ("compound", "poss")
                 for m in self.orgs if m.start <= c.idx < m.end), None)
        if hit is not None and hit.label not in PLACES and hit.entity not in {
                m.entity for m in self.people if m.text.count(" ")} - self.firms:
            return hit.entity
        found = self.spoken.get(prev.start_char)
        if found is not None and subj is not None and subj.lemma_.lower() in DOCUMENTS:
            self.works.add(found)  # (its author's: an "it" may stand for him)
            return found  # "The book, by … Robert Peston, said … It claims": the book again
        # (an "it" after "Brown's Britain, by Robert Peston, says" is the book again)
        return None if found is None or found in self.person_entities - self.firms - self.works \
            else found

    def _clause_body(self, sent, main) -> Optional[str]:
        """The one body heading an adverbial clause of ``sent`` as its subject ("… came
        just hours after Yukos accused Gazprom"; not what a clause on a noun says, "the
        argument was that Yukos owed", nor a relative clause, nor inside a quotation), a
        name no person's or place's; else None."""
        found = set()
        for tok in sent:
            if tok.dep_ not in SUBJECTS or tok.i == main.i or tok.pos_ not in ("PROPN", "NOUN") \
                    or tok.head.dep_ != "advcl" or self._quoted(tok.idx) \
                    or any(a.dep_ == "relcl" for a in tok.ancestors):
                continue
            hit = next((m for m in self.orgs if m.start <= tok.idx < m.end), None)
            if hit is not None and hit.label not in PLACES and not self._a_person(hit.entity):
                found.add(hit.entity)
        return found.pop() if len(found) == 1 else None

    def _bodies_before(self, speaker: Span, doc) -> list:
        """The organisations named before the phrase that no one treats as a person: the
        last resort of an "it said" or "a spokesman for the company"."""
        # (not the outlet a source spoke to: "…, Ericsson spokesman Per Zetterquist told
        # Reuters. …, the company said" is Ericsson)
        return [m for m in self.orgs if m.end <= speaker.start and not self._a_person(m.entity)
                and not self._told(doc, m) and not self._an_example(doc, m)
                and not self._owners_product(doc, m)]

    def _owners_product(self, doc, m) -> bool:
        """Whether a name only modifies a thing its owner's possessive names ("Acme's
        Widget operating system", "Sony's PlayStation console"): the owner's product, no
        body to speak, where the owner is named right there (not "Acme's Widget unit",
        a body's word: the unit may speak)."""
        tok = self._token_at(doc, m.end - 1)
        while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
            tok = tok.head
        if tok.dep_ != "compound" or tok.head.i <= tok.i:
            return False
        thing = tok.head
        while thing.dep_ == "compound" and thing.head.i > thing.i:
            thing = thing.head
        if thing.pos_ != "NOUN" or firm_word(hyphened(thing)):
            return False
        return any(c.dep_ == "poss" and c.i < tok.i and any(
            o.entity != m.entity and o.start <= c.idx < o.end for o in self.orgs)
            for c in thing.children)

    def last_resort_body(self, before: list) -> Optional[str]:
        """Of the bodies named before a body's word (``_bodies_before``), the one it
        stands for where nothing nearer says: the last named, unless that one is named in
        passing (once in the whole text, after the lead, and never a speaker: "X is not
        alone: rival Y did so last year") while the story's own body (named again, in
        the lead, or one that spoke) was named before it; then the story's body named
        last. (A body the lead names once is the story's: "… by the watchdog, Reporters
        Without Borders. The pressure group said".)"""
        if not before:
            return None
        counts: dict = {}
        for m in self.mentions:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        lead = _lead_end(self.text)

        def passing(entity) -> bool:
            return counts.get(entity, 0) <= 1 and entity not in self.speaking and not any(
                m.entity == entity and m.start < lead for m in before)

        if not passing(before[-1].entity):
            return before[-1].entity
        main = [m for m in before if not passing(m.entity)]
        return (main[-1] if main else before[-1]).entity

    def _told(self, doc, m) -> bool:
        """Whether a name is only the one a source's words were told to ("told Reuters",
        "told the BBC News website")."""
        tok = self._token_at(doc, m.end - 1)
        while tok.dep_ == "compound" and tok.head.i > tok.i:
            tok = tok.head
        return tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell"

    def _an_example(self, doc, m) -> bool:
        """Whether a body is named only as an example of a kind ("portals such as X and Y",
        "firms including X"): in passing, not one the story follows, so no "the group"
        or "it" after it."""
        # (read off the words, not the parse, which often hangs a list's last name on
        # the verb after it)
        return _EXAMPLES.search(self.text[max(0, m.start - 120):m.start]) is not None

    def described_before(self, head) -> Optional[str]:
        """The body a definite phrase with the same noun stood for before ("The Paris-based
        pressure group said … the group said"): a reader takes the noun for the body the
        text already called so, not for the body named last."""
        if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                          for c in head.children):
            return None
        return self.described.get(head.lemma_.lower())

    def remember_described(self, head, found: Optional[str]) -> None:
        """Keep which body a body's noun stood for (see ``described_before``), where the
        phrase said what kind of body it is ("pressure group", "search giant"): a bare
        "the company" found by the rules is no description to hold the next one to."""
        if found and head.pos_ == "NOUN" and head.lower_ in ORG_WORDS \
                and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in head.children) \
                and not self._a_person(found):
            self.described[head.lemma_.lower()] = found

    def _turns_away(self, head) -> bool:
        """"For its part, the search giant said": the sentence turns to another party
        than the one the sentence before spoke through."""
        return head.doc.has_annotation("SENT_START") and head.sent.text.lower().startswith(
            ("for its part", "for their part"))

    def _spokesman_for_the_body(self, speaker: Span, head) -> Optional[str]:
        """"said a spokesman for the company": the company the text means, found as an
        "it said" is."""
        if head.pos_ != "NOUN" or not head.lower_.startswith("spokes"):
            return None
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ in ORG_WORDS and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
                found = self._body_in_sentence(obj, speaker) or self._body_before(obj)
                if found is None or self._a_person(found):
                    found = self.last_resort_body(self._bodies_before(speaker, head.doc))
                return found
        return None

    @staticmethod
    def firm_part(head, inside) -> bool:
        """"The Acme subsidiary", "the Acme unit": a part of a firm whose only names are
        the firm's, before the noun; another body than the firm."""
        return head.pos_ == "NOUN" and head.lemma_.lower() in PART_NOUNS and bool(inside) \
            and all(m.label not in ("PERSON", "GPE", "LOC", "NORP") and m.end <= head.idx
                    for m in inside)

    def part_named(self, head, inside) -> Optional[str]:
        """The body the text names as a firm's part with the same noun, after an owner's
        possessive ("Acme's Widgetco subsidiary"), where it names one; else None."""
        word = " " + head.lower_
        # (the part's own name may stand right before the noun: "Acme's Widgetco unit")
        owners = {m.entity for m in inside if self.text[m.end:m.end + len(word)].lower() != word}
        found = {m.entity for m in self.mentions if m.entity not in owners
                 and self.text[m.end:m.end + len(word)].lower() == word
                 and self.text[max(0, m.start - 3):m.start].endswith(("'s ", "' ", "\u2019s "))}
        return found.pop() if len(found) == 1 else None