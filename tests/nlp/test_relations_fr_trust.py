"""French relations weighed by the English trust (#16, relation agreement): the calibrated
confidence is the French one too, and the view shows the trust what it reads in English
(the ends' kinds, the tense of a compound verb, a title's name as the subject, who
reports an event in an incise).

The French sentences were written for these tests."""
import pytest

from storygraph.nlp.relation_trust import _tense, load_trust
from storygraph.nlp.relations_fr import not_events, relations_fr
from storygraph.nlp.relations_fr_view import english_view, view_index

pytestmark = pytest.mark.model

ARTICLE = ("Le Mali accuse la France d'ingérence. Le ministre malien Abdoulaye Diop a "
           "déclaré que Bamako avait rejeté l'offre de Paris. « Nous ne céderons pas », a "
           "ajouté M. Diop. La Russie a signé un accord avec le Mali.")


def _view(nlp_fr, text):
    doc = nlp_fr(text)
    view = english_view(doc, not_events(doc, doc._.mentions))
    return doc, view, lambda tok: view[view_index(view)[tok.i]]


def _word(doc, lemma):
    return next(t for t in doc if t.lemma_.lower() == lemma)


def test_french_relations_carry_the_trust(nlp_fr, monkeypatch):
    from storygraph.nlp import relations as rel

    seen = []
    real = rel.trust_features

    def spy(*args, **kw):
        feats = real(*args, **kw)
        seen.append((args[2], feats))
        return feats
    monkeypatch.setattr(rel, "trust_features", spy)
    doc = nlp_fr(ARTICLE)
    believed = relations_fr(doc, doc._.mentions, doc._.quotes, trust=None)
    trusted = relations_fr(doc, doc._.mentions, doc._.quotes, trust=load_trust())
    assert believed and len(trusted) == len(believed)
    # the component's confidence is the trust's, never above the model's own belief
    assert [r.confidence for r in doc._.relations] == [r.confidence for r in trusted]
    assert all(t.confidence <= b.confidence for t, b in zip(trusted, believed))
    assert any(t.confidence < b.confidence for t, b in zip(trusted, believed))
    # the ends' kinds come from the French mentions, as in English (not "OTHER")
    kinds = {k for _, f in seen for k in f if k.lstrip("q:").startswith(("s=", "t="))}
    assert {"s=GPE", "t=GPE"} <= {k.removeprefix("q:") for k in kinds}
    assert not any(k.endswith("=OTHER") for k in kinds)


def test_compound_tenses_and_the_passive_have_english_auxiliaries(nlp_fr):
    doc, _, at = _view(nlp_fr, "La Russie a signé un accord avec le Mali. Les rebelles "
                               "avaient menacé Bamako. Lavrov a été critiqué par Paris. "
                               "Lavrov est critiqué par Paris.")
    signed, threatened = at(_word(doc, "signer")), at(_word(doc, "menacer"))
    assert [c.text for c in signed.children if c.dep_ == "aux"] == ["has"]
    assert [c.text for c in threatened.children if c.dep_ == "aux"] == ["had"]
    assert _tense(signed) == _tense(threatened) == "past"  # done, as "has signed"
    first, second = [at(t) for t in doc if t.lemma_ == "critiquer"]
    assert sorted(c.text for c in first.children if c.dep_ in ("aux", "auxpass")) == ["been", "has"]
    assert [c.text for c in second.children if c.dep_ == "auxpass"] == ["is"]
    assert _tense(first) == "past" and _tense(second) == "part"  # as "is criticized"


def test_a_conjoined_participle_shares_the_auxiliary(nlp_fr):
    # "a signé … et critiqué": has signed and has criticized, both done
    doc, _, at = _view(nlp_fr, "Le Mali a signé l'accord et critiqué la France.")
    criticized = at(_word(doc, "critiquer"))
    assert [c.text for c in criticized.children if c.dep_ == "aux"] == ["has"]
    assert _tense(criticized) == "past"
    # hung by the parser on a word of the clause the first verb governs: the verb's
    doc, _, at = _view(nlp_fr, "Moualem a déclaré que les conditions étaient favorables, et "
                               "accusé certains pays occidentaux de propager des craintes.")
    accused, said = at(_word(doc, "accuser")), at(_word(doc, "déclarer"))
    assert accused.head.i == said.i and _tense(accused) == "past"
    # a shared passive is English's own shape ("has been arrested and charged")
    doc, _, at = _view(nlp_fr, "Le suspect a été arrêté et inculpé par la police.")
    charged = [at(t) for t in doc if t.dep_ == "conj"]
    assert charged and not [c for t in charged for c in t.children if c.dep_ == "aux"]


def test_a_title_hangs_from_the_name(nlp_fr):
    doc, _, at = _view(nlp_fr, "M. Bone a rejeté la proposition du gouvernement.")
    bone, title = at(_word(doc, "bone")), at(doc[0])
    assert bone.dep_ == "nsubj" and bone.head.lemma_ == "reject"
    assert title.dep_ == "compound" and title.head.i == bone.i
    # a person's name after its title with no comma is the title's ("Foreign Minister
    # Walid al-Moualem"); with commas it is an apposition, in English too
    for text, heads in (("Le ministre des Affaires étrangères Walid al-Moualem a appelé les "
                         "réfugiés à rentrer.", True),
                        ("Le ministre des Affaires étrangères, Walid al-Moualem, a appelé les "
                         "réfugiés à rentrer.", False)):
        doc, _, at = _view(nlp_fr, text)
        subject = next(at(t) for t in doc if at(t).dep_ == "nsubj")
        assert (subject.text in ("Walid", "Moualem")) == heads, text


def test_an_incise_of_saying_reports_the_clause(nlp_fr):
    text = "« Brett l'a nié catégoriquement », a ajouté Graham."
    doc, view, at = _view(nlp_fr, text)
    added, denied, graham = at(_word(doc, "ajouter")), at(_word(doc, "nier")), at(_word(doc, "graham"))
    assert added.dep_ == "ROOT" and denied.dep_ == "ccomp" and denied.head.i == added.i
    assert graham.dep_ == "nsubj" and graham.head.i == added.i
    doc = nlp_fr(text)
    (rel,) = [r for r in relations_fr(doc, doc._.mentions, doc._.quotes) if r.type == "REJECT"
              and r.target_entity is None]
    assert rel.source_entity == "brett" and rel.reporter_entity == "graham"


def test_declarer_is_to_say_unless_it_declares_something(nlp_fr):
    doc, _, at = _view(nlp_fr, "Moualem a déclaré que la Syrie avait rejeté l'offre.")
    assert at(_word(doc, "déclarer")).lemma_ == "say"
    for text in ("La Russie a déclaré la guerre à l'Ukraine.",
                 "Le gouvernement a déclaré l'état d'urgence à Bamako."):
        doc, _, at = _view(nlp_fr, text)
        assert at(_word(doc, "déclarer")).lemma_ != "say", text
