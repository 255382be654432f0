"""Quotes: who said what — direct, mixed and indirect — from the dependency parse.

``find_quotes(doc, mentions)`` finds
- quotations in quotation marks, with the speech verb ("said", "told", …) of their
  sentence as cue and its subject as speaker; a quotation interrupted by its own cue
  ("A," he said, "B.") is one quote, and a quoted paragraph with no cue of its own
  belongs to the previous speaker;
- reported speech: a speech verb with a clausal complement ("Lavrov said the rebellion
  would not change anything"), mixed when the clause holds quoted words;
- "according to X" attributions.
The speaker is the subject's noun phrase; its entity is the mention it contains, or for
a pronoun the last person named before it. Unnamed sources get no entity.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language

from ..types import Entity, Quote, Span

SPEECH_VERBS = frozenset("""
say tell add confirm insist admit warn vow deny claim state explain note announce argue
assert declare describe write report suggest stress emphasise emphasize reply respond
acknowledge predict promise concede maintain allege complain repeat recall conclude
comment tweet testify indicate reveal estimate caution pledge threaten accuse urge
""".split())
#: Verbs of thought, finding and stance that report a clause ("polls show that …").
CLAUSE_VERBS = SPEECH_VERBS | frozenset("""
believe think feel know hope fear expect find show agree suggest signal worry contend
hint doubt realize realise recognize recognise understand imply reckon assume mean
""".split())
#: Verbs whose report is an infinitive ("vowed to continue", "wants to build").
INFINITIVE_VERBS = frozenset("""
want plan pledge promise vow refuse decline threaten hope intend aim offer agree urge
ask call seek demand propose
""".split())
#: Verbs whose report is their object ("cited her record", "called Clinton a 'champion'").
OBJECT_VERBS = frozenset("""
cite call criticize criticise attack question mention describe praise blame support
endorse welcome applaud announce
""".split())
# Accusing, denying, rejecting are relations (nlp/relations), not quotes of their own.
OPEN_QUOTES, CLOSE_QUOTES = "“\"‘", "”\"’"
PRONOUNS = {"he", "she", "they", "i", "we"}
_QUOTE_RE = re.compile(r"“[^“”]+”|\"[^\"]+\"")


def _quoted_segments(text: str) -> list[tuple[int, int]]:
    """(start, end) of text inside each pair of double quotation marks, marks excluded."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTE_RE.finditer(text)
            if len(re.findall(r"\w+", m.group())) >= 3]


def _speech_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    # "…, adding that …": the subject of the verb it hangs off.
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _phrase(tok):
    """The subject's noun phrase, without relative clauses or appositions after it."""
    start = tok.left_edge.i
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "nmod") or child.dep_ == "cc" or child.dep_ == "conj":
            end = child.right_edge.i + 1
        else:
            break
    return tok.doc[start:end]


def _report(verb, lemma: str):
    """The token heading what ``verb`` reports, or None if it reports nothing."""
    deps = {}
    for child in verb.children:
        deps.setdefault(child.dep_, child)
    if lemma in CLAUSE_VERBS and "ccomp" in deps:
        return deps["ccomp"]
    if lemma in INFINITIVE_VERBS and "xcomp" in deps:
        return deps["xcomp"]
    if lemma in OBJECT_VERBS and "dobj" in deps:
        return deps["dobj"]
    if lemma == "call" and "prep" in deps and deps["prep"].lower_ in ("for", "on"):
        return deps["prep"]
    return None


def _addressee(verb) -> Optional[Span]:
    if verb.lemma_.lower() != "tell":
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            span = child.doc[child.left_edge.i:child.i + 1]
            return Span(span.start_char, span.end_char, span.text)
    return None


def _span(doc, start: int, end: int) -> Span:
    return Span(start, end, doc.text[start:end])


class _Speakers:
    """Looks speakers up among the document's mentions; remembers the last person."""

    def __init__(self, mentions: Optional[list[Entity]]):
        self.mentions = sorted(mentions or [], key=lambda m: m.start)

    def entity(self, span) -> Optional[str]:
        inside = [m for m in self.mentions if m.start < span.end_char and span.start_char < m.end]
        people = [m for m in inside if m.label == "PERSON"]
        if people:
            return people[-1].entity
        head = span.root
        for m in inside:
            if m.start <= head.idx < m.end:
                return m.entity
        if head.lower_ in PRONOUNS and head.lower_ in ("he", "she", "i"):
            before = [m for m in self.mentions if m.end <= span.start_char and m.label == "PERSON"]
            return before[-1].entity if before else None
        return None


def _kind(text: str, start: int, end: int) -> str:
    inside = sum(e - s for s, e in _quoted_segments(text[start:end]))
    body = len(text[start:end].strip(" \"“”,."))
    if not inside:
        return "indirect"
    return "direct" if inside >= body - 2 else "mixed"


