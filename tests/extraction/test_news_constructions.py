"""Attribution suggestions on constructions of wire copy (AFP, Reuters) that the rules once missed."""

import pytest

from claimtracker.extraction.attributions import suggest


def _only(text: str, language: str) -> dict:
    (found,) = suggest(text, language)
    return {**found.texts(text), "rule": found.rule}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # the outlet told comes between the inverted verb and its speaker
            "« Nous avons informé les médiateurs de notre accord », a déclaré à l'AFP un haut responsable "
            "du Hamas, sous couvert d'anonymat.",
            "fr",
            {
                "cue": "déclaré",
                "speaker": "un haut responsable du Hamas",
                "intermediary": "l'AFP",
                "content": "Nous avons informé les médiateurs de notre accord",
            },
        ),
        (
            "La frontière restera fermée jusqu'à nouvel ordre, a indiqué à Reuters le porte-parole du ministère.",
            "fr",
            {
                "speaker": "le porte-parole du ministère",
                "intermediary": "Reuters",
                "content": "La frontière restera fermée jusqu'à nouvel ordre",
            },
        ),
        (
            "« Rien n'est décidé », a assuré aux journalistes le ministre de l'Intérieur.",
            "fr",
            {"speaker": "le ministre de l'Intérieur", "intermediary": "journalistes"},
        ),
        (
            "« Nous demandons une enquête indépendante », a réagi sur X le député Jean Martin.",
            "fr",
            {"cue": "réagi", "speaker": "le député Jean Martin", "intermediary": None},
        ),
        (
            "« La réforme ira à son terme », a affirmé sur France Inter la ministre du Travail.",
            "fr",
            {"speaker": "la ministre du Travail", "intermediary": "France Inter"},
        ),
        (  # a reflexive verb of feeling, in the present
            "« C'est inadmissible, les alarmes ne fonctionnaient pas », s'agace un voisin, qui préfère garder "
            "l'anonymat.",
            "fr",
            {
                "cue": "s'agace",
                "speaker": "un voisin",
                "content": "C'est inadmissible, les alarmes ne fonctionnaient pas",
            },
        ),
        (
            "Le maire se félicite que les travaux soient terminés.",
            "fr",
            {"cue": "se félicite", "speaker": "Le maire", "content": "les travaux soient terminés"},
        ),
        (  # a relative "that" inside the subject
            "The company that runs the local dam said it had followed all safety procedures.",
            "en",
            {
                "speaker": "The company that runs the local dam",
                "content": "it had followed all safety procedures",
            },
        ),
        (  # a subordinate clause inside the subject's relative clause is not the subject's clause
            "The officials, who asked not to be named because they were not authorised to speak publicly, "
            "said the measure would cost about £3bn a year.",
            "en",
            {"speaker": "The officials", "content": "the measure would cost about £3bn a year"},
        ),
        (
            "Ed Miliband told the BBC's Today programme that the cut was a first step.",
            "en",
            {"intermediary": "the BBC's Today programme"},
        ),
        (  # a "that" inside the content is not the verb's complementiser
            "Kenyan President William Ruto said on Wednesday he would not sign a finance bill that proposed "
            "tax increases.",
            "en",
            {
                "speaker": "Kenyan President William Ruto",
                "content": "he would not sign a finance bill that proposed tax increases",
            },
        ),
        (  # the subject of two joined verbs, the first not a reporting one
            "The opposition welcomed the decision but said it came too late.",
            "en",
            {"speaker": "The opposition", "content": "it came too late"},
        ),
        (  # the inversions of French political reporting
            "« Il faut savoir terminer une négociation », lâche un proche du chef de l'État.",
            "fr",
            {"cue": "lâche", "speaker": "un proche du chef de l'État"},
        ),
        (
            "« Le président ne reculera pas », glisse un conseiller.",
            "fr",
            {"cue": "glisse", "speaker": "un conseiller"},
        ),
        (
            "« On ne lâchera rien », martèle Sophie Binet.",
            "fr",
            {"cue": "martèle", "speaker": "Sophie Binet"},
        ),
        (  # quoted words inside the content, then an inverted speaker
            "Le chef de l'État avait promis en 2022 de « ne pas toucher » à l'âge légal, rappelle Le Monde.",
            "fr",
            {
                "speaker": "Le Monde",
                "content": "Le chef de l'État avait promis en 2022 de « ne pas toucher » à l'âge légal",
            },
        ),
        (
            "Council member Anne Lee went on to say that the project would create 2,000 jobs.",
            "en",
            {
                "cue": "say",
                "speaker": "Council member Anne Lee",
                "content": "the project would create 2,000 jobs",
            },
        ),
        (
            "The mayor is reported to have said that the deal was the best in decades.",
            "en",
            {"speaker": "The mayor", "content": "the deal was the best in decades"},
        ),
        (  # "saying" and a clause with no "that"; a title before the name belongs to the subject
            "Local business owner Sam Green disagreed, saying the project would bring new customers.",
            "en",
            {
                "cue": "saying",
                "speaker": "Local business owner Sam Green",
                "content": "the project would bring new customers",
            },
        ),
        (
            "Le gouvernement a fait valoir que la réforme était indispensable.",
            "fr",
            {"cue": "fait valoir", "speaker": "Le gouvernement", "content": "la réforme était indispensable"},
        ),
        (
            "L'Élysée assure pour sa part que le président suit le dossier de près.",
            "fr",
            {"speaker": "L'Élysée", "content": "le président suit le dossier de près"},
        ),
        (  # "à l'issue du Conseil" says when, not whom she told
            "La porte-parole a indiqué mercredi à l'issue du Conseil des ministres que le calendrier était maintenu.",
            "fr",
            {"speaker": "La porte-parole", "intermediary": None, "content": "le calendrier était maintenu"},
        ),
        (  # a weekday after the verb, then an adjunct clause: the content is before
            "The United States will send 3,000 more troops, the Pentagon announced Friday, as tensions escalate.",
            "en",
            {"speaker": "the Pentagon", "content": "The United States will send 3,000 more troops"},
        ),
        (
            "U.S. says it will send more troops.",
            "en",
            {"speaker": "U.S.", "content": "it will send more troops"},
        ),
        (  # the reporter's circumstances after the speaker are not what was said
            "The company is planning to cut 10% of its workforce, people familiar with the matter said, as it "
            "seeks to reduce costs.",
            "en",
            {
                "speaker": "people familiar with the matter",
                "content": "The company is planning to cut 10% of its workforce",
            },
        ),
        (  # "to staff", "to clients": whom, but no outlet
            "Chief executive Sundar Pichai wrote in a memo to staff that the firm needed to be more efficient.",
            "en",
            {"speaker": "Chief executive Sundar Pichai", "intermediary": None},
        ),
        (
            "Un homme a été interpellé dimanche soir à Rennes, a-t-on appris lundi auprès de la préfecture.",
            "fr",
            {
                "cue": "auprès",
                "speaker": "la préfecture",
                "content": "Un homme a été interpellé dimanche soir à Rennes",
            },
        ),
        (
            "Selon l'ordonnance de renvoi, consultée par l'AFP, plus de 2 millions d'euros auraient été détournés.",
            "fr",
            {"intermediary": "l'AFP", "content": "plus de 2 millions d'euros auraient été détournés"},
        ),
        (  # the bar of a court is where, not whom
            "« Mon client n'a jamais voulu frauder », a affirmé à la barre son avocat.",
            "fr",
            {"speaker": "son avocat", "intermediary": None},
        ),
        (
            "Trois suspects ont été interpellés, a-t-on indiqué de source policière.",
            "fr",
            {"speaker": "source policière", "content": "Trois suspects ont été interpellés"},
        ),
        (
            "Le sommet est reporté, indique-t-on de source diplomatique.",
            "fr",
            {"speaker": "source diplomatique", "content": "Le sommet est reporté"},
        ),
        (
            "Le bilan pourrait s'alourdir, de source hospitalière.",
            "fr",
            {"speaker": "source hospitalière", "content": "Le bilan pourrait s'alourdir"},
        ),
        (  # who relayed the source, between commas, is not the content
            "Selon le parquet, cité par Ouest-France, l'homme était déjà connu des services de police.",
            "fr",
            {
                "speaker": "le parquet",
                "intermediary": "Ouest-France",
                "content": "l'homme était déjà connu des services de police",
            },
        ),
        (  # a relative clause about the speaker closes the sentence
            "Le suspect a été placé en garde à vue, indique le parquet de Rennes, qui a ouvert une enquête.",
            "fr",
            {"speaker": "le parquet de Rennes", "content": "Le suspect a été placé en garde à vue"},
        ),
        (  # a platform between the verb and its quotation
            'The Thai Navy SEALs posted on Facebook: "All are out of the cave."',
            "en",
            {"cue": "posted", "speaker": "The Thai Navy SEALs", "content": "All are out of the cave"},
        ),
        (  # straight single quotes, as British copy scraped as plain text has them
            "'We will not back down,' the prime minister said.",
            "en",
            {"speaker": "the prime minister", "content": "We will not back down"},
        ),
        (
            "He told the BBC: 'The talks have failed and we are leaving.'",
            "en",
            {"intermediary": "the BBC", "content": "The talks have failed and we are leaving"},
        ),
        (  # a plural possessive keeps its apostrophe
            "The workers' union said the offer was an insult to the workers'",
            "en",
            {"speaker": "The workers' union", "content": "the offer was an insult to the workers'"},
        ),
        (
            'Senator Maria Gomez said Sunday on CBS\'s "Face the Nation" that a deal was very close.',
            "en",
            {
                "speaker": "Senator Maria Gomez",
                "intermediary": 'CBS\'s "Face the Nation"',
                "content": "a deal was very close",
            },
        ),
        (
            "Gomez was quoted by the Washington Post as saying that Republicans had made concessions.",
            "en",
            {
                "speaker": "Gomez",
                "intermediary": "the Washington Post",
                "content": "Republicans had made concessions",
            },
        ),
        (
            '"We have never been closer," the statement read.',
            "en",
            {"cue": "read", "speaker": "the statement"},
        ),
        (
            "À en croire le ministre, la réforme sera votée avant l'été.",
            "fr",
            {"cue": "À en croire", "speaker": "le ministre", "content": "la réforme sera votée avant l'été"},
        ),
        (
            "Il envisage de se présenter, aux dires de ses proches.",
            "fr",
            {"cue": "aux dires de", "speaker": "ses proches", "content": "Il envisage de se présenter"},
        ),
        (  # "note" is a noun after a determiner, a verb after a comma
            "Cette victoire permet au PSG de compter huit points d'avance, note L'Équipe.",
            "fr",
            {
                "cue": "note",
                "speaker": "L'Équipe",
                "content": "Cette victoire permet au PSG de compter huit points d'avance",
            },
        ),
        (  # a channel before the object; the quoted word belongs to the object
            "Son président a dénoncé sur RMC un arbitrage « scandaleux ».",
            "fr",
            {"speaker": "Son président", "intermediary": "RMC", "content": "un arbitrage « scandaleux »"},
        ),
        ("Le ministre a réaffirmé que la réforme serait menée à son terme.", "fr", {"cue": "réaffirmé"}),
        ("La société a garanti que les salariés seraient reclassés.", "fr", {"cue": "garanti"}),
        ("« C'est inacceptable ! », s'emporte un élu.", "fr", {"cue": "s'emporte", "speaker": "un élu"}),
        (
            "In comments to the Financial Times, the chief executive said profits would fall.",
            "en",
            {"speaker": "the chief executive", "intermediary": "the Financial Times"},
        ),
        (
            "The official, speaking to Reuters on condition of anonymity, said the border would reopen.",
            "en",
            {"speaker": "The official", "intermediary": "Reuters", "content": "the border would reopen"},
        ),
        (  # one attribution, passed on by the outlet that reports it
            "The spokesman said the border would reopen, Reuters reported.",
            "en",
            {"speaker": "The spokesman", "intermediary": "Reuters", "content": "the border would reopen"},
        ),
        ("He said on BBC Radio 4 that the deal was dead.", "en", {"intermediary": "BBC Radio 4"}),
        (  # a present form that is also a noun ("l'estime", "le juge") is a verb before "que"
            "Le juge estime que les faits sont établis.",
            "fr",
            {"cue": "estime", "speaker": "Le juge", "content": "les faits sont établis"},
        ),
        (
            "Dans une interview accordée au JDD, le ministre estime que la croissance repartira.",
            "fr",
            {"speaker": "le ministre", "intermediary": "JDD"},
        ),
        (
            "Le Premier ministre a indiqué au micro de RTL que le texte serait amendé.",
            "fr",
            {"intermediary": "RTL", "content": "le texte serait amendé"},
        ),
        (
            "Sur le plateau de TF1, le président a affirmé que la France tiendrait ses engagements.",
            "fr",
            {"speaker": "le président", "intermediary": "TF1"},
        ),
        (
            "Le ministre a confié dans les colonnes du Parisien qu'il songeait à démissionner.",
            "fr",
            {"intermediary": "Parisien", "content": "il songeait à démissionner"},
        ),
        (  # a plural subject, a form that is also a noun, then "that"
            "Officials note that the border remains closed.",
            "en",
            {"cue": "note", "speaker": "Officials", "content": "the border remains closed"},
        ),
        ("Critics claim that the law is unconstitutional.", "en", {"cue": "claim", "speaker": "Critics"}),
        (  # "as X says" on either side of what was said
            "As the historian Mary Beard notes, Rome was never a democracy.",
            "en",
            {"cue": "notes", "speaker": "the historian Mary Beard", "content": "Rome was never a democracy"},
        ),
        (
            "Comme le rappelle Le Monde, le président avait promis de ne pas toucher à l'âge légal.",
            "fr",
            {
                "cue": "rappelle",
                "speaker": "Le Monde",
                "content": "le président avait promis de ne pas toucher à l'âge légal",
            },
        ),
        (
            "Les tirs visaient le nord-est de Bagdad, comme l'a annoncé le porte-parole militaire.",
            "fr",
            {"speaker": "le porte-parole militaire", "content": "Les tirs visaient le nord-est de Bagdad"},
        ),
        (
            "Economist Jane Smith, writing in the Guardian, argued that the policy would backfire.",
            "en",
            {"speaker": "Economist Jane Smith", "intermediary": "the Guardian"},
        ),
        (
            "The senator has long maintained that the tax cuts pay for themselves.",
            "en",
            {"speaker": "The senator", "content": "the tax cuts pay for themselves"},
        ),
        (  # a present-tense inversion, with "de son côté" between the verb and the speaker
            "« La situation humanitaire est catastrophique », alerte de son côté l'ONU, qui réclame un accès "
            "sans entrave pour l'aide.",
            "fr",
            {
                "cue": "alerte",
                "speaker": "l'ONU",
                "content": "La situation humanitaire est catastrophique",
            },
        ),
        (  # "Pour X, « … »": whose view the quotation is
            "Pour Jean Dupont, chercheur à l'Institut français des relations internationales, « les deux "
            "camps jouent la montre ».",
            "fr",
            {"cue": "Pour", "speaker": "Jean Dupont", "content": "les deux camps jouent la montre"},
        ),
        (
            "Pour le ministre, « il n'y aura pas de nouvelle hausse d'impôts cette année ».",
            "fr",
            {"speaker": "le ministre", "content": "il n'y aura pas de nouvelle hausse d'impôts cette année"},
        ),
        (  # an infinitive is what was said: "a affirmé avoir accepté …"
            "Le Hamas a affirmé lundi avoir accepté une proposition de cessez-le-feu.",
            "fr",
            {
                "cue": "affirmé",
                "speaker": "Le Hamas",
                "content": "avoir accepté une proposition de cessez-le-feu",
            },
        ),
        (
            "Des témoins ont rapporté à l'AFP avoir entendu de fortes explosions dans l'est de Rafah.",
            "fr",
            {
                "speaker": "Des témoins",
                "intermediary": "l'AFP",
                "content": "avoir entendu de fortes explosions dans l'est de Rafah",
            },
        ),
        (
            "Le suspect dément être impliqué dans l'attaque.",
            "fr",
            {"speaker": "Le suspect", "content": "être impliqué dans l'attaque"},
        ),
        (  # a content ending inside a quotation keeps the closing mark it opened
            'The official told Reuters that a decision could come "within weeks."',
            "en",
            {"content": 'a decision could come "within weeks."', "intermediary": "Reuters"},
        ),
        (
            "Le secrétaire d'État a estimé qu'un accord était « à portée de main ».",
            "fr",
            {"content": "un accord était « à portée de main »"},
        ),
        (  # what follows the outlet told only says how: the content is before
            "The deal is off, a senior official told Reuters on condition of anonymity.",
            "en",
            {"speaker": "a senior official", "intermediary": "Reuters", "content": "The deal is off"},
        ),
        (
            "The deal is off, the minister told a news conference in Kyiv on Monday.",
            "en",
            {"speaker": "the minister", "intermediary": "a news conference", "content": "The deal is off"},
        ),
        (  # a newspaper told by its common noun, the content without "that"
            "The minister told the newspaper the border would stay closed.",
            "en",
            {
                "speaker": "The minister",
                "intermediary": "the newspaper",
                "content": "the border would stay closed",
            },
        ),
        (  # on air, by the channel's name; a day is no channel
            "The minister, speaking on CNN, said the border would stay closed.",
            "en",
            {"speaker": "The minister", "intermediary": "CNN"},
        ),
        (
            "The minister, speaking on Monday, said the border would stay closed.",
            "en",
            {"speaker": "The minister", "intermediary": None},
        ),
        (  # "Y quoted X as saying": X spoke, through Y
            "Reuters quoted a senior official as saying that the deal was off.",
            "en",
            {"speaker": "a senior official", "intermediary": "Reuters", "content": "the deal was off"},
        ),
        (  # "X was quoted as saying": X spoke; who quoted is not said
            "The minister was quoted as saying that the border would stay closed.",
            "en",
            {"speaker": "The minister", "intermediary": None, "content": "the border would stay closed"},
        ),
        (  # an audience is no relay
            '"The fate of the republic rests on your shoulders," he told the crowd gathered on the field.',
            "en",
            {"speaker": "he", "intermediary": None},
        ),
        (  # the outlet that published the interview, not the word "publié"
            "La frontière restera fermée, a déclaré le ministre dans un entretien publié dimanche par Le Monde.",
            "fr",
            {"speaker": "le ministre", "intermediary": "Le Monde", "content": "La frontière restera fermée"},
        ),
        (
            "The border will stay closed, the minister said in an interview published on Sunday by Le Monde.",
            "en",
            {"speaker": "the minister", "intermediary": "Le Monde", "content": "The border will stay closed"},
        ),
        (  # a programme's name runs on through "of the"
            "The minister told CNN's State of the Union that the border would stay closed.",
            "en",
            {"intermediary": "CNN's State of the Union", "content": "the border would stay closed"},
        ),
        (  # quoted as saying, at the end of the sentence: the content is before the comma
            "The border will stay closed, state media quoted the minister as saying.",
            "en",
            {
                "speaker": "the minister",
                "intermediary": "state media",
                "content": "The border will stay closed",
            },
        ),
        (
            "The border will stay closed, the minister was quoted by Interfax as saying.",
            "en",
            {"speaker": "the minister", "intermediary": "Interfax", "content": "The border will stay closed"},
        ),
    ],
)
def test_wire_copy_constructions(text, language, expected):
    found = _only(text, language)
    assert {key: found[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pour ce faire, le gouvernement a débloqué des fonds.", "fr"),
        ("Pour la première fois, « Le Monde » publie ses comptes.", "fr"),
        ("Le ministre a affirmé son soutien au projet.", "fr"),  # an object, not an infinitive
        ("Le préfet a annoncé avoir.", "fr"),  # too short to be a content
        ("Auprès de ses proches, le ministre reste très discret sur ses projets.", "fr"),
        ("Il a répété son discours devant les militants.", "fr"),  # an object, no content
        ("Il a une grande estime pour son adversaire.", "fr"),
        ("Press reports that the king is ill were denied.", "en"),
        ("As expected, the bank raised rates.", "en"),
        ("As far as I can tell, the site features free content under an open licence.", "en"),
        ("Il a agi comme le veut la tradition.", "fr"),
        ("The claims that he lied were false.", "en"),
        ("Le gouvernement a dévoilé son plan de relance.", "fr"),
        ("She left the room without saying goodbye to anyone in the family.", "en"),
        ("They want to say thank you to the volunteers who helped.", "en"),
    ],
)
def test_look_alikes_are_not_attributions(text, language):
    assert suggest(text, language) == []


