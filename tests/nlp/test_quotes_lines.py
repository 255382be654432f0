"""Quotes across line breaks and the speaker fixes made from reading the ninth judged
sample (issue 11): a headline's line break ends its sentence, a quotation set out a line
at a time stays one quotation and one speaker's, and a speaker phrase's own words decide
its entity (an age before a name, a place before a medium, a country before a body)."""
import pytest

from storygraph.nlp.lines import find_line_starts
from storygraph.nlp.quote_features import quote_regions


def _regions(text):
    return [text[s:e] for s, e in quote_regions(text)]


def test_a_quotation_carried_to_the_next_line_closes_there():
    text = 'She said: "It is hard to judge.\nIt is very amusing now."\nThe book sold well.'
    assert _regions(text) == ['"It is hard to judge.', 'It is very amusing now."']


def test_lines_without_marks_between_the_opening_and_the_closing_line_are_quoted():
    text = ('He said: "You go full bore tomorrow.\nGet out there.\nWe have a goal."\n'
            'The team lost.')
    assert _regions(text) == ['"You go full bore tomorrow.', "Get out there.",
                              'We have a goal."']


def test_a_blank_line_or_no_closing_mark_ends_the_carried_quotation():
    assert _regions('He said: "You go full bore.\n\nGet out there.\nThe team "lost".') == [
        '"You go full bore.', '"lost"']
    assert _regions('He said: "You go on and on.\nThe team lost.\nIt rained.') == [
        '"You go on and on.']


def test_an_opening_mark_ending_a_line_quotes_the_next_line():
    # Seventeenth sample (issue 11): one sentence a line (AIDA) closes a quotation, names
    # its speaker and sets the next quotation's opening mark at the end of the same line.
    text = ('" It is hard to say goodbye .\nLife has sad sides but I am a man of faith , " '
            'he said . "\nDeath is a natural thing . "\nHe said he would stay .')
    assert _regions(text) == ['" It is hard to say goodbye .',
                              'Life has sad sides but I am a man of faith , "',
                              'Death is a natural thing . "']


@pytest.mark.model
def test_a_line_break_ends_a_headline_without_a_full_stop(nlp):
    doc = nlp("Publishers feared readers would not like the bear, new letter reveals\n"
              "The author's daughter Jane Smith said the letter was funny.")
    starts = [s.start_char for s in doc.sents]
    assert doc.text.index("The author's") in starts


@pytest.mark.model
def test_a_line_broken_inside_a_phrase_does_not_end_it(nlp):
    doc = nlp("Shares fell sharply after the\nCompany said profits would drop.")
    assert find_line_starts(doc) == []
    assert len(list(doc.sents)) == 1


@pytest.mark.model
def test_an_ellipsis_inside_a_quotation_ends_no_sentence(nlp):
    # The twenty-sixth judged sample: the parser ended a sentence at ". . .", and the
    # content opened after it, losing what the quotation opens on.
    text = ('"Today is a sad day for the law . . . and for the hopes of his mother," '
            'said Roger Jones. "Yes ... we lost." Then … it rained.')
    doc = nlp(text)
    starts = [s.start_char for s in doc.sents]
    assert text.index("and for") not in starts and text.index("we lost") not in starts
    said = next(q for q in doc._.quotes if q.cue.text == "said")
    assert said.content.text.startswith('"Today is'), said.content.text


def test_a_wire_datelines_dash_hands_over_to_the_lead():
    import spacy
    from storygraph.nlp.lines import find_dateline_ends
    blank = spacy.blank("en")
    for text, first in (("\nMOSCOW (AP)_ The mayor said", "The"), ("NEW YORK _ A woman died", "A"),
                        ("DAR ES SALAAM, Tanzania (AP) -- The bomb", "The")):
        doc = blank(text)
        assert [doc[i].text for i in find_dateline_ends(doc)] == [first], text
    assert find_dateline_ends(blank("He said _ then left. Tony Blair - The PM said")) == []
    assert find_dateline_ends(blank("ATHLETICS - CHRISTIE AND JOHNSON ASKED TO JOIN .")) == []


@pytest.mark.model
def test_a_wire_dateline_is_no_part_of_what_the_lead_reports(nlp):
    # With AP's "_" read as a dash, the parser took "MOSCOW (AP)_" into the lead's
    # sentence, and the content opened on the dateline.
    doc = nlp("\nMOSCOW (AP)_ The mayor of Moscow has allocated funds to help build a museum in "
              "honor of Mikhail Kalashnikov, the Russian who gave his name to the world's most "
              "widely wielded weapon, according to a news agency report Friday. Kalashnikov "
              "designed the rifle.")
    q = next(q for q in doc._.quotes if q.cue.text == "according to")
    assert q.content.text.startswith("The mayor"), q.content.text


