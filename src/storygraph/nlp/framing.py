"""Framing: the words a text uses to describe an entity, from the dependency parse.

``find_descriptors(doc, mentions, quotes)`` collects, for each named mention, what the
text says the entity *is*:
- appositions: `Wagner, a private military company` / `the real estate mogul, Donald Trump`;
- titles and roles before a name: `Foreign Minister Sergei Lavrov`, `GOP front-runner
  Donald Trump`, `Sen. Ted Cruz` (→ "senator");
- predicates: nominals and adjectives of a copula (`Trump is a serial liar`, `... is
  dangerous`), `as` (`working there as instructors`, `described as a demagogue`) and
  naming verbs (`called Trump a fraud`);
- epithets: an adjective on the name itself (`a defiant Trump`);
- modifiers, for organisations only: the category noun a name qualifies (`Russia's Wagner
  mercenary group` → "mercenary group"); for people such nouns are their things
  ("Trump campaign", "Trump supporters"), never a description.

Each descriptor has the phrase as written (``span``, adjectives kept: "presumptive
Republican nominee") and its ``term``, the lemmatised head noun with its compound nouns
("nominee", "real estate mogul", "front-runner"), which groups the variants. Left out
by the parse, not by word lists of any corpus: possessions (``poss``), determiners,
numbers, other names, handles, honorifics (a closed class: Mr., Mrs., Dr. …), headlines
(title-case or upper-case lines) and negated predicates ("is not a racist").

Inside a quote, a descriptor is the speaker's wording (``speaker_entity``); inside a quote
whose speaker is not a known entity it is left out rather than given to the outlet.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from spacy.language import Language

from ..types import Descriptor, Entity, Quote, Span
from .extensions import text_of

_KINDS = {"PERSON", "ORG", "GPE", "NORP"}
#: Entity types never part of a description (other names, numbers, dates). NORP and ORG
#: may stand inside one ("Republican nominee", "GOP front-runner") but not in its term.
_NOT_WORDS = {"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL",
              "MONEY", "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
#: Left dependents that belong to a noun's description (not det, poss, nummod, prep …).
_MODS = {"amod", "compound", "nmod", "advmod", "npadvmod", "hmod", "punct"}
#: Courtesy titles: house style, not a description (a closed class of English).
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "messrs", "mme", "sir", "dame", "madam"}
#: Abbreviated titles, written out so "Sen." and "senator" are one term.
_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor",
                  "gen": "general", "lt": "lieutenant", "col": "colonel", "pres": "president",
                  "sec": "secretary", "amb": "ambassador", "atty": "attorney", "sgt": "sergeant",
                  "adm": "admiral", "cmdr": "commander", "capt": "captain", "supt": "superintendent"}
#: Copulas: their nominal or adjective complement says what the subject is.
_COPULAS = {"be", "become", "remain", "seem", "appear", "look", "sound", "stay"}
#: Verbs that name their object as something ("called Trump a fraud").
_NAMING = {"call", "label", "brand", "dub", "name", "describe", "consider", "deem", "declare"}
#: A noun that names a person by role: agentive and other person-forming suffixes
#: (nomin-ee, senat-or, billion-aire, business-man, front-runn-er, activ-ist, …) …
_PERSON_SUFFIXES = ("er", "or", "ist", "ee", "ian", "aire", "man", "woman", "ess", "eur",
                    "ier", "yst", "crat", "arch")
#: … but not these look-alikes: "statement", "movement" (-ment), "other".
_NOT_PERSON_ENDINGS = ("ment", "other", "ther")
#: … or one of the English role and kinship nouns that have none (a closed class), with the
#: person nouns of endings that mostly make things ("-ive": "narrative", "initiative";
#: "-ic": "topic"; "-ant", "-ent": "restaurant", "event"; "-an": "plan"; "-ite": "website";
#: "-ard": "standard"), which are listed rather than guessed.
_ROLES = {"chief", "head", "aide", "ally", "rival", "hopeful", "mogul", "tycoon", "star", "icon",
          "wife", "husband", "son", "friend", "judge", "general", "colonel", "captain", "king",
          "queen", "prince", "pope", "bishop", "cardinal", "sheikh", "imam", "rabbi", "coach",
          "guru", "czar", "tsar", "envoy", "deputy", "secretary", "attorney", "heir", "spouse",
          "sibling", "kid", "boss", "host", "guest", "clerk", "nun", "monk", "priest", "chair",
          "peer", "lord", "lady", "baron", "emir", "sultan", "shah", "mullah", "ayatollah",
          "marshal", "spokesperson", "chairperson", "speaker", "mp", "hero", "villain", "crook",
          "fraud", "bully", "genius", "demagogue", "populist", "outsider", "insider", "novice",
          "rookie", "veteran", "maverick", "liar", "clown", "idiot", "fool", "thug", "person",
          "man", "child", "boy", "girl", "figure", "citizen", "member", "native", "adult",
          "candidate", "delegate", "advocate", "graduate", "surrogate", "magnate", "associate",
          "laureate", "diplomat", "mother", "father", "brother", "daughter", "sister", "fan",
          "elect", "moderate", "liberal", "radical", "rebel", "loyalist", "mayor",
          # -ive
          "representative", "executive", "operative", "detective", "conservative",
          "progressive", "relative", "fugitive", "captive",
          # -ic
          "critic", "skeptic", "sceptic", "cynic", "heretic", "fanatic", "mechanic", "cleric",
          "medic", "mystic", "eccentric", "lunatic", "alcoholic", "catholic", "academic", "comic",
          # -ant
          "servant", "assistant", "consultant", "lieutenant", "sergeant", "immigrant", "migrant",
          "applicant", "participant", "contestant", "defendant", "informant", "tenant",
          "merchant", "militant", "protestant", "descendant", "attendant", "claimant",
          "emigrant", "inhabitant", "occupant", "accountant", "confidant", "combatant",
          "litigant", "entrant", "aspirant", "assailant", "peasant", "giant", "tyrant", "infant",
          "sycophant", "commandant", "appellant", "complainant", "debutante",
          # -ent
          "president", "resident", "student", "opponent", "agent", "client", "patient", "parent",
          "correspondent", "proponent", "dissident", "incumbent", "adolescent", "regent",
          "respondent", "superintendent", "independent", "insurgent", "constituent",
          "recipient", "adherent", "dependent", "exponent", "delinquent", "descendent",
          # -an
          "republican", "american", "partisan", "artisan", "pagan", "human", "chaplain", "titan",
          "charlatan", "puritan", "samaritan", "courtesan",
          # -ite, -ard
          "elite", "socialite", "favorite", "favourite", "hypocrite", "bastard", "coward",
          "drunkard", "steward", "wizard", "guard", "laggard", "dullard", "blowhard"}
#: Adjectives about a relation to an event, not the entity ("likely to win", "sure").
_RELATIONAL_ADJECTIVES = {"likely", "unlikely", "able", "unable", "sure", "unsure", "worth",
                          "due", "aware", "unaware", "ready", "eager", "certain", "free",
                          "responsible", "willing", "unwilling", "set", "about", "afraid",
                          "glad", "happy", "sorry", "impressed", "present", "absent"}
#: Adjectives of time or relation, not evaluation: "former Trump", "fellow Cruz".
_NOT_EPITHETS = {"former", "then", "current", "fellow", "own", "other", "same", "new", "late",
                 "likely", "presumptive", "future", "possible", "potential", "rival", "main",
                 "real", "actual", "only", "very", "whole", "entire", "primary", "very", "young",
                 "old", "early", "later", "last", "next", "first", "second",
                 # quantities: "countless Americans" counts them, it does not describe them
                 "countless", "many", "several", "numerous", "few", "multiple", "various",
                 "some", "more", "most", "additional", "dozens", "hundreds"}
#: "as" in fixed phrases, not "serves as a surrogate": "as a result of", "as part of".
_AS_IDIOMS = {"result", "part", "consequence", "means", "way", "well", "example", "usual",
              "such", "much", "long", "soon", "far"}
#: Nouns that denote an organisation: "X group" is X itself, "X campaign" is X's thing.
_COLLECTIVES = {"group", "company", "firm", "party", "organisation", "organization", "militia",
                "network", "movement", "agency", "army", "force", "forces", "outfit",
                "corporation", "coalition", "alliance", "union", "faction", "front", "gang",
                "cartel", "channel", "outlet", "newspaper", "broadcaster", "institute",
                "foundation", "association", "club", "band", "team", "brigade", "battalion",
                "contractor", "conglomerate", "bank", "regime", "government"}


def _headline(tokens, sent_start: int) -> bool:
    """A headline or section heading: upper case, or most content words capitalised.
    ``tokens`` are words of the sentence that opens at token ``sent_start``."""
    words = [t for t in tokens if t.is_alpha and len(t) > 3 and not t.is_stop]
    if not words:
        return False
    if sum(t.is_upper for t in words) * 2 > len(words):
        return True
    # Names are capitalised anywhere; the other words only in a headline.
    words = [t for t in words if not t.ent_type_ and t.i != sent_start]
    caps = sum(t.is_title for t in words)
    return len(words) >= 2 and caps * 2 >= len(words)


def _in_headline(tok) -> bool:
    """Whether the token stands in a headline. Headlines end with a line break and the
    parser may run them into the next sentence, so the test is on the token's sentence
    cut to its line; a short line without a full stop is a heading in any case, and so
    is a short first line (articles open with their title, in sentence case too)."""
    text = text_of(tok.doc)
    first = tok.sent
    if first.start == 0 and len(first) < 15 and "\n" in text[first.end_char - 1:first.end_char + 3]:
        return True
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    end = len(text) if end == -1 else end
    line = text[start:end].strip()
    if line and not line.endswith((".", "?", "!", '"', "\u201d", ":", ";", ",")) and len(line.split()) < 12:
        return True
    return _headline([t for t in first if start <= t.idx < end], first.start)


def _honorific(tok) -> bool:
    return tok.lower_.rstrip(".") in _HONORIFICS


def _name_token(tok, own: set[int]) -> bool:
    return tok.i in own or tok.ent_type_ in _NOT_WORDS or tok.like_num or tok.like_url \
        or tok.text.startswith(("@", "#")) or tok.tag_ == "POS" or _honorific(tok)


def _left(tok, own: set[int]) -> list:
    """The noun's left modifiers (recursively), with itself, in text order."""
    out = [tok]
    for child in tok.lefts:
        if child.dep_ not in _MODS or _name_token(child, own):
            continue
        if child.dep_ == "punct" and not (child.text in "-–" and not child.whitespace_):
            continue
        out.extend(_left(child, own))
    return sorted(out, key=lambda t: t.i)


