"""Speaker entities: which named entity a quote's speaker phrase stands for.

A name in the phrase decides first; a role tied to a person (corefs.find_corefs) next.
An organisation word ("it", "the firm") is the organisation last named, where what counts
as an organisation is read off the whole document (bodies.org_entities), since the
tagger often types a company as a person or a facility in one place and gets it right in
another ("Shares in Krispy Kreme Doughnuts … Krispy Kreme said … the firm said"). A
he/she, a title or a description is followed back within the document (antecedents).

``Speakers`` holds what the quotes so far have left (who spoke last and where, what they
said, whom the text makes a man or a woman), since each quote's speaker is read in the
light of those before it; ``Speakers.entity`` is the entry point, asked once per quote.
The rules live in mixins, one concept a module:

- ``speaker_rules``: the order the rules are asked in, and how the entity was found;
- ``agreement``: checks on what was found (a she is no man; whom the words are about);
- ``descriptions``: a person described or named by a role ("the Oscar winner");
- ``body_words``: the body an "it", "the firm" or "a spokesman for the company" is;
- ``leads``: a lead's description the next sentence names;
- ``missed_names``: names the tagger missed, cut short or split;
- ``named_nearby``: a source named by a relation to a name nearby;
- ``elsewhere``: a source named in another sentence;
- ``antecedents``: a he/she, a title or a description followed back.
"""
from __future__ import annotations

from typing import Optional

from ..types import Entity, Span
from .agreement import Agreement
from .antecedents import NOBODY, Antecedents, demonym_named, described_person
from .bodies import CORPORATE, articled, body_name, org_entities
from .body_words import BodyWords, _body_phrase
from .descriptions import SPOKESMEN, Descriptions
from .elsewhere import Elsewhere
from .full_names import full_name_of
from .leads import Leads, _lead
from .missed_names import MissedNames
from .named_nearby import NamedNearby
from .speaker_rules import SpeakerRules
from .speaker_words import GENDER, KIN_SEX, PERSON_NOUNS, PRONOUNS

#: How a speaker's entity was found (Speakers.how), most certain first.
SPEAKER_HOW = ("named", "in-phrase", "beside", "minted", "role", "lead", "office",
               "document", "later", "body-word",
               "description", "pronoun", "pronoun-recent", "pronoun-agreement",
               "pronoun-guess", "owned", "several", "none")


