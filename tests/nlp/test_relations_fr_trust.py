"""French relations weighed by the English trust (#16, relation agreement): the calibrated
confidence is the French one too, and the view shows the trust what it reads in English
(the ends' kinds, the tense of a compound verb, a title's name as the subject, who
reports an event in an incise).

The French sentences were written for these tests."""
import pytest

from storygraph.nlp.relation_trust import load_trust
from storygraph.nlp.relations_fr import relations_fr

pytestmark = pytest.mark.model

ARTICLE = ("Le Mali accuse la France d'ingérence. Le ministre malien Abdoulaye Diop a "
           "déclaré que Bamako avait rejeté l'offre de Paris. « Nous ne céderons pas », a "
           "ajouté M. Diop. La Russie a signé un accord avec le Mali.")


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
