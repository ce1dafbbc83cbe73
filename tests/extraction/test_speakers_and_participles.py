"""Speakers named by what they are, then by name, and participles that report nothing.

The sentences were written for these tests (project's own text).
"""

import pytest

from tests.extraction.test_dated_reports import _found, _reads


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("United's captain, Jamie Rees, said the penalty was clear.", "said", "United's captain, Jamie Rees"),
        (
            "Novalink's chief executive, Wen-Li Chou, told investors that the company was growing.",
            "told",
            "Novalink's chief executive, Wen-Li Chou",
        ),
    ],
)
def test_a_possessive_description_keeps_the_name_apposed_to_it(text, cue, speaker):
    _reads(text, "en", cue, {"speaker": speaker})


def test_a_participle_after_a_noun_reports_nothing():
    text = 'Merz told Meloni that Germany could not accept "a pact written only for the southern borders".'
    found = _found(text, "en", "told")
    assert found["content"] == 'Germany could not accept "a pact written only for the southern borders"'


def test_written_after_has_still_reports():
    _reads("She has written that the war was lost.", "en", "written", {"content": "the war was lost"})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # what the speaker is, then its name: the subject, not a content before an inverted verb
            "Une association de pêcheurs, La Gaule lilloise, a annoncé son intention de porter plainte.",
            "annoncé",
            {"speaker": "Une association de pêcheurs", "content": "son intention de porter plainte"},
        ),
        (  # a title before the apposed name
            "Votre mentor, le chef Alain Roux, a dit que vous étiez têtue.",
            "dit",
            {"speaker": "Votre mentor, le chef Alain Roux"},
        ),
        (  # the clitic before the auxiliary is no part of the speaker
            "Il m'a dit un jour : « Si tu ne te disputes pas avec ton chef, tu n'as pas d'idées. »",
            "dit",
            {"speaker": "Il"},
        ),
        (  # whom it was said of, before « que »
            "Votre mentor a dit de vous que vous étiez « la plus têtue de ses élèves ».",
            "dit",
            {"content": "vous étiez « la plus têtue de ses élèves »"},
        ),
        (
            "Le ministre a dit d'elle qu'elle était incontournable.",
            "dit",
            {"content": "elle était incontournable"},
        ),
        (  # an infinitive content ends where the subject's next act starts
            "Le maire dit avoir été « alerté par des promeneurs » et réclame des sanctions.",
            "dit",
            {"content": "avoir été « alerté par des promeneurs »"},
        ),
        (
            "Il dit avoir vu le camion et vouloir porter plainte.",
            "dit",
            {"content": "avoir vu le camion et vouloir porter plainte"},
        ),
    ],
)
def test_french_subjects_clitics_and_infinitives(text, cue, expected):
    _reads(text, "fr", cue, expected)