class Speakers(SpeakerRules, Agreement, Descriptions, BodyWords, Leads, MissedNames, NamedNearby,
               Elsewhere, Antecedents):
    """The entity a speaker phrase stands for (see the module's docstring): the state the
    quotes so far leave, read by the rules mixed in from the modules listed there."""

    def __init__(self, mentions: Optional[list[Entity]], corefs: Optional[list[Entity]],
                 regions=(), text: str = "", org_starts=frozenset()):
        self.text = text
        self.last_end: Optional[int] = None  # where the last person speaker's quote ended
        # (a people's word the tagger took for a name, "The 22-year-old Scot", is a
        # description of the person named before, never a person of its own)
        self.mentions = sorted((m for m in mentions or [] if getattr(m, "entity", None)
                                and not demonym_named(text, m)), key=lambda m: m.start)
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
        self.described: dict[str, str] = {}  # a body's noun -> the body it stood for
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
        # (nor a name the text never writes without "the": "the Premiership")
        self.no_one |= articled(text, self.mentions)
        # Bodies a person spoke for ("A Home Office spokesman said … He added"): his.
        self.voiced: set = set()
        # The body a spokesman's noun last stood for ("An Acme spokesman said"): whom
        # "the spokesman" speaks for after it (descriptions._speaks_for).
        self.spoken_for: Optional[str] = None
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
            elif kin and kin[0].islower() and (kin[0].endswith("woman") or kin[0].endswith(
                    "ess") and not kin[0].endswith("ness")):
                # (and a noun of a woman's role, "actress Ann Cole", "chairwoman Ann Cole",
                # its ending English's one mark of a woman's noun; not "witness")
                self.gender.setdefault(m.entity, set()).add("f")

    def entity(self, speaker: Span, head, content_end: Optional[int] = None,
               weak: bool = False) -> Optional[str]:
        self.how = "none"
        # (and what the text's own his/her make them: "I'd like Staunton to win, but her
        # chances are slim" is a woman, whom no he said later stands for)
        self._read_sexes(head.doc)
        found, person = self._find(speaker, head)
        sex = GENDER.get(head.lower_) if head.pos_ == "PRON" else None
        if found is not None and sex is not None and not self._agrees(found, sex):
            # "he says … she told Mr Blair": a she is never the man just quoted; the
            # woman the search finds without him, else the one named last before her, if
            # the text names one that can be her.
            # (nor a country or a body: "France have been criticised …, but captain
            # Fabien Pelous sees hope … he said" is the captain)
            found = self._agreeing_antecedent(head, found, sex) \
                or self._of_sex(speaker.start, sex, head)
            person, self.how = found is not None, "pronoun-agreement"
        if found is not None and self.how == "description" and found in self.bodies:
            found, person = None, False  # "The minister told delegates": not the EOC
        own = self._content_sex(head) if found is not None and self.how == "description" \
            else None
        if own is not None and self._other_sex(found, own):
            # ("Ms Kite began to work for Mr Jackson … the singer said he did not see"):
            # one who reports "he" of himself is no woman, whoever the sentence before
            # is about; the man named last before him is
            found = self._of_sex(speaker.start, own, head)
            person = found is not None
        about = None
        if found is not None and self.contents and self.how != "in-phrase" \
                and self._said_about(found, speaker, head):
            # (a country the phrase names, or points to as "the country's government",
            # speaks for itself about itself)
            about, found, person = found, None, False
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
        if found is not None and sex is not None and self.contents \
                and self._spoken_of_in_quotation(found, sex, head):
            # ('… Y was crowned player of the year. "He was phenomenal," he said'): the
            # he the quotation speaks of is Y, so the he who says it is the last speaker
            found, person, self.how = self.last, True, "pronoun-recent"
        if found is None and self.how in ("none-pointing", "several"):
            return None  # (two sources: none of them alone, however named nearby)
        if found is None:
            found = self._named_next(head) or self.group_named_next(head)
            if found is None and head.doc.has_annotation("SENT_START") and _lead(head.sent):
                found = self.spokesman_said_next(head)
            if found is None:
                found = self.report_named_next(head)
            if found is None:
                found = self.post_named_next(head)
            if found is None and not weak:
                found = self.introduced_then_named(head)
            if found is None and not weak and head.tag_ in ("NN", "NNP") \
                    and described_person(head):
                # ("The 22-cap Flankers man says that Jones will be missed. / "…," said
                # Smith"): one person described, named by the next quotation's cue (not
                # "The Americans say", many; nor one who acts, whose cue is no saying)
                found = self.quoted_next(head, {about} | self._staff_for_player(head))
            person = found is not None
            if found is not None:
                self.how = "lead"
        if found is None and self.how not in ("owned",):
            found = self.named_later(head) or self.officer_named_next(head)
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
        if self.how == "body-word":
            self.remember_described(head, found)
        if found is not None and head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_NOUNS:
            self.voiced.add(found)
            if head.lemma_.lower() in SPOKESMEN and found not in self.person_entities:
                self.spoken_for = found
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
            if found not in self.person_entities and self.contents:
                # ('"A," said Acme. "B." "C," it said': a body's quotation speaks for it
                # in every sentence it spans, so the "it" after it is that body)
                self._spoken_over(head.doc, *self.contents[-1], found)
        return found

    def _spoken_over(self, doc, start: int, end: int, found: str) -> None:
        """Record a body as the one that spoke in each sentence its content spans that
        no quote has a speaker for yet."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        for t in span:
            # (each sentence once, at its first token in the span: Token.sent walks the
            # whole sentence each time it is read)
            if t.i == span.start or t.is_sent_start:
                self.spoken.setdefault(t.sent.start_char, found)