def test_a_pronoun_refers_to_a_person_named_by_surname_as_the_subject_before_it():
    text = (
        "NATO chief Mark Rutte said Europe must step up its support, praising Volodymyr Zelenskiy. "
        "Zelenskiy, in his nightly video address, thanked the allies for their help. "
        "“They talk about peace but they keep killing our people,” he said."
    )
    pronoun = next(s for s in suggest(text, "en") if s.texts(text)["speaker"] == "he")
    assert pronoun.texts(text)["speaker_name"] == "Zelenskiy"
    # A surname nobody was named in full with stays a word: the last named speaker is kept.
    other = text.replace("praising Volodymyr Zelenskiy", "praising the president")
    pronoun = next(s for s in suggest(other, "en") if s.texts(other)["speaker"] == "he")
    assert pronoun.texts(other)["speaker_name"] == "NATO chief Mark Rutte"


def test_selon_lui_refers_to_who_was_named_before():
    text = (
        "Les pompiers estiment que le feu est parti d'un local. Selon eux, l'incendie pourrait être criminel."
    )
    found = [s.texts(text) for s in suggest(text, "fr")]
    assert (found[-1]["speaker"], found[-1]["speaker_name"]) == ("eux", "Les pompiers")


def test_a_participle_of_tell_names_who_was_told_and_ends_the_first_content():
    text = (
        "Citizens Advice warned that millions of households were still struggling, telling the BBC that "
        "debt levels were at a record high."
    )
    first, second = (s.texts(text) for s in suggest(text, "en"))
    assert first["content"] == "millions of households were still struggling"
    assert (second["cue"], second["speaker"], second["intermediary"], second["content"]) == (
        "telling",
        "Citizens Advice",
        "the BBC",
        "debt levels were at a record high",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "At least 23 people were killed, the Kenya Medical Association said, adding that 30 were wounded.",
            "en",
        ),
        (
            "Au moins 23 personnes ont été tuées, a indiqué l'association, ajoutant que 30 étaient blessées.",
            "fr",
        ),
    ],
)
def test_a_participle_after_an_inverted_attribution_starts_a_second_content(text, language):
    first, second = (s.texts(text) for s in suggest(text, language))
    assert first["content"].startswith(
        ("At least 23 people were killed", "Au moins 23 personnes ont été tuées")
    )
    assert first["content"].endswith(("killed", "tuées"))
    assert second["content"] in ("30 were wounded", "30 étaient blessées")
    assert second["speaker"] == first["speaker"]


