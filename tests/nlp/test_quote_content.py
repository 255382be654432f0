"""Content mends from the parse (nlp/quote_content.py), on the real model (issue 11)."""
import pytest


def content_of(nlp, text, cue):
    return next(q for q in nlp(text)._.quotes if q.cue is not None and q.cue.text == cue).content.text


@pytest.mark.model
def test_an_opener_goes_with_a_parenthetical_cue(nlp):
    # Twenty-eighth judged sample: "In fact, he said, if …" gave the opener and the cue
    # as part of what was said.
    assert content_of(nlp, "In fact, she said, if songs have been requested by listeners and "
                           "they have gone to lengths to find them, then maybe they should be "
                           "free.", "said").startswith("if songs")
    # (a subject before the cue is part of the clause said)
    assert content_of(nlp, "The firm, he said, would recover.", "said").startswith("The firm")


@pytest.mark.model
def test_a_parenthetical_cue_reports_the_clause_it_interrupts(nlp):
    # Twenty-eighth judged sample: ", he predicted, as companies …" gave the as-clause.
    assert content_of(nlp, "Huge changes are afoot in 2007, she predicted, as shops such as "
                           "Tesco offer films over the net.", "predicted") \
        == "Huge changes are afoot in 2007"


@pytest.mark.model
def test_what_is_claimed_is_the_whole_object_without_a_clause_of_time(nlp):
    # Twenty-eighth judged sample: "claimed no responsibility for X since …" lost the "no"
    # and kept the writer's since-clause.
    assert content_of(nlp, "Internet firms have long claimed no responsibility for the songs "
                           "they host since a court cleared them in 2002.", "claimed") \
        == "no responsibility for the songs they host"
    # (a clause the noun holds is what was said, its condition with it)
    assert content_of(nlp, "They backed the suggestion that unless the squabbling stopped, the "
                           "people briefing for the two men would be named.", "backed") \
        .endswith("would be named")


@pytest.mark.model
def test_a_relative_pronoun_is_never_the_whole_content(nlp):
    # Twenty-eighth judged sample: "the bids, which the fans opposed" gave "which".
    assert content_of(nlp, "The board turned down the offers, which the fans had opposed.",
                      "opposed") == "the offers"


@pytest.mark.model
def test_whom_a_cue_told_is_no_part_of_what_was_told(nlp):
    # Twenty-ninth judged sample: "has told the trial that …" took in the trial.
    assert content_of(nlp, 'A marketing expert has told the Jon Smith fraud trial that the '
                           'advert at the heart of the case was a "total mess".', "told") \
        == 'that the advert at the heart of the case was a "total mess"'


@pytest.mark.model
def test_an_inverted_cue_after_a_quotation_reports_it_not_the_apposition(nlp):
    # Twenty-eighth judged sample: '"…," exclaimed NAME, a daughter of …' gave the
    # apposition as what was said, and no speaker.
    # (the parse takes the name for the object, the tagger for a body)
    q = next(q for q in nlp('Madeleine Hartley accepted the papers from the three ministers. '
                            '"Hallelujah," exclaimed Hartley, a daughter of Bohemia, who as a '
                            'child fled her native land.')._.quotes
             if q.cue is not None and q.cue.text == "exclaimed")
    assert "Hallelujah" in q.content.text and "daughter" not in q.content.text
    assert q.speaker is not None and q.speaker.text == "Hartley"


@pytest.mark.model
def test_a_quotation_closing_on_a_comma_before_a_long_subject_is_its_cues(nlp):
    # Thirty-first judged sample: '"A," NAME, from …, one of …, told the website. "B."'
    # gave the cue only B, and A (no cue of its own) to the speaker before.
    doc = nlp('The firm says its format will win.\n\n"As films move to sharper pictures, we '
              'need far more room on each disc," Anna Berg, from Acme\'s research labs in '
              'Oslo, one of the founders of the format, told the BBC news website. "So with '
              'a violet laser we can make a disc that holds five times as much."')
    sharper = [q for q in doc._.quotes if "sharper" in q.content.text]
    assert len(sharper) == 1 and sharper[0].speaker.text == "Anna Berg", sharper


