"""A parsed Doc's token attributes as plain lists, indexed by token.

spaCy makes a Python ``Token`` on every ``doc[i]`` and looks each string attribute up in
the vocabulary on every access; the quote features read a dozen of them for every
candidate cue (a third of the cues' time was that). Here each attribute is read once per
document: ``Doc.to_array`` gives the values, and each distinct value is turned into its
string once, through a token that has it, so every string is the one the ``Token``
attribute would give.

Build a table after the parser and the NER have run: it is a snapshot, not a view.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LOWER, \
    MORPH, ORTH, POS, TAG

_COLUMNS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, MORPH)
_NAMES = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", None)


class TokenTable:
    """Per-token lists: ``text``, ``lower``, ``lemma`` (lower-cased), ``pos``, ``tag``,
    ``dep``, ``ent_type``, ``head`` (index), ``is_punct``, ``is_space``, ``is_alpha``,
    ``children`` (indices, in ``Token.children``'s order) and ``tense_form`` (the cue
    features' ``str(morph.get("Tense")) + str(morph.get("VerbForm"))``)."""

    __slots__ = ("n", "text", "lower", "lemma", "pos", "tag", "dep", "ent_type", "head",
                 "is_punct", "is_space", "is_alpha", "tense_form", "_children", "_subtrees")

    def __init__(self, doc):
        n = self.n = len(doc)
        if not n:
            for name in self.__slots__[1:]:
                setattr(self, name, [])
            self._children = []
            self._subtrees = {}
            return
        rows = doc.to_array(list(_COLUMNS)).astype("uint64")
        strings = doc.vocab.strings
        cols = []
        for k, name in enumerate(_NAMES):
            values, first, inverse = numpy.unique(rows[:, k], return_index=True,
                                                  return_inverse=True)
            if name is None:
                names = [_tense_form(doc[i]) for i in first.tolist()]
            elif name == "pos_":
                # (a part of speech is no string in the store: read it off a token)
                names = [doc[i].pos_ for i in first.tolist()]
            else:
                # (what the Token attribute returns: the store's string for the value)
                names = [strings[v] for v in values.tolist()]
            cols.append([names[j] for j in inverse.reshape(-1).tolist()])
        (self.text, self.lower, lemma, self.pos, self.tag, self.dep, self.ent_type,
         self.tense_form) = cols
        self.lemma = [x.lower() for x in lemma]
        flags = doc.to_array([IS_PUNCT, IS_SPACE, IS_ALPHA]).astype(bool)
        self.is_punct = flags[:, 0].tolist()
        self.is_space = flags[:, 1].tolist()
        self.is_alpha = flags[:, 2].tolist()
        # HEAD is an offset stored unsigned: back to signed, then to an index
        offsets = doc.to_array([HEAD]).reshape(-1).astype("int64")
        self.head = (offsets + numpy.arange(n)).tolist()
        self._children = None
        self._subtrees = {}

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
    """Each token's text (for components before the parser, which need no more)."""
    if not len(doc):
        return []
    values, first, inverse = numpy.unique(doc.to_array([ORTH]).astype("uint64").reshape(-1),
                                          return_index=True, return_inverse=True)
    names = [doc[i].text for i in first.tolist()]
    return [names[j] for j in inverse.reshape(-1).tolist()]
