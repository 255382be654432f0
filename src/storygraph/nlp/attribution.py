"""What kind of attribution a quote is, and how sure the quote stage is of it.

``attribution_of(cue, content)`` reads the cue and the parse around it:
- ``speech``: words said or written (``said``, ``told``, ``wrote``, ``added``,
  ``according to``, a headline's colon, a quotation's own marks);
- ``position``: a belief or stance a named source states (``believes``, ``argued``,
  ``denied``, ``insisted``, ``warned``); verbs that are as often plain actions
  (``rejected the bid``, ``agreed to buy``, ``backed the plan``) count only when what
  they govern is a clause, a quotation or a word for something said (``rejected the
  claims``);
- ``unsourced``: a report without a source (``is believed``, ``it is understood``,
  ``reportedly``, ``is said to``);
- ``None``: a cue the model scored but that reports nobody's words (``plans to``,
  ``saw``, ``seems certain``), a negated cue (``did not say when``, ``don't think``,
  whose content was not said) or a kind of person rather than a source (``anybody who
  says``) — kept for PolNeAR's broad convention, hidden by default.

``confidence_features`` are what the calibration (models/quotes/calibration.json,
fitted on PolNeAR dev by nlp/quotes_calibrate.py) turns into a probability.
"""
from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .minds import (fear_of_the_noun, found_so, mistaken_at_a_moment, read_in_an_event,
                    shown_in_play, wondered_to_oneself)
from .speech_verbs import PLAIN
from .weights import read_weights

CALIBRATION_PATH = Path(__file__).resolve().parents[1] / "models" / "quotes" / "calibration.json"

SPEECH = frozenset("""
say said tell tells add write state statement announce announcement explain comment note remark
reply respond response answer ask declare declaration confirm admit admission acknowledge
reveal disclose disclosure testify tweet retweete post quip joke shout yell exclaim interject
recall repeat reiterate reaffirm mention quote cite accord according speak talk email message
utter recount describe detail elaborate clarify publish chant sing cry muse chime concede
confess boast brag complain beg pronounce proclaim inform interview brief whisper
vent sum observe
""".split())
POSITION = frozenset("""
believe belief think argue argument deny denial claim allege allegation alleged assert assertion
contend contention maintain accuse accusation charge blame criticise criticize criticism critique
condemn denounce denunciation praise hail suggest suggestion predict forecast expect expectation
fear hope worry worried concern concerned doubt agree disagree disagreement dispute reject
rejection dismiss rebuff rebut urge call demand propose proposal recommend advise advocate oppose
question wonder estimate reckon guess suspect feel consider regard view opinion stance position
highlight indicate signal hint imply caution threaten vow promise pledge swear guarantee assure
reassure defend challenge attack slam blast lambast rebuke scold mock ridicule deride decry
bemoan lament regret apologize apologise thank congratulate applaud laud tout trumpet endorse
endorsement welcome conclude conclusion find show warn warning insistence confident sceptical
skeptical wary acknowledge assessment assume assumption predict posit surmise speculate
speculation opine counter object protest appeal express voice point plead insist stress emphasize emphasise
underscore accept
""".split()) - SPEECH
#: Position verbs that are as often actions: a position only over a clause, a quotation
#: or a noun for something said (a verdict on a thing, "condemned the bombings", "blasts
#: president", reports whom or what was judged, not what was said; "argued calls and
#: taunted fans", a player disputing the umpire's calls).
ACTIONS = frozenset("""
agree reject rejection dismiss rebuff oppose challenge attack defend back support welcome
endorse endorsement accept call demand show find hail praise threaten promise pledge vow
guarantee protest appeal question counter blame charge thank congratulate applaud plead
claim propose condemn denounce criticise criticize slam blast lambast rebuke decry argue dispute
""".split())
#: Speech verbs that as often report a thing done or shown ("announced a media adapter",
#: "wrote, directed and starred in the film", "revealed a formula") or a topic ("We talked
#: about the Sydney Olympics"; "spoke of" is as often a claim, and stays), or a thing added,
#: declared or passed on ("added a two-run shot", "declared 056 the area code", "informed
#: the phone company"): speech only over a clause, a quotation or a word for something said.
#: ("recalled the experienced Cristian Stoica at centre" is a player brought back, an act;
#: "recalled that …", "recalled how …" is memory told.)
SPEECH_ACTIONS = frozenset("announce announcement reveal write publish post release detail cite"
                           " talk add declare inform recall observe".split())
#: "Moyes continued: "…"": a speaker going on, speech where a quotation follows or
#: precedes it (not "the fallout continued").
CONTINUING = frozenset(("continue",))
#: Numbers and records gathered, which "show", "suggest" or "indicate" what the writer
#: reads in them ("figures show Japan's economy teetered", "Cellphone records indicated",
#: "new evidence suggesting"): no source stating anything.
DATA = frozenset("figure data statistic number evidence record".split()
                 # (tests and their results: "Post-mortem examinations showed they were …")
                 + "examination test result autopsy".split()
                 # (measures and indicators of an economy: "some measures suggest the
                 # picture is not quite so bleak" is the writer reading them)
                 + "measure indicator gauge".split())
#: Studies that, several together, the writer reads as data ("some studies suggest").
STUDIES = frozenset("survey poll study".split())
SUBJECTS_OF = ("nsubj", "nsubjpass", "csubj")


def _research_unowned(noun) -> bool:
    """"research suggests …": research in general, owned by no one (not "the BSA's
    research shows", "research by Jupiter found")."""
    return noun.lemma_.lower() == "research" and not any(
        c.dep_ in ("poss", "compound", "prep", "acl", "det") or c.ent_type_ for c in noun.children)

