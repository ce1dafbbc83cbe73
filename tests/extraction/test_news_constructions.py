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
    ],
)
def test_look_alikes_are_not_attributions(text, language):
    assert suggest(text, language) == []


def test_a_pronoun_refers_to_a_person_named_by_surname_as_the_subject_before_it():
    text = (
        "NATO chief Mark Rutte said Europe must step up its support, praising Volodymyr Zelenskiy. "
        "Zelenskiy, in his nightly video address, accused Moscow of using talks as cover. "
        "“They talk about peace but they keep killing our people,” he said."
    )
    pronoun = next(s for s in suggest(text, "en") if s.texts(text)["speaker"] == "he")
    assert pronoun.texts(text)["speaker_name"] == "Zelenskiy"
    # A surname nobody was named in full with stays a word: the last named speaker is kept.
    other = text.replace("praising Volodymyr Zelenskiy", "praising the president")
    pronoun = next(s for s in suggest(other, "en") if s.texts(other)["speaker"] == "he")
    assert pronoun.texts(other)["speaker_name"] == "NATO chief Mark Rutte"
