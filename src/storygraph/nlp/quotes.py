"""Quotes: who said what — direct, mixed and indirect — from the parse and a small model.

``find_quotes(doc, mentions)`` scores each token whose lemma is a known cue head
(``said``, ``according``, ``told``, ``show``, ``:`` …) with a linear model trained on
PolNeAR (nlp/quotes_train.py); for each cue it picks what was said among the spans the
parse offers (its clause, object, the quotation beside it, the rest of the sentence …)
and who said it among the sentence's nouns, or nobody. Then rules for what the model
cannot see: a quotation opened in the content runs to its closing mark; two cues
claiming the same words keep the surer; a content running into another cue's quotation
stops there; the headline form ``Moscow not involved: Lavrov``; a quotation signed with
a dash (``“…” ― Name``); a quoted paragraph with no cue of its own belongs to the last
speaker. The weights are JSON in ``storygraph/models/quotes/model.json`` — nothing is
downloaded. docs/quotes.md has the details and figures.
"""
from __future__ import annotations

import json
import math
import string
import sys
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Optional

from spacy.attrs import IDX
from spacy.language import Language

from ..errors import ModelError
from .weights import read_weights
from ..types import Entity, Quote
from .attribution import (attribution_of, confidence_features, load_calibration, speaker_form,
                          topic_before_cue)
from .cue_kinds import agent_of, content_form
from .legal_acts import legal_act, regulation_requires
from .asides import find_asides
from .quote_runs import (going_on, headlines, opened_before, signed_before, signed_with_dash,
                         uncued_paragraphs)
from .quote_features import (DocInfo, content_candidates, content_features,
                             cue_context_features, cue_features, cue_word,
                             cue_word_features, noun_phrase, speaker_candidates,
                             speaker_features, whole_name)
from .clause_subjects import before_late_subject
from .token_table import room
from .elsewhere import agent_apposition
from .quote_content import (clause_before_postposed_cue, complement_after_cue,
                            before_answer, coordinated_report, folded_expectation,
                            main_clause_of_parenthetical, opening_phrase,
                            own_clause_of_adverb, quotation_before, quotation_before_subject,
                            relative_antecedent, whole_object,
                            without_addressee, without_trailing_relay,
                            without_writers_conjunct, before_lost_full_stop,
                            with_lost_predicate, closed_brackets,
                            complement_of_inner_cue)
from .name_pieces import MEMBER_OFFICES
from .name_context import people_by_use
from .name_joins import spaced_alike
from .speaker_words import UNNAMED
from .speaker_rules import modified_role, name_after_role_noun, placed_compound
from .speakers import Speakers
from .quote_speakers import (according_to_measure, addressee, late_speaker, name_closing_source,
                             named_or_inverted, own_speaker, repaired_speaker,
                             subject_before_relative, tok_span, two_sources, unresolved)
from .quote_spans import (across_aside, after_according_to, after_adverbs,
                          after_continued_quotation, before_writers_relative, clause_of_object,
                          close_quotation, cut_at_cues, cut_at_quotations, name_set_off_after,
                          object_left_out, predicate_split_off, quote_kind, quoted_as_saying,
                          quoted_passive, quoted_passive_content, run_on_quotations, span)

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "quotes" / "model.json"
#: Whether ``sum`` adds its items one after the other, as floats (so that a sum may go on
#: from the sum of its first items): before Python 3.12.
_SUM_GOES_ON = sys.version_info < (3, 12)
#: How often a speaker entity found each way (Speakers.how) is right on the judged news.
CERTAINTY_PATH = MODEL_PATH.parent / "speaker_certainty.json"
#: Overlap (share of the union) above which two contents are one quote found twice.
SAME_WORDS = 0.5
#: Under this P(attribution), a cue of no kind of saying is an act the model doubts: its
#: doer speaks for no he/she after it (bench sport read by eye: "upset", "seek", "hit").
WEAK_ACT = 0.75
class QuoteModel:
    """The three linear scorers and the cue lexicon, read from JSON."""

    def __init__(self, data: dict):
        self.lexicon = frozenset(data["lexicon"])
        self.threshold = float(data.get("threshold", 0.5))
        self.cue, self.content, self.speaker = data["cue"], data["content"], data["speaker"]
        #: The sum of each cue word's own features' weights, by ``cue_word`` (bounded).
        self._word_sums: dict = {}

    @staticmethod
    def score(part: dict, feats: list[str]) -> float:
        # map over dict.get: the same sum in the same order, without a generator frame
        # per feature (this runs once per feature of every cue, content and speaker).
        return part["bias"] + sum(map(part["w"].get, feats, repeat(0.0)))

    def cue_score(self, tok, info) -> float:
        """``score`` of the cue's features. The first of them (8 of about 30) are its
        word's own (``cue_word_features``), summed once per word: the sum goes on from
        theirs in the same order, the same float, for the few thousand words that make
        most cues of news (300 bench articles: 0.60 s -> 0.52 s). Not where ``sum``
        compensates its rounding (Python 3.12 on), whose sum of the parts may differ in
        the last digit from the sum of the whole."""
        if not _SUM_GOES_ON:
            return self.score(self.cue, cue_features(tok, info))
        word = cue_word(tok, info)
        weights = self.cue["w"]
        own = self._word_sums.get(word)
        if own is None:
            own = room(self._word_sums)[word] = sum(map(weights.get, cue_word_features(*word),
                                                  repeat(0.0)))
        return self.cue["bias"] + sum(map(weights.get, cue_context_features(tok, info),
                                          repeat(0.0)), own)


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_PATH)) -> QuoteModel:
    return read_weights(path, QuoteModel, "the quote model",
                        "Rebuild it with python -m storygraph.nlp.quotes_train")


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


