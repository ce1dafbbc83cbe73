"""Dates are intervals of days: their rules, the wordings that name them, and filters by overlap."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtracker.domain import AttributionChain, Claim, Span
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.extraction.dates import resolve_date
from claimtracker.importing.importer import import_paths
from claimtracker.library import Library
from tests.conftest import SEEDS

D = dt.date
days = st.dates(min_value=D(1, 1, 1), max_value=D(9990, 12, 31))
calendar_units = st.sampled_from([Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.DECADE])


@st.composite
def claim_dates(draw) -> ClaimDate:
    if draw(st.booleans()):
        return ClaimDate.of(draw(days), draw(calendar_units), certain=draw(st.booleans()))
    first = draw(days)
    last = draw(st.dates(min_value=first, max_value=D(9999, 12, 31)))
    return ClaimDate.between(first, last, certain=draw(st.booleans()))


@given(claim_dates())
def test_an_interval_runs_from_its_first_to_its_last_day_and_reads_back_from_edtf(date):
    assert date.value <= date.latest
    assert ClaimDate.from_edtf(date.edtf()) == date


@given(claim_dates(), days, days)
def test_within_means_overlapping_with_every_day_inside(date, a, b):
    first, last = min(a, b), max(a, b)
    if date.within(first, last):
        assert date.overlaps(first, last)
    assert date.overlaps(first, last) == (date.value <= last and date.latest >= first)
    assert date.overlaps(date.value, date.value) and date.overlaps(date.latest, date.latest)


def test_calendar_units_know_their_last_day():
    assert ClaimDate.of(D(2019, 10, 15), Precision.MONTH).latest == D(2019, 10, 31)
    assert ClaimDate.of(D(2020, 2, 3), Precision.MONTH).latest == D(2020, 2, 29)
    assert ClaimDate.of(D(1994, 6, 1), Precision.DECADE).latest == D(1999, 12, 31)
    assert ClaimDate.between(D(2019, 10, 1), D(2019, 10, 31)).precision is Precision.MONTH
    with pytest.raises(ValueError):
        ClaimDate(D(2019, 10, 1), Precision.MONTH, latest=D(2019, 10, 30))


PUBLISHED = ClaimDate.of(D(2022, 12, 5))  # a Monday


@pytest.mark.parametrize(
    ("wording", "first", "last", "certain"),
    [
        ("octobre 2019", D(2019, 10, 1), D(2019, 10, 31), True),
        ("last week", D(2022, 11, 28), D(2022, 12, 4), False),
        ("la semaine dernière", D(2022, 11, 28), D(2022, 12, 4), False),
        ("début 2020", D(2020, 1, 1), D(2020, 4, 30), True),
        ("mid-October", D(2022, 10, 11), D(2022, 10, 20), True),
        ("fin mars 2019", D(2019, 3, 21), D(2019, 3, 31), True),
        ("in the 1990s", D(1990, 1, 1), D(1999, 12, 31), True),
        ("dans les années 90", D(1990, 1, 1), D(1999, 12, 31), True),
        ("le 5 décembre dernier", D(2021, 12, 5), D(2021, 12, 5), True),  # "dernier" is never today
        ("last December 5", D(2021, 12, 5), D(2021, 12, 5), True),
        ("le 3 décembre dernier", D(2022, 12, 3), D(2022, 12, 3), True),
    ],
)
def test_wordings_resolve_to_the_interval_they_name(wording, first, last, certain):
    date = resolve_date(wording, PUBLISHED)
    assert (date.value, date.latest, date.certain) == (first, last, certain)
    assert date.wording == wording


@pytest.fixture
def dated(db):
    (article,) = import_paths(db, [SEEDS / "003_9f2c35486580cde8.txt"]).added
    library = Library(db)
    made = {}
    for word, date in (
        ("Qaani", ClaimDate.of(D(2019, 10, 1), Precision.MONTH, "octobre 2019")),
        ("Bagdad", ClaimDate.of(D(2019, 10, 20))),
        ("Irak", ClaimDate.between(D(2019, 9, 25), D(2019, 10, 5), "fin septembre, début octobre")),
    ):
        start = article.body.index(word)
        claim = Claim.from_span(
            article.id,
            article.body,
            Span(start, start + len(word)),
            AttributionChain.of("x"),
            claim_date=date,
        )
        made[word] = library.create_claim(claim).id
    return library, made


def test_a_filter_from_a_day_inside_a_month_finds_the_month_claim(dated):
    library, made = dated
    found = {c.id for c in library.find_claims(ClaimFilter(date_from=D(2019, 10, 15)))}
    assert found == {made["Qaani"], made["Bagdad"]}  # the month overlaps; the early interval does not
    found = {c.id for c in library.find_claims(ClaimFilter(date_from=D(2019, 10, 1), date_to=D(2019, 10, 3)))}
    assert found == {made["Qaani"], made["Irak"]}
    within = ClaimFilter(date_from=D(2019, 10, 1), date_to=D(2019, 10, 31), date_within=True)
    assert {c.id for c in library.find_claims(within)} == {made["Qaani"], made["Bagdad"]}


def test_an_interval_is_stored_and_read_back_whole(dated):
    library, made = dated
    stored = library.claim(made["Irak"]).claim_date
    assert (stored.precision, stored.value, stored.latest) == (
        Precision.RANGE,
        D(2019, 9, 25),
        D(2019, 10, 5),
    )
    assert stored.edtf() == "2019-09-25/2019-10-05"
