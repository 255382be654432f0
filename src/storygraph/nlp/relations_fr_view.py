"""A French parse in the English parse's shape, for the trained relation model.

The relation model (nlp/relations.py) was trained on English parses: ClearNLP labels
(``dobj``, ``nsubjpass``, a preposition heading its object as ``prep`` → ``pobj``), Penn
tags and English lemmas. spaCy's French model writes Universal Dependencies (``obj``,
``nsubj:pass``, the object heading its preposition as ``obl``/``nmod`` → ``case``) and
French lemmas. ``english_view`` builds a new ``Doc`` over the same tokens, same heads
but the prepositions' and the modals', with the labels renamed, the tags read from the
morphology, the cue words in English (nlp/cues_fr_en.py) and the auxiliary "will" or
"would" English writes where French puts the tense in the ending (nlp/verbs_fr.py), so
that the model scores the French sentence through features that do not depend on its
language: where the named actors stand from the event word, the event word itself, its
voice, tense and negation. The view's relations are mapped back onto the French text by
token (``view_index``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc

from ..types import Entity, Relation, Span
from .cues_fr_en import NOUNS, VERBS, WORDS
from .speech_verbs import INCISE
from .verbs_fr import LIGHT_VERBS, light_noun, modal, sense, tense

#: UD label (French spaCy) -> ClearNLP label (English spaCy), where a plain rename does.
_LABELS = {
    "nsubj": "nsubj", "nsubj:pass": "nsubjpass", "nsubj:caus": "nsubj", "csubj": "csubj",
    "obj": "dobj", "iobj": "dative", "ccomp": "ccomp", "xcomp": "xcomp", "advcl": "advcl",
    "acl:relcl": "relcl", "acl": "acl", "amod": "amod", "advmod": "advmod", "det": "det",
    "conj": "conj", "cc": "cc", "aux:tense": "aux", "aux:pass": "auxpass", "aux:caus": "aux",
    "cop": "aux", "flat:name": "compound", "flat:foreign": "compound", "fixed": "dep",
    "appos": "appos", "mark": "mark", "punct": "punct", "nummod": "nummod", "ROOT": "ROOT",
    "expl:comp": "expl", "expl:pass": "expl", "expl:subj": "expl", "parataxis": "parataxis",
    "dep": "dep", "vocative": "npadvmod", "case": "case", "obl:agent": "agent",
}
_OBLIQUE = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod")
#: French prepositions of several words that name when something happened, by the word
#: that heads them ("à la suite de", "au cours de", "en marge de", "à l'issue de", "lors
#: de"), as the English preposition.
_SETTINGS = {"suite": "following", "cours": "during", "marge": "at", "issue": "after",
             "lors": "during"}


def _tag(tok) -> str:
    m, pos = tok.morph, tok.pos_
    if pos in ("VERB", "AUX"):
        form, tense = m.get("VerbForm"), m.get("Tense")
        if "Inf" in form:
            return "VB"
        if "Part" in form:
            return "VBN" if "Past" in tense else "VBG"
        if "Ger" in form:
            return "VBG"
        if "Past" in tense or "Imp" in tense:
            return "VBD"
        return "VBP" if "Plur" in m.get("Number") else "VBZ"
    if pos == "NOUN":
        return "NNS" if "Plur" in m.get("Number") else "NN"
    if pos == "PRON":
        return "WP" if "Rel" in m.get("PronType") or "Int" in m.get("PronType") else "PRP"
    if pos == "DET":
        return "PRP$" if "Yes" in m.get("Poss") else "DT"
    return {"PROPN": "NNP", "ADJ": "JJ", "ADV": "RB", "ADP": "IN", "SCONJ": "IN",
            "CCONJ": "CC", "NUM": "CD", "PUNCT": ".", "PART": "RP", "X": "FW",
            "INTJ": "UH", "SYM": "SYM"}.get(pos, "XX")


#: The words that make "ne" a negation; without one, "ne" is expletive ("avant que le
#: Royaume-Uni ne se retire": before it withdraws) or restrictive ("n'a signé que deux
#: accords": signed only two).
_NEGATORS = frozenset("pas jamais plus rien personne aucun aucune guère point nullement ni "
                      "nulle nul".split())


def _negative(tok) -> bool:
    if tok.pos_ != "ADV":
        return False
    if tok.lower_ in ("ne", "n'", "n’"):
        near = [c for c in tok.head.children if c.i != tok.i]
        near += [g for c in near if c.dep_ in ("nsubj", "obj", "nsubj:pass") for g in c.children
                 if g.dep_ == "det"]
        return any(t.lower_ in _NEGATORS for t in near)
    return "Neg" in tok.morph.get("Polarity") or tok.lower_ in ("pas", "jamais")


def _er_lemmas(form: str) -> tuple[str, ...]:
    """The "-er" infinitives a present-tense form may be of, for a verb the lemmatizer
    left as it found it ("tente" -> "tenter", "accusent" -> "accuser")."""
    return tuple(form[:-len(e)] + "er" for e in ("ent", "es", "e") if form.endswith(e)
                 and len(form) > len(e) + 2)


#: English verbs of asking and telling: their "à X" is whom they ask ("a demandé aux
#: États-Unis de respecter"), a place's name or not.
_ASKING = frozenset("ask urge demand request appeal invite order tell".split())


def _asked(noun) -> bool:
    verb = noun.head
    return noun.dep_.startswith("obl") and verb.pos_ == "VERB" and (
        VERBS.get(verb.lemma_.lower()) in _ASKING or sense(verb) in _ASKING)


def _verb_as_pronoun(tok) -> bool:
    """An event verb the tagger took for a pronoun ("Le Parti travailliste nie avoir …":
    "nie" tagged PRON) whose lemma it still gives right and which heads its clause."""
    return tok.pos_ == "PRON" and tok.lemma_.lower() in VERBS and (
        tok.dep_ == "ROOT" or any(c.dep_ == "nsubj" for c in tok.children))


def _auxiliary(tok) -> Optional[str]:
    """The English auxiliary a French one of the compound tenses or the passive is:
    "a signé" has signed, "avait signé" had signed, "est arrivé" has arrived, "a été
    accusé" has been accused, "est accusé" is accused. English reads the tense off the
    auxiliary ("has accused" is done, "accused" alone a participle), French off the
    auxiliary too; the future and the conditional are "will" and "would" (below)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "AUX" or lemma not in ("avoir", "être") or tok.dep_ not in ("aux:tense",
                                                                                "aux:pass"):
        return None
    m = tok.morph
    form, when = m.get("VerbForm"), m.get("Tense")
    plural = "Plur" in m.get("Number") or m.get("Person") in (["1"], ["2"])
    if "Inf" in form:
        return "have" if tok.dep_ == "aux:tense" else "be"
    if "Part" in form:
        if "Pres" in when:
            return "having" if tok.dep_ == "aux:tense" else "being"
        return "been"
    if tok.dep_ == "aux:tense":
        return "had" if "Imp" in when or "Past" in when else "have" if plural else "has"
    if "Imp" in when or "Past" in when:
        return "were" if plural else "was"
    return "are" if plural else "is"


