"""Queries that feed the analysis views: table pages, source profiles, timeline bins.

Everything is filtered, sorted and counted in SQL; Python only sees one page or one set of bins.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.claim_filter import ClaimFilter, DateField
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.domain.sources import Reliability
from claimtracker.storage.claims_repo import conditions, ordered
from claimtracker.storage.schema import ArticleRow, ClaimLinkRow, ClaimRow, SourceRow

OTHER_LANE = -1


@dataclass(frozen=True, slots=True)
class ClaimListRow:
    """One line of the claims table."""

    id: int
    article_id: int
    date: ClaimDate
    speaker: str
    chain: str
    text: str
    article: str
    status: str
    credibility: int | None
    reliability: Reliability | None

    @property
    def grade(self) -> str:
        """Admiralty notation: speaker reliability and claim credibility, 'B2'; '–' for what is not graded."""
        if self.reliability is None and self.credibility is None:
            return ""
        return f"{self.reliability.value if self.reliability else '–'}{self.credibility or '–'}"


def claim_rows(session: Session, query: ClaimFilter) -> list[ClaimListRow]:
    """One page of the claims table: `query.limit` rows from `query.offset`, in the filter's order."""
    event = query.date_field is DateField.EVENT
    prefix = "event_date" if event else "claim_date"
    date_columns = [
        getattr(ClaimRow, prefix),
        getattr(ClaimRow, f"{prefix}_precision"),
        getattr(ClaimRow, f"{prefix}_wording"),
        getattr(ClaimRow, f"{prefix}_certain"),
    ]
    statement = (
        sa.select(
            ClaimRow.id,
            ClaimRow.article_id,
            *date_columns,
            SourceRow.name,
            ClaimRow.text,
            ArticleRow.title,
            ClaimRow.status,
            ClaimRow.credibility,
            SourceRow.reliability,
        )
        .join(SourceRow, SourceRow.id == ClaimRow.speaker_id)
        .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
        .where(*conditions(session, query))
    )
    statement = ordered(statement, query).offset(query.offset)
    if query.limit is not None:
        statement = statement.limit(query.limit)
    rows = session.execute(statement).all()
    chains = _chains(session, [r[0] for r in rows])
    return [
        ClaimListRow(
            id=r[0],
            article_id=r[1],
            date=ClaimDate(r[2], Precision(r[3]), r[4], r[5]),
            speaker=r[6],
            chain=chains.get(r[0], r[6]),
            text=r[7],
            article=r[8],
            status=r[9],
            credibility=r[10],
            reliability=Reliability(r[11]) if r[11] else None,
        )
        for r in rows
    ]


def _chains(session: Session, claim_ids: list[int]) -> dict[int, str]:
    if not claim_ids:
        return {}
    names: dict[int, list[str]] = defaultdict(list)
    for claim_id, name in session.execute(
        sa.select(ClaimLinkRow.claim_id, SourceRow.name)
        .join(SourceRow, SourceRow.id == ClaimLinkRow.source_id)
        .where(ClaimLinkRow.claim_id.in_(claim_ids))
        .order_by(ClaimLinkRow.claim_id, ClaimLinkRow.position)
    ):
        names[claim_id].append(name)
    return {claim_id: " → ".join(chain) for claim_id, chain in names.items()}


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
    """Claims of the filter counted per period and per speaker (or outlet), in one GROUP BY.

    The busiest `max_lanes` lanes are kept; the rest are summed in one 'other' lane.
    """
    dialect = session.get_bind().dialect.name
    column = ClaimRow.event_date if query.date_field is DateField.EVENT else ClaimRow.claim_date
    period = period_expression(dialect, column, granularity)
    where = conditions(session, query.without_paging())
    if by == "outlet":
        lane_column = ArticleRow.outlet
        base = sa.select(lane_column, period, sa.func.count()).join(
            ArticleRow, ArticleRow.id == ClaimRow.article_id
        )
    else:
        lane_column = ClaimRow.speaker_id
        base = sa.select(lane_column, period, sa.func.count()).select_from(ClaimRow)
    rows = session.execute(base.where(*where, column.is_not(None)).group_by(lane_column, period)).all()
    undated = session.execute(
        sa.select(sa.func.count()).select_from(ClaimRow).where(*where, column.is_(None))
    ).scalar_one()

    totals: dict[object, int] = defaultdict(int)
    for lane, _period, count in rows:
        totals[lane] += count
    top = sorted(totals, key=lambda lane: -totals[lane])[:max_lanes]
    keys = {lane: index for index, lane in enumerate(top)} if by == "outlet" else {lane: lane for lane in top}
    bins: dict[int, dict[dt.date, int]] = defaultdict(lambda: defaultdict(int))
    for lane, text, count in rows:
        bins[keys.get(lane, OTHER_LANE)][_period_start(text, granularity)] += count
    labels = _lane_labels(session, top, by)
    lanes = [Lane(keys[lane], labels[lane], totals[lane]) for lane in top]
    rest = sum(totals.values()) - sum(lane.total for lane in lanes)
    if rest:
        lanes.append(Lane(OTHER_LANE, "Other sources" if by == "speaker" else "Other outlets", rest))
    return Histogram(granularity, lanes, {k: dict(v) for k, v in bins.items()}, undated)


