"""A description's country agrees with the body it resolves to (nlp/nationality.py)."""
import pytest


def _quotes(nlp, text):
    doc = nlp(text)
    return [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]


@pytest.mark.model
def test_a_description_with_a_country_is_no_body_of_another(nlp):
    # "The US company also said" was France's Snecma, the body quoted two sentences
    # before; it is Boeing, the US firm named just before.
    text = ("Meanwhile, France's Snecma has also said it plans a joint venture with HAL to "
            "make engine parts.\n\nOn the civilian front, Boeing announced a deal with "
            "India's HCL Technologies to develop a platform. The US company also said it "
            "had agreed the sale of 10 planes to a new Indian airline.")
    found = dict(_quotes(nlp, text))
    assert found.get("The US company") == "boeing", found


@pytest.mark.model
def test_an_unnamed_body_of_a_country_is_not_the_country(nlp):
    # "according to a US research think-tank" resolved to united-states.
    found = _quotes(nlp, "Gadget waste grows by 5% a year, according to a US research think-tank.")
    assert found and all(eid is None for _, eid in found), found


def test_countries_written_with_a_body():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from storygraph.nlp.nationality import countries_written_with, disagrees
    from storygraph.types import Entity
    doc = Doc(Vocab(), words=["France", "'s", "Snecma", "and", "Boeing", "spoke", "."],
              spaces=[False, True, True, True, True, False, False])
    mentions = [Entity(text="France", label="GPE", start=0, end=6, entity="france"),
                Entity(text="Snecma", label="ORG", start=9, end=15, entity="snecma"),
                Entity(text="Boeing", label="ORG", start=20, end=26, entity="boeing")]
    assert countries_written_with(doc, mentions, "snecma") == {"france"}
    assert disagrees(doc, mentions, "united-states", "snecma")
    assert not disagrees(doc, mentions, "united-states", "boeing")
    assert not disagrees(doc, mentions, "france", "snecma")


@pytest.mark.model
def test_a_body_or_a_city_before_the_noun_is_no_country(nlp):
    # "A Delta spokesperson" (Delta typed a place) went null with the rule for "a US
    # official": only a country's name or its people's word makes the phrase unnamed.
    found = _quotes(nlp, "She was suspended by Delta in September. A Delta spokesperson "
                         "confirmed on Wednesday that Ms Simonetti was no longer an employee.")
    assert ("A Delta spokesperson", "delta") in found, found
    found = _quotes(nlp, "An Israeli soldier said the road was closed.")
    assert found and found[0][1] is None, found


@pytest.mark.model
def test_the_countrys_government_is_the_country_named_before(nlp):
    found = _quotes(nlp, "Chinese police closed 300 illegal clinics in the last months of "
                         "2004, the country's government said.")
    assert found == [("the country's government", "china")], found
