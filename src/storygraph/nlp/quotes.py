"""Quotes: who said what — direct, mixed and indirect — from the parse and a small model.

``find_quotes(doc, mentions)`` scores each token whose lemma is a known cue head
(``said``, ``according``, ``told``, ``show``, ``:`` …) with a linear model trained on
PolNeAR (nlp/quotes_train.py); for each cue it picks what was said among the spans the
parse offers (its clause, object, the quotation beside it, the rest of the sentence …)
and who said it among the sentence's nouns, or nobody. Then rules for what the model
cannot see: a quotation opened in the content runs to its closing mark; two cues
claiming the same words keep the surer; a content running into another cue's quotation
stops there; the headline form ``Moscow not involved: Lavrov``; a quotation signed with
a dash (``“…” ― Name``); a quoted paragraph with no cue of its own belongs to the last
speaker. The weights are JSON in ``storygraph/models/quotes/model.json`` — nothing is
downloaded. docs/quotes.md has the details and figures.
"""
from __future__ import annotations

import json
import math
import re
import string
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Optional

from spacy.attrs import IDX
from spacy.language import Language

from ..errors import ModelError
from .extensions import text_of
from .weights import read_weights
from ..types import Entity, Quote, Span
from .attribution import (agent_of, attribution_of, legal_act, regulation_requires,
                          confidence_features, content_form, load_calibration, speaker_form,
                          topic_before_cue)
from .asides import find_asides
from .quote_runs import going_on, opened_before, signed_before
from .quote_features import (DocInfo, content_candidates, content_features,
                             cue_features, noun_phrase, speaker_candidates, speaker_features, whole_name)
from .clause_subjects import (before_late_subject, late_subject, member_named,
                              name_after_quotation, subject_before_dashes)
from .elsewhere import agent_apposition
from .quote_content import (clause_before_postposed_cue, complement_after_cue,
                            before_answer, coordinated_report, cut_before_auxiliary, folded_expectation,
                            inverted_source,
                            main_clause_of_parenthetical, opening_phrase,
                            own_clause_of_adverb, quotation_before, quotation_before_subject,
                            relative_antecedent, source_of_trailing_participle, whole_object,
                            without_addressee, without_trailing_relay,
                            without_writers_conjunct, before_lost_full_stop,
                            with_lost_predicate, closed_brackets,
                            complement_of_inner_cue)
from .name_spans import MEMBER_OFFICES
from .name_context import people_by_use
from .name_joins import spaced_alike
from .speaker_words import FIRST_PERSON, PEOPLE_NOUNS, PERSON_NOUNS, QUANTIFIERS, UNNAMED
from .speaker_rules import modified_role, name_after_role_noun, placed_compound
from .speakers import Speakers
from .speech_verbs import CLOSING
from .quote_speakers import (according_to_measure, addressee, aside_of, first_conjunct,
                             name_closing_source, name_past_modifier, named_after_cue,
                             own_subject, source_after_comma, speaker_head, subject_before_relative,
                             subject_itself, surname_misread, tok_span, two_sources, unresolved)

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "quotes" / "model.json"
#: How often a speaker entity found each way (Speakers.how) is right on the judged news.
CERTAINTY_PATH = MODEL_PATH.parent / "speaker_certainty.json"
#: Words before a colon that credit a picture rather than quote anyone ("Photo: Reuters").
CREDITS = frozenset(("photo", "photos", "image", "images", "picture", "pictures", "credit",
                     "video", "file", "graphic", "illustration", "source", "sources"))
#: Overlap (share of the union) above which two contents are one quote found twice.
SAME_WORDS = 0.5
#: Under this P(attribution), a cue of no kind of saying is an act the model doubts: its
#: doer speaks for no he/she after it (bench sport read by eye: "upset", "seek", "hit").
WEAK_ACT = 0.75
class QuoteModel:
    """The three linear scorers and the cue lexicon, read from JSON."""

    def __init__(self, data: dict):
        self.lexicon = frozenset(data["lexicon"])
        self.threshold = float(data.get("threshold", 0.5))
        self.cue, self.content, self.speaker = data["cue"], data["content"], data["speaker"]

    @staticmethod
    def score(part: dict, feats: list[str]) -> float:
        # map over dict.get: the same sum in the same order, without a generator frame
        # per feature (this runs once per feature of every cue, content and speaker).
        return part["bias"] + sum(map(part["w"].get, feats, repeat(0.0)))

    def cue_score(self, tok, info) -> float:
        return self.score(self.cue, cue_features(tok, info))


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_PATH)) -> QuoteModel:
    return read_weights(path, QuoteModel, "the quote model",
                        "Rebuild it with python -m storygraph.nlp.quotes_train")


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def quote_kind(text: str, start: int, end: int, regions) -> str:
    """direct: every alphanumeric character inside quotation marks; indirect: none."""
    total = sum(map(str.isalnum, text[start:end]))
    inside, at = 0, start   # (regions may overlap: count each character once)
    for s, e in sorted(regions):
        s, e = max(s, at), min(e, end)
        if s < e:
            inside += sum(map(str.isalnum, text[s:e]))
            at = e
    if not inside:
        return "indirect"
    return "direct" if inside == total else "mixed"


#: Punctuation that names no one, a footnote's mark or a stop the tagger took for a name
#: ("*", "_", "."); not "%", which heads a survey's share ("16% said").
MARKS = frozenset(set(string.punctuation) - set("%$&#@") | set("†‡–—‘’“”"))


def _confidence(calibration, feats: dict, how: str) -> Optional[float]:
    """P(an attribution, as given) from the calibration, times how often a speaker
    entity found this way is right (speaker_certainty.json, fitted on the judged news
    samples): a named source is shown, a he/she that fell back to a guess may not be."""
    if not calibration:
        return None
    table = load_certainty()
    return round(calibration(feats) * table.get(how, table.get("", 1.0)), 3)


@lru_cache(maxsize=1)
def load_certainty() -> dict:
    """How found -> the share of speaker entities found so that are right, "" -> the
    share over all ways (for a way the samples never showed); empty, all 1.0, before one
    is fitted (``python benchmarks/quotes_judged.py certainty``)."""
    if not CERTAINTY_PATH.exists():
        return {}
    try:
        data = json.loads(CERTAINTY_PATH.read_text(encoding="utf-8"))
        table = {k: float(v) for k, v in data["certainty"].items()}
        table[""] = float(data.get("default", 1.0))
        return table
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot read {CERTAINTY_PATH}: {exc}") from exc


