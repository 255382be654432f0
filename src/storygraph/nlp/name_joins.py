"""Names the taggers cut in pieces that the text writes as one, and names the text gives
one person (pure functions over the entities stage's (span, label) list).

``join_names`` mends three cuts: a quoted nickname inside a person's name (`Earvin
"Magic" Johnson`, which both taggers read as a person, a place or a work and a lone
surname), a body's name cut at "and" before the bracketed acronym that spells it whole
("the Institute of Trade | and | Fiscal Policy (ITFP)"), and a standing body named by a
body and a lowercase noun for one ("the UN security council": a council of its own, not
the UN). It also mends two cuts that leave a piece no one's name: a person's initial
left before the name ("G Money", the tagger's "Money"), and a place left before a body's
name made only of words for a kind of body ("Berlin | Film Festival"), and drops a lone
role abbreviation after "the" ("says the DJ"), a description, not a name. ``aliases``
reads the names the text says are one person's ("X, real name Y"); ``spaced_alike`` the
body a text writes with and without its spaces ("GlobalNet", "Global Net"); ``body_head``
whether a body's name cut short is its part ("Radio 1" of "BBC Radio 1").
"""
from __future__ import annotations

from .gazetteer import places
from .name_keys import initials, is_acronym, normalise
from .speech_verbs import REPORTING
from .timex_values import MONTHS
from .token_table import token_texts

#: Quotation marks that open and close a nickname (a single one is an apostrophe as often).
_OPENING = frozenset(('"', "\u201c", "``"))
_CLOSING = frozenset(('"', "\u201d", "''"))
#: Lowercase words a body's name holds between its capitalised ones ("Institute of
#: Economic and Social Research").
_INNER = frozenset(("of", "and", "&", "for", "the", "on", "in", "to"))
#: Nouns for a standing body inside another ("the UN security council", "the club's
#: disciplinary committee"): the body the phrase names is this one, with a name of its own.
SUB_BODY_NOUNS = frozenset(("council", "committee", "subcommittee", "board", "commission",
                            "panel", "tribunal"))
#: The labels a person's name may be given in pieces (a nickname is read as a place or a
#: body: "LA", "Magic").
_PIECE_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "NORP", "WORK_OF_ART", "PRODUCT", "FAC"))


def join_names(doc, spans: list) -> list:
    """``spans`` with the pieces of one name joined (see the module's docstring)."""
    spans = _cue_led(doc, spans)
    spans = _ranked_bodies(doc, spans)
    spans = _owned_names(doc, spans)
    spans = _nicknamed(doc, spans)
    spans = _spelt_by_acronym(doc, spans)
    spans = _run_to_acronym(doc, spans)
    spans = _sub_bodies(doc, spans)
    spans = _initialled(doc, spans)
    spans = _placed_kinds(doc, spans)
    spans = _whole_runs(doc, spans)
    spans = _placed_titles(doc, spans)
    spans = _paired_firms(doc, spans)
    spans = _lost_stops(doc, spans)
    spans = _participle_glued(doc, spans)
    return [(sp, lb) for sp, lb in spans if not role_abbreviation(doc, sp)]


def _replace(spans: list, start: int, end: int, joined) -> list:
    """``spans`` less those inside tokens ``start``..``end``, with ``joined`` added, in
    document order."""
    kept = [(sp, lb) for sp, lb in spans if sp.end <= start or sp.start >= end]
    return sorted(kept + [joined], key=lambda item: item[0].start)


def _ranked_bodies(doc, spans: list) -> list:
    """"General Electric", "General Motors": a rank or office word opening a name the base
    NER reads whole as a body's is the body's first word, no title the names model (which
    leaves a person's title out, as CoNLL does) drops before a person's name ("Electric"
    would be a person, and the body's initials "GE" no one's)."""
    from .name_cues import PERSON_TITLES
    from .name_trims import DROPPED_TITLES, KEPT_TITLES
    bodies = {(e.start, e.end) for e in doc.ents if e.label_ == "ORG"}
    # (a courtesy title opens a person's name only, "Mr Pande" however the base NER reads
    # it; nor is a surname of a full name the text gives a body's word: "General Cole"
    # after "Ann Cole")
    surnames = {sp[-1].lower_ for sp, lb in spans if len(sp) >= 2}
    for span, label in list(spans):
        at = span.start - 1
        if at < 0 or (span, label) not in spans or not doc[at].is_title \
                or doc[at].lower_ not in PERSON_TITLES or (at, span.end) not in bodies \
                or doc[at].lower_.rstrip(".") in DROPPED_TITLES | KEPT_TITLES | _COURTESY_TITLES \
                or doc[at].lower_ in ("sir", "lord", "lady", "dame") \
                or span[-1].lower_ in surnames \
                or any(sp.start <= at < sp.end for sp, _ in spans):
            continue
        spans = _replace(spans, at, span.end, (doc[at:span.end], "ORG"))
    return spans