def date_extent(session: Session, query: ClaimFilter) -> tuple[dt.date, dt.date] | None:
    """The first and last date of the filter's claims (MIN/MAX: an index lookup when unfiltered)."""
    column = ClaimRow.event_date if query.date_field is DateField.EVENT else ClaimRow.claim_date
    first, last = session.execute(
        sa.select(sa.func.min(column), sa.func.max(column)).where(
            *conditions(session, query.without_paging())
        )
    ).one()
    if first is None:
        return None
    if isinstance(first, str):  # SQLite hands back aggregates of dates as text
        first, last = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return first, last


def period_expression(dialect: str, column, granularity: str):
    """The period a date falls in, as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' text, on either database."""
    length = {"year": 4, "month": 7, "day": 10}[granularity]
    if dialect == "postgresql":
        return sa.func.to_char(column, {"year": "YYYY", "month": "YYYY-MM", "day": "YYYY-MM-DD"}[granularity])
    return sa.func.substr(column, 1, length)  # SQLite stores dates as ISO text


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


@dataclass(frozen=True, slots=True)
class TimelineMark:
    """One claim on the timeline: drawn as a dot (day) or a bar over its month or year."""

    id: int
    lane: int
    start: dt.date
    end: dt.date
    precision: Precision
    certain: bool


def timeline_marks(
    session: Session, query: ClaimFilter, lanes: list[Lane], *, by: str = "speaker", limit: int = 5000
) -> list[TimelineMark] | None:
    """The individual claims to draw, or None when there are more than `limit` (draw bins then)."""
    event = query.date_field is DateField.EVENT
    date = ClaimRow.event_date if event else ClaimRow.claim_date
    precision = ClaimRow.event_date_precision if event else ClaimRow.claim_date_precision
    certain = ClaimRow.event_date_certain if event else ClaimRow.claim_date_certain
    lane_column = ArticleRow.outlet if by == "outlet" else ClaimRow.speaker_id
    statement = (
        sa.select(ClaimRow.id, lane_column, date, precision, certain)
        .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
        .where(*conditions(session, query.without_paging()), date.is_not(None))
        .limit(limit + 1)
    )
    rows = session.execute(statement).all()
    if len(rows) > limit:
        return None
    if by == "outlet":
        keys = {lane.label: lane.key for lane in lanes}
        keys.update({"": keys.get("Unknown outlet", OTHER_LANE)})
    else:
        keys = {lane.key: lane.key for lane in lanes}
    marks = []
    for claim_id, lane, start, precision_text, is_certain in rows:
        claim_date = ClaimDate(start, Precision(precision_text))
        marks.append(
            TimelineMark(
                claim_id,
                keys.get(lane, OTHER_LANE),
                start,
                claim_date.last_day,  # type: ignore[arg-type]
                Precision(precision_text),
                is_certain,
            )
        )
    return marks


@dataclass(frozen=True, slots=True)
class OutletCount:
    outlet: str
    claims: int


def outlets_carrying(session: Session, query: ClaimFilter) -> list[OutletCount]:
    """The outlets whose articles hold the filter's claims, busiest first."""
    rows = session.execute(
        sa.select(ArticleRow.outlet, sa.func.count())
        .join(ClaimRow, ClaimRow.article_id == ArticleRow.id)
        .where(*conditions(session, query.without_paging()))
        .group_by(ArticleRow.outlet)
        .order_by(sa.func.count().desc(), ArticleRow.outlet)
    ).all()
    return [OutletCount(outlet or "Unknown outlet", count) for outlet, count in rows]
