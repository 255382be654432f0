"""The English-shaped view of a French parse that the relation model reads."""
import pytest

from storygraph.nlp.relations_fr_view import back_to_french, english_view, view_mentions
from storygraph.types import Entity, Relation, Span

pytestmark = pytest.mark.model


def test_labels_heads_and_cue_words_are_english(nlp_fr):
    doc = nlp_fr("Les États-Unis ont imposé des sanctions contre la Russie.")
    view = english_view(doc)
    assert len(view) == len(doc)
    by_text = {t.text: t for t in view}
    imposed = by_text["impose"]
    assert imposed.lemma_ == "impose" and imposed.tag_ == "VBN"
    assert by_text["sanctions"].dep_ == "dobj"
    # the preposition heads its object, as ClearNLP has it
    against = by_text["against"]
    assert against.dep_ == "prep" and against.head.i == by_text["sanctions"].i
    assert [c.dep_ for c in against.children if c.text == "Russie"] == ["pobj"]


def test_negation_passive_agent_and_marked_infinitive(nlp_fr):
    doc = nlp_fr("Moscou n'a pas menacé Kiev. Lavrov a été critiqué par Washington. "
                 "Le Mali tente d'aider la Russie.")
    view = english_view(doc)
    threatened = next(t for t in view if t.lemma_ == "threaten")
    assert any(c.dep_ == "neg" for c in threatened.children)
    criticised = next(t for t in view if t.lemma_ == "criticize")
    assert any(c.dep_ == "nsubjpass" for c in criticised.children)
    assert any(c.dep_ == "agent" and c.text == "by" for c in criticised.children)
    helped = next(t for t in view if t.lemma_ == "help")
    assert any(c.dep_ == "aux" and c.text == "to" for c in helped.children)


def test_non_events_are_foreign_words(nlp_fr):
    doc = nlp_fr("Vous pouvez appeler Samaritans gratuitement.")
    call = next(t for t in doc if t.lemma_ == "appeler")
    view = english_view(doc, frozenset({call.i}))
    assert view[call.i].pos_ == "X" and view[call.i].lemma_ == "appeler"


def test_spans_go_back_to_the_french_text(nlp_fr):
    doc = nlp_fr("Le ministre a dénoncé contre toute attente la Russie.")
    start = doc.text.index("Russie")
    russia = Entity(start, start + 6, "Russie", "GPE", "russia")
    view = english_view(doc)
    (vm,), back = view_mentions(doc, view, [russia])
    assert view.text[vm.start:vm.end] == "Russie" and vm.start != russia.start
    rel = Relation(type="ACCUSE", evidence=Span(0, len(view.text), view.text),
                   source_entity=None, target_entity="russia", target=Span(vm.start, vm.end, vm.text))
    (out,) = back_to_french(doc, view, [rel], back)
    assert out.target == Span(russia.start, russia.end, "Russie")
    assert out.evidence.text == doc.text


def test_a_french_word_spelt_as_an_english_one_is_foreign(nlp_fr):
    # "le meeting de Trump" is a rally: the model must not read the English "meeting".
    doc = nlp_fr("Le meeting de Donald Trump à Wheeling est prévu pour ce soir.")
    view = english_view(doc)
    meeting = view[[t.i for t in doc if t.lower_ == "meeting"][0]]
    assert meeting.lemma_ != "meeting" and meeting.text != "meeting"
    assert not [r for r in doc._.relations if r.type == "CONSULT"]