def _owned_names(doc, spans: list) -> list:
    """"Arsenal's Edu has lifted the lid … Edu tried to": a name the taggers read whole
    across a possessive, one capitalised word after it, is an owner and what it owns
    where the text writes both alone elsewhere: the owner's name, and the one word a
    person's (a club's player, a firm's chief), as "Arsenal's Patrick Vieira" is. A body
    named for its founder keeps its possessive, and is written whole again or ends on a
    body's word ("Sainsbury's Bank")."""
    from .bodies import BODY_WORDS
    for span, label in list(spans):
        if label not in ("ORG", "PERSON") or len(span) != 3 or span[1].tag_ != "POS" \
                or (span, label) not in spans or not (span[0].is_title and span[2].is_title) \
                or not span[2].is_alpha or span[2].lower_ in BODY_WORDS | KIND_WORDS:
            continue
        owner, owned = span[0], span[2]
        alone = [t for t in doc if t.text == owned.text and t.i != owned.i
                 and not (t.i >= 2 and doc[t.i - 1].tag_ == "POS" and doc[t.i - 2].text == owner.text)]
        if not alone or not any(t.text == owner.text and t.i != owner.i
                                and not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS"
                                         and t.i + 2 < len(doc) and doc[t.i + 2].text == owned.text)
                                for t in doc):
            continue
        spans = _replace(spans, span.start, span.end, (doc[span.start:span.start + 1], "ORG"))
        spans = _replace(spans, owned.i, owned.i + 1, (doc[owned.i:owned.i + 1], "PERSON"))
    return spans


def _nicknamed(doc, spans: list) -> list:
    """`Antonio "LA" Reid`: a given name the tagger reads as a person's, a nickname in
    double quotation marks, then a capitalised surname is one person's name (the tagger
    cut it at the marks and read the nickname as a place; the surname was no name)."""
    for span, label in list(spans):
        if label != "PERSON" or len(span) > 2 or not all(t.is_title for t in span) \
                or (span, label) not in spans:
            continue
        i = span.end
        if i >= len(doc) or doc[i].text not in _OPENING or doc[i].whitespace_:
            continue
        close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text in _CLOSING), None)
        if close is None or close == i + 1 or not doc[close].whitespace_ \
                or not all(t.text[:1].isupper() and (t.tag_ in ("NNP", "NNPS")
                                                     or t.i == i + 1 and t.tag_ == "DT")
                           for t in doc[i + 1:close]):
            continue   # (a word the writer quotes after a name, 'Bush "Confident"', is none)
        end = close + 1
        after = next(((sp, lb) for sp, lb in spans if sp.start == end), None)
        if after is not None and (after[1] not in ("PERSON", "ORG") or len(after[0]) > 2):
            continue   # ('Bush "Hopeful" Iraq …', a headline: the place is no surname)
        if after is not None:
            end = after[0].end
        else:
            while end < len(doc) and end - close <= 2 and doc[end].tag_ == "NNP" and doc[end].is_title:
                end += 1
        if end == close + 1:
            continue
        # (no other name inside the marks but the nickname: a title in quotation marks
        # after a name, 'Smith "The Way Home" Publishing', is no nickname)
        if any(sp.start < end and span.start < sp.end and lb not in _PIECE_LABELS for sp, lb in spans):
            continue
        whole = doc[span.start:end]
        spans = _replace(spans, span.start, end, (whole, "PERSON"))
    return spans


