"""The token table gives what spaCy's Token attributes give, index by index."""
import pytest

from storygraph.nlp.lines import _ellipsis_end
from storygraph.nlp.token_table import TokenTable, _tense_form, token_texts


@pytest.mark.model
def test_the_table_agrees_with_every_token(nlp):
    doc = nlp("“We will not back down,” Russia's foreign minister said on Tuesday. "
              "The U.N. envoy, who arrived in Bamako, was asked by reporters . . . and left.\n"
              "Officials said: “It is over.”")
    t = TokenTable(doc)
    assert t.n == len(doc)
    for tok in doc:
        i = tok.i
        assert (t.text[i], t.lower[i], t.lemma[i], t.pos[i], t.tag[i], t.dep[i],
                t.ent_type[i], t.head[i]) == (
            tok.text, tok.lower_, tok.lemma_.lower(), tok.pos_, tok.tag_, tok.dep_,
            tok.ent_type_, tok.head.i)
        assert (t.is_punct[i], t.is_space[i], t.is_alpha[i]) == (
            tok.is_punct, tok.is_space, tok.is_alpha)
        assert t.tense_form(i) == _tense_form(tok)
        assert t.children[i] == [c.i for c in tok.children]
        assert t.subtree(i) == [s.i for s in tok.subtree]
        assert t.ancestors(i)[1:] == [a.i for a in tok.ancestors][:39]
    assert token_texts(doc) == [tok.text for tok in doc]


@pytest.mark.model
def test_tables_agree_when_the_process_wide_strings_are_emptied_between_them(nlp, monkeypatch):
    """The strings, lemmas and tense forms are kept across documents, and emptied past a
    bound: a table made right after (or while) they are emptied reads the same."""
    from storygraph.nlp import token_table

    monkeypatch.setattr(token_table, "_MOST_KNOWN", 8)
    docs = [nlp("Officials said the talks had failed."), nlp("He says he is leaving, she said.")]
    for doc in docs + docs:
        t = TokenTable(doc)
        assert len(token_table._KNOWN) <= 8 + len(doc) * 6
        assert t.lemma == [tok.lemma_.lower() for tok in doc]
        assert t.text == [tok.text for tok in doc] and t.dep == [tok.dep_ for tok in doc]
        assert [t.tense_form(i) for i in range(len(doc))] == [_tense_form(tok) for tok in doc]


def test_an_empty_doc_has_an_empty_table():
    import spacy

    doc = spacy.blank("en").make_doc("")
    t = TokenTable(doc)
    assert t.n == 0 and t.text == [] and t.children == [] and token_texts(doc) == []


def test_ellipses_are_read_off_texts_and_spaces():
    texts = ["a", ".", ".", ".", "b", "…", "c", ".", "."]
    spaced = [True, True, True, True, True, True, True, True, False]
    assert _ellipsis_end(texts, spaced, 1) == 4
    assert _ellipsis_end(texts, spaced, 5) == 6
    assert _ellipsis_end(texts, spaced, 7) == -1  # (two stops at the end: no ellipsis)
    assert _ellipsis_end(texts, [True, False, True, True] + spaced[4:], 1) == -1


def test_a_docs_words_are_read_once_and_kept_on_it():
    import spacy

    nlp = spacy.blank("en")
    doc = nlp.make_doc("He said: \u201cWe will stay.\u201d")
    first = token_texts(doc)
    assert token_texts(doc) is first and first == [t.text for t in doc]
    other = nlp.make_doc("Officials said so.")
    assert token_texts(other) == ["Officials", "said", "so", "."]


@pytest.mark.model
def test_a_kept_table_is_given_again_only_while_the_doc_is_unchanged(nlp):
    """The quote and relation stages share a table while nothing between them changed the
    parse or the entities; a change to either makes a new one, which reads the change."""
    import gc

    from spacy.tokens import Span

    doc = nlp("Officials said the talks in Bamako had failed.")
    first = TokenTable.of(doc)
    assert TokenTable.of(doc) is first
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    second = TokenTable.of(doc)
    assert second is not first and second.ent_type[0] == "ORG" and first.ent_type[0] == ""
    doc[3].head = doc[1]  # ("talks" now hangs off "said")
    third = TokenTable.of(doc)
    assert third is not second and third.head[3] == 1
    assert TokenTable.of(doc) is third
    assert [third.tense_form(i) for i in range(len(doc))] == [_tense_form(t) for t in doc]
    # (kept on the Doc, the table holds it weakly: no cycle keeps a finished Doc alive)
    import weakref
    gone = weakref.ref(doc)
    gc.disable()
    try:
        del doc, first, second, third
        assert gone() is None
    finally:
        gc.enable()


def test_an_empty_docs_table_is_kept_too():
    import spacy

    doc = spacy.blank("en").make_doc("")
    assert TokenTable.of(doc) is TokenTable.of(doc) and TokenTable.of(doc).n == 0
