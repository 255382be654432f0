"""The parse rules: relations read from the parse by a small lexicon, without the model.

``rule_relations(doc, mentions, quotes)`` looks for verbs of a small lexicon (below),
takes their subject as the source and their object (or the object of "to", "with",
"against", "on") as the target, each resolved to the entity mentioned there. An edge
needs at least one named end: precision before recall, since an analyst must trust each
edge. Conjoined subjects give one relation each ("Mali and Russia denied …"); a passive
swaps the ends ("X was accused by Y"); "receive … from X" makes X the source. A relation
inside reported speech records who reports it (``reporter_entity``); a negated verb
("did not attack") sets ``negated``. Apart from nlp/relations.py, which merges these with
the model's relations.
"""
from __future__ import annotations

from typing import Optional

from .extensions import text_of
from .token_table import TokenTable
from ..types import Entity, Quote, Relation, Span
from .relation_checks import nobody_did, retyped
from .relation_checks_news import a_veto, holds_the_word, no_guest, telling_to
from .relation_parse import Mentions, TARGET_PREPS, objects_of, reporter_of, subjects_of

#: Nouns that name an event, and the type ("on a visit to Mali", "a troop drawdown").
NOUNS = {"visit": "CONSULT", "talks": "CONSULT", "meeting": "CONSULT", "drawdown": "RETREAT",
         "withdrawal": "RETREAT", "pullout": "RETREAT", "attack": "ASSAULT", "invasion": "ASSAULT",
         "sanctions": "SANCTION", "accusation": "ACCUSE", "allegation": "ACCUSE"}
#: Verbs of asking whose object noun is what is asked for ("want Russia's help").
_WANTING = {"want", "seek", "need", "request"}
#: Verb lemma -> PLOVER type. General verbs only, documented in docs/relations.md.
LEXICON = {
    **dict.fromkeys("agree sign ratify".split(), "AGREE"),
    **dict.fromkeys("meet visit host consult discuss negotiate".split(), "CONSULT"),
    **dict.fromkeys("support back endorse praise defend welcome".split(), "SUPPORT"),
    **dict.fromkeys("concede apologize apologise yield".split(), "CONCEDE"),
    **dict.fromkeys("cooperate collaborate ally partner hire recruit".split(), "COOPERATE"),
    **dict.fromkeys("help aid assist supply fund finance arm train".split(), "AID"),
    **dict.fromkeys("withdraw retreat evacuate".split(), "RETREAT"),
    **dict.fromkeys("ask request urge appeal demand".split(), "REQUEST"),
    **dict.fromkeys("accuse blame allege charge criticize criticise condemn denounce".split(), "ACCUSE"),
    **dict.fromkeys("deny reject refuse dismiss rebuff veto".split(), "REJECT"),
    **dict.fromkeys("threaten warn".split(), "THREATEN"),
    **dict.fromkeys("protest boycott".split(), "PROTEST"),
    **dict.fromkeys("sanction ban expel embargo".split(), "SANCTION"),
    **dict.fromkeys("mobilize mobilise deploy".split(), "MOBILIZE"),
    **dict.fromkeys("arrest detain seize confiscate coerce".split(), "COERCE"),
    **dict.fromkeys("attack bomb invade shell kill strike raid".split(), "ASSAULT"),
}


