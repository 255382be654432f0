"""Whom a he/she, a title or a description stands for, followed back within the document.

A he/she is found the way a reader finds it: the subject of its own sentence before it,
else the speaker or the subject of the sentences before (skipping sentences wholly
inside a quotation), never a person merely mentioned as an object ("… her tussle with
Paula Radcliffe. But she …"). A title ("the President") is the person the text gives it;
a description ("the 67-year-old") is followed back as a he/she is.
"""
from __future__ import annotations

import re
from typing import Optional

from .corefs import ROLE_NOUNS
from .extensions import text_of
from .speaker_words import DESCRIPTIONS, PEOPLE_NOUNS, PERSON_NOUNS, SUBJECTS

#: The he/she a sentence uses of someone it goes on about (its antecedent's too).
OBLIQUE = frozenset(("he", "she", "his", "her", "him"))
#: How far back (sentences, paragraph breaks) a he/she looks for whom it stands for.
BACK_SENTENCES = 6
BACK_PARAGRAPHS = 1
#: Titles a description may use for a person the text names with it ("the President"
#: for "President Trump"), and their short forms.
TITLE_NOUNS = frozenset(("president", "senator", "governor", "minister", "chancellor",
                         "premier", "mayor", "king", "queen", "prince", "princess", "pope",
                         "ambassador", "congressman", "congresswoman", "sheriff",
                         "correspondent", "editor", "reporter"))
TITLE_QUALIFIERS = frozenset(("shadow", "former", "ex", "deputy", "vice", "junior",
                              "assistant", "acting", "late"))
TITLE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "rep": "congressman",
                       "pres": "president"}
#: How many sentences after the text last names a title's holder "the minister" is
#: still his (a story later in the article is about someone else).
HOLDER_SENTENCES = 12
#: A he/she whose referent the sentences before leave unnamed.
NOBODY = ""


def described_person(tok) -> bool:
    """"the 67-year-old", "The Romanian international", "the minister": a definite
    description of a person, with no name of its own."""
    # (a people's word the tagger typed a person, "The Briton , who lost his title",
    # is still a description: no name of its own)
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or (tok.ent_type_ == "PERSON"
                                                   and not national_noun(tok)):
        return False
    if not any((c.dep_ == "det" and c.lower_ in ("the", "this"))
               or (c.dep_ == "poss" and c.lower_ == "our") for c in tok.children) \
            and tok.doc[tok.left_edge.i].lower_ not in ("the", "this"):
        return False  # (the parse may hang "the" on a modifier: "the Gloucester fly-half")
    word = tok.lower_
    return (word in DESCRIPTIONS or word in PERSON_NOUNS or word in ROLE_NOUNS
            or word.endswith("year-old") or tok.ent_type_ == "NORP"
            or _an_age(tok) or aged(tok) or national_noun(tok))


#: Nouns for one person of a people not made of its adjective ("the Briton", "the
#: Spaniard"; "the Frenchman" and "the Australian" are read off the demonym table).
NATIONAL_NOUNS = frozenset(("briton", "brit", "scot", "spaniard", "swede", "dane", "finn",
                            "pole", "turk", "serb", "croat", "kiwi", "aussie", "yank",
                            "filipino", "argentine", "czech", "slovak", "thai", "uzbek",
                            "kazakh", "kurd", "arab", "iraqi", "israeli", "pakistani"))


def national(word: str) -> bool:
    """"the Frenchman", "the Irishwoman", "the Briton", "the Australian": a people's word
    made one person's noun, whatever the tagger typed it (it reads "Frenchman" as a body
    now and then, "Briton" as a name). Not a people's word that is its plural too ("the
    Japanese", "the Swiss", "the French": the people)."""
    from .gazetteer import places

    if word in NATIONAL_NOUNS:
        return True
    demonyms = places().demonyms
    if word in demonyms:
        return not word.endswith(("ese", "ss", "ch", "sh"))
    stem = word[:-5] if word.endswith("woman") else word[:-3] if word.endswith("man") else ""
    return bool(stem) and stem in demonyms


