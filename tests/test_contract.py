"""The contract on the seeds and on generated texts: spans exact, lists present, ids kept."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import storygraph
from storygraph.types import Document, Extraction, Quote, Span
from tests.conftest import EXAMPLES, shared

pytestmark = pytest.mark.model

LISTS = ("entities", "quotes", "timexes", "relations")


def spans_of(record: dict):
    for e in record["entities"]:
        yield e
    for t in record["timexes"]:
        yield t
    for q in record["quotes"]:
        yield from (q[k] for k in ("content", "speaker", "cue", "addressee") if q.get(k))
    for r in record["relations"]:
        yield from (r[k] for k in ("evidence", "content") if r.get(k))
    for d in record.get("descriptors", []):
        yield from (d["span"], d["evidence"])


def check(record: dict, text: str) -> None:
    assert record["text"] == text
    for key in LISTS:
        assert isinstance(record[key], list)
    for span in spans_of(record):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"]:span["end"]] == span["text"]
    # The record survives a JSON round trip unchanged.
    assert Extraction.from_dict(json.loads(json.dumps(record))).to_dict() == record


def test_seeds_and_examples(nlp):
    for path in (EXAMPLES, shared("data", "seeds", "input.jsonl")):
        inputs = [json.loads(line) for line in path.read_text().splitlines()]
        docs = [Document(id=i["id"], text=i["text"], published=i.get("published")) for i in inputs]
        records = storygraph.extract(docs, nlp=nlp)
        assert [r.id for r in records] == [i["id"] for i in inputs]
        for rec, inp in zip(records, inputs):
            check(rec.to_dict(), inp["text"])


WORDS = st.sampled_from([
    "Lavrov", "said", "told", "Reuters", "on", "Monday", "“", "”", '"', "'", "Mali", "the",
    "Wagner", "group", "will", "continue", ",", ".", "\n", "\n\n", "according", "to",
    "Sergei", "Sergey", "he", "denied", "last", "week", "2021", "Sep", "25", "é", "—", "(",
    ")", ":", "Moscow", "not", "involved", "🙂", "U.S.", "instructors", "in", "July",
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(WORDS, min_size=1, max_size=40).map(" ".join), min_size=1, max_size=3),
       st.sampled_from([None, "2023-06-26", "2021-09-25T10:00:00"]))
def test_generated_texts_keep_the_contract(nlp, texts, published):
    docs = [Document(id=f"g{i}", text=t, published=published) for i, t in enumerate(texts)]
    records = storygraph.extract(docs, nlp=nlp)
    assert [r.id for r in records] == [d.id for d in docs]
    for rec, text in zip(records, texts):
        check(rec.to_dict(), text)


def test_a_quotes_asides_round_trip_and_leave_the_words_said():
    text = 'X. "We played well," Ms Cole said. "The second half was better."'
    start = text.index('"We')
    aside = Span.of(text, text.index("Ms Cole"), text.index("said.") + 5)
    q = Quote(content=Span.of(text, start, len(text)), kind="direct", asides=(aside,))
    record = Extraction(id="d", text=text, quotes=(q,))
    again = Extraction.from_dict(record.to_dict())
    assert again.quotes[0].asides == (aside,)
    assert again.quotes[0].said == '"We played well … The second half was better."'
    # (no aside: the content as it is)
    assert Quote(content=Span.of(text, start, len(text))).said == text[start:]
