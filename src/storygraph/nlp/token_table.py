"""A parsed Doc's token attributes as plain lists, indexed by token.

spaCy makes a Python ``Token`` on every ``doc[i]`` and looks each string attribute up in
the vocabulary on every access; the quote features read a dozen of them for every
candidate cue (a third of the cues' time was that). Here each attribute is read once per
document: ``Doc.to_array`` gives the values, and each distinct value is turned into its
string once, the way the ``Token`` attribute turns it (the vocabulary's string, spaCy's
table of parts of speech, the morphology read off a token that has it).

Build a table after the parser and the NER have run: it is a snapshot, not a view.
``TokenTable.of`` gives the table a stage before made where the Doc's attributes are still
what they were (the quote and relation stages read the same parse).
"""
from __future__ import annotations

import weakref

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LOWER, \
    MORPH, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES

_STRINGS = [ORTH, LOWER, LEMMA, TAG, DEP, ENT_TYPE]
_ALL = _STRINGS + [POS, MORPH, IS_PUNCT, IS_SPACE, IS_ALPHA, HEAD]

#: The vocabulary's strings by hash, as tables have read them (a hash names one string
#: for good); emptied when it grows past this many, to bound the memory it holds.
_KNOWN: dict = {}
_MOST_KNOWN = 50_000  # (some 7 MB at most)
#: The same for lemmas, lower-cased; and each morphological analysis's tense form (by
#: the analysis's hash: spaCy's morphology names one analysis for good).
_KNOWN_LEMMAS: dict = {}
_TENSE_FORMS: dict = {}


#: Where ``token_texts`` keeps a Doc's words (on the Doc: they never change once it is made).
_TEXTS = "storygraph.token_texts"
#: Where ``TokenTable.of`` keeps a Doc's table, with the attribute rows it was made from.
_TABLE = "storygraph.token_table"


def room(table: dict, coming: int = 1, most: int = 0) -> dict:
    """``table``, emptied first if ``coming`` more entries would take it past ``most``
    (by default ``_MOST_KNOWN``): a cache kept for a process's life stays bounded."""
    if len(table) + coming > (most or _MOST_KNOWN):
        table.clear()
    return table


