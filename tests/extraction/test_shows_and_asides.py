"""Shows, agencies and asides around a report in real news (a programme's quoted name before the
speaker, "in an interview aired Sunday on Fox News", "quoted as saying by the official news agency
IRNA", a clause joined after an inverted speaker), read on this machine (never copied here): each
case is a sentence written for these tests (project's own text) of the same shape as the one misread."""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import THURSDAY, _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # a show's quoted name, its comma inside the marks, is no quotation
            'Speaking on NBC\'s "Meet the Press," the governor said the state had enough beds.',
            "en",
            "said",
            {
                "speaker": "the governor",
                "content": "the state had enough beds",
                "intermediary": 'NBC\'s "Meet the Press,"',
            },
        ),
        (
            'Appearing on ABC\'s "This Week," the senator said he would vote against the bill.',
            "en",
            "said",
            {"content": "he would vote against the bill", "intermediary": 'ABC\'s "This Week,"'},
        ),
        (
            'In an interview with "60 Minutes," the chief executive said the company had made mistakes.',
            "en",
            "said",
            {"speaker": "the chief executive", "intermediary": "60 Minutes"},
        ),
        (  # a work by its name, in any case
            'In his book "A Long Way Home," the former envoy wrote that the talks had been doomed.',
            "en",
            "wrote",
            {"speaker": "the former envoy", "content": "the talks had been doomed"},
        ),
        (
            "Sur le plateau de « C à vous », l'actrice a raconté qu'elle avait failli renoncer.",
            "fr",
            "raconté",
            {"speaker": "l'actrice", "content": "elle avait failli renoncer"},
        ),
        (
            "Invité de l'émission « Quotidien », le ministre a assuré que la réforme serait votée.",
            "fr",
            "assuré",
            {"speaker": "le ministre", "intermediary": "l'émission « Quotidien »"},
        ),
        (  # guard: a subject before its quoted words is what was said
            'The show "is a disgrace to television," the critic said.',
            "en",
            "said",
            {"speaker": "the critic", "content": 'The show "is a disgrace to television,"'},
        ),
        (  # guard: a quotation after a verb's object stays the content
            'The coach called it "a night to forget," the club said.',
            "en",
            "said",
            {"speaker": "the club", "content": 'The coach called it "a night to forget,"'},
        ),
    ],
)
def test_a_shows_quoted_name(text: str, language: str, cue: str, expected: dict) -> None:
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor, in an interview aired Sunday on Fox News, said the National Guard would stay.",
            {"intermediary": "Fox News", "day": "2024-09-15"},
        ),
        (
            "The governor, in an interview on Fox News, said the National Guard would stay.",
            {"intermediary": "Fox News"},
        ),
        (
            "The governor, in an interview on Sunday with Fox News, said the National Guard would stay.",
            {"intermediary": "Fox News", "day": "2024-09-15"},
        ),
        (  # guards: a day, a place is no channel
            "The governor, in an interview on Sunday, said the National Guard would stay.",
            {"intermediary": None, "day": "2024-09-15"},
        ),
        (
            "The governor, in an interview on Capitol Hill, said the National Guard would stay.",
            {"intermediary": None},
        ),
    ],
)
def test_an_interview_on_a_channel_set_apart(text: str, expected: dict) -> None:
    _reads(text, "en", "said", {"speaker": "The governor", **expected})


@pytest.mark.parametrize(
    ("text", "intermediary"),
    [
        (
            '"We will respond," the defence minister was quoted as saying by the official news agency IRNA.',
            "the official news agency IRNA",
        ),
        (
            '"We will respond," the defence minister was quoted as saying by state broadcaster CCTV.',
            "state broadcaster CCTV",
        ),
        (
            '"We will respond," the defence minister was quoted as saying by the Interfax news agency.',
            "the Interfax news agency",
        ),
    ],
)
def test_quoted_by_an_agency_by_what_it_is(text: str, intermediary: str) -> None:
    _reads(text, "en", "saying", {"speaker": "the defence minister", "intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # the joined clause is the writer's; its quotation does not hide the report
            'No talks are planned, he declared, because the government "has not answered a single letter."',
            "en",
            "declared",
            {"speaker": "he", "content": "No talks are planned"},
        ),
        (  # the whole sentence is what was said when the clause after the speaker is the speaker's
            "Port traffic was not affected, a spokesman said, although two berths were closed.",
            "en",
            "said",
            {"content": "Port traffic was not affected, a spokesman said, although two berths were closed"},
        ),
    ],
)
def test_a_clause_joined_after_the_speaker(text: str, language: str, cue: str, expected: dict) -> None:
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a verb said to no one, of nothing, claims nothing
        "Le gouvernement n'a répondu à aucune lettre des syndicats.",
        "Le ministre n'a rien dit de ses projets.",
        "Le maire ne confirme rien.",
        "La directrice n'a dit à personne qu'elle partait.",
    ],
)
def test_said_to_no_one_claims_nothing(text: str) -> None:
    assert suggest(text, "fr", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quotation set off by a colon after whom and when the speaker told
            'The adviser told a cabinet meeting last week: "Nobody reads these reports."',
            {"speaker": "The adviser", "content": "Nobody reads these reports", "day": "2024-09-09"},
        ),
        (
            'He was said to have told colleagues last month: "We will not survive another winter like this."',
            {"speaker": "He", "content": "We will not survive another winter like this"},
        ),
    ],
)
def test_told_whom_and_when_then_a_quotation(text: str, expected: dict) -> None:
    _reads(text, "en", "told", expected)


