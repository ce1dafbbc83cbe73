"""What two claims' wordings have in common, in French and English alike.

Lexical features only: words are folded (case, accents), reduced to their Snowball stem, and
French news words that are not cognates of their English counterparts are mapped to one
shared concept ("semaine" and "week" are both `week`), so that a French claim and an English
one share stems, names and figures. Cognates ("transition", "gouvernement"/"government") are
caught by character n-grams of the stems.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[ .,\u202f\u00a0]\d{3})*(?:[.,]\d+)?")

# Function words and reporting verbs: they say how a thing was reported, not what was reported.
_STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my no nor not now of off on once only or other our out over own
    same she should so some such than that the their theirs them then there these they this those
    through to too under until up very was we were what when where which while who whom why will
    with would you your yours one ones mr mrs ms dr its it's said say says saying told tell tells
    added adds according reported reportedly claimed claims stated explained noted warned
    announced confirmed denied believe believes think thinks would could may might must also
    au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur
    leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se
    ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y ete etre avait avoir
    ont est sont fait faire etait sera seront plus tres aussi selon apres avant lors dont ainsi
    comme sans sous entre vers chez cela ceci celui celle ceux tout tous toute toutes autre autres
    a-t-il a-t-elle dit declare declaree affirme annonce indique precise ajoute souligne estime
    explique assure confirme dementi rapporte raconte ecrit publie
    """.split()
)

