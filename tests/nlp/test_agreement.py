"""Checks on the entity found for a speaker phrase, on the real model."""
import pytest


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