def _run(tokens: list, head) -> list:
    """The contiguous run of ``tokens`` that ends at ``head`` (a span is one stretch)."""
    run = [head]
    kept = {t.i for t in tokens}
    i = head.i - 1
    while i in kept:
        run.insert(0, head.doc[i])
        i -= 1
    # (never a piece hyphened to the next: "longest-serving prime minister", cut at its
    # adverb, read "serving prime minister")
    while len(run) > 1 and run[0].pos_ in ("PUNCT", "ADV", "CCONJ", "ADP", "PART") and not (
            not run[0].whitespace_ and "-" in (run[0].text, run[1].text)
            and run[0].is_alpha | (run[0].text == "-" and run[0].i > 0
                                   and not run[0].nbor(-1).whitespace_)):
        run.pop(0)
    return run


def _lemma(tok) -> str:
    word = tok.lower_.rstrip(".")
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    return (tok.lemma_ or tok.text).lower()


def _term(run: list, head, adjectives: bool = False) -> Optional[str]:
    """The head noun's lemma with its compound nouns and the word it is hyphened to; with
    ``adjectives`` its adjectives too (an organisation's kind is in them: "mercenary
    group", "private military company"; a person's role is in the noun: "nominee")."""
    keep = set()
    parts = ("NOUN", "PROPN", "ADJ") if adjectives else ("NOUN", "PROPN")

    def compounds(tok):
        for child in tok.lefts:
            if child.dep_ in ("compound", "amod", "nmod") and child in run and child.pos_ in (
                    parts) and child.ent_type_ not in ("NORP", "ORG"):
                keep.update(t.i for t in child.subtree if t in run and t.ent_type_ not in ("NORP", "ORG"))
    compounds(head)
    # "front-runner", "self-funder": one written word, whatever the parse made of it.
    i = head.i
    while i - 1 >= run[0].i and not head.doc[i - 1].whitespace_:
        keep.add(i - 1)
        i -= 1
    words = [t for t in run if t.i in keep or t.i == head.i]
    text = ""
    for k, t in enumerate(words):
        if k and (words[k - 1].whitespace_ or words[k - 1].i + 1 != t.i):
            text += " "
        text += _lemma(t) if t.i == head.i else t.lower_
    text = text.strip(" -–")
    return text if len(text) >= 3 and re.search(r"[a-z]{3}", text) else None


