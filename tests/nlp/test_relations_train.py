"""The relation trainer's pure parts: its classifiers as JSON, and the article-kind data."""
import math

import pytest

from storygraph.nlp import relations_train as rt
from storygraph.nlp.relation_features import context_features
from storygraph.nlp.relation_model import _Classes


def test_a_two_class_fit_reads_back_as_sklearns_probabilities():
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs = [["b", "w=goal"], ["b", "w=match"], ["b", "w=sanction"], ["b", "w=minister", "w=goal"],
          ["b", "w=accuse"], ["b", "w=match", "w=coach"]]
    ys = ["quiet", "quiet", "hard", "hard", "hard", "quiet"]
    data = rt.fit_classes(xs, ys, 1.0)
    model = _Classes(data)
    vec = DictVectorizer()
    ref = LogisticRegression(C=1.0, max_iter=3000, random_state=0).fit(
        vec.fit_transform([dict.fromkeys(f, 1) for f in xs]), ys)
    for f, want in zip(xs, ref.predict_proba(vec.transform([dict.fromkeys(f, 1) for f in xs]))):
        got = dict(zip(model.classes, model(f)))
        assert math.isclose(got["quiet"], want[list(ref.classes_).index("quiet")], abs_tol=2e-3)


def test_context_features_are_the_plain_words():
    assert context_features("United beat Arsenal 2-1; the coach's squad") == [
        "b", "w=arsenal", "w=beat", "w=coach", "w=squad", "w=the", "w=united"]


def test_the_judged_samples_are_never_read_by_the_trainer():
    # benchmarks/relations_judged.py draws its samples from index 3 and 7 mod 10
    assert not set(rt.NEWS_OFFSETS) & {3, 7} and set(rt.CONTEXT_SKIP) == {3, 7}


def test_context_data_labels_topics_and_plv(tmp_path):
    import gzip
    import json

    bench = tmp_path / "data" / "bench"
    bench.mkdir(parents=True)
    rows = [{"id": f"bbc-{topic}-{i:03d}", "text": f"{topic} words {i}"}
            for i, topic in enumerate(["sport", "politics", "tech", "business", "entertainment"] * 2)]
    with gzip.open(bench / "news.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)
    xs, ys = rt.read_context(tmp_path, [{"text": "Russia accused Ukraine"}])
    kept = [r for i, r in enumerate(rows) if i % 10 not in (3, 7)]
    assert len(xs) == len(kept) + 1 and ys[-1] == "hard"
    assert ys[:-1] == ["quiet" if r["id"].split("-")[1] in rt.CONTEXT_QUIET else "hard" for r in kept]
    with pytest.raises(FileNotFoundError):
        rt.read_context(tmp_path / "nowhere", [])
