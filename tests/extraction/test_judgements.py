"""Claims made by judging something: accusing, calling, describing, estimating, « qualifier »,
« juger ». What was claimed is the object with its judgement.

The sentences were written for these tests (project's own text).
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "The opposition accused the government of hiding the true cost of the project.",
            "en",
            "accused",
            {"speaker": "The opposition", "content": "the government of hiding the true cost of the project"},
        ),
        (
            'The minister called the decision "a disgrace".',
            "en",
            "called",
            {"speaker": "The minister", "content": 'the decision "a disgrace"'},
        ),
        (
            'Council leader Mark Ingram described the claims as "scaremongering" and predicted that '
            "residents would see a better service.",
            "en",
            "described",
            {"speaker": "Council leader Mark Ingram", "content": 'the claims as "scaremongering"'},
        ),
        (
            "Insurers have estimated the damage caused by the storm at about £400 million, making it the "
            "costliest storm in four years.",
            "en",
            "estimated",
            {"content": "the damage caused by the storm at about £400 million"},
        ),
        (
            'He denounced the attack, calling it "an act of cowardice".',
            "en",
            "calling",
            {"speaker": "He", "content": 'it "an act of cowardice"'},
        ),
        (
            "Officials estimate the death toll could rise to 50.",
            "en",
            "estimate",
            {"content": "the death toll could rise to 50"},
        ),
        (
            "L'opposition a accusé le maire de « mentir aux habitants » sur la dette.",
            "fr",
            "accusé",
            {"speaker": "L'opposition", "content": "le maire de « mentir aux habitants » sur la dette"},
        ),
        (
            "Le chef de file de l'opposition a qualifié le budget de « budget de campagne ».",
            "fr",
            "qualifié",
            {"content": "le budget de « budget de campagne »"},
        ),
        (
            "Le maire a rejeté ces accusations, jugeant les chiffres de l'opposition « fantaisistes ».",
            "fr",
            "jugeant",
            {"speaker": "Le maire", "content": "les chiffres de l'opposition « fantaisistes »"},
        ),
        (  # a day before the quoted judgement: what is judged follows it
            "Le président a jugé lundi « inacceptables » les propos de son ministre.",
            "fr",
            "jugé",
            {"content": "« inacceptables » les propos de son ministre", "day": "2024-09-16"},
        ),
        (
            "La préfecture estime les dégâts à plusieurs millions d'euros.",
            "fr",
            "estime",
            {"speaker": "La préfecture", "content": "les dégâts à plusieurs millions d'euros"},
        ),
    ],
)
def test_a_judgement_claims_its_object_as_judged(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister called the police.", "en"),
        ("He called his mother on Sunday.", "en"),
        ('They found a comet called Wild 2 ("Vilt-two") in the images.', "en"),
        ("She described the scene to reporters.", "en"),
        ("The accused was released on bail.", "en"),
        ("Millions were left homeless and estimated damages reached US$ 10 billion.", "en"),
        ("As predicted, the river burst its banks.", "en"),
        ("The insurer expected more than 30,000 claims.", "en"),
        ("L'équipe s'est qualifiée pour la finale.", "fr"),
    ],
)
def test_a_call_a_description_or_an_estimate_that_claims_nothing(text, language):
    assert [s.texts(text)["cue"] for s in suggest(text, language)] == []


@pytest.mark.parametrize(
    "text", ['"I\'ve given up ringing them," she laughed.', 'She laughed: "I\'ve given up."']
)
def test_a_laugh_reports_only_a_quotation(text):
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["laughed"]


def test_a_laugh_alone_reports_nothing():
    text = "But, when I suggest that she get Frank to model for her, she laughs."
    assert "laughs" not in [s.texts(text)["cue"] for s in suggest(text, "en")]
