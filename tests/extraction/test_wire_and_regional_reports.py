"""Wire copy, regional news and politics pages, where the rules once misread them.

The sentences were written for these tests (project's own text), in the manner of the dev
articles tests/data/written_dev/en_ceasefire.txt … fr_incendie.txt.
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import THURSDAY, _found, _reads


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # the reporter's participle after the speaker is no part of what was said
            "The mediators will meet again on Sunday, one of the sources said, speaking on condition of "
            "anonymity because he was not authorised to brief the media.",
            "said",
            {"speaker": "one of the sources", "content": "The mediators will meet again on Sunday"},
        ),
        (
            "The plant will close in May, a manager said, declining to give his name.",
            "said",
            {"content": "The plant will close in May"},
        ),
        (  # a day between "saying" and "that"
            "The foreign minister was quoted by the state news agency MENA as saying on Monday that Cairo "
            '"will not give up" on the talks.',
            "saying",
            {
                "speaker": "The foreign minister",
                "intermediary": "the state news agency MENA",
                "content": 'Cairo "will not give up" on the talks',
                "day": "2024-09-16",
            },
        ),
        (  # how an unnamed source knows is part of who they are
            "A diplomat familiar with the talks said the sticking point was the fate of 300 detainees.",
            "said",
            {"speaker": "A diplomat familiar with the talks"},
        ),
        (  # an audience, then when: no outlet, and the content before still counts
            "Enrollment has fallen by 18 percent since 2015, Superintendent Dana Whitfield told the board "
            "before the vote.",
            "told",
            {"speaker": "Superintendent Dana Whitfield", "intermediary": None},
        ),
        (  # a channel's number belongs to its name
            "Stone told KARE 11 on Thursday afternoon that she was disappointed.",
            "told",
            {"intermediary": "KARE 11", "content": "she was disappointed", "day": "2024-09-19"},
        ),
        (
            "He told Channel 4 News that the plan was dead.",
            "told",
            {"intermediary": "Channel 4 News", "content": "the plan was dead"},
        ),
    ],
)
def test_english_wire_and_local_reports(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_a_number_after_an_outlet_starts_what_was_told():
    assert _found("He told Reuters 30 people had died.", "en", "told")["intermediary"] == "Reuters"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # "et de" inside an institution's name
            "Personne n'a été blessé, a indiqué le service départemental d'incendie et de secours du Rhône.",
            "indiqué",
            {"speaker": "le service départemental d'incendie et de secours du Rhône"},
        ),
        (  # a quotation inside the clause: the whole clause was said («  pour » reports only at the head)
            "Le parquet a ouvert une enquête pour « destruction involontaire », a confirmé mercredi le "
            "procureur, Damien Lefort.",
            "confirmé",
            {
                "content": "Le parquet a ouvert une enquête pour « destruction involontaire »",
                "day": "2024-09-18",
            },
        ),
        (  # « se dire »: how the speaker said they are
            "La maire, Nathalie Roux, s'est dite « soulagée » qu'aucun salarié ne soit touché.",
            "dite",
            {"speaker": "La maire, Nathalie Roux", "content": "« soulagée » qu'aucun salarié ne soit touché"},
        ),
        (
            "Le ministre s'est dit prêt à discuter avec les syndicats.",
            "dit",
            {"content": "prêt à discuter avec les syndicats"},
        ),
        (  # « mettre en garde contre »: the danger warned of
            "Dans un entretien aux Échos publié dimanche, le président du Medef a mis en garde contre toute "
            "remise en cause de l'âge légal.",
            "mis en garde",
            {
                "speaker": "le président du Medef",
                "intermediary": "Échos",
                "content": "toute remise en cause de l'âge légal",
            },
        ),
        (  # a part of the day after the day
            "Interrogée lundi soir sur BFMTV, la secrétaire générale a estimé que ces annonces restaient "
            "insuffisantes.",
            "estimé",
            {"speaker": "la secrétaire générale", "intermediary": "BFMTV", "day": "2024-09-16"},
        ),
    ],
)
def test_french_regional_and_political_reports(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # "about" before a number is an approximation, not a topic
            "Benton's office said about 1.2 million workers would be eligible.",
            "said",
            {"content": "about 1.2 million workers would be eligible"},
        ),
        (  # where or when they spoke is no part of who relayed it
            "Speaking to reporters after the ceremony, Senate President Dan Hargrove said he expected other "
            "states to follow.",
            "said",
            {"speaker": "Senate President Dan Hargrove", "intermediary": "reporters"},
        ),
        (  # the outlet that saw a letter passes it on, not its addressees
            'In a letter to patients seen by the BBC, the trust said it had "strengthened its procedures".',
            "said",
            {"speaker": "the trust", "intermediary": "the BBC"},
        ),
    ],
)
def test_english_relays_around_the_speaker(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_a_warning_to_do_something_is_no_claim():
    text = "In a post on Sunday morning, the Rural Fire Service warned residents of Narooma to leave."
    assert suggest(text, "en", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        (
            "Le président du groupe a prévenu jeudi matin sur franceinfo qu'il ne voterait pas ce budget.",
            "prévenu",
            "franceinfo",
        ),
        (
            "La croissance sera de 1,2 %, a annoncé mercredi le ministre lors d'un entretien sur TF1.",
            "annoncé",
            "TF1",
        ),
        (
            "« Nous ne sommes pas là pour faire de la figuration », a lancé la députée devant la presse.",
            "lancé",
            "la presse",
        ),
    ],
)
def test_french_channels_and_the_press(text, cue, intermediary):
    _reads(text, "fr", cue, {"intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        (  # a show named in quotes after its network
            'Senator Jane Holloway told CNN\'s "State of the Union" on Sunday that she would vote no.',
            "told",
            'CNN\'s "State of the Union"',
        ),
        (  # "Today" in a programme's name is no day
            "Speaking on BBC Radio 4's Today programme on Monday, Gray said talks had been constructive.",
            "said",
            "BBC Radio 4's Today programme",
        ),
        ("Speaking on Monday, Gray said talks had been constructive.", "said", None),
        ("Speaking on condition of anonymity, an official said talks had been constructive.", "said", None),
    ],
)
def test_english_shows_and_programmes(text, cue, intermediary):
    _reads(text, "en", cue, {"intermediary": intermediary})


def test_joined_by_phone_names_the_outlet_alone():
    text = "Joint par téléphone par France 24, un habitant, Mehmet Kaya, raconte avoir dormi dans sa voiture."
    _reads(text, "fr", "raconte", {"intermediary": "France 24"})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # "but" after a quotation starts a clause of its own, whose verb reports what follows it
            'The minister claimed recovery was "a matter of months", but the science says it takes a decade.',
            "says",
            {"speaker": "the science", "content": "it takes a decade"},
        ),
        (  # "told me": whom, so the speaker is the subject before
            "One of them, an old man in Lautoka, told me he now sails twice as far for half the catch.",
            "told",
            {"speaker": "One of them", "content": "he now sails twice as far for half the catch"},
        ),
        (
            'His daughter, Elena, who keeps the books, puts it more bluntly: "We lose money every month."',
            "puts it",
            {
                "speaker": "His daughter, Elena",
                "speaker_name": "Elena",
                "content": "We lose money every month",
            },
        ),
    ],
)
def test_english_features_and_interviews(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_that_as_a_pronoun_opens_no_content():
    text = "I wrote to his office explaining that, and I never got an answer."
    assert [s.texts(text)["cue"] for s in suggest(text, "en", THURSDAY)] == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a main clause of the writer's joined by « , et » with a new subject
            "La mairie affirme que la pollution a baissé de 40 % en dix ans, et les mesures indépendantes vont "
            "dans le même sens.",
            "affirme",
            {"content": "la pollution a baissé de 40 % en dix ans"},
        ),
        (
            "La métropole assure vouloir préserver le marché.",
            "assure",
            {"speaker": "La métropole", "content": "vouloir préserver le marché"},
        ),
        (  # no comma before « selon » when the source ends the sentence
            "Il y a eu trente morts selon la police.",
            "selon",
            {"speaker": "la police", "content": "Il y a eu trente morts"},
        ),
        (  # a promise; its own press release passes nothing on
            "Le conseil départemental a promis vendredi une navette gratuite, selon un communiqué.",
            "promis",
            {"content": "une navette gratuite", "intermediary": None, "day": "2024-09-13"},
        ),
    ],
)
def test_french_features_and_trailing_sources(text, cue, expected):
    _reads(text, "fr", cue, expected)


def test_selon_as_depending_on_names_no_source():
    text = "Les chiffres varient selon sa définition."
    assert suggest(text, "fr", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("The ministry said last night that the talks had failed.", "said", {"day": "2024-09-18"}),
        (  # a place visited is no one told
            "The governor said during a visit to Houston that the state would help.",
            "said",
            {"intermediary": None},
        ),
        ("The mayor said on local radio that the bridge was safe.", "said", {"intermediary": "local radio"}),
    ],
)
def test_english_nights_visits_and_local_radio(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_the_on_inside_a_word_names_no_channel():
    text = "Linda Ellison said at a press conference at the Jet Propulsion Laboratory that it changes everything."
    _reads(text, "en", "said", {"intermediary": None})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # "state" is no verb after "the"; "here" is where the statement was made
            "At least 14 people have died since Saturday, the state disaster management authority said in a "
            "statement here on Monday.",
            "said",
            {
                "speaker": "the state disaster management authority",
                "content": "At least 14 people have died since Saturday",
                "day": "2024-09-16",
            },
        ),
    ],
)
def test_english_regional_wire_copy(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Selon ce qu'a appris La Presse, une quarantaine de lignes seraient touchées.",
            "Selon",
            {"speaker": "La Presse", "content": "une quarantaine de lignes seraient touchées"},
        ),
        (  # Quebec's « entrevue », and « en » opening an adjunct before « que »
            "Le ministre a affirmé en entrevue à Radio-Canada que Québec ne laissera pas tomber les usagers.",
            "affirmé",
            {"intermediary": "Radio-Canada", "content": "Québec ne laissera pas tomber les usagers"},
        ),
    ],
)
def test_french_quebec_reports(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a noun in -ly is no adverb before the verb
            "“We are devastated,” the family said.",
            "said",
            {"speaker": "the family", "content": "We are devastated"},
        ),
        ('"It is over," Kelly said.', "said", {"speaker": "Kelly"}),
        (  # a short clause after the parenthesis still goes on with what was said
            "The decision, officials said, was final.",
            "said",
            {"speaker": "officials", "content": "The decision, officials said, was final"},
        ),
        (  # figures say whose they are
            "According to figures released by the statistics office, inflation rose to 3%.",
            "According to",
            {"speaker": "figures released by the statistics office", "content": "inflation rose to 3%"},
        ),
    ],
)
def test_english_speakers_heads_and_short_clauses(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue"),
    [
        ("She told President Macron that France must act.", "en", "told"),
        ("She told Mr Smith that the deal was off.", "en", "told"),
        ("He told NATO allies that the US would stay.", "en", "told"),
        ("Il a dit à M. Dupont que la France devait agir.", "fr", "dit"),
        ("Speaking with his wife at his side, the senator said he would not resign.", "en", "said"),
        ("Speaking to a crowd of thousands, the president said the war was over.", "en", "said"),
        ("Writing in his memoir, the general said the war had been a mistake.", "en", "said"),
        ("Interrogé sur une éventuelle démission, il a répondu : « Certainement pas. »", "fr", "répondu"),
    ],
)
def test_a_person_an_audience_or_a_book_passes_nothing_on(text, language, cue):
    _reads(text, language, cue, {"intermediary": None})


@pytest.mark.parametrize(
    ("text", "language", "cue", "content"),
    [
        ("The firm, which denies wrongdoing, said it would appeal.", "en", "denies", "wrongdoing"),
        ("Le maire, qui nie toute faute, a affirmé que la ville ferait appel.", "fr", "nie", "toute faute"),
    ],
)
def test_a_relative_clause_s_report_ends_where_the_main_clause_goes_on(text, language, cue, content):
    _reads(text, language, cue, {"content": content})


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("L'usine est sûre, assurent depuis des mois les autorités.", "assurent", "les autorités"),
        ("« On n'a jamais vu ça », raconte, encore sous le choc, un témoin.", "raconte", "un témoin"),
    ],
)
def test_french_how_long_and_asides_before_an_inverted_speaker(text, cue, speaker):
    _reads(text, "fr", cue, {"speaker": speaker})


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "Smith said the party would win, in an interview on Tuesday.",
            "en",
            "said",
            {"content": "the party would win", "day": "2024-09-17"},
        ),
        (
            "L'entreprise a annoncé la suppression de 500 emplois dans un communiqué diffusé mardi.",
            "fr",
            "annoncé",
            {"content": "la suppression de 500 emplois", "day": "2024-09-17"},
        ),
        (  # with « que », the words may belong to what was said: kept
            "Il a affirmé que le ministre avait menti dans un communiqué.",
            "fr",
            "affirmé",
            {"content": "le ministre avait menti dans un communiqué"},
        ),
    ],
)
def test_how_it_was_said_ends_the_content_and_dates_it(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # « président » after its article is no verb in -ent
            "Le président des TPG s'est félicité de la décision, tout en rappelant que le déficit atteindrait "
            "30 millions.",
            "fr",
            "rappelant",
            {"speaker": "Le président des TPG", "content": "le déficit atteindrait 30 millions"},
        ),
        (
            "Le président, tout en rappelant que le déficit atteindrait 30 millions, a salué la décision.",
            "fr",
            "rappelant",
            {"content": "le déficit atteindrait 30 millions"},
        ),
        (
            "Le président des TPG s'est félicité de cette décision.",
            "fr",
            "félicité",
            {"content": "cette décision"},
        ),
        (
            "L'association a salué « une victoire d'étape ».",
            "fr",
            "salué",
            {"content": "une victoire d'étape"},
        ),
        (  # an audience, then when
            "Cole is reported to have told friends after the verdict that he would appeal.",
            "en",
            "told",
            {"speaker": "Cole", "content": "he would appeal", "intermediary": None},
        ),
        (  # the writer's contrast, and its day, are not the claim's
            "The opposition said it had won the election, although results were not expected until Thursday.",
            "en",
            "said",
            {"content": "it had won the election", "day": None},
        ),
    ],
)
def test_gerunds_welcomes_audiences_and_the_writer_s_contrast(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_an_opinion_held_while_doing_something_else_is_not_read():
    text = "Le ministre, tout en considérant que la réforme était nécessaire, a reporté le vote."
    assert [s.texts(text)["cue"] for s in suggest(text, "fr", THURSDAY)] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The embattled president spoke on Monday, saying he would not resign.", "The embattled president"),
        (
            "The newly elected mayor addressed the council, warning that the budget was in deficit.",
            "The newly elected mayor",
        ),
        ("The United Nations issued a statement, saying the ceasefire had collapsed.", "The United Nations"),
    ],
)
def test_a_participle_s_speaker_keeps_its_adjectives(text, speaker):
    (found,) = suggest(text, "en", THURSDAY)
    assert found.texts(text)["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "language", "cue", "day"),
    [
        ("The minister said earlier in the day that the talks had failed.", "en", "said", "2024-09-19"),
        (
            "Le ministre a déclaré dans la soirée que les négociations avaient échoué.",
            "fr",
            "déclaré",
            "2024-09-19",
        ),
        (
            "Le ministre a déclaré en début d'après-midi que les négociations avaient échoué.",
            "fr",
            "déclaré",
            "2024-09-19",
        ),
    ],
)
def test_an_hour_of_the_day_told_of_is_the_day_of_publication_and_uncertain(text, language, cue, day):
    found = next(s for s in suggest(text, language, THURSDAY) if s.texts(text)["cue"] == cue)
    assert (found.claim_date.value.isoformat(), found.claim_date.certain) == (day, False)


def test_this_past_weekend_is_an_interval():
    text = "The minister said this past weekend that the talks had failed."
    (found,) = suggest(text, "en", THURSDAY)
    assert (found.claim_date.value.isoformat(), found.claim_date.latest.isoformat()) == (
        "2024-09-14",
        "2024-09-15",
    )


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a subject stressed by its pronoun is no content before an inverted speaker
            "Son voisin, lui, assure avoir été épargné.",
            "fr",
            "assure",
            {"speaker": "Son voisin", "content": "avoir été épargné"},
        ),
        (  # the time of the telling, in a clause of when after it
            '"We follow every rule," he told me when I visited his farm on Wednesday.',
            "en",
            "told",
            {"speaker": "he", "day": "2024-09-18"},
        ),
    ],
)
def test_stressed_subjects_and_the_time_of_the_telling(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The early voting suggests that turnout will be high.", "en"),
        ("Earlier studies suggested similar results.", "en"),
        ("Le vote anticipé suggère que la participation sera forte.", "fr"),
        ("Il a une attitude indiquant que tout lui est dû.", "fr"),
    ],
)
def test_evidence_that_suggests_is_no_speaker(text, language):
    assert suggest(text, language, THURSDAY) == []


def test_a_person_who_suggests_still_speaks():
    text = "The minister suggested that the vote be delayed."
    assert [s.texts(text)["speaker"] for s in suggest(text, "en", THURSDAY)] == ["The minister"]


def test_a_capitalised_reporting_word_inside_an_inverted_speaker_is_a_name():
    text = "The talks failed, the United States said."  # "States" is no verb here (and no crash)
    _reads(text, "en", "said", {"speaker": "the United States", "content": "The talks failed"})


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        ('"It\'s over," the coach said after the game, speaking to Sky Sports.', "said", "Sky Sports"),
        (
            "In a letter published in the Times, 50 scientists said the report was flawed.",
            "said",
            "the Times",
        ),
    ],
)
def test_english_relays_after_the_verb_and_letters_in_a_newspaper(text, cue, intermediary):
    _reads(text, "en", cue, {"intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        (
            "Dans une tribune publiée par Le Monde, cinquante scientifiques affirment que le rapport est erroné.",
            "affirment",
            "Le Monde",
        ),
        (
            "Le ministère a indiqué dans un communiqué relayé par l'agence officielle que la frontière était fermée.",
            "indiqué",
            "l'agence officielle",
        ),
        ("Il a confié à nos confrères de Ouest-France qu'il arrêtait sa carrière.", "confié", "Ouest-France"),
    ],
)
def test_french_op_eds_relayed_statements_and_fellow_journalists(text, cue, intermediary):
    _reads(text, "fr", cue, {"intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a request is no claim
            "A school nurse, who asked that her name not be used, told the Courier Journal that parents were afraid.",
            "en",
            "told",
            {"speaker": "A school nurse", "intermediary": "the Courier Journal"},
        ),
        (  # an assembly's members are an audience
            "The transport secretary told MPs on Tuesday that the government would not intervene.",
            "en",
            "told",
            {"intermediary": None, "content": "the government would not intervene"},
        ),
        (  # who interviewed the speaker, after the apposed name, and not past the paragraph
            "« Il fera 40 °C », a prévenu un prévisionniste de l'organisme, Julien Castel, interrogé par l'AFP.\n\n"
            "Le ministre a appelé à la prudence.",
            "fr",
            "prévenu",
            {"intermediary": "l'AFP"},
        ),
    ],
)
def test_requests_assemblies_and_who_interviewed_the_speaker(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_a_court_s_sentence_is_no_condemnation():
    text = "Le tribunal a condamné mercredi l'ancien directeur à deux ans de prison avec sursis."
    assert suggest(text, "fr", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a report inside a report: its own speaker, after "that"
            "The newspaper reported that police said the man had been arrested.",
            "said",
            {"speaker": "police", "content": "the man had been arrested"},
        ),
        (  # but "that" after a noun opens a relative clause inside the speaker
            "The armed group that controls the town said it would withdraw.",
            "said",
            {"speaker": "The armed group that controls the town"},
        ),
        (  # "reports X as saying", as "quoted X as saying"
            "The BBC reports the minister as saying the plan is dead.",
            "saying",
            {"speaker": "the minister", "intermediary": "The BBC", "content": "the plan is dead"},
        ),
    ],
)
def test_reports_inside_reports(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "Le Parisien affirme que selon la police, l'homme a été arrêté.",
            "fr",
            "selon",
            {"speaker": "la police", "content": "l'homme a été arrêté"},
        ),
        (
            "Wikinews has learned that, according to an Internet posting, the website is being attacked.",
            "en",
            "according to",
            {"speaker": "an Internet posting", "content": "the website is being attacked"},
        ),
    ],
)
def test_a_source_named_at_the_head_of_a_reported_clause(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "content"),
    [
        (
            'The company said the plant would close by June, a move that unions called "devastating".',
            "en",
            "said",
            "the plant would close by June",
        ),
        (
            "Le groupe a annoncé qu'il fermerait l'usine en juin, une décision qui a surpris les syndicats.",
            "fr",
            "annoncé",
            "il fermerait l'usine en juin",
        ),
    ],
)
def test_the_writer_s_comment_after_what_was_said_is_not_said(text, language, cue, content):
    _reads(text, language, cue, {"content": content})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Pour Marie Dupont, économiste à l'OFCE, la hausse des taux « va peser sur la croissance ».",
            "Pour",
            {
                "speaker": "Marie Dupont, économiste à l'OFCE",
                "content": "la hausse des taux « va peser sur la croissance »",
            },
        ),
        (  # « la direction, qui … » is the clause's subject, no apposition
            "Pour le syndicat, la direction, qui refuse de négocier, porte « une lourde responsabilité ».",
            "Pour",
            {"speaker": "le syndicat"},
        ),
        (
            "Selon le rapport, publié mardi, les émissions ont augmenté de 4 % en 2024.",
            "Selon",
            {"content": "les émissions ont augmenté de 4 % en 2024"},
        ),
        (
            "Le maire a estimé que la décision était « une erreur », avant d'ajouter qu'il ferait appel.",
            "estimé",
            {"content": "la décision était « une erreur »"},
        ),
    ],
)
def test_french_views_descriptions_and_second_reports(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "My brother keeps telling me I should run for office, but honestly I don't have the patience.",
            "telling",
            "I should run for office",
        ),
        ("People told us they wanted a park, so we built a park.", "told", "they wanted a park"),
        ('He said: "We will win, and we will govern."', "said", "We will win, and we will govern"),
    ],
)
def test_the_narrator_s_own_words_after_what_they_were_told(text, cue, content):
    _reads(text, "en", cue, {"content": content})


def test_that_as_a_pronoun_before_yes_opens_no_content():
    text = "The Gazette wrote that, yes, and they were wrong."
    assert suggest(text, "en", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Comme je l'ai dit à l'époque, ce lieu leur appartient.",
            "dit",
            {"speaker": "je", "content": "ce lieu leur appartient"},
        ),
        (
            "Comme il l'a rappelé lundi, la réforme sera votée.",
            "rappelé",
            {"speaker": "il", "day": "2024-09-16"},
        ),
        (  # a clitic before a verb of saying, then « que »
            "Mon frère me répète que je devrais me présenter, mais franchement je n'ai pas la patience.",
            "répète",
            {"speaker": "Mon frère", "content": "je devrais me présenter"},
        ),
    ],
)
def test_french_interviews(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Je lui ai dit que c'était fini.", "dit", "Je"),
        ("Nous avons toujours affirmé que la réforme était injuste.", "affirmé", "Nous"),
        ("J'ai expliqué aux salariés que l'usine fermerait.", "expliqué", "J'"),
    ],
)
def test_french_first_person_reports(text, cue, speaker):
    _reads(text, "fr", cue, {"speaker": speaker})


def test_a_statement_from_someone_names_whose_it_is():
    _reads(
        '"We will appeal," said a statement from the family.',
        "en",
        "said",
        {"speaker": "a statement from the family"},
    )


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (  # a bare plural is only its relative clause: kept whole
            "Engineers who were not involved in the project said delays of this kind were common.",
            "said",
            "Engineers who were not involved in the project",
        ),
        ("Those who attended the meeting said the mood was tense.", "said", "Those who attended the meeting"),
        (  # a described person is still read by who they are
            "A Reuters cameraman who was covering the unrest said he saw a sniper.",
            "said",
            "A Reuters cameraman",
        ),
    ],
)
def test_a_relative_clause_that_says_who_is_kept(text, cue, speaker):
    _reads(text, "en", cue, {"speaker": speaker})


def test_shouted_that_reports():
    text = 'At a packed town meeting, one man shouted that officials "should walk the detour themselves."'
    _reads(text, "en", "shouted", {"speaker": "one man"})


def test_a_pull_quote_signed_after_a_dash():
    text = 'Officials were quick to respond.\n\n"We will not back down." — Sharon Graham, Unite general secretary\n'
    _reads(text, "en", "—", {"speaker": "Sharon Graham", "content": "We will not back down"})


def test_an_embedded_post_is_its_author_s_on_the_day_printed_below_it():
    text = "The mayor posted late at night.\n\nThe election was stolen and everybody knows it!\n\n— Donald Smith (@dsmith) November 7, 2020\n"
    _reads(
        text,
        "en",
        "—",
        {
            "speaker": "Donald Smith",
            "content": "The election was stolen and everybody knows it",
            "day": "2020-11-07",
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "Il hésite.\n\n— Je viens, dit-il.\n",  # a line of dialogue
        "The talks resumed on Monday in Geneva.\n\n— Associated Press\n",  # a credit
        "The talks resumed on Monday in Geneva.\n\n— Reuters\n",
    ],
)
def test_dialogue_and_credits_after_a_dash_sign_nothing(text):
    assert [s.rule for s in suggest(text, "en", THURSDAY) if "—" in s.rule] == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "The actor said on Saturday Night Live that he would retire.",
            "said",
            {"intermediary": "Saturday Night Live", "day": None},
        ),
        (
            "The minister told the Sunday Times that taxes would rise.",
            "told",
            {"intermediary": "the Sunday Times", "day": None},
        ),
        (
            "The minister said on Tuesday that taxes would rise.",
            "said",
            {"intermediary": None, "day": "2024-09-17"},
        ),
    ],
)
def test_a_name_that_starts_with_a_weekday_is_no_day(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "La préfecture a fait état de trois blessés légers.",
            "fait état",
            {"content": "trois blessés légers"},
        ),
        (
            "« Ce n'est pas sérieux », a tancé la présidente de la région.",
            "tancé",
            {"speaker": "la présidente de la région"},
        ),
    ],
)
def test_french_fait_etat_and_scolding(text, cue, expected):
    _reads(text, "fr", cue, expected)


def test_warned_officials_is_no_warning_of():
    text = "Forecasters warned officials the dam could fail."
    assert "ficials" not in (_found(text, "en", "warned")["content"] or "")[:8]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a quotation that heads a longer object: the whole object
            "Les transporteurs dénoncent « une prise d'otage » des axes routiers.",
            "dénoncent",
            {"content": "« une prise d'otage » des axes routiers"},
        ),
        (
            "Le Premier ministre a promis jeudi « l'aide totale de l'État » aux communes sinistrées.",
            "promis",
            {"content": "« l'aide totale de l'État » aux communes sinistrées", "day": "2024-09-19"},
        ),
        (  # the phone between who reached the speaker and the outlet
            "« On ne lâchera rien », a prévenu son président, Erwan Corre, joint par téléphone par Le Télégramme.",
            "prévenu",
            {"intermediary": "Le Télégramme"},
        ),
    ],
)
def test_french_quoted_objects_and_phone_calls(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("During the campaign you said you would build 500 homes.", "said", {"speaker": "you"}),
        (  # the speaker's own act after what it said, in the reporter's tense
            "The agency warned that the heat would last, and ordered outdoor work to stop.",
            "warned",
            {"content": "the heat would last"},
        ),
        (  # one subject whose names are listed
            "Hospitals in Spain, Italy and Greece have reported a sharp rise in admissions.",
            "reported",
            {"speaker": "Hospitals in Spain, Italy and Greece"},
        ),
    ],
)
def test_openers_lists_and_the_speaker_s_next_act(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_the_reported_subject_s_next_act_stays_in_what_was_reported():
    text = (
        "Les médias ont rapporté que le commandant a rencontré le ministre, et a exprimé son mécontentement."
    )
    assert _found(text, "fr", "rapporté")["content"].endswith("et a exprimé son mécontentement")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (  # a thing reported, then the writer's when
            "Hospitals have reported a sharp rise in admissions as temperatures topped 44 °C.",
            "reported",
            "a sharp rise in admissions",
        ),
        (  # a clause said keeps its own when
            "They say the link remained after they accounted for smoking.",
            "say",
            "the link remained after they accounted for smoking",
        ),
    ],
)
def test_the_writer_s_when_after_a_thing_reported(text, cue, content):
    _reads(text, "en", cue, {"content": content})


def test_a_content_cut_down_to_nothing_by_a_report_inside_it_is_dropped():
    # found by the property test: the outer "said" kept only the opening quotation mark
    text = 'The minister said last night "We will win," told Reuters'
    found = [s.texts(text) for s in suggest(text, "en", THURSDAY)]
    assert found and all(f["content"].strip('"“” ,') for f in found)
    assert all(f["speaker"] != "Reuters" for f in found)  # "…, told Reuters": whom, never who


def test_a_source_told_an_outlet_citing_documents():
    text = (
        "The minister will resign, a source close to the government told Reuters, citing internal documents."
    )
    (found,) = suggest(text, "en", THURSDAY)
    assert found.texts(text) | {"speaker_name": None} == {
        "cue": "citing",
        "speaker": "internal documents",
        "content": "The minister will resign",
        "intermediary": "a source close to the government",
        "speaker_name": None,
    }


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le ministre va démissionner, a-t-on appris de sources concordantes.", "sources concordantes"),
        ("Le ministre va démissionner, affirme-t-on de source sûre.", "source sûre"),
    ],
)
def test_french_sources_learned_from(text, speaker):
    (found,) = suggest(text, "fr", THURSDAY)
    assert (found.texts(text)["speaker"], found.texts(text)["content"]) == (
        speaker,
        "Le ministre va démissionner",
    )
