"""Readings of an event word's setting that tell a stance or a count from an event, read
from the fourteenth and fifteenth judged samples (issue 12, fifteenth stop): voters'
preferences in polls, support withdrawn ("backed off"), a charge that is a movement
("charged into the debate"), a yes-no question, a deed inside a report someone denies,
and an abbreviation of a common noun in brackets ("light commercial vehicles (LCV)");
from the sixteenth (stop 36): a share of support ("38 percent support"), defending
oneself, and a party named in a court case's title ("Acme v. Miller, which rejected").
Each reads the parse or the text's shape, never an article's names (docs/relations.md,
"Checks").

Pure functions of spaCy tokens (and of the text for ``an_abbreviation``), used by
``relation_checks.retyped``, ``relation_checks.hypothetical`` and
``relations.find_relations`` alike.
"""
from __future__ import annotations

import re

#: Words that make a subject a share of people rather than an actor ("60 percent of
#: Republicans", "most", "more than half of the members"): a count of preferences.
_SHARES = frozenset("percent % per cent most half majority minority plurality few many "
                    "third quarter fraction proportion share".split())
#: What measures preferences: an event a poll reports is a count, not a deed.
_POLLS = frozenset("poll polls survey surveys polling ballot ballots".split())
#: Particles that turn backing into its undoing ("Madrid backed off", "backed out of
#: the deal", "backed down"): no support (``backing_down``: a concession).
_AWAY = frozenset("off out down away".split())
#: Prepositions of movement: "charged into the debate", "charged at the goal" is a rush.
_TOWARD = frozenset("into toward towards at through across forward ahead onto".split())
#: Nouns whose content is a claim: a deed inside one that is denied is not reported
#: as done ("denied a report that Morocco was refusing entry").
_CLAIMS = frozenset("report reports claim claims allegation allegations accusation "
                    "accusations rumour rumours rumor rumors story stories suggestion "
                    "suggestions charge charges speculation".split())
_DENYING = frozenset("deny dismiss reject refute rebut contest".split())
#: What a lawyer defends a client against: a defence in court, the lawyer's trade.
_CASES = frozenset("charge charges allegation allegations accusation accusations claim claims "
                   "lawsuit lawsuits suit suits indictment prosecution case".split())
#: What is held when a meeting is held ("held talks"); "held a narrow lead" is none.
_MEETINGS = frozenset("talk talks meeting meetings summit summits discussion discussions "
                      "consultation consultations negotiation negotiations conference "
                      "conferences session sessions call calls dialogue briefing hearing "
                      "hearings rally rallies forum interview interviews".split())


def _quantity(tok) -> bool:
    """Whether a noun phrase is a share of people: its head or a word qualifying it is a
    share ("60 percent", "most", "more than half"), or it is what a share is of ("60
    percent of [Republicans]"). A number alone counts people who act ("three city
    councillors who back the mayor", "the one ally who stood by him")."""
    words = [tok, *(c for c in tok.children if c.dep_ not in ("relcl", "acl", "prep"))]
    if any(w.lower_ in _SHARES or w.lemma_.lower() in _SHARES for w in words):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i \
        and tok.head.head.i != tok.i and _quantity_word(tok.head.head)


def _quantity_word(tok) -> bool:
    return tok.lower_ in _SHARES or tok.lemma_.lower() in _SHARES


def _clause_subjects(t):
    out = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    out += [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return out


def a_count(trig, kind: str) -> bool:
    """Support counted rather than given: its subject (or its passive's agent) is a
    share of people ("60 percent of Republicans … now support Trump", "most union
    members … supported Obama"), or it is what a poll says ("exit polls showed that
    Sanders was strongly supported by young voters"). Voters' preferences, no event
    between actors; a union, a senator or "delegates who said they support" endorse,
    and stay."""
    if kind != "SUPPORT":
        return False
    # "wins 38 percent support against a rival": the support (the event word, or what
    # its verb gets) is a poll's share
    if any(n.pos_ == "NOUN" and any(_quantity_word(c) for c in n.children
                                    if c.dep_ in ("compound", "nummod", "amod"))
           for n in (trig, *(c for c in trig.children if c.dep_ == "dobj"))):
        return True
    t = trig
    for _ in range(4):
        subjects = _clause_subjects(t)
        if any(_quantity(s) or s.lemma_.lower() in _POLLS for s in subjects):
            return True
        if not subjects and any(c.dep_ == "advmod" and c.lower_ == "most" for c in t.children):
            return True  # "most followed their leaders and supported Obama": "most" the subject
        # "Republicans who said they had supported": up to the noun the clause qualifies
        if t.dep_ in ("relcl", "acl") and _quantity(t.head):
            return True
        if t.dep_ not in ("conj", "ccomp", "xcomp", "relcl") or t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ == "relcl" and _quantity(t.head):
            return True
    return False


#: Reflexive pronouns: support whose object is its own subject is given to no other.
_SELVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves "
                    "oneself".split())


