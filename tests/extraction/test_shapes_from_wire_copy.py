"""More shapes met in real news pages read on this machine (never copied here): each case is a
sentence written for these tests (project's own text) of the same shape as the one misread."""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import THURSDAY, _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # why the source is unnamed, after the inverted speaker
            "Charges could be brought next week, said two federal officials speaking on condition of "
            "anonymity because the inquiry is still open.",
            "en",
            "said",
            {"speaker": "two federal officials", "content": "Charges could be brought next week"},
        ),
        (
            "The deal is off, said a diplomat requesting anonymity.",
            "en",
            "said",
            {"speaker": "a diplomat", "content": "The deal is off"},
        ),
        (  # the outlet spoken to, in a relative inside the speaker, then "say"
            "Two officials who've spoken to Reuters on condition of anonymity say the captors want a deal.",
            "en",
            "say",
            {"speaker": "Two officials", "intermediary": "Reuters", "content": "the captors want a deal"},
        ),
        (
            "A defense official who has spoken to Reuters say the captors want a deal.",
            "en",
            "say",
            {"speaker": "A defense official", "intermediary": "Reuters"},
        ),
        (  # a plural with its relative clause is the subject of a bare "say"
            "Residents who fled the fighting say the army shelled the town.",
            "en",
            "say",
            {"speaker": "Residents who fled the fighting", "content": "the army shelled the town"},
        ),
        (  # an object judged "as" is no inverted speaker
            "A police official in Lyon, also speaking on condition of anonymity to discuss sensitive "
            "security information, described the threat as credible.",
            "en",
            "described",
            {"speaker": "A police official in Lyon", "content": "the threat as credible"},
        ),
        (  # how it was said ends what was said
            "The president said the vote was rigged, without providing evidence.",
            "en",
            "said",
            {"speaker": "The president", "content": "the vote was rigged"},
        ),
        (
            "Le ministère a confirmé l'arrestation, sans préciser l'âge du suspect.",
            "fr",
            "confirmé",
            {"speaker": "Le ministère", "content": "l'arrestation"},
        ),
        (  # guard: inside a quotation it is the speaker's own words
            "“It was rigged, without any doubt,” he said.",
            "en",
            "said",
            {"speaker": "he", "content": "It was rigged, without any doubt"},
        ),
    ],
)
def test_anonymous_sources_and_how_they_spoke(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ministry, without saying he was under investigation, named him in its report.", "en"),
        ("Le parquet, sans dire qu'il s'agissait d'un attentat, a ouvert une enquête.", "fr"),
    ],
)
def test_what_was_left_unsaid_is_no_claim(text, language):
    assert suggest(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # "and according to X, …" opens a clause of its own: the content is after
            "He lives in Macau, owns two casinos, and according to the FBI, he runs a gambling ring.",
            "en",
            "according to",
            {"speaker": "the FBI", "content": "he runs a gambling ring"},
        ),
        (
            "Il vit à Genève et, selon la police, il dirige un réseau de passeurs.",
            "fr",
            "selon",
            {"speaker": "la police", "content": "il dirige un réseau de passeurs"},
        ),
        (  # a paper whose article is contracted, then the speaker's name
            "« Un ami m'a offert ces livres », a confirmé au Monde Pierre Martin.",
            "fr",
            "confirmé",
            {"speaker": "Pierre Martin", "intermediary": "Monde"},
        ),
        (  # and a paper named after a weekday dates nothing
            "« Et alors ? », avait confirmé aux Echos Pierre Martin, après que Le Journal du Dimanche eut "
            "publié la facture.",
            "fr",
            "confirmé",
            {"speaker": "Pierre Martin", "intermediary": "Echos", "day": None},
        ),
        (  # a denied reflexive infinitive is what was said
            "Interrogé par l'AFP, le notaire a déclaré ne pas se souvenir de cette réunion.",
            "fr",
            "déclaré",
            {
                "speaker": "le notaire",
                "intermediary": "l'AFP",
                "content": "ne pas se souvenir de cette réunion",
            },
        ),
        (  # "a-t-on confirmé de source judiciaire": the source, once
            "Le suspect a été arrêté, confirme-t-on de source policière.",
            "fr",
            "de source",
            {"speaker": "source policière", "content": "Le suspect a été arrêté"},
        ),
    ],
)
def test_clauses_relays_and_sources_named_after(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    "text",
    [
        "L'ami qui a offert les livres est Paul Henry, a-t-on confirmé vendredi de source judiciaire.",
        "Le suspect a été arrêté, a-t-on confirmé auprès de la préfecture.",
    ],
)
def test_a_source_named_after_on_is_one_attribution(text):
    found = suggest(text, "fr")
    assert len(found) == 1 and found[0].texts(text)["speaker"] != "on"


