"""States of mind the writer narrates (nlp/minds.py), on the real model (issue 11)."""
import pytest


def kind(nlp, text, cue):
    found = [q for q in nlp(text)._.quotes if q.cue is not None and q.cue.text == cue]
    return found[0].attribution if found else None


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # The twenty-seventh judged sample: a past belief set at a moment by a when-clause.
    ("The Italian believed he was speaking to the club president when he reportedly "
     "called his coach a fool.", "believed", None),
    ("She believed the economy would recover when rates fell.", "believed", "position"),
    # … and unnamed others' fear glossing a noun through a relative clause.
    ("It was a decision that many call brave, but others fear may be reckless.", "fear", None),
    ("Others fear the plan may be reckless.", "fear", "position"),
    # The forty-first: a past belief about one's own situation that the events overturn.
    ("Early on, the striker thought he had scored from the corner but the flag was up.",
     "thought", None),
    ("The striker thought he had scored from the corner.", "thought", "position"),
    ("The minister thought the plan was wrong, but the cabinet approved it.", "thought",
     "position"),
])
def test_states_of_mind(nlp, text, cue, attribution):
    assert kind(nlp, text, cue) == attribution


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # The thirty-second judged sample: a question turned over in the mind ...
    ("She wondered whether the bridge could be rebuilt before the winter.", "wondered", None),
    ('She wondered: "Could the bridge be rebuilt before the winter?"', "wondered", "position"),
    # The thirty-third: an embedded wh-question is turned over in the mind too.
    ("Many fans were wondering what would happen if the captain was injured before the final.",
     "wondering", None),
    ("The neighbours wondered how the old mill could be saved from demolition.", "wondered", None),
    ("Some analysts wonder how strong the recovery will be next year.", "wonder", "position"),
    ("Critics said the school was too small, complained about its costs and wondered why the "
     "council had not built it elsewhere.", "wondered", "position"),
    # … and how someone found a person, an experience on the pitch, not a finding stated.
    ("The goalkeeper found the young striker to be a tough opponent when the game opened up.",
     "found", None),
    ("The survey found prices to be higher in the north.", "found", "position"),
])
def test_a_question_wondered_and_a_person_found_so(nlp, text, cue, attribution):
    assert kind(nlp, text, cue) == attribution


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # The thirty-fifth judged sample: a player who shows what he can do performs; the
    # claim is the writer's reading of the game (a study's "showed that" stays a finding).
    ("He showed he can control a game.", "showed", None),
    ("Smith demonstrated that he is fit again.", "demonstrated", None),
    ("The survey showed that most people own a phone.", "showed", "position"),
])
def test_a_person_showing_a_thing_performs_it(nlp, text, cue, attribution):
    assert kind(nlp, text, cue) == attribution


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # The thirty-eighth judged sample: what a result or a nominalised act "suggests" is the
    # writer's inference (a person, a report or a survey suggesting stays a source).
    ("The team's win suggested that they still have the players to prosper.", "suggested", None),
    ("Spain's thrashing of the visitors suggested that the side is back to its best.",
     "suggested", None),
    # … and a nominalised act the tagger read as a verb, lowercase with no determiner
    # where a link's text was lost before it.
    ("France will not lie down quietly.\n\ndismantling of the visitors suggested that the "
     "side is back to its best.", "suggested", None),
    ("The report suggested that prices would fall.", "suggested", "position"),
    ("The minister suggested that the tax would rise.", "suggested", "position"),
])
def test_what_an_event_suggests_is_the_writers_reading(nlp, text, cue, attribution):
    assert kind(nlp, text, cue) == attribution
