"""Quotes in French text: who said what, from the parse and the quotation marks.

French reports speech with a verb of saying or thinking ("a déclaré", "affirme que",
"a-t-il dit", "a estimé que"), with "selon X" / "d'après X", and with « guillemets »
(inner no-break spaces), "…" or “…”, or a dialogue dash. ``find_quotes_fr``:

- a cue verb with a "que" clause: an indirect quote (mixed when the clause holds a
  quotation), its speaker the verb's subject (inverted subjects and "-t-il" included);
- a cue verb next to a quotation — after it in an incise ("« … », a déclaré X") or
  before it with a colon ("X a déclaré : « … »") — a direct quote of the quotation;
- "selon X, …" / "d'après X, …": X's words, the rest of the sentence;
- a quotation with no cue after a quote of the same speaker in the paragraph before.

Speakers become entities as in English: a name, a role tied to a person ("le ministre
russe des Affaires étrangères" after "Sergueï Lavrov, ministre …"), or il/elle for the
person last named outside quotations.
"""
from __future__ import annotations

import re
from typing import Optional

from ..types import Entity, Quote, Span
from .quotes import load_certainty
from .quotes_fr_broad import broad_readings
from .speakers_fr import PRONOUNS as _PRONOUNS
from .speakers_fr import Speakers

#: Verbs of saying (speech) and of thinking or judging (a stated position).
SPEECH = {"déclarer", "dire", "affirmer", "ajouter", "expliquer", "indiquer", "souligner",
          "annoncer", "assurer", "préciser", "confier", "raconter", "répondre", "rappeler",
          "poursuivre", "insister", "écrire", "noter", "observer", "avertir", "prévenir",
          "promettre", "nier", "démentir", "déplorer", "dénoncer", "regretter", "confirmer",
          "révéler", "lancer", "exclamer", "marteler", "plaider", "tweeter", "commenter",
          "conclure", "témoigner", "prétendre", "clamer", "proclamer", "signaler",
          "reconnaître", "admettre", "avouer", "certifier", "répliquer", "rétorquer",
          "s'exclamer", "mentionner", "faire", "interroger", "demander", "protester",
          "annoncer", "dénoncer", "accuser", "jurer", "murmurer", "crier", "ironiser",
          "résumer", "détailler", "développer", "raconter", "relever", "suggérer",
          "féliciter", "réjouir", "inquiéter", "alerter", "répéter", "réclamer", "exiger",
          "plaindre", "rapporter", "poursuivre", "continuer", "tweeter", "publier",
          "constater", "relater", "faire savoir", "exhorter", "appeler", "inviter",
          "jurer", "s'engager", "réagir", "railler", "lâcher", "glisser", "souffler",
          "souvenir"}
POSITION = {"estimer", "penser", "croire", "juger", "considérer", "craindre", "espérer",
            "soutenir", "douter", "redouter", "prévoir", "s'attendre", "souhaiter", "vouloir"}
#: Verbs whose reported words are an infinitive after "à" or "de" ("a promis de ne
#: jamais …", "exhorte les habitants à livrer …"); any other verb's marked infinitive
#: is not what it says ("a dit de partir" is an order, kept out).
_MARKED_INFINITIVE = {"promettre", "jurer", "exhorter", "appeler", "inviter", "s'engager"}
#: "faire" and "demander" are cues only next to a quotation ("« … », fait-il").
_ONLY_WITH_QUOTATION = {"faire", "demander", "interroger", "lancer", "protester", "continuer",
                        "publier", "rapporter", "réagir", "railler", "lâcher", "glisser",
                        "souffler",
                        "accuser", "développer", "détailler", "relever"}
_ACCORDING = {"selon", "d'après", "d’après"}
#: Clitics the parser sometimes takes for a subject ("» m'avait-elle dit"): never one.
_OBJECT_CLITICS = {"m'", "m’", "me", "te", "t'", "t’", "se", "s'", "s’", "leur"}
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}


