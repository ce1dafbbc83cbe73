"""Speakers named by what they are, then by name, and participles that report nothing.

The sentences were written for these tests (project's own text).
"""

import pytest

from claimtracker.extraction.attributions import suggest
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


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # "tenu à" before the verb that reports
            "« On nous répond qu'il n'y a pas de candidats », a tenu à rappeler une principale de collège.",
            "tenu à rappeler",
            {
                "speaker": "une principale de collège",
                "content": "On nous répond qu'il n'y a pas de candidats",
            },
        ),
        (
            "Le maire n'a pas manqué de souligner que la ville avait investi.",
            "pas manqué de souligner",
            {"speaker": "Le maire", "content": "la ville avait investi"},
        ),
        ("On nous répond qu'il n'y a pas de candidats.", "répond", {"speaker": "On"}),
        (  # the words quoted inside the clause are the speaker's: the clause is what was said
            "La direction « regrette vivement cet incident » et « coopère pleinement avec les autorités », "
            "indique un communiqué de l'entreprise.",
            "indique",
            {
                "speaker": "un communiqué de l'entreprise",
                "content": "La direction « regrette vivement cet incident » et « coopère pleinement avec les "
                "autorités »",
            },
        ),
    ],
)
def test_french_verb_groups_and_mixed_quotations(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Every time I call, they tell me everything is fine.",
            "tell",
            {"speaker": "they", "content": "everything is fine"},
        ),
        (
            "Gulfline is quoted in its latest annual report as saying that its network is safe.",
            "saying",
            {"speaker": "Gulfline", "intermediary": None},
        ),
        (
            "The minister is quoted in the Guardian as saying that talks would resume.",
            "saying",
            {"speaker": "The minister", "intermediary": "the Guardian"},
        ),
    ],
)
def test_english_told_me_and_quoted_in(text, cue, expected):
    _reads(text, "en", cue, expected)


