"""Claims: what a quote asserts, taken only where the quote is its speaker's own word.

Pure: one ``Extraction`` in, ``Claim`` records out (no model, no store). For each quote
with a resolved speaker that passes the attribution checks, each asserted sentence of
its content becomes a claim: the sentence, the passage around it, the entities it is
about, its content words (the predicate), its stance and modality, and a confidence.

Attribution checks (a claim must be the speaker's own statement):
- the quote stage's ``attribution`` when set: "speech" or "position" above
  ``MIN_QUOTE_CONFIDENCE``; otherwise the cue: a verb of saying or of holding a
  position ("said", "argued", "denied", "believes"), not one of intention or feeling
  ("wants", "hopes", "confident", "plans") nor an act ("released", "posted");
- a quote lying inside another quote is someone else's words relayed: no claim;
- a sentence holding a quotation of its own (a quote inside the quote, a quoted
  phrase), someone else's words told inside it ("last night you said …"), hearsay
  ("he told friends"), or a question, gives no claim.

Stance: a count of negations ("not", "never", "nothing", "n't", "denied", "false",
"lacks", "fails to"): odd is a denial; "nobody more qualified than" affirms, and an
opening "No," answers someone rather than negating what follows. Verbs of support ("support", "back", "endorse") or opposition
("oppose", "against", "repeal") make it "supports"/"opposes", negation flipping them.
"""
from __future__ import annotations

import re
from typing import Optional

from .types import Claim, Extraction, Span

MIN_QUOTE_CONFIDENCE = 0.5
MIN_CONFIDENCE = 0.35
MAX_CLAIMS_PER_QUOTE = 4
CONTEXT_CHARS = 700

# Cue words (lower-cased first word of the cue). Speech: the words are the speaker's.
SPEECH = frozenset("""
said say says saying told tell tells telling wrote write writes writing added add adds adding
stated states declared declares insisted insists insisting argued argue argues arguing
claimed claims claiming denied denies deny denying acknowledged acknowledges admitted admits
noted notes noting explained explains responded responds replied replies warned warns warning
vowed vows promised promises pledged pledges pledging tweeted tweets announced announces
repeated repeats maintained maintains asserted asserts asserting confirmed confirms
reiterated reiterates countered counters conceded concedes stressed stresses
emphasized emphasizes contended contends predicted predicts assured assures
: according accused accuses accusing criticized criticizes called calls calling
urged urges rejected rejects dismissed dismisses agreed agrees
""".split())
# Positions held: the speaker's stance, though not necessarily in these words.
POSITION = frozenset("""
believes believe believed thinks think thought feels feel felt supports supported support
opposes opposed oppose endorsed endorses backs backed favors favored
""".split())

# "Without" is not among them: it negates a modifier, not what is said ("Israel is ready
# at any time without preconditions to enter negotiations" affirms the readiness).
_NEGATION = re.compile(
    r"\b(?:not|never|no|nothing|nobody|none|neither|nor|cannot|denied|denies|deny|"
    r"false|untrue|lacks?|lacked|lacking|unable|(?:fail(?:s|ed)?|refus(?:e|es|ed)) to|"
    # "Khan was wrong to say he had not sacrificed": a denial of a denial affirms.
    r"wrong to (?:say|suggest|claim|think)|(?:fiction|myth|lie) that)\b|n[’']t\b", re.I)
# Phrases with a negation word that do not negate what is said.
_NOT_NEGATION = re.compile(
    r"\b(?:not only|not just|no doubt|no matter|nothing but|nothing less than|"
    r"no question|not least|whether or not|or not|if not|not to mention|no wonder|"
    r"nothing short of|no less than|never mind|not surprising(?:ly)?|no small|"
    r"(?:can(?:no|[’']|)t|could(?:n[’']t| not)) (?:wait|agree more)|not for nothing)\b|"
    # "attacked Clinton for not releasing transcripts": a negated gerund after a
    # preposition names a reason or a manner, it denies nothing said
    r"\b(?:for|of|by|about|from|over|on) (?:not|never) (?=\w+ing\b)|\bnever (?:been|be|was|had|seen)\b(?:\W+\w+){0,8}?\W+"
    r"(?:more|better|prouder|greater|bigger|stronger)\b"
    # "nobody more qualified than Clinton", "never been a man or a woman … better
    # prepared than": a superlative said through negations, an affirmation.
    r"|\b(?:no|nobody|no one|none|nothing|never)\b[^.;!?]{0,120}?\b(?:more|better|less|greater|"
    r"(?!rather|other)\w+er)\s+(?:\w+\s+)?than\b", re.I)
