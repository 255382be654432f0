"""The writer's clauses inside a quote's content (nlp/asides.py), on invented text."""
import pytest

from storygraph.nlp.asides import find_asides
from storygraph.nlp.quote_features import quote_regions
from storygraph.types import Span


def _asides(text, content, cue=None):
    start = text.index(content)
    span = None
    if cue:
        at = text.index(cue, start)
        span = Span(at, at + len(cue), cue)
    return [a.text for a in find_asides(text, start, start + len(content), span,
                                        quote_regions(text))]


@pytest.mark.parametrize("text, content, cue, asides", [
    # the quote's own cue between its two quotations
    ('Rain fell. "We played well," Ms Cole said. "The second half was better." Fans left.',
     '"We played well," Ms Cole said. "The second half was better."', "said",
     ["Ms Cole said."]),
    # an inverted cue with a long apposition
    ('"It is a good deal," said Tom Hart, who joined the firm in 2001. "We are happy."',
     '"It is a good deal," said Tom Hart, who joined the firm in 2001. "We are happy."',
     "said", ["said Tom Hart, who joined the firm in 2001."]),
    # a second cue clause, not the quote's own, between later quotations
    ('"One," she said. "Two," she added. "Three."',
     '"One," she said. "Two," she added. "Three."', "said", ["she said.", "she added."]),
    # quoted words a writer joins in a mixed quote are what was said, with the writer's words
    ('He said the plan was "bold" and "overdue" in every way.',
     'the plan was "bold" and "overdue" in every way', None, []),
    # a quotation carried over a paragraph: no writer's words between its parts
    ('She said: "We will win.\n\n"We always do."', '"We will win.\n\n"We always do."', None, []),
])
def test_the_writers_clause_between_two_quotations_is_an_aside(text, content, cue, asides):
    assert _asides(text, content, cue) == asides
