"""Relays and citations around a report in real news ("…, per a White House pool report", "The
report, citing unnamed "senior officials," said …"), read on this machine (never copied here): each
case is a sentence written for these tests (project's own text) of the same shape as the one misread."""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import THURSDAY, _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # "per" after the speaker's verb names who passed the words on
            '"Apart from press accounts, we know nothing," Lopez said in a statement, per a White House pool '
            "report.",
            "en",
            "said",
            {
                "speaker": "Lopez",
                "content": "Apart from press accounts, we know nothing",
                "intermediary": "a White House pool report",
            },
        ),
        (
            "The senator told colleagues the bill was dead, per Politico.",
            "en",
            "told",
            {"speaker": "The senator", "content": "the bill was dead", "intermediary": "Politico"},
        ),
        (
            '"We know nothing," Lopez said on Monday, per Reuters.',
            "en",
            "said",
            {"content": "We know nothing", "intermediary": "Reuters", "day": "2024-09-16"},
        ),
        (  # the sourcing in quotation marks: the outlet passes on what they told it
            'The report, citing unnamed "senior officials," said the plan had been shelved.',
            "en",
            "citing",
            {"content": "the plan had been shelved", "intermediary": "The report"},
        ),
        (
            'The newspaper, quoting "people familiar with the matter," said the deal was close.',
            "en",
            "quoting",
            {
                "speaker": "people familiar with the matter",
                "content": "the deal was close",
                "intermediary": "The newspaper",
            },
        ),
        (  # an event between the verb and a clause with no "that": when, not what
            "She told reporters after the meeting the deal was done.",
            "en",
            "told",
            {"content": "the deal was done", "intermediary": "reporters"},
        ),
        (
            "The official said during the talks it would not move.",
            "en",
            "said",
            {"content": "it would not move"},
        ),
        (  # a clause saying when, between whom and "that"
            "He told police when he was arrested that he had been at home.",
            "en",
            "told",
            {"speaker": "He", "content": "he had been at home", "intermediary": "police"},
        ),
        (
            "She said after she was released that she had been beaten.",
            "en",
            "said",
            {"content": "she had been beaten"},
        ),
        (  # the outlet passes on the words of the source it names
            "Le Parisien rapporte les propos d'un enquêteur, qui affirme que le suspect était connu des services.",
            "fr",
            "affirme",
            {
                "speaker": "un enquêteur",
                "content": "le suspect était connu des services",
                "intermediary": "Le Parisien",
            },
        ),
        (
            "Une dépêche AFP rapporte des propos d'une source proche du dossier, qui explique que le suspect était "
            "connu.",
            "fr",
            "explique",
            {"speaker": "une source proche du dossier", "intermediary": "Une dépêche AFP"},
        ),
        (  # the words the outlet printed: no platform
            "In a statement posted on Mashable, the company said bent phones were rare.",
            "en",
            "said",
            {"speaker": "the company", "intermediary": "Mashable"},
        ),
        (
            "In a statement posted on Facebook, the company said bent phones were rare.",
            "en",
            "said",
            {"speaker": "the company", "intermediary": None},
        ),
        (  # a story is no telling: what follows is what was told
            "A spokesperson told us the story is not true.",
            "en",
            "told",
            {"speaker": "A spokesperson", "content": "the story is not true"},
        ),
        (  # the published story reports, not the sentence's subject
            "The statement comes in response to a story published by Android Police late last night, reporting "
            'that the carrier has "no intention" of selling future phones.',
            "en",
            "reporting",
            {"speaker": "a story published by Android Police"},
        ),
        (
            "The ministry responded to a report published by the Guardian on Monday, saying it was false.",
            "en",
            "saying",
            {"speaker": "The ministry", "content": "it was false"},
        ),
        (  # a view given to a channel, named in the aside
            "Pour la ministre du Commerce, interrogée sur CNews, « la meilleure recette, c'est de ne pas y penser ».",
            "fr",
            "Pour",
            {"speaker": "la ministre du Commerce", "intermediary": "CNews"},
        ),
        (
            "Pour Jean Dupont, chercheur à l'Ifri, « la guerre va durer longtemps ».",
            "fr",
            "Pour",
            {"speaker": "Jean Dupont", "intermediary": None},
        ),
    ],
)
def test_a_relay_or_a_citation_is_read(text: str, language: str, cue: str, expected: dict) -> None:
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"We know nothing," Lopez said, per a pool report.', "en"),
        ("Lopez said the talks had failed, per Reuters.", "en"),
        ('The report, citing unnamed "senior officials," said the plan had been shelved.', "en"),
        (  # what he told police is the quotation; "before he was shot" says when
            '"Sir, there is no need for guns," Kinney said he told police before he was shot, according to '
            "the station.",
            "en",
        ),
    ],
)
def test_one_report_is_one_attribution(text: str, language: str) -> None:
    assert len(suggest(text, language, THURSDAY)) == 1, [
        s.texts(text) for s in suggest(text, language, THURSDAY)
    ]


