"""What a source did over time: claims it made itself and claims it passed on, per month, and the
sources it passed on most."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from claimtracker.domain.claim_filter import ClaimFilter, DateField
from claimtracker.storage.claim_query import conditions
from claimtracker.storage.histograms import period_expression
from claimtracker.storage.schema import ClaimLinkRow, ClaimRow, SourceRow


@dataclass(frozen=True, slots=True)
class RoleMonth:
    month: dt.date
    said: int  # claims the source made (first link)
    relayed: int  # claims it passed on (a later link)


@dataclass(frozen=True, slots=True)
class CitedSource:
    source_id: int
    name: str
    claims: int


def role_months(session: Session, query: ClaimFilter, source_id: int) -> tuple[list[RoleMonth], int, int]:
    """Per month, the filter's claims the source said and relayed; and its undated said/relayed."""
    dialect = session.get_bind().dialect.name
    column = ClaimRow.event_date if query.date_field is DateField.EVENT else ClaimRow.claim_date
    month = period_expression(dialect, column, "month")
    said = sa.func.sum(sa.case((ClaimLinkRow.position == 0, 1), else_=0))
    relayed = sa.func.count(sa.distinct(sa.case((ClaimLinkRow.position > 0, ClaimLinkRow.claim_id))))
    rows = session.execute(
        sa.select(month.label("month"), said, relayed)
        .select_from(ClaimLinkRow)
        .join(ClaimRow, ClaimRow.id == ClaimLinkRow.claim_id)
        .where(ClaimLinkRow.source_id == source_id, *conditions(session, query.without_paging()))
        .group_by(month)
    ).all()
    months, undated_said, undated_relayed = [], 0, 0
    for period, n_said, n_relayed in rows:
        if period is None:
            undated_said, undated_relayed = int(n_said or 0), int(n_relayed or 0)
        else:
            months.append(
                RoleMonth(dt.date(int(period[:4]), int(period[5:7]), 1), int(n_said or 0), int(n_relayed))
            )
    return sorted(months, key=lambda m: m.month), undated_said, undated_relayed


def cited_sources(session: Session, query: ClaimFilter, source_id: int, limit: int = 8) -> list[CitedSource]:
    """The sources this one passed on most: those before it in the chains where it relays."""
    relay, cited = aliased(ClaimLinkRow), aliased(ClaimLinkRow)
    count = sa.func.count(sa.distinct(relay.claim_id))
    rows = session.execute(
        sa.select(cited.source_id, SourceRow.name, count)
        .select_from(relay)
        .join(cited, sa.and_(cited.claim_id == relay.claim_id, cited.position < relay.position))
        .join(SourceRow, SourceRow.id == cited.source_id)
        .join(ClaimRow, ClaimRow.id == relay.claim_id)
        .where(
            relay.source_id == source_id,
            relay.position > 0,
            cited.source_id != source_id,
            *conditions(session, query.without_paging()),
        )
        .group_by(cited.source_id, SourceRow.name)
        .order_by(count.desc(), SourceRow.name)
        .limit(limit)
    ).all()
    return [CitedSource(r[0], r[1], r[2]) for r in rows]
