"""Speaker entities: which named entity a quote's speaker phrase stands for.

A name in the phrase decides first; a role tied to a person (corefs.find_corefs) next.
An organisation word ("it", "the firm") is the organisation last named, where what counts
as an organisation is read off the whole document, since the tagger often types a
company as a person or a facility in one place and gets it right in another ("Shares in
Krispy Kreme Doughnuts … Krispy Kreme said … the firm said"). A he/she is found the way
a reader finds it: the subject of its own sentence before it, else the speaker or the
subject of the sentences before (skipping sentences wholly inside a quotation), never a
person merely mentioned as an object ("… her tussle with Paula Radcliffe. But she …").
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..types import Entity, Span
from .corefs import ROLE_NOUNS
from .name_keys import slug
from .name_spans import hyphen_prefix
from .extensions import text_of

PRONOUNS = frozenset(("he", "she", "i", "him", "her"))
#: Words for an organisation already named: "it said", "the firm said" -> that one.
ORG_WORDS = frozenset(("it", "firm", "company", "group", "club", "corporation", "carrier",
                       "airline", "retailer", "maker", "manufacturer", "giant",
                       "operator", "insurer", "lender", "chain", "broadcaster", "studio",
                       "label", "publisher", "developer", "network", "conglomerate"))
#: Nouns for a person speaking for a body ("a Labour Party spokesman said … He said").
PERSON_NOUNS = frozenset(("spokesman", "spokeswoman", "spokesperson", "official", "analyst",
                          "minister", "chairman", "chairwoman", "director", "executive",
                          "secretary", "president", "leader", "editor", "lawyer", "attorney",
                          "coach", "manager", "head", "chief", "fellow", "professor",
                          "member", "economist", "researcher", "founder", "boss", "adviser",
                          "advisor", "representative", "writer", "author", "partner"))
FIRST_PERSON = frozenset(("i", "we", "me", "us", "you"))
UNNAMED = frozenset(("reports", "report", "sources", "source", "media", "officials",
                     "people", "reporters", "analysts", "observers", "critics"))
#: Nouns before a name that make it an organisation's ("oil company Yukos").
ORG_NOUNS = ORG_WORDS - {"it"}
#: Last words of a name that make it a company's ("Multiplex Group", "Carnival Corp").
CORPORATE = frozenset(("group", "inc", "corp", "corporation", "ltd", "plc", "holdings",
                       "co", "company", "bank", "airlines", "airways", "motors", "ag", "sa",
                       "llc", "industries", "technologies", "systems", "securities"))
#: Words just before a name that make it a listed company's ("Shares in Krispy Kreme").
SHARES_BEFORE = ("shares in ", "shares of ", "stake in ", "takeover of ", "bid for ")
SHARES_AFTER = ("'s shares", "’s shares", " shares")
#: Nouns that describe a person the text names elsewhere ("the 67-year-old", "the
#: Waterford man", "The Romanian international").
DESCRIPTIONS = frozenset(("man", "woman", "star", "player", "international", "striker",
                          "midfielder", "defender", "goalkeeper", "keeper", "veteran", "actor",
                          "actress", "singer", "musician", "champion", "winner", "captain",
                          "youngster", "teenager", "chancellor", "frontman", "frontwoman",
                          "winger", "flanker", "half", "forward", "skipper", "batsman",
                          "bowler", "rider", "driver", "boxer", "golfer", "sprinter",
                          "runner", "athlete", "attendant", "expert", "mp", "medallist",
                          "broadcaster", "campaigner", "aide", "correspondent", "reporter"))
#: Relatives and companions, named by whom they belong to ("Kopp's stepmother", "his
#: widow"): never that person.
KIN = frozenset(("mother", "father", "stepmother", "stepfather", "wife", "husband", "son",
                 "daughter", "stepson", "stepdaughter", "brother", "sister", "uncle", "aunt",
                 "cousin", "niece", "nephew", "widow", "widower", "parent", "parents",
                 "family", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance",
                 "relative", "relatives", "grandmother", "grandfather", "mum", "dad",
                 "mom", "neighbour", "neighbor", "colleague", "teammate", "partner"))
#: Nouns for people a speaker phrase may name by a body or place they belong to ("Critics
#: of the government", "A legal expert in the US", "The MP for Ealing North"): they speak.
PEOPLE_NOUNS = frozenset(("critic", "supporter", "opponent", "resident", "worker", "employee",
                          "friend", "source", "fan", "observer", "investor", "trader",
                          "campaigner", "aide", "mp", "expert", "analyst", "official",
                          "lawyer", "doctor", "scientist", "researcher", "activist",
                          "juror", "voter", "citizen", "student", "teacher", "customer",
                          "consumer", "patient", "witness", "villager", "shopper", "viewer",
                          "passenger", "user")) | KIN
#: Person nouns a news lead may use for someone it names in the next sentence (not
#: spokesmen, officials or analysts, whom it leaves unnamed).
LEAD_NOUNS = (DESCRIPTIONS | PERSON_NOUNS | {"friend"}) - frozenset((
    "spokesman", "spokeswoman", "spokesperson", "official", "analyst", "member", "fellow",
    "representative", "researcher", "economist", "writer", "author", "partner", "expert"))
#: Words for a body a news lead may use for one it names in the next sentence ("an
#: anti-fraud agency has said. / Anti-fraud consultancy Retail Decisions says …").
LEAD_BODIES = frozenset(("agency", "consultancy", "company", "firm", "group", "watchdog",
                         "organisation", "organization", "charity", "institute", "regulator",
                         "lender", "insurer", "bank", "body", "think-tank", "union"))
PLACES = frozenset(("GPE", "LOC", "NORP", "FAC"))
SUBJECTS = ("nsubj", "nsubjpass")
OBLIQUE = frozenset(("he", "she", "his", "her", "him"))
#: How far back (sentences, paragraph breaks) a he/she looks for whom it stands for.
BACK_SENTENCES = 6
BACK_PARAGRAPHS = 1
#: What a person writes or files, speaking for them ("Her lawsuit said", "his blog says").
DOCUMENTS = frozenset(("lawsuit", "suit", "statement", "letter", "book", "blog", "website",
                       "memoir", "memoirs", "autobiography", "complaint", "submission",
                       "testimony", "affidavit", "filing", "note", "email", "column"))
#: Titles a description may use for a person the text names with it ("the President"
#: for "President Trump"), and their short forms.
TITLE_NOUNS = frozenset(("president", "senator", "governor", "minister", "chancellor",
                         "premier", "mayor", "king", "queen", "prince", "princess", "pope",
                         "ambassador", "congressman", "congresswoman", "sheriff",
                         "correspondent", "editor", "reporter"))
TITLE_QUALIFIERS = frozenset(("shadow", "former", "ex", "deputy", "vice", "junior",
                              "assistant", "acting", "late"))
TITLE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "rep": "congressman",
                       "pres": "president"}
#: The sex a he/she speaker asks of whom it stands for.
GENDER = {"he": "m", "she": "f"}
#: How a speaker's entity was found (Speakers.how), most certain first.
SPEAKER_HOW = ("named", "in-phrase", "beside", "minted", "role", "lead", "body-word",
               "description", "pronoun", "pronoun-recent", "pronoun-agreement",
               "pronoun-guess", "owned", "none")
#: A he/she whose referent the sentences before leave unnamed.
NOBODY = ""


def org_entities(text: str, mentions: list[Entity]) -> set:
    """Entities the document shows to be organisations: typed ORG in most mentions, named
    like a company or after a word for one ("oil company Yukos"), traded ("shares in
    X"), or a short form of one of those ("Krispy
    Kreme" of "Krispy Kreme Doughnuts", never a place's: "Texas" of "Texas Electronic Mail
    Act"). The tagger's ORG on one occurrence is no such evidence for the others: it reads
    "European" or "DS" as ORG now and then."""
    labels: dict = {}
    for m in mentions:
        labels.setdefault(m.entity, Counter())[m.label] += 1
    out = {m.entity for m in mentions
           if labels[m.entity].most_common(1)[0][0] == "ORG" or named_as_body(text, m)}
    names = [m.text for m in mentions if m.entity in out]
    for m in mentions:
        if not PLACES & set(labels[m.entity]) and any(n.startswith(m.text + " ") for n in names):
            out.add(m.entity)
    return out


def named_as_body(text: str, m) -> bool:
    """Whether the words around a mention make it a body's name: a company's last word
    ("Carnival Corp"), a word for one before it ("oil company Yukos", "network Fox"),
    or trading ("shares in X", "X shares") — evidence the tagger's label is not."""
    before = text[max(0, m.start - 14):m.start].lower()
    words = m.text.lower().replace(".", "").split()
    prior = before.split()[-1:] if before.endswith(" ") else []
    return bool((words and words[-1] in CORPORATE) or before.endswith(SHARES_BEFORE)
                or (prior and prior[0] in ORG_NOUNS)
                or text[m.end:m.end + 9].lower().startswith(SHARES_AFTER))


def described_person(tok) -> bool:
    """"the 67-year-old", "The Romanian international", "the minister": a definite
    description of a person, with no name of its own."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.ent_type_ == "PERSON":
        return False
    if not any((c.dep_ == "det" and c.lower_ in ("the", "this"))
               or (c.dep_ == "poss" and c.lower_ == "our") for c in tok.children) \
            and tok.doc[tok.left_edge.i].lower_ not in ("the", "this"):
        return False  # (the parse may hang "the" on a modifier: "the Gloucester fly-half")
    word = tok.lower_
    return (word in DESCRIPTIONS or word in PERSON_NOUNS or word in ROLE_NOUNS
            or word.endswith("year-old") or tok.ent_type_ == "NORP"
            or (word == "old" and "year" in tok.doc[max(0, tok.i - 2):tok.i].text))


#: Last words only a body's name ends with.
BODY_WORDS = CORPORATE | frozenset((
    "commission", "international", "office", "party", "dems", "democrats", "council",
    "association", "union", "agency", "times", "committee", "department", "ministry",
    "foundation", "institute", "university", "court", "police", "society", "federation",
    "league", "board", "authority", "trust", "organisation", "organization", "service",
    "government", "assembly", "parliament", "news", "post", "telegraph", "guardian"))


def _body_name(name: str) -> bool:
    words = name.replace("'s", "").split()
    if not words:
        return False
    if len(words) == 1 and len(words[0]) >= 2 and words[0].isupper():
        return True   # an acronym: "EOC", "BBC"
    return len(words) >= 2 and words[-1].lower().strip(".,") in BODY_WORDS


def _gap(text: str, first, second) -> str:
    """The characters between two sentences' words (spaCy may keep a paragraph break
    inside either)."""
    a = first.start_char + len(first.text.rstrip())
    b = second.start_char + len(second.text) - len(second.text.lstrip())
    return text[a:b]


class Speakers:
    """The entity a speaker phrase stands for (see the module's docstring)."""

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
        orgs = org_entities(text, self.mentions)
        self.orgs = [m for m in self.mentions if (m.entity in orgs or m.start in org_starts)
                     and not self._quoted(m.start)]
        self.person_entities = {m.entity for m in self.people}
        self.works: set = set()  # authors whose work spoke ("X, by Robert Peston, says")
        # Entities the text names like a company somewhere, whatever the tagger typed
        # them ("Diageo Chateau & Estate Wines", "Johnson & Johnson" as PERSON): an
        # "it said" can stand for them.
        self.firms = {m.entity for m in self.mentions if m.entity and (
            "&" in m.text or _body_name(m.text)
            or m.text.split()[-1].lower().strip(".,") in CORPORATE)}
        self.by_text: dict = {}
        for m in self.mentions:
            self.by_text.setdefault(m.text, m)
        self.last: Optional[str] = None  # the previous quote's speaker entity
        self.contents: list[tuple[int, int]] = []  # what the quotes so far said
        self.spoken: dict[int, str] = {}  # sentence start (char) -> who spoke there
        self.minted: list[Entity] = []  # names found only as speakers (see _mint)
        #: How the last speaker's entity was found (SPEAKER_HOW): what its certainty is.
        self.how = "none"
        # Names only a body has, never a he/she ("Equal Opportunities Commission", "EOC",
        # "Home Office", "Lib Dems", "The Times"), however the tagger typed them.
        # (a capitals headline's "KLINSMANN" is no acronym where the text names the
        # person in full: "Juergen Klinsmann")
        self.bodies = {m.entity for m in self.mentions if _body_name(m.text)} - {
            m.entity for m in self.people if " " in m.text and not m.text.isupper()}
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

    def _quoted(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.regions)

    def entity(self, speaker: Span, head, content_end: Optional[int] = None) -> Optional[str]:
        self.how = "none"
        found, person = self._find(speaker, head)
        sex = GENDER.get(head.lower_) if head.pos_ == "PRON" else None
        if found is not None and sex is not None and (
                self._other_sex(found, sex) or found in self.bodies - self.voiced):
            # "he says … she told Mr Blair": a she is never the man just quoted; the
            # woman named last before her, if the text names one that can be her.
            found = self._of_sex(speaker.start, sex, head)
            person, self.how = found is not None, "pronoun-agreement"
        if found is not None and self.how == "description" and found in self.bodies:
            found, person = None, False  # "The minister told delegates": not the EOC
        if found is not None and self.contents and self._said_about(found, speaker, head):
            found, person = None, False
            self.how = "none"
        if found is None:
            found = self._named_next(head)
            person = found is not None
            if found is not None:
                self.how = "lead"
        if found is not None and sex is not None:
            self.gender.setdefault(found, set()).add(sex)
        if found is not None and head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_NOUNS:
            self.voiced.add(found)
        if person or head.lemma_.lower() in PERSON_NOUNS:
            self.last = found
            self.last_end = max(speaker.end, content_end or 0)
        if found is not None and head.doc.has_annotation("SENT_START"):
            self.spoken.setdefault(head.sent.start_char, found)
        return found

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
            if not self._other_sex(m.entity, sex) and m.entity not in self.bodies - self.voiced:
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
        if head.doc.has_annotation("SENT_START"):
            start = max(start, head.sent.start_char)
            end = min(end, head.sent.end_char)
        return any(m.entity == found and start <= m.start < end for m in self.mentions)

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
        if head.ent_type_ == "NORP" and head.tag_ == "NNP" and described_person(head):
            # "The Los Angeles Democrat asserted": a party member described, named before
            self.how = "description"
            found = self.antecedent(head)
            if found not in self.person_entities:
                found = None  # (a party member is a person: never "The Boston Globe reports")
            return found, bool(found)
        if head.dep_ == "appos" and head.pos_ == "NOUN":
            # "Omar Navarro, a Republican candidate …, voiced": the person it describes
            hit = next((m for m in self.people if m.start <= head.head.idx < m.end), None)
            if hit is not None:
                self.how = "named"
                return hit.entity, True
        for group, person in ((self.people, True), (self.corefs, True), (self.mentions, False)):
            hit = next((m for m in group if m.start <= at < m.end
                        and m.text.lower() not in DESCRIPTIONS | PERSON_NOUNS), None)
            # ("The MP claimed": a word for a person the tagger took for a name)
            if hit is not None:
                self.how = "role" if group is self.corefs else "named"
                return hit.entity, person
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")
                      and c.pos_ == "PRON"), None)
        if owner is not None and head.lemma_.lower() in DOCUMENTS:
            # "Her lawsuit said", "his statement added": the person the his/her is.
            self.how = "document"
            found = self.antecedent(owner)
            return (found or None), bool(found)
        inside = [m for m in self.mentions if speaker.start <= m.start and m.end <= speaker.end]
        if head.lower_ in ORG_WORDS and (head.pos_ == "PRON" or any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children)) and not [
                m for m in inside if m.label not in PLACES or self._mistyped_norp(m)]:
            # "it said", "the Australian firm said": the body the sentence before is
            # about (its speaker or subject), else the organisation last named before;
            # never where the phrase names its own ("The Anti-Phishing Working group").
            self.how = "body-word"
            found = self._body_before(head)
            if found is not None:
                return found, False
            before = [m for m in self.orgs if m.end <= speaker.start]
            return (before[-1].entity, False) if before else (None, False)
        around = [m for m in self.mentions
                  if head.left_edge.idx <= m.start < head.right_edge.idx + len(head.right_edge)]
        if described_person(head) and (all(m.label in PLACES for m in inside + around) or (
                (head.lower_ in DESCRIPTIONS or head.lower_ == "old" or head.lower_.endswith(
                    "year-old")) and all(m.label != "PERSON" for m in inside))):
            # "The Romanian international suggested", "says the Waterford man": someone
            # the text has named before, found as a he/she is, never the place.
            self.how = "description"
            found = self.antecedent(head)
            return (found or None), bool(found)
        if head.tag_ == "NNS" and head.lemma_.lower() not in PERSON_NOUNS | ROLE_NOUNS \
                and inside and all(m.label != "PERSON" and m.end <= head.idx for m in inside):
            # "LG Card's creditors", "Yukos shareholders": people of their own, not the
            # body named before them (its spokesmen and officials do speak for it).
            return None, False
        # A person first, then a body, then a place: "Germany's BdB private banks
        # association" is the BdB's.
        inside.sort(key=lambda m: (m.label != "PERSON", m.label in PLACES))
        if inside and head.pos_ == "NOUN" and (head.lemma_.lower() in ORG_NOUNS or head.lower_.endswith(
                "maker")) and all(m.label == "NORP" and not self._mistyped_norp(m) for m in inside):
            # "The Japanese carmaker said": a nationality names no firm (a government
            # of a place is the place's)
            return None, False
        if inside and head.pos_ == "NOUN" and (
                (head.lemma_.lower() in DESCRIPTIONS | UNNAMED
                 and all(m.label in PLACES and m.end <= head.idx for m in inside))
                or (head.lemma_.lower() in PEOPLE_NOUNS - KIN and head.tag_ == "NNS"
                    and all(m.label in PLACES for m in inside))):
            # "A US airline attendant says", "Moscow officials", "Jurors in Virginia":
            # people from a place, not the place (a government or police of one is the
            # place's).
            return None, False
        if inside and inside[0].label == "PERSON" and head.pos_ == "NOUN" \
                and head.lemma_.lower() in PERSON_NOUNS | DESCRIPTIONS | PEOPLE_NOUNS \
                and not head.lower_.startswith("spokes") and self._owned_by(head, inside[0]):
            # "President Castro's chief aide said", "a friend of Mr Blair": the person
            # the phrase is about owns the speaker, and is not the speaker.
            self.how = "owned"
            return None, False
        if inside:
            self.how = "in-phrase"
            return inside[0].entity, inside[0].label == "PERSON"
        named = self.named_after(speaker, head)
        if named is not None:
            self.how = "beside"
            return named.entity, named.label == "PERSON"
        if head.pos_ == "PROPN" or self._capitalised_elsewhere(head):
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
    def _group(head) -> bool:
        """A plural demonym heading the phrase ("Cuban Americans", "many Iraqis"): the
        people of a nation, which is neither the place nor its government."""
        if head.tag_ not in ("NNS", "NNPS") or head.ent_type_ != "NORP":
            return False
        from .gazetteer import places
        word = head.lower_.split("-")[-1]
        return word.endswith("s") and word[:-1] in places().demonyms

    @staticmethod
    def _owned_by(head, m) -> bool:
        """Whether the name ``m`` hangs on the speaker's head noun as its possessor or
        the object of its "of"/"to" ("Castro's chief aide", "an aide to Mr Blair")."""
        tok = next((t for t in head.subtree if t.idx == m.start), None)
        while tok is not None and tok.head.i != tok.i and tok.i != head.i:
            if tok.head.i == head.i:
                return tok.dep_ == "poss"
            if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to") and tok.head.head.i == head.i:
                return True
            tok = tok.head
        return False

    def _named_next(self, head) -> Optional[str]:
        """A lead's description named in the sentence after it, the way news opens ("The
        head of US TV network Fox has admitted … / Chief executive Gail Berman said";
        "A US airline attendant … says she has been fired. / Ellen Simonetti … wrote"):
        the person who is the next sentence's subject. Only for the document's first
        sentence, and never for a spokesman or an official, whom leads leave unnamed."""
        doc = head.doc
        body = head.lemma_.lower() in LEAD_BODIES
        if head.pos_ != "NOUN" or not (body or head.lemma_.lower() in LEAD_NOUNS) \
                or not doc.has_annotation("DEP") or head.sent.start != 0 or head.sent.end >= len(doc):
            return None
        nxt = doc[head.sent.end].sent
        named = [m for m in self.orgs] if body else [m for m in self.people if " " in m.text]
        for subj in (t for t in nxt if t.dep_ in SUBJECTS and t.head.i == nxt.root.i):
            # (a body: "an anti-fraud agency" is the company the next sentence opens on)
            hit = next((m for m in named if m.start <= subj.idx < m.end
                        and not self._quoted(m.start)), None)
            if hit is not None:
                return hit.entity
        return None

    @staticmethod
    def _mistyped_norp(m) -> bool:
        """A name the tagger typed NORP that is no people's ("Anti-Phishing Working")."""
        from .gazetteer import places
        return m.label == "NORP" and m.text.lower() not in places().demonyms

    def _body_before(self, head) -> Optional[str]:
        """The body the sentence before an "it said" speaks through or is about: the
        speaker of a quote there, else its main subject, when that is a name and no
        person or place ("In July, Diageo, which is listed on the London Stock
        Exchange, reported … It blamed …" is Diageo, not the exchange)."""
        doc = head.doc
        if not doc.has_annotation("DEP") or head.sent.start == 0:
            return None
        prev = doc[head.sent.start - 1].sent
        subj = next((t for t in prev.root.children if t.dep_ in SUBJECTS), None)
        hit = None if subj is None or self._quoted(subj.idx) else next(
            (m for m in self.mentions if m.start <= subj.idx < m.end), None)
        if hit is not None and hit.label not in PLACES and hit.entity not in {
                m.entity for m in self.people if m.text.count(" ")} - self.firms:
            return hit.entity
        found = self.spoken.get(prev.start_char)
        # (an "it" after "Brown's Britain, by Robert Peston, says" is the book again)
        return None if found is None or found in self.person_entities - self.firms - self.works \
            else found

    def named_after(self, speaker: Span, head) -> Optional[Entity]:
        """The name a speaker phrase leaves out: right after it ("pop band Busted have
        confirmed", where the parse cut the name off) or in a "from"/"at" phrase of its
        head ("wrote analysts from Citigroup Smith Barney")."""
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
                hit = obj is not None and next(
                    (m for m in self.mentions if m.start <= obj.idx < m.end), None)
                if hit and (hit.label not in PLACES or spokes):
                    return hit
        return None

    @staticmethod
    def _capitalised_elsewhere(head) -> bool:
        """A capitalised noun opening its sentence that the text also capitalises inside
        a sentence is a name ("Cepes says …" beside "The Cepes researcher")."""
        if head.pos_ != "NOUN" or not head.is_sent_start or not head.text[:1].isupper():
            return False
        return any(t.text == head.text and not t.is_sent_start and t.i != head.i
                   for t in head.doc)

    def _mint(self, head) -> Optional[str]:
        """A name the tagger never found, as a new mention ("ECLAC said", "Cepes says"):
        the proper nouns around the head."""
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
        label = "PERSON" if head.ent_type_ == "PERSON" else "ORG"
        entity = slug(span.text)
        # "Giles added" where the tagger found only "Larry Giles": the one person whose
        # name ends with the word.
        owners = {m.entity for m in self.people
                  if len(m.text.split()) >= 2 and m.text.split()[-1] == span.text}
        if len(owners) == 1:
            label, entity = "PERSON", owners.pop()
        mention = Entity(span.start_char, span.end_char, span.text, label, entity)
        self.minted.append(mention)
        self.mentions.append(mention)
        self.mentions.sort(key=lambda m: m.start)
        self.by_text.setdefault(mention.text, mention)
        return mention.entity

    # -- he/she -----------------------------------------------------------------------

    def antecedent(self, pron, depth: int = 0) -> Optional[str]:
        """Whom a he/she outside quotation marks stands for, read off the parse: an
        entity id, NOBODY when the text names nobody it can be, or None when the parse
        gives no answer (the caller falls back to the last person quoted or named)."""
        doc = pron.doc
        if depth > 3 or not doc.has_annotation("DEP") or self._quoted(pron.idx):
            return None
        if pron.pos_ in ("NOUN", "PROPN") and pron.lower_ in TITLE_NOUNS:
            found = self._title_holder(pron)
            if found is not None:
                return found
        sent = pron.sent
        found, _ = self._subject(sent, depth, before=pron.i)
        if found is not None:
            return found
        i, paragraphs = sent.start - 1, 0
        for _ in range(BACK_SENTENCES):
            if i < 0:
                return None
            prev = doc[i].sent
            if "\n" in _gap(text_of(doc), prev, sent) and not (
                    self._all_quoted(prev) or self._all_quoted(sent)):
                # (a quotation set out a line at a time is one turn, not paragraphs)
                paragraphs += 1
            if paragraphs > BACK_PARAGRAPHS:
                return None
            sent, i = prev, prev.start - 1
            words = [t for t in prev if t.is_alpha]
            if words and all(self._quoted(t.idx) for t in words):
                continue  # the quotation itself: who it talks about is not the speaker
            if prev.start_char in self.spoken:
                return self.spoken[prev.start_char]
            found, described = self._subject(prev, depth)
            if found is not None:
                return found
            # The sentence goes on about someone it calls he/she/his/her: that one.
            again = next((t for t in prev if t.lower_ in OBLIQUE and t.pos_ == "PRON"
                          and not self._quoted(t.idx)), None)
            if again is not None:
                found = self.antecedent(again, depth + 1)
                if found is not None:
                    return found
            if described:
                return NOBODY  # its subject is a person we cannot name ("the chancellor")
            named = {m.entity for m in self.named if prev.start_char <= m.start < prev.end_char}
            if len(named) == 1:
                return named.pop()
            if named:
                return NOBODY  # several people and none the subject: no guess
        return None

    def _all_quoted(self, sent) -> bool:
        words = [t for t in sent if t.is_alpha]
        return bool(words) and all(self._quoted(t.idx) for t in words)

    def _title_holder(self, head) -> Optional[str]:
        """Whom "the President", "the senator" stands for: the person the text gives
        that title ("President Trump", "Sen. Dianne Feinstein"), the last before it or
        else the first after; where it titles nobody, the subject of the headline the
        document opens on ("Trump rallies in West Virginia … The President referred
        …"), never merely the last person named ("Ford also testified … The President
        said"); else None (followed back as any description is)."""
        word = head.lower_
        short = {k for k, v in TITLE_ABBREVIATIONS.items() if v == word} | {word}
        held = []
        for m in self.people:
            before = self.text[max(0, m.start - 40):m.start].lower().replace(".", "").split()
            if before and before[-1] in short and not (
                    len(before) > 1 and before[-2] in TITLE_QUALIFIERS):
                held.append(m)   # (the shadow chancellor is not the chancellor)
        if held:
            prior = [m for m in held if m.start < head.idx]
            return (prior[-1] if prior else held[0]).entity
        line = self.text.split("\n", 1)[0].rstrip()
        if not line or line.endswith((".", "!", "?")) or head.idx < len(line):
            return None  # (a lead sentence names many; only a headline names its subject)
        named = [m for m in self.people if m.end <= len(line)]
        if len({m.entity for m in named}) == 1:
            return named[0].entity
        subj = next((t for t in head.doc if t.idx < len(line) and t.dep_ in SUBJECTS
                     and t.head.idx < len(line)), None)
        hit = None if subj is None else next(
            (m for m in named if m.start <= subj.idx < m.end), None)
        return hit.entity if hit is not None else None

    def _subject(self, sent, depth: int, before: Optional[int] = None) -> tuple:
        """The named entity that is the subject of ``sent`` (the main clause's first),
        before token ``before`` when given, outside quotation marks; and whether that
        subject is a person the sentence does not name ("The Kenyan", "the chancellor")."""
        subjects = [t for t in sent if t.dep_ in SUBJECTS and not self._quoted(t.idx)
                    and not any(s <= t.idx < e for s, e in self.contents)
                    and (before is None or t.i < before)]
        subjects.sort(key=lambda t: (len(list(t.ancestors)), t.i))
        if not subjects and before is None:
            # No subject parsed ("Williams' track beat songs by …"): a person named
            # before the main verb.
            root = sent.root
            first = next((m for m in self.people if sent.start_char <= m.start < root.idx
                          and not self._quoted(m.start)), None)
            return (first.entity if first is not None else None), False
        for subj in subjects:
            if subj.lower_ in ("he", "she") and subj.pos_ == "PRON":
                if before is not None:
                    continue
                return self.antecedent(subj, depth + 1), False
            if any(c.dep_ == "conj" for c in subj.children):
                continue  # "Bono, The Edge and Adam Clayton": not one he
            found = self._named_at(subj)
            if found is not None:
                return found, False
            if before is None and described_person(subj):
                # "The 67-year-old also said" after "The star of Rain Man said": the
                # one the description stands for.
                return self.antecedent(subj, depth + 1), False
            if before is None:
                # The main subject is no name: look on.
                return None, (subj.ent_type_ in ("NORP", "PERSON")
                              or subj.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS
                              | PEOPLE_NOUNS | DESCRIPTIONS)
        return None, False

    def _named_at(self, subj) -> Optional[str]:
        for c in subj.children:
            if c.dep_ == "appos" and c.i > subj.i:  # "Scissor Sisters frontwoman Ana Matronic"
                found = self._named_at(c)
                if found is not None:
                    return found
        at = subj.idx
        hit = next((m for m in self.people + self.corefs if m.start <= at < m.end), None)
        if hit is None:
            hit = next((m for m in self.mentions if m.start <= at < m.end), None)
            if hit is not None and hit.label != "PERSON" \
                    and hit.entity not in self.spoken.values():
                return None  # "Chelsea have sacked Mutu … which he denied": not Chelsea
        if hit is None and subj.lemma_.lower() in PERSON_NOUNS | DESCRIPTIONS | PEOPLE_NOUNS:
            return None  # "President Castro's chief aide said … he said": the aide
        if hit is None:
            # The person owning the subject ("Williams' track beat songs by …").
            lo, hi = subj.left_edge.idx, subj.idx
            hit = next((m for m in self.people if lo <= m.start and m.end <= hi), None)
        return hit.entity if hit is not None else None
