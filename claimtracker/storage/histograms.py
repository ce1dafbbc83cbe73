"""The timeline's histogram: claims counted per period and per speaker or outlet.

The whole archive's histogram is read from the month counts the triggers keep (migration 0014);
a filtered one is grouped from its claims in SQL. Python only sees the bins.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.claim_filter import ClaimFilter, DateField
from claimtracker.storage.claim_query import conditions
from claimtracker.storage.schema import ArticleRow, ClaimMonthCountRow, ClaimRow, SourceRow

OTHER_LANE = -1


@dataclass(frozen=True, slots=True)
class Lane:
    key: int  # a source id, an outlet's index, or OTHER_LANE
    label: str
    total: int


@dataclass(frozen=True, slots=True)
class Histogram:
    """Claim counts per lane and period, for a timeline or a source's chart."""

    granularity: str  # "year", "month" or "day"
    lanes: list[Lane]
    bins: dict[int, dict[dt.date, int]]  # lane key → period start → count
    undated: int

    @property
    def periods(self) -> list[dt.date]:
        return sorted({period for counts in self.bins.values() for period in counts})


def histogram(
    session: Session,
    query: ClaimFilter,
    *,
    granularity: str = "month",
    by: str = "speaker",
    max_lanes: int = 12,
) -> Histogram:
    """Claims of the filter counted per period and per speaker (or outlet).

    Three grouped queries, none returning more than lanes × periods rows: totals per period, the
    busiest lanes, and the periods of those lanes; everyone else is the 'other' lane (totals minus
    the busiest). On SQLite the month and day groupings stream through indexes (migration 0002).
    Years are summed from months.
    """
    if by == "speaker" and granularity != "day" and query.without_paging().is_empty:
        return histogram_from_counts(session, query.date_field, granularity, max_lanes)
    return grouped_histogram(session, query, granularity=granularity, by=by, max_lanes=max_lanes)


def grouped_histogram(
    session: Session, query: ClaimFilter, *, granularity: str, by: str, max_lanes: int
) -> Histogram:
    """The histogram of a filter, grouped from its claims."""
    dialect = session.get_bind().dialect.name
    column = ClaimRow.event_date if query.date_field is DateField.EVENT else ClaimRow.claim_date
    grouping = "day" if granularity == "day" else "month"
    period = period_expression(dialect, column, grouping)
    # "Has a date" tested on the period itself, which the month index covers: testing the date
    # column would fetch every row from the table.
    where = [*conditions(session, query.without_paging()), period.is_not(None)]
    if by == "outlet":
        lane_column = ArticleRow.outlet

        def base(*columns):
            return (
                sa.select(*columns)
                .select_from(ClaimRow)
                .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
            )
    else:
        lane_column = ClaimRow.speaker_id

        def base(*columns):
            return sa.select(*columns).select_from(ClaimRow)

    count = sa.func.count()
    totals = dict(session.execute(base(period, count).where(*where).group_by(period)).all())
    top = session.execute(
        base(lane_column, count)
        .where(*where)
        .group_by(lane_column)
        .order_by(count.desc(), lane_column)
        .limit(max_lanes)
    ).all()
    top_keys = [lane for lane, _n in top]
    keys = (
        {lane: index for index, lane in enumerate(top_keys)}
        if by == "outlet"
        else {lane: lane for lane in top_keys}
    )
    bins: dict[int, dict[dt.date, int]] = defaultdict(lambda: defaultdict(int))
    in_lanes: dict[str, int] = defaultdict(int)
    if top_keys:
        for lane, text, n in session.execute(
            base(lane_column, period, count)
            .where(*where, lane_column.in_(top_keys))
            .group_by(lane_column, period)
        ):
            bins[keys[lane]][_period_start(text, granularity)] += n
            in_lanes[text] += n
    for text, n in totals.items():
        if n > in_lanes[text]:
            bins[OTHER_LANE][_period_start(text, granularity)] += n - in_lanes[text]
    undated = session.execute(
        sa.select(sa.func.count())
        .select_from(ClaimRow)
        .where(*conditions(session, query.without_paging()), column.is_(None))
    ).scalar_one()
    labels = _lane_labels(session, top_keys, by)
    lanes = [Lane(keys[lane], labels[lane], n) for lane, n in top]
    rest = sum(totals.values()) - sum(lane.total for lane in lanes)
    if rest:
        lanes.append(Lane(OTHER_LANE, "Other sources" if by == "speaker" else "Other outlets", rest))
    return Histogram(granularity, lanes, {k: dict(v) for k, v in bins.items()}, undated)