# "Back" only as a verb with what is backed after it ("backs him", "back the plan"), not
# "I haven't heard back", "he's back", "came back the next day".
_SUPPORT = re.compile(r"\b(?:support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|favou?r(?:s|ed)?|"
                      r"(?<!the )(?<!a )(?<!your )(?<!my )vot(?:e|ed|ing) for)\b|(?<!heard )(?<!came )(?<!come )(?<!went )(?<!go )"
                      r"(?<!get )(?<!got )(?<!bring )(?<!brought )(?<!fight )(?<!fought )"
                      r"\bback(?:s|ed|ing)?\s+(?:him|her|them|it|the|a|an|his|their|our|my|this|"
                      r"that|(?-i:[A-Z])\w+)\b", re.I)
# "Against" only as a stand taken ("I am against", "voted against"), not "the fight
# against"; "ban" or "repeal" say what is opposed, not that the speaker opposes it.
_OPPOSE = re.compile(r"\b(?:oppos(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
                     r"reject(?:s|ed|ing)?)\b|\b(?:am|are|is|was|were|be|been|[’']m|[’']re|"
                     r"vot(?:e|es|ed|ing)|stand|stood) against\b", re.I)
# A negated knowing ("we are not aware of any advance", "I don't know whether he will
# pay", "they could not confirm it"): the speaker says what they do not know, and takes
# no stance on the matter itself, so the sentence is no claim. Negated thinking ("I don't
# think he will win") is a denial said softly and stays one.
_UNKNOWING = re.compile(
    r"\b(?:not|never|no|n[’']t)\s+(?:\w+ly\s+|yet\s+|been\s+|even\s+|be\s+)?(?:aware|sure|certain|"
    r"know|known|knew|idea|knowledge|information|recall|remember|clear|able to (?:confirm|"
    r"say|verify)|confirm(?:ed)?|verif(?:y|ied)|comment(?:ed)?|seen any)\b|"
    # "he knew of no plans to return the man": the knowing negated through its object
    r"\b(?:know|knows|knew|known|aware)\s+of\s+no\b|"
    r"\bunaware\b|\bunclear\b|\bdeclined to (?:comment|say|confirm)\b", re.I)
_CLAUSE = re.compile(r"[,;:]|\s(?:and|but|because|while|although|though)\s", re.I)
_CONDITION_CLAUSE = re.compile(r"\s*(?:if|unless|whether|even if)\b", re.I)
_MODAL = re.compile(r"\b(will|would|could|can|may|might|should|must|going to|won[’']t|"
                    r"wouldn[’']t|can[’']t|couldn[’']t|shouldn[’']t)\b", re.I)
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether)\b", re.I)
_HEARSAY = re.compile(r"\b(?:told|tells|telling) (?:friends|associates|aides|allies|"
                      r"confidants|people|colleagues|donors|advis[eo]rs|staff)\b", re.I)
# A content that starts with its verb ("was not out of step with Americans"): its subject
# is in the reporter's words around it, so it says nothing by itself of what it is about.
_SUBJECTLESS = re.compile(r"^(?:is|are|was|were|will|would|has|have|had|could|should|"
                          r"can|may|might|must|does|did)\b", re.I)
_DEICTIC = re.compile(r"\b(?:that|this|it|there|those|these|them|they|so|such)\b", re.I)
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "him", "her"})
_OPEN, _CLOSE = "“\"‘«", "”\"’»"
# A quotation inside the content: typographic pairs, or '' … '' as some outlets write.
_INNER_QUOTE = re.compile(r"‘[^’]{3,}’|'{1,2}[A-Z][^']{3,}'{1,2}|“[^”]{3,}”|\"[^\"]{3,}\"|"
                          r"(?<![\w'])'[a-z][^']{6,}'(?![\w'])")
# Someone else's words told inside the quote: "Last night you said the president was …",
# "Mr Blair retorted voters remembered …" (the reporter's words taken into the quote).
_RELAYED = re.compile(r"\b(?:you|he|she|they) (?:said|say|says|told|claimed|claim)\b|"
                      r"\b(?-i:(?:Mr|Mrs|Ms|Dr)\.? [A-Z]\w+|[A-Z]\w+) (?:said|says|retorted|"
                      r"replied|told|claimed|insisted|added|argued)\b", re.I)