def find_quotes(doc, mentions: Optional[list[Entity]] = None) -> list[Quote]:
    text = doc.text
    speakers = _Speakers(mentions)
    quotes: list[Quote] = []
    claimed: list[tuple[int, int]] = []

    def covered(s: int, e: int) -> bool:
        return any(s < ce and cs < e for cs, ce in claimed)

    def add(content: tuple[int, int], verb, subj, kind: Optional[str] = None):
        s, e = content
        while s < e and text[s] in " ,\n":
            s += 1
        while e > s and text[e - 1] in " ,\n":
            e -= 1
        # A quotation opened inside the content runs on to its closing mark.
        opened = text[s:e].count("“") - text[s:e].count("”") + text[s:e].count('"') % 2
        if opened > 0:
            close = min((i for i in (text.find("”", e), text.find('"', e)) if i != -1), default=-1)
            if close != -1 and close - e < 400 and "\n" not in text[e:close]:
                e = close + 1
        if e - s < 3 or covered(s, e):
            return
        speaker = _phrase(subj) if subj is not None else None
        quotes.append(Quote(
            content=_span(doc, s, e),
            speaker=Span(speaker.start_char, speaker.end_char, speaker.text) if speaker else None,
            speaker_entity=speakers.entity(speaker) if speaker else None,
            cue=Span(verb.idx, verb.idx + len(verb.text), verb.text) if verb is not None else None,
            kind=kind or _kind(text, s, e),
            addressee=_addressee(verb) if verb is not None else None))
        claimed.append((s, e))

    # 1. Reported speech: a reporting verb with its clause, infinitive or object.
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        if lemma not in CLAUSE_VERBS and lemma not in INFINITIVE_VERBS and lemma not in OBJECT_VERBS:
            continue
        subj = _subject(tok)
        if subj is None or subj.pos_ == "PRON" and subj.lower_ == "it":
            continue
        comp = _report(tok, lemma)
        if comp is None:
            continue
        left = comp.left_edge
        if left.dep_ == "mark" and left.lower_ in ("that", "whether", "if"):
            left = doc[left.i + 1]
        right = comp.right_edge if comp.dep_ != "dobj" else tok.right_edge
        while right.i > left.i and right.is_punct and right.text not in CLOSE_QUOTES:
            right = doc[right.i - 1]
        start, end = left.idx, right.idx + len(right.text)
        segs = _quoted_segments(text[start:end])
        if comp.i < tok.i:
            continue  # a report before its cue: a direct quotation, handled below
        add((start, end), tok, subj)

    # 2. Quotations in quotation marks, their cue in the same sentence.
    last_verb = last_subj = None
    pending: Optional[list] = None
    for s, e in _quoted_segments(text):
        if covered(s, e):
            continue
        sent = doc.char_span(s, e, alignment_mode="expand")
        sentence = sent.sent if sent is not None else None
        verb = None
        if sentence is not None:
            for tok in sentence:
                if _speech_verb(tok) and not (s <= tok.idx < e):
                    verb = tok
                    break
        subj = _subject(verb) if verb is not None else None
        if pending and verb is not None and pending[1] is verb:
            pending[0] = (pending[0][0], e)  # "A," he said, "B." is one quote
            continue
        between = text[pending[0][1]:s] if pending else ""
        if pending and verb is None and "\n" not in between and len(between) < 120:
            pending[0] = (pending[0][0], e)  # "A," said Fallon. "B." goes on the same quote
            continue
        if pending:
            add(*pending)
        if verb is not None and subj is not None:
            pending = [(s, e), verb, subj, "direct"]
            last_verb, last_subj = verb, subj
        elif last_subj is not None and (text[max(0, s - 3):s].strip() == "" or
                                        text[s - 2:s].startswith("\n")):
            pending = [(s, e), None, last_subj, "direct"]  # a quoted paragraph: the last speaker
        else:
            pending = None
    if pending:
        add(*pending)

    # 3. "according to X": the clause it hangs on, X as speaker.
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            sentence = tok.sent
            phrase_end = pobj.right_edge.idx + len(pobj.right_edge.text)
            if tok.idx - sentence.start_char < 3:
                content = (phrase_end, sentence.end_char)
            else:
                content = (sentence.start_char, tok.idx)
            content = (content[0], content[1] - 1 if text[content[1] - 1:content[1]] == "." else content[1])
            speaker_span = doc[pobj.left_edge.i:pobj.i + 1]
            unnamed = pobj.pos_ == "NOUN" and pobj.lower_ in ("reports", "report", "sources", "media")
            s, e = content
            if not covered(s, e) and e - s > 3:
                quotes.append(Quote(
                    content=_span(doc, s, e).__class__(s, e, text[s:e]),
                    speaker=Span(speaker_span.start_char, speaker_span.end_char, speaker_span.text),
                    speaker_entity=None if unnamed else speakers.entity(speaker_span),
                    cue=Span(tok.idx, doc[tok.i + 1].idx + 2, text[tok.idx:doc[tok.i + 1].idx + 2]),
                    kind=_kind(text, s, e)))
                claimed.append((s, e))
    return sorted(quotes, key=lambda q: q.content.start)


@Language.factory("storygraph_quotes", requires=["token.dep", "token.lemma"],
                  assigns=["doc._.quotes"])
def make_quotes(nlp, name):
    def component(doc):
        doc._.quotes = find_quotes(doc, doc._.mentions)
        return doc
    return component
