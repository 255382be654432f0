"""French time expressions: rule tests on sentences written for them (no model needed)."""
import json
import subprocess
import sys

import pytest

from storygraph.nlp.timexes_fr import find_timexes_fr
from tests.conftest import shared

PUBLISHED = "2021-09-29"  # a Wednesday


def _found(text, published=PUBLISHED):
    return [(t.text, t.type, t.value) for t in find_timexes_fr(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("Le ministre est arrivé hier à Bamako.", [("hier", "DATE", "2021-09-28")]),
    ("La réunion aura lieu demain.", [("demain", "DATE", "2021-09-30")]),
    ("Il l'a annoncé lundi dernier.", [("lundi dernier", "DATE", "2021-09-27")]),
    ("Il a parlé lundi devant la presse.", [("lundi", "DATE", "2021-09-27")]),
    ("Le sommet se tiendra vendredi.", [("vendredi", "DATE", "2021-10-01")]),
    ("L'accord a été signé le 25 septembre 2021.", [("le 25 septembre 2021", "DATE", "2021-09-25")]),
    ("Le vote est prévu le 3 octobre.", [("le 3 octobre", "DATE", "2021-10-03")]),
    ("Les faits remontent au 12 mars 98.", [("12 mars 98", "DATE", "1998-03-12")]),
    ("Les troupes partiront en janvier prochain.", [("janvier prochain", "DATE", "2022-01")]),
    ("Il était déjà venu en août dernier.", [("août dernier", "DATE", "2021-08")]),
    ("Les travaux s'achèveront début novembre.", [("début novembre", "DATE", "2021-11")]),
    ("Il dirige le pays depuis 2012.", [("2012", "DATE", "2012")]),
    ("Les ventes ont doublé l'année dernière.", [("l'année dernière", "DATE", "2020")]),
    ("Il reviendra la semaine prochaine.", [("la semaine prochaine", "DATE", "2021-W40")]),
    ("La ville a été bombardée il y a deux ans.", [("deux ans", "DURATION", "P2Y")]),
    ("Les soldats sont restés dix-huit mois sur place.", [("dix-huit mois", "DURATION", "P18M")]),
    ("Elle attend depuis plusieurs semaines.", [("plusieurs semaines", "DURATION", "PXW")]),
    ("Le coureur a mis 30,4 secondes de plus.", [("30,4 secondes", "DURATION", "PT30.4S")]),
    ("Les explosions ont eu lieu hier soir.", [("hier soir", "TIME", "2021-09-28TEV")]),
    ("Le président parlera ce matin.", [("ce matin", "TIME", "2021-09-29TMO")]),
    ("Le marché se tient tous les jeudis.", [("tous les jeudis", "SET", "XXXX-WXX-4")]),
    ("Des milliers de visiteurs viennent chaque année.", [("chaque année", "SET", "P1Y")]),
    ("La situation est actuellement calme.", [("actuellement", "TIME", "PRESENT_REF")]),
    # a clock time takes the day its sentence names, before or after it
    ("Lundi 4 octobre, départ à 9 h 30.",
     [("Lundi 4 octobre", "DATE", "2021-10-04"), ("9 h 30", "TIME", "2021-10-04T09:30")]),
    ("Vers 0 h 40, mardi, un incendie s'est déclaré.",
     [("Vers 0 h 40", "TIME", "2021-09-28T00:40"), ("mardi", "DATE", "2021-09-28")]),
    # typography: no-break spaces as French writes them
    ("Rendez-vous à 11\u202fh\u202f15 dimanche prochain.",
     [("11\u202fh\u202f15", "TIME", "2021-10-03T11:15"), ("dimanche prochain", "DATE", "2021-10-03")]),
])
def test_french_expressions_are_found_and_valued(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Une fillette de 6 ans a été retrouvée saine et sauve.",       # an age
    "Le suspect, 26 ans, a été interpellé.",                        # an age
    "La décision a été prise par le gouvernement.",                 # "été": a participle
    "Les Jeux d'hiver ont coûté 2000 euros par habitant.",          # a kind, an amount
    "Les quotidiens nationaux ont titré sur l'affaire.",            # newspapers
])
def test_what_is_not_a_time_expression(text):
    assert _found(text) == []


def test_no_publication_date_leaves_relative_values_open():
    assert _found("Il est arrivé hier.", published=None) == [("hier", "DATE", None)]


def test_a_french_pipeline_uses_the_french_patterns():
    import spacy

    import storygraph.nlp  # noqa: F401  (registers the factories and Doc._ attributes)
    from storygraph.nlp import timexes  # noqa: F401

    nlp = spacy.blank("fr")
    nlp.add_pipe("storygraph_timexes")
    doc = nlp.make_doc("Le ministre est arrivé hier soir à Bamako.")
    doc._.published = PUBLISHED
    doc = nlp(doc)
    assert [(t.text, t.value) for t in doc._.timexes] == [("hier soir", "2021-09-28TEV")]


@pytest.mark.gate
def test_gate_french_timebank_train(tmp_path):
    """French TimeBank train (tuned on): relaxed F1 0.946, value F1 0.900 measured."""
    gold = shared("data", "frtimebank", "train.jsonl")
    scorer = shared("eval", "score_timex.py")
    pred = tmp_path / "pred.jsonl"
    with open(gold, encoding="utf-8") as fh, open(pred, "w", encoding="utf-8") as out:
        for line in fh:
            r = json.loads(line)
            found = find_timexes_fr(r["text"], r["published"])
            out.write(json.dumps({"id": r["id"], "text": r["text"],
                                  "timexes": [t.to_dict() for t in found]}) + "\n")
    run = subprocess.run([sys.executable, str(scorer), str(gold), str(pred)],
                         capture_output=True, text=True, check=True)
    figures = dict(kv.split("=") for kv in run.stdout.strip().splitlines()[-1].split())
    assert float(figures["relaxed_f1"]) >= 0.94
    assert float(figures["value_f1"]) >= 0.89