# A sentence opening with "No," or "Yes," answers someone: "No, I meant he's the founder"
# affirms what follows.
_REPLY = re.compile(r"^\s*(?:no|yes|yeah|nope)\b\s*(?:[,.!:;—–-]+|(?=@))\s*(?:@\w+\s*[,.!:;—–-]*\s*)?",
                    re.I)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[”\"’']*|$)")
# A full stop after these ends no sentence: "Mrs. Clinton", "the U.S. economy",
# "Sen. Sanders", "Donald J. Trump" (a claim cut there is a fragment: "that, like him, Mrs.").
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|"
                           r"Rev|Vol|vs|etc|Inc|Corp|Co|Ltd|Ft|Mt|Jan|Feb|Aug|Sept|Oct|Nov|Dec)"
                           r"|(?<![A-Za-z])[A-Z](?:\.[A-Z])*|\b[ap]\.m)\.$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as into about over after before
is are was were be been being am do does did doing have has had having i we you he she it
they me us him her them my our your his its their this that these those there here what which
who whom whose when where why how all any both each few more most other some such only own
same so than too very s t just also then now well even still again ever much many can will
would could should may might must shall going get got let make made one says said say told
tell added add mr mrs ms dr of course really lot thing things way
""".split())


def _cue_class(quote) -> Optional[str]:
    """"speech", "position" or None (not the speaker's statement) from the cue word."""
    if quote.cue is None:
        return "speech" if quote.kind == "direct" else None
    first = quote.cue.text.strip().lower().split()
    word = first[0] if first else ":"
    if word in SPEECH:
        return "speech"
    if word in POSITION:
        return "position"
    return None


# A speaker mention naming someone around the entity, not the entity: "a Clinton campaign
# spokesman", "Sanders' campaign manager", "Clinton voters", "one Trump confidant".
_ENTOURAGE = re.compile(
    r"\b(?:campaign|camp|spokes(?:man|woman|person)|aides?|advis[eo]rs?|manager|supporters|"
    r"voters|confidants?|allies|staff|team|surrogates?|reporters?|friends|family|son|"
    r"daughter|wife|husband|younger|elder|backers|donors|delegates)\b", re.I)
# A speaker mention whose head is a group or an office around the name ("an Iraqi official",
# "the Bush administration", "Cuban exiles", "Gulf sources"): the name only says whose
# people speak, and no one named speaks (fifth round: TempEval-3 and NTREX).
_GROUP_HEAD = re.compile(
    r"\b(?:administration|officials?|sources|exiles|diplomats|lawyers?|attorneys?|critics|"
    r"opponents|foes|relatives|loyalists|followers|negotiators|envoys?|representatives|"
    r"lawmakers|legislators|residents|people|analysts|experts|members|leaders)\W*$", re.I)
_NAMED_MODIFIER = re.compile(r"(?:^|\s)(?!(?:The|An?|One|Some|Two|Three|Several|Many)\b)[A-Z][\w.’'-]*\s+\S")

# A speaker mention after "<common noun> of / in / from": the name says whose or where
# the speakers are ("only the most obdurate foes of Castro can argue", "Cuban exiles in
# Miami say", "officials from Cuba said"), not who speaks.
_SPEAKER_PLACE = re.compile(r"(?<![Aa]ccording)\b[a-z]+\s+(?:of|in|from|at|among)\s+(?:the\s+)?$")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gov|Governor|President|Secretary|"
                    r"Former|Republican|Democratic|Democrat|Vice|Speaker|Justice|Judge)\.?$")


def _first_name(text: str) -> Optional[str]:
    """The given name in a speaker mention ("Eric" in "Eric Trump"), when it has one."""
    words = [w for w in re.sub(r"\(.*", "", text).split() if w[:1].isupper()
             and not _TITLE.match(w)]
    return words[-2] if len(words) >= 2 else None


