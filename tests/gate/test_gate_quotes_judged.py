"""Gate: quotes shown by default on real news (the judged BBC samples, issue 11).

Extracts the sampled bench articles afresh — the first sample (34 articles, the one the
rules were tuned on), the fresh one (16 other articles, judged after that tuning), the
third (15 articles in neither, judged after the fixes made from reading the fresh one;
its held-out reading was 0.945 / 0.874 / 0.772) and the fourth (15 more, read at stop 25
before any change made from it: 0.957 / 0.853 / 0.698) and the fifth (30 articles of
other outlets too, held out at stop 26: 0.958 / 0.916 / 0.832, then tuned on by issue
11's within-document speaker step) — and scores them against the committed judgements
(benchmarks/quotes_judged/). Floors are the figures reached by default (the English
threshold, 0.8; the speaker's certainty fitted on held-out readings), less 0.005; the second
test pins issue 11's own floors (0.90 / 0.85 / 0.95) by default. The sixth sample (the
same kinds of outlets, drawn and judged after that step; held out at 0.993 / 0.957 /
0.799) was then tuned on by the named-elsewhere step and is gated like the five. The
seventh (drawn and judged after that step: its held-out reading 0.986 / 0.914 / 0.864,
then 0.986 / 0.929 / 0.907 after the fixes made from reading it, 1.000 / 0.971 / 0.949 once
the speaker's certainty was refitted on all seven and the fixes made from reading it again)
holds the figures it reached. The eighth (seed 2929, the same kinds, drawn and judged after
that refit: held out at 0.988 / 0.903 / 0.861, 0.994 / 0.909 / 0.866 once a bug it showed —
spaCy's lemma "datum" for "data" — was fixed; 0.994 / 0.927 / 0.909 once tuned on: a
surname several persons share, "it" never a person, a former leader's body, a spokesman
beside his body) holds its own. The ninth (seed 3030, the same kinds, drawn and judged
after those fixes: held out at 0.964 / 0.911 / 0.812; 0.978 / 0.941 / 0.926 once tuned on:
a line break ends a headline's sentence, a quotation set out a line at a time is one
speaker's, an age before a name, a body under its country, a medium named with its place
or by its own noun) holds its own, and so does the tenth (seed 3131, the same kinds,
drawn and judged after those fixes: held out at 0.965 / 0.874 / 0.846; 0.979 / 0.893 /
0.921 once tuned on: a titled surname joins its full name, a guessed he/she teaches no
sex, a passive's agent hung after its complement, a document's own issuer, "it also
said", what is added after a colon, acts over a thing or an infinitive). The eleventh (seed 3434, the same kinds, drawn and
judged after those fixes: held out at 1.000 / 0.966 / 0.931; 1.000 / 0.965 / 0.957 once
tuned on: a name ending one person's full name, "it" after a country's government, a
body's estimates) holds its own. The seventh and the eleventh now reach issue 11's floors
(1.000 / 0.979 / 0.973 and 1.000 / 1.000 / 0.991 once tuned on again: a designator cut off a
firm's name, a person's campaign, a lead after a headline line, an aside set off by
dashes, a verdict on a thing); the eighth, ninth and tenth do not reach its entity floor
(0.934, 0.939, 0.934), nor did the twelfth (seed 3535, the same kinds, drawn and judged
after those fixes and not tuned on: 0.982 / 0.957 / 0.933, the same items main gives). The
twelfth reaches them once tuned on (0.988 / 0.964 / 0.976: a lead's noun for a person by
role, a spokesman's name beside his firm, a person's administration, a report named next
by its issuer, a doubted act's subject left to the he after it, a noun the parse took for
a cue); the thirteenth (seed 3636, the same kinds, drawn and judged after those fixes and
not tuned on: 0.979 / 0.937 / 0.847; 0.852 with stop 34's fixes from reading other
articles) does not, so the second test leaves it out with the eighth and ninth, each by
name with its figure. The tenth reaches the entity floor at stop 34 (0.950: a namesake
named in passing, an office between a place and a person, bodies joined to their Inc.
names). The fourteenth (seed 3737: 8 bench, 8 TempEval-3 and 16 AIDA dev articles, English
NTREX being spent; drawn and judged on main 9af1d05 before any fix made from reading the
thirteenth: held out at 0.970 / 0.941 / 0.859) reaches issue 11's floors once tuned on with
the thirteenth (1.000 / 0.977 / 0.962: acronyms written with stops or "&", a title the text
writes before a name, a country's official, a lead's newspaper, a body's stock, a kin
noun's sex, requests and plans, the calibration and certainty refitted); the thirteenth
rises to 1.000 / 0.968 / 0.935 and stays skipped by name. The refit shows one more
non-attribution on the third and one more wrong entity on the fourth near 0.8 (their floors
below). The fifteenth (seed 3838: 8 bench, 8 TempEval-3 and 16 AIDA dev articles, none of
BBC politics, which the lead read by eye at stop 35; drawn and judged on main ab574b9:
held out at 0.991 / 0.940 / 0.879) reaches issue 11's floors once tuned on (1.000 / 0.965 /
0.965: a company's name before its designator, a body's first word minted, the outlet a
source told, a lead's activist, a monarch's one name beside a full name it ends, a title's
holder named long before, a name cut at a possessive or before "in" and a place, a side
typed a person, a state of mind in a participle, the described and the said-to); the
same fixes lift the thirteenth to 0.968 (no longer skipped), the tenth to 0.964, the
fourteenth to 0.977 and the fourth to 0.968. The sixteenth (seed 3939: 8 bench, 8
TempEval-3 and 16 AIDA dev articles, the fifteenth's exclusions; drawn and judged on main
a8abd68: held out at 0.972 / 0.963 / 0.879) reaches issue 11's floors once tuned on (0.981
/ 0.972 / 0.953: a namesake met in a participle on a noun or called by the given name, a
name cut at a foreign particle, a no-comment, a name the tagger read as an adjective); the
same stop lifts the eighth to 0.955 (a lead's relative named next, a party's posters) and
the ninth to 0.962 (a denied application, the bank a lead's clause is about), so no sample
is left out of the second test. The seventeenth (seed 4040: 8 bench, 8 TempEval-3 and 16
AIDA dev articles, the sixteenth's exclusions; drawn and judged on main 919536d: held out at
0.965 / 0.930 / 0.861) reaches issue 11's floors once tuned on (1.000 / 0.975 / 0.967: the
agency named with its noun, a board's minutes, a line's closing-and-opening quotation marks,
a person described never a paper, a body under a body's acronym, a spokesman named next,
things withheld, charged, tested and shown, a cue the parse left subjectless, a place's
word that is a person's surname). The eighteenth (seed 4141: 10 bench, 6 NTREX, 8
TempEval-3 and 8 AIDA dev articles, the seventeenth's exclusions; drawn and judged on main
f216310: held out at 1.000 / 0.969 / 0.938) reaches issue 11's floors once tuned on (1.000
/ 0.980 / 0.990: a surname the tagger read as a modal, a quotation's bracket naming whom
its he is, an owned kin noun the text sets as a title before a name, an ampersand a text
lost its marks to, an unresolved I no longer whose quotation lines go on, a quotation a
cue on the next line closes). The nineteenth (seed 4242: 12 bench, 8 TempEval-3 and 12 AIDA
dev articles, the eighteenth's exclusions; drawn and judged on main e22c6dd, not tuned on:
held out at 0.984 / 0.953 / 0.943) reaches issue 11's floors once tuned on at stop 40
(0.995 / 0.979 / 0.995: a relative the next quotation's speaker of the owner's surname, a
paper named beside its owner, a body's newspapers, a policy named by its body's kind, a
passive request, "Having said that", "X quotes Y as saying", what neither of two said, a
quotation an inverted "read the editorial" follows). The twentieth (seed 4343: the same
kinds and loop, the nineteenth's exclusions; drawn and judged on main 2aadf7d before any fix
made from reading the nineteenth, not tuned on: held out at 0.986 / 0.910 / 0.847, the same
on stop 40's first round) reaches issue 11's floors once tuned on at stop 40's second round
(0.986 / 0.965 / 0.972: a headline's capitals no acronym, a place's adjective and a relative
clause's name no speaker, a lead's body its spokesman's, a slash name whole, a report the body
cited for figures, a narrator's line stopping a carried quotation, the source after a
comma, the name before a relative clause, a "from" phrase on the subject). The twenty-first
(seed 4444: the same kinds and loop, the twentieth's exclusions; drawn and judged on main
d564202 after stop 40's first round, before any fix made from reading the twentieth, never
tuned on: held out at 0.986 / 0.958 / 0.896, under issue 11's entity floor) reaches issue 11's
floors once tuned on at stop 41 (1.000 / 0.993 / 0.986: a people's word after an article a
description, an acronym of a body's leading words, a word of time opening a sentence, a
people's word the acronym spells, a firm's noun ending the phrase, a text's language, "One of
them, X", a paper's name the tagger missed, a list of three named people, "quoted Y as saying"
after a clause, the clause's subject the parse gave the cue, people joined late, sympathy
expressed and an event expected no attributions). The twenty-second (seed 4545: the same kinds
and loop, the twenty-first's exclusions; drawn and judged on main e25a57b after stop 40's second
round, before any fix made from reading the twenty-first: held out at 0.979 / 0.969 / 0.885)
reaches them once tuned on at stop 41 (1.000 / 1.000 / 0.989). The twenty-third (seed 4646:
the same kinds and loop, the twenty-second's exclusions; drawn and judged on main 5740fd5,
before any fix made from reading the twenty-first or twenty-second: held out at 0.983 / 0.959 /
0.860) reaches them once tuned on at stop 41 (0.983 / 0.958 / 0.975). The twenty-fourth (seed
4747: the same kinds and loop, the twenty-third's exclusions; drawn and judged on main ab91a6c,
after the mends from the twenty-second: held out at 1.000 / 0.990 / 0.929) reaches them once
tuned on at stop 42 (1.000 / 1.000 / 1.000, 99 shown). The twenty-fifth (seed 4848: the same
loop and exclusions, AIDA's development articles spent, so 18 bench and 14 TempEval-3 articles;
drawn and judged on main e9c9d13: held out at 0.994 / 0.981 / 0.929) reaches them once tuned on
at stop 42 (1.000 / 0.994 / 0.987, 155 shown). The twenty-sixth (seed 4949: the twenty-fifth's
loop, kinds and exclusions; drawn and judged on main ac0216c: held out at 0.990 / 0.965 /
0.914, 198 shown) reaches them once tuned on at stop 42 (1.000 / 0.975 / 0.970; 1.000 / 0.990 /
1.000, 196 shown, after stop 43's speaker mends).
The twenty-seventh (seed 5050: the twenty-sixth's loop, kinds and exclusions, and from it on
no article whose text repeats one an earlier sample holds or another candidate's; drawn and
judged on main b4148ce: held out at 0.986 / 0.979 / 0.890, 145 shown) was tuned on at stop 43
(0.986 / 0.986 / 0.986, 146 shown, its mends of names and of speakers merged) and now reaches
issue 11's floors.
The twenty-eighth (seed 5151: the twenty-seventh's loop, kinds, exclusions and distinct texts;
drawn and judged on main 955b56b: held out at 0.963 / 0.936 / 0.899, 109 shown) was tuned on
at stop 44 (0.963 / 0.936 / 0.963 with the speaker-entity mends alone; 1.000 / 1.000 / 1.000,
105 shown, with the kind and content mends too) and now reaches issue 11's floors.
The twenty-ninth (seed 5252: the twenty-eighth's loop, exclusions and distinct texts, 32 bench
articles since TempEval-3's training articles are spent; drawn and judged on main 32802f0,
held out at 1.000 / 0.993 / 0.871, 139 shown) was tuned on at stop 44 (1.000 / 0.993 / 0.993,
138 shown: its mends of names and of speaker entities) and now reaches issue 11's floors.
The thirtieth (seed 5353: the twenty-ninth's loop, kinds and exclusions, 32 bench articles;
drawn and judged on main 18102fd, stop 44's final code: held out at 0.986 / 0.964 / 0.862,
138 shown) was tuned on at stop 45 (1.000 / 1.000 / 1.000, 136 shown: its mends of pronouns,
names and bodies, speakers after `but`, reports' issuers and kinds) and now reaches issue 11's
floors.
The thirty-first (seed 5454: the thirtieth's loop, kinds and exclusions, 32 bench articles;
drawn and judged on main 6d81e2b, after stop 45's mends from the thirtieth: held out at
0.986 / 0.966 / 0.890, 145 shown) was tuned on at stop 45 (1.000 / 1.000 / 1.000, 143 shown:
its mends of sources named later, of descriptions, and of cues and kinds) and now reaches
issue 11's floors.
The thirty-second (seed 5555: the thirtieth's loop, kinds and exclusions, 32 bench articles;
drawn and judged on main dbee20a, stop 45's final code: held out at 0.974 / 0.949 / 0.929,
156 shown) is under issue 11's entity floor: its own floors hold it where it was read.
Since stop 48 the speaker's certainty is fitted on the held-out readings of the twenty-first
to the thirty-fifth (benchmarks/quotes_certainty.py): a sixth of the items shown before went
below the threshold, so every sample's floors were set again at stop 48 on the merged code
(figures less 0.005; kept, the useful items shown, less 2).
Items the judgements do not cover (a change moved quotes) are left out of the figures;
when they pass a tenth of the items the sample must be re-judged
(`python benchmarks/quotes_judged.py show RECORDS --todo`), so the test fails.
"""
import pytest

