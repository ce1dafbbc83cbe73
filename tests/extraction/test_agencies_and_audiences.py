"""Shapes met in real wire copy that relays state agencies and audiences, read on this machine
(never copied here): each case is a sentence written for these tests (project's own text) of the
same shape as the one misread."""

import datetime as dt

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import _reads


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # an agency named by its acronym and a lower-case "agency" passes words on
            "Quoted by the official KCNA agency, Kim said the tests would continue.",
            "said",
            {"speaker": "Kim", "intermediary": "the official KCNA agency"},
        ),
        (  # guard: a body whose name holds "Agency" hears the words and passes nothing on
            "The minister told the International Atomic Energy Agency that inspections would resume.",
            "told",
            {"speaker": "The minister", "intermediary": None, "content": "inspections would resume"},
        ),
        (  # how those told were gathered belongs to them, not to what was said
            "The spokesman told reporters gathered outside the court on Tuesday that the verdict was unjust.",
            "told",
            {"intermediary": "reporters", "content": "the verdict was unjust", "day": "2024-09-17"},
        ),
        (
            "The spokesman told a news conference broadcast live that the border was closed.",
            "told",
            {"speaker": "The spokesman", "content": "the border was closed"},
        ),
        (  # a relay after the verb with no comma before it
            "The plan had been shelved, said the minister according to Reuters.",
            "said",
            {"speaker": "the minister", "intermediary": "Reuters", "content": "The plan had been shelved"},
        ),
        (
            "The plan had been shelved, the minister said according to Reuters.",
            "said",
            {"speaker": "the minister", "intermediary": "Reuters", "content": "The plan had been shelved"},
        ),
        (  # "citing" with no comma is no content of the verb
            "The plan had been shelved, the Post reported citing two officials.",
            "reported",
            {"content": "The plan had been shelved"},
        ),
    ],
)
def test_agencies_and_audiences(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a plural subject and "report" with another's report after it: a verb, that passes it on
            "News agencies report the minister said Monday no decision has been taken.",
            "said",
            {"speaker": "the minister", "intermediary": "News agencies", "day": "2024-09-16"},
        ),
        (
            "News agencies report the minister said Monday no decision has been taken.",
            "report",
            {"speaker": "News agencies", "content": "the minister said Monday no decision has been taken"},
        ),
        (
            "Wire services report Prime Minister Anna Berg said no decision had been taken.",
            "said",
            {"speaker": "Prime Minister Anna Berg", "intermediary": "Wire services"},
        ),
        (  # guard: a relative's report stays inside the subject of the main verb
            "The man who said he saw the crash told reporters the car was speeding.",
            "told",
            {"speaker": "The man", "content": "the car was speeding"},
        ),
    ],
)
def test_agencies_report_what_another_said(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # an agency named with what it is: « de presse », an adjective, then its name
            "Les négociations reprendront en mars, a déclaré le ministre, cité par l'agence de presse "
            "officielle SPA.",
            "déclaré",
            {"speaker": "le ministre", "intermediary": "l'agence de presse officielle SPA"},
        ),
        (
            "Les négociations reprendront en mars, a déclaré le ministre, cité par l'agence turque Anadolu.",
            "déclaré",
            {"intermediary": "l'agence turque Anadolu", "content": "Les négociations reprendront en mars"},
        ),
        (  # how those told were gathered is no part of them
            "Le porte-parole a indiqué aux journalistes rassemblés devant le tribunal que le verdict était "
            "injuste.",
            "indiqué",
            {"intermediary": "journalistes", "content": "le verdict était injuste"},
        ),
    ],
)
def test_french_agencies_and_audiences(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # « Ainsi » before an inverted verb: the speaker comes after it
            "« Le juge avance enfin. » Ainsi résume Bernard Roux, le frère du disparu.",
            "résume",
            {"speaker": "Bernard Roux", "content": "Le juge avance enfin"},
        ),
        (  # a comma between the outlet told and the speaker after it
            "« Il n'y a pas de nouveau cas », a confié à l'AFP, le ministre de la Santé.",
            "confié",
            {"speaker": "le ministre de la Santé", "intermediary": "l'AFP"},
        ),
        (
            "Il n'y a pas de nouveau cas, a déclaré au Monde, un responsable du ministère.",
            "déclaré",
            {"speaker": "un responsable du ministère", "content": "Il n'y a pas de nouveau cas"},
        ),
        (  # the source's own report in a relative is no part of the source
            "Un juge s'est rendu au ministère, selon un communiqué du ministère qui précise qu'il ne "
            "s'agissait pas d'une perquisition.",
            "selon",
            {"speaker": "un communiqué du ministère", "content": "Un juge s'est rendu au ministère"},
        ),
    ],
)
def test_french_speakers_after_their_verb(text, cue, expected):
    _reads(text, "fr", cue, expected)