def test_told_them_a_quoted_word_is_no_quotation() -> None:
    assert suggest('He told them "stories" about the war.', "en", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # the paper that learnt of the words passes them on
            'The Sunday Times has learnt that the chancellor told aides she considers the plan "dead in the water".',
            "en",
            "told",
            {"speaker": "the chancellor", "intermediary": "The Sunday Times"},
        ),
        (
            "Reuters has learned that two ministers told the prime minister they would resign.",
            "en",
            "told",
            {"speaker": "two ministers", "intermediary": "Reuters"},
        ),
        (
            "Le Parisien a appris que le ministre avait confié à ses proches qu'il songeait à démissionner.",
            "fr",
            "confié",
            {"speaker": "le ministre", "intermediary": "Le Parisien"},
        ),
        (
            "Le Monde a appris qu'un conseiller avait assuré aux syndicats que la réforme serait retirée.",
            "fr",
            "assuré",
            {"speaker": "un conseiller", "intermediary": "Le Monde"},
        ),
        (  # guard: a person who learnt of it passes nothing on
            "Mr Smith has learned that his brother told a friend he was innocent.",
            "en",
            "told",
            {"speaker": "his brother", "intermediary": None},
        ),
    ],
)
def test_an_outlet_that_learnt_of_it(text: str, language: str, cue: str, expected: dict) -> None:
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # the station whose guest the speaker was, by an elided « d' »
            "« Ceux qui diffusent ces vidéos mettent des vies en danger », a déploré lundi matin le ministre de "
            "l'Intérieur, invité d'Europe 1.",
            "déploré",
            {"speaker": "le ministre de l'Intérieur", "intermediary": "Europe 1"},
        ),
        (  # the interview named first, then where it was broadcast
            "Dans cette interview, diffusée lundi sur RMC, la victime se dit abandonnée par la justice.",
            "dit",
            {"speaker": "la victime", "intermediary": "RMC"},
        ),
        (
            "Dans cet entretien, publié samedi par Le Parisien, le joueur affirme qu'il n'a jamais triché.",
            "affirme",
            {"speaker": "le joueur", "intermediary": "Le Parisien", "content": "il n'a jamais triché"},
        ),
    ],
)
def test_french_broadcasts_named_apart(text: str, cue: str, expected: dict) -> None:
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cues"),
    [
        (  # revealing the news is no claim; what the paper says is
            "Selon Le Monde, qui a révélé l'information, les enquêteurs disposent de relevés bancaires.",
            "fr",
            ["Selon"],
        ),
        ("L'affaire a pris de l'ampleur après que Libération eut révélé l'affaire.", "fr", []),
        ("The Guardian, which revealed the scandal, said the minister had resigned.", "en", ["said"]),
        ("Le Canard enchaîné a révélé que le ministre avait loué un appartement.", "fr", ["révélé"]),
    ],
)
def test_revealing_the_news_claims_nothing(text: str, language: str, cues: list[str]) -> None:
    assert [text[s.cue.start : s.cue.end] for s in suggest(text, language, THURSDAY)] == cues