def histogram_from_counts(session: Session, field: DateField, granularity: str, max_lanes: int) -> Histogram:
    """The whole archive's histogram read from the month counts the triggers keep (migration 0014).

    A few hundred rows whatever the number of claims: the periods, the busiest speakers and
    their months, instead of grouping every claim.
    """
    counts = ClaimMonthCountRow
    mine = counts.field == ("event" if field is DateField.EVENT else "claim")
    everyone = session.execute(sa.select(counts.month, counts.n).where(mine, counts.speaker_id == 0)).all()
    totals = {month: n for month, n in everyone if month and n}
    undated = sum(n for month, n in everyone if not month)
    top = session.execute(
        sa.select(counts.speaker_id, counts.n)
        .where(mine, counts.month == "*", counts.n > 0)
        .order_by(counts.n.desc(), counts.speaker_id)
        .limit(max_lanes)
    ).all()
    top_keys = [speaker for speaker, _n in top]
    bins: dict[int, dict[dt.date, int]] = defaultdict(lambda: defaultdict(int))
    in_lanes: dict[str, int] = defaultdict(int)
    if top_keys:
        for speaker, month, n in session.execute(
            sa.select(counts.speaker_id, counts.month, counts.n).where(
                mine, counts.speaker_id.in_(top_keys), counts.month.not_in(["", "*"]), counts.n > 0
            )
        ):
            bins[speaker][_period_start(month, granularity)] += n
            in_lanes[month] += n
    for month, n in totals.items():
        if n > in_lanes[month]:
            bins[OTHER_LANE][_period_start(month, granularity)] += n - in_lanes[month]
    labels = _lane_labels(session, top_keys, "speaker")
    lanes = [Lane(speaker, labels[speaker], n) for speaker, n in top]
    rest = sum(totals.values()) - sum(lane.total for lane in lanes)
    if rest:
        lanes.append(Lane(OTHER_LANE, "Other sources", rest))
    return Histogram(granularity, lanes, {k: dict(v) for k, v in bins.items()}, undated)


def period_expression(dialect: str, column, granularity: str):
    """The period a date falls in, as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' text, on either database.

    On SQLite the arguments are literals, not bound parameters, so that the expression is the
    one the month indexes were built on and the planner can use them.
    """
    length = {"year": 4, "month": 7, "day": 10}[granularity]
    if dialect == "postgresql":
        return sa.func.to_char(column, {"year": "YYYY", "month": "YYYY-MM", "day": "YYYY-MM-DD"}[granularity])
    return sa.func.substr(
        column, sa.literal_column("1"), sa.literal_column(str(length))
    )  # dates are ISO text


def _period_start(text: str, granularity: str) -> dt.date:
    if granularity == "year":
        return dt.date(int(text[:4]), 1, 1)
    if granularity == "month":
        return dt.date(int(text[:4]), int(text[5:7]), 1)
    return dt.date.fromisoformat(text[:10])


def _lane_labels(session: Session, top: list, by: str) -> dict:
    if by == "outlet":
        return {lane: lane or "Unknown outlet" for lane in top}
    names = dict(session.execute(sa.select(SourceRow.id, SourceRow.name).where(SourceRow.id.in_(top))).all())
    return {lane: names.get(lane, "?") for lane in top}