def _passive_form(verb) -> bool:
    """A passive verb whose subject is stated elsewhere: "having been charged … and
    denied bail", "was arrested and denied bail" (the conjunct shares the auxiliary);
    or a headline's participle, which drops its auxiliary ("CHRISTIE AND JOHNSON ASKED
    TO JOIN OWENS' TRIBUTE", "Wagner accused of war crimes"): a headline gives the past
    as a participle, its deeds in the present ("Mali asks Russia for help")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if _in_headline(verb) and verb.lower_.endswith("ed") and not any(
            c.dep_ in ("aux", "dobj", "dative", "iobj") for c in verb.children):
        return True
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.head.children))


def _says_no(clause) -> bool:
    """Whether a clause itself says no ("there are no paramilitaries", "it did not
    send"), not a clause inside it ("maintains that it filed in the US because it feared
    it would not be able to in Russia": a claim, no denial)."""
    return any(t.dep_ == "neg" or t.lower_ == "no" for c in clause.children
               for t in (c, *c.children) if c.dep_ not in ("advcl", "ccomp", "relcl", "acl",
                                                            "xcomp", "prep"))


def _in_headline(tok) -> bool:
    """Whether the word stands in a headline: the article's first line, a line of its
    own ending with no full stop (a first sentence of prose has one; a text of one
    sentence is no article with a headline), or a line in capitals."""
    sent = tok.sent
    text = sent.text.strip()
    letters = [c for c in text if c.isalpha()]
    own_line = "\n" in sent.text_with_ws or text_of(tok.doc)[sent.end_char:sent.end_char + 1] == "\n"
    return (sent.start == 0 and own_line and bool(text)
            and (text[-1] not in ".!?\"'\u201d:" or _title_case(text))) \
        or (len(letters) > 8 and all(c.isupper() for c in letters))


def _title_case(text: str) -> bool:
    """A line whose every word opens with a capital ("Boris Johnson Accused Of Misleading
    Voters Over Brexit Bus."): a headline, whatever closes it."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def rule_relations(doc, mentions: Optional[list[Entity]] = None,
                   quotes: Optional[list[Quote]] = None,
                   triggers: Optional[list] = None,
                   table: Optional[TokenTable] = None) -> list[Relation]:
    """The parse rules alone; ``triggers`` (when given) receives each relation's trigger
    token, in step with the list returned; ``table``, the document's token table."""
    triggers = [] if triggers is None else triggers
    table = table if table is not None else TokenTable(doc)
    if mentions is None:
        mentions = [Entity(e.start_char, e.end_char, e.text, e.label_, None) for e in doc.ents]
    ments = Mentions(mentions)
    out: list[Relation] = []
    seen = set()
    pos = table.pos
    for i in range(table.n):
        if pos[i] != "VERB":
            continue  # (only a verb is kept below, and the tests before it are pure)
        verb = doc[i]
        # "tells US forces to withdraw", "called on the US to": a demand. Not in LEXICON,
        # which the model's features read: the rule alone reads it.
        kind = "REQUEST" if telling_to(verb) else "REJECT" if a_veto(verb) else \
            LEXICON.get(verb.lemma_.lower())
        if verb.lemma_.lower() in ("insist", "maintain") and any(
                c.dep_ == "ccomp" and _says_no(c) for c in verb.children):
            kind = "REJECT"  # "Russia insists there are no paramilitaries": a denial
        if kind is None or verb.pos_ not in ("VERB",):
            continue
        passive, subjects = subjects_of(verb)
        passive = passive or _passive_form(verb)
        objects = objects_of(verb)
        if passive:  # "Wagner was accused by the UN": the agent is the source
            agents = [c for p in verb.children if p.dep_ == "agent" for c in p.children if c.dep_ == "pobj"]
            subjects, objects = agents, subjects
        if kind == "REQUEST" and is_question(verb):
            continue  # "asked if there could be changes": a question, not a request
        kind = retyped(verb, kind)
        if kind is None:
            continue  # "refused to comment", a warning that threatens no one
        if verb.tag_ == "VBN" and (verb.dep_ == "advcl" or verb.i == verb.sent.start
                                   or verb.doc[verb.i - 1].is_space):
            continue  # "Asked if …, Lavrov said": the participle's subject is not stated
        negated = any(c.dep_ == "neg" for c in verb.children) or nobody_did(verb)
        sentence = verb.sent
        evidence = evidence_span(sentence, verb, [*subjects, *objects])
        sources = [m for m in (ments.of(s) for s in subjects) if m and not holds_the_word(verb, m)]
        if not sources and verb.dep_ == "conj":
            sources = _same_person(verb, subjects, ments)
        sources = sources or [None]
        targets = [m for m in (ments.of(o) for o in objects)
                   if m and not holds_the_word(verb, m)] or [None]
        if kind == "CONSULT" and targets == [None] and no_guest(verb, None):
            continue  # "the event hosted by the Alliance": no one met
        if kind == "AID" and targets == [None]:
            continue  # "helping to push the dollar", "helps guarantee …": aid needs a named recipient
        reporter = reporter_of(verb, ments)
        for src in sources:
            for tgt in targets:
                if src is None and tgt is None:
                    continue
                if src is not None and tgt is not None and src.entity == tgt.entity and src.entity:
                    continue
                key = (kind, src and src.entity, tgt and tgt.entity, sentence.start)
                if key in seen:
                    continue
                seen.add(key)
                triggers.append(verb)
                out.append(Relation(
                    type=kind, evidence=evidence,
                    source_entity=src.entity if src else None,
                    target_entity=tgt.entity if tgt else None,
                    negated=negated, reporter_entity=reporter,
                    source=Span(src.start, src.end, src.text) if src else None,
                    target=Span(tgt.start, tgt.end, tgt.text) if tgt else None))
    out.extend(_noun_events(doc, ments, seen, triggers, table))
    return out


def _same_person(verb, subjects, ments) -> list:
    """"Moualem said …, and he blamed …": a "he" or "she" subject of a verb conjoined to
    one whose subject is a named person is that person (within one sentence, the
    coordination leaves no one else)."""
    if len(subjects) != 1 or subjects[0].lower_ not in ("he", "she"):
        return []
    _, first = subjects_of(verb.head)
    named = [m for m in (ments.of(s) for s in first) if m and m.label == "PERSON"]
    return named[:1] if len(first) == 1 else []


def is_question(verb) -> bool:
    """`ask if/whether/what …`, `ask about …`, `asked why`, `"…?" asked X`: asking a
    question, not for something."""
    before = verb.doc[max(verb.sent.start, verb.i - 3):verb.i]
    if verb.lemma_.lower() == "ask" and any(t.text == "?" for t in before):
        return True  # the question quoted just before: "'… the doctors?' asked Martin"
    if verb.lemma_.lower() == "ask" and any(t.text == "?" for t in verb.doc[verb.i + 1:verb.sent.end]):
        return True  # the question quoted after: "Jones then asked, 'With tanks?'"
    if verb.lemma_.lower() == "ask" and _after_quote(verb):
        return True  # "'… for the war,' Smith asked Kerry": the words put are a question
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in verb.children):
        return True  # "asked him a question", "Asked a pointed question about it"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
        if c.dep_ == "advmod" and c.tag_ == "WRB" and c.i > verb.i:
            return True  # "asked why", "asked how"
        if c.dep_ in ("ccomp", "advcl", "xcomp") and any(
                t.lower_ in ("if", "whether") or t.tag_ in ("WDT", "WP", "WRB")
                for t in c.subtree if t.i < c.i or t.dep_ == "mark"):
            return True
    if verb.lemma_.lower() != "ask":
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if after is not None and (after.tag_ in ("WRB", "WP") or after.lower_ in ("if", "whether")):
        return True  # "Belgium asks how …" however the parser hangs the clause
    # "Sanders asked.": asking with nothing asked for (no one asked, no clause, no
    # "for") attributes a question; a request names what or whom it asks.
    # A clause or a preposition beside the asking that names no purpose nor what is
    # asked for ("Putin asked, waving the question away", "asks as a waiter walks past")
    # says how or when it was asked, not what for.
    if not any(c.dep_ in _ASKED and not (c.dep_ == "advcl" and not _purpose(c))
               and not (c.dep_ == "prep" and c.lower_ not in _ASKED_PREPS)
               for c in verb.children):
        return True
    # "a staff member who asked not to be named": asking the reporter for anonymity,
    # no request between actors
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _ANONYMOUS
               and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


