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
