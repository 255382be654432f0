"""Sources a speaker phrase leaves unnamed but the text names elsewhere
(nlp/elsewhere.py), on the real model."""
import pytest


@pytest.mark.model
def test_a_report_is_its_fronted_producers(nlp):
    # "Produced by X the analysis …": the parse takes the document for the participle's
    # object, and the tagger may type the producer a place
    doc = nlp("Shoppers want cheap food rather than organic food, says a report.\n\n"
              "Produced by Mintel Research the analysis of the grocery market found only 8% "
              "of shoppers buy organic food. The firm said supermarkets should cut prices.\n\n"
              "The report concluded that price was likely to matter most.")
    by_cue = {q.cue.text: q.speaker_entity for q in doc._.quotes}
    assert by_cue["says"] == "mintel-research", by_cue
    assert by_cue["concluded"] == "mintel-research", by_cue


@pytest.mark.model
def test_a_reports_issuer_named_in_its_according_to_phrase_is_its_source(nlp):
    # the parse hangs the "from" on "according" past a time adverb
    doc = nlp("Rising fuel prices and the accompanying slowdown in the car market have dented "
              "shoppers' confidence, causing a sharp fall in demand for new cars, according to "
              "a report earlier this week from the National Motor Traders Association. The "
              "NMTA said sales fell 4% in March.")
    by_cue = {q.cue.text: q.speaker_entity for q in doc._.quotes}
    assert by_cue.get("according to") == "national-motor-traders-association", by_cue


@pytest.mark.model
def test_a_motion_laid_before_a_legislature_is_not_the_legislatures(nlp):
    # The thirty-fifth judged sample: "The Commons motion says" was given the House of
    # Commons, before which five MPs had tabled it.
    doc = nlp("Five Labour MPs have signed a Commons motion attacking the bid for "
              "Redbridge Town by US tycoon Carl Brandt. The Commons motion says the bid "
              '"puts the club\'s future at risk".')
    by_cue = {q.cue.text: (q.speaker.text if q.speaker else None, q.speaker_entity)
              for q in doc._.quotes}
    assert by_cue.get("says", (None, None))[0] == "The Commons motion", by_cue
    assert by_cue["says"][1] is None, by_cue