_CLOSING = frozenset(('"', "\u201d", "''", "'", "\u2019"))


def _after_quote(verb) -> bool:
    """Whether the verb attributes words quoted before it in its sentence ("'Those who
    came in the night,' Obama asked."): a child of it stands inside a quotation that
    closes before it."""
    sent = verb.sent
    closing = [t.i for t in sent if t.i < verb.i and t.text in _CLOSING and t.i > sent.start]
    if not closing or sent[0].text not in _OPENING:
        return False
    return any(c.dep_ in ("ccomp", "dobj") and c.i < closing[-1] for c in verb.children)


_OPENING = frozenset(('"', "\u201c", "``", "'", "\u2018"))


def _purpose(clause) -> bool:
    """A clause of purpose ("asked … to stop", "so that …")."""
    return any((c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in (
        "so", "that")) for c in clause.children)


#: What a request names besides its asker: whom it asks, what for, what they must do.
_ASKED = frozenset("dobj dative xcomp ccomp prep advcl oprd attr agent nsubjpass "
                   "csubjpass".split())
#: Prepositions that name what or whom a request is for ("asked for help", "asked of
#: them", "asked to the court"); "at a rally", "as he walked in" only set the scene.
_ASKED_PREPS = frozenset("for of to from".split())
#: Asking not to be named: the reporter's source, not an actor's request.
_ANONYMOUS = frozenset("name identify quote".split())


def evidence_span(sentence, anchor, toks) -> Span:
    """The sentence, cut at blank lines (headlines and captions the parser glued on) so
    that it keeps the trigger and its ends, with edge whitespace trimmed."""
    text, base = sentence.text, sentence.start_char
    lo = min([anchor.idx, *(t.idx for t in toks)]) - base
    hi = max([anchor.idx + len(anchor), *(t.idx + len(t) for t in toks)]) - base
    cut = text.rfind("\n\n", 0, lo)
    start = cut + 2 if cut >= 0 else 0
    cut = text.find("\n\n", hi)
    end = cut if cut >= 0 else len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(base + start, base + end, text[start:end])


