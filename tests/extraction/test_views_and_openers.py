"""« Pour X, … « … » … » views, a place before a clause that is no name with its apposition, and a
connective before a speaker with a relative clause.

The sentences were written for these tests (project's own text), in the manner of the dev
articles tests/data/written_dev/en_analysis_water.txt and fr_analyse_nucleaire.txt.
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Pour le président d'EDF, Luc Rémont, la filière a « tiré les leçons » de ces échecs.",
            "le président d'EDF, Luc Rémont",
            "la filière a « tiré les leçons » de ces échecs",
        ),
        ("Pour le maire, la filière a « tiré les leçons » de ces échecs.", "le maire", None),
    ],
)
def test_a_view_whose_clause_holds_a_quotation(text, speaker, content):
    expected = {"speaker": speaker, "content": content or text[len("Pour le maire, ") : -1]}
    _reads(text, "fr", "Pour", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Pour la ville, c'est une bonne nouvelle.",  # whom it serves, perhaps: no quotation, no view
        "Pour la première fois, « Le Monde » publie une enquête.",
    ],
)
def test_pour_without_a_view_suggests_nothing(text):
    assert suggest(text, "fr") == []


def test_a_place_then_a_clause_before_the_inverted_speaker_is_what_was_said():
    text = (
        "À Flamanville, l'EPR a été mis en service avec douze ans de retard, a rappelé la Cour des comptes "
        "dans un rapport publié en janvier."
    )
    _reads(
        text,
        "fr",
        "rappelé",
        {
            "speaker": "la Cour des comptes",
            "content": "À Flamanville, l'EPR a été mis en service avec douze ans de retard",
        },
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But one chief executive, who spoke on condition of anonymity, told me the regulator would fail.",
            "one chief executive",
        ),
        ("Yet one official, who asked not to be named, said the talks had stalled.", "one official"),
        ("However, the minister, who was in Paris, said the talks had stalled.", "the minister"),
    ],
)
def test_a_connective_before_a_speaker_and_its_relative_clause(text, speaker):
    _reads(text, "en", "told" if " told " in text else "said", {"speaker": speaker})


@pytest.mark.parametrize(
    ("text", "language", "cue", "content"),
    [
        (
            "Le préfet nous a promis un fonds d'urgence, mais personne ne sait quand l'argent arrivera.",
            "fr",
            "promis",
            "un fonds d'urgence",
        ),
        (
            "The minister announced new funding, but nobody knows when it will arrive.",
            "en",
            "announced",
            "new funding",
        ),
    ],
)
def test_a_new_clause_after_a_noun_phrase_content_is_no_part_of_it(text, language, cue, content):
    _reads(text, language, cue, {"content": content})


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Critics, however, say the plan is flawed.", "Critics"),
        ("Landlords, for their part, argue that the reform will fail.", "Landlords"),
        ("Officials, meanwhile, say the plan is flawed.", "Officials"),
    ],
)
def test_an_aside_between_a_subject_and_its_verb(text, speaker):
    (found,) = suggest(text, "en")
    assert found.texts(text)["speaker"] == speaker


def test_as_the_speaker_put_it_while_doing_something():
    text = "But as Daniel put it while taping the last box shut: \"They're not selling. They're just selling me.\""
    _reads(
        text, "en", "put it", {"speaker": "Daniel", "content": "They're not selling. They're just selling me"}
    )
