"""Parts of a month and seasons as news words them ("in mid-November", "at the end of October",
« à la mi-novembre », "late last month", "last summer", « cet été »): each resolves to its interval
against the day of writing, and dates the report it stands next to. Sentences written for these tests
(project's own text)."""

import datetime as dt

import pytest

from claimtracker.domain.dates import Precision
from claimtracker.extraction.attributions import suggest
from claimtracker.extraction.dates import resolve_date
from tests.extraction.test_dated_reports import THURSDAY

WRITTEN = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    ("wording", "first", "last"),
    [
        ("in mid-November", "2026-11-11", "2026-11-20"),
        ("in early November", "2026-11-01", "2026-11-10"),  # the first third, not the whole month
        ("in late October", "2026-10-21", "2026-10-31"),
        ("at the end of October", "2026-10-21", "2026-10-31"),
        ("at the beginning of October", "2026-10-01", "2026-10-10"),
        ("à la mi-novembre", "2026-11-11", "2026-11-20"),
        ("à la fin du mois d'octobre", "2026-10-21", "2026-10-31"),
        ("late last month", "2026-10-21", "2026-10-31"),
        ("fin du mois dernier", "2026-10-21", "2026-10-31"),
        ("early this month", "2026-11-01", "2026-11-10"),
    ],
)
def test_a_part_of_a_month(wording: str, first: str, last: str) -> None:
    date = resolve_date(wording, WRITTEN)
    assert (date.value.isoformat(), date.latest.isoformat(), date.precision) == (first, last, Precision.RANGE)


@pytest.mark.parametrize(
    ("wording", "first", "last"),
    [
        ("last summer", "2026-06-01", "2026-08-31"),
        ("over the summer", "2026-06-01", "2026-08-31"),
        ("cet été", "2026-06-01", "2026-08-31"),
        ("in the spring", "2026-03-01", "2026-05-31"),
        ("au printemps", "2026-03-01", "2026-05-31"),
        ("last winter", "2025-12-01", "2026-02-28"),  # winter runs over the new year
        ("l'hiver dernier", "2025-12-01", "2026-02-28"),
        ("summer 2024", "2024-06-01", "2024-08-31"),
    ],
)
def test_a_season_is_an_uncertain_interval(wording: str, first: str, last: str) -> None:
    date = resolve_date(wording, WRITTEN)
    assert (date.value.isoformat(), date.latest.isoformat(), date.certain) == (first, last, False)
    assert "season" in date.doubt


def test_last_autumn_said_in_autumn_is_the_one_before() -> None:
    date = resolve_date("l'automne dernier", WRITTEN)  # written on 26 November, in autumn
    assert (date.value, date.latest) == (dt.date(2025, 9, 1), dt.date(2025, 11, 30))


def test_a_season_in_an_undated_article_stays_unknown() -> None:
    date = resolve_date("last summer", None)
    assert date.value is None and date.wording == "last summer"


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        (
            "The minister said in mid-September that the border would reopen.",
            "en",
            "2024-09-11",
            "2024-09-20",
        ),
        (
            "The minister said at the end of August that the border would reopen.",
            "en",
            "2024-08-21",
            "2024-08-31",
        ),
        ("The minister said last summer that the border would reopen.", "en", "2024-06-01", "2024-08-31"),
        ("Le ministre a affirmé cet été que la frontière rouvrirait.", "fr", "2024-06-01", "2024-08-31"),
        (
            "Le ministre a affirmé à la mi-septembre que la frontière rouvrirait.",
            "fr",
            "2024-09-11",
            "2024-09-20",
        ),
        ("Le ministre a affirmé courant août que la frontière rouvrirait.", "fr", "2024-08-01", "2024-08-31"),
    ],
)
def test_the_report_is_dated_by_it(text: str, language: str, first: str, last: str) -> None:
    [found] = suggest(text, language, THURSDAY)
    assert (found.claim_date.value.isoformat(), found.claim_date.latest.isoformat()) == (first, last)


def test_a_fall_is_no_season() -> None:
    text = "The minister said in the fall of the regime that the border would reopen."
    [found] = suggest(text, "en", THURSDAY)
    assert found.claim_date.value is None


def test_a_day_earlier_is_the_day_before() -> None:
    text = "A senior army officer said a day earlier that he expected the shelling to stop."
    [found] = suggest(text, "en", THURSDAY)
    assert (found.claim_date.value, found.claim_date.certain) == (dt.date(2024, 9, 18), False)


def test_last_winter_said_in_a_leap_winter() -> None:
    date = resolve_date("last winter", dt.date(2028, 1, 15))  # this winter ends on 29 February 2028
    assert (date.value, date.latest) == (dt.date(2026, 12, 1), dt.date(2027, 2, 28))


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        # a part of a year, next to the verb
        ("The minister said in early 2023 that the border would reopen.", "en", "2023-01-01", "2023-04-30"),
        ("The minister said in late 2023 that the border would reopen.", "en", "2023-09-01", "2023-12-31"),
        ("Le ministre a affirmé début 2023 que la frontière rouvrirait.", "fr", "2023-01-01", "2023-04-30"),
        ("Le ministre a affirmé fin 2023 que la frontière rouvrirait.", "fr", "2023-09-01", "2023-12-31"),
        # the year of the words that open the sentence
        ("In a 2019 interview, the minister said the border would reopen.", "en", "2019-01-01", "2019-12-31"),
        ("In his 2021 speech, the minister said the border would reopen.", "en", "2021-01-01", "2021-12-31"),
    ],
)
def test_a_year_or_its_part_dates_the_report(text: str, language: str, first: str, last: str) -> None:
    [found] = suggest(text, language, THURSDAY)
    assert (found.claim_date.value.isoformat(), found.claim_date.latest.isoformat()) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on the 75th anniversary of the treaty that the border would reopen.",
        "The minister said on the 3rd day of the siege that the border would reopen.",
    ],
)
def test_an_ordinal_that_is_no_day_of_the_month(text: str) -> None:
    [found] = suggest(text, "en", THURSDAY)
    assert (found.claim_date.value, found.claim_date.wording) == (None, "")
