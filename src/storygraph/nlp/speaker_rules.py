"""The order in which a speaker phrase's rules decide whom it stands for.

``SpeakerRules._find`` reads one speaker phrase (its span and head token) and asks the
rules of the other mixins in turn: a work's author, a people of a nation, a description
or a role, a name inside the phrase, an "it" or "the firm", a lead's description named
next, an owned person, a body's office, a name beside the phrase, a document's issuer, a
name the tagger missed, and last a he/she. The first that answers decides, so the order
is itself a decision, and it lives apart from the rules, each of which answers one
question. It also sets ``how`` (speakers.SPEAKER_HOW): the way the entity was found,
whose rate of being right on judged news is the quote's certainty. Mixed into
``speakers.Speakers``.
"""
from __future__ import annotations

from typing import Optional

from ..types import Span
from .antecedents import NOBODY, aged, described_person, national_noun, title_key
from .bodies import body_name
from .body_words import GOVERNMENTS, WATCHDOGS, _body_phrase, _other_kind, firm_token
from .corefs import ROLE_NOUNS
from .descriptions import POSTS, agent_noun
from .elsewhere import BODY_DOCUMENTS, laid_before_venue
from .framing import body_noun
from .joint_sources import several_sources
from .leads import REPRESENTATIVES
from .name_pieces import MEMBER_OFFICES
from .nationality import country_pointed_to, disagrees, names_a_country, phrase_country
from .speaker_words import (DESCRIPTIONS, DOCUMENTS, ENTOURAGE, FIRST_PERSON, FOLLOWERS, KIN,
                            ORG_NOUNS, ORG_WORDS, PEOPLE_NOUNS, PERSON_NOUNS, PLACES, PLAYER_NOUNS,
                            PRONOUNS, RULINGS, UNNAMED)

#: Nouns for a text in one language or form ("a Spanish version of the letter", "the
#: English translation"): its people's word is the language, not a source.
TEXT_FORMS = frozenset(("version", "translation", "edition", "text", "transcript", "copy"))
#: Those who forecast a market for a living, named as a group by where they work ("Wall
#: Street economists", "City strategists"): people of a place, as "Texas traders" are.
MARKET_WATCHERS = frozenset(("economist", "strategist", "forecaster"))
#: The participle of a place's adjective ("London-based", "Texas-born").
PLACED_PARTICIPLES = frozenset(("based", "born", "bred", "headquartered", "registered"))


def placed_compound(tok):
    """The noun a hyphenated place compound modifies where ``tok`` is its place's word
    ("Ghana" of "the Ghana-born researcher"), else None."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" \
            or doc[tok.i + 2].lower_ not in PLACED_PARTICIPLES:
        return None
    noun = doc[tok.i + 2].head
    return noun if noun.i > tok.i + 2 and noun.pos_ in ("NOUN", "PROPN") else None


def modified_role(tok, cue):
    """The role noun heading the cue's subject where ``tok`` is only one of its modifiers
    ("assistant" or "Reds" of "The ex-Reds assistant boss warned", "club" of "the former
    club coach said"), else None: a modifier says whose or what kind of role it is, and
    the phrase's head, the role, is who speaks (found as a description is)."""
    noun = tok.head
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.ent_type_ == "PERSON" \
            or noun.i <= tok.i or noun.pos_ != "NOUN" or noun.head.i != cue.i \
            or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    role = noun.lemma_.lower()
    if role not in PERSON_NOUNS | DESCRIPTIONS | POSTS | ROLE_NOUNS:
        return None
    # (every word between is the noun's modifier: one phrase, not a name set before it)
    doc = tok.doc
    if any(t.ent_type_ == "PERSON" or not (t.head.i == noun.i or tok.i <= t.head.i < noun.i)
           for t in doc[tok.i:noun.i]):
        return None
    return noun


#: Prepositions that give where a person works ("Ann Cole, from Acme's lab, said").
AFFILIATIONS = frozenset(("from", "of", "at"))


def affiliation_holder(body, cue):
    """The name a body's ``from``/``of``/``at`` phrase is set off with commas after, where
    that name is the cue's subject ("Ann Cole, from Acme's Research Laboratory, said"),
    else None: the person speaks, the body is only where she works, however the tagger
    typed her name (a body, a place)."""
    prep = body.head
    if body.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in AFFILIATIONS:
        return None
    name = prep.head
    doc = body.doc
    if name.pos_ != "PROPN" or name.head.i != cue.i or name.dep_ not in ("nsubj", "nsubjpass") \
            or prep.i != name.i + 2 or doc[name.i + 1].text != ",":
        return None
    return name


def name_after_role_noun(best, phrase: tuple[int, int]) -> tuple[int, int]:
    """The speaker phrase run on over a person's name set right after its role's noun,
    where the parse hung the name on the noun as anything but a compound ("Former Acme
    captain Ann Cole, who …, says", the name an adverb of "captain"), so the phrase
    stopped at the noun: the title and the name, as in "Chancellor Ann Cole". The name
    must end the phrase (a comma, a relative or the cue after it); else ``phrase``."""
    doc = best.doc
    j = phrase[1]
    if best.pos_ != "NOUN" or j != best.i + 1 or j >= len(doc):
        return phrase
    k = j
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].ent_type_ == "PERSON":
        k += 1
    if k == j or doc[k - 1].head.i != best.i or doc[k - 1].dep_ == "compound" \
            or any(doc[i].head.i not in (best.i, k - 1) for i in range(j, k)):
        return phrase
    if k < len(doc) and not (doc[k].is_punct or doc[k].lower_ in ("who", "whose")
                             or doc[k].i == best.head.i):
        return phrase
    return phrase[0], k