def for_oneself(trig, kind: str) -> bool:
    """Support of oneself ("defended himself for dropping the bill", "praised
    themselves"): a stance on one's own record, no support between actors."""
    return kind == "SUPPORT" and any(c.dep_ in ("dobj", "pobj") and c.lower_ in _SELVES
                                     for c in trig.children)


def backed_off(trig, kind: str) -> bool:
    """"Backed off", "backed out", "backed down": support withdrawn or a retreat, never
    support given."""
    return kind == "SUPPORT" and trig.lemma_.lower() == "back" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in _AWAY for c in trig.children)


def backing_down(trig) -> bool:
    """"Backed down", "backed off" (a policy, a demand): giving way, PLOVER's CONCEDE
    (as PLV codes a leader's backing down from a policy); "backed out" of a deal or
    "backed away" from it is no concession."""
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "off") for c in trig.children)


def a_rush(trig, kind: str) -> bool:
    """A charge that is a movement ("charged into the debate against a rival",
    "charged at the defence"): no accusation. An accusation names whom or what it
    charges ("charged him with murder", "charged that …")."""
    if kind != "ACCUSE" or trig.lemma_.lower() != "charge" or trig.pos_ != "VERB":
        return False
    kids = list(trig.children)
    if any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass", "dative") for c in kids):
        return False
    return any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ in _TOWARD for c in kids)


def asks_yes_no(trig) -> bool:
    """Whether the event word heads a yes-no question ("Has Iran received weapons from
    Russia?"): an auxiliary before its subject and a question mark
    closing its sentence. Asked, not reported as done; a question of why or how
    ("Why does Turkey refuse …?") takes the deed as done."""
    sent = trig.sent
    last = [t for t in sent if not t.is_space and t.text not in ('"', "\u201d", "'", "\u2019")]
    if not last or last[-1].text != "?":
        return False
    subj = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((c for c in trig.children if c.dep_ in ("aux", "auxpass")
                and subj is not None and c.i < subj.i), None)
    # "Why does Turkey refuse to recognise …?": a question of why takes the deed as done
    return aux is not None and not any(t.tag_ in ("WRB", "WP", "WDT", "WP$")
                                       for t in trig.doc[sent.start:aux.i])


def in_denied_claim(trig) -> bool:
    """A deed inside a claim someone denies or dismisses ("denied a newspaper report
    that Morocco was refusing entry"): only the denial is reported; the deed's doer is
    no denier."""
    t = trig
    for _ in range(3):
        if t.dep_ not in ("acl", "ccomp", "relcl", "appos", "advcl") or t.head.i == t.i:
            return False
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in _CLAIMS:
            return t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _DENYING
        if t.pos_ == "VERB" and t.lemma_.lower() in _DENYING:
            # "denied a report … that Morocco was refusing" (the clause hung on the verb)
            return that and any(c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMS
                                for c in t.children)
    return False


def an_abbreviation(text: str, start: int, end: int) -> bool:
    """A mention in brackets that abbreviates the lower-case words before it ("20,000
    light commercial vehicles (LCV)"): the short form of a common noun, a thing, never an
    actor. "the Health Care Financing Administration (HCFA)" spells capitals: a name."""
    letters = text[start:end]
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if not (before.endswith("(") and after.startswith(")")):
        return False
    words = re.findall(r"[A-Za-z][\w-]*", before[-120:-1])[-len(letters):]
    return len(words) == len(letters) and all(
        w[0] == c.lower() for w, c in zip(words, letters))


#: What stands between the parties of a court case's title ("Roe v. Wade").
_VERSUS = re.compile(r"\s+(?:v|vs)\.?\s+[A-Z]")
_VERSUS_BEFORE = re.compile(r"[A-Z][\w.&'-]*\s+(?:v|vs)\.?\s+$")


def a_case_name(text: str, start: int, end: int) -> bool:
    """A mention that is a party in a court case's title ("Acme Stores v. Miller,
    which rejected the union's claim"): the title names the case, and what the case
    decided is the court's deed, never the party's."""
    return bool(_VERSUS.match(text, end, end + 12)) or bool(
        _VERSUS_BEFORE.search(text[max(0, start - 60):start]))


def a_court_defence(trig, kind: str) -> bool:
    """Defending someone against charges or a lawsuit ("lawyers defending Madoff against
    fraud charges"): the trade of a court, no support between actors."""
    return kind == "SUPPORT" and trig.lemma_.lower() in ("defend", "defence", "defense") and any(
        c.dep_ == "prep" and c.lower_ == "against" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _CASES for g in c.children)
        for c in trig.children)


def held_no_meeting(trig, kind: str) -> bool:
    """A meeting read from "hold" whose object is no meeting ("held a narrow lead over
    Romney", "held the seat"): a standing, no consultation."""
    if kind != "CONSULT" or trig.lemma_.lower() != "hold" or trig.pos_ != "VERB":
        return False
    things = [c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(things) and not any(t.lemma_.lower() in _MEETINGS or t.lower_ in _MEETINGS
                                    for t in things)