from tests.conftest import shared
from tests.gate.judged_samples import extract_sample, script

pytestmark = [pytest.mark.gate, pytest.mark.model]

#: Shown by default (English threshold 0.8 since stop 26): the figures reached less 0.005,
#: and the useful items shown less two (so recall cannot fall unseen).
#: Stop 44's retrained quote model (its weights gate: stop 43's content features had moved
#: them) made one shown content wrong in each of three samples, whose useful floors follow:
#: the ninth (`expressed hope` kept only a relative clause's words) 0.956, the twenty-third
#: (an `asked` running into the next sentence) 0.950, the twenty-eighth (`Police confirmed
#: that the body found` cut before its predicate) 0.990.
FLOORS = {"first": {"attribution": 0.995, "useful": 0.970, "speaker_entity": 0.964,
                    "kept": 153},
          "fresh": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.974,
                    "kept": 46},
          "third": {"attribution": 0.995, "useful": 0.985, "speaker_entity": 0.995,
                    "kept": 94},
          "fourth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.983,
                     "kept": 79},
          "fifth": {"attribution": 0.995, "useful": 0.985, "speaker_entity": 0.985,
                    "kept": 101},
          "sixth": {"attribution": 0.995, "useful": 0.978, "speaker_entity": 0.987,
                    "kept": 115},
          "seventh": {"attribution": 0.986, "useful": 0.969, "speaker_entity": 0.960,
                      "kept": 109},
          "eighth": {"attribution": 0.995, "useful": 0.960, "speaker_entity": 0.974,
                     "kept": 134},
          "ninth": {"attribution": 0.977, "useful": 0.959, "speaker_entity": 0.968,
                    "kept": 106},
          "tenth": {"attribution": 0.995, "useful": 0.961, "speaker_entity": 0.978,
                    "kept": 110},
          "eleventh": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                       "kept": 88},
          "twelfth": {"attribution": 0.995, "useful": 0.988, "speaker_entity": 0.995,
                      "kept": 132},
          "thirteenth": {"attribution": 0.995, "useful": 0.973, "speaker_entity": 0.981,
                         "kept": 134},
          "fourteenth": {"attribution": 0.995, "useful": 0.979, "speaker_entity": 0.979,
                         "kept": 121},
          "fifteenth": {"attribution": 0.995, "useful": 0.956, "speaker_entity": 0.966,
                        "kept": 97},
          "sixteenth": {"attribution": 0.995, "useful": 0.983, "speaker_entity": 0.983,
                        "kept": 78},
          "seventeenth": {"attribution": 0.995, "useful": 0.984, "speaker_entity": 0.984,
                          "kept": 90},
          "eighteenth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                         "kept": 86},
          "nineteenth": {"attribution": 0.995, "useful": 0.976, "speaker_entity": 0.995,
                         "kept": 151},
          "twentieth": {"attribution": 0.987, "useful": 0.970, "speaker_entity": 0.978,
                        "kept": 113},
          "twentyfirst": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                          "kept": 115},
          "twentysecond": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                           "kept": 82},
          "twentythird": {"attribution": 0.974, "useful": 0.953, "speaker_entity": 0.963,
                          "kept": 89},
          "twentyfourth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                           "kept": 80},
          "twentyfifth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                          "kept": 133},
          "twentysixth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                          "kept": 164},
          "twentyseventh": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                            "kept": 124},
          "twentyeighth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                           "kept": 86},
          "twentyninth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                          "kept": 114},
          "thirtieth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                        "kept": 122},
          "thirtyfirst": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                          "kept": 124},
          "thirtysecond": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                           "kept": 129},
          "thirtythird": {"attribution": 0.986, "useful": 0.986, "speaker_entity": 0.986,
                          "kept": 103},
          "thirtyfourth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.985,
                           "kept": 95},
          "thirtyfifth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.977,
                          "kept": 112},
          "thirtysixth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                          "kept": 78},
          "thirtyseventh": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                            "kept": 104},
          "thirtyeighth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                           "kept": 86},
          "thirtyninth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                          "kept": 110},
          "fortieth": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                       "kept": 100},
          "fortyfirst": {"attribution": 0.995, "useful": 0.995, "speaker_entity": 0.995,
                         "kept": 121},
          "fortysecond": {"attribution": 0.986, "useful": 0.986, "speaker_entity": 0.958,
                          "kept": 104}}