@pytest.mark.parametrize(
    "text",
    [
        "The company said it had no contact with any known confirmed COVID-19 patients.",
        "It was the first confirmed case in the region in years, officials said.",
        "There are now nine confirmed cases, officials said.",
    ],
)
def test_an_adjective_in_ed_is_no_report(text):
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["said"]


def test_a_number_before_a_verb_in_ed_may_be_its_subject():
    text = "The two confirmed that the deal was off."
    (found,) = suggest(text, "en")
    assert found.texts(text)["speaker"] == "The two"


def test_a_pronoun_first_refers_to_the_person_a_sentence_was_about():
    """Not to the last capitalised words before it ("the Winter Fuel Payment")."""
    text = (
        "Housing Minister Jane Holt had a rough morning on air defending plans to cut the Winter Fuel "
        "Payment for most pensioners.\nBut she claimed the Government was looking at a social tariff."
    )
    (found,) = suggest(text, "en")
    assert found.texts(text)["speaker"] == "she"
    assert found.referred_name(text) == "Housing Minister Jane Holt"


def test_a_programme_named_today_dates_nothing():
    text = '"Taxes do the early work," the chancellor told Today presenter Evan Davis.'
    (found,) = suggest(text, "en", THURSDAY)
    assert found.claim_date.value is None


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # "late"/"earlier" before a weekday is when, not part of the subject
            "The FBI late Saturday announced that a man was in custody.",
            "announced",
            {"speaker": "The FBI", "day": "2024-09-14"},
        ),
        (
            "The county earlier on Monday announced that the road was closed.",
            "announced",
            {"speaker": "The county", "day": "2024-09-16"},
        ),
        (  # "but" opens a clause of its own after one with a finite verb
            "The statement didn't include specifics but the agency said Friday that police were "
            "investigating.",
            "said",
            {"speaker": "the agency", "content": "police were investigating"},
        ),
        (  # an outlet at the end of a long clause is part of what was said
            "A county statement says deputies took the man into custody and handed him over to the FBI.",
            "says",
            {
                "speaker": "A county statement",
                "intermediary": None,
                "content": "deputies took the man into custody and handed him over to the FBI",
            },
        ),
        (  # guard: a short object told to an outlet
            "The ministry confirmed the news to Reuters.",
            "confirmed",
            {"speaker": "The ministry", "intermediary": "Reuters", "content": "the news"},
        ),
    ],
)
def test_wire_copy_subjects_and_objects(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "content"),
    [
        (  # a report in the subject's relative clause ends where the main clause goes on
            "Paul, who says four officers beat him, spoke to a local radio about the night.",
            "en",
            "says",
            "four officers beat him",
        ),
        (
            "The mayor, who said the fire started in a kitchen, declined to comment.",
            "en",
            "said",
            "the fire started in a kitchen",
        ),
        (
            "Paul, qui affirme que quatre policiers l'ont frappé, s'est confié à une radio locale.",
            "fr",
            "affirme",
            "quatre policiers l'ont frappé",
        ),
        (
            "Paul, qui accuse quatre policiers de l'avoir frappé, s'est confié à une radio locale.",
            "fr",
            "accuse",
            "quatre policiers de l'avoir frappé",
        ),
        (  # guard: a participle set off inside what was said
            "The minister, who said the plan, launched in May, would fail, resigned.",
            "en",
            "said",
            "the plan, launched in May, would fail, resigned",
        ),
        (  # whom the speaker echoes, set off by commas, is not what they said
            "Le ministre a dénoncé, à l'instar du préfet, « la violence des casseurs »",
            "fr",
            "dénoncé",
            "la violence des casseurs",
        ),
        (
            "The minister condemned, like the mayor, the violence of the protesters.",
            "en",
            "condemned",
            "the violence of the protesters",
        ),
        (  # guard: « comme » with no comma before it is how it was judged
            "Le ministre a dénoncé comme une provocation la venue du président.",
            "fr",
            "dénoncé",
            "comme une provocation la venue du président",
        ),
    ],
)
def test_where_a_content_stops_around_the_speaker(text, language, cue, content):
    _reads(text, language, cue, {"content": content})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a long apposition after the name, then "said, according to" the outlet that relayed it
            '"We are relieved," Nick Rowe, a spokesman for the Salt Lake Valley Health Department, said, '
            "according to KSL.",
            "said",
            {
                "speaker": "Nick Rowe, a spokesman for the Salt Lake Valley Health Department",
                "intermediary": "KSL",
                "content": "We are relieved",
            },
        ),
        (
            '"We are relieved," Nick Rowe, a spokesman for The Salt Lake Valley Health Department, said.',
            "said",
            {
                "speaker": "Nick Rowe, a spokesman for The Salt Lake Valley Health Department",
                "content": "We are relieved",
            },
        ),
        (  # "that's" is no complementiser
            "They say that’s more than usual.",
            "say",
            {"speaker": "They", "content": "that’s more than usual"},
        ),
        (  # a dateline whose dash has no space after it
            "JUNEAU, Alaska—Federal health officials say three cruises have been hit by outbreaks.",
            "say",
            {"speaker": "Federal health officials", "content": "three cruises have been hit by outbreaks"},
        ),
    ],
)
def test_wire_copy_quotes_and_datelines(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # a participle that shares the auxiliary of the one before it
            "Il a ensuite retracé la chronologie des faits et confirmé que la même arme avait servi.",
            "Il",
            "la même arme avait servi",
        ),
        (
            "Le maire a visité le chantier et assuré que les travaux seraient finis en mai.",
            "Le maire",
            "les travaux seraient finis en mai",
        ),
    ],
)
def test_a_french_participle_sharing_an_auxiliary_reports(text, speaker, content):
    (found,) = suggest(text, "fr")
    assert (found.texts(text)["speaker"], found.texts(text)["content"]) == (speaker, content)