# French news words whose English counterpart shares no stem: both map to one concept.
_CONCEPTS: dict[str, str] = {}
for _concept, _words in {
    "week": "week weeks semaine semaines",
    "year": "year years annee annees ans annuel annual",
    "month": "month months mois",
    "day": "day days jour jours journee",
    "today": "today aujourd'hui",
    "yesterday": "yesterday hier",
    "tomorrow": "tomorrow demain",
    "monday": "monday lundi",
    "tuesday": "tuesday mardi",
    "wednesday": "wednesday mercredi",
    "thursday": "thursday jeudi",
    "friday": "friday vendredi",
    "saturday": "saturday samedi",
    "sunday": "sunday dimanche",
    "january": "january janvier",
    "february": "february fevrier",
    "march": "march mars",
    "april": "april avril",
    "may": "mai",
    "june": "june juin",
    "july": "july juillet",
    "august": "august aout",
    "september": "september septembre",
    "october": "october octobre",
    "november": "november novembre",
    "december": "december decembre",
    "kill": "kill kills killed killing tue tues tuee tuees tuer meurtre",
    "dead": "dead death deaths died die dies mort morts morte mortes deces meurent mourir",
    "wound": "wounded injured injuries injury hurt blesse blesses blessee blessees blessure blessures",
    "war": "war wars guerre guerres",
    "child": "child children kid kids enfant enfants",
    "woman": "woman women femme femmes",
    "man": "man men homme hommes",
    "people": "people persons personnes gens",
    "country": "country countries pays",
    "city": "city cities town ville villes",
    "law": "law laws loi lois",
    "court": "court courts tribunal tribunaux cour",
    "judge": "judge judges juge juges",
    "trial": "trial trials proces",
    "police": "police policier policiers policemen",
    "army": "army armies armee armees troops soldiers soldats militaires",
    "weapon": "weapon weapons arme armes",
    "attack": "attack attacks attacked attaque attaques attentat attentats",
    "bomb": "bomb bombs bombing bombe bombes",
    "shoot": "shot shooting shootings fusillade tirs tir",
    "sniper": "sniper snipers tireur tireurs",
    "roof": "roof roofs rooftop rooftops toit toits",
    "border": "border borders frontiere frontieres",
    "election": "election elections scrutin",
    "vote": "vote votes voted voter scrutin",
    "law_maker": "lawmaker lawmakers deputes depute parlementaires",
    "government": "government governments gouvernement gouvernements",
    "leader": "leader leaders dirigeant dirigeants chef chefs",
    "minister": "minister ministers ministre ministres",
    "spokesman": "spokesman spokeswoman spokesperson porte-parole",
    "official": "official officials responsable responsables",
    "company": "company companies firm firms entreprise entreprises societe",
    "job": "job jobs emploi emplois",
    "worker": "worker workers employee employees travailleur travailleurs salaries",
    "money": "money argent",
    "price": "price prices prix",
    "tax": "tax taxes impot impots",
    "billion": "billion billions milliard milliards",
    "million": "million millions",
    "thousand": "thousand thousands millier milliers mille",
    "hundred": "hundred hundreds centaine centaines",
    "percent": "percent per-cent pourcent pourcentage",
    "report": "report reports rapport rapports",
    "secret": "secret secrets secretly secrete secretes secretement",
    "visit": "visit visits visited visite visites visiter",
    "travel": "travel travelled traveled trip trips voyage voyages voyage",
    "meeting": "meeting meetings meet met reunion reunions rencontre rencontres",
    "talk": "talks negotiations pourparlers negociations",
    "agreement": "agreement agreements deal deals accord accords",
    "sell": "sell sold sales vend vendu vendus vente ventes",
    "buy": "buy bought achat achats acheter achete",
    "build": "build built building construire construit construction",
    "school": "school schools ecole ecoles",
    "student": "student students etudiant etudiants eleve eleves",
    "teacher": "teacher teachers enseignant enseignants professeur professeurs",
    "doctor": "doctor doctors physician physicians medecin medecins",
    "hospital": "hospital hospitals hopital hopitaux",
    "health": "health sante",
    "water": "water eau eaux",
    "fire": "fire fires incendie incendies feu",
    "house": "house houses home homes maison maisons logement logements",
    "building": "building buildings immeuble immeubles batiment batiments",
    "street": "street streets rue rues",
    "car": "car cars voiture voitures",
    "plane": "plane planes aircraft avion avions",
    "ship": "ship ships boat boats navire navires bateau bateaux",
    "free": "free freed release released liberer libere liberes liberation",
    "arrest": "arrest arrested arrests arrete arretes arrestation arrestations interpelle",
    "charge": "charged charges inculpe inculpes accuse accuses",
    "prison": "prison prisons jail jailed emprisonne",
    "fight": "fight fights fighting fought combat combats combattre",
    "help": "help helps helped aide aider aides",
    "new": "new nouveau nouvelle nouveaux nouvelles",
    "big": "big large great grand grande grands grandes",
    "small": "small little petit petite petits petites",
    "first": "first premier premiere premiers premieres",
    "last": "last dernier derniere derniers dernieres",
    "high": "high haut haute hausse",
    "low": "low bas basse baisse",
    "rise": "rise rises rising increase increased augmente augmentation",
    "fall": "fall falls fell decline declined chute recul",
    "ban": "ban banned bans interdire interdit interdiction",
    "want": "want wants wanted veut voulait vouloir",
    "need": "need needs needed besoin",
    "world": "world monde mondial mondiale",
    "study": "study studies etude etudes",
    "research": "research researchers recherche chercheurs",
    "scientist": "scientist scientists scientifique scientifiques",
    "film": "film films movie movies",
    "president": "president presidents presidente",
    "party": "party parties parti partis",
    "republican": "republican republicans republicain republicains",
    "power": "power pouvoir",
    "plan": "plan plans projet projets",
    "carbon": "carbon carbone",
    "emission": "emission emissions",
    "climate": "climate climat climatique",
    "pressure": "pressure pression",
    "iraq": "iraq irak",
    "iraqi": "iraqi iraqis irakien irakiens irakienne irakiennes",
    "iran": "iran",
    "iranian": "iranian iranians iranien iraniens iranienne iraniennes",
    "syria": "syria syrie",
    "lebanon": "lebanon liban",
    "america": "america amerique",
    "american": "american americans americain americains americaine",
    "united_states": "usa etats-unis",
    "britain": "britain uk royaume-uni grande-bretagne",
    "british": "british britannique britanniques",
    "germany": "germany allemagne",
    "china": "china chine",
    "chinese": "chinese chinois chinoise",
    "russia": "russia russie",
    "russian": "russian russians russe russes",
    "europe": "europe",
    "european": "european europeen europeenne europeens",
    "militia": "militia militias milice milices",
    "commander": "commander commanders commandant commandants",
    "guard": "guard guards garde gardiens",
    "general": "generals generaux",
}.items():
    for _word in _words.split():
        _CONCEPTS[_word] = _concept

_WORDS_OF: dict[str, list[str]] = {}
for _word, _concept in _CONCEPTS.items():
    _WORDS_OF.setdefault(_concept, []).append(_word)

