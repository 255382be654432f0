"""The writer's words inside a quote's content (issue 11): ``"A," Ms Cole said. "B."`` is
one quote whose content runs from the first mark to the last, so that its evidence is one
span of the text (CONTRACT.md), but ``Ms Cole said.`` is not what she said. Each such
stretch between two of the quote's quotations is an *aside*: the content keeps it (the
scorers and the store read one span), and what is shown as said leaves it out
(``types.said_words``).
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..types import Span

#: Verbs a writer's cue clause set between two quotations uses, in their reporting forms.
_CUE_CLAUSE = re.compile(
    r"\b(?:said|says|say|added|adds|told|tells|explained|explains|continued|continues|"
    r"insisted|insists|argued|argues|warned|warns|noted|notes|went on|goes on|wrote|writes|"
    r"stressed|stresses|claimed|claims|admitted|admits|asked|asks|replied|replies|"
    r"according to)\b", re.I)
#: The most words a writer's clause between two quotations has (`the 28-year-old striker,
#: who joined from Lyon in 2003, told BBC Sport.` is about the longest news uses).
MOST_WORDS = 20


def find_asides(text: str, start: int, end: int, cue: Optional[Span],
                regions: Sequence[tuple[int, int]]) -> tuple[Span, ...]:
    """The writer's clauses between two quotations inside ``text[start:end]``: a stretch
    with no quotation mark that holds the quote's own cue, or a short clause with a verb
    of saying (`he added.`); ``regions`` are the quotations, marks included
    (quote_features.quote_regions). Words a writer sets between two quoted words of a
    mixed quote (`the plan was "bold" and "overdue"`) are no cue clause and stay."""
    inside = sorted(r for r in regions if start <= r[0] and r[1] <= end)
    out = []
    for (_, a), (b, _) in zip(inside, inside[1:]):
        gap = text[a:b]
        words = gap.split()
        if not words or b <= a:
            continue
        holds_cue = cue is not None and a <= cue.start and cue.end <= b
        if not holds_cue and not (len(words) <= MOST_WORDS and _CUE_CLAUSE.search(gap)):
            continue
        lo = a + len(gap) - len(gap.lstrip())
        hi = b - (len(gap) - len(gap.rstrip()))
        out.append(Span(lo, hi, text[lo:hi]))
    return tuple(out)
