from storygraph import render
from storygraph.query import QuoteItem, SpeakerQuotes


def _item(i: int) -> QuoteItem:
    return QuoteItem(id=i, doc_id="d1", content="We will stay.", speaker="Lavrov",
                     speaker_entity="sergei-lavrov", speaker_name="Sergey Lavrov", cue="said",
                     addressee=None, kind="direct", date="2023-02-07", date_from="text",
                     source="Euronews", title=None, content_start=0, content_end=13)


def test_a_speakers_count_of_quotes_is_singular_for_one():
    groups = [SpeakerQuotes("sergei-lavrov", "Sergey Lavrov", [_item(1)]),
              SpeakerQuotes("russia", "Russia", [_item(2), _item(3)])]
    with render.console.capture() as out:
        render.quote_groups(groups)
    text = out.get()
    assert "Sergey Lavrov (1 quote, sergei-lavrov)" in text
    assert "Russia (2 quotes, russia)" in text