def national_noun(tok) -> bool:
    """A people's noun for one person, its own word or with the capitalised words that
    open it ("the Briton"; "the New Zealander", "the Sri Lankan": a country's name of
    two words makes a demonym of two, whose last word alone is none)."""
    if national(tok.lower_):
        return True
    start = tok.i
    while start > 0 and tok.i - start < 3 and tok.doc[start - 1].is_title \
            and tok.doc[start - 1].lower_ not in ("the", "this"):
        start -= 1
        if national(" ".join(t.lower_ for t in tok.doc[start:tok.i + 1])):
            return True
    return False


def demonym_named(text: str, m) -> bool:
    """Whether a person's mention is only a people's word for one person after a
    determiner or an age ("The 22-year-old Scot", "the Briton"): the tagger's name for a
    description, which stands for the person named before, never one of its own."""
    if m.label != "PERSON" or " " in m.text.strip() or not national(m.text.lower()):
        return False
    before = text[max(0, m.start - 24):m.start].split()
    return bool(before) and (before[-1].lower() in ("the", "a", "an") or before[-1].endswith("-old")
                             or before[-1].islower())


def _an_age(tok) -> bool:
    """The "old" of "67-year-old", which the tokenizer splits off."""
    return tok.lower_ == "old" and "year" in tok.doc[max(0, tok.i - 2):tok.i].text


def aged(tok) -> bool:
    """"The 41-year-old chart-topper": a noun given an age is a person's description."""
    return any(c.dep_ == "amod" and _an_age(c) for c in tok.children)


def _own_words(head) -> list:
    """A title's words before its noun, but for a qualifier ("prime" of "the prime
    minister"; not "former")."""
    # (nor an age, which no title has: "the 60-year-old actor" is "Actor X")
    return [c.lower_ for c in head.children if c.dep_ in ("compound", "amod")
            and c.i < head.i and c.lower_ not in TITLE_QUALIFIERS
            and not (c.lower_ == "old" or c.lower_.endswith("year-old") or c.like_num)]


def title_key(head) -> str:
    """A title as its words ("prime minister"); qualified ones ("the former minister")
    are keyed apart, and a nation's word or possessive as its country ("Russia's
    president" and "the Russian president" are one title)."""
    qualified = any(c.lower_ in TITLE_QUALIFIERS for c in head.children)
    words = [_country_of(c.lower_) or c.lower_ for c in head.children
             if c.i < head.i and c.lower_ not in TITLE_QUALIFIERS and (
                 c.dep_ in ("compound", "amod") or (c.dep_ == "poss" and c.ent_type_ == "GPE"))]
    return " ".join(["~" if qualified else ""] + words + [head.lower_])


def _country_of(word: str) -> Optional[str]:
    from .gazetteer import country_of, places

    country = country_of(places(), re.sub(r"(?:'s|’s)$", "", word))
    return country.lower() if country else None


def _gap(text: str, first, second) -> str:
    """The characters between two sentences' words (spaCy may keep a paragraph break
    inside either)."""
    a = first.start_char + len(first.text.rstrip())
    b = second.start_char + len(second.text) - len(second.text.lstrip())
    return text[a:b]


