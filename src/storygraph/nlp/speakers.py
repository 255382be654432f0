"""Speaker entities: which named entity a quote's speaker phrase stands for.

A name in the phrase decides first; a role tied to a person (corefs.find_corefs) next.
An organisation word ("it", "the firm") is the organisation last named, where what counts
as an organisation is read off the whole document (bodies.org_entities), since the
tagger often types a company as a person or a facility in one place and gets it right in
another ("Shares in Krispy Kreme Doughnuts … Krispy Kreme said … the firm said"). A
he/she, a title or a description is followed back within the document (antecedents).
"""
from __future__ import annotations

import re
from typing import Optional

from ..types import Entity, Span
from .antecedents import NOBODY, Antecedents, aged, described_person, national_noun, title_key
from .bodies import CORPORATE, body_name, org_entities
from .corefs import ROLE_NOUNS
from .elsewhere import BODY_DOCUMENTS, Elsewhere
from .extensions import text_of
from .framing import body_noun, person_noun
from .full_names import full_name_of
from .gazetteer import places
from .name_context import is_place_name, is_region
from .name_cues import OCCUPATIONS
from .name_keys import normalise, slug
from .name_spans import MEMBER_OFFICES, hyphen_prefix
from .named_nearby import MEDIA_NOUNS, NamedNearby
from .nationality import disagrees, names_a_country, phrase_country
from .speaker_words import (DESCRIPTIONS, DOCUMENTS, ENTOURAGE, FIRST_PERSON, FOLLOWERS, GENDER, KIN, KIN_SEX,
                            LEAD_BODIES, LEAD_NOUNS, ORG_NOUNS, ORG_WORDS, PEOPLE_NOUNS, PERSON_NOUNS,
                            PLACES, PRONOUNS, SUBJECTS, UNNAMED, UNNAMED_IN_LEADS)

#: Nouns for a text in one language or form ("a Spanish version of the letter", "the
#: English translation"): its people's word is the language, not a source.
TEXT_FORMS = frozenset(("version", "translation", "edition", "text", "transcript", "copy"))
#: A third person's pronoun and the writer's bracket naming whom it stands for ("He (Bridge)").
_BRACKETED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is)\s*[(\[]([^()\[\]]{1,60})[)\]]")
#: Every noun a word class here names; an agent noun outside them is a doer described.
KNOWN_NOUNS = (PERSON_NOUNS | ROLE_NOUNS | PEOPLE_NOUNS | DESCRIPTIONS | UNNAMED | DOCUMENTS
               | BODY_DOCUMENTS | ORG_WORDS | LEAD_BODIES | ENTOURAGE | KIN)
#: The participle of a place's adjective ("London-based", "Texas-born").
PLACED_PARTICIPLES = frozenset(("based", "born", "bred", "headquartered", "registered"))
#: Endings of English agent nouns ("merchant", "producer", "cleric", "novelist").
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ic", "ian")



def agent_noun(word: str) -> bool:
    """An agent noun no word class here names ("publicist", "merchant", "producer",
    "cleric"), not a body's ("department", "centre", "newspaper")."""
    return word not in KNOWN_NOUNS and word.endswith(AGENT_ENDINGS) and not word.endswith(
        ("ment", "center", "centre", "paper", "ster"))


#: How a speaker's entity was found (Speakers.how), most certain first.
SPEAKER_HOW = ("named", "in-phrase", "beside", "minted", "role", "lead", "office",
               "document", "later", "body-word",
               "description", "pronoun", "pronoun-recent", "pronoun-agreement",
               "pronoun-guess", "owned", "none")


#: Marks a quotation opens with.
QUOTE_OPENERS = frozenset(('"', "\u201c", "'", "\u2018"))
#: Nouns of a post one person holds in a body (not its spokesmen or officials, who are many).
POSTS = frozenset(("founder", "boss", "chairman", "chairwoman", "chief", "head", "director",
                   "editor", "president", "leader", "manager", "coach", "owner", "creator",
                   "executive", "captain", "producer", "publisher"))