def _noun_ok(tok, title: bool = False) -> bool:
    """A common noun that can describe: not a name, number, pronoun or headline word."""
    if _honorific(tok) or tok.like_num or not re.fullmatch(r"[A-Za-z][A-Za-z.'’-]*", tok.text):
        return False
    if title:
        if tok.lower_.rstrip(".") in _ABBREVIATIONS:
            return True
        return tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ and not tok.is_upper
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (tok.is_lower or "-" in tok.text)


def person_noun(tok) -> bool:
    """Whether a noun names a person by role: "nominee", "front-runner", "mogul"."""
    word = _lemma(tok).split("-")[-1]
    return word in _ROLES or tok.lower_.rstrip(".") in _ABBREVIATIONS or (
        len(word) > 4 and word.endswith(_PERSON_SUFFIXES)
        and not word.endswith(_NOT_PERSON_ENDINGS))


def body_noun(tok) -> bool:
    """Whether a noun names an organisation: "newspaper", "broadcaster", "militia"."""
    return _lemma(tok) in _COLLECTIVES


def _adjective_ok(tok) -> bool:
    """An adjective that qualifies its subject by itself ("dangerous"), not one that
    takes a complement ("likely to win", "confident that …", "ready for …")."""
    return (tok.pos_ == "ADJ" and tok.tag_ == "JJ" and tok.is_lower and tok.is_alpha and len(tok) > 2
            and tok.lower_ not in _RELATIONAL_ADJECTIVES and not tok.ent_type_ and not any(c.dep_ in ("xcomp", "ccomp", "prep", "advcl")
                                              for c in tok.children))


