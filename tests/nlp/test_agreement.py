"""Whom the text makes a man or a woman, read off its own his/her, on the real model."""
import pytest

from storygraph.nlp.agreement import sexes_in_text


def _people(doc):
    return [m for m in doc._.mentions if m.label == "PERSON"]


@pytest.mark.model
def test_a_name_her_sentence_goes_on_with_her_is_a_woman(nlp):
    doc = nlp('"I would like Mortimer to win, but her chances are slim," said Mr Blake. '
              "Mortimer is the choice of Daniel Okafor. He backed her.")
    ids = {m.entity for m in _people(doc) if "Mortimer" in m.text}
    assert {e: s for e, s in sexes_in_text(doc, _people(doc)).items() if e in ids} \
        == {e: {"f"} for e in ids}


@pytest.mark.model
def test_an_owner_a_relative_or_what_one_says_of_another_say_no_sex(nlp):
    doc = nlp("Sarah Smith's agent said he would leave. The wife of Tom Jones said her "
              "husband was proud. Esther Rowe said he was lovely. Hugh Peters says the "
              "runner must draw on her past.")
    assert sexes_in_text(doc, _people(doc)) == {}