def _english(tok) -> tuple[str, str]:
    """The view's (word, lemma) for one French token."""
    lemma = tok.lemma_.lower()
    aux = _auxiliary(tok)
    if aux is not None:
        return aux, "have" if tok.dep_ == "aux:tense" else "be"
    if tok.pos_ == "VERB":
        lemma = next((v for v in (lemma, *_er_lemmas(tok.lower_)) if v in VERBS), lemma)
        if lemma in VERBS:
            return VERBS[lemma], VERBS[lemma]
    if tok.pos_ == "NOUN" and lemma in NOUNS:
        return NOUNS[lemma], NOUNS[lemma]
    if tok.pos_ in ("ADP", "SCONJ", "ADV", "PRON", "CCONJ", "DET") and tok.lower_ in WORDS:
        if tok.lower_ in ("s'", "s’") and tok.pos_ != "SCONJ":
            return tok.text, lemma  # the reflexive "se", not "si"
        if tok.lower_ in ("à", "au", "aux") and tok.head.ent_type_ == "LOC" and not _asked(tok.head):
            return "in", "in"  # "à Bamako": where, not to whom
        word = WORDS[tok.lower_]
        return word, word
    if _negative(tok):
        return "not", "not"
    if tok.pos_ in ("NOUN", "VERB", "ADJ") and tok.is_alpha:
        # A French word outside the tables is foreign to the model even where it is
        # spelt as an English one ("le meeting de Trump" is a rally, not a meeting).
        return "fr_" + tok.text, "fr_" + lemma
    return tok.text, lemma


