"""Readings of an event word that neither PLV's labels nor the parse rules' lexicon
settle, checked on the parse after a type is chosen (docs/relations.md, "Checks").

Each check reads what news copy says around the word: whether a warning threatens
anyone, whether the event is only possible, whether an "attack" is made in words,
whether an event is what someone asks for, and whether a named mention acts for
itself. Pure functions of spaCy tokens, used by ``relations.find_relations`` and
``relation_rules.rule_relations`` alike, so the model and the rules read an event one way.
"""
from __future__ import annotations

import re
from typing import Optional

from .relation_checks_news import a_journey, a_natural_force, telling_to, told_to
from .relation_checks_stance import (a_count, a_court_defence, a_rush, asks_yes_no, backed_off,
                                     backing_down, for_oneself, held_no_meeting,
                                     in_denied_claim)
from .speech_verbs import ANNOUNCING

#: Words that report a warning. PLOVER's THREATEN is a harm the source says it will
#: do; most warnings in news are forecasts ("warned that prices could rise").
WARNING = frozenset("warn warning caution alert".split())
#: Conditions a threat hangs on ("… if Biden does not fulfil", "unless the government
#: rethinks", "… or face sanctions").
_CONDITION = frozenset("if unless otherwise".split())
#: First-person pronouns: "we will retaliate" is the warner's own harm.
_SELF = frozenset("we i us".split())
#: What a warner can do to someone ("warned it would not tolerate a coup", "warned he
#: would expel him"); "warned it was low on cash" names no such deed.
_DEEDS = frozenset("retaliate tolerate respond act take impose expel ban sanction attack "
                   "strike arrest punish sue veto boycott block stop suspend freeze halt "
                   "end quit leave withdraw pull cut reject scrap cancel fire".split())
_THIRD = frozenset("it he she they".split())
#: What a warner can threaten to do in a noun ("warned of military action").
_HARM_NOUNS = frozenset("action strike strikes walkout walkouts reaction retaliation "
                        "sanction sanctions measure measures response reprisal reprisals "
                        "boycott consequences force expulsion".split())
#: Modal auxiliaries that make an event only possible ("would consider", "can
#: appeal", "may ask"); "will" and "must" are left alone: PLV codes announced events.
MODAL = frozenset("may might could would can 'd should ought".split())
#: Verbs whose infinitive is only attempted or intended.
_TRYING = frozenset("try attempt hope plan aim intend seek want wish expect prepare "
                    "seem appear willing unwilling ready prepared eager reluctant "
                    "consider offer propose invite".split())
#: Nouns of an intention or an offer: what they name is not done ("an invitation to
#: meet", "a plan to kill", "a bid to expand").
_INTENTIONS = frozenset("plan plans bid bids attempt attempts offer offers invitation "
                        "proposal proposals intention effort efforts plot".split())
#: Adjectives of a stance towards a deed not done ("wary of agreeing", "afraid of
#: meeting", "keen on"): what they govern is only possible. "guilty of", "proud of",
#: "aware of" name deeds done, and are not here.
_STANCE = frozenset("wary afraid fearful scared nervous cautious hesitant reluctant unwilling "
                    "willing keen eager capable incapable open ready prepared intent "
                    "sceptical skeptical".split())
#: Adjectives whose infinitive has happened ("was able to meet").
_DONE_ADJ = frozenset("able unable first last".split())
_MAYBE = frozenset("probably possibly perhaps maybe likely".split())
#: Nouns an "attack" in words is made on ("attacked Tory plans").
_WORDS = frozenset("plan plans policy policies proposal proposals idea ideas decision "
                   "decisions remark remarks comment comments claim claims speech record "
                   "stance bill budget report reports strategy approach view views "
                   "handling leadership campaign critic critics cost costs".split())
