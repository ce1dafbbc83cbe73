"""Hand review of the PUD reporting candidates (see make_attribution_gold.py), French and English.

Each sentence listed replaces its automatic candidates: (cue, speaker, content[, intermediary]) as
exact strings of the sentence; an empty list means the candidate is not an attribution an analyst
would record. Sentences not listed keep their candidates, which were read and found right.
"""

from __future__ import annotations

# sent_id → corrected attributions as exact strings (cue, speaker, content[, intermediary]); a
# sentence listed with [] had a candidate that is not an attribution an analyst would record.
REVIEW_FR: dict[str, list[tuple[str, ...]]] = {
    "n01006011": [("dit", "Un témoin", "la victime avait attaqué le suspect en avril", "la police")],
    "n01008017": [
        (
            "d'après",
            "le bureau du recensement",
            "seulement 11% des votes avaient été exprimés avant le jour de l'élection en 1996",
        )
    ],
    "n01011011": [
        (
            "indiqué",
            "La police",
            "elle avait tué Andre Price III en lui enfonçant le visage dans un matelas pneumatique situé "
            "dans sa salle de séjour avant de tenter de faire la même chose à sa fille, Angel",
        )
    ],
    "n01017010": [
        (
            "indiqué",
            "La compagnie",
            "la décision de facturer l'accès aux passagers serait du ressort de chaque compagnie aérienne",
            "la BBC",
        )
    ],
    "n01021007": [
        (
            "écrit",
            "Jesse LaBrocca, fondateur de Hack Forums",
            "Malheureusement, une fois de plus, une minorité gâche tout pour une majorité",
        )
    ],
    "n01027041": [],  # an indirect question, not a claim
    "n01030005": [
        (
            "indiqué",
            "Un porte-parole de la police",
            "une « altercation » avait eu lieu après un « échange verbal », mais qu'aucun blessé n'avait été signalé",
            "l'Associated Press",
        )
    ],
    "n01036002": [
        (
            "déclare",
            "L'association représentant les agents immobiliers à Ontario",
            "il est nécessaire de faire davantage pour protéger les clients et punir les agents ayant fait "
            "preuve d'un comportement contraire à l'éthique",
        )
    ],
    "n01041006": [("déclaré", "Mailis", "C'est un désastre pour les malades en souffrance", "CBS News")],
    "n01044009": [],  # passive without a speaker
    "n01061023": [
        (
            "expliqué",
            "John Di Domenico, l'imitateur de Donald Trump",
            "Quand je joue son rôle, je me sens puissant",
            "Slate",
        )
    ],
    "n01087005": [],  # "il est juste de dire": no speaker
    "n01088026": [],  # a suggestion in conversation, not a claim
    "n01093007": [
        (
            "Selon",
            "un représentant de l’UE",
            "Les stocks de cabillaud de la mer Celtique pourraient s’effondrer",
        )
    ],
    "n01102006": [
        (
            "expliqué",
            "il",
            "Franchement, une élection générale est la dernière chose que voudrait le gouvernement",
            "la BBC",
        )
    ],
    "n01130025": [],  # "une attitude indiquant que": not speech
    "n01145015": [
        (
            "expliqué",
            "Alejandra González Anaya, l’une des directrices artistiques du défilé",
            "pourquoi le Mexique avait décidé qu’il était temps d’organiser un tel spectacle",
            "CNN",
        )
    ],
    "w01009017": [],  # "d'après cette idée": after, not according to
    "w01073007": [],  # "d'après ce lac": named after
    "w01099012": [],  # "varient selon sa définition": depending on
    "w01125034": [
        ("déclarer", "la Chambre des communes", "la victoire irait au candidat arrivé en deuxième place")
    ],
    "n02066010": [
        (
            "confirmé",
            "Larry Vance, l’enquêteur principal canadien de l’accident d’avion",
            "il était convaincu que l’un des pilotes avait prévu de poser son aéronef sur la surface de "
            "l’océan, afin qu’il coule",
            "der Spiegel",
        )
    ],
    "n03006028": [("dit", "Mme Gillard", "Il n'y a pas eu vraiment de concertation")],
    "n03009006": [
        (
            "estime",
            "Il",
            "l'existence d'un tel fichier laisse la porte ouverte à des dérives aussi probables qu'inacceptables",
        )
    ],
    "n04007015": [],  # "il ne semble pas indiqué que": not an attribution
    "n05008018": [],  # "le vote anticipé suggère": evidence, not a speaker
    "n05009025": [
        (
            "déclaré",
            "l'opposition",
            "Il y aura des manifestations et bien d'autres choses, tout est déjà prévu",
            "El Mundo",
        )
    ],
    "n05004020": [
        (
            "dit",
            "Pedro Sánchez, comme beaucoup d’autres socialistes",
            "l’Espagne était une nation des nations",
            "le programme Évole",
        )
    ],
    "w02011012": [],  # a request, not a claim
    # Sentences the candidate rules missed.
    "n01005031": [
        (
            "estime",
            "L'étude de faisabilité",
            "il faudrait environ quatre minutes aux passagers pour traverser le Potomac en gondole",
        )
    ],
    "n01141002": [
        (
            "annoncé",
            "Microsoft",
            "la sortie de son nouvel outil de clavardage en ligne pour le monde de l'entreprise",
        )
    ],
    "n02027019": [("annoncé", "La Russie", "la suspension du contrat au début du mois d’octobre")],
}