def _spelt_by_acronym(doc, spans: list) -> list:
    """"The Institute of Trade and Fiscal Policy (ITFP)": the capitalised run before a
    bracketed acronym whose initials the acronym spells is one body's name, where the
    tagger cut it (at "and": "Institute of Trade", "Fiscal Policy")."""
    # (the acronym itself may be no span: where the names model missed it, the bracket
    # still says whose initials it is, "the World Travel and Tourism Council (WTTC)")
    tagged = {sp.start: (sp, lb) for sp, lb in spans if len(sp) == 1}
    texts = token_texts(doc)  # (read once: a Token made for every word was 0.3% of a run)
    for i in range(2, len(doc) - 1):
        if texts[i - 1] != "(" or texts[i + 1] != ")" or not is_acronym(texts[i]):
            continue
        span, label = tagged.get(i, (doc[i:i + 1], None))
        if label is not None and (span, label) not in spans:
            continue
        letters = span.text.replace(".", "").lower()
        start = i - 1
        while start > 0 and i - 1 - start < 12 and (
                doc[start - 1].is_title or doc[start - 1].is_upper
                or doc[start - 1].lower_ in _INNER) and doc[start - 1].is_alpha:
            start -= 1
        # the longest run opening on a capital whose initials are the acronym's letters
        run = next((s for s in range(start, i - 2) if doc[s].text[:1].isupper()
                    and doc[s].lower_ not in _INNER and doc[s].lower_ not in ("a", "an")
                    and initials(normalise(doc[s:i - 1].text)) == letters), None)
        if run is None:
            continue
        inside = [(sp, lb) for sp, lb in spans if run <= sp.start and sp.end <= i - 1]
        if not inside or any(sp.start < run < sp.end or sp.start < i - 1 < sp.end for sp, _ in spans):
            continue
        whole = doc[run:i - 1]
        if len(inside) == 1 and (inside[0][0].start, inside[0][0].end) == (run, i - 1):
            # (already whole: the acronym is one more of its names; not of one the tagger
            # took for a person's, a term's as often, "Intelligent Network (IN)")
            if label is None and inside[0][1] != "PERSON":
                spans = _replace(spans, i, i + 1, (span, inside[0][1]))
            continue
        # (a body's, as what a bracketed acronym spells is, but for a country's name:
        # the pieces' labels are the tagger's guesses at words it cut)
        kind = "GPE" if normalise(whole.text) in places().countries else "ORG"
        spans = _replace(spans, run, i - 1, (whole, kind))
        if label is None:
            spans = _replace(spans, i, i + 1, (span, kind))
    return spans


def _cue_led(doc, spans: list) -> list:
    """`Said Mr Cole: "…"`: a verb of saying that opens its sentence, inverted before its
    subject, is capitalised only because it opens the sentence; the names model reads it
    into the name after it. Where the parse makes that word the verb whose subject comes
    after it, or where a form of such a verb stands before a courtesy title (which opens
    a name: nothing of the name stands before it), the name starts after it (a name
    "Said" is no verb there)."""
    from .name_trims import trim

    out = []
    for span, label in spans:
        if span[0].is_sent_start and (_inverted_cue(span[0]) or _quoting_cue(span)):
            rest = trim(doc, doc[span.start + 1:span.end]) if len(span) >= 2 else None
            if rest is not None:
                out.append((rest, label))
            continue   # (alone, the verb cut from "Mr Cole" is no name at all)
        out.append((span, label))
    return out


#: Titles that open a person's name ("Mr", "Ms"): a word before one is not the name's.
_COURTESY_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr"))


def _saying_form(word: str) -> bool:
    """A verb of saying's past or present form ("said", "adds", "told", "warned")."""
    return word in ("said", "says", "told", "tells", "wrote", "writes") or any(
        word in (verb + "s", verb + "d", verb + "ed") for verb in REPORTING)


def _inverted_cue(tok) -> bool:
    if tok.tag_.startswith("VB") and tok.lemma_.lower() in REPORTING:
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.i > tok.i for t in tok.children)
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return (nxt is not None and nxt.lower_.rstrip(".") in _COURTESY_TITLES
            and _saying_form(tok.lower_))


_QUOTATION_MARKS = frozenset(('"', "\u201c", "\u201d", "``", "''"))


