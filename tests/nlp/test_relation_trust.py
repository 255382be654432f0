"""The relations' trust (nlp/relation_trust.py): what it reads off the parse, and the
shipped calibration on readings of a kind the judged samples found right or wrong."""
import math

import pytest

from storygraph.errors import StorygraphError
from storygraph.nlp.relation_trust import _odd, article_actors, article_pairs, load_trust
from storygraph.types import Span
from storygraph.nlp.relation_model import load_model
from storygraph.nlp.relations import find_relations
from storygraph.settings import Settings

pytestmark = pytest.mark.model


def explained(nlp, text):
    doc = nlp(text)
    ex: list = []
    find_relations(doc, doc._.mentions, doc._.quotes, model=load_model(), explain=ex)
    return ex


def test_a_name_qualifying_the_acting_noun_is_marked(nlp):
    ex = explained(nlp, "California growers have charged that the plan would endanger the "
                        "industry.")
    assert ex and all("smod" in f for r, f in ex if r.source and r.source.text == "California")


def test_odd_ends(nlp):
    doc = nlp("NAIROBI, Kenya (AP) _ Tens of thousands of people met Albright. He accused "
              "the Tory Leader of behaving like an attack dog.")

    def end(words):
        start = doc.text.index(words)
        return Span(start, start + len(words), words)
    assert _odd(doc, end("NAIROBI"))
    assert _odd(doc, end("Tens"))
    assert _odd(doc, end("Tory Leader of behaving like an attack"))
    assert not _odd(doc, end("Albright"))
    assert not _odd(doc, end("Kenya"))


def test_the_features_are_no_words(nlp):
    for _, feats in explained(nlp, "Mr Howard denied he had been playing politics."):
        assert not any(w in k.lower() for k in feats for w in ("howard", "deny", "politic"))


def test_a_reported_denial_outranks_a_reception_still_to_be_hosted(nlp):
    trust = load_trust()
    denial = explained(nlp, "Mr Howard denied he had been playing politics.")
    host = explained(nlp, "The Queen will also host a reception for holocaust survivors at "
                          "St James's Palace.")
    assert denial and host
    best = max(trust(f) for _, f in denial)
    assert all(trust(f) < best for _, f in host)


def test_the_setting_switches_the_confidence(monkeypatch):
    monkeypatch.delenv("STORYGRAPH_RELATION_CONFIDENCE", raising=False)
    assert Settings.load().relation_confidence == "trust"  # the default since issue 12's ninth stop
    monkeypatch.setenv("STORYGRAPH_RELATION_CONFIDENCE", "model")
    assert Settings.load().relation_confidence == "model"
    monkeypatch.setenv("STORYGRAPH_RELATION_CONFIDENCE", "sure")
    with pytest.raises(StorygraphError):
        Settings.load()


def test_trust_keeps_every_reading_and_lowers_its_confidence(nlp):
    doc = nlp("Mali denied the report and Russia accused France of meddling.")
    plain = find_relations(doc, doc._.mentions, doc._.quotes)
    trusted = find_relations(doc, doc._.mentions, doc._.quotes, trust=load_trust())
    assert [(r.type, r.source, r.target) for r in plain] == \
        [(r.type, r.source, r.target) for r in trusted]
    assert all(t.confidence <= p.confidence for p, t in zip(plain, trusted))


def test_the_article_cast_counts_names_and_subjects(nlp):
    doc = nlp("Russia accused Mali of lying. Russia denied the report on Monday. "
              "France met Mali in Paris.")
    cast = article_actors(doc, doc._.mentions)
    by_text = {m.text: m.entity for m in doc._.mentions}
    assert cast[by_text["Russia"]] == (2, 2)  # named twice, the subject both times
    assert cast[by_text["Mali"]][0] == 2 and cast[by_text["Mali"]][1] == 0


def test_the_article_pairs_count_sentences_naming_both(nlp):
    doc = nlp("Russia accused Mali of lying. Russia denied the report on Monday. "
              "France met Mali in Paris. Mali thanked Russia.")
    pairs = article_pairs(doc, doc._.mentions)
    by_text = {m.text: m.entity for m in doc._.mentions}
    assert pairs[frozenset((by_text["Russia"], by_text["Mali"]))] == 2
    assert pairs[frozenset((by_text["France"], by_text["Mali"]))] == 1
    assert frozenset((by_text["Russia"], by_text["France"])) not in pairs
    ex = explained(nlp, doc.text)
    thanked = [f for r, f in ex if r.source and r.target and {r.source.text, r.target.text}
               == {"Russia", "Mali"}]
    assert thanked and all(f.get("pair", 0) + f.get("q:pair", 0) > 0 for f in thanked)


def test_a_reading_knows_its_ends_cast_and_kinds(nlp):
    ex = explained(nlp, "Russia accused Mali of lying. Russia denied the report on Monday.")
    accuse = [f for r, f in ex if r.type == "ACCUSE" and r.source and r.source.text == "Russia"]
    assert accuse
    f = accuse[0]
    assert f["sacts"] == 1.0  # the accuser is a subject elsewhere too (it denied)
    assert f["snamed"] == pytest.approx(math.log(2))
    assert f["x:ACCUSE:s=GPE"] > 0 and "depth" in f