def _someone_else(quote, record: Extraction) -> bool:
    """Whether the speaker mention names someone other than the entity it was resolved
    to: an entourage ("his campaign manager"), or another given name ("Eric Trump" for
    Donald Trump, "Bill Clinton" for Hillary Clinton) than the entity's in the article."""
    if quote.speaker is None:
        return False
    if _ENTOURAGE.search(quote.speaker.text):
        return True
    # … but "the official", "the envoy" name no one else: a description of the entity
    if _GROUP_HEAD.search(quote.speaker.text) and _NAMED_MODIFIER.search(quote.speaker.text):
        return True
    # (a mention going on past the name to a person of its own, "[the Reserve bank of]
    # India governor C. Rangarajan", is that person)
    if (_SPEAKER_PLACE.search(record.text[max(0, quote.speaker.start - 40):quote.speaker.start])
            and not re.search(r"\s[a-z]", quote.speaker.text.strip())):
        return True
    given = _first_name(quote.speaker.text)
    if given is None:
        return False
    names: dict[str, int] = {}
    for e in record.entities:
        if e.entity == quote.speaker_entity and e.label == "PERSON":
            first = _first_name(e.text)
            if first:
                names[first] = names.get(first, 0) + 1
    return bool(names) and given != max(names, key=names.get)


# Cues under which the "speaker" is what is spoken of, or asked, not who asserts:
# "Brainard is among the few widely regarded as having the credentials", "Effron has
# been mentioned as a potential Treasury secretary", "Trump asked Russia to find the
# emails" (a request, not a statement).
_PASSIVE_CUES = frozenset("""regarded considered seen viewed mentioned touted rumored rumoured
tipped described labeled labelled branded dubbed thought believed expected known""".split())
_REQUEST_CUES = frozenset("ask asks asked asking".split())
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|widely|often|long)\s+$", re.I)


def _not_a_statement(quote, doc: str) -> bool:
    if quote.cue is None:
        return False
    words = quote.cue.text.strip().lower().split()
    if not words:
        return False
    if words[0] in _REQUEST_CUES:
        return True
    if words[0] in ("called", "calls", "calling") and re.match(r"\s+for\b", doc[quote.cue.end:quote.cue.end + 5]):
        return True  # "has called for her to release the transcripts": a demand
    return (words[0] in _PASSIVE_CUES
            and bool(_PASSIVE_BEFORE.search(doc[max(0, quote.cue.start - 20):quote.cue.start])))


#: A pronoun speaker ("he said") resolved to someone other than the person last named
#: before it: the claim is kept, but this much less sure.
DOUBTFUL_SPEAKER = 0.6
_SAID_AFTER = re.compile(r"\s*(?:[’']s?\s*)?(?:has |had |also |then |later )?(?:said|says|told|"
                         r"added|insisted|argued|wrote|replied|responded|declared|stated)\b")
ANTECEDENT_CHARS = 400


def _other_antecedent(quote, record: Extraction) -> bool:
    """Whether the person named last before a pronoun speaker (outside the quote itself)
    is someone else than the entity the pronoun was resolved to: in "… prisoners," Levy
    said. "We expect from Syria …," he said.' the "he" given to Netanyahu, named three
    sentences earlier, is most likely Levy."""
    if quote.speaker is None:
        return False
    end = min(quote.speaker.start, quote.content.start)
    # Named speakers only: the person named last with a verb of saying after them ("Levy
    # said"), not anyone named ("Trump attacked Clinton. 'She lies,' he said").
    speakers = [(e.end, e.entity) for e in record.entities
                if e.label == "PERSON" and e.entity and end - ANTECEDENT_CHARS <= e.start
                and e.end <= end and _SAID_AFTER.match(record.text, e.end)]
    speakers += [(o.speaker.end, o.speaker_entity) for o in record.quotes
                 if o.speaker is not None and o.speaker_entity
                 and o.speaker.text.strip().lower() not in _PRONOUNS
                 and end - ANTECEDENT_CHARS <= o.speaker.start and o.speaker.end <= end]
    # … unless the person named last at all is the one resolved to ("Sanders issued a new
    # line of attack, stating … Joe Biden weighed in, telling Mic: '…,' he said").
    named = [(e.end, e.entity) for e in record.entities if e.label == "PERSON" and e.entity
             and end - ANTECEDENT_CHARS <= e.start and e.end <= end]
    if named and max(named)[1] == quote.speaker_entity:
        return False
    return bool(speakers) and max(speakers)[1] != quote.speaker_entity


