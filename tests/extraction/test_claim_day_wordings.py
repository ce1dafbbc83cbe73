"""How a claim's day is written next to its cue, in wire and regional copy, read against a Thursday
paper (19 September 2024).

The sentences were written for these tests (project's own text).
"""

import pytest

from claimtracker.extraction.attributions import suggest
from tests.extraction.test_dated_reports import THURSDAY, _reads


@pytest.mark.parametrize(
    ("text", "language", "cue", "day"),
    [
        # a weekday with its date is that date, not this week's weekday
        ("Le ministre a affirmé mardi 3 septembre que les prix baisseraient.", "fr", "affirmé", "2024-09-03"),
        (
            "Le ministre a affirmé le mardi 3 septembre que les prix baisseraient.",
            "fr",
            "affirmé",
            "2024-09-03",
        ),
        (
            "Mardi 3 septembre, le ministre a affirmé que les prix baisseraient.",
            "fr",
            "affirmé",
            "2024-09-03",
        ),
        ("The minister said on Tuesday, Sept. 3, that prices would fall.", "en", "said", "2024-09-03"),
        ("The minister said Tuesday 3 September that prices would fall.", "en", "said", "2024-09-03"),
        # two days before the paper
        ("The minister said the day before yesterday that prices would fall.", "en", "said", "2024-09-17"),
        ("Le ministre a affirmé avant-hier que les prix baisseraient.", "fr", "affirmé", "2024-09-17"),
        ("Le ministre a déclaré dimanche 15 que les prix baisseraient.", "fr", "déclaré", "2024-09-15"),
        ("The minister said on Sunday the 15th that prices would fall.", "en", "said", "2024-09-15"),
        ("On Thursday the 12th, the minister said that prices would fall.", "en", "said", "2024-09-12"),
        ("The minister said overnight Tuesday that prices would fall.", "en", "said", "2024-09-17"),
        # a day that opens the sentence dates its main clause, across a clause of when
        (
            "On Tuesday, as the storm hit, the minister said that prices would fall.",
            "en",
            "said",
            "2024-09-17",
        ),
        (
            "Late on Tuesday, while crews worked, the minister said prices would fall.",
            "en",
            "said",
            "2024-09-17",
        ),
        ("The vote was put off on Tuesday, after the minister said prices would fall.", "en", "said", None),
        # the object's day, before a participle of the same speaker
        (
            "The minister announced the plan Tuesday, saying prices would fall.",
            "en",
            "announced",
            "2024-09-17",
        ),
        # one end of a stretch of time is no day of saying
        ("Since Monday, the ministry has said that prices would fall.", "en", "said", None),
        ("Depuis lundi, le ministère affirme que les prix baisseront.", "fr", "affirme", None),
        # the day as an ordinal, British style
        ("The minister said on 3rd September that prices would fall.", "en", "said", "2024-09-03"),
        ("The minister said on the 3rd of September that prices would fall.", "en", "said", "2024-09-03"),
        # a month or a year told of, next to the report
        ("The auditors reported in August that spending fell by 40 percent.", "en", "reported", "2024-08-01"),
        ("Cole reportedly said in 2019 that he had never taken a cent.", "en", "said", "2019-01-01"),
        (
            "Début mai, Marc Leroy avait prévenu que le festival ne survivrait pas.",
            "fr",
            "prévenu",
            "2024-05-01",
        ),
        # not in a description of the speaker
        ("Le groupe, fondé en 1998, a assuré que l'usine était sûre.", "fr", "assuré", None),
        ("« On a tout vu », raconte le viticulteur, qui a repris la ferme en 1998.", "fr", "raconte", None),
        # some day of last week: the interval starts on its Monday
        (
            "Le ministre a fait savoir en fin de semaine dernière qu'il partirait.",
            "fr",
            "fait savoir",
            "2024-09-09",
        ),
        ("The minister said late last week that prices would fall.", "en", "said", "2024-09-09"),
    ],
)
def test_the_day_of_the_claim(text, language, cue, day):
    _reads(text, language, cue, {"day": day})


