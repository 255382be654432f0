"""Shifts and disputes: pure pairing on claim rows (real embeddings), and the
hand-written articles (tests/data/shifts_articles.py) through the real pipeline."""
import sys
from pathlib import Path

import pytest

from storygraph.claims import content_words
from storygraph.nlp.embeddings import encode, pack
from storygraph.shifts import SHOW, find_disputes, find_shifts

DATA = Path(__file__).parent / "data"


def row(i, speaker, text, date, polarity, about="", topics="", anaphoric=False, context=None,
        doc=None, confidence=0.9):
    return {"id": i, "quote_id": i, "doc_id": doc or f"doc-{i}", "speaker_entity": speaker,
            "speaker_name": speaker.title(), "text_text": text, "text_start": 0, "text_end": len(text),
            "about": f" {about} ", "topics": f" {topics} ", "predicate": " ".join(content_words(text)),
            "stance": "affirms" if polarity > 0 else "denies", "polarity": polarity, "modality": None,
            "anaphoric": anaphoric, "confidence": confidence, "speaker_pronoun": None, "date": date,
            "source": "X", "title": None, "embedding": pack(encode([text])[0]),
            "context_embedding": pack(encode([context])[0]) if context else None}


def test_opposite_stances_on_one_proposition_at_two_times_are_a_shift():
    [shift] = find_shifts([row(1, "amsel", "I will sign the bill to raise the minimum wage", "2023-01-10", 1),
                           row(2, "amsel", "I will not sign the bill to raise the minimum wage", "2023-06-20", -1)])
    assert shift.before["date"] == "2023-01-10" and shift.after["date"] == "2023-06-20"
    assert "affirms" in shift.reason and "denies" in shift.reason
    assert SHOW <= shift.confidence <= 1 and shift.basis == "statement"


def test_no_shift_without_same_proposition_opposite_stance_two_times_one_speaker():
    a = row(1, "amsel", "I will sign the bill to raise the minimum wage", "2023-01-10", 1)
    other_matter = row(2, "amsel", "We will not plant new forests along the highway", "2023-06-20", -1)
    same_stance = row(3, "amsel", "I will sign the minimum wage bill", "2023-06-20", 1)
    same_day = row(4, "amsel", "I will not sign the bill to raise the minimum wage", "2023-01-10", -1)
    someone_else = row(5, "brenner", "I will not sign the bill to raise the minimum wage", "2023-06-20", -1)
    for b in (other_matter, same_stance, same_day, someone_else):
        assert find_shifts([a, b]) == [], b["text_text"]


def test_the_word_turned_on_is_negated_where_it_stands_and_asserted_as_a_predicate():
    from storygraph.shifts import pivot
    assert pivot("Mexican people, we are not going to pay any single cent for such a stupid wall",
                 "And Mexico will pay for the wall!") == "pay"
    assert pivot("I will support the party's nominee", "He cannot currently support the nominee") == "support"
    # One word turned on, said of different things: no conflict.
    assert pivot("That is allowing more women of child-bearing age to contract the virus",
                 "Mothers that contract the virus should not be allowed to have abortions") is None
    assert pivot("Our country has no troops in Kordavia", "Our troops are in Kordavia") == "troop"
    # "not" negates "relevant", not "concerned"; "president" in a noun phrase is no predicate.
    assert pivot("An e-mail previously deemed as not relevant actually concerned the talking points",
                 "The email concerns talking points for calls with senators") is None
    assert pivot("She shouldn't be president of the United States",
                 "She is now poised to become the nominee for president of the United States") is None


def test_different_named_subjects_are_different_propositions():
    a = row(1, "ilic", "We will not recognise the government in Varenna", "2018-04-02", -1, about="varenna")
    b = row(2, "ilic", "We recognise the government in Portavia", "2018-10-15", 1, about="portavia")
    assert find_shifts([a, b]) == []


def test_a_claim_pointing_outside_itself_is_read_with_its_context_when_entities_agree():
    ctx_a = ("Mali has hired Russian military instructors from a private company to train its army. "
             "The minister said the instructors were sent by the company. We have nothing to do with that")
    ctx_b = ("Russian military instructors will stay in Mali to train its army. The minister said the "
             "instructors work there for the company. This work, of course, will continue.")
    a = row(1, "lavrov", "We have nothing to do with that", "2021-09-25", -1, topics="mali russia",
            anaphoric=True, context=ctx_a)
    b = row(2, "lavrov", "This work, of course, will continue.", "2023-06-26", 1, topics="mali russia wagner",
            anaphoric=True, context=ctx_b)
    [shift] = find_shifts([a, b], threshold=0.0)
    assert shift.basis == "context"
    # A claim with content of its own is compared on that content, not its context.
    talkative = dict(b, text_text="Let them fight each other and pick up the remnants there",
                     predicate="let fight pick remnants")
    assert all(s.basis == "statement" for s in find_shifts([a, talkative], threshold=0.0))
    unrelated = dict(b, topics=" ukraine ")
    # No entity in common: the contexts are not used, and the sentences alone are far apart.
    assert all(s.basis == "statement" and s.confidence < shift.confidence
               for s in find_shifts([a, unrelated], threshold=0.0))


