"""Cues that report nobody's words: each reading here tells that a cue the model scored is
an act, a request, a forecast, a plot, a topic or a decision rather than what its source
says or holds ("urged X to …", "declared it a protected site", "will undoubtedly claim",
"tells the story of …", "spoke about the merger", "denied the application", "has no
comment"), and ``attribution.attribution_of`` gives such a cue no kind.

Apart from nlp/attribution.py because each stands alone and they are many; the entry
reads them in order, and the words they share with it are in nlp/cue_kinds.py.
"""
from __future__ import annotations

from .cue_kinds import FINITE_TAGS, MARKS, POSITION, SAID_NOUNS, content_form, governs_said
from .speech_verbs import PLAIN


def quoted_thing(cue, a: int, b: int, in_quote) -> bool:
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


#: Who, said of with "who", is a kind of person rather than a source ("anybody who says").
GENERIC = frozenset("anybody anyone everybody everyone somebody someone nobody whoever those"
                    .split())


def generic_speaker(cue) -> bool:
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


def instrument(cue) -> bool:
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


def forecast(cue) -> bool:
    """"Mr Brown will undoubtedly claim …", "he will argue, while suggesting …": the
    writer foretelling a stance, not a source stating one. A speech announced ("he will
    say in a speech on Monday") is words released ahead, and stays."""
    tok = cue.head if cue.dep_ in ("advcl", "conj") and cue.tag_ == "VBG" else cue
    return tok.lemma_.lower() in POSITION and any(
        c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children)


#: Feelings a source shows towards others, an act with no claim ("expressed its
#: condolences", "expressed sympathy").
SYMPATHIES = frozenset(("condolence", "condolences", "sympathy", "sympathies", "sorrow", "grief"))


def sympathy_expressed(cue) -> bool:
    """"expressed its condolences to the families of the victims": no clause said."""
    return cue.lemma_.lower() == "express" and any(
        c.dep_ == "dobj" and c.lower_ in SYMPATHIES for c in cue.children) and not any(
        c.dep_ in ("ccomp", "xcomp") for c in cue.children)


#: Narratives that a work or a teller "tells" ("tells the story of Charity"): a plot or
#: an account as a whole, never a clause anyone claims.
NARRATIVES = frozenset(("story", "tale", "saga", "history", "fable", "legend"))


def story_told(cue) -> bool:
    """"Sweet Charity tells the story of Charity Hope Valentine": the object told is a
    narrative, so what follows is its subject matter, not words said."""
    return cue.lemma_.lower() in ("tell", "recount", "narrate", "relate") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in NARRATIVES for c in cue.children)


def event_expected(cue) -> bool:
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


def hypothetical(cue) -> bool:
    """"The key is if Gerrard comes out and says that he is happy": said by nobody yet."""
    for tok in (cue, cue.head if cue.dep_ == "conj" else cue):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
            return True
    return False


#: Verbs of asking someone to act ("urged Mrs May to abandon", "asked Mexican
#: authorities to join", "called on Israel to"): the request made, not a claim.
REQUESTS = frozenset("urge ask press implore beg exhort".split())


def request(cue) -> bool:
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


def directive(cue) -> bool:
    """"The report warns firms to do better": the one told and what to do, an act."""
    return cue.lemma_.lower() in DIRECTIVES and any(
        c.dep_ == "dobj" for c in cue.children) and any(
        c.dep_ == "xcomp" and _infinitive(c) for c in cue.children) and not any(
        c.dep_ == "ccomp" for c in cue.children)


#: Pro-forms that point back at a claim made before rather than state one.
PRO_FORMS = frozenset(("this", "that", "so"))


def pro_form_said(cue, a: int, b: int) -> bool:
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


def participle_of_noun(cue) -> bool:
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


def topic_spoken_of(cue, a: int, b: int) -> bool:
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


def designation(cue) -> bool:
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


def denied_application(cue, a: int, b: int) -> bool:
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


def no_comment(cue, a: int, b: int) -> bool:
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


def thing_conceded(cue, a: int, b: int, in_quote) -> bool:
    """"Mr Hart conceded defeat", "acknowledged the point", "conceded a late goal": a
    noun phrase with no verb is what was given up or granted, an act or a thing, with no
    claim in it (as "announced a media adapter" is a thing announced). Words quoted in it
    are the source's own ('admitted a "sense of frustration"'), and a word for something
    said ("admitted the claims", "responsibility") is a statement: both stay."""
    if cue.lemma_.lower() not in ADMISSIONS or any(in_quote[i] for i in range(a, b)):
        return False
    return content_form(cue.doc, a, b, in_quote) == "phrase" and not governs_said(
        cue, a, b, "phrase")


def weighed_or_seen(cue) -> bool:
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


def nothing_said(cue) -> bool:
    """"The ministers said nothing about supporting the dollar", "revealed little": the
    object says nothing was said; a clause the cue governs ("said nothing had changed",
    read with "nothing" as its subject) is a claim, and stays."""
    kids = list(cue.children)
    if cue.lemma_.lower() not in PLAIN or any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return False
    return any(c.dep_ == "dobj" and c.i > cue.i and c.lower_ in NOTHING for c in kids)


def asked_for(cue) -> bool:
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


def thing_proposed(cue, a: int, b: int) -> bool:
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
