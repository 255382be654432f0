"""A source a description introduces and the next sentence names: "A US airline
attendant … says she has been fired. / Ellen Simonetti … wrote", "An Iraqi opposition
group said … / A … spokesman of the Iraqi National Congress said", "A Pentagon
spokesman said … / "…," said spokesman Kenneth Bacon".

News opens on a description and names it next, so a lead's description (the article's
first sentence: a dateline or a headline before it does not count, ``_lead``) is the
next sentence's subject, and a lead's report the body the next sentence says issued it;
elsewhere a description points back, not on. Mixed into ``speakers.Speakers``; apart
because these rules look forward, where the others look at the phrase or back.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Optional

from .elsewhere import BODY_DOCUMENTS
from .extensions import text_of
from .framing import body_noun, person_noun
from .gazetteer import places
from .named_nearby import FINDING_VERBS, MEDIA_NOUNS, QUOTING_VERBS, next_sentence
from .name_context import is_place_name, is_region
from .name_keys import normalise
from .speaker_words import (DOCUMENTS, ENTOURAGE, KIN, LEAD_BODIES, LEAD_NOUNS, PEOPLE_NOUNS,
                            PLACES, SUBJECTS, UNNAMED, UNNAMED_IN_LEADS)


#: Words papers and stations are called by ("the Herald-Sun", "The Straits Times"),
#: which a body saying a lead's "reports" goes by.
MASTHEADS = frozenset(("herald", "times", "news", "post", "telegraph", "guardian", "journal",
                       "gazette", "mail", "express", "mirror", "sun", "star", "tribune",
                       "chronicle", "standard", "observer", "independent", "record", "daily",
                       "press", "globe", "courier", "echo", "examiner", "inquirer", "monitor",
                       "bbc", "cnn", "reuters", "radio", "tv", "television"))
#: Plural role nouns a lead uses for one body that campaigns or studies ("criticised by
#: indecency campaigners / The Parents' Council said"), named next as the speaker.
LEAD_GROUPS = frozenset(("campaigner", "critic", "activist", "researcher"))
#: A body's statistics, which new figures show and which name their issuer ("New figures
#: show the Labor Department price index rose").
STATISTICS = frozenset(("index", "gauge", "barometer", "measure", "survey", "report",
                        "figure", "figures", "data", "datum", "statistic", "statistics"))
#: How many sentences after an indefinite person (past his he/she and a sentence about
#: something else, one paragraph break at most) the writer may name him.
INTRODUCED_SENTENCES = 3


def _lead(sent) -> bool:
    """Whether a sentence is the article's first (a dateline or blank line before it, as
    "JERUSALEM (AP)_" or "NAIROBI, August 21 (Xinhua) --", does not count; nor does a
    headline the text opens on, a line of its own followed by one line break: "Top
    Belarus politician blasts president .\nLarisa Sayenko\nMINSK …\nA senior …")."""
    text = text_of(sent.doc)
    # (the first two only: reading every sentence's words cost a pass over the Doc per call)
    first = list(islice((o for o in sent.doc.sents if sum(t.is_alpha for t in o) >= 5), 2))
    if not first:
        return False
    if first[0].start == sent.start:
        return True
    end = first[0].start_char + len(first[0].text.rstrip(" \t\n"))
    headline = not text[:first[0].start_char].strip() and text[end:end + 1] == "\n" \
        and text[end + 1:end + 2] not in ("\n", "")
    return headline and len(first) > 1 and first[1].start == sent.start


def _said_again_next(head) -> bool:
    """Whether the subject ``head`` of a cue is followed by a sentence whose main verb is
    that cue's again ("… said Thursday he has sent a team … / Gen. X … said …")."""
    doc = head.doc
    if head.dep_ != "nsubj" or head.head.pos_ != "VERB" or head.sent.end >= len(doc):
        return False
    nxt = doc[head.sent.end].sent
    return nxt.root.lemma_.lower() == head.head.lemma_.lower()


#: Those who act or speak for one person ("Ann Cole's agent"): named next as kin are.
REPRESENTATIVES = frozenset(("agent", "lawyer", "solicitor", "attorney", "publicist",
                             "adviser", "advisor"))


def _speaks_next(head) -> bool:
    """Whether the subject ``head`` of a verb is followed by a sentence whose main verb
    is one of saying ("Ann Cole's agent has warned … / Ed Lee says he has …")."""
    doc = head.doc
    if head.dep_ != "nsubj" or head.head.pos_ != "VERB" or head.sent.end >= len(doc):
        return False
    return doc[head.sent.end].sent.root.lemma_.lower() in QUOTING_VERBS


