import pytest

from storygraph.nlp.entities import find_mentions
from storygraph.nlp.name_spans import NAME_LABELS
from tests.nlp.names_docs import names_doc


def test_the_base_label_outvotes_a_names_model_that_disagrees_with_itself():
    # "Wagner" (the mercenary group) as PER once, ORG once: the base NER's ORG decides.
    doc = names_doc(["Wagner", "fighters", "left", ".", "Wagner", "said", "."],
               [(0, 1, "PERSON"), (4, 5, "ORG")], [(0, 1, "ORG"), (4, 5, "ORG")])
    assert {m.label for m in find_mentions(doc)} == {"ORG"}


@pytest.mark.model
def test_names_component_keeps_dates_and_finds_wire_names(nlp):
    doc = nlp("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n"
              "AL-AIN , United Arab Emirates 1996-12-06\nJapan began the defence of their "
              "Asian Cup title with a lucky 2-1 win against Syria on Friday .")
    assert {s.label_ for s in doc.spans["names"]} <= NAME_LABELS
    assert ("Friday", "DATE") in {(e.text, e.label_) for e in doc.ents}
    found = {(m.text, m.label) for m in doc._.mentions}
    assert ("Syria", "GPE") in found and ("JAPAN", "GPE") in found
    assert any(t == "Asian Cup" for t, _ in found)


def test_a_name_with_an_acronym_is_not_a_person():
    # The seeds' "TRT Afrika and agencies": the base NER's PERSON does not outvote ORG.
    doc = names_doc(["TRT", "Afrika", "and", "agencies"], [(0, 2, "ORG")], [(0, 2, "PERSON")])
    assert [(m.text, m.label) for m in find_mentions(doc)] == [("TRT Afrika", "ORG")]


def test_a_surname_used_of_a_person_joins_a_persons_full_name_before_a_bodys():
    # PolNeAR: "Mr. Trump" joined "Trump University", named more often than Donald Trump.
    words = ["Donald", "Trump", "founded", "Trump", "University", ".", "Trump", "University",
             "closed", ".", "Mr.", "Trump", "said", "."]
    doc = names_doc(words, [(0, 2, "PERSON"), (3, 5, "ORG"), (6, 8, "ORG"), (11, 12, "ORG")], [])
    assert [(m.text, m.entity) for m in find_mentions(doc)][-1] == ("Trump", "donald-trump")
    # A body's own short name still joins the body ("Wagner" -> "Wagner Group").
    doc = names_doc(["Wagner", "Group", "and", "Wagner", "fighters"], [(0, 2, "ORG"), (3, 4, "ORG")], [])
    assert {m.entity for m in find_mentions(doc)} == {"wagner-group"}


@pytest.mark.model
def test_the_shared_names_model_reads_the_vectors_the_base_ner_computed(monkeypatch):
    # STORYGRAPH_NAMES=shared: the names model listens to the base NER's own encoder; the
    # NER leaves its vectors in doc.tensor (one pass for both), exactly that encoder's.
    import numpy

    from storygraph.nlp import load

    monkeypatch.setenv("STORYGRAPH_NAMES", "shared")
    nlp = load(components=("storygraph_names",))
    text = "Sergei Lavrov met Abdoulaye Diop in Bamako on Monday."
    doc = nlp(text)
    encoder = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]
    assert encoder.name == "keep_tensor"
    expected = encoder.layers[0].predict([nlp.make_doc(text)])[0]
    assert doc.tensor.shape == (len(doc), 96)
    assert numpy.allclose(doc.tensor, expected)
    assert {(s.text, s.label_) for s in doc.spans["names"]} >= {
        ("Sergei Lavrov", "PERSON"), ("Abdoulaye Diop", "PERSON"), ("Bamako", "GPE")}


def test_an_unknown_names_model_setting_is_refused(monkeypatch):
    from storygraph.errors import StorygraphError
    from storygraph.settings import Settings

    monkeypatch.setenv("STORYGRAPH_NAMES", "tiny")
    with pytest.raises(StorygraphError):
        Settings.load()