#: Adverbs that say an attack was made in words ("I attack Michael Howard politically").
_IN_WORDS = frozenset("politically verbally publicly personally".split())
#: Verbs of asking: what they govern is asked for, not done ("called for Deutsche
#: Boerse to hold a meeting").
_ASKING = frozenset("ask urge call demand request press appeal want seek".split())
#: Nouns naming people who hold a share in or a tie to an organisation or place
#: without acting for it ("a Deutsche Boerse shareholder", "the US tycoon"): the
#: named qualifier is no actor of their deeds.
_NOT_AGENTS = frozenset("shareholder shareholders investor investors tycoon tycoons magnate "
                        "billionaire businessman businessmen businesswoman fan fans "
                        "customer customers consumer consumers supporter supporters "
                        "viewer viewers listener listeners reader readers "
                        "resident residents holiday-maker holiday-makers tourist tourists "
                        "passenger passengers owner owners creditor creditors".split())
#: Who raids as a search, and what is searched.
_POLICE = frozenset("police policeman officer agent investigator detective inspector "
                    "authority prosecutor official customs".split())
_PREMISES = frozenset("office offices home house premises headquarters flat apartment "
                      "bank firm company".split())
#: Event verbs that mean the same in every kind of copy (plain_spoken).
_PLAIN = frozenset("deny refuse reject accuse blame allege ban arrest charge sue apologise "
                   "apologize agree ask urge demand kill shoot".split())
#: What a refusal to speak refuses: no event, only no statement ("refused to
#: speculate", "declined to elaborate").
_SPEAKING = frozenset("comment speak elaborate speculate say discuss confirm disclose reveal "
                      "detail specify name identify answer respond reply talk explain "
                      "predict guess".split())
#: Verbs of naming a thing so: refusing them withholds a word, not a demand ("refused to
#: call it terrorism"; not "refused to call off the strike").
_NAMING = frozenset("call label term brand describe characterise characterize".split())
#: Aspect verbs whose future goes on rather than comes ("will continue to help").
_GOING_ON = frozenset("continue keep remain stay".split())
#: Heads that put what they complete on a schedule ("was scheduled to meet", "is due to
#: visit"): still to come.
_SCHEDULED = frozenset("schedule due set slate expect pledge promise vow".split())
#: Prepositions that make a named meeting the time or place of another event ("after a
#: cabinet meeting", "at a conference hosted by Brown", "ahead of the meeting").
_SETTING = frozenset("after following before ahead at during since".split())
#: What a price or a rate is charged or yielded in, not an accusation or a concession.
_AMOUNTS = frozenset("fee fees price prices rate rates premium commission tax interest "
                     "percent cent pence rent rents".split())
#: Words marking a noun event as still to come ("their next meeting", "a planned visit").
_COMING = frozenset("next upcoming forthcoming planned proposed future".split())
#: Prepositions of a deed's means ("by attacking Jordan", "through an attack"): a
#: possible deed's means are only possible too.
_MEANS = frozenset("by through via".split())
#: Prepositions of time before now: what they name has happened, whatever follows.
_BEFORE_NOW = frozenset("after since following".split())
_DATE = re.compile(r"\d|\(")
#: Objects of "strike", "cut", "seal" that make an agreement, not a blow.
_DEAL = frozenset("deal deals agreement accord pact bargain compromise settlement".split())


def _verb_of(tok):
    """The verb a noun trigger stands under ("issued a warning" -> issued), or itself."""
    t = tok
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    return t


def warning_word(trig):
    """The warning a trigger reports or stands inside ("warned that prices could
    rise": the model may pick "rise"), else None."""
    t = trig
    for _ in range(4):
        if t.lemma_.lower() in WARNING:
            return t
        if t.dep_ not in ("ccomp", "xcomp", "advcl", "pobj", "prep", "dobj", "conj", "acl") \
                or t.head.i == t.i:
            return None
        t = t.head
    return None


def _conditional(clause) -> bool:
    toks = list(clause.subtree)
    for k, t in enumerate(toks):
        if t.lower_ in _CONDITION:
            return True
        # "should Huawei be given a role": a condition by inversion
        if t.lower_ == "should" and t.dep_ == "aux" and t.i < t.head.i and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > t.i for c in t.head.children):
            return True
        # "stop … or face sanctions", "or else"
        if t.lower_ == "or" and k + 1 < len(toks) and toks[k + 1].lemma_.lower() in ("face", "else", "risk"):
            return True
    return False


