"""Quote spans: where a quote's words start and end, from the text and the parse.

The rules that cut or extend a content once the model has picked it: a content running
on into a quotation or a cue another quote claims stops there; one that opens on a
quotation going on from the paragraph before starts after its own cue; one cut short runs
on to its quotation's closing mark, across an aside set off by dashes, over quotations
run together, never into the writer's relative clause; ``X quotes Y as saying`` is the
quotation it points back to; and ``quote_kind`` (direct, mixed, indirect) from the
quotation marks a span holds. ``quotes.find_quotes`` calls them. Unlike
``quote_content.py``, which mends the model's pick as a token range from the parse of the
cue's own sentence, most of these read characters: the marks, dashes and lines of the
text, and the other quotes found.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..types import Quote, Span
from .extensions import text_of
from .quote_content import cut_before_auxiliary


def span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def quote_kind(text: str, start: int, end: int, regions) -> str:
    """direct: every alphanumeric character inside quotation marks; indirect: none."""
    total = sum(map(str.isalnum, text[start:end]))
    inside, at = 0, start   # (regions may overlap: count each character once)
    for s, e in sorted(regions):
        s, e = max(s, at), min(e, end)
        if s < e:
            inside += sum(map(str.isalnum, text[s:e]))
            at = e
    if not inside:
        return "indirect"
    return "direct" if inside == total else "mixed"


def cut_at_quotations(text: str, kept: list, regions) -> list:
    """A content running on into a quotation that another cue claims ("A," X said.
    "B," he added.) stops where that quotation starts."""
    direct = [(s, e) for _, (s, e), *_ in kept
              if any(rs <= s and e <= re_ for rs, re_ in regions)]
    out = []
    for f in kept:
        start, end = f[1]
        for s, e in direct:
            if start < s and e <= end and (s, e) != (start, end):
                end = s
                # What is left ends with this cue ("A," X said): keep just "A,".
                cue = f[2].idx
                ends = [re_ for rs, re_ in regions if start <= rs and re_ <= cue]
                if start <= cue < end and ends:
                    end = ends[-1]
        while end > start and not text[end - 1].isalnum() and text[end - 1] not in "\"'”’":
            end -= 1
        if end > start:
            out.append((f[0], (start, end), *f[2:]))
    return out


def _unclosed(paragraph: str) -> bool:
    """Whether a paragraph opens a quotation it does not close (news closes a quotation
    running over paragraphs only in its last one)."""
    curly = paragraph.count("\u201c") > paragraph.count("\u201d")
    return curly or paragraph.count('"') % 2 == 1


def after_continued_quotation(text: str, start: int, end: int, cue, regions) -> int:
    """Where a content starts that opens on a quotation going on from the paragraph
    before, then reaches its own cue ('Mr Brady said: "… / "The UK is … ." The foreign
    secretary meanwhile said the "justice" …'): that quotation is the earlier speaker's,
    so the content starts after its own cue."""
    at = cue.idx + len(cue.text)
    first = next(((rs, re_) for rs, re_ in regions if rs == start), None)
    if first is None or not (first[1] <= cue.idx < end) or at >= end:
        return start
    # (only a quotation closing its sentence, the cue's sentence after it: '"A," said
    # Benitez. "B …"' is one speaker's, whatever the paragraph before left open)
    closing = text[first[0]:first[1]].rstrip("\"'\u201d\u2019 ")
    if not closing.endswith((".", "!", "?")) or not text[first[1]:cue.idx].strip()[:1].isupper():
        return start
    line = text.rfind("\n", 0, start)
    if line < 0 or text[line + 1:start].strip():
        return start   # (not a paragraph's first words)
    before = text.rfind("\n", 0, line)
    while before >= 0 and not text[before + 1:line].strip():
        before = text.rfind("\n", 0, before)   # (blank lines between paragraphs)
    if not _unclosed(text[before + 1:line]):
        return start
    while at < end and text[at] in " ,:":
        at += 1
    return at


def object_left_out(doc, a: int, b: int, in_quote) -> int:
    """The end of a content that stops on a verb whose object the parse hung elsewhere
    as a stray word ("White claimed she took the drug to combat | narcolepsy but …",
    "narcolepsy" read as punctuation of "claimed"): the words after it, up to the next
    punctuation or joining word, are the content's."""
    if not a < b < len(doc) or doc[b - 1].pos_ != "VERB" or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp") for c in doc[b - 1].children):
        return b
    while b < len(doc) and doc[b].is_alpha and doc[b].dep_ in ("punct", "dep") \
            and doc[b].pos_ not in ("CCONJ", "SCONJ", "ADP", "AUX", "VERB") and not in_quote[b]:
        b += 1
    return b


_RELATIVE_OPENERS = frozenset(("that", "which", "who", "whom", "whose", "where", "when"))


def clause_of_object(cue, a: int, b: int) -> int:
    """The start of a content that is the cue's object noun with its clause: a
    that-clause ("expressed confidence that the cash flow would be sufficient", "denied a
    newspaper report that more arrests had been made": the noun says what kind of words
    they were, its clause what they said); and, after "told", the clause the parse hung on
    the addressee as a relative clause without its pronoun ("told the foreign minister the
    American people share in the sorrow": what was told, not who the minister is)."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == a
                and c.right_edge.i + 1 == b and c.pos_ == "NOUN"), None)
    if obj is None:
        return a
    clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.i > obj.i
                   and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
                   and c.right_edge.i == obj.right_edge.i), None)
    if clause is None and cue.lemma_.lower() == "tell":
        clause = next((c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i
                       and c.right_edge.i == obj.right_edge.i
                       and c.left_edge.lower_ not in _RELATIVE_OPENERS
                       # (a pronoun's clause is a true one: "told the woman he loved that …")
                       and any(g.dep_ == "nsubj" and g.i < c.i and g.pos_ != "PRON"
                               for g in c.children)
                       and not any(g.dep_ == "ccomp" for g in c.children)), None)
    return clause.left_edge.i if clause is not None else a


def after_adverbs(doc, a: int, b: int, in_quote) -> int:
    """The start of a content opening on adverbs before its that-clause ("Allianz has said
    in official comments so far that it will remain neutral", the parse reading "so far
    that" as one phrase): the clause's "that"."""
    i = a
    while i < b and doc[i].tag_ in ("RB", "RBR") and not in_quote[i]:
        i += 1
    if i == a or i >= b or doc[i].lower_ != "that" or doc[i].dep_ != "mark" \
            or doc[i].head.right_edge.i != b - 1:
        return a
    return i


def predicate_split_off(cue, a: int, b: int) -> int:
    """The end of a content whose clause's verb the parse hung on the cue: "officials say
    … that terrorists affiliated with Osama bin Laden, the exiled Saudi millionaire …,
    plan to strike again soon" read "affiliated" as the clause's verb and "plan" as a
    second verb of "say". A participle with a subject and no auxiliary heads no clause
    (it describes its noun), so a verb of the cue's after the content, set off by a
    comma alone and with no subject of its own, is that clause's predicate."""
    doc = cue.doc
    participle = any(t.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in t.children)
                     and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
                     for t in doc[a:b])
    if not participle or any(c.dep_ == "cc" for c in cue.children):
        return b
    verb = next((c for c in cue.rights if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > b
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if verb is None or not all(t.is_punct for t in doc[b:verb.left_edge.i]) \
            or "," not in {t.text for t in doc[b:verb.left_edge.i]}:
        return b
    end = verb.right_edge.i + 1
    while end > verb.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return end


def name_set_off_after(noun) -> list:
    """The proper nouns set off by commas right after a common noun ("the statistics
    office, Destatis, rising exports …", the name read as the next verb's subject), up to
    the closing comma, else []."""
    doc, at = noun.doc, noun.right_edge.i + 1
    if noun.pos_ != "NOUN" or at + 2 >= len(doc) or doc[at].text != ",":
        return []
    out = []
    for t in doc[at + 1:at + 6]:
        if t.text == ",":
            return [] if _described_subject(doc, t.i + 1) else out
        if t.pos_ != "PROPN":
            return []
        out.append(t)
    return []


def _described_subject(doc, at: int) -> bool:
    """Whether a noun phrase set off by commas and then a verb follows ("According to
    press reports, Caridad Gonzalez, the oldest sister, was the first …"): the name it
    describes is then what the content is about, not the source's name."""
    i = at
    while i < len(doc) and doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"):
        i += 1
    return (i > at and i + 1 < len(doc) and doc[i].text == ","
            and doc[i + 1].pos_ in ("VERB", "AUX"))


def after_according_to(text: str, start: int, end: int, cue) -> tuple[int, int]:
    """The content of an "according to" that opens the second of two joined clauses
    ("Turkey shut down the outlets, but according to Jordanian officials, a smaller line
    remained operating"): the clause after the source, not the one before the "but"."""
    if cue.lower_ != "according" or end > cue.idx:
        return start, end
    before = text[start:cue.idx].rstrip(" ,").split()
    if not before or before[-1].lower() not in ("but", "and", "while", "yet", "though", "although"):
        return start, end
    stop = _sentence_end(text, cue.idx)
    comma = text.find(",", cue.idx, stop)
    if comma < 0:
        return start, end
    first = comma + 1
    while first < stop and text[first] == " ":
        first += 1
    last = stop
    while last > first and not text[last - 1].isalnum() and text[last - 1] not in "\"'\u201d\u2019":
        last -= 1
    return (first, last) if len(text[first:last].split()) >= 3 else (start, end)


ASIDE_DASHES = (" - ", " _ ", " – ", " — ", " -- ")


def _in_aside(text: str, start: int, end: int, at: int) -> bool:
    """Whether ``at`` lies between two dashes of one sentence inside [start, end)."""
    before, after = text[start:at], text[at:end]
    opened = max(before.rfind(d) for d in ASIDE_DASHES)
    if opened < 0 or any(m in before[opened:] for m in (". ", "\n")):
        return False
    closed = [after.find(d) for d in ASIDE_DASHES if after.find(d) >= 0]
    return bool(closed) and not any(m in after[:min(closed)] for m in (". ", "\n")) \
        and bool(after[min(closed) + 3:].strip())


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(". ", at), text.find("\n", at), len(text)) if i >= 0]
    return min(ends)


def across_aside(text: str, start: int, end: int, cue: int) -> int:
    """The end of a content that an aside set off by dashes interrupts: "Moskal said one
    of the two men _ he said he did not know which one _ had been located …" runs on to
    the end of its sentence (the parse stops at the dash); a cue inside such an aside
    ("_ he said he did not know which one _") reports only up to its closing dash."""
    rest = text[end:]
    opener = next((d for d in ASIDE_DASHES if rest.startswith(d)), None)
    stop = _sentence_end(text, end)
    if opener is not None and cue < start:
        close = min((i for i in (text.find(d, end + len(opener), stop) for d in ASIDE_DASHES)
                     if i >= 0), default=-1)
        if close >= 0 and text[close + 3:close + 4].islower():
            return stop
    if start > cue and re.search(r"\s(?:-|_|–|—|--)\s+(?:[\w']+\s+){1,3}$", text[max(0, cue - 60):cue]):
        close = min((i for i in (text.find(d, start, end) for d in ASIDE_DASHES) if i >= 0),
                    default=-1)
        if close > start:
            return close
    return end


def _describing_clauses(doc, at: int, q: Quote) -> list:
    """The relative clauses and participles of ``q``'s content that the cue at character
    ``at`` lies in, set on a noun of the content ("… bin Laden, the exiled Saudi
    millionaire who is accused of organizing the bombings, plan to strike …"), innermost
    first. Not one on a noun of the outer speaker's own phrase ('"…," said a U.S. Embassy
    official in Nairobi, who refused to identify himself. "…"'), which the content takes
    in only as a quotation's continuation; nor a noun's that-clause ("the understanding
    that the FBI would look into …"), which is no description."""
    start, end = q.content.start, q.content.end
    tok = next((t for t in doc if t.idx == at), None)
    found = []
    while tok is not None and start <= tok.idx < end and tok.head.i != tok.i:
        if (tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG")) \
                and tok.head.pos_ in ("NOUN", "PROPN", "PRON") and start <= tok.head.idx < end \
                and (q.speaker is None or not q.speaker.start <= tok.head.idx < q.speaker.end):
            found.append(tok)
        tok = tok.head
    return found


#: Relative words of a clause that tells the reader about a thing or a place.
_BACKGROUND_WORDS = frozenset(("which", "where"))


def _describes_within(doc, text: str, clause, q: Quote) -> bool:
    """Whether a describing clause is part of what is said: one that restricts its noun
    (no comma before it: "the 16 cents a share it reported last year"), one the content
    goes on after ("the Energy Savings Trust, which promotes renewable energy, would be
    better spent …"), or one on people ("paramilitaries with the Wagner Group, who had been
    accused of brutal tactics": what the source says of them, as the seeds' gold has it).
    A which- or where-clause set off by a comma that ends the content is the writer's
    background on a thing or a place ("… by Thermo Electron, which agreed to purchase its
    line in February"; "…, which minority Democrats have been urging")."""
    first = clause.left_edge
    after = clause.right_edge.idx + len(clause.right_edge.text)
    return first.i == 0 or doc[first.i - 1].text != "," or first.lower_ not in _BACKGROUND_WORDS \
        or any(ch.isalnum() for ch in text[after:q.content.end])


def _beside_cue(doc, inner: int, outer: int) -> bool:
    """Whether the cue at character ``inner`` is the next act of the cue at ``outer``
    ("said A but refused to comment", "questioned whether …, while officials have
    dismissed …") or the verb of the clause that holds it: a verb joined to it, a clause
    hung on it, or its governor, not one inside what it reports."""
    if doc is None:
        return True
    tok = next((t for t in doc if t.idx == inner), None)
    if tok is not None and any(t.idx == outer for t in tok.subtree):
        return True   # (the other way round, the cue governs this one's clause: "what is
        # said to be the first …, the firm released …")
    while tok is not None and tok.dep_ in ("conj", "advcl") and tok.head.i != tok.i:
        tok = tok.head
        if tok.idx == outer:
            return True
    return tok is None


def cut_at_cues(text: str, quotes: list[Quote], regions=(), doc=None) -> list[Quote]:
    """A content that runs on over another cue and all it reports ("said A but stressed
    B"; a quotation running on into "…, he predicted. Mr B said …") ends before that
    cue: B is the other quote's. A cue describing a noun of the content (``doc``, the
    parse, says which) ends it only where the writer's clause ends it, and there before
    the clause."""
    out = []
    for q in quotes:
        c = q.content
        others, inner = [], []
        for o in quotes:
            if o is q or o.cue is None or not (
                    c.start < o.cue.start < c.end and c.start < o.content.start
                    and o.content.end <= c.end and (q.cue is None or o.cue.start > q.cue.end)):
                continue
            clauses = _describing_clauses(doc, o.cue.start, q) if doc is not None else []
            writers = [k for k in clauses if not _describes_within(doc, text, k, q)]
            if clauses and not writers:
                continue
            if o.attribution is None and not writers and q.cue is not None \
                    and not _beside_cue(doc, o.cue.start, q.cue.start) \
                    and not (o.speaker is not None and q.speaker is not None
                             and o.speaker.start == q.speaker.start):
                continue  # (only an attribution claims words: a cue that reports nobody's,
                # "if content has been requested by consumers", is part of what the other
                # says; but one in the writer's clause on a noun, "…, which agreed to buy
                # …", or the source's next act, "said A but refused to comment", still
                # shows where the writer takes over)
            clause = writers[-1] if writers else None
            # (not a cue inside an aside the content sets off with dashes: "Moskal said
            # one of the two men _ he said he did not know which one _ had been located",
            # "the powers - which President Chavez argues are needed … - trample …")
            if _in_aside(text, c.start, c.end, o.cue.start):
                continue
            cut = clause.left_edge.idx if clause is not None else o.cue.start
            if doc is not None:
                cut = cut_before_auxiliary(doc, c.start, cut)
                if cut is None:
                    continue   # (the cue's verb is the content's own: "according to
                    # data, the value is | expected to reach $60bn" keeps its claim)
            others.append(o)
            inner.append(cut)
        # A content running on into what a later cue reports ('"A," says X, who … . B,
        # but "C", he says'): B and C are the later cue's.
        later = [o for o in quotes if o is not q and o.cue is not None and q.cue is not None
                 and o.cue.start >= c.end and c.start < o.content.start < c.end
                 and o.content.end >= c.end and q.cue.end <= o.content.start]
        others += later
        inner += [o.content.start for o in later]
        if others and q.kind != "indirect":
            bound = min(min(o.cue.start, o.content.start,
                            o.speaker.start if o.speaker else o.cue.start) for o in others)
            ends = [e for s, e in regions if c.start < e <= bound and s >= c.start]
            if ends and (q.cue is None or max(ends) > q.cue.end or q.cue.start < c.start
                         or q.cue.start >= max(ends)):
                end = max(ends)
                q = replace(q, content=span(text, c.start, end),
                            kind=quote_kind(text, c.start, end, regions))
        elif inner and q.kind == "indirect":
            end = min(inner)
            head = text[c.start:end].rstrip()
            for word in (" but", " and", ",", " but also", " which", " who", " whom", " where"):
                if head.endswith(word):
                    head = head[:-len(word)].rstrip()
            head = head.rstrip(" ,;-")
            if len(head.split()) >= 2:
                q = replace(q, content=span(text, c.start, c.start + len(head)))
        out.append(q)
    return out


def quoted_as_saying(doc, a: int, b: int, cue, regions) -> Optional[tuple[int, int]]:
    """The quotation right before "X quotes Y as saying" (chars, marks included), where
    the content found is only "as saying": what Y said is the quotation it points back
    to; else None."""
    words = [t for t in doc[a:b] if not t.is_punct]
    if cue.lemma_.lower() != "quote":
        return None
    at = next((i for i, t in enumerate(words[:-1]) if t.lower_ == "as"
               and words[i + 1].lemma_.lower() in ("say", "tell", "write")), None)
    if at is None:
        return None
    # (the parse may leave the rest of the quoted one's phrase before "as saying" and an
    # aside after it: "quoted one of the initiators of the move as saying , without
    # giving a name"; never a clause said: a finite verb or a quotation after it)
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if any(obj is None or not obj.left_edge.i <= t.i <= obj.right_edge.i for t in words[:at]) \
            or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ == "that"
                   for t in words[at + 2:]) \
            or any(t.text in ("\"", "``", "\u201c") for t in doc[a:b]):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    opens = (subj.left_edge if subj is not None else cue).idx
    text = text_of(doc)
    quotation = next(((s, e) for s, e in sorted(regions, reverse=True) if e <= opens
                      and not text[e:opens].strip(" ,\t")), None)
    if quotation is not None:
        return quotation
    # "Yeltsin visited his wife in hospital , Interfax news agency quoted spokesman
    # Sergei Yastrzhembsky as saying .": what he said is the clause the sentence opens on,
    # up to the comma before the subject (no quotation marks in it: those are above)
    first = cue.sent.start_char if doc.has_annotation("SENT_START") else 0
    before = text[first:opens].rstrip(" \t")
    if not before.endswith(",") or any(m in before for m in ('"', "``", "\u201c", "''")):
        return None
    end = first + len(before[:-1].rstrip(" \t"))
    start = first + len(before) - len(before.lstrip())
    return (start, end) if end - start > 10 else None


def quoted_passive(cue):
    """(who is quoted, the saying) of "X was quoted (by Y) as saying …": X speaks, Y only
    reports it; else None."""
    if cue.lemma_.lower() != "quote" or not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    saying = next((g for c in cue.children if c.lower_ == "as" for g in c.children
                   if g.tag_ == "VBG" and g.lemma_.lower() in ("say", "tell", "write")), None)
    return None if subj is None or saying is None else (subj, saying)


def quoted_passive_content(doc, cue, subj, saying, regions) -> Optional[tuple[int, int]]:
    """What X said in "X was quoted (by Y) as saying …" (chars): the clause the saying
    governs (past a "that", never the one told), else the quotation right after it, else
    the quotation X's sentence opens on; None where there is none."""
    clause = next((c for c in saying.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        words = [t for t in clause.subtree]
        while words and (words[0].is_punct or words[0].dep_ == "mark"):
            words.pop(0)
        while words and words[-1].is_punct and words[-1].text not in ('"', "'", "\u201d", "''"):
            words.pop()
        if len(words) >= 2:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            # (a quotation the clause opens keeps its marks: "as saying: "What …?"")
            return next(((s, max(e, end)) for s, e in regions if s <= start < e), (start, end))
    text = text_of(doc)
    after = saying.idx + len(saying.text)
    for s, e in sorted(regions):
        if s >= after and not text[after:s].strip(" ,:\t"):
            return s, e
    opens = subj.left_edge.idx
    return next(((s, e) for s, e in sorted(regions, reverse=True) if e <= opens
                 and not text[e:opens].strip(" ,\t")), None)


_RELATIVE_WORDS = ("who", "which", "whose", "whom")


def before_writers_relative(text: str, start: int, end: int, regions) -> int:
    """The end of a content that the writer's relative clause follows outside a
    quotation's marks: after a quotation it opens on ('"… the hopes and dreams of Elian's
    mother Elizabeth," who died with nine other adults …, said X'), or after one closing
    on its comma ('his departure was for "personal reasons," which he declined to
    specify'): the quotation's closing mark; the clause tells the reader about them,
    nobody said it."""
    for s, e in regions:
        if start <= s < e < end and (s == start or text[s:e].rstrip("\"'”’` ").endswith(",")):
            rest = text[e:end].lstrip(" ,")
            if rest.split(" ", 1)[0] in _RELATIVE_WORDS:
                return e
    return end


def run_on_quotations(text: str, start: int, end: int, regions) -> int:
    """The end of a content closing on a quotation that ends its sentence, where more
    quotations follow it with nothing but a space between ('Yelling says: "I think this
    will probably make Paula." "I think it will drive her on …"': paragraphs of one
    quotation run together in the text): the last of them, short of one closing on a
    comma, which a cue of its own signs. (Another cue's quotation is cut off after.)"""
    at = next((k for k, (s, e) in enumerate(regions) if start <= s and e == end), None)
    while at is not None and at + 1 < len(regions):
        e, (s2, e2) = regions[at][1], regions[at + 1]
        if text[e:s2].strip(" ") or not text[:e].rstrip("\"'”’` ").endswith((".", "?", "!")) \
                or text[s2:e2].rstrip("\"'”’` ").endswith(","):
            break
        end, at = e2, at + 1
    return end


def close_quotation(text: str, start: int, end: int, regions) -> int:
    """Extend ``end`` to the closing mark of a quotation opened inside [start, end)."""
    for s, e in regions:
        if start <= s < end < e and e - end < 600:
            return e
    return end