class TokenTable:
    """Per-token lists: ``text``, ``lower``, ``lemma`` (lower-cased), ``pos``, ``tag``,
    ``dep``, ``ent_type``, ``head`` (index), ``is_punct``, ``is_space``, ``is_alpha``;
    ``children`` (indices, in ``Token.children``'s order), ``subtree``, ``ancestors``
    and ``tense_form`` (the cue features' ``str(morph.get("Tense")) +
    str(morph.get("VerbForm"))``) on demand."""

    __slots__ = ("n", "text", "lower", "lemma", "pos", "tag", "dep", "ent_type", "head",
                 "is_punct", "is_space", "is_alpha", "_doc", "_morph",
                 "_children", "_subtrees")

    @classmethod
    def of(cls, doc) -> "TokenTable":
        """``doc``'s table: the one kept on the Doc where every attribute it was made from
        is still the same (compared whole: a stage between may have set entities or a
        parse), else a new one, kept for the next stage. Do not change its lists."""
        rows = doc.to_array(_ALL) if len(doc) else None
        kept = doc.user_data.get(_TABLE)
        if kept is not None and kept[1].n == len(doc) and (
                rows is None or numpy.array_equal(kept[0], rows)):
            return kept[1]
        table = cls(doc, rows)
        doc.user_data[_TABLE] = (rows, table)
        return table

    def __init__(self, doc, rows=None):
        self.n = n = len(doc)
        # (weakly: a table kept on its Doc must not hold the Doc in a cycle, which only
        # the collector would free)
        self._doc = weakref.ref(doc)
        self._children = None
        self._subtrees = {}
        if not n:
            for name in ("text", "lower", "lemma", "pos", "tag", "dep", "ent_type", "head",
                         "is_punct", "is_space", "is_alpha", "_morph"):
                setattr(self, name, [])
            return
        strings = doc.vocab.strings
        if rows is None:
            rows = doc.to_array(_ALL)
        # HEAD is an offset stored unsigned: back to signed, then to an index
        self.head = (rows[:, -1].astype("int64") + numpy.arange(n)).tolist()
        rows = rows[:, :-1].T.tolist()
        known = room(_KNOWN, len(_STRINGS) * n)
        cols = []
        for col in rows[:len(_STRINGS)]:
            # (what the Token attribute returns: the vocabulary's string for the value,
            # looked up once per value seen)
            for h in set(col).difference(known):
                known[h] = strings[h]
            cols.append(list(map(known.__getitem__, col)))
        self.text, self.lower, _, self.tag, self.dep, self.ent_type = cols
        lemmas = room(_KNOWN_LEMMAS, n)
        col = rows[_STRINGS.index(LEMMA)]
        for h in set(col).difference(lemmas):
            lemmas[h] = known[h].lower()
        self.lemma = list(map(lemmas.__getitem__, col))
        pos, self._morph, punct, space, alpha = rows[len(_STRINGS):]
        self.pos = list(map(POS_NAMES.__getitem__, pos))  # (Token.pos_'s own table)
        self.is_punct = list(map(bool, punct))
        self.is_space = list(map(bool, space))
        self.is_alpha = list(map(bool, alpha))

    def tense_form(self, i: int) -> str:
        """``str(morph.get("Tense")) + str(morph.get("VerbForm"))`` of token ``i``, read
        once per distinct analysis in the process (only cues ask)."""
        h = self._morph[i]
        form = _TENSE_FORMS.get(h)
        if form is None:
            form = room(_TENSE_FORMS, 1)[h] = _tense_form(self._doc()[i])
        return form

    @property
    def children(self) -> list[list[int]]:
        if self._children is None:
            # (a token's children are the tokens headed by it, in order: spaCy's edges
            # are derived from the same heads)
            kids = [[] for _ in range(self.n)]
            for i, h in enumerate(self.head):
                if h != i:
                    kids[h].append(i)
            self._children = kids
        return self._children

    def subtree(self, i: int) -> list[int]:
        """``Token.subtree``'s indices, in its order: each left child's subtree, the
        token, each right child's (kept per token, since triggers share subtrees)."""
        memo = self._subtrees
        if i in memo:
            return memo[i]
        kids = self.children
        stack = [(i, False)]
        while stack:  # (no recursion: a parse may be deeper than Python's stack)
            node, ready = stack.pop()
            if node in memo:
                continue
            if ready:
                out = []
                for c in kids[node]:
                    if c < node:
                        out += memo[c]
                out.append(node)
                for c in kids[node]:
                    if c > node:
                        out += memo[c]
                memo[node] = out
            else:
                stack.append((node, True))
                stack.extend((c, False) for c in kids[node] if c not in memo)
        return memo[i]

    def ancestors(self, i: int) -> list[int]:
        """``i`` and the heads above it, at most 40 (``relation_features._ancestors``)."""
        out = [i]
        head = self.head
        while head[out[-1]] != out[-1] and len(out) < 40:
            out.append(head[out[-1]])
        return out


def _tense_form(tok) -> str:
    return str(tok.morph.get("Tense")) + str(tok.morph.get("VerbForm"))


def token_texts(doc) -> list[str]:
    """Each token's text, where a pass needs no more of the words (components before the
    parser, and single passes over every word after it). Read once per Doc and kept on
    it, since several passes ask: do not change the list."""
    texts = doc.user_data.get(_TEXTS)
    if texts is not None and len(texts) == len(doc):
        return texts
    strings = doc.vocab.strings
    col = doc.to_array([ORTH]).reshape(-1).tolist() if len(doc) else []
    known = room(_KNOWN, len(col))
    for h in set(col).difference(known):
        known[h] = strings[h]
    texts = doc.user_data[_TEXTS] = list(map(known.__getitem__, col))
    return texts
