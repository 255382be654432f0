"""The base model's two rule components, run from a table of what they did before.

spaCy's ``attribute_ruler`` (POS and morphology from the tagger's tag) and ``lemmatizer``
are rules, yet on news copy they cost as much as the tagger and parser together: the
ruler runs its matcher and writes every match through Python, the lemmatizer builds a
morphology object per token. What they write is a function of a few attributes of a
token and its neighbours, so ``FastAttributeRuler`` and ``FastLemmatizer`` keep a table
from those attributes to the result, run spaCy's own component only where a token
holds a combination not in the table yet (on the token and its neighbours, to learn
it), and copy the results in with one ``Doc.from_array``. The output is spaCy's, token for token
(``tests/nlp/test_base_rules.py`` checks it on bench and seed articles).

``replace(nlp)`` swaps them in where the ruler's patterns have the shapes the table
relies on; any other pipeline keeps spaCy's components.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.tokens import Doc

_READ = [LOWER, TAG, DEP, IS_SPACE]
_WRITE = [TAG, POS, MORPH, DEP, LEMMA]
_TOKEN_KEYS = {"LOWER", "TAG", "DEP", "IS_SPACE"}
#: Where a case (``FastAttributeRuler._keys``) holds the next word and the previous
#: token: None where no pair pattern starts or ends at the token.
_AFTER, _BEFORE = 5, 6


def _lower_test(value):
    """A test for a pattern's LOWER value (a string, {"IN": [...]} or {"REGEX": ...}): the
    words it names (a frozenset) or its compiled pattern."""
    if isinstance(value, str):
        return frozenset((value,))
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"])
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        return re.compile(value["REGEX"])
    return None


def _any_test(tests):
    """One test passed where any of ``tests`` passes: the named words as one set (the
    English ruler names about a hundred, tried one by one for every new word before)."""
    words = frozenset().union(*(t for t in tests if isinstance(t, frozenset)))
    patterns = [t for t in tests if not isinstance(t, frozenset)]
    return lambda s: s in words or any(p.search(s) is not None for p in patterns)


def _lower_tests(patterns):
    """The tests on LOWER in the ruler's patterns, by where they stand: in a one-token
    pattern, first or second in a two-token one. None where the table cannot stand for
    the ruler: a token attribute other than LOWER/TAG/DEP/IS_SPACE, a LOWER test that
    matches words it does not name (NOT_IN), a pattern of more than two tokens, or a
    two-token one whose second token is not tied to its words or that writes to a first
    token not tied to its words (a token's result would then hang on more than the
    words around it)."""
    tests = ([], [], [])
    for entry in patterns:
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not 1 <= len(pattern) <= 2:
                return None
            for place, token in enumerate(pattern):
                if not set(token) <= _TOKEN_KEYS:
                    return None
                if "LOWER" in token:
                    test = _lower_test(token["LOWER"])
                    if test is None:
                        return None
                    tests[0 if len(pattern) == 1 else 1 + place].append(test)
            if len(pattern) == 2 and (set(pattern[1]) != {"LOWER"} or "IS_SPACE" in pattern[0]
                                      or (entry.get("index", 0) in (0, -2)
                                          and "LOWER" not in pattern[0])):
                return None
    return tests


class FastAttributeRuler:
    """spaCy's attribute ruler, answered from a table where it has seen the case."""

    def __init__(self, ruler, tests):
        self.ruler = ruler
        self.vocab = ruler.vocab
        self._tests = [_any_test(group) for group in tests]
        self._named: dict[int, tuple] = {}
        self._table: dict[tuple, tuple] = {}

    def _name(self, lower: int) -> tuple:
        """(the word if a one-token pattern names it else 0, whether a pair can start
        with it, whether a pair can end with it)."""
        named = self._named.get(lower)
        if named is None:
            text = self.vocab.strings[lower]
            single, first, second = (test(text) for test in self._tests)
            named = self._named[lower] = (lower if single else 0, first, second)
        return named

    def _keys(self, rows) -> list:
        # A token's result hangs on its own (named word, tag, dep, space); where a pair
        # can start with it, on whether the next word can end one; where a pair can end
        # with it, on the previous token (its word, tag and dep).
        # (the rows as Python ints: a numpy element read is a scalar made each time)
        rows = rows.tolist()
        names = [self._name(row[0]) for row in rows]
        n = len(names)
        keys = []
        for i in range(n):
            single, first, second = names[i]
            lower, tag, dep, space = rows[i]
            after = (rows[i + 1][0] if names[i + 1][2] else 0) if first and i + 1 < n else None
            before = ((rows[i - 1][0] if names[i - 1][1] else 0, rows[i - 1][1], rows[i - 1][2])
                      if second and i else None)
            keys.append((single, tag, dep, space, lower if first or second else 0, after, before))
        return keys

    def _learn(self, doc, missing: dict) -> list:
        """The rows the ruler writes to the tokens that hold the ``missing`` cases (by
        case, the token).

        No pattern spans more than two tokens: the ruler run on a token and its two
        neighbours writes to the token what it writes in the whole Doc; on the token
        alone where its case says no pair can start or end with it (its matcher's cost
        is by token: most cases are words that no pattern names). The windows of every
        token to learn stand side by side in one Doc, which the ruler runs over once (a
        window's edges, which its neighbours' words touch, are not read). A window is
        made from the words and the attributes the ruler reads or writes (its patterns
        read only LOWER, TAG, DEP and IS_SPACE, which the words carry or are copied),
        not with ``Span.as_doc``, which copies every attribute and the heads."""
        indices = list(missing.values())
        windows = [(i - (key[_BEFORE] is not None), i + 1 + (key[_AFTER] is not None))
                   for key, i in missing.items()]
        tokens = [doc[j] for start, end in windows for j in range(start, end)]
        written = doc.to_array(_WRITE)
        window = Doc(self.vocab, words=[t.text for t in tokens],
                     spaces=[bool(t.whitespace_) for t in tokens])
        window.from_array(_WRITE, numpy.concatenate([written[start:end]
                                                     for start, end in windows]))
        window = self.ruler(window)
        middles, at = [], 0
        for i, (start, end) in zip(indices, windows):
            middles.append(at + i - start)
            at += end - start
        return list(map(tuple, window.to_array(_WRITE)[middles].tolist()))

    def __call__(self, doc):
        if not len(doc):
            return self.ruler(doc)
        keys = self._keys(doc.to_array(_READ))
        table = self._table
        rows = list(map(table.get, keys))   # (one lookup a token: most cases are known)
        if None in rows:
            missing: dict = {}   # a case not in the table: the first token that holds it
            for i, (key, row) in enumerate(zip(keys, rows)):
                if row is None and key not in missing:
                    missing[key] = i
            table.update(zip(missing, self._learn(doc, missing)))
            rows = [table[key] if row is None else row for key, row in zip(keys, rows)]
        doc.from_array(_WRITE, numpy.array(rows, dtype="uint64"))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


