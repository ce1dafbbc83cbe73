"""Outlets named by what they are ("German news magazine Der Spiegel"), a station's own programme,
American punctuation inside a closing quotation mark, and whom a speaker told before the content.

The sentences were written for these tests (project's own text), in the manner of the dev
articles tests/data/written_dev/en_dt_lithium.txt, en_relay_hospital.txt and en_dt_summit.txt.
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _found, _reads


@pytest.mark.parametrize(
    "outlet",
    [
        "local radio station Bio Bio",
        "radio station Cooperativa",
        "local broadcaster RTS",
        "regional newspaper Ouest-France",
        "Japanese public broadcaster NHK",
        "German news magazine Der Spiegel",
        "the German newspaper Bild am Sonntag",  # the small words of a foreign title
        "the Italian daily Corriere della Sera",
        "the newspaper de Volkskrant",  # a foreign title's own article, in lower case
        "Italian daily la Repubblica",
        "Belgian newspaper het Nieuwsblad",
        "state-run news agency Ukrinform",
        "local outlet Hromadske",
        "the outlet",  # an outlet named before, by what it is
        "the publication",
        "a local TV channel",
    ],
)
def test_an_outlet_named_by_what_it_is_without_an_article(outlet):
    text = f"The chief executive told {outlet} on Tuesday that the company had complied with every rule."
    _reads(
        text,
        "en",
        "told",
        {"intermediary": outlet, "content": "the company had complied with every rule", "day": "2024-09-17"},
    )


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        (
            "Speaking on the station's breakfast programme, she added that winter would make things worse.",
            "added",
            "the station's breakfast programme",
        ),
        (
            "In an interview on the network's morning show, she said that winter would make things worse.",
            "said",
            "the network's morning show",
        ),
        (
            "She said on the station's breakfast programme that winter would make things worse.",
            "said",
            "the station's breakfast programme",
        ),
        # the speaker's own page or podcast passes nothing on
        ("The company said on its website that winter would make things worse.", "said", None),
        ("He said on his podcast that winter would make things worse.", "said", None),
    ],
)
def test_a_station_s_own_programme_passes_the_words_on(text, cue, intermediary):
    _reads(text, "en", cue, {"intermediary": intermediary, "content": "winter would make things worse"})


def test_a_full_stop_inside_the_closing_quote_ends_the_sentence_before_a_new_reported_clause():
    text = (
        'The minister said Friday that a weak treaty would be "worse than no treaty at all." He told The '
        "Associated Press on Saturday that he was disappointed but not surprised."
    )
    assert _found(text, "en", "said")["content"] == 'a weak treaty would be "worse than no treaty at all."'
    assert _found(text, "en", "told")["content"] == "he was disappointed but not surprised"


def test_a_quotation_then_its_speaker_in_a_sentence_of_its_own_stays_one_attribution():
    text = '"We were never asked for those figures." The chief executive said so twice.'
    assert _found(text, "en", "said")["content"] == "We were never asked for those figures"


def test_whom_a_speaker_told_then_when_is_no_part_of_the_content():
    text = 'The chair told delegates shortly after 5 a.m. that the text "does not have consensus".'
    _reads(text, "en", "told", {"speaker": "The chair", "content": 'the text "does not have consensus"'})


@pytest.mark.parametrize(
    ("told", "intermediary"),
    [
        ("the CBI annual dinner", None),  # an event a body holds hears the words
        ("the Conservative Party conference", None),
        ("the Today programme's Nick Robinson", "the Today programme's Nick Robinson"),  # its presenter
        ("NJ.com after the hearing", "NJ.com"),  # an outlet, then when
        ("the Treasury", None),  # a body hears the words
        ("the Federal Reserve", None),
        ("the Economic Club of New York", None),
        ("the National Press Club", None),  # a club of the press is an audience, not the press
        ("60 Minutes", "60 Minutes"),  # a programme whose name opens on a number
        ("RTÉ's News at One", "RTÉ's News at One"),  # a bulletin named by its hour
        ("Reuters at Davos", "Reuters"),  # where, not the outlet's name
    ],
)
def test_an_event_is_told_and_a_programme_s_presenter_passes_the_words_on(told, intermediary):
    text = f"The minister told {told} that business confidence was returning."
    _reads(text, "en", "told", {"intermediary": intermediary, "content": "business confidence was returning"})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # the outlet after its content, inverted
            "At least twelve people have died in the floods, reports the BBC.",
            "reports",
            {"speaker": "the BBC", "content": "At least twelve people have died in the floods"},
        ),
        (  # whom the medium quoted speaks; the medium passes it on, and its "said" is that relay
            "Quoting a police spokesman, the station said two men had been arrested.",
            "Quoting",
            {
                "speaker": "a police spokesman",
                "intermediary": "the station",
                "content": "two men had been arrested",
            },
        ),
    ],
)
def test_a_medium_that_reports_or_quotes(text, cue, expected):
    _reads(text, "en", cue, expected)
    assert len(suggest(text, "en")) == 1


@pytest.mark.parametrize(
    ("opening", "intermediary"),
    [
        ("In an op-ed for The Washington Post, the senator wrote", "The Washington Post"),
        ("In a column for the Guardian, the senator argued", "the Guardian"),
        ("As quoted in The Guardian, the senator said", "The Guardian"),
        ("Asked by CNN whether the law would stand, the senator said", "CNN"),  # not what was asked
        ("Asked by reporters about the ruling, the senator said", "reporters"),
        ("Asked by his lawyer whether he agreed, the senator said", None),  # a lawyer questioning him
        ("The senator said in an interview published by Le Monde on Tuesday", "Le Monde"),  # not the day
    ],
)
def test_the_outlet_an_opinion_piece_or_a_question_came_through(opening, intermediary):
    text = f"{opening} that the law was unconstitutional."
    cue = next(word for word in ("wrote", "argued", "said") if f" {word}" in opening)
    _reads(text, "en", cue, {"intermediary": intermediary, "content": "the law was unconstitutional"})


@pytest.mark.parametrize(
    ("told", "intermediary"),
    [
        ("CNN Tuesday", "CNN"),  # a day without "on", as wire copy writes it
        ("The Associated Press Friday", "The Associated Press"),
        ("NBC's Meet the Press", "NBC's Meet the Press"),  # a network's show with "the" in its name
        ("the magazine's website", "the magazine's website"),  # what the outlet runs
        ("Russia's state-run Channel One", "Russia's state-run Channel One"),
    ],
)
def test_the_outlet_told_is_named_whole_and_without_the_day(told, intermediary):
    text = f"The minister told {told} that business confidence was returning."
    _reads(text, "en", "told", {"intermediary": intermediary, "content": "business confidence was returning"})


def test_speaking_exclusively_to_a_paper_passes_the_words_on():
    text = "Speaking exclusively to the Mirror, the star said she was heartbroken."
    _reads(text, "en", "said", {"speaker": "the star", "intermediary": "the Mirror"})


@pytest.mark.parametrize(
    ("text", "cue", "intermediary", "content"),
    [
        (
            "The director spoke to Variety about the film, saying it was deeply personal.",
            "saying",
            "Variety",
            "it was deeply personal",
        ),
        (
            "The star opened up to Vogue about her illness, revealing that she had been in pain for years.",
            "revealing",
            "Vogue",
            "she had been in pain for years",
        ),
        (
            "The singer confided to Paris Match that she was retiring.",
            "confided",
            "Paris Match",
            "she was retiring",
        ),
        (  # people spoken to pass nothing on
            "The mayor spoke to residents about the flood, saying the town would rebuild.",
            "saying",
            None,
            "the town would rebuild",
        ),
        (
            "The mayor talked with his wife before the vote, saying later that he had no regrets.",
            "saying",
            None,
            "he had no regrets",
        ),
    ],
)
def test_whom_the_main_clause_spoke_to_relays_the_participle_s_words(text, cue, intermediary, content):
    _reads(text, "en", cue, {"intermediary": intermediary, "content": content})


@pytest.mark.parametrize(
    ("told", "intermediary"),
    [
        ("Netanyahu", None),  # a surname alone: a person hears it
        ("Zelensky", None),
        ("Kane", None),
        ("Reuters", "Reuters"),  # a medium known by one word
        ("Politico", "Politico"),
        ("LBC", "LBC"),  # capitals: an outlet's initials
    ],
)
def test_one_capitalised_word_told_is_a_person_unless_it_is_a_medium(told, intermediary):
    text = f"The minister told {told} that business confidence was returning."
    _reads(text, "en", "told", {"intermediary": intermediary, "content": "business confidence was returning"})


def test_one_word_shown_as_a_medium_elsewhere_in_the_text_passes_the_words_on():
    text = "Kommersant reported the talks first. The minister told Kommersant that business confidence was returning."
    _reads(text, "en", "told", {"intermediary": "Kommersant"})


@pytest.mark.parametrize("audience", ["air traffic control", "ground staff"])
def test_a_bare_group_told_before_that_is_an_audience(audience):
    text = f"The pilot told {audience} that an engine had failed."
    _reads(
        text, "en", "told", {"speaker": "The pilot", "intermediary": None, "content": "an engine had failed"}
    )


@pytest.mark.parametrize("briefing", ["a regular briefing", "a daily briefing", "a weekly news conference"])
def test_a_regular_briefing_told_passes_the_words_on(briefing):
    text = f"The spokesman told {briefing} in Beijing that talks would resume."
    _reads(text, "en", "told", {"intermediary": briefing, "content": "talks would resume"})