@pytest.mark.model
def test_a_phrase_set_off_after_a_closing_cue_is_the_writers(nlp):
    # Thirty-second judged sample: "…, Mr X said - falling short of …" gave the writer's
    # phrase after the dash as what was said.
    assert content_of(nlp, "But the heavy spending on roads means the 2006 target for the "
                           "deficit will be 3.9%, Mr Rao said - falling short of the new rule's "
                           "requirement.", "said").startswith("the heavy spending on roads")


@pytest.mark.model
def test_a_content_never_ends_on_an_auxiliary_of_a_verb_outside_it(nlp):
    # Thirty-second judged sample: "According to data, the value … is | expected to reach"
    # was cut at the passive's verb, another cue.
    assert "reach more than $50bn" in content_of(
        nlp, "According to official data, the value of Chile's exports this year is expected to "
             "reach more than $50bn, while Peru's are set to hit $9bn.", "According to")


@pytest.mark.model
def test_the_clause_completing_one_a_cue_interrupts_is_what_was_said(nlp):
    # Thirty-second judged sample: "there was evidence, according to X, that …" lost the
    # that-clause, the claim.
    assert content_of(nlp, "Although shoppers were still buying, there was evidence, according "
                           "to the analysts, that some stores were seeing a drop in sales.",
                      "according to").endswith("a drop in sales")


@pytest.mark.model
def test_an_agency_relaying_the_words_is_no_part_of_them(nlp):
    # Thirty-second judged sample: "Malaysia said A, Agence France Presse reported" kept the
    # agency's cue in Malaysia's words.
    assert content_of(nlp, "Peru said about 800 farmers would be hit, the Associated Press "
                           "reported.", "said") == "about 800 farmers would be hit"


@pytest.mark.model
def test_an_adverb_cue_reports_its_own_clause_not_the_quotation_before(nlp):
    # Thirty-second judged sample: "reportedly" was given the spokesman's quotation of the
    # sentence before as what it reports.
    from storygraph.nlp.quote_content import own_clause_of_adverb
    doc = nlp('"It is not a formal hearing," a spokesman said. "They have time to respond." '
              'Smith reportedly met the club boss in a London hotel.')
    cue = next(t for t in doc if t.lower_ == "reportedly")
    quoted = next(t for t in doc if t.text == "They")
    a, b = own_clause_of_adverb(cue, quoted.i, quoted.i + 5)
    assert doc[a:b].text == "Smith reportedly met the club boss in a London hotel"


def quote_of(nlp, text, cue):
    return next(q for q in nlp(text)._.quotes if q.cue is not None and q.cue.text == cue)


@pytest.mark.model
def test_an_inverted_cue_after_what_was_said_has_its_source_after_it(nlp):
    # Thirty-third judged sample: '"…," confirmed a spokesman' had no speaker (the parse
    # took him for the object), and "… estimates the Association" (no comma) gave the
    # claim's subject as the speaker and the source's name as what was said.
    q = quote_of(nlp, '"We have had an offer from Leeds," confirmed a club spokesman. '
                      '"It is early days."', "confirmed")
    assert (q.speaker.text, q.attribution) == ("a club spokesman", "speech")
    assert q.content.text.startswith('"We have had an offer')
    q = quote_of(nlp, "The average household has a stock of 900 old batteries estimates the "
                      "Battery Recycling Council, the group behind the campaign.", "estimates")
    assert q.speaker.text == "the Battery Recycling Council"
    assert q.content.text == "The average household has a stock of 900 old batteries"


@pytest.mark.model
def test_an_inverted_asked_after_a_question_has_its_asker_after_it(nlp):
    # Thirty-fourth judged sample: '"…?" asked the magazine' had no speaker, as the
    # parse took the asker for whom it was asked.
    q = quote_of(nlp, '"Who can forget the old phones?" asked the magazine.', "asked")
    assert (q.speaker.text, q.attribution) == ("the magazine", "speech")