def _owner_only(doc, mention) -> bool:
    """Whether a person is named only on the side of a thing, not as one who acts or is
    acted on: the owner of a thing in a by-phrase ("capped by Gerrard's 20-yard drive"),
    or in a phrase on a noun ("good displays against West Brom and Aston Villa")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if _opens_a_clause(span):
        return False
    head = span.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "poss":
        owned = head.head
        return owned.dep_ in ("pobj", "agent", "npadvmod") or owned.head.dep_ in ("prep", "agent")
    # (not "talks with Putin", "criticism from Putin": there he takes part, and may speak next)
    return (head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN"
            and head.head.lower_ in _ASIDE_PREPOSITIONS)


def _opens_a_clause(span) -> bool:
    """"… within six points of leaders Acme and Cole is confident …": a name after "and",
    "but" or "while" and right before a finite verb is the subject of a clause of its own,
    wherever the parse hung it (here on the noun before the "and")."""
    doc = span.doc
    if span.start < 1 or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    return before.lower_ in ("and", "but", "while") and after.tag_ in ("VBZ", "VBD", "VBP", "MD")


def _in_passing(doc, mention) -> bool:
    """Whether a person is named only inside a relative clause on a thing ("a feature of
    the election, where George Bush opposed it"), not in the sentence's own story."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for tok in span.root.ancestors:
        if tok.dep_ == "relcl":
            return tok.head.pos_ == "NOUN" and tok.head.ent_type_ != "PERSON"
    return False


_ASIDE_PREPOSITIONS = frozenset(("against", "over", "about", "on", "at", "to", "for", "of"))

#: Words opening a clause that concedes a background fact ("despite having D'Arcy out",
#: "although Smith was injured"): whom it names is not whom the sentence goes on about.
CONCESSIVE = frozenset(("despite", "notwithstanding", "although", "though", "whereas", "albeit"))


def conceded(tok) -> bool:
    """Whether a token stands inside a concessive clause or phrase of its sentence
    ("Ireland, despite having Gordon D'Arcy still out injured, have been boosted by the
    return of Brian O'Driscoll"): the preposition or the clause's mark opening it is
    one of CONCESSIVE ("in spite of" too)."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "prep" and a.lower_ in CONCESSIVE and a.i != tok.i:
            return True
        if a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.lower_ == "spite":
            return True
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE
                                     for c in a.children):
            return True
    return False


class Antecedents:
    """The antecedent search of ``speakers.Speakers``, which mixes it in: it reads the
    speaker reader's state as the quotes so far have left it."""

    text: str
    regions: list              # quotation marks' (start, end): never an antecedent there
    mentions: list             # the document's names, and those minted as speakers
    people: list               # the PERSON mentions
    corefs: list               # role nouns tied to a person
    named: list                # people named outside quotation marks, in order
    spoken: dict               # sentence start (char) -> who spoke there
    speaking: set              # whoever a cue had as its speaker, an act's doer too
    contents: list             # (start, end) of what the quotes so far said
    titled: dict               # a title's words -> whom it stood for first
    excluded: frozenset = frozenset()  # whom a he/she cannot be in this search

    def _quoted(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.regions)

    def antecedent(self, pron, depth: int = 0) -> Optional[str]:
        """Whom a he/she outside quotation marks stands for, read off the parse: an
        entity id, NOBODY when the text names nobody it can be, or None when the parse
        gives no answer (the caller falls back to the last person quoted or named)."""
        doc = pron.doc
        if depth > 3 or not doc.has_annotation("DEP") or self._quoted(pron.idx):
            return None
        if pron.pos_ in ("NOUN", "PROPN") and self.a_title(pron):
            found = self._title_holder(pron) or self.titled.get(title_key(pron))
            if found is not None:
                # (a title the text gives nobody is whom the same title was before: "the
                # prime minister told BBC One" … "According to Mr Peston the prime
                # minister said", not the body the sentence before is about)
                return found
        if self.introduced_unnamed(pron):
            return NOBODY
        sent = pron.sent
        found, _ = self._subject(sent, depth, before=pron.i)
        if found is not None:
            return found
        if pron.pos_ == "PRON" and self.spoken.get(sent.start_char) not in (None, *self.excluded) \
                and any(t.dep_ in SUBJECTS and t.i < pron.i and described_person(t)
                        and not self._quoted(t.idx) for t in sent):
            # ("The 14-year-old said she …": the subject a description the speaker rules
            # resolved, whom the he/she after it in its sentence stands for too)
            return self.spoken[sent.start_char]
        i, paragraphs = sent.start - 1, 0
        for _ in range(BACK_SENTENCES):
            if i < 0:
                return None
            prev = doc[i].sent
            if "\n" in _gap(text_of(doc), prev, sent) and not (
                    self._all_quoted(prev) or self._all_quoted(sent)):
                # (a quotation set out a line at a time is one turn, not paragraphs)
                paragraphs += 1
            if paragraphs > BACK_PARAGRAPHS:
                return None
            sent, i = prev, prev.start - 1
            words = [t for t in prev if t.is_alpha]
            if words and all(self._quoted(t.idx) for t in words):
                continue  # the quotation itself: who it talks about is not the speaker
            inside = [m for m in self.named if prev.start_char <= m.start < prev.end_char]
            if inside and pron.pos_ in ("NOUN", "PROPN") and all(
                    _in_passing(doc, m) for m in inside) and self.spoken.get(
                    prev.start_char, inside[0].entity) in {m.entity for m in inside}:
                continue  # "… the election, where George Bush opposed it. But the Tory
                # leader argued": a description is whom the story is about, not one a
                # clause on a thing names in passing (a he/she may well be that one)
            turned = self._turned_to(prev) if pron.pos_ == "PRON" else None
            if turned is not None:
                return turned
            if prev.start_char in self.spoken and self.spoken[prev.start_char] not in self.excluded:
                return self.spoken[prev.start_char]
            found, described = self._subject(prev, depth)
            if found is not None:
                return found
            # The sentence goes on about someone it calls he/she/his/her: that one.
            again = next((t for t in prev if t.lower_ in OBLIQUE and t.pos_ == "PRON"
                          and not self._quoted(t.idx)), None)
            if again is not None:
                found = self.antecedent(again, depth + 1)
                if found is not None:
                    return found
            if described:
                return NOBODY  # its subject is a person we cannot name ("the chancellor")
            if inside and all(_owner_only(doc, m) for m in inside):
                continue  # "… a comeback capped by Gerrard's drive. He added": his drive
                # is no one's turn to speak; the one before is
            named = {m.entity for m in inside} - self.excluded
            if len(named) > 1:
                # (one named in a concessive clause is background: the other is the one)
                rest = {m.entity for m in inside if not conceded(
                    self._token_at_char(doc, m.end))} & named
                if rest:
                    named = rest
            if len(named) > 1:
                # (a name the text writes as a body's elsewhere, the tagger's person here,
                # is no he/she: "Victory took Real … and Cole is confident Real can …"
                # where "Real Acme" is a club)
                rest = {m.entity for m in inside if not self._body_word(m)} & named
                if len(rest) == 1:
                    named = rest
            if len(named) == 1 and pron.pos_ == "NOUN" and pron.lemma_.lower() in PERSON_NOUNS:
                return NOBODY  # "the spokesman" is no one a sentence names only in passing
            if len(named) == 1:
                return named.pop()
            if named:
                return NOBODY  # several people and none the subject: no guess
        return None

    def _body_word(self, m) -> bool:
        """Whether a person mention's words open the name of a body the text tags as
        one, in more words ("Real" beside "Real Acme" tagged ORG)."""
        return any(o.label in ("ORG", "NORP") and o.text.startswith(m.text + " ")
                   for o in self.mentions)

    def _turned_to(self, sent) -> Optional[str]:
        """The person a sentence's last clause turns to with "but"/"yet" ("X won last
        week and claimed the race was his, but Y is unfazed. He said"): whom the next
        he/she goes on about, whoever spoke or was the subject before the turn. None
        where the words after the last "but" are no person's name and then a verb."""
        # (read off the words, not the parse, which often hangs "but Y" on a name
        # listed before it)
        turns = [t for t in sent if t.lower_ in ("but", "yet") and t.pos_ == "CCONJ"
                 and not self._quoted(t.idx)]
        if not turns or turns[-1].i + 1 >= sent.end:
            return None
        after = turns[-1].doc[turns[-1].i + 1]
        hit = next((m for m in self.named if m.start == after.idx), None)
        if hit is None:
            # (the person named with the body they speak for before them: "but Acme's
            # Ann Cole rejected his comments" turns to her)
            body = next((m for m in self.mentions if m.start == after.idx
                         and m.entity not in self.person_entities), None)
            owned = re.match(r"['\u2019]s? ", self.text[body.end:body.end + 3]) \
                if body is not None else None
            if owned is not None:
                hit = next((m for m in self.named if m.start == body.end + owned.end()), None)
            # (a cue's own speaker there is the writer's turn, not words of the first
            # clause's content, however far the ranker first ran that content)
            cued = hit is not None and hit.entity in self.speaking
        else:
            cued = False
        if hit is None or hit.entity in self.excluded \
                or (not cued and any(s <= hit.start < e for s, e in self.contents)):
            return None
        verb = next((t for t in sent if t.idx >= hit.end), None)
        return hit.entity if verb is not None and verb.pos_ in ("AUX", "VERB") else None

    def _a_place(self, entity) -> bool:
        """Whether an id is a place's or a people's (GPE/LOC/FAC/NORP): no he, she or
        spokesman."""
        labels = {m.label for m in self.mentions if m.entity == entity}
        return bool(labels) and labels <= {"GPE", "LOC", "FAC", "NORP"}

    def introduced_unnamed(self, head) -> bool:
        """"It was a wine merchant in Berlin who first told me … "…," the Berlin wine
        merchant said": a definite description whose noun the text last wrote with "a",
        no name beside it, is that unnamed one, not whoever was named since."""
        if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                          for c in head.children):
            return False
        lemma = head.lemma_.lower()
        last = None
        for t in reversed(head.doc[:head.i]):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or self._quoted(t.idx):
                continue
            last = t
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                break
            # ("A spokesman said …", "The ministry spokesman said …", "the spokesman
            # said": a definite one retold is the one first written with "a")
        if last is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                   for c in last.children):
            return False
        # (no name set beside it, "a wine merchant, Hans Weber,", nor a body it speaks
        # for, "an Upjohn spokesman", "a spokesman with the Municipal Police"; a place
        # only says where, "a wine merchant in Berlin")
        lo = last.left_edge.idx
        hi = max(last.right_edge.idx + len(last.right_edge.text), last.idx + 40)
        return not any(lo <= m.start < hi and m.label not in ("GPE", "LOC", "NORP")
                       for m in self.mentions)

    def _joins_people(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` (chars) join two or more people
        ("Knight and drum 'n' bass star Roni Size", however the parse hangs them): no one
        he or she."""
        inside = [m for m in self.people if start <= m.start and m.end <= end]
        if len({m.entity for m in inside}) < 2:
            return False
        # (each name opens a conjunct: "Bono, The Edge and Adam Clayton"; not a name
        # inside a clause on the first, "Jankel, who met Blair and Brown")
        gaps = [self.text[a.end:b.start] for a, b in zip(inside, inside[1:])]
        return any(g.startswith((" and ", " & ")) for g in gaps) and all(
            g.startswith((" and ", " & ", ", ")) for g in gaps)

    def remember_title(self, head, found: Optional[str]) -> None:
        """Keep whom a title stood for, the first time the text resolves it."""
        if found and self.a_title(head):
            self.titled.setdefault(title_key(head), found)

    def a_title(self, head) -> bool:
        """Whether a noun is a title: one of the titles news gives people, or a word
        this text writes capitalised before a person's name ("Foreign Secretary Jack
        Straw" makes "the foreign secretary" his, not the last man quoted)."""
        if head.lower_ in TITLE_NOUNS:
            return True
        if getattr(self, "_titles_here", None) is None:
            self._titles_here = {w.lower() for m in self.people for w in re.findall(
                r"\b([A-Z][a-z]+)\s+$", self.text[max(0, m.start - 30):m.start])}
        return head.lower_ in self._titles_here

    def _all_quoted(self, sent) -> bool:
        words = [t for t in sent if t.is_alpha]
        return bool(words) and all(self._quoted(t.idx) for t in words)

    def _title_holder(self, head) -> Optional[str]:
        """Whom "the President", "the senator" stands for: the person the text gives
        that title ("President Trump", "Sen. Dianne Feinstein"), the last before it or
        else the first after; where it titles nobody, the subject of the headline the
        document opens on ("Trump rallies in West Virginia … The President referred
        …"), never merely the last person named ("Ford also testified … The President
        said"); else None (followed back as any description is)."""
        word = head.lower_
        short = {k for k, v in TITLE_ABBREVIATIONS.items() if v == word} | {word}
        # The title's own words ("prime" of "the prime minister"), which the holder's
        # must have: "Foreign Minister Lavrov" is not the prime minister.
        own = _own_words(head)
        held = []
        for m in self.people:
            before = self.text[max(0, m.start - 40):m.start].lower().replace(".", "").split()
            n = len(own) + 1
            if len(before) >= n and before[-1] in short and before[-n:-1] == own and not (
                    len(before) > n and before[-n - 1] in TITLE_QUALIFIERS):
                held.append(m)   # (the shadow chancellor is not the chancellor, the
                # deputy prime minister not the prime minister)
        if held:
            prior = [m for m in held if m.start < head.idx]
            found = (prior[-1] if prior else held[0]).entity
            if prior and not self._named_lately(head, found):
                return None  # (a minister named stories before is no "the minister" now)
            return found
        line = self.text.split("\n", 1)[0].rstrip()
        if not line or line.endswith((".", "!", "?")) or head.idx < len(line):
            return None  # (a lead sentence names many; only a headline names its subject)
        named = [m for m in self.people if m.end <= len(line)]
        if len({m.entity for m in named}) == 1:
            return named[0].entity
        subj = next((t for t in head.doc if t.idx < len(line) and t.dep_ in SUBJECTS
                     and t.head.idx < len(line)), None)
        hit = None if subj is None else next(
            (m for m in named if m.start <= subj.idx < m.end), None)
        return hit.entity if hit is not None else None

    def _named_lately(self, head, entity: str) -> bool:
        """Whether the text names an entity within the sentences a title looks back over
        (HOLDER_SENTENCES): a reader takes "the minister" for the one so titled while
        the story is still about him."""
        doc = head.doc
        if not doc.has_annotation("SENT_START"):
            return True
        last = max((m.start for m in self.mentions + self.corefs
                    if m.entity == entity and m.start < head.idx), default=None)
        if last is None:
            return True
        since = sum(1 for t in doc if last < t.idx < head.idx and t.is_sent_start)
        return since <= HOLDER_SENTENCES

    @staticmethod
    def _token_at_char(doc, char: int):
        """The token holding a character, or the one before the whitespace there."""
        span = doc.char_span(max(char - 1, 0), char, alignment_mode="expand")
        return span[-1] if span is not None and len(span) else doc[0]

    def _subject(self, sent, depth: int, before: Optional[int] = None) -> tuple:
        """The named entity that is the subject of ``sent`` (the main clause's first),
        before token ``before`` when given, outside quotation marks; and whether that
        subject is a person the sentence does not name ("The Kenyan", "the chancellor")."""
        subjects = [t for t in sent if t.dep_ in SUBJECTS and not self._quoted(t.idx)
                    and not any(s <= t.idx < e for s, e in self.contents)
                    and (before is None or t.i < before)]
        subjects.sort(key=lambda t: (len(list(t.ancestors)), t.i))
        if not subjects and before is None:
            # No subject parsed ("Williams' track beat songs by …"): a person named
            # before the main verb.
            root = sent.root
            first = next((m for m in self.people if sent.start_char <= m.start < root.idx
                          and not self._quoted(m.start)), None)
            return (first.entity if first is not None else None), False
        for subj in subjects:
            if before is None and conceded(subj):
                continue  # "despite having D'Arcy out, Ireland have been boosted by the
                # return of O'Driscoll": D'Arcy is background, not the one it is about
            if subj.lower_ in ("he", "she") and subj.pos_ == "PRON":
                if before is not None:
                    continue
                return self.antecedent(subj, depth + 1), False
            if any(c.dep_ == "conj" for c in subj.children) or self._joins_people(
                    subj.left_edge.idx, subj.idx + len(subj.text)):
                continue  # "Bono, The Edge and Adam Clayton": not one he
            # (a relative "who" is the one its clause hangs on: "None more so than Ann
            # Lee, who can expect …" is about her, and so is a he/she after it)
            relative = subj.tag_ == "WP" and subj.head.dep_ == "relcl"
            found = self._named_at(subj.head.head if relative else subj)
            if found is None and subj.head.i == sent.root.i and subj.dep_ == "nsubj":
                # (a surname the names model missed, which the text names a person in
                # full elsewhere: "Saulnier will move into the top 50. … he revealed")
                found = self.untagged_person(subj)
            if found is not None and found in self.excluded:
                continue  # (whom the speaker's words are about: "He (Bridge) has no chance")
            if found is not None:
                return found, False
            if before is None and subj is not subjects[-1] and any(
                    m.start <= subj.idx < m.end and m.label in ("GPE", "LOC", "FAC")
                    for m in self.mentions):
                continue  # a place opening the sentence is no he/she: "Sale host Bath …,
                # but the Frenchman has endured": the other subject
            if before is None and described_person(subj):
                # "The 67-year-old also said" after "The star of Rain Man said": the
                # one the description stands for.
                return self.antecedent(subj, depth + 1), False
            if before is None:
                # The main subject is no name: look on.
                # ("some stars have taken it upon themselves": many are no he or she)
                return None, subj.tag_ not in ("NNS", "NNPS") and (
                    subj.ent_type_ in ("NORP", "PERSON")
                    or subj.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS | PEOPLE_NOUNS | DESCRIPTIONS)
        return None, False

    def _named_at(self, subj) -> Optional[str]:
        opener = self._name_opening(subj)
        if opener is not None:
            return opener
        for c in subj.children:
            if c.dep_ == "appos" and c.i > subj.i:  # "Scissor Sisters frontwoman Ana Matronic"
                found = self._named_at(c)
                if found is not None:
                    return found
        at = subj.idx
        hit = next((m for m in self.people + self.corefs if m.start <= at < m.end), None)
        if hit is None:
            hit = next((m for m in self.mentions if m.start <= at < m.end), None)
            if hit is not None and hit.label != "PERSON" \
                    and hit.entity not in self.speaking:
                return None  # "Chelsea have sacked Mutu … which he denied": not Chelsea
        if hit is None and subj.lemma_.lower() in PERSON_NOUNS:
            # "Sale Sharks director of rugby Philippe Saint-Andre has re-opened": the
            # post's holder named at the end of its phrase (not "the lawyer for X": X is
            # whom the preposition names)
            lo, hi = subj.idx, subj.right_edge.idx + len(subj.right_edge)
            held = [m for m in self.people if lo < m.start and m.end == hi
                    and self._token_at_char(subj.doc, m.start - 1).pos_ != "ADP"]
            if len(held) == 1:
                return held[0].entity
        if hit is None and subj.lemma_.lower() in PERSON_NOUNS | DESCRIPTIONS | PEOPLE_NOUNS:
            return None  # "President Castro's chief aide said … he said": the aide
        if hit is None:
            # The person owning the subject ("Williams' track beat songs by …").
            lo, hi = subj.left_edge.idx, subj.idx
            hit = next((m for m in self.people if lo <= m.start and m.end <= hi), None)
        return hit.entity if hit is not None else None

    def _name_opening(self, subj) -> Optional[str]:
        """"Mirza, the first Indian woman to win …, will now face": a person's name that
        opens the sentence, set off by a comma before a description the parse took for
        the subject (the name hung on the verb as a modifier), is the subject."""
        doc, first = subj.doc, subj.left_edge.i
        if subj.pos_ != "NOUN" or first < 2 or doc[first - 1].text != "," \
                or doc[first - 2].dep_ in SUBJECTS:
            return None
        sent = subj.sent
        hit = next((m for m in self.people if m.start == sent.start_char
                    and m.end == doc[first - 2].idx + len(doc[first - 2].text)), None)
        return hit.entity if hit is not None and not self._quoted(hit.start) else None