@pytest.mark.parametrize(
    ("text", "intermediary"),
    [
        (  # a state outlet by its name, what it is after it
            "The general told state-run Rossiya 1 television that the offensive was going to plan.",
            "state-run Rossiya 1 television",
        ),
        (
            "The general told Rossiya 1 television that the offensive was going to plan.",
            "Rossiya 1 television",
        ),
        (
            "The general told state-owned Channel One that the offensive was going to plan.",
            "state-owned Channel One",
        ),
        (  # a station's programme, in lower case after its name
            "She told BBC Radio Kent's breakfast show that the queues were unbearable.",
            "BBC Radio Kent's breakfast show",
        ),
        ("He told Fox's morning show that the plan would work.", "Fox's morning show"),
    ],
)
def test_told_a_station_by_its_name(text: str, intermediary: str) -> None:
    _reads(text, "en", "told", {"intermediary": intermediary})


@pytest.mark.parametrize(
    ("text", "intermediary"),
    [
        (  # the speech, the statement and where it was carried
            '"We do not mention names," he said in a speech broadcast by state television.',
            "state television",
        ),
        (
            '"We do not mention names," he said in a speech broadcast on Monday by state television.',
            "state television",
        ),
        (
            '"We are committed to the agreement," the president said in the statement posted on the SABA news '
            "agency's website.",
            "the SABA news agency",
        ),
        ('"We do not mention names," he said in a video posted on Monday.', None),  # a day, no channel
        ('"It\'s a dream come true," the player said in a video posted by the club.', None),  # his own club
    ],
)
def test_words_carried_by_a_broadcaster(text: str, intermediary: str | None) -> None:
    _reads(text, "en", "said", {"intermediary": intermediary})


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister will give a televised address soon, the Interfax news agency cited the Kremlin as "
        "saying on Saturday.",
        "The prime minister will give a televised address soon, the Interfax news agency quoted the Kremlin as "
        "saying on Saturday.",
    ],
)
def test_quoted_as_saying_on_a_day(text: str) -> None:
    _reads(
        text,
        "en",
        "saying",
        {
            "speaker": "the Kremlin",
            "content": "The prime minister will give a televised address soon",
            "intermediary": "the Interfax news agency",
            "day": "2024-09-14",
        },
    )


@pytest.mark.parametrize(
    ("text", "language", "cue", "speaker"),
    [
        (  # the participle that opens the sentence is no subject, past a quoted word
            "Asked about the plan at a briefing, White House press secretary Karine Lopez declined to comment on "
            '"hypotheticals" but said the president "will do whatever it takes to secure the border."',
            "en",
            "said",
            "White House press secretary Karine Lopez",
        ),
        (
            "Interrogée sur ce point, la ministre a refusé de commenter « des hypothèses » mais a assuré que le "
            "gouvernement agirait.",
            "fr",
            "assuré",
            "la ministre",
        ),
    ],
)
def test_an_opening_participle_is_no_speaker(text: str, language: str, cue: str, speaker: str) -> None:
    _reads(text, language, cue, {"speaker": speaker})


@pytest.mark.parametrize(
    "text",
    [
        "La députée a dénoncé dans un communiqué une « manœuvre politicienne ».",
        "La députée a dénoncé dans un message posté sur X une « manœuvre politicienne ».",
    ],
)
def test_where_it_was_posted_is_not_what_was_said(text: str) -> None:
    _reads(text, "fr", "dénoncé", {"content": "une « manœuvre politicienne »"})


@pytest.mark.parametrize(
    ("text", "language", "cue", "intermediary"),
    [
        (  # the sentence after names who carried the words
            "Kremlin spokesman Dmitry Peskov accused Kyiv of sabotaging talks. Peskov's comments were carried by "
            "the state news agency Tass.",
            "en",
            "accused",
            "the state news agency Tass",
        ),
        (
            "The minister said the truce would hold. His remarks were reported Monday by Interfax.",
            "en",
            "said",
            "Interfax",
        ),
        (
            "Le ministre a assuré que la trêve tiendrait. Ses propos ont été rapportés par l'agence Anadolu.",
            "fr",
            "assuré",
            "l'agence Anadolu",
        ),
        (  # guard: another speaker's comments
            "The minister said the truce would hold. Peskov's comments were carried by Tass.",
            "en",
            "said",
            None,
        ),
    ],
)
def test_the_outlet_named_in_the_next_sentence(
    text: str, language: str, cue: str, intermediary: str | None
) -> None:
    _reads(text, language, cue, {"intermediary": intermediary})


