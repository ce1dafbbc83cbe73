import datetime as dt

import pytest

from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.extraction.attributions import suggest
from claimtracker.extraction.dates import resolve_date

D = dt.date


@pytest.mark.parametrize(
    ("wording", "base", "value", "precision"),
    [
        ("le 5 décembre dernier", D(2014, 1, 20), D(2013, 12, 5), Precision.DAY),
        ("lundi", D(2021, 11, 9), D(2021, 11, 8), Precision.DAY),
        ("lundi soir", D(2021, 11, 9), D(2021, 11, 8), Precision.DAY),
        ("lundi prochain", D(2021, 11, 9), D(2021, 11, 15), Precision.DAY),
        ("on Oct. 3", D(2019, 10, 10), D(2019, 10, 3), Precision.DAY),
        ("October 1", D(2019, 10, 10), D(2019, 10, 1), Precision.DAY),
        ("il y a environ une semaine", D(2021, 11, 9), D(2021, 11, 2), Precision.DAY),
        ("l'attaque du 1 septembre", D(2014, 1, 20), D(2013, 9, 1), Precision.DAY),
        ("3 janvier 2020", None, D(2020, 1, 3), Precision.DAY),
        ("octobre 2019", None, D(2019, 10, 1), Precision.MONTH),
        ("2019", None, D(2019, 1, 1), Precision.YEAR),
    ],
)
def test_resolves_french_and_english_wordings_against_the_publication_date(wording, base, value, precision):
    date = resolve_date(wording, base)
    assert (date.value, date.precision, date.wording) == (value, precision, wording)
    assert date.certain


@pytest.mark.parametrize(
    "wording", ["31 février", "le 31 février 2020", "1 janvier 99999", "Ces derniers mois", ""]
)
def test_impossible_or_vague_dates_are_unknown_and_keep_their_wording(wording):
    date = resolve_date(wording, D(2021, 1, 1))
    assert not date.is_known and date.precision is Precision.UNKNOWN
    assert date.wording == wording


def test_a_day_without_year_in_an_undated_article_keeps_its_year_unknown():
    date = resolve_date("le 29 janvier")
    assert not date.is_known and date.wording == "le 29 janvier"
    assert not date.certain and "without a year" in date.doubt


def test_same_weekday_as_publication_is_that_day_and_marked_uncertain():
    date = resolve_date("mardi", D(2021, 11, 9))  # in Tuesday's paper, "a déclaré mardi" is that day
    assert date.value == D(2021, 11, 9)
    assert not date.certain and "weekday" in date.doubt
    assert resolve_date("on Tuesday evening", D(2021, 11, 9)).value == D(2021, 11, 9)
    assert resolve_date("mardi dernier", D(2021, 11, 9)).value == D(2021, 11, 2)  # "dernier": the week before
    assert resolve_date("last Tuesday", D(2021, 11, 9)).value == D(2021, 11, 2)


def test_relative_date_against_an_uncertain_publication_date_is_uncertain():
    base = ClaimDate(D(2022, 12, 5), Precision.DAY, "5 December 2022", certain=False, doubt="page header")
    date = resolve_date("lundi soir", base)
    assert date.value == D(2022, 11, 28) and not date.certain  # a page header's Monday: the week before
    assert resolve_date("le 3 janvier 2020", base).certain  # an explicit year does not depend on the base


def test_iso_dates_are_read_strictly():
    assert resolve_date("2019-10").precision is Precision.MONTH
    assert resolve_date("2019-10-03").value == D(2019, 10, 3)
    assert not resolve_date("2019-13").is_known  # dateparser would make it 13 November
    assert not resolve_date("2019-02-30").is_known


@pytest.mark.parametrize(
    ("text", "language", "claim_day"),
    [
        ("The union's leader said this morning that a strike was likely.", "en", D(2017, 3, 10)),
        ("Le maire a indiqué ce matin que les fontaines seraient coupées.", "fr", D(2017, 3, 10)),
        ("La ministre a assuré ce soir que l'eau potable n'était pas menacée.", "fr", D(2017, 3, 10)),
        # the day nearest the verb, not the one of a clause about the speaker
        (
            "The minister, who arrived on Monday, said on Wednesday that the talks had failed.",
            "en",
            D(2017, 3, 8),
        ),
        ("The electoral commission said late Thursday that results would be delayed.", "en", D(2017, 3, 9)),
        ("« Nous n'avons jamais vu ça », a confié ce vendredi matin une habitante.", "fr", D(2017, 3, 10)),
        ("The minister said two days ago that the talks had failed.", "en", D(2017, 3, 8)),
        ("Le ministre a déclaré il y a deux jours que les discussions avaient échoué.", "fr", D(2017, 3, 8)),
        ("The minister said on Tuesday last week that the talks had failed.", "en", D(2017, 2, 28)),
        (
            "Le ministre a déclaré mardi de la semaine dernière que les discussions avaient échoué.",
            "fr",
            D(2017, 2, 28),
        ),
        # a day inside what was said is not the day it was said
        ("The mayor said the road would reopen on Monday.", "en", None),
    ],
)
def test_the_day_a_claim_was_made(text, language, claim_day):
    (found,) = suggest(text, language, ClaimDate.of(D(2017, 3, 10)))  # a Friday
    assert found.claim_date.value == claim_day


def test_a_relative_day_in_an_undated_article_is_not_counted_from_today():
    for wording in (
        "on Tuesday",
        "yesterday",
        "hier",
        "last week",
        "last year",
        "l'année dernière",
        "two days ago",
    ):
        date = resolve_date(wording)
        assert date.value is None and not date.certain and date.wording == wording
