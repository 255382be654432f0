"""States of mind the writer narrates, which no source states (issue 11).

A verb of belief or fear reports a position when someone holds it out ("many people
believe the plan will fail"); two forms of it are the writer's account instead:
- ``mistaken_at_a_moment``: a belief set at a past moment by a `when` clause ("She believed
  she was alone when the door opened"): the story of what someone had in mind then,
  usually as it proved wrong, never a claim put to anyone; so is a past belief about the
  believer's own situation that a "but" clause of the events then overturns ("He thought
  he had scored, but the flag was up");
- ``fear_of_the_noun``: a fear or hope of unnamed others inside a relative clause whose
  content has no subject of its own ("a move that others fear may be reckless"): the
  writer's gloss on the noun, how it is seen, not words or a stance anyone voiced;
- ``wondered_to_oneself``: a question someone turned over ("He wondered if there might be
  a way to …", "fans were wondering what would happen if …"), unless a quotation or
  "aloud" shows it was put to anyone;
- ``found_so``: how someone found a thing or a person ("found the winger a difficult
  opponent", "found him to be difficult"), an experience told, not a finding stated (a
  study's or a survey's, "the survey found prices to be higher", stays);
- ``shown_in_play``: what a person "showed" or "demonstrated" ("He showed he can control
  a game"): the writer judging a performance, not a finding anyone stated (a study's, a
  survey's or a report's "showed that …" stays).
"""
from __future__ import annotations

#: Verbs of a state of mind (a belief, a fear, a hope).
MIND_VERBS = frozenset("believe think fear worry hope suspect assume".split())
#: Subjects that are a share of people no one names ("others fear", "some hope").
SHARES = frozenset(("many", "some", "others", "most", "few", "several"))
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
def _past(verb) -> bool:
    return verb.tag_ == "VBD" or verb.tag_ in ("VBG", "VBN") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def mistaken_at_a_moment(cue, a: int, b: int) -> bool:
    """A belief in the past simple whose clause, in the past too, holds a `when` clause
    of a past event: what the subject had in mind at that moment."""
    if cue.lemma_.lower() not in MIND_VERBS or cue.tag_ != "VBD":
        return False
    for c in cue.children:
        if c.dep_ != "ccomp" or not a <= c.i < b or not _past(c):
            continue
        if any(g.dep_ == "advcl" and g.tag_ == "VBD" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ == "when" and m.i < g.i
                for m in g.children) for g in c.children):
            return True
        if _self_belief_overturned(cue, c):
            return True
    return False


#: Personal pronouns: a belief in the past about "he" / "she" is one's own situation.
SELVES = frozenset("i he she we they".split())


def _self_belief_overturned(cue, clause) -> bool:
    # "He thought he was in for a try, but the pass was forward": what someone took his
    # own situation to be, then a "but" clause of the events that overturned it, is a
    # moment narrated; a view on a matter ("thought the plan was wrong, but …") keeps
    # its own subject and stays
    if not any(g.dep_ == "nsubj" and g.lower_ in SELVES for g in clause.children):
        return False
    kids = list(cue.children)
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in kids) and any(
        c.dep_ == "conj" and c.i > clause.i and _past(c)
        and any(g.dep_ in SUBJECTS for g in c.children) for c in kids)


def fear_of_the_noun(cue, a: int, b: int) -> bool:
    """Unnamed others' fear or hope over a finite clause with no subject: the subject is
    the noun a relative clause hangs on ("a move that others fear may be reckless")."""
    if cue.lemma_.lower() not in MIND_VERBS:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in SHARES or any(True for _ in subject.children):
        return False
    return any(c.dep_ == "ccomp" and a <= c.i < b and c.i > cue.i and _finite(c)
               and not any(g.dep_ in SUBJECTS for g in c.children) for c in cue.children)


def _finite(verb) -> bool:
    # (a finite verb with no subject has one elsewhere: the relative clause's noun)
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        g.dep_ in ("aux", "auxpass") and g.tag_ in ("VBD", "VBZ", "VBP", "MD") for g in verb.children)


#: Words that open an embedded yes/no question.
QUESTION_MARKS = frozenset(("if", "whether"))
#: Words that open an embedded wh-question ("wondered what would happen", "how he would").
WH_WORDS = frozenset("what how why who whom whose when where which".split())


