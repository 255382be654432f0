"""The closed classes of English words the speaker reader goes by: pronouns, nouns for
a person, a body, a description, kin, documents, and the dependency labels of a subject.
Small word classes, not lists of entities."""
from __future__ import annotations

PRONOUNS = frozenset(("he", "she", "i", "him", "her"))
#: Words for an organisation already named: "it said", "the firm said" -> that one.
ORG_WORDS = frozenset(("it", "firm", "company", "group", "club", "corporation", "carrier",
                       "airline", "retailer", "maker", "manufacturer", "giant",
                       "operator", "insurer", "lender", "chain", "broadcaster", "studio",
                       "label", "publisher", "developer", "network", "conglomerate",
                       # (business copy's words for a firm: "The Oklahoma City energy and
                       # defense concern said", "The Portland, Ore., thrift said")
                       "concern", "thrift"))
#: Nouns for a person speaking for a body ("a Labour Party spokesman said … He said").
PERSON_NOUNS = frozenset(("spokesman", "spokeswoman", "spokesperson", "official", "analyst",
                          "minister", "chairman", "chairwoman", "director", "executive",
                          "secretary", "president", "leader", "editor", "lawyer", "attorney",
                          "coach", "manager", "head", "chief", "fellow", "professor",
                          "member", "economist", "researcher", "founder", "boss", "adviser",
                          "advisor", "representative", "writer", "author", "partner"))
FIRST_PERSON = frozenset(("i", "we", "me", "us", "you"))
UNNAMED = frozenset(("reports", "report", "sources", "source", "media", "officials",
                     "people", "reporters", "analysts", "observers", "critics"))
#: Quantifier pronouns as a cue's subject ("but many said", "others argue"): some of a
#: group, an unnamed source.
QUANTIFIERS = frozenset(("many", "some", "others", "most", "few", "several"))
#: Nouns before a name that make it an organisation's ("oil company Yukos").
ORG_NOUNS = ORG_WORDS - {"it"}
#: Nouns that describe a person the text names elsewhere ("the 67-year-old", "the
#: Waterford man", "The Romanian international").
DESCRIPTIONS = frozenset(("man", "woman", "star", "player", "international", "striker",
                          "midfielder", "defender", "goalkeeper", "keeper", "veteran", "actor",
                          "actress", "singer", "musician", "champion", "winner", "captain",
                          "youngster", "teenager", "chancellor", "frontman", "frontwoman",
                          "winger", "wing", "flanker", "half", "forward", "skipper", "batsman",
                          "bowler", "rider", "driver", "boxer", "golfer", "sprinter",
                          "runner", "athlete", "attendant", "expert", "mp", "medallist",
                          "broadcaster", "campaigner", "aide", "correspondent", "reporter",
                          "politician", "activist", "dj", "gp", "presenter",
                          # (a side's positions, rugby's and others: "The prop said")
                          "prop", "lock", "hooker", "fullback", "quarterback", "goalie"))
#: Descriptions of a person by what they do, never one who speaks for a place or a body
#: (unlike "the minister", "the official", "the MP"): "the striker" is a person.
PLAYER_NOUNS = frozenset(("man", "woman", "star", "player", "international", "striker",
                          "midfielder", "defender", "goalkeeper", "keeper", "veteran", "actor",
                          "actress", "singer", "musician", "champion", "winner", "captain",
                          "youngster", "teenager", "frontman", "frontwoman", "winger", "wing",
                          "flanker", "half", "forward", "skipper", "batsman", "bowler", "rider",
                          "driver", "boxer", "golfer", "sprinter", "runner", "athlete",
                          "medallist", "prop", "lock", "hooker", "fullback", "quarterback",
                          "goalie"))
#: Relatives and companions, named by whom they belong to ("Kopp's stepmother", "his
#: widow"): never that person.
KIN = frozenset(("mother", "father", "stepmother", "stepfather", "wife", "husband", "son",
                 "daughter", "stepson", "stepdaughter", "brother", "sister", "uncle", "aunt",
                 "cousin", "niece", "nephew", "widow", "widower", "parent", "parents",
                 "family", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance",
                 "relative", "relatives", "grandmother", "grandfather", "mum", "dad",
                 "mom", "neighbour", "neighbor", "colleague", "teammate", "partner"))
