"""Candidates and features for the quote model (nlp/quotes.py, nlp/quotes_train.py).

Three decisions, each a linear model over sparse string features:
- cue: is this token the head of an attribution cue (``said``, ``according``, ``:``)?
- content: which of the cue's candidate spans (its clause, object, the quotation next to
  it, the rest of its sentence …) is what was said?
- speaker: which noun of the sentence (or nobody) said it?
Candidates are read off spaCy's parse; the features are plain strings so the trained
weights ship as JSON.
"""
from __future__ import annotations

import re
from typing import Optional

import numpy
from spacy.attrs import IDX, SENT_START

from .extensions import text_of
from .token_table import TokenTable

#: Quotation marks: openers, closers, and the ambiguous ones that toggle.
OPENERS = ("“", "``", "‘‘")
CLOSERS = ("”", "’’")
TOGGLES = ('"', "''")
_MARK_RE = re.compile(r"“|”|``|''|‘‘|’’|\"")
QUOTE_TOKENS = frozenset(OPENERS + CLOSERS + TOGGLES)
SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "csubjpass", "expl"))
_SKIP_CHILD = frozenset(("aux", "auxpass", "neg", "punct", "cc", "det", "case", "mark",
                         "prt", "compound", "amod", "nummod", "poss")) | SUBJECTS
