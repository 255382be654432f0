"""Quotations read off their layout (nlp/quote_runs.py), on hand-built input."""
from storygraph.nlp.quote_features import quote_regions
from storygraph.nlp.quote_runs import going_on, opened_before, signed_before
from storygraph.types import Entity, Quote, Span


def _span(text, part):
    start = text.index(part)
    return Span(start, start + len(part), part)


def _person(text, name, entity):
    s = _span(text, name)
    return Entity(s.start, s.end, name, "PERSON", entity)


def test_a_quotation_signed_before_on_its_line_is_the_named_persons():
    # Thirty-second judged sample (issue 11): reactions listed as `- role Name: "…"` gave
    # no item at all.
    text = ('The match ended level.\n\n- Rovers boss Tom Hart: "We were poor early on. '
            '"We got better after the break." \n - Result: "A fair draw" in the papers.')
    found = signed_before(text, quote_regions(text), [_person(text, "Tom Hart", "tom-hart")], [])
    assert [(q.content.text, q.speaker.text, q.speaker_entity, q.cue.text) for q in found] == [
        ('"We were poor early on. "We got better after the break."', "Rovers boss Tom Hart",
         "tom-hart", ":")]


def test_a_quotation_left_open_before_a_cued_one_is_the_cues():
    # Thirty-second judged sample: `"A. "B," said X` (a paragraph break and its closing mark
    # lost) gave X only the second sentence.
    text = ('Trade is up. "The state already helps people trade. "But it could do more," '
            'said Mr Lee. He spoke on Monday.')
    regions = quote_regions(text)
    cued = Quote(content=_span(text, '"But it could do more,"'), speaker=_span(text, "Mr Lee"),
                 cue=_span(text, "said"), kind="direct")
    assert [q.content.text for q in opened_before(text, regions, [cued])] == [
        '"The state already helps people trade. "But it could do more,"']
    # (a quotation closed before the cued one is a quotation of its own)
    text = text.replace("trade. ", 'trade." ')
    cued = Quote(content=_span(text, '"But it could do more,"'), speaker=_span(text, "Mr Lee"),
                 cue=_span(text, "said"), kind="direct")
    assert opened_before(text, quote_regions(text), [cued]) == [cued]
    # (nor one holding the writer's inverted cue, its closing mark lost: `…, the firm said.`)
    text = ('Trade is up. "The state helps people trade, the report said. Prices rose. '
            '"But it could do more," said Mr Lee.')
    cued = Quote(content=_span(text, '"But it could do more,"'), speaker=_span(text, "Mr Lee"),
                 cue=_span(text, "said Mr"), kind="direct")
    assert opened_before(text, quote_regions(text), [cued]) == [cued]


def _told(text):
    return Quote(content=_span(text, "the plan had worked"), speaker=_span(text, "Ann Cole"),
                 speaker_entity="ann-cole", cue=_span(text, "told"), kind="indirect",
                 attribution="speech", confidence=0.9)


def test_a_cueless_quotation_after_the_last_speakers_sentence_goes_on_with_them():
    # Thirty-second judged sample: a quotation with no cue in the paragraph of the one
    # just quoted, the writer's words between naming no one else, gave no item.
    text = ('Ann Cole told the paper the plan had worked. She had made it herself. '
            '"We tried it for a year and it held up well."')
    found = going_on(text, quote_regions(text), [_person(text, "Ann Cole", "ann-cole")],
                     [_told(text)])
    assert [(q.content.text, q.speaker.text, q.speaker_entity, q.confidence) for q in found] == [
        ('"We tried it for a year and it held up well."', "Ann Cole", "ann-cole", 0.9)]


def test_a_cueless_quotation_after_another_person_is_named_is_nobodys():
    text = ('Ann Cole told the paper the plan had worked. Tom Hart was less sure. '
            '"We tried it for a year and it held up well."')
    mentions = [_person(text, "Ann Cole", "ann-cole"), _person(text, "Tom Hart", "tom-hart")]
    assert going_on(text, quote_regions(text), mentions, [_told(text)]) == []
    # (nor one whose sentence goes on to a name, its verb lost: `…," Tom Hart.`; nor a
    # quotation inside the writer's sentence; nor one in the next paragraph)
    text = ('Ann Cole told the paper the plan had worked. '
            '"We tried it for a year and it held up well," Tom Hart.')
    mentions = [_person(text, "Ann Cole", "ann-cole")]
    assert going_on(text, quote_regions(text), mentions, [_told(text)]) == []
    for text in ('Ann Cole told the paper the plan had worked. It was called '
                 '"the best plan we ever had" by many.',
                 'Ann Cole told the paper the plan had worked. She made it.\n'
                 '"We tried it for a year and it held up well."'):
        mentions = [_person(text, "Ann Cole", "ann-cole")]
        assert going_on(text, quote_regions(text), mentions, [_told(text)]) == []


def test_a_speaker_whose_name_the_paragraph_spells_two_ways_is_not_carried_on():
    # Fourth judged sample: a surname misspelt once in a paragraph was another entity, and
    # the quotation after the misspelt cue would carry that split entity on.
    text = ('Mr Ruiz said prices would rise. Mr Riuz told the paper the plan had worked. '
            '"We tried it for a year and it held up well."')
    told = Quote(content=_span(text, "the plan had worked"), speaker=_span(text, "Mr Riuz"),
                 speaker_entity="riuz", cue=_span(text, "told"), kind="indirect",
                 attribution="speech", confidence=0.9)
    mentions = [_person(text, "Mr Ruiz", "ann-ruiz"), _person(text, "Mr Riuz", "riuz")]
    assert going_on(text, quote_regions(text), mentions, [told]) == []
    assert going_on(text, quote_regions(text), mentions[1:], [told]) != []
