"""Whom a he/she, a title or a description stands for, on the real model."""
import pytest

from tests.nlp.conftest import (
    assert_entities_of_speaker, assert_speaker_among_quotes, speaker_quotes as _quotes)


@pytest.mark.model
def test_he_is_the_speaker_of_the_sentence_before(nlp):
    text = ('"The issue had been going on for some time," says analyst Simon Champion of '
            "Deutsche Bank. Despite its bad luck, he pointed out, Aurora is just one ship.")
    found, _ = _quotes(nlp, text)
    assert any(sp == "he" and eid == "simon-champion" for sp, eid, _ in found)


@pytest.mark.model
def test_a_description_is_the_person_named_before(nlp):
    text = ("Adrian Mutu failed a drugs test in October, and Chelsea sacked him. "
            "The Romanian international later suggested it was a different substance.")
    found, _ = _quotes(nlp, text)
    assert any(sp == "The Romanian international" and eid == "adrian-mutu"
               for sp, eid, _ in found), found


@pytest.mark.model
def test_descriptions_of_the_person_named_before(nlp):
    text = ("Hollywood legend Dustin Hoffman has hit out at films.\n\n"
            'The star of Rain Man and Tootsie said the film culture was "in the craphouse". '
            "The 67-year-old also said he stopped working a few years ago.")
    found, _ = _quotes(nlp, text)
    assert ("The star", "dustin-hoffman", "speech") in found
    assert ("The 67-year-old", "dustin-hoffman", "speech") in found
    text = ("Jamie Costin was hurt in Athens. \"I was in a lot of pain,\" says the "
            "Waterford man.")
    found, _ = _quotes(nlp, text)
    assert [eid for _, eid, _ in found] == ["jamie-costin"]


@pytest.mark.model
def test_a_title_is_its_holder_not_the_last_person_named(nlp):
    # "The President" is the person the headline is about, never the woman named
    # before it; the he after it inherits the president.
    text = ("Obama praises nominee at rally\n"
            "Obama said the nominee had been treated unfairly.\n"
            "The nominee testified on Thursday. Mary Jones also testified about her claim.\n"
            "The President said on Saturday that voters saw the nominee's courage.\n"
            '"This is a great day for the country," he told the crowd.')
    found, _ = _quotes(nlp, text)
    said = {s: e for s, e, _ in found}
    assert said["The President"] == "obama"
    assert said["he"] == "obama"


@pytest.mark.model
def test_a_description_of_one_introduced_unnamed_stays_unnamed(nlp):
    # (DW: "the Berlin wine merchant said" was given a grape the tagger took for a
    # person, named in the sentences between)
    text = ("It was a wine merchant in Berlin who first told me that this variety was "
            "alive in the Ahr Valley, under the name Frühburgunder. There may be debate as "
            "to whether the Frühburgunder is a mutation.\n"
            '"If Pinot Noir is a gentleman, then the Frühburgunder is a lady," the Berlin '
            "wine merchant said.")
    found, _ = _quotes(nlp, text)
    assert [(sp, eid) for sp, eid, _ in found if sp == "the Berlin wine merchant"] == [
        ("the Berlin wine merchant", None)], found
    # one introduced with a name beside it is that one
    text = ("A wine merchant in Berlin, Hans Weber, said the grape was rare. It grows in "
            'the Ahr Valley.\n"It is a lady," the Berlin wine merchant added.')
    found, _ = _quotes(nlp, text)
    assert any(sp == "the Berlin wine merchant" and eid == "hans-weber"
               for sp, eid, _ in found), found


@pytest.mark.model
def test_the_spokesman_retold_is_the_one_first_written_unnamed(nlp):
    # Twenty-third judged sample (issue 11): "A spokesman said …", "The ministry
    # spokesman said …", then "the spokesman said" after "Iran said" was given Iran.
    text = ("Security forces raided the home of a Dutch diplomat in Tehran , The Hague 's "
            "foreign ministry said on Saturday .\nA spokesman said he could confirm a report "
            "in a weekly newspaper .\nThe ministry spokesman said the embassy made a sharp "
            "protest .\nIran subsequently said it regretted the incident .\nAll those "
            "detained appeared to have been freed , the spokesman said .\n")
    found, _ = _quotes(nlp, text)
    last = [eid for sp, eid, _ in found if sp == "the spokesman"]
    assert last == [None], found


