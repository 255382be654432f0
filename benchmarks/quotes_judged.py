"""Quotes on real news, judged by reading: how many shown quotes are attributions, useful,
and have the right speaker entity (benchmarks/quotes_judged/PROTOCOL.md).

    python benchmarks/quotes_judged.py sample                 # the sampled document ids
    python benchmarks/quotes_judged.py input OUT.jsonl        # those documents, to extract
    python benchmarks/quotes_judged.py show RECORDS [--todo]  # items with context, to judge
    python benchmarks/quotes_judged.py add RECORDS LINES.tsv  # append judgements
    python benchmarks/quotes_judged.py score RECORDS [--json] # the figures
    python benchmarks/quotes_judged.py certainty [--dry]      # refit the speaker certainty
    python benchmarks/quotes_judged.py --sample fresh …       # the same on the fresh sample
    python benchmarks/quotes_judged.py --sample third …       # … or on the third
    python benchmarks/quotes_judged.py --sample fourth …      # … or on the fourth
    python benchmarks/quotes_judged.py --sample fifth …       # … or the fifth (other outlets)
    python benchmarks/quotes_judged.py --sample sixth …       # … or the sixth (the same kinds)
    python benchmarks/quotes_judged.py --sample seventh …     # … or the seventh, eighth
    python benchmarks/quotes_judged.py --sample ninth …       # … or the ninth
    python benchmarks/quotes_judged.py --sample tenth …       # … or the tenth
    python benchmarks/quotes_judged.py --sample eleventh …    # … or the eleventh
    python benchmarks/quotes_judged.py --sample twelfth …     # … or the twelfth
    python benchmarks/quotes_judged.py --sample thirteenth …  # … or the thirteenth
    python benchmarks/quotes_judged.py --sample fourteenth …  # … or the fourteenth
    python benchmarks/quotes_judged.py --sample fifteenth …   # … or the fifteenth
    python benchmarks/quotes_judged.py --sample sixteenth …   # … or the sixteenth
    python benchmarks/quotes_judged.py --sample seventeenth … # … or the seventeenth
    python benchmarks/quotes_judged.py --sample eighteenth …  # … or the eighteenth
    python benchmarks/quotes_judged.py --sample nineteenth …  # … or the nineteenth
    python benchmarks/quotes_judged.py --sample twentieth …   # … or the twentieth
    python benchmarks/quotes_judged.py --sample twentyfirst … # … or the twenty-first
    python benchmarks/quotes_judged.py --sample twentysecond … # … or the twenty-second
    python benchmarks/quotes_judged.py --sample twentythird …  # … or the twenty-third
    python benchmarks/quotes_judged.py --sample twentyfourth … # … or the twenty-fourth
    python benchmarks/quotes_judged.py --sample twentyfifth …  # … or the twenty-fifth
    python benchmarks/quotes_judged.py --sample twentysixth …  # … or the twenty-sixth
    python benchmarks/quotes_judged.py --sample twentyseventh … # … or the twenty-seventh
    python benchmarks/quotes_judged.py --sample twentyeighth …  # … or the twenty-eighth (held out)
    python benchmarks/quotes_judged.py --sample twentyninth …  # … or the twenty-ninth (held out)
    python benchmarks/quotes_judged.py --sample thirtieth …    # … or the thirtieth (held out)
    python benchmarks/quotes_judged.py --sample thirtyfirst …  # … or the thirty-first (held out)
    python benchmarks/quotes_judged.py --sample thirtysecond …  # … or the thirty-second (held out)
    python benchmarks/quotes_judged.py --sample thirtythird …  # … or the thirty-third (held out)
    python benchmarks/quotes_judged.py --sample thirtyfourth …  # … or the thirty-fourth (held out)
    python benchmarks/quotes_judged.py --sample thirtyfifth …  # … or the thirty-fifth (held out)
    python benchmarks/quotes_judged.py --sample thirtysixth …  # … or the thirty-sixth (held out)
    python benchmarks/quotes_judged.py --sample thirtyseventh …  # … or the thirty-seventh (held out)
    python benchmarks/quotes_judged.py --sample thirtyeighth …  # … or the thirty-eighth (held out)
    python benchmarks/quotes_judged.py --sample thirtyninth …  # … or the thirty-ninth (held out)
    python benchmarks/quotes_judged.py --sample fortieth …  # … or the fortieth (held out)
    python benchmarks/quotes_judged.py --sample fortyfirst …  # … or the forty-first (held out)
    python benchmarks/quotes_judged.py --sample fortysecond …  # … or the forty-second (held out)

The first sample (seed 11, 34 articles) is the one the rules were tuned on; the fresh
sample (seed 1111, 16 other articles) was drawn and judged after that tuning, to check
the figures on articles nobody tuned on; once the fresh one had been tuned on too, the
third (seed 2424, 15 articles in neither) was drawn and judged the same way, and so on: the
fifth (seed 2626) adds other outlets, the sixth (seed 2727, the same kinds) was the
held-out one after issue 11's within-document coreference step, and the seventh (seed
2828, the same kinds) is the held-out one since the named-elsewhere step.

RECORDS is a contract JSON Lines file holding (at least) the sampled documents, e.g.
the records of `storygraph extract` over `input`'s output. The texts are read from
../shared/data/bench/news.jsonl.gz (and, for the fifth sample, NTREX, TempEval-3 and
AIDA in ../shared/data); the judgements (benchmarks/quotes_judged/*.jsonl)
hold document ids, offsets and short verdicts, never article text.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judged import (CORPUS, ROOT, append_judgements, corpus_ids, read_judgements,  # noqa: E402
                    records, settings, tsv_rows)
from judged import texts as bench_texts  # noqa: E402

JUDGED = ROOT / "benchmarks" / "quotes_judged"
SEED = 11
DOCS = 34
#: The fresh sample: other articles, judged after the tuning on the first.
FRESH_SEED = 1111
FRESH_DOCS = 16
#: The third sample: articles in neither, drawn and judged after the fixes made from
#: reading the first two (issue 11, stop 24), so its first reading is held out.
THIRD_SEED = 2424
THIRD_DOCS = 15
#: The fourth sample: 15 articles in none of the three, drawn and judged (issue 11, stop
#: 25) before any change made from reading it, for the held-out figure on unseen news.
FOURTH_SEED = 2525
FOURTH_DOCS = 15
#: The fifth sample (stop 26): drawn after the per-language threshold and the fixes of
#: that stop were final, judged once before anything changed, and from other outlets
#: too: bench articles in none of the four, English NTREX articles (newstest2019: BBC,
#: Reuters, Daily Mail, Newsweek, NYT …, 2018), TempEval-3 training articles (TimeBank
#: and AQUAINT: WSJ, AP, NYT, CNN, ABC, 1989-2000) and AIDA's Reuters development
#: articles (1996). None of these was read to tune quotes.
FIFTH_SEED = 2626
FIFTH_DOCS = {"bench": 6, "ntrex": 8, "tempeval3": 8, "aida": 8}
#: The sixth sample (issue 11, after the within-document speaker fixes made from reading
#: the fifth): the same kinds of outlets, articles in none of the five, drawn and judged
#: only after those fixes were final; nothing was tuned on it.
SIXTH_SEED = 2727
SIXTH_DOCS = {"bench": 8, "ntrex": 8, "tempeval3": 8, "aida": 8}
#: The seventh sample (issue 11, after the named-elsewhere fixes made from reading the
#: sixth): the same kinds again, articles in none of the six, drawn and judged only after
#: those fixes were final; nothing was tuned on it.
SEVENTH_SEED = 2828
SEVENTH_DOCS = {"bench": 8, "ntrex": 8, "tempeval3": 8, "aida": 8}
#: The eighth sample (issue 11, after the speaker certainty was refitted on all seven
#: and the fixes made from reading the seventh): the same kinds, articles in none of the
#: seven, drawn and judged only after those changes were final; nothing was tuned on it.
EIGHTH_SEED = 2929
EIGHTH_DOCS = {"bench": 8, "ntrex": 8, "tempeval3": 8, "aida": 8}
#: The ninth sample (issue 11, after the speaker fixes made from reading the eighth: a
#: surname shared by several persons, "it" never a person, a former leader's body, a
#: spokesman beside his body): the same kinds, articles in none of the eight, drawn and
#: judged only after those fixes were final; nothing was tuned on it.
NINTH_SEED = 3030
NINTH_DOCS = {"bench": 8, "ntrex": 8, "tempeval3": 8, "aida": 8}
#: The tenth sample (issue 11, after the fixes made from reading the ninth: a line break
#: before a capitalised line ends a sentence, a quotation carried over a line, a body
#: named with a place before it or by its own noun): the same kinds, articles in none of
#: the nine, drawn and judged only after those fixes were final; nothing was tuned on it.
TENTH_SEED = 3131
TENTH_DOCS = {"bench": 8, "ntrex": 8, "tempeval3": 8, "aida": 8}
#: The eleventh sample (issue 11, after the fixes made from reading the tenth: a titled
#: surname joins its full name, a guessed he/she teaches no sex, a passive's agent hung
#: after its complement, a document's own issuer): the same kinds, articles in none of
#: the ten nor among the bench's bbc-tech-200..299 (read by eye while tuning), drawn and
#: judged only after those fixes were final; nothing was tuned on it.
ELEVENTH_SEED = 3434
ELEVENTH_DOCS = {"bench": 8, "ntrex": 8, "tempeval3": 8, "aida": 8}
#: The twelfth sample (issue 11, after the fixes made from reading the eleventh: a lead's
#: person named next after a headline line, a designator cut off a firm's name, a
#: person's campaign, an aside set off by dashes, a verdict on a thing): the same kinds,
#: articles in none of the eleven nor among the bench articles read by eye while tuning,
#: drawn and judged only after those fixes were final; nothing was tuned on it.
TWELFTH_SEED = 3535
TWELFTH_DOCS = {"bench": 8, "ntrex": 8, "tempeval3": 8, "aida": 8}
#: The thirteenth sample (issue 11, after the fixes made from reading the twelfth and BBC
#: sport and AIDA by eye at stop 33: a spokesman the text names, a lead or report named
#: next, a person's administration, a full name with another given name, readers'
#: comments): the same kinds, articles in none of the twelve nor among those read by eye
#: while tuning (the bench ranges below and the 40 TempEval-3 articles read at stop 33),
#: drawn and judged only after those fixes were final; nothing was tuned on it.
THIRTEENTH_SEED = 3636
THIRTEENTH_DOCS = {"bench": 8, "ntrex": 8, "tempeval3": 8, "aida": 8}
#: The fourteenth sample (issue 11, on main at stop 34, before the fixes made from reading
#: the thirteenth): the same loop and exclusions as the thirteenth. English NTREX is spent
#: (its last articles were all read by eye at stop 33), so sixteen AIDA development
#: articles take NTREX's eight; drawn (ids only) before anything was read.
FOURTEENTH_SEED = 3737
FOURTEENTH_DOCS = {"bench": 8, "ntrex": 0, "tempeval3": 8, "aida": 16}
#: The fifteenth sample (issue 11, on main ab574b9 at stop 36, after the fixes made from
#: reading the thirteenth and fourteenth): the same loop and kinds as the fourteenth (AIDA
#: development still has 128 articles no sample drew), and none of BBC politics, which the
#: lead read whole by eye at stop 35; drawn (ids only) before anything was read.
FIFTEENTH_SEED = 3838
FIFTEENTH_DOCS = {"bench": 8, "ntrex": 0, "tempeval3": 8, "aida": 16}
#: The sixteenth sample (issue 11, on main a8abd68 after stop 36, after the fixes made from
#: reading the fifteenth): the same loop, kinds and exclusions as the fifteenth (the loop
#: already skips every earlier sample's articles; AIDA development still has 112 articles
#: no sample drew); drawn (ids only) before anything was read.
SIXTEENTH_SEED = 3939
SIXTEENTH_DOCS = {"bench": 8, "ntrex": 0, "tempeval3": 8, "aida": 16}
#: The seventeenth sample (issue 11, on main 919536d after stop 37, after the fixes made
#: from reading the sixteenth): the same loop, kinds and exclusions as the sixteenth (the
#: loop skips every earlier sample's articles); drawn (ids only) before anything was read.
SEVENTEENTH_SEED = 4040
SEVENTEENTH_DOCS = {"bench": 8, "ntrex": 0, "tempeval3": 8, "aida": 16}
#: The eighteenth sample (issue 11, on main f216310 after stop 38, after the fixes made from
#: reading the seventeenth): the same loop and exclusions as the seventeenth, with the last
#: English NTREX articles no sample drew back in (read by eye at stop 33, the least unseen
#: part); drawn (ids only) before anything was read.
EIGHTEENTH_SEED = 4141
EIGHTEENTH_DOCS = {"bench": 10, "ntrex": 6, "tempeval3": 8, "aida": 8}
#: The nineteenth sample (issue 11, on main e22c6dd after stop 39, after the fixes made from
#: reading the eighteenth): the same loop and exclusions as the eighteenth; English NTREX
#: is spent (the eighteenth drew 6 of the last 10, all read by eye at stop 33), so bench and
#: AIDA take its share; drawn (ids only) before anything was read.
NINETEENTH_SEED = 4242
NINETEENTH_DOCS = {"bench": 12, "ntrex": 0, "tempeval3": 8, "aida": 12}
#: The twentieth sample (issue 11, on main 2aadf7d: the nineteenth judged, no fix made
#: from reading it merged yet): the same loop, kinds and exclusions as the nineteenth
#: (English NTREX is spent); drawn (ids only) before anything was read.
TWENTIETH_SEED = 4343
TWENTIETH_DOCS = {"bench": 12, "ntrex": 0, "tempeval3": 8, "aida": 12}
#: The twenty-first sample (issue 11, on main d564202 after stop 40, the nineteenth's mends
#: merged, none made from reading the twentieth yet): the same loop, kinds and exclusions as
#: the twentieth (English NTREX is spent); drawn (ids only) before anything was read.
TWENTYFIRST_SEED = 4444
TWENTYFIRST_DOCS = {"bench": 12, "ntrex": 0, "tempeval3": 8, "aida": 12}
#: The twenty-second sample (issue 11, on main e25a57b after stop 40's second round, the
#: twentieth's mends merged, none made from reading the twenty-first yet): the same loop,
#: kinds and exclusions as the twenty-first (English NTREX is spent); drawn (ids only)
#: before anything was read.
TWENTYSECOND_SEED = 4545
TWENTYSECOND_DOCS = {"bench": 12, "ntrex": 0, "tempeval3": 8, "aida": 12}
#: The twenty-third sample (issue 11, on main 5740fd5, the twenty-second judged, no mend
#: made from reading the twenty-first or twenty-second yet): the same loop, kinds and
#: exclusions as the twenty-second (English NTREX is spent); drawn (ids only) before
#: anything was read.
TWENTYTHIRD_SEED = 4646
TWENTYTHIRD_DOCS = {"bench": 12, "ntrex": 0, "tempeval3": 8, "aida": 12}
#: The twenty-fourth sample (issue 11, on main ab91a6c, the mends from the twenty-second
#: merged): the same loop, kinds and exclusions as the twenty-third; drawn (ids only)
#: before anything was read.
TWENTYFOURTH_SEED = 4747
TWENTYFOURTH_DOCS = {"bench": 12, "ntrex": 0, "tempeval3": 8, "aida": 12}
#: The twenty-fifth sample (issue 11, on main e9c9d13, the twenty-fourth judged, no mend
#: made from reading it yet): the same loop and exclusions as the twenty-fourth; the AIDA
#: development articles are spent (the nineteenth to the twenty-fourth drew the last of
#: its 216), so bench and TempEval-3 take their share, as bench and AIDA took NTREX's;
#: drawn (ids only) before anything was read.
TWENTYFIFTH_SEED = 4848
TWENTYFIFTH_DOCS = {"bench": 18, "ntrex": 0, "tempeval3": 14, "aida": 0}
#: The twenty-sixth sample (issue 11, on main ac0216c, the twenty-fifth judged, no mend
#: made from reading it yet): the same loop, kinds and exclusions as the twenty-fifth
#: (AIDA dev and NTREX are spent); drawn (ids only) before anything was read.
TWENTYSIXTH_SEED = 4949
TWENTYSIXTH_DOCS = {"bench": 18, "ntrex": 0, "tempeval3": 14, "aida": 0}
#: The twenty-seventh sample (issue 11, on main b4148ce, the twenty-sixth judged and its
#: mends merged): the same loop, kinds and exclusions as the twenty-sixth (AIDA dev and
#: NTREX are spent), and from it on no article whose text repeats one an earlier sample
#: holds or another candidate's (`DISTINCT_TEXTS_FROM`); drawn (ids only) before anything
#: was read.
TWENTYSEVENTH_SEED = 5050
TWENTYSEVENTH_DOCS = {"bench": 18, "ntrex": 0, "tempeval3": 14, "aida": 0}
#: The twenty-eighth sample (issue 11, on main 955b56b, the twenty-seventh judged and the
#: mends from it merged): the same loop, kinds and exclusions as the twenty-seventh (AIDA
#: dev and NTREX are spent; no text an earlier sample or candidate repeats); drawn (ids
#: only) before anything was read.
TWENTYEIGHTH_SEED = 5151
TWENTYEIGHTH_DOCS = {"bench": 18, "ntrex": 0, "tempeval3": 14, "aida": 0}
#: The twenty-ninth sample (issue 11, on main 32802f0, the twenty-eighth judged, held out):
#: the same loop and exclusions as the twenty-eighth (no text an earlier sample or candidate
#: repeats). TempEval-3 training is spent too (the earlier samples drew 216 of its 256, the
#: other 40 were read by eye at stop 33), so bench takes its share, as bench and TempEval-3
#: took AIDA's: 32 bench articles; drawn (ids only) before anything was read.
TWENTYNINTH_SEED = 5252
TWENTYNINTH_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The thirtieth sample (issue 11, on main 8a1932c, stop 44's final code, the twenty-ninth
#: judged and tuned on): the twenty-ninth's loop, kinds and exclusions (no text an earlier
#: sample or candidate repeats; AIDA dev, NTREX and TempEval-3 training spent): 32 bench
#: articles; drawn (ids only) before anything was read.
THIRTIETH_SEED = 5353
THIRTIETH_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The thirty-first sample (issue 11, on main after stop 45's mends from the thirtieth,
#: merged and judged): the thirtieth's loop, kinds and exclusions: 32 bench articles; drawn
#: (ids only) before anything was read.
THIRTYFIRST_SEED = 5454
THIRTYFIRST_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The thirty-second sample (issue 11, on main after stop 45's mends from the thirty-first,
#: merged and judged): the thirtieth's loop, kinds and exclusions: 32 bench articles; drawn
#: (ids only) before anything was read.
THIRTYSECOND_SEED = 5555
THIRTYSECOND_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The thirty-third sample (issue 11, on main after stop 46's mends from the thirty-second,
#: merged): the thirtieth's loop, kinds and exclusions: 32 bench articles; drawn (ids only)
#: before anything was read.
THIRTYTHIRD_SEED = 5656
THIRTYTHIRD_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The thirty-fourth sample (issue 11, on main after stop 47's mends from the thirty-third,
#: merged): the thirtieth's loop, kinds and exclusions: 32 bench articles; drawn (ids only)
#: before anything was read.
THIRTYFOURTH_SEED = 5757
THIRTYFOURTH_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The thirty-fifth sample (issue 11, on main after stop 47's mends from the thirty-fourth,
#: merged): the thirtieth's loop, kinds and exclusions: 32 bench articles; drawn (ids only)
#: before anything was read.
THIRTYFIFTH_SEED = 5858
THIRTYFIFTH_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The thirty-sixth sample (issue 11, on main after stop 48's mends from the thirty-fifth
#: and the held-out speaker certainty, merged): the thirtieth's loop, kinds and exclusions:
#: 32 bench articles; drawn (ids only) before anything was read.
THIRTYSIXTH_SEED = 5959
THIRTYSIXTH_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The thirty-seventh sample (issue 11, on main after stop 48's mends from the thirty-sixth,
#: merged): the thirtieth's loop, kinds and exclusions: 32 bench articles; drawn (ids only)
#: before anything was read.
THIRTYSEVENTH_SEED = 6060
THIRTYSEVENTH_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The thirty-eighth sample (issue 11, on main after the thirty-seventh was judged and the
#: certainty refitted, before any mend from it): the thirtieth's loop, kinds and exclusions:
#: 32 bench articles; drawn (ids only) before anything was read.
THIRTYEIGHTH_SEED = 6161
THIRTYEIGHTH_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The thirty-ninth sample (issue 11, on main after stop 49's mends from the thirty-seventh
#: and thirty-eighth, merged): the thirtieth's loop, kinds and exclusions: 32 bench
#: articles; drawn (ids only) before anything was read.
THIRTYNINTH_SEED = 6262
THIRTYNINTH_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The fortieth sample (issue 11, on main at stop 49's final code, 766df81, before any mend
#: of stop 50): the thirtieth's loop, kinds and exclusions: 32 bench articles; drawn (ids
#: only) before anything was read.
FORTIETH_SEED = 6363
FORTIETH_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The forty-first sample (issue 11, on main after stop 50's mends from the fortieth and the
#: certainty refitted, merged): the thirtieth's loop, kinds and exclusions: 32 bench
#: articles; drawn (ids only) before anything was read.
FORTYFIRST_SEED = 6464
FORTYFIRST_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
#: The forty-second sample (issue 11, on main at stop 50's final code, 4b5ade9, after its
#: three rounds): the thirtieth's loop, kinds and exclusions: 32 bench articles; drawn (ids
#: only) before anything was read.
FORTYSECOND_SEED = 6565
FORTYSECOND_DOCS = {"bench": 32, "ntrex": 0, "tempeval3": 0, "aida": 0}
MIXED_SAMPLES = (("fifth", FIFTH_SEED, FIFTH_DOCS), ("sixth", SIXTH_SEED, SIXTH_DOCS),
                 ("seventh", SEVENTH_SEED, SEVENTH_DOCS), ("eighth", EIGHTH_SEED, EIGHTH_DOCS),
                 ("ninth", NINTH_SEED, NINTH_DOCS), ("tenth", TENTH_SEED, TENTH_DOCS),
                 ("eleventh", ELEVENTH_SEED, ELEVENTH_DOCS), ("twelfth", TWELFTH_SEED, TWELFTH_DOCS),
                 ("thirteenth", THIRTEENTH_SEED, THIRTEENTH_DOCS),
                 ("fourteenth", FOURTEENTH_SEED, FOURTEENTH_DOCS),
                 ("fifteenth", FIFTEENTH_SEED, FIFTEENTH_DOCS),
                 ("sixteenth", SIXTEENTH_SEED, SIXTEENTH_DOCS),
                 ("seventeenth", SEVENTEENTH_SEED, SEVENTEENTH_DOCS),
                 ("eighteenth", EIGHTEENTH_SEED, EIGHTEENTH_DOCS),
                 ("nineteenth", NINETEENTH_SEED, NINETEENTH_DOCS),
                 ("twentieth", TWENTIETH_SEED, TWENTIETH_DOCS),
                 ("twentyfirst", TWENTYFIRST_SEED, TWENTYFIRST_DOCS),
                 ("twentysecond", TWENTYSECOND_SEED, TWENTYSECOND_DOCS),
                 ("twentythird", TWENTYTHIRD_SEED, TWENTYTHIRD_DOCS),
                 ("twentyfourth", TWENTYFOURTH_SEED, TWENTYFOURTH_DOCS),
                 ("twentyfifth", TWENTYFIFTH_SEED, TWENTYFIFTH_DOCS),
                 ("twentysixth", TWENTYSIXTH_SEED, TWENTYSIXTH_DOCS),
                 ("twentyseventh", TWENTYSEVENTH_SEED, TWENTYSEVENTH_DOCS),
                 ("twentyeighth", TWENTYEIGHTH_SEED, TWENTYEIGHTH_DOCS),
                 ("twentyninth", TWENTYNINTH_SEED, TWENTYNINTH_DOCS),
                 ("thirtieth", THIRTIETH_SEED, THIRTIETH_DOCS),
                 ("thirtyfirst", THIRTYFIRST_SEED, THIRTYFIRST_DOCS),
                 ("thirtysecond", THIRTYSECOND_SEED, THIRTYSECOND_DOCS),
                 ("thirtythird", THIRTYTHIRD_SEED, THIRTYTHIRD_DOCS),
                 ("thirtyfourth", THIRTYFOURTH_SEED, THIRTYFOURTH_DOCS),
                 ("thirtyfifth", THIRTYFIFTH_SEED, THIRTYFIFTH_DOCS),
                 ("thirtysixth", THIRTYSIXTH_SEED, THIRTYSIXTH_DOCS),
                 ("thirtyseventh", THIRTYSEVENTH_SEED, THIRTYSEVENTH_DOCS),
                 ("thirtyeighth", THIRTYEIGHTH_SEED, THIRTYEIGHTH_DOCS),
                 ("thirtyninth", THIRTYNINTH_SEED, THIRTYNINTH_DOCS),
                 ("fortieth", FORTIETH_SEED, FORTIETH_DOCS),
                 ("fortyfirst", FORTYFIRST_SEED, FORTYFIRST_DOCS),
                 ("fortysecond", FORTYSECOND_SEED, FORTYSECOND_DOCS))
#: The first sample whose draw skips repeated texts: the twenty-sixth's bbc-business-214
#: repeated the twenty-fifth's bbc-business-240 word for word, since the draw excluded ids,
#: not texts. Earlier samples keep the ids they were judged on.
DISTINCT_TEXTS_FROM = "twentyseventh"
#: Articles a sample may not draw because they were read while tuning (sample -> ids).
READ_BY_EYE = {"eleventh": {f"bbc-tech-{n:03d}" for n in range(200, 300)},
               "twelfth": {f"bbc-{topic}-{n:03d}" for topic, lo, hi in (
                   ("tech", 200, 300), ("politics", 200, 350), ("business", 381, 481),
                   ("entertainment", 200, 300)) for n in range(lo, hi)}}
#: Stop 33 read BBC sport 200..299 and 40 TempEval-3 training articles by eye (AIDA seed
#: 33's were training articles, which no sample draws). Only 18 English NTREX articles are
#: left after twelve samples, so NTREX is drawn from those as they are.
READ_BY_EYE["thirteenth"] = READ_BY_EYE["twelfth"] | {
    f"bbc-sport-{n:03d}" for n in range(200, 300)} | {
    "APW19980808.0022", "APW19980820.1428", "APW19990206.0090", "APW19990312.0251",
    "NYT19980402.0453", "NYT19981025.0216", "NYT19981026.0446", "NYT19990312.0271",
    "NYT19990419.0515", "NYT20000414.0296", "wsj_0127", "wsj_0135", "wsj_0161", "wsj_0171",
    "wsj_0172", "wsj_0189", "wsj_0329", "wsj_0344", "wsj_0346", "wsj_0376", "wsj_0520",
    "wsj_0534", "wsj_0557", "wsj_0568", "wsj_0583", "wsj_0586", "wsj_0661", "wsj_0674",
    "wsj_0679", "wsj_0745", "wsj_0791", "wsj_0798", "wsj_0806", "wsj_0904", "wsj_0918",
    "wsj_0928", "wsj_0973", "wsj_1013", "wsj_1038", "wsj_1042"}
#: Stop 34 read web pages and AIDA training articles by eye, which no sample draws.
READ_BY_EYE["fourteenth"] = READ_BY_EYE["thirteenth"]
#: Stop 35 read all 417 BBC politics articles by eye.
READ_BY_EYE["fifteenth"] = READ_BY_EYE["fourteenth"] | {
    f"bbc-politics-{n:03d}" for n in range(1, 418)}
#: Nothing more was read by eye between the fifteenth's draw and the sixteenth's.
READ_BY_EYE["sixteenth"] = READ_BY_EYE["fifteenth"]
#: Nor between the sixteenth's draw and the seventeenth's (stop 37 read relations and web
#: pages, which no sample draws).
READ_BY_EYE["seventeenth"] = READ_BY_EYE["sixteenth"]
#: Nor between the seventeenth's draw and the eighteenth's (stop 38 read relations).
READ_BY_EYE["eighteenth"] = READ_BY_EYE["seventeenth"]
#: Nor between the eighteenth's draw and the nineteenth's (stop 39 read the eighteenth's
#: items and relations, which the loop excludes or no sample draws).
READ_BY_EYE["nineteenth"] = READ_BY_EYE["eighteenth"]
#: Nor between the nineteenth's draw and the twentieth's (the nineteenth's items were read,
#: which the loop excludes).
READ_BY_EYE["twentieth"] = READ_BY_EYE["nineteenth"]
#: Nor between the twentieth's draw and the twenty-first's (the nineteenth's and twentieth's
#: items were read, which the loop excludes).
READ_BY_EYE["twentyfirst"] = READ_BY_EYE["twentieth"]
#: Nor between the twenty-first's draw and the twenty-second's (the twentieth's and
#: twenty-first's items were read, which the loop excludes).
READ_BY_EYE["twentysecond"] = READ_BY_EYE["twentyfirst"]
#: Nor between the twenty-second's draw and the twenty-third's (the twenty-first's and
#: twenty-second's items were read, which the loop excludes).
READ_BY_EYE["twentythird"] = READ_BY_EYE["twentysecond"]
#: Nor between the twenty-third's draw and the twenty-fourth's (the twenty-second's and
#: twenty-third's items were read, which the loop excludes).
READ_BY_EYE["twentyfourth"] = READ_BY_EYE["twentythird"]
#: Nor between the twenty-fourth's draw and the twenty-fifth's (the twenty-fourth's items
#: were read, which the loop excludes).
READ_BY_EYE["twentyfifth"] = READ_BY_EYE["twentyfourth"]
#: Nor between the twenty-fifth's draw and the twenty-sixth's (the twenty-fifth's items
#: were read, which the loop excludes).
READ_BY_EYE["twentysixth"] = READ_BY_EYE["twentyfifth"]
#: Nor between the twenty-sixth's draw and the twenty-seventh's (the twenty-sixth's items
#: were read, which the loop excludes).
READ_BY_EYE["twentyseventh"] = READ_BY_EYE["twentysixth"]
#: Nor between the twenty-seventh's draw and the twenty-eighth's (the twenty-seventh's items
#: were read, which the loop excludes).
READ_BY_EYE["twentyeighth"] = READ_BY_EYE["twentyseventh"]
#: Nor between the twenty-eighth's draw and the twenty-ninth's (the twenty-eighth's items
#: were read, which the loop excludes).
READ_BY_EYE["twentyninth"] = READ_BY_EYE["twentyeighth"]
#: Nor between the twenty-ninth's draw and the thirtieth's (the twenty-ninth's items were
#: read, which the loop excludes).
READ_BY_EYE["thirtieth"] = READ_BY_EYE["twentyninth"]
#: Nor between the thirtieth's draw and the thirty-first's (the thirtieth's items were
#: read, which the loop excludes).
READ_BY_EYE["thirtyfirst"] = READ_BY_EYE["thirtieth"]
#: Nor between the thirty-first's draw and the thirty-second's (the thirty-first's items
#: were read, which the loop excludes).
READ_BY_EYE["thirtysecond"] = READ_BY_EYE["thirtyfirst"]
#: Nor between the thirty-second's draw and the thirty-third's.
READ_BY_EYE["thirtythird"] = READ_BY_EYE["thirtysecond"]
#: Nor between the thirty-third's draw and the thirty-fourth's.
READ_BY_EYE["thirtyfourth"] = READ_BY_EYE["thirtythird"]
#: Nor between the thirty-fourth's draw and the thirty-fifth's.
READ_BY_EYE["thirtyfifth"] = READ_BY_EYE["thirtyfourth"]
#: Nor between the thirty-fifth's draw and the thirty-sixth's.
READ_BY_EYE["thirtysixth"] = READ_BY_EYE["thirtyfifth"]
#: Nor between the thirty-sixth's draw and the thirty-seventh's.
READ_BY_EYE["thirtyseventh"] = READ_BY_EYE["thirtysixth"]
#: Nor between the thirty-seventh's draw and the thirty-eighth's.
READ_BY_EYE["thirtyeighth"] = READ_BY_EYE["thirtyseventh"]
#: Nor between the thirty-eighth's draw and the thirty-ninth's.
READ_BY_EYE["thirtyninth"] = READ_BY_EYE["thirtyeighth"]
#: Nor between the thirty-ninth's draw and the fortieth's.
READ_BY_EYE["fortieth"] = READ_BY_EYE["thirtyninth"]
#: Nor between the fortieth's draw and the forty-first's.
READ_BY_EYE["fortyfirst"] = READ_BY_EYE["fortieth"]
#: Nor between the forty-first's draw and the forty-second's.
READ_BY_EYE["fortysecond"] = READ_BY_EYE["fortyfirst"]
OTHER_CORPORA = {"ntrex": ROOT.parent / "shared" / "data" / "ntrex" / "dev.jsonl",
                 "tempeval3": ROOT.parent / "shared" / "data" / "tempeval3" / "train.jsonl",
                 "aida": ROOT.parent / "shared" / "data" / "aida" / "dev.jsonl"}
#: The fields of an input line (the other corpora's gold fields are not passed on).
INPUT_FIELDS = ("id", "text", "published", "source", "title", "lang")
SAMPLES = ("first", "fresh", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
           "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
           "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst",
           "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth",
           "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird",
           "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh",
           "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond")
SAMPLE = {"which": "first"}
SHOWN_KINDS = ("speech", "position")


def threshold() -> float:
    """The English default (every judged article is English)."""
    return settings().quote_confidence


def _other(name: str) -> list[dict]:
    with open(OTHER_CORPORA[name], encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    # NTREX holds each article twice, English then French: the English ones only.
    return [r for r in rows if name != "ntrex" or r["id"].endswith("-en")]


def texts(ids) -> dict:
    """id -> the input record, from the bench corpus or (fifth sample) the others."""
    want = set(ids)
    out = bench_texts(want)
    if want - set(out):
        for name in OTHER_CORPORA:
            out.update({r["id"]: r for r in _other(name) if r["id"] in want})
    return {k: {f: v[f] for f in INPUT_FIELDS if f in v} for k, v in out.items()}


def write_input(ids, out) -> None:
    docs = texts(ids)
    with open(out, "w", encoding="utf-8") as fh:
        for doc_id in sorted(docs):
            fh.write(json.dumps(docs[doc_id], ensure_ascii=False) + "\n")


def sample_ids(which: str | None = None) -> list[str]:
    which = which or SAMPLE["which"]
    ids = sorted(corpus_ids())
    first = sorted(random.Random(SEED).sample(ids, DOCS))
    if which == "first":
        return first
    rest = sorted(set(ids) - set(first))
    fresh = sorted(random.Random(FRESH_SEED).sample(rest, FRESH_DOCS))
    if which == "fresh":
        return fresh
    rest = sorted(set(rest) - set(fresh))
    third = sorted(random.Random(THIRD_SEED).sample(rest, THIRD_DOCS))
    if which == "third":
        return third
    rest = sorted(set(rest) - set(third))
    fourth = sorted(random.Random(FOURTH_SEED).sample(rest, FOURTH_DOCS))
    if which == "fourth":
        return fourth
    # From the fifth on, each sample mixes bench articles with the other corpora, every
    # article in none of the samples before it.
    taken: set = set()
    distinct = False
    for name, seed, docs in MIXED_SAMPLES:
        rng = random.Random(seed)
        taken_here = taken | READ_BY_EYE.get(name, set())
        pools = [sorted(set(rest) - set(fourth) - taken_here)]
        pools += [sorted(r["id"] for r in _other(corpus) if r["id"] not in taken_here)
                  for corpus in OTHER_CORPORA]
        distinct = distinct or name == DISTINCT_TEXTS_FROM
        if distinct:
            held = set(first) | set(fresh) | set(third) | set(fourth) | taken
            pools = distinct_texts(pools, _all_texts(), held)
        drawn = rng.sample(pools[0], docs["bench"])
        for corpus, pool in zip(OTHER_CORPORA, pools[1:]):
            drawn += rng.sample(pool, docs[corpus])
        if which == name:
            return sorted(drawn)
        taken |= set(drawn)
    raise ValueError(f"no judged sample {which!r}")


def _all_texts() -> dict:
    """id -> text, for every article of every corpus a sample draws from."""
    out = {k: v["text"] for k, v in bench_texts(corpus_ids()).items()}
    for corpus in OTHER_CORPORA:
        out.update({r["id"]: r["text"] for r in _other(corpus)})
    return out


def distinct_texts(pools: list[list[str]], text_of: dict, held: set) -> list[list[str]]:
    """Each pool of candidate ids less those whose text (whitespace-normalised) an article
    in `held` has, or a candidate before it (earlier in its pool, or in an earlier pool)
    has: the same article under two ids would otherwise be drawn and judged twice."""
    def norm(doc_id: str) -> str:
        return " ".join(text_of[doc_id].split())
    seen = {norm(doc_id) for doc_id in held}
    out = []
    for pool in pools:
        keep = []
        for doc_id in pool:
            text = norm(doc_id)
            if text not in seen:
                seen.add(text)
                keep.append(doc_id)
        out.append(keep)
    return out


def key(doc_id: str, q: dict) -> str:
    c, cue = q["content"], q.get("cue")
    return f"{doc_id}|{c['start']}-{c['end']}|" + (f"{cue['start']}-{cue['end']}" if cue else "-")


def load_judgements() -> dict:
    """key -> the verdicts given for it, one per (speaker, speaker entity) judged."""
    out: dict = {}
    for j in read_judgements(JUDGED):
        out.setdefault(j["key"], []).append(j)
    return out


def verdict(judged: dict, doc_id: str, q: dict):
    """The verdict for this item as extracted (same speaker and entity), else the
    latest verdict given for its key (stale), else None."""
    found = judged.get(key(doc_id, q), [])
    sp, ent = _speaker(q)
    same = [j for j in found if (tuple(j["speaker"]) if j["speaker"] else None) == sp
            and j["speaker_entity"] == ent]
    return (same or found or [None])[-1]


def items(recs: dict):
    for doc_id in sorted(recs):
        for q in recs[doc_id]["quotes"]:
            yield doc_id, q


def _speaker(q: dict) -> tuple:
    sp = q.get("speaker")
    return ((sp["start"], sp["end"]) if sp else None, q.get("speaker_entity"))


def state(j: dict | None, q: dict) -> str:
    """judged, stale (the speaker or its entity changed since the verdict) or new."""
    if j is None:
        return "new"
    sp, ent = _speaker(q)
    judged_sp = tuple(j["speaker"]) if j["speaker"] else None
    return "judged" if judged_sp == sp and j["speaker_entity"] == ent else "stale"


def shown(q: dict, cut: float) -> bool:
    """Shown by default: speech and stated positions at or above the cut; records made
    before quotes had kinds (no attribution, no confidence) were shown whole."""
    if q.get("attribution") is None and q.get("confidence") is None:
        return True
    return q.get("attribution") in SHOWN_KINDS and (q.get("confidence") or 0) >= cut


def cmd_show(args) -> int:
    ids = sample_ids()
    recs = records(args.records, ids)
    docs = texts(ids)
    judged = load_judgements()
    n = 0
    for doc_id in sorted(recs):
        text = docs[doc_id]["text"]
        todo = [q for q in recs[doc_id]["quotes"]
                if not args.todo or state(verdict(judged, doc_id, q), q) != "judged"]
        if not todo:
            continue
        print(f"\n######## {doc_id}")
        if args.full:
            print(text)
        for q in todo:
            k = key(doc_id, q)
            c = q["content"]
            lo = max(text.rfind("\n", 0, c["start"]), 0)
            hi = text.find("\n", c["end"])
            hi = len(text) if hi == -1 else hi
            if q.get("cue"):
                lo = min(lo, max(text.rfind("\n", 0, q["cue"]["start"]), 0))
                hi = max(hi, q["cue"]["end"])
            n += 1
            print(f"--- {k} [{state(verdict(judged, doc_id, q), q)}] {q['kind']} "
                  f"{q.get('attribution')} {q.get('confidence')}")
            if not args.full:
                print("CTX:", text[lo:hi].strip())
            print("CUE:", (q.get("cue") or {}).get("text"), "| SPK:",
                  (q.get("speaker") or {}).get("text"), "->", q.get("speaker_entity"))
            print("CON:", c["text"])
            if q.get("asides"):
                print("ASIDES (the writer's, left out of what is shown as said):",
                      " | ".join(a["text"] for a in q["asides"]))
    print(f"\n{n} items", file=sys.stderr)
    return 0


def cmd_add(args) -> int:
    """LINES.tsv: key, then a (attribution y/n), c (r/p/w), s (y/n), e (y/n/-), note."""
    ids = sample_ids()
    recs = records(args.records, ids)
    by_key = {key(d, q): q for d, q in items(recs)}
    out = []
    for n, parts in tsv_rows(args.lines, 5, "key, a, c, s, e[, note]"):
        k, a, c, s, e = (p.strip() for p in parts[:5])
        if k not in by_key:
            sys.exit(f"{args.lines}:{n}: {k} is not an item of {args.records}")
        if a not in "yn" or c not in "rpw" or s not in "yn" or e not in "yn-":
            sys.exit(f"{args.lines}:{n}: bad verdict {parts[1:5]}")
        q = by_key[k]
        sp, ent = _speaker(q)
        out.append({"key": k, "attribution": a == "y",
                    "content": {"r": "right", "p": "partial", "w": "wrong"}[c],
                    "speaker_ok": s == "y", "entity_ok": None if e == "-" else e == "y",
                    "speaker": list(sp) if sp else None, "speaker_entity": ent,
                    "note": parts[5].strip() if len(parts) > 5 else ""})
    append_judgements(JUDGED / (args.into or ("judgements.jsonl" if SAMPLE["which"] == "first"
                                              else f"judgements-{SAMPLE['which']}.jsonl")), out)
    return 0


def figures(recs: dict, judged: dict, cut: float) -> dict:
    groups: dict = {}
    todo = 0
    for doc_id, q in items(recs):
        j = verdict(judged, doc_id, q)
        if state(j, q) != "judged":
            todo += 1
            continue
        useful = j["attribution"] and j["content"] != "wrong" and j["speaker_ok"]
        entity = j["entity_ok"] is not False and j["speaker_ok"]
        row = (j["attribution"], useful, entity, j["content"] != "wrong")
        sets = ["all", "all|" + q["kind"], "all|" + str(q.get("attribution"))]
        if shown(q, cut):
            sets += ["shown", "shown|" + q["kind"], "shown|" + str(q.get("attribution"))]
        for s in sets:
            groups.setdefault(s, []).append(row)
    out = {"unjudged": todo, "threshold": cut}
    for name, rows in sorted(groups.items()):
        n = len(rows)
        out[name] = {"n": n, "attribution": round(sum(r[0] for r in rows) / n, 3),
                     "useful": round(sum(r[1] for r in rows) / n, 3),
                     "content_ok": round(sum(r[3] for r in rows) / n, 3),
                     "speaker_entity": round(sum(r[2] for r in rows) / n, 3)}
    return out


def cmd_score(args) -> int:
    ids = sample_ids()
    recs = records(args.records, ids)
    cut = args.threshold if args.threshold is not None else threshold()
    out = figures(recs, load_judgements(), cut)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"{'set':<22}{'n':>5}{'attrib':>8}{'useful':>8}{'content':>9}{'entity':>8}")
    for name, f in out.items():
        if isinstance(f, dict):
            print(f"{name:<22}{f['n']:>5}{f['attribution']:>8.3f}{f['useful']:>8.3f}"
                  f"{f['content_ok']:>9.3f}{f['speaker_entity']:>8.3f}")
    s, a = out.get("shown", {}), out.get("all", {})
    print(f"shown_n={s.get('n', 0)} shown_attribution={s.get('attribution', 0)} "
          f"shown_useful={s.get('useful', 0)} shown_entity={s.get('speaker_entity', 0)} "
          f"all_n={a.get('n', 0)} all_attribution={a.get('attribution', 0)} "
          f"all_useful={a.get('useful', 0)} unjudged={out['unjudged']} threshold={cut}")
    return 0


def explained(which: str, src: Path | None = None) -> list:
    """(doc id, quote, how its speaker entity was found) for every quote the pipeline
    (of ``src``, by default this checkout's) finds in a sample's articles."""
    sys.path.insert(0, str(src or ROOT / "src"))
    from storygraph.nlp import load
    from storygraph.nlp.quotes import find_quotes, load_model

    docs = texts(sample_ids(which))
    ids = sorted(docs)
    nlp, model = load(), load_model()
    out = []
    for doc_id, doc in zip(ids, nlp.pipe(docs[i]["text"] for i in ids)):
        ex: list = []
        find_quotes(doc, doc._.mentions, model, doc._.corefs, explain=ex)
        for q, feats in ex:
            how = next((k[4:] for k in feats if k.startswith("how=")), "rule")
            out.append((doc_id, q, how))
    return out


def _as_dict(q) -> dict:
    sp = q.speaker
    return {"content": {"start": q.content.start, "end": q.content.end},
            "cue": {"start": q.cue.start, "end": q.cue.end} if q.cue else None,
            "speaker": {"start": sp.start, "end": sp.end} if sp else None,
            "speaker_entity": q.speaker_entity}


def cmd_certainty(args) -> int:
    """How often a speaker entity found each way is right, on the judged attributions of
    the samples judged held out, each as the code it was held out on extracted it
    (quotes_certainty.py); written to the package's models/quotes/speaker_certainty.json,
    which the quote stage multiplies its confidence by."""
    if args.way:
        return _certainty_apart(args, load_judgements())
    import quotes_certainty
    return quotes_certainty.fit(sys.modules[__name__], dry=args.dry)


def cmd_ways(args) -> int:
    """The quotes of a sample as the code of ``--src`` finds them, with how each speaker
    entity was found (JSON lines; quotes_certainty.py runs this with an old commit's src)."""
    with args.out.open("w", encoding="utf-8") as f:
        for doc_id, q, how in explained(SAMPLE["which"], args.src):
            f.write(json.dumps({"doc": doc_id, "quote": _as_dict(q), "how": how}) + "\n")
    return 0


#: Ways too rare on the held-out samples to be measured there: measured apart on every
#: judged sample, the other ways' rates kept as fitted (``certainty --way W``).
APART = ("several",)


def _certainty_apart(args, judged) -> int:
    """The rate of one way measured alone on every judged sample (an m-estimate towards
    the fitted overall rate), merged into speaker_certainty.json: a way the tuning
    samples hardly show ("several": named sources one entity cannot hold) gets its own
    measured rate without refitting the others."""
    from quotes_certainty import OUT as out, PRIOR_WEIGHT
    data = json.loads(out.read_text(encoding="utf-8"))
    prior = float(data["default"])
    n = r = 0
    for which in SAMPLES:
        SAMPLE["which"] = which
        for doc_id, q, how in explained(which):
            if how != args.way:
                continue
            d = _as_dict(q)
            j = verdict(judged, doc_id, d)
            if state(j, d) != "judged" or not j["attribution"]:
                continue
            n += 1
            r += int(bool(j["speaker_ok"] and j["entity_ok"] is not False))
    rate = round((r + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT), 3)
    print(f"{args.way:<20}{n:>5}{r:>5}{rate:>8.3f}")
    if not args.dry:
        data["certainty"][args.way] = rate
        data["counts"][args.way] = [n, r]
        data.setdefault("apart", {})[args.way] = "every judged sample"
        out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written {out}", file=sys.stderr)
    return 0


def cmd_input(args) -> int:
    write_input(sample_ids(), args.out)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", choices=SAMPLES, default="first",
                    help="which judged sample (default: the first)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("sample")
    p = sub.add_parser("input")
    p.add_argument("out", type=Path)
    p = sub.add_parser("show")
    p.add_argument("records", type=Path)
    p.add_argument("--todo", action="store_true", help="only items not judged yet")
    p.add_argument("--full", action="store_true", help="whole article before its items")
    p = sub.add_parser("add")
    p.add_argument("records", type=Path)
    p.add_argument("lines", type=Path)
    p.add_argument("--into", default=None,
                   help="judgements file (default: judgements.jsonl, or judgements-SAMPLE.jsonl)")
    p = sub.add_parser("score")
    p.add_argument("records", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument("--threshold", type=float, default=None)
    p = sub.add_parser("certainty")
    p.add_argument("--dry", action="store_true", help="print the table, write nothing")
    p.add_argument("--way", choices=APART, default=None,
                   help="measure one rare way alone on every judged sample")
    p = sub.add_parser("ways")
    p.add_argument("out", type=Path)
    p.add_argument("--src", type=Path, default=None, help="the code to run (default: this checkout's)")
    args = ap.parse_args(argv)
    SAMPLE["which"] = args.sample
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the bench corpus lives in ../shared)")
        return 0
    if args.cmd == "sample":
        print("\n".join(sample_ids()))
        return 0
    return {"input": cmd_input, "show": cmd_show, "add": cmd_add, "score": cmd_score,
            "certainty": cmd_certainty, "ways": cmd_ways}[args.cmd](args)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