class Speakers(NamedNearby, Elsewhere, Antecedents):
    """The entity a speaker phrase stands for (see the module's docstring); the he/she
    search it falls back on is mixed in from ``antecedents.Antecedents``, the sources
    named in another sentence from ``elsewhere.Elsewhere``, those named by a relation to
    a name nearby from ``named_nearby.NamedNearby``."""

    def __init__(self, mentions: Optional[list[Entity]], corefs: Optional[list[Entity]],
                 regions=(), text: str = "", org_starts=frozenset()):
        self.text = text
        self.last_end: Optional[int] = None  # where the last person speaker's quote ended
        self.mentions = sorted((m for m in mentions or [] if getattr(m, "entity", None)),
                               key=lambda m: m.start)
        self.people = [m for m in self.mentions if m.label == "PERSON"]
        self.corefs = [m for m in corefs or [] if getattr(m, "entity", None)
                       and m.text.lower() not in PRONOUNS]
        self.regions = list(regions)
        # People named outside quotation marks, in order: who a "he" can be.
        self.named = sorted((m for m in self.mentions + self.corefs if m.label == "PERSON"
                             and not self._quoted(m.start)), key=lambda m: m.start)
        # Organisations, also where the mention's voted type is another but the tagger
        # read this occurrence as one ("Shares in Multiplex Group …, after it said").
        orgs = self.org_ids = org_entities(text, self.mentions)
        self.orgs = [m for m in self.mentions if (m.entity in orgs or m.start in org_starts)
                     and not self._quoted(m.start)]
        self.person_entities = {m.entity for m in self.people}
        self.works: set = set()  # authors whose work spoke ("X, by Robert Peston, says")
        # Entities the text names like a company somewhere, whatever the tagger typed
        # them ("Diageo Chateau & Estate Wines", "Johnson & Johnson" as PERSON): an
        # "it said" can stand for them.
        self.firms = {m.entity for m in self.mentions if m.entity and (
            "&" in m.text or body_name(m.text)
            or m.text.split()[-1].lower().strip(".,") in CORPORATE)}
        self.by_text: dict = {}
        for m in self.mentions:
            self.by_text.setdefault(m.text, m)
        self.last: Optional[str] = None  # the previous quote's speaker entity
        self.contents: list[tuple[int, int]] = []  # what the quotes so far said
        self.spoken: dict[int, str] = {}  # sentence start (char) -> who spoke there
        self.speaking: set = set()  # whoever a cue had as its speaker, an act's doer too
        self.titled: dict[str, str] = {}  # a title's words -> whom it stood for first
        self.minted: list[Entity] = []  # names found only as speakers (see _mint)
        #: How the last speaker's entity was found (SPEAKER_HOW): what its certainty is.
        self.how = "none"
        self._inside: Optional[set] = None  # words written inside a sentence somewhere
        # Names only a body has, never a he/she ("Equal Opportunities Commission", "EOC",
        # "Home Office", "Lib Dems", "The Times"), however the tagger typed them.
        # (a capitals headline's "KLINSMANN" is no acronym where the text names the
        # person in full: "Juergen Klinsmann")
        self.bodies = {m.entity for m in self.mentions if body_name(m.text)} - {
            m.entity for m in self.people if " " in m.text and not m.text.isupper()}
        # A body the text names in two words or more and never as a person ("The News of
        # the World reports that Anelka told … He added"): no he/she either; a lone
        # surname the tagger typed ORG may still be one.
        # (not every name the tagger typed a body: "Orvieto mayor Stefano Cimicchi" may
        # have no PERSON mention, but no person's name has "of the" or opens on "The")
        self.no_one = self.bodies | {m.entity for m in self.mentions if m.entity
                                     and m.label != "PERSON" and _body_phrase(m.text)
                                     } - self.person_entities
        # Bodies a person spoke for ("A Home Office spokesman said … He added"): his.
        self.voiced: set = set()
        # Whom the text makes a man or a woman: "Mr X"/"Mrs X", and the he/she resolved.
        self.gender: dict[str, set] = {}
        for m in self.people:
            title = text[max(0, m.start - 5):m.start].split()[-1:] if text else []
            word = title[0].lower().rstrip(".") if title else ""
            if m.text.split()[0].lower().rstrip(".") in ("mrs", "ms", "miss"):
                word = "mrs"
            if word in ("mr", "mrs", "ms", "miss"):
                self.gender.setdefault(m.entity, set()).add("m" if word == "mr" else "f")
            # (a kin noun set before the name says it too: "Ms Davis' son Tyler")
            kin = text[max(0, m.start - 16):m.start].split()[-1:] if text else []
            if kin and kin[0].lower() in KIN_SEX:
                self.gender.setdefault(m.entity, set()).add(KIN_SEX[kin[0].lower()])

    def entity(self, speaker: Span, head, content_end: Optional[int] = None,
               weak: bool = False) -> Optional[str]:
        self.how = "none"
        found, person = self._find(speaker, head)
        sex = GENDER.get(head.lower_) if head.pos_ == "PRON" else None
        if found is not None and sex is not None and (
                self._other_sex(found, sex) or found in self.no_one - self.voiced
                or self._a_place(found)):
            # "he says … she told Mr Blair": a she is never the man just quoted; the
            # woman named last before her, if the text names one that can be her.
            # (nor a country that spoke: "France have been criticised …, but captain
            # Fabien Pelous sees hope … he said" is the captain)
            found = self._of_sex(speaker.start, sex, head)
            person, self.how = found is not None, "pronoun-agreement"
        if found is not None and self.how == "description" and found in self.bodies:
            found, person = None, False  # "The minister told delegates": not the EOC
        if found is not None and self.contents and self._said_about(found, speaker, head):
            found, person = None, False
            self.how = "none"
        if found is not None and head.pos_ == "PRON" and self.contents \
                and self._bracketed_in_quotation(found):
            # '"He (Bridge) has no chance of playing," he said': the quotation's own
            # bracket names whom its he is, so the he who says it is someone else.
            self.excluded = frozenset((found,))
            try:
                found = self.antecedent(head)
            finally:
                self.excluded = frozenset()
            found = None if found == NOBODY else found
            person, self.how = found is not None, ("pronoun" if found is not None else "none")
        if found is None:
            found = self._named_next(head)
            if found is None and head.doc.has_annotation("SENT_START") and _lead(head.sent):
                found = self.spokesman_said_next(head)
            if found is None:
                found = self.report_named_next(head)
            if found is None:
                found = self.post_named_next(head)
            person = found is not None
            if found is not None:
                self.how = "lead"
        if found is None and self.how not in ("owned",):
            found = self.named_later(head)
            if found is not None:
                self.how = "later"
        if found is not None and self.how == "lead":
            # ("Russia's president has defended … / Vladimir Putin said": the title is
            # his when the text uses it again, "the Russian president said")
            self.remember_title(head, found)
        if found is not None and sex is not None and self.how != "pronoun-guess":
            # (a guess teaches no sex: "She said …" guessed to be the professor last
            # named would make every later "he said" of his someone else's)
            self.gender.setdefault(found, set()).add(sex)
        if found is not None:
            found = full_name_of(found, self.mentions, self.people, self.gender)
            found = self._full_body(found)
        if found is not None and head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_NOUNS:
            self.voiced.add(found)
        if self._joins_people(speaker.start, speaker.end):
            # "Knight and drum 'n' bass star Roni Size have released …. She said": two
            # people are no he or she, so the pair is no next he/she's antecedent.
            return found
        if person or head.lemma_.lower() in PERSON_NOUNS:
            self.last = found
            self.last_end = max(speaker.end, content_end or 0)
        # (a cue the model doubts and no kind of saying, "Arsenal's overall discipline
        # upset Ferguson", "as the Gunners seek victory": who acts there has not spoken
        # in that sentence, so is not the he/she after it)
        if found is not None:
            self.speaking.add(found)
        if found is not None and not weak and head.doc.has_annotation("SENT_START"):
            # A person quoted after a body in one sentence is who spoke there last ("City
            # announced debts, but Wardle confirmed …", "The News of the World reports that
            # Anelka told …"): the next he/she's.
            key = head.sent.start_char
            if key not in self.spoken or (found in self.person_entities
                                          and self.spoken[key] not in self.person_entities):
                self.spoken[key] = found
        return found

    def report_named_next(self, head) -> Optional[str]:
        """A lead's "a report" whose author the next sentence names (see
        ``NamedNearby.report_issued_next``); only in the article's first sentence."""
        if not head.doc.has_annotation("SENT_START") or not _lead(head.sent):
            return None
        return self.report_issued_next(head)

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
        return word if self._surname_owner(word) is not None else None

    def _surname_owner(self, word) -> Optional[str]:
        """The one person the text names in full, in two words or more, ending on this
        capitalised word; else None."""
        if not word.is_title:
            return None
        owners = {m.entity for m in self.people if len(m.text.split()) >= 2
                  and m.text.split()[-1] == word.text}
        return owners.pop() if len(owners) == 1 else None

    @staticmethod
    def _post_of(head, inside) -> bool:
        """A definite description of the one holder of a body's post ("the Factory
        Records founder", "the BPI chief"): the body's name before the post's noun."""
        return head.pos_ == "NOUN" and head.lemma_.lower() in POSTS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) and all(
            m.label != "PERSON" and m.end <= head.idx for m in inside)

    def _a_person(self, entity: str) -> bool:
        """Whether the text names this entity as a person in full ("Sutopo Purwo
        Nugroho"), and never like a company ("Johnson & Johnson", "Diageo Chateau") nor
        as one elsewhere ("Shares in Krispy Kreme" where the tagger typed it a person)."""
        # (an author whose work spoke is what "it" is: "Brown's Britain, by Robert
        # Peston, says … it says")
        return entity in {m.entity for m in self.people if " " in m.text} - self.firms \
            - self.org_ids - self.works

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

    def _work_by(self, speaker: Span) -> Optional[str]:
        """The person a speaker phrase is a work of: ", by NAME," right after it."""
        m = re.match(r",\s*by\s+", self.text[speaker.end:speaker.end + 8])
        if m is None:
            return None
        at = speaker.end + m.end()
        name = next((p for p in self.people if p.start == at), None)
        if name is None or self.text[name.end:name.end + 1] != ",":
            return None
        return name.entity

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

    def _find(self, speaker: Span, head) -> tuple[Optional[str], bool]:
        if head.text in MEMBER_OFFICES and head.i > 0 and any(
                m.start <= head.doc[head.i - 1].idx < m.end for m in self.people):
            head = head.doc[head.i - 1]   # "Frank Field MP said": the parse's head is the office
        at = head.idx
        author = self._work_by(speaker)
        if author is not None:
            # "Brown's Britain, by Robert Peston, says": a work speaks for its author,
            # not for the place or person in its title.
            self.how = "document"
            self.works.add(author)
            return author, True
        if self._group(head):
            return None, False  # "Cuban Americans said": people of a nation, no one named
        if (head.ent_type_ == "NORP" and head.tag_ == "NNP" or national_noun(head)) \
                and described_person(head):
            # "The Los Angeles Democrat asserted": a party member described, named before
            # ("The Briton , who lost his title , said": one of a people, the same)
            self.how = "description"
            found = self.antecedent(head)
            if found not in self.person_entities:
                found = None  # (a party member is a person: never "The Boston Globe reports")
            if found is None and national_noun(head):
                found = self._only_person_before(head)
            return found, bool(found)
        role = self._role_after_name(head)
        if role is not None:
            # "…," said the Sale full-back: the role heads the phrase and the name before
            # it is its club or party; the person the text named before, never the club
            self.how = "description"
            found = self.antecedent(role)
            if found not in self.person_entities:
                found = self._person_named_last(role)
            return found, bool(found)
        if self._role_described(head):
            # "The Wellingborough MP added" (the tagger took it for a name), "The former
            # Ukip leader said" (who led Ukip no longer speaks for it): the person the
            # text named before, never the body or a name minted from the words.
            self.how = "description"
            found = self.antecedent(head)
            if found not in self.person_entities and not self.introduced_unnamed(head):
                # (a headline glued to the lead by the parse hides the lead's subject:
                # the person named last before, within the paragraph)
                found = self._person_named_last(head)
            return found, bool(found)
        if head.lower_ in ("one", "another", "each"):
            # "One of them, Marisleysis Gonzalez, told": the name set beside the pronoun
            hit = next((m for c in head.children if c.dep_ == "appos" and c.i > head.i
                        for m in self.people if m.start <= c.idx < m.end), None)
            if hit is not None:
                self.how = "named"
                return hit.entity, True
        if head.dep_ == "appos" and head.pos_ == "NOUN":
            # "Omar Navarro, a Republican candidate …, voiced": the person it describes
            hit = next((m for m in self.people if m.start <= head.head.idx < m.end), None)
            if hit is not None:
                self.how = "named"
                return hit.entity, True
        paper = self.paper_of_owner(head)
        if paper is not None:
            self.how = "named"
            return paper, False
        for group, person in ((self.people, True), (self.corefs, True), (self.mentions, False)):
            hit = next((m for m in group if m.start <= at < m.end
                        and m.text.lower() not in DESCRIPTIONS | PERSON_NOUNS), None)
            # ("The MP claimed": a word for a person the tagger took for a name)
            if hit is not None and group is self.mentions:
                hit = self._designated(hit)
            if hit is not None and group is self.mentions and hit.label in PLACES \
                    and " " not in hit.text:
                # "…," said Washington: a place's word that is the surname of the one
                # person the text names in full with it ("MaliVai Washington") is him
                # (however the tagger typed that name: a person's or a body's, never one
                # only a body has, "University of Washington", "Dynamo Moscow FC")
                owners = {m.entity for m in self.mentions if m.label in ("PERSON", "ORG")
                          and len(m.text.split()) >= 2 and m.text.split()[-1] == hit.text
                          and all(w[:1].isupper() for w in m.text.split())
                          and not body_name(m.text) and not _body_phrase(m.text)
                          and m.entity not in self.firms}
                if len(owners) == 1:
                    self.how = "named"
                    return owners.pop(), True
            if hit is not None:
                self.how = "role" if group is self.corefs else "named"
                return hit.entity, person
        owner = self._surname_owner(head) if head.pos_ not in ("NOUN", "PROPN", "PRON") else None
        if owner is not None:
            # ("May said": the surname read as a modal, see surname_read_as_word)
            self.how = "named"
            return owner, True
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")
                      and c.pos_ == "PRON"), None)
        if owner is not None and head.lemma_.lower() in DOCUMENTS:
            # "Her lawsuit said", "his statement added": the person the his/her is.
            self.how = "document"
            found = self.antecedent(owner)
            return (found or None), bool(found)
        # (a place's adjective, "A London-based spokesman", says where the speaker sits,
        # never whom he speaks for: the names model keeps it whole as a people's word)
        # (nor a name inside a relative clause on the speaker: "He and others who oppose
        # the boy's return to Cuba say" is no one of Cuba's)
        inside = [m for m in self.mentions if speaker.start <= m.start and m.end <= speaker.end
                  and m.text.rsplit("-", 1)[-1].lower() not in PLACED_PARTICIPLES
                  and not self._in_relative_clause(head, m)]
        if head.lemma_.lower() in TEXT_FORMS and inside and all(
                m.label in ("NORP", "LANGUAGE") and m.end <= head.idx for m in inside):
            # "said a Spanish version of the letter": the language it is written in, never
            # the country; the writer is unnamed here
            return None, False
        if self._two_sources(head, inside):
            # "Tanzanian police and FBI agents said": two sources, each named by its
            # own body or people, are no one of them
            return None, False
        if head.lemma_.lower() in FOLLOWERS and inside and all(
                m.end <= head.idx and m.entity == self._story_body() for m in inside):
            # "Several Cineplex analysts have speculated", in a story about Cineplex:
            # those who follow the firm the story is about are outside it (a brokerage
            # named so, "Merrill Lynch analysts", is their employer: another body)
            return None, False
        whole = self._named_whole(speaker, head, inside) or (
            None if inside or head.lower_ in ORG_WORDS else self._named_with_noun(speaker, head))
        if whole is not None:
            # "Damascus radio said" after "state-run Damascus Radio said": the body the
            # text names with these words, not the place that opens them
            self.how = "named"
            return whole, False
        firm = self._firm_noun_ending(head, speaker)
        if firm is not None:
            head = firm   # ("The US credit card to travel services giant said": the giant)
        if head.lower_ in ORG_WORDS and (head.pos_ == "PRON" or firm is not None or any(
                (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PROPN")
                for c in head.children)) and not [
                m for m in inside if m.label not in PLACES or self._mistyped_norp(m)]:
            # ("Canada's largest department store operator said": a place's possessive
            # is as definite as "the")
            # "it said", "the Australian firm said": a body named before it in its own
            # sentence ("In a statement from Lycos Europe …, the company denied"), else
            # the body the sentence before is about (its speaker or subject), else the
            # organisation last named before; never where the phrase names its own ("The
            # Anti-Phishing Working group").
            self.how = "body-word"
            described = self._described_as(head, speaker) if head.pos_ == "NOUN" else False
            if described is not False:
                return described, False
            found = self._body_in_sentence(head, speaker) if head.pos_ == "NOUN" \
                else self._clause_subject_before(head)
            if found is None and any(c.lower_ == "also" for c in head.head.children):
                found = self._body_spoke_lately(head)  # ("It also said": it again)
            found = found or self._body_before(head)
            # ("The US company also said", after "France's Snecma … said": a body the
            # text gives another country is not the one described)
            country = phrase_country(inside, head) if head.pos_ == "NOUN" else None
            if disagrees(head.doc, self.mentions, country, found):
                found = None
            if found is not None and not self._a_person(found) and not self._a_work(found):
                return self._parent_body(head, found), False
            # (an "it" or "the company" is never a person: "… Nugroho said. …, the Red
            # Cross said … "…," it said" is the Red Cross, whoever spoke first there)
            before = self._bodies_before(speaker, head.doc)
            if head.pos_ == "NOUN":
                # ("Bayern Munich's Champions League match … The German club said": a
                # name that says its body is of another kind, a league, a committee or a
                # festival, is no club, company or firm)
                before = [m for m in before if not _other_kind(m.text, head.lemma_.lower())]
            # (not a body named in a relative clause of the phrase's own sentence: "Shares
            # in Multiplex Group, which is building the new Wembley stadium, fell after it
            # said" is Multiplex)
            before = [m for m in before if not disagrees(head.doc, self.mentions, country, m.entity)]
            here = [m for m in before if m.start >= head.sent.start_char]
            background = [m for m in here if any(
                a.dep_ == "relcl" for a in self._token_at(head.doc, m.start).ancestors)]
            if background and len(background) < len(here):
                before = [m for m in before if m not in background]
            before = [m for m in before if not self._a_work(m.entity)]
            return (self._parent_body(head, before[-1].entity), False) if before else (None, False)
        around = [m for m in self.mentions
                  if head.left_edge.idx <= m.start < head.right_edge.idx + len(head.right_edge)]
        if described_person(head) and (all(m.label in PLACES for m in inside + around) or (
                (head.lower_ in DESCRIPTIONS or head.lower_ == "old" or head.lower_.endswith(
                    "year-old") or aged(head)) and all(m.label != "PERSON" or self._modifier(head, m)
                                                       for m in inside))):
            # "The Romanian international suggested", "says the Waterford man": someone
            # the text has named before, found as a he/she is, never the place.
            self.how = "description"
            if self.a_title(head) and inside + around:
                # "The Iraqi ambassador to Greece said": a country's official is whom the
                # text gives that title, else no one it names; never the man the sentence
                # before is about (Saddam), who is no ambassador.
                found = self._title_holder(head) or self.titled.get(title_key(head))
            else:
                found = self.antecedent(head)
                if found and (found in self.no_one
                              or self._named_after_body_noun(head.doc, found)):
                    # "Granma called the novel … The author said": a person described
                    # is never the paper the sentence before is about; the person
                    # named last there is (before the phrase: "The Oscar winner" is
                    # no "Oscar").
                    found = self._person_named_last(head.doc[head.left_edge.i])
                elif found and found not in self.person_entities and not self._a_place(found):
                    # Nor a name the text never gives a person, which the parse took
                    # for that sentence's speaker ("Lord of the Rings director Peter
                    # Jackson has said … The Oscar winner said"), where a person is named.
                    opening = head.doc[head.left_edge.i]
                    found = self._person_named_last(opening) or self._one_person_before(opening) \
                        or found
            self.remember_title(head, found)
            return (found or None), bool(found)
        if head.tag_ == "NNS" and head.lemma_.lower() not in (
                PERSON_NOUNS | ROLE_NOUNS | BODY_DOCUMENTS) and not self.papers_of(head) \
                and inside and all(m.label != "PERSON" and m.end <= head.idx for m in inside):
            # "LG Card's creditors", "Yukos shareholders": people of their own, not the
            # body named before them (its spokesmen and officials do speak for it; its
            # documents too: "Upjohn's estimates").
            return None, False
        # A person first, then a body, then a place: "Germany's BdB private banks
        # association" is the BdB's.
        # (a name the text writes like a company's is none, however typed: "Pirelli SpA
        # chairman and chief executive officer Marco Tonchetti Provera said")
        inside.sort(key=lambda m: (m.label != "PERSON" or m.entity in self.firms,
                                   m.label in PLACES))
        if inside and head.pos_ == "NOUN" and (head.lemma_.lower() in ORG_NOUNS or head.lower_.endswith(
                "maker") or (body_noun(head) and head.lemma_.lower() not in GOVERNMENTS)) and all((m.label == "NORP" and not self._mistyped_norp(m)) or (
                    m.label in ("GPE", "LOC") and m.end <= head.idx) for m in inside):
            # "The Japanese carmaker said", "A British newspaper said": a nationality or
            # a place before the noun names no firm or paper (a government of a place is the place's)
            # (a lead's "An Iraqi opposition group said" is the body whose spokesman the
            # next sentence names: "A … spokesman of the Iraqi National Congress said")
            lead = self._named_next(head) if body_noun(head) else None
            if lead is not None:
                self.how = "lead"
            return lead, False
        if inside and head.pos_ == "NOUN" and (
                (head.lemma_.lower() in DESCRIPTIONS | UNNAMED
                 and all(m.label in PLACES and m.end <= head.idx for m in inside))
                or (head.lemma_.lower() in PEOPLE_NOUNS - KIN and head.tag_ == "NNS"
                    and all(m.label in PLACES for m in inside))
                or (head.lemma_.lower() in PEOPLE_NOUNS - KIN - {"official"}
                    and all(m.label in PLACES and m.end <= head.idx for m in inside))):
            # "A US airline attendant says", "Moscow officials", "Jurors in Virginia",
            # "a Texas trader said": people from a place, not the place (a government,
            # police or official of one is the place's); a lead's is named next ("A
            # senior Belarus politician accused … / The speaker …, Semyon Sharetsky").
            lead = self._named_next(head)
            if lead is not None:
                self.how = "lead"
                return lead, True
            return None, False
        if inside and self._placed_doer(head) and all(m.label in PLACES and m.end <= head.idx
                                                      for m in inside):
            # "Argentina's top Roman Catholic cleric said", "The leading U.S. beryllium
            # producer said", "the Berlin wine merchant said": one who does a trade
            # somewhere, described (the one named before, found as a he/she is), never
            # the place.
            self.how = "description"
            found = self.antecedent(head)
            return (found or None), bool(found)
        named = next((m for c in head.children if c.dep_ == "appos" and c.i > head.i
                      for m in inside if m.label == "PERSON" and m.start <= c.idx < m.end), None)
        if named is not None and head.pos_ == "NOUN":
            # "Slepian's lawyer, Glenn Edward Murray, said": the name set beside the noun
            # is the speaker, whoever owns the noun
            self.how = "named"
            return named.entity, True
        if inside and inside[0].label == "PERSON" and head.pos_ == "NOUN" \
                and (head.lemma_.lower() in PERSON_NOUNS | DESCRIPTIONS | PEOPLE_NOUNS | ENTOURAGE
                     or agent_noun(head.lemma_.lower())) \
                and not head.lower_.startswith("spokes") and self._owned_by(head, inside[0]):
            # "President Castro's chief aide said", "a friend of Mr Blair", "Saipov's
            # defense team", "Stallone's publicist": the person the phrase is about owns
            # the speaker, and is not the speaker (what a person says, writes or files is
            # theirs: "Sony's assertion that", "Her lawsuit said").
            # A lead's relative or aide of a name is named next, the way news opens
            # ("Elian Gonzalez's father said … / "…," Juan Miguel Gonzalez wrote").
            lead = self._named_next(head) if head.lemma_.lower() in KIN | ENTOURAGE else None
            if lead is None and head.lower_ in KIN:
                # (not only in a lead: "Elian's father also criticized … / "…," said
                # Juan Miguel Gonzalez", the next quotation's speaker of his surname)
                lead = self.kin_quoted_next(head, inside[0])
            if lead is not None:
                self.how = "lead"
                return lead, True
            titled = self._titled_with(head, inside[0].entity)
            if titled is not None:
                self.how = "named"
                return titled, True
            self.how = "owned"
            return None, False
        holder = self.office_holder(head, inside)
        if holder is not None:
            # "the FBI chief said": the person holding the office, not the body
            self.how = "office"
            return holder, True
        if inside and head.pos_ == "NOUN" and all(m.label in PLACES for m in inside):
            lead = self._named_next(head)
            if lead is not None:
                # "The Belgian sports minister … says / Claude Eerdekens claims": a lead's
                # person named next, not the place the description hangs on
                self.how = "lead"
                return lead, True
        if inside and self.last is not None and self._post_of(head, inside):
            # "…," said the Factory Records founder: the post's holder the text has been
            # quoting and the clause before is about, not his firm (who holds an office is
            # named; a body's spokesmen speak for it, and stay its own)
            found = self.antecedent(head)
            if found == self.last and found in self.person_entities:
                self.how = "description"
                return found, True
        missed = self._missed_after_trade(head)
        if missed is not None:
            # "Arsenal's Brazilian midfielder Edu has hit out": a name both taggers
            # missed, after a trade, is a person's (here the one who speaks), never the
            # club or the country the phrase also names
            self.how = "minted"
            found = self._mint(missed, person=True)
            return found, found is not None
        named = self._spokesman_named_next(head, inside)
        if named is not None:
            # "A Pentagon spokesman said … / "…," said spokesman Kenneth Bacon": the
            # spokesman the next sentence names with the same noun, not his body
            self.how = "lead"
            return named, True
        if (inside and head.pos_ == "NOUN" and head.lower_ not in GOVERNMENTS
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
                and all(names_a_country(m) and m.end <= head.idx for m in inside)):
            # "according to a US research think-tank": one body of a kind the text leaves
            # unnamed, of that country; never the country itself
            self.how = "none"
            return None, False
        if inside:
            self.how = "in-phrase"
            return inside[0].entity, inside[0].label == "PERSON"
        if not inside:
            medium = self._medium_name(head)
            if medium is not None:
                # "Liberte newspaper said" (the tagger missed the unaccented name): the
                # capitalised words before a word for a paper are its name
                self.how = "minted"
                found = self._mint(medium)
                return found, False
        body = self._spokesman_for_the_body(speaker, head)
        if body is not None:
            self.how = "body-word"
            return body, False
        named = self.named_after(speaker, head)
        if named is not None:
            self.how = "beside"
            return named.entity, named.label == "PERSON"
        issuer = self.document_of(head) or self.rules_of_kind(head) or self.cited_source(head)
        if issuer is not None:
            self.how = "document"
            return issuer, False
        if (head.pos_ == "PROPN" or self._capitalised_elsewhere(head)) and not (
                head.is_sent_start and (any(t.text == head.lower_ for t in head.doc)
                                        or head.lower_ in POSTS | ROLE_NOUNS)):
            # (a sentence's capital on a word the text also writes in lower case,
            # "Creditors of LG Card said … the creditors", or on a post's noun, "Director
            # of rugby Warren Gatland revealed", names nobody)
            # A name the tagger missed here but found elsewhere ("Cepes says …").
            same = self.by_text.get(speaker.text) or self.by_text.get(head.text)
            self.how = "minted"
            if same is not None:
                return same.entity, same.label == "PERSON"
            if not self._quoted(head.idx):
                return self._mint(head), False
        if head.lower_ in ("who", "that") and head.head.dep_ == "relcl" \
                and head.head.head.pos_ in ("PROPN", "NOUN"):
            # "German teenager Sven Jaschen who confessed": the name "who" follows.
            ante = head.head.head
            hit = next((m for m in self.mentions if m.start <= ante.idx < m.end), None)
            if hit is not None:
                self.how = "named"
                return hit.entity, hit.label == "PERSON"
        if head.lower_ in FIRST_PERSON and not self._quoted(head.idx):
            # "I think" outside quotation marks is the writer (a columnist, a reader's
            # comment), never the person last named.
            return None, False
        if head.lower_ in PRONOUNS:
            self.how = "pronoun"
            found = self.antecedent(head)
            if found == NOBODY:
                return None, False
            if found is not None:
                return found, True
        if head.lower_ in PRONOUNS and head.doc.has_annotation("SENT_START") \
                and head.sent.start == 0:
            # "He called it his masochism strategy … and now Tony Blair has signed up":
            # an article opening on a he/she names them later in its first sentence.
            after = next((m for m in self.named if head.idx < m.start < head.sent.end_char), None)
            if after is not None:
                self.how = "pronoun-ahead"
                return after.entity, True
        if head.lower_ in PRONOUNS and self._recent_speaker(speaker.start):
            self.how = "pronoun-recent"
            return self.last, self.last is not None
        if head.lower_ in PRONOUNS:
            # Not someone the last quotes talk about ("… by Wagner chief Prigozhin …").
            self.how = "pronoun-guess"
            before = [m for m in self.named if m.end <= speaker.start
                      and not any(s <= m.start < e for s, e in self.contents)]
            if before:
                return before[-1].entity, True
            return self.last, self.last is not None
        return None, False

    @staticmethod
    def _modifier(head, m) -> bool:
        """"The Oscar winner", "the Blair aide": a name set on a description's noun as
        its modifier says what the person won or whom they serve; the noun is the
        person, found as a he/she is, never the name (a prize the tagger read as a
        person: "oscar")."""
        return m.end <= head.idx and any(t.dep_ == "compound" and t.head.i == head.i
                                         for t in head.doc[head.left_edge.i:head.i]
                                         if m.start <= t.idx < m.end)

    def _in_relative_clause(self, head, m) -> bool:
        """Whether a name stands in a relative clause hung on the speaker phrase's head
        or its conjuncts ("others who oppose the boy's return to Cuba")."""
        clause = False
        for a in self._token_at(head.doc, m.start).ancestors:
            if a.i == head.i:
                return clause
            clause = clause or a.dep_ == "relcl"
        return False

    def _spokesman_named_next(self, head, inside) -> Optional[str]:
        """The person the next sentence names with the noun of "a <body> spokesman"
        ("… said spokesman Kenneth Bacon", "spokeswoman Jane Roe said"), else None."""
        doc = head.doc
        if head.pos_ != "NOUN" or not head.lower_.startswith("spokes") or not inside \
                or any(m.label == "PERSON" for m in inside) or not any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) \
                or not doc.has_annotation("SENT_START") or head.sent.end >= len(doc):
            return None
        nxt = doc[head.sent.end].sent
        found = {m.entity for m in self.people if nxt.start_char <= m.start < nxt.end_char
                 and self.text[:m.start].rstrip().lower().endswith(" " + head.lower_)}
        return found.pop() if len(found) == 1 else None

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
        paragraph and the one before (one sentence a line: its line and the line before)."""
        lo = self.text.rfind("\n", 0, self.text.rfind("\n", 0, head.idx)) + 1
        return next((m.entity for m in reversed(self.named)
                     if lo <= m.start and m.end <= head.idx
                     and m.entity in self.person_entities), None)

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
    def _group(head) -> bool:
        """A plural demonym heading the phrase ("Cuban Americans", "many Iraqis"): the
        people of a nation, which is neither the place nor its government."""
        if head.tag_ not in ("NNS", "NNPS") or head.ent_type_ != "NORP":
            return False
        from .gazetteer import places
        word = head.lower_.split("-")[-1]
        return word.endswith("s") and word[:-1] in places().demonyms

    @staticmethod
    def _placed_doer(head) -> bool:
        """A definite singular noun for one who does something ("the wine merchant",
        "Argentina's top cleric", "the leading beryllium producer") that no word class
        here knows: an agent noun by its ending, not a body's or a person's post."""
        if head.tag_ != "NN" or not agent_noun(head.lemma_.lower()):
            return False
        return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss"
                   for c in head.children)

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

    def _named_next(self, head) -> Optional[str]:
        """A lead's description named in the sentence after it, the way news opens ("The
        head of US TV network Fox has admitted … / Chief executive Gail Berman said";
        "A US airline attendant … says she has been fired. / Ellen Simonetti … wrote"):
        the person who is the next sentence's subject. Only for the document's first
        sentence, and never for a spokesman or an official, whom leads leave unnamed."""
        doc = head.doc
        # (any noun for an organisation that the lead introduces with "a": "a newspaper
        # said … / …, the Hong Kong Standard said")
        body = head.lemma_.lower() in LEAD_BODIES or (body_noun(head) and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children))
        # (any noun for a person by role, "a South Korean lawmaker", not only the words
        # the speaker reader lists: one a lead introduces with "a", never a document's,
        # whose ending only looks a person's, "new letter reveals")
        person = head.lemma_.lower() in LEAD_NOUNS or (
            person_noun(head) and head.lemma_.lower() not in
            UNNAMED_IN_LEADS | PEOPLE_NOUNS | DOCUMENTS | BODY_DOCUMENTS
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)) or (
            head.lemma_.lower() in KIN | ENTOURAGE and any(c.dep_ == "poss" for c in head.children))
        if head.pos_ != "NOUN" or not (body or person) \
                or not doc.has_annotation("DEP") or not _lead(head.sent) or head.sent.end >= len(doc):
            return None
        if body and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # "the bank" after bodies its own sentence names points back to one of them,
            # not on to the body the next sentence opens on
            before = [m for m in self.orgs if head.sent.start_char <= m.start and m.end <= head.idx]
            if before:
                return self._clause_about(head, before) if len(
                    {m.entity for m in before}) > 1 else before[0].entity
        nxt = doc[head.sent.end].sent
        if not any(t.is_alpha and t.is_lower for t in nxt) and nxt.end < len(doc):
            nxt = doc[nxt.end].sent   # (a dateline after a headline: "LONDON 1996-08-31")
        found = self._subject_named(head, nxt, body)
        if found is None and body and nxt.end < len(doc) and self._about_a_thing(nxt):
            # "…, a trade body has warned. / The Internationalised Domain Names system has
            # been … / But the UK Internet Forum (UKIF) is concerned": where the next
            # sentence is about a thing, the body may open the one after
            found = self._subject_named(head, doc[nxt.end].sent, body)
        return found

    @staticmethod
    def _about_a_thing(sent) -> bool:
        """Whether a sentence's main subject is a common noun for no body or person."""
        subj = next((t for t in sent.root.children if t.dep_ in SUBJECTS), None)
        return subj is not None and subj.pos_ == "NOUN" and not body_noun(subj) \
            and not person_noun(subj)

    def _subject_named(self, head, nxt, body: bool) -> Optional[str]:
        """The body (``body``) or person named as the subject of ``nxt``, the sentence
        after a lead's description ``head``."""
        doc = head.doc
        named = [m for m in self.orgs] if body else [m for m in self.people if " " in m.text]
        if body:
            # (a body's name the tagger typed a place, which no place is called: "…, the
            # Hong Kong Standard said")
            gaz = places()
            named += [m for m in self.mentions if m.label in ("GPE", "LOC", "FAC")
                      and " " in m.text and not is_place_name(gaz, m)
                      and not is_region(gaz, normalise(m.text))]
            # (or a people's word, which no body's name of several words is: "the Iraqi
            # National Congress")
            named += [m for m in self.mentions if " " in m.text and self._mistyped_norp(m)]
        # A lead describes whom it does not name: one it names ("A US firm … is in talks
        # with LVMH. / Paris-based LVMH has …") is another party.
        in_lead = {m.entity for m in self.mentions
                   if head.sent.start_char <= m.start < head.sent.end_char}
        named = [m for m in named if m.entity not in in_lead]
        subjects = [t for t in nxt if t.dep_ in SUBJECTS and t.head.i == nxt.root.i]
        # (its subject's apposition too: "The speaker of the Belarus parliament, Semyon
        # Sharetsky, told Reuters")
        subjects += [a for t in subjects for a in t.children if a.dep_ == "appos"]
        if body:
            # (a body's spokesman speaks for it: "A London-based spokesman of the Iraqi
            # National Congress said")
            subjects += [o for t in subjects if t.lower_.startswith("spokes")
                         for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                         for o in p.children if o.dep_ == "pobj"]
        for subj in subjects:
            # (a body: "an anti-fraud agency" is the company the next sentence opens on)
            # (or a name cut short on its subject's compounds: "Park Byeong" of
            # "Park Byeong-seug")
            # (never a name heading a thing's noun for a body: "The Internationalised
            # Domain Names system" is no trade body)
            modifier_ok = not body or subj.pos_ != "NOUN" or body_noun(subj)
            hit = next((m for m in named if (m.start <= subj.idx < m.end or modifier_ok and
                                             subj.left_edge.idx <= m.start < subj.idx)
                        and not self._quoted(m.start)), None)
            if hit is not None and body and hit.label != "ORG":
                # (a body's name the tagger typed otherwise gives way to its own acronym
                # typed a body: "the UK Internet Forum (UKIF)" is UKIF, not the cut
                # "Internet Forum")
                hit = next((m for a in subj.children if a.dep_ == "appos" for m in named
                            if m.label == "ORG" and m.start <= a.idx < m.end and m.text.isupper()),
                           hit)
            if hit is not None:
                if body:
                    self.no_one.add(hit.entity)  # (a paper stands for no he or she)
                return hit.entity
            if body and subj.i > head.i and subj.lemma_ == head.lemma_ and subj.pos_ == "NOUN":
                # a headline's "Opposition group says" is the lead's "An Iraqi opposition
                # group said", whoever the text names that one
                return self._named_next(subj)
        return None

    @staticmethod
    def _mistyped_norp(m) -> bool:
        """A name the tagger typed NORP that is no people's ("Anti-Phishing Working")."""
        from .gazetteer import places
        return m.label == "NORP" and m.text.lower() not in places().demonyms

    def _described_as(self, head, speaker: Span):
        """The body the text introduced with the phrase's own description ("Security
        firm iDefence, which notified users … The security firm says"): its entity, or
        None where the name so introduced is none the tagger found (never the last body
        named, iTunes); False where the text never introduced one so."""
        words = [c for c in head.children if c.dep_ == "compound" and c.tag_ == "NN" and c.i < head.i]
        if not words or not self.text:
            return False
        phrase = " ".join(t.lower_ for t in words) + " " + head.lower_
        found = False
        for hit in re.finditer(r"\b" + re.escape(phrase) + r"\b", self.text[:speaker.start], re.I):
            after = re.match(r"\s+([A-Za-z][\w.&-]*)", self.text[hit.end():hit.end() + 60])
            if after is None or not (after.group(1)[:1].isupper() or after.group(1)[1:2].isupper()):
                continue   # ("the security firm said": no name follows)
            at = hit.end() + after.start(1)
            named = next((m for m in self.mentions if m.start == at), None)
            found = named.entity if named is not None else None
        return found

    def _body_in_sentence(self, head, speaker: Span) -> Optional[str]:
        """The one body named in the speaker's sentence before the phrase, outside
        quotation marks, when it names no other."""
        if not head.doc.has_annotation("SENT_START"):
            return None
        lo = head.sent.start_char
        named = [m for m in self.orgs if lo <= m.start and m.end <= speaker.start]
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

    @staticmethod
    def _token_at(doc, char: int):
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else doc[0]

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
        if subj is not None and subj.lower_ == "it" and depth < 2 and not self._quoted(subj.idx):
            # "Intel filed … with the Supreme Court … It summed up … it said": an "it"
            # heading the sentence before is the body that one is about, in turn
            found = self._body_before(subj, depth + 1)
            if found is not None:
                return found
        hit = None if subj is None or self._quoted(subj.idx) else next(
            (m for m in self.mentions if m.start <= subj.idx < m.end), None)
        if hit is None and subj is not None and subj.pos_ == "NOUN" and not self._quoted(subj.idx):
            # "National Intergroup stock closed … on the New York Stock Exchange. The
            # company noted": the body owning the subject ("X stock", "X's shares") is
            # what the sentence is about, not the exchange it trades on
            hit = next((m for c in subj.children if c.dep_ in ("compound", "poss")
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

    @staticmethod
    def _two_sources(head, inside) -> bool:
        """Whether a speaker joins two common nouns by "and", each with a name of its
        own before it ("Tanzanian police and FBI agents"): two sources."""
        if head.pos_ != "NOUN":
            return False
        conj = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
        if conj is None or not any(c.dep_ == "cc" and c.lower_ in ("and", "&")
                                   for c in head.children):
            return False
        first = [m for m in inside if head.left_edge.idx <= m.start < head.idx]
        second = [m for m in inside if conj.left_edge.idx <= m.start < conj.idx]
        return bool(first) and bool(second) and {m.entity for m in first} != {
            m.entity for m in second}

    def _story_body(self) -> Optional[str]:
        """The body a story is about: the first the text names (a firm's story opens on
        it, "Cineplex Odeon Corp. directors said")."""
        return next((m.entity for m in self.mentions if m.label == "ORG" and m.entity), None)

    def named_after(self, speaker: Span, head) -> Optional[Entity]:
        """The name a speaker phrase leaves out: right after it ("pop band Busted have
        confirmed", where the parse cut the name off) or in a "from"/"at" phrase of its
        head ("wrote analysts from Citigroup Smith Barney")."""
        if head.is_sent_start and head.lower_ in POSTS | ROLE_NOUNS:
            # "Director of rugby Warren Gatland revealed": the post's holder, whose name
            # the parse hung on the "of" (a post's capital is no name of its own)
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                hit = obj is not None and next(
                    (m for m in self.people if m.start <= obj.idx < m.end), None)
                if hit:
                    return hit
        if head.pos_ != "NOUN":
            return None
        gap = self.text[speaker.end:speaker.end + 2]
        nxt = next((m for m in self.mentions if m.start in (speaker.end, speaker.end + 1)), None)
        if nxt is not None and gap[:1] in (" ", "") and nxt.label != "GPE" \
                and speaker.end < head.idx + len(head.text) + 2 and not self._quoted(nxt.start):
            return nxt
        for prep in [c for c in head.children if c.dep_ == "prep"] + [
                g for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for g in c.children if g.dep_ == "agent"]:
            # "analysts from Citigroup", "a report published by Analysys"; "a spokesman
            # for Unison" speaks for Unison (for a country too: its government)
            spokes = head.lower_.startswith("spokes") and prep.lower_ in ("for", "of")
            if prep.lower_ in ("from", "at", "with", "by") or spokes:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                named = obj is not None and next(
                    (m for a in obj.children if a.dep_ == "appos" and a.i > obj.i
                     for m in self.people if m.start <= a.idx < m.end), None)
                if spokes and named:
                    # "A spokesman for DLF Builders, Dr Vancheshwar, told": the parse
                    # hangs the spokesman's name on his firm; he is the speaker
                    return named
                hit = obj is not None and next(
                    (m for m in self.mentions if m.start <= obj.idx < m.end), None)
                if hit and (hit.label not in PLACES or spokes):
                    return hit
        return None

    def _bodies_before(self, speaker: Span, doc) -> list:
        """The organisations named before the phrase that no one treats as a person: the
        last resort of an "it said" or "a spokesman for the company"."""
        # (not the outlet a source spoke to: "…, Ericsson spokesman Per Zetterquist told
        # Reuters. …, the company said" is Ericsson)
        return [m for m in self.orgs if m.end <= speaker.start and not self._a_person(m.entity)
                and not self._told(doc, m)]

    def _told(self, doc, m) -> bool:
        """Whether a name is only the one a source's words were told to ("told Reuters")."""
        tok = self._token_at(doc, m.end - 1)
        return tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell"

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
                    before = self._bodies_before(speaker, head.doc)
                    found = before[-1].entity if before else None
                return found
        return None

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

    def _mint(self, head, person: bool = False) -> Optional[str]:
        """A name the tagger never found, as a new mention ("ECLAC said", "Cepes says"):
        the proper nouns around the head; a person's where ``person``."""
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
        entity = slug(span.text)
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


#: Lower-case words a person's name may hold ("Charles de Gaulle", "Osama bin Laden").
NAME_PARTICLES = frozenset(("de", "da", "di", "du", "del", "della", "des", "la", "le", "van",
                            "von", "der", "den", "ter", "bin", "ibn", "al", "el", "ben", "y", "e"))


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


def _body_phrase(name: str) -> bool:
    """A name of two words or more only a body's can be: opening on "The" ("The News"),
    or holding a lower-case word no person's name has ("News of the World")."""
    words = name.split()
    return len(words) >= 2 and (words[0] == "The" or any(
        w.islower() and w not in NAME_PARTICLES for w in words[1:-1]))


#: Labels of works, products and events, for which no body speaks.
WORKS = frozenset(("WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"))
#: Nouns for a body that owns others ("the corporation" of BBC One and BBC Two).
PARENT_NOUNS = frozenset(("corporation", "group", "conglomerate"))

#: A country's or place's governing body: speaks for the place ("the Venezuelan government").
GOVERNMENTS = frozenset(("government", "administration", "authority", "authorities", "regime"))
def _lead(sent) -> bool:
    """Whether a sentence is the article's first (a dateline or blank line before it, as
    "JERUSALEM (AP)_" or "NAIROBI, August 21 (Xinhua) --", does not count; nor does a
    headline the text opens on, a line of its own followed by one line break: "Top
    Belarus politician blasts president .\nLarisa Sayenko\nMINSK …\nA senior …")."""
    text = text_of(sent.doc)
    first = [o for o in sent.doc.sents if sum(t.is_alpha for t in o) >= 5][:2]
    if not first:
        return False
    if first[0].start == sent.start:
        return True
    end = first[0].start_char + len(first[0].text.rstrip(" \t\n"))
    headline = not text[:first[0].start_char].strip() and text[end:end + 1] == "\n" \
        and text[end + 1:end + 2] not in ("\n", "")
    return headline and len(first) > 1 and first[1].start == sent.start
