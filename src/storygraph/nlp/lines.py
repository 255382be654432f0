"""English sentence boundaries at line breaks (issue 11).

English has no line-break boundary in the base parser, so a headline without a full
stop runs into the lead ("Paddington publishers feared …, new letter reveals / Bond's
daughter Karen Jankel … said") and the lead's subject, speaker or content crosses the
two. A line break ends a sentence when the next line opens as a sentence does (a
capital, or a quotation mark or bracket before one) and the line before does not stop
mid-phrase (a comma, colon, dash, or a word that needs what follows: a determiner,
preposition, conjunction, possessive, modal). Hard-wrapped prose breaks lines at any
word, so a capital alone (a name opening the next line) is not enough; the tagger,
which runs before the parser, says which words need what follows.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.attrs import IDX, IS_SPACE, SPACY
from spacy.language import Language

from .extensions import text_of
from .token_table import token_texts

#: Penn tags of a word that cannot end a sentence: what follows it completes it.
OPEN_TAGS = frozenset({"DT", "PDT", "IN", "CC", "TO", "PRP$", "POS", "WDT", "WP$", "MD",
                       "HYPH", ","})
#: Marks after which the line goes on (a list, a colon introducing a quotation).
OPEN_MARKS = frozenset({",", ":", ";", "-", "–", "—", "(", "/", "&"})
OPENERS = "\"'“‘([«"


def opens_sentence(tok) -> bool:
    """The token, first of its line, begins as a sentence does."""
    text = tok.text.lstrip(OPENERS)
    if not text and tok.i + 1 < len(tok.doc):
        text = tok.nbor(1).text   # ("`` Nothing", a quotation mark as its own token)
    return text[:1].isupper() or text[:1].isdigit()


def find_line_starts(doc, texts: Optional[list[str]] = None) -> list[int]:
    """Indices of the tokens a line break before makes the start of a sentence
    (``texts``: each token's text, ``token_texts(doc)``, when the caller has them)."""
    starts = []
    # (read once: spaCy joins every token's text again on each ``doc.text``, which made
    # this loop quadratic, the pipeline's largest single cost)
    text = text_of(doc)
    if "\n" not in text or not len(doc):
        return starts
    # (offsets, texts and spaces as lists: a Token object only at a line's first word)
    texts = token_texts(doc) if texts is None else texts
    rows = doc.to_array([IDX, IS_SPACE]).tolist()
    prev = -1   # the last word before the break (spaces skipped)
    for i, (idx, space) in enumerate(rows):
        if space:
            continue
        if prev >= 0 and text.find("\n", rows[prev][0] + len(texts[prev]), idx) != -1 \
                and opens_sentence(doc[i]) and texts[prev] not in OPEN_MARKS \
                and doc[prev].tag_ not in OPEN_TAGS:
            starts.append(i)
        prev = i
    return starts


#: A wire dateline opening a line, then its dash and the lead in lower case: "MOSCOW (AP)_
#: The mayor …", "NEW YORK _ A Brooklyn woman …", "DAR ES SALAAM, Tanzania (AP) -- …" (not
#: a headline in capitals: "ATHLETICS - CHRISTIE AND JOHNSON ASKED TO JOIN …").
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*"       # the place in capitals
                       r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?"              # its country, state
                       r"(?: \([A-Za-z-]+\))?"                              # the agency
                       r"[ \t]*(?:_|--|-|–|—)[ \t]*(?=[A-Z\"'`“‘][^\n]*[a-z])", re.M)


def find_dateline_ends(doc) -> list[int]:
    """Indices of the tokens a wire dateline's dash hands over to (the lead's first
    word): the dateline is no part of the lead's sentence, whatever the parser makes of
    an underscore or a dash after a place in capitals."""
    text = text_of(doc)
    out = []
    for m in _DATELINE.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span[0].i > 0:
            out.append(span[0].i)
    return out


def _ellipsis_end(texts: list[str], spaced: list[bool], i: int) -> int:
    """The index after an ellipsis starting at token ``i`` ("…", "...", ". . ."), else -1
    (``texts`` and ``spaced``: each token's text and whether a space follows it)."""
    if texts[i] in ("...", "…"):
        return i + 1
    if i + 3 <= len(texts) and texts[i] == texts[i + 1] == texts[i + 2] == "." \
            and spaced[i] and spaced[i + 1]:
        return i + 3
    return -1