#: What is received without being aid: words, offers, honours ("received a statement
#: from", "received an £8m bid from").
_NOT_AID = frozenset("statement bid offer letter call message complaint request report email "
                     "invitation approach visit warning threat note reply response answer "
                     "confirmation nomination award prize vote order summons query".split())


def _governing_verb(tok):
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _said_by(noun, kind: str):
    """Who made an accusation the noun names: "an allegation from Christine Blasey Ford"
    (not the subject of the verb it is the object of: "denying an allegation from X")."""
    if kind != "ACCUSE":
        return None
    return next((c for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                 for c in p.children if c.dep_ == "pobj"), None)


def _accused(noun, kind: str):
    """Whom an accusation's clause names as the doer: "Trump's accusation that Beijing was
    trying to meddle" accuses Beijing."""
    if kind != "ACCUSE":
        return None
    return next((g for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)


def _noun_events(doc, ments: Mentions, seen: set, triggers: list,
                 table: TokenTable) -> list[Relation]:
    """Events named by nouns, and "receive X from Y" (Y aids the receiver)."""
    out = []
    pos = table.pos
    for i in range(table.n):
        if pos[i] not in ("NOUN", "VERB"):
            continue  # (every event below is a noun's or a verb's)
        tok = doc[i]
        lemma = tok.lower_ if tok.pos_ == "NOUN" else None
        kind, src_tok, tgt_tok = None, None, None
        if lemma in NOUNS:
            kind = NOUNS[lemma]
            verb = _governing_verb(tok)
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            subj = subjects_of(verb)[1] if verb is not None else []
            src_tok = poss or _said_by(tok, kind) or (subj[0] if subj else None)
            tgt_tok = next((c for p in tok.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS | {"of"}
                            for c in p.children if c.dep_ == "pobj"), None) or _accused(tok, kind)
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _WANTING:
                # "seek sanctions against X": a request (of a court, a body) for the event
                kind, tgt_tok = "REQUEST", None
        elif tok.lower_ in ("help", "support", "aid", "assistance") and tok.pos_ == "NOUN" and (
                (tok.dep_ == "dobj" and tok.head.lemma_.lower() in _WANTING)
                or (tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp"
                    and tok.head.head.lemma_.lower() in _WANTING)):
            kind = "REQUEST"  # "want Russia's help": asked of Russia
            wanting = tok.head if tok.dep_ == "dobj" else tok.head.head
            subj = subjects_of(wanting)[1]
            src_tok = subj[0] if subj else None
            tgt_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
        elif tok.lemma_.lower() == "receive" and tok.pos_ == "VERB" and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in _NOT_AID for c in tok.children):
            kind = "AID"
            subj = subjects_of(tok)[1]
            tgt_tok = subj[0] if subj else None
            src_tok = next((c for p in tok.subtree if p.dep_ == "prep" and p.lower_ == "from"
                            and p.head.i in (tok.i, *[d.i for d in tok.children])
                            for c in p.children if c.dep_ == "pobj"), None)
        if kind is None:
            continue
        if kind != "REQUEST":
            kind = retyped(tok, kind)  # "called for X to hold a meeting": no meeting yet
            if kind is None:
                continue
        src, tgt = ments.of(src_tok), ments.of(tgt_tok)
        if src is not None and tgt is not None and src.entity == tgt.entity:
            # "… helping Bamako improve … on a visit to Mali": the clause's actor is the
            # subject of the sentence's main verb, not of the nearest one.
            root_subjects = subjects_of(tok.sent.root)[1]
            src = ments.of(root_subjects[0]) if root_subjects else None
        if src is None or (tgt is not None and src.entity == tgt.entity):
            continue  # a noun event needs a named actor
        sentence = tok.sent
        key = (kind, src.entity, tgt and tgt.entity, sentence.start)
        if key in seen:
            continue
        seen.add(key)
        triggers.append(tok)
        out.append(Relation(type=kind, evidence=evidence_span(sentence, tok, [t for t in (src_tok, tgt_tok) if t is not None]),
                            source_entity=src.entity, target_entity=tgt.entity if tgt else None,
                            source=Span(src.start, src.end, src.text),
                            target=Span(tgt.start, tgt.end, tgt.text) if tgt else None))
    return out