#: What data is said to do when the writer reads it.
READINGS = frozenset("show suggest indicate".split())
#: Verbs of a state of mind, which a participle beside an act tells of ("fearing he would be
#: seen"), not a source.
MINDS = frozenset("wonder fear worry hope believe think suspect".split())
#: Nouns for something said: "rejected the claims", "denied the allegations".
SAID_NOUNS = frozenset("""
claim allegation accusation charge report suggestion idea notion view statement remark comment
criticism assertion suspicion speculation rumour rumor theory argument contention
responsibility innocence
""".split())
#: Cues that, passive and without an agent, report nobody ("is believed", "is said to";
#: "officials are accused of …": the accused are not the accusers).
UNSOURCED_PASSIVE = frozenset("""
believe understand say think expect know report allege rumour rumor estimate fear suspect
consider feared thought understood reported said alleged tip forecast predict project
tell ask urge advise warn accuse
""".split())
UNSOURCED_WORDS = frozenset(("reportedly", "allegedly", "purportedly", "reputedly"))
MARKS = frozenset((":", "—", "―", "-", '"', "'", "’", "“", "”"))
SPEAKER_FORMS = ("none", "pron", "person", "name", "noun")
CONTENT_FORMS = ("quote", "clause", "phrase")


def _passive_without_agent(cue) -> bool:
    kids = list(cue.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or (
        cue.tag_ == "VBN" and cue.dep_ in ("acl", "amod"))
    return passive and not any(c.dep_ == "agent" for c in kids) and _stray_agent(cue) is None


def agent_of(cue):
    """The noun after ``by`` in a passive cue ("is believed by X"), or None."""
    for c in cue.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return _stray_agent(cue)


def _stray_agent(cue):
    """The agent of a passive cue that the parse hung on a word after it ("Fletcher was
    described as a 'consummate professional' by his friend … Michael Pointon": the
    friend describes, Fletcher is described): a ``by`` phrase below the cue with no verb
    between, whose object is or holds a proper name (not "by the end of the year")."""
    if not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    for by in (t for t in cue.subtree if t.i > cue.i and t.lower_ == "by" and t.dep_ == "prep"):
        up = by.head
        while up.i != cue.i and up.pos_ not in ("VERB", "AUX"):
            up = up.head
        if up.i != cue.i:
            continue
        obj = next((g for g in by.children if g.dep_ == "pobj"), None)
        if obj is not None and any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in obj.subtree):
            return obj
    return None


def unsourced(cue) -> bool:
    lemma = cue.lemma_.lower()
    if lemma in UNSOURCED_WORDS or cue.lower_ in UNSOURCED_WORDS:
        return True
    if _reduced_passive(cue):
        return True
    if lemma in JUDGED_AS and any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children) \
            and any(c.dep_ == "advmod" and c.lower_ in HELD_WIDELY for c in cue.children):
        return _passive_without_agent(cue)  # "is widely seen as a U-turn": many hold it
    return (lemma in UNSOURCED_PASSIVE or cue.lower_ in UNSOURCED_PASSIVE) \
        and _passive_without_agent(cue)


#: Verbs of perceiving or holding that with "as" state a judgement ("is seen as a
#: U-turn", "is regarded as the favourite"); without it a perception ("was seen leaving").
JUDGED_AS = frozenset("see regard view".split())
#: Adverbs that put a judgement in many minds ("is widely seen as"), a view reported as
#: held; without one, "is seen as a test of the deal" is the writer's own hedge.
HELD_WIDELY = frozenset("widely generally commonly universally broadly".split())


def _reduced_passive(cue) -> bool:
    """"The steel-hulled Titanic, thought to be unsinkable, struck …": a participle set
    off by a comma before an infinitive is the passive "is thought to be" without its
    verb (the parse may read it as a past tense with the name as subject); the name is
    what the belief is about, and nobody holds it."""
    doc = cue.doc
    lemma = cue.lemma_.lower()
    if lemma not in UNSOURCED_PASSIVE or cue.lower_ == lemma or cue.tag_ not in ("VBN", "VBD"):
        return False
    if cue.i == 0 or cue.i + 1 >= len(doc) or doc[cue.i - 1].text != ",":
        return False
    return doc[cue.i + 1].lower_ == "to" and not any(c.dep_ == "agent" for c in cue.children)


def content_form(doc, a: int, b: int, in_quote) -> str:
    """quote: mostly inside quotation marks; clause: has a verb; phrase: neither."""
    n = max(1, b - a)
    if sum(in_quote[a:b]) * 2 >= n:
        return "quote"
    if any(doc[i].pos_ in ("VERB", "AUX") for i in range(a, b)):
        return "clause"
    return "phrase"


#: Marks of a clause of time, cause, contrast or condition: what it holds was not said
#: ("threatened … with a ban if reports … are true").
TIME_MARKS = frozenset("while when whilst after before because as since until although though"
                       " if unless".split())


#: Prepositions of time whose clause tells when an act was done ("rejected a move after
#: falling out with …"), not what was said ("hailed it as making …" is a judgement).
TIMES_AFTER = frozenset("after before until following upon".split())


