"""Where a speaker's position shifted: pairs of their statements, months apart, on the
same subject, one affirming what the other denies. Pure: statements in, pairs out.

A statement's *subject* is the set of entities named in it plus the main entities of
its article (the speaker left out). Two statements of one speaker are paired when they
are at least ``MIN_DAYS`` apart, share a subject, and differ in polarity: one carries a
denial or negation ("nothing to do with", "not involved", "denied") and the other
affirms ("will continue", "are working there"). Confidence grows with how much of the
subject is shared inside the statements themselves and with how clear both polarities
are. No pair is better than a wrong one: without a shared subject and a polarity
difference nothing is returned.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

MIN_DAYS = 90
# Only clear stances count: a denial of involvement or of an action, and an explicit
# affirmation that something goes on. Plain statements ("is", "have") are neither.
_NEGATIVE = re.compile(
    r"\b(?:nothing to do with|not involved|no involvement|never|deny|denies|denied|"
    r"no (?:\w+ )?(?:presence|troops|forces|paramilitaries|mercenaries|role))\b", re.I)
_AFFIRMATIVE = re.compile(
    r"\b(?:will continue|continue[sd]?|continuing|will keep|will remain|of course|"
    r"(?:are|is) working|confirm(?:s|ed)?)\b", re.I)


@dataclass(frozen=True)
class Statement:
    quote_id: int
    speaker: str
    speaker_entity: str
    content: str
    date: str
    source: Optional[str]
    doc_id: str
    #: entity ids named in the statement itself
    named: frozenset = frozenset()
    #: the main entity ids of its article
    context: frozenset = frozenset()
    names: dict = field(default_factory=dict, compare=False)   # entity id -> name


@dataclass(frozen=True)
class Shift:
    speaker: str
    speaker_entity: str
    before: dict
    after: dict
    subject: list
    reason: str
    confidence: float


def polarity(text: str) -> int:
    """-1 for a denial or negation, +1 for an affirmation, 0 when unclear."""
    negative, affirmative = bool(_NEGATIVE.search(text)), bool(_AFFIRMATIVE.search(text))
    if negative == affirmative:
        return 0  # neither, or both: unclear
    return -1 if negative else 1


def _days(a: str, b: str) -> Optional[int]:
    try:
        return abs((date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days)
    except ValueError:
        return None


def _side(s: Statement) -> dict:
    return {"quote_id": s.quote_id, "content": s.content, "date": s.date, "source": s.source,
            "doc_id": s.doc_id, "polarity": polarity(s.content)}


def find_shifts(statements: list[Statement], min_days: int = MIN_DAYS) -> list[Shift]:
    by_speaker: dict[str, list[Statement]] = {}
    for s in statements:
        if s.speaker_entity and s.date:
            by_speaker.setdefault(s.speaker_entity, []).append(s)
    out: list[Shift] = []
    for speaker, items in by_speaker.items():
        items.sort(key=lambda s: (s.date, s.quote_id))
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                gap = _days(a.date, b.date)
                if gap is None or gap < min_days:
                    continue
                pa, pb = polarity(a.content), polarity(b.content)
                if pa == 0 or pb == 0 or pa == pb:
                    continue
                topics_a = (a.named | a.context) - {speaker}
                topics_b = (b.named | b.context) - {speaker}
                shared = topics_a & topics_b
                if not shared:
                    continue
                in_words = shared & (a.named | b.named)
                confidence = round(0.4 + 0.3 * bool(in_words) + 0.15 * (len(shared) >= 2)
                                   + 0.15 * bool(shared & a.named & b.named), 2)
                names = {**a.names, **b.names}
                subject = sorted(names.get(e, e) for e in shared)
                reason = (f"{'denies' if pa < 0 else 'affirms'} then {'denies' if pb < 0 else 'affirms'} "
                          f"on {', '.join(subject)}, {gap // 30} months apart")
                out.append(Shift(a.speaker, speaker, _side(a), _side(b), subject, reason, confidence))
    # One pair per speaker and pair of articles: the most confident.
    best: dict = {}
    for shift in out:
        key = (shift.speaker_entity, shift.before["doc_id"], shift.after["doc_id"])
        if key not in best or shift.confidence > best[key].confidence:
            best[key] = shift
    return sorted(best.values(), key=lambda s: (-s.confidence, s.speaker, s.before["date"]))
