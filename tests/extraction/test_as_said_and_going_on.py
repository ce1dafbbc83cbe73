""" "As the minister noted", « comme l'a rappelé la ministre » with when and where around the
speaker, a speaker who goes on in an infinitive (« …, avant d'ajouter que … ») and a colon with no
quotation after the verb (« Les médecins insistent : le vaccin est sûr »).

The sentences were written for these tests (project's own text).
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _found, _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "content"),
    [
        (
            "The budget will be voted in December, as the minister noted on Tuesday.",
            "en",
            "noted",
            "The budget will be voted in December",
        ),
        (
            "Le budget sera voté en décembre, comme l'a rappelé la ministre lors de sa conférence de presse.",
            "fr",
            "rappelé",
            "Le budget sera voté en décembre",
        ),
        (
            "Comme l'a rappelé la ministre lors de sa conférence de presse, le budget sera voté en décembre.",
            "fr",
            "rappelé",
            "le budget sera voté en décembre",
        ),
        (
            "Comme l'a souligné la ministre mardi, le budget sera voté en décembre.",
            "fr",
            "souligné",
            "le budget sera voté en décembre",
        ),
    ],
)
def test_as_the_speaker_said_with_when_or_where_around_the_speaker(text, language, cue, content):
    _reads(
        text,
        language,
        cue,
        {"speaker": "la ministre" if language == "fr" else "the minister", "content": content},
    )


def test_as_the_speaker_said_in_the_middle_names_no_speaker_with_as():
    text = "The budget, as the minister noted, will be voted in December."
    assert _found(text, "en", "noted")["speaker"] == "the minister"


def test_as_the_speaker_told_an_outlet_names_the_outlet():
    text = "The budget will be voted in December, as the minister told Reuters."
    _reads(text, "en", "told", {"speaker": "the minister", "intermediary": "Reuters"})


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "« Nous ne partirons pas », prévient-elle, avant d'ajouter que la maison était tout ce qui leur restait.",
            "la maison était tout ce qui leur restait",
        ),
        (
            "Elle a démenti les rumeurs, avant d'ajouter : « Je reste ici avec vous. »",
            "Je reste ici avec vous",
        ),
    ],
)
def test_a_speaker_who_goes_on_in_an_infinitive_is_the_speaker_before(text, content):
    _reads(text, "fr", "d'ajouter", {"speaker": "elle" if text[0] == "«" else "Elle", "content": content})


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("Les médecins insistent : le vaccin est sûr.", "insistent", "Les médecins", "le vaccin est sûr"),
        (
            "Le ministre a déclaré mardi : la frontière rouvrira la semaine prochaine.",
            "déclaré",
            "Le ministre",
            "la frontière rouvrira la semaine prochaine",
        ),
    ],
)
def test_a_colon_after_the_verb_opens_what_was_said(text, cue, speaker, content):
    _reads(text, "fr", cue, {"speaker": speaker, "content": content})


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a figure handed to a medium: the medium passes it on
            "Le ministère de l'Intérieur en a compté 195 000, selon un chiffre communiqué à l'AFP.",
            "fr",
            "selon",
            {"speaker": "un chiffre", "intermediary": "l'AFP"},
        ),
        (
            "Interrogé par des journalistes à Matignon, le Premier ministre a assuré qu'il restait ouvert au dialogue.",
            "fr",
            "assuré",
            {"speaker": "le Premier ministre", "intermediary": "des journalistes"},
        ),
        (  # the writer's comment after what was said is no part of it
            "The chancellor has confirmed that income tax thresholds will stay frozen until 2030, a move the "
            "Resolution Foundation estimates will raise £8bn a year.",
            "en",
            "confirmed",
            {"content": "income tax thresholds will stay frozen until 2030"},
        ),
    ],
)
def test_relays_and_ends_on_a_live_page(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister described the plan as ‘a disaster’.", "the plan as ‘a disaster’"),
        ("The minister said the plan was ‘a disaster’.", "the plan was ‘a disaster’"),
    ],
)
def test_a_single_curly_quotation_closes_inside_the_content(text, content):
    _reads(text, "en", text.split()[2], {"content": content})


@pytest.mark.parametrize(
    ("text", "language", "cue", "content", "intermediary"),
    [
        ("Le directeur a confirmé l’information au Parisien.", "fr", "confirmé", "l’information", "Parisien"),
        ("The director confirmed the news to Reuters.", "en", "confirmed", "the news", "Reuters"),
        (  # a clause: "to Kilkenny" is where the games go, not whom it was told
            "The association said the games would be moved to Kilkenny.",
            "en",
            "said",
            "the games would be moved to Kilkenny",
            None,
        ),
    ],
)
def test_a_medium_named_after_a_bare_object(text, language, cue, content, intermediary):
    _reads(text, language, cue, {"content": content, "intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("C’est ce qu’a affirmé mardi la ministre, selon qui « rien n’est décidé ».", "fr"),
        ("The minister, according to whom nothing is decided, left early.", "en"),
    ],
)
def test_according_to_a_relative_pronoun_names_no_source(text, language):
    assert all(s.texts(text)["cue"].lower() not in ("selon", "according to") for s in suggest(text, language))


def test_a_typesetter_s_non_breaking_hyphen_in_an_inverted_verb():
    text = "« Nous ne céderons pas », a\u2011t\u2011elle déclaré."
    _reads(text, "fr", "déclaré", {"speaker": "elle", "content": "Nous ne céderons pas"})


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Teens sleep less, according to a study of 8,000 pupils in England.",
            "a study of 8,000 pupils in England",
            "Teens sleep less",
        ),
        (
            "According to a survey of 2,500 adults, most oppose the plan.",
            "a survey of 2,500 adults",
            "most oppose the plan",
        ),
    ],
)
def test_a_figure_s_separator_does_not_end_the_source(text, speaker, content):
    _reads(
        text,
        "en",
        "according to" if "according" in text else "According to",
        {"speaker": speaker, "content": content},
    )


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "Le ministre a déclaré au micro d'Europe 1 que les négociations avaient échoué.",
            "fr",
            "déclaré",
            {"intermediary": "Europe 1", "content": "les négociations avaient échoué"},
        ),
        (  # the source an outlet cites speaks, through the outlet
            "Les négociations ont échoué, selon RTL qui cite une source gouvernementale.",
            "fr",
            "selon",
            {"speaker": "une source gouvernementale", "intermediary": "RTL"},
        ),
        (
            "The talks have failed, according to CNN, which cited two officials.",
            "en",
            "according to",
            {"speaker": "two officials", "intermediary": "CNN", "content": "The talks have failed"},
        ),
    ],
)
def test_on_air_and_a_cited_source(text, language, cue, expected):
    _reads(text, language, cue, expected)
