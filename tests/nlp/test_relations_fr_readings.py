"""What French grammar tells the relation reader (#16, relation agreement): tenses and
modals English writes with an auxiliary, constructions that change a verb's event, the
objects an assault, a detention or aid needs, and the article's kind.

The French sentences were written for these tests."""
from types import SimpleNamespace

import pytest

from storygraph.nlp.kind_fr import context_text
from storygraph.nlp.verbs_fr import tense

#: The relation threshold relations are written from (settings.DEFAULT_RELATION_THRESHOLD).
SHOWN = 0.6


def _tok(form, lemma, pos="VERB"):
    return SimpleNamespace(lower_=form, lemma_=lemma, pos_=pos)


@pytest.mark.parametrize("form,lemma,want", [
    ("défendrai", "défendre", "future"), ("signera", "signer", "future"),
    ("accueillera", "accueillir", "future"), ("tiendra", "tenir", "future"),
    ("appellera", "appeler", "future"), ("sera", "être", "future"),
    ("résoudrait", "résoudre", "conditional"), ("auraient", "avoir", "conditional"),
    ("signerions", "signer", "conditional"),
    ("signait", "signer", None), ("parlez", "parler", None), ("défendait", "défendre", None),
    ("finissons", "finir", None), ("rendez", "rendre", None),
])
def test_the_future_and_the_conditional_are_read_from_the_form(form, lemma, want):
    assert tense(_tok(form, lemma)) == want


def test_context_text_gives_the_english_words_of_the_article_kind():
    words = context_text("L'entraîneur a salué ses joueurs après le match de la saison.").split()
    assert {"coach", "players", "match", "season"} <= set(words)
    assert "government" in context_text("Le gouvernement a démissionné.").split()


def _relations(nlp_fr, text):
    """The readings with the model's own belief (trust=None), as the English checks'
    tests read them: the view and the checks make the readings; the default trust then
    weighs each in its article, and a one-sentence text is no article."""
    from storygraph.nlp.relations_fr import relations_fr

    doc = nlp_fr(text)
    return [(r.type, r.source_entity, r.target_entity, r.confidence)
            for r in relations_fr(doc, doc._.mentions, doc._.quotes, trust=None)]


def _shown(nlp_fr, text):
    return {r[:3] for r in _relations(nlp_fr, text) if r[3] >= SHOWN}


@pytest.mark.model
def test_a_future_or_conditional_event_is_only_to_come(nlp_fr):
    from storygraph.nlp.relations_fr_view import english_view, view_index
    doc = nlp_fr("La Russie signera un accord avec le Mali.")
    view = english_view(doc)
    sign = view[view_index(view)[[t.i for t in doc if t.lemma_ == "signer"][0]]]
    assert [c.text for c in sign.children if c.dep_ == "aux"] == ["will"]
    assert not _shown(nlp_fr, "La Russie signera un accord avec le Mali.")
    assert not _shown(nlp_fr, "La Russie signerait un accord avec le Mali.")
    assert ("AGREE", "russia", "mali") in _shown(nlp_fr, "La Russie a signé un accord avec le Mali.")


@pytest.mark.model
def test_a_modal_is_the_auxiliary_of_its_infinitive(nlp_fr):
    from storygraph.nlp.relations_fr_view import english_view, view_index
    doc = nlp_fr("La Russie pourrait attaquer l'Ukraine.")
    view = english_view(doc)
    attack = view[view_index(view)[[t.i for t in doc if t.lemma_ == "attaquer"][0]]]
    assert [c.text for c in attack.children if c.dep_ == "aux"] == ["could"]
    assert any(c.dep_ == "nsubj" and c.text == "Russie" for c in attack.children)
    assert not _shown(nlp_fr, "La Russie pourrait attaquer l'Ukraine.")