def _said(c) -> bool:
    if c.dep_ == "prep" and c.lower_ == "of":
        return True
    if c.dep_ in ("xcomp", "nsubj", "aux", "punct", "neg", "advmod", "prep", "npadvmod"):
        return False
    if c.dep_ == "advcl" and c.i < c.head.i:
        return False  # "With the election predicted for May, MPs warned …": the setting
    if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON"):
        return False  # whom it is told to
    return any(t.pos_ == "VERB" for t in c.subtree)


def _addressed(w) -> bool:
    """A warning told to someone about what will come of their conduct ("warned Mali
    that hiring Wagner fighters would isolate the country", "a warning to Lesotho's
    army that it would not tolerate a coup"), not an admonition ("warned his side not
    to be complacent")."""
    kids = list(w.children)
    told = any(c.dep_ in ("dobj", "dative") for c in kids) or any(
        c.dep_ == "prep" and c.lower_ == "to" for c in kids)
    # what is said: a clause ("that hiring Wagner would …", however the parser hangs it)
    # or "of" a harm; an infinitive ("warned his side not to be complacent") is advice
    said = [c for c in kids if _said(c)]
    # "warned the committee that it might look like interference": a forecast
    return told and bool(said) and not any(
        a.dep_ == "aux" and a.lower_ in ("may", "might", "could", "can") for c in said for a in c.subtree)


def is_threat(trig) -> bool:
    """Whether a THREATEN reading of a warning holds: the harm hangs on a condition or
    is the warner's own ("warned it will retaliate", "warned of walkouts unless …",
    "warned of military action"), or the warning is told to someone about what their
    conduct will bring; "warned that demand would outstrip supply",
    "warned it was low on cash" and "a security warning" are forecasts. A trigger
    outside any warning ("threatened to cut jobs") is left alone."""
    w = warning_word(trig)
    if w is None:
        return True
    scope = _verb_of(w)
    if _conditional(scope):
        return True
    if _addressed(w):
        return True
    for c in w.subtree:
        if c.dep_ == "nsubj" and c.head.i != w.i and (c.lower_ in _SELF or (
                c.lower_ in _THIRD and c.head.lemma_.lower() in _DEEDS)):
            return True
        if c.dep_ == "pobj" and c.head.lower_ in ("of", "about") and c.head.head.i == w.i \
                and c.lemma_.lower() in _HARM_NOUNS:
            return True
    return False


#: Subjects that say nobody did it ("Nobody has been charged", "None of them agreed").
_NOBODY = frozenset("nobody none no-one noone neither".split())


def nobody_did(verb) -> bool:
    """Whether the event's subject says nobody did it or had it done: "Neither Clinton
    nor her allies have been charged", "No one was arrested", "None of them agreed";
    the verb itself carries no "not", so a reading of it is negated all the same."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in _NOBODY or any(
                g.lower_ == "neither" and g.i < c.i or g.dep_ == "det" and g.lower_ == "no"
                for g in c.children):
            return True
    return False


def _reported(verb) -> bool:
    """A clause of reported speech: its "would" is a "will" put in the past ("said
    Moscow would continue to help Bamako"), an announcement, not a hypothesis."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ANNOUNCING


def hypothetical(trig) -> bool:
    """Whether the event is only possible: a modal of possibility on the trigger or on
    the verb it completes ("would consider signing", "may ask", "can appeal"), a
    "probably", or a clause of "if" ("if she agrees"). A negated modal ("could not
    agree") reports that it did not happen, and stays; so does reported speech's
    "would" ("said it would withdraw")."""
    if asks_yes_no(trig):
        return True  # "Has Iran received weapons from Russia?": asked, not told
    t = trig
    for _ in range(3):
        kids = list(t.children)
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in ("have", "need") and any(
                c.dep_ in ("neg", "aux") and c.lower_ in MODAL | {"not", "n't", "never", "will"}
                for c in t.head.children):
            return True  # "will not have to apologise", "may need to ask": not done
        if any(c.dep_ == "neg" for c in kids):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in _MAYBE for c in kids):
            return True
        modals = {c.lower_ for c in kids if c.dep_ == "aux"} & MODAL
        if modals and not (modals <= {"would", "'d"} and _reported(t)):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids):
            return True  # "whether they supported Rubio": an open question
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _TRYING:
            return True  # "trying to strike a deal": not struck yet
        if t.dep_ == "xcomp" and t.head.pos_ == "ADJ" and t.head.lemma_.lower() not in _DONE_ADJ:
            return True  # "likely to support", "would be happy to meet"
        if t.dep_ == "acl" and t.head.lemma_.lower() in _INTENTIONS:
            return True  # "an invitation to meet", "a plan to kill"
        if t.dep_ == "pcomp" and t.head.lower_ in ("of", "about") and \
                t.head.head.pos_ == "ADJ" and t.head.head.lemma_.lower() in _STANCE:
            return True  # "wary of agreeing", "afraid of meeting": only possible
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ in _MEANS:
            # "could start hostilities through an attack or by attacking Jordan": the
            # means of a possible deed is only possible too
            t = _up(t)
            if t is None:
                break
            continue
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            break
        t = t.head
    return False