def test_a_pronoun_refers_to_the_subject_named_after_a_dateline():
    text = (
        "Indore (Madhya Pradesh): Union minister of state for water, Ravi Kumar Sethi, played down his "
        "remarks in a talk with Free Press on Friday.\n"
        "“I never said that,” he said."
    )
    (found,) = suggest(text, "en")
    assert found.referred_name(text) == "Ravi Kumar Sethi"


def test_further_is_no_part_of_the_speaker():
    text = "Sethi further added that saving lives is the priority of the government."
    (found,) = suggest(text, "en")
    assert found.texts(text)["speaker"] == "Sethi"


@pytest.mark.parametrize(
    ("text", "language", "cue", "content"),
    [
        (  # the writer's link after the verb is not what was said
            "Il dénonce toutefois « l'hystérie » que ces nominations ont suscitée.",
            "fr",
            "dénonce",
            "« l'hystérie » que ces nominations ont suscitée",
        ),
        ("Elle dénonce pour sa part une hausse des loyers.", "fr", "dénonce", "une hausse des loyers"),
        (  # nor the writer's remark after it
            "Les ministres concernés disent n'avoir été informés de rien, et c'est précisément là le problème.",
            "fr",
            "disent",
            "n'avoir été informés de rien",
        ),
        (
            "The ministers say they were told nothing, and that's exactly the problem.",
            "en",
            "say",
            "they were told nothing",
        ),
        (  # guard: in a quotation, the speaker's own words
            "« Personne ne nous a rien dit, et c'est précisément là le problème », a déclaré la ministre.",
            "fr",
            "déclaré",
            "Personne ne nous a rien dit, et c'est précisément là le problème",
        ),
    ],
)
def test_the_writers_words_around_a_content(text, language, cue, content):
    _reads(text, language, cue, {"content": content})