class SpeakerRules:
    """The rule order above, over a ``Speakers``' state (see the module)."""

    def _find(self, speaker: Span, head) -> tuple[Optional[str], bool]:
        if head.text in MEMBER_OFFICES and head.i > 0 and any(
                m.start <= head.doc[head.i - 1].idx < m.end for m in self.people):
            head = head.doc[head.i - 1]   # "Frank Field MP said": the parse's head is the office
        modified = placed_compound(head)
        if modified is not None:
            # "…," added the Ghana-born researcher, the speaker span on "Ghana": the
            # phrase is the noun the compound modifies, a person described, never an id
            # minted from the place's adjective
            head = modified
            doc = head.doc
            left = doc[head.left_edge.i]
            speaker = Span(min(speaker.start, left.idx), max(speaker.end, head.idx + len(head)), "")
        if several_sources(head, self.mentions):
            # "The coach and his captain Ann Cole have both said", "Both clubs have
            # pledged": several named sources, which one entity cannot hold
            self.how = "several"
            return None, False
        at = head.idx
        author = self._work_by(speaker)
        if author is not None:
            # "Brown's Britain, by Robert Peston, says": a work speaks for its author,
            # not for the place or person in its title.
            self.how = "document"
            self.works.add(author)
            return author, True
        if self.joint_issuers(head):
            # ("A survey by Earthlink and Webroot found", the parse's speaker either the
            # survey or a name of the pair): two issuers, which one speaker entity
            # cannot hold, as with "The US and the EU said"
            self.how = "several"
            return None, False
        if self._group(head):
            return None, False  # "Cuban Americans said": people of a nation, no one named
        if self.own_journalist(head):
            # "Our correspondent says": the outlet's journalist the text named as such,
            # never the source quoted before (else no one)
            self.how = "description"
            found = self.journalist_named(head)
            return found, found is not None
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
            if found is not None and national_noun(head) and self._other_people_in_sentence(head):
                # ("X's striker Y is fit, but the Scot admitted he was unsure whether to
                # start the Dutchman"): the person named last is whom the other people's
                # noun, in the words said, stands for; the Scot is another
                found = self._other_than(head, found)
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
            spoken = self._speaks_for(head, found)
            if spoken != found:
                self.how = "body-word" if spoken else "none"
                return spoken, False
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
        owner = self.surname_owner(head) if head.pos_ not in ("NOUN", "PROPN", "PRON") else None
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
        body_owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                           and c.i < head.i), None)
        if body_owner is not None and head.lemma_.lower() in (DOCUMENTS | BODY_DOCUMENTS
                                                              | RULINGS):
            # "the council's ruling said", "the firm's statement added": a document is
            # its owner's words, and the owning noun stands for whom it would as the
            # speaker itself ("the council said": the council named before)
            found, person = self._find(Span(body_owner.left_edge.idx,
                                            body_owner.idx + len(body_owner), ""), body_owner)
            if found is not None:
                self.how = "document"
                return found, person
        if owner is not None and head.lower_ in KIN:
            # ("Cole's son Tom, 30, said … His father … "…," his son said"): the relative
            # the text named with the owner's possessive, the his/her being that owner
            whose = self.antecedent(owner)
            kin = self.kin_named_with(head, whose) if whose and whose != NOBODY else None
            if kin is not None:
                self.how = "description"
                return kin, True
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
        if self._nation_group(head, inside):
            # "European leaders say": people of a people, unnamed; never an id minted
            # from the adjective
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
        # (every mention of the doc: a people's word, "Chinese", has no entity yet here)
        country = None if inside else country_pointed_to(
            getattr(head.doc._, "mentions", None) or self.mentions, head,
            GOVERNMENTS | {"ministry"})
        if country is not None:
            self.how = "in-phrase"   # (as "the Chinese government" is China's)
            return country, False
        whole = self._named_whole(speaker, head, inside) or (
            None if inside or head.lower_ in ORG_WORDS else self._named_with_noun(speaker, head))
        if whole is not None:
            # "Damascus radio said" after "state-run Damascus Radio said": the body the
            # text names with these words, not the place that opens them
            self.how = "named"
            return whole, False
        document = self.document_before(head)
        if document is not None:
            # ("The lawsuit noted that … It stated …": the document's author, as "the
            # lawsuit" is)
            found, _ = self._find(Span(document.left_edge.idx,
                                       document.idx + len(document), ""), document)
            if found is not None:
                self.how = "document"
                return found, False
        firm = self._firm_noun_ending(head, speaker)
        if firm is not None:
            head = firm   # ("The US credit card to travel services giant said": the giant)
        if firm_token(head) and (head.pos_ == "PRON" or firm is not None or any(
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
            found = (self._body_in_sentence(head, speaker) or self._conjoined_subject(head)) \
                if head.pos_ == "NOUN" else self._clause_subject_before(head)
            if found is None and any(c.lower_ == "also" for c in head.head.children):
                found = self._body_spoke_lately(head)  # ("It also said": it again)
            if found is None and self._turns_away(head):
                found = False   # (another party than the one the sentence before quoted)
            found = None if found is False else (found or self._body_before(head)
                                                 or self.described_before(head))
            # ("The US company also said", after "France's Snecma … said": a body the
            # text gives another country is not the one described)
            country = phrase_country(inside, head) if head.pos_ == "NOUN" else None
            if disagrees(head.doc, self.mentions, country, found):
                found = None
            if found is None or self._a_person(found):
                # (a board is a body's, never a person's: "approached the Acme board …, it
                # has confirmed")
                governed = self.governed_body(head)
                if governed is not None:
                    return governed, False
            if found is not None and not self._a_person(found) and not self._a_work(found) \
                    and not self._a_product(head.doc, found):
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
            before = [m for m in before if not self._a_work(m.entity)
                      and not self._a_product(head.doc, m.entity)]
            if head.lower_ not in ORG_WORDS:
                # (a description newer to these rules, "the bank", "the German carmaker",
                # is the body its sentence or the one before speaks of, never merely the
                # body named last: a plant's town the tagger took for a firm; left
                # unresolved, it points at one we failed to find)
                self.how = "none"
                return None, False
            last = self.last_resort_body(before)
            return (self._parent_body(head, last), False) if last is not None else (None, False)
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
                found = self.antecedent(head) or self._aged_named_before(head)
                staff = self._staff_for_player(head) if found else frozenset()
                if found in staff:
                    # ("Coach Mike Ruddock says … The 22-cap Dragons man says": a player,
                    # never the coach the sentence before is about)
                    self.excluded = staff
                    try:
                        found = self.antecedent(head) or None
                    finally:
                        self.excluded = frozenset()
                if found and (found in self.no_one
                              or self._named_after_body_noun(head.doc, found)):
                    # "Granma called the novel … The author said": a person described
                    # is never the paper the sentence before is about; the person
                    # named last there is (before the phrase: "The Oscar winner" is
                    # no "Oscar").
                    found = self._person_named_last(head.doc[head.left_edge.i])
                elif found and found not in self.person_entities and (
                        not self._a_place(found) or head.lower_ in PLAYER_NOUNS):
                    # Nor a name the text never gives a person, which the parse took
                    # for that sentence's speaker ("Lord of the Rings director Peter
                    # Jackson has said … The Oscar winner said"), where a person is named.
                    opening = head.doc[head.left_edge.i]
                    found = self._person_named_last(opening) or self._one_person_before(opening) \
                        or (None if self._a_place(found) else found)
                    # (one who plays, sings or acts is a person, never the place or
                    # club the sentence before names: "the England striker" is no
                    # Newcastle, where an official of a place may speak for it)
            spoken = self._speaks_for(head, found)
            if spoken != found:
                self.how = "body-word" if spoken else "none"
                return spoken, False
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
                "maker") or head.lemma_.lower() in WATCHDOGS or (body_noun(head) and head.lemma_.lower() not in GOVERNMENTS)) and all((m.label == "NORP" and not self._mistyped_norp(m)) or (
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
                or (head.lemma_.lower() in (PEOPLE_NOUNS - KIN) | MARKET_WATCHERS
                    and head.tag_ == "NNS"
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
                      for m in inside if (m.label == "PERSON" or self._person_form(m, head))
                      and m.start <= c.idx < m.end), None)
        if named is not None and head.pos_ == "NOUN":
            # "Slepian's lawyer, Glenn Edward Murray, said": the name set beside the noun
            # is the speaker, whoever owns the noun
            self.how = "named"
            return named.entity, True
        holder = self._set_off_before_owner(head, inside)
        if holder is not None:
            # ("Fund manager Ann Cole - Acme's largest investor - said": the name, set off
            # before the possessed role, is who holds it and speaks)
            self.how = "named"
            return holder.entity, True
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
            lead = self._named_next(head) if head.lemma_.lower() in KIN | ENTOURAGE \
                | REPRESENTATIVES else None
            if lead is None and head.lower_ in KIN:
                # (not only in a lead: "Elian's father also criticized … / "…," said
                # Juan Miguel Gonzalez", the next quotation's speaker of his surname)
                lead = self.kin_quoted_next(head, inside[0])
            if lead is not None:
                self.how = "lead"
                if head.lemma_.lower() in REPRESENTATIVES:
                    # (whom "the agent" stands for later: the one agent the lead named)
                    self.titled.setdefault(title_key(head), lead)
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
        if inside and self._post_of(head, inside):
            # "…," said the Factory Records founder: the post's holder the text has been
            # quoting and the clause before is about, not his firm (who holds an office is
            # named; a body's spokesmen speak for it, and stay its own)
            found = self.antecedent(head) if self.last is not None else None
            if found is not None and found == self.last and found in self.person_entities:
                self.how = "description"
                return found, True
            lead = self._named_next(head)
            if lead is not None:
                # "The Federal Reserve head has warned … / NAME told": the holder a
                # lead names next
                self.how = "lead"
                return lead, True
            # (a post's holder is one person, never the body the post is of: unnamed)
            self.how = "post"
            return None, False
        missed = self._missed_after_trade(head)
        if missed is not None:
            # "Arsenal's Brazilian midfielder Edu has hit out": a name both taggers
            # missed, after a trade, is a person's (here the one who speaks), never the
            # club or the country the phrase also names
            self.how = "minted"
            found = self._mint(missed, person=True)
            return found, found is not None
        named = self._spokesman_named_next(head, inside) or self.spokesman_named_later(head)
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
        if self.nicknamed_post(head, inside):
            # "The Toon boss vowed": the side's staff named before, never the nickname
            self.how = "description"
            found = self.staff_named_before(head)
            return found, found is not None
        if self.firm_part(head, inside):
            # "the Acme subsidiary said": the part the text names, never Acme
            found = self.part_named(head, inside)
            # (as certain as the modifier's name was: the phrase names no one itself)
            self.how = "in-phrase" if found is not None else "none"
            return found, False
        if laid_before_venue(head, inside):
            # "The Commons motion says": its sponsors', whom the phrase leaves unnamed
            self.how = "none"
            return None, False
        if head.pos_ == "PROPN" and head.ent_type_ == "PERSON" \
                and inside and all(m.label == "NORP" and m.end <= head.idx
                                                   for m in inside) \
                and not any(m.start <= head.idx < m.end for m in self.mentions):
            # "Russian Ann Petrova claimed", the names model missing the name the base
            # tagger read as a person's: a people's word before a name says where she is
            # from, never who she is; the name does (not "The Scottish Government")
            # (minted without the people's word)
            doc, since = head.doc, max(m.end for m in inside)
            first = head
            while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].idx >= since:
                first = doc[first.i - 1]
            if not self._quoted(head.idx):
                self.how = "minted"
                return self._mint(head, name=doc[first.i:head.i + 1].text), False
            inside = []
        if inside:
            set_beside = self._named_after_role(head, inside)
            if set_beside is not None:
                # "Channel Tunnel operator Eurotunnel said": the name set after the
                # role's noun is the speaker; the one before it is what the role is of
                self.how = "named"
                return set_beside.entity, set_beside.label == "PERSON"
            self.how = "in-phrase"
            return inside[0].entity, inside[0].label == "PERSON"
        if not inside:
            governed = self.governed_body(head) if head.pos_ == "NOUN" else None
            if governed is not None:
                self.how = "body-word"   # ("the Acme board … the board has confirmed")
                return governed, False
            medium = self._medium_name(head)
            if medium is not None:
                # "Liberte newspaper said" (the tagger missed the unaccented name): the
                # capitalised words before a word for a paper are its name
                self.how = "minted"
                found = self._mint(medium)
                return found, False
            medium = self.medium_named_before(head)
            if medium is not None:
                # ("US magazine Acme PC has … The magazine said", the title typed a
                # person's name): the medium the text so named
                self.how = "named"
                return medium, False
        body = self._spokesman_for_the_body(speaker, head)
        if body is not None:
            self.how = "body-word"
            return body, False
        named = self.named_after(speaker, head)
        if named is not None:
            self.how = "beside"
            return named.entity, named.label == "PERSON"
        issuer = self.document_of(head) or self.rules_of_kind(head) or self.cited_source(head) \
            or self.filed_by(head)
        if issuer is not None:
            self.how = "document"
            return issuer, False
        if self._bare_title(head):
            # "The Judge wrote" after "Judge James Kleinberg": a title names nobody of
            # its own (no id minted from it); it is the one person the text so titles
            self.how = "description"
            found = self._title_holder(head) or self.titled.get(title_key(head))
            return found, bool(found)
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
        if head.lower_ in ("who", "that", "which") and head.head.dep_ == "relcl" \
                and head.head.head.pos_ in ("PROPN", "NOUN"):
            # "German teenager Sven Jaschen who confessed", "Compaq, which said": the
            # name the relative follows.
            ante = head.head.head
            hit = next((m for m in self.mentions if m.start <= ante.idx < m.end), None)
            if hit is None and head.lower_ == "who":
                # ("said his daughter, Rosa, who said": the name set beside its noun)
                hit = next((m for c in ante.children if c.dep_ == "appos" and c.i < head.i
                            for m in self.people if m.start <= c.idx < m.end), None)
            if head.lower_ == "who" and (hit is None or hit.entity not in self.person_entities):
                # ("refused Oscars, including actor Ann Cole who said", the parse's relative
                # on the prize): a who is a person's, the one named just before it
                just = next((m for m in self.people if 0 <= head.idx - m.end <= 2
                             and not self.text[m.end:head.idx].strip(" ,")), None)
                hit = just or hit
            if hit is not None and head.lower_ == "which" and (
                    hit.entity in self.person_entities or (
                        ante.dep_ == "pobj" and ante.head.head.pos_ == "NOUN"
                        and {ante.head.head.lemma_.lower(), ante.head.head.lower_}
                        & (BODY_DOCUMENTS | DOCUMENTS))):
                # ("an email from Mr Van de Vijver which said": his email, no he; "new data
                # from property website Rightmove which suggested": the data, which may be
                # no one's words)
                hit = None
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

    def _in_relative_clause(self, head, m) -> bool:
        """Whether a name stands in a relative clause hung on the speaker phrase's head
        or its conjuncts ("others who oppose the boy's return to Cuba")."""
        clause = False
        for a in self._token_at(head.doc, m.start).ancestors:
            if a.i == head.i:
                return clause
            clause = clause or a.dep_ == "relcl"
        return False

    @staticmethod
    def _named_after_role(head, inside):
        """The name the parse sets as the apposition of a role's noun, after it, where
        every other name of the phrase stands before the noun as its modifier ("Channel
        Tunnel operator Eurotunnel", "chip maker Acme"), else None."""
        if head.pos_ != "NOUN":
            return None
        # (or any other tie the parse made, the name set right after the noun: "Former
        # Acme captain Ann Cole, who …", her name read as an adverb)
        after = [m for m in inside if m.start > head.idx and any(
            (c.dep_ == "appos" or c.dep_ in ("advmod", "npadvmod") and c.i == head.i + 1)
            and c.i > head.i and m.start <= c.idx < m.end for c in head.children)]
        if len(after) != 1 or not all(m is after[0] or m.end <= head.idx for m in inside):
            return None
        return after[0]

    def _person_form(self, m, head) -> bool:
        """Whether a name set beside a person's role noun ("X's lawyer, NAME, said") is
        that person's whatever the tagger typed it: written like a person's name (two or
        three capitalised words, none a body's or a place's word) and never a firm's."""
        words = m.text.split()
        role = head.lemma_.lower()
        # (one person's noun: "analysts Screen Digest" are a firm's people, its name)
        return head.tag_ != "NNS" and m.label not in PLACES and 2 <= len(words) <= 3 \
            and all(w[:1].isupper() and w[1:].islower() for w in words) \
            and not body_name(m.text) and not _body_phrase(m.text) and m.entity not in self.firms \
            and (role in PERSON_NOUNS | DESCRIPTIONS | PEOPLE_NOUNS | ENTOURAGE or agent_noun(role)
                 or role in POSTS or role.startswith("spokes"))

    @staticmethod
    def _token_at(doc, char: int):
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else doc[0]

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