def _governs_said(cue, a: int, b: int, form: str) -> bool:
    """A position verb that is often an action counts over a clause or quotation, or an
    object that is a word for something said."""
    if form == "quote":
        return True
    if any(c.dep_ == "ccomp" and _designated(cue, c) for c in cue.children):
        return False  # (a clause the parse adds after it is the writer's: "… and 2005 is
        # likely to see …")
    if cue.head.i != cue.i and a <= cue.head.i < b:
        return True  # "The DS will launch in March, the company has announced"
    # (what "shows" a thing is shown doing is no clause it says: "television showed the
    # exiles …, some of them carrying signs")
    clauses = ("ccomp",) if cue.lemma_.lower() in READINGS else ("ccomp", "advcl")
    for c in cue.children:
        if c.dep_ in clauses and a <= c.i < b and _object_before_clause(cue, c):
            continue
        if c.dep_ in clauses and a <= c.i < b and not any(
                g.dep_ == "mark" and g.lower_ in TIME_MARKS
                or c.dep_ == "advcl" and g.dep_ == "aux" and g.lower_ == "to"
                for g in c.children):
            # (not "claimed the award while his side held off France", nor an infinitive
            # the parse hung as a clause: "proposed … to significantly ease a ban" is an
            # act, as "agreed to buy" is)
            return True
        if c.dep_ in ("dobj", "pobj", "prep", "attr"):
            heads = [c] + [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if any(h.lemma_.lower() in SAID_NOUNS for h in heads):
                return True
            if any(g.dep_ in ("pcomp", "ccomp") and a <= g.i < b for g in c.children) \
                    and c.lower_ not in TIMES_AFTER:
                # (not a clause of time or cause hung on a preposition: "rejected a move
                # after falling out with …" is the act, its object no word for anything said)
                return True  # "called for the talks to resume", "warned of hitting …"
                # (not a clause outside what is reported: "announced the game, with a
                # new team to develop it" is a thing announced)
    if _commitment_stated(cue, a, b):
        return True
    if cue.lemma_.lower() == "recall" and any(c.tag_ == "VBG" and c.dep_ in ("xcomp", "ccomp")
                                              and a <= c.i < b for c in cue.children):
        return True  # "recalled seeing him play as a teenager": a memory told
    if cue.lemma_.lower() == "call":
        return False
    # "agreed that …", "challenged whether …": a clause inside the content.
    return any(doc_tok.dep_ in ("ccomp",) and doc_tok.head.i == cue.i
               and not _object_before_clause(cue, doc_tok) for doc_tok in cue.doc[a:b])


def _object_before_clause(cue, clause) -> bool:
    """"As Nigeria announced its new plan, Ghana announced revenues had …": a verb of
    announcing takes a thing or a clause, never both; a clause set off by a comma after
    the thing announced is another verb's, which the parse hung on this one."""
    if cue.lemma_.lower() not in SPEECH_ACTIONS or cue.lemma_.lower() == "inform" or any(
            g.dep_ == "mark" for g in clause.children):
        return False
    first = clause.left_edge.i
    return any(c.dep_ == "dobj" and c.i < first and any(
        t.text == "," for t in cue.doc[c.i + 1:first + 1]) for c in cue.children)


#: Verbs of a commitment made: "promised to halve the deficit" states what the source will do.
COMMITMENTS = frozenset("promise pledge vow".split())


def _commitment_stated(cue, a: int, b: int) -> bool:
    """"Mr Brown has promised to cut the deficit", "pledged to match the US": a commitment
    a source made, told in the past, is a stated position over its infinitive ("LIN
    promises to pay shareholders", a contract's term, "will also promise to …", the
    writer's forecast, and "was promised a game", a thing given, are not)."""
    if cue.lemma_.lower() not in COMMITMENTS or cue.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return False
    if cue.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children):
        return False
    if not _named_or_pronoun(next((c for c in cue.children if c.dep_ == "nsubj"), None)):
        return False  # (a commitment of a source the text names; "the 40-year-old comic
        # promised" is left to the model's kinds)
    # (an infinitive with something of its own: "pledged to follow" alone is a fragment)
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" and a <= c.i < b and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and any(
        g.dep_ not in ("aux", "neg", "advmod") for g in c.children) for c in cue.children)


#: Names' entity types: a source the text names.
NAMED_TYPES = frozenset(("PERSON", "ORG", "GPE", "NORP"))
PRONOUNS = frozenset("he she they we i it".split())


def _named_or_pronoun(subject) -> bool:
    """A name, a pronoun, or "both" of a pair ("both candidates", "both clubs"), which
    points back to two sources the text has named."""
    if subject is not None and any(c.dep_ == "det" and c.lower_ == "both" for c in subject.children):
        return True
    return subject is not None and (subject.lower_ in PRONOUNS or any(
        t.pos_ == "PROPN" or t.ent_type_ in NAMED_TYPES for t in subject.subtree))


#: Tags of a finite verb: a quotation holding one states something, a claim.
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _quoted_thing(cue, a: int, b: int, in_quote) -> bool:
    """'questioned "the long-term future of …"', 'condemned "the attack"': a verb as often
    an act whose object is a quoted noun phrase, with no finite verb, reports the thing
    judged (the source's words, but no claim: what it says of the thing is the verb's).
    A word for something said stays ('rejected "the claims"')."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and a <= c.i < b), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not in_quote[obj.i] \
            or obj.lemma_.lower() in SAID_NOUNS:
        return False
    words = [t for t in cue.doc[a:b] if not t.is_punct]
    quoted = [t for t in words if in_quote[t.i]]
    # (the quotation is the object, not a word of it: a clause around it is a claim)
    return len(quoted) * 2 > len(words) and obj.left_edge.i >= a and all(
        obj.left_edge.i <= t.i <= obj.right_edge.i for t in quoted) and not any(
        t.tag_ in FINITE_TAGS for t in quoted)


def _designated(cue, clause) -> bool:
    """"Ofcom has declared 056 to be the area code": a speech verb that is as often an
    act, over an infinitive with its own subject, names a thing (an act), not a claim."""
    return cue.lemma_.lower() in SPEECH_ACTIONS and any(
        g.dep_ == "aux" and g.tag_ == "TO" for g in clause.children) and any(
        g.dep_ == "nsubj" for g in clause.children)


#: Verbs of intention: over an infinitive ("expects to make") or a gerund ("is
#: considering building") they report a plan.
INTENTIONS = frozenset("expect hope plan intend aim want seek consider".split())
#: Who, said of with "who", is a kind of person rather than a source ("anybody who says").
GENERIC = frozenset("anybody anyone everybody everyone somebody someone nobody whoever those"
                    .split())


def _generic_speaker(cue) -> bool:
    """"Anybody who says …", "fans who feel …": what a kind of person would say, not
    what a source said."""
    if cue.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that")
                                      for c in cue.children):
        return False
    who = cue.head
    return who.lower_ in GENERIC or (who.tag_ == "NNS" and not who.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in who.children))


#: Things made to inform: "Alerts tell people how …" says what they are for, not what
#: anyone claimed.
INSTRUMENTS = frozenset("""
alert warning notice sign signal label message guide guidance website site page service
system tool map chart screen display manual leaflet instruction test scan meter gauge
indicator app software program programme device
""".split())


def _instrument(cue) -> bool:
    """"Alerts tell people how the threats affect them": a made thing that tells
    how/what, not a source's claim."""
    if cue.lemma_.lower() != "tell":
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ \
            or subj.lemma_.lower() not in INSTRUMENTS:
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and any(g.tag_ in ("WRB", "WP", "WDT")
                                                   for g in c.children) for c in cue.children)


#: Adverbs of a writer's own forecast or guess ("Mr Brown will undoubtedly claim").
FUTURE = frozenset(("will", "'ll", "shall"))