def _quoting_cue(span) -> bool:
    """`Said Williams: "…"`: a form of a verb of saying opening a sentence, then a name
    set off by a colon or a comma, beside a quotation (the one it opens, or the one it
    closes on before it), is the cue the names model read into the name where the parse
    makes it no verb (a name "Said Musa" with no quotation beside it stays whole)."""
    doc = span.doc
    if len(span) < 2 or not _saying_form(span[0].lower_) or span.end + 1 >= len(doc) \
            or doc[span.end].text not in (":", ","):
        return False
    after = doc[span.end + 1].text in _QUOTATION_MARKS
    before = span.start > 0 and doc[span.start - 1].text in _QUOTATION_MARKS
    return after or before


#: Joining words a name the tagger cut before its last words stops on ("… Geography |
#: and Statistics (IBGE)").
_CONJUNCTIONS = frozenset(("and", "&"))


def _run_to_acronym(doc, spans: list) -> list:
    """"The Institute for Farming | and Fisheries (IFAF)": a name the tagger ended just
    before a conjunction, the capitalised words after it no name of their own and then a
    bracketed acronym, runs to the bracket: the acronym closes the name it stands for, and
    its letters need not be the English words' initials (a body's own language's: a
    national statistics office named in translation)."""
    starts = {sp.start for sp, _ in spans}
    for span, label in list(spans):
        if label not in ("ORG", "FAC", "GPE") or (span, label) not in spans:
            continue
        i = span.end
        if i + 1 >= len(doc) or doc[i].lower_ not in _CONJUNCTIONS:
            continue
        j = i + 1
        while j < len(doc) and j - i <= 4 and doc[j].is_title and doc[j].is_alpha and j not in starts:
            j += 1
        if j == i + 1 or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")" \
                or not is_acronym(doc[j + 1].text) or len(doc[j + 1].text) < 3:
            continue
        whole = doc[span.start:j]
        letters = doc[j + 1].text.replace(".", "").lower()
        heads = set(initials(normalise(whole.text)))
        if 2 * sum(ch in heads for ch in letters) < len(letters) \
                or any(sp.start < j and sp.end > i and sp != span for sp, _ in spans):
            continue   # (an acronym of other letters is a third thing's: "Fox and Hale (NYSE)")
        spans = _replace(spans, span.start, j, (whole, label))
    return spans


def middle_name_owner(word: str, people: list[list[str]]) -> list[str] | None:
    """"President Maria": a lone name word that is an inner word of one person's full
    name the text gives ("Ana Maria Costa Lima"), and of no other name of a person there,
    is hers: the name she goes by. A particle ("da", "van") is no one's name."""
    from .body_words import NAME_PARTICLES

    if word in NAME_PARTICLES or len(word) < 2:
        return None
    holding = [words for words in people if word in words]
    if len(holding) != 1 or len(holding[0]) < 3 or word not in holding[0][1:-1]:
        return None
    return holding[0]


def _sub_bodies(doc, spans: list) -> list:
    """"The UN security council insists": a body's name set before lowercase words
    ending in a noun for a standing body (``SUB_BODY_NOUNS``), which the parse makes that
    noun's modifiers, names that body: a name of its own ("un security council"), never
    the modifier's entity."""
    for span, label in list(spans):
        if label != "ORG" or span.end >= len(doc) or (span, label) not in spans:
            continue
        end = span.end
        while end < len(doc) and end - span.end < 3 and doc[end].is_lower and doc[end].is_alpha \
                and doc[end].pos_ in ("NOUN", "ADJ", "PROPN") and doc[end].lower_ not in SUB_BODY_NOUNS:
            end += 1
        if end >= len(doc) or doc[end].lower_ not in SUB_BODY_NOUNS or not doc[end].is_lower \
                or doc[end].tag_ != "NN":
            continue
        noun = doc[end]
        # (the parse hangs the name and the words between on the noun: its modifiers)
        if any(not _under(t, noun) for t in doc[span.start:end]):
            continue
        spans = _replace(spans, span.start, end + 1, (doc[span.start:end + 1], "ORG"))
    return spans