#: Punctuation that names no one, a footnote's mark or a stop the tagger took for a name
#: ("*", "_", "."); not "%", which heads a survey's share ("16% said").
MARKS = frozenset(set(string.punctuation) - set("%$&#@") | set("†‡–—‘’“”"))


def _confidence(calibration, feats: dict, how: str) -> Optional[float]:
    """P(an attribution, as given) from the calibration, times how often a speaker
    entity found this way is right (speaker_certainty.json, fitted on the judged news
    samples): a named source is shown, a he/she that fell back to a guess may not be."""
    if not calibration:
        return None
    table = load_certainty()
    return round(calibration(feats) * table.get(how, table.get("", 1.0)), 3)


@lru_cache(maxsize=1)
def load_certainty() -> dict:
    """How found -> the share of speaker entities found so that are right, "" -> the
    share over all ways (for a way the samples never showed); empty, all 1.0, before one
    is fitted (``python benchmarks/quotes_judged.py certainty``)."""
    if not CERTAINTY_PATH.exists():
        return {}
    try:
        data = json.loads(CERTAINTY_PATH.read_text(encoding="utf-8"))
        table = {k: float(v) for k, v in data["certainty"].items()}
        table[""] = float(data.get("default", 1.0))
        return table
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot read {CERTAINTY_PATH}: {exc}") from exc