def _other_namesake(quote, record: Extraction) -> bool:
    """Whether a speaker named by a surname alone ("Gonzalez said") shares it with other
    people of the article, and the one named in full last before it is someone else than
    the entity it was resolved to: in "… the boy's father, Juan Miguel Gonzalez. Gonzalez
    has cited his rights …" the "Gonzalez" given to Elian Gonzalez is most likely the
    father (the surname read as a pronoun is: by who was named last)."""
    if quote.speaker is None:
        return False
    words = quote.speaker.text.split()
    if len(words) != 1 or not words[0][:1].isupper() or _TITLE.match(words[0]):
        return False  # "Mrs. Clinton", "President Clinton": the title tells them apart
    surname = words[0]
    # Named in full: a given name and the surname ("Ms Mendelsohn" is no other person)
    people = [e for e in record.entities if e.label == "PERSON" and e.entity
              and len([w for w in e.text.split() if not _TITLE.match(w)]) >= 2
              and e.text.split()[-1] == surname]
    if not {e.entity for e in people} - {quote.speaker_entity}:
        return False  # nobody else of that name in the article
    full = [(e.end, e.entity) for e in people if e.end <= quote.speaker.start]
    return bool(full) and max(full)[1] != quote.speaker_entity


def _nested(quotes, i: int) -> bool:
    q = quotes[i].content
    return any(j != i and o.content.start <= q.start and q.end <= o.content.end
               and (o.content.end - o.content.start) > (q.end - q.start)
               for j, o in enumerate(quotes))


def _segments(text: str, start: int, kind: str) -> list[tuple[int, int]]:
    """The asserted parts of a content: inside its quotation marks when it opens with
    one (what lies between is the reporter's attribution), else all of it."""
    stripped = text.lstrip()
    if kind != "indirect" and stripped[:1] in _OPEN or stripped.startswith("''"):
        parts = [(m.start(1), m.end(1)) for m in
                 re.finditer(r"(?:“|\"|'')\s*(.+?)\s*(?:”|\"|''|$)", text, re.S)]
        if parts:
            return [(start + a, start + b) for a, b in parts]
    return [(start, start + len(text))]


def _spans(text: str):
    """Sentence spans of ``text``, not cut after an abbreviation or an initial."""
    a = None
    for m in _SENTENCE.finditer(text):
        if a is None:
            a = m.start()
        nxt = text[m.end():m.end() + 1]
        # "$1.1 trillion", "8:30 p.m.": no space after the stop; "Mrs. Clinton": an
        # abbreviation before it.
        if nxt and (not nxt.isspace() or _ABBREVIATION.search(text[a:m.end()])):
            continue
        yield a, m.end()
        a = None
    if a is not None:
        yield a, len(text)


def _sentences(doc: str, start: int, end: int):
    for m_start, m_end in _spans(doc[start:end]):
        a, b = start + m_start, start + m_end
        while a < b and doc[a] in " \n\t" + _OPEN + _CLOSE + ",—–-":
            a += 1
        while b > a and doc[b - 1] in " \n\t" + _CLOSE + ",—–-":
            b -= 1
        if b > a:
            yield a, b