def in_words(trig) -> bool:
    """An "attack" made in words: on plans or remarks, or while saying or accusing
    ("attacked British imperialists, saying they …")."""
    if trig.lemma_.lower() not in ("attack", "assail", "hit", "slam", "blast", "lambast"):
        return False
    for c in trig.children:
        if c.dep_ in ("dobj", "pobj", "nsubjpass") and c.lemma_.lower() in _WORDS:
            return True
        if c.dep_ == "advmod" and c.lower_ in _IN_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "over") and any(
                g.lemma_.lower() in _WORDS for g in c.children):
            return True
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in (
                "say", "accuse", "call", "describe", "claim", "brand", "label"):
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children):
            return True  # "attacking the EC for backing down": blamed for a deed
    return False


#: What refusing does not do: "refused to rule out an interest" rejects nothing.
_UNDOING = frozenset("rule exclude deny dismiss reject".split())


def not_refused(trig) -> bool:
    """A refusal of a refusal ("refused to rule out", "declined to deny"): no
    rejection, the door is left open."""
    if trig.lemma_.lower() not in ("refuse", "decline"):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _UNDOING for c in trig.children)


#: Every modal auxiliary: those of possibility (MODAL) and of what will or must be.
_MODALS = MODAL | {"will", "shall", "must"}
#: Entity types of states, places and peoples: parties to an agreement, never a remark.
_STATES = frozenset("GPE NORP LOC FAC".split())
#: Modals that only say what might be: a clause agreed with them is an assessment.
_MIGHT = frozenset("may might can".split())


def agreed_with(trig) -> bool:
    """Agreeing with a statement of fact ("advisers agreed the claims were based on
    faulty data") or with nothing named ("Mr Wallace agreed and said"): an opinion
    shared, no agreement to act; "agreed that talks would resume" (a modal: something
    to be done) and "agreed to meet" stay agreements."""
    if trig.lemma_.lower() != "agree":
        return False
    # "agreed that Cruz may struggle", "agreed the dispute … can be settled": a clause
    # of what might be is an assessment shared, however the parser hangs its subject
    if any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _MIGHT for a in c.children)
           for c in trig.children):
        return True
    if any(c.dep_ in ("xcomp", "dobj") for c in trig.children):
        return False
    preps = [c for c in trig.children if c.dep_ == "prep"]
    if preps:
        # "said he agreed with Henman": agreeing with someone named and on nothing
        # is agreeing with what they said; "agreed with China on a ceasefire" stays, and
        # a state or a people agreed with alone is a party (the small model often calls
        # a surname an organisation, so only states are told apart)
        return all(p.lower_ == "with" and any(
            g.dep_ == "pobj" and (g.tag_ == "PRP" or g.pos_ == "PROPN"
                                  and g.ent_type_ not in _STATES)
            for g in p.children) for p in preps) and not any(
            c.dep_ == "ccomp" for c in trig.children)
    clause = next((c for c in trig.children if c.dep_ == "ccomp"), None)
    if clause is None:
        # "Mr Wallace agreed and said …": agreeing with nothing named is assent to a
        # remark, no agreement between actors ("a deal agreed by the ministers" names
        # what was agreed: it stays)
        return not any(c.dep_ in ("advcl", "npadvmod", "acomp", "attr", "pcomp", "agent",
                                  "nsubjpass", "auxpass") for c in trig.children)
    # "agreed there are qualified candidates": an existential's "there" is its subject
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children)