def test_told_someone_to_act_is_no_claim():
    assert suggest("He told the children to leave.", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # the speaker's next act of speech ends what they said
            'Senate Majority Leader John Thune said he was "running out of ideas" and urged Democrats to act.',
            "en",
            "said",
            {"content": 'he was "running out of ideas"'},
        ),
        (
            "She said he was tired and wanted to go home.",
            "en",
            "said",
            {"content": "he was tired and wanted to go home"},
        ),
        (
            "Le ministre a affirmé que le plan était solide et a appelé les syndicats au calme.",
            "fr",
            "affirmé",
            {"content": "le plan était solide"},
        ),
        (  # a relative clause after the inverted speaker may hold a quotation
            "La famine s'étend à dix zones du Soudan, a alerté lundi le Programme alimentaire mondial, qui "
            "réclame un accès « immédiat et sans entrave ».",
            "fr",
            "alerté",
            {
                "speaker": "le Programme alimentaire mondial",
                "content": "La famine s'étend à dix zones du Soudan",
            },
        ),
        (  # a complaint in quotation marks right after the verb
            "Son homologue, Charles Ollivon, a regretté « trop d'erreurs dans les moments clés ».",
            "fr",
            "regretté",
            {"content": "trop d'erreurs dans les moments clés"},
        ),
    ],
)
def test_where_a_content_ends_and_quoted_complaints(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_a_regret_with_que_is_a_feeling():
    assert suggest("Le maire regrette que la ville n'ait pas été consultée.", "fr") == []


@pytest.mark.parametrize(
    ("text", "language", "speaker", "content"),
    [
        ("What do you say to those who claim that the tax is unfair?", "en", "those", "the tax is unfair"),
        (
            "Que répondez-vous à ceux qui disent que regrouper les écoles est plus efficace ?",
            "fr",
            "ceux",
            "regrouper les écoles est plus efficace",
        ),
    ],
)
def test_a_question_may_quote_those_who_claim(text, language, speaker, content):
    found = [s.texts(text) for s in suggest(text, language)]
    assert [(f["speaker"], f["content"]) for f in found] == [(speaker, content)]


def test_a_clause_about_what_something_tells_is_no_speaker():
    text = "Wikinews spoke with Dr. Martina Keller about what the ice is telling scientists."
    assert suggest(text, "en") == []


def test_according_to_inside_a_relative_clause_reports_the_clause_after_it():
    text = (
        "They kept turning away boats of migrants which, according to AFP, the United Nations and the "
        "United States have both criticised."
    )
    _reads(
        text,
        "en",
        "according to",
        {"speaker": "AFP", "content": "the United Nations and the United States have both criticised"},
    )


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # whom they told, then a clause with no "that"; the writer's "when in fact" is no part of it
            "The company had told customers their deposits were held in reserve, when in fact most had been lent.",
            "en",
            "told",
            {"content": "their deposits were held in reserve", "intermediary": None},
        ),
        (
            "Un rapport de 2019 avait pourtant alerté sur « un risque sérieux d'incendie ».",
            "fr",
            "alerté",
            {"speaker": "Un rapport de 2019", "content": "« un risque sérieux d'incendie »"},
        ),
    ],
)
def test_told_customers_a_clause_and_warned_about_a_danger(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_alerting_someone_claims_nothing():
    assert suggest("Le préfet a alerté les élus.", "fr") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La réforme sera présentée en juin, explique-t-on dans l'entourage du ministre.",
            "l'entourage du ministre",
        ),
        (
            "Le texte devrait être voté avant l'été, assure-t-on au ministère de l'Économie.",
            "ministère de l'Économie",
        ),
        ("« Nous n'avons pas été consultés », déplore-t-on du côté des syndicats.", "des syndicats"),
    ],
)
def test_on_is_the_people_of_the_place_named_after_it(text, speaker):
    found = [s.texts(text) for s in suggest(text, "fr")]
    assert [f["speaker"] for f in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (  # a report before the subject of another, with no "that"
            "The senator said Trump had told him that the tariffs were temporary.",
            "told",
            "Trump",
            "the tariffs were temporary",
        ),
        (
            "His comments came after the governor said the state would sue.",
            "said",
            "the governor",
            "the state would sue",
        ),
        (  # a relative clause's report ends where the main clause's verb starts
            "The man who said he saw the crash told reporters that the car was speeding.",
            "said",
            "The man",
            "he saw the crash",
        ),
    ],
)
def test_reports_inside_subjects_and_clauses(text, cue, speaker, content):
    _reads(text, "en", cue, {"speaker": speaker, "content": content})


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The spokesman said there were "no plans" to change the policy, but would not rule it out.',
            'there were "no plans" to change the policy',
        ),
        (
            'A government source insisted the talks were "on track", despite reports to the contrary.',
            'the talks were "on track"',
        ),
    ],
)
def test_the_speaker_s_next_act_and_the_writer_s_contrast_end_a_content(text, content):
    assert [s.texts(text)["content"] for s in suggest(text, "en")] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The spokeswoman would not confirm reports that the minister had resigned.",
        "Despite reports of a deal, talks stalled.",
    ],
)
def test_reports_after_a_verb_or_a_preposition_are_a_noun(text):
    assert suggest(text, "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My husband says I'm mad.", [("says", "My husband", "I'm mad")]),  # a short clause
        (
            'My first officer said to me, "We have forty minutes," and I said, "Then we use them."',
            [("said", "My first officer", "We have forty minutes"), ("said", "I", "Then we use them")],
        ),
        ("But I would say to them: we are not your enemy.", [("say", "I", "we are not your enemy")]),
        (
            "What I tell young officers now is that silence frightens people more than bad news.",
            [("tell", "I", "silence frightens people more than bad news")],
        ),
        (
            "Last year our council told head teachers that there was no money.",
            [("told", "our council", "there was no money")],
        ),
        (
            "One boy told me, \"Miss, if they don't buy books, it means they don't care.\"",
            [("told", "One boy", "Miss, if they don't buy books, it means they don't care")],
        ),
        (
            'A patient\'s daughter said to me one night, "Somebody has to say something."',
            [("said", "A patient's daughter", "Somebody has to say something")],
        ),
        (  # someone heard speaking, and their next act after the quoted words
            'I have heard ministers say libraries are "vital" and then cut the budget.',
            [("say", "ministers", 'libraries are "vital"')],
        ),
        ("I heard him say that the plan was dead.", [("say", "him", "the plan was dead")]),
        ("The union has said the same thing in its report.", []),  # no claim of its own
        (  # a plural with its contact relative clause
            "Doctors we spoke to say the ward is full.",
            [("say", "Doctors we spoke to", "the ward is full")],
        ),
        (
            "My grandson told everyone at school that his grandfather had found a star.",
            [("told", "My grandson", "his grandfather had found a star")],
        ),
        (  # the day after a bare object says when, not what
            "The Minor Planet Center announced the discovery on March 3.",
            [("announced", "The Minor Planet Center", "the discovery")],
        ),
        (  # a report's noun before its verb in -s
            "The province's own housing report states that one in ten new units rents below market.",
            [("states", "The province's own housing report", "one in ten new units rents below market")],
        ),
        (
            "What I would say to the critics is: look at what doing nothing costs.",
            [("say", "I", "look at what doing nothing costs")],
        ),
        ("He would not confirm reports that the talks had failed.", []),
        (  # the narrator's remark on what they report
            "Jonathan Blow posted on social media that he had played it twice, which I still can't believe.",
            [("posted", "Jonathan Blow", "he had played it twice")],
        ),
        (  # but a clause keeps its day
            "County officials said a free clinic would open on Saturday.",
            [("said", "County officials", "a free clinic would open on Saturday")],
        ),
        (  # a remark on the quoted words is no part of what was said
            'One of them said that Ukrainian honey is "the best in Europe", which is nice, but he wants less.',
            [("said", "One of them", 'Ukrainian honey is "the best in Europe"')],
        ),
    ],
)
def test_what_an_interviewee_reports(text, expected):
    found = sorted(suggest(text, "en"), key=lambda s: s.cue.start)
    assert [
        (s.texts(text)["cue"], s.texts(text)["speaker"], s.texts(text)["content"]) for s in found
    ] == expected