def _initial(tok) -> bool:
    """A capitalised letter written apart as a name's initial ("G", "J."), not the
    pronoun "I" nor an article "A"."""
    text = tok.text.rstrip(".")
    return len(text) == 1 and text.isalpha() and text.isupper() and text not in ("I", "A") \
        and tok.whitespace_ == " " and tok.tag_ == "NNP"


def _initialled(doc, spans: list) -> list:
    """"G Money, a presenter": the initials the text writes right before a person's name
    are part of it (the tagger took "Money" alone, a common word the id would be). Also
    before a name the tagger typed a body, as it does many a lone surname; a firm's name
    opens on its founder's initial as well ("J Sainsbury")."""
    taken = {i for sp, _ in spans for i in range(sp.start, sp.end)}
    for span, label in list(spans):
        if label not in ("PERSON", "ORG") or (span, label) not in spans:
            continue
        start = span.start
        while start > 0 and span.start - start < 3 and start - 1 not in taken \
                and _initial(doc[start - 1]):
            start -= 1
        if label == "PERSON" and (start < span.start or len(span) > 1) and _initial(doc[start]):
            # "George C Scott", the tagger's "George" and "(C) Scott": a middle initial
            # between a given name and a surname makes one person's name of the two
            given = next((sp for sp, lb in spans if sp.end == start and lb == "PERSON"
                          and sp[-1].text[:1].isupper() and _given_name(sp[-1].lower_)), None)
            if given is not None:
                start = given.start
            elif start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                # ("Vladimir V. Putin", a given name the list does not know): the
                # initial is that name's middle one, no first letter of the surname's
                start = span.start
        if start < span.start:
            spans = _replace(spans, start, span.end, (doc[start:span.end], label))
    return spans


def _given_name(word: str) -> bool:
    from ..resolve.names import is_given_name   # (resolve imports the nlp package)
    return is_given_name(word)


#: Words for a kind of body or event, which alone name none in particular ("Film
#: Festival", "Tourism Council").
KIND_WORDS = frozenset(("festival", "council", "office", "bureau", "association", "committee",
                        "commission", "board", "agency", "institute", "society", "federation",
                        "union", "authority", "foundation", "trust", "museum", "gallery",
                        "orchestra", "theatre", "awards", "fair", "conference", "forum",
                        "exhibition", "academy", "school", "college", "university"))


def kind_words_only(span) -> bool:
    """A name made only of words for a kind of body: its last word one of ``KIND_WORDS``,
    the words before it a field the text writes in lower case as a noun too ("film",
    "tourism"), not a proper word of its own ("Federal Reserve")."""
    words = list(span)
    if not words or words[-1].lower_ not in KIND_WORDS or len(words) > 3 \
            or not all(t.is_title for t in words):
        return False
    doc = span.doc
    fields = {t.lower_ for t in doc if t.is_lower and t.pos_ == "NOUN"}
    return all(t.lower_ in KIND_WORDS or t.lower_ in fields for t in words[:-1])


def _placed_kinds(doc, spans: list) -> list:
    """"the Berlin Film Festival": a place's name set right before a body's name made only
    of kind words (``kind_words_only``) is part of it (the tagger read the place apart and
    left "Film Festival", which names no festival in particular)."""
    by_end = {sp.end: (sp, lb) for sp, lb in spans}
    for span, label in list(spans):
        if label != "ORG" or (span, label) not in spans or not kind_words_only(span):
            continue
        before = by_end.get(span.start)
        if before is None or before[1] not in ("GPE", "LOC", "NORP") \
                or not before[0][-1].whitespace_:
            continue
        spans = _replace(spans, before[0].start, span.end, (doc[before[0].start:span.end], "ORG"))
    return spans


#: Months, which date what follows ("the September Treasury bond future"); a weekday
#: opens a paper's name as often ("the Sunday Times").
_MONTHS = frozenset(MONTHS)


def _run_word(tok) -> bool:
    """A word of a name's proper-noun run before the tagger's name: not a person's title
    or office before a name ("Producer Judy Craymer"), not a month, not a sentence's
    first word."""
    from .name_spans import OFFICE_WORDS
    from .name_trims import DROPPED_TITLES, KEPT_TITLES
    # (an initial is a person's, joined by ``_initialled``; an article opens a title
    # the id leaves out anyway: "A Concert of Hope")
    return (tok.tag_ in ("NNP", "NNPS") and tok.is_title and tok.is_alpha and len(tok) > 1
            and not tok.is_sent_start and tok.lower_ not in OFFICE_WORDS
            and tok.lower_ not in DROPPED_TITLES and tok.lower_ not in KEPT_TITLES
            and tok.lower_ not in _MONTHS and tok.lower_ not in ("the", "an"))