SPEAKER_POS = frozenset(("NOUN", "PROPN", "PRON"))
#: Candidate contents that may hold their own cue: a quotation interrupted by it
#: ("A," X said, "B.") and the whole sentence around a parenthetical cue.
_AROUND = frozenset(("wsent", "qboth", "qpara"))


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included. A quotation closes at its closing
    mark or, when a paragraph ends first (news style for quotes running over several
    paragraphs), at the end of that paragraph."""
    regions = []
    pos = 0
    lines = text.split("\n")
    carried = False  # the line before ended inside a quotation
    opened = False   # … opened by the mark ending a narrator's line (`X said that … . "`)
    for n, para in enumerate(lines):
        start, after_narrator, opened = None, opened, False
        if carried and _closes_carried(para) and _NARRATED.match(para):
            # `Jansher said that he was disturbed … . "`: a line that opens on a named
            # subject and a verb of saying is the narrator's, not the carried quotation's
            # (its end mark opens the next line's, the named one's)
            carried = False
        if carried and _closes_carried(para):
            # One sentence a line (NTREX, AIDA): `said: "It's hard … published.` then
            # `It's very amusing … success."` — the quotation goes on from the line
            # before and closes here, so the line is quoted from its start.
            start = 0
        elif carried and para.strip() and not _MARK_RE.search(para) \
                and (_closed_later(lines[n + 1:])
                     or after_narrator and _paragraph_quoted(lines[n:n + 2])):
            # … and lines without a mark between the opening line and the closing one
            # are the same quotation's.
            regions.append((pos, pos + len(para.rstrip())))
            pos += len(para) + 1
            continue
        carried = False
        inner = False  # inside a quotation quoted within the open one
        for m in _MARK_RE.finditer(para):
            mark = m.group()
            cut = _named_cue_before(para, start, m.start(), m.end()) \
                if start is not None and not inner and mark in TOGGLES else None
            if cut is not None:
                # `… "Of course he'll learn. Lee starts up front. Coach Ann Cole said:
                # "Lee is …`: a quotation left open (the next quoted paragraph's opening
                # mark with the one before unclosed) stops before a sentence that names
                # a new speaker and opens that speaker's quotation; the mark is theirs.
                regions.append((pos + start, pos + len(para[:cut].rstrip())))
                start = m.start()
                continue
            if start is not None and mark in TOGGLES and (
                    inner or _opens_inside(para, m.start(), m.end())):
                # `"Once the government says, "O.K., this is …," we can …"`: a straight
                # mark after a space and before a word opens a quotation inside the
                # open one, and the next straight mark closes that one, not the outer.
                inner = not inner
                continue
            if start is not None and mark in TOGGLES and _reopens(para, m.start(), m.end()):
                # `… scene. "These are …` — a straight mark after a sentence's end and
                # before a word opens the next quoted paragraph (run together in the
                # text): the quotation so far ends at that sentence.
                regions.append((pos + start, pos + len(para[:m.start()].rstrip())))
                start = m.start()
                continue
            if start is None and (mark in OPENERS or mark in TOGGLES):
                start = m.start()
            elif start is not None and (mark in CLOSERS or mark in TOGGLES):
                regions.append((pos + start, pos + m.end()))
                start = None
        if start is not None and len(para) - start > 10:
            regions.append((pos + start, pos + len(para.rstrip())))
            # (only a mark that opens as quotations do, at the line's start or after a
            # space or colon, carries on: `Mercedes" team orders` is a stray apostrophe)
            carried = start == 0 or para[start - 1] in " \t:,(—–-"
        elif start is not None and _opens_next_line(para, start) and n + 1 < len(lines) \
                and (_closes_carried(lines[n + 1]) or _NARRATED.match(para) and _paragraph_quoted(
                    lines[n + 1:n + 3])):
            opened = not _closes_carried(lines[n + 1])
            # `… faith , " he said . "` / `Death is a natural phenomenon . "`: one sentence
            # a line (AIDA) sets the next quotation's opening mark at the end of the line
            # before it; the next line is quoted from its start.
            carried = True
        pos += len(para) + 1
    return [r for r in regions if re.search(r"\w", text[r[0]:r[1]])]


#: A line opening on a named subject (capitalised words, no pronoun) and a verb of saying.
_NARRATED = re.compile(r"\s*(?!(?:I|We|You|He|She|It|They|This|That|There|But|And)\b)"
                       r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3} (?:said|says|added|told)\b")


def _paragraph_quoted(lines: list) -> bool:
    """A line without a mark followed by one opening on a mark: a quoted paragraph whose
    quotation goes on in the next paragraph, which opens again (news style)."""
    return len(lines) == 2 and bool(lines[0].strip()) and not _MARK_RE.search(lines[0]) \
        and lines[1].lstrip()[:1] in ('"', "\u201c")


def _closed_later(lines: list, most: int = 8) -> bool:
    """Whether, before a blank line, the next line with a quotation mark closes the
    quotation carried over the lines without one (at most ``most`` lines on)."""
    for para in lines[:most]:
        if not para.strip():
            return False
        if _MARK_RE.search(para):
            return _closes_carried(para)
    return False


def _closes_carried(para: str) -> bool:
    """A line whose first quotation mark closes a quotation opened on a line before:
    a closing mark, or a straight one right after a sentence's or clause's end, with an
    odd count of straight marks on the line (the pairs after it open and close)."""
    marks = list(_MARK_RE.finditer(para))
    if not marks:
        return False
    first = marks[0].group()
    if first in CLOSERS and first not in OPENERS:
        return True
    # (a mark ending the line after its sentence opens the next line's quotation: it
    # pairs with none on this one)
    toggles = [m for m in marks if m.group() in TOGGLES]
    if len(toggles) > 1 and _opens_next_line(para, toggles[-1].start()):
        toggles = toggles[:-1]
    return first in TOGGLES and para[:marks[0].start()].rstrip().endswith(
        (".", "!", "?", ",")) and len(toggles) % 2 == 1


def _opens_next_line(para: str, start: int) -> bool:
    """A straight mark alone at the end of a line, after a sentence's end: the opening
    mark of a quotation the next line holds (`… he said . "`)."""
    return para[start:].strip() == '"' and para[:start].rstrip().endswith((".", "!", "?"))


def _opens_inside(para: str, start: int, end: int) -> bool:
    """A straight mark inside an open quotation that opens another: after a space (not
    after a sentence's end, which `_reopens` reads as the next quoted paragraph) and
    right before a word."""
    return (start > 0 and para[start - 1] == " " and end < len(para) and para[end].isalnum()
            and not _sentence_ended(para[:start]))


#: The end of a sentence and the start of the next.
_SENTENCE_BREAK = re.compile(r"[.?!][\"'\u201d\u2019]?\s+(?=[A-Z])")
#: A sentence that names who speaks and ends on a verb of saying and a colon, opening
#: with no pronoun ("Team boss Ann Cole said:"; not "He told me:", a quotation within).
_NAMED_CUE = re.compile(r"(?!(?:I|We|You|He|She|It|They|This|That|There|But|And)\b)"
                        r"[A-Z][\w'.-]*(?: [\w'.-]+){0,6} (?:said|says|added|adds|told|"
                        r"explained|insisted|admitted|continued)(?: [\w'.-]+){0,3}:\s*$")

#: Pronouns of the one quoted telling their own story, or of someone just named.
_PERSONAL = re.compile(r"\b(?:I|me|my|we|us|our|you|your|he|him|she|her|they|them)\b", re.I)
#: A capitalised word after the sentence's first: a name.
_NAME_WORD = re.compile(r"\s[A-Z][a-z]")


def _named_cue_before(para: str, start: int, mark: int, end: int) -> Optional[int]:
    """Where the sentence before a straight mark starts, when the quotation open since
    ``start`` has run over sentences into one that names its own speaker and cue and
    ends on a colon right before the mark, which opens a word ('… "B. Ann Cole said: "C'):
    that sentence is the narrator's, and the mark opens the new speaker's quotation.
    Else None."""
    if not (end < len(para) and para[end].isupper()):
        return None
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(para, start + 1, mark)]
    if not breaks:
        return None
    sentence = para[breaks[-1]:mark]
    if _MARK_RE.search(sentence) or not _NAMED_CUE.match(sentence) \
            or _PERSONAL.search(sentence) or not _NAME_WORD.search(sentence):
        return None   # ("Then he told me:", the quoted speaker's own story, goes on)
    if len(breaks) > 1 and _NARRATED_ABOUT.match(para, breaks[-2], breaks[-1]) \
            and not _SPEAKERS_OWN.search(para, breaks[-2], breaks[-1]) \
            and not _MARK_RE.search(para, breaks[-2], breaks[-1]):
        # ('… crazy. Lee Ross is likely to start. Coach Ann Cole said: "…'): the sentence
        # before the new speaker's cue, about someone named in full in the third person
        # with no word of the one quoted speaking, is the narrator's too (not the first
        # sentence of the quotation, which is the quoted speaker's whatever it says).
        return breaks[-2]
    return breaks[-1]


#: A sentence opening on a person's full name and a verb (`Lee Ross is likely to …`).
_NARRATED_ABOUT = re.compile(r"(?!(?:The|This|That|These|Those|But|And|If|When|So)\b)"
                             r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][\w'-]+ (?:is|was|has|had|will|"
                             r"would|could|may|might|must|should|can)\b")
#: Words of the one quoted speaking of themselves or to the listener.
_SPEAKERS_OWN = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b", re.I)


def _reopens(para: str, start: int, end: int) -> bool:
    """A straight mark after a sentence's end and a space, right before a capital: the
    next quoted paragraph's opening mark. The sentence may end on a single closing mark
    (`… bandwidth.' "It can't …`: a typo's single mark closing the quotation, or a quotation
    within it closed), which closes nothing the double marks opened."""
    return (start > 0 and para[start - 1] in " \t\u00a0" and _sentence_ended(para[:start])
            and end < len(para) and para[end].isalpha() and para[end].isupper())


def _sentence_ended(before: str) -> bool:
    """Whether the text ends on a sentence's end, or on one and a single closing mark."""
    before = before.rstrip()
    if before[-1:] in "'\u2019":
        before = before[:-1]
    return before[-1:] in (".", "?", "!")


_NEWLINE = re.compile("\n")


class DocInfo:
    """Per-document facts the features share: quotation regions and token flags."""

    def __init__(self, doc):
        self.doc = doc
        # Doc.text and Token.sent are rebuilt on every access: read them once.
        self.text = text = text_of(doc)
        self.regions = quote_regions(text)
        # Per-token facts from arrays, not a pass over Token objects each: spaCy makes
        # a Python object per token per pass, and these passes cost as much as scoring
        # every cue of the article.
        n = len(doc)
        rows = doc.to_array([SENT_START, IDX]) if n else numpy.zeros((0, 2), dtype="int64")
        idx = rows[:, 1].astype("int64")
        starts = numpy.flatnonzero(rows[:, 0].astype("int64") == 1)
        starts = numpy.union1d(starts[starts > 0], [0]) if n else starts
        which = numpy.searchsorted(starts, numpy.arange(n), side="right") - 1
        ends = numpy.append(starts[1:], n)
        self.sent_start = starts[which].tolist()
        self.sent_end = ends[which].tolist()
        inq = [0] * n
        region_of = [-1] * n
        if self.regions:
            # the region a token's first character may fall in: the first not closed by it
            region_ends = numpy.array([r[1] for r in self.regions])
            region_starts = numpy.array([r[0] for r in self.regions])
            ri = numpy.searchsorted(region_ends, idx, side="right")
            inside = numpy.flatnonzero(ri < len(self.regions))
            inside = inside[region_starts[ri[inside]] <= idx[inside]]
            for i, r in zip(inside.tolist(), ri[inside].tolist()):
                inq[i] = 1
                region_of[i] = r
        self.in_quote = inq
        self.region_of = region_of
        first_nl = text.find("\n")
        self.headline_end = first_nl if first_nl != -1 else len(text)
        # Line of each token: a sentence never runs over a line break here. (A line
        # break is a token of its own or inside a whitespace token: never a word's
        # trailing space, which spaCy keeps to one " ".)
        breaks = sorted({int(t) for t in numpy.searchsorted(
            idx, [m.start() for m in _NEWLINE.finditer(text)], side="right") - 1})
        self.line_start = [0] * n
        self.line_end = [n] * n
        start = 0
        for b in breaks:
            self.line_end[start:b + 1] = [b] * (b + 1 - start)
            self.line_start[start:b] = [start] * (b - start)
            self.line_start[b] = start = b + 1  # (the break opens the next line)
        self.line_start[start:] = [start] * (n - start)
        self._sents = {}
        self.table = TokenTable.of(doc)

    def bounds(self, tok) -> tuple[int, int]:
        """Token range of ``tok``'s sentence, cut at line breaks."""
        i = tok.i
        return (max(self.sent_start[i], self.line_start[i]),
                min(self.sent_end[i], max(self.line_end[i], i + 1)))

    def sent_has_quote(self, bounds: tuple[int, int]) -> bool:
        if bounds not in self._sents:
            self._sents[bounds] = any(self.in_quote[bounds[0]:bounds[1]])
        return self._sents[bounds]


def _bucket(n: int) -> str:
    for b in (0, 1, 2, 3, 5, 8, 13, 21, 34, 55):
        if n <= b:
            return str(b)
    return "big"


def cue_features(tok, info: DocInfo) -> list[str]:
    """The cue's features: those of its own word (``cue_word_features`` of
    ``cue_word``), then those of its context (``cue_context_features``)."""
    return cue_word_features(*cue_word(tok, info)) + cue_context_features(tok, info)


def cue_word(tok, info: DocInfo) -> tuple:
    """What ``cue_word_features`` reads of the cue: its word, lemma, part of speech, tag
    and dependency."""
    t, i = info.table, tok.i
    return t.lower[i], t.lemma[i], t.pos[i], t.tag[i], t.dep[i]


def cue_word_features(lower: str, lemma: str, pos: str, tag: str, dep: str) -> list[str]:
    """The cue's features that its own word decides, the same wherever it stands (a
    scorer may keep their sum by word: the cues of news repeat a few thousand words)."""
    return ["b", "w=" + lower, "l=" + lemma, "p=" + pos, "t=" + tag, "d=" + dep,
            "ld=" + lemma + "|" + dep, "lt=" + lemma + "|" + tag]


def cue_context_features(tok, info: DocInfo) -> list[str]:
    """The cue's features that its head, children, neighbours, sentence and place in
    the text decide."""
    # (read off the document's token table: no Token object per attribute or neighbour)
    t = info.table
    i = tok.i
    n = t.n
    lemma = t.lemma[i]
    dep = t.dep[i]
    h = t.head[i]
    hlemma = t.lemma[h]
    q = info.in_quote[i]
    f = ["hl=" + hlemma, "hp=" + t.pos[h], "lhd=" + lemma + "|" + t.dep[h],
         "lhl=" + lemma + "|" + hlemma, "q=%d" % q,
         "lq=%s|%d" % (lemma, q)]
    deps = set()
    subj = None
    for c in t.children[i]:
        d = t.dep[c]
        deps.add(d)
        if d in SUBJECTS:
            subj = c
        if d == "prep":
            f.append("prep=" + lemma + "|" + t.lower[c])
    for d in deps:
        f.append("c=" + d)
        f.append("lc=" + lemma + "|" + d)
    if subj is not None:
        spos = t.pos[subj]
        f.append("sl=" + (t.lemma[subj] if spos == "NOUN" else spos))
        f.append("sp=" + spos)
        f.append("se=" + t.ent_type[subj])
        if spos == "PRON":
            f.append("spr=" + t.lower[subj])
        f.append("lse=" + lemma + "|" + (t.ent_type[subj] or spos))
    else:
        f.append("nosubj|" + lemma)
    nxt = t.lower[i + 1] if i + 1 < n else "<e>"
    prv = t.lower[i - 1] if i > 0 else "<s>"
    f.append("n=" + nxt)
    f.append("ln=" + lemma + "|" + nxt)
    f.append("pr=" + prv)
    f.append("lpr=" + lemma + "|" + prv)
    sent_start, sent_end = info.bounds(tok)
    sq = info.sent_has_quote((sent_start, sent_end))
    f.append("sq=%d" % sq)
    f.append("lsq=%s|%d" % (lemma, sq))
    # A quotation closing just before or opening just after the cue.
    near = 0
    for j in range(max(sent_start, i - 3), min(sent_end, i + 4)):
        if t.text[j] in QUOTE_TOKENS:
            near = 1
    f.append("nq=%d" % near)
    f.append("lnq=%s|%d" % (lemma, near))
    if tok.idx < info.headline_end:
        f.append("headline")
        f.append("hl|" + lemma)
    if t.text[i] == ":":
        after = range(i + 1, max(i + 1, sent_end))
        f.append(":after=" + _bucket(len(after)))
        f.append(":afterpos=" + (t.pos[after[0]] if len(after) else "<e>"))
        f.append(":names=%d" % all(t.pos[j] == "PROPN" or t.is_punct[j] for j in after))
        f.append(":before=" + _bucket(i - sent_start))
    f.append("pos_in_sent=" + _bucket(i - sent_start))
    f.append("dhd=" + dep + "|" + t.dep[h])
    f.append("lm=" + lemma + "|" + t.tense_form(i))
    return f


def _trim(doc, a: int, b: int) -> tuple[int, int]:
    """Token range [a, b) without edge punctuation (quotation marks kept)."""
    while a < b and (doc[a].is_punct or doc[a].is_space) and doc[a].text not in QUOTE_TOKENS:
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space) and doc[b - 1].text not in QUOTE_TOKENS:
        b -= 1
    return a, b