def test_per_a_term_of_an_agreement_relays_nothing() -> None:
    text = "Lopez said the troops would withdraw, per the agreement."
    said = [s for s in suggest(text, "en", THURSDAY) if text[s.cue.start : s.cue.end] == "said"]
    assert [s.texts(text)["intermediary"] for s in said] == [None]


def test_a_quotation_reported_by_a_second_speaker_keeps_its_own_speaker() -> None:
    text = 'Before he was shot, the gunman said, "I am the king and I am here to take over," Dreyer said.'
    found = {s.texts(text)["speaker"]: s.texts(text)["content"] for s in suggest(text, "en", THURSDAY)}
    assert found == {
        "the gunman": "I am the king and I am here to take over",
        # Dreyer reports the gunman's saying, the whole clause
        "Dreyer": 'Before he was shot, the gunman said, "I am the king and I am here to take over,"',
    }


@pytest.mark.parametrize(
    "text",
    [
        "Le parquet a ouvert une enquête, révélée par Mediapart et confirmée ce jeudi à l'AFP par une source "
        "judiciaire.",
        "Une enquête a été ouverte, conduisant à une perquisition confirmée jeudi par une source judiciaire.",
    ],
)
def test_a_french_participle_that_agrees_reports_nothing_itself(text: str) -> None:
    cues = [text[s.cue.start : s.cue.end] for s in suggest(text, "fr", THURSDAY)]
    assert "confirmée" not in cues


def test_he_and_his_verb_name_no_one_before_the_outlet() -> None:
    text = (
        "Her deputy, Tom Reed, disagreed. He told the Evening Post the council had wasted millions.\n\n"
        '"They have had years to fix this," he said.'
    )
    names = [s.texts(text)["speaker_name"] for s in suggest(text, "en", THURSDAY)]
    assert names == ["Tom Reed", "Tom Reed"]  # not "Evening Post", the outlet told


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The association said it had warned ministers repeatedly.", ["it had warned ministers repeatedly"]),
        ("He warned residents to stay indoors.", []),  # an order, no claim
        ("The agency warned of a crisis.", ["a crisis"]),
        ("The bank warned the economy could shrink.", ["the economy could shrink"]),
    ],
)
def test_warning_someone_is_no_claim_without_what(text: str, claims: list[str]) -> None:
    assert [s.texts(text)["content"] for s in suggest(text, "en", THURSDAY)] == claims


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # a view by a possessive noun phrase, then the name
            "Pour son chef de file, Paul Durand, la ville « aurait dû anticiper ».",
            "son chef de file, Paul Durand",
            "la ville « aurait dû anticiper »",
        ),
        ("Pour ses proches, le départ du ministre était « inévitable ».", "ses proches", None),
    ],
)
def test_a_view_by_a_possessive_noun_phrase(text: str, speaker: str, content: str | None) -> None:
    [found] = suggest(text, "fr", THURSDAY)
    assert found.texts(text)["speaker"] == speaker
    assert content is None or found.texts(text)["content"] == content


@pytest.mark.parametrize(
    "text",
    [
        "Pour sa part, la ville « aurait dû anticiper ».",  # whose part, no view
        "Aucun ministre n'a confirmé cette information.",  # no one said it
        "Personne n'a dit que le plan était abandonné.",
    ],
)
def test_no_view_and_no_speaker(text: str) -> None:
    assert suggest(text, "fr", THURSDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nobody has confirmed the report.",
        "No official has confirmed that the talks failed.",
        "None of the ministers said the plan was dead.",
        "Neither side has confirmed the deal.",
    ],
)
def test_no_one_as_the_subject_claims_nothing(text: str) -> None:
    assert suggest(text, "en", THURSDAY) == []


def test_number_10_is_someone() -> None:
    text = "No 10 said the prime minister had full confidence in her."
    assert [s.texts(text)["speaker"] for s in suggest(text, "en", THURSDAY)] == ["No 10"]


def test_nothing_as_a_subject_is_no_speaker() -> None:
    text = "Pour son avocat, « rien ne justifie cette détention »."
    assert [s.texts(text)["speaker"] for s in suggest(text, "fr", THURSDAY)] == ["son avocat"]