#: Issue 11's floors, which must hold by default on every sample but those below its entity
#: floor still (see the module's docstring), each left out by name with its figure (stop 40
#: lifted the nineteenth and the twentieth, held out under it, to 0.995 and 0.972; stop 41
#: the twenty-first, held out under it at 0.896, to 0.986, and the twenty-second, held out at
#: 0.885, to 0.989; and the twenty-third, held out at 0.868, to 0.975; stop 42 the
#: twenty-fourth, held out under it at 0.929, to 1.000, the twenty-fifth, held out at 0.929,
#: to 0.974, and the twenty-sixth, held out at 0.914, to 0.965; stop 43 the twenty-seventh,
#: held out under it at 0.890, to 0.986; stop 44 the twenty-eighth, held out under it at
#: 0.899, to 1.000, and the twenty-ninth, held out at 0.871, to 0.993; stop 45 the thirtieth,
#: held out under it at 0.862, to 1.000, and the thirty-first, held out at 0.890, to 1.000;
#: stop 47 the thirty-second, held out under it at 0.929, to 1.000, the thirty-third, held
#: out at 0.926, to 1.000, and the thirty-fourth, held out at 0.872, to 0.982). The
#: thirty-fifth (seed 5858, drawn and judged on main 82c7c7f, stop 47's final code), held
#: out under it at 0.882, was lifted to 0.974 at stop 48. The thirty-sixth (seed 5959, drawn
#: and judged on main c825b13, stop 48's merged code with the held-out certainty) is held out
#: under it at 0.940, was lifted to 1.000 at stop 48 (its second round). The thirty-seventh
#: (seed 6060, drawn and judged on main 4a19364, stop 48's final code) was held out over it
#: at 0.953 (0.962 with the certainty refitted on the thirty-sixth too), 1.000 once tuned on
#: at stop 49; the thirty-eighth (seed 6161, judged on ff21e7c, that refit) is held out under
#: it at 0.897, and at 0.907 on the code mended from the thirty-seventh; lifted to 0.978 at
#: stop 49 (its own round). The thirty-ninth (seed 6262, drawn and judged on main 5392f27,
#: stop 49's final code) is held out under it at 0.938, lifted to 1.000 at stop 50. The
#: fortieth (seed 6363, drawn and judged on main 766df81, stop 49's final code) is held out
#: under it at 0.906 (0.913 with stop 50's first round and the certainty refitted), lifted to
#: 1.000 at stop 50 (its own round). The forty-first (seed 6464, drawn and judged on main
#: 8295f3f, stop 50's merged code) is held out over it at 0.968, lifted to 1.000 at
#: stop 50 (its own round). The forty-second (seed 6565, drawn and judged on main 4b5ade9,
#: stop 50's final code) is held out over it at 0.963.
ISSUE_FLOORS = {"attribution": 0.90, "useful": 0.85, "speaker_entity": 0.95}
BELOW_ISSUE_FLOORS: dict = {}
MAX_UNJUDGED = 0.10