class Leads:
    """The rules above, over a ``Speakers``' state (see the module)."""

    def group_named_next(self, head) -> Optional[str]:
        """A lead's unnamed plural source with no article ("… as experts predict a
        shortage") whose verb the next sentence repeats with a person named as its
        subject ("…, predicts Ann Cole, editor of …"): the lead's claim is the one so
        named, the way news opens. Only for the article's first sentence; else None."""
        doc = head.doc
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.dep_ != "nsubj" \
                or not (head.lower_ in UNNAMED or head.lemma_.lower() in PEOPLE_NOUNS) \
                or head.head.pos_ != "VERB" \
                or any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children) \
                or not doc.has_annotation("SENT_START") or head.sent.end >= len(doc) \
                or not _lead(head.sent):
            return None
        lemma = head.head.lemma_.lower()
        for tok in doc[head.sent.end].sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() != lemma:
                continue
            for subj in (c for c in tok.children if c.dep_ in SUBJECTS):
                hit = next((m for m in self.people if m.start <= subj.idx < m.end), None)
                if hit is not None:
                    return hit.entity
        return None

    def report_named_next(self, head) -> Optional[str]:
        """A lead's "a report" whose author the next sentence names (see
        ``NamedNearby.report_issued_next``); only in the article's first sentence."""
        if not head.doc.has_annotation("SENT_START") or not _lead(head.sent):
            return None
        return self.report_issued_next(head) or self._medium_named_next(head) \
            or self._data_shown_next(head)

    def _data_shown_next(self, head) -> Optional[str]:
        """A lead's bare "according to government data" whose next sentence shows the
        data as a body's statistic ("New figures show the Labor Department price index
        rose"): that body, the statistic's issuer (the one the subject of the clause the
        figures show is named for). Else None."""
        doc = head.doc
        if head.pos_ != "NOUN" or not {head.lemma_.lower(), head.lower_} & BODY_DOCUMENTS \
                or any(c.dep_ in ("det", "poss") for c in head.children) \
                or not doc.has_annotation("DEP") or head.sent.end >= len(doc):
            return None
        root = next_sentence(head).root
        shown = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.lemma_.lower() not in FINDING_VERBS or shown is None \
                or not {shown.lemma_.lower(), shown.lower_} & BODY_DOCUMENTS:
            return None
        found = set()
        for clause in (c for c in root.children if c.dep_ == "ccomp"):
            for stat in (c for c in clause.children if c.dep_ in SUBJECTS
                         and c.lemma_.lower() in STATISTICS):
                found |= {m.entity for c in stat.children if c.dep_ in ("compound", "poss")
                          for t in c.subtree for m in self.mentions if m.start <= t.idx < m.end
                          and m.label != "PERSON" and m.label not in PLACES
                          and not self._quoted(m.start)}
        return found.pop() if len(found) == 1 else None

    def spokesman_named_later(self, head) -> Optional[str]:
        """"a spokeswoman for Acme said … / … Acme spokeswoman Jane Roe said": a body's
        unnamed spokesperson is the one person the article names later with the same
        noun and that body ("<body> spokeswoman NAME", "spokeswoman for <body>, NAME").
        None where it names two or none (a body has many spokesmen)."""
        if head.pos_ != "NOUN" or not head.lower_.startswith("spokes") or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None
        phrase = [m for m in self.mentions if head.left_edge.idx <= m.start
                  and m.end <= head.right_edge.idx + len(head.right_edge)]
        bodies = {m.entity for m in phrase if m.label not in PLACES}
        if len(bodies) != 1 or any(m.label == "PERSON" for m in phrase):
            return None
        body_at = [m for m in self.mentions if m.entity in bodies and m.start > head.idx]
        found = set()
        for m in self.people:
            if m.start <= head.idx or " " not in m.text or self._quoted(m.start):
                continue
            for b in body_at:
                gap, before = self.text[b.end:m.start], self.text[max(0, b.start - 20):b.start]
                if gap.strip().lower() == head.lower_ or (
                        gap.strip() == "," and before.rstrip().lower().endswith(head.lower_ + " for")):
                    found.add(m.entity)
        return found.pop() if len(found) == 1 else None

    def introduced_then_named(self, head) -> Optional[str]:
        """"… an Indian-born engineer thinks he has a way … / Professor Raj Reddy has
        spent …", "A user of the service is suing … / He says … / … / Californian Tom
        Ray filed the suit": the writer introduces a person by description and names him
        next as the subject of what he does. The first person the next sentences name
        (INTRODUCED_SENTENCES), where that is the main subject, named there for the first
        time and not saying something (another source's turn: "A witness said … / John
        Roe said …"); never one leads leave unnamed (a spokesman, an analyst)."""
        doc = head.doc
        if head.pos_ != "NOUN" or head.lemma_.lower() in UNNAMED_IN_LEADS \
                or not (person_noun(head) or head.lemma_.lower() in LEAD_NOUNS | PEOPLE_NOUNS) \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) \
                or any(m.label == "PERSON" and head.left_edge.idx <= m.start < head.idx + len(head)
                       for m in self.mentions) \
                or not doc.has_annotation("DEP") or not doc.has_annotation("SENT_START"):
            return None
        sent, breaks, seen = head.sent, 0, 0
        while seen < INTRODUCED_SENTENCES and sent.end < len(doc):
            nxt = doc[sent.end].sent
            breaks += "\n" in self.text[sent.end_char:nxt.start_char + 1]
            sent = nxt
            if breaks > 1:
                return None
            if not any(t.is_alpha for t in sent):
                continue
            seen += 1
            named = [m for m in self.people if sent.start_char <= m.start < sent.end_char
                     and not self._quoted(m.start)]
            if not named:
                continue
            first = named[0]
            span = doc.char_span(first.start, first.end, alignment_mode="expand")
            if span is None or " " not in first.text or span.root.dep_ != "nsubj" \
                    or span.root.head.i != sent.root.i \
                    or sent.root.lemma_.lower() in QUOTING_VERBS \
                    or any(m.entity == first.entity and m.start < head.idx for m in self.people):
                return None
            return first.entity
        return None

    def _medium_named_next(self, head) -> Optional[str]:
        """A lead's bare "say reports" / "a report said" whose next sentence has a paper
        or a station say it ("Melbourne's Herald-Sun said …"): that medium, the report's
        issuer. Only where the next sentence's subject is a name a paper goes by (its
        words hold a masthead's, MASTHEADS) or that a word for a paper heads. Else None."""
        doc = head.doc
        if head.pos_ != "NOUN" or head.lemma_.lower() != "report" or head.dep_ not in SUBJECTS \
                or any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                       for c in head.children) \
                or not doc.has_annotation("DEP") or head.sent.end >= len(doc):
            return None
        nxt = next_sentence(head)
        root = nxt.root
        if root.lemma_.lower() not in ("say", "report", "claim", "write"):
            return None
        found = set()
        for subj in (c for c in root.children if c.dep_ in SUBJECTS):
            for m in self.mentions:
                if m.label == "PERSON" or not m.start <= subj.idx < m.end or self._quoted(m.start):
                    continue
                words = set(re.split(r"[\s-]+", m.text.lower()))
                if words & MASTHEADS or any(t.lower_ in MEDIA_NOUNS for t in subj.subtree):
                    found.add(m.entity)
        return found.pop() if len(found) == 1 else None

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
            head.lemma_.lower() in KIN | ENTOURAGE and any(c.dep_ == "poss" for c in head.children)) or (
            # (one's agent or lawyer, where the next sentence's subject speaks: "Ann
            # Cole's agent has warned … / Ed Lee says")
            head.lemma_.lower() in REPRESENTATIVES and any(c.dep_ == "poss" for c in head.children)
            and _speaks_next(head)) or (
            # (a definite one by role too, where the next sentence's subject says the
            # same again: "The top commander of a Cambodian resistance force said … /
            # Gen. Nhek Bunchhay, a loyalist of …, said", the AP's lead)
            person_noun(head) and head.lemma_.lower() not in
            UNNAMED_IN_LEADS | PEOPLE_NOUNS | DOCUMENTS | BODY_DOCUMENTS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and _said_again_next(head)) or (
            # (one leads leave unnamed as a rule, where it told someone and the next
            # sentence's subject tells again: "A PR expert has told the trial … / Ann
            # Kite told the court")
            head.lemma_.lower() in UNNAMED_IN_LEADS - {"spokesman", "spokeswoman", "spokesperson", "official"}
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
            and head.head.lemma_.lower() == "tell"
            and any(c.dep_ in ("dobj", "dative") for c in head.head.children)
            and _said_again_next(head))
        # (a plural role noun for one body, where the next sentence has a body speak:
        # "criticised by indecency campaigners / The Parents' Council said")
        group = head.tag_ == "NNS" and head.lemma_.lower() in LEAD_GROUPS and not any(
            c.dep_ in ("det", "poss") for c in head.children) and head.sent.end < len(doc) \
            and next_sentence(head).root.lemma_.lower() in QUOTING_VERBS
        body, person = body or group, person and not group
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
