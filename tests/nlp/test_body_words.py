"""Which body an "it", "the group" or "the search giant" speaks for, on the real model."""
import pytest


def _quotes(nlp, text):
    doc = nlp(text)
    return [(q.speaker.text if q.speaker else None, q.speaker_entity, q.attribution)
            for q in doc._.quotes], doc


@pytest.mark.model
def test_a_bodys_noun_is_the_body_it_stood_for_not_one_named_as_an_example(nlp):
    text = ("Norway has been accused of blocking access to a news site by the media "
            "watchdog, Media Watch International.\n\n"
            "The Paris-based pressure group said the site had been down for a week. "
            "Mediafirm told the BBC News website it was looking at the problem.\n\n"
            "Large portals such as Alphaweb.com and Betaweb.com delete sensitive comments.\n\n"
            '"The blocking must stop now," said the group in a statement. '
            "For its part, the search giant said it was looking into the issue.")
    found, _ = _quotes(nlp, text)
    by = {sp: eid for sp, eid, _ in found}
    assert by.get("the group") == "media-watch-international", found
    assert by.get("the search giant") == "mediafirm", found