_MEASURES = {"PERCENT", "CARDINAL", "MONEY", "QUANTITY"}


def _complement_on_head(adj) -> bool:
    """The small parser often hangs an adjective's complement on its copula: "is fine
    doing …", "is underwater at 41 percent". A verb right after the adjective is its
    complement (a stance: "fine doing", "ready to go"), and so is a measure (a standing
    in the polls: "underwater at 41 percent", "ahead by five points"); not a place or a
    time ("popular in New York", "apologetic when he visited" stay qualities)."""
    after = adj.right_edge.i + 1
    for c in adj.head.children:
        if c.left_edge.i != after:
            continue
        if c.dep_ in ("advcl", "xcomp", "ccomp") and (
                c.left_edge.tag_ in ("VBG", "VB") or c.left_edge.tag_ == "TO"):
            return True
        first = c if c.dep_ == "npadvmod" else c.doc[min(c.i + 1, len(c.doc) - 1)]
        if c.dep_ in ("prep", "npadvmod") and first.ent_type_ in _MEASURES:
            return True
    return False


#: Particles that make adjectives of place and state out of a noun: "underwater",
#: "overseas", "online", "upstairs", "offshore", "overweight" (a closed class of English).
_PARTICLES = ("under", "over", "off", "on", "up", "down", "out", "in")


def _placed(adj, nouns: frozenset, adjectives: frozenset) -> bool:
    """A particle + noun adjective ("under|water") says where or in what state something
    is, not what it is like; not when the rest is an adjective too ("in|human")."""
    word = adj.lower_
    for p in _PARTICLES:
        rest = word[len(p):]
        if word.startswith(p) and len(rest) > 2 and rest not in adjectives and (
                rest in nouns or (rest.endswith("s") and rest[:-1] in nouns)):
            return True
    return False


#: Quantifiers: "(all times EST)", "each side" are not what the name is (a closed class).
_QUANTIFIERS = {"all", "every", "each", "no", "any", "both", "most", "many", "few",
                "several", "some"}