def wondered_to_oneself(cue, a: int, b: int, in_quote) -> bool:
    """"wonder" over an if/whether clause or a wh-question ("wondering what would happen
    if …"): a question in someone's mind, which the writer narrates; "wondered aloud
    whether …" or a quotation inside the content was voiced."""
    if cue.lemma_.lower() != "wonder" or any(
            c.dep_ == "advmod" and c.lower_ == "aloud" or _first_person(c) for c in cue.children):
        return False   # ("I wonder if …": the source asking it, in its own words)
    if any(in_quote[i] for i in range(a, b)):
        return False
    if _among_things_said(cue):
        return False   # ("opponents said …, complained …, and wondered why …": voiced)
    return any(c.dep_ in ("ccomp", "advcl") and a <= c.i < b and (any(
        g.dep_ == "mark" and g.lower_ in QUESTION_MARKS for g in c.children)
        # (the wh-word opens the clause, whatever role the parse gives it; told in the
        # past, as a story is: "analysts wonder how strong …" is a doubt they hold out)
        or c.dep_ == "ccomp" and _past(cue) and c.left_edge.i > cue.i
        and c.left_edge.lower_ in WH_WORDS)
        for c in cue.children)


#: Verbs of saying: a question "wondered" in a row of them was put, not turned over.
VOICED = frozenset("say tell ask complain argue claim insist add state write protest".split())


def _among_things_said(cue) -> bool:
    tok = cue
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in VOICED:
            return True
    return False


#: What states a finding when it "finds": a study, a report, an inquiry.
FINDERS = frozenset("""
survey poll study report research review inquiry investigation analysis audit census test
trial panel commission committee probe
""".split())


def found_so(cue) -> bool:
    """"find" with an object and what it was found to be, and no finite clause: "found
    Wright-Phillips to be a difficult opponent", "found the pitch heavy". A study or a
    body that reports a finding ("the survey found prices to be higher") stays a source,
    and "found that …" is left as it was."""
    if cue.lemma_.lower() != "find":
        return False
    kids = list(cue.children)
    subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (subject.lemma_.lower() in FINDERS or subject.ent_type_ == "ORG"
                                or _first_person(subject)):
        return False   # ("I find it hard to believe that …": a view its holder voices)
    if any(c.dep_ in ("ccomp", "advcl") and _finite(c) for c in kids):
        return False
    return any(c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children)
               or c.dep_ in ("oprd", "xcomp") and c.pos_ in ("ADJ", "NOUN")
               and any(d.dep_ == "dobj" for d in kids) for c in kids)


def _first_person(tok) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("i", "we")


#: Verbs of showing: a finding when a study shows it, a performance when a person does.
SHOWING = frozenset(("show", "demonstrate"))
#: Pronouns for persons: "he showed he can …" is a player at work, not a source.
PERSONAL = frozenset("he she they i we you".split())


def shown_in_play(cue) -> bool:
    """"He showed he can control a game", "Smith demonstrated that she is fit": a person
    who shows a thing does it; the claim is the writer's reading of the play (a study,
    survey, report or firm that shows a thing states a finding, and stays)."""
    if cue.lemma_.lower() not in SHOWING:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() not in FINDERS and (
        subject.lower_ in PERSONAL or subject.ent_type_ == "PERSON")


#: Verbs the writer reads a sign with: what an event "suggests" or "shows" is an inference.
SIGNS = frozenset(("suggest", "show", "indicate", "signal"))
#: Outcomes of a contest or a vote, events the writer reads (as figures are data).
OUTCOMES = frozenset(("win", "victory", "defeat", "loss", "draw", "triumph", "performance",
                      "display", "collapse", "demolition", "thrashing", "rout", "comeback"))


def _an_event(noun) -> bool:
    """A result or a nominalised act ("the team's win", "England's dismantling of the
    Springboks"): something that happened, no person, body, report or survey stating."""
    if noun.lemma_.lower() in FINDERS or noun.ent_type_:
        return False
    if noun.lemma_.lower() in OUTCOMES:
        return True
    # a gerund heading a subject with its object in an of-phrase is a noun whatever the
    # tagger says: with no determiner before it (a paragraph opening in lowercase after a
    # lost link) it is tagged a verb
    return noun.tag_ in ("NN", "VBG") and noun.lower_.endswith("ing") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def read_in_an_event(cue) -> bool:
    """"The side's win suggested they still have the players": the writer's inference
    from an event, no attribution ("the report suggested …", "the minister suggested …"
    stay a source's)."""
    if cue.lemma_.lower() not in SIGNS:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subject is not None and _an_event(subject)