@pytest.fixture(scope="module", params=["first", "fresh", "third", "fourth", "fifth", "sixth",
                                        "seventh", "eighth", "ninth", "tenth", "eleventh",
                                        "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                        "sixteenth", "seventeenth", "eighteenth",
                                        "nineteenth", "twentieth", "twentyfirst",
                                        "twentysecond", "twentythird", "twentyfourth",
                                        "twentyfifth", "twentysixth", "twentyseventh",
                                        "twentyeighth", "twentyninth", "thirtieth",
                                        "thirtyfirst", "thirtysecond", "thirtythird",
                                        "thirtyfourth", "thirtyfifth", "thirtysixth",
                                        "thirtyseventh", "thirtyeighth", "thirtyninth",
                                        "fortieth", "fortyfirst", "fortysecond"])
def extracted(request, tmp_path_factory):
    shared("data", "bench", "news.jsonl.gz")
    if request.param not in ("first", "fresh", "third", "fourth"):  # (other outlets too)
        for parts in (("ntrex", "dev.jsonl"), ("tempeval3", "train.jsonl"), ("aida", "dev.jsonl")):
            shared("data", *parts)
    sample, qj = request.param, script("quotes_judged")
    return sample, qj, extract_sample(qj, sample, tmp_path_factory.mktemp(sample))


