import pytest

from storygraph.nlp.entities import initials, is_acronym, normalise, slug
from storygraph.nlp.gazetteer import places


def test_normalise_and_slug():
    assert normalise("the Wagner Group's") == "wagner group"
    assert normalise("Ségolène") == "segolene"
    assert slug("Sergey Lavrov") == "sergey-lavrov"


def test_acronyms():
    assert initials("central african republic") == "car"
    assert initials("united nations") == "un"
    assert is_acronym("CAR") and is_acronym("U.N.") and not is_acronym("Mali")


def test_places_from_packaged_data():
    p = places()
    assert p.capitals["moscow"] == "Russia" and p.capitals["bamako"] == "Mali"
    assert p.demonyms["malian"] == "Mali" and p.countries["russian federation"] == "Russia"
    assert p.countries["uk"] == "United Kingdom" and p.demonyms["american"] == "United States"


@pytest.mark.model
def test_types_by_vote_capitals_acronyms_and_surnames(nlp):
    doc = nlp("Mali and the Central African Republic (CAR) met. Moscow said it was not involved. "
              "Foreign Minister Sergei Lavrov spoke. Lavrov left for the Russian capital Moscow.")
    found = {(m.text, m.label, m.entity) for m in doc._.mentions}
    assert ("Mali", "GPE", "mali") in found
    assert ("CAR", "GPE", "central-african-republic") in found
    assert ("Moscow", "GPE", "russia") in found        # the government acting
    assert ("Moscow", "GPE", "moscow") in found        # the city as a place
    assert {e for t, _, e in found if "Lavrov" in t} == {"sergei-lavrov"}
    for m in doc._.mentions:
        assert doc.text[m.start:m.end] == m.text
