"""Checks on a speaker's agreement: whom the text makes a man or a woman, and the entity
found for a speaker phrase, on the real model."""
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



def _speakers(nlp, text):
    doc = nlp(text)
    return [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]


@pytest.mark.model
def test_a_description_reporting_he_of_itself_is_no_woman(nlp):
    # The twenty-ninth judged sample: "the singer said he did not see …" was given the
    # woman quoted before, the subject of the last sentence that names someone.
    text = ("Jane Holt told the court she had been hired to manage the crisis.\n\n"
            "Ms Holt began to work for Mr Tom Brandt in May, after the film was shown. "
            "The film sparked an inquiry into Mr Brandt's deals with the band. "
            "In the film, the singer said he did not see anything wrong with the deals.")
    found = _speakers(nlp, text)
    assert ("the singer", "tom-brandt") in found, found


@pytest.mark.model
def test_a_he_is_no_body_even_one_whose_spokeswoman_spoke_before(nlp):
    # The thirty-fifth judged sample: "Acme had sent kits to Bolt, but he said …" was
    # given the firm, the clause's subject, whose spokeswoman had spoken paragraphs before.
    text = ("A Nexacorp spokeswoman confirmed that the device would not be shown in March.\n\n"
            "Nexacorp said it had sold two million units in Europe.\n\n"
            "Peter Marlow, head of games at Brightware, told reporters that his team was "
            "testing the new machines. Nexacorp had sent test kits to Brightware, but he "
            "said the firm was still waiting on kits from its rivals.")
    found = _speakers(nlp, text)
    assert ("he", "peter-marlow") in found, found


@pytest.mark.model
def test_an_it_whose_words_name_its_own_board_is_that_body(nlp):
    # what is said names the body only as its board ("the United board"): the board
    # says it, and the it is the body, not one its words are about
    doc = nlp("Tom Barker has made a fresh approach to buy Bristol United, which could lead "
              "to a bid valuing the club at £300m.\n\nThe US tycoon, who has been wooing the "
              "club for the last year, has approached the United board with \"detailed "
              "proposals\", it has confirmed. Mr Barker hopes this will lead to a bid.")
    found = [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]
    assert ("it", "bristol-united") in found, found