def test_a_day_between_the_verb_and_its_object_is_no_part_of_what_was_said():
    _reads(
        "Le préfet a annoncé avant-hier la fermeture des écoles.",
        "fr",
        "annoncé",
        {"content": "la fermeture des écoles", "day": "2024-09-17"},
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a programme named "Today" is no day
        ("The minister told the BBC's Today programme on Monday that prices would fall.", "2024-09-16"),
        ('"Prices will fall," she told the BBC\'s Today programme.', None),
        # the day of the speaker's relative clause is not the claim's
        ("The minister, who visited the town on Friday, told the Commons that prices would fall.", None),
        ("The minister, who arrived on Monday, said on Tuesday that prices would fall.", "2024-09-17"),
        # "later in the day": the day of the report before it in the paragraph
        (
            "The minister told the BBC on Tuesday morning that prices would fall. She told MPs later in the day "
            "that wages would rise.",
            "2024-09-17",
        ),
    ],
)
def test_names_and_clauses_that_are_no_claim_day(text, day):
    last = sorted(suggest(text, "en", THURSDAY), key=lambda s: s.cue.start)[-1]
    assert (last.claim_date.value.isoformat() if last.claim_date.value else None) == day


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        # a day of the month of writing, or of the month before when it is still to come
        ("The minister said on the 3rd that prices would fall.", "en", "2024-09-03"),
        ("The minister said on the 25th that prices would fall.", "en", "2024-08-25"),
        # a feast, on its date before the paper
        ("The minister said on Christmas Eve that prices would fall.", "en", "2023-12-24"),
        ("The minister said on Christmas\u00a0Eve that prices would fall.", "en", "2023-12-24"),  # any space
        ("Le ministre a déclaré à Noël que les prix baisseraient.", "fr", "2023-12-25"),
        # not a first name
        ("« Les prix baisseront », a déclaré Noël Mamère.", "fr", None),
    ],
)
def test_days_of_the_month_and_feasts(text, language, day):
    (found,) = suggest(text, language, THURSDAY)
    assert (found.claim_date.value.isoformat() if found.claim_date.value else None) == day


@pytest.mark.parametrize(
    ("text", "language", "cue", "day"),
    [
        (
            "The minister said on Tuesday that prices would fall. A day later, she told reporters they had fallen sharply.",
            "en",
            "told",
            "2024-09-18",
        ),
        (
            "Le ministre a affirmé mardi que les prix baisseraient. Le lendemain, il a assuré qu'ils avaient baissé.",
            "fr",
            "assuré",
            "2024-09-18",
        ),
        (  # the same day, by reference
            "The minister said on Tuesday that prices would fall. Hours later, she told reporters they had fallen sharply.",
            "en",
            "told",
            "2024-09-17",
        ),
        (
            "Le ministre a affirmé mardi que les prix baisseraient. Le même jour, il a assuré qu'ils baissaient.",
            "fr",
            "assuré",
            "2024-09-17",
        ),
        # with no report dated before it, the day after names no day
        ("A day later, the minister told reporters that prices had fallen.", "en", "told", None),
        ("That evening, the minister told reporters that prices had fallen.", "en", "told", None),
    ],
)
def test_the_day_after_is_the_day_after_the_report_before_it(text, language, cue, day):
    _reads(text, language, cue, {"day": day})


@pytest.mark.parametrize(
    ("text", "language", "cue", "expected"),
    [
        (  # the sentence after says when and to whom
            '"The border will reopen," the minister said. She made the comments in an interview with the BBC '
            "on Tuesday.",
            "en",
            "said",
            {"day": "2024-09-17", "intermediary": "the BBC"},
        ),
        (
            "The minister said the border would reopen. He was speaking to reporters in Geneva on Tuesday.",
            "en",
            "said",
            {"day": "2024-09-17", "intermediary": "reporters"},
        ),
        (  # another clause's day is not the words'
            "The minister said the border would reopen. The comments came two days after the attack on Monday.",
            "en",
            "said",
            {"day": None, "intermediary": None},
        ),
        (  # the report's own day stands
            "The minister said on Monday that the border would reopen. She made the remarks in Geneva on Tuesday.",
            "en",
            "said",
            {"day": "2024-09-16", "intermediary": None},
        ),
        (
            "Le ministre a affirmé que la frontière rouvrirait. Il s'exprimait mardi sur France Inter.",
            "fr",
            "affirmé",
            {"day": "2024-09-17", "intermediary": "France Inter"},
        ),
    ],
)
def test_the_sentence_after_the_words_says_when_and_through_whom(text, language, cue, expected):
    _reads(text, language, cue, expected)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Le ministre a affirmé le 17 que les impôts augmenteraient.", "2024-09-17"),
        ("Le ministre avait affirmé dès le 3 que les impôts augmenteraient.", "2024-09-03"),
        ("Le ministre a affirmé le 17 à Lyon que les impôts augmenteraient.", "2024-09-17"),
        (
            "Le ministre a affirmé le 25 que les impôts augmenteraient.",
            "2024-08-25",
        ),  # still to come: last month's
    ],
)
def test_a_day_of_the_month_alone_dates_a_french_report(text, day):
    _reads(text, "fr", "affirmé", {"day": day, "content": "les impôts augmenteraient"})


def test_a_number_after_le_is_no_day_of_the_month():
    text = "Le gouvernement a annoncé le 49.3 pour faire adopter le budget."
    assert all(s.claim_date.value is None for s in suggest(text, "fr", THURSDAY))