def quotation_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included: « … », “ … ”, " … ".

    A « inside a quotation opens a quotation within it, unless it opens a line: then
    the one before was left open (translations drop a closing mark now and then):
    a quotation never closed ends with its own line. A quotation may run over several lines, as one speaker's
    paragraphs do."""
    regions, i = [], 0
    while i < len(text):
        ch = text[i]
        close = _QUOTE_PAIRS.get(ch)
        if ch == "»":
            # A closing mark with no opening one: a quotation carried over from the
            # paragraph before, opened there ("« … / … », a-t-il ajouté"); it runs
            # from its line's start.
            line = text.rfind("\n", 0, i) + 1
            while line < i and text[line].isspace():
                line += 1
            if not regions or regions[-1][1] <= line:
                if len(re.findall(r"\w+", text[line:i])) >= 3:
                    regions.append((line, i + 1))
            i += 1
            continue
        if close is None:
            i += 1
            continue
        if ch == "«":
            depth, j, end = 1, i + 1, -1
            while j < len(text) and j - i <= 3000:
                c = text[j]
                if c == "«":
                    if not text[text.rfind("\n", 0, j) + 1:j].strip():
                        break   # a new quotation opens a line: this one was left open
                    depth += 1
                elif c == "»":
                    depth -= 1
                    if depth == 0:
                        end = j + 1
                        break
                j += 1
            if end < 0:
                # Never closed: the quotation ends with its own line.
                line_end = text.find("\n", i)
                end = line_end if line_end >= 0 else len(text)
            regions.append((i, end))
            i = end
            continue
        j = text.find(close, i + 1)
        if j < 0 or j - i > 3000:
            i += 1
            continue
        regions.append((i, j + 1))
        i = j + 1
    return regions


def _inside(at: int, regions) -> Optional[tuple[int, int]]:
    return next(((s, e) for s, e in regions if s <= at < e), None)


#: Endings of a first-group verb's forms, longest first ("estiment" -> "estimer").
_ER_ENDINGS = ("èrent", "aient", "eront", "erait", "ées", "ent", "ait", "era", "ant", "és",
               "ée", "es", "é", "e", "a")


def _lemma(tok) -> str:
    """The verb's infinitive: the tagger's lemma, or a first-group verb's from its form
    where the lemmatiser left the form as it was ("estime")."""
    lemma = tok.lemma_.lower()
    if tok.lower_ == "savoir" and any(t.lemma_.lower() == "faire"
                                      for t in tok.doc[max(0, tok.i - 2):tok.i]):
        return "faire savoir"   # "ont fait savoir que": made known
    if lemma in ("attendre", "engager") and any(
            c.dep_ in ("expl:comp", "expl:pv", "obj") and c.lower_ in ("se", "s'", "s’")
            for c in tok.children):
        return "s'" + lemma
    if lemma in SPEECH or lemma in POSITION:
        return lemma
    form = tok.lower_
    for ending in _ER_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            guess = form[: len(form) - len(ending)] + "er"
            if guess in SPEECH or guess in POSITION:
                return guess
    return lemma


def _subject(verb, incise: bool = False):
    """The verb's subject: its own, its auxiliary's, a conjoined verb's; in an incise
    after a quotation, the name right after the verb ("…», a déclaré Sergueï Lavrov");
    else a name just before the verb where the parse lost the link."""
    subj = _parsed_subject(verb)
    if subj is not None and incise and subj.i < verb.i and any(
            t.text in ("»", "”", '"') for t in verb.doc[subj.i:verb.i]):
        subj = None   # "« … la décision … », a déclaré Patton": not a word of the quotation
    if subj is not None:
        return subj
    doc = verb.doc
    if incise:
        # "a-t-elle affirmé": the inverted pronoun, whatever the parse made of it.
        inverted = next((t for t in doc[max(verb.sent.start, verb.i - 3):verb.i]
                         if t.text.startswith("-") and t.lower_.lstrip("-") in _PRONOUNS), None)
        if inverted is not None:
            return inverted
        # The inverted subject after the verb: not a word a preposition introduces nor a
        # time ("a déclaré samedi aux médias le chef de police X").
        after = next((t for t in doc[verb.i + 1:min(verb.sent.end, verb.i + 8)]
                      if t.pos_ in ("PROPN", "NOUN", "PRON") and not t.dep_.startswith("obl")
                      and t.dep_ != "iobj" and not any(c.dep_ == "case" for c in t.children)
                      and doc[t.i - 1].pos_ != "ADP"
                      and t.text not in ("»", ",")), None)
        if after is not None:
            return after
    # "Peter Martin, du cabinet CGA, qui a compilé les données, a déclaré": a sentence
    # opening with a name and a comma, whose verb the parser left without a subject.
    sent = verb.sent
    first = next((t for t in sent if not t.is_space and t.pos_ != "DET"), None)
    if first is not None and (first.pos_ == "PROPN" or (first.pos_ == "X" and first.is_title)) \
            and first.i < verb.i:
        end = first.i
        while end + 1 < verb.i and doc[end + 1].pos_ == "PROPN":
            end += 1
        if end + 1 < verb.i and doc[end + 1].text == "," and doc[verb.i - 1].text in (",",) + tuple(
                t.text for t in doc[verb.i - 2:verb.i] if t.pos_ == "AUX"):
            return first
    i = verb.i - 1
    while i >= verb.sent.start and verb.i - i <= 6 and doc[i].pos_ in ("AUX", "ADV", "PRON", "ADP", "PROPN") \
            and doc[i].text not in (",", "«", "»", ":"):
        if doc[i].pos_ == "PROPN":
            head = doc[i]
            while head.dep_ == "flat:name" and head.head.i < head.i:
                head = head.head
            return head
        i -= 1
    return None


def _parsed_subject(verb):
    subj = _own_subject(verb)
    if subj is not None and subj.lower_ in ("qui", "lequel", "laquelle") and verb.dep_ == "acl:relcl":
        return verb.head   # "Feinstein, qui a déclaré …": who is the noun it qualifies
    return subj


def _present_participle(verb) -> bool:
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def _own_subject(verb):
    if verb.dep_ == "acl" and _present_participle(verb) and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head   # "le bureau …, affirmant que": the noun it qualifies
    # "Warren a critiqué …, affirmant que …": the participle's subject is its verb's.
    up = ("conj", "xcomp", "advcl") if _present_participle(verb) else ("conj", "xcomp")
    for v in (verb, verb.head if verb.dep_ in up else None):
        if v is None:
            continue
        subj = next((c for v2 in [v] + [a for a in v.children if a.pos_ == "AUX"]
                     for c in v2.children if c.dep_ in ("nsubj", "nsubj:pass")
                     and c.lower_ not in _OBJECT_CLITICS), None)
        if subj is None:
            # "Les États-Unis … ont fait savoir": a name before the verb left unlabelled.
            subj = next((c for c in v.children if c.dep_ == "dep" and c.i < v.i
                         and c.pos_ in ("PROPN", "NOUN")), None)
        if subj is not None and subj.lower_ == "-t" and subj.i + 1 < len(subj.doc):
            subj = subj.doc[subj.i + 1]   # "a-t-il dit": "-il"
        if subj is not None:
            return subj
        # "a-t-il dit" parsed without a subject: the pronoun hyphened to the verb.
        nxt = [t for t in subj_candidates(v) if t.lower_.lstrip("-") in _PRONOUNS]
        if nxt:
            return nxt[0]
    return None


def _inverted(tok) -> bool:
    """"-t", "-il", "-elle": a subject pronoun hyphened after its verb."""
    return tok.text.startswith("-") and tok.lower_.lstrip("-") in _PRONOUNS | {"t", "on", "ils"}


def subj_candidates(verb):
    """The pronoun hyphened to the verb or its auxiliary: "dit-il", "a-t-elle déclaré"."""
    doc = verb.doc
    return [t for t in doc[max(0, verb.i - 3):min(len(doc), verb.i + 3)]
            if t.text.startswith("-") and t.i != verb.i]


def _phrase(doc, head) -> tuple[int, int]:
    """The subject's noun phrase: its subtree without relative or parenthetic clauses."""
    start = end = head.i
    for tok in head.subtree:
        if tok.i > head.i and (tok.dep_ in ("acl:relcl", "acl", "punct", "parataxis", "advcl")
                               or (tok.dep_ == "appos" and doc[tok.i - 1].text == ",")):
            break   # "Son rival Martin Fayulu" is one phrase, "X, qui …" is not
        start, end = min(start, tok.i), max(end, tok.i)
    while start < end and (doc[start].dep_ in ("punct", "cc", "case")
                           or doc[start].lower_ in ("selon", "d'", "d’", "après")):
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _infinitive(verb):
    """The infinitive a verb of saying reports ("affirme avoir grandi", "a dit ne pas
    avoir réalisé"), else None."""
    lemma = _lemma(verb)
    if lemma in _ONLY_WITH_QUOTATION or lemma == "demander":
        return None
    marked = lemma in _MARKED_INFINITIVE
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX", "ADJ") and c.i > verb.i \
                and ("Inf" in c.morph.get("VerbForm") or any(
                    a.dep_ in ("cop", "aux:tense", "aux:pass") and "Inf" in a.morph.get("VerbForm")
                    for a in c.children if a.i < c.i)):
            marks = [m.lower_ for m in c.children if m.i < c.i and (
                m.dep_ == "mark" or m.lower_ in ("de", "d'", "d’", "à"))]
            if (marked and marks and all(m in ("de", "d'", "d’", "à") for m in marks)) or (
                    not marked and not marks):
                return c   # "a été appelé pour remplacer": a purpose, not words
    return None


