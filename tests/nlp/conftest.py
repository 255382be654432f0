"""Helpers the nlp test files share (imported as tests.nlp.conftest, like tests.conftest)."""


def speaker_quotes(nlp, text):
    """Each quote of the text as (speaker phrase, speaker entity, attribution), and the doc."""
    doc = nlp(text)
    return [(q.speaker.text if q.speaker else None, q.speaker_entity, q.attribution)
            for q in doc._.quotes], doc


def assert_speaker_among_quotes(nlp, text, expected):
    """expected, a (speaker phrase, entity) or (speaker phrase, entity, attribution), is
    among the text's quotes."""
    found, _ = speaker_quotes(nlp, text)
    assert expected in [f[:len(expected)] for f in found], found


def assert_entities_of_speaker(nlp, text, speaker, entities):
    """The quotes whose speaker phrase is the given one have these entities, in order."""
    found, _ = speaker_quotes(nlp, text)
    assert [eid for sp, eid, _ in found if sp == speaker] == entities, found