def _forecast(cue) -> bool:
    """"Mr Brown will undoubtedly claim …", "he will argue, while suggesting …": the
    writer foretelling a stance, not a source stating one. A speech announced ("he will
    say in a speech on Monday") is words released ahead, and stays."""
    tok = cue.head if cue.dep_ in ("advcl", "conj") and cue.tag_ == "VBG" else cue
    return tok.lemma_.lower() in POSITION and any(
        c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children)


#: Feelings a source shows towards others, an act with no claim ("expressed its
#: condolences", "expressed sympathy").
SYMPATHIES = frozenset(("condolence", "condolences", "sympathy", "sympathies", "sorrow", "grief"))


def _sympathy_expressed(cue) -> bool:
    """"expressed its condolences to the families of the victims": no clause said."""
    return cue.lemma_.lower() == "express" and any(
        c.dep_ == "dobj" and c.lower_ in SYMPATHIES for c in cue.children) and not any(
        c.dep_ in ("ccomp", "xcomp") for c in cue.children)


#: Narratives that a work or a teller "tells" ("tells the story of Charity"): a plot or
#: an account as a whole, never a clause anyone claims.
NARRATIVES = frozenset(("story", "tale", "saga", "history", "fable", "legend"))


def _story_told(cue) -> bool:
    """"Sweet Charity tells the story of Charity Hope Valentine": the object told is a
    narrative, so what follows is its subject matter, not words said."""
    return cue.lemma_.lower() in ("tell", "recount", "narrate", "relate") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in NARRATIVES for c in cue.children)


def _event_expected(cue) -> bool:
    """"A decision is expected by mid-September on whether …": a passive "expected" with
    no clause of what is expected and no named agent is the writer's timetable for an
    event, no one's claim ("X is expected to win" has its clause)."""
    kids = list(cue.children)
    return cue.lemma_.lower() == "expect" and cue.tag_ == "VBN" \
        and any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" for c in kids) \
        and not any(c.dep_ in ("ccomp", "xcomp") for c in kids) \
        and not any(c.dep_ == "agent" and any(
            (g.pos_ == "PROPN" or g.tag_ == "NNS") and g.ent_type_ not in ("DATE", "TIME")
            for g in c.subtree) for c in kids)   # ("by mid-September" is a date, no agent)


def _hypothetical(cue) -> bool:
    """"The key is if Gerrard comes out and says that he is happy": said by nobody yet."""
    for tok in (cue, cue.head if cue.dep_ == "conj" else cue):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
            return True
    return False


#: Verbs of asking someone to act ("urged Mrs May to abandon", "asked Mexican
#: authorities to join", "called on Israel to"): the request made, not a claim.
REQUESTS = frozenset("urge ask press implore beg exhort".split())


def _request(cue) -> bool:
    """"urged Care International to close", "called on X to": someone asked to act."""
    lemma = cue.lemma_.lower()
    if not (lemma in REQUESTS or lemma == "call" and any(
            c.dep_ == "prep" and c.lower_ == "on" for c in cue.children)):
        return False
    # (or the one asked made the subject: "has been asked by the U.S. government to
    # suspend a ruling" is the request of "asked X to", told in the passive)
    asked = any(c.dep_ in ("dobj", "prep", "nsubjpass", "agent") for c in cue.children)
    return any(c.dep_ in ("xcomp", "ccomp") and _infinitive(c)
               and (asked or any(g.dep_ == "nsubj" for g in c.children))
               for c in cue.children) or any(
        c.dep_ == "dobj" and _infinitive_after_relative(c) for c in cue.children)


#: Verbs of telling someone what to do ("warned firms to check", "told fans to stay"):
#: with a person told and an infinitive, a directive like "urged X to" ("warned that …",
#: "warned X that …" state a position and stay one).
DIRECTIVES = frozenset("warn advise remind tell".split())


def _directive(cue) -> bool:
    """"The report warns firms to do better": the one told and what to do, an act."""
    return cue.lemma_.lower() in DIRECTIVES and any(
        c.dep_ == "dobj" for c in cue.children) and any(
        c.dep_ == "xcomp" and _infinitive(c) for c in cue.children) and not any(
        c.dep_ == "ccomp" for c in cue.children)


def _continued_after_quote(cue) -> bool:
    """'"…," Mr Petrov continued.': only the subject between the quotation's closing mark
    and "continued", so the speaker is going on with the quoted words."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.right_edge.i + 1 != cue.i:
        return False
    i = subj.left_edge.i - 1
    return i >= 0 and (cue.doc[i].text in MARKS or cue.doc[i].text == "," and i > 0
                       and cue.doc[i - 1].text in MARKS)


def _medium_reports(cue) -> bool:
    """"…, reports the Daily Mail": a medium's own report told after the claim in the
    inverted order, "reports" after a comma, its subject a name after it (a paper
    relaying another's words has that other as a speaker instead, and is no inverted
    subject)."""
    if cue.lemma_.lower() != "report" or cue.tag_ not in ("VBZ", "VBD") or cue.i == 0 \
            or cue.doc[cue.i - 1].text != ",":
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.i > cue.i and subj.pos_ == "PROPN" \
        and subj.left_edge.i == cue.i + 1 and any(
            c.dep_ == "ccomp" and c.i < cue.i for c in cue.children)


def _named_report(cue, a: int, b: int, in_quote) -> bool:
    """"The Financial Times reported that …", "…, the IFPI reported": a named medium's or
    body's own report of a fact, a clause it states, is speech (a clause that is itself
    another's words, "… X said, AP reported", is relayed, and a nameless "some users
    report" or a thing reported, "reported a loss", is left to the model's kinds)."""
    if cue.lemma_.lower() != "report" or cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN") \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return False
    if cue.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children):
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(t.pos_ == "PROPN" or t.ent_type_ == "ORG"
                                  for t in subject.subtree):
        return False
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and a <= c.i < b), None)
    return clause is not None and clause.lemma_.lower() not in SPEECH | POSITION | {"report"} \
        and content_form(cue.doc, a, b, in_quote) != "quote"  # (a quotation is someone's
    # words the medium relays: '"…," Variety reported, with one person telling it …')


