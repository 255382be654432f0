"""query.framing on hand-made descriptor records: ranking, common line, paging, evidence."""
import pytest

from storygraph import query
from storygraph.store import Store
from storygraph.types import Descriptor, Entity, Extraction, Span

NAME = "Donald Trump"


def _record(doc_id, source, published, words, speaker=None):
    text = " ".join(f"{NAME}, the {w}, spoke." for w in words)
    descriptors, entities = [], []
    at = 0
    for w in words:
        sentence = f"{NAME}, the {w}, spoke."
        entities.append(Entity(at, at + len(NAME), NAME, "PERSON", "donald-trump"))
        start = at + sentence.index(w)
        descriptors.append(Descriptor("donald-trump", Span(start, start + len(w), w),
                                      Span(at, at + len(sentence), sentence), "apposition",
                                      speaker, w.split()[-1].rstrip("s")))
        at += len(sentence) + 1
    return Extraction(id=doc_id, text=text, published=published, source=source,
                      entities=tuple(entities), descriptors=tuple(descriptors))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("framing") / "f.db")
    s = Store(db)
    with s:
        s.add([_record("a1", "Left", "2016-01-05", ["nominee", "serial liar", "serial liar", "liar"]),
               _record("a2", "Left", "2016-05-05", ["nominee", "candidate", "real estate mogul"]),
               _record("b1", "Right", "2016-02-01", ["nominee", "proven businessman", "businessman",
                                                     "businessman", "candidate"]),
               _record("c1", "Centre", "2016-03-01", ["nominee", "candidate", "front-runner"])])
    return s


def test_each_outlet_leads_with_what_sets_it_apart(store):
    f = query.framing(store, NAME)
    assert [t.term for t in f.common] == ["nominee", "candidate"]  # every outlet: the common line
    assert f.by_outlet["Left"][0].term == "liar" and f.by_outlet["Left"][0].count == 3
    assert f.by_outlet["Right"][0].term == "businessman"
    assert all(t.term != "nominee" for terms in f.by_outlet.values() for t in terms)
    liar = f.by_outlet["Left"][0]
    assert liar.z > 0 and {"text": "serial liar", "count": 2} in liar.variants


def test_evidence_and_terms_are_bounded_and_paged(store):
    f = query.framing(store, NAME, limit=1, evidence=1)
    assert all(len(terms) <= 1 for terms in f.by_outlet.values())
    assert f.totals["Left"] == 2  # liar, mogul ("nominee" and "candidate" are common)
    liar = f.by_outlet["Left"][0]
    assert len(liar.evidence) == 1 and liar.more == 2
    second = query.framing(store, NAME, limit=1, offset=1).by_outlet["Left"]
    assert second and second[0].term != "liar"


def test_one_outlet_by_quarter(store):
    f = query.framing(store, NAME, outlet="Left")
    assert set(f.by_period) == {"2016-Q1", "2016-Q2"}
    assert f.by_period["2016-Q1"][0].term == "liar"
    with pytest.raises(query.NotFound):
        query.framing(store, NAME, outlet="Nobody")


def test_every_use_of_a_term(store):
    uses = query.framing_uses(store, NAME, "liar", outlet="Left")
    assert uses["total"] == 3 and {u["text"] for u in uses["uses"]} == {"serial liar", "liar"}
    assert query.framing_uses(store, NAME, "liar", outlet="Right")["total"] == 0
