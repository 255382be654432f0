"""spaCy's transition-based components (parser, NER) decoded without spaCy's lock churn:
spaCy's output, token for token.

spaCy decodes its parser and NERs in compiled code that releases the interpreter lock,
but as built (spaCy 3.8, Cython 3) every call of the state's small accessors (``B``,
``B_``, ``S``, ``safe_get``) takes the lock again and drops it: on 100 bench articles
two thirds of the NER's decoding (1.1 s of its 1.67 s) and two fifths of the parser's
went to ``take_gil``/``drop_gil`` and their mutexes (``perf``; docs/speed.md, stop 51).
Two ways round it, both on spaCy's own weights:

- ``FastEntityRecognizer`` (the base NER and the names model): the named-entity
  transition system is simple enough to decode a whole batch with array operations.
  Every action reads one token, and a state is two fields (whether an entity is open:
  its first token and label): with none open, every token's action is scored at once,
  and only the states inside an entity are stepped, together. ``decode`` keeps
  spaCy's inputs (the component's token vectors and precomputed hidden layer, for the
  same group of documents in the same order: ``Parser.pipe`` sorts each batch by length
  and decodes it in groups of a quarter of the batch size), its sums in the same order
  (three feature rows, then the bias; a maxout; the output layer through blis's
  ``sgemm``, as spaCy calls it; its bias), its rules of validity (``ner.pyx`` where no
  entity was set before the NER: none opens on a space or runs on past a sentence's or
  the text's end) and its choice (the first best valid action).
- ``FastParser``: the arc-eager system is not, so its states stay spaCy's; the steps
  run from Python with the lock held (taking a lock one holds costs nothing), through
  spaCy's own Python-level calls: the states' features (``get_token_ids``), the hidden
  layer (``state2vec.begin_update``: the same sums), the output layer through blis's
  ``sgemm`` and the transitions (``transition_states``).

Where a Doc carries entities set before the NER, or a component is not of the shape
these rely on (a beam, post-processing hooks on an NER, another state layout, classes
masked), spaCy's own decoder runs. ``tests/nlp/test_decoders.py`` checks the output
against spaCy's on real articles.
"""
from __future__ import annotations

import numpy
from blis.py import gemm
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.tokens import Span
from spacy.util import minibatch

#: spaCy's action codes (ner.pyx's enum), by the letter its class names start with.
_MOVES = {"M": 0, "B": 1, "I": 2, "L": 3, "U": 4, "O": 5}
MISSING, BEGIN, IN, LAST, UNIT, OUT = range(6)