def find_ellipsis_continuations(doc, texts: Optional[list[str]] = None) -> list[int]:
    """Indices of the tokens that go on after an ellipsis inside a quotation ("Today is a
    sad day for the Constitution . . . and for the hopes of his mother," said X): the
    speaker left words out, and the quotation, one turn, goes on; the parser read the
    stops as a sentence's end, and the content opened after them."""
    from .quote_features import quote_regions

    text = text_of(doc)
    regions = quote_regions(text)
    out = []
    i = 0
    # (texts and spaces read once: a Token and a Span per token cost most of the stage)
    texts = token_texts(doc) if texts is None else texts
    spaced = doc.to_array([SPACY]).reshape(-1).astype(bool).tolist() if len(doc) else []
    while i < len(doc):
        end = _ellipsis_end(texts, spaced, i)
        if end < 0:
            i += 1
            continue
        at = doc[i].idx
        if end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_ \
                and any(s < at and doc[end].idx + len(doc[end].text) < e for s, e in regions):
            out.append(end)
        i = end
    return out


#: Words that make a capitalised run after a middle initial a place's or a body's name
#: ("the John F. Kennedy Space Center", "the Harry S. Truman Library"), not a new name.
_NAMED_FOR_WORDS = frozenset(("airport", "center", "centre", "library", "foundation", "school",
                              "institute", "university", "college", "museum", "hospital",
                              "memorial", "prize", "award", "awards", "street", "avenue",
                              "bridge", "stadium", "park", "square", "space", "presidential",
                              "high", "building", "hall", "trust", "fund"))
#: Penn tags of what follows a new sentence's subject: its apposition's comma, its verb.
_SUBJECT_FOLLOWERS = frozenset((",", "VBD", "VBZ", "VBP", "MD"))


def _stop_initial(tok) -> bool:
    """A capital letter and its full stop, one token after a name word ("X." of "Malcolm
    X."), which may end a name and a sentence as well as stand in a name's middle."""
    text = tok.text
    return (len(text) == 2 and text[0].isupper() and text[0].isalpha() and text[1] == "."
            and text[0] not in "IA" and tok.whitespace_ == " " and tok.i > 0
            and tok.nbor(-1).is_title and len(tok.nbor(-1).text) > 2)


def find_initial_ends(doc, texts: Optional[list[str]] = None) -> list[int]:
    """Indices of the tokens after a name ending on an initial that open a sentence ("…
    and Malcolm X. Attallah Shabazz, the daughter of …, recalled"): a full name (two or
    three capitalised words) then its apposition's comma or its verb. A middle initial has
    one surname after it ("George W. Bush said"), and a leading one no name word before it
    ("J. K. Rowling"); a name after an initial that a place or a body is named for is that
    place's ("the John F. Kennedy Space Center")."""
    out = []
    texts = token_texts(doc) if texts is None else texts
    for i in range(len(doc) - 3):
        # (the text first: a Token object only for a capital and its stop)
        if len(texts[i]) != 2 or texts[i][1] != "." or not _stop_initial(tok := doc[i]):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and doc[end].is_title and doc[end].is_alpha \
                and doc[end].tag_ in ("NNP", "NNPS"):
            end += 1
        run = doc[tok.i + 1:end]
        if not 2 <= len(run) <= 3 or end >= len(doc) or doc[end].tag_ not in _SUBJECT_FOLLOWERS \
                or any(t.lower_ in _NAMED_FOR_WORDS or len(t.text) < 2 for t in run):
            continue
        out.append(tok.i + 1)
    return out


@Language.component("storygraph_lines_en")
def line_breaks_en(doc):
    """Set the boundaries ``find_line_starts`` finds, and take away those an ellipsis
    inside a quotation would make, before the parser reads the doc."""
    texts = token_texts(doc)   # (read once for the three rules: boundaries change no text)
    for i in find_ellipsis_continuations(doc, texts):
        doc[i].is_sent_start = False
    for i in find_line_starts(doc, texts) + find_dateline_ends(doc):
        doc[i].is_sent_start = True
    for i in find_initial_ends(doc, texts):
        # (the initial itself ends its name, never opens the sentence)
        doc[i - 1].is_sent_start = False
        doc[i].is_sent_start = True
    return doc