def _subject_of(tok):
    for c in tok.children:
        if c.dep_ in SUBJECTS:
            return c
    return None


def content_candidates(tok, info: DocInfo) -> dict[tuple[int, int], list[str]]:
    """Token ranges [a, b) the cue ``tok`` may report, each with the names of the ways
    it was found."""
    doc = tok.doc
    s_start, s_end = info.bounds(tok)
    cands: dict[tuple[int, int], list[str]] = {}

    def add(a: int, b: int, name: str):
        a, b = _trim(doc, max(a, s_start) if not name.startswith("q") else a,
                     min(b, s_end) if not name.startswith("q") else b)
        if b - a < 1 or (a <= tok.i < b and name not in _AROUND):
            return
        cands.setdefault((a, b), []).append(name)

    subj = _subject_of(tok)
    for c in tok.children:
        if c.dep_ in _SKIP_CHILD:
            continue
        add(c.left_edge.i, c.right_edge.i + 1, "ch:" + c.dep_)
        if c.dep_ in ("prep", "agent", "dative"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    add(g.left_edge.i, g.right_edge.i + 1, "pobj:" + c.lower_)
        if c.dep_ in ("dobj", "attr", "prep"):
            # A cue spelled out over its object: "expressed concern about | the policy",
            # "made little secret of | their disagreements", "called for | …".
            for prep in c.children:
                if prep.dep_ == "prep":
                    for g in prep.children:
                        if g.dep_ in ("pobj", "pcomp"):
                            add(g.left_edge.i, g.right_edge.i + 1, "dpobj:" + prep.lower_)
        if c.dep_ in ("ccomp", "xcomp") and c.left_edge.dep_ == "mark":
            add(c.left_edge.i + 1, c.right_edge.i + 1, "nomark:" + c.dep_)
        if c.dep_ in ("ccomp", "xcomp", "dobj"):
            # The clause without a trailing ", despite …" / ", as …" adjunct.
            for r in c.rights:
                if r.dep_ in ("prep", "advcl", "npadvmod", "conj", "cc") and doc[r.i - 1].text == ",":
                    add(c.left_edge.i, r.i - 1, "core:" + c.dep_)
                    break
    # The passive's subject: "The issue was first reported by the Post".
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            add(c.left_edge.i, c.right_edge.i + 1, "ch:nsubjpass")
    # "X said:" closing its line introduces the next paragraph, quoted or not.
    if s_end < len(doc) and doc[s_end - 1].text == ":" or (
            s_end < len(doc) and doc[s_end].text == ":"):
        start = s_end + (doc[s_end].text == ":")
        while start < len(doc) and doc[start].is_space:
            start += 1
        if start < len(doc) and start > info.line_end[tok.i]:
            add(start, max(info.line_end[start], start + 1), "qnextpara")
    # Everything right of the cue in its subtree / sentence.
    add(tok.i + 1, tok.right_edge.i + 1, "right")
    add(tok.i + 1, s_end, "rightsent")
    # Everything left of the cue (and its subject) in the sentence.
    left_end = tok.i
    if subj is not None and subj.i < tok.i:
        left_end = min(left_end, subj.left_edge.i)
    lefts = [c for c in tok.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")]
    if lefts:
        left_end = min(left_end, lefts[0].left_edge.i)
    add(s_start, left_end, "leftsent")
    if tok.dep_ != "ROOT":
        head = tok.head
        if tok.i > head.i:
            add(head.left_edge.i, tok.left_edge.i, "headleft:" + tok.dep_)
        else:
            add(tok.right_edge.i + 1, head.right_edge.i + 1, "headright:" + tok.dep_)
        if tok.dep_ in ("prep", "advcl", "parataxis", "conj", "advmod", "npadvmod"):
            if tok.left_edge.i <= s_start + 1:
                add(tok.right_edge.i + 1, s_end, "sentrest")
            else:
                add(s_start, tok.left_edge.i, "sentbefore")
    # PolNeAR's convention for a cue inside its sentence ("A, X said, B"; "'A,' X said
    # after B"): the content is the whole sentence, cue and speaker included.
    if s_start < tok.i < s_end - 1:
        add(s_start, s_end, "wsent")
    # Quotations next to the cue.
    before = after = None
    regions = info.regions
    for ri, (s, e) in enumerate(regions):
        if e <= tok.idx and tok.idx - e < 80 and e > doc[s_start].idx - 2:
            before = ri
        elif s > tok.idx and s - tok.idx < 150 and after is None \
                and "\n" not in info.text[tok.idx:s] \
                and not _sentence_between(doc, tok, s) \
                and not _signed_later(doc, info.text, tok, (s, e)):
            # (not across a paragraph, which has its own cue, nor past the writer's sentence,
            # nor onto a quotation another cue signs)
            after = ri
    spans = []
    if before is not None:
        spans.append(("qbefore", regions[before]))
    if after is not None:
        spans.append(("qafter", regions[after]))
    if before is not None and after is not None and not _ends_sentence(info.text, regions[before][1], tok.idx):
        spans.append(("qboth", (regions[before][0], regions[after][1])))
    # (a quotation before that closes its own sentence, a question's too, starts no run:
    # '"… clean up their act?" Mr Blair said he would not respond …' is the last speaker's)
    first = before if before is not None and not _ends_sentence(
        info.text, regions[before][1], tok.idx, ".?!") else after
    if first is not None:
        # The quotation and those after it in the same paragraph.
        last = first
        text = info.text
        # (not past the writer's own sentence between two of them, nor onto one another
        # cue signs: '"A," he said. Looking into the future, X is concerned. "B," he said')
        while last + 1 < len(regions) and "\n" not in text[regions[last][1]:regions[last + 1][0]] \
                and _joined(doc, text, regions[last][1], regions[last + 1], tok):
            last += 1
        if last != first and (after is None or last != after):
            spans.append(("qpara", (regions[first][0], regions[last][1])))
    for name, (s, e) in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            add(span.start, span.end, name)
    return cands


def _sentence_between(doc, tok, at: int) -> bool:
    """Whether a quotation opening at ``at`` is no part of the cue's turn: after the stop
    ending the cue's sentence, the writer's words come before it ('"… bath water," he
    said. CENTR, the council of registries, agrees. "A rush …"': the next source's;
    '"…," Mr Putin said at his press conference. Shedding some light on …, Mr Putin
    referred to … "cowboy capitalism"': a later sentence's, with its own cue)."""
    return _narrated_after_stop(doc, tok.idx + len(tok.text), at)


def _narrated_after_stop(doc, a: int, b: int) -> bool:
    """Whether, between characters ``a`` and ``b``, words follow a sentence's stop. Read on
    the tokens, not the parse's sentences, which a stop inside a name can end ("First
    Albany Corp. | " That 's when …"), nor the characters ("Mr. Smith")."""
    words = doc.char_span(a, b, alignment_mode="contract") if a < b else None
    if not words:
        return False
    stop = next((k for k, t in enumerate(words) if t.text in (".", "?", "!")), None)
    # (words with a verb: "… of Lee's POW! Entertainment." is a name's end, no sentence)
    return stop is not None and any(t.pos_ in ("VERB", "AUX") for t in words[stop + 1:])


def _joined(doc, text: str, end: int, nxt: tuple[int, int], cue) -> bool:
    """Whether two quotations, one ending at ``end`` and the next ``nxt``, are one turn: no
    sentence of the writer's between them (the cue's own clause and its stop may be),
    and the next does not close on a comma, which hands it to a cue of its own ('"…,"
    she warned')."""
    if _signed_later(doc, text, cue, nxt):
        return False
    return not _narrated_after_stop(doc, end, nxt[0])


def _signed_later(doc, text: str, cue, region: tuple[int, int]) -> bool:
    """Whether a quotation after the cue's sentence closes on a comma ('"…," it said. "At
    the time …," it added'): a cue of its own signs it, after its closing mark."""
    s, e = region
    between = doc.char_span(cue.idx, s, alignment_mode="contract") or ()
    return s > cue.idx and text[s:e].rstrip("\"'”’` ").endswith(",") and any(
        t.text in (".", "?", "!") for t in between)


def _ends_sentence(text: str, end: int, cue: int, stops: str = ".") -> bool:
    """Whether a quotation ending at ``end`` closes a sentence before the cue's own
    (`… parole." She also said her "administration …"`): a full stop (or one of
    ``stops``) inside its closing mark and a capital next; '"A," she said, "B"' is one
    turn in two parts."""
    inner = text[max(0, end - 3):end].rstrip("\"'”’ ")
    nxt = text[end:cue].lstrip()
    return inner[-1:] in stops and inner[-1:] != "" and nxt[:1].isupper()


def _side(i: int, a: int, b: int) -> str:
    return "L" if b <= i else ("R" if a > i else "C")


def content_features(tok, a: int, b: int, names: list[str], info: DocInfo) -> list[str]:
    # (read off the document's token table, as ``cue_features``)
    t = info.table
    i = tok.i
    dep = t.dep[i]
    lemma = t.lemma[i]
    n = b - a
    quoted = sum(info.in_quote[a:b])
    frac = "none" if quoted == 0 else ("all" if quoted == n else "some")
    fw = t.lower[a]
    f = ["b", "len=" + _bucket(n), "frac=" + frac, "side=" + _side(i, a, b),
         "first=" + fw if fw in ("that", "whether", "if", "to", "“", '"')
         else "firstpos=" + t.pos[a], "gap=" + _bucket(a - i - 1 if a > i else i - b)]
    s_start, s_end = info.bounds(tok)
    if a < s_start or b > s_end:
        f.append("cross")
    pos = t.pos
    if not any(pos[j] in ("VERB", "AUX") for j in range(a, b)):
        f.append("noverb")
        f.append("noverb|" + lemma)
    if t.text[a] in QUOTE_TOKENS:
        f.append("qstart")
    if t.text[b - 1] in QUOTE_TOKENS:
        f.append("qend")
    kids = t.children[i]
    subj = next((c for c in kids if t.dep[c] in SUBJECTS), None)
    if subj is not None and a <= subj < b:
        f.append("hassubj")
    for name in names:
        f.append("n=" + name)
        f.append("nl=" + name + "|" + lemma)
        f.append("nd=" + name + "|" + dep)
        f.append("nf=" + name + "|" + frac)
        f.append("nlen=" + name + "|" + _bucket(n))
    f.append("nn=" + _bucket(len(names)))
    ns = "+".join(sorted(set(n.split(":")[0] for n in names)))
    f.append("ns=" + ns)
    f.append("nsl=" + ns + "|" + lemma)
    f.append("last=" + pos[b - 1])
    f.append("fw=" + fw)
    # Where the span ends: at the sentence's end, or short of it (an adjunct left out).
    reach = "end" if b >= s_end else ("cue" if b <= i else "mid")
    f.append("reach=" + reach)
    f.append("reachl=" + reach + "|" + lemma)
    f.append("reachn=" + reach + "|" + ns)
    # Quoted words of the sentence left outside the span (a quotation it should cover).
    out_q = sum(info.in_quote[s_start:a]) + sum(info.in_quote[b:s_end])
    f.append("qout=" + _bucket(out_q))
    f.append("qoutf=" + _bucket(out_q) + "|" + frac)
    f.append("fd=" + t.dep[a] + "|" + pos[a])
    f.append("fdl=" + t.dep[a] + "|" + lemma)
    f.append("lenl=" + _bucket(n) + "|" + lemma)
    f.append("lens=" + _bucket(n) + "|" + _side(i, a, b))
    if a <= i < b:
        f.append("wl=" + lemma)
        f.append("wd=" + dep)
        f.append("wpos=" + _bucket(i - a) + "|" + _bucket(b - i))
        f.append("wq=" + frac + "|" + dep)
    if any(t.dep[j] in SUBJECTS and t.head[j] == i for j in range(a, b)):
        f.append("subjin|" + ns)
    # Which of the cue's own dependents the span takes in: an object alone, or its
    # adjuncts too ("attacked Machado | in early-morning tweets").
    kids = [c for c in kids if a <= c < b and t.dep[c] not in ("punct", "cc")]
    f.append("nkids=" + _bucket(len(kids)))
    for c in kids:
        d = t.dep[c]
        f.append("incl=" + d + ("|" + t.lower[c] if d in ("prep", "advmod", "mark") else ""))
        f.append("incll=" + d + "|" + lemma)
    if b < s_end:
        f.append("next=" + t.dep[b] + "|" + ("cue" if t.head[b] == i else "other"))
    if b < t.n and t.text[b] in (",", "—", "--", ";") and b < s_end - 1:
        f.append("cutat=" + t.text[b] + "|" + pos[b + 1])
    return f


def noun_phrase(tok, info: DocInfo) -> tuple[int, int]:
    """Token range of the phrase a speaker token heads: its left edge to itself, plus
    names and coordinated heads after it (no relative clauses or prepositions)."""
    a = tok.left_edge.i
    b = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "conj", "cc", "appos", "nmod"):
            b = c.right_edge.i + 1
        elif c.dep_ == "punct" and c.i == b:
            continue
        else:
            break
    doc = tok.doc
    a = max(a, info.line_start[tok.i])
    for t in doc[a:tok.i]:
        if len(t.text) > 1 and t.text.endswith(".") and doc[t.i + 1].text[:1].isupper() \
                and any(c.islower() for c in t.text) \
                and t.i > 0 and doc[t.i - 1].pos_ == "DET" and t.dep_ not in ("compound", "flat"):
            # ("… than one for a PhD. Ann Cole, …, says": an abbreviation ending a
            # sentence hid the break, and the parse hung the sentence before on the name;
            # not an initialism, "The U.S. Senate", which names)
            a = t.i + 1
    b = min(b, max(info.line_end[tok.i], tok.i + 1))
    while b > tok.i + 1 and doc[b - 1].is_punct:
        b -= 1
    return a, b


#: Words for what a body is that news sets after its name ("the Reporters Without
#: Borders group").
BODY_NOUNS = frozenset(("group", "organisation", "organization", "campaign", "charity",
                        "company", "firm", "association", "union", "network"))


def whole_name(doc, phrase: tuple[int, int], mentions, head) -> tuple[int, int]:
    """``phrase`` (a token range) started back at the name it starts inside: the parse
    broke a body's name of several words at its preposition ("The Reporters Without |
    Borders group said", "group" the object of "Without"), and the speaker phrase kept
    the name's last word only, which names nobody; or at the name right before it, where
    the phrase is only the word for what that body is ("… Without Frontiers | group")."""
    a, b = phrase
    at = doc[a].idx
    inside = next((m for m in mentions or () if m.start < at < m.end), None)
    if inside is None and a > 0 and head.pos_ == "NOUN" and head.lower_ in BODY_NOUNS \
            and not doc[a - 1].is_punct and doc[a - 1].whitespace_:
        inside = next((m for m in mentions or () if m.label != "PERSON"
                       and m.end == doc[a - 1].idx + len(doc[a - 1].text)), None)
    if inside is None:
        return phrase
    while a > 0 and doc[a - 1].idx >= inside.start:
        a -= 1
    return a, b


def _path(cand, tok) -> str:
    """Dependency path between a candidate speaker and the cue, as labels."""
    up = []
    x = cand
    anc_c = {cand.i: 0}
    while x.head.i != x.i and len(up) < 5:
        up.append(x.dep_)
        x = x.head
        anc_c[x.i] = len(up)
    down = []
    y = tok
    while y.i not in anc_c and y.head.i != y.i and len(down) < 5:
        down.append(y.dep_)
        y = y.head
    if y.i not in anc_c:
        return "far"
    k = anc_c[y.i]
    return ">".join(up[:k]) + "^" + "<".join(reversed(down))


def speaker_candidates(tok, content: tuple[int, int], info: DocInfo) -> list:
    a, b = info.bounds(tok)
    doc = tok.doc
    pos, dep = info.table.pos, info.table.dep
    return [doc[i] for i in range(a, b) if pos[i] in SPEAKER_POS
            and dep[i] != "compound" and i != tok.i]


def speaker_features(cand, tok, content: tuple[int, int]) -> list[str]:
    lemma = tok.lemma_.lower()
    if cand is None:
        f = ["NONE", "NONE|" + lemma, "NONE|" + tok.dep_,
             "NONE|subj=%d" % (_subject_of(tok) is not None)]
        return f
    path = _path(cand, tok)
    short = path if len(path) < 40 else "long"
    inside = content[0] <= cand.i < content[1]
    f = ["b", "path=" + short, "lpath=" + lemma + "|" + short, "pos=" + cand.pos_,
         "ent=" + cand.ent_type_, "dep=" + cand.dep_, "in=%d" % inside,
         "side=" + ("L" if cand.i < tok.i else "R"),
         "dist=" + _bucket(abs(cand.i - tok.i)), "pdep=" + short + "|" + cand.pos_,
         "cdep=" + tok.dep_ + "|" + short]
    if cand.pos_ == "PRON":
        f.append("pron=" + cand.lower_)
    elif cand.pos_ == "NOUN":
        f.append("noun=" + cand.lemma_.lower())
    f.append("epath=" + cand.ent_type_ + "|" + short)
    if inside:
        f.append("inpath=" + short)
    return f