def english_view(doc, not_events: frozenset = frozenset()) -> Doc:
    """The English-shaped ``Doc``: the tokens of ``doc`` in order (``view_index`` maps
    each to its place in the view), with words, labels and heads changed, and an
    auxiliary "will" or "would" before a verb in the future or the conditional, which
    English writes with one (French in the ending: "signera", "signerait"). The verbs
    at ``not_events`` are uses of an event verb that French shows to be no event
    ("appeler" a helpline, "soutenir que"): the view gives them as foreign words, which
    neither the model nor the English rules read as an event."""
    words, spaces, lemmas, tags, pos, heads, deps = [], [], [], [], [], [], []
    light = {}
    for tok in doc:
        noun = light_noun(tok) if tok.pos_ == "VERB" and tok.i not in not_events else None
        if noun is not None:
            light[tok.i] = noun.i
    for tok in doc:
        if tok.i in not_events:
            word, lemma = tok.text, tok.lemma_
        elif tok.i in light:
            word = lemma = LIGHT_VERBS[(tok.lemma_.lower(), doc[light[tok.i]].lemma_.lower())]
        elif tok.i in light.values():
            word, lemma = "fr_" + tok.text, "fr_" + tok.lemma_.lower()
        elif sense(tok):
            word = lemma = sense(tok)
        elif _verb_as_pronoun(tok):
            word = lemma = VERBS[tok.lemma_.lower()]
        else:
            word, lemma = _english(tok)
        words.append(word or tok.text)
        spaces.append(bool(tok.whitespace_))
        lemmas.append(lemma or tok.text)
        if _verb_as_pronoun(tok) and tok.i not in not_events:
            tags.append("VBZ"), pos.append("VERB")
        else:
            tags.append(_tag(tok) if tok.i not in not_events else "FW")
            pos.append(tok.pos_ if tok.i not in not_events else "X")
        heads.append(tok.head.i)
        dep = tok.dep_
        if dep == "advmod" and _negative(tok):
            dep = "neg"
        elif dep == "det" and "Yes" in tok.morph.get("Poss"):
            dep = "poss"
        elif dep == "mark" and tok.head.pos_ == "VERB" and "Inf" in tok.head.morph.get("VerbForm") \
                and tok.lower_ in ("de", "d'", "d’", "à"):
            dep, words[-1], lemmas[-1] = "aux", "to", "to"  # "tente d'aider": "tries to help"
        deps.append(_LABELS.get(dep, dep))
    # "il a invité Mme May à renoncer": the parser takes "il" for an impersonal subject
    # and the object after the verb for its subject (as in "il manque trois hommes"); an
    # active event verb has no impersonal use, so "il" is its subject, the noun its object.
    for tok in doc:
        if tok.pos_ != "VERB" or words[tok.i] == tok.text or words[tok.i].startswith("fr_") \
                or any(c.dep_ == "aux:pass" for c in tok.children):
            continue
        expl = [c for c in tok.children if c.dep_ == "expl:subj" and c.i < tok.i and c.lower_ == "il"]
        after = [c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i]
        if expl and after:
            deps[expl[0].i], deps[after[0].i] = "nsubj", "dobj"
    # An oblique or a noun's modifier heads its preposition in UD; in ClearNLP the
    # preposition heads it: "accuse X de Y" -> accuse -prep-> of -pobj-> Y.
    for tok in doc:
        if tok.dep_ not in _OBLIQUE or tok.head.i == tok.i:
            continue
        case = next((c for c in tok.children if c.dep_ == "case" and c.i < tok.i), None)
        if case is None:
            deps[tok.i] = "npadvmod" if tok.dep_.startswith("obl") else "compound"
            continue
        if tok.head.i in light and case.lower_ in ("à", "au", "aux"):
            # "rendre visite à Pyongyang": whom one visits, as "visit Pyongyang"
            deps[tok.i], words[case.i], lemmas[case.i], deps[case.i] = "dobj", "fr_à", "fr_à", "case"
            continue
        heads[case.i], heads[tok.i] = tok.head.i, case.i
        deps[case.i] = "agent" if tok.dep_ == "obl:agent" or case.lower_ == "par" and any(
            c.dep_ == "aux:pass" for c in tok.head.children) else "prep"
        deps[tok.i] = "pobj"
        if tok.dep_ == "nmod" and case.lower_ in ("de", "d'", "d’", "du", "des"):
            # "les sanctions de Washington": the possessor acts, as "Washington's sanctions"
            if tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN":
                heads[tok.i], deps[tok.i] = tok.head.i, "poss"
                heads[case.i], deps[case.i] = tok.i, "case"
                if tok.ent_type_ == "LOC":
                    # "la démocrate du Massachusetts" is English's "the Massachusetts
                    # Democrat": a place qualifying a noun, which acts for it only when
                    # the noun is one that acts for a place ("le gouvernement du Mali",
                    # relation_ends.qualifies_agent; the view's nouns are English)
                    deps[tok.i] = "compound"
    # "à la suite d'une réunion", "lors d'un meeting": one preposition in English
    # ("following a meeting", "during a rally"), which tells the reader that the
    # meeting is the setting of what the sentence reports, not its event.
    for tok in doc:
        english = _SETTINGS.get(tok.lemma_.lower())
        if english is None or tok.i in not_events or tok.head.i == tok.i:
            continue
        if tok.pos_ == "NOUN" and not any(c.dep_ == "case" and c.lower_ in ("à", "au", "en")
                                          for c in tok.children):
            continue
        above = heads[heads[tok.i]] if tok.pos_ == "NOUN" else heads[tok.i]
        for j in range(len(doc)):
            if heads[j] == tok.i and deps[j] == "prep" and doc[j].lower_ in ("de", "d'", "d’", "du", "des"):
                heads[j], words[j], lemmas[j] = above, english, english
    # "pourrait signer": English's modal is an auxiliary of the verb ("could sign"),
    # which takes the modal's place, subject and other dependents.
    for tok in doc:
        aux = modal(tok) if tok.i not in not_events else None
        if aux is None:
            continue
        verb = next(c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i)
        for j in range(len(doc)):
            if heads[j] == tok.i and j != verb.i:
                heads[j] = verb.i
        heads[verb.i] = verb.i if heads[tok.i] == tok.i else heads[tok.i]
        deps[verb.i], heads[tok.i], deps[tok.i] = deps[tok.i], verb.i, "aux"
        words[tok.i] = lemmas[tok.i] = aux
        tags[tok.i], pos[tok.i] = "MD", "AUX"
    _titles_under_names(doc, heads, deps)
    _incises_above(doc, words, heads, deps)
    # The future and the conditional: a French auxiliary in that tense is English's
    # "will"/"would" ("aura signé": "will have signed"); a simple verb gets one.
    added = {}
    for tok in doc:
        when = tense(tok) if tok.i not in not_events and tags[tok.i] != "MD" else None
        if when is None:
            continue
        aux = "will" if when == "future" else "would"
        if tok.pos_ == "AUX" and tok.dep_ == "aux:tense":
            words[tok.i] = lemmas[tok.i] = aux
            tags[tok.i] = "MD"
        else:
            added[tok.i] = aux  # on the verb; a copula's or a passive's ("sera") on its head
    # A participle conjoined to a verb in a compound tense shares its auxiliary ("a
    # déclaré …, et accusé X": has said and has accused); the view writes it again, so
    # that the second event's tense is read as the first's, not as a bare participle's.
    # A shared passive ("a été arrêté et inculpé") is English's own shape and stays.
    for tok in doc:
        if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.i in not_events or tok.i in added \
                or "Part" not in tok.morph.get("VerbForm") or "Past" not in tok.morph.get("Tense") \
                or any(c.dep_.startswith(("aux", "cop", "nsubj")) for c in tok.children):
            continue
        first = _sharing(tok)
        if first is None or any(c.dep_ == "aux:pass" for c in first.children):
            continue
        shared = next(c for c in first.children if c.dep_ == "aux:tense")
        if words[shared.i] in ("has", "have", "had", "will", "would"):
            added[tok.i] = words[shared.i]
            heads[tok.i] = first.i
    order = []
    for i in range(len(doc)):
        if i in added:
            order.append(-1 - i)  # the auxiliary before token i
        order.append(i)
    index = {k: n for n, k in enumerate(order)}
    out_words, out_spaces, out_lemmas, out_tags, out_pos, out_heads, out_deps = ([] for _ in range(7))
    for k in order:
        if k < 0:
            i = -1 - k
            head = i if doc[i].pos_ == "VERB" else heads[i]
            out_words.append(added[i]), out_spaces.append(True), out_lemmas.append(added[i])
            out_tags.append("MD"), out_pos.append("AUX"), out_heads.append(index[head])
            out_deps.append("aux")
            continue
        out_words.append(words[k]), out_spaces.append(spaces[k]), out_lemmas.append(lemmas[k])
        out_tags.append(tags[k]), out_pos.append(pos[k]), out_heads.append(index[heads[k]])
        out_deps.append(deps[k])
    # The heads make the sentences: each French sentence is one tree.
    view = Doc(doc.vocab, words=out_words, spaces=out_spaces, lemmas=out_lemmas, tags=out_tags,
               pos=out_pos, heads=out_heads, deps=out_deps)
    view.user_data["fr_index"] = [index[i] for i in range(len(doc))]
    return view


