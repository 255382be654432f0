"""French words in English, for the relation model's reading of a French parse.

The trained relation model (nlp/relations.py) reads English lemmas, ClearNLP labels and
Penn tags. ``relations_fr_view`` gives it a French parse in that shape; these tables put
the words that decide an event into English: the PLOVER cue vocabulary (the verbs and
nouns of the English lexicon and those the model weighs most, written for the purpose
from the English side, not from any evaluation text), the verbs of saying and the
modals that the model's checks read, and the function words that name an actor's place
(prepositions, negation, relatives). A word outside them keeps its French lemma: the
model then reads only where it stands, never a guess at its meaning.
"""
from __future__ import annotations

#: French verb lemma -> English verb lemma.
VERBS = {
    # AGREE
    "accepter": "accept", "conclure": "conclude", "ratifier": "ratify", "signer": "sign",
    "convenir": "agree", "entendre": "agree", "engager": "pledge", "promettre": "promise",
    "parapher": "sign",
    # CONSULT
    "rencontrer": "meet", "réunir": "meet", "visiter": "visit", "recevoir": "host",
    "accueillir": "host", "consulter": "consult", "discuter": "discuss", "négocier": "negotiate",
    "entretenir": "discuss", "s'entretenir": "discuss", "téléphoner": "call", 
    "participer": "attend", "assister": "attend", "joindre": "join", "tenir": "hold",
    "organiser": "hold", "lancer": "launch",
    # SUPPORT
    "soutenir": "support", "appuyer": "back", "approuver": "endorse", "saluer": "welcome",
    "défendre": "defend", "féliciter": "praise", "louer": "praise", "encenser": "praise",
    "réaffirmer": "reaffirm", "respecter": "respect", "reconnaître": "recognize",
    "plaider": "advocate", "cautionner": "endorse", "endosser": "endorse",
    "établir": "establish", "renforcer": "strengthen",
    # CONCEDE / RETREAT (the model's YIELD)
    "concéder": "concede", "céder": "yield", "excuser": "apologize", "libérer": "release",
    "relâcher": "release", "lever": "lift", "retourner": "return",
    "abandonner": "abandon", "démissionner": "resign", "renoncer": "concede",
    "accorder": "grant", "retirer": "withdraw", "évacuer": "evacuate", "quitter": "leave",
    "abroger": "repeal", "capituler": "surrender",
    # COOPERATE
    "coopérer": "cooperate", "collaborer": "collaborate", "allier": "ally",
    "embaucher": "hire", "recruter": "recruit", "partager": "share", "associer": "partner",
    # AID
    "aider": "help", "secourir": "aid", "fournir": "supply", "financer": "fund",
    "armer": "arm", "former": "train", "livrer": "supply", "donner": "give",
    "offrir": "offer", "prêter": "lend", "envoyer": "send", "dépenser": "spend",
    "approvisionner": "supply", "équiper": "arm", "subventionner": "fund",
    # REQUEST
    "demander": "ask", "exhorter": "urge", "réclamer": "demand", "exiger": "demand",
    "appeler": "urge",  # "appeler X à": to call on (other uses are no event)
    "solliciter": "request", "implorer": "appeal", "inviter": "invite",
    "presser": "urge", "pousser": "push", "chercher": "seek", "vouloir": "want",
    # ACCUSE
    "accuser": "accuse", "blâmer": "blame", "reprocher": "blame", "critiquer": "criticize",
    "condamner": "condemn", "dénoncer": "denounce", "inculper": "charge",
    "imputer": "blame", "attribuer": "attribute", "alléguer": "allege", "poursuivre": "sue",
    "fustiger": "criticize", "incriminer": "accuse",
    "plaindre": "complain", "contester": "challenge", "juger": "convict",
    "extrader": "extradite", "assigner": "summon", "convoquer": "summon",
    # REJECT
    "démentir": "deny", "nier": "deny", "rejeter": "reject", "refuser": "refuse",
    "écarter": "dismiss", "opposer": "oppose", "réfuter": "deny", "repousser": "rebuff",
    "décliner": "decline", "annuler": "cancel", "récuser": "reject", "contredire": "deny",
    "échouer": "fail", "bloquer": "veto",
    # THREATEN
    "menacer": "threaten", "avertir": "warn", "prévenir": "warn",
    # PROTEST
    "protester": "protest", "boycotter": "boycott", "manifester": "protest",
    "brûler": "burn",
    # SANCTION
    "sanctionner": "sanction", "interdire": "ban", "expulser": "expel", "suspendre": "suspend",
    "réduire": "reduce", "pénaliser": "penalize",
    # MOBILIZE
    "mobiliser": "mobilize", "déployer": "deploy", "intensifier": "intensify",
    "masser": "mass", "placer": "place",
    # COERCE
    "arrêter": "arrest", "détenir": "detain", "saisir": "seize", "confisquer": "confiscate",
    "contraindre": "force", "forcer": "force", "déporter": "deport",
    "imposer": "impose", "ordonner": "order", "fermer": "close", "démolir": "demolish",
    "interpeller": "arrest", "emprisonner": "jail", "incarcérer": "jail", "déclarer": "declare",
    "proscrire": "outlaw",
    # ASSAULT
    "attaquer": "attack", "bombarder": "bomb", "envahir": "invade", "tuer": "kill",
    "frapper": "strike", "pilonner": "shell", "torturer": "torture", "assassiner": "kill",
    "abattre": "shoot", "tirer": "shoot", "blesser": "wound", "violer": "violate",
    "agresser": "assault", "massacrer": "kill", "mourir": "die", 
    # Saying and the verbs the checks read ("refused to comment", "asked whether")
    "dire": "say", "affirmer": "say", "ajouter": "add", "indiquer": "say", "annoncer": "announce",
    "expliquer": "explain", "estimer": "believe", "penser": "think", "croire": "believe",
    "écrire": "write", "raconter": "tell", "commenter": "comment", "répondre": "reply",
    "souligner": "stress", "rapporter": "report", "confirmer": "confirm", "insister": "insist",
    "maintenir": "maintain", "préciser": "say", "essayer": "try", "tenter": "try",
    "prévoir": "plan", "viser": "aim", "envisager": "consider", "décider": "decide", "commencer": "begin",
    "payer": "pay", "gagner": "win", "perdre": "lose", "jouer": "play", "ouvrir": "open",
    "faire": "make", "avoir": "have", "être": "be", "aller": "go", "venir": "come",
    "mettre": "put", "prendre": "take", "voir": "see", "savoir": "know",
    "pouvoir": "can", "devoir": "must",
}

