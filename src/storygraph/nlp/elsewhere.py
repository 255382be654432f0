"""Sources a speaker phrase leaves unnamed but the text names in another sentence: a
body's document ("The report", "the Pew report", "An accompanying statement"), the
holder of a body's office ("the FBI chief" = Louis Freeh, "Director of the FBI"), and an
indefinite source the next sentences name with the same word ("leading economists" /
"the Financial Economists Roundtable"; "a newspaper report" / "the Buffalo News
reported"). Mixed into ``speakers.Speakers``; every rule asks for agreement in kind (a
body for a document, the office's body for a holder, the word itself for a lead), since
a source left null is less wrong than a source given to someone else.
"""
from __future__ import annotations

import re
from typing import Optional

from .clause_subjects import maker_words
from .framing import body_noun
from .speaker_words import DOCUMENTS, PLACES, SUBJECTS
from .speech_verbs import BODY

#: What a body issues, which speaks for it ("the report says", "the statement warned";
#: a party's campaign material too: "Labour's new posters say").
BODY_DOCUMENTS = frozenset(("report", "statement", "figure", "survey", "study", "poll",
                            "research", "data", "findings", "analysis", "document",
                            "release", "announcement", "notice", "bulletin", "review",
                            "paper", "assessment", "forecast", "estimate", "poster",
                            "advert", "advertisement", "leaflet", "billboard", "manifesto",
                            # (a board's "minutes", lemma "minute": "The Bank's minutes said")
                            "minute"))
#: Words that point back to a document named before ("the report", "An accompanying
#: statement"), not an indefinite one ("a report said", which stays unnamed).
POINTING = frozenset(("the", "this", "that", "its", "their", "accompanying"))
#: Offices a body has one holder of, by any of their words ("the FBI chief" is the
#: "Director of the FBI").
OFFICES = frozenset(("chief", "head", "director", "boss", "leader", "chairman",
                     "chairwoman", "president", "commissioner", "governor", "chief executive",
                     "executive", "secretary", "administrator"))
_OFFICE = re.compile(r"\b(" + "|".join(sorted(OFFICES)) + r")\b", re.I)
#: A body's documents of research, which news ties to the one body it cites for figures.
RESEARCH = frozenset(("report", "study", "survey", "research", "analysis", "findings"))
#: "according to" right before a name, or before the words for what the body is
#: ("according to market analysts In-Stat/MDR").
_ACCORDING = re.compile(r"\baccording to(?: [a-z][\w-]*){0,3} $", re.I)
#: How many sentences after an indefinite source its name may come.
LATER_SENTENCES = 3
#: How many sentences (over at most one paragraph break) after "a new report says" the
#: text may point back to it with its issuer: a broadcast opens on the report, lets its
#: reporter in and names whose it is in the next paragraph ("The new study written by …").
REPORT_SENTENCES = 5
#: Verbs whose subject issued their object ("X, which published the report").
ISSUING = frozenset(("publish", "release", "issue", "produce", "compile", "conduct",
                     "commission", "write"))
#: Verbs whose subject is the author of the document that is their object ("X filed
#: a lawsuit", "X wrote a letter"), beyond a body's issuing ones.
FILING = ISSUING | frozenset(("file", "bring", "lodge", "launch", "submit", "send", "pen"))
#: Documents of a party going to law, and the verb that names that party as suing.
SUITS = frozenset(("lawsuit", "suit", "complaint"))
SUING = frozenset(("sue",))
#: What is laid before a body to decide on ("the Commons motion", "the Senate bill"):
#: its sponsors', never the venue's.
LAID_DOCUMENTS = frozenset(("motion", "bill", "amendment", "petition", "filing"))
#: Words of the names of bodies things are laid before: a legislature, a court.
VENUE_WORDS = frozenset(("commons", "lords", "senate", "house", "congress", "parliament",
                         "assembly", "court", "tribunal"))
#: How far (characters) an office word and its body may stand from the holder's name.
OFFICE_WINDOW = 60


