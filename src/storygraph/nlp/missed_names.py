"""Names the tagger missed, cut short or split, read back from the text around a
speaker phrase: a surname read as a modal or a month ("May said"), a paper's name before
its noun ("Liberte newspaper"), a sentence's first word the text capitalises mid-sentence
too ("Cepes says"), a name after a trade ("midfielder Edu"), a company's designator cut
off ("Upjohn | Co."), a body's full name the resolver kept apart ("Ogden Projects Inc."),
a body named whole elsewhere ("Damascus Radio" for "Damascus radio"; "the agency" after
"the Xinhua news agency"), a name typed NORP that is no people's.

``_mint`` makes a missed name a mention of its own, joined to the one person or body
whose full name ends or opens on it ("Giles added" after "Larry Giles"). Mixed into
``speakers.Speakers``; apart because these mend the names model's output, where the
other rules decide whom a phrase stands for.
"""
from __future__ import annotations

import re
from typing import Optional

from ..types import Entity, Span
from .bodies import CORPORATE
from .gazetteer import places
from .name_context import is_place_name
from .name_cues import OCCUPATIONS
from .name_keys import normalise, slug
from .name_trims import hyphen_prefix
from .named_nearby import MEDIA_NOUNS
from .speaker_words import DESCRIPTIONS, PLACES