#: Nouns for the body that runs another ("the Acme board", "the club's committee"): it
#: speaks for that one.
GOVERNING = frozenset(("board", "committee", "management"))
#: Groups that act for a person, named by whom they act for ("Saipov's defense team",
#: "President Trump's campaign", "the Bush administration", "the Blair government"):
#: never that person.
ENTOURAGE = frozenset(("team", "staff", "camp", "entourage", "campaign", "administration",
                       "government", "regime", "cabinet"))
#: Nouns for people a speaker phrase may name by a body or place they belong to ("Critics
#: of the government", "A legal expert in the US", "The MP for Ealing North"): they speak.
PEOPLE_NOUNS = frozenset(("critic", "supporter", "opponent", "resident", "worker", "employee",
                          "friend", "source", "fan", "observer", "investor", "trader",
                          "campaigner", "aide", "mp", "expert", "analyst", "official",
                          "lawyer", "doctor", "scientist", "researcher", "activist",
                          "juror", "voter", "citizen", "student", "teacher", "customer",
                          "consumer", "patient", "witness", "villager", "shopper", "viewer",
                          "passenger", "user")) | KIN
#: People who follow a body from outside ("Several Cineplex analysts", "Yukos watchers"):
#: the body the story is about, set before them, is not whom they speak for.
FOLLOWERS = frozenset(("analyst", "observer", "watcher", "commentator", "critic"))
#: Person nouns a news lead may use for someone it names in the next sentence (not
#: spokesmen, officials or analysts, whom it leaves unnamed).
#: Person nouns leads leave unnamed (spokesmen, officials, analysts).
UNNAMED_IN_LEADS = frozenset((
    "spokesman", "spokeswoman", "spokesperson", "official", "analyst", "member", "fellow",
    "representative", "researcher", "economist", "writer", "author", "partner", "expert"))
LEAD_NOUNS = (DESCRIPTIONS | PERSON_NOUNS | {"friend"}) - UNNAMED_IN_LEADS
#: Words for a body a news lead may use for one it names in the next sentence ("an
#: anti-fraud agency has said. / Anti-fraud consultancy Retail Decisions says …").
LEAD_BODIES = frozenset(("agency", "consultancy", "company", "firm", "group", "watchdog",
                         "organisation", "organization", "charity", "institute", "regulator",
                         "lender", "insurer", "bank", "body", "think-tank", "union"))
PLACES = frozenset(("GPE", "LOC", "NORP", "FAC"))
SUBJECTS = ("nsubj", "nsubjpass")
#: What a person writes or files, speaking for them ("Her lawsuit said", "his blog says").
DOCUMENTS = frozenset(("lawsuit", "suit", "statement", "letter", "book", "blog", "website",
                       "memoir", "memoirs", "autobiography", "complaint", "submission",
                       "testimony", "affidavit", "filing", "note", "email", "column"))
#: What a body that decides hands down, which speaks for it as its statement does.
RULINGS = frozenset(("ruling", "judgment", "judgement", "verdict", "decree", "order"))
#: The sex a he/she speaker asks of whom it stands for.
GENDER = {"he": "m", "she": "f"}
#: The kin nouns that say a person's sex ("Ms Davis' son Tyler" is a he).
KIN_SEX = {**{w: "m" for w in ("father", "stepfather", "husband", "son", "stepson", "brother",
                               "uncle", "nephew", "widower", "boyfriend", "fiance",
                               "grandfather", "dad", "grandson")},
           **{w: "f" for w in ("mother", "stepmother", "wife", "daughter", "stepdaughter",
                               "sister", "aunt", "niece", "widow", "girlfriend", "fiancee",
                               "fiancée", "grandmother", "mum", "mom", "granddaughter")}}
