"""Queries that feed the analysis views: table pages, source profiles, timeline bins.

Everything is filtered, sorted and counted in SQL; Python only sees one page or one set of bins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.claim_filter import ClaimFilter, DateField
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.domain.sources import (
    Reliability,
    admiralty_meaning,
    chain_code,
    chain_grade,
    weakest_link,
)
from claimtracker.storage.claim_query import conditions, ordered
from claimtracker.storage.claim_rows import chain_links
from claimtracker.storage.histograms import OTHER_LANE, Lane
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import (
    ArticleRow,
    ClaimLinkRow,
    ClaimRow,
    FactClaimRow,
    SourceRow,
)


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
    reliability: Reliability | None  # the origin's
    links: tuple[tuple[str, Reliability | None], ...] = ()  # the chain: names and grades
    roles: tuple[str, ...] = ()  # each link's role
    facts: tuple[tuple[int, str], ...] = ()  # (fact id, stance) of the facts it belongs to

    @property
    def origin(self) -> str:
        return self.links[0][0] if self.links else self.speaker

    @property
    def publisher(self) -> str:
        """The link marked publisher (the last such), or ''."""
        return next(
            (self.links[i][0] for i in reversed(range(len(self.roles))) if self.roles[i] == "publisher"), ""
        )

    @property
    def path(self) -> str:
        """How it travelled: the links between the origin and the publisher, with their roles."""
        middle = [
            f"{name} ({role})" if role == "document" else name
            for (name, _grade), role in zip(self.links[1:], self.roles[1:], strict=False)
            if role != "publisher"
        ]
        return " → ".join(middle)

    @property
    def grade(self) -> str:
        """Admiralty notation of the chain's weakest link and the claim's credibility, 'B2'."""
        return chain_code(self.links, self.credibility)

    @property
    def grade_explained(self) -> str:
        """'F3 via weakest link NCRI', and what the letter and figure mean."""
        weakest = weakest_link(self.links)
        if weakest is None:
            return admiralty_meaning(self.reliability, self.credibility)
        return (
            f"{chain_grade(self.links, self.credibility)}\n{admiralty_meaning(weakest[1], self.credibility)}"
        )


def claim_rows(session: Session, query: ClaimFilter) -> list[ClaimListRow]:
    """One page of the claims table: `query.limit` rows from `query.offset`, in the filter's order.

    The page is chosen from the claims table alone, so that the planner can walk an index in the
    sort order (joining sources or articles there lets it start from the wrong table); names,
    chains and titles are then looked up for those rows only.
    """
    prefix = "event_date" if query.date_field is DateField.EVENT else "claim_date"
    statement = sa.select(
        ClaimRow.id,
        ClaimRow.article_id,
        getattr(ClaimRow, prefix),
        getattr(ClaimRow, f"{prefix}_precision"),
        getattr(ClaimRow, f"{prefix}_wording"),
        getattr(ClaimRow, f"{prefix}_certain"),
        getattr(ClaimRow, f"{prefix}_latest"),
        ClaimRow.text,
        ClaimRow.status,
        ClaimRow.credibility,
    ).where(*conditions(session, query))
    statement = ordered(statement, query).offset(query.offset)
    if query.limit is not None:
        statement = statement.limit(query.limit)
    rows = session.execute(statement).all()
    chains = _chains(session, [r[0] for r in rows])
    titles: dict[int, str] = {}
    facts: dict[int, list[tuple[int, str]]] = {}
    if rows:
        for claim_id, fact_id, stance in session.execute(
            sa.select(FactClaimRow.claim_id, FactClaimRow.fact_id, FactClaimRow.stance)
            .where(ids_in(FactClaimRow.claim_id, [r[0] for r in rows], session.get_bind().dialect.name))
            .order_by(FactClaimRow.fact_id)
        ):
            facts.setdefault(claim_id, []).append((fact_id, stance))
        wanted = sa.select(ArticleRow.id, ArticleRow.title).where(
            ids_in(ArticleRow.id, sorted({r[1] for r in rows}), session.get_bind().dialect.name)
        )
        titles = {article_id: title for article_id, title in session.execute(wanted)}
    result = []
    for claim_id, article_id, date, precision, wording, certain, latest, text, status, credibility in rows:
        chain = chains.get(claim_id, [])
        names = [name for name, _grade, _role in chain]
        result.append(
            ClaimListRow(
                id=claim_id,
                article_id=article_id,
                date=ClaimDate(date, Precision(precision), wording, certain, latest=latest),
                speaker=names[0] if names else "?",
                chain=" → ".join(names),
                text=text,
                article=titles.get(article_id, ""),
                status=status,
                credibility=credibility,
                reliability=chain[0][1] if chain else None,
                links=tuple((name, grade) for name, grade, _role in chain),
                roles=tuple(role for _name, _grade, role in chain),
                facts=tuple(facts.get(claim_id, ())),
            )
        )
    return result


def _chains(session: Session, claim_ids: list[int]) -> dict[int, list[tuple[str, Reliability | None, str]]]:
    """Each claim's chain: every link's name, its source's reliability grade and its role."""
    if not claim_ids:
        return {}
    chains: dict[int, list[tuple[str, Reliability | None, str]]] = {}
    for claim_id, name, reliability, role in chain_links(
        session, claim_ids, SourceRow.name, SourceRow.reliability, ClaimLinkRow.role
    ):
        chains.setdefault(claim_id, []).append(
            (name, Reliability(reliability) if reliability else None, role)
        )
    return chains


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
    latest = ClaimRow.event_date_latest if event else ClaimRow.claim_date_latest
    lane_column = ArticleRow.outlet if by == "outlet" else ClaimRow.speaker_id
    statement = (
        sa.select(ClaimRow.id, lane_column, date, precision, certain, latest)
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
    for claim_id, lane, start, precision_text, is_certain, last in rows:
        marks.append(
            TimelineMark(
                claim_id,
                keys.get(lane, OTHER_LANE),
                start,
                last or start,  # the interval, drawn from its first to its last day
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