_NUMBER_WORDS = {
    "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4, "five": 5, "cinq": 5,
    "six": 6, "seven": 7, "sept": 7, "eight": 8, "huit": 8, "nine": 9, "neuf": 9, "ten": 10,
    "dix": 10, "eleven": 11, "onze": 11, "twelve": 12, "douze": 12, "twenty": 20, "vingt": 20,
    "dozen": 12, "douzaine": 12, "fifty": 50, "cinquante": 50,
}  # fmt: skip

_STEMMERS = {"fr": "french", "en": "english"}


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """The comparable content of one wording."""

    terms: Counter[str]  # stems and shared concepts of the content words
    grams: Counter[str]  # character 4-grams of those stems (catch cognates across languages)
    names: frozenset[str]  # folded proper names
    numbers: frozenset[str]  # figures, normalised ("2,000" and "2 000" are "2000")
    shown: dict[str, str]  # term -> the word as written, to give reasons in the analyst's words


def fold(text: str) -> str:
    """Lower case without accents, with one apostrophe: what two spellings of a word share."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=4096)
def features(text: str, language: str) -> TextFeatures:
    """The comparable content of `text` (cached: a claim is compared with many others)."""
    terms: Counter[str] = Counter()
    grams: Counter[str] = Counter()
    names: set[str] = set()
    shown: dict[str, str] = {}
    stem = _stemmer(language if language in _STEMMERS else "en")
    sentence_start = True
    for match in _WORD.finditer(text):
        word = match.group()
        folded = fold(word)
        for piece in _pieces(folded):
            if piece.isdigit() or piece in _NUMBER_WORDS:
                continue
            term = _CONCEPTS.get(piece)
            if term is None:
                if piece in _STOPWORDS or len(piece) < 3:
                    continue
                term = stem(piece)
            terms[term] += 1
            shown.setdefault(term, word)
            padded = f"^{term}$"
            grams.update(padded[i : i + 4] for i in range(len(padded) - 3))
        if word[:1].isupper() and not sentence_start and len(folded) > 2 and folded not in _STOPWORDS:
            names.add(folded)
        sentence_start = text[match.end() : match.end() + 2].strip()[:1] in {
            ".",
            "!",
            "?",
            ":",
            "«",
            "“",
            '"',
        }
    return TextFeatures(terms, grams, frozenset(names), frozenset(_numbers(text)), shown)


def search_terms(text: str, language: str, limit: int = 12) -> list[str]:
    """Words to look candidates up by in a full-text index, most telling first, each a prefix.

    Names first (they survive translation), then the longest stems, then the words of the
    shared concepts in both languages ("semaine" also looks up "week").
    """
    found = features(text, language)
    terms: list[str] = sorted(found.names, key=lambda n: (-len(n), n))
    for term in sorted(found.terms, key=lambda t: (-len(t), t)):
        words = _WORDS_OF.get(term)
        if words is None:
            terms.append(term)
        else:
            terms.extend(sorted({w for w in words if "'" not in w and "-" not in w}, key=len)[:3])
    unique = [t for t in dict.fromkeys(terms) if len(t) >= 4]
    # A prefix already looks up its longer forms: "official" finds "officials".
    return [t for t in unique if not any(o != t and t.startswith(o) for o in unique)][:limit]


def _pieces(folded: str) -> list[str]:
    """'l'armee' -> 'armee', 'etats-unis' stays whole when it is a known concept."""
    if folded in _CONCEPTS:
        return [folded]
    parts = re.split(r"['-]", folded)
    return [p for p in parts if p]


def _numbers(text: str) -> set[str]:
    found = {
        re.sub(r"[ .,\u202f\u00a0](?=\d{3}\b)", "", m.group()).replace(",", ".")
        for m in _NUMBER.finditer(text)
    }
    for word in _WORD.findall(text):
        value = _NUMBER_WORDS.get(fold(word))
        if value is not None:
            found.add(str(value))
    # A four-digit year is a date, not a figure: dates are compared apart.
    return {n for n in found if not (len(n) == 4 and n.isdigit() and 1800 <= int(n) <= 2100)}


@lru_cache(maxsize=4)
def _stemmer(language: str):
    algorithm = snowballstemmer.stemmer(_STEMMERS[language])
    return lru_cache(maxsize=65536)(algorithm.stemWord)
