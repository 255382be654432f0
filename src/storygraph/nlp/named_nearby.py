"""Sources a speaker phrase names by a relation to a name nearby: a relative named by the
next quotation's speaker ("Elian's father demanded … / "…," said Juan Miguel Gonzalez"),
a paper named beside its owner ("The Communist Party daily Granma"), the papers of a
body ("Al-Akhbar newspapers"), a body's policy named by its kind ("department policy"
after "The Justice Department"), a work's author ("Brown's Britain, by Robert Peston,
says"), a name right after the phrase or in its "from"/"at"/"for" phrase ("analysts from
Citigroup", "a spokesman for Unison"). Mixed into ``speakers.Speakers``; each rule asks
for a sign in the text that the two are one (a shared surname, a word for a paper, the
body's own head noun), since a source left null is less wrong than one given to someone
else.
"""
from __future__ import annotations

import re
from typing import Optional

from ..types import Entity, Span
from .antecedents import _gap
from .corefs import ROLE_NOUNS
from .descriptions import POSTS
from .speaker_words import KIN, KIN_SEX, PLACES

#: Verbs a quotation's speaker is the subject of ("…," said X; X told reporters: "…").
QUOTING_VERBS = frozenset(("say", "tell", "add", "write", "explain", "state", "declare",
                           "insist", "reply", "continue", "note"))
#: Verbs a study's authors report it by ("say researchers at X", "X economists found").
FINDING_VERBS = frozenset(("find", "predict", "warn", "estimate", "conclude", "report", "show"))
#: Verbs by which a body has a survey or a study made for it ("commissioned the survey").
COMMISSIONING = frozenset(("commission", "sponsor", "fund"))
#: Posts one person holds in a body, which the body named in an "of" phrase describes
#: ("the head of Germany's panel of … advisers").
HELD_POSTS = frozenset(("head", "chief", "chairman", "chairwoman", "president", "director",
                        "leader", "boss"))
#: How many sentences after a relative the next quotation may name him.
KIN_SENTENCES = 12
#: How many sentences after an unnamed description the next quotation may name it.
NEXT_QUOTE_SENTENCES = 4
#: Words for a newspaper, an agency or a station, which speak for the body they name.
MEDIA_NOUNS = frozenset(("newspaper", "paper", "daily", "weekly", "magazine", "agency",
                         "radio", "television", "tv", "channel", "broadcaster", "station",
                         "organ", "mouthpiece", "tabloid", "journal", "outlet", "network"))
#: What a body sets down and goes by, which speaks for it ("According to department
#: policy", "ministry guidelines say").
RULE_DOCUMENTS = frozenset(("policy", "guideline", "guidelines", "rule", "rules",
                            "regulation", "regulations", "guidance", "practice"))



def next_sentence(head):
    """The sentence after ``head``'s, past a blank line between (a sentence of no
    letters); the caller has checked there is one."""
    doc = head.doc
    nxt = doc[head.sent.end].sent
    if not any(t.is_alpha for t in nxt) and nxt.end < len(doc):
        nxt = doc[nxt.end].sent
    return nxt