#: Pro-forms that point back at a claim made before rather than state one.
PRO_FORMS = frozenset(("this", "that", "so"))


def _pro_form_said(cue, a: int, b: int) -> bool:
    """"I say this as a fan", "she said so": what is reported is only a pro-form for words
    before it, so the span carries no claim of its own ("said this: …" has them after)."""
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "advmod") and c.lower_ in PRO_FORMS
                and c.i == cue.i + 1 and not list(c.children)), None)
    if obj is None or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return False
    nxt = cue.doc[obj.i + 1] if obj.i + 1 < len(cue.doc) else None
    return not (nxt is not None and nxt.text in MARKS) and a <= obj.i < b


def _infinitive(verb) -> bool:
    return any(g.dep_ == "aux" and g.lower_ == "to" for g in verb.children)


def _infinitive_after_relative(asked) -> bool:
    """"urged people who might be targeted to be alert": the parse hangs the infinitive
    on the relative clause that describes the one asked, yet it is still what they are
    asked to do."""
    # (anywhere below it: "fans who travel to the final to behave" hangs "behave" on
    # "final")
    for rel in (c for c in asked.children if c.dep_ == "relcl"):
        if any(t.i > rel.i and t.pos_ in ("VERB", "AUX") and _infinitive(t)
               for t in rel.subtree):
            return True
    return False


#: What a participle needs after it to report words: a clause, an infinitive.
CLAUSES_AFTER = ("ccomp", "xcomp", "dobj")


def _participle_of_noun(cue) -> bool:
    """"part of an alliance agreed in 2000": a past participle that describes the noun
    before it and has no clause after it tells what was done to the thing, not anything
    said. The parse may read it as the noun's own verb, with a bare singular noun before
    ("part", no article: an apposition, never a source) for its subject and the sentence
    before for its content."""
    if cue.tag_ not in ("VBN", "VBD") or any(c.dep_ in CLAUSES_AFTER and c.i > cue.i
                                            for c in cue.children):
        return False
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i < cue.i:
        return True
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ == "NN" and not subj.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in subj.children) \
        and cue.i > 0 and cue.doc[cue.i - 1].pos_ in ("NOUN", "PROPN") \
        and cue.doc[cue.i - 1].i in {t.i for t in subj.subtree} and cue.doc[cue.i - 1].i != subj.i


def _topic_spoken_of(cue, a: int, b: int) -> bool:
    """"She spoke about the possibility of a merger": what "spoke about" governs, a noun
    phrase with no clause, is the topic, as "talked about" is ("spoke about how …" and
    "spoke of" stay: a clause told, or as often a claim)."""
    if cue.lemma_.lower() != "speak":
        return False
    about = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "about"), None)
    obj = next((g for g in about.children if g.dep_ == "pobj"), None) if about else None
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and a <= obj.i < b and not any(
        t.pos_ in ("VERB", "AUX") for t in cue.doc[a:b]) and not any(
        c.dep_ in ("ccomp", "xcomp") for c in cue.children)


#: Verbs that, over a thing and what it is made ("declared it a protected site", "named
#: him captain", "pronounced them man and wife"), confer a status: an act, as a ruling is.
DESIGNATIONS = frozenset("declare name pronounce proclaim dub".split())
REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves"
                       .split())


def _designation(cue) -> bool:
    """A verb of conferring with an object and its complement but no clause: "UNESCO
    declared it a protected site". One's own state declared ("declared himself innocent")
    is a claim, and so is a clause ("declared that the war was over")."""
    if cue.lemma_.lower() not in DESIGNATIONS:
        return False
    kids = list(cue.children)
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in kids):
        return False
    for c in kids:
        if c.pos_ in ("VERB", "AUX") or c.tag_ == "TO":
            continue
        if c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in REFLEXIVES
                                     for g in c.children) and c.pos_ in ("NOUN", "PROPN", "ADJ"):
            return True  # (the parse's small clause: "it" subject of "site")
        if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ") and any(
                d.dep_ == "dobj" for d in kids):
            return True
    return False


#: Things applied for: denied, they are a decision taken ("denied Farrakhan's application
#: to receive the award", "denied him bail"), not a denial of something said or done.
APPLIED_FOR = frozenset("""
application request permission permit bail visa licence license access entry asylum
petition approval
""".split())


def _denied_application(cue, a: int, b: int) -> bool:
    """The object denied is a thing applied for: its first noun, before any verb (the
    parse may hang "application" elsewhere in a long object)."""
    if cue.lemma_.lower() not in ("deny", "refuse"):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in APPLIED_FOR for c in cue.children):
        return True
    if sum(c.dep_ in ("dobj", "dative") for c in cue.children) >= 2:
        return True  # "An injury denied him the chance to start": withheld, not denied said
    for tok in cue.doc[a:b]:
        if tok.pos_ == "NOUN":
            return tok.lemma_.lower() in APPLIED_FOR
        if tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.dep_ in ("nsubj", "nsubjpass"):
            return False  # (a clause: "denied that it had applied for a visa")
    return False


def _no_comment(cue, a: int, b: int) -> bool:
    """"said the company has no comment on …", "said it would not comment": what was
    said is that nothing is said, as "declined to comment" reports."""
    for c in cue.children:
        if c.dep_ != "ccomp" or not a <= c.i < b:
            continue
        lemma = c.lemma_.lower()
        if lemma == "have" and any(g.dep_ == "dobj" and g.lemma_.lower() == "comment" and any(
                d.dep_ == "det" and d.lower_ == "no" for d in g.children) for g in c.children):
            return True
        if _comment_withheld(c):
            return True
    return False


#: Predicates through which a clause says its subject cannot or will not comment ("we are
#: not able to comment", "we are unable to", "we decline to").
COMMENT_BARRED = frozenset("unable decline refuse".split())
#: Links from a predicate to the verb it governs in "are not able to comment".
COMMENT_CHAIN = ("acomp", "xcomp")