def test_et_d_ajouter_gives_the_speaker_before_a_second_quotation():
    text = "« Nous sommes ouverts », a déclaré la ministre à franceinfo. Et d'ajouter : « Rien n'est figé. »"
    _first, second = (s.texts(text) for s in suggest(text, "fr"))
    assert (second["cue"], second["speaker"], second["content"]) == (
        "d'ajouter",
        "la ministre",
        "Rien n'est figé",
    )


def test_a_pronoun_is_not_given_a_byline_or_a_menu_of_a_scraped_page():
    text = (
        "Partager sur Facebook Partager sur X\nPar Claire Martin, avec AFP\n"
        "« Nous sommes ouverts à la discussion », a-t-elle expliqué."
    )
    (found,) = suggest(text, "fr")
    assert found.texts(text)["speaker_name"] is None
    named = "Élisabeth Borne a reçu les syndicats.\n" + text
    (found,) = suggest(named, "fr")
    assert found.texts(named)["speaker_name"] == "Élisabeth Borne"


@pytest.mark.parametrize(
    "text",
    [
        '"My boss told me we were fine," she said.',
        "“My boss told me we were fine,” she said.",
        "« Mon patron m'a dit que tout allait bien », a-t-elle déclaré.",
    ],
)
def test_an_attribution_inside_a_quotation_ends_with_it(text):
    language = "fr" if "«" in text else "en"
    outer, inner = sorted(suggest(text, language), key=lambda s: s.content.start)
    assert inner.texts(text)["content"] in ("we were fine", "tout allait bien")
    assert outer.texts(text)["speaker"] in ("she", "elle")
    assert outer.speaker_name is None  # not the speaker quoted inside


