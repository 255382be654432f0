"""A coordinated cue's own subject where the parse hung it on the clause before
(nlp/clause_subjects.py), on the real model."""
import pytest


@pytest.mark.model
def test_a_new_subject_after_but_speaks_not_the_first_clauses(nlp):
    doc = nlp("Customs officers claimed Mr Jones was one of the gang's leaders but his lawyer, "
              "Mary Hollis, told the BBC News website it was a laughable suggestion and "
              'added: "He was living on welfare."')
    by_cue = {q.cue.text: q for q in doc._.quotes}
    assert by_cue["told"].speaker.text == "Mary Hollis", by_cue["told"]
    assert by_cue["told"].speaker_entity == "mary-hollis"
    # (what the officers claimed ends before the lawyer's clause)
    assert "lawyer" not in by_cue["claimed"].content.text