def _same_words(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= SAME_WORDS * (max(a[1], b[1]) - min(a[0], b[0]))


def _before_inverted_cue(cue, best, info) -> tuple[int, int]:
    """"Real losses have been suffered and somebody has to pay, observed Jack Boorman,
    adviser to …": a cue after a comma with its source after it, whose right holds only
    that source, reports the clause before the comma (the parse hangs such a cue on the
    clause's verb as a conjunct). An empty range where the cue is not so."""
    doc = cue.doc
    s_start = info.bounds(cue)[0]
    if best is None or best.i < cue.i or cue.i - 1 <= s_start or doc[cue.i - 1].text != ",":
        return 0, 0
    b = cue.i - 1
    while b > s_start and doc[b - 1].is_punct and not info.in_quote[b - 1]:
        b -= 1
    a = s_start
    while a < b and (doc[a].is_space or doc[a].is_punct and not info.in_quote[a]):
        a += 1
    return (a, b) if sum(1 for t in doc[a:b] if t.is_alpha) >= 3 else (0, 0)


def _subject_taken_by_cue(cue, a: int, b: int, best) -> int:
    """Where what is said starts when the parse gave the cue two subjects, the clause's
    and the speaker ("A child's chances of being killed …, whether the vehicle was
    equipped with an air bag or not , is reduced by 29 percent …, she said"): the
    clause's subject before the content is its start, never the word after an aside."""
    if best is None or best.head.i != cue.i or b > best.i:
        return a
    other = next((c for c in cue.children if c.dep_ == "nsubj" and c.i != best.i
                  and c.right_edge.i < a), None)
    if other is None or not any(c.dep_ == "ccomp" and a <= c.i < b for c in cue.children):
        return a
    return other.left_edge.i


def _names_only(doc, mentions: Optional[list[Entity]]) -> Optional[list[Entity]]:
    """The mentions less a capitalised common word the tagger took for a name because it
    opens a sentence ("Newspaper reports have said", "More than two-thirds of those
    questioned said"): one word, modifying a common noun, and named nowhere else."""
    if not mentions or not doc.has_annotation("DEP"):
        return mentions
    count = Counter(m.entity for m in mentions)
    # (token of each start character from IDX, a Token made only for a mention's start)
    starts = {idx: i for i, idx in enumerate(doc.to_array([IDX]).reshape(-1).tolist())}

    def common(m) -> bool:
        i = starts.get(m.start)
        tok = doc[i] if i is not None else None
        return (tok is not None and count[m.entity] == 1 and tok.idx + len(tok.text) == m.end
                and tok.is_sent_start and tok.dep_ in ("compound", "amod", "nmod")
                and tok.head.pos_ in ("NOUN", "NUM") and not tok.head.text[:1].isupper())
    return [m for m in mentions if not common(m)]


def find_quotes(doc, mentions: Optional[list[Entity]] = None,
                model: Optional[QuoteModel] = None,
                corefs: Optional[list[Entity]] = None,
                explain: Optional[list] = None,
                minted: Optional[list] = None) -> list[Quote]:
    """The attributions in ``doc``. ``mentions`` (named entities with their entity ids)
    and ``corefs`` (role nouns and pronouns tied to a person, entities.find_corefs) give
    each speaker its entity; without them ``speaker_entity`` stays null. Each quote
    carries its attribution kind and calibrated confidence (nlp/attribution.py);
    ``explain``, when a list, receives (quote, confidence features) pairs; ``minted``,
    when a list, the speakers' names the mentions lacked (entities to add)."""
    model = model or load_model()
    calibration = load_calibration()
    info = DocInfo(doc)
    text = info.text
    speakers = Speakers(people_by_use(doc, _names_only(doc, mentions)), corefs, info.regions, text,
                         frozenset(e.start_char for e in doc.ents if e.label_ == "ORG"))
    found = []  # (probability, content (start, end) chars, cue token, speaker token range)
    lexicon = model.lexicon
    for i, lemma in enumerate(info.table.lemma):
        if lemma not in lexicon:
            continue
        f = _quote_of_cue(doc[i], doc, text, info, model, speakers)
        if f is not None:
            found.append(f)
    kept = _contents_trimmed(_one_per_stretch(found, doc), text, info)
    quotes = made = _model_quotes(kept, doc, text, info, speakers, mentions, calibration,
                                  explain)
    # (``made`` holds the model's quotes to the end: an id names one object only while it
    # lives, and a model quote a headline replaces, let go, could lend its id to a quote
    # a rule makes after it)
    by_model = {id(q) for q in made}
    signed = headlines(doc, mentions)
    quotes = [q for q in quotes if not any(
        h.content.start <= q.content.start < h.cue.end for h in signed)] + signed
    _add_layout_quotes(quotes, doc, text, info, speakers, mentions)
    return _finished(quotes, by_model, text, info, speakers, calibration, explain, minted)


def _quote_of_cue(tok, doc, text: str, info: DocInfo, model: QuoteModel,
                  speakers: Speakers) -> Optional[tuple]:
    """What the cue ``tok`` reports and who says it, as find_quotes' ``found`` item; None
    where the model doubts the cue or the rules leave it nothing said."""
    content = _content_of_cue(tok, doc, info, model)
    if content is None:
        return None
    z, p, cands, relative, (a, b) = content
    best, named, dashed, (a, b) = _speaker_of_cue(tok, info, model, speakers, a, b, cands,
                                                  relative)
    a, b = _content_repaired(tok, info, model, best, named, a, b)
    judged = _attribution_judged(tok, info, best, a, b)
    if judged is None:
        return None
    best, attribution, passive, (a, b) = judged
    phrase, (a, b) = _speaker_phrase(tok, doc, speakers, info, best, dashed, relative, a, b)
    cut = _content_without_speaker(tok, doc, info, best, named, phrase, attribution, a, b)
    if cut is None:
        return None
    phrase, attribution, (a, b) = cut
    return _found_item(tok, doc, text, info, p, z, attribution, passive, phrase, best, a, b)


def _content_of_cue(tok, doc, info: DocInfo, model: QuoteModel) -> Optional[tuple]:
    """(z, p, content candidates, subject before a relative clause, the model's best
    content (a, b)) for the cue ``tok``; None where the model doubts the cue, the parse
    offers nothing said or a colon only labels a caption."""
    z = model.cue_score(tok, info)
    p = _sigmoid(z)
    if p < model.threshold:
        return None
    cands = content_candidates(tok, info)
    if not cands:
        return None
    relative = subject_before_relative(tok)
    if relative is not None and any(k[0] > tok.i for k in cands):
        # (what is said is the clause after the cue, not the relative clause's words)
        cands = {k: v for k, v in cands.items() if k[0] > tok.i}
    (a, b), _ = max(cands.items(), key=lambda kv: model.score(
        model.content, content_features(tok, kv[0][0], kv[0][1], kv[1], info)))
    if tok.text == ":" and sum(1 for t in doc[a:b] if t.is_alpha) < 3:
        return None  # "Photo: Reuters" is a caption, not a headline's attribution
    return z, p, cands, relative, (a, b)


def _speaker_of_cue(tok, info: DocInfo, model: QuoteModel, speakers: Speakers,
                    a: int, b: int, cands: dict, relative) -> tuple:
    """(the speaker token or None, the name after the cue, the subject before dashes,
    content (a, b)): the model's pick, repaired where the parse misleads it; an inverted
    cue also moves the content to the quotation before it."""
    best = _model_speaker(tok, info, model, a, b)
    best, named, inverted, (a, b) = named_or_inverted(tok, info, best, a, b)
    best = repaired_speaker(tok, info, speakers, best, cands, relative)
    best, dashed = late_speaker(tok, info, model.lexicon, best, inverted)
    best = own_speaker(tok, info, speakers, best)
    return best, named, dashed, (a, b)


def _model_speaker(tok, info: DocInfo, model: QuoteModel, a: int, b: int):
    """The model's best speaker for the cue ``tok`` and content (a, b) among the
    sentence's nouns, or None; raised from a word of its phrase to the phrase's head."""
    best, best_score = None, model.score(model.speaker, speaker_features(None, tok, (a, b)))
    for cand in speaker_candidates(tok, (a, b), info):
        if all(ch in MARKS for ch in cand.text):
            continue  # a footnote's "*" the tagger read as a name: punctuation says nothing
        if info.in_quote[cand.i] and not info.in_quote[tok.i]:
            continue  # a "we" inside the quotation is not who is quoted
        if cand.dep_ == "pobj" and cand.head.head.i == tok.i \
                and cand.head.lower_ in ("of", "about"):
            continue  # "said of the robbers": whom the words are about
        s = model.score(model.speaker, speaker_features(cand, tok, (a, b)))
        if s > best_score:
            best, best_score = cand, s
    if best is not None and best.dep_ == "pobj" and best.head.lower_ == "of" \
            and best.head.head.dep_ in ("nsubj", "nsubjpass") and best.head.head.head.i == tok.i \
            and best.head.head.pos_ in ("NOUN", "PROPN"):
        best = best.head.head  # "Creditors of South Korea's top card firm have said"
    if best is not None and best.dep_ == "poss" and best.head.pos_ in ("NOUN", "PROPN"):
        best = best.head  # "Russia's foreign minister said": the minister speaks
    while best is not None and best.dep_ in ("compound", "nmod") and best.head.i > best.i \
            and best.head.pos_ in ("NOUN", "PROPN") and best.head.i != tok.i:
        best = best.head  # "said Yukos chief executive Steven Theede": Theede speaks
    return best


def _content_repaired(tok, info: DocInfo, model: QuoteModel, best, named,
                      a: int, b: int) -> tuple[int, int]:
    """The content (a, b) the parse misread, set right once the speaker is known: the
    quotation before an inverted cue, a clause cut short or run long."""
    if named is not None and best is named and a > tok.i:
        # '"Yes," exclaimed Ann, a daughter of …': the quotation before the inverted
        # cue is what was said, never the name's apposition after it
        a, b = quotation_before(tok, info.in_quote, info.region_of) or (a, b)
    a = _subject_taken_by_cue(tok, a, b, best)
    a, b = before_late_subject(tok, a, b, model.lexicon)
    a, b = main_clause_of_parenthetical(tok, a, b)
    a, b = whole_object(tok, a, b)
    a, b = without_addressee(tok, a, b)
    a, b = clause_before_postposed_cue(tok, a, b, info.in_quote)
    a, b = complement_after_cue(tok, a, b)
    a, b = without_trailing_relay(tok, a, b)
    a, b = own_clause_of_adverb(tok, a, b)
    a, b = coordinated_report(tok, a, b)
    a, b = without_writers_conjunct(tok, a, b)
    a, b = with_lost_predicate(tok, a, b)
    a, b = closed_brackets(tok, a, b)
    a, b = before_lost_full_stop(tok, a, b)
    a, b = complement_of_inner_cue(tok, a, b)
    return a, b


def _attribution_judged(tok, info: DocInfo, best, a: int, b: int) -> Optional[tuple]:
    """(speaker, attribution kind, quoted passive, content (a, b)) once the kind of
    saying is read; None where the content is only the topic before the cue."""
    if topic_before_cue(tok, a, b):
        return None
    attribution = attribution_of(tok, a, b, info.in_quote)
    a, b = relative_antecedent(tok, a, b)   # (after the kind: what "which" stands for
    # is no clause the cue governs)
    if regulation_requires(tok, best) or legal_act(tok, best):
        attribution = None  # "Rules … demand that …": a provision, not a stance
    if best is not None and any((c.dep_ == "det" and c.lower_ in ("no", "neither"))
                                or c.dep_ == "neg" for c in best.children):
        # "with no cast, opening date or theatre announced"; "Not all Cuban-Americans
        # insist that …" is what some of them do not say ("neither Messrs. Perlman nor
        # Price said he spends much time …": what neither said, as "did not say").
        attribution = None
    passive = quoted_passive(tok)
    agent = agent_of(tok) if passive is None else None
    if passive is not None:
        best = passive[0]  # "X was quoted by Y as saying": X speaks, Y reports it
        attribution = "speech"
    elif agent is not None:
        best = agent  # "is believed by X": X holds the belief
    elif attribution == "unsourced":
        best = None  # "100,000 people are believed killed": the victims said nothing
    elif best is None and attribution is not None:
        attribution = None  # "Assuming that …", "Doubts about …": the writer's own
    return best, attribution, passive, (a, b)


def _speaker_phrase(tok, doc, speakers: Speakers, info: DocInfo, best, dashed, relative,
                    a: int, b: int) -> tuple:
    """(the token range naming the speaker ``best`` or None, content (a, b)): the whole
    name, and the content kept clear of it where the parse ran the two together."""
    phrase = whole_name(doc, noun_phrase(best, info), speakers.mentions, best) \
        if best is not None else None
    if phrase is not None and phrase[1] == best.i + 1:
        phrase = name_after_role_noun(best, phrase)
    if dashed is not None and best is dashed:
        # (the parse broke the clause at the dashes: the name alone speaks, and what
        # it says runs from the cue to the end of its sentence)
        phrase = (next(t.i for t in reversed(doc[:best.i + 1]) if t.i == 0 or
                       doc[t.i - 1].pos_ != "PROPN"), best.i + 1)
        end = tok.sent.end
        while end > tok.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if tok.i < a < end:
            b = max(b, end)
    to = next((c for c in tok.children if c.lower_ == "to"), None) \
        if tok.lower_ == "according" and best is not None else None
    if to is not None and any(c.dep_ == "pobj" for c in to.children):
        to = None  # (a parsed source keeps its phrase: "according to Ann Cole, editor of …")
    source = name_closing_source(to) if to is not None else None
    if source is not None and source.i == best.i:
        # (the source's words are all before its comma; what follows says the rest)
        phrase = (to.i + 1, best.i + 1)
        if a <= best.i + 1 < b:
            a = best.i + 2
    role = speakers._role_after_name(best) if best is not None else None
    if role is not None and phrase[0] <= best.i < phrase[1] <= role.i:
        # "said the Sale full-back": the parse hung the role on the club's name, but
        # the phrase that names the speaker runs to the role
        phrase = (phrase[0], role.i + 1)
    if relative is not None and best is relative:
        phrase = (next(t.i for t in reversed(doc[:best.i + 1]) if t.i == 0 or
                       doc[t.i - 1].pos_ != "PROPN" or doc[t.i - 1].is_sent_end), best.i + 1)
    return phrase, (a, b)


def _content_without_speaker(tok, doc, info: DocInfo, best, named, phrase, attribution,
                             a: int, b: int) -> Optional[tuple]:
    """(speaker's phrase, attribution kind, content (a, b)) with the speaker's words cut
    out of what is said; None where a colon labels a headline or nothing said is left."""
    if tok.text == ":" and phrase is not None and phrase[0] <= tok.i < phrase[1]:
        return None  # "Brexit: UK 'would forever …'": a label and its headline, no speaker
    if named is not None and best is named:
        # Just the name, and what is said starts after it.
        phrase = (tok.i + 1, best.i + 1)
        # (unless what is said opens on a quotation before the cue: '"A," declared
        # Acme coach Ann Cole. "B."' is both, the cue and the name the writer's aside)
        if a <= best.i < b and not (a < tok.i and info.in_quote[a]):
            a = best.i + 1
            while a < b and doc[a].is_punct:
                a += 1
        if a >= b:
            return None
    elif phrase is not None and a < phrase[1] and phrase[0] < b \
            and not info.in_quote[phrase[0]] and not phrase[0] <= tok.i < phrase[1]:
        cut = _cut_at_phrase(tok, doc, info, best, phrase, attribution, a, b)
        if cut is None:
            return None
        attribution, (a, b) = cut
    return phrase, attribution, (a, b)


def _cut_at_phrase(tok, doc, info: DocInfo, best, phrase, attribution,
                   a: int, b: int) -> Optional[tuple]:
    """(attribution kind, content (a, b)) cut where the speaker's phrase inside it
    begins or ends; None where nothing said is left."""
    # What is said never holds who says it: "Then, say analysts, there is …" and
    # "…, the Office for National Statistics (ONS) said" (the parse took the
    # speaker into the clause) are cut where the speaker's words begin or end.
    if phrase[0] <= a or all(t.is_punct or t.i == tok.i or t.pos_ in ("ADV", "CCONJ")
                             for t in doc[a:phrase[0]]) or (
            phrase[1] <= tok.i and opening_phrase(doc[a:phrase[0]])):
        # (an opening "Then, say analysts," goes with the cue)
        a = max(phrase[1], tok.i + 1) if a <= tok.i < b else phrase[1]
        while a < b and doc[a].is_punct:
            a += 1
    elif a < phrase[0] and phrase[1] <= tok.i < b - 2 and doc[tok.i + 1].text == ":":
        # '"…iPod." Harris added: "…"': what he adds is what follows the colon;
        # the quotation before it is another's turn, or his own said before
        a = tok.i + 2
        while a < b and (doc[a].is_space or doc[a].is_punct and not info.in_quote[a]):
            a += 1
    elif phrase[1] >= b - 1:
        comma = [t.i for t in doc[a:phrase[0]] if t.text == "," and not info.in_quote[t.i]]
        b = comma[-1] if comma else phrase[0]
        while b > a and (doc[b - 1].is_punct and doc[b - 1].text not in ('"', "'", "”", "’")
                         or (doc[b - 1].lower_ == "by" and best.head.i == b - 1)):
            b -= 1   # (and the "by" of a passive's agent: "described as X by Y")
    if a >= b:
        a, b = _before_inverted_cue(tok, best, info)
        if a < b:
            attribution = attribution_of(tok, a, b, info.in_quote)
    if a >= b:
        return None
    return attribution, (a, b)


def _found_item(tok, doc, text: str, info: DocInfo, p: float, z: float, attribution,
                passive, phrase, best, a: int, b: int) -> tuple:
    """find_quotes' ``found`` item: the content's last trims, in characters."""
    b = object_left_out(doc, a, b, info.in_quote)
    b = predicate_split_off(tok, a, b)
    a = clause_of_object(tok, a, b)
    a = after_adverbs(doc, a, b, info.in_quote)
    a = quotation_before_subject(tok, phrase, a, b, info.in_quote, info.region_of)
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    before = quoted_as_saying(doc, a, b, tok, info.regions) if passive is None else \
        quoted_passive_content(doc, tok, *passive, info.regions)
    if before is not None:
        start, end = before  # "…," Tanjug quotes Acimovic as saying: the quotation
    end = across_aside(text, start, end, tok.idx)
    end = close_quotation(text, start, end, info.regions)
    end = before_writers_relative(text, start, end, info.regions)
    end = run_on_quotations(text, start, end, info.regions)
    return (p, (start, end), tok, phrase,
            best, (z, attribution, content_form(doc, a, b, info.in_quote)))


def _one_per_stretch(found: list, doc) -> list:
    """The cues' items left when each stretch of text is one quote's (an answer cut from
    the question before it), in the text's order."""
    # One quote per stretch of text: of two cues claiming mostly the same words
    # ("adding that …" and "said …"), the surer keeps them.
    found.sort(key=lambda f: -f[0])
    kept = []
    for f in found:
        clash = [k for k in kept if _same_words(f[1], k[1])]
        cuts = [before_answer(k, f, doc) for k in clash]
        if clash and None in cuts:
            continue
        # ('Asked whether … he said: "…"': the question gives the answer its own item)
        cut_of = dict(zip(map(id, clash), cuts))
        kept = [(k[0], cut_of[id(k)], *k[2:]) if id(k) in cut_of else k for k in kept]
        kept.append(f)
    kept.sort(key=lambda f: f[1][0])
    return kept


def _contents_trimmed(kept: list, text: str, info: DocInfo) -> list:
    """Where each kept item's words start and end, another's quotation, a continued
    quotation and an "according to" cut off; which fold into a sourced content."""
    kept = cut_at_quotations(text, kept, info.regions)
    sourced = [f[1] for f in kept if f[3] is not None and f[5][1] in ("speech", "position")]
    kept = [f for f in kept if not folded_expectation(f[2], sourced)]
    kept = [(f[0], (after_continued_quotation(text, *f[1], f[2], info.regions), f[1][1]), *f[2:])
            for f in kept]
    kept = [(f[0], after_according_to(text, *f[1], f[2]), *f[2:]) for f in kept]
    return kept


def _model_quotes(kept: list, doc, text: str, info: DocInfo, speakers: Speakers,
                  mentions: Optional[list[Entity]], calibration, explain: Optional[list]
                  ) -> list[Quote]:
    """The kept items as quotes: each speaker's phrase and entity, the cue, the kind and the
    confidence; cut at the cues and opened where a quotation left open runs in."""
    quotes: list[Quote] = []
    for p, (start, end), cue, sp, head, (z, attribution, form) in kept:
        if according_to_measure(cue):
            continue
        speaker = tok_span(doc, *sp) if sp is not None else None
        modified = (placed_compound(head) or modified_role(head, cue)) \
            if head is not None and speaker is not None else None
        if modified is not None:
            # ("added the Ghana-born researcher", the parse's speaker on "Ghana"; "the
            # ex-Reds assistant boss warned", on "assistant"): the speaker is the noun
            # phrase the modifier is in
            head = modified
            speaker = tok_span(doc, min(head.left_edge.i, sp[0]), max(head.i + 1, sp[1]))
        # "analysts said" names nobody; "industry analysts Screen Digest said" does.
        unnamed = head is not None and head.lower_ in UNNAMED and head.pos_ == "NOUN" \
            and not any(speaker.start <= m.start < speaker.end for m in speakers.mentions) \
            and speakers.named_after(speaker, head) is None \
            and speakers.document_of(head) is None and speakers.named_later(head) is None \
            and speakers.cited_source(head) is None and speakers.report_named_next(head) is None \
            and speakers.group_named_next(head) is None
        cue_end = cue.idx + len(cue.text)
        if cue.lower_ == "according" and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "to":
            cue_end = doc[cue.i + 1].idx + len(doc[cue.i + 1].text)
        if head is not None and cue.lower_ == "according":
            # ("According to figures gathered by industry watchdog, Ofcom, the growth
            # means …": the agent's name set off by commas is the source's, not said;
            # so is one set after its noun with none, "research by analysts the Radicati
            # Group up to 45% …", and the source's own: "According to the statistics
            # office, Destatis, …")
            apposed = agent_apposition(head) or name_set_off_after(head)
            if apposed and apposed[0].idx == start and apposed[-1].i + 1 < len(doc):
                after = doc[apposed[-1].i + 1]
                start = after.idx + (len(after.text) if after.is_punct else 0)
                while start < end and text[start].isspace():
                    start += 1
        content = span(text, start, end)
        # What is said is no clue to who says it: the contents go in first.
        speakers.contents.append((start, end))
        weak = attribution is None and p < WEAK_ACT
        entity = None if speaker is None or unnamed else speakers.entity(
            speaker, head, end, weak=weak)
        if weak:
            # (what an act the model doubts is about stays a clue: "Kanye West was booed
            # … in which he praised Trump" is West, not a headline fragment named before)
            speakers.contents.pop()
        how = "unnamed" if unnamed else (speakers.how if speaker is not None else "no-speaker")
        if how == "none" and entity is None:
            how = unresolved(head)
        if head is not None and two_sources(head, mentions or []):
            # "The United States and the European Union said", "Ant and Dec said": two
            # named sources, which one speaker entity cannot hold (as "Both firms").
            entity, how = None, "several"
        kind = quote_kind(text, start, end, info.regions)
        label = next((m.label for m in speakers.mentions if head is not None
                      and m.start <= head.idx < m.end), None)
        if label is None and head is not None and head.text in MEMBER_OFFICES and head.i > 0:
            # ("Frank Field MP said": the parse's head is the office after the name)
            before = doc[head.i - 1]
            label = next((m.label for m in speakers.mentions if m.start <= before.idx < m.end), None)
        feats = confidence_features(z, attribution, kind, speaker_form(head, label), "cue",
                                    form, cue.idx < info.headline_end)
        feats["how=" + how] = 1.0
        quotes.append(Quote(
            content=content,
            speaker=speaker,
            speaker_entity=entity,
            cue=span(text, cue.idx, cue_end),
            kind=kind,
            addressee=addressee(cue),
            attribution=attribution,
            confidence=_confidence(calibration, feats, how)))
        if explain is not None:
            explain.append((quotes[-1], feats))
    quotes = cut_at_cues(text, quotes, info.regions, doc)
    quotes = opened_before(text, info.regions, quotes)
    return quotes


def _add_layout_quotes(quotes: list[Quote], doc, text: str, info: DocInfo,
                       speakers: Speakers, mentions: Optional[list[Entity]]) -> None:
    """Adds to ``quotes`` the quotations their layout attributes: signed with a dash or
    before them, a paragraph with no cue, the last speaker going on."""
    quotes.extend(signed_with_dash(doc, info, mentions, quotes))
    quotes.extend(signed_before(text, info.regions, mentions, quotes))
    quotes.extend(uncued_paragraphs(doc, info, quotes, speakers))
    quotes.extend(going_on(text, info.regions, mentions, quotes))


def _finished(quotes: list[Quote], by_model: set, text: str, info: DocInfo,
              speakers: Speakers, calibration, explain: Optional[list],
              minted: Optional[list]) -> list[Quote]:
    """The rules' quotes as speech with their confidence, the asides of each quotation and
    the speakers minted that a quote names, in the text's order."""
    out = []
    for q in quotes:
        if id(q) not in by_model:
            # The forms the rules find (a headline's colon, a dash-signed quotation, a
            # quoted paragraph of the last speaker): words said, by their own marks.
            form = "headline" if q.cue is not None and q.cue.text == ":" else (
                "dash" if q.cue is not None else "uncued")
            feats = confidence_features(6.0, "speech", q.kind,
                                        "person" if q.speaker_entity else "name", form,
                                        "quote" if q.kind == "direct" else "clause",
                                        q.content.start < info.headline_end)
            if form != "uncued" or q.confidence is None:
                q = replace(q, confidence=calibration(feats) if calibration else None)
            q = replace(q, attribution="speech")
            if explain is not None:
                explain.append((q, feats))
        out.append(q)
    out = [replace(q, asides=find_asides(text, q.content.start, q.content.end, q.cue,
                                         info.regions)) if q.kind != "indirect" else q
           for q in out]
    if minted is not None:
        used = {q.speaker_entity for q in out}
        minted.extend(m for m in speakers.minted if m.entity in used)
    return sorted(out, key=lambda q: (q.content.start, q.content.end))


@Language.factory("storygraph_quotes", requires=["token.dep", "token.lemma"],
                  assigns=["doc._.quotes"])
def make_quotes(nlp, name):
    if nlp.lang == "fr":
        from .quotes_fr import make_quotes_fr
        return make_quotes_fr(nlp)
    model = load_model()

    def component(doc):
        minted: list = []
        doc._.quotes = find_quotes(doc, doc._.mentions, model, doc._.corefs, minted=minted)
        if minted and doc._.mentions is not None:
            # A source named only where it speaks is an entity too.
            doc._.mentions = sorted(list(doc._.mentions) + minted, key=lambda m: m.start)
        if doc._.mentions:
            # (after the quotes: a source is often named only where it speaks, "Global
            # Net said", beside the tagger's "GlobalNet")
            doc._.mentions, doc._.quotes = _one_spelling(doc._.mentions, doc._.quotes)
        return doc
    return component


def _one_spelling(mentions: list, quotes: list) -> tuple[list, list]:
    """``mentions`` and ``quotes`` with a body written with and without its spaces
    given one entity (``name_joins.spaced_alike``)."""
    moved = spaced_alike(mentions)
    if not moved:
        return mentions, quotes
    mentions = [replace(m, entity=moved.get(m.entity, m.entity)) for m in mentions]
    quotes = [replace(q, speaker_entity=moved.get(q.speaker_entity, q.speaker_entity))
              for q in quotes]
    return mentions, quotes