def _second_complement(noun) -> bool:
    """A copula takes one complement: a second one after a comma describes the noun
    before that comma ("Trump has been the most aggressive in denouncing the mainstream
    media, the erstwhile arbiter of fact"), unless that noun is the first complement
    itself ("X is a liar, a cheat")."""
    first = [c for c in noun.head.children if c.dep_ in ("attr", "acomp") and c.i < noun.i]
    before = noun.left_edge.i - 2
    return bool(first) and before >= 0 and noun.doc[before + 1].text == "," and not any(
        noun.doc[before] == f for f in first)


def _apposition_ok(phrase, name) -> bool:
    """An apposition after a name is set off on both sides. One that runs on into the
    name's own verb without a closing comma is that verb's subject, misparsed, when the
    verb has no subject or the name sits in a prepositional phrase ("Sanders, a narrower
    victory in the state … would raise"; "Like the United States, Israel's relationship
    … has been"; "For Clinton, the worst attack … was"); a missing comma alone is not
    ("Sam Lau, the communications director for the party said"). One with a quantifier
    is no description ("(all times EST)")."""
    if any(c.dep_ in ("det", "predet") and c.lower_ in _QUANTIFIERS for c in phrase.children):
        return False
    governors = {t.i for t in name.ancestors}
    for tok in phrase.doc[phrase.right_edge.i + 1:phrase.sent.end]:
        if tok.is_punct:
            return True
        if tok.pos_ in ("VERB", "AUX") and (tok.i in governors or tok.head.i in governors):
            verb = tok if tok.i in governors else tok.head
            start = name.left_edge.i
            in_phrase = name.dep_ == "pobj" or start > 0 and name.doc[start - 1].pos_ == "ADP" \
                or name.doc[start].pos_ == "ADP"
            return not in_phrase and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return True


