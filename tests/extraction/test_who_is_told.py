"""Whom "told" names: a medium that passes the words on, or a person who only hears them. A bare
name reads as a medium ("told Reuters") unless the article calls it a person elsewhere.

The sentences were written for these tests (project's own text).
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


@pytest.mark.parametrize(
    ("text", "language", "cue"),
    [
        (  # a surname the article gave a first name
            "Joe Biden met Benjamin Netanyahu in Jerusalem on Monday. Biden told Netanyahu that the strikes "
            "must stop.",
            "en",
            "told",
        ),
        (  # a surname the article gave a title
            "Mr Netanyahu met the envoy. The envoy told Netanyahu that Washington's patience was wearing thin.",
            "en",
            "told",
        ),
        (  # a full name whose surname speaks elsewhere
            "The envoy told Benjamin Netanyahu that the strikes must stop. Netanyahu replied with silence.",
            "en",
            "told",
        ),
        (
            "Le chancelier Olaf Scholz était à Paris lundi. Il a dit à Macron que l'accord était proche. "
            "Emmanuel Macron n'a rien répondu.",
            "fr",
            "dit",
        ),
    ],
)
def test_a_name_the_article_calls_a_person_hears_the_words(text, language, cue):
    _reads(text, language, cue, {"intermediary": None})


@pytest.mark.parametrize(
    ("text", "intermediary"),
    [
        (  # a sentence that opens on a word is no first name
            "When Reuters asked, the ministry declined to comment. Later an aide told Reuters the deal was dead.",
            "Reuters",
        ),
        (  # a longer organisation's name is no first name and surname
            "An aide told Reuters the deal was dead.\n\nOur Standards: The Thomson Reuters Trust Principles.",
            "Reuters",
        ),
        (  # an outlet that reports elsewhere is still an outlet
            "Bloomberg reported the talks first. An aide told Bloomberg that the deal was dead.",
            "Bloomberg",
        ),
        ("The aide told Al Jazeera that the deal was dead. Jazeera is Arabic for island.", "Al Jazeera"),
        # what it is, then its name
        (
            "Meloni told the Italian broadcaster RAI on Thursday that Rome wanted fairness.",
            "the Italian broadcaster RAI",
        ),
        ("He told the BBC the paper was wrong.", "the BBC"),
    ],
)
def test_an_outlet_stays_an_outlet(text, intermediary):
    _reads(text, "en", "told", {"intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        ("Mr Kean told 2GB on Monday night the dispute should have been settled.", "told", "2GB"),
        (  # the time after the station is when, not part of its name
            "Speaking to ABC Radio Sydney this morning, Mr Park said the offer was fair.",
            "said",
            "ABC Radio Sydney",
        ),
    ],
)
def test_stations_by_their_call_signs_and_without_the_time(text, cue, intermediary):
    _reads(text, "en", cue, {"intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        ('"It\'s a tragedy," the mayor told CBS affiliate WBZ-TV.', "told", "CBS affiliate WBZ-TV"),
        (
            "Trump, speaking to reporters aboard Air Force One, said he would decide soon.",
            "said",
            "reporters",
        ),
    ],
)
def test_a_station_by_its_network_and_the_press_spoken_to(text, cue, intermediary):
    _reads(text, "en", cue, {"intermediary": intermediary})


def test_citing_a_reason_to_say_nothing_is_no_attribution():
    text = (
        "A spokeswoman for the Department of Justice declined to comment, citing the ongoing investigation."
    )
    assert suggest(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language", "cue", "intermediary"),
    [
        ("I told Sarah that the plan was dead.", "en", "told", None),  # a narrator tells a person
        ("J'ai dit à Paul que le projet était abandonné.", "fr", "dit", None),
        ("We told Reuters that the plan was dead.", "en", "told", "Reuters"),  # a medium known by one word
        ("I told CNN that the plan was dead.", "en", "told", "CNN"),
    ],
)
def test_whom_a_narrator_tells(text, language, cue, intermediary):
    _reads(text, language, cue, {"intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "In remarks to the Financial Times published on Wednesday, the economist said the market was cooling.",
            "en",
            "said",
            {"intermediary": "the Financial Times"},
        ),
        (
            "In the letter, seen by the Guardian, he said households had paid the price.",
            "en",
            "said",
            {"speaker": "he", "intermediary": "the Guardian"},
        ),
        (
            "Dans ce courrier, consulté par Le Figaro, il affirme que la croissance est en danger.",
            "fr",
            "affirme",
            {"intermediary": "Le Figaro"},
        ),
        (
            "« L'inflation recule », a affirmé le gouverneur sur l'antenne de France Inter.",
            "fr",
            "affirmé",
            {"intermediary": "France Inter"},
        ),
        (  # remarks reported by an outlet: the words of who speaks next, through the outlet
            "Selon des propos rapportés par Les Échos, un membre du conseil estime qu'une baisse n'est pas acquise.",
            "fr",
            "estime",
            {"speaker": "un membre du conseil", "intermediary": "Les Échos"},
        ),
    ],
)
def test_relays_named_around_what_was_said(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_remarks_reported_by_an_outlet_are_not_the_outlet_s_own_claim():
    text = "Selon des propos rapportés par Les Échos, un membre du conseil estime qu'une baisse n'est pas acquise."
    assert [s.texts(text)["cue"] for s in suggest(text, "fr")] == ["estime"]


@pytest.mark.parametrize(
    ("text", "language", "cue"),
    [
        ("The governor signalled on Tuesday that rates could fall in December.", "en", "signalled"),
        (
            "Christine Lagarde a laissé entendre mardi que les taux pourraient baisser.",
            "fr",
            "laissé entendre",
        ),
    ],
)
def test_hints_report_what_follows(text, language, cue):
    assert cue in [s.texts(text)["cue"] for s in suggest(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (
            "The weather office has forecast more heavy rain over the next 48 hours, according to a bulletin "
            "issued on Thursday morning.",
            "en",
            "forecast",
            {
                "content": "more heavy rain over the next 48 hours",
                "intermediary": "a bulletin issued on Thursday morning",
            },
        ),
        (  # a paper named by a number relays what comes before it
            "Il a affirmé ne pas avoir vu la moto, rapporte 24 heures.",
            "fr",
            "affirmé",
            {"content": "ne pas avoir vu la moto", "intermediary": "24 heures"},
        ),
    ],
)
def test_a_bulletin_and_a_paper_named_by_a_number(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "intermediary"),
    [
        # a body told hears the words and passes nothing on
        ("The minister told the United Nations that emissions would fall.", None),
        ("The envoy told NATO that emissions would fall.", None),
        ("The whistleblower told the FBI that emissions would fall.", None),
        ("The minister told the G7 summit that emissions would fall.", None),
        ("The minister told the World Economic Forum in Davos that emissions would fall.", None),
        ("The minister told the TUC conference that emissions would fall.", None),
        ("The minister told Brussels that emissions would fall.", None),  # the capital for its government
        ("The minister told Downing Street that emissions would fall.", None),
        ("He told Channel 4's Dispatches that emissions would fall.", "Channel 4's Dispatches"),
        # a broadcaster whose name holds such a word is still a medium
        (
            "The minister told the Australian Broadcasting Corporation that emissions would fall.",
            "the Australian Broadcasting Corporation",
        ),
        ("The minister told the Press Association that emissions would fall.", "the Press Association"),
        # two outlets, a magazine, a programme by its number
        (
            "Smith told the Associated Press and Reuters that emissions would fall.",
            "the Associated Press and Reuters",
        ),
        ("He told Time magazine that emissions would fall.", "Time magazine"),
        ("He told ABC's 7.30 program that emissions would fall.", "ABC's 7.30 program"),
    ],
)
def test_bodies_told_and_media_told(text, intermediary):
    _reads(text, "en", "told", {"content": "emissions would fall", "intermediary": intermediary})


@pytest.mark.parametrize(
    "text",
    [
        "She told her followers on Instagram that the tour was over.",  # "her" is whose followers
        "She told her that the tour was over.",
    ],
)
def test_her_as_a_pronoun_and_as_whose(text):
    _reads(text, "en", "told", {"speaker": "She", "content": "the tour was over", "intermediary": None})


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        # where a French speaker spoke, or a body that heard it, is no medium
        ("Le ministre a déclaré à Paris que les émissions baisseraient.", "déclaré", None),
        ("Le ministre a déclaré lundi à Bruxelles que les émissions baisseraient.", "déclaré", None),
        ("Le ministre a assuré à l'ONU que les émissions baisseraient.", "assuré", None),
        ("« Les émissions baisseront », a déclaré à Paris le ministre.", "déclaré", None),
        ("« Les émissions baisseront », a déclaré à RTL le ministre.", "déclaré", "RTL"),
        # a title with its day, after « dans les colonnes du »
        (
            "Le ministre a affirmé dans les colonnes du Journal du dimanche que les émissions baisseraient.",
            "affirmé",
            "Journal du dimanche",
        ),
        ("Selon le ministre, interrogé par BFMTV, les émissions baisseraient.", "Selon", "BFMTV"),
        (
            "Le ministre, interviewé par Le Parisien, a affirmé que les émissions baisseraient.",
            "affirmé",
            "Le Parisien",
        ),
    ],
)
def test_french_places_bodies_and_titles(text, cue, intermediary):
    found = [s.texts(text) for s in suggest(text, "fr") if s.texts(text)["cue"] == cue]
    assert len(found) == 1
    assert found[0]["intermediary"] == intermediary
    assert found[0]["content"].endswith(("baisseraient", "baisseront"))
    assert not found[0]["content"].startswith("interrogé")


@pytest.mark.parametrize(
    ("text", "intermediary"),
    [
        ("A renter, Ana Silva, told this masthead she had applied for 40 properties.", "this masthead"),
        ("The minister told the Commons that she had applied for 40 properties.", None),  # an assembly
    ],
)
def test_the_publication_itself_and_the_commons(text, intermediary):
    _reads(text, "en", "told", {"content": "she had applied for 40 properties", "intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        (
            "The minister told Japan's public broadcaster NHK that the talks had failed.",
            "told",
            "Japan's public broadcaster NHK",
        ),
        (
            "The minister told Iran's semi-official Tasnim news agency that the talks had failed.",
            "told",
            "Iran's semi-official Tasnim news agency",
        ),
        (
            "The minister told German newspaper Die Welt that the talks had failed.",
            "told",
            "German newspaper Die Welt",
        ),
        (
            '"The talks have failed," the minister told state broadcaster RTS.',
            "told",
            "state broadcaster RTS",
        ),
        ("The minister told a press briefing that the talks had failed.", "told", "a press briefing"),
        (
            "The minister was cited by the Interfax news agency as saying the talks had failed.",
            "saying",
            "the Interfax news agency",
        ),
    ],
)
def test_outlets_named_by_country_and_kind(text, cue, intermediary):
    _reads(
        text,
        "en",
        cue,
        {"speaker": "the minister" if text[0] == '"' else "The minister", "intermediary": intermediary},
    )


@pytest.mark.parametrize(
    ("text", "intermediary"),
    [
        ("Smith told Jane Doe, a neighbour, that the plan was dead.", None),  # what the person is
        ("Smith told Jane Doe, a reporter for the Guardian, that the plan was dead.", "Jane Doe"),
    ],
)
def test_a_name_with_what_the_person_is(text, intermediary):
    _reads(text, "en", "told", {"content": "the plan was dead", "intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [  # whom a speaker told, then what: the audience is no part of the content
        ("Jones told lawmakers the plan was dead.", "Jones", "the plan was dead"),
        ("The chief told staff the office would close.", "The chief", "the office would close"),
        ("The minister told MPs an inquiry would be held.", "The minister", "an inquiry would be held"),
        # a time word opening the content is no time the words were said
        (
            "In a letter to shareholders, the chief executive said the year had been hard.",
            "the chief executive",
            "the year had been hard",
        ),
    ],
)
def test_an_audience_then_a_content_with_no_that(text, speaker, content):
    _reads(text, "en", "told" if " told " in text else "said", {"speaker": speaker, "content": content})
