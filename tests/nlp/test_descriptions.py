"""Descriptions of people as speakers: a people's group, a people's noun beside another."""
import pytest

from tests.nlp.conftest import assert_speaker_among_quotes


def _quotes(nlp, text):
    doc = nlp(text)
    return [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]


@pytest.mark.model
def test_a_peoples_noun_is_not_whom_its_words_call_by_another(nlp):
    text = ('Manager Gordon McLeish said his side would miss their captain. "It is a blow," '
            "said McLeish. McLeish's own striker Pieter de Groot is fit again, but the Scot "
            "admitted he was unsure whether to start the Dutchman, who has not played for two "
            'months. "Pieter is the best striker in the league," he said.')
    found = _quotes(nlp, text)
    assert ("the Scot", "gordon-mcleish") in found, found
    assert ("he", "gordon-mcleish") in found, found


@pytest.mark.model
def test_a_bands_spokesman_is_never_the_person_he_speaks_about(nlp):
    # the one person named before is whom the spokesman speaks about; "the band's" and
    # "the spokesman" are the band an earlier spokesman spoke for, and so is his "he"
    text = ("British pop group Velvet Harbour have been forced to cancel concerts after bass "
            "player Tom Ashby was taken to hospital with a broken wrist.\n\nThe band were "
            "forced to cut short Friday's show in Leeds. Ashby could \"barely hold a drink, let "
            "alone play\", said a Velvet Harbour spokesman, who added he is now \"resting\" at "
            "home. The band's spokesman said that they would review their remaining dates on "
            "a weekly basis, based on doctors' advice to Ashby. \"Of course we all want Tom to "
            "get better,\" he said.\n\nThe band were still hopeful they would be able to play "
            "Cardiff on Sunday, added the spokesman.")
    found = _quotes(nlp, text)
    assert ("The band's spokesman", "velvet-harbour") in found, found
    assert ("the spokesman", "velvet-harbour") in found, found
    assert ("he", "tom-ashby") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # never an id minted from the adjective ("european" for "European leaders")
    pytest.param(
        "Scandinavian leaders say Baltic states must cut their deficits to "
        "ease pressure on the krona.\n\nThe Scandinavian single currency has "
        "risen to record highs against the dollar.",
        ("Scandinavian leaders", None),
        id="a-peoples-adjective-over-office-holders-is-an-unnamed-group"),
    # "Actor X" makes "the 58-year-old actor" X, not the woman named last
    pytest.param(
        "Actor Daniel Fairweather is to star in a thriller about a bank raid set in "
        "Portugal.\n\nThe film is expected to resemble Fairweather's earlier hits. Maria "
        "Lindqvist, star of Northern Lights, is the studio's first choice for the female "
        "lead.\n\nOn a visit to Lisbon, the 58-year-old actor said he hoped to start "
        "filming next spring.",
        ("the 58-year-old actor", "daniel-fairweather"),
        id="an-aged-description-is-the-person-the-text-titled-with-its-noun"),
    # a side's positions are descriptions of the person named before in the role
    pytest.param(
        "Dan Hughes says the Welsh forwards are ready for the game in Rome.\n\n"
        "The prop said: \"We know how strong they are up front.\" Skipper Luc Moreau has "
        "admitted his side needs more flair. The lock believes the visitors are not big "
        "enough to trouble his pack.",
        ("The prop", "dan-hughes"), id="a-sides-position-is-the-person-named-before"),
    pytest.param(
        "Dan Hughes says the Welsh forwards are ready for the game in Rome.\n\n"
        "The prop said: \"We know how strong they are up front.\" Skipper Luc Moreau has "
        "admitted his side needs more flair. The lock believes the visitors are not big "
        "enough to trouble his pack.",
        ("The lock", "luc-moreau"), id="a-sides-position-is-the-person-named-before-2"),
    # the board is the body whose board the text named
    pytest.param(
        "Tom Barker has made a fresh approach to buy Bristol Albion, which could value "
        "the club at £300m.\n\nHis first offer was sent to the Albion board in May. "
        "Now the board has confirmed that the bidder is back.",
        ("the board", "bristol-albion"), id="the-board-is-the-body-whose-board-was-named"),
    # his son is the son named with the father's possessive
    pytest.param(
        'The tapes were found in a box. "We have had them for years," Harold Dunn\'s son '
        "Peter, 57, said. Dunn, who died in 1990, always made two tapes as a back-up. "
        '"He called them his spare tapes," his son said.',
        ("his son", "peter"), id="his-son-is-the-son-named-with-the-fathers-possessive"),
])
def test_the_speaker_phrase_and_its_entity(nlp, text, expected):
    # each case was a test of its own: the expected (speaker, entity) is among the
    # sentence's quotes
    assert_speaker_among_quotes(nlp, text, expected)


@pytest.mark.model
def test_our_correspondent_is_the_outlets_journalist_not_the_source_before(nlp):
    # The thirty-fifth judged sample: "Our correspondent says" was given the source the
    # text quoted just before, not the outlet's journalist it had introduced.
    text = ("Director Ravi Menon says the play is not offensive.\n\n"
            "The Herald's Anil Kapoor in Chennai says that the play shows a monk in a "
            "love affair. Mr Menon says he is shocked at the decision. Our correspondent "
            "says that the city's theatres have so far refused to stage the play.")
    found = _quotes(nlp, text)
    assert ("Our correspondent", "anil-kapoor") in found, found


@pytest.mark.model
def test_a_sides_boss_named_by_a_nickname_is_its_manager_named_before(nlp):
    # The thirty-fifth judged sample: "The Toon boss vowed" was given the side's
    # nickname, which the tagger typed a person, not the manager named just before.
    text = ("Leeds striker Mark Doyle is discussing a loan move to Hearts.\n\n"
            "The striker fell out with Peacocks manager Brian Holt last month. The Toon "
            "boss vowed Doyle would not play for the club again.")
    found = dict(_quotes(nlp, text))
    assert found.get("The Toon boss") == "brian-holt", found


@pytest.mark.model
def test_a_name_set_off_before_a_possessed_role_holds_it_and_speaks(nlp):
    # Thirty-sixth judged sample: "NAME - BODY's ROLE - said", which the parse flattens
    # into compounds under the role, was read as an unnamed investor of the club, and
    # the he after it went back to another man.
    doc = nlp("Shares in Kickers Essen fell sharply on Monday. Chairman Otto Brenner stepped "
              "down last week and creditors want more control.\n\nFund manager Lukas Weiler - "
              "Kickers Essen's largest investor - said he would only put in more money if he "
              'got a bigger say in how the club is run. "I want better accounts," he is quoted '
              "as saying by a German magazine.")
    by_cue = {q.cue.text: q for q in doc._.quotes if q.cue is not None}
    assert by_cue["said"].speaker_entity == "lukas-weiler", by_cue["said"]
    assert by_cue["quoted"].speaker_entity == "lukas-weiler", by_cue["quoted"]


@pytest.mark.model
def test_a_bare_age_is_never_a_league_the_tagger_typed_a_person(nlp):
    # Thirty-sixth judged sample: "the 36-year-old" took "the Premiership" (typed a
    # person), a name the text never writes without "the"; the man named before speaks.
    doc = nlp("Marc Roussilly played for Rovers for ten years. The current Blues team are top "
              'of the Premiership. "Mentally, they are stronger now, even though a lot of their '
              'players are young," the 36-year-old said.')
    q = next(q for q in doc._.quotes if q.cue is not None and q.cue.text == "said")
    assert q.speaker_entity == "marc-roussilly", q