class Decoded:
    """What both wrappers share: spaCy's component, every attribute of which is read
    through (the model, labels, moves); its grouping of documents (``Parser.pipe``'s:
    each batch sorted by length and decoded in groups of a quarter of the batch size,
    which decides what the token vectors are computed over); ``_annotate`` decodes a
    group."""

    def __init__(self, component):
        self.component = component

    def __getattr__(self, name):
        # (only for what this class lacks; none while unpickling, before __dict__ is set)
        if "component" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.__dict__["component"], name)

    def __call__(self, doc):
        self._annotate([doc])
        return doc

    def pipe(self, docs, batch_size: int = 256):
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            by_length = sorted(batch, key=len)
            for group in minibatch(by_length, size=max(batch_size // 4, 2)):
                self._annotate(list(group))
            yield from batch

    def _annotate(self, docs) -> None:
        raise NotImplementedError


class FastEntityRecognizer(Decoded):
    """spaCy's ``EntityRecognizer`` with its greedy decoding done by ``decode``."""

    def __init__(self, ner):
        super().__init__(ner)
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        # each action's move and its label as an index into ``labels`` (-1: none)
        self.actions = numpy.array([_MOVES[name[0]] for name in names])
        labels = sorted({name[2:] for name in names if name[2:]})
        self.label_hashes = [ner.vocab.strings.add(label) for label in labels]
        self.action_labels = numpy.array([labels.index(name[2:]) if name[2:] else -1
                                          for name in names])
        closed, opened = _valid_tables(self.actions, self.action_labels, len(labels))
        # the actions ruled out, by row: 2 x space + ends with no entity open, 4 + 2 x
        # label + ends with one open (see ``_valid_tables``)
        self.invalid = ~numpy.concatenate([closed.reshape(4, -1),
                                           opened.reshape(2 * len(labels), -1)])

    def _annotate(self, docs) -> None:
        ner = self.component
        if not _decodable(ner, docs):
            ner.set_annotations(docs, ner.predict(docs))
            return
        spans = decode(ner.model, docs, self)
        for doc, found in zip(docs, spans):
            doc.set_ents([Span(doc, start, end, label=self.label_hashes[label])
                          for start, end, label in found], default="outside")


def _decodable(ner, docs) -> bool:
    """Whether ``decode`` gives spaCy's answer for these docs: a greedy NER without hooks
    on docs with no entity set before it."""
    if ner.cfg.get("beam_width", 1) != 1 or getattr(ner, "postprocesses", None):
        return False
    if not any(len(doc) for doc in docs):
        return False
    return not any(len(doc) and doc.to_array([ENT_IOB]).any() for doc in docs)


def _valid_tables(moves, move_labels, n_labels):
    """Which actions are valid, as rows to pick from at each step: for a state with no
    entity open, by (the token is a space, the token is the text's last or the next one
    opens a sentence); for one with an entity of label k open, by the second of those.
    ner.pyx's rules with no entity preset: ``Begin`` needs a label, an entity closed, a
    token that is no space, and a next token in the same sentence; ``Unit`` a label, an
    entity closed and no space; ``Out`` an entity closed; ``In`` the open entity's label
    and a next token in the same sentence; ``Last`` the open entity's label; the label-less
    ``Unit`` (for preset blocks) and ``Missing`` never."""
    labelled = move_labels >= 0
    closed = numpy.zeros((2, 2, len(moves)), dtype=bool)
    for space in (0, 1):
        for ends in (0, 1):
            closed[space, ends] = ((moves == OUT)
                                   | ((moves == UNIT) & labelled & (not space))
                                   | ((moves == BEGIN) & labelled & (not space) & (not ends)))
    opened = numpy.zeros((n_labels, 2, len(moves)), dtype=bool)
    for label in range(n_labels):
        same = move_labels == label
        for ends in (0, 1):
            opened[label, ends] = ((moves == LAST) & same) | ((moves == IN) & same & (not ends))
    return closed, opened


def decode(model, docs, tables) -> list[list[tuple[int, int, int]]]:
    """Each doc's entities as (start, end, label index), decoded greedily as spaCy's
    ``Parser.greedy_parse`` decodes them (see the module's docstring)."""
    tok2vec, lower, upper = model.layers
    tokvecs = tok2vec.predict(docs)
    cached = lower.predict(tokvecs)                  # (tokens + 1, nF, nO, nP), padding first
    n_feats, n_out, n_pieces = cached.shape[1:]
    if n_feats != 3 or not model.attrs.get("has_upper"):
        raise ValueError("not the NER's state features")
    cached = cached.reshape(cached.shape[0], n_feats, n_out * n_pieces)
    bias = lower.get_param("b").reshape(n_out * n_pieces)
    weights, out_bias = upper.get_param("W"), upper.get_param("b")
    n_classes = weights.shape[0]

    lengths = numpy.array([len(doc) for doc in docs])
    offsets = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]])
    # per token: whether the next token opens a sentence or this one is the text's last,
    # and the row of ``tables.invalid`` for a state with no entity open
    ends = numpy.concatenate([_ends(doc) for doc in docs]).astype(numpy.intp)
    space = numpy.concatenate([doc.to_array([IS_SPACE]) for doc in docs]).astype(numpy.intp)
    closed_row = 2 * space + ends
    features = [numpy.ascontiguousarray(cached[:, f]) for f in range(n_feats)]
    actions, action_labels, invalid = tables.actions, tables.action_labels, tables.invalid

    def best_actions(hidden, rows):
        """The first best valid action of each state from its summed features."""
        hidden += bias
        hidden = hidden.reshape(len(hidden), n_out, n_pieces)
        hidden = (numpy.maximum(hidden[:, :, 0], hidden[:, :, 1]) if n_pieces == 2
                  else hidden.max(axis=2))
        scores = gemm(numpy.ascontiguousarray(hidden), weights, trans2=True,
                      out=numpy.zeros((len(hidden), n_classes), dtype="f"), beta=0.0)
        scores += out_bias
        scores[invalid[rows]] = -numpy.inf
        return scores.argmax(axis=1)

    # With no entity open a state's features are its token and two paddings: every
    # token's action in that state at once (blis gives each row the same sums whatever
    # the rows beside it, checked in tests/nlp/test_decoders.py).
    hidden = features[0][1:] + features[1][0]
    hidden += features[2][0]
    closed_best = best_actions(hidden, closed_row)

    # A document's states change only at its Begin and Last actions. With no entity open,
    # its actions up to its next Begin are read off ``closed_best`` at once (an Out or a
    # Unit leaves it closed), so the loop below takes one step per token inside an
    # entity, for the documents with one open, not one step per token of the longest
    # document: the same actions, each scored on the same row.
    moves = actions[closed_best]
    starts = numpy.flatnonzero(moves == BEGIN)
    starts = numpy.append(starts, len(moves))    # (past every document: none left)
    doc_end = offsets + lengths

    def opening(docs_, at):
        """For the documents ``docs_`` closed from token ``at`` on: those with a Begin
        left, its token and its label."""
        nxt = starts[numpy.searchsorted(starts, at)]
        some = nxt < doc_end[docs_]
        nxt = nxt[some]
        return docs_[some], nxt, action_labels[closed_best[nxt]]

    # the states with an entity open: their doc, the entity's first token, its label,
    # and the token to act on next
    doc, first, label = opening(numpy.flatnonzero(lengths > 0), offsets[lengths > 0])
    at = first + 1
    entities = []   # (docs, first tokens, ends, labels) of the entities each step closes
    while len(doc):
        # features: the token, the open entity's first token, the token before
        hidden = features[0].take(at + 1, axis=0)
        hidden += features[1].take(first + 1, axis=0)
        hidden += features[2].take(at, axis=0)
        best = best_actions(hidden, 4 + 2 * label + ends[at])
        last = actions[best] == LAST    # (else In: the only other valid action)
        if not last.any():
            at += 1
            continue
        entities.append((doc[last], first[last], at[last] + 1, label[last]))
        stay = ~last
        more = opening(doc[last], at[last] + 1)
        doc = numpy.concatenate([doc[stay], more[0]])
        first = numpy.concatenate([first[stay], more[1]])
        label = numpy.concatenate([label[stay], more[2]])
        at = numpy.concatenate([at[stay] + 1, more[1] + 1])
    # Units stand where no entity was open: outside every entity's tokens.
    none = numpy.zeros(0, dtype=numpy.intp)
    e_doc, e_first, e_end, e_label = (numpy.concatenate([e[k] for e in entities])
                                      if entities else none for k in range(4))
    inside = numpy.zeros(len(moves) + 1, dtype=numpy.intp)
    inside[e_first] += 1    # (entities do not overlap: no token is indexed twice)
    inside[e_end] -= 1
    units = numpy.flatnonzero((moves == UNIT) & (numpy.cumsum(inside[:-1]) == 0))
    doc_of = numpy.repeat(numpy.arange(len(docs)), lengths)
    which = numpy.concatenate([doc_of[units], e_doc])
    a = numpy.concatenate([units, e_first])
    b = numpy.concatenate([units + 1, e_end])
    labels = numpy.concatenate([action_labels[closed_best[units]], e_label])
    order = numpy.lexsort((a, which))
    which, a, b, labels = which[order], a[order], b[order], labels[order]
    base = offsets[which]
    found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
    for d, start, end, lab in zip(which.tolist(), (a - base).tolist(), (b - base).tolist(),
                                  labels.tolist()):
        found[d].append((start, end, lab))
    return found