@pytest.mark.parametrize(
    ("text", "language", "cue", "day"),
    [  # the night before the day of writing: an interval from the day before to the day itself
        ("The army said overnight that two soldiers had been killed.", "en", "said", "2024-09-18"),
        ("Two soldiers were killed, the army said overnight.", "en", "said", "2024-09-18"),
        (
            "L'armée a annoncé la nuit dernière que deux soldats avaient été tués.",
            "fr",
            "annoncé",
            "2024-09-18",
        ),
        # said after an event named by its day: that day
        (
            "The coach told reporters after Tuesday's game that the team had played poorly.",
            "en",
            "told",
            "2024-09-17",
        ),
        ('"We played poorly," the coach said after Tuesday\'s game.', "en", "said", "2024-09-17"),
        # guards: an event's day inside what was said, or in another clause
        ("The vote was delayed until after Thursday's meeting, the minister said.", "en", "said", None),
        ("Fans celebrated after Sunday's win, and the coach said the team would rest.", "en", "said", None),
        # guard: an adjective before a noun dates the shelling, not the words
        ("The army said the overnight shelling killed two soldiers.", "en", "said", None),
    ],
)
def test_said_overnight_or_after_an_event(text, language, cue, day):
    _reads(text, language, cue, {"day": day})


def test_overnight_is_the_night_either_side_of_midnight():
    from claimtracker.extraction.dates import resolve_date

    night = resolve_date("overnight", dt.date(2024, 9, 19))
    assert (night.value, night.latest) == (dt.date(2024, 9, 18), dt.date(2024, 9, 19))
    assert not night.certain


def test_said_it_many_times_is_no_content():
    """The saying repeated ("said it many times") says nothing itself: what follows the comma or the
    colon is what was said, and "said it before and …" leaves the words to the next verb."""
    text = "I've said it many times, we will not negotiate."
    _reads(text, "en", "said", {"speaker": "I", "content": "we will not negotiate"})
    text = "I have said it before and I will say it again: the deal is dead."
    assert [s.texts(text)["cue"] for s in suggest(text, "en")] == ["say"]
    _reads(text, "en", "say", {"content": "the deal is dead"})


def test_a_country_told_passes_nothing_on():
    text = "Iran has told the United States that it will not negotiate."
    _reads(text, "en", "told", {"speaker": "Iran", "intermediary": None, "content": "it will not negotiate"})


def test_a_parenthesis_after_a_colon_reports_what_follows_the_colon():
    text = "Researchers offer an explanation: before birth, they say, birds rehearse their songs."
    _reads(text, "en", "say", {"content": "before birth, they say, birds rehearse their songs"})


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a host named where the station would be: the station after it passes the words on
            "« C'est plus populiste que populaire », tacle le dirigeant syndical mardi matin au micro de "
            "Léa Morel, sur France Inter.",
            "tacle",
            {"speaker": "le dirigeant syndical", "intermediary": "France Inter"},
        ),
        (  # guard: the station alone
            "« C'est plus populiste que populaire », a estimé le dirigeant syndical au micro de RTL.",
            "estimé",
            {"intermediary": "RTL"},
        ),
        (  # « renchérir »: to add, in turn
            "« On a une politique qui pousse à déprotéger les gens », renchérit-il.",
            "renchérit",
            {"speaker": "il", "content": "On a une politique qui pousse à déprotéger les gens"},
        ),
    ],
)
def test_french_hosts_and_verbs(text, cue, expected):
    _reads(text, "fr", cue, expected)


def test_prices_that_rise_say_nothing():
    assert suggest("Les prix ont renchéri de 5 % en un an.", "fr") == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # a restrictive relative whose subject reports it: up to the main clause's verb
            "The man who police said was armed fled on foot.",
            "said",
            {"speaker": "police", "content": "was armed"},
        ),
        (
            "The man who authorities say hid in the trees was arrested.",
            "say",
            {"speaker": "authorities", "content": "hid in the trees"},
        ),
        (  # a person's noun in -ent after an adjective is no verb
            "The former president lashed out at the FBI and suggested that agents planted evidence.",
            "suggested",
            {"speaker": "The former president", "content": "agents planted evidence"},
        ),
        (  # verbs in a series share the subject of the first
            "Mr. Smith called the search a break-in, said there was no way to justify it and demanded "
            "an apology.",
            "said",
            {"speaker": "Mr. Smith", "content": "there was no way to justify it"},
        ),
        (
            "A local resident heard the blast and said the windows shook.",
            "said",
            {"speaker": "A local resident", "content": "the windows shook"},
        ),
        (  # guard: a speaker and its apposition before the verb
            "The spokesman for the ministry of health, Anna Berg, said the clinics would reopen.",
            "said",
            {"speaker": "The spokesman for the ministry of health, Anna Berg"},
        ),
    ],
)
def test_speakers_in_court_copy(text, cue, expected):
    _reads(text, "en", cue, expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # « nous », « lui »: whom the words were told, before the verb; the speaker comes after it
            "« Il n'y a pas de piste privilégiée », nous confie une source proche de l'enquête.",
            "confie",
            {"speaker": "une source proche de l'enquête", "content": "Il n'y a pas de piste privilégiée"},
        ),
        ("« Il faut partir », lui répond le maire.", "répond", {"speaker": "le maire"}),
        ("« Nous partirons », nous a-t-il confié.", "confié", {"speaker": "il"}),  # guard
        (  # « du côté de »: the side that speaks
            "« L'enquête se poursuit », indique-t-on du côté de la gendarmerie.",
            "indique",
            {"speaker": "la gendarmerie"},
        ),
        ("« L'enquête se poursuit », confirme-t-on côté français.", "confirme", {"speaker": "on"}),  # guard
    ],
)
def test_french_police_copy(text, cue, expected):
    _reads(text, "fr", cue, expected)