def asked_for(trig) -> bool:
    """Whether the event is what someone asks for ("called for Deutsche Boerse to hold
    an emergency meeting", "urged them to meet"): the request is the event."""
    t = trig
    for _ in range(4):
        purpose = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        # "pcomp": the means of a deed asked for ("urged the senator to prove it by
        # condemning the remarks") is asked for too
        if t.head.i == t.i or not (purpose or t.dep_ in (
                "xcomp", "ccomp", "dobj", "pobj", "prep", "relcl", "acl", "pcomp")):
            return False
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in _ASKING:
            return True
    return False


def no_comment(trig) -> bool:
    """A refusal to speak ("refused to comment", "declined to speculate", "refused to
    be pinned down", "refused to bite back"): no event, only no statement. What is
    refused is a verb of speaking, a passive (being drawn, named or pinned down: made
    to say) or a retort (a verb with "back")."""
    if trig.lemma_.lower() not in ("refuse", "decline"):
        return False
    for c in trig.children:
        if c.dep_ != "xcomp":
            continue
        if c.lemma_.lower() in _SPEAKING:
            return True
        if c.lemma_.lower() in _NAMING and not any(g.dep_ == "prt" for g in c.children):
            return True  # "refusing to call the shooting terrorism": a word withheld
        if any(g.dep_ == "auxpass" for g in c.children):
            return True
        if any(g.dep_ in ("prt", "advmod") and g.lower_ == "back" for g in c.children):
            return True
    return False


def _up(t):
    """The verb a noun or gerund hangs from through its prepositions ("for talks",
    "on arresting", "by attacking"), or None."""
    up = t.head
    if up.lower_ in _BEFORE_NOW:
        return None  # "will invest after signing a deal": the signing is done
    while up.pos_ == "ADP" and up.head.i != up.i:
        up = up.head
    return up if up.pos_ in ("VERB", "AUX") and up.i != t.i else None