def _titles_under_names(doc, heads, deps) -> None:
    """"M. Bone", "le président Erdogan": UD heads the phrase by the title, with the
    name as its ``flat:name``; English by the name ("Mr Bone": "Mr" a compound of
    "Bone"), and the reader takes a name that hangs from a noun for one that only
    qualifies it ("the Bone report"). The last word of the name takes the title's place."""
    for tok in doc:
        if tok.pos_ != "NOUN" or heads[tok.i] == -1:
            continue
        # (a name the tagger did not know is X: "M.\u00a0Bone"); a person's name
        # the parser hung as an apposition or a modifier with no comma before it ("le
        # ministre des Affaires étrangères Walid al-Moualem": English's "Foreign
        # Minister Walid al-Moualem"); with a comma it is an apposition in both
        names = [c for c in tok.children if c.i > tok.i and heads[c.i] == tok.i
                 and not c.is_space and (c.dep_ == "flat:name" or (
                     c.dep_ in ("appos", "nmod") and c.ent_type_ == "PER"
                     and not any(g.dep_ == "case" for g in c.children)
                     and not any(t.is_punct for t in doc[tok.i + 1:c.i])))]
        if not names:
            continue
        name = names[-1]
        for j in range(len(doc)):
            if heads[j] == tok.i and j != name.i:
                heads[j] = name.i
        heads[name.i] = name.i if heads[tok.i] == tok.i else heads[tok.i]
        deps[name.i], heads[tok.i], deps[tok.i] = deps[tok.i], name.i, "compound"