class MissedNames:
    """The rules above, over a ``Speakers``' state (see the module)."""

    def surname_read_as_word(self, cue):
        """The word opening a cue's clause that the tagger read as another part of speech
        (a modal, a month: "May said: …", "…," May wrote) where the parse left the cue
        without a subject, and the word is the surname of the one person the text names in
        full ("Brian May"): who speaks."""
        doc = cue.doc
        if cue.i == 0 or cue.tag_ not in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
            return None
        word = doc[cue.i - 1]
        if word.pos_ in ("NOUN", "PROPN", "PRON") or not (word.is_title and word.is_alpha):
            return None
        if word.i > 0 and not (doc[word.i - 1].is_punct or doc[word.i - 1].is_space):
            return None  # (only a word opening its clause can be its subject)
        return word if self.surname_owner(word) is not None else None

    def surname_owner(self, word) -> Optional[str]:
        """The one person the text names in full, in two words or more, ending on this
        capitalised word; else None."""
        if not word.is_title:
            return None
        owners = {m.entity for m in self.people if len(m.text.split()) >= 2
                  and m.text.split()[-1] == word.text}
        return owners.pop() if len(owners) == 1 else None

    @staticmethod
    def _medium_name(head):
        """The last word of a name set right before a word for a paper or an agency, no
        article before it ("Liberte newspaper said", "Interfax news agency"): a proper
        noun in capitals, no place's or people's word ("Algerian newspapers")."""
        doc = head.doc
        if head.pos_ != "NOUN" or head.lemma_.lower() not in MEDIA_NOUNS or head.i == 0:
            return None
        word = doc[head.i - 1]
        if word.pos_ != "PROPN" or not word.is_title or word.head.i != head.i \
                or word.dep_ not in ("compound", "nmod", "amod"):
            return None
        gaz = places()
        key = normalise(word.text)
        if key in gaz.countries or key in gaz.demonyms or key in gaz.capitals \
                or is_place_name(gaz, doc[word.i:word.i + 1]):
            return None
        return word

    def _full_body(self, found: str) -> str:
        """A body's name that the text also gives with its designator ("Ogden Projects"
        beside "Ogden Projects Inc."): the entity of the full name, which the resolver
        kept apart."""
        names = {m.text for m in self.mentions if m.entity == found and m.label != "PERSON"}
        full = {m.entity for m in self.mentions if m.entity != found and m.label != "PERSON"
                and len(m.text.split()) >= 2
                and m.text.split()[-1].lower().strip(".,") in CORPORATE
                and " ".join(m.text.split()[:-1]).rstrip(",") in names}
        return full.pop() if len(full) == 1 else found

    def _designated(self, hit):
        """A company's designator the tagger cut off as a name of its own ("Upjohn |
        Co."): the name it ends, not a body called "Co"."""
        if hit.text.lower().strip(".") not in CORPORATE:
            return hit
        gap = self.text[:hit.start] if self.text else ""
        before = next((m for m in reversed(self.mentions) if m.end <= hit.start
                       and m.label != "PERSON" and not gap[m.end:hit.start].strip()), None)
        return before or hit

    @staticmethod
    def _mistyped_norp(m) -> bool:
        """A name the tagger typed NORP that is no people's ("Anti-Phishing Working")."""
        from .gazetteer import places
        return m.label == "NORP" and m.text.lower() not in places().demonyms

    def _named_whole(self, speaker: Span, head, inside) -> Optional[str]:
        """The body a common noun and the name before it stand for where the text names
        it so elsewhere, capitalised ("Damascus Radio"), while here the tagger found
        only the place or owner ("Damascus radio")."""
        if head.pos_ != "NOUN" or not inside or any(m.start <= head.idx < m.end for m in inside):
            return None
        start = min(m.start for m in inside)
        words = self.text[start:head.idx + len(head.text)].lower()
        return next((m.entity for m in self.mentions if m.label != "PERSON"
                     and m.text.lower() == words and m.entity not in {
                         i.entity for i in inside}), None)

    def _named_with_noun(self, speaker: Span, head) -> Optional[str]:
        """"The radio said" after "Damascus Radio": the body named before whose name
        ends on the noun (its own word for itself), the last one named."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        # (whatever the tagger typed it: "Poughkeepsie Savings Bank" as a person)
        named = [(m, m.end) for m in self.mentions if len(m.text.split()) >= 2
                 and m.text.split()[-1].lower() == head.lower_ and m.text.split()[-1][:1].isupper()]
        # A name the noun's phrase holds counts too, its phrase ending on the noun ("the
        # Xinhua news agency said … the agency said"): the tagger's name is only "Xinhua".
        named += [(m, noun) for m in self.mentions if m.label not in PLACES | {"PERSON"}
                  for noun in [self._noun_named(head, m)] if noun is not None]
        named.sort(key=lambda n: n[1])
        if len({m.entity for m, _ in named}) != 1 or named[0][1] > speaker.start:
            return None  # (two banks named: "the bank" is whichever the text is about)
        # Another one of its kind the text mentions since, unnamed ("the defence
        # ministry" after the Foreign Ministry), makes the noun anyone's.
        since = self.text[named[-1][1]:speaker.start].lower()
        others = re.findall(r"(\w+) " + re.escape(head.lower_) + r"\b", since)
        own = {w.lower() for m, _ in named for w in m.text.split()}
        if any(w not in own | {"the", "a", "its", "this", "that"} for w in others):
            return None
        return named[-1][0].entity

    def _noun_named(self, head, m) -> Optional[int]:
        """Where the phrase ends whose noun is the head's word and whose compound is the
        name ("the Xinhua news agency"), for a name set before that noun; else None."""
        doc = head.doc
        tok = self._token_at(doc, m.end - 1)
        if tok.i >= head.i or tok.idx + len(tok.text) != m.end:
            return None
        while tok.dep_ == "compound" and tok.head.i > tok.i:
            tok = tok.head
            if tok.lower_ == head.lower_ and tok.tag_ == "NN":
                return tok.idx + len(tok.text)
        return None

    def _capitalised_elsewhere(self, head) -> bool:
        """A capitalised noun opening its sentence that the text also capitalises inside
        a sentence is a name ("Cepes says …" beside "The Cepes researcher")."""
        if head.pos_ != "NOUN" or not head.is_sent_start or not head.text[:1].isupper():
            return False
        if self._inside is None:
            # (read once per document: a pass over the Doc per speaker phrase cost half
            # of this stage's time)
            self._inside = {t.text for t in head.doc if not t.is_sent_start}
        return head.text in self._inside

    def _missed_after_trade(self, head):
        """The proper noun right after a trade's noun ("midfielder Edu") that no name
        covers, where the speaker phrase ends on it or on the trade."""
        doc = head.doc
        name = head if head.pos_ == "PROPN" else (
            doc[head.i + 1] if head.i + 1 < len(doc) and head.pos_ == "NOUN" else None)
        if name is None or name.pos_ != "PROPN" or name.i == 0 or not name.is_title:
            return None
        trade = doc[name.i - 1]
        if not (trade.is_lower and trade.lower_ in OCCUPATIONS | DESCRIPTIONS) \
                or head.i not in (name.i, trade.i):
            return None
        if any(m.start <= name.idx < m.end for m in self.mentions):
            return None
        return name

    def untagged_person(self, subj) -> Optional[str]:
        """A sentence's subject the names model left untagged where the base tagger reads
        the same word as a person's name elsewhere in the text ("Andy Roddick will play
        Cyril Saulnier … Saulnier will move into the top 50"): minted as that person,
        under the full name the text gives him. None elsewhere (a word no tagger took for
        a person's is no he/she to mint)."""
        doc = subj.doc
        if subj.pos_ != "PROPN" or not subj.is_title or not subj.is_alpha \
                or any(m.start <= subj.idx < m.end for m in self.mentions):
            return None
        full = None
        for t in doc:
            if t.text != subj.text or t.ent_type_ != "PERSON":
                continue
            a = t.i
            while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].is_title \
                    and doc[a - 1].ent_type_ == "PERSON":
                a -= 1
            if full is None or t.i + 1 - a > len(full):
                full = doc[a:t.i + 1]
        if full is None:
            return None
        return self._mint(subj, person=True, name=full.text)

    def _mint(self, head, person: bool = False, name: Optional[str] = None) -> Optional[str]:
        """A name the tagger never found, as a new mention ("ECLAC said", "Cepes says"):
        the proper nouns around the head; a person's where ``person``, whose id is
        ``name``'s where the text gives the person's full name elsewhere."""
        doc = head.doc
        a = b = head.i
        while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].dep_ in ("compound", "flat"):
            a -= 1
        a = hyphen_prefix(doc, a)  # "T-Mobile confirmed", never "Mobile"
        while b + 1 < len(doc) and doc[b + 1].pos_ == "PROPN" and doc[b + 1].head.i == head.i \
                and doc[b + 1].dep_ in ("flat", "compound"):
            b += 1
        span = doc[a:b + 1]
        if not any(c.isupper() for c in span.text[:1]):
            return None
        label = "PERSON" if person or head.ent_type_ == "PERSON" else "ORG"
        entity = slug(name or span.text)
        # "Giles added" where the tagger found only "Larry Giles": the one person whose
        # name ends with the word.
        owners = {m.entity for m in self.people
                  if len(m.text.split()) >= 2 and m.text.split()[-1] == span.text}
        if len(owners) == 1:
            label, entity = "PERSON", owners.pop()
        elif label == "ORG":
            # "Commerce said" after "the Commerce Department said": the one body named
            # before whose name opens on the word, as a body's short name joins it.
            bodies = {m.entity for m in self.mentions if m.label == "ORG" and m.end <= span.start_char
                      and len(m.text.split()) >= 2 and m.text.split()[0] == span.text}
            if len(bodies) == 1:
                entity = bodies.pop()
        mention = Entity(span.start_char, span.end_char, span.text, label, entity)
        self.minted.append(mention)
        self.mentions.append(mention)
        self.mentions.sort(key=lambda m: m.start)
        self.by_text.setdefault(mention.text, mention)
        return mention.entity