def _whole_runs(doc, spans: list) -> list:
    """"according to the Sunday Times", "the Daily Mail": a name the tagger took only the
    tail of, where the capitalised proper nouns before it are no name of their own, is
    the whole run; the tail alone ("Times", "Mail") names another paper, another body.
    The run is taken where the base NER reads it as one body's name there, or where the
    document writes the whole run as a name elsewhere (the base NER read "Sunday" as a
    date once and the paper's name whole the other time, which the names model missed)."""
    taken = {i for sp, _ in spans for i in range(sp.start, sp.end)}

    def run_start(span) -> int:
        start = span.start
        while start > 0 and span.start - start < 3 and start - 1 not in taken \
                and _run_word(doc[start - 1]) and doc[start - 1].whitespace_:
            start -= 1
        return start

    bodies = [e for e in doc.ents if e.label_ == "ORG"]
    for span, label in list(spans):
        if (span, label) not in spans or not span[0].text[:1].isupper():
            continue
        start = run_start(span)
        if start == span.start:
            continue
        lead = next((e.start + (doc[e.start].lower_ == "the") for e in bodies
                     if e.end in (span.end, span.end + 1) and e.start <= span.start), None)
        if lead is not None and start <= lead < span.start:
            # (a possessive the base NER keeps at the end, "Times'", is not the name's)
            spans = _replace(spans, lead, span.end, (doc[lead:span.end], "ORG"))
    # (the whole as either tagger writes it elsewhere: the names model may have read only
    # one of the paper's mentions, "Times", and a later pass repeats that tail everywhere)
    # (whose type the votes over all its mentions decide: the base NER calls many a
    # person a body)
    wholes = {normalise(doc[e.start + (doc[e.start].lower_ == "the"):e.end].text): None
              for e in bodies if len(e) - (doc[e.start].lower_ == "the") >= 2}
    wholes.update({normalise(sp.text): lb for sp, lb in spans if len(sp) >= 2})
    taken = {i for sp, _ in spans for i in range(sp.start, sp.end)}
    for span, label in list(spans):
        if (span, label) not in spans or not span[0].text[:1].isupper():
            continue
        start = run_start(span)
        found = next((s for s in range(start, span.start)
                      if normalise(doc[s:span.end].text) in wholes), None)
        if found is not None:
            joined = doc[found:span.end]
            spans = _replace(spans, found, span.end,
                             (joined, wholes[normalise(joined.text)] or label))
    return spans


def _placed_titles(doc, spans: list) -> list:
    """"the UN Economic Commission for Europe": a body's name ending on a word for a kind
    of body, then "for" and a place's name, is one title (the tagger stops at "for";
    "un-economic-commission" is no body, and the place is no piece of it). Not where the
    place is a possessive's ("the Commission for Britain's share": a purpose)."""
    starts = {sp.start: (sp, lb) for sp, lb in spans}
    for span, label in list(spans):
        if label != "ORG" or (span, label) not in spans or span.end + 1 >= len(doc) \
                or span[-1].lower_ not in KIND_WORDS or not span[-1].is_title \
                or doc[span.end].text != "for":
            continue
        place = starts.get(span.end + 1)
        if place is None or place[1] not in ("GPE", "LOC") or not place[0][0].is_title:
            continue
        end = place[0].end
        if end < len(doc) and doc[end].tag_ == "POS":
            continue
        spans = _replace(spans, span.start, end, (doc[span.start:end], "ORG"))
    return spans


