"""Relays named around a quotation or a judgement, stations by their frequency, and who a speaker
is: written after a batch of Wikinews-style reports (the project's own text, written for these tests).
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a statement that reports the quotation passes it on: one attribution, through it
            '"The state will not abandon you," she told residents in Chala, according to a statement '
            "from her office.",
            "en",
            "told",
            {"content": "The state will not abandon you", "intermediary": "a statement from her office"},
        ),
        (  # where the speaker spoke from is no part of the outlet
            "Speaking to Wikinews from Geneva, a WHO spokesperson said early results were encouraging.",
            "en",
            "said",
            {"speaker": "a WHO spokesperson", "intermediary": "Wikinews"},
        ),
        ('"We need answers," she told KCLR 96FM.', "en", "told", {"intermediary": "KCLR 96FM"}),
        (
            "The mayor told WNYC 93.9 FM that the plan was dead.",
            "en",
            "told",
            {"intermediary": "WNYC 93.9 FM"},
        ),
        (  # the channel and the day after a quoted judgement are not what was judged
            "Le ministre a qualifié la grève d'« inacceptable » sur franceinfo jeudi matin.",
            "fr",
            "qualifié",
            {"content": "la grève d'« inacceptable »", "intermediary": "franceinfo", "day": "2024-09-19"},
        ),
    ],
)
def test_relays_around_a_quotation_or_a_judgement(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a role in events belongs to the speaker, and nothing before the verb is a content
            "Le syndicat UNSA-ICNA, à l'origine du mouvement, dénonce un manque d'effectifs.",
            "fr",
            "dénonce",
            {
                "speaker": "Le syndicat UNSA-ICNA, à l'origine du mouvement",
                "content": "un manque d'effectifs",
            },
        ),
        (  # an unnamed speaker keeps the relative clause that says who they are
            "A supporter who lives beside the ground told the Irish Times she heard a loud noise.",
            "en",
            "told",
            {"speaker": "A supporter who lives beside the ground", "intermediary": "the Irish Times"},
        ),
        (  # "p.m." before a new sentence ends it: the quotation is no other speaker's
            'A neighbour told reporters she heard "a noise like a train" at 8 p.m. Another neighbour, '
            "Patrick Doyle, said metal had landed in his garden.",
            "en",
            "told",
            {"speaker": "A neighbour", "content": 'she heard "a noise like a train" at 8 p.m'},
        ),
    ],
)
def test_who_the_speaker_is(text, language, cue, expected):
    _reads(text, language, cue, expected)


def test_a_time_zone_after_p_m_ends_no_sentence():
    text = "The polls close at 8 p.m. Eastern time, officials said."
    (found,) = suggest(text, "en")
    assert found.texts(text)["content"] == "The polls close at 8 p.m. Eastern time"


def test_english_inverts_no_perfect():
    """ "…, the alliance, has promised $12 million": a pledge, not "…, said X" inverted."""
    text = "According to Reuters, Gavi, the vaccine alliance, has promised $12 million for equipment."
    assert [found.texts(text)["cue"] for found in suggest(text, "en")] == ["According to"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will rebuild," the mayor said, as quoted by the local newspaper.',
            {"content": "We will rebuild", "intermediary": "the local newspaper"},
        ),
        (
            "In an interview broadcast on Sunday by CBS, the senator said he would run.",
            {"speaker": "the senator", "intermediary": "CBS"},
        ),
        (
            "Speaking on the BBC's Andrew Marr Show, the minister said the tax would go.",
            {"intermediary": "the BBC's Andrew Marr Show"},
        ),
        (  # the speaker's participle clause after the content says when and to whom, not what
            "The mayor said the bridge would reopen, speaking to reporters on Wednesday.",
            {"content": "the bridge would reopen", "intermediary": "reporters", "day": "2024-09-18"},
        ),
        (
            "The mayor said the bridge would reopen, speaking at a news conference on Wednesday.",
            {"content": "the bridge would reopen", "day": "2024-09-18"},
        ),
    ],
)
def test_relays_and_days_named_apart_from_the_verb(text, expected):
    _reads(text, "en", "said", expected)


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        ("He told a reporter from the BBC that the talks had failed.", "told", "a reporter from the BBC"),
        (
            "He told the BBC's political editor, Laura Kuenssberg, that the talks had failed.",
            "told",
            "the BBC's political editor, Laura Kuenssberg",
        ),
        ("He told the Wikinews reporter that the talks had failed.", "told", "the Wikinews reporter"),
        ("He said on NBC's Meet the Press that the talks had failed.", "said", "NBC's Meet the Press"),
        ("He wrote in The Guardian that the talks had failed.", "wrote", "The Guardian"),
        ("He wrote in March that the talks had failed.", "wrote", None),  # a month is no paper
    ],
)
def test_journalists_shows_and_papers_written_in(text, cue, intermediary):
    _reads(text, "en", cue, {"content": "the talks had failed", "intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "language", "cue", "intermediary"),
    [  # a relay that ends its sentence is read when another sentence follows in the paragraph
        (
            "The minister said the plan was dead, Reuters reported. The party withdrew.",
            "en",
            "said",
            "Reuters",
        ),
        (
            "The minister said the plan was dead, according to Reuters. The party withdrew.",
            "en",
            "said",
            "Reuters",
        ),
        ("Le ministre a dit que le plan était mort, selon l'AFP. Le parti a reculé.", "fr", "dit", "l'AFP"),
        (
            'The party accused officials of "tampering" with results, Reuters reported. It later withdrew.',
            "en",
            "accused",
            "Reuters",
        ),
    ],
)
def test_a_relay_at_the_end_of_a_sentence_inside_a_paragraph(text, language, cue, intermediary):
    found = suggest(text, language)
    assert [(s.texts(text)["cue"], s.texts(text)["intermediary"]) for s in found] == [(cue, intermediary)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I can only say that the risk is real.", [("say", "the risk is real")]),
        ("The governor said many things that day.", []),
        (
            "The minister made it clear that the plan was temporary.",
            [("made it clear", "the plan was temporary")],
        ),
        ("The report made clear the risks.", []),
        ('She went on: "We will keep fighting."', [("went on", "We will keep fighting")]),
        ("The strike went on for three days.", []),  # "went on" reports only a quotation
        ("He elaborated that the company was pleased.", [("elaborated", "the company was pleased")]),
        ("He responded by saying that the company was pleased.", [("saying", "the company was pleased")]),
        ("The company plans an elaborate launch.", []),
        (
            "The company has denied receiving any such reports, according to the newspaper El Mercurio.",
            [("denied", "receiving any such reports")],
        ),
        (
            'The vote was "well administered", though observers noted "isolated incidents" of violence.',
            [("noted", '"isolated incidents" of violence')],
        ),
    ],
)
def test_what_is_said_and_what_is_not(text, expected):
    assert [(s.texts(text)["cue"], s.texts(text)["content"]) for s in suggest(text, "en")] == expected


def test_a_statement_emailed_to_an_outlet():
    text = "In a statement emailed to Wikinews, Lundin said it had suspended operations."
    (found,) = suggest(text, "en")
    assert found.texts(text)["intermediary"] == "Wikinews"


def test_according_to_an_outlet_which_cited_a_source():
    """As « Selon Les Échos, qui cite des sources à Bercy »: the sources speak, through the outlet."""
    text = "According to the BBC, which cited police sources, the talks had failed."
    (found,) = suggest(text, "en")
    texts = found.texts(text)
    assert (texts["speaker"], texts["intermediary"], texts["content"]) == (
        "police sources",
        "the BBC",
        "the talks had failed",
    )


def test_a_relay_set_off_after_the_verb():
    text = "The minister said, according to Reuters, that the talks had failed."
    found = {s.texts(text)["cue"]: s.texts(text) for s in suggest(text, "en")}
    assert (found["said"]["content"], found["said"]["intermediary"]) == ("the talks had failed", "Reuters")


def test_a_promise_to_act_reported_by_others_is_theirs():
    """A promise to act claims nothing (« avait promis de ne pas toucher … »); that the unions say
    he made it does: as « Selon les syndicats, il a promis de … »."""
    text = "Il a promis, selon les syndicats agricoles, d'autoriser deux tirs de défense renforcée."
    (found,) = suggest(text, "fr")
    assert (found.texts(text)["cue"], found.texts(text)["speaker"]) == ("selon", "les syndicats agricoles")
    assert found.texts(text)["content"].startswith("Il a promis")


@pytest.mark.parametrize(
    ("text", "cue", "intermediary"),
    [
        (
            "Alfaport estimated the cost of the strike at 30 million euros a day, De Tijd newspaper reported.",
            "estimated",
            "De Tijd newspaper",
        ),
        (
            "Hayashi told a hastily arranged news conference that the government had set up a task force.",
            "told",
            "a hastily arranged news conference",
        ),
    ],
)
def test_a_paper_by_name_and_kind_and_a_news_conference(text, cue, intermediary):
    found = [s.texts(text) for s in suggest(text, "en")]
    assert [(f["cue"], f["intermediary"]) for f in found] == [(cue, intermediary)]


def test_a_wire_dateline_is_no_part_of_the_first_sentence():
    text = (
        "Carcassonne, 12 août 2025 (AFP) - Un incendie a parcouru 2 000 hectares depuis lundi, et un pompier "
        "a été blessé, a annoncé mardi la préfecture de l'Aude."
    )
    (found,) = suggest(text, "fr")
    assert found.texts(text)["speaker"] == "la préfecture de l'Aude"
    assert found.texts(text)["content"].startswith("Un incendie")
