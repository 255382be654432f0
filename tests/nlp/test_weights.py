"""Reading the shipped models' JSON (nlp/weights.py)."""
import json

import pytest

from storygraph.errors import ModelError
from storygraph.nlp import quotes, relation_model
from storygraph.nlp.weights import read_weights


@pytest.mark.parametrize("path", [quotes.MODEL_PATH, relation_model.MODEL_PATH])
def test_shipped_weights_read_as_json_reads_them(path):
    """orjson and the standard library give the same objects, every float the same
    double, so the models score exactly as they did when read with json."""
    read = read_weights(path, lambda data: data, "a model", "")
    standard = json.loads(path.read_text(encoding="utf-8"))
    assert read == standard
    floats, read_floats = _floats(standard), _floats(read)
    assert len(floats) > 10_000  # the comparison saw the weights
    assert [v.hex() for v in read_floats] == [v.hex() for v in floats]


def _floats(value) -> list:
    if isinstance(value, float):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [f for v in value for f in _floats(v)]
    return []



@pytest.mark.parametrize("content, problem", [
    (None, "No such file"),
    (b'{"cue": {"bias": 0.1, ', "unexpected end"),
    (b'{"lexicon": []}', "'cue'"),
    (b'\xff\xfe{}', "cannot read"),
])
def test_a_missing_broken_or_incomplete_file_is_one_model_error(tmp_path, content, problem):
    path = tmp_path / "model.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ModelError) as info:
        read_weights(path, quotes.QuoteModel, "the quote model",
                     "Rebuild it with python -m storygraph.nlp.quotes_train")
    message = str(info.value)
    assert str(path) in message and "python -m storygraph.nlp.quotes_train" in message
    assert problem.lower() in message.lower()
