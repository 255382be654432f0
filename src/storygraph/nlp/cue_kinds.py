"""The words of the kinds a cue gives a quote (speech, position, unsourced) and the
parse readings that decide between them: whether a verb as often an act governs something
said (``governs_said``), whether a passive cue has no agent (``unsourced``, ``agent_of``),
and the form of what a cue reports (``content_form``).

Apart from nlp/attribution.py, which reads a cue through them, so that the readings that
rule a cue out (nlp/non_attributions.py) and the quote stage's other rules share the words
without importing the entry that imports those readings.
"""
from __future__ import annotations

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
#: What data is said to do when the writer reads it.
READINGS = frozenset("show suggest indicate".split())
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


def governs_said(cue, a: int, b: int, form: str) -> bool:
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


def _designated(cue, clause) -> bool:
    """"Ofcom has declared 056 to be the area code": a speech verb that is as often an
    act, over an infinitive with its own subject, names a thing (an act), not a claim."""
    return cue.lemma_.lower() in SPEECH_ACTIONS and any(
        g.dep_ == "aux" and g.tag_ == "TO" for g in clause.children) and any(
        g.dep_ == "nsubj" for g in clause.children)