def test_a_reporting_word_inside_a_quotation_is_no_speaker_of_it():
    text = 'Doe disputed this. "The numbers tell a different story," she said.'
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["said"]


def test_as_x_says_is_read_anywhere_in_the_text():
    text = (
        "Le vote a eu lieu mardi. Comme le rappelle Le Monde, le président avait promis de ne pas "
        "toucher à l'âge légal. Les tirs visaient, à savoir « le nord-est de Bagdad », comme l'a "
        "annoncé le porte-parole."
    )
    found = [(s.texts(text)["speaker"], s.texts(text)["content"]) for s in suggest(text, "fr")]
    assert found == [
        ("Le Monde", "le président avait promis de ne pas toucher à l'âge légal"),
        ("le porte-parole", "le nord-est de Bagdad"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "wording", "day"),
    [
        ("Le ministre a déclaré le 12 mars que la réforme serait votée.", "fr", "le 12 mars", "2024-03-12"),
        (
            "The minister told reporters on 12 March that the bill would pass.",
            "en",
            "on 12 March",
            "2024-03-12",
        ),
        (
            "The minister said on March 12, 2024, that the bill would pass.",
            "en",
            "on March 12, 2024",
            "2024-03-12",
        ),
        (  # some day of the week: the claim date is that interval, from Monday (its first day here)
            "The minister said earlier this week that the bill would pass.",
            "en",
            "earlier this week",
            "2024-03-11",
        ),
    ],
)
def test_a_date_between_the_verb_and_that_dates_the_claim(text, language, wording, day):
    import datetime as dt

    from claimtracker.domain.dates import ClaimDate

    (found,) = suggest(text, language, ClaimDate.of(dt.date(2024, 3, 15)))
    assert found.texts(text)["content"] in ("la réforme serait votée", "the bill would pass")
    assert found.date_wording == wording
    assert (str(found.claim_date.value) if found.claim_date.value else None) == day


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        (  # what follows a semicolon is the writer's own
            "The security firm said the browser has 277 known flaws; 23 of them are rated highly critical.",
            "en",
            "the browser has 277 known flaws",
        ),
        (
            "Le ministère a indiqué que trois routes restaient fermées ; les secours sont sur place.",
            "fr",
            "trois routes restaient fermées",
        ),
        (  # inside a quotation the semicolon is the speaker's
            '"We will rebuild the bridge; the town will not wait," the mayor said.',
            "en",
            "We will rebuild the bridge; the town will not wait",
        ),
    ],
)
def test_a_semicolon_outside_quotation_marks_ends_the_content(text, language, content):
    assert _only(text, language)["content"] == content
