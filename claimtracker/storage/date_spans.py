"""A date filter as an interval query: claims whose date (first to last day) overlaps, or lies
within, the days asked for, answered from the interval index of migration 0017.

Sorted by date, the page is read by walking the date index from the window's edge instead:
its matches lie together in that order. Walking oldest first needs a first day to start from,
which an overlap does not give (a year-long date started before the window), so it is asked of
the interval index: the earliest start among the claims that contain the window's first day.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.claim_filter import ClaimFilter, DateField, SortKey
from claimtracker.storage.page_plans import counted_up_to, member_of
from claimtracker.storage.schema import ClaimRow

FETCHED_UP_TO = 20_000  # PostgreSQL: date matches fetched by id below this, tested as walked above
_JULIAN = 1721424  # SQLite's julianday() of a date, as an integer, is its ordinal plus this


def day_number(date: dt.date) -> int:
    return date.toordinal() + _JULIAN


def in_dates(session: Session, query: ClaimFilter) -> sa.ColumnElement[bool]:
    """The claims in `query`'s dates: overlapping them, or within them (`date_within`)."""
    event = query.date_field is DateField.EVENT
    first, last = (
        (ClaimRow.event_date, ClaimRow.event_date_latest)
        if event
        else (ClaimRow.claim_date, ClaimRow.claim_date_latest)
    )
    dialect = session.get_bind().dialect.name
    if query.sort is SortKey.DATE or dialect not in ("sqlite", "postgresql"):
        return _walking_dates(session, query, first, last, dialect)
    if dialect == "postgresql":
        # The expression of the GiST index (migration 0017); an open end is an unbounded range.
        span = _pg_span(first, last)
        asked = sa.func.daterange(query.date_from, query.date_to, _CLOSED)
        matching = sa.and_(first.is_not(None), span.op("<@" if query.date_within else "&&")(asked))
        if query.limit is None:
            return matching
        # PostgreSQL walks the sort's index and computes each claim's range on the way, even for a
        # month of 3,000 claims out of a million (200 ms). Up to FETCHED_UP_TO matches, they are
        # listed from the GiST index once (an InitPlan) and fetched by id instead (30 ms).
        ids = sa.select(ClaimRow.id).where(matching)
        if counted_up_to(session, ids, FETCHED_UP_TO) < FETCHED_UP_TO:
            return ClaimRow.id == sa.func.any(sa.func.array(ids.scalar_subquery()))
        return matching
    spans = _spans_table(event)
    bounds = []
    if query.date_from:
        bounds.append((spans.c.first if query.date_within else spans.c.last) >= day_number(query.date_from))
    if query.date_to:
        bounds.append((spans.c.last if query.date_within else spans.c.first) <= day_number(query.date_to))
    return member_of(session, query, sa.select(spans.c.id).where(*bounds))


def _walking_dates(session: Session, query: ClaimFilter, first, last, dialect: str) -> sa.ColumnElement[bool]:
    """The same claims as bounds on the date columns, both ends of `first` bounded where known."""
    start, end = query.date_from, query.date_to
    conditions = []
    if query.date_within:
        if start:
            conditions.append(first >= start)
        if end:
            conditions += [last <= end, first <= end]
        return sa.and_(*conditions)
    if start:
        conditions.append(last >= start)
        earliest = _earliest_start_over(
            session, query.date_field is DateField.EVENT, start, first, last, dialect
        )
        conditions.append(first >= (earliest or start))
    if end:
        conditions.append(first <= end)
    return sa.and_(*conditions)


def _earliest_start_over(
    session: Session, event: bool, day: dt.date, first, last, dialect: str
) -> dt.date | None:
    """The first day of the earliest-starting date that contains `day` (None when none does)."""
    if dialect == "sqlite":
        spans = _spans_table(event)
        number = day_number(day)
        found = session.scalar(
            sa.select(sa.func.min(spans.c.first)).where(spans.c.first <= number, spans.c.last >= number)
        )
        return dt.date.fromordinal(found - _JULIAN) if found is not None else None
    if dialect == "postgresql":
        span = _pg_span(first, last)
        # `+ 0` keeps PostgreSQL from reading min() off the date index, which walks every claim
        # before the day; the GiST index lists the few dates that contain it.
        return session.scalar(sa.select(sa.func.min(first + 0)).where(first.is_not(None), span.op("@>")(day)))
    return dt.date.min


# Written as a literal, as in the index's expression: a bound parameter would not match it.
_CLOSED = sa.literal_column("'[]'")


def _pg_span(first, last) -> sa.ColumnElement:
    """The expression of the GiST index of migration 0017."""
    return sa.func.daterange(first, sa.func.coalesce(last, first), _CLOSED)


def _spans_table(event: bool) -> sa.TableClause:
    name = "event_date_spans" if event else "claim_date_spans"
    return sa.table(name, sa.column("id"), sa.column("first"), sa.column("last"))