@pytest.mark.model
def test_he_is_the_untagged_surname_heading_the_sentence_before(nlp):
    # The twenty-seventh judged sample: the names model missed a player everywhere (the
    # base tagger read his full name a person's), and "he revealed" went to the man
    # quoted before.
    from storygraph.nlp.quotes import find_quotes

    doc = nlp("Tim Henman will face Olivier Rochus in the semi-final of the Dubai Open on "
              "Friday.\n\nHenman won easily. \"I served well and he struggled,\" admitted "
              "Ljubicic. Rochus will climb into the top 20 for the first time after his run "
              "to the semi-final. \"It has taken a lot of hard work,\" he revealed.")
    mentions = [m for m in doc._.mentions if "Rochus" not in m.text]
    found = [(q.speaker.text, q.speaker_entity) for q in find_quotes(doc, mentions) if q.speaker]
    assert found[-1] == ("he", "olivier-rochus"), found


@pytest.mark.model
def test_a_name_opening_its_sentence_before_a_description_is_the_subject(nlp):
    # The twenty-ninth judged sample: "X, the first … to win …, will now face Y. / But she
    # is …" took the parse's subject, the description, back to an earlier pair's first.
    text = ("Former Open champion Carla Moreno and India's Tania Mehra, the two oldest and "
            "youngest entrants in the event, also made the last sixteen. Moreno, 31, beat Yuki "
            "Asano 6-4 6-2 and 17-year-old Mehra beat Jana Kovac 6-7 (7-3) 6-4 6-2. Mehra, the "
            "first Indian player to win a WTA title this year on home courts at Pune, will now "
            "play US Open winner Olga Petrova.\n\nBut she is remaining hopeful. \"She (Petrova) "
            "is a very good player,\" she said.")
    doc = nlp(text)
    found = [q.speaker_entity for q in doc._.quotes if q.attribution == "speech"]
    assert found == ["tania-mehra"], found


@pytest.mark.model
def test_a_he_is_no_woman_the_text_calls_her_but_the_man_named_beside_her(nlp):
    text = ("Kerry Mortimer is nominated for best actress. "
            '"I would like Mortimer to win, but her chances are slim," said Mr Blake. '
            "Mortimer is also the favourite of Daniel Okafor, the editor of a film magazine. "
            "But while he backed Mortimer, he predicted it would be a close race.")
    found, _ = _quotes(nlp, text)
    assert ("he", "daniel-okafor", "position") in found or ("he", "daniel-okafor", "speech") \
        in found, found


@pytest.mark.model
def test_an_age_alone_is_the_person_named_in_the_sentence_before(nlp):
    text = ('Wearing a red dress, Kate Moss told reporters the evening was "cold".\n\n'
            "The younger stars were also represented in the shape of Lucy Farrow, who plays "
            "Wendy in the Peter Pan films. The 13-year-old said she was hoping to meet "
            'the director but joked that "he is far too busy for me".')
    found, _ = _quotes(nlp, text)
    assert [eid for sp, eid, _ in found if sp in ("The 13-year-old", "she")] \
        and all(eid == "lucy-farrow" for sp, eid, _ in found
                if sp in ("The 13-year-old", "she")), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    pytest.param(
        "Susan Chepkemei won the race in Edinburgh on Sunday.\n\n"
        "She beat Paula Radcliffe in the final stretch. "
        '"I am very happy with the result," she said.',
        ("she", "susan-chepkemei", "speech"),
        id="she-is-the-subject-before-not-the-last-name"),
    # (the shadow chancellor, the subject just before, is not the chancellor)
    pytest.param(
        "Chancellor Gordon Brown spoke in Gateshead on Sunday. Shadow chancellor Oliver "
        "Letwin attacked the plans.\n\nThe chancellor said the election would be a "
        "clear choice.",
        ("The chancellor", "gordon-brown", "speech"),
        id="a-title-given-in-the-text-names-its-holder"),
    # (BBC politics: "the Tory leader argued" was given George Bush, named only in a
    # relative clause on the election; the article is about Michael Howard)
    pytest.param(
        "Michael Howard has backed stem cell research, saying it is important people "
        "are not frightened of the future.\n\nThe controversial issue was a feature of "
        "the recent US presidential election, where George Bush opposed extending it. "
        "But the Tory leader argued there was a moral case for embracing science.",
        ("the Tory leader", "michael-howard", "position"),
        id="a-description-passes-over-a-person-a-clause-on-a-thing-names"),
    # The twenty-sixth judged sample: "he said" went to the man named first, inside the
    # sentence's "despite" phrase; the sentence is about the other man's return.
    pytest.param(
        "Leinster, despite having Shane Horgan still out injured, have been lifted by the "
        "return of captain Denis Hickie who missed the last game with a knee injury. "
        "\"Knowing the final was coming up really helped me through the rehabilitation,\" "
        "he said.",
        ("he", "denis-hickie", "speech"),
        id="he-is-the-one-the-sentence-is-about-not-the-one-a-concession-names"),
    pytest.param(
        "Tom Baxter has scored twice for Real Madrid this month.\n\n"
        "Recent speculation has linked Baxter with a move back to England, with "
        "Newcastle expressing their interest, but the Wales striker said he is not "
        "ready to return home.",
        ("the Wales striker", "tom-baxter", "speech"),
        id="a-player-described-is-no-place-named-before-him"),
])
def test_the_speaker_phrase_and_its_entity(nlp, text, expected):
    # each case was a test of its own: the expected (speaker, entity[, attribution])
    # is among the sentence's quotes
    assert_speaker_among_quotes(nlp, text, expected)