def _same_words(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= SAME_WORDS * (max(a[1], b[1]) - min(a[0], b[0]))


def _cut_at_quotations(text: str, kept: list, regions) -> list:
    """A content running on into a quotation that another cue claims ("A," X said.
    "B," he added.) stops where that quotation starts."""
    direct = [(s, e) for _, (s, e), *_ in kept
              if any(rs <= s and e <= re_ for rs, re_ in regions)]
    out = []
    for f in kept:
        start, end = f[1]
        for s, e in direct:
            if start < s and e <= end and (s, e) != (start, end):
                end = s
                # What is left ends with this cue ("A," X said): keep just "A,".
                cue = f[2].idx
                ends = [re_ for rs, re_ in regions if start <= rs and re_ <= cue]
                if start <= cue < end and ends:
                    end = ends[-1]
        while end > start and not text[end - 1].isalnum() and text[end - 1] not in "\"'”’":
            end -= 1
        if end > start:
            out.append((f[0], (start, end), *f[2:]))
    return out


def _unclosed(paragraph: str) -> bool:
    """Whether a paragraph opens a quotation it does not close (news closes a quotation
    running over paragraphs only in its last one)."""
    curly = paragraph.count("\u201c") > paragraph.count("\u201d")
    return curly or paragraph.count('"') % 2 == 1


def _after_continued_quotation(text: str, start: int, end: int, cue, regions) -> int:
    """Where a content starts that opens on a quotation going on from the paragraph
    before, then reaches its own cue ('Mr Brady said: "… / "The UK is … ." The foreign
    secretary meanwhile said the "justice" …'): that quotation is the earlier speaker's,
    so the content starts after its own cue."""
    at = cue.idx + len(cue.text)
    first = next(((rs, re_) for rs, re_ in regions if rs == start), None)
    if first is None or not (first[1] <= cue.idx < end) or at >= end:
        return start
    # (only a quotation closing its sentence, the cue's sentence after it: '"A," said
    # Benitez. "B …"' is one speaker's, whatever the paragraph before left open)
    closing = text[first[0]:first[1]].rstrip("\"'\u201d\u2019 ")
    if not closing.endswith((".", "!", "?")) or not text[first[1]:cue.idx].strip()[:1].isupper():
        return start
    line = text.rfind("\n", 0, start)
    if line < 0 or text[line + 1:start].strip():
        return start   # (not a paragraph's first words)
    before = text.rfind("\n", 0, line)
    while before >= 0 and not text[before + 1:line].strip():
        before = text.rfind("\n", 0, before)   # (blank lines between paragraphs)
    if not _unclosed(text[before + 1:line]):
        return start
    while at < end and text[at] in " ,:":
        at += 1
    return at


def _object_left_out(doc, a: int, b: int, in_quote) -> int:
    """The end of a content that stops on a verb whose object the parse hung elsewhere
    as a stray word ("White claimed she took the drug to combat | narcolepsy but …",
    "narcolepsy" read as punctuation of "claimed"): the words after it, up to the next
    punctuation or joining word, are the content's."""
    if not a < b < len(doc) or doc[b - 1].pos_ != "VERB" or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp") for c in doc[b - 1].children):
        return b
    while b < len(doc) and doc[b].is_alpha and doc[b].dep_ in ("punct", "dep") \
            and doc[b].pos_ not in ("CCONJ", "SCONJ", "ADP", "AUX", "VERB") and not in_quote[b]:
        b += 1
    return b


_RELATIVE_OPENERS = frozenset(("that", "which", "who", "whom", "whose", "where", "when"))


def _clause_of_object(cue, a: int, b: int) -> int:
    """The start of a content that is the cue's object noun with its clause: a
    that-clause ("expressed confidence that the cash flow would be sufficient", "denied a
    newspaper report that more arrests had been made": the noun says what kind of words
    they were, its clause what they said); and, after "told", the clause the parse hung on
    the addressee as a relative clause without its pronoun ("told the foreign minister the
    American people share in the sorrow": what was told, not who the minister is)."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == a
                and c.right_edge.i + 1 == b and c.pos_ == "NOUN"), None)
    if obj is None:
        return a
    clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.i > obj.i
                   and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
                   and c.right_edge.i == obj.right_edge.i), None)
    if clause is None and cue.lemma_.lower() == "tell":
        clause = next((c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i
                       and c.right_edge.i == obj.right_edge.i
                       and c.left_edge.lower_ not in _RELATIVE_OPENERS
                       # (a pronoun's clause is a true one: "told the woman he loved that …")
                       and any(g.dep_ == "nsubj" and g.i < c.i and g.pos_ != "PRON"
                               for g in c.children)
                       and not any(g.dep_ == "ccomp" for g in c.children)), None)
    return clause.left_edge.i if clause is not None else a


def _after_adverbs(doc, a: int, b: int, in_quote) -> int:
    """The start of a content opening on adverbs before its that-clause ("Allianz has said
    in official comments so far that it will remain neutral", the parse reading "so far
    that" as one phrase): the clause's "that"."""
    i = a
    while i < b and doc[i].tag_ in ("RB", "RBR") and not in_quote[i]:
        i += 1
    if i == a or i >= b or doc[i].lower_ != "that" or doc[i].dep_ != "mark" \
            or doc[i].head.right_edge.i != b - 1:
        return a
    return i


def _predicate_split_off(cue, a: int, b: int) -> int:
    """The end of a content whose clause's verb the parse hung on the cue: "officials say
    … that terrorists affiliated with Osama bin Laden, the exiled Saudi millionaire …,
    plan to strike again soon" read "affiliated" as the clause's verb and "plan" as a
    second verb of "say". A participle with a subject and no auxiliary heads no clause
    (it describes its noun), so a verb of the cue's after the content, set off by a
    comma alone and with no subject of its own, is that clause's predicate."""
    doc = cue.doc
    participle = any(t.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in t.children)
                     and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
                     for t in doc[a:b])
    if not participle or any(c.dep_ == "cc" for c in cue.children):
        return b
    verb = next((c for c in cue.rights if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > b
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if verb is None or not all(t.is_punct for t in doc[b:verb.left_edge.i]) \
            or "," not in {t.text for t in doc[b:verb.left_edge.i]}:
        return b
    end = verb.right_edge.i + 1
    while end > verb.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return end


def _name_set_off_after(noun) -> list:
    """The proper nouns set off by commas right after a common noun ("the statistics
    office, Destatis, rising exports …", the name read as the next verb's subject), up to
    the closing comma, else []."""
    doc, at = noun.doc, noun.right_edge.i + 1
    if noun.pos_ != "NOUN" or at + 2 >= len(doc) or doc[at].text != ",":
        return []
    out = []
    for t in doc[at + 1:at + 6]:
        if t.text == ",":
            return [] if _described_subject(doc, t.i + 1) else out
        if t.pos_ != "PROPN":
            return []
        out.append(t)
    return []


def _described_subject(doc, at: int) -> bool:
    """Whether a noun phrase set off by commas and then a verb follows ("According to
    press reports, Caridad Gonzalez, the oldest sister, was the first …"): the name it
    describes is then what the content is about, not the source's name."""
    i = at
    while i < len(doc) and doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"):
        i += 1
    return (i > at and i + 1 < len(doc) and doc[i].text == ","
            and doc[i + 1].pos_ in ("VERB", "AUX"))


def _after_according_to(text: str, start: int, end: int, cue) -> tuple[int, int]:
    """The content of an "according to" that opens the second of two joined clauses
    ("Turkey shut down the outlets, but according to Jordanian officials, a smaller line
    remained operating"): the clause after the source, not the one before the "but"."""
    if cue.lower_ != "according" or end > cue.idx:
        return start, end
    before = text[start:cue.idx].rstrip(" ,").split()
    if not before or before[-1].lower() not in ("but", "and", "while", "yet", "though", "although"):
        return start, end
    stop = _sentence_end(text, cue.idx)
    comma = text.find(",", cue.idx, stop)
    if comma < 0:
        return start, end
    first = comma + 1
    while first < stop and text[first] == " ":
        first += 1
    last = stop
    while last > first and not text[last - 1].isalnum() and text[last - 1] not in "\"'\u201d\u2019":
        last -= 1
    return (first, last) if len(text[first:last].split()) >= 3 else (start, end)


ASIDE_DASHES = (" - ", " _ ", " – ", " — ", " -- ")


def _in_aside(text: str, start: int, end: int, at: int) -> bool:
    """Whether ``at`` lies between two dashes of one sentence inside [start, end)."""
    before, after = text[start:at], text[at:end]
    opened = max(before.rfind(d) for d in ASIDE_DASHES)
    if opened < 0 or any(m in before[opened:] for m in (". ", "\n")):
        return False
    closed = [after.find(d) for d in ASIDE_DASHES if after.find(d) >= 0]
    return bool(closed) and not any(m in after[:min(closed)] for m in (". ", "\n")) \
        and bool(after[min(closed) + 3:].strip())


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(". ", at), text.find("\n", at), len(text)) if i >= 0]
    return min(ends)


def _across_aside(text: str, start: int, end: int, cue: int) -> int:
    """The end of a content that an aside set off by dashes interrupts: "Moskal said one
    of the two men _ he said he did not know which one _ had been located …" runs on to
    the end of its sentence (the parse stops at the dash); a cue inside such an aside
    ("_ he said he did not know which one _") reports only up to its closing dash."""
    rest = text[end:]
    opener = next((d for d in ASIDE_DASHES if rest.startswith(d)), None)
    stop = _sentence_end(text, end)
    if opener is not None and cue < start:
        close = min((i for i in (text.find(d, end + len(opener), stop) for d in ASIDE_DASHES)
                     if i >= 0), default=-1)
        if close >= 0 and text[close + 3:close + 4].islower():
            return stop
    if start > cue and re.search(r"\s(?:-|_|–|—|--)\s+(?:[\w']+\s+){1,3}$", text[max(0, cue - 60):cue]):
        close = min((i for i in (text.find(d, start, end) for d in ASIDE_DASHES) if i >= 0),
                    default=-1)
        if close > start:
            return close
    return end


def _describing_clauses(doc, at: int, q: Quote) -> list:
    """The relative clauses and participles of ``q``'s content that the cue at character
    ``at`` lies in, set on a noun of the content ("… bin Laden, the exiled Saudi
    millionaire who is accused of organizing the bombings, plan to strike …"), innermost
    first. Not one on a noun of the outer speaker's own phrase ('"…," said a U.S. Embassy
    official in Nairobi, who refused to identify himself. "…"'), which the content takes
    in only as a quotation's continuation; nor a noun's that-clause ("the understanding
    that the FBI would look into …"), which is no description."""
    start, end = q.content.start, q.content.end
    tok = next((t for t in doc if t.idx == at), None)
    found = []
    while tok is not None and start <= tok.idx < end and tok.head.i != tok.i:
        if (tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG")) \
                and tok.head.pos_ in ("NOUN", "PROPN", "PRON") and start <= tok.head.idx < end \
                and (q.speaker is None or not q.speaker.start <= tok.head.idx < q.speaker.end):
            found.append(tok)
        tok = tok.head
    return found


#: Relative words of a clause that tells the reader about a thing or a place.
_BACKGROUND_WORDS = frozenset(("which", "where"))


def _describes_within(doc, text: str, clause, q: Quote) -> bool:
    """Whether a describing clause is part of what is said: one that restricts its noun
    (no comma before it: "the 16 cents a share it reported last year"), one the content
    goes on after ("the Energy Savings Trust, which promotes renewable energy, would be
    better spent …"), or one on people ("paramilitaries with the Wagner Group, who had been
    accused of brutal tactics": what the source says of them, as the seeds' gold has it).
    A which- or where-clause set off by a comma that ends the content is the writer's
    background on a thing or a place ("… by Thermo Electron, which agreed to purchase its
    line in February"; "…, which minority Democrats have been urging")."""
    first = clause.left_edge
    after = clause.right_edge.idx + len(clause.right_edge.text)
    return first.i == 0 or doc[first.i - 1].text != "," or first.lower_ not in _BACKGROUND_WORDS \
        or any(ch.isalnum() for ch in text[after:q.content.end])


def _beside_cue(doc, inner: int, outer: int) -> bool:
    """Whether the cue at character ``inner`` is the next act of the cue at ``outer``
    ("said A but refused to comment", "questioned whether …, while officials have
    dismissed …") or the verb of the clause that holds it: a verb joined to it, a clause
    hung on it, or its governor, not one inside what it reports."""
    if doc is None:
        return True
    tok = next((t for t in doc if t.idx == inner), None)
    if tok is not None and any(t.idx == outer for t in tok.subtree):
        return True   # (the other way round, the cue governs this one's clause: "what is
        # said to be the first …, the firm released …")
    while tok is not None and tok.dep_ in ("conj", "advcl") and tok.head.i != tok.i:
        tok = tok.head
        if tok.idx == outer:
            return True
    return tok is None


def _cut_at_cues(text: str, quotes: list[Quote], regions=(), doc=None) -> list[Quote]:
    """A content that runs on over another cue and all it reports ("said A but stressed
    B"; a quotation running on into "…, he predicted. Mr B said …") ends before that
    cue: B is the other quote's. A cue describing a noun of the content (``doc``, the
    parse, says which) ends it only where the writer's clause ends it, and there before
    the clause."""
    out = []
    for q in quotes:
        c = q.content
        others, inner = [], []
        for o in quotes:
            if o is q or o.cue is None or not (
                    c.start < o.cue.start < c.end and c.start < o.content.start
                    and o.content.end <= c.end and (q.cue is None or o.cue.start > q.cue.end)):
                continue
            clauses = _describing_clauses(doc, o.cue.start, q) if doc is not None else []
            writers = [k for k in clauses if not _describes_within(doc, text, k, q)]
            if clauses and not writers:
                continue
            if o.attribution is None and not writers and q.cue is not None \
                    and not _beside_cue(doc, o.cue.start, q.cue.start) \
                    and not (o.speaker is not None and q.speaker is not None
                             and o.speaker.start == q.speaker.start):
                continue  # (only an attribution claims words: a cue that reports nobody's,
                # "if content has been requested by consumers", is part of what the other
                # says; but one in the writer's clause on a noun, "…, which agreed to buy
                # …", or the source's next act, "said A but refused to comment", still
                # shows where the writer takes over)
            clause = writers[-1] if writers else None
            # (not a cue inside an aside the content sets off with dashes: "Moskal said
            # one of the two men _ he said he did not know which one _ had been located",
            # "the powers - which President Chavez argues are needed … - trample …")
            if _in_aside(text, c.start, c.end, o.cue.start):
                continue
            cut = clause.left_edge.idx if clause is not None else o.cue.start
            if doc is not None:
                cut = cut_before_auxiliary(doc, c.start, cut)
                if cut is None:
                    continue   # (the cue's verb is the content's own: "according to
                    # data, the value is | expected to reach $60bn" keeps its claim)
            others.append(o)
            inner.append(cut)
        # A content running on into what a later cue reports ('"A," says X, who … . B,
        # but "C", he says'): B and C are the later cue's.
        later = [o for o in quotes if o is not q and o.cue is not None and q.cue is not None
                 and o.cue.start >= c.end and c.start < o.content.start < c.end
                 and o.content.end >= c.end and q.cue.end <= o.content.start]
        others += later
        inner += [o.content.start for o in later]
        if others and q.kind != "indirect":
            bound = min(min(o.cue.start, o.content.start,
                            o.speaker.start if o.speaker else o.cue.start) for o in others)
            ends = [e for s, e in regions if c.start < e <= bound and s >= c.start]
            if ends and (q.cue is None or max(ends) > q.cue.end or q.cue.start < c.start
                         or q.cue.start >= max(ends)):
                end = max(ends)
                q = replace(q, content=_span(text, c.start, end),
                            kind=quote_kind(text, c.start, end, regions))
        elif inner and q.kind == "indirect":
            end = min(inner)
            head = text[c.start:end].rstrip()
            for word in (" but", " and", ",", " but also", " which", " who", " whom", " where"):
                if head.endswith(word):
                    head = head[:-len(word)].rstrip()
            head = head.rstrip(" ,;-")
            if len(head.split()) >= 2:
                q = replace(q, content=_span(text, c.start, c.start + len(head)))
        out.append(q)
    return out


def _headlines(doc, mentions) -> list[Quote]:
    """The headline form "Moscow not involved: Lavrov": a line ending in a colon and a
    name is that name's words (and not whatever its verbs might report)."""
    text = text_of(doc)
    out = []
    pos = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        colon = line.rfind(":")
        if colon > 10 and not _in_table(lines, n):
            name_start = pos + colon + 1 + (len(line[colon + 1:]) - len(line[colon + 1:].lstrip()))
            name_end = pos + len(line.rstrip())
            name = [m for m in mentions or [] if m.start == name_start and m.end == name_end
                    and m.label in ("PERSON", "ORG", "GPE", "NORP")]
            start = pos + len(line) - len(line.lstrip())
            end = pos + colon
            label = text[start:end].split()
            if name and len(label) >= 3 and label[-1].lower() not in CREDITS:
                out.append(Quote(content=_span(text, start, end),
                                 speaker=_span(text, name_start, name_end),
                                 speaker_entity=name[0].entity, cue=_span(text, end, end + 1),
                                 kind=quote_kind(text, start, end, ())))
        pos += len(line) + 1
    return out


def _in_table(lines: list[str], n: int) -> bool:
    """A "label : value" line among lines of the same form (a results table's "Man of the
    Match : Aravinda de Silva" under "Bowling : …"): a listing, not a headline."""
    near = [line for line in lines[max(0, n - 4):n] + lines[n + 1:n + 5] if line.strip()]
    return sum(0 < line.find(":") < 30 for line in near) >= 2


_DASHED = re.compile(r"[ \t\u00a0]*[―—][ \t\u00a0]*(\w[^\n(,]{1,60}?)[ \t\u00a0]*(?=\(|,|\n|$)")


def _dashed(doc, info: DocInfo, mentions, quotes: list[Quote]) -> list[Quote]:
    """A quotation signed with a dash and a name (“…” ― Sonya Herridge), the way blogs
    and embedded posts attribute a quotation."""
    text = info.text
    out = []
    for s, e in info.regions:
        m = _DASHED.match(text, e)
        if m is None or any(q.content.start < e and s < q.content.end for q in quotes):
            continue
        name_end = m.end(1)
        while text[name_end - 1] in ".;:":
            name_end -= 1
        name = _span(text, m.start(1), name_end)
        words = name.text.split()
        if not 1 <= len(words) <= 6 or not all(w[:1].isupper() for w in words[:2]):
            continue
        named = [x for x in mentions or [] if name.start <= x.start and x.end <= name.end]
        dash = e + next(i for i, c in enumerate(m.group(0)) if c in "―—")
        out.append(Quote(content=_span(text, s, e), speaker=name,
                         speaker_entity=named[0].entity if named else None,
                         cue=_span(text, dash, dash + 1),
                         kind="direct"))
    return out


def _quoted_as_saying(doc, a: int, b: int, cue, regions) -> Optional[tuple[int, int]]:
    """The quotation right before "X quotes Y as saying" (chars, marks included), where
    the content found is only "as saying": what Y said is the quotation it points back
    to; else None."""
    words = [t for t in doc[a:b] if not t.is_punct]
    if cue.lemma_.lower() != "quote":
        return None
    at = next((i for i, t in enumerate(words[:-1]) if t.lower_ == "as"
               and words[i + 1].lemma_.lower() in ("say", "tell", "write")), None)
    if at is None:
        return None
    # (the parse may leave the rest of the quoted one's phrase before "as saying" and an
    # aside after it: "quoted one of the initiators of the move as saying , without
    # giving a name"; never a clause said: a finite verb or a quotation after it)
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if any(obj is None or not obj.left_edge.i <= t.i <= obj.right_edge.i for t in words[:at]) \
            or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ == "that"
                   for t in words[at + 2:]) \
            or any(t.text in ("\"", "``", "\u201c") for t in doc[a:b]):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    opens = (subj.left_edge if subj is not None else cue).idx
    text = text_of(doc)
    quotation = next(((s, e) for s, e in sorted(regions, reverse=True) if e <= opens
                      and not text[e:opens].strip(" ,\t")), None)
    if quotation is not None:
        return quotation
    # "Yeltsin visited his wife in hospital , Interfax news agency quoted spokesman
    # Sergei Yastrzhembsky as saying .": what he said is the clause the sentence opens on,
    # up to the comma before the subject (no quotation marks in it: those are above)
    first = cue.sent.start_char if doc.has_annotation("SENT_START") else 0
    before = text[first:opens].rstrip(" \t")
    if not before.endswith(",") or any(m in before for m in ('"', "``", "\u201c", "''")):
        return None
    end = first + len(before[:-1].rstrip(" \t"))
    start = first + len(before) - len(before.lstrip())
    return (start, end) if end - start > 10 else None


def _quoted_passive(cue):
    """(who is quoted, the saying) of "X was quoted (by Y) as saying …": X speaks, Y only
    reports it; else None."""
    if cue.lemma_.lower() != "quote" or not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    saying = next((g for c in cue.children if c.lower_ == "as" for g in c.children
                   if g.tag_ == "VBG" and g.lemma_.lower() in ("say", "tell", "write")), None)
    return None if subj is None or saying is None else (subj, saying)


def _quoted_passive_content(doc, cue, subj, saying, regions) -> Optional[tuple[int, int]]:
    """What X said in "X was quoted (by Y) as saying …" (chars): the clause the saying
    governs (past a "that", never the one told), else the quotation right after it, else
    the quotation X's sentence opens on; None where there is none."""
    clause = next((c for c in saying.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        words = [t for t in clause.subtree]
        while words and (words[0].is_punct or words[0].dep_ == "mark"):
            words.pop(0)
        while words and words[-1].is_punct and words[-1].text not in ('"', "'", "\u201d", "''"):
            words.pop()
        if len(words) >= 2:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            # (a quotation the clause opens keeps its marks: "as saying: "What …?"")
            return next(((s, max(e, end)) for s, e in regions if s <= start < e), (start, end))
    text = text_of(doc)
    after = saying.idx + len(saying.text)
    for s, e in sorted(regions):
        if s >= after and not text[after:s].strip(" ,:\t"):
            return s, e
    opens = subj.left_edge.idx
    return next(((s, e) for s, e in sorted(regions, reverse=True) if e <= opens
                 and not text[e:opens].strip(" ,\t")), None)


def _speakers_joined_late(cue, best):
    """The people right before the cue where the parse hung them on a clause of another
    subject ("… more planes headed from the united states and senior officials say Iraq's
    president …": two clauses joined with no comma, "officials" read as a conjunct of
    "states"): they say it, not the things the clause before is about."""
    if best is None or best.dep_ != "nsubj" or best.head.i != cue.i or cue.i == 0:
        return best
    prev = cue.doc[cue.i - 1]
    if prev.dep_ != "conj" or prev.pos_ != "NOUN" or prev.i == best.i or prev.head.i == best.i \
            or not best.left_edge.i <= prev.i <= best.right_edge.i:
        return best   # (not the subject's own conjunct: "Mr Kavanaugh and his supporters")
    lemma, own = prev.lemma_.lower(), best.lemma_.lower()
    if lemma not in PEOPLE_NOUNS | PERSON_NOUNS or own in PEOPLE_NOUNS | PERSON_NOUNS \
            or best.ent_type_ or not any(c.dep_ == "cc" for c in prev.head.children):
        return best
    return prev


def _before_inverted_cue(cue, best, info) -> tuple[int, int]:
    """"Real losses have been suffered and somebody has to pay, observed Jack Boorman,
    adviser to …": a cue after a comma with its source after it, whose right holds only
    that source, reports the clause before the comma (the parse hangs such a cue on the
    clause's verb as a conjunct). An empty range where the cue is not so."""
    doc = cue.doc
    s_start = info.bounds(cue)[0]
    if best is None or best.i < cue.i or cue.i - 1 <= s_start or doc[cue.i - 1].text != ",":
        return 0, 0
    b = cue.i - 1
    while b > s_start and doc[b - 1].is_punct and not info.in_quote[b - 1]:
        b -= 1
    a = s_start
    while a < b and (doc[a].is_space or doc[a].is_punct and not info.in_quote[a]):
        a += 1
    return (a, b) if sum(1 for t in doc[a:b] if t.is_alpha) >= 3 else (0, 0)


def _subject_taken_by_cue(cue, a: int, b: int, best) -> int:
    """Where what is said starts when the parse gave the cue two subjects, the clause's
    and the speaker ("A child's chances of being killed …, whether the vehicle was
    equipped with an air bag or not , is reduced by 29 percent …, she said"): the
    clause's subject before the content is its start, never the word after an aside."""
    if best is None or best.head.i != cue.i or b > best.i:
        return a
    other = next((c for c in cue.children if c.dep_ == "nsubj" and c.i != best.i
                  and c.right_edge.i < a), None)
    if other is None or not any(c.dep_ == "ccomp" and a <= c.i < b for c in cue.children):
        return a
    return other.left_edge.i


_RELATIVE_WORDS = ("who", "which", "whose", "whom")


def _before_writers_relative(text: str, start: int, end: int, regions) -> int:
    """The end of a content that the writer's relative clause follows outside a
    quotation's marks: after a quotation it opens on ('"… the hopes and dreams of Elian's
    mother Elizabeth," who died with nine other adults …, said X'), or after one closing
    on its comma ('his departure was for "personal reasons," which he declined to
    specify'): the quotation's closing mark; the clause tells the reader about them,
    nobody said it."""
    for s, e in regions:
        if start <= s < e < end and (s == start or text[s:e].rstrip("\"'”’` ").endswith(",")):
            rest = text[e:end].lstrip(" ,")
            if rest.split(" ", 1)[0] in _RELATIVE_WORDS:
                return e
    return end


def _run_on_quotations(text: str, start: int, end: int, regions) -> int:
    """The end of a content closing on a quotation that ends its sentence, where more
    quotations follow it with nothing but a space between ('Yelling says: "I think this
    will probably make Paula." "I think it will drive her on …"': paragraphs of one
    quotation run together in the text): the last of them, short of one closing on a
    comma, which a cue of its own signs. (Another cue's quotation is cut off after.)"""
    at = next((k for k, (s, e) in enumerate(regions) if start <= s and e == end), None)
    while at is not None and at + 1 < len(regions):
        e, (s2, e2) = regions[at][1], regions[at + 1]
        if text[e:s2].strip(" ") or not text[:e].rstrip("\"'”’` ").endswith((".", "?", "!")) \
                or text[s2:e2].rstrip("\"'”’` ").endswith(","):
            break
        end, at = e2, at + 1
    return end


def _close_quotation(text: str, start: int, end: int, regions) -> int:
    """Extend ``end`` to the closing mark of a quotation opened inside [start, end)."""
    for s, e in regions:
        if start <= s < end < e and e - end < 600:
            return e
    return end


def _names_only(doc, mentions: Optional[list[Entity]]) -> Optional[list[Entity]]:
    """The mentions less a capitalised common word the tagger took for a name because it
    opens a sentence ("Newspaper reports have said", "More than two-thirds of those
    questioned said"): one word, modifying a common noun, and named nowhere else."""
    if not mentions or not doc.has_annotation("DEP"):
        return mentions
    count = Counter(m.entity for m in mentions)
    # (token of each start character from IDX, a Token made only for a mention's start)
    starts = {idx: i for i, idx in enumerate(doc.to_array([IDX]).reshape(-1).tolist())}

    def common(m) -> bool:
        i = starts.get(m.start)
        tok = doc[i] if i is not None else None
        return (tok is not None and count[m.entity] == 1 and tok.idx + len(tok.text) == m.end
                and tok.is_sent_start and tok.dep_ in ("compound", "amod", "nmod")
                and tok.head.pos_ in ("NOUN", "NUM") and not tok.head.text[:1].isupper())
    return [m for m in mentions if not common(m)]


def find_quotes(doc, mentions: Optional[list[Entity]] = None,
                model: Optional[QuoteModel] = None,
                corefs: Optional[list[Entity]] = None,
                explain: Optional[list] = None,
                minted: Optional[list] = None) -> list[Quote]:
    """The attributions in ``doc``. ``mentions`` (named entities with their entity ids)
    and ``corefs`` (role nouns and pronouns tied to a person, entities.find_corefs) give
    each speaker its entity; without them ``speaker_entity`` stays null. Each quote
    carries its attribution kind and calibrated confidence (nlp/attribution.py);
    ``explain``, when a list, receives (quote, confidence features) pairs; ``minted``,
    when a list, the speakers' names the mentions lacked (entities to add)."""
    model = model or load_model()
    calibration = load_calibration()
    info = DocInfo(doc)
    text = info.text
    speakers = Speakers(people_by_use(doc, _names_only(doc, mentions)), corefs, info.regions, text,
                         frozenset(e.start_char for e in doc.ents if e.label_ == "ORG"))
    found = []  # (probability, content (start, end) chars, cue token, speaker token range)
    lexicon = model.lexicon
    for i, lemma in enumerate(info.table.lemma):
        if lemma not in lexicon:
            continue
        tok = doc[i]
        z = model.cue_score(tok, info)
        p = _sigmoid(z)
        if p < model.threshold:
            continue
        cands = content_candidates(tok, info)
        if not cands:
            continue
        relative = subject_before_relative(tok)
        if relative is not None and any(k[0] > tok.i for k in cands):
            # (what is said is the clause after the cue, not the relative clause's words)
            cands = {k: v for k, v in cands.items() if k[0] > tok.i}
        (a, b), _ = max(cands.items(), key=lambda kv: model.score(
            model.content, content_features(tok, kv[0][0], kv[0][1], kv[1], info)))
        if tok.text == ":" and sum(1 for t in doc[a:b] if t.is_alpha) < 3:
            continue  # "Photo: Reuters" is a caption, not a headline's attribution
        best, best_score = None, model.score(model.speaker, speaker_features(None, tok, (a, b)))
        for cand in speaker_candidates(tok, (a, b), info):
            if all(ch in MARKS for ch in cand.text):
                continue  # a footnote's "*" the tagger read as a name: punctuation says nothing
            if info.in_quote[cand.i] and not info.in_quote[tok.i]:
                continue  # a "we" inside the quotation is not who is quoted
            if cand.dep_ == "pobj" and cand.head.head.i == tok.i \
                    and cand.head.lower_ in ("of", "about"):
                continue  # "said of the robbers": whom the words are about
            s = model.score(model.speaker, speaker_features(cand, tok, (a, b)))
            if s > best_score:
                best, best_score = cand, s
        if best is not None and best.dep_ == "pobj" and best.head.lower_ == "of" \
                and best.head.head.dep_ in ("nsubj", "nsubjpass") and best.head.head.head.i == tok.i \
                and best.head.head.pos_ in ("NOUN", "PROPN"):
            best = best.head.head  # "Creditors of South Korea's top card firm have said"
        if best is not None and best.dep_ == "poss" and best.head.pos_ in ("NOUN", "PROPN"):
            best = best.head  # "Russia's foreign minister said": the minister speaks
        while best is not None and best.dep_ in ("compound", "nmod") and best.head.i > best.i \
                and best.head.pos_ in ("NOUN", "PROPN") and best.head.i != tok.i:
            best = best.head  # "said Yukos chief executive Steven Theede": Theede speaks
        named = named_after_cue(tok, info.in_quote)
        inverted = inverted_source(tok, info.in_quote, info.region_of) \
            if named is None and (best is None or best.i < tok.i) else None
        if inverted is not None:
            # '"…," confirmed a club spokesman': the source after the inverted cue, and what
            # came before it is what was said
            named, (a, b) = inverted
            best = named
        if named is not None and (best is None or best.i < tok.i and best.ent_type_ != "PERSON"
                                  and best.pos_ != "PRON"
                                  or tok.i < best.i < named.i and best.ent_type_ != "PERSON"):
            # "…, said Mr Hogan, 2004 saw …": the parse hangs him elsewhere, or on a word
            # of the description his name closes ("said Danish dockers' union official …")
            best = named
        best = aside_of(best, tok)
        best = first_conjunct(tok, best)
        best = speaker_head(tok, best)
        best = name_past_modifier(best)
        best = member_named(tok, best)
        best = subject_itself(tok, best)
        best = source_after_comma(tok, best)
        if relative is not None and any(k[0] > tok.i for k in cands):
            best = relative
        if best is None:
            # "Sherbatov said …": a name the tagger read as another part of speech (an
            # adjective for its "-ov") is still the subject naming who speaks
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ not in ("NOUN", "PROPN", "PRON") \
                    and subj.ent_type_ in ("PERSON", "ORG") and subj.text[:1].isupper() \
                    and not (info.in_quote[subj.i] and not info.in_quote[tok.i]):
                best = subj
        surname = speakers.surname_read_as_word(tok)
        if surname is not None:
            best = surname  # "May said:" where the text names Brian May
        late = late_subject(tok) or name_after_quotation(tok, info.in_quote)
        dashed = subject_before_dashes(tok) if late is None else None
        late = late or dashed
        if late is not None and not (info.in_quote[late.i] and not info.in_quote[tok.i]):
            best = late  # "… but his lawyer, Ann Cole, told …": the parse hung her elsewhere
        elif inverted is None and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "The firm said A but stressed B": who said A stressed B (also where the
            # parse hangs "stressed" on A's verb).
            verb = tok.head
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in model.lexicon:
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON") \
                    and not (info.in_quote[subj.i] and not info.in_quote[tok.i]):
                best = subj
        own = own_subject(tok)
        if tok.tag_ == "VBG" and own is not None and own.pos_ in ("NOUN", "PRON", "PROPN") \
                and not (info.in_quote[own.i] and not info.in_quote[tok.i]):
            best = own  # "with many saying it was unjustified": the many say it
        elif tok.tag_ == "VBG" and own is not None and own.i < tok.i \
                and surname_misread(own, speakers):
            # ("Cole recently heaped praise on the show, saying: …", the surname read as a
            # participle and the clause hung on it): the clause's subject, a surname of one
            # person the text names in full, says it, not a noun inside the clause
            best = own
        elif tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and tok.i > tok.head.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "The band thanked the fans, adding: …": who thanked adds.
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.pos_ in ("NOUN", "PROPN", "PRON")
                                     or surname_misread(subj, speakers)) \
                    and subj.lower_ not in ("who", "that", "which", "whose"):
                best = subj  # (also a surname the tagger read as a verb)
        if own is not None and own.lower_ in QUANTIFIERS and own.i < tok.i \
                and (tok.dep_ == "conj" or tok.tag_ == "VBG") \
                and not (info.in_quote[own.i] and not info.in_quote[tok.i]):
            # "The CBI found some firms managed … - but many said …", "with many saying":
            # a coordinated or participle cue's own subject, a quantifier the parse reads
            # as an adjective, is who says it (an unnamed source), never the first
            # clause's. (A clause's main verb keeps its reading: "Many worried their
            # efforts would fail" is no speaker's position for being given one.)
            best = own
        best = _speakers_joined_late(tok, best)
        best = source_of_trailing_participle(tok, info.in_quote) or best
        if named is not None and best is named and a > tok.i:
            # '"Yes," exclaimed Ann, a daughter of …': the quotation before the inverted
            # cue is what was said, never the name's apposition after it
            a, b = quotation_before(tok, info.in_quote, info.region_of) or (a, b)
        a = _subject_taken_by_cue(tok, a, b, best)
        a, b = before_late_subject(tok, a, b, model.lexicon)
        a, b = main_clause_of_parenthetical(tok, a, b)
        a, b = whole_object(tok, a, b)
        a, b = without_addressee(tok, a, b)
        a, b = clause_before_postposed_cue(tok, a, b, info.in_quote)
        a, b = complement_after_cue(tok, a, b)
        a, b = without_trailing_relay(tok, a, b)
        a, b = own_clause_of_adverb(tok, a, b)
        a, b = coordinated_report(tok, a, b)
        a, b = without_writers_conjunct(tok, a, b)
        a, b = with_lost_predicate(tok, a, b)
        a, b = closed_brackets(tok, a, b)
        a, b = before_lost_full_stop(tok, a, b)
        a, b = complement_of_inner_cue(tok, a, b)
        if topic_before_cue(tok, a, b):
            continue
        attribution = attribution_of(tok, a, b, info.in_quote)
        a, b = relative_antecedent(tok, a, b)   # (after the kind: what "which" stands for
        # is no clause the cue governs)
        if regulation_requires(tok, best) or legal_act(tok, best):
            attribution = None  # "Rules … demand that …": a provision, not a stance
        if best is not None and any((c.dep_ == "det" and c.lower_ in ("no", "neither"))
                                    or c.dep_ == "neg" for c in best.children):
            # "with no cast, opening date or theatre announced"; "Not all Cuban-Americans
            # insist that …" is what some of them do not say ("neither Messrs. Perlman nor
            # Price said he spends much time …": what neither said, as "did not say").
            attribution = None
        passive = _quoted_passive(tok)
        agent = agent_of(tok) if passive is None else None
        if passive is not None:
            best = passive[0]  # "X was quoted by Y as saying": X speaks, Y reports it
            attribution = "speech"
        elif agent is not None:
            best = agent  # "is believed by X": X holds the belief
        elif attribution == "unsourced":
            best = None  # "100,000 people are believed killed": the victims said nothing
        elif best is None and attribution is not None:
            attribution = None  # "Assuming that …", "Doubts about …": the writer's own
        phrase = whole_name(doc, noun_phrase(best, info), speakers.mentions, best) \
            if best is not None else None
        if phrase is not None and phrase[1] == best.i + 1:
            phrase = name_after_role_noun(best, phrase)
        if dashed is not None and best is dashed:
            # (the parse broke the clause at the dashes: the name alone speaks, and what
            # it says runs from the cue to the end of its sentence)
            phrase = (next(t.i for t in reversed(doc[:best.i + 1]) if t.i == 0 or
                           doc[t.i - 1].pos_ != "PROPN"), best.i + 1)
            end = tok.sent.end
            while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            if tok.i < a < end:
                b = max(b, end)
        to = next((c for c in tok.children if c.lower_ == "to"), None) \
            if tok.lower_ == "according" and best is not None else None
        if to is not None and any(c.dep_ == "pobj" for c in to.children):
            to = None  # (a parsed source keeps its phrase: "according to Ann Cole, editor of …")
        source = name_closing_source(to) if to is not None else None
        if source is not None and source.i == best.i:
            # (the source's words are all before its comma; what follows says the rest)
            phrase = (to.i + 1, best.i + 1)
            if a <= best.i + 1 < b:
                a = best.i + 2
        role = speakers._role_after_name(best) if best is not None else None
        if role is not None and phrase[0] <= best.i < phrase[1] <= role.i:
            # "said the Sale full-back": the parse hung the role on the club's name, but
            # the phrase that names the speaker runs to the role
            phrase = (phrase[0], role.i + 1)
        if relative is not None and best is relative:
            phrase = (next(t.i for t in reversed(doc[:best.i + 1]) if t.i == 0 or
                           doc[t.i - 1].pos_ != "PROPN" or doc[t.i - 1].is_sent_end), best.i + 1)
        if tok.text == ":" and phrase is not None and phrase[0] <= tok.i < phrase[1]:
            continue  # "Brexit: UK 'would forever …'": a label and its headline, no speaker
        if named is not None and best is named:
            # Just the name, and what is said starts after it.
            phrase = (tok.i + 1, best.i + 1)
            # (unless what is said opens on a quotation before the cue: '"A," declared
            # Acme coach Ann Cole. "B."' is both, the cue and the name the writer's aside)
            if a <= best.i < b and not (a < tok.i and info.in_quote[a]):
                a = best.i + 1
                while a < b and doc[a].is_punct:
                    a += 1
            if a >= b:
                continue
        elif phrase is not None and a < phrase[1] and phrase[0] < b \
                and not info.in_quote[phrase[0]] and not phrase[0] <= tok.i < phrase[1]:
            # What is said never holds who says it: "Then, say analysts, there is …" and
            # "…, the Office for National Statistics (ONS) said" (the parse took the
            # speaker into the clause) are cut where the speaker's words begin or end.
            if phrase[0] <= a or all(t.is_punct or t.i == tok.i or t.pos_ in ("ADV", "CCONJ")
                                     for t in doc[a:phrase[0]]) or (
                    phrase[1] <= tok.i and opening_phrase(doc[a:phrase[0]])):
                # (an opening "Then, say analysts," goes with the cue)
                a = max(phrase[1], tok.i + 1) if a <= tok.i < b else phrase[1]
                while a < b and doc[a].is_punct:
                    a += 1
            elif a < phrase[0] and phrase[1] <= tok.i < b - 2 and doc[tok.i + 1].text == ":":
                # '"…iPod." Harris added: "…"': what he adds is what follows the colon;
                # the quotation before it is another's turn, or his own said before
                a = tok.i + 2
                while a < b and (doc[a].is_space or doc[a].is_punct and not info.in_quote[a]):
                    a += 1
            elif phrase[1] >= b - 1:
                comma = [t.i for t in doc[a:phrase[0]] if t.text == "," and not info.in_quote[t.i]]
                b = comma[-1] if comma else phrase[0]
                while b > a and (doc[b - 1].is_punct and doc[b - 1].text not in ('"', "'", "”", "’")
                                 or (doc[b - 1].lower_ == "by" and best.head.i == b - 1)):
                    b -= 1   # (and the "by" of a passive's agent: "described as X by Y")
            if a >= b:
                a, b = _before_inverted_cue(tok, best, info)
                if a < b:
                    attribution = attribution_of(tok, a, b, info.in_quote)
            if a >= b:
                continue
        b = _object_left_out(doc, a, b, info.in_quote)
        b = _predicate_split_off(tok, a, b)
        a = _clause_of_object(tok, a, b)
        a = _after_adverbs(doc, a, b, info.in_quote)
        a = quotation_before_subject(tok, phrase, a, b, info.in_quote, info.region_of)
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        before = _quoted_as_saying(doc, a, b, tok, info.regions) if passive is None else \
            _quoted_passive_content(doc, tok, *passive, info.regions)
        if before is not None:
            start, end = before  # "…," Tanjug quotes Acimovic as saying: the quotation
        end = _across_aside(text, start, end, tok.idx)
        end = _close_quotation(text, start, end, info.regions)
        end = _before_writers_relative(text, start, end, info.regions)
        end = _run_on_quotations(text, start, end, info.regions)
        found.append((p, (start, end), tok, phrase,
                      best, (z, attribution, content_form(doc, a, b, info.in_quote))))
    # One quote per stretch of text: of two cues claiming mostly the same words
    # ("adding that …" and "said …"), the surer keeps them.
    found.sort(key=lambda f: -f[0])
    kept = []
    for f in found:
        clash = [k for k in kept if _same_words(f[1], k[1])]
        cuts = [before_answer(k, f, doc) for k in clash]
        if clash and None in cuts:
            continue
        # ('Asked whether … he said: "…"': the question gives the answer its own item)
        cut_of = dict(zip(map(id, clash), cuts))
        kept = [(k[0], cut_of[id(k)], *k[2:]) if id(k) in cut_of else k for k in kept]
        kept.append(f)
    kept.sort(key=lambda f: f[1][0])
    kept = _cut_at_quotations(text, kept, info.regions)
    sourced = [f[1] for f in kept if f[3] is not None and f[5][1] in ("speech", "position")]
    kept = [f for f in kept if not folded_expectation(f[2], sourced)]
    kept = [(f[0], (_after_continued_quotation(text, *f[1], f[2], info.regions), f[1][1]), *f[2:])
            for f in kept]
    kept = [(f[0], _after_according_to(text, *f[1], f[2]), *f[2:]) for f in kept]
    quotes: list[Quote] = []
    for p, (start, end), cue, sp, head, (z, attribution, form) in kept:
        if according_to_measure(cue):
            continue
        speaker = tok_span(doc, *sp) if sp is not None else None
        modified = (placed_compound(head) or modified_role(head, cue)) \
            if head is not None and speaker is not None else None
        if modified is not None:
            # ("added the Ghana-born researcher", the parse's speaker on "Ghana"; "the
            # ex-Reds assistant boss warned", on "assistant"): the speaker is the noun
            # phrase the modifier is in
            head = modified
            speaker = tok_span(doc, min(head.left_edge.i, sp[0]), max(head.i + 1, sp[1]))
        # "analysts said" names nobody; "industry analysts Screen Digest said" does.
        unnamed = head is not None and head.lower_ in UNNAMED and head.pos_ == "NOUN" \
            and not any(speaker.start <= m.start < speaker.end for m in speakers.mentions) \
            and speakers.named_after(speaker, head) is None \
            and speakers.document_of(head) is None and speakers.named_later(head) is None \
            and speakers.cited_source(head) is None and speakers.report_named_next(head) is None \
            and speakers.group_named_next(head) is None
        cue_end = cue.idx + len(cue.text)
        if cue.lower_ == "according" and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "to":
            cue_end = doc[cue.i + 1].idx + len(doc[cue.i + 1].text)
        if head is not None and cue.lower_ == "according":
            # ("According to figures gathered by industry watchdog, Ofcom, the growth
            # means …": the agent's name set off by commas is the source's, not said;
            # so is one set after its noun with none, "research by analysts the Radicati
            # Group up to 45% …", and the source's own: "According to the statistics
            # office, Destatis, …")
            apposed = agent_apposition(head) or _name_set_off_after(head)
            if apposed and apposed[0].idx == start and apposed[-1].i + 1 < len(doc):
                after = doc[apposed[-1].i + 1]
                start = after.idx + (len(after.text) if after.is_punct else 0)
                while start < end and text[start].isspace():
                    start += 1
        content = _span(text, start, end)
        # What is said is no clue to who says it: the contents go in first.
        speakers.contents.append((start, end))
        weak = attribution is None and p < WEAK_ACT
        entity = None if speaker is None or unnamed else speakers.entity(
            speaker, head, end, weak=weak)
        if weak:
            # (what an act the model doubts is about stays a clue: "Kanye West was booed
            # … in which he praised Trump" is West, not a headline fragment named before)
            speakers.contents.pop()
        how = "unnamed" if unnamed else (speakers.how if speaker is not None else "no-speaker")
        if how == "none" and entity is None:
            how = unresolved(head)
        if head is not None and two_sources(head, mentions or []):
            # "The United States and the European Union said", "Ant and Dec said": two
            # named sources, which one speaker entity cannot hold (as "Both firms").
            entity, how = None, "several"
        kind = quote_kind(text, start, end, info.regions)
        label = next((m.label for m in speakers.mentions if head is not None
                      and m.start <= head.idx < m.end), None)
        if label is None and head is not None and head.text in MEMBER_OFFICES and head.i > 0:
            # ("Frank Field MP said": the parse's head is the office after the name)
            before = doc[head.i - 1]
            label = next((m.label for m in speakers.mentions if m.start <= before.idx < m.end), None)
        feats = confidence_features(z, attribution, kind, speaker_form(head, label), "cue",
                                    form, cue.idx < info.headline_end)
        feats["how=" + how] = 1.0
        quotes.append(Quote(
            content=content,
            speaker=speaker,
            speaker_entity=entity,
            cue=_span(text, cue.idx, cue_end),
            kind=kind,
            addressee=addressee(cue),
            attribution=attribution,
            confidence=_confidence(calibration, feats, how)))
        if explain is not None:
            explain.append((quotes[-1], feats))
    quotes = _cut_at_cues(text, quotes, info.regions, doc)
    quotes = opened_before(text, info.regions, quotes)
    by_model = {id(q) for q in quotes}
    signed = _headlines(doc, mentions)
    quotes = [q for q in quotes if not any(
        h.content.start <= q.content.start < h.cue.end for h in signed)] + signed
    quotes.extend(_dashed(doc, info, mentions, quotes))
    quotes.extend(signed_before(text, info.regions, mentions, quotes))
    quotes.extend(_uncued_paragraphs(doc, info, quotes, speakers))
    quotes.extend(going_on(text, info.regions, mentions, quotes))
    out = []
    for q in quotes:
        if id(q) not in by_model:
            # The forms the rules find (a headline's colon, a dash-signed quotation, a
            # quoted paragraph of the last speaker): words said, by their own marks.
            form = "headline" if q.cue is not None and q.cue.text == ":" else (
                "dash" if q.cue is not None else "uncued")
            feats = confidence_features(6.0, "speech", q.kind,
                                        "person" if q.speaker_entity else "name", form,
                                        "quote" if q.kind == "direct" else "clause",
                                        q.content.start < info.headline_end)
            if form != "uncued" or q.confidence is None:
                q = replace(q, confidence=calibration(feats) if calibration else None)
            q = replace(q, attribution="speech")
            if explain is not None:
                explain.append((q, feats))
        out.append(q)
    out = [replace(q, asides=find_asides(text, q.content.start, q.content.end, q.cue,
                                         info.regions)) if q.kind != "indirect" else q
           for q in out]
    if minted is not None:
        used = {q.speaker_entity for q in out}
        minted.extend(m for m in speakers.minted if m.entity in used)
    return sorted(out, key=lambda q: (q.content.start, q.content.end))


def _opens_after(text: str, end: int) -> bool:
    """Whether the line goes on from ``end`` to a sentence's end and a lone opening mark
    (`Jansher said that he was disturbed … . "`): the speaker's quotation follows."""
    line = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)]
    return bool(re.fullmatch(r"\s*[.!?]\s*[\"\u201c]\s*", line))


def _line_chains(text: str, regions) -> dict:
    """Quotations carried over lines (``quote_regions``): each region of such a
    quotation -> all its regions, the opening line's to the closing line's."""
    chains: dict = {}
    run: list = []
    for s, e in sorted(regions):
        joined = run and not text[run[-1][1]:s].strip() and text[run[-1][1]:s].count("\n") == 1 \
            and text[s] not in "\"“”`'‘’"
        if joined:
            run.append((s, e))
            continue
        if len(run) > 1:
            chains.update({r[0]: tuple(run) for r in run})
        run = [(s, e)]
    if len(run) > 1:
        chains.update({r[0]: tuple(run) for r in run})
    return chains




def _closed_by_a_cue(doc, text: str, end: int) -> bool:
    """'… our holy places ? "' / 'asked Mustafa Hoshiyeh , …': a quotation whose next
    line opens on a verb of saying is that line's speaker's, whom the model did not
    take for one; not the last speaker's."""
    m = re.match(r"[ \t]*\n\s*([a-z]+)\b", text[end:end + 40])
    if m is None:
        return False
    word = doc.char_span(end + m.start(1), end + m.end(1))
    return word is not None and word[0].lemma_.lower() in CLOSING


def _read_after(doc, text: str, end: int) -> bool:
    """'"First Fruits of the Monstrousness," read the full-page editorial …': a quotation
    whose own line goes on with a verb of saying or of a text's wording, inverted, is
    what that verb's subject says (a document the model takes for no speaker), never the
    last speaker's."""
    m = re.match(r"[ \t,]*([a-z]+)\b", text[end:end + 30])
    if m is None:
        return False
    word = doc.char_span(end + m.start(1), end + m.end(1))
    return word is not None and word[0].pos_ in ("VERB", "AUX") and (
        word[0].lemma_.lower() in CLOSING | {"read"}) and any(
        c.dep_ in ("nsubj", "dobj", "attr") and c.pos_ in ("NOUN", "PROPN") and c.i > word[0].i
        for c in word[0].children)   # (the parse may take the inverted subject for an object)


def _run_together(text: str, s: int, e: int, regions, quotes: list[Quote]) -> int:
    """The end of an uncued paragraph's quotation [s, e) with the quotations run together
    after it (`… January. "This evidence …`: paragraphs of one quotation whose breaks
    were lost), the same quotation going on: up to one another quote takes, and short of
    a region holding a double mark inside it, which pairs marks across the writer's
    words (`… stadium." Some fans …, but he countered: "I …`)."""
    taken = min((q.content.start for q in quotes if q.content.start >= e), default=len(text))
    limit = min(_run_on_quotations(text, s, e, regions), taken)
    for rs, re_ in sorted(regions):
        if rs < e or re_ > limit:
            continue
        if any(ch in '"“”' for ch in text[rs + 1:re_ - 1]):
            break
        e = re_
    return e


def _uncued_paragraphs(doc, info: DocInfo, quotes: list[Quote], speakers) -> list[Quote]:
    """A quotation opening a paragraph, taken by no quote, belongs to the last speaker."""
    text = info.text
    out = []
    chains = _line_chains(text, info.regions)
    # (an "I" no one is found for, "I was disappointed when …" on a line of a quotation
    # whose marks the lines lost, is no source whose quotation goes on: the one quoted
    # before it is)
    quotes = [q for q in quotes if q.speaker is None or q.speaker_entity is not None
              or q.speaker.text.lower() not in FIRST_PERSON]
    for s, e in info.regions:
        if any(q.content.start < e and s < q.content.end for q in quotes):
            continue
        if s > 0 and text[s - 1] != "\n" or len(text[s:e].split()) < 4:
            continue
        chain = chains.get(s)
        if chain is not None:
            # A quotation set out a line at a time: the speaker of the quote its other
            # lines hold (the one before, else the one closing it: `"I don't usually
            # cry …` … `…," said an emotional Garcia`), never the last one before it,
            # which may be someone else's (`Jim Furyk spoke after …, "I'm proud …`).
            held = [q for q in quotes if q.speaker is not None and q.cue is not None
                    and any(q.content.start < ce and cs < q.content.end for cs, ce in chain)]
            opens = chain[0][0]
            if held:
                prior = [q for q in held if q.content.end <= s]
                last = max(prior, key=lambda q: q.content.end) if prior else min(
                    held, key=lambda q: q.content.start)
            elif opens > 0 and text[opens - 1] != "\n":
                continue   # (opened after words no quote took: whose, unknown)
            else:
                chain = None   # (opening its paragraph: the last speaker's, as below)
        if chain is None:
            before = [q for q in quotes if q.content.end <= s and q.speaker is not None]
            if not before or _closed_by_a_cue(doc, text, chains.get(s, [(s, e)])[-1][1]) \
                    or _read_after(doc, text, e):
                continue
            last = max(before, key=lambda q: q.content.end)
            if chains.get(s) is not None and s != chains[s][0][0] and last.kind == "indirect" \
                    and not _opens_after(text, last.content.end):
                # (a line carried on from a paragraph-opening quotation is the last
                # speaker's only where that speaker was being quoted in words: after
                # "Mr. Rosenstein says The Times's account is inaccurate." an op-ed's
                # closing quotation is not his; it is where his own line ends on the
                # mark that opens the quotation: `Jansher said that … . "`)
                continue
        # It is that speaker's quotation going on, as sure as the quote it continues
        # (all ten such paragraphs of the judged news samples whose speaker had an
        # entity were right; the form's own calibration on PolNeAR gave them 0.69).
        sure = last.confidence if last.attribution in ("speech", "position") else None
        e = _run_together(text, s, e, info.regions, quotes)
        out.append(Quote(content=_span(text, s, e), speaker=last.speaker,
                         speaker_entity=last.speaker_entity, cue=None, kind="direct",
                         confidence=sure))
    return out


@Language.factory("storygraph_quotes", requires=["token.dep", "token.lemma"],
                  assigns=["doc._.quotes"])
def make_quotes(nlp, name):
    if nlp.lang == "fr":
        from .quotes_fr import make_quotes_fr
        return make_quotes_fr(nlp)
    model = load_model()

    def component(doc):
        minted: list = []
        doc._.quotes = find_quotes(doc, doc._.mentions, model, doc._.corefs, minted=minted)
        if minted and doc._.mentions is not None:
            # A source named only where it speaks is an entity too.
            doc._.mentions = sorted(list(doc._.mentions) + minted, key=lambda m: m.start)
        if doc._.mentions:
            # (after the quotes: a source is often named only where it speaks, "Global
            # Net said", beside the tagger's "GlobalNet")
            doc._.mentions, doc._.quotes = _one_spelling(doc._.mentions, doc._.quotes)
        return doc
    return component


def _one_spelling(mentions: list, quotes: list) -> tuple[list, list]:
    """``mentions`` and ``quotes`` with a body written with and without its spaces
    given one entity (``name_joins.spaced_alike``)."""
    moved = spaced_alike(mentions)
    if not moved:
        return mentions, quotes
    mentions = [replace(m, entity=moved.get(m.entity, m.entity)) for m in mentions]
    quotes = [replace(q, speaker_entity=moved.get(q.speaker_entity, q.speaker_entity))
              for q in quotes]
    return mentions, quotes