def _incises_above(doc, words, heads, deps) -> None:
    """"« Brett l'a nié », a ajouté Graham": UD hangs the incise from the clause it
    reports (``parataxis``), with the speaker after the verb read as its object; English
    hangs the reported clause from the verb of saying ('"Brett denied it," Graham
    added': ``ccomp``), which is where the reader finds who reports an event. A verb of
    saying has the words said for its object, so a name after it in an incise is its
    subject."""
    for tok in doc:
        if tok.dep_ != "parataxis" or words[tok.i] not in INCISE or heads[tok.i] != tok.head.i \
                or tok.head.pos_ != "VERB" or tok.i < tok.head.i:
            continue
        clause = tok.head.i
        heads[tok.i] = tok.i if heads[clause] == clause else heads[clause]
        deps[tok.i], heads[clause], deps[clause] = deps[clause], tok.i, "ccomp"
        for c in tok.children:
            if c.dep_ in ("obj", "nsubj") and c.i > tok.i and c.pos_ in ("PROPN", "NOUN", "PRON"):
                deps[c.i] = "nsubj"
        # what hung from the clause after the incise ("…, a dit X, avant de …") stays
        # with the clause; the punctuation around the incise goes with the verb of saying


def _sharing(part):
    """The verb in a compound tense a conjoined past participle shares its auxiliary
    with: its first conjunct, or, where the parser hung a participle with an object of
    its own on a word of the clause the first verb governs ("a déclaré que les
    conditions étaient favorables, et accusé X": "accusé" a conjunct of "favorables"),
    that clause's verb: a participle with an object is no adjective and has no
    auxiliary but that one."""
    def compound(v):
        return v.pos_ == "VERB" and any(c.dep_ == "aux:tense" for c in v.children)
    if compound(part.head):
        return part.head
    if not any(c.dep_ == "obj" for c in part.children):
        return None
    for up in list(part.head.ancestors)[:3]:
        if up.i < part.i and compound(up):
            return up
    return None


