"""Descriptions of people as speakers: a people's group, a people's noun beside another."""
import pytest


def _quotes(nlp, text):
    doc = nlp(text)
    return [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]


@pytest.mark.model
def test_a_peoples_adjective_over_office_holders_is_an_unnamed_group(nlp):
    # never an id minted from the adjective ("european" for "European leaders")
    found = _quotes(nlp, "Scandinavian leaders say Baltic states must cut their deficits to "
                         "ease pressure on the krona.\n\nThe Scandinavian single currency has "
                         "risen to record highs against the dollar.")
    assert ("Scandinavian leaders", None) in found, found


@pytest.mark.model
def test_a_peoples_noun_is_not_whom_its_words_call_by_another(nlp):
    text = ('Manager Gordon McLeish said his side would miss their captain. "It is a blow," '
            "said McLeish. McLeish's own striker Pieter de Groot is fit again, but the Scot "
            "admitted he was unsure whether to start the Dutchman, who has not played for two "
            'months. "Pieter is the best striker in the league," he said.')
    found = _quotes(nlp, text)
    assert ("the Scot", "gordon-mcleish") in found, found
    assert ("he", "gordon-mcleish") in found, found
