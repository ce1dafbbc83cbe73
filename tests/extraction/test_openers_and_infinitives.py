"""A day that opens the sentence with no comma, French infinitive contents, the press before the
object, French titles in lower case, and "admitted" that takes people in. Written after a batch of
dated reports (the project's own text, written for these tests).
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "On Wednesday morning the company said every sailing had been cancelled.",
            "en",
            "said",
            {"speaker": "the company", "day": "2024-09-18"},
        ),
        (
            "Late on Tuesday the minister said the talks had failed.",
            "en",
            "said",
            {"speaker": "the minister"},
        ),
        (
            "Earlier this week the council said the road would close.",
            "en",
            "said",
            {"speaker": "the council"},
        ),
        (
            "Mardi soir le ministre a déclaré que le projet était mort.",
            "fr",
            "déclaré",
            {"speaker": "le ministre", "day": "2024-09-17"},
        ),
    ],
)
def test_a_day_before_the_subject_is_no_speaker(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Un viticulteur de Meursault, interrogé par Le Bien public, a dit craindre « une année blanche ».",
            "dit",
            {
                "speaker": "Un viticulteur de Meursault",
                "content": "craindre « une année blanche »",
                "intermediary": "Le Bien public",
            },
        ),
        (
            "Des usagers ont confié au Dauphiné libéré avoir attendu plus d'une heure sous la pluie.",
            "confié",
            {"content": "avoir attendu plus d'une heure sous la pluie", "intermediary": "Dauphiné libéré"},
        ),
        (  # a noun after its determiner is an object, not an infinitive
            "La préfecture a annoncé la fermeture des parcs et jardins.",
            "annoncé",
            {"content": "la fermeture des parcs et jardins"},
        ),
        (
            "Le président a dénoncé mercredi devant la presse un réseau « à bout de souffle ».",
            "dénoncé",
            {"content": "un réseau « à bout de souffle »", "intermediary": "la presse", "day": "2024-09-18"},
        ),
    ],
)
def test_french_infinitives_and_the_press(text, cue, expected):
    _reads(text, "fr", cue, expected)


def test_a_judgement_passed_on_by_a_paper():
    text = 'The opposition accused the government of "failing Delhi", according to the Hindustan Times.'
    (found,) = suggest(text, "en")  # one attribution, not a second one at "according to"
    texts = found.texts(text)
    assert (texts["cue"], texts["content"], texts["intermediary"]) == (
        "accused",
        'the government of "failing Delhi"',
        "the Hindustan Times",
    )


@pytest.mark.parametrize(
    "text", ["The ward had admitted 40 patients since Monday.", "The hospital admitted 12 people with burns."]
)
def test_taking_people_in_is_no_admission(text):
    assert suggest(text, "en") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le ministre se dit convaincu que le plan est solide.", "le plan est solide"),
        ("Le ministre se dit prêt à démissionner.", "prêt à démissionner"),
        (
            "Les syndicats se disent favorables à une hausse des salaires.",
            "favorables à une hausse des salaires",
        ),
    ],
)
def test_how_one_says_one_is(text, content):
    (found,) = suggest(text, "fr")
    assert found.texts(text)["cue"] in ("dit", "disent")
    assert found.texts(text)["content"] == content


@pytest.mark.parametrize(
    "text",
    [
        "Cela se dit souvent dans les couloirs.",
        "Ce qui se dit à Paris compte.",
        "Le mot se dit aussi en anglais.",
    ],
)
def test_what_is_said_in_general_is_no_claim(text):
    assert suggest(text, "fr") == []
