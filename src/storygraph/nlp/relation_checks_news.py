"""More readings of an event word's setting, read from the English halves of NTREX dev
(issue 16: where the English reader and the French one disagreed, the English reading
was often the wrong one by PLOVER). Each check reads a kind of setting, never an
article's words: a journey is no concession, a natural force no attacker, a hosting
with no guest no meeting, telling someone to do a thing a demand, a place that labels a
headline no actor (docs/relations.md, "Checks").

Pure functions of spaCy tokens, used by ``relation_checks.retyped``,
``relations.find_relations`` and ``relation_rules.rule_relations`` alike.
"""
from __future__ import annotations

#: Verbs of going: without a thing given back ("returned to El Salvador"), a journey,
#: not PLOVER's CONCEDE (which returns land, prisoners, a prize).
_GOING = frozenset("return go come head travel fly move arrive".split())
#: What strikes without acting: a natural force, a sickness. PLOVER's ASSAULT needs an
#: actor ("a 6.8 magnitude hit south of Java", "a tsunami … killing 700").
_FORCES = frozenset("earthquake quake tremor aftershock magnitude tsunami wave storm "
                    "hurricane typhoon cyclone tornado flood floods flooding rain rains "
                    "snow wind winds fire wildfire blaze avalanche landslide mudslide "
                    "eruption volcano drought heatwave lightning disease virus epidemic "
                    "outbreak".split())
#: Verbs that tell someone to do a thing ("tells US forces to withdraw", "called on
#: the US to stay away", "lobbying them to support"): PLOVER's REQUEST (demand, appeal).
_TELLING = frozenset("tell order instruct direct lobby".split())
_PLACES = frozenset("GPE LOC FAC".split())
#: Verbs of stopping a proposal, and what is proposed ("blocked its membership bids").
_VETOING = frozenset("block obstruct thwart".split())
_PROPOSALS = frozenset("bid bids membership accession application applications deal deals "
                       "merger takeover plan plans proposal proposals resolution resolutions "
                       "bill bills law laws measure measures nomination appointment "
                       "request requests motion reform reforms budget".split())


def _object(verb):
    return any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "dative") for c in verb.children)


def a_journey(trig, kind: str) -> bool:
    """A verb of going with nothing given back ("the three envoys returned to El
    Salvador, Panama and the Dominican Republic"): a journey, no concession. "returned
    the islands to Japan" and "the land was returned" give a thing back, and stay."""
    return kind == "CONCEDE" and trig.pos_ == "VERB" and trig.lemma_.lower() in _GOING \
        and not _object(trig)


def _subject(verb):
    """The subject of a verb, through the clauses that share it ("… a tsunami that
    smashed into the coast, killing 700": the tsunami)."""
    t = verb
    for _ in range(4):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if c.tag_ == "WDT" and t.dep_ == "relcl":
                    return t.head  # "a tsunami that smashed": the tsunami
                return c
        if t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBG"):
            return t.head
        if t.dep_ not in ("advcl", "conj", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
    return None


def a_natural_force(trig, kind: str) -> bool:
    """An attack or a killing by a natural force or a sickness ("a 6.8 magnitude hit
    south of Java", "a tsunami … killing nearly 700"): nobody acted."""
    if kind != "ASSAULT":
        return False
    subj = _subject(trig)
    # "were killed by disease and hunger": a passive's agent is who acted
    agents = [g for c in trig.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    return (subj is not None and subj.lemma_.lower() in _FORCES) or any(
        a.lemma_.lower() in _FORCES for a in agents)


def telling_to(trig) -> bool:
    """Telling or calling on someone to do a thing ("Syria tells US forces to withdraw",
    "called on Syrian refugees to come home", "lobbying them to support"): a demand or an
    appeal, whatever the model read ("called on" is no support nor accusation)."""
    lemma = trig.lemma_.lower()
    if trig.pos_ != "VERB" or not any(c.dep_ == "xcomp" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in trig.children):
        return False
    if lemma in _VETOING:
        return False
    if lemma == "call":
        # "called on the US to"; not "called in administrators on Friday to find …"
        return not any(c.dep_ == "prt" for c in trig.children) and any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
            for c in trig.children)
    return lemma in _TELLING and any(c.dep_ in ("dobj", "dative") for c in trig.children)


def a_veto(trig) -> bool:
    """Blocking a bid, a plan or a law ("Greece, which had blocked its membership bids"):
    PLOVER's REJECT, as a veto is. Blocking a road, a shot or a view is not."""
    return trig.pos_ == "VERB" and trig.lemma_.lower() in _VETOING and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PROPOSALS for c in trig.children)


def told_to(trig) -> bool:
    """An event someone is told or called on to do ("tells US forces to withdraw"): the
    telling is the event (``telling_to``), the deed only asked for."""
    return trig.dep_ == "xcomp" and trig.head.i != trig.i and telling_to(trig.head)


def no_guest(trig, target) -> bool:
    """A hosting that names no guest ("the event hosted by the Consumer Energy
    Alliance", "hosted a reception"), or a discussion of one's own affairs that names no
    other party ("a discuté de son avenir lors d'une assemblée"): the staging of an
    event or a speech, not PLOVER's meeting of two parties. A discussion of anything
    else stays, partner unnamed ("Iraq is discussing negotiations", "the two
    presidents discussed …"), and so does "discussed his future with Sir Alex"."""
    if target is not None:
        return False
    lemma = trig.lemma_.lower()
    if lemma == "host":
        return True
    if lemma != "discuss":
        return False
    things = [c for c in trig.children if c.dep_ == "dobj"]
    things += [g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
               for g in c.children if g.dep_ == "pobj"]
    return any(d.dep_ == "poss" and d.tag_ == "PRP$" for t in things for d in t.children)


def a_label(text: str, start: int, end: int, label: str) -> bool:
    """A place opening a line and followed by a colon ("Londonderry: Men arrested after
    …"): a headline's label saying where, never who acted. Only places: a person's name
    before a colon is a speaker ("Trump: …")."""
    if label not in _PLACES:
        return False
    lo = text.rfind("\n", 0, start) + 1
    return not text[lo:start].strip() and text[end:end + 2].lstrip(" ")[:1] == ":"


def holds_the_word(trig, mention) -> bool:
    """A mention that takes in the event word itself ("Sarah Palin's [Eldest Son
    Arrested]": a title-case headline read as a name) is no end of that event."""
    return mention is not None and mention.start <= trig.idx < mention.end
