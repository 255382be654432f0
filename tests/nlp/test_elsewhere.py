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
