"""Shapes met in real news pages, briefings and transcripts read on this machine (never copied
here): each case is a sentence written for these tests (project's own text) of the same shape as
the one misread."""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # "I" before a contracted auxiliary is the speaker of "as I've said"
            "“As I've said for the third time, there's nothing to add to that,” the spokesman replied.",
            "en",
            "said",
            {"speaker": "I", "content": "there's nothing to add to that"},
        ),
        (  # a day between the subject and its first verb is no part of the speaker of the second
            "The Secretary-General today presented the budget to the Assembly, and told them that it "
            "represents real growth.",
            "en",
            "told",
            {"speaker": "The Secretary-General", "content": "it represents real growth"},
        ),
        (
            "The company on Monday posted a loss but said sales would recover.",
            "en",
            "said",
            {"speaker": "The company", "content": "sales would recover"},
        ),
        (
            "Le ministre hier a présenté le budget et a affirmé que la croissance reviendrait.",
            "fr",
            "affirmé",
            {"speaker": "Le ministre", "content": "la croissance reviendrait"},
        ),
        (  # guard: a day named before the noun belongs to it
            "The Monday meeting ended early and the minister said talks would resume.",
            "en",
            "said",
            {"speaker": "the minister"},
        ),
    ],
)
def test_speakers_of_briefings(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a demonstrative names the speaker after the verb
            "Le juge a ordonné vendredi son transfert à Paris, a précisé cette source.",
            "fr",
            "précisé",
            {"speaker": "cette source", "content": "Le juge a ordonné vendredi son transfert à Paris"},
        ),
        (
            "Le suspect a été remis en liberté, a indiqué ce dernier.",
            "fr",
            "indiqué",
            {"speaker": "ce dernier", "content": "Le suspect a été remis en liberté"},
        ),
        (
            "Le suspect a été remis en liberté, a indiqué cette même source, citée par Le Monde.",
            "fr",
            "indiqué",
            {"speaker": "cette même source", "intermediary": "Le Monde"},
        ),
        (  # guard: a time after the demonstrative, then the speaker
            "Le suspect a été remis en liberté, a indiqué ce lundi le parquet.",
            "fr",
            "indiqué",
            {"speaker": "le parquet", "content": "Le suspect a été remis en liberté"},
        ),
        (  # a French pronoun never stands for a named speaker of the other gender
            "Les faits sont graves, a déclaré le procureur Paul Martin. Le juge a ordonné son transfert, "
            "a précisé une source judiciaire. La garde à vue a été levée, a-t-elle ajouté.",
            "fr",
            "ajouté",
            {"speaker": "elle", "speaker_name": None},
        ),
        (  # guard: the same gender links
            "Les faits sont graves, a déclaré la procureure Anne Martin. La garde à vue a été levée, "
            "a-t-elle ajouté.",
            "fr",
            "ajouté",
            {"speaker": "elle", "speaker_name": "la procureure Anne Martin"},
        ),
    ],
)
def test_sources_named_by_a_demonstrative(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # the speaker's refusal after a quotation closed by its comma is no part of what was said
            'The chief said the weapon was a "long gun," but he did not elaborate.',
            "en",
            "said",
            {"speaker": "The chief", "content": 'the weapon was a "long gun,"'},
        ),
        (  # guard: the sentence's own contrast inside the quotation stays
            "“It was a long gun, but he did not fire it,” the chief said.",
            "en",
            "said",
            {"content": "It was a long gun, but he did not fire it"},
        ),
    ],
)
def test_what_the_speaker_would_not_say(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_a_name_and_its_apposition_with_a_relative_are_the_subject():
    text = "Phil Davis, a crime reporter who was in the newsroom, recounted the attack on social media."
    assert not any(s.texts(text)["content"].startswith("Phil Davis") for s in suggest(text, "en"))


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # the subject's next report, with the subject again, ends the first
            "Syria has said that it has sealed its border and it's told the United States that it "
            "turned back hundreds of people.",
            "en",
            "said",
            {"speaker": "Syria", "content": "it has sealed its border"},
        ),
        (
            "The minister said the plan was dead and he has told parliament so.",
            "en",
            "said",
            {"content": "the plan was dead"},
        ),
    ],
)
def test_a_second_report_of_the_same_subject(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The judge denied him bail on Friday.",
        "The border guards denied access to the journalists.",
        "Officials have denied visas to the delegation.",
    ],
)
def test_a_right_refused_is_no_denial(text):
    assert [s for s in suggest(text, "en") if text[s.cue.start : s.cue.end] == "denied"] == []


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # an abbreviated month is a day, not a channel the words went out on
            "The agency said on Sept. 12 that the vaccine was effective.",
            "en",
            "said",
            {"speaker": "The agency", "intermediary": None, "day": "2024-09-12"},
        ),
        (
            "The agency said on Dec. 3 that the vaccine was effective.",
            "en",
            "said",
            {"intermediary": None, "day": "2023-12-03"},
        ),
        (  # guard: a show on the air still relays
            "The senator said on Fox News Sunday that the bill was dead.",
            "en",
            "said",
            {"intermediary": "Fox News Sunday"},
        ),
        (  # a past weekday opening the sentence with no comma is no part of the speaker
            "Last Friday the minister said the plan was dead.",
            "en",
            "said",
            {"speaker": "the minister", "day": "2024-09-13"},
        ),
        (  # nor a weekday and its part of the day between the subject and its verb
            "The company on Wednesday night said the recall was voluntary.",
            "en",
            "said",
            {"speaker": "The company", "day": "2024-09-18"},
        ),
        (  # a document and its sender with no "that": the day is the document's
            "The recall is voluntary, according to a statement the company issued Wednesday.",
            "en",
            "according to",
            {"speaker": "a statement the company issued", "day": "2024-09-18"},
        ),
    ],
)
def test_days_of_briefings(text, language, cue, expected):
    _reads(text, language, cue, expected)