class NamedNearby:
    """The rules above, over a ``Speakers``' mentions and regions (see the module)."""

    def kin_quoted_next(self, head, owner) -> Optional[str]:
        """The person an owned kin noun ("Elian's father") stands for where the text
        names him only as the speaker of a later quotation: the first person after it
        who is the subject of a verb of saying in a sentence holding a quotation, where
        that person's name ends on the owner's surname, is not the owner, and the text
        gives him no other kin noun nor the other sex. Else None (the next quotation's
        speaker of another surname is someone else: no guess past him)."""
        doc = head.doc
        if not doc.has_annotation("DEP") or not doc.has_annotation("SENT_START"):
            return None
        names = [m.text.split() for m in self.people if m.entity == owner.entity]
        surname = max(names, key=len, default=[""])
        if len(surname) < 2:
            return None
        surname = surname[-1]
        last = min(len(doc), head.sent.end)
        for _ in range(KIN_SENTENCES):
            if last >= len(doc):
                return None
            sent = doc[last].sent
            last = sent.end
            if not any(sent.start_char <= s < sent.end_char for s, _ in self.regions):
                continue
            for m in self.people:
                if not sent.start_char <= m.start < sent.end_char or self._quoted(m.start):
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                root = span.root if span is not None else None
                if root is None or root.dep_ != "nsubj" or root.head.lemma_.lower() not in QUOTING_VERBS:
                    continue
                words = m.text.split()
                if len(words) < 2 or words[-1] != surname or m.entity == owner.entity:
                    return None
                if self._other_kin(m.entity, head.lower_):
                    return None
                sex = KIN_SEX.get(head.lower_)
                if sex is not None and self.gender.get(m.entity, {sex}) != {sex}:
                    return None
                return m.entity
        return None

    def quoted_next(self, head, excluded=frozenset()) -> Optional[str]:
        """The person a description the text leaves unnamed stands for ("The 22-cap
        Flankers man says that Jones will be missed") where the next quotation goes on
        with his words and its cue names him ("…," said Smith): in the same paragraph or
        the next, with no sentence between naming someone as its subject (another turn).
        None where that speaker is excluded (whom the words are about, a coach for a
        player) or the text makes him the other sex of the noun."""
        doc = head.doc
        if not doc.has_annotation("DEP") or not doc.has_annotation("SENT_START"):
            return None
        sent, paragraphs = head.sent, 0
        for _ in range(NEXT_QUOTE_SENTENCES):
            if sent.end >= len(doc):
                return None
            nxt = doc[sent.end].sent
            if "\n" in _gap(self.text, sent, nxt):
                paragraphs += 1
            if paragraphs > 1:
                return None
            sent = nxt
            # ('"…," said Smith', 'Smith said: "…"': a quotation of his words, not a
            # phrase quoted inside what someone else says)
            quoted = self.text[sent.start_char:sent.start_char + 1] in '"\u201c\'\u2018' or any(
                sent.start_char <= s < sent.end_char and self.text[:s].rstrip().rstrip('"\u201c\'\u2018').rstrip().endswith(":")
                for s, _ in self.regions)
            for m in self.people:
                if not sent.start_char <= m.start < sent.end_char or self._quoted(m.start):
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                root = span.root if span is not None else None
                if root is None or root.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if not quoted or root.head.lemma_.lower() not in QUOTING_VERBS \
                        or m.entity in excluded:
                    return None
                sex = {**KIN_SEX, "man": "m", "woman": "f"}.get(head.lower_)
                if sex is not None and self.gender.get(m.entity, {sex}) != {sex}:
                    return None
                return m.entity
            if quoted and any(t.dep_ == "nsubj" and t.pos_ == "PRON" and not self._quoted(t.idx)
                              and t.head.lemma_.lower() in QUOTING_VERBS for t in sent):
                return None  # ('"…," he said': a he/she of its own, whoever it is)
        return None

    def _other_kin(self, entity: str, noun: str) -> bool:
        """Whether the text sets a kin noun other than ``noun`` right before a name of
        the entity ("great-uncle Lazaro Gonzalez"): then he is that relative."""
        for m in self.people:
            if m.entity != entity:
                continue
            before = self.text[max(0, m.start - 20):m.start].split()[-1:]
            word = before[0].lower().split("-")[-1] if before else ""
            if word in KIN and before[0].lower() != noun:
                return True
        return False

    def medium_named_before(self, head) -> Optional[str]:
        """Whom a bare "the magazine" / "the paper" stands for: the name the text set
        right after the same noun before ("US magazine Acme PC said"), whatever the
        tagger typed it (a title read as a person's name), the last so set; else None."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in MEDIA_NOUNS or head.tag_ != "NN" \
                or head.left_edge.i != head.i - 1 or head.doc[head.i - 1].lower_ != "the":
            return None
        found = None
        for hit in re.finditer(r"\b" + re.escape(head.lower_) + r"\s+(?=[A-Z])",
                               self.text[:head.left_edge.idx], re.I):
            named = next((m for m in self.mentions if m.start == hit.end()), None)
            if named is not None and not self._quoted(named.start):
                found = named.entity
        return found

    def paper_of_owner(self, head) -> Optional[str]:
        """A paper named beside its owner: "The Communist Party daily Granma" (the parse
        heads the phrase on the owner's name and hangs the paper's on it, a word for a
        paper between them) or "The Communist Party newspaper Pravda" (headed on the
        word for a paper, its name set beside it): the paper speaks, not its owner."""
        doc = head.doc
        media = head.pos_ == "NOUN" and head.lower_ in MEDIA_NOUNS
        if head.pos_ != "PROPN" and not media:
            return None
        for c in head.children:
            if c.dep_ != "appos" or c.i <= head.i:
                continue
            between = doc[head.i + 1:c.i]
            if not media and (not any(t.lower_ in MEDIA_NOUNS for t in between) or any(
                    t.is_punct for t in between)):
                continue  # (no word for a paper, or a name set off: "the Party, Granma")
            hit = next((m for m in self.mentions if m.start <= c.idx < m.end
                        and m.label != "PERSON" and m.label not in PLACES), None)
            if hit is not None:
                return hit.entity
        return None

    @staticmethod
    def papers_of(head) -> bool:
        """A plural word for newspapers or stations after a body's name ("Al-Akhbar
        newspapers"): the body's papers, speaking for it (not people of their own, as
        "Yukos shareholders" are)."""
        return head.tag_ == "NNS" and head.lemma_.lower() in MEDIA_NOUNS

    def rules_of_kind(self, head) -> Optional[str]:
        """"According to department policy" after "The Justice Department has
        emphasized": a body's rules named by the bare noun of its kind (lower case, no
        name) are the one body named before whose name ends on that noun."""
        if head.pos_ != "NOUN" or head.lower_ not in RULE_DOCUMENTS:
            return None
        kind = next((c for c in head.children if c.dep_ in ("compound", "nmod")
                     and c.i == head.i - 1 and c.pos_ == "NOUN" and c.is_lower), None)
        if kind is None or any(c.dep_ in ("det", "poss") for c in head.children):
            return None
        named = {m.entity for m in self.mentions if m.end <= head.idx and m.label != "PERSON"
                 and m.label not in PLACES and len(m.text.split()) >= 2
                 and m.text.split()[-1].lower() == kind.lower_ and not self._quoted(m.start)}
        return named.pop() if len(named) == 1 else None

    def spokesman_said_next(self, head) -> Optional[str]:
        """A lead's bare "a spokeswoman said" that the next sentence names by the same
        verb, inverted, with the body she speaks for ("…, said Erin Purcell of
        Boston-based Reagan Communications"): that person. Leads leave a spokesman
        unnamed as a rule, so only where the next sentence's own cue and a body beside
        the name say that she is the one; else None."""
        doc = head.doc
        verb = head.head
        if head.pos_ != "NOUN" or not head.lower_.startswith("spokes") or head.dep_ != "nsubj" \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) \
                or any(m.start >= head.left_edge.idx and m.end <= head.idx for m in self.mentions) \
                or not doc.has_annotation("SENT_START") or head.sent.end >= len(doc):
            return None
        nxt = next_sentence(head)
        root = nxt.root
        if root.lemma_.lower() != verb.lemma_.lower():
            return None
        found = set()
        for subj in (c for c in root.children if c.dep_ == "nsubj" and c.i > root.i):
            hit = next((m for m in self.people if m.start <= subj.idx < m.end
                        and " " in m.text), None)
            bodies = [o for p in subj.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "at")
                      for o in p.children if o.dep_ == "pobj"] + [
                a for a in subj.children if a.dep_ == "appos"]
            if hit is not None and any(m.label != "PERSON" and m.start <= o.idx < m.end
                                       for o in bodies for m in self.mentions):
                found.add(hit.entity)
        return found.pop() if len(found) == 1 else None

    def report_issued_next(self, head) -> Optional[str]:
        """A lead's bare "according to a report" (a survey, a study) whose next sentence
        says who made it, by people of one body speaking ("…, say researchers at BDO
        Stoy Hayward"): that body, the report's author. Else None."""
        from .elsewhere import BODY_DOCUMENTS

        doc = head.doc
        if head.pos_ != "NOUN" or head.lemma_.lower() not in BODY_DOCUMENTS \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) \
                or any(m.start >= head.left_edge.idx and m.end <= head.right_edge.idx + 1
                       for m in self.mentions) \
                or not doc.has_annotation("DEP") or head.sent.end >= len(doc):
            return None
        nxt = next_sentence(head)
        root = nxt.root
        if root.lemma_.lower() not in QUOTING_VERBS | FINDING_VERBS:
            return self._commissioned_later(head)
        found = set()
        for subj in (c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                     and c.tag_ == "NNS"):
            found |= {m.entity for p in subj.children if p.dep_ == "prep"
                      and p.lower_ in ("at", "of", "from", "for")
                      for o in p.children if o.dep_ == "pobj"
                      for m in self.mentions if m.start <= o.idx < m.end
                      and m.label not in PLACES and m.label != "PERSON"}
        return found.pop() if len(found) == 1 else None

    def _commissioned_later(self, head) -> Optional[str]:
        """The one body the article says later had the work made ("the BSA, which
        commissioned the survey", "the survey was commissioned by the BSA"): the author
        of a lead's bare "a report", named further on as its sponsor. Else None."""
        from .elsewhere import BODY_DOCUMENTS

        found = set()
        for tok in head.doc[head.sent.end:]:
            if tok.lemma_.lower() not in COMMISSIONING or tok.pos_ != "VERB" or self._quoted(tok.idx):
                continue
            work = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                         and c.lemma_.lower() in BODY_DOCUMENTS), None)
            if work is None:
                continue
            doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if doer is not None and doer.lower_ in ("which", "that", "who") and tok.dep_ == "relcl":
                # (the name right before the relative pronoun, wherever the parse hung
                # the clause: "a spokesperson for the BSA which commissioned")
                prev = head.doc[doer.i - 1] if doer.i > 0 else doer
                doer = head.doc[prev.i - 1] if prev.text == "," and prev.i > 0 else prev
            if doer is None:
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                doer = next((c for c in agent.children if c.dep_ == "pobj"), None) \
                    if agent is not None else None
            hit = None if doer is None else next(
                (m for m in self.mentions if m.start <= doer.idx < m.end), None)
            if hit is not None and hit.label not in PLACES and hit.label != "PERSON":
                found.add(hit.entity)
        return found.pop() if len(found) == 1 else None

    def post_named_next(self, head) -> Optional[str]:
        """"the head of Germany's panel of government economic advisers predicted … /
        Speaking on German TV, Bert Ruerup said the panel's earlier forecast …": a post's
        one holder, described by the body he heads, is the person the next sentence has
        speak of that body again by its noun (a word of the post's "of" phrase). Else
        None."""
        doc = head.doc
        if head.pos_ != "NOUN" or head.lemma_.lower() not in HELD_POSTS \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or not doc.has_annotation("SENT_START") or head.sent.end >= len(doc):
            return None
        body = {o.lemma_.lower() for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"}
        end = head.right_edge.idx + len(head.right_edge)
        if not body or any(m.label == "PERSON" and head.left_edge.idx <= m.start < end
                           for m in self.mentions):
            return None
        nxt = doc[head.sent.end].sent
        if not any(t.pos_ == "NOUN" and t.lemma_.lower() in body and not self._quoted(t.idx)
                   for t in nxt):
            return None
        found = set()
        for m in self.people:
            if not nxt.start_char <= m.start < nxt.end_char or " " not in m.text \
                    or self._quoted(m.start):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            root = span.root if span is not None else None
            if root is not None and root.dep_ == "nsubj" \
                    and root.head.lemma_.lower() in QUOTING_VERBS:
                found.add(m.entity)
        return found.pop() if len(found) == 1 else None

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
        apposed = self._body_set_off_after(head)
        if apposed is not None:
            return apposed
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

    def _body_set_off_after(self, head) -> Optional[Entity]:
        """"According to technology analysts, TDG Research, there will be …": a body's
        name set off by commas right after the speaker's noun (the parse reading it as
        the next verb's subject, or as the noun's apposition) is who the noun is. Only a
        name the tagger found and typed no person or place (a person so set off is
        described, "According to press reports, Caridad Gonzalez, the oldest sister, was
        …", and what the words are about)."""
        from .framing import body_noun, person_noun
        from .quote_spans import name_set_off_after

        if not (person_noun(head) or body_noun(head)):
            return None  # ("According to analysts' forecasts, HSBC, the biggest bank, will")
        words = name_set_off_after(head) or [
            a for a in head.children if a.dep_ == "appos" and a.i > head.i and a.pos_ == "PROPN"
            and head.doc[head.right_edge.i + 1:a.i + 1][:1] and head.doc[a.left_edge.i - 1].text == ","]
        if words and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) and not any(
                m.start <= t.idx < m.end for t in words for m in self.mentions):
            self._mint(words[-1])  # (a name the tagger missed: "analysts, TDG Research,")
        for t in words[:1]:
            hit = next((m for m in self.mentions if m.start <= t.idx < m.end), None)
            if hit is not None and hit.label != "PERSON" and hit.label not in PLACES \
                    and hit.entity not in self.person_entities and not self._quoted(hit.start):
                return hit
        return None