def _speakers(nlp, text):
    doc = nlp(text)
    return [(q.speaker.text if q.speaker else None, q.speaker_entity, q.content.text)
            for q in doc._.quotes], doc


@pytest.mark.model
def test_she_after_a_headline_is_the_person_the_lead_names_not_her_father(nlp):
    found, _ = _speakers(nlp, (
        "Publishers feared readers would not relate to a talking bear, new letter reveals\n"
        "Bond's daughter Karen Jankel, who was born shortly after the book was accepted, said "
        "of the letter: \"It is hard to put oneself in the shoes of somebody reading it first.\n"
        "It is very amusing knowing now what we know about the bear's huge success.\"\n"
        "Saying her father, who had worked as a cameraman, would have been calm about the "
        "rejection, she added the anniversary was \"bittersweet\" after his death last year.\n"))
    shes = [eid for sp, eid, _ in found if sp and sp.lower() == "she"]
    assert shes and all(eid == "karen-jankel" for eid in shes), found


@pytest.mark.model
def test_an_age_before_a_name_after_the_cue_is_not_the_speaker(nlp):
    found, doc = _speakers(nlp, 'Jon Rahm beat Tiger Woods. "I grew up watching that guy," '
                                'said 23-year-old Rahm.')
    assert any(eid == "jon-rahm" and sp.endswith("Rahm") for sp, eid, _ in found), found


@pytest.mark.model
def test_a_body_under_its_country_is_the_same_body(nlp):
    found, _ = _speakers(nlp, "The U.S. Treasury Department on Wednesday refused the request.\n"
                              "The Treasury Department said Libya was on the list.")
    assert [eid for sp, eid, _ in found if sp == "The Treasury Department"] == [
        "u-s-treasury-department"], found


@pytest.mark.model
def test_a_medium_after_its_place_is_the_medium(nlp):
    found, _ = _speakers(nlp, (
        '" Israel is preparing for war , " state-run Damascus Radio said .\n'
        '" The Arabs must unite , " Damascus radio said .\n'
        '" Peace is far away , " the radio said .'))
    assert [eid for _, eid, _ in found] == ["damascus-radio"] * 3, found


@pytest.mark.model
def test_according_to_a_measure_is_no_source(nlp):
    doc = nlp("The character will put on or lose weight according to how long he spends on "
              "foot or in the gym. He will have to pause regularly in restaurants.")
    assert not any(q.cue is not None and q.cue.text.startswith("according")
                   for q in doc._.quotes), doc._.quotes


@pytest.mark.model
def test_lines_of_a_quotation_are_the_speaker_of_its_closing_line(nlp):
    found, _ = _speakers(nlp, (
        "US star Phil Mickelson lost his match to Francesco Molinari.\n"
        "\"I don't usually cry but today I can't help it.\n"
        "It's been a rough year for all of us here.\n"
        "It's about the team, and I'm happy I was able to help,\" said an emotional Garcia."))
    lines = [eid for _, eid, c in found if c.startswith(("\"I don't", "It's been"))]
    assert lines and all(eid != "phil-mickelson" for eid in lines), found


@pytest.mark.model
def test_who_did_a_deed_after_the_speaker_is_not_the_speaker(nlp):
    found, _ = _speakers(nlp, "``Nothing is certain concerning his return to Cuba,'' said a "
                              "government communique, read Wednesday night at a rally "
                              "attended by President Fidel Castro.")
    assert found and all(eid != "fidel-castro" for _, eid, _ in found), found


def test_a_stray_mark_inside_a_word_carries_no_quotation_over_lines():
    text = ('It became clear that Mercedes" team orders would play a large part.\n'
            "From pole, Bottas got a good start.\n"
            'The team have done such an exceptional job," said Hamilton.')
    assert "From pole, Bottas got a good start." not in _regions(text)


@pytest.mark.model
def test_the_noun_of_a_body_is_not_it_where_another_of_its_kind_came_between(nlp):
    found, _ = _speakers(nlp, (
        "A German Foreign Ministry spokesman said Bonn backed the talks .\n"
        "The minister will visit Israel next week , the defence ministry said .\n"
        "He planned to meet his Israeli counterpart , the ministry said ."))
    assert [eid for sp, eid, _ in found if sp == "the ministry"] == [None], found


@pytest.mark.model
def test_an_i_no_one_is_found_for_is_not_whose_quotation_goes_on(nlp):
    # Eighteenth sample (issue 11): AIDA's lines of one quotation ("… , " said Parnevik
    # . " / I was disappointed when … / " My game feels very good . / …") carry on the
    # one quoted, not the "I" a cue inside the lines was read with.
    text = ("Jesper Parnevik of Sweden fired a course record-tying 63 Saturday to take a "
            "one-shot lead .\n\" I ca n't remember when I 've putted this well , \" said "
            "Parnevik . \"\nI was disappointed when a 12-footer did n't go in .\n\" My game "
            "feels very good .\nWhenever everyone 's making birdies , you never want to be "
            "even par . \"\nBob Estes shot a 67 for third place .")
    doc = nlp(text)
    game = [q for q in doc._.quotes if q.content.text.startswith('" My game')]
    assert [q.speaker_entity for q in game] == ["jesper-parnevik"], doc._.quotes