def _paired_firms(doc, spans: list) -> list:
    """"Ernst and Young's Sanjay Mehta": two one-word names joined by "and", the second
    owning a person's name, are one firm's name (a firm named for its two founders, as
    the tagger cut it): a person belongs to one firm, and two firms do not own one
    person. Each word alone would be its own id ("ernst", "young")."""
    starts = {sp.start: (sp, lb) for sp, lb in spans}
    for span, label in list(spans):
        if label not in ("ORG", "PERSON") or len(span) != 1 or (span, label) not in spans \
                or span.end + 4 >= len(doc) or doc[span.end].lower_ != "and":
            continue
        second = starts.get(span.end + 1)
        if second is None or len(second[0]) != 1 or second[1] not in ("ORG", "PERSON") \
                or doc[second[0].end].tag_ != "POS":
            continue
        owned = starts.get(second[0].end + 1)
        if owned is None or owned[1] != "PERSON" or len(owned[0]) < 2:
            continue
        if not (span[0].is_title and second[0][0].is_title):
            continue
        if span.start > 0 and doc[span.start - 1].text in (",", ";"):
            continue   # (the last two of a list: "REM, Razorlight and Coldplay's Chris Martin")
        spans = _replace(spans, span.start, second[0].end, (doc[span.start:second[0].end], "ORG"))
    return spans


def _lost_stops(doc, spans: list) -> list:
    """"… mourned Malcolm X. Attallah Shabazz, his daughter, said": a person's name the
    tagger ran across a sentence end the splitter missed after a name ending on an
    initial. Where a name word comes before the initial and a full name (two capitalised
    words or more) after it, the initial's full stop ends the first name; a middle initial
    has one surname after it ("George W. Bush"), a leading one no name word before it
    ("J. K. Rowling")."""
    from .name_spans import _SUFFIXES
    for span, label in list(spans):
        if label != "PERSON" or len(span) < 4 or (span, label) not in spans:
            continue
        for tok in span[1:-2]:
            if not (tok.text.endswith(".") and _initial(tok)) \
                    or _initial(doc[tok.i - 1]) or not doc[tok.i - 1].is_title:
                continue
            rest = [t for t in doc[tok.i + 1:span.end] if t.lower_.rstrip(".") not in _SUFFIXES]
            if len(rest) < 2 or not all(t.is_title and not _initial(t) for t in rest):
                continue
            spans = _replace(spans, span.start, span.end, (doc[span.start:tok.i + 1], "PERSON"))
            spans = _replace(spans, tok.i + 1, span.end, (doc[tok.i + 1:span.end], "PERSON"))
            break
    return spans


def _participle_glued(doc, spans: list) -> list:
    """"The Acme-backed study", "a Boeing-led group": a name glued by a hyphen to a past
    participle is a compound adjective whose first part is the name alone; the participle
    says what the name did to the noun, and the tagger's type for the whole (a people's,
    as for "Anglo-French") is the adjective's, not the name's: the base NER's type for the
    name alone, where it gives one, is kept."""
    base = {(e.start, e.end): e.label_ for e in doc.ents}
    for span, label in list(spans):
        if len(span) < 3 or (span, label) not in spans:
            continue
        hyphen, tail = span[-2], span[-1]
        if hyphen.text != "-" or hyphen.whitespace_ or span[-3].whitespace_ \
                or not tail.is_lower or tail.tag_ != "VBN" or not span[-3].is_alpha:
            continue
        name = doc[span.start:span.end - 2]
        typed = base.get((name.start, name.end), label)
        if typed in ("GPE", "LOC", "FAC") or normalise(name.text) in places().cities:
            continue   # ("a London-based spokesman": a place says where, no one who acts)
        spans = _replace(spans, span.start, span.end, (name, typed))
    return spans


def opens_one_body(key: str, gaz, full_names: list, words_of: dict, votes: dict,
                   first_at: dict) -> bool:
    """"Federated Department Stores", then "Federated": a word the gazetteer links to a
    country only as its longer name's first word ("Federated States of Micronesia",
    "Cayman Islands") is no country's name as written; where exactly one body's full
    name in the text opens with it, met before it, it is that body cut short, as a
    surname is its person, whatever the tagger typed it."""
    country = normalise(gaz.countries.get(key, ""))
    # (a text that names the country in full may shorten it too: "the Cayman Islands",
    # then "Cayman")
    if " " in key or not country.startswith(key + " ") or country in votes:
        return False
    bodies = [f for f in full_names if words_of[f][0] == key
              and votes[f].most_common(1)[0][0] == "ORG"]
    return len(bodies) == 1 and first_at.get(bodies[0], 0) < first_at.get(key, 0)