REVIEW_EN: dict[str, list[tuple[str, ...]]] = {
    "n01006011": [("told", "A witness", "the victim had attacked the suspect in April", "police")],
    "n01017010": [
        (
            "told",
            "The company",
            "it would be the responsibility of each airline brand to decide whether to charge passengers an "
            "access fee",
            "the BBC",
        )
    ],
    "n01021007": [
        (
            "wrote",
            "Jesse LaBrocca, founder of Hack Forums",
            "Unfortunately once again the few ruin it for the many",
        )
    ],
    "n01030005": [
        (
            "told",
            "A police spokesman",
            'there was "an exchange of words" followed by an "altercation" but that no injuries had been reported',
            "the Associated Press",
        )
    ],
    "n01030006": [],  # "reportedly": no speaker
    "n01041006": [("said", "Mailis", "This is a disaster for pain patients", "CBC News")],
    "n01046057": [
        (
            "pointed out",
            "He",
            "Rogers recently introduced a new app tool that helps customers monitor their data usage",
        )
    ],
    "n01049022": [
        (
            "says",
            "Dietrich",
            "This strain helps with back pain, this strain helps with nausea, this product makes you sleep at night",
        )
    ],
    "n01051004": [],  # passive without a speaker
    "n01061023": [
        (
            "explained",
            "the Donald Trump impersonator John Di Domenico",
            "When I’m playing him, I feel powerful",
            "Slate",
        )
    ],
    "n01087005": [],  # "it's fair to say": no speaker
    "n01088026": [],  # a suggestion in conversation, not a claim
    "n01092040": [
        (
            "saying",
            "he",
            "We are actively thinking of possible ways to limit the scope of litigation to only those with a real "
            "standing in a project",
        )
    ],
    "n01093007": [("said", "one EU official", "Celtic Sea cod could collapse")],
    "n01102006": [
        (
            "told",
            "He",
            "A general election is frankly the last thing that the Government wants",
            "the BBC’s Andrew Marr Show",
        )
    ],
    "n01139016": [],  # passive without a speaker
    "n01144023": [],  # a joke in conversation
    "n01145015": [
        (
            "explained",
            "Alejandra González Anaya, one of the parade's creative directors",
            "why Mexico have decided now is the time to put on such a show",
            "CNN",
        )
    ],
    "w01062037": [],  # "reportedly": no speaker
    "w01066040": [],  # "calculated according to the calendar"
    "w01079049": [],  # "everything the Malleus said": no content
    "w01146051": [("stresses", "Bloch", "the implied humanism inherent in mystical tradition")],
    "n02030005": [],  # "so it was said": no speaker
    "n02058056": [],  # an indirect question
    "n02066010": [
        (
            "told",
            "The Canadian investigator of the plane crash Larry Vance",
            "he is convinced that one of the pilots had intended to land the machine on the ocean surface - so "
            "that it would sink",
            "SPIEGEL",
        )
    ],
    "n03001019": [("assured", "he", "she would be 'under investigation for years'")],
    "n03006028": [("said", "Ms. Gillard", "There wasn't really any consultation")],
    "n05004020": [
        (
            "said",
            "Pedro Sánchez, like many other socialists",
            "Spain is a nation of nations",
            "the programme Évole",
        )
    ],
    "n05008018": [],  # "the early voting suggests": evidence, not a speaker
    "n05009025": [
        (
            "told",
            "the opposition",
            "There will be protests and other things, it's all already planned",
            "El Mundo",
        )
    ],
}