def _ends(doc) -> numpy.ndarray:
    """Per token: it is the doc's last, or the next token opens a sentence."""
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    out = numpy.ones(len(doc), dtype=bool)
    out[:-1] = starts[1:] == 1
    return out


class FastParser(Decoded):
    """spaCy's ``DependencyParser`` with its greedy decoding stepped from Python (see the
    module's docstring)."""

    def _annotate(self, docs) -> None:
        parser = self.component
        if not any(len(doc) for doc in docs):
            parser.set_annotations(docs, parser.predict(docs))
            return
        parser._ensure_labels_are_added(docs)
        states = parser.moves.init_batch(docs)
        step = parser.model.predict(docs)
        weights = step.vec2scores.get_param("W")
        bias = step.vec2scores.get_param("b")
        todo = [state for state in states if not state.is_final()]
        while todo:
            hidden, _ = step.state2vec.begin_update(step.get_token_ids(todo))
            scores = gemm(numpy.ascontiguousarray(hidden), weights, trans2=True,
                          out=numpy.zeros((len(todo), weights.shape[0]), dtype="f"),
                          beta=0.0)
            scores += bias
            todo = parser.transition_states(todo, scores)
        # (the step model's closures hold the batch's arrays in reference cycles: spaCy
        # breaks them too, else they wait for the collector: +60 MB peak measured)
        step.clear_memory()
        parser.set_annotations(docs, states)


def wrap(component):
    """``component`` as a ``FastEntityRecognizer`` or ``FastParser`` where these can stand
    for its decoder, else ``component`` itself: a greedy spaCy parser with an output
    layer and every class seen; for an NER also the NER's three state features."""
    from spacy.pipeline import DependencyParser, EntityRecognizer

    if not isinstance(component, (EntityRecognizer, DependencyParser)):
        return component
    model = component.model
    if (component.cfg.get("beam_width", 1) != 1 or len(model.layers) != 3
            or not model.attrs.get("has_upper") or model.attrs.get("unseen_classes")):
        return component
    if isinstance(component, DependencyParser):
        return FastParser(component)
    if model.layers[1].get_dim("nF") != 3:
        return component
    return FastEntityRecognizer(component)


def replace(nlp) -> list[str]:
    """Put the fast decoders in place of the pipeline's parser and NER where they can
    stand; the names of the components replaced."""
    from .base_rules import _swap

    done = []
    for name in nlp.pipe_names:
        component = nlp.get_pipe(name)
        if isinstance(component, Decoded):
            done.append(name)
            continue
        fast = wrap(component)
        if fast is not component:
            _swap(nlp, name, fast)
            done.append(name)
    return done