#: Abbreviations of a person's role, which a tagger takes for a body's name ("the DJ").
ROLE_ABBREVIATIONS = frozenset(("dj", "mp", "gp", "mep", "msp"))


def role_abbreviation(doc, span) -> bool:
    """"…," says the DJ: a lone role abbreviation after a determiner is a description of
    the person the text named before, no name (it would mint an id "dj")."""
    return len(span) == 1 and span.start > 0 and span[0].is_upper \
        and span[0].lower_ in ROLE_ABBREVIATIONS \
        and doc[span.start - 1].lower_ in ("the", "this", "our", "their", "his", "her")


def body_head(head: str, written: str, votes: dict, gaz) -> bool:
    """Whether the words a longer body's name sets before a shorter one (``head``,
    normalised; ``written`` as the text writes them) are a body's own name, so that the
    shorter name is that body's part cut short ("BBC" of "BBC Radio 1", then "Radio 1"),
    as a surname is its person's: an acronym that is no country's ("BBC"), or one word
    the text names alone as a body. Not a place ("Cannes Film Festival" is no "Film
    Festival" of another town's)."""
    if " " in head or head in gaz.countries or head in gaz.demonyms:
        return False
    if 2 <= len(written) <= 5 and written.isalpha() and written.isupper():
        return True
    return head in votes and votes[head].most_common(1)[0][0] == "ORG"


def _under(tok, head) -> bool:
    """Whether ``tok`` hangs on ``head`` through modifiers within its noun phrase."""
    seen = 0
    while tok.i != head.i and seen < 6:
        if tok.dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod", "flat") or tok.head.i == tok.i:
            return False
        tok = tok.head
        seen += 1
    return tok.i == head.i


#: Words that give a person's other name after a comma or a bracket: "Jay-Z, real name
#: Shawn Carter", "Cat Stevens (born Steven Georgiou)", "whose real name is".
_ALIAS_WORDS = (("real", "name"), ("real", "name", "is"), ("birth", "name"), ("born",),
                ("whose", "real", "name", "is"))


def aliases(doc, spans: list) -> dict:
    """{the other name's key: the name's key} for each person the text gives a second
    name right after the first: "X, real name Y", "X (born Y)", "X, born Y,", "X, whose
    real name is Y". The other name is a person's (the tagger's PERSON), and so one
    entity with the name the text goes by."""
    by_start = {sp.start: (sp, lb) for sp, lb in spans}
    out = {}
    for span, label in spans:
        if label not in ("PERSON", "ORG") or span.end + 2 >= len(doc) \
                or doc[span.end].text not in (",", "("):
            continue
        at = span.end + 1
        words = next((w for w in sorted(_ALIAS_WORDS, key=len, reverse=True)
                      if [t.lower_ for t in doc[at:at + len(w)]] == list(w)), None)
        if words is None:
            continue
        other = by_start.get(at + len(words))
        if other is None or other[1] != "PERSON" or len(other[0]) < 2:
            continue   # ("born in 1969", "born Smith": a year, a place, a maiden name)
        key, alias = normalise(span.text), normalise(other[0].text)
        if key and alias and key != alias:
            out.setdefault(alias, key)
    return out


def spaced_alike(mentions) -> dict:
    """Entity ids -> the id of the same body's name written with spaces: a text that
    spells a body both ways ("GlobalNet", "Global Net") means one body, known by its
    spaced name (the words a reader looks it up by).

    Only a spaced form whose words are all capitalised counts, as a deliberate spelling
    of the one-word name; lowercase words ("global net") are a phrase."""
    spaced: dict[str, str] = {}
    for m in mentions:
        words = m.text.split()
        key = normalise(m.text)
        if m.label == "ORG" and m.entity and len(words) >= 2 and len(key.split()) == len(words) \
                and all(w[:1].isupper() and w.isalpha() for w in words):
            spaced.setdefault(key.replace(" ", ""), m.entity)
    out = {}
    for m in mentions:
        to = spaced.get(normalise(m.text)) if m.label == "ORG" and " " not in m.text.strip() else None
        if to and m.entity and to != m.entity:
            out[m.entity] = to
    return out