@pytest.mark.model
def test_a_question_put_leaves_the_answer_its_own_item(nlp):
    # Thirty-fourth judged sample: "Asked whether … he said: "…"" (no comma) let the
    # question's item take the answer, and the answer had no item of its own.
    text = ('Asked whether he thought the council should have sold the old library he said: '
            '"I do not know if they should have done it. "My plan is about real people."')
    q = quote_of(nlp, text, "said")
    assert (q.speaker.text, q.attribution) == ("he", "speech")
    assert q.content.text.startswith('"I do not know')
    assert content_of(nlp, text, "Asked").endswith("the old library")
    # (an act's object described by a relative clause keeps it: no question was put)
    assert content_of(nlp, "Gordon Brown has criticised a union leader who said the rift was "
                           "harming the government.", "criticised").endswith("the government")


@pytest.mark.model
def test_a_participle_trailing_a_cues_words_is_said_by_its_source(nlp):
    # Thirty-third judged sample: "X said it was hopeful about its products saying that …"
    # gave "its products" as who says it.
    q = quote_of(nlp, "Acme said it was hopeful about sales of its garden tools saying that "
                      "demand for rival brands is falling.", "saying")
    assert q.speaker.text == "Acme"
    # (a text that says things keeps saying them)
    assert all(q.speaker is None or q.speaker.text != "The council" for q in nlp(
        "The council said it had received a letter saying that the bridge was unsafe.")._.quotes
        if q.cue is not None and q.cue.text == "saying")


@pytest.mark.model
def test_an_expectation_inside_a_sourced_content_is_that_sources(nlp):
    # Thirty-third judged sample: "According to X, work will begin … and it is expected to
    # be ready …" gave the "expected" as a report with no source.
    cues = [q.cue.text for q in nlp("According to Jane Doe, head of the agency, work on the "
                                    "road will start in 2006 and it is expected to be ready "
                                    "in two years.")._.quotes if q.cue is not None]
    assert "expected" not in cues
    assert "expected" in [q.cue.text for q in nlp("Work on the road will start in 2006 and it "
                                                  "is expected to be ready in two years.")
                          ._.quotes if q.cue is not None]


@pytest.mark.model
def test_a_second_clause_with_a_modal_of_report_goes_on_with_what_was_said(nlp):
    # Thirty-third judged sample: "said the station was not trying to …, but would rise to
    # …" and "said A, and it also may …" were cut before the second clause, which the
    # parse hangs on the cue.
    assert content_of(nlp, 'The network said the channel was not trying to replace the show, '
                           'but would rise to the "challenge" of keeping it alive with new music.',
                      "said").endswith("with new music")
    assert content_of(nlp, "The firm said the changes would speed decision making, and it also "
                           "may make further cuts.", "said").endswith("further cuts")
    # (a clause with a subject of its own may be the writer's)
    assert content_of(nlp, "The firm said the changes would speed decision making, and shares "
                           "may rise.", "said") == "the changes would speed decision making"


@pytest.mark.model
def test_the_sources_own_act_coordinated_with_the_claim_is_the_writers(nlp):
    # Thirty-fifth judged sample: "says the film is not offensive and has refused to
    # withdraw it" ran the source's refusal into what it said.
    assert content_of(nlp, "The firm says the sale was unlawful and is pursuing damages in a "
                           "French court.", "says") == "the sale was unlawful"
    # (a passive goes on with the claim)
    assert content_of(nlp, "The firm says the plan is legal and has been approved by the "
                           "board.", "says").endswith("approved by the board")


@pytest.mark.model
def test_a_quotation_closing_on_a_comma_before_a_new_sentence_ends_there(nlp):
    # Thirty-fifth judged sample: a full stop lost after ',"' ran the writer's next
    # sentence into what the source said.
    assert content_of(nlp, 'The council said it was "shocked by the delays" and "deeply sorry '
                           'for any trouble caused to residents," The inquiry will look at how '
                           'the contracts were awarded.', "said").endswith('residents,"')


@pytest.mark.model
def test_a_verb_of_saying_inside_according_to_is_the_inner_cue(nlp):
    # Thirty-fifth judged sample: "According to the FT, X said that …" kept "said that".
    assert content_of(nlp, "According to the Daily Post, the club's chairman Tom Hart said that "
                           "the team is \"not for sale at any price\".", "According to") \
        == "the team is \"not for sale at any price\""
    # (a medium named after a thing's "implies" gives its reading whole)
    assert content_of(nlp, "The offer implies that the creditors would get 25 cents, according "
                           "to the Daily Post.", "according to").startswith("The offer implies")
    # (nor a survey's share of people who say a thing: the finding is the whole)
    assert "homes say" in content_of(nlp, "According to Jupiter 40% of homes say it helps "
                                          "them choose.", "According to")