#: French noun lemma -> English noun lemma (events, and what the model reads around them).
NOUNS = {
    "accord": "agreement", "traité": "treaty", "pacte": "pact", "contrat": "contract",
    "cessez-le-feu": "ceasefire", "trêve": "truce", "visite": "visit", "rencontre": "meeting",
    "réunion": "meeting", "entretien": "talks", "pourparlers": "talks", "négociation": "negotiation",
    "sommet": "summit", "soutien": "support", "appui": "support", "aide": "help",
    "assistance": "assistance", "coopération": "cooperation", "partenariat": "partnership",
    "alliance": "alliance", "retrait": "withdrawal", "évacuation": "evacuation",
    "demande": "request", "appel": "call", "exigence": "demand", "accusation": "accusation",
    "allégation": "allegation", "critique": "criticism", "condamnation": "condemnation",
    "plainte": "complaint", "enquête": "investigation", "inculpation": "charge",
    "démenti": "denial", "refus": "refusal", "rejet": "rejection", "menace": "threat",
    "avertissement": "warning", "ultimatum": "ultimatum", "manifestation": "protest",
    "protestation": "protest", "boycott": "boycott", "grève": "strike",
    "sanction": "sanctions", "embargo": "embargo", "interdiction": "ban", "expulsion": "expulsion",
    "mobilisation": "mobilization", "déploiement": "deployment", "troupe": "troop",
    "soldat": "soldier", "arrestation": "arrest", "détention": "detention", "saisie": "seizure",
    "attaque": "attack", "attentat": "attack", "invasion": "invasion", "frappe": "strike",
    "bombardement": "bombing", "offensive": "offensive", "agression": "assault",
    "meurtre": "murder", "assassinat": "assassination", "guerre": "war", "violence": "violence",
    "négociateur": "negotiator", "excuse": "apology", "démission": "resignation",
    "libération": "release", "concession": "concession", "déclaration": "declaration",
    "tarif": "tariff", "élection": "election", "vote": "vote",
    "gouvernement": "government", "président": "president", "ministre": "minister",
    "police": "police", "armée": "army", "force": "force", "procureur": "prosecutor",
    "tribunal": "court", "juge": "judge", "peine": "sentence", "prison": "prison",
    "victime": "victim", "porte-parole": "spokesman", "responsable": "official",
    "dirigeant": "leader", "chef": "head", "ambassadeur": "ambassador",
}

#: Function words by form (lower case): the prepositions that say where an actor
#: stands, negation, relatives and question words the model and its checks read.
WORDS = {
    "à": "to", "au": "to", "aux": "to", "de": "of", "du": "of", "des": "of", "d'": "of",
    "d’": "of", "contre": "against", "avec": "with", "par": "by", "sur": "on", "pour": "for",
    "dans": "in", "en": "in", "chez": "at", "vers": "toward", "envers": "toward",
    "depuis": "since", "après": "after", "avant": "before", "sans": "without",
    "entre": "between", "selon": "according", "parmi": "among", "sous": "under",
    "pas": "not", "jamais": "never", "aucun": "no", "aucune": "no",
    "qui": "who", "que": "that", "qu'": "that", "qu’": "that", "lequel": "which",
    "laquelle": "which", "si": "if", "s'": "if", "s’": "if", "pourquoi": "why",
    "comment": "how", "quand": "when", "où": "where", "et": "and", "ou": "or", "mais": "but",
}