@pytest.mark.model
@pytest.mark.parametrize("text, speaker, entities", [
    pytest.param(
        "U.S. Rep. Maxine Waters on Saturday denounced the allegations.\nThe Los Angeles "
        "Democrat asserted that the claims were being spread by pundits.",
        "The Los Angeles Democrat", ["maxine-waters"],
        id="a-party-member-described-is-the-person-named-before"),
    # (WSJ: "An Upjohn spokesman said …" then "The spokesman said": Upjohn's, not no one)
    pytest.param(
        "Upjohn will trim about 300 jobs.\n\nAn Upjohn spokesman said he had heard "
        "nothing to suggest the plan was spurred by a bidder. The company earlier this "
        "year adopted a rights plan.\n\nThe spokesman said it is the first early "
        "retirement plan offered under its strategy.",
        "The spokesman", ["upjohn"],
        id="a-bodys-spokesman-introduced-without-a-name-speaks-for-the-body"),
    # (BBC business: "the Russian president said" was left with no one; the lead's
    # "Russia's president" was Vladimir Putin, named next)
    pytest.param(
        "Russia's president has defended the purchase of Yukos' key production unit by "
        "Rosneft, saying it followed free market principles.\n\nVladimir Putin said it "
        "was within the rights of a state-owned company. Rosneft will now control 16% "
        "of Russia's output.\n\nHe said privatisations had involved trickery. \"Now the "
        "state is safeguarding its interests,\" the Russian president said.",
        "the Russian president", ["vladimir-putin"],
        id="a-title-the-lead-gives-the-one-named-next-is-his-again"),
    # Eighteenth sample (issue 11): '"He (Bridge) has no chance …," he said': the
    # writer's bracket says whom the quoted he is, so the he who speaks is another (the
    # next subject back, Mourinho), not Bridge, whose injury the sentence before is about.
    pytest.param(
        "Chelsea left-back Wayne Bridge could miss the rest of the season with a suspected "
        'broken ankle. "We think it\'s a big injury," said Jose Mourinho, whose Chelsea '
        "team meet Barcelona this week.\n\nBridge's injury also means Mourinho, who "
        "reportedly wants to sign Ashley Cole from Arsenal, will not have a specialist "
        'left-back for the run-in.\n\n"He (Bridge) has no chance of playing against '
        'Barcelona and maybe not for the rest of the season," he said.',
        "he", ["jose-mourinho"],
        id="whom-the-quotations-bracket-names-is-not-the-he-who-says-it"),
    pytest.param(
        "Paul Denton has been in fine form for Leicester this season.\n\n"
        "The Tigers are sitting at the top of the Premiership table. "
        '"I am pleased with my form," he said.',
        "he", ["paul-denton"],
        id="a-he-is-no-league-the-tagger-typed-a-person"),
    pytest.param(
        "The appeal was heard by County Court Judge Mary Holloway on Monday. "
        "Judge Holloway said the rules were clear.\n\n"
        'The Judge wrote: "A busy market is not the same as a fair one."',
        "The Judge", ["mary-holloway"],
        id="a-bare-title-is-the-one-person-so-titled-never-a-minted-name"),
    pytest.param(
        "Duncan Reid is hopeful of a place in the final after a strong run in Berlin.\n\n"
        "The 24-year-old Scot finished third in the 400m at the indoor meeting. "
        '"I felt strong all the way round," said the Paisley runner.',
        "the Paisley runner", ["duncan-reid"],
        id="a-peoples-word-taken-for-a-name-is-the-person-described"),
])
def test_the_entities_of_a_speaker_phrase(nlp, text, speaker, entities):
    # each case was a test of its own: the quotes of that speaker phrase have these
    # entities, in order
    assert_entities_of_speaker(nlp, text, speaker, entities)