@pytest.mark.parametrize(
    "text",
    [
        "Mercredi, dans un communiqué, le ministère affirme que les négociations ont échoué.",
        "Dans un communiqué mercredi, le ministère affirme que les négociations ont échoué.",
    ],
)
def test_a_day_opening_the_sentence_dates_a_report_in_the_present(text):
    _reads(text, "fr", "affirme", {"day": "2024-09-18"})


def test_a_widely_condemned_remark_is_no_report_and_leaves_the_day_to_the_verb():
    text = "The interior minister on Friday said widely condemned remarks by the president had been misunderstood."
    (found,) = suggest(text, "en", THURSDAY)
    assert (found.texts(text)["cue"], found.claim_date.value.isoformat()) == ("said", "2024-09-13")


def test_a_possessive_before_a_noun_in_s_is_no_speaker():
    text = "EU leaders warned, in a draft statement, that the president's remarks could be grounds for sanctions."
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["warned"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # a quotation inside the sentence, a few words after it, then the speaker after a comma
            "The suspect can be seen in the video “lighting a cigarette in the flames” near the statue, the "
            "affidavit alleges.",
            "the affidavit",
            "The suspect can be seen in the video “lighting a cigarette in the flames” near the statue",
        ),
        (  # guard: a name apposed to the speaker
            'The border "will stay closed" until May, the minister, Ann Lee, said.',
            "the minister, Ann Lee",
            'The border "will stay closed" until May',
        ),
    ],
)
def test_words_after_a_quotation_inside_the_sentence(text, speaker, content):
    found = {s.texts(text)["cue"]: s.texts(text) for s in suggest(text, "en")}
    (said,) = found.values()
    assert (said["speaker"], said["content"]) == (speaker, content)


def test_what_the_speaker_did_as_they_spoke_is_no_part_of_it():
    text = (
        "Elle aurait dû rectifier le tir, a ajouté la ministre en refusant de parler de ‘mensonge’ de la "
        "part de la secrétaire d’État."
    )
    _reads(text, "fr", "ajouté", {"speaker": "la ministre", "content": "Elle aurait dû rectifier le tir"})


@pytest.mark.parametrize(
    ("text", "language", "cue", "speaker"),
    [
        (  # the paper's apposition after the channel that opens the sentence is no speaker
            "In an interview with Público, a Spanish newspaper, the prime minister of Spain, José Ortega, "
            "has stated that the recession would come in 2009.",
            "en",
            "stated",
            "the prime minister of Spain, José Ortega",
        ),
        (  # guard: a paper by what it is, then its name, is the speaker
            "A Spanish newspaper, El País, reported that the recession would come.",
            "en",
            "reported",
            "A Spanish newspaper, El País",
        ),
        (  # "Regarding X," opens the sentence like a preposition
            "Regarding the financial situation, Ortega continued by saying that the system was recovering.",
            "en",
            "saying",
            "Ortega",
        ),
        ("Concernant la grève, le syndicat a déclaré qu'elle aurait lieu.", "fr", "déclaré", "le syndicat"),
        (  # a name in -s inside the subject is no plural before its verb
            'A Wikileaks spokesman has responded to the report, stating, "Do not feed the troll."',
            "en",
            "stating",
            "A Wikileaks spokesman",
        ),
    ],
)
def test_wikinews_subjects(text, language, cue, speaker):
    _reads(text, language, cue, {"speaker": speaker})