def _figures(qj, recs, cut):
    figures = qj.figures(recs, qj.load_judgements(), cut)
    total = figures["all"]["n"] + figures["unjudged"]
    assert figures["unjudged"] <= MAX_UNJUDGED * total, (
        f"{figures['unjudged']} of {total} items not judged: re-judge the sample")
    return figures["shown"]


def test_judged_sample_shown_by_default(extracted):
    sample, qj, recs = extracted
    shown = _figures(qj, recs, qj.threshold())
    shown["kept"] = round(shown["useful"] * shown["n"])
    low = {k: (shown[k], f) for k, f in FLOORS[sample].items() if shown[k] < f}
    assert not low, f"below the floor (measured, floor): {low}"


def test_issue_floors_hold_by_default(extracted):
    sample, qj, recs = extracted
    if sample in BELOW_ISSUE_FLOORS:
        pytest.skip(f"the {sample} sample does not reach issue 11's entity floor yet "
                    f"({BELOW_ISSUE_FLOORS[sample]:.3f} < 0.95; its own floors are held by "
                    "the test above)")
    shown = _figures(qj, recs, qj.threshold())
    low = {k: (shown[k], f) for k, f in ISSUE_FLOORS.items() if shown[k] < f}
    assert not low, f"below issue 11's floor by default (measured, floor): {low}"
