"""Real news and encyclopedia sentences the gold sets leave out, and sentences of the same shapes.

Sentences marked PUD come from the Parallel Universal Dependencies treebanks (UD_English-PUD and
UD_French-PUD, CC BY-SA 3.0; credits in tests/data/attributions/README.md): only sentences of
documents in the `dev` split, among those no reporting candidate was found in. The others were
written for these tests (project's own text).
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


def _cues(text: str, language: str) -> list[str]:
    return [text[s.cue.start : s.cue.end] for s in suggest(text, language, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # PUD: a free relative names what is said, a noun of a list, a passive, the writer's figure
        ("What she’s saying and what she’s doing, it — actually, it’s unbelievable.", "en"),
        (
            "Meanwhile, Bank of Scotland customers earn 3% on balances of £3,000-£5,000 when they add the "
            "free Vantage option to their account.",
            "en",
        ),
        (
            "Two of the most notable Mediterranean civilisations in classical antiquity were the Greek city "
            "states and the Phoenicians, both of which extensively colonised the coastlines of the "
            "Mediterranean.",
            "en",
        ),
        (
            "The origin of the word Hispania is much disputed and the evidence for the various speculations "
            "are based merely upon what are at best mere resemblances.",
            "en",
        ),
        (
            "In Asia and the Pacific, between 3 million and more than 10 million civilians, mostly Chinese "
            "(estimated at 7.5 million), were killed by the Japanese occupation forces.",
            "en",
        ),
        (
            "To draw a game you have dominated is easy to brush off, but to do so three times is a row "
            "suggests a weakness.",
            "en",
        ),
        (
            "Quatre marques supplémentaires indiquent les déclinaisons minimales et maximales de la pleine "
            "lune, autrement dit en été et en hiver.",
            "fr",
        ),
        # the same shapes
        ("What they are saying is wrong.", "en"),
        ("Il a tout perdu, cela dit, il reste confiant.", "fr"),
        ("The claim is widely disputed and the figures are thin.", "en"),
    ],
)
def test_words_of_speech_that_report_nothing_are_not_offered(text, language):
    assert _cues(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # PUD: the agent of a description in the passive speaks
            "Gerry Rafferty sort deux autres albums dans les années 1990, décrit par le musicien Tom Robinson "
            "plus tard comme « un grand retour à la forme ».",
            "fr",
            "décrit",
            {"speaker": "le musicien Tom Robinson", "content": "« un grand retour à la forme »"},
        ),
        (
            'The album, described by critics as "a masterpiece", sold poorly.',
            "en",
            "described",
            {"speaker": "critics", "content": '"a masterpiece"'},
        ),
        (  # PUD: a claim in the infinitive, after a day opening the sentence with no comma
            "This time he claimed to have fought the battle without even bothering to put on his corslet.",
            "en",
            "claimed",
            {
                "speaker": "he",
                "content": "to have fought the battle without even bothering to put on his corslet",
            },
        ),
        (
            "Last week she told reporters that the plan was dead.",
            "en",
            "told",
            {"speaker": "she", "content": "the plan was dead", "intermediary": "reporters"},
        ),
        (
            "Il prétend avoir combattu sans armure.",
            "fr",
            "prétend",
            {"speaker": "Il", "content": "avoir combattu sans armure"},
        ),
        (  # another source's denial ends what was said
            "The rebels claimed to have shot down a drone on Tuesday, but the army denied it.",
            "en",
            "claimed",
            {"speaker": "The rebels", "content": "to have shot down a drone on Tuesday"},
        ),
        (
            "The rebels said they had shot down a drone, but the army has disputed that account.",
            "en",
            "said",
            {"speaker": "The rebels", "content": "they had shot down a drone"},
        ),
        (
            "Les rebelles affirment avoir abattu un drone mardi, ce que dément l'armée.",
            "fr",
            "affirment",
            {"speaker": "Les rebelles", "content": "avoir abattu un drone mardi"},
        ),
        (
            "Le maire assure que tout va bien, ce qu'a démenti la préfecture.",
            "fr",
            "assure",
            {"speaker": "Le maire", "content": "tout va bien"},
        ),
    ],
)
def test_what_real_sentences_outside_the_gold_report(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        ("He added that the plan would fail.", "en", "added", {"content": "the plan would fail"}),
        ('"We will win," added the minister.', "en", "added", {"speaker": "the minister"}),
        ("What I'm saying is that we need more money.", "en", "saying", {"content": "we need more money"}),
        ("Il dit que cela suffit.", "fr", "dit", {"content": "cela suffit"}),
        ("The report states that the plan failed.", "en", "states", {"content": "the plan failed"}),
    ],
)
def test_the_same_words_when_they_report_stay_read(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_a_claim_of_a_thing_and_a_relative_whose_subject_follows_are_not_claims_of_a_clause():
    assert "claimed" not in _cues("The group claimed responsibility for the attack.", "en")
    assert "dément" not in _cues("Les rebelles affirment avoir abattu un drone, ce que dément l'armée.", "fr")


# Shapes read in real wire copy (the sentences below are the project's own, of the same shapes).
@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # "but" and a name or a bare plural, then another speaker's report
            "The ministry says it is not seeking a fight but Okafor said the talks had failed.",
            "en",
            "says",
            {"speaker": "The ministry", "content": "it is not seeking a fight"},
        ),
        (
            "The ministry says it is not seeking a fight but Okafor said the talks had failed.",
            "en",
            "said",
            {"speaker": "Okafor", "content": "the talks had failed"},
        ),
        (
            "Engineers say the dam is safe but residents argue that it leaks.",
            "en",
            "say",
            {"speaker": "Engineers", "content": "the dam is safe"},
        ),
        (
            "Le maire assure que la digue est solide mais l'opposition affirme qu'elle fuit.",
            "fr",
            "affirme",
            {"speaker": "l'opposition", "content": "elle fuit"},
        ),
        (  # a dateline scraped with no space after its dash
            "LAGOS (Reuters) -The port will reopen next week, the harbour master said on Tuesday.",
            "en",
            "said",
            {"speaker": "the harbour master", "content": "The port will reopen next week"},
        ),
        (  # « Selon X, Y, apposition, a déclaré … »: Y speaks, X passed it on
            "Selon le procureur, le suspect, âgé de 31 ans, a déclaré qu'il regrettait son geste.",
            "fr",
            "déclaré",
            {"speaker": "le suspect", "content": "il regrettait son geste", "intermediary": "le procureur"},
        ),
        (  # a relative inside what was said is part of it
            "L'avocate a déclaré qu'elle porterait plainte contre le préfet, Jean Morel, qu'elle accuse "
            "d'avoir menti.",
            "fr",
            "déclaré",
            {"content": "elle porterait plainte contre le préfet, Jean Morel, qu'elle accuse d'avoir menti"},
        ),
        (  # a date between an inverted verb and its speaker
            "Aucun lien n'a été établi, a indiqué mardi 9 novembre le parquet de Nice.",
            "fr",
            "indiqué",
            {"speaker": "le parquet de Nice"},
        ),
        (
            "Aucun lien n'a été établi, a indiqué le 9 novembre le parquet de Nice.",
            "fr",
            "indiqué",
            {"speaker": "le parquet de Nice"},
        ),
        (  # "according to X" after "but," opens the clause that follows
            "The firm was not available for comment, but, according to the BBC, it will appeal on Monday.",
            "en",
            "according to",
            {"speaker": "the BBC", "content": "it will appeal on Monday"},
        ),
        (
            "La société n'a pas répondu, mais, selon France Bleu, elle fera appel lundi.",
            "fr",
            "selon",
            {"speaker": "France Bleu", "content": "elle fera appel lundi"},
        ),
        (  # a relative of where the words were given: its own subject speaks
            "The governor read out a letter in which the minister said the bridge would close.",
            "en",
            "said",
            {"speaker": "the minister", "content": "the bridge would close"},
        ),
        (
            "Le préfet a lu une lettre dans laquelle la ministre affirmait que le pont fermerait.",
            "fr",
            "affirmait",
            {"speaker": "la ministre", "content": "le pont fermerait"},
        ),
    ],
)
def test_shapes_of_real_wire_copy(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_a_plural_pronoun_after_and_is_no_speaker_of_its_own():
    text = "Les derniers chiffres se rapportent au 24 octobre et nous disent que le gazole coûte 1,33 euro."
    found = [s.texts(text) for s in suggest(text, "fr", None)]
    assert [f["speaker"] for f in found] == ["Les derniers chiffres"]


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # the day of what befell the speaker is not the day of the words
            "The suspect, arrested on Friday in Lyon, said he regretted the attack.",
            "en",
            "said",
            {"speaker": "The suspect", "day": None},
        ),
        (
            "Le suspect, arrêté vendredi à Lyon, a déclaré qu'il regrettait son geste.",
            "fr",
            "déclaré",
            {"speaker": "Le suspect", "day": None},
        ),
        (  # but the day of the asking is, and a document speaks from the day it was filed
            "Le maire, interrogé vendredi, a déclaré qu'il regrettait la fermeture.",
            "fr",
            "déclaré",
            {"speaker": "Le maire", "day": "2024-09-13"},
        ),
        (
            "The lawsuit, filed Thursday in Denver, alleges that the drivers were underpaid.",
            "en",
            "alleges",
            {"speaker": "The lawsuit", "day": "2024-09-19"},
        ),
        (  # where the words were given, with its opening comma only, or with none
            "Government spokesman, Petra Lind, in an interview with Radio Sweden on Saturday promised that "
            "prices would fall.",
            "en",
            "promised",
            {"speaker": "Petra Lind", "intermediary": "Radio Sweden", "day": "2024-09-14"},
        ),
        (
            "The minister in an interview with the BBC on Sunday said that the plan was dead.",
            "en",
            "said",
            {"speaker": "The minister", "intermediary": "the BBC", "day": "2024-09-15"},
        ),
    ],
)
def test_days_and_channels_around_the_speaker(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_a_statement_posted_online_after_said_is_no_report_of_its_own():
    text = "The director, Ann Berg, said in a statement posted on the museum's website that staff were upset."
    assert _cues(text, "en") == ["said"]


# Shapes read in real local news (the sentences are the project's own).
@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # abbreviations inside names and ranks end no sentence
            "According to Sgt. Dana Cole with the Tulsa Police Department, a driver hit two parked cars.",
            "en",
            "According to",
            {
                "speaker": "Sgt. Dana Cole with the Tulsa Police Department",
                "content": "a driver hit two parked cars",
            },
        ),
        (
            "State police announced that a suspect had been arrested near the Sault Ste. Marie bridge.",
            "en",
            "announced",
            {"content": "a suspect had been arrested near the Sault Ste. Marie bridge"},
        ),
        (
            "The fire started on Mt. Pleasant Road, according to Lt. Jane Doe.",
            "en",
            "according to",
            {"speaker": "Lt. Jane Doe", "content": "The fire started on Mt. Pleasant Road"},
        ),
        (  # a day right after a verb in the present, then a comma, opens what is said
            "County police say on April 6, a girl was approached by a man in a dark sedan.",
            "en",
            "say",
            {"speaker": "County police", "day": None},
        ),
        (
            "Police said on Friday, the man was arrested at his home.",
            "en",
            "said",
            {"speaker": "Police", "day": "2024-09-13"},
        ),
        (  # an object relative whose subject reports it
            "Officers looked for a man from Dallas, who the county police department said was heading to "
            "Washington.",
            "en",
            "said",
            {
                "speaker": "the county police department",
                "content": "was heading to Washington",
                "intermediary": None,
            },
        ),
        (
            "The man, who police said was armed, fled on foot.",
            "en",
            "said",
            {"speaker": "police", "content": "was armed"},
        ),
    ],
)
def test_shapes_of_real_local_news(text, language, cue, expected):
    _reads(text, language, cue, expected)


# Shapes read in real regional news (the sentences are the project's own).
@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a stance before a colon and a quotation: the quotation is the subject's
            "Le maire est formel : « nous ne fermerons pas l'école cette année ».",
            "fr",
            "est formel",
            {"speaker": "Le maire", "content": "nous ne fermerons pas l'école cette année"},
        ),
        (
            "La sous-préfète s'explique : « nous avons relevé plusieurs départs de feu ce week-end ».",
            "fr",
            "s'explique",
            {
                "speaker": "La sous-préfète",
                "content": "nous avons relevé plusieurs départs de feu ce week-end",
            },
        ),
        (
            "Les éleveurs se veulent rassurants : « le troupeau est en bonne santé malgré la chaleur ».",
            "fr",
            "se veulent rassurants",
            {"speaker": "Les éleveurs"},
        ),
        (
            'The mayor was blunt: "We will not close the school this year."',
            "en",
            "was blunt",
            {"speaker": "The mayor", "content": "We will not close the school this year"},
        ),
        (  # a gerund after the main clause's verb: its subject speaks
            "La préfecture a réagi lundi en annonçant que les feux d'artifice étaient annulés.",
            "fr",
            "annonçant",
            {
                "speaker": "La préfecture",
                "content": "les feux d'artifice étaient annulés",
                "day": "2024-09-16",
            },
        ),
    ],
)
def test_shapes_of_real_regional_news(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le programme est clair : « trois concerts ».", "fr"),  # a list, not words
        ("Le ciel est clair : pas un nuage.", "fr"),  # no quotation
        ("Elle a gagné en courant plus vite que les autres.", "fr"),
    ],
)
def test_stances_and_gerunds_that_report_nothing(text, language):
    assert _cues(text, language) == []


def test_a_verb_of_speech_before_the_colon_is_read_as_before_and_an_opinion_while_saying_stays_unread():
    text = "Elle se souvient : « on avait de l'eau jusqu'aux genoux »."
    assert _cues(text, "fr") == ["se souvient"]
    text = "Le ministre, tout en considérant que la mesure est juste, a reporté le vote."
    assert "considérant" not in _cues(text, "fr")


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [  # single curly quotation marks closed with no comma, as UK local papers print them
        ("‘I waited in that queue for 45 minutes’ Maria said.", "said", {"speaker": "Maria"}),
        (
            "‘I’m wondering why we pay our council tax’ he added.",
            "added",
            {"content": "I’m wondering why we pay our council tax"},
        ),
        (
            "‘I arrived at the tip at 4.15pm with a boot full of items’ said Mary Fell.",
            "said",
            {"speaker": "Mary Fell", "content": "I arrived at the tip at 4.15pm with a boot full of items"},
        ),
        ("The Smiths’ lawyer said the claim was false.", "said", {"speaker": "The Smiths’ lawyer"}),
    ],
)
def test_single_curly_quotations_closed_without_a_comma(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "content"),
    [  # a quotation that opens what was said and closes inside it keeps its opening mark
        (
            "Céline Roux affirme que « la bataille » continuerait du côté de la CGT.",
            "fr",
            "affirme",
            "« la bataille » continuerait du côté de la CGT",
        ),
        (
            'He warned that "the virus has not gone away" and that funding must not fall.',
            "en",
            "warned",
            '"the virus has not gone away" and that funding must not fall',
        ),
        (  # a whole quotation loses its marks, a quoted object after the adjuncts is the quotation
            "« Nous ne lâcherons rien », a assuré la secrétaire générale.",
            "fr",
            "assuré",
            "Nous ne lâcherons rien",
        ),
        (
            "Le maire a dénoncé le 2 mars « une situation indigne » lors du conseil municipal.",
            "fr",
            "dénoncé",
            "une situation indigne",
        ),
    ],
)
def test_a_quotation_that_opens_the_content_keeps_its_mark_when_it_closes_inside(
    text, language, cue, content
):
    _reads(text, language, cue, {"content": content})


# Shapes read in real AP copy and US local news (the sentences are the project's own).
@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # quoted words inside the content, then where, then the inverted speaker
            "Two agents were hurt after a gunfight with men “on board a suspected smuggling boat” off the "
            "coast of Florida, officials said Thursday.",
            "said",
            {"speaker": "officials", "day": "2024-09-19"},
        ),
        (  # a report inside another after an auxiliary: its own subject speaks
            "The police spokesman has said the men told officers they were on a mission.",
            "told",
            {"speaker": "the men", "content": "they were on a mission", "intermediary": "officers"},
        ),
        (
            "The police spokesman has said the men told officers they were on a mission.",
            "said",
            {"speaker": "The police spokesman", "content": "the men told officers they were on a mission"},
        ),
        (
            'The article also noted there were "no immediate reports that any of the parcels held powder."',
            "noted",
            {"speaker": "The article"},
        ),
    ],
)
def test_shapes_of_real_agency_copy(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Election officials walked back claims that the letter was intercepted.",
        "There were no immediate reports of injuries.",
        "Unconfirmed reports that the mayor resigned spread quickly.",
    ],
)
def test_a_noun_of_speech_after_a_particle_or_an_adjective_is_no_verb(text):
    assert [c for c in _cues(text, "en") if c in ("claims", "reports")] == []


def test_a_clause_joined_by_as_whose_subject_says_where_it_is_speaks():
    _reads(
        "Worries grew on Tuesday as election officials in a dozen states reported receiving odd parcels.",
        "en",
        "reported",
        {"speaker": "election officials in a dozen states"},
    )


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Le maire, quant à lui, n’en revient toujours pas : « c’est un quartier plutôt calme, d’habitude ».",
            "n’en revient toujours pas",
            {"speaker": "Le maire", "content": "c’est un quartier plutôt calme, d’habitude"},
        ),
        (  # a source relayed by a site: the site passed it on
            "Selon les premiers éléments de l'enquête relatés par Actu17, les tirs ont eu lieu vers minuit.",
            "Selon",
            {"speaker": "les premiers éléments de l'enquête", "intermediary": "Actu17"},
        ),
    ],
)
def test_more_shapes_of_real_regional_news(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [  # an outlet that cites the speaker is the relay
        (
            "Le Parisien cite un enquêteur qui affirme que le suspect était armé.",
            "fr",
            "affirme",
            {"speaker": "un enquêteur", "intermediary": "Le Parisien", "content": "le suspect était armé"},
        ),
        (
            "The Times quoted a senior official who said the talks had collapsed.",
            "en",
            "said",
            {"speaker": "a senior official", "intermediary": "The Times"},
        ),
    ],
)
def test_an_outlet_that_cites_the_speaker_relays_the_words(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # the source cited, with a description cut off it, then the outlet's verb
            "The Post, citing multiple individuals familiar with the talks, reported that officials opted to "
            "withhold it.",
            "en",
            "citing",
            {"intermediary": "The Post", "content": "officials opted to withhold it"},
        ),
        (  # a report whose outlet is named after it: its words end before the outlet
            "Officials warned the mayor last week that the plan could fail, The Washington Post reported on "
            "Tuesday.",
            "en",
            "warned",
            {"content": "the plan could fail", "intermediary": "The Washington Post"},
        ),
        (
            "Le ministre a assuré que la réforme serait votée, a rapporté Le Monde mardi.",
            "fr",
            "assuré",
            {"content": "la réforme serait votée", "intermediary": "Le Monde"},
        ),
    ],
)
def test_relays_named_around_a_report_in_real_agency_copy(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_a_noun_in_s_then_only_a_time_and_a_comma_is_no_verb():
    text = "He spoke about the intelligence reports last week, according to his spokesman, Jack Lang."
    assert _cues(text, "en") == ["according to"]


def test_telling_an_outlet_a_clause_opened_by_it_reports_it():
    _reads(
        "The agency rejected that account, telling CNN it only acts on verified evidence.",
        "en",
        "telling",
        {"speaker": "The agency", "intermediary": "CNN", "content": "it only acts on verified evidence"},
    )


# Shapes read in real French political copy (the sentences are the project's own).
@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # « du » before a noun in -ent: the noun goes on the subject
            "Le chef du gouvernement Paul Marchand s’est défendu mardi, expliquant que « rien n’était décidé ».",
            "expliquant",
            {"speaker": "Le chef du gouvernement Paul"},
        ),
        (  # an adverb before the opener of manner
            "Toujours sur un ton ironique, la députée du Gers, Anne Roux, a déclaré : « la ville est oubliée ».",
            "déclaré",
            {"speaker": "la députée du Gers, Anne Roux", "content": "la ville est oubliée"},
        ),
        (  # a question quoted after a colon is no infinitive content
            "Le député a déclaré sur X : « Quelqu’un peut-il expliquer au ministre que la ville existe ? ».",
            "déclaré",
            {"content": "Quelqu’un peut-il expliquer au ministre que la ville existe"},
        ),
        (  # a relative pronoun before the relative's subject
            "La porte-parole attaque le patron du parti, dont elle juge le « bilan » inexistant.",
            "juge",
            {"speaker": "elle"},
        ),
        (  # told to a member of a party by name: a person, not a medium
            "« Vous auriez trouvé cela très bien », a affirmé le ministre à l’Insoumise Claire Noval.",
            "affirmé",
            {"speaker": "le ministre", "intermediary": None},
        ),
        (
            "« Nous irons jusqu'au bout », a déclaré le ministre à l'Agence France-Presse.",
            "déclaré",
            {"intermediary": "l'Agence France-Presse"},
        ),
    ],
)
def test_shapes_of_real_french_political_copy(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [  # what a recording shows someone saying: the one shown speaks, a title's dot no stop
        (
            "The row began after phone video showed Gov. Ann Reyes telling reporters that the plan was dead.",
            "telling",
            "Gov. Ann Reyes",
        ),
        ("The footage shows the officer saying that the man had a gun.", "saying", "the officer"),
    ],
)
def test_a_recording_shows_who_speaks(text, cue, speaker):
    _reads(text, "en", cue, {"speaker": speaker})


# Shapes read in real Wikinews copy (the sentences are the project's own).
@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a full date between the subject and its verb, with or without its closing comma
            "The council, on October 18, 2008 accused the firm of dumping waste in the river.",
            "accused",
            {"speaker": "The council", "content": "the firm of dumping waste in the river"},
        ),
        (
            "The council, on October 18, 2008, accused the firm of dumping waste in the river.",
            "accused",
            {"speaker": "The council"},
        ),
        (  # where the words were given opens the sentence: no content of its own
            "In an interview with Wikinews, Dr Block explains all about his theory.",
            "explains",
            {"speaker": "Dr Block", "content": "all about his theory", "intermediary": "Wikinews"},
        ),
    ],
)
def test_shapes_of_real_wikinews_copy(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a French present before its object's possessive is the verb: the subject ends before it
            "Le préfet manifeste sa solidarité aux maires, précisant que toutes les mesures sont prises.",
            "précisant",
            {"speaker": "Le préfet", "content": "toutes les mesures sont prises"},
        ),
        (  # « aviser » someone that …
            "Un courrier de la préfecture m’a avisée que la commune ne faisait plus partie de la liste.",
            "avisée",
            {
                "speaker": "Un courrier de la préfecture",
                "content": "la commune ne faisait plus partie de la liste",
            },
        ),
        (
            "La mairie a avisé les habitants que l'eau serait coupée lundi.",
            "avisé",
            {"speaker": "La mairie", "content": "l'eau serait coupée lundi"},
        ),
    ],
)
def test_more_french_verbs_and_subjects(text, cue, expected):
    _reads(text, "fr", cue, expected)


def test_an_adjective_of_the_same_word_is_no_report():
    assert "avisé" not in _cues("C'est un choix avisé, selon le maire.", "fr")


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a channel opening the sentence is the main clause's, not a relative's further on
            "In an interview with Sky News, the minister criticised the party leader, Nigel Hart, who accused "
            "the West of starting the war.",
            "accused",
            {"speaker": "the party leader, Nigel Hart", "intermediary": None},
        ),
        (  # but the main clause's verb after a relative still takes it
            "Speaking to reporters, the minister, who arrived on Monday, said the talks had failed.",
            "said",
            {"speaker": "the minister", "intermediary": "reporters"},
        ),
        (
            "Appearing on Sophy Ridge on Sky, the first minister admitted that she had no answer yet.",
            "admitted",
            {"intermediary": "Sophy Ridge on Sky"},
        ),
    ],
)
def test_a_channel_before_the_sentence_relays_its_main_clause(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a title's list of portfolios is one speaker
            "Minister of Information, Culture and Tourism Omar Saleh has said the raid was a crime.",
            "said",
            {"speaker": "Minister of Information, Culture and Tourism Omar Saleh"},
        ),
        (  # a plural noun alone after the verb is its object, not the end of an inverted report
            "Demand was high, shops reported shortages.",
            "reported",
            {"speaker": "shops", "content": "shortages"},
        ),
        ("The plan is dead, he said afterwards.", "said", {"speaker": "he", "content": "The plan is dead"}),
    ],
)
def test_a_title_list_and_an_object_alone(text, cue, expected):
    _reads(text, "en", cue, expected)
