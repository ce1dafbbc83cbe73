"""Outlets named around a report in real news (an outlet's name that looks like a title, "reported,
quoting X as saying", the interview a participle's clause was given in, « invité de »), read on this
machine (never copied here): each case is a sentence written for these tests (project's own text) of
the same shape as the one misread."""

import datetime as dt

import pytest

from claimtracker.extraction.attributions import suggest
from claimtracker.extraction.dates import resolve_date
from tests.extraction.test_dated_reports import THURSDAY, _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # "Vice" names a title only before the title it qualifies
            'A Dutch security analyst told Vice News he believes British police are "furious" about the leak.',
            "en",
            "told",
            {"speaker": "A Dutch security analyst", "intermediary": "Vice News"},
        ),
        (
            '"It happens when a bigger partner helps," the official, who asked not to be named because he '
            "is not allowed to talk to the press, told Vice.",
            "en",
            "told",
            {"speaker": "the official", "intermediary": "Vice"},
        ),
        (  # guard: a vice president hears the words and passes nothing on
            "The envoy told Vice President Harris that the ceasefire would hold.",
            "en",
            "told",
            {"intermediary": None, "content": "the ceasefire would hold"},
        ),
        (  # guard: nor does a prime minister
            "The envoy told Prime Minister Carney that the ceasefire would hold.",
            "en",
            "told",
            {"intermediary": None},
        ),
        (  # "reported, quoting X as saying": X speaks, through the outlet
            'The Guardian reported Tuesday, quoting interior ministry spokesman Ahmad Karimi as saying: "The '
            'talks were in contact with several agencies."',
            "en",
            "saying",
            {
                "speaker": "interior ministry spokesman Ahmad Karimi",
                "intermediary": "The Guardian",
                "content": "The talks were in contact with several agencies",
                "day": "2024-09-17",
            },
        ),
        (
            "Reuters reported, quoting a police source as saying the suspect had fled to Belgium.",
            "en",
            "saying",
            {
                "speaker": "a police source",
                "intermediary": "Reuters",
                "content": "the suspect had fled to Belgium",
            },
        ),
        (
            "The newspaper wrote, citing a senior official as saying the plan had been shelved.",
            "en",
            "saying",
            {"speaker": "a senior official", "intermediary": "The newspaper"},
        ),
        (  # the interview the main clause names carried the participle's words
            "He made the remarks in an interview with the Financial Times published on Wednesday, saying "
            "prices would fall.",
            "en",
            "saying",
            {"speaker": "He", "intermediary": "the Financial Times", "content": "prices would fall"},
        ),
        (
            "The minister gave an interview to Le Monde, saying the reform would pass.",
            "en",
            "saying",
            {"speaker": "The minister", "intermediary": "Le Monde"},
        ),
        (  # guard: a place the speaker went to passes nothing on
            "The minister travelled to Lyon on Monday, saying the reform would pass.",
            "en",
            "saying",
            {"speaker": "The minister", "intermediary": None},
        ),
        (  # the station whose guest the inverted speaker was
            "« C'est une plaisanterie », a répondu le maire de Grenoble, invité de France Bleu Isère jeudi.",
            "fr",
            "répondu",
            {"speaker": "le maire de Grenoble", "intermediary": "France Bleu Isère"},
        ),
        (  # guard: the guest of a body hears nothing on its behalf
            "« Non », a dit le ministre, invité du Sénat.",
            "fr",
            "dit",
            {"speaker": "le ministre", "intermediary": None},
        ),
        (
            "« Non », a dit le ministre, invité d'honneur du congrès.",
            "fr",
            "dit",
            {"speaker": "le ministre", "intermediary": None},
        ),
    ],
)
def test_outlets_around_reports(text: str, language: str, cue: str, expected: dict) -> None:
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (  # "quoting X as saying" is the participle's report, not "…, citing X."
            "Reuters reported, quoting a police source as saying the suspect had fled to Belgium.",
            ["saying"],
        ),
        (
            'The Guardian reported Tuesday, quoting interior ministry spokesman Ahmad Karimi as saying: "The '
            'talks were in contact with several agencies."',
            ["saying"],
        ),
    ],
)
def test_one_report_per_quoting(text: str, cues: list[str]) -> None:
    found = [text[s.cue.start : s.cue.end] for s in suggest(text, "en", THURSDAY)]
    assert found == cues