def test_disputes_are_two_sources_naming_one_subject():
    a = row(1, "odell", "Halvex will cut 300 jobs at the Dayton plant", "2019-07-22", 1, about="dayton halvex")
    b = row(2, "sato", "Halvex will not cut any jobs at the Dayton plant", "2019-07-22", -1,
            about="dayton halvex")
    [d] = find_disputes([a, b], {"dayton": "Dayton", "halvex": "Halvex"})
    assert d.subject == ["Dayton", "Halvex"] and {d.first["speaker"], d.second["speaker"]} == {"Odell", "Sato"}
    assert find_disputes([a, dict(b, speaker_entity="odell")]) == []
    assert find_disputes([a, b], entity="halvex") and not find_disputes([a, b], entity="mali")


@pytest.mark.model
def test_hand_written_articles(tmp_path):
    """Every known shift found, no near-miss in any shift, the known dispute found."""
    import json

    from storygraph import query
    from storygraph.pipeline import run_ingest
    from storygraph.store import Store

    sys.path.insert(0, str(DATA))
    from shifts_articles import ARTICLES, DISPUTES, NEAR_MISSES, SHIFTS
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps({"id": i, "published": p, "text": t, "source": "Test Wire"}) + "\n"
                              for i, p, t in ARTICLES))
    db = str(tmp_path / "shifts.db")
    assert run_ingest([source], db, quiet=True).done == len(ARTICLES)
    with Store(db) as store:
        shifts = query.shifts(store)
        disputes = query.disputes(store)
    for speaker, before, after in SHIFTS:
        assert any(s.speaker == speaker and before in s.before["content"] and after in s.after["content"]
                   for s in shifts), f"missed: {speaker}: {before!r} -> {after!r}"
    shown = [side["content"] for s in shifts for side in (s.before, s.after)]
    for words in NEAR_MISSES:
        assert not any(words in text for text in shown), f"near-miss reported: {words!r}"
    assert len(shifts) == len(SHIFTS)
    for who, said, other, other_said in DISPUTES:
        assert any({d.first["speaker"], d.second["speaker"]} == {who, other}
                   and {said, other_said} <= {w for w in (said, other_said)
                                              if w in d.first["content"] + d.second["content"]}
                   for d in disputes), f"missed dispute: {who} vs {other}"


def test_a_negated_noun_phrase_turns_on_its_head():
    from storygraph.shifts import pivot
    # "no tax commitments" denies commitments, not taxes.
    assert pivot("He would not make any tax commitments until the manifesto is published",
                 "Under a new government taxes would go up after the election") is None
    assert pivot("We have made no tax commitments", "We have tax commitments to keep") == "commitment"
    assert pivot("Clinton is not a viable choice", "Clinton was the only choice for Americans") == "choic"


def test_negations_that_deny_nothing_turn_on_nothing():
    from storygraph.shifts import pivot
    # "without preconditions" does not negate "enter"; "not only" negates nothing.
    assert pivot("Israel is ready without preconditions to enter peace negotiations",
                 "Syria will enter peace negotiations") is None
    assert pivot("Not only will we build the wall, we will build it fast",
                 "We will build the wall") is None
    # "no longer fund": what is negated is "fund", not "longer".
    assert pivot("We will no longer fund the rebel group", "We will fund the rebel group") == "fund"


def test_a_turn_needs_what_the_word_is_said_of_to_agree():
    from storygraph.shifts import pivot
    # The complement differs: "politically correct anymore" / "… is over" say one thing.
    assert pivot("We cannot afford to be so politically correct anymore",
                 "The time for being politically correct is over") is None
    # A denied ability is said of who can: "you can't beat" / "only Cruz can beat" agree.
    assert pivot("You can't beat Donald coming from the left", "Only Ted Cruz can beat Donald Trump") is None
    assert pivot("We cannot close the Elm Street library", "We can close the Elm Street library") == "clos"
    # A negated noun phrase with a complement of its own: "not a campaign, a movement".
    assert pivot("I told him, this isn't a campaign, this is a movement",
                 "The ways his campaign is unique in recent politics") is None


def test_a_turn_on_support_needs_both_stands():
    from storygraph.shifts import stands_agree
    stand = {"stance": "opposes"}
    assert stands_agree("support", stand, {"stance": "supports"})
    # "The people who are supporting Trump represent the base": no stand of the speaker
    assert not stands_agree("support", stand, {"stance": "affirms"})
    assert stands_agree("pay", {"stance": "denies"}, {"stance": "affirms"})
    assert not stands_agree(None, stand, {"stance": "supports"})