def _context(doc: str, start: int, end: int) -> tuple[int, int]:
    """What the claim's "that" or "this work" can point to: the text before it in its
    paragraph and the paragraph before, and the rest of its sentence's paragraph, at
    most ``CONTEXT_CHARS`` in all (two thirds before)."""
    para = doc.rfind("\n", 0, start) + 1
    back = para - 1
    while back > 0 and doc[back - 1] in "\n \t":
        back -= 1
    prev = doc.rfind("\n", 0, back) + 1 if back > 0 else para
    left = max(prev, start - 2 * CONTEXT_CHARS // 3, 0)
    if left > 0 and left > prev:  # start on a word
        space = doc.find(" ", left)
        left = space + 1 if 0 <= space < start else left
    nxt = doc.find("\n", end)
    right = min(nxt if nxt != -1 else len(doc), end + CONTEXT_CHARS // 3)
    return left, max(right, end)


_SUBJECT = re.compile(r"\b(?:I|we|you|he|she|they|it|who|many|some|others|most|few|people|"
                      r"voters|everyone|everybody|(?-i:[A-Z][a-z]+))\b[’']?\w*", re.I)
_NOUN_BEFORE = re.compile(r"\b(?:his|her|their|our|my|your|its|the|a|an|of|for|with|in|"
                          r"without|strong|broad|public|popular|financial)\s+$|[’']s\s+$", re.I)


def _own(sentence: str, at: int, kind: str = "direct") -> bool:
    """Whether the support or opposition verb at ``at`` is the speaker's own stand: its
    subject is the speaker ("I support", "we will never back", and in reported speech
    "he would support"), not a third party ("Trump initially supported the invasion": the
    claim affirms what Trump did), and it is a verb, not a noun ("his support")."""
    before = sentence[:at]
    name = re.search(r"(?-i:[A-Z]\w+)\s+$", before)
    if _NOUN_BEFORE.search(before) or (name and name.group(0).strip().lower() not in _PRONOUNS
                                       | {"we", "you", "it", "who"}):
        return False  # "his support", "Trump support": a noun
    # The subject in the verb's clause, else the sentence's last before it ("Trump has
    # shown a willingness to back up Putin, to support Putin": Trump's support).
    subjects = ([m.group(0).lower() for m in _SUBJECT.finditer(_CLAUSE.split(before)[-1])]
                or [m.group(0).lower() for m in _SUBJECT.finditer(before)])
    if not subjects:
        return True  # "Support the bill", "will never support him": the speaker's
    last = subjects[-1].split("’")[0].split("'")[0]
    own = {"i", "we"} if kind == "direct" else {"i", "we", "he", "she", "they"}
    return last in own or (last == "who" and len(subjects) == 1)


# What makes a sentence say something of something: a finite verb. Without a parse, its
# marks: an auxiliary, a modal or a copula, a past tense, a verb after a subject pronoun
# or a name ("Trump lies"), a contraction.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|am|will|would|can|could|shall|should|may|might|must|"
    r"has|have|had|do|does|did|wo|ca|need|needs)\b|[’'](?:s|re|ve|ll|d|m)\b|n[’']t\b|"
    r"\b[a-z]{3,}ed\b|\b(?:I|we|you|they|he|she|it|who|that|which)\s+(?:\w+ly\s+)?[a-z]+\b|"
    r"(?-i:\b[A-Z][a-z]+)\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)?[a-z]{3,}s\b", re.I)


# A content cut mid-clause by the quote stage ("that he was the lone candidate who has"):
# it ends on a word that needs more after it.
_CUT = re.compile(r"\b(?:who|whom|which|whose|has|have|had|is|are|was|were|the|a|an|of|to|"
                  r"and|or|but|his|her|their|our|my|its)\s*$", re.I)


def says_something(sentence: str, kind: str) -> bool:
    """Whether a content is a statement, not a noun phrase the speaker mentioned or
    named ("her deep ties to black churches", "the death of Terence Crutcher in Tulsa",
    the object of "cited" or "called"): a quoted statement is taken as one; reported
    content needs a mark of a finite verb."""
    return kind == "direct" or bool(_FINITE.search(sentence))


def stance(sentence: str, cue: Optional[str] = None, kind: str = "direct") -> tuple[str, int]:
    """("affirms"|"denies"|"supports"|"opposes", polarity) of a sentence: "supports" and
    "opposes" only where the stand is the speaker's own (``_own``)."""
    cleaned = _NOT_NEGATION.sub(" ", _REPLY.sub("", sentence))
    if re.search(r"\bneither\b", cleaned, re.I):  # "neither sent nor received": one denial
        cleaned = re.sub(r"\bnor\b", " ", cleaned, flags=re.I)
    # Clause by clause: "no troops there and never had" is one denial said twice, and
    # "Mali approached Russian companies, Moscow not involved" denies in its second.
    # A negation inside a condition ("if Mexico does not pay, …") does not deny what the
    # sentence says.
    negations = int(any(len(_NEGATION.findall(c)) % 2 for c in _CLAUSE.split(cleaned)
                        if not _CONDITION_CLAUSE.match(c)))
    if cue and cue.lower().split()[:1] and cue.lower().split()[0] in {"denied", "denies", "deny",
                                                                     "denying", "rejected", "rejects",
                                                                     "dismissed", "dismisses"}:
        negations += 1
    sign = -1 if negations % 2 else 1
    supports = any(_own(cleaned, m.start(), kind) for m in _SUPPORT.finditer(cleaned))
    opposes = any(_own(cleaned, m.start(), kind) for m in _OPPOSE.finditer(cleaned))
    if supports != opposes:
        polarity = sign * (1 if supports else -1)
        return ("supports" if polarity > 0 else "opposes"), polarity
    return ("affirms" if sign > 0 else "denies"), sign


def content_words(sentence: str, skip: set[str] = frozenset()) -> list[str]:
    out = []
    for w in _WORD.findall(sentence.replace("’", "'")):
        low = w.lower().strip("'-")
        if low.endswith("'s"):
            low = low[:-2]
        if (len(low) > 2 and low not in STOPWORDS and low not in skip
                and not _NEGATION.fullmatch(low)):
            out.append(low)
    return out


def find_claims(record: Extraction) -> list[Claim]:
    doc, quotes = record.text, record.quotes
    entities = [e for e in record.entities if e.entity]
    out: list[Claim] = []
    for i, q in enumerate(quotes):
        if not q.speaker_entity:
            continue
        if q.attribution is not None:
            if q.attribution not in ("speech", "position"):
                continue
            if q.confidence is not None and q.confidence < MIN_QUOTE_CONFIDENCE:
                continue
            kind_of = q.attribution
        else:
            kind_of = _cue_class(q)
            if kind_of is None:
                continue
        if _nested(quotes, i) or _someone_else(q, record) or _not_a_statement(q, doc):
            continue
        before = doc[max(0, q.speaker.start - 13):q.speaker.start].lower() if q.speaker else ""
        if before.endswith(" to ") and not before.endswith("according to "):
            continue  # "it was stressed to BBC Sport that …": who was told, not who said it
        if q.cue is not None and _HEARSAY.match(doc[q.cue.start:q.cue.end + 40]):
            continue  # "he told friends": relayed by others, not said on the record
        base = {"speech": 0.9, "position": 0.7}[kind_of]
        base *= {"direct": 1.0, "mixed": 0.9, "indirect": 0.8}.get(q.kind, 0.8)
        if q.confidence is not None:
            base *= max(0.5, q.confidence)
        speaker_text = (q.speaker.text.strip().lower() if q.speaker else "")
        pronoun = speaker_text if speaker_text in _PRONOUNS else None
        if pronoun:
            base *= 0.9  # resolved by coreference: less sure whose words these are
            if _other_antecedent(q, record):
                base *= DOUBTFUL_SPEAKER
        elif _other_namesake(q, record):
            base *= DOUBTFUL_SPEAKER
        speaker_words = {w.lower() for w in _WORD.findall(q.speaker.text)} if q.speaker else set()
        found = 0
        for seg_start, seg_end in _segments(q.content.text, q.content.start, q.kind):
            for a, b in _sentences(doc, seg_start, seg_end):
                sentence = doc[a:b]
                words = sentence.split()
                if (len(words) < 4 or sentence.rstrip().endswith("?")
                        or not says_something(sentence, q.kind) or _CUT.search(sentence)):
                    continue
                if (_INNER_QUOTE.search(sentence) or _HEARSAY.search(sentence)
                        or _RELAYED.search(sentence) or _UNKNOWING.search(sentence)):
                    continue
                confidence = base
                if _CONDITIONAL.search(sentence):
                    confidence *= 0.7
                if confidence < MIN_CONFIDENCE:
                    continue
                named = [e for e in entities if a <= e.start and e.end <= b]
                if any(e.entity == q.speaker_entity for e in named):
                    continue  # the speaker named in their own words: someone else speaking
                    # ("Wright-Phillips, Downing and Johnson will start", said the coach)
                about = tuple(sorted({e.entity for e in named} - {q.speaker_entity}))
                c0, c1 = _context(doc, a, b)
                topics = tuple(sorted({e.entity for e in entities
                                       if c0 <= e.start and e.end <= c1} - {q.speaker_entity}))
                name_words = {w.lower() for e in named for w in _WORD.findall(e.text)}
                predicate = " ".join(dict.fromkeys(content_words(sentence, name_words | speaker_words)))
                label, polarity = stance(sentence, q.cue.text if q.cue else None, q.kind)
                modal = _MODAL.search(sentence)
                anaphoric = ((not about and bool(_DEICTIC.search(sentence)))
                             or bool(_SUBJECTLESS.match(sentence)))
                out.append(Claim(
                    quote=i, speaker_entity=q.speaker_entity, text=Span.of(doc, a, b),
                    context=Span.of(doc, c0, c1), about=about, topics=topics,
                    predicate=predicate, stance=label, polarity=polarity,
                    modality=modal.group(1).lower().replace("’", "'") if modal else None,
                    anaphoric=anaphoric, confidence=round(confidence, 3),
                    speaker_pronoun=pronoun))
                found += 1
                if found >= MAX_CLAIMS_PER_QUOTE:
                    break
            if found >= MAX_CLAIMS_PER_QUOTE:
                break
    return out