@pytest.mark.model
def test_an_expletive_ne_is_no_negation(nlp_fr):
    from storygraph.nlp.relations_fr_view import english_view, view_index
    doc = nlp_fr("Le Mali attend avant que la France ne retire ses troupes.")
    view = english_view(doc)
    ne = view[view_index(view)[[t.i for t in doc if t.lower_ == "ne"][0]]]
    assert ne.dep_ != "neg" and ne.text != "not"
    doc = nlp_fr("La France ne retire pas ses troupes.")
    view = english_view(doc)
    ne = view[view_index(view)[[t.i for t in doc if t.lower_ == "ne"][0]]]
    assert ne.dep_ == "neg"


@pytest.mark.model
def test_constructions_that_change_the_event(nlp_fr):
    # "condamner à" is to sentence, not to condemn; "à la fois" is no such "à"
    assert not [r for r in _relations(nlp_fr, "Le tribunal a condamné Khalid Barnes à la "
                                               "prison à vie.") if r[0] == "ACCUSE"]
    assert ("ACCUSE", None, "erdogan") in {r[:3] for r in _relations(
        nlp_fr, "Des manifestants ont condamné à la fois Erdogan et sa politique.")}
    # "rendre visite à X" is to visit X
    assert ("CONSULT", "mike-pompeo", "kim-jong-un") in {r[:3] for r in _relations(
        nlp_fr, "Mike Pompeo a rendu visite à Kim Jong-un à Pyongyang.")}


@pytest.mark.model
def test_verbs_that_are_their_event_only_reflexive(nlp_fr):
    assert not [r for r in _relations(nlp_fr, "Norman Eisen, associé principal à la Brookings "
                                               "Institution, a publié un livre.") if r[0] == "COOPERATE"]
    assert not [r for r in _relations(nlp_fr, "Les électeurs de Macédoine ont fait entendre leur "
                                               "voix lors du référendum.") if r[0] == "AGREE"]


@pytest.mark.model
def test_a_detention_needs_its_detainee_named_as_the_object(nlp_fr):
    text = "La police a arrêté un suspect du tir qui a causé la mort de Wayde Sims."
    assert not [r for r in _relations(nlp_fr, text) if r[0] == "COERCE" and r[2] == "wayde-sims"]
    assert [r for r in _relations(nlp_fr, "La police malienne a arrêté Amadou Koufa.")
            if r[0] == "COERCE" and r[2] == "amadou-koufa"]
    # a majority one holds in the Senate is no detention
    assert not [r for r in _relations(nlp_fr, "Les républicains veulent garder les majorités "
                                               "qu'ils détiennent au Sénat.") if r[0] == "COERCE"]


@pytest.mark.model
def test_calling_a_number_is_no_call_on_anyone(nlp_fr):
    assert not [r for r in _relations(nlp_fr, "Vous pouvez appeler Samaritans gratuitement au "
                                               "116 123.") if r[0] == "REQUEST"]


@pytest.mark.model
def test_a_french_match_report_reads_as_one(nlp_fr):
    from storygraph.nlp.relation_model import load_model
    from storygraph.nlp.relations_fr import _ReadingFrench
    model = load_model()
    match = ("L'entraîneur des Rangers a salué ses joueurs après le match. L'attaquant a "
             "marqué deux buts et le club reste en tête du championnat cette saison. Les "
             "supporters ont fêté la victoire de l'équipe.")
    politics = ("Le gouvernement malien a accusé la France. Le ministre des Affaires "
                "étrangères a déclaré que le parti au pouvoir soutenait la politique du "
                "président. L'économie et les élections préoccupent les dirigeants.")
    assert _ReadingFrench(model, match).quiet("ignored") > 0.5
    assert _ReadingFrench(model, politics).quiet("ignored") < 0.5
    # the view's own text, foreign words but for the cues, reads as hard news
    assert model.quiet(match) < 0.5


@pytest.mark.model
def test_a_meeting_named_as_the_setting_is_not_the_event(nlp_fr):
    text = ("Dieter Kempf a affirmé cela à la suite d’une récente réunion entre la chancelière "
            "allemande Angela Merkel et le président russe Vladimir Poutine.")
    assert not [r for r in _relations(nlp_fr, text)
                if r[0] == "CONSULT" and r[1] == "dieter-kempf" and r[3] >= SHOWN]