def test_the_subject_after_the_last_conjunction_speaks():
    text = "Cook took over as chief executive in August after Jobs said he could no longer meet his duties."
    _reads(text, "en", "said", {"speaker": "Jobs"})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a gerund after the inverted speaker, set off by a comma; a subject opened by « Aucun »
            "Aucun traitement de faveur n’a été accordé, a insisté le ministre, en laissant entendre que des "
            "responsables mentaient.",
            "insisté",
            {"speaker": "le ministre", "content": "Aucun traitement de faveur n’a été accordé"},
        ),
        (  # the gerund's speaker is the report's, not words of the quotation
            "« C’est blessant », a-t-il déclaré, en suggérant que la réflexion devrait porter sur "
            "l'information.",
            "suggérant",
            {"speaker": "il"},
        ),
        (  # a relative's verb right after « qui »: its antecedent speaks
            "Il était en colère contre une manchette du Journal de Montréal qui affirmait que son "
            "gouvernement avait accordé des fonds.",
            "affirmait",
            {"speaker": "une manchette du Journal de Montréal"},
        ),
    ],
)
def test_quebec_copy(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # who passed the source's words on, in a relative after its name
            "According to the prosecutor, whose remarks were reported by the Telegraph, all those involved "
            "had left the house.",
            "en",
            "According to",
            {
                "speaker": "the prosecutor",
                "intermediary": "the Telegraph",
                "content": "all those involved had left the house",
            },
        ),
        (
            "Selon le procureur, dont les propos ont été rapportés par Le Monde, le suspect a avoué.",
            "fr",
            "Selon",
            {"speaker": "le procureur", "intermediary": "Le Monde", "content": "le suspect a avoué"},
        ),
        (  # when, before a clause with no "that"
            "He said in the early days there was significant police activity in the town.",
            "en",
            "said",
            {"speaker": "He", "content": "there was significant police activity in the town"},
        ),
    ],
)
def test_relays_and_adjuncts_before_a_content(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_a_source_named_with_selon_is_no_content_before_a_verb():
    text = "Selon le procureur, le suspect a avoué."
    assert [s.texts(text)["cue"] for s in suggest(text, "fr")] == ["Selon"]


def test_they_does_not_refer_to_one_person():
    text = (
        "Ms Jane Holt explained to the court that the boxes were kept.\n"
        "“They promised us that every question would be answered,” recalled a retired reporter."
    )
    found = {s.texts(text)["cue"]: s for s in suggest(text, "en")}
    assert found["promised"].referred_name(text) is None


def test_adamant_that_reports_a_clause():
    text = "The side has leaked five goals, but their manager remained adamant that the attacking style is here to stay."
    _reads(
        text,
        "en",
        "remained adamant",
        {"speaker": "their manager", "content": "the attacking style is here to stay"},
    )


def test_a_pronoun_refers_to_a_name_after_its_club_and_title():
    text = (
        'Manchester City were held, and Mancini said: "It was not football."\n'
        'Stoke boss Tony Pulis was happy with the effort. He said: "I have not seen it."'
    )
    found = [s for s in suggest(text, "en") if s.texts(text)["speaker"] == "He"]
    assert [s.referred_name(text) for s in found] == ["Tony Pulis"]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a day alone set off by commas is no subject of the gerund
            "Lors d’une conférence de presse hier, lundi, le porte-parole du gouvernement a apporté des "
            "clarifications en déclarant que le pays n’a jamais participé à ces attaques.",
            "déclarant",
            {"speaker": "le porte-parole du gouvernement"},
        ),
        (  # « sur les colonnes de l’AFP »
            "« Nous protestons vivement contre ce type d'accusation » a-t-il dit sur les colonnes de l’AFP.",
            "dit",
            {"speaker": "il", "intermediary": "AFP"},
        ),
        (  # an outlet's edition before the speaker's name
            "« Il n'y a aucune fracture », a déclaré à Sputnik Afrique Awa Ndiaye.",
            "déclaré",
            {"speaker": "Awa Ndiaye", "intermediary": "Sputnik Afrique"},
        ),
    ],
)
def test_west_african_copy(text, cue, expected):
    _reads(text, "fr", cue, expected)
