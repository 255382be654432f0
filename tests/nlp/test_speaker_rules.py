"""The order of the speaker rules: what a speaker span is read as before they are asked."""
import pytest

from tests.nlp.conftest import assert_speaker_among_quotes


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


@pytest.mark.model
def test_the_name_set_after_a_roles_noun_is_the_speaker_not_its_modifier(nlp):
    # "Mersey Tunnel operator Tollway": the tunnel is what is operated; the firm speaks,
    # and "the firm" after it is the firm too
    text = ("Mersey Tunnel operator Tollway has seen its losses widen as traffic fell in the "
            "first half.\n\nThe firm said revenue was down 6% on the year.")
    doc = nlp(text)
    found = [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]
    assert ("The firm", "tollway") in found, found


@pytest.mark.model
def test_a_relative_who_is_the_person_named_just_before_it(nlp):
    # the parse may hang "who said" on the prize; a who is a person's
    doc = nlp("Two writers have turned down Pulitzers, including novelist Henry Marlowe who "
              'said the whole affair was "vulgar".')
    found = [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]
    assert all(e is None or "pulitzer" not in e for _, e in found), found
    assert any(s == "who" and e and "marlowe" in e for s, e in found), found


@pytest.mark.model
def test_a_name_set_off_before_its_affiliation_speaks_not_the_body(nlp):
    # Thirty-fifth judged sample: "NAME, from BODY, said" gave the body (the tagger typed
    # the name as no person); the person speaks, the body is where he works.
    doc = nlp("Toshiro Kanemura, from Hitachi's Mechanical Engineering Research Laboratory, "
              'said: "We aimed to build a robot that could climb stairs."')
    q = next(q for q in doc._.quotes if q.cue is not None and q.cue.text == "said")
    assert q.speaker.text == "Toshiro Kanemura", q
    assert q.speaker_entity == "toshiro-kanemura", q


@pytest.mark.model
def test_a_name_right_after_the_role_noun_is_the_speaker_not_the_club(nlp):
    # Thirty-sixth judged sample: the parse read the name after "captain" as an adverb,
    # the speaker phrase stopped at the role's noun and the club before it was given.
    doc = nlp("Former Rovers captain Roussilly, who is now playing for Al-Arabi in Qatar, says "
              "there is no comparison between that side and the current team.")
    q = next(q for q in doc._.quotes if q.cue is not None and q.cue.text == "says")
    assert (q.speaker.text, q.speaker_entity) == ("Former Rovers captain Roussilly",
                                                  "roussilly"), q


@pytest.mark.model
def test_a_peoples_word_before_a_missed_name_never_gives_the_entity(nlp):
    # Thirty-fifth judged sample: "Russian NAME claimed", the names model missing the
    # name, gave Russia; the name is who speaks (minted without the people's word).
    doc = nlp("Russian Dmitriy Sokolov won at the same Paris venue last week and then claimed "
              "the final would be a race between himself and two others.")
    q = next(q for q in doc._.quotes if q.cue is not None and q.cue.text == "claimed")
    assert q.speaker_entity == "dmitriy-sokolov", q


@pytest.mark.model
def test_a_speaker_on_a_role_phrases_modifier_is_the_role_phrase(nlp):
    # the parse's speaker on "assistant" of "The ex-Reds assistant boss": the role's
    # phrase speaks, a description of the person the lead names
    text = ("Rovers legend Tom Barker has urged Sam Pryce to stay at the club.\n\n"
            "The ex-Reds assistant boss also warned that any move would be a mistake.")
    assert_speaker_among_quotes(nlp, text, ("The ex-Reds assistant boss", "tom-barker"))


@pytest.mark.model
def test_a_document_a_body_noun_owns_is_that_bodys(nlp):
    # "the authority's ruling said": the ruling is the authority's words, and "the
    # authority" the body named before
    text = ("Kenya's Broadcasting Authority has fined a radio station. The authority said the "
            "station broke its rules. \"The station has shown contempt for its listeners and is "
            "hereby fined,\" the authority's ruling said.")
    assert_speaker_among_quotes(nlp, text, ("the authority's ruling", "broadcasting-authority"))
    assert_speaker_among_quotes(
        nlp, "The Northern Rail Board met on Monday. \"The line will close in March,\" the "
             "board's statement said.", ("the board's statement", "northern-rail-board"))
    # (and may name that body in the third person: its own words still)
    assert_speaker_among_quotes(
        nlp, "Nearly 5 million people now use the Zappo Networks chat service, according to "
             "the messaging firm's website.", ("the messaging firm's website", "zappo-networks"))