@pytest.mark.model
def test_a_he_is_whom_the_last_clause_turns_to_with_but(nlp):
    # The thirty-fifth judged sample: "X won … and claimed the title was his, but Y is
    # unfazed. He admitted: …" was given X, the subject of the sentence's first clause.
    text = ("Tomas Berglund won the indoor mile in Ghent last week and then claimed the "
            "title would be decided between himself and Pavel Novak, but Gareth Lyle is "
            "unfazed.\n\n"
            'He admitted: "He ran well in his win and everyone has the right to an opinion."')
    found, _ = _quotes(nlp, text)
    assert ("He", "gareth-lyle", "speech") in found, found


@pytest.mark.model
def test_a_he_after_a_relative_who_is_the_one_its_clause_hangs_on(nlp):
    # the paragraph moves on from the coach quoted last to the player its "who" is about,
    # then describes him: the he is the player
    text = ("Wales fly-half Ian Webb admitted he was happy to let Jack Pryce kick.\n\n"
            "\"We will not get too giddy,\" said a proud coach Mark Dunn. \"We have to travel "
            "this week.\"\n\nNone more so than Pryce, who can now expect to have the "
            "spotlight thrust upon him. The confident 23-year-old is undaunted by the prospect "
            "however. \"I like pressure on me,\" he said.")
    found, _ = _quotes(nlp, text)
    assert ("he", "jack-pryce") in [f[:2] for f in found], found


def test_a_name_the_text_writes_as_a_bodys_is_no_he():
    from storygraph.nlp.speakers import Speakers
    from storygraph.types import Entity
    text = "Real Acme won. Real lost. Tom Baker scored."
    mentions = [Entity(0, 9, "Real Acme", "ORG", "real-acme"),
                Entity(15, 19, "Real", "PERSON", "real-bolt"),
                Entity(26, 35, "Tom Baker", "PERSON", "tom-baker")]
    speakers = Speakers(mentions, [], text=text)
    assert speakers._body_word(mentions[1])
    assert not speakers._body_word(mentions[2])


@pytest.mark.model
def test_a_name_after_and_before_its_verb_is_a_clauses_subject_not_an_owner(nlp):
    # the parse hangs "Harris" on the leaders' noun phrase; the words make him the
    # subject of a clause of his own, whom the he after goes on about
    text = ("Tom Harris scored the opener as Roma beat Parma 3-1 on Sunday. Striker Luca Bianchi "
            "made it 2-0 but Paolo Conti headed past keeper Gino Sala to seal victory for his "
            "team. Victory took Roma to within four points of leaders Milan and Harris is "
            "confident Roma can close the gap. He added: \"We had several chances and I think "
            "we can catch Milan.\"")
    assert_entities_of_speaker(nlp, text, "He", ["tom-harris"])


@pytest.mark.model
def test_he_after_a_turn_to_a_bodys_person_is_that_person(nlp):
    # "… but Swimming Canada's Tom Baxter rejected his comments": the sentence turns to
    # Baxter, named after the body he speaks for, and his answer's "he" is him
    text = ("Cole said he had had a \"gutful\" of trying to persuade them to make the pool "
            "faster but Swimming Canada's Tom Baxter rejected his comments. \"We did ask for it "
            "to be made faster than last year and it is faster,\" he said.")
    assert_entities_of_speaker(nlp, text, "he", ["tom-baxter"])


@pytest.mark.model
def test_a_clubs_wing_is_the_player_named_before(nlp):
    text = ("Tom Baxter will lead Scotland on Saturday. Baxter admits he had thought of "
            "quitting. The Leeds United wing revealed how his coach persuaded him to stay.")
    assert_entities_of_speaker(nlp, text, "The Leeds United wing", ["tom-baxter"])
