"""Several named sources as one speaker: no entity, and a certainty that hides them."""
import pytest

from storygraph.nlp.joint_sources import several_sources

THRESHOLD = 0.8


def _quotes(nlp, text):
    doc = nlp(text)
    return [(q.speaker.text if q.speaker else None, q.speaker_entity, q.confidence)
            for q in doc._.quotes]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a pair joined by "and", whichever conjunct the parse made the speaker
    "The striker himself and his captain Marco Rossi have both said that the tackle was accidental.",
    # a list the tagger reads as one name, made several by "all"
    "On Monday, the Federation of Small Traders, Lowland Growers Association and Coastal "
    "Fishers Union all said trade was slowing.",
])
def test_several_named_sources_get_no_entity_and_stay_hidden(nlp, text):
    found = _quotes(nlp, text)
    assert found and all(eid is None and conf < THRESHOLD for _, eid, conf in found), found


@pytest.mark.model
def test_both_on_a_plural_noun_and_one_name_holding_and(nlp):
    doc = nlp("Rovers and United were fined last year. Both clubs have pledged to help.")
    clubs = next(t for t in doc if t.lower_ == "clubs")
    assert several_sources(clubs, doc._.mentions)
    doc = nlp("According to Smith & Jones, the market will recover.")
    smith = next(t for t in doc if t.text == "Smith")
    assert not several_sources(smith, doc._.mentions)
