"""What sets one group's words apart from the others': the weighted log-odds ratio with an
informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", section 3.5).

For a group i, the rest j (every other group pooled) and a term w, with counts y, totals n,
and a prior whose pseudo-counts a_w = a0 * (share of w in all groups together):

    delta_w = log((y_wi + a_w) / (n_i + a0 - y_wi - a_w))
            - log((y_wj + a_w) / (n_j + a0 - y_wj - a_w))
    var_w  ~= 1 / (y_wi + a_w) + 1 / (y_wj + a_w)
    z_w     = delta_w / sqrt(var_w)

The prior shrinks rare terms toward the shared rate, so a term used once by one outlet is
not "distinctive" just because no other outlet used it; z > 1.96 is the usual mark of a
term used more by this group than by the others. Pure: counts in, scores out.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Mapping

#: The prior's total pseudo-count: small against a big outlet, weighty against a small one.
DEFAULT_A0 = 10.0


@dataclass(frozen=True)
class Score:
    term: str
    count: int
    z: float
    delta: float


def weighted_log_odds(groups: Mapping[str, Mapping[str, int]],
                      a0: float = DEFAULT_A0) -> dict[str, list[Score]]:
    """Each group's terms, most distinctive first (by z, then count, then term).

    With one group, or one term in all, there is nothing to set apart: every z is 0."""
    total: Counter = Counter()
    for counts in groups.values():
        total.update(counts)
    n_all = sum(total.values())
    out: dict[str, list[Score]] = {}
    for name, counts in groups.items():
        n_i = sum(counts.values())
        n_j = n_all - n_i
        scores = []
        for term, y_i in counts.items():
            if y_i <= 0:
                continue
            y_j = total[term] - y_i
            a_w = a0 * total[term] / n_all
            if len(groups) < 2 or total[term] == n_all:
                scores.append(Score(term, y_i, 0.0, 0.0))
                continue
            delta = (math.log((y_i + a_w) / (n_i + a0 - y_i - a_w))
                     - math.log((y_j + a_w) / (n_j + a0 - y_j - a_w)))
            var = 1 / (y_i + a_w) + 1 / (y_j + a_w)
            scores.append(Score(term, y_i, delta / math.sqrt(var), delta))
        out[name] = sorted(scores, key=lambda s: (-s.z, -s.count, s.term))
    return out


def shared(groups: Mapping[str, Mapping[str, int]]) -> list[str]:
    """Terms every group uses (with two groups or more), most used first."""
    if len(groups) < 2:
        return []
    common = set.intersection(*(set(t for t, c in g.items() if c > 0) for g in groups.values()))
    total: Counter = Counter()
    for g in groups.values():
        total.update({t: c for t, c in g.items() if t in common})
    return sorted(common, key=lambda t: (-total[t], t))
