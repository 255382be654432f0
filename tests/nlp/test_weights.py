"""Reading the shipped models' JSON (nlp/weights.py)."""
import json
import struct
from pathlib import Path

import pytest

from storygraph.errors import ModelError
from storygraph.nlp import quotes
from storygraph.nlp.weights import read_weights

MODELS = Path(quotes.__file__).resolve().parents[1] / "models"


@pytest.mark.parametrize("content, problem", [
    (None, "No such file"),
    (b'{"cue": {"bias": 0.1, ', "line 1 column 23"),
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


def _bits(value):
    """``value`` with every float as its exact bits (so 0.0 and -0.0 differ)."""
    if isinstance(value, float):
        return ("float", struct.pack("<d", value))
    if isinstance(value, dict):
        return {k: _bits(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_bits(v) for v in value]
    return value


@pytest.mark.parametrize("path", sorted(MODELS.glob("*/*.json")),
                         ids=lambda p: p.parent.name + "/" + p.name)
def test_every_shipped_json_reads_to_the_standard_librarys_numbers_bit_for_bit(path):
    if path.name == "component.json":
        pytest.skip("a spaCy component's settings, not read by read_weights")
    ours = read_weights(path, lambda data: data, "a model", "")
    assert _bits(ours) == _bits(json.loads(path.read_text(encoding="utf-8")))
