"""Verbs of saying, as lemmas: one lexicon, a named subset per use.

Every rule that asks "is this a verb of saying" was built and judged on its own set, and
the sets differ on purpose: "said nothing" means nothing was said, "argued nothing" does
not; a body "forecasts", a person "shouts". They share the four plain verbs (``SAY``);
each subset below is ``SAY`` and the verbs its use adds, with the rule that reads it.
"""
from __future__ import annotations

#: The plain verbs of saying every subset holds ("X said", "told", "added", "stated").
SAY = frozenset(("say", "tell", "add", "state"))

#: The quote rules' verbs of saying: their subject is the speaker even where
#: "according to X" follows ("she said, according to The Hill": X is the medium), a
#: source set off after a comma speaks through them. ``quotes``.
SAYING = SAY | {"write", "explain", "declare"}
#: What "quoted an official as saying" reports with: the plain four. ``quotes``.
SAYING_AS = SAY
#: That open the line after a quotation's closing line, in the inverted order
#: ('… our holy places ?"' / 'asked Mustafa Hoshiyeh'). ``quotes``.
CLOSING = SAYING | {"ask", "reply", "insist", "admit", "continue", "note", "recall", "warn",
                    "shout", "cry"}
#: Plain saying and telling, whose object "nothing"/"little" says nothing was said
#: ("conceding nothing" is a figure for giving no ground; "claimed no responsibility" a
#: claim). ``non_attributions``.
PLAIN = SAY | {"reveal", "disclose", "comment", "mention", "speak", "explain"}
#: That report speech: their subject is a person ("Trump said", "Trump continued";
#: ``name_cues``, ``name_joins``).
REPORTING = SAY | {"argue", "insist", "claim", "explain", "declare", "write", "warn",
                   "continue"}
#: Only a speaker does these, not a place or a work: a name as their subject acts as a
#: body ("Texas said"; ``name_context``).
SPEAKING = SAY | {"announce", "report", "claim", "argue", "insist", "warn", "predict",
                  "confirm", "deny", "estimate", "forecast"}
#: A body's saying: one between an indefinite source and a body named later ends the
#: search for that body (``elsewhere.named_later``).
BODY = SAY | {"claim", "write"}
#: Whose clause's "would" is a reported "will" ("said it would close the plant": an
#: announced event, not a possible one; ``relation_checks``).
ANNOUNCING = SAY | {"announce", "pledge", "promise", "insist", "confirm", "vow", "report",
                    "write", "declare", "agree", "decide"}
#: Whose incise reports the clause it hangs from, in the French relations' English view
#: (``relations_fr_view``).
INCISE = SAY | {"claim", "insist", "report", "announce", "write", "explain"}