_QUE = ("que", "qu'", "qu’")


def _que_clause(verb):
    """The "que" clause a cue verb governs (ccomp marked by "que"/"qu'"), else None.

    The parser often hangs the clause's "que" on a word inside the clause ("a affirmé
    que quelque temps après la mort …": "que" under "mort") or the clause on a noun
    before it ("a affirmé dans un communiqué que …": under "communiqué"); a "que"
    mark right after the verb's own words (no other verb in between) opens its clause
    all the same."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "obj", "xcomp") and c.i > verb.i and (any(
                m.lower_ in _QUE and m.i < c.i for m in c.children)
                or (c.left_edge.lower_ in _QUE and c.left_edge.i > verb.i)):
            return c
    doc = verb.doc
    for t in doc[verb.i + 1:min(verb.sent.end, verb.i + 12)]:
        if t.text in (".", ";", "«", "»", "\n") or (t.pos_ in ("VERB", "AUX") and t.dep_ not in (
                "aux:tense", "aux:pass")):
            return None
        if t.lower_ in _QUE and (t.pos_ in ("SCONJ", "PUNCT") or (
                t.pos_ == "PRON" and t.dep_ not in ("obj", "nsubj"))):
            if t.head.i > t.i and t.head.pos_ in ("VERB", "AUX", "ADJ"):
                return t.head
            # "a indiqué que les portes …" with "que" parsed as punctuation, "a affirmé
            # lors de la marche que …" with it under the noun: the rest of the sentence.
            return verb.doc[t.i:verb.sent.end] if t.i + 1 < verb.sent.end else None
    return None


def _span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def _kind(start: int, end: int, regions, text: str) -> str:
    inner = [(s, e) for s, e in regions if start <= s and e <= end]
    if not inner:
        return "indirect"
    covered = sum(e - s for s, e in inner)
    return "direct" if covered >= 0.9 * len(text[start:end].strip()) else "mixed"


#: What stands between a quotation and the verb of its incise: "», a-t-il dit",
#: "», s'est félicité X", "! » s'exclame-t-il".
_INCISE = re.compile(r"[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*(?:[\w'’]+[- \t]){0,3}")
_INCISE_BARE = re.compile(r"[ \t\u00a0\u202f]*(?:[\w'’]+[- \t]){0,3}")


#: "… « membre de la famille », et ajoute que …": a verb coordinated after a quotation
#: is the next clause's, not an incise reporting it.
_COORDINATED = re.compile(r"\b(?:et|mais|puis|ou|ni)\b", re.I)


def _nearest_quotation(doc, verb, regions) -> Optional[tuple[int, int]]:
    """A quotation the verb introduces or follows within its sentence or just before:
    "« … », a déclaré X" (only a comma and the incise between) or "X a déclaré : « … »"."""
    text = doc.text
    # "« … » m'avait-elle dit": with no comma, an inverted pronoun marks the incise.
    inverted = any(_inverted(t) for t in doc[max(0, verb.i - 3):verb.i + 3])
    before = [(s, e) for s, e in regions if e <= verb.idx and not _COORDINATED.search(
        text[e:verb.idx]) and (
        _INCISE.fullmatch(text[e:verb.idx])
        or ((inverted or text[s:e].rstrip("»”\" \u00a0\u202f")[-1:] in ("!", "?", "…", ","))
            and _INCISE_BARE.fullmatch(text[e:verb.idx])))]
    if before:
        return before[-1]
    after = [(s, e) for s, e in regions if s >= verb.idx + len(verb.text)
             and re.fullmatch(r"[^«“\".!?]{0,80}?:\s*|\s*", text[verb.idx + len(verb.text):s])]
    return after[0] if after else None


def find_quotes_fr(doc, mentions: Optional[list[Entity]] = None,
                   corefs: Optional[list[Entity]] = None,
                   minted: Optional[list] = None) -> list[Quote]:
    """The quotes of a French ``doc``; ``minted``, when a list, receives the mentions
    made for names found only as speakers that a quote uses."""
    text = doc.text
    regions = quotation_regions(text)
    speakers = Speakers(mentions, corefs, regions, doc)
    quotes: list[Quote] = []
    claimed: list[tuple[int, int]] = []
    pronouns: set[int] = set()   # quotes whose speaker is il/elle

    def add(content: tuple[int, int], cue, subj, attribution: str, confidence: float) -> None:
        start, end = content
        if end - start < 3 or any(s < end and start < e for s, e in claimed):
            return
        if not _inside(start, regions):
            # A reported clause ends with its line (the parse may run on into the next).
            cut = text.find("\n", start, end)
            end = cut if cut >= 0 and not any(s <= cut < e for s, e in regions) else end
            if any(s < end and start < e for s, e in claimed):
                return
        speaker = entity = None
        if subj is not None:
            sp = _phrase(doc, subj)
            speaker = _span(text, *sp)
            entity, how = speakers.found(sp[0], sp[1], subj)
            # As in English: the form's confidence times how often a speaker entity
            # found this way is right (models/quotes/speaker_certainty.json).
            certainty = load_certainty()
            confidence = round(confidence * certainty.get(how, certainty.get("", 1.0)), 3)
            if subj.lower_.lstrip("-") in _PRONOUNS:
                pronouns.add(len(quotes))
        claimed.append((start, end))
        quotes.append(Quote(content=_span(text, start, end), speaker=speaker,
                            speaker_entity=entity,
                            cue=_span(text, cue.idx, cue.idx + len(cue.text)),
                            kind=_kind(start, end, regions, text), attribution=attribution,
                            confidence=confidence if subj is not None else confidence / 2))

    for tok in doc:
        lemma = _lemma(tok)
        if tok.pos_ not in ("VERB", "AUX") or (lemma not in SPEECH and lemma not in POSITION):
            continue
        if _inside(tok.idx, regions):
            continue   # a verb inside someone's quotation is theirs to say
        if any(c.dep_ == "advmod" and c.lower_ in ("ne", "n'", "n’", "pas") for c in tok.children) \
                and any(c.lower_ in ("pas", "jamais") for c in tok.children):
            continue   # "n'a pas dit": nothing said
        attribution = "position" if lemma in POSITION else "speech"
        quotation = _nearest_quotation(doc, tok, regions)
        subj = _subject(tok, incise=quotation is not None and quotation[1] <= tok.idx)
        if quotation is not None and subj is not None:
            qs, qe = quotation
            ends = [m.end() for m in re.finditer(r"[.!?…»][ \t\u00a0\u202f]|\n", text[:qs])]
            lead = text[(ends[-1] if ends else 0):qs]
            if qe <= tok.idx and len(re.findall(r"\w+", lead)) >= 3 and "»" not in lead:
                # "il voulait prouver qu'il était « quelque chose », a-t-il poursuivi":
                # the incise reports the whole clause, the quotation is part of it.
                qs = qs - len(lead) + (len(lead) - len(lead.lstrip()))
            add((qs, qe), tok, subj, "speech", 0.9)
            continue
        clause = _que_clause(tok) or _infinitive(tok)
        if clause is not None and lemma not in _ONLY_WITH_QUOTATION and subj is not None:
            toks = list(clause) if hasattr(clause, "start") else list(clause.subtree)
            start = toks[0].idx
            if toks[0].lower_ in ("que", "qu'", "qu’", "de", "d'", "d’", "à") and len(toks) > 1:
                start = toks[1].idx   # "que …", "a promis de …": the words after the mark
            while start < len(text) and text[start] in ",;: \u00a0\u202f":
                start += 1
            end = toks[-1].idx + len(toks[-1].text)
            end = max(end, *(e for s, e in regions if s < end <= e)) if any(
                s < end <= e for s, e in regions) else end
            while end > start and text[end - 1] in ".,;: ":
                end -= 1
            add((start, end), tok, subj, attribution, 0.75)
    # "X a été claire : « … »", "X, qui publia le tweet suivant : « … »": a quotation
    # after a colon is said by the subject of the clause before it.
    for qs, qe in regions:
        colon = re.search(r":[ \t\u00a0\u202f]*$", text[max(0, qs - 4):qs])
        if colon is None:
            continue
        span = doc.char_span(qs - 4 + colon.start(), qs - 4 + colon.start() + 1)
        if span is None or span.start == 0:
            continue
        verb = doc[span.start - 1]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.head.i < span.start:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in verb.children):
            continue   # "X a été claire :" has its subject on the adjective
        subj = _subject(verb)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON"):
            add((qs, qe), verb, subj, "speech", 0.7)
    # "…, rapporte Variety.", "…, a précisé le ministre.": an incise at the sentence's
    # end reports the clause before it.
    for tok in doc:
        lemma = _lemma(tok)
        if tok.pos_ != "VERB" or lemma not in SPEECH or _inside(tok.idx, regions):
            continue
        first = tok
        while first.i > tok.sent.start and (doc[first.i - 1].pos_ == "AUX"
                                            or _inverted(doc[first.i - 1])):
            first = doc[first.i - 1]   # "…, a-t-elle expliqué": the auxiliary and "-t-elle"
        if first.i == tok.sent.start or doc[first.i - 1].text != ",":
            continue
        subj = _subject(tok, incise=True)
        rest = doc[tok.i + 1:tok.sent.end]
        if subj is None or (subj.i < tok.i and not _inverted(subj)) or not rest \
                or any(t.pos_ == "VERB" for t in rest):
            continue
        start, end = tok.sent.start_char, doc[first.i - 1].idx
        if len(re.findall(r"\w+", text[start:end])) >= 4:
            add((start, end), tok, subj, "speech", 0.7)
    # "selon X, …", "d'après X, …": X's words, the rest of the sentence.
    for tok in doc:
        word = tok.lower_
        if tok.i + 1 < len(doc) and word in ("d'", "d’") and doc[tok.i + 1].lower_ == "après":
            word = "d'après"
        if word not in _ACCORDING or _inside(tok.idx, regions):
            continue
        cue_end = tok.i + (2 if word == "d'après" and tok.lower_ != "d'après" else 1)
        source = next((t for t in doc[cue_end:tok.sent.end] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if source is None or source.lower_ in ("laquelle", "lequel", "lesquels", "lesquelles", "moi", "nous"):
            continue   # "selon laquelle": a relative, no source
        # The source phrase runs to the next comma; the words are the rest of the sentence.
        sent = tok.sent
        # The sentence, within its line (the parse may join a headline to it).
        sent_start = max(sent.start_char, text.rfind("\n", 0, tok.idx) + 1)
        line_end = text.find("\n", tok.idx)
        sent_end = min(sent.end_char, line_end if line_end >= 0 else len(text))
        comma = next((t for t in doc[source.i:sent.end] if t.text == "," and t.idx < sent_end), None)
        opens = not text[sent_start:tok.idx].strip()
        if comma is not None and not opens:
            words = (sent_start, tok.idx)   # "Le pays va mal, selon X."
        elif comma is not None:
            words = (comma.idx + 1, sent_end)
        else:
            words = (sent_start, tok.idx)
        start, end = words
        while end > start and text[end - 1] in ".,;: \n":
            end -= 1
        add((start, end), tok, source, "speech", 0.7)
    # PolNeAR's broad convention, which the English quote model follows: stances over a
    # thing ("a nié ces affirmations") and readings that report nobody's words for sure
    # ("prévoit de", "les données ont démontré que"; no attribution kind, hidden by
    # default), where no surer reading claimed the words (nlp/quotes_fr_broad.py).
    for content, cue, subj, attribution, confidence in broad_readings(
            doc, regions, _lemma, _subject, _inside, SPEECH, POSITION):
        add(content, cue, subj, attribution, confidence)
    quotes = _pronoun_speakers(text, quotes, pronouns, speakers)
    quotes.extend(_follow_ons(text, regions, quotes, claimed))
    if minted is not None:
        used = {q.speaker_entity for q in quotes}
        minted.extend(m for m in speakers.minted if m.entity in used)
    return sorted((p for q in quotes for p in _paragraphs(text, q, regions)),
                  key=lambda q: q.content.start)


def _paragraphs(text: str, quote: Quote, regions) -> list[Quote]:
    """A quote running over several paragraphs, one quote per paragraph, as English
    writes them (a quoted paragraph is one quote, the last speaker's): the paragraph
    nearest the cue keeps it."""
    from dataclasses import replace

    start, end = quote.content.start, quote.content.end
    pieces, at = [], start
    for line in text[start:end].split("\n"):
        if len(re.findall(r"\w+", line)) >= 2:
            pieces.append(_span(text, at, at + len(line)))
        at += len(line) + 1
    if len(pieces) < 2:
        return [quote]
    cue = quote.cue
    near = min(range(len(pieces)), key=lambda i: 0 if cue is None else min(
        abs(cue.start - pieces[i].end), abs(pieces[i].start - cue.end)))
    return [replace(quote, content=p, cue=cue if i == near else None,
                    kind=_piece_kind(p, regions, text)) for i, p in enumerate(pieces)]


def _piece_kind(piece: Span, regions, text: str) -> str:
    """A paragraph of a quotation opened before it or closed after it is direct too."""
    inner = [(max(s, piece.start), min(e, piece.end)) for s, e in regions
             if s < piece.end and piece.start < e]
    if not inner:
        return "indirect"
    covered = sum(e - s for s, e in inner)
    return "direct" if covered >= 0.9 * len(piece.text) else "mixed"


def _pronoun_speakers(text: str, quotes: list[Quote], pronouns: set, speakers) -> list[Quote]:
    """il/elle speaking in the paragraph of a person's quote or the next one is that
    person ("… », a déclaré Trump. / « … »,
    a-t-il ajouté"); otherwise the person last named stands (``speakers_fr.Speakers``)."""
    from dataclasses import replace

    order = sorted(range(len(quotes)), key=lambda i: quotes[i].content.start)
    out = list(quotes)
    last = None
    for i in order:
        q = out[i]
        if i in pronouns and last is not None and q.speaker is not None:
            gap_start, gap_end = last.content.end, q.speaker.start
            # The speaker quoted in the same or the previous paragraph goes on speaking
            # (news names others in between without handing them the word).
            if 0 <= gap_end - gap_start and text.count("\n", gap_start, gap_end) <= 1:
                out[i] = q = replace(q, speaker_entity=last.speaker_entity)
        if q.speaker_entity:
            last = q
    return out


def _follow_ons(text: str, regions, quotes: list[Quote], claimed) -> list[Quote]:
    """A quotation opening a paragraph with no verb of its own, right after a quote
    ("… », précise-t-il. / « Vous savez quoi, … »): the same speaker goes on."""
    out = []
    for s, e in regions:
        if any(cs < e and s < ce for cs, ce in claimed) or len(re.findall(r"\w+", text[s:e])) < 4:
            continue
        if text[text.rfind("\n", 0, s) + 1:s].strip():
            continue   # not at a paragraph's start
        before = [q for q in quotes + out if q.content.end <= s and q.speaker_entity]
        if not before:
            continue
        last = max(before, key=lambda q: q.content.end)
        if text[last.content.end:s].count("\n") > 1:
            continue
        out.append(Quote(content=_span(text, s, e), speaker=None, speaker_entity=last.speaker_entity,
                         cue=None, kind="direct", attribution="speech", confidence=0.6))
    return out


def make_quotes_fr(nlp):
    """The ``storygraph_quotes`` component of a French pipeline."""
    def component(doc):
        minted: list = []
        doc._.quotes = find_quotes_fr(doc, doc._.mentions, doc._.corefs, minted=minted)
        if minted and doc._.mentions is not None:
            # A source named only where it speaks is an entity too, as in English.
            doc._.mentions = sorted(list(doc._.mentions) + minted, key=lambda m: m.start)
        return doc
    return component