def _parsed(words, heads, deps, tags, pos, lemmas):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_an_inverted_cue_without_a_comma_after_an_existential_clause():
    # Thirty-sixth judged sample (issue 11): "There are … said NAME, TITLE" (no comma
    # before the cue): the parse hung "said" on "are" and the speaker came from the clause
    # before; the name after the cue speaks and the clause before is what was said.
    from storygraph.nlp.quote_content import inverted_source
    words = "There are new costs pushing farmers to Spain said Ann Lee , head of Agri .".split()
    heads = [1, 1, 3, 1, 3, 4, 4, 6, 1, 10, 8, 10, 10, 12, 13, 1]
    deps = ["expl", "ROOT", "amod", "attr", "acl", "dobj", "prep", "pobj", "conj", "compound",
            "nsubj", "punct", "appos", "prep", "pobj", "punct"]
    tags = ["EX", "VBP", "JJ", "NNS", "VBG", "NNS", "IN", "NNP", "VBD", "NNP", "NNP", ",", "NN",
            "IN", "NNP", "."]
    pos = ["PRON", "VERB", "ADJ", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "VERB", "PROPN",
           "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT"]
    lemmas = "there be new cost push farmer to Spain say Ann Lee , head of Agri .".split()
    doc = _parsed(words, heads, deps, tags, pos, lemmas)
    found = inverted_source(doc[8], [False] * len(doc), [-1] * len(doc))
    assert found is not None and found[0].text == "Lee" and found[1] == (0, 8)


def test_a_subjectless_root_is_the_predicate_of_the_complement():
    # Thirty-sixth judged sample (issue 11): "the group suggested robots - … - able to …,
    # will be common": the parse made "be" the root with no subject and the cue its
    # adverbial clause; the content stopped at the subject and lost its predicate.
    from storygraph.nlp.quote_content import with_lost_predicate
    words = "The group suggested robots able to help , will be common .".split()
    deps = ["det", "nsubj", "advcl", "ccomp", "amod", "aux", "xcomp", "punct", "aux", "ROOT",
            "acomp", "punct"]
    heads = [1, 2, 9, 2, 3, 6, 4, 9, 9, 9, 9, 9]
    tags = ["DT", "NN", "VBD", "NNS", "JJ", "TO", "VB", ",", "MD", "VB", "JJ", "."]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADJ", "PART", "VERB", "PUNCT", "AUX", "AUX", "ADJ",
           "PUNCT"]
    lemmas = "the group suggest robot able to help , will be common .".split()
    doc = _parsed(words, heads, deps, tags, pos, lemmas)
    assert with_lost_predicate(doc[2], 3, 7) == (3, 11)
    # (a content before the cue is not its complement)
    assert with_lost_predicate(doc[2], 0, 2) == (0, 2)


@pytest.mark.model
def test_a_content_never_ends_inside_a_bracket(nlp):
    # Thirty-sixth judged sample (issue 11): "claimed it had A (B) but C" stopped inside
    # the bracket; a bare noun phrase the parse coordinated with the cue goes on with it.
    assert content_of(nlp, "The startup claimed it had revenue of less than $5m (£3.1m) but "
                           "losses of more than $20m which included unpaid rent.", "claimed") \
        == "it had revenue of less than $5m (£3.1m) but losses of more than $20m which " \
           "included unpaid rent"


@pytest.mark.model
def test_a_present_conjunct_after_a_backshifted_complement_is_the_writers(nlp):
    # Thirty-sixth judged sample (issue 11): "said he had given up on X and winning Y has
    # not changed his mind": the present perfect with its own subject is the writer's now.
    assert content_of(nlp, 'After losing in the final last year, Murray said he had "lost '
                           'interest" in clay and reaching his third final has not changed '
                           'his view.', "said") == 'he had "lost interest" in clay'
    # (a past conjunct goes on with what was said)
    assert content_of(nlp, "He said the team had played well and it was a good day.",
                      "said") == "the team had played well and it was a good day"
