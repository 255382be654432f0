"""The kind of news a French article is, read by the English relation model's context
reader.

The relation model weighs every confidence by the article's kind (nlp/relations.py,
``RelationModel.quiet``): match reports, showbusiness and product copy name few PLOVER
events however many "attack", "host" and "support" they hold. That reader is a bag of
English words; on French text (or on the English-shaped view, whose other words are
foreign) it finds almost none of them and reads every French article as hard news, so
that French relations in a match report kept the confidence English takes from them.
``context_text`` gives it the French article in the English words it weighs most (both
those of sport, showbusiness and technology and those of politics and business), with
the function words whose presence it counts: the same table method as the cue words
(nlp/cues_fr_en.py), written from the model's side, not from any evaluation text.
"""
from __future__ import annotations

import re

#: English word the context reader weighs -> its French forms (lower case).
_ENGLISH = {
    # function words, present in nearly every article of either language
    "and": "et", "his": "son sa ses", "its": "son sa ses", "her": "elle", "for": "pour", "was": "était fut",
    "been": "été", "had": "avait avaient", "can": "peut peuvent pouvez", "could": "pourrait "
    "pourraient", "you": "vous", "they": "ils elles", "him": "lui", "all": "tous toutes",
    "because": "parce", "those": "ceux celles", "these": "ces", "where": "où", "when": "quand "
    "lorsque", "after": "après", "which": "lequel laquelle lesquels lesquelles dont",
    "people": "personnes gens", "american": "américain américaine américains américaines",
    "country": "pays", "president": "président présidente", "court": "tribunal cour",
    "years": "ans années", "say": "dire", "told": "raconté", "reported": "rapporté signalé",
    "national": "national nationale nationaux", "thursday": "jeudi", "friday": "vendredi",
    "has": "a", "have": "ont avons avez", "but": "mais", "with": "avec",
    "are": "sont", "this": "cet cette ceci", "that": "que qu", "who": "qui",
    "also": "aussi également", "while": "tandis pendant", "she": "elle", "not": "pas",
    "the": "le la les", "other": "autre autres", "like": "comme", "new": "nouveau nouvelle "
    "nouveaux nouvelles", "each": "chaque", "such": "tel telle",
    "from": "de", "before": "avant", "will": "sera seront",
    "any": "aucun aucune", "however": "cependant toutefois pourtant", "would": "serait "
    "seraient aurait auraient", "should": "devrait devraient", "since": "depuis",
    "further": "davantage", "said": "dit déclaré affirmé indiqué", "saying": "disant affirmant",
    "according": "selon", "first": "premier première", "second": "deuxième second seconde",
    "third": "troisième", "fourth": "quatrième", "four": "quatre", "five": "cinq", "seven": "sept",
    "eight": "huit", "old": "âgé âgée", "year": "an année", "last": "dernier dernière",
    "best": "meilleur meilleure meilleurs", "great": "grand grande", "big": "gros grosse",
    "well": "bien", "time": "temps fois", "month": "mois", "weekend": "week-end",
    "sunday": "dimanche", "saturday": "samedi", "world": "monde mondial mondiale",
    "million": "million millions", "number": "nombre numéro", "home": "domicile maison",
    "man": "homme", "end": "fin", "top": "tête", "early": "début", "soon": "bientôt",
    "currently": "actuellement", "including": "dont notamment", "without": "sans",
    "named": "nommé nommée", "found": "trouvé trouvée", "added": "ajouté ajoute",
    "received": "reçu reçue", "declined": "refusé", "get": "obtenir", "make": "faire",
    # sport
    "match": "match matchs", "season": "saison", "win": "victoire gagner", "won": "gagné "
    "remporté", "winning": "remportant", "players": "joueurs", "player": "joueur",
    "coach": "entraîneur", "game": "jeu", "games": "jeux", "cup": "coupe",
    "manager": "entraîneur manager", "injury": "blessure", "play": "jouer", "playing": "jouant",
    "played": "joué", "fans": "supporters fans", "club": "club", "striker": "attaquant",
    "team": "équipe", "teams": "équipes", "champion": "champion championne",
    "champions": "champions", "championships": "championnats", "olympic": "olympique",
    "olympics": "olympiques", "rugby": "rugby", "sport": "sport sportif sportive",
    "league": "ligue championnat", "goal": "buts", "football": "football foot",
    "athletics": "athlétisme", "athletes": "athlètes", "athlete": "athlète", "beat": "battu",
    "defeat": "défaite", "squad": "effectif", "defender": "défenseur", "tour": "tournée",
    "record": "record", "doping": "dopage", "final": "finale", "half": "mi-temps",
    "minutes": "minutes", "debut": "débuts", "career": "carrière", "test": "test",
    "track": "piste", "shot": "tir", "federation": "fédération",
    "speed": "vitesse", "race": "course", "golf": "golf", 
    # showbusiness
    "film": "film", "films": "films", "music": "musique", "star": "star vedette",
    "stars": "stars vedettes", "show": "émission spectacle", "singer": "chanteur chanteuse",
    "award": "récompense", "awards": "récompenses", "movie": "film", "movies": "films",
    "entertainment": "divertissement", "box": "box-office", "drama": "drame",
    "comedy": "comédie", "song": "chanson", "viewers": "téléspectateurs",
    "director": "réalisateur réalisatrice", "actor": "acteur actrice", "television": "télévision",
    "channel": "chaîne", "chart": "classement", "released": "sorti sortie", "album": "album",
    "series": "série", "oscar": "oscar oscars", "hollywood": "hollywood",
    "festival": "festival", "character": "personnage", "rock": "rock", "popular": "populaire",
    "celebrity": "célébrité", "artist": "artiste", "musical": "musical musicale",
    "magazine": "magazine", "event": "événement",
    "performance": "performance", "broadcast": "diffusion", "broadcaster": "diffuseur",
    "original": "original originale",
    # products and technology
    "users": "utilisateurs", "software": "logiciel logiciels", "computer": "ordinateur",
    "technology": "technologie", "digital": "numérique", "net": "net", "internet": "internet",
    "web": "web", "website": "site", "websites": "sites", "network": "réseau",
    "networks": "réseaux", "service": "service", "mobile": "mobile portable", "phones":
    "téléphones", "device": "appareil", "data": "données", "media": "médias",
    "developers": "développeurs", "hardware": "matériel", "wireless": "sans-fil",
    # politics and business (the hard side)
    "government": "gouvernement", "minister": "ministre", "leader": "dirigeant dirigeante chef",
    "party": "parti", "secretary": "secrétaire", "shares": "actions", "bank": "banque",
    "election": "élection élections", "political": "politique", "politics": "politique",
    "economy": "économie", "financial": "financier financière", "executive": "exécutif",
    "economic": "économique", "company": "entreprise société", "foreign": "étranger étrangère "
    "étrangères", "investment": "investissement", "chief": "chef", "market": "marché",
    "police": "police", "prime": "premier", "conservative": "conservateur conservatrice",
    "firm": "firme", "health": "santé", "deal": "accord",
    "trade": "commerce commercial commerciale", "evidence": "preuve preuves",
    "policy": "politique", "state": "état", "plans": "projets", "debt": "dette",
    "senior": "haut", "tax": "impôt impôts taxe", "chancellor": "chancelier "
    "chancelière", "military": "militaire militaires", "authorities": "autorités",
    "workers": "travailleurs", "analysts": "analystes", "law": "loi", "vote": "vote",
    "ministers": "ministres", "politicians": "politiciens", "affairs": "affaires",
    "inquiry": "enquête", "general": "général générale", "support": "soutien",
    "growth": "croissance", "jobs": "emplois", "job": "emploi", "rates": "taux",
    "investors": "investisseurs", "demand": "demande", "human": "humain humains humaines",
    "local": "local locale locaux", "global": "mondial mondiale", "review": "examen",
    "cases": "affaires", "agreed": "accepté convenu", "argued": "soutenu", "described": "décrit", "suggested": "suggéré", "expected": "attendu prévu",
    "possible": "possible", "continue": "continuer", "change": "changement", "case": "cas",
    "business": "affaires", "high": "élevé élevée", "about": "environ", "may": "pourra",
}
_FRENCH: dict[str, list[str]] = {}
for _en, _forms in _ENGLISH.items():
    for _form in _forms.split():
        _FRENCH.setdefault(_form, []).append(_en)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def context_text(text: str) -> str:
    """The English words of the context reader's vocabulary that a French article's
    words stand for, in the article's order (the reader counts which occur, not how
    often)."""
    out = []
    for w in _WORD.findall(text.lower()):
        out.extend(_FRENCH.get(w, ()))
    return " ".join(out)
