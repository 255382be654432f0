"""The training command end to end on a slice of PolNeAR train (a smoke test: the
shipped model is trained on all of it, see docs/quotes.md)."""
import json

import pytest

from storygraph.nlp.quotes import QuoteModel, find_quotes
from storygraph.nlp.quotes_train import main
from tests.conftest import SHARED, shared

pytestmark = pytest.mark.model


def test_training_writes_a_model_that_finds_quotes(tmp_path, nlp):
    shared("data", "polnear", "train.jsonl.gz")
    out = tmp_path / "model.json"
    assert main(["--shared", str(SHARED), "--out", str(out), "--limit", "25"]) == 0
    data = json.loads(out.read_text())
    assert data["trained_on"] == "PolNeAR v1.0.0 train (25 articles)"
    assert "say" in data["lexicon"] and data["cue"]["w"]
    model = QuoteModel(data)
    doc = nlp("The senator said the bill would pass next week.")
    found = find_quotes(doc, doc._.mentions, model)
    assert [q.content.text for q in found] == ["the bill would pass next week"]


def test_training_without_the_data_says_where_it_looked(tmp_path, capsys):
    assert main(["--shared", str(tmp_path), "--out", str(tmp_path / "m.json")]) == 2
    assert "polnear" in capsys.readouterr().err
