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

The kinds' words and the readings of what a cue governs are in nlp/cue_kinds.py, the
cues that report nobody's words in nlp/non_attributions.py (states of mind in
nlp/minds.py); this module reads a cue through them in order.

``confidence_features`` are what the calibration (models/quotes/calibration.json,
fitted on PolNeAR dev by nlp/quotes_calibrate.py) turns into a probability.
"""
from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .cue_kinds import (ACTIONS, FINITE_TAGS, MARKS, POSITION, READINGS, SPEECH,
                        SPEECH_ACTIONS, content_form, governs_said, unsourced)
from .minds import (fear_of_the_noun, found_so, mistaken_at_a_moment, read_in_an_event,
                    shown_in_play, wondered_to_oneself)
from .non_attributions import (asked_for, denied_application, designation, directive,
                               event_expected, forecast, generic_speaker, hypothetical,
                               instrument, no_comment, nothing_said, participle_of_noun,
                               pro_form_said, quoted_thing, request, story_told,
                               sympathy_expressed, thing_conceded, thing_proposed,
                               topic_spoken_of, weighed_or_seen)
from .weights import read_weights

CALIBRATION_PATH = Path(__file__).resolve().parents[1] / "models" / "quotes" / "calibration.json"

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

#: Verbs of a state of mind, which a participle beside an act tells of ("fearing he would be
#: seen"), not a source.
MINDS = frozenset("wonder fear worry hope believe think suspect".split())
#: Verbs of intention: over an infinitive ("expects to make") or a gerund ("is
#: considering building") they report a plan.
INTENTIONS = frozenset("expect hope plan intend aim want seek consider".split())
SPEAKER_FORMS = ("none", "pron", "person", "name", "noun")


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
    if generic_speaker(cue) or hypothetical(cue) or instrument(cue) or forecast(cue):
        return None
    if asked_for(cue):
        return None  # "asked for a visa": an application made, not words reported
    if pro_form_said(cue, a, b):
        return None  # "I say this as a fan": a pointer to a claim, no claim itself
    if nothing_said(cue):
        return None  # "said nothing about …": what was not said, as "did not say"
    if cue.text[:1].isupper() and not cue.is_sent_start and cue.i > 0 \
            and cue.doc[cue.i - 1].text not in MARKS:
        return None  # a cue word in a title ("You Said No"), not a verb of saying
    if any(c.dep_ == "compound" and c.i == cue.i - 1 and c.pos_ == "NOUN" for c in cue.children):
        return None  # "Ex-BBC chat show host … has said": a noun the parse took for a verb
    if request(cue) or directive(cue):
        return None  # "urged Mrs May to abandon …": a request made, as an order is an act
    if topic_spoken_of(cue, a, b):
        return None  # "spoke about the possibility of a merger": a topic, no claim
    if designation(cue):
        return None  # "UNESCO declared it a protected site": a status conferred, an act
    if story_told(cue):
        return None  # "Sweet Charity tells the story of …": a plot, no one's claim
    if sympathy_expressed(cue):
        return None  # "expressed its condolences to the families": an act, as "offered
        # condolences" is (a stance has a clause: "expressed hope that …")
    if event_expected(cue):
        return None  # "A decision is expected by mid-September": the writer's timetable
    if denied_application(cue, a, b):
        return None  # "denied the charity's application": a decision, as a ruling is
    if no_comment(cue, a, b):
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
    if weighed_or_seen(cue):
        return None  # "is considering the buying of jets", "have noted a heavy presence":
        # an option weighed or a thing perceived, no claim (a claim has a clause)
    if any(c.dep_ == "neg" for c in cue.children):
        # "did not say when …", "I don't think it will": what follows was not said.
        return None
    if unsourced(cue):
        return "unsourced"
    if participle_of_noun(cue):
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
    if thing_proposed(cue, a, b):
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
        if thing_conceded(cue, a, b, in_quote):
            return None  # "conceded defeat", "acknowledged the point": the thing given up
        if lemma in SPEECH_ACTIONS and not governs_said(
                cue, a, b, content_form(cue.doc, a, b, in_quote)):
            return None
        return "speech"
    if lemma in POSITION:
        if lemma in ACTIONS and quoted_thing(cue, a, b, in_quote):
            return None
        if lemma in ACTIONS and not governs_said(cue, a, b, content_form(cue.doc, a, b, in_quote)) \
                and (lemma in READINGS or not any(in_quote[i] for i in range(a, b))):
            # (words quoted inside it are the source's: criticised the "complete
            # irresponsibility" of …; not what it shows: "television showed exiles
            # carrying signs demanding "Freedom"", footage, not a claim)
            return None
        return "position"
    return None


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