@pytest.mark.parametrize(
    ("text", "language", "cue", "day"),
    [
        (  # French counts that dateparser does not read
            "Le maire avait affirmé il y a quinze jours que le pont serait réparé.",
            "fr",
            "affirmé",
            "2024-09-04",
        ),
        ("Le maire a affirmé il y a huit jours que le pont serait réparé.", "fr", "affirmé", "2024-09-11"),
        (
            "Il y a une quinzaine de jours, le maire a affirmé que le pont serait réparé.",
            "fr",
            "affirmé",
            "2024-09-04",
        ),
        ("The ministry said a fortnight ago that the border would reopen.", "en", "said", "2024-09-05"),
        ("The ministry said ten days ago that the border would reopen.", "en", "said", "2024-09-09"),
    ],
)
def test_days_counted_back(text: str, language: str, cue: str, day: str) -> None:
    _reads(text, language, cue, {"day": day})


def test_an_approximate_count_is_a_doubt() -> None:
    about = resolve_date("il y a une vingtaine d'années", dt.date(2026, 11, 26))
    assert (about.value, about.certain) == (dt.date(2006, 1, 1), False)
    assert "vingtaine" in about.doubt
    exact = resolve_date("il y a quinze jours", dt.date(2026, 11, 26))
    assert (exact.value, exact.certain) == (dt.date(2026, 11, 11), True)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # "charge that" accuses: a claim
            "The lawsuit, filed in federal court in Denver, charges that the defendants hid evidence from the jury.",
            "charges",
            {"speaker": "The lawsuit", "content": "the defendants hid evidence from the jury"},
        ),
        (
            "Democrats charged Tuesday that the vote had been rigged.",
            "charged",
            {"speaker": "Democrats", "content": "the vote had been rigged", "day": "2024-09-17"},
        ),
        (
            '"This is a cover-up," Smith charged.',
            "charged",
            {"speaker": "Smith", "content": "This is a cover-up"},
        ),
    ],
)
def test_charged_that(text: str, cue: str, expected: dict) -> None:
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    "text",
    [
        "He was charged with murder.",  # an indictment, no claim
        "Police charged him with murder on Tuesday.",
        "Prosecutors charged three men in connection with the attack.",
        "The company charges customers a monthly fee.",
        "Opponents have charged the mayor with ignoring the report.",
        "The cavalry charged at dawn.",
        # a noun after an adjective or a possessive: no "claims" report
        "We understand that the complaint raises untested claims about the city.",
        "The board dismissed the complaint and its claims about the city.",
    ],
)
def test_no_claim_charged_or_claimed(text: str) -> None:
    assert not [
        s
        for s in suggest(text, "en", THURSDAY)
        if text[s.cue.start : s.cue.end].startswith(("charg", "claim"))
    ]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # how the outlet learned it: the source it asked, through the outlet; not the report's words
            "Le gouvernement a confirmé mercredi qu'il renonçait à la hausse de la taxe, a appris l'AFP "
            "auprès de Matignon.",
            "auprès",
            {"speaker": "Matignon", "intermediary": "l'AFP"},
        ),
        (
            "Le gouvernement a confirmé mercredi qu'il renonçait à la hausse de la taxe, a appris l'AFP "
            "auprès de Matignon.",
            "confirmé",
            {"speaker": "Le gouvernement", "content": "il renonçait à la hausse de la taxe"},
        ),
        (
            "Les deux suspects ont été interpellés mardi, a appris l'AFP de source policière.",
            "de source",
            {"speaker": "source policière", "intermediary": "l'AFP"},
        ),
        (  # how the speaker was reached is no more of what was said
            "Il y a urgence, insiste le président de la Fédération, Jean Dupuis, joint par téléphone.",
            "insiste",
            {"speaker": "le président de la Fédération, Jean Dupuis", "content": "Il y a urgence"},
        ),
        (
            "Il y a urgence, insiste le président de la Fédération, Jean Dupuis, joint par téléphone par Le "
            "Télégramme.",
            "insiste",
            {"content": "Il y a urgence", "intermediary": "Le Télégramme"},
        ),
        (  # a document an outlet got hold of: the outlet passes it on
            "D'après un document que s'est procuré Mediapart, l'entreprise savait depuis 2019.",
            "D'après",
            {
                "speaker": "un document",
                "intermediary": "Mediapart",
                "content": "l'entreprise savait depuis 2019",
            },
        ),
        (  # « se défendre »: an accused's answer, after a quotation
            "« Je n'ai rien à me reprocher », s'est défendu l'élu.",
            "s'est défendu",
            {"speaker": "l'élu", "content": "Je n'ai rien à me reprocher"},
        ),
        ("L'accusé se défend : « Je n'ai rien fait. »", "se défend", {"speaker": "L'accusé"}),
        (  # a relative's antecedent holds its « à »: « l'adjoint à l'urbanisme »
            "« Les études sont en cours », affirme l'adjoint à l'urbanisme, qui promet des travaux « dès 2027 ».",
            "promet",
            {"speaker": "l'adjoint à l'urbanisme"},
        ),
        (
            "La déléguée à la culture, qui a annoncé la fermeture, a été critiquée.",
            "annoncé",
            {"speaker": "La déléguée à la culture", "content": "la fermeture"},
        ),
        (  # two ways one says one is
            "Les routiers, eux, se disent « soulagés mais vigilants ».",
            "disent",
            {"speaker": "Les routiers", "content": "soulagés mais vigilants"},
        ),
        (
            "Les irrigants se disent soulagés et optimistes pour la suite.",
            "disent",
            {"speaker": "Les irrigants"},
        ),
    ],
)
def test_french_newsroom_copy(text: str, cue: str, expected: dict) -> None:
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # figures obtained by an outlet: the outlet passes them on
            "Border agents stopped more than 10,000 people on Monday alone, according to preliminary figures "
            "obtained by The Associated Press.",
            "en",
            "according to",
            {"speaker": "preliminary figures", "intermediary": "The Associated Press"},
        ),
        (
            "Selon un rapport obtenu par Le Monde, le plan prévoit 5 000 suppressions de postes.",
            "fr",
            "Selon",
            {"speaker": "un rapport", "intermediary": "Le Monde"},
        ),
        (  # a comma inside brackets does not end the source
            "According to information obtained by the Kurdistan party (KDP, the Kurdistan Democratic Party) "
            "from inside the ministry, the plan was dropped in May.",
            "en",
            "According to",
            {"content": "the plan was dropped in May"},
        ),
    ],
)
def test_obtained_by(text: str, language: str, cue: str, expected: dict) -> None:
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # where someone went is no medium told
            "Reports suggest the suspect fled to Spain.",
            "suggest",
            {"speaker": "Reports", "intermediary": None, "content": "the suspect fled to Spain"},
        ),
        ("Witnesses say the gunman went to Paris.", "say", {"intermediary": None}),
        (  # a plane is no channel
            "The president said on Air Force One that he would not resign.",
            "said",
            {"intermediary": None, "content": "he would not resign"},
        ),
        (  # whom a letter was sent to is no medium (an email to an outlet is)
            "The company said in a letter to Apple that it would sue.",
            "said",
            {"intermediary": None},
        ),
        ("The company said in an email to Reuters that it would sue.", "said", {"intermediary": "Reuters"}),
        (  # guard: the news confirmed to an outlet
            "The spokesman confirmed the job cuts to the BBC on Tuesday.",
            "confirmed",
            {"intermediary": "the BBC", "content": "the job cuts"},
        ),
        (  # how the speaker was reached ends what was said, as in French
            "The plan is dead, said the spokesman, Tom Hale, reached by phone.",
            "said",
            {"speaker": "the spokesman, Tom Hale", "content": "The plan is dead", "intermediary": None},
        ),
    ],
)
def test_a_journey_is_no_medium(text: str, cue: str, expected: dict) -> None:
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a scraped page's boilerplate reports nothing
        "We use cookies to improve your experience. By continuing, you agree to our Privacy Policy.",
        'Related: "It\'s a tragedy," says mayor after flood',
        "Sur le même sujet : « Nous ne céderons pas », prévient le ministre",
    ],
)
def test_page_furniture_reports_nothing(text: str) -> None:
    assert suggest(text, "en" if text.isascii() else "fr", THURSDAY) == []


