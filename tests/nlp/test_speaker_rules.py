"""The order of the speaker rules: what a speaker span is read as before they are asked."""
import pytest


@pytest.mark.model
def test_a_speaker_on_a_place_compound_is_the_noun_it_modifies(nlp):
    # "the Swedish-born researcher", the parse's speaker on "Swedish": the whole noun
    # phrase, the person described, never an id minted from the compound
    doc = nlp('"I never expected the game to sell so well," said Tomas Ekberg, a researcher '
              'at Larsson Studios. "I must admit that I was surprised," added the '
              "Swedish-born researcher.")
    found = [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]
    assert [e for _, e in found] == ["tomas-ekberg", "tomas-ekberg"], found
    assert found[-1][0] == "the Swedish-born researcher", found


@pytest.mark.model
def test_economists_named_by_their_market_place_are_no_one_named(nlp):
    # a market's place as the trade they forecast for, as "Texas traders" are no Texas
    doc = nlp("US employers added 150,000 jobs in March. Wall Street economists had "
              "forecast that 200,000 jobs would be created.")
    found = [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]
    assert ("Wall Street economists", None) in found, found