def _comment_withheld(clause) -> bool:
    """The clause's predicate, through the adjectives and infinitives it governs, ends on
    "comment" and is negated or barred on the way ("we are not able to comment on pending
    litigation"): the only thing said is that nothing is said. A second clause joined to it
    ("…, but the claims are baseless") says something, and keeps the item."""
    tok, barred = clause, False
    for _ in range(4):
        barred = barred or tok.lemma_.lower() in COMMENT_BARRED or any(
            g.dep_ == "neg" for g in tok.children)
        if tok.lemma_.lower() == "comment" and tok.pos_ == "VERB":
            return barred and not any(g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")
                                      for t in (clause, tok) for g in t.children)
        tok = next((g for g in tok.children if g.dep_ in COMMENT_CHAIN), None)
        if tok is None:
            return False
    return False


#: Verbs of admission: over a clause ("admitted he had erred") or a gerund ("admitted
#: shooting him") a stated content; over a noun phrase alone a thing conceded.
ADMISSIONS = frozenset("admit concede acknowledge confess".split())


def _thing_conceded(cue, a: int, b: int, in_quote) -> bool:
    """"Mr Hart conceded defeat", "acknowledged the point", "conceded a late goal": a
    noun phrase with no verb is what was given up or granted, an act or a thing, with no
    claim in it (as "announced a media adapter" is a thing announced). Words quoted in it
    are the source's own ('admitted a "sense of frustration"'), and a word for something
    said ("admitted the claims", "responsibility") is a statement: both stay."""
    if cue.lemma_.lower() not in ADMISSIONS or any(in_quote[i] for i in range(a, b)):
        return False
    return content_form(cue.doc, a, b, in_quote) == "phrase" and not _governs_said(
        cue, a, b, "phrase")


def _weighed_or_seen(cue) -> bool:
    """"consider" with a noun or a gerund for its object ("considering the buying of",
    "considering buying"), "note" with a noun phrase and no clause ("noted a heavy
    presence"): what is weighed or perceived. "considered him a risk" (a judgement, with
    its complement) and "noted that …" (a clause) stay claims."""
    lemma = cue.lemma_.lower()
    if lemma not in ("consider", "note") or any(
            c.dep_ in ("ccomp", "oprd", "advcl") or c.dep_ == "xcomp" and c.tag_ != "VBG"
            for c in cue.children):
        return False
    objects = [c for c in cue.children if c.dep_ in ("dobj", "xcomp")]
    if lemma == "consider":
        return any(c.pos_ in ("NOUN", "PROPN") or c.tag_ == "VBG" for c in objects)
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not any(
        g.dep_ in ("relcl", "acl") for g in c.children) for c in objects)


#: Objects of a speech verb that say nothing was said ("said nothing about …", "revealed
#: little"): what follows is the topic left unspoken, as with a negated cue.
NOTHING = frozenset(("nothing", "little", "none"))


def _nothing_said(cue) -> bool:
    """"The ministers said nothing about supporting the dollar", "revealed little": the
    object says nothing was said; a clause the cue governs ("said nothing had changed",
    read with "nothing" as its subject) is a claim, and stays."""
    kids = list(cue.children)
    if cue.lemma_.lower() not in PLAIN or any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return False
    return any(c.dep_ == "dobj" and c.i > cue.i and c.lower_ in NOTHING for c in kids)


def _asked_for(cue) -> bool:
    """"asked for a visa", "have asked for an inquiry to look into …": something
    requested, an act (as "called for" is), whether the parse hangs "for" on the cue or
    makes it the mark of an infinitive clause with its own subject."""
    if cue.lemma_.lower() != "ask":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in cue.children) or any(
        c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > cue.i and any(
            g.dep_ == "mark" and g.lower_ == "for" and g.i == cue.i + 1 for g in c.children)
        for c in cue.children)


#: Verbs of putting forward a plan or an idea: over a bare noun phrase ("the idea of a
#: 'civic commons' was proposed by X") they report a thing put forward, no statement.
PROPOSALS = frozenset("propose suggest recommend".split())


def _thing_proposed(cue, a: int, b: int) -> bool:
    """A proposal verb whose content is its object or passive subject with no verb: the
    thing proposed, whatever term inside it is set in scare quotes ("the idea of a
    'civic commons' was originally proposed by X"). "suggest" over an object in the
    active voice is as often a reading or a forecast ("the poll suggests a tight race"),
    and stays; a clause ("proposed that the ban be lifted") is a claim."""
    lemma = cue.lemma_.lower()
    if lemma not in PROPOSALS or any(t.pos_ in ("VERB", "AUX") for t in cue.doc[a:b]):
        return False
    deps = ("nsubjpass",) if lemma == "suggest" else ("nsubjpass", "dobj")
    return any(c.dep_ in deps and a <= c.i < b and c.pos_ in ("NOUN", "PROPN")
               for c in cue.children)


def _stated_cause(cue) -> bool:
    """"It blamed the results on a wet summer", "The company also cited weak demand": a
    source naming the cause of something, or the reasons it gives, states a position,
    though "blamed" and "cited" as often tell an act ("blamed him", "cited for speeding",
    "a study cited by"). "blame" needs the thing blamed and an "on" for its cause; "cite"
    an active subject and a thing, not a person, cited."""
    lemma, kids = cue.lemma_.lower(), list(cue.children)
    if not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ in ("auxpass", "nsubjpass")
                                                        for c in kids):
        return False
    things = [c for c in kids if c.dep_ == "dobj" and c.i > cue.i and c.pos_ == "NOUN"
              and not c.ent_type_]
    if lemma == "blame":
        # (the parse hangs the "on" on the cue or on the thing blamed)
        return bool(things) and any(c.dep_ == "prep" and c.lower_ == "on" and c.i > things[0].i
                                    for c in kids + _preposition_chain(things[0]))
    return lemma == "cite" and cue.tag_ in FINITE_TAGS and bool(things) \
        and things[0].lemma_.lower() not in AUTHORITIES


def _preposition_chain(noun) -> list:
    """The prepositions hung on ``noun`` and, through their objects, on one another
    ("the delays in the first phase of the plan on …"): the parse may hang a verb's "on"
    on the last noun of its object's chain. (No clause is entered: an "on" inside a
    relative clause is that clause's.)"""
    found, nouns = [], [noun]
    while nouns:
        preps = [c for c in nouns.pop().children if c.dep_ == "prep"]
        found += preps
        nouns += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return found


#: Words that open an embedded question: a topic, not a claim ("why it failed").
WH_WORDS = frozenset("why how what where when whether which who".split())