def test_said_at_the_time() -> None:
    text = "Northgate said at the time it did not comment on market rumours."
    _reads(text, "en", "said", {"speaker": "Northgate", "content": "it did not comment on market rumours"})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a channel at the end of what was said is where it was said
            "Le ministre des Sports s'est dit « fier » de l'équipe sur RMC Sport.",
            "dit",
            {"content": "« fier » de l'équipe", "intermediary": "RMC Sport"},
        ),
        (
            "Le maire s'est dit inquiet pour l'avenir sur France Bleu Isère.",
            "dit",
            {"content": "inquiet pour l'avenir", "intermediary": "France Bleu Isère"},
        ),
        (
            "Le maire a annoncé des mesures sur TF1.",
            "annoncé",
            {"content": "des mesures", "intermediary": "TF1"},
        ),
        (  # guard: a city is no channel
            "Le maire a annoncé des mesures sur Paris.",
            "annoncé",
            {"content": "des mesures sur Paris", "intermediary": None},
        ),
        (  # a channel whose name starts in lower case
            "« Nous étions prêts », a-t-il lâché au micro de beIN Sports.",
            "lâché",
            {"speaker": "il", "intermediary": "beIN Sports"},
        ),
    ],
)
def test_french_channels_at_the_end(text: str, cue: str, expected: dict) -> None:
    _reads(text, "fr", cue, expected)


def test_they_in_an_interview_turn_is_not_the_interviewee() -> None:
    text = (
        "Tom Hall: Some critics say the recovery is temporary.\n\n"
        "Sarah Cole: They argue that another heatwave would wipe out the gains. But as I told the committee "
        "last year, the trend is positive."
    )
    names = {
        text[s.cue.start : s.cue.end]: s.texts(text)["speaker_name"] for s in suggest(text, "en", THURSDAY)
    }
    assert names["argue"] is None  # the critics, not Sarah Cole
    assert names["told"] == "Sarah Cole"  # "I" is the turn's speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a regret in quoted words was said
            "Sa porte-parole, Léa Monnier, a toutefois regretté que le Conseil d'État « n'aille pas plus loin ».",
            ["regretté"],
        ),
        ("La porte-parole a regretté que le Conseil d'État n'aille pas plus loin.", []),  # a feeling
        (  # the quotation after a colon is another speaker's
            "FO regrette que ses remarques n'aient pas été intégrées : « Il n'y a pas eu de concertation », "
            "dit Mme Gillard.",
            ["dit"],
        ),
    ],
)
def test_a_regret_in_quoted_words(text: str, expected: list[str]) -> None:
    assert [text[s.cue.start : s.cue.end] for s in suggest(text, "fr", THURSDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an elliptic clause between the speaker and the verb names who reached them
            "A spokeswoman for the airline, when contacted by Wikinews, said the flight had been cancelled.",
            {"speaker": "A spokeswoman for the airline", "intermediary": "Wikinews"},
        ),
        (
            "The spokeswoman, when asked about the delay, said the flight had been cancelled.",
            {"speaker": "The spokeswoman", "intermediary": None},
        ),
        (  # comments with no article, sent to an outlet
            "The mayor, in comments to Wikinews, said the park would reopen.",
            {"speaker": "The mayor", "intermediary": "Wikinews"},
        ),
        ("The mayor, in remarks to Congress, said the park would reopen.", {"intermediary": None}),
    ],
)
def test_asides_between_speaker_and_verb(text: str, expected: dict) -> None:
    _reads(text, "en", "said", expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "intermediary"),
    [
        # the outlet that reports what the sentence says is its relay, one attribution
        (
            "The minister said the talks had failed, state media reported on Monday.",
            "en",
            "said",
            "state media",
        ),
        ("The minister said the talks had failed, the BBC reported.", "en", "said", "the BBC"),
        (
            "Le ministre a déclaré que les négociations avaient échoué, rapporte l'agence Reuters.",
            "fr",
            "déclaré",
            "l'agence Reuters",
        ),
    ],
)
def test_one_attribution_through_the_outlet_reporting_it(
    text: str, language: str, cue: str, intermediary: str
) -> None:
    found = suggest(text, language, THURSDAY)
    assert [text[s.cue.start : s.cue.end] for s in found] == [cue]
    _reads(text, language, cue, {"intermediary": intermediary})


@pytest.mark.parametrize(
    "text",
    [
        # "beIN" is a channel's name in its own case only: "being" is no channel
        "The minister said on being asked that the talks had failed.",
        '"We are ready," the coach said on being told of the result.',
    ],
)
def test_being_is_no_channel(text: str) -> None:
    _reads(text, "en", "said", {"intermediary": None})