def view_index(view) -> list[int]:
    """Where each token of the French ``doc`` stands in its view."""
    return view.user_data["fr_index"]


def _token_span(doc, start: int, end: int) -> Optional[tuple[int, int]]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end


def view_mentions(doc, view, mentions) -> tuple[list[Entity], dict]:
    """The mentions on the view's characters, and a map back to the French ones."""
    out, back = [], {}
    for m in mentions or ():
        toks = _token_span(doc, m.start, m.end)
        if toks is None:
            continue
        a, b = toks
        index = view_index(view)
        start, end = view[index[a]].idx, view[index[b - 1]].idx + len(view[index[b - 1]])
        vm = replace(m, start=start, end=end, text=view.text[start:end])
        back[(start, end)] = m
        out.append(vm)
    return out, back


def view_quotes(doc, view, quotes) -> list:
    """The quotes on the view's characters (their content and cue spans; a span whose
    words the view cannot find is dropped)."""
    index = view_index(view)

    def moved(s):
        if s is None:
            return None
        toks = _token_span(doc, s.start, s.end)
        if toks is None:
            return None
        a, b = index[toks[0]], index[toks[1] - 1]
        start, end = view[a].idx, view[b].idx + len(view[b])
        return replace(s, start=start, end=end, text=view.text[start:end])
    out = []
    for q in quotes or ():
        content = moved(q.content)
        if content is not None:
            out.append(replace(q, content=content, cue=moved(q.cue),
                               speaker=moved(q.speaker), addressee=moved(q.addressee)))
    return out


def back_to_french(doc, view, relations: list[Relation], back: dict) -> list[Relation]:
    """The view's relations on the French text."""
    french = {}
    for i, j in enumerate(view_index(view)):
        french[j] = i
    for j in range(len(view) - 1, -1, -1):  # an added auxiliary is its verb's
        french.setdefault(j, french.get(j + 1, len(doc) - 1))

    def span(s: Optional[Span]) -> Optional[Span]:
        if s is None:
            return None
        m = back.get((s.start, s.end))
        if m is not None:
            return Span(m.start, m.end, m.text)
        toks = _token_span(view, s.start, s.end)
        if toks is None:
            return None
        a, b = french[toks[0]], french[toks[1] - 1] + 1
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        return Span(start, end, doc.text[start:end])
    return [replace(r, evidence=span(r.evidence), source=span(r.source), target=span(r.target))
            for r in relations]
