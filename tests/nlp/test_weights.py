"""Reading the shipped models' JSON (nlp/weights.py)."""
import pytest

from storygraph.errors import ModelError
from storygraph.nlp import quotes
from storygraph.nlp.weights import read_weights


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