def _set_off(between) -> bool:
    """Only punctuation that sets a phrase off (a comma, dash or bracket), and some."""
    return len(between) > 0 and all(t.is_punct and "\n" not in t.text for t in between) and any(
        t.text in (",", "(", "-", "–", "—", "--") for t in between)


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def find_descriptors(doc, mentions: Optional[Iterable[Entity]] = None,
                     quotes: Optional[Iterable[Quote]] = None,
                     lexicon: Optional[dict[str, frozenset]] = None) -> list[Descriptor]:
    """Descriptors of the named ``mentions``. ``lexicon`` ({"noun": …, "adj": …}, the
    English lemmas the model's lemmatiser knows) keeps only heads that are common nouns
    and adjectives of English: "Ivanka", "datetime" or "slamming" are not."""
    from .name_keys import normalise
    from .gazetteer import demonym_country, places

    gaz = places()
    out: list[Descriptor] = []
    seen = set()
    # A cue that reports nobody's words (attribution null, as scored) makes no one's
    # wording ("Ted Cruz, the Texas senator, is protesting" is the outlet's).
    quotes = [q for q in quotes or () if q.attribution is not None or q.confidence is None]

    def known(tok, part: str) -> bool:
        if lexicon is None or part not in lexicon:
            return True
        word = _lemma(tok).split("-")[-1]
        return word in lexicon[part] or tok.lower_ in lexicon[part]

    def add(m: Entity, head, tokens: list, kind: str, own: set[int], title: bool = False):
        if head is None or head.i in own:
            return
        if not (_adjective_ok(head) and known(head, "adj") and not _complement_on_head(head)
                and not (lexicon and _placed(head, lexicon.get("noun", frozenset()),
                                             lexicon.get("adj", frozenset())))
                if head.pos_ == "ADJ" else _noun_ok(head, title) and known(head, "noun")):
            return
        if _in_headline(head) or _in_headline(doc[span_start(m)]):
            return
        if head.pos_ != "ADJ" and m.label == "PERSON":
            # A person is described by a person noun (a role, kind or kin: "nominee",
            # "mogul", "son"); other nouns near a name are mostly misparsed neighbours
            # ("a tough line", "the Nevada caucus"). One construction says it of anything:
            # "X is a Y" ("Trump is a clear and present danger").
            first = head
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            classed = first.dep_ == "attr" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                   for c in first.children)
            if not person_noun(head) and not classed:
                return
            if kind == "title" and head.tag_ in ("NNS", "NNPS"):
                return
        if kind == "title" and m.label == "ORG" and not (head.tag_ == "NN" or (
                head.tag_ == "NNP" and head.is_lower)):
            return   # ("Cable firms NTL and Telewest": said of both, not of one)
        run = _run([t for t in tokens if t.i not in own], head)
        if not run or any(t.i in own for t in run):
            return
        s, e = run[0].idx, run[-1].idx + len(run[-1].text)
        if s < m.end and m.start < e:  # never the name itself
            return
        term = _term(run, head, adjectives=m.label != "PERSON")
        key = (m.entity, s, e)
        if term is None or key in seen:
            return
        speaker = None
        for q in quotes:
            if q.content.start <= s < q.content.end:
                speaker = q.speaker_entity or ""
                break
        if speaker == "":  # someone's words, but not whose: neither theirs nor the outlet's
            return
        seen.add(key)
        sentence = head.sent
        out.append(Descriptor(entity=m.entity, span=Span(s, e, text_of(doc)[s:e]),
                              evidence=Span(sentence.start_char, sentence.end_char, sentence.text),
                              kind=kind, speaker_entity=speaker, term=term))

    def span_start(m: Entity) -> int:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.start if span is not None else 0

    def nominal(m, tok, kind, own, title=False):
        if kind == "apposition" and tok.pos_ != "NOUN" and tok.lower_ in _NOT_EPITHETS:
            return  # "The other, Ted Cruz"; "Ramos, silver-haired and blue-eyed," is one
        if kind == "predicate" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return  # "Weber is no fan of Trump": a denial
        add(m, tok, _left(tok, own), kind, own, title)
        if kind in ("predicate", "apposition"):
            # "Trump is a serial liar, rampant xenophobe, racist and bully": each one.
            for other in tok.conjuncts:
                if other.i > tok.i and other.pos_ in ("NOUN", "ADJ"):
                    add(m, other, _left(other, own), kind, own, title)

    for m in mentions or ():
        if m.label not in _KINDS or not m.entity:
            continue
        # "Americans are mad", "countless Americans": words about a people, not about the
        # country its word stands for (a demonym carries the country's id).
        people = m.label == "NORP" and bool(demonym_country(gaz, normalise(m.text)))
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        own = {t.i for t in span}
        head = span.root
        # "Trump campaign", "Trump's den", "Team Trump proposal": the name qualifies another
        # noun, so the words around it describe that noun, not the entity.
        qualifier = head.dep_ in ("compound", "poss", "nmod") or any(
            c.tag_ == "POS" for c in head.children)
        # Appositions: "Trump, the Republican nominee," / "the Republican nominee, Trump";
        # set off by punctuation (else the parse has run two phrases together).
        for child in head.children:
            if child.dep_ == "appos" and child.i > span.end and _set_off(
                    doc[span.end:child.left_edge.i]) and _apposition_ok(child, head):
                nominal(m, child, "apposition", own)
        if head.dep_ == "appos" and head.head.i < span.start and not qualifier:
            between = doc[head.head.i + 1:span.start]
            if _set_off(between):
                nominal(m, head.head, "apposition", own)
            elif not len(between) and m.label == "PERSON" and "\n" not in head.head.whitespace_:
                nominal(m, head.head, "title", own, title=True)  # "the divisive billionaire Trump"
        # Titles and roles before a person's name: the nearest compound noun and its
        # modifiers; for a body, what kind of body the text calls it ("search giant
        # Google", "telecoms regulator Ofcom", "security firm iDefence").
        if m.label in ("PERSON", "ORG") and not qualifier:
            before = [c for c in head.lefts if c.i < span.start and c.dep_ in ("compound", "nmod")
                      and not _name_token(c, own)]
            # A title stands right before the name, its given names or an honorific:
            # "candidate for president - Mrs. Clinton" is a phrase of its own.
            if before and all(t.pos_ in ("PROPN", "SPACE") or t.is_quote or _honorific(t)
                              for t in doc[before[-1].right_edge.i + 1:span.start]):
                nominal(m, before[-1], "title", own, title=True)
            elif span.start > 0:
                # The small parser often makes "nominee" in "GOP nominee Donald Trump" a
                # sibling of the name: a bare singular noun right before it is its title.
                prev = doc[span.start - 1]
                if prev.tag_ == "NN" and not list(prev.rights) and prev.head.i in (head.i, head.head.i) \
                        and prev.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "compound", "nmod", "appos"):
                    nominal(m, prev, "title", own, title=True)
        # Epithets: an adjective on the name itself, behind an article ("a defiant Trump").
        # Not for places: "the continental United States" is a part of it, not a view of it.
        if not qualifier and m.label != "GPE" and not people and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in head.lefts):
            for child in head.lefts:
                if child.dep_ == "amod" and child.i < span.start and child.lower_ not in _NOT_EPITHETS:
                    add(m, child, [a for a in child.subtree], "epithet", own)
        # Organisations: the category noun the name qualifies ("Wagner mercenary group").
        # "a GOP digital firm", "GOP spending groups" are others, allied to it.
        if m.label in ("ORG", "NORP") and head.dep_ in ("compound", "nmod") \
                and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in _COLLECTIVES \
                and head.head.tag_ == "NN" and head.head.dep_ != "compound" and not any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.head.children):
            noun = head.head
            add(m, noun, [t for t in doc[head.i + 1:noun.i + 1]], "modifier", own)
        # Predicates of the name (for organisations also of "X members", "X forces").
        subject = head
        if m.label != "PERSON" and head.dep_ == "compound" and head.head.dep_ in ("nsubj", "nsubjpass"):
            subject = head.head
        if subject.dep_ == "relcl" or people:
            continue
        # "For Clinton, the worst attack in a decade was an opportunity": a phrase that
        # runs from the name on into the verb is the subject; the parse took the name.
        if any(c.dep_ == "appos" and c.i > span.end and not _apposition_ok(c, head)
               for c in head.children):
            continue
        verb = subject.head
        if subject.dep_ in ("nsubj", "nsubjpass") and not _negated(verb):
            for child in verb.children:
                if subject.dep_ == "nsubj" and subject is head and verb.lemma_ in _COPULAS:
                    if child.dep_ == "attr" and child.pos_ == "NOUN" and not _second_complement(child):
                        nominal(m, child, "predicate", own)
                    if child.dep_ == "acomp":
                        add(m, child, [a for a in child.subtree if a.i <= child.i], "predicate", own)
                # "X serves as a surrogate"; not "X used Obama as a shield" (the object's).
                # Nor "… with Trump as her opponent" (the with-phrase's).
                if child.dep_ == "prep" and child.lower_ == "as" and child.i > verb.i and not any(
                        c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ in (
                            "with", "without") and c.right_edge.i == child.i - 1
                        for c in verb.children):
                    for obj in child.children:
                        if obj.dep_ == "pobj" and obj.lemma_.lower() not in _AS_IDIOMS:
                            nominal(m, obj, "predicate", own)
        # "Trump, who is a businessman"; "critics called Trump a fraud".
        for child in head.children:
            if child.dep_ == "relcl" and child.lemma_ in _COPULAS and not _negated(child) and any(
                    c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in child.children):
                for c in child.children:
                    if c.dep_ == "attr" and c.pos_ == "NOUN":
                        nominal(m, c, "predicate", own)
        if head.dep_ == "dobj" and head.head.lemma_ in _NAMING and not _negated(head.head):
            for c in head.head.children:
                if c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ == "NOUN" and c.i > head.i:
                    nominal(m, c, "predicate", own)
    return out


def lexicon(nlp) -> Optional[dict[str, frozenset]]:
    """The nouns and adjectives the pipeline's lemmatiser knows (WordNet's, in spaCy's
    English lookups), or None when it has none."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return {part: frozenset(index[part]) for part in ("noun", "adj")}
    except (KeyError, ValueError, AttributeError):
        return None


@Language.factory("storygraph_framing", requires=["token.dep"], assigns=["doc._.descriptors"])
def make_framing(nlp, name):
    words = lexicon(nlp)

    def component(doc):
        doc._.descriptors = find_descriptors(doc, doc._.mentions, doc._.quotes, words)
        return doc
    return component