class FastLemmatizer:
    """spaCy's rule lemmatizer, which already caches by (word, POS, morphology): the same
    cache, read for a whole Doc at once."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self._table: dict[tuple, int] = {}
        # spaCy asks "is this form a known word" of its word lists as lists (57,000 nouns,
        # read one by one, for every new word): the same lists as sets.
        index = lemmatizer.lookups.get_table("lemma_index", None)
        for key in list(index.keys()) if index is not None else ():
            if isinstance(index[key], list):
                index[key] = frozenset(index[key])

    def __call__(self, doc):
        if not len(doc):
            return self.lemmatizer(doc)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        table = self._table
        lemmas = rows[:, 3].tolist()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue   # set by the ruler ("gon" -> "go"): spaCy's keeps it too
            key = (orth, pos, morph)
            value = table.get(key)
            if value is None:
                value = table[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def replace(nlp) -> bool:
    """Put the table-backed components in place of spaCy's ruler and lemmatizer (the
    rule lemmatizer only, not overwriting). False where the pipeline is not of that shape."""
    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names or "morphologizer" in names:
        # (after a morphologizer, the ruler's result would hang on the POS it was given)
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer")
    if isinstance(ruler, FastAttributeRuler):
        return True
    tests = _lower_tests(ruler.patterns)
    if (tests is None or getattr(lemmatizer, "mode", None) != "rule" or lemmatizer.overwrite
            or names.index("attribute_ruler") > names.index("lemmatizer")):
        return False
    _swap(nlp, "attribute_ruler", FastAttributeRuler(ruler, tests))
    _swap(nlp, "lemmatizer", FastLemmatizer(lemmatizer))
    return True


def _swap(nlp, name: str, component) -> None:
    # Language.replace_pipe builds a new component from a factory; an instance goes in
    # through the pipeline's list, keeping its name and place.
    for i, (pipe_name, _) in enumerate(nlp._components):
        if pipe_name == name:
            nlp._components[i] = (name, component)
            return
