"""STORYGRAPH_BASE_NER=off: the pipeline without the base model's OntoNotes NER."""
import numpy
import pytest

TEXT = ("MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met Abdoulaye Diop in Bamako "
        "on Monday, two years after the coup. Lavrov said last week that Wagner fighters "
        "would stay until 2024.")


@pytest.mark.model
def test_without_the_base_ner_dates_come_from_rules_and_names_are_the_entities(monkeypatch):
    from storygraph.nlp import load

    monkeypatch.setenv("STORYGRAPH_BASE_NER", "off")
    nlp = load()
    assert "ner" not in nlp.pipe_names and "ner" in nlp.disabled
    doc = nlp(TEXT)
    assert {t.text for t in doc._.timexes} >= {"Monday", "last week", "2024"}
    ents = {(e.text, e.label_) for e in doc.ents}
    # the later stages (roles, quotes, framing) read names and dates as the Doc's entities
    assert {("Sergei Lavrov", "PERSON"), ("Bamako", "GPE"), ("Monday", "DATE")} <= ents
    assert {m.entity for m in doc._.mentions if m.text in ("Sergei Lavrov", "Lavrov")} == {"sergei-lavrov"}


@pytest.mark.model
def test_a_names_model_on_the_base_ner_vectors_runs_the_switched_off_encoder(monkeypatch):
    from storygraph.nlp import load

    monkeypatch.setenv("STORYGRAPH_BASE_NER", "off")
    monkeypatch.setenv("STORYGRAPH_NAMES", "shared")
    nlp = load(components=("storygraph_names",))
    doc = nlp(TEXT)
    encoder = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]
    assert numpy.allclose(doc.tensor, encoder.predict([nlp.make_doc(TEXT)])[0])
    assert ("Sergei Lavrov", "PERSON") in {(s.text, s.label_) for s in doc.spans["names"]}


def test_an_unknown_base_ner_setting_is_refused(monkeypatch):
    from storygraph.errors import StorygraphError
    from storygraph.settings import Settings

    monkeypatch.setenv("STORYGRAPH_BASE_NER", "maybe")
    with pytest.raises(StorygraphError):
        Settings.load()