def topic_before_cue(cue, a: int, b: int) -> bool:
    """"Explaining why the drone has wings, its maker said: "…"": a participle with no
    subject of its own, hung before a verb of saying whose colon opens the words, names
    only the topic (an embedded question); what the same speaker said is after the
    colon, the other cue's item."""
    doc, head = cue.doc, cue.head
    return cue.tag_ == "VBG" and cue.dep_ == "advcl" and head.i > cue.i and a > cue.i \
        and head.lemma_.lower() in SPEECH and doc[a].lower_ in WH_WORDS \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) \
        and head.i + 1 < len(doc) and doc[head.i + 1].text == ":"


#: What is cited as an authority, not as a reason ("cites the landmark ruling of 1984",
#: "cites scripture as a foundation"): a reference made, no claim.
AUTHORITIES = frozenset("""
ruling judgment judgement verdict decision law act statute case precedent scripture bible
verse passage text book article paper study report research survey source example
""".split())


def attribution_of(cue, a: int, b: int, in_quote) -> Optional[str]:
    """The attribution kind of the cue token ``cue`` reporting tokens [a, b)."""
    if cue.text in MARKS:
        return "speech"
    if _generic_speaker(cue) or _hypothetical(cue) or _instrument(cue) or _forecast(cue):
        return None
    if _asked_for(cue):
        return None  # "asked for a visa": an application made, not words reported
    if _pro_form_said(cue, a, b):
        return None  # "I say this as a fan": a pointer to a claim, no claim itself
    if _nothing_said(cue):
        return None  # "said nothing about …": what was not said, as "did not say"
    if cue.text[:1].isupper() and not cue.is_sent_start and cue.i > 0 \
            and cue.doc[cue.i - 1].text not in MARKS:
        return None  # a cue word in a title ("You Said No"), not a verb of saying
    if any(c.dep_ == "compound" and c.i == cue.i - 1 and c.pos_ == "NOUN" for c in cue.children):
        return None  # "Ex-BBC chat show host … has said": a noun the parse took for a verb
    if _request(cue) or _directive(cue):
        return None  # "urged Mrs May to abandon …": a request made, as an order is an act
    if _topic_spoken_of(cue, a, b):
        return None  # "spoke about the possibility of a merger": a topic, no claim
    if _designation(cue):
        return None  # "UNESCO declared it a protected site": a status conferred, an act
    if _story_told(cue):
        return None  # "Sweet Charity tells the story of …": a plot, no one's claim
    if _sympathy_expressed(cue):
        return None  # "expressed its condolences to the families": an act, as "offered
        # condolences" is (a stance has a clause: "expressed hope that …")
    if _event_expected(cue):
        return None  # "A decision is expected by mid-September": the writer's timetable
    if _denied_application(cue, a, b):
        return None  # "denied the charity's application": a decision, as a ruling is
    if _no_comment(cue, a, b):
        return None  # "said the company has no comment": a no-comment
    if cue.lemma_.lower() == "charge" and any(c.dep_ == "dobj" for c in cue.children) and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in cue.children):
        return None  # "charged the inspectors with verifying …", "charged him with murder":
        # a task given or a charge laid, both acts
    if cue.lemma_.lower() == "call" and cue.i + 1 < len(cue.doc) \
            and cue.doc[cue.i + 1].lower_ in ("up", "off"):
        return None  # "Bush can call up to 200,000 reservists", "called off the talks": acts
    if cue.lemma_.lower() == "ask" and cue.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None  # "when asked to reveal the name": asked, not saying
    if cue.lemma_.lower() in INTENTIONS and any(
            c.dep_ == "xcomp" and c.tag_ in ("VB", "VBG") and a <= c.i < b for c in cue.children):
        return None  # "profits it expected to make", "hopes to win": a plan, not a claim
    if _weighed_or_seen(cue):
        return None  # "is considering the buying of jets", "have noted a heavy presence":
        # an option weighed or a thing perceived, no claim (a claim has a clause)
    if any(c.dep_ == "neg" for c in cue.children):
        # "did not say when …", "I don't think it will": what follows was not said.
        return None
    if unsourced(cue):
        return "unsourced"
    if _participle_of_noun(cue):
        return None  # "an alliance agreed in 2000": a thing done, no one speaking
    lemma = cue.lemma_.lower()
    # (spaCy's lemma of "data" is "datum": the word itself counts too)
    if lemma in READINGS and any(c.dep_ == "nsubj" and DATA & {c.lemma_.lower(), c.lower_}
                                 for c in cue.children) or (
            lemma in READINGS and cue.dep_ == "acl"
            and DATA & {cue.head.lemma_.lower(), cue.head.lower_}):
        return None  # "figures show …": the writer reading data, not a source's claim
    if lemma in READINGS and any(c.dep_ == "nsubj" and (
            c.tag_ == "NNS" and c.lemma_.lower() in STUDIES or _research_unowned(c))
            for c in cue.children):
        return None  # "Recent housing market surveys have indicated …", "Some studies
        # suggest", "research shows": several studies read together by the writer ("the
        # survey showed", "a report suggests" are one source's finding)
    if lemma in READINGS and cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp") and not any(
            c.dep_ in SUBJECTS_OF for c in cue.children) and cue.i > 0 \
            and cue.doc[cue.i - 1].text == ",":
        return None  # "King has warned against …, suggesting the MPC is waiting": what the
        # writer reads in the event, not what the source said
    if mistaken_at_a_moment(cue, a, b) or fear_of_the_noun(cue, a, b) \
            or wondered_to_oneself(cue, a, b, in_quote) or found_so(cue) or shown_in_play(cue) \
            or read_in_an_event(cue):
        return None  # "believed he was alone when …", "a move others fear may fail",
        # "wondered if …", "found him a difficult opponent", "he showed he can …", "the
        # win suggested …": a state of mind, an experience, a performance or an event the
        # writer narrates or reads (nlp/minds.py)
    if _thing_proposed(cue, a, b):
        return None  # "the idea of a 'civic commons' was proposed by X": a thing put
        # forward, no statement
    if lemma in MINDS and cue.tag_ == "VBG" and cue.dep_ in ("advcl", "acl"):
        return None  # "investigators, wondering how the assailant could have …, searched":
        # the writer's account of a state of mind beside an act, not a claim anyone made
    if lemma == "say" and cue.i > 0 and cue.doc[cue.i - 1].lower_ == "that" and \
            cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].text == ",":
        return None  # "That said, it is still great fun": an idiom
    if lemma == "say" and cue.i > 0 and cue.doc[cue.i - 1].lower_ == "having" and \
            cue.i + 2 < len(cue.doc) and cue.doc[cue.i + 1].lower_ == "that" and \
            cue.doc[cue.i + 2].text == ",":
        return None  # "Having said that, Burnley are yet to …": the writer's idiom too
    if lemma in CONTINUING and content_form(cue.doc, a, b, in_quote) == "quote" and any(
            0 <= i < len(cue.doc) and cue.doc[i].text in MARKS for i in (cue.i - 1, cue.i + 1)) \
            or lemma in CONTINUING and _continued_after_quote(cue):
        return "speech"
    if _medium_reports(cue) or _named_report(cue, a, b, in_quote):
        return "speech"
    if _stated_cause(cue):
        return "position"  # "blamed the results on …", "cited weak demand": a cause stated
    if lemma in SPEECH or cue.lower_ in SPEECH:
        if _thing_conceded(cue, a, b, in_quote):
            return None  # "conceded defeat", "acknowledged the point": the thing given up
        if lemma in SPEECH_ACTIONS and not _governs_said(
                cue, a, b, content_form(cue.doc, a, b, in_quote)):
            return None
        return "speech"
    if lemma in POSITION:
        if lemma in ACTIONS and _quoted_thing(cue, a, b, in_quote):
            return None
        if lemma in ACTIONS and not _governs_said(cue, a, b, content_form(cue.doc, a, b, in_quote)) \
                and (lemma in READINGS or not any(in_quote[i] for i in range(a, b))):
            # (words quoted inside it are the source's: criticised the "complete
            # irresponsibility" of …; not what it shows: "television showed exiles
            # carrying signs demanding "Freedom"", footage, not a claim)
            return None
        return "position"
    return None