@pytest.mark.model
def test_a_quotation_a_cue_on_the_next_line_closes_is_not_the_last_speakers(nlp):
    # Eighteenth stop (issue 11), the twelfth's AIDA lines: '… holy places ? "' /
    # 'asked Mustafa Hoshiyeh , …' is Hoshiyeh's, not the tourist's quoted before it (nor
    # the "I" of his lines): without that cue read, the lines get no speaker at all.
    text = ("A tourist from Jordan was also told by Israeli soldiers that he could not enter .\n"
            "\" We have a peace treaty with them , \" said the tourist , Khaled Hijazi , 37 . \"\n"
            "I feel terrible .\nI am entitled to see Jerusalem , \" he said .\n"
            "Some Palestinians took to back roads .\n"
            "\" The Israelis have no right to prevent us from going to pray .\n"
            "What kind of peace is this that prevents us from reaching our holy places ? \"\n"
            "asked Mustafa Hoshiyeh , a 27-year-old West Bank labourer .")
    doc = nlp(text)
    said = [(q.speaker.text if q.speaker else None, q.speaker_entity) for q in doc._.quotes
            if "Israelis have no right" in q.content.text or "holy places" in q.content.text]
    assert all(sp is None or "Hoshiyeh" in sp for sp, _ in said), said


_NARRATOR = ("\" I changed my strategy against him today , \" he added .\n"
             "I shook him a bit but he will come out next time -- that 's Rivas . \"\n"
             "Rivas said that he was disturbed to be called a cheat . \"\n"
             "What he did was bad for squash and bad for the sponsors .\n"
             "\" We are trying to build up squash like tennis .\n"
             "\" I think the association should look into this matter properly .\n"
             "I am not calling for him to be banned but they have to take some action . \"\n")


def test_a_narrators_line_with_a_named_subject_stops_a_carried_quotation():
    # The twentieth judged sample: "Jansher said that he was disturbed … . \"" was read
    # as a line of the quotation carried from the line before (Hill's).
    text = "Ward won the game .\n" + _NARRATOR
    regions = [text[a:b] for a, b in quote_regions(text)]
    assert not any(r.startswith("Rivas said") for r in regions), regions
    assert any(r.startswith("What he did") for r in regions), regions


@pytest.mark.model
def test_the_quotation_a_narrators_line_opens_is_its_named_subjects(nlp):
    doc = nlp("Martin Ward beat Pedro Rivas on Saturday .\n" + _NARRATOR)
    found = {q.content.text[:12]: q.speaker_entity for q in doc._.quotes}
    for opening in ("What he did", "\" We are try", "\" I think th", "I am not cal"):
        assert found.get(next((k for k in found if k.startswith(opening[:10])), None)) \
            == "pedro-rivas", found


def test_a_quotation_left_open_stops_before_a_new_speakers_cue():
    # Thirty-first judged sample: a quotation opened and never closed (the next quoted
    # paragraph's opening mark, the paragraphs run together) ran on through the
    # narrator's sentences and the next speaker's quotation, whose opening mark it took
    # for its closing one.
    text = ('Cole added: "I have done it too. "Of course he will learn. It is one of those '
            'things. Max Hill is likely to start up front. Team boss Ann Cole said: "Max is '
            'an option but we need more. Those two will be involved." Hill is fit.')
    regions = _regions(text)
    assert regions[-1] == '"Max is an option but we need more. Those two will be involved."'
    assert not any("Team boss" in r for r in regions)
    # (a quotation within, after a pronoun's cue, stays inside the open one)
    inner = _regions('"I was tired. Then he told me: "Go home now." So I did," she said.')
    assert len(inner) == 1, inner


@pytest.mark.model
def test_a_name_ending_on_an_initial_ends_the_sentence_before_a_full_name(nlp):
    # The thirty-fifth judged sample: no break after a name ending on an initial, and the
    # next sentence's subject was read into it ("… X. Full Name, the …, recalled"), one
    # person's name across both.
    doc = nlp("The festival showed Lost Roads and Tommy Q. Marian Delacroix, the director's "
              "sister, recalled the night it opened.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["The", "Marian"]
    # (a middle initial, leading initials, a place named for a person: no break)
    for text in ("President Harold T. Brennan said he would visit.",
                 "The prize went to R. J. Calloway, the novelist, on Monday.",
                 "Officials at the Harold T. Brennan Space Center said the launch was delayed."):
        assert len(list(nlp(text).sents)) == 1, text
