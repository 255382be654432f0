"""Sources named by a relation to a name nearby, on the real model (nineteenth judged
sample, issue 11): a relative named by the next quotation's speaker, a paper named beside
its owner, a body's papers, a body's policy named by its kind."""
import pytest


def _quotes(nlp, text):
    doc = nlp(text)
    return [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]


_CUSTODY = ("MADRID (AP) -- Thousands marched in the capital on Friday.\n\n"
            "The marchers carried portraits of Pablo Ortega, the 9-year-old boy at the center "
            "of the custody fight.\n\n"
            "In an interview with a local radio station, Pablo's mother also criticized how "
            "the hearing was handled. She repeated charges that the court had ignored her.\n\n")


@pytest.mark.model
def test_an_owned_relative_is_the_next_quotations_speaker_of_the_owners_surname(nlp):
    # Not only in a lead: the relative speaks, and the next quotation names her.
    found = _quotes(nlp, _CUSTODY + "``They cannot keep my son from me,'' said Lucia Ortega.")
    assert ("Pablo's mother", "lucia-ortega") in found, found
    assert ("She", "lucia-ortega") in found, found


@pytest.mark.model
def test_an_owned_relative_is_not_a_speaker_of_another_surname(nlp):
    found = _quotes(nlp, _CUSTODY + "``The court must decide soon,'' said Maria Lopez.")
    assert ("Pablo's mother", None) in found, found


@pytest.mark.model
def test_a_paper_named_beside_its_owner_is_the_paper(nlp):
    found = _quotes(nlp, "The Communist Party newspaper Pravda compared the president with a "
                         "tsar and said the plan ``has been a disaster for the whole country.''")
    assert found and all(eid == "pravda" for _, eid in found), found


@pytest.mark.model
def test_a_bodys_newspapers_speak_for_it(nlp):
    found = _quotes(nlp, "Police arrested 12 men in Cairo on Sunday.\nAl-Wafd newspapers said "
                         "the men had been plotting against the state but gave no other details .\n")
    assert ("Al-Wafd newspapers", "al-wafd") in found, found


@pytest.mark.model
def test_a_policy_named_by_its_bodys_kind_is_that_bodys(nlp):
    found = _quotes(nlp, "The Defense Department has emphasized that the new power is to be used "
                         "sparingly. According to department policy, commanders must make a strong "
                         "showing that the soldiers broke the rules before any punishment is given.")
    assert ("department policy", "defense-department") in found, found


@pytest.mark.model
def test_a_leads_spokeswoman_is_the_person_named_next_by_the_same_verb(nlp):
    # Twenty-second judged sample (issue 11): the next sentence names her, inverted, with
    # the body she speaks for.
    text = ("Salvage bid is abandoned .\nNEW YORK 1996-08-30\n"
            "Bad weather forced a salvage team to give up efforts to raise a sunken barge "
            "from the harbour floor , a spokeswoman said on Friday .\n"
            "The barge , which had been lifted by cables , fell back to the bottom , said "
            "Laura Benning of Boston-based Harbor Communications .\n")
    found = _quotes(nlp, text)
    assert ("a spokeswoman", "laura-benning") in found, found


@pytest.mark.model
def test_the_head_of_a_body_is_who_speaks_of_it_next(nlp):
    # Twenty-second judged sample: the post's holder, named when the next sentence
    # speaks of the same body by its noun.
    text = ("Growth in Austria stalled in the last quarter, official figures show. "
            "On Wednesday, the head of Austria's panel of government economic advisers "
            "predicted growth would again stagnate. Speaking on Austrian TV, Karl Weninger "
            "said the panel's earlier forecast was too optimistic.")
    found = _quotes(nlp, text)
    assert ("the head", "karl-weninger") in found, found


@pytest.mark.model
def test_a_body_set_off_after_the_speakers_noun_is_its_entity(nlp):
    # The twenty-ninth judged sample: "According to technology analysts, TDG Research,"
    # was left null.
    doc = nlp("TV over broadband is growing. According to market analysts, Digital Lens "
              "Research, there will be 20 million subscribers in under six years.")
    found = [(q.speaker.text, q.speaker_entity) for q in doc._.quotes if q.speaker is not None]
    assert ("market analysts", "digital-lens-research") in found, found


@pytest.mark.model
def test_an_unnamed_description_is_the_next_quotations_named_speaker(nlp):
    # The twenty-seventh judged sample: "The 22-cap Dragons man says that …" was left
    # null where the next quotation, which goes on with his words, names him.
    text = ("Fiji lock Sam Reed says replacing Ken Lowe as captain will be easy.\n\n"
            "Coach Bill Hart says the 24-year-old should lead the side against Samoa. "
            "Hart praised Reed's role as vice-captain in the wins over Tonga and Japan, "
            "notably after Lowe's injury. "
            "The 30-cap Sharks man says that Lowe will be badly missed, though. "
            '"Ken is going to be a massive loss because he is a brilliant player," said Reed.')
    found = _quotes(nlp, text)
    assert ("The 30-cap Sharks man", "sam-reed") in found, found


@pytest.mark.model
def test_the_magazine_is_the_name_set_after_the_noun_whatever_its_type(nlp):
    # a title the tagger may read as a person's name ("Pocket Tech"): "the magazine" and
    # the "it" after its quotation are that magazine
    doc = nlp("The Nokia 3310 has been named the best phone of all time, by British magazine "
              "Pocket Tech.\n\nThe handset was picked because it was tough and cheap. "
              '"We only counted phones people could actually afford," said the magazine.\n\n'
              '"In the end, we looked for what made a phone loved," it concluded.')
    found = [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes]
    assert ("the magazine", "pocket-tech") in found, found
    assert ("it", "pocket-tech") in found, found
