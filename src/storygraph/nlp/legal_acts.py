"""Cues that are part of a legal act rather than a statement: what a law, rule or
regulation requires ("Rules demand that …"), a filing's charge ("the lawsuit accused …"),
a "said" that carries on a court's ruling.

Apart from nlp/attribution.py because they read the cue with its speaker, which the quote
stage finds after the cue's kind (nlp/quotes.py then gives such a quote no kind).
"""
from __future__ import annotations

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