class Elsewhere:
    """Named-elsewhere rules over a ``Speakers``' mentions (see the module)."""

    def _bodies_named(self):
        return [m for m in self.mentions if m.label != "PERSON" and m.label not in PLACES
                and not self._quoted(m.start)]

    def document_of(self, head) -> Optional[str]:
        """The body whose document the phrase is: one a capitalised word of the phrase
        names ("the Pew report", "figures gathered by the Pew researchers"), else, for a
        pointing phrase ("The report", "An accompanying statement"), the body an earlier
        document of that word was tied to ("The report by the US Pew Research Center"),
        else, for one that names its issuer by "its" or "accompanying", the body the
        sentence before speaks through or is about."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in BODY_DOCUMENTS:
            return None
        bodies = self._bodies_named()
        own = [t for c in head.children if c.dep_ in ("compound", "poss") and c.i < head.i
               for t in c.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()
               and not t.is_sent_start]   # ("Newspaper reports said": no name)
        if own and not any({t.text for t in own} & set(m.text.split()) for m in bodies):
            # "a YouGov poll of … UK adults": the name the document carries is its
            # issuer's, one the tagger missed, never a body sharing a word of its topic
            return self._mint(own[-1])
        # (not a place's word: "A recent poll of US pundits" is about Americans, and
        # issued by no body whose name holds "US", as "US TV" does)
        places = [m for m in self.mentions if m.label in PLACES]
        words = {t.text for t in head.subtree if t.i != head.i and t.text[:1].isupper()
                 and not t.is_sent_start and t.pos_ in ("PROPN", "NOUN")
                 and not any(m.start <= t.idx < m.end for m in places)}
        if words:
            hits = [m for m in bodies if words & set(m.text.split())]
            before = [m for m in hits if m.end <= head.idx]
            return (before[-1] if before else hits[0]).entity if hits else None
        issuer = self._according_issuer(head, bodies)
        if issuer is not None:
            return issuer
        if any((c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "prep" and c.lower_ == "by")
               for c in head.children):
            # ("figures gathered by industry watchdog, Ofcom": the participle's agent;
            # "research by message analysts the Radicati Group": its own "by")
            tied = self._issued(head, bodies)
            if tied is not None:
                return tied
        if not any(c.lower_ in POINTING and c.dep_ in ("det", "poss", "amod")
                   for c in head.children):
            return None
        tied = self._issued(head, bodies)
        if tied is not None:
            return tied  # ("Compiled by Central Banking Publications, the survey found")
        for tok in reversed(head.doc[:head.i]):
            if tok.pos_ == "NOUN" and tok.lemma_ == head.lemma_:
                tied = [m for m in bodies for t in _issuers(tok) if m.start <= t.idx < m.end] \
                    or [m for m in bodies for t in maker_words(tok) if m.start <= t.idx < m.end]
                if tied:
                    return tied[0].entity
        if head.tag_ == "NN" and any(c.lower_ in ("accompanying", "its", "their")
                                     for c in head.children):
            # ("the reports claiming …" point back to no body: unsourced)
            return self._body_before(head)
        return self.cited_source(head)

    @staticmethod
    def _according_issuer(head, bodies) -> Optional[str]:
        """The body named as a document's issuer in its own "according to" phrase,
        where the parse hung the "from"/"by" on "according" past a time ("according to
        a report earlier this week from the Acme Council"), else None."""
        if head.dep_ != "pobj" or head.head.lower_ != "to" or head.head.head.lower_ != "according":
            return None
        for prep in head.head.head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by") and prep.i > head.i:
                for obj in prep.children:
                    hit = next((m for m in bodies if m.start <= obj.idx < m.end), None)
                    if obj.dep_ == "pobj" and hit is not None:
                        return hit.entity
        return None

    def cited_source(self, head) -> Optional[str]:
        """The one body the article cites for its figures ("…, according to market
        analysts In-Stat/MDR"), for a research document it names no issuer of ("says a
        report", "according to the report"): news names a study's source once, and points
        back to it by the bare noun. None where it cites two bodies or none."""
        if head.tag_ != "NN" or head.lemma_.lower() not in RESEARCH:
            return None
        authored = self.research_authored(head)
        if authored is not None:
            # (a report the article gives an author, "The Envisional report said", is
            # the one the bare noun means, not the body cited for another figure)
            return authored
        cited = getattr(self, "_cited", None)
        if cited is None:
            cited = self._cited = {m.entity for m in self._bodies_named()
                                   if _ACCORDING.search(self.text, max(0, m.start - 40), m.start)}
        return next(iter(cited)) if len(cited) == 1 else None

    def filed_by(self, head) -> Optional[str]:
        """The author of a document the phrase points back to ("The lawsuit said",
        "According to the complaint"): whom the text made the subject of filing or
        issuing one of that noun ("X has filed a lawsuit", "X wrote a letter"), or, for a
        suit, of suing ("X is suing Y"), the nearest before it; a suit's words are its
        plaintiff's, never the party it is brought against. Else None."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma not in DOCUMENTS or not any(
                c.lower_ in POINTING and c.dep_ in ("det", "poss") for c in head.children):
            return None
        for tok in reversed(head.doc[:head.i]):
            if self._quoted(tok.idx):
                continue
            if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma and tok.dep_ == "dobj" \
                    and tok.head.lemma_.lower() in FILING:
                verb = tok.head
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in SUING and lemma in SUITS:
                verb = tok
            else:
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            hit = subj is not None and next(
                (m for m in self.mentions + self.corefs if m.start <= subj.idx < m.end), None)
            if hit:
                return hit.entity
        return None

    def document_before(self, head):
        """The document an "it" opening its sentence stands for: the subject of the
        sentence before where a document spoke there ("The lawsuit noted that …. It
        stated …"), the subject being what the next sentence's pronoun takes up first
        (its centre). The document's token, else None."""
        doc = head.doc
        if head.lower_ != "it" or not doc.has_annotation("DEP") or head.sent.start == 0 \
                or any(t.dep_ in SUBJECTS for t in doc[head.sent.start:head.i]):
            return None
        prev = doc[head.sent.start - 1].sent
        subj = next((t for t in prev.root.children if t.dep_ in SUBJECTS), None)
        if subj is None or subj.pos_ != "NOUN" or self._quoted(subj.idx) \
                or subj.lemma_.lower() not in DOCUMENTS | BODY_DOCUMENTS \
                or not any(c.dep_ == "ccomp" for c in prev.root.children):
            return None
        return subj

    def research_authored(self, head) -> Optional[str]:
        """The author of the research document nearest the bare noun, before or after,
        that the article gives one ("X's report", "a report by X", "The X report",
        "X said its report"): news names a study's author once and points back to it by
        the noun. None where no other research document names its author, or the
        nearest names two ("a survey by A and B")."""
        if any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in head.children):
            return None  # ("Previous election research": research of a kind, not the one)
        best = None
        for tok in head.doc:
            if tok.i == head.i or tok.pos_ != "NOUN" or tok.lemma_.lower() not in RESEARCH \
                    or self._quoted(tok.idx) or self.joint_issuers(tok):
                continue
            found = self._issuer_named(tok) or self._own_issuer(tok) or next(
                # ("The Envisional reports", the name parsed as the noun's adjective)
                (m.entity for c in tok.children if c.dep_ == "amod" and c.text[:1].isupper()
                 for m in self._bodies_named() if m.start <= c.idx < m.end), None)
            gap = abs(tok.i - head.i)
            if found is not None and (best is None or gap < best[0]):
                best = (gap, found)
        return best[1] if best is not None else None

    def _own_issuer(self, doc_noun) -> Optional[str]:
        """"Envisional said its report …": the body that is the subject of the verb
        whose clause calls the document its own. Else None."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in doc_noun.children):
            return None
        verb = doc_noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(3):
            subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
            hit = subj is not None and next(
                (m for m in self._bodies_named() if m.start <= subj.idx < m.end
                 and m.entity not in self.person_entities), None)
            if hit:
                return hit.entity
            if verb.head.i == verb.i:
                break
            verb = verb.head
        return None

    def joint_issuers(self, doc_noun) -> bool:
        """Whether a document's "by"/"from" names two bodies joined by "and" ("a survey by
        A and B"): no one entity holds both. Also asked of a name among them, which the
        parse may take for the speaker ("A survey by A and B found")."""
        up = doc_noun
        while up.dep_ == "conj" and up.head.i != up.i:
            up = up.head
        if up.dep_ == "pobj" and up.head.lower_ in ("by", "from") and up.head.head.i != up.head.i:
            doc_noun = up.head.head
        if doc_noun.pos_ != "NOUN" or doc_noun.lemma_.lower() not in BODY_DOCUMENTS:
            return False
        bodies = self._bodies_named()
        for prep in (c for c in doc_noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                joined = [obj] + [c for c in obj.children if c.dep_ == "conj"]
                if len(joined) < 2 or not any(c.dep_ == "cc" and c.lower_ in ("and", "&")
                                              for c in obj.children):
                    continue
                # (any name, however the tagger typed it: "Webroot" read as a place)
                named = {m.entity for t in joined for m in self.mentions if m.start <= t.idx < m.end}
                if len(named) >= 2 and all(t.pos_ == "PROPN" for t in joined):
                    return True
        return False

    def office_holder(self, head, inside) -> Optional[str]:
        """The person holding an office of the body the phrase names ("the FBI chief"):
        the last person named before with an office word and that body beside the name
        ("Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh")."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in OFFICES or not inside \
                or any(m.label == "PERSON" for m in inside):
            return None
        body = {m.entity for m in inside if m.label not in PLACES}
        near = [m for m in self.mentions if m.entity in body and m.end <= head.idx]
        for person in reversed([p for p in self.people if p.end <= head.idx and " " in p.text]):
            for m in near:
                lo, hi = min(m.start, person.start), max(m.end, person.end)
                gap = self.text[min(m.end, person.end):max(m.start, person.start)]
                if hi - lo - len(m.text) - len(person.text) > OFFICE_WINDOW or "\n" in gap \
                        or "." in gap.replace(".S.", "") or any(
                            p.start >= lo and p.end <= hi and p.entity != person.entity
                            for p in self.people):
                    continue
                if _OFFICE.search(self.text[max(0, lo - OFFICE_WINDOW // 2):hi]):
                    return person.entity
        return None

    def named_later(self, head) -> Optional[str]:
        """An indefinite source ("leading economists have warned", "according to a
        newspaper report") that one of the next sentences names with the same word: a
        body whose name holds it ("the Financial Economists Roundtable") or that is the
        subject of the verb of that word ("the Buffalo News reported"); but first a body
        named before whose name holds the word."""
        doc = head.doc
        if head.pos_ != "NOUN" or not doc.has_annotation("DEP") or any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children):
            return None
        word, lemma = head.lower_, head.lemma_.lower()
        bodies = self._bodies_named()
        before = [m for m in bodies if m.end <= head.idx
                  and {word, lemma} & set(m.text.lower().split())] if head.is_lower and not any(
            c.dep_ in ("amod", "compound") for c in head.children) else []
        if before:
            # (a body the text named before with the bare word is the one meant: "the
            # Baton Rouge Police Department said … police said" is not the Louisiana State
            # Police named further on; "Independent schools" are not a council of them,
            # nor the magazine "Stuff" its guide "Stuff Essentials")
            return before[-1].entity
        sent, n = head.sent, 0
        while sent.end < len(doc) and n < LATER_SENTENCES:
            sent, n = doc[sent.end].sent, n + 1
            if lemma in BODY_DOCUMENTS:
                # "A report … showed … / Compiled by Central Banking Publications, the
                # survey found": a document the next sentences point back to with its
                # issuer
                for tok in sent:
                    if tok.pos_ == "NOUN" and tok.lemma_.lower() in BODY_DOCUMENTS and any(
                            c.lower_ in POINTING and c.dep_ == "det" for c in tok.children):
                        tied = self._issued(tok, bodies)
                        if tied is not None:
                            return tied
            voiced = False
            for m in bodies:
                if not sent.start_char <= m.start < sent.end_char:
                    continue
                if word in m.text.lower().split() or lemma in m.text.lower().split():
                    return m.entity
                tok = next((t for t in sent if t.idx == m.start), None)
                while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                    tok = tok.head
                if tok is not None and tok.dep_ in SUBJECTS and tok.head.pos_ == "VERB":
                    if tok.head.lemma_.lower() == lemma:
                        return m.entity
                    voiced = voiced or tok.head.lemma_.lower() in BODY
            if voiced:
                # ("According to local press reports, … / El Watan said … / AFP
                # reported …"): a body that speaks first is the reports' source or one of
                # them; one that reports after it is no longer the source sought
                return None
        if lemma in RESEARCH and head.tag_ == "NN":
            return self.report_issued_ahead(head)
        return None

    def officer_named_next(self, head) -> Optional[str]:
        """A he/she with no person named before it, where a body's noun is a subject of
        its sentence or the one before ("… the central bank told Reuters. …, he added."):
        the first person named after it, within its paragraph and the next, as that
        body's officer, the noun's possessive set before the name ('"…," the central
        bank's vice president Ann Cole said'). None elsewhere: a he is never a body."""
        doc = head.doc
        if head.pos_ != "PRON" or head.lower_ not in ("he", "she") \
                or not doc.has_annotation("SENT_START") \
                or any(m.end <= head.idx for m in self.named):
            return None
        sents = [head.sent] + ([doc[head.sent.start - 1].sent] if head.sent.start > 0 else [])
        nouns = {t.lower_ for s in sents for t in s if t.dep_ in SUBJECTS and t.is_lower
                 and body_noun(t) and t.i != head.i}
        if not nouns:
            return None
        # (its paragraph and the next: the officer the next paragraph quotes)
        end = self.text.find("\n\n", self.text.find("\n\n", head.idx) + 2)
        end = len(self.text) if end < 0 or self.text.find("\n\n", head.idx) < 0 else end
        owned = re.compile(r"\b(" + "|".join(map(re.escape, sorted(nouns)))
                           + r")'s( [a-z-]+){1,4} $")
        return next((m.entity for m in self.people if head.idx < m.start < end
                     and owned.search(self.text[max(0, m.start - OFFICE_WINDOW):m.start])), None)

    def report_issued_ahead(self, head) -> Optional[str]:
        """"A new report says …" whose issuer the text gives a few sentences on where it
        points back to the report (REPORT_SENTENCES, one paragraph break at most): the
        body or author a research document pointed back to names ("The new study written
        by Mark Potach", "the centre's report", "the Center, which published the
        report"). None where a second report is introduced first, or none is named."""
        doc = head.doc
        sent, paragraphs = head.sent, 0
        for _ in range(REPORT_SENTENCES):
            if sent.end >= len(doc):
                return None
            nxt = doc[sent.end].sent
            if "\n" in self.text[sent.end_char:nxt.start_char + 1]:
                paragraphs += 1
                if paragraphs > 1:
                    return None
            sent = nxt
            for tok in sent:
                if tok.pos_ != "NOUN" or tok.lemma_.lower() not in RESEARCH or self._quoted(tok.idx):
                    continue
                if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
                    return None  # (another report: whose it is says nothing of this one)
                if not any(c.lower_ in POINTING or c.dep_ == "poss" for c in tok.children):
                    continue
                found = self._issuer_named(tok)
                if found is not None:
                    return found
        return None

    def _issuer_named(self, doc_noun) -> Optional[str]:
        """The body or person a document's own words name as its issuer or author (its
        owner, "by X"), or the one that issued it ("X, which published the report");
        never a place."""
        words = _issuers(doc_noun)
        verb, agents = doc_noun.head, []
        if doc_noun.dep_ == "dobj" and verb.lemma_.lower() in ISSUING:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                subj = verb.head
            if subj is not None:
                words = [subj, *words]
            # "Produced by Acme Research the study found …": the fronted participle's
            # agent, the parse taking the document for its object. Who produced a
            # document is a body, whatever place type the tagger gave its name.
            agents = [t for g in verb.children if g.dep_ == "agent" and verb.tag_ == "VBN"
                      for o in g.children if o.dep_ == "pobj" for t in o.subtree]
            words = [*words, *agents]
        for t in words:
            hit = next((m for m in self.mentions if m.start <= t.idx < m.end
                        and (m.label not in PLACES or t in agents and m.label in ("LOC", "FAC"))
                        and not self._quoted(m.start)), None)
            if hit is not None:
                return hit.entity
        return None

    @staticmethod
    def _issued(doc_noun, bodies) -> Optional[str]:
        """The body a document's own words name as its issuer, else None."""
        tied = [m for m in bodies for t in _issuers(doc_noun) if m.start <= t.idx < m.end]
        return tied[0].entity if tied else None


def _issuers(doc_noun) -> list:
    """The words of a document noun that may name who issued it: its possessor or
    compound ("Pew's report", "the Pew report") and the object of its "by", "from" or
    "of", or of a "published by" ("The report by the US Pew Research Center"); never a
    word of a clause about it ("reports they plan to compete with Aer Lingus")."""
    out = []
    # (a participle set before the subject: "Compiled by CBP, the survey found", the
    # parse hanging it on the verb; only its first agent: "and sponsored by RBS" is not)
    fronted = [c for c in doc_noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBN"
               and c.i < doc_noun.i] if doc_noun.dep_ in SUBJECTS else []
    for c in list(doc_noun.children) + fronted:
        if c.dep_ in ("poss", "compound"):
            out.extend(c.subtree)
        preps = [c] if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") else [
            g for g in c.children if g.dep_ == "agent"] if c.dep_ in ("acl", "advcl") \
            and c.tag_ == "VBN" else []
        for prep in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out.extend(t for t in obj.subtree if t.dep_ in ("compound", "pobj", "poss",
                                                                   "flat", "appos") or t.i == obj.i)
                    out.extend(_stray_apposition(obj))
    return out


def agent_apposition(doc_noun) -> list:
    """The stray apposition (see ``_stray_apposition``) naming the agent of a participle
    on a document noun ("figures gathered by industry watchdog, Ofcom,"), or of its own
    "by" ("research by message analysts the Radicati Group"), else []."""
    for c in doc_noun.children:
        preps = [g for g in c.children if g.dep_ == "agent"] if c.dep_ == "acl" \
            and c.tag_ == "VBN" else [c] if c.dep_ == "prep" and c.lower_ == "by" else []
        for prep in preps:
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                found = _stray_apposition(obj)
                if found:
                    return found
    return []


def _stray_apposition(obj) -> list:
    """The name set off by commas after an agent the parse hung elsewhere ("figures
    gathered by industry watchdog, Ofcom, the growth means …", Ofcom read as the next
    verb's subject): the apposition naming the agent, its words up to the closing comma."""
    doc, at = obj.doc, obj.right_edge.i + 1
    if obj.pos_ == "NOUN" and at + 1 < len(doc) and obj.right_edge.i == obj.i:
        # (or with no comma at all, a tagged name right after the noun for what it is:
        # "research by message analysts the Radicati Group up to 45% …")
        first = at + 1 if doc[at].lower_ == "the" else at
        names = []
        for t in doc[first:first + 5]:
            if t.pos_ != "PROPN" or t.ent_type_ not in ("ORG", "PERSON"):
                break
            names.append(t)
        if names:
            return list(doc[at:names[-1].i + 1])
    if obj.pos_ != "NOUN" or at + 2 >= len(doc) or doc[at].text != "," or doc[at + 1].pos_ != "PROPN":
        return []
    out = []
    for t in doc[at + 1:at + 6]:
        if t.text == ",":
            return out
        if t.pos_ != "PROPN":
            return []
        out.append(t)
    return []


def laid_before_venue(head, inside) -> bool:
    """"The Commons motion says": a document laid before a legislature or a court whose
    only names are the venue's, before the noun; the venue did not write it."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in LAID_DOCUMENTS and bool(inside) \
        and all(m.end <= head.idx and VENUE_WORDS & set(m.text.lower().split())
                for m in inside)