#: Texts that bind ("Rules introduced in 2002 demand that …"): what they require is a
#: provision in force, not a position a source states.
REGULATIONS = frozenset("rule regulation law legislation code guideline directive statute"
                        " constitution treaty charter bylaw".split())
#: Verbs of what a binding text requires.
REQUIRING = frozenset("demand require stipulate mandate oblige dictate prescribe".split())


def regulation_requires(cue, speaker) -> bool:
    """Whether the cue is what a law, rule or regulation requires ("Rules demand that
    cafes be far from schools", "the code requires that …"): no source's position."""
    return speaker is not None and cue.lemma_.lower() in REQUIRING \
        and speaker.lemma_.lower() in REGULATIONS


#: Bodies that decide a case: what they rule, order or find is a legal act.
COURTS = frozenset("court judge tribunal magistrate jury panel".split())
#: What such a body does in deciding ("ruled that …", "ordered the firm to …").
RULINGS = frozenset("rule order decide find sentence fine award".split())
#: Filed papers that charge someone: "the lawsuit accused X of …" is the charge the
#: filing lays, as "X is accused of" is, not a position anybody states.
FILINGS = frozenset("lawsuit suit complaint indictment writ summons petition sheet".split())
#: Verbs of charging.
CHARGING = frozenset("accuse charge".split())


def legal_act(cue, speaker) -> bool:
    """Whether the cue is part of a legal act rather than a statement: a filing's
    charge ("the lawsuit accused two men of theft"), or a "said" coordinated with a
    court's ruling ("a court ruled that … and said it must pay damages"), which carries
    on the ruling (the court's own remarks, "the judge said that …", stay its speech)."""
    if speaker is None:
        return False
    head = speaker.lemma_.lower()
    if cue.lemma_.lower() in CHARGING and head in FILINGS:
        return True
    # (the parse hangs the "and said" on the ruling's clause or on the ruling itself;
    # either way the court is the subject of the ruling verb, and the cue has none)
    return head in COURTS and speaker.dep_ == "nsubj" and speaker.head is not cue \
        and speaker.head.lemma_.lower() in RULINGS and cue.i > speaker.head.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)


def speaker_form(head, entity_label: Optional[str]) -> str:
    if head is None:
        return "none"
    if head.pos_ == "PRON":
        return "pron"
    if entity_label == "PERSON" or head.ent_type_ == "PERSON":
        return "person"
    if head.pos_ == "PROPN" or head.ent_type_:
        return "name"
    return "noun"


def confidence_features(cue_logit: float, attribution: Optional[str], kind: str,
                        speaker: str, form: str, content: str, headline: bool) -> dict:
    """What the calibration weighs: the cue model's score and what the cue, content and
    speaker are."""
    z = max(-6.0, min(6.0, cue_logit))
    a = attribution or "other"
    f = {"z": z, "a=" + a: 1.0, "z|" + a: z, "kind=" + kind: 1.0, "spk=" + speaker: 1.0,
         "form=" + form: 1.0, "content=" + content: 1.0, "a|content=%s|%s" % (a, content): 1.0,
         "a|spk=%s|%s" % (a, speaker): 1.0}
    if headline:
        f["headline"] = 1.0
    return f


class Calibration:
    """A logistic regression over ``confidence_features``: P(the quote is an
    attribution), fitted on PolNeAR dev."""

    def __init__(self, data: dict):
        self.bias = float(data["bias"])
        self.w = {k: float(v) for k, v in data["w"].items()}
        self.threshold = float(data.get("threshold", 0.5))

    def __call__(self, feats: dict) -> float:
        s = self.bias + sum(self.w.get(k, 0.0) * v for k, v in feats.items())
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s)))), 3)


@lru_cache(maxsize=4)
def load_calibration(path: str = str(CALIBRATION_PATH)) -> Optional[Calibration]:
    """The shipped calibration, or None before one is fitted (confidence stays null)."""
    p = Path(path)
    if not p.exists():
        return None
    return read_weights(p, Calibration, "the quote calibration",
                        "Rebuild it with python -m storygraph.nlp.quotes_calibrate")
