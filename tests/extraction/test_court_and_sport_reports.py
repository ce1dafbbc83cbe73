"""Court, sport and business reports: a quotation inside what was said, an act of reporting that
claims nothing new, and the relays those pages use.

The sentences were written for these tests (project's own text), in the manner of the dev
articles tests/data/written_dev/en_dt_trial.txt, en_dt_football.txt and en_relay_tech.txt.
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _found


def test_a_quotation_inside_what_was_said_stays_in_it_and_a_when_clause_names_no_speaker():
    text = (
        "In a statement read to the court, a former carer said she had been told to "
        '"stop making a fuss" when she reported the problems.'
    )
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["said"]
    assert (
        _found(text, "en", "said")["content"]
        == 'she had been told to "stop making a fuss" when she reported the problems'
    )


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("He reported the incident to police.", None),
        ("Residents reported the smell to the council.", None),
        ("Workers had reported cracks in the tunnel weeks before the collapse.", "cracks in the tunnel"),
        ("Hospitals reported a sharp rise in admissions.", "a sharp rise in admissions"),
    ],
)
def test_reporting_what_the_text_already_named_claims_nothing_new(text, claimed):
    contents = [s.texts(text)["content"] for s in suggest(text, "en")]
    if claimed is None:
        assert contents == []
    else:
        assert len(contents) == 1 and contents[0].startswith(claimed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45% of Americans blamed Republicans and 39% blamed Democrats.", []),  # whom, not what for
        ("The minister blamed the opposition for the delay.", [("blamed", "the opposition for the delay")]),
        (  # the writer's comment on what was said, and its relative clause's verb, are no attribution
            "The budget office warned in a memo seen by Reuters that some workers might not receive back pay, "
            "a reading of the law that several legal experts disputed.",
            [("warned", "some workers might not receive back pay")],
        ),
        ("The plan will fail, the engineer that designed it warned.", [("warned", "The plan will fail")]),
    ],
)
def test_blames_memos_and_relative_clauses(text, expected):
    assert [(s.texts(text)["cue"], s.texts(text)["content"]) for s in suggest(text, "en")] == expected


def test_a_memo_seen_by_an_outlet_names_the_outlet():
    text = "The firm said in a letter seen by the Financial Times that it would cut jobs."
    assert _found(text, "en", "said")["intermediary"] == "the Financial Times"


def test_a_relative_pronoun_before_a_noun_like_french_verb():
    text = "Le texte a été critiqué par le Haut Conseil, qui estime dans son avis que les hypothèses sont fragiles."
    assert _found(text, "fr", "estime")["content"] == "les hypothèses sont fragiles"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # a report in the passive: the agent speaks
            "Our brigade was told by the incident control centre that water bombers were on their way.",
            "the incident control centre",
            "water bombers were on their way",
        ),
        ("Residents were warned by police that the river could burst its banks.", "police", None),
        (  # a clause, then "and" and the speaker's noun phrase
            "The wind changed around two in the morning and our captain told us we had ten minutes to leave.",
            "our captain",
            "we had ten minutes to leave",
        ),
    ],
)
def test_a_passive_agent_and_a_speaker_after_a_clause(text, speaker, content):
    found = _found(text, "en", "told" if " told " in text else "warned")
    assert found["speaker"] == speaker
    assert content is None or found["content"] == content


@pytest.mark.parametrize(
    "text",
    [
        "He was told by phone that he would be sacked.",  # how, not who
        "The newly elected mayor and his deputy said the plan was dead.",
    ],
)
def test_no_agent_by_phone_and_an_adjective_in_ed_is_no_clause(text):
    found = suggest(text, "en")
    assert [s.texts(text)["speaker"] for s in found] == (
        [] if "phone" in text else ["The newly elected mayor and his deputy"]
    )


def test_what_happened_next_told_as_a_fact_is_no_part_of_what_was_said():
    text = "Our brigade was told by the centre that water bombers were on their way, and they didn't come for four hours."
    assert _found(text, "en", "told")["content"] == "water bombers were on their way"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "A Gold Coast swimmer has told how she punched a bull shark in the face.",
            "told",
            {"speaker": "A Gold Coast swimmer", "content": "how she punched a bull shark in the face"},
        ),
        (  # where the speaker spoke from, then when, then what
            'Kate Lomax told the Courier-Mail from her hospital bed on Wednesday that she "just kept hitting it".',
            "told",
            {
                "intermediary": "the Courier-Mail",
                "content": 'she "just kept hitting it"',
                "day": "2024-09-18",
            },
        ),
    ],
)
def test_an_account_told_and_where_it_was_told_from(text, cue, expected):
    assert {key: _found(text, "en", cue)[key] for key in expected} == expected


def test_telling_someone_how_to_do_something_claims_nothing():
    assert suggest("I told him how to get there.", "en") == []


def test_a_figure_reported_with_its_day_and_the_writer_s_explanation():
    text = (
        "Unilever reported better-than-expected second-quarter sales on Thursday, helped by strong demand "
        "for its Dove soap in emerging markets."
    )
    found = _found(text, "en", "reported")
    assert (found["content"], found["day"]) == ("better-than-expected second-quarter sales", "2024-09-19")


def test_a_comparison_holding_a_relative_verb_names_no_speaker():
    text = "Sales rose 3.8%, the company said, ahead of the 3.2% analysts had forecast."
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["said"]


def test_a_relay_after_the_speaker_s_time_of_leaving():
    text = "« On juge un homme sur des rumeurs », a-t-il déclaré à la sortie de l'audience à nos confrères de France 3 Alpes."
    assert _found(text, "fr", "déclaré")["intermediary"] == "France 3 Alpes"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (  # a participle reporting a clause with no "that", after a dateline with no outlet
            "LOS ANGELES — Six former drivers have sued QuickCart, alleging the company misclassified them.",
            "Six former drivers",
            "the company misclassified them",
        ),
        ("He resigned, claiming he had been forced out.", "He", "he had been forced out"),
    ],
)
def test_a_participle_reporting_a_clause_with_no_that(text, speaker, content):
    (found,) = suggest(text, "en")
    assert (found.texts(text)["speaker"], found.texts(text)["content"]) == (speaker, content)


def test_a_warning_that_is_a_noun_reports_nothing():
    text = "The Met Office said on Thursday that the amber warning would stay in place until Saturday."
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["said"]


@pytest.mark.parametrize(
    ("text", "language", "cue", "speaker", "content"),
    [
        (
            "La réforme a été jugée « injuste » par les syndicats.",
            "fr",
            "jugée",
            "les syndicats",
            "« injuste »",
        ),
        (
            "Une prévision jugée « optimiste » par le Haut Conseil des finances publiques.",
            "fr",
            "jugée",
            "le Haut Conseil des finances publiques",
            "« optimiste »",
        ),
        (
            'The plan was described as "reckless" by the opposition.',
            "en",
            "described",
            "the opposition",
            '"reckless"',
        ),
        ('The plan, called "a disaster" by critics, was dropped.', "en", "called", "critics", '"a disaster"'),
    ],
)
def test_a_judgement_in_the_passive_is_its_agent_s(text, language, cue, speaker, content):
    found = _found(text, language, cue)
    assert (found["speaker"], found["content"]) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Il a été jugé par le tribunal de Lyon.", "fr"), ("He was called to the bar in 1990.", "en")],
)
def test_a_passive_with_no_quoted_judgement_claims_nothing(text, language):
    assert suggest(text, language) == []