def test_a_time_by_a_preposition_is_still_said() -> None:
    text = "By noon most shops had closed, police said."
    _reads(text, "en", "said", {"speaker": "police", "content": "By noon most shops had closed"})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a clause keeps its day: when the attack happened, not when it was said
            "The minister said the attack happened on Sunday.",
            "said",
            {"content": "the attack happened on Sunday", "day": None},
        ),
        (
            "The railway says passenger numbers rose by 18% last year.",
            "says",
            {"content": "passenger numbers rose by 18% last year", "day": None},
        ),
        (  # guard: a thing announced leaves the day to the announcement
            "The company announced the planned closure on Monday.",
            "announced",
            {"content": "the planned closure", "day": "2024-09-16"},
        ),
    ],
)
def test_a_clause_keeps_its_day(text: str, cue: str, expected: dict) -> None:
    _reads(text, "en", cue, expected)


def test_defending_a_reform_claims_nothing() -> None:
    assert suggest("Le ministre a défendu sa réforme devant les députés.", "fr", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a judgement in quotation marks after "as", with its article
        (
            'The ruling party hailed the result as "a victory for democracy".',
            "hailed",
            'the result as "a victory for democracy"',
        ),
        ('Opposition leaders dismissed the plan as a "gimmick".', "dismissed", 'the plan as a "gimmick"'),
    ],
)
def test_judged_as(text: str, cue: str, content: str) -> None:
    _reads(text, "en", cue, {"content": content})