def to_come(trig) -> bool:
    """Whether the event is still to come rather than done: a "will" or "shall" (or a
    reported "would") on the event word or on the verb it completes or hangs from
    ("will host a reception", "will meet Insulza for talks", "said the SEC would
    consider"), a schedule or a pledge ("was scheduled to meet", "pledged to ask"), or a
    noun event marked as coming ("their next meeting", "a planned visit"). Not a future
    that goes on ("will continue to help": an event under way), nor the event word's own
    negation ("will not attend": a refusal announced)."""
    t = trig
    for _ in range(4):
        kids = list(t.children)
        if t.lemma_.lower() in _GOING_ON or (t.i == trig.i and any(c.dep_ == "neg" for c in kids)):
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in kids):
            return True
        if any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in kids) and _reported(t):
            return True  # "said the SEC would consider": a reported "will"
        if any(c.dep_ in ("advmod", "amod") and c.lower_ in _COMING for c in kids):
            return True
        if any(c.dep_ in ("npadvmod", "prep") and (c.lower_ == "tomorrow" or any(
                g.dep_ == "amod" and g.lower_ in _COMING for g in c.children)) for c in kids):
            return True  # "a forum meeting next week", "will meet tomorrow"
        if t.i == trig.i and t.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids) and (
                t.dep_ == "ROOT" or t.dep_ in ("relcl", "acl") and t.head.dep_ == "ROOT"
                and t.head.pos_ == "PROPN"):
            # a headline's "Albright to visit Yugoslavia" (or "Blair to meet Chirac",
            # parsed as a clause of the name): a will
            return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _SCHEDULED:
            return True
        if t.dep_ == "xcomp" and t.head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            return True  # "Blair is to join Blunkett in a visit": arranged, to come
        if t.dep_ in ("pcomp", "pobj") and t.head.pos_ == "ADP":
            t = _up(t)
            if t is None:
                break
            continue
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            t = t.head  # the purpose of a deed comes with it ("will make his speech
            continue    # during a visit to support Tory hopefuls")
        # up through what the word completes, is the object of, or is the purpose of
        # ("will leave for Bolivia to attend a summit meeting")
        if t.dep_ not in ("xcomp", "conj", "advcl", "dobj", "ccomp") or t.head.i == t.i \
                or t.dep_ == "ccomp" and t.head.lemma_.lower() in ANNOUNCING:
            break
        t = t.head
    return False


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether a mention stands in a dateline ("MINSK 1996-08-30", "NAIROBI, Kenya
    (AP) _", "TEHRAN, August 8 (Xinhua) --"): a line opening with a place in capitals
    and giving a date or an agency in brackets before the story starts. Where the story
    was filed, never who acted."""
    lo = text.rfind("\n", 0, start) + 1
    if start - lo > 60:
        return False  # a dateline opens its line
    hi = text.find("\n", lo)
    line = text[lo:hi if hi >= 0 else len(text)]
    for cut in (" -- ", " - ", " _", " \u2014"):
        line = line.split(cut, 1)[0]
    first = line.split(",", 1)[0].split(" ", 1)[0]
    return (end <= lo + len(line) and len(line) <= 50 and len(first) >= 3
            and first.isupper() and bool(_DATE.search(line)))


def a_setting(trig) -> bool:
    """A meeting named as the time or place of another event ("announced the decision
    following a cabinet meeting", "at a conference on enterprise hosted by Brown, he
    said"): the meeting is not what is reported."""
    t = trig
    if t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN":
        t = t.head  # "a conference [hosted] by Brown"
    for _ in range(3):
        if t.pos_ != "NOUN" or t.dep_ != "pobj":
            return False
        prep = t.head
        if prep.lower_ == "of" and prep.head.lower_ == "ahead":
            return True
        if prep.dep_ == "prep" and prep.lower_ in _SETTING and prep.head.pos_ in ("VERB", "AUX"):
            return True
        if prep.head.pos_ != "NOUN" or prep.lower_ == "of":
            return False  # "at the end of a visit": the visit is what is reported
        t = prep.head  # "a conference on [enterprise]"
    return False


#: Words of accusing: what they accuse someone of is alleged, not reported as done.
_ACCUSING = frozenset("accuse accusation charge suspect suspicion blame allege allegation "
                      "convict condemn criticise criticize arrest".split())


def alleged(trig) -> bool:
    """An event someone is accused of or condemned for ("accused Ukraine of shelling
    the plant", "condemned Iraqi involvement in an attack"): the accusation is the
    event; the deed's doer is the accused, not the accuser, and the deed is only
    alleged."""
    t = trig
    for _ in range(4):
        if t.dep_ not in ("pcomp", "pobj", "prep", "dobj") or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in _ACCUSING:
            return True
    return False


def an_amount(trig) -> bool:
    """A price charged or a yield in figures ("charges a £10 fee", "fell to yield 7.12
    percent"): trade, no accusation nor concession."""
    for c in trig.children:
        if c.dep_ in ("dobj", "npadvmod", "attr") and (
                c.lemma_.lower() in _AMOUNTS or c.like_num or c.ent_type_ in ("MONEY", "PERCENT")):
            return True
        # "charged his campaign for rent": what is charged for is a price, not a crime
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _AMOUNTS for g in c.children):
            return True
    return False


def a_deal(trig) -> bool:
    """"strike a deal", "cut a deal": an agreement, never a blow."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _DEAL for c in trig.children)


def agent_noun(noun) -> bool:
    """Whether a noun names someone who acts for what qualifies it ("Mali's government",
    "Labour's election chief"), not a shareholder, fan or former director of it."""
    while noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.lemma_.lower() in _NOT_AGENTS or noun.lower_ in _NOT_AGENTS:
        return False
    return not any(c.lower_ in ("former", "ex") for c in noun.children if c.dep_ == "amod")


def acts_for_itself(head) -> bool:
    """Whether a named mention can stand for whoever its phrase names: not when it only
    says whose shareholder, fan, owner or former director the actor is ("another
    Deutsche Boerse shareholder", "the US tycoon", "former Enron directors", "the
    four owners of Rover")."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        return agent_noun(head.head.head)
    if head.dep_ not in ("compound", "amod", "poss", "nmod") or head.head.i == head.i:
        return True
    return agent_noun(head.head)


def a_search(trig) -> bool:
    """A raid by police or agents, or on offices and homes, is a search (PLOVER's
    COERCE), not an armed assault ("federal agents raided HealthSouth's offices")."""
    if trig.lemma_.lower() not in ("raid", "search", "storm"):
        return False
    near = [c for c in trig.children if c.dep_ in ("nsubj", "dobj", "compound")]
    near += [g for c in trig.children if c.dep_ in ("agent", "prep") for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _POLICE or t.lemma_.lower() in _PREMISES for t in near)


def plain_spoken(trig) -> bool:
    """An event verb whose sense does not change in sport, showbusiness or product copy
    ("Baros denied reports", "UK Athletics agreed a deal", "blamed England's results",
    "banned from the auction"), unlike "meet", "defend", "attack", "host" or "support",
    which a match report or a launch uses for play and praise. Not in the passive
    ("were denied a penalty" is play) and, for "agree", only agreeing a thing or to do
    one ("agree with him" is an opinion)."""
    lemma = trig.lemma_.lower()
    if trig.pos_ != "VERB" or lemma not in _PLAIN:
        return False
    kids = list(trig.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return False
    if lemma == "agree":
        return any(c.dep_ in ("dobj", "xcomp") for c in kids)
    if lemma == "deny" and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in kids) and not any(
            c.dep_ in ("dative", "ccomp") for c in kids):
        return False  # "stood up well to deny Jacobs": a save; "denied him a visa" stays
    return True


def retyped(trig, kind: str) -> Optional[str]:
    """The type an event word is read as once its setting is checked: None when it is
    no event at all ("refused to comment", a warning that threatens no one, an event
    someone only asks for: the asking is its own relation), else ``kind`` or the type
    its setting calls for (a verbal attack is an accusation, "struck a deal" an
    agreement)."""
    if no_comment(trig):
        return None
    if kind == "REJECT" and not_refused(trig):
        return None  # "refused to rule out an interest"
    if kind == "AGREE" and agreed_with(trig):
        return None  # "agreed the claims were based on faulty data"
    if a_journey(trig, kind) or a_natural_force(trig, kind):
        return None  # "returned to El Salvador", "a tsunami … killing 700"
    if backed_off(trig, kind):
        return "CONCEDE" if backing_down(trig) else None  # "backed down", "backed out"
    if a_count(trig, kind) or a_rush(trig, kind) or a_court_defence(trig, kind) \
            or held_no_meeting(trig, kind) or for_oneself(trig, kind):
        return None  # "60 percent … now support Trump", "charged into the debate"
    if in_denied_claim(trig):
        return None  # "denied a report that Morocco was refusing entry"
    if telling_to(trig):
        return "REQUEST"  # "called on the US to stay away": an appeal, whatever was read
    if kind not in ("REQUEST", "THREATEN", "REJECT") and told_to(trig):
        return None  # "tells US forces to withdraw": the telling is the event
    if kind == "CONSULT" and a_setting(trig):
        return None
    if kind not in ("ACCUSE", "COERCE") and alleged(trig):
        return None
    if kind in ("ACCUSE", "CONCEDE", "YIELD") and an_amount(trig):
        return None
    if kind == "THREATEN" and not is_threat(trig):
        return None
    if kind == "ASSAULT" and a_deal(trig):
        return "AGREE"
    if kind == "ASSAULT" and in_words(trig):
        return "ACCUSE"
    if kind == "ASSAULT" and a_search(trig):
        return "COERCE"
    if kind not in ("REQUEST", "THREATEN", "REJECT") and asked_for(trig):
        return None
    if kind == "SUPPORT" and its_own(trig):
        return None
    return kind


#: Possessives that make a defended thing the defender's own.
_OWN = frozenset("his her its their our my own".split())


def its_own(trig) -> bool:
    """A defence of one's own stance, party or decision ("defended his policies",
    "defending its own decision"): an opinion held, no support given to another."""
    if trig.lemma_.lower() not in ("defend", "defence", "defense", "justify"):
        return False
    things = [c for c in trig.children if c.dep_ in ("dobj", "pobj")]
    things += [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    def own(t, depth=0):
        # "his party's attitude": whose it is, through a possessor's possessor
        return any(g.dep_ in ("poss", "amod") and (g.lower_ in _OWN or depth < 1 and own(g, 1))
                   for g in t.children)
    return any(own(t) for t in things)