@pytest.mark.parametrize("text", ["Crowds hailed a taxi.", "The coach hailed his players."])
def test_hailing_without_a_judgement_claims_nothing(text: str) -> None:
    assert suggest(text, "en", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # "per" names a source as "according to" does
            "The deal is worth $2 billion, per a person familiar with the matter.",
            "per",
            {"speaker": "a person familiar with the matter", "content": "The deal is worth $2 billion"},
        ),
        (
            "Per Axios, the White House is weighing a pardon.",
            "Per",
            {"speaker": "Axios", "content": "the White House is weighing a pardon"},
        ),
    ],
)
def test_per_a_source(text: str, cue: str, expected: dict) -> None:
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 3 per cent in May.",  # a rate, no source
        "Per capita income fell sharply last year.",
        "The car does 50 miles per gallon.",
        "Doses were limited to two per household.",
    ],
)
def test_per_a_unit_names_no_source(text: str) -> None:
    assert suggest(text, "en", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # an answer quoted whole is what was said, however short
            'Asked if he feared the sack, Ten Hag replied: "No."',
            "en",
            "replied",
            {"speaker": "Ten Hag", "content": "No"},
        ),
        ('"No," he said.', "en", "said", {"speaker": "he", "content": "No"}),
        ("Interrogé sur sa démission, il a répondu : « Non. »", "fr", "répondu", {"content": "Non"}),
    ],
)
def test_a_short_answer_quoted_whole(text: str, language: str, cue: str, expected: dict) -> None:
    _reads(text, language, cue, expected)


def test_a_word_said_unquoted_is_too_short() -> None:
    assert suggest("He said no.", "en", THURSDAY) == []
