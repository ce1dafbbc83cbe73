"""Stored facts: the claims linked to each with a stance, and what the assessment reads."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.claims import ClaimStatus, Role
from claimtracker.domain.facts import DerivedStatus, Fact, FactFilter, Link, Report, Stance, looks_anonymous
from claimtracker.domain.sources import Reliability, SourceKind
from claimtracker.errors import NotFoundError, UserError
from claimtracker.storage.claim_rows import chain_links
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import (
    ArticleRow,
    ClaimLinkRow,
    ClaimRow,
    FactClaimRow,
    FactDistinctLinesRow,
    FactRow,
    SourceRow,
    utcnow,
)
from claimtracker.storage.versions import row_at_version


@dataclass(frozen=True, slots=True)
class FactSummary:
    id: int
    statement: str
    status: ClaimStatus
    claims: int


@dataclass(frozen=True, slots=True)
class FactLink:
    """A claim's place in a fact, as it was: what unlinking it takes back (for undo)."""

    fact_id: int
    claim_id: int
    stance: Stance
    reason: str


def add_fact(session: Session, fact: Fact) -> Fact:
    if not fact.statement.strip():
        raise UserError("a fact needs a statement, in your words")
    row = FactRow(
        id=fact.id,
        statement=fact.statement.strip(),
        status=fact.status.value,
        note=fact.note,
        review=fact.review,
    )
    session.add(row)
    session.flush()
    return _fact(row)


def get_fact(session: Session, fact_id: int) -> Fact:
    row = session.get(FactRow, fact_id)
    if row is None:
        raise NotFoundError(f"no fact with id {fact_id}")
    return _fact(row)


def update_fact(session: Session, fact: Fact) -> Fact:
    row = row_at_version(
        session,
        FactRow,
        fact.id,
        fact.version,
        "fact",
        f"fact #{fact.id}",
        lambda r: f"“{r.statement}” [{r.status}]",
    )
    row.statement, row.status, row.note = fact.statement.strip(), fact.status.value, fact.note
    row.updated_at = utcnow()
    session.flush()
    return _fact(row)


def delete_fact(session: Session, fact_id: int) -> tuple[Fact, list[FactLink]]:
    fact = get_fact(session, fact_id)
    links = fact_links(session, fact_id)
    session.execute(sa.delete(FactRow).where(FactRow.id == fact_id))
    return fact, links


def fact_links(session: Session, fact_id: int) -> list[FactLink]:
    rows = session.execute(
        sa.select(FactClaimRow).where(FactClaimRow.fact_id == fact_id).order_by(FactClaimRow.claim_id)
    ).scalars()
    return [FactLink(r.fact_id, r.claim_id, Stance(r.stance), r.reason) for r in rows]


def links_of_claims(
    session: Session, claim_ids: list[int]
) -> tuple[dict[int, list[FactLink]], dict[int, list[tuple[int, int]]]]:
    """The fact links of these claims by fact (each fact's in claim order), and those facts'
    distinct-origin pairs: two queries, whatever the number of facts in the archive."""
    dialect = session.get_bind().dialect.name
    links: dict[int, list[FactLink]] = defaultdict(list)
    for fact_id, claim_id, stance, reason in session.execute(
        sa.select(FactClaimRow.fact_id, FactClaimRow.claim_id, FactClaimRow.stance, FactClaimRow.reason)
        .where(ids_in(FactClaimRow.claim_id, claim_ids, dialect))
        .order_by(FactClaimRow.fact_id, FactClaimRow.claim_id)
    ):
        links[fact_id].append(FactLink(fact_id, claim_id, Stance(stance), reason))
    distinct: dict[int, list[tuple[int, int]]] = defaultdict(list)
    if links:
        for fact_id, first, second in session.execute(
            sa.select(
                FactDistinctLinesRow.fact_id,
                FactDistinctLinesRow.first_claim,
                FactDistinctLinesRow.second_claim,
            )
            .where(ids_in(FactDistinctLinesRow.fact_id, sorted(links), dialect))
            .order_by(
                FactDistinctLinesRow.fact_id,
                FactDistinctLinesRow.first_claim,
                FactDistinctLinesRow.second_claim,
            )
        ):
            distinct[fact_id].append((first, second))
    return dict(links), dict(distinct)


def facts_by_ids(session: Session, fact_ids: list[int]) -> list[Fact]:
    """These facts, in id order."""
    dialect = session.get_bind().dialect.name
    rows = session.execute(
        sa.select(FactRow).where(ids_in(FactRow.id, fact_ids, dialect)).order_by(FactRow.id)
    )
    return [_fact(row) for row in rows.scalars()]


def link_claim(
    session: Session, fact_id: int, claim_id: int, stance: Stance, who: str, reason: str = ""
) -> FactLink | None:
    """Link a claim to a fact (or change its stance); returns the link it replaced, if any."""
    get_fact(session, fact_id)
    if session.get(ClaimRow, claim_id) is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    row = session.get(FactClaimRow, (fact_id, claim_id))
    before = FactLink(fact_id, claim_id, Stance(row.stance), row.reason) if row else None
    if row is None:
        session.add(
            FactClaimRow(
                fact_id=fact_id, claim_id=claim_id, stance=stance.value, who=who[:100], reason=reason
            )
        )
    else:
        row.stance, row.who, row.reason, row.at = stance.value, who[:100], reason, utcnow()
    _touch(session, fact_id)
    session.flush()
    return before


def unlink_claim(session: Session, fact_id: int, claim_id: int) -> FactLink:
    row = session.get(FactClaimRow, (fact_id, claim_id))
    if row is None:
        raise NotFoundError(f"claim #{claim_id} is not linked to fact #{fact_id}")
    link = FactLink(fact_id, claim_id, Stance(row.stance), row.reason)
    session.delete(row)
    _touch(session, fact_id)
    session.flush()
    return link


def mark_distinct(session: Session, fact_id: int, first: int, second: int, who: str, reason: str) -> None:
    if not reason.strip():
        raise UserError("say why the two reports come from different origins: the reason is logged")
    a, b = sorted((first, second))
    session.merge(
        FactDistinctLinesRow(fact_id=fact_id, first_claim=a, second_claim=b, who=who[:100], reason=reason)
    )
    _touch(session, fact_id)


def distinct_pairs(session: Session, fact_id: int) -> list[tuple[int, int]]:
    rows = session.execute(
        sa.select(FactDistinctLinesRow.first_claim, FactDistinctLinesRow.second_claim).where(
            FactDistinctLinesRow.fact_id == fact_id
        )
    )
    return [(a, b) for a, b in rows]


def reports(session: Session, fact_id: int) -> list[Report]:
    """Each linked claim as the assessment reads it: chain with grades and roles, stance, when."""
    return reports_of(session, [fact_id]).get(fact_id, [])


def reports_of(session: Session, fact_ids: list[int]) -> dict[int, list[Report]]:
    """The reports of several facts in a handful of queries (a page of the Facts table)."""
    if not fact_ids:
        return {}
    links = session.execute(
        sa.select(FactClaimRow.fact_id, FactClaimRow.claim_id, FactClaimRow.stance)
        .where(FactClaimRow.fact_id.in_(fact_ids))
        .order_by(FactClaimRow.fact_id, FactClaimRow.claim_id)
    ).all()
    claim_ids = sorted({r.claim_id for r in links})
    dialect = session.get_bind().dialect.name
    # Only what the assessment reads, as plain rows: no claim objects with their quotes and tags.
    claims = {
        r.id: r
        for r in session.execute(
            sa.select(
                ClaimRow.id, ClaimRow.article_id, ClaimRow.claim_date, ClaimRow.credibility, ClaimRow.status
            ).where(ids_in(ClaimRow.id, claim_ids, dialect))
        )
    }
    chains = chains_of(session, claim_ids)
    published = dict(
        session.execute(
            sa.select(ArticleRow.id, ArticleRow.pub_date).where(
                ArticleRow.id.in_({c.article_id for c in claims.values()})
            )
        ).all()
    )
    result: dict[int, list[Report]] = {fact_id: [] for fact_id in fact_ids}
    for fact_id, claim_id, stance in links:
        claim = claims.get(claim_id)
        if claim is not None:
            result[fact_id].append(
                Report(
                    claim_id,
                    Stance(stance),
                    tuple(chains.get(claim_id, ())),
                    appeared=claim.claim_date or published.get(claim.article_id),
                    credibility=claim.credibility,
                    article_id=claim.article_id,
                    retracted=claim.status == ClaimStatus.REFUTED.value,
                )
            )
    return result


def distinct_pairs_of(session: Session, fact_ids: list[int]) -> dict[int, list[tuple[int, int]]]:
    result: dict[int, list[tuple[int, int]]] = {fact_id: [] for fact_id in fact_ids}
    for fact_id, a, b in session.execute(
        sa.select(
            FactDistinctLinesRow.fact_id, FactDistinctLinesRow.first_claim, FactDistinctLinesRow.second_claim
        ).where(FactDistinctLinesRow.fact_id.in_(fact_ids))
    ):
        result[fact_id].append((a, b))
    return result


def facts_page(
    session: Session,
    limit: int | None,
    offset: int = 0,
    query: FactFilter | None = None,
    source_ids: list[int] | None = None,
) -> list[Fact]:
    """Facts in id order: a page of them, or all when `limit` is None; `query`'s stored
    conditions (text, status, source, language, dates) applied in SQL."""
    statement = sa.select(FactRow).order_by(FactRow.id).offset(offset)
    for condition in _conditions(query, source_ids):
        statement = statement.where(condition)
    if limit is not None:
        statement = statement.limit(limit)
    return [_fact(r) for r in session.execute(statement).scalars()]


def _conditions(query: FactFilter | None, source_ids: list[int] | None) -> list[sa.ColumnElement[bool]]:
    if query is None:
        return []
    found: list[sa.ColumnElement[bool]] = []
    if query.text.strip():
        found.append(FactRow.statement.ilike(f"%{query.text.strip()}%"))
    if query.status is not None:
        found.append(FactRow.status == query.status.value)
    if source_ids is not None:
        cited = sa.select(ClaimLinkRow.claim_id).where(ClaimLinkRow.source_id.in_(source_ids))
        found.append(FactRow.id.in_(sa.select(FactClaimRow.fact_id).where(FactClaimRow.claim_id.in_(cited))))
    found.extend(_rules_prefilter(query))
    if query.language or query.date_from or query.date_to:
        reports = sa.select(FactClaimRow.fact_id).join(ClaimRow, ClaimRow.id == FactClaimRow.claim_id)
        if query.language:
            reports = reports.join(ArticleRow, ArticleRow.id == ClaimRow.article_id).where(
                ArticleRow.language == query.language
            )
        # A report's dates are an interval: it matches when one of its days is in the range.
        if query.date_from:
            reports = reports.where(
                sa.func.coalesce(ClaimRow.claim_date_latest, ClaimRow.claim_date) >= query.date_from
            )
        if query.date_to:
            reports = reports.where(ClaimRow.claim_date <= query.date_to)
        found.append(FactRow.id.in_(reports))
    return found


def list_facts(session: Session) -> list[FactSummary]:
    counts = (
        sa.select(FactClaimRow.fact_id, sa.func.count().label("n")).group_by(FactClaimRow.fact_id).subquery()
    )
    rows = session.execute(
        sa.select(FactRow.id, FactRow.statement, FactRow.status, sa.func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.fact_id == FactRow.id)
        .order_by(FactRow.id)
    )
    return [FactSummary(r[0], r[1], ClaimStatus(r[2]), r[3]) for r in rows]


def _rules_prefilter(query: FactFilter) -> list[sa.ColumnElement[bool]]:
    """What a filter on the rules' figures implies about stored stances, so that only facts that
    can match are assessed: n independent lines need n supporting reports, "disputed" needs one
    report for and one against, and so on. Each condition keeps every fact that can match."""

    def at_least(stance: Stance, count: int) -> sa.ColumnElement[bool]:
        having = (
            sa.select(FactClaimRow.fact_id)
            .where(FactClaimRow.stance == stance.value)
            .group_by(FactClaimRow.fact_id)
            .having(sa.func.count() >= count)
        )
        return FactRow.id.in_(having)

    found = []
    if query.min_lines > 0:
        found.append(at_least(Stance.SUPPORTS, query.min_lines))
    needs = {
        DerivedStatus.CORROBORATED: [(Stance.SUPPORTS, 2)],
        DerivedStatus.SINGLE_LINE: [(Stance.SUPPORTS, 1)],
        DerivedStatus.DISPUTED: [(Stance.SUPPORTS, 1), (Stance.CONTRADICTS, 1)],
        DerivedStatus.CONTRADICTED: [(Stance.CONTRADICTS, 1)],
    }.get(query.derived, []) if query.derived is not None else []  # fmt: skip
    found.extend(at_least(stance, count) for stance, count in needs)
    return found


def chains_of(session: Session, claim_ids: list[int]) -> dict[int, list[Link]]:
    """Each claim's chain as the fact rules and same-fact suggestions read it: its sources in
    order, with their role, grade and whether the origin is anonymous. One query."""
    chains: dict[int, list[Link]] = {}
    for claim_id, source_id, name, role, reliability, kind in chain_links(
        session,
        claim_ids,
        SourceRow.id,
        SourceRow.name,
        ClaimLinkRow.role,
        SourceRow.reliability,
        SourceRow.kind,
    ):
        chain_role = Role(role)
        chains.setdefault(claim_id, []).append(
            Link(
                source_id,
                name,
                chain_role,
                Reliability(reliability) if reliability else None,
                anonymous=kind == SourceKind.ANONYMOUS_GROUP.value
                or (chain_role is Role.ORIGIN and looks_anonymous(name)),
            )
        )
    return chains


def claim_text(session: Session, claim_id: int) -> str:
    text = session.scalar(sa.select(ClaimRow.text).where(ClaimRow.id == claim_id))
    if text is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    return text


def facts_of_claim(session: Session, claim_id: int) -> list[tuple[int, str, Stance]]:
    rows = session.execute(
        sa.select(FactRow.id, FactRow.statement, FactClaimRow.stance)
        .join(FactClaimRow, FactClaimRow.fact_id == FactRow.id)
        .where(FactClaimRow.claim_id == claim_id)
        .order_by(FactRow.id)
    )
    return [(r[0], r[1], Stance(r[2])) for r in rows]


def _touch(session: Session, fact_id: int) -> None:
    """A change of a fact's claims moves its version: two analysts' edits conflict, not mix."""
    row = session.get(FactRow, fact_id)
    if row is not None:
        row.updated_at = utcnow()


def _fact(row: FactRow) -> Fact:
    return Fact(row.statement, ClaimStatus(row.status), row.note, row.id, row.version, row.review)


def flag_for_review(session: Session, claim_ids: list[int], why: str) -> list[int]:
    """Flag the facts these claims belong to; returns their ids."""
    if not claim_ids:
        return []
    fact_ids = sorted(
        set(
            session.execute(
                sa.select(FactClaimRow.fact_id).where(FactClaimRow.claim_id.in_(claim_ids))
            ).scalars()
        )
    )
    for fact_id in fact_ids:
        row = session.get(FactRow, fact_id)
        if row is not None:
            row.review = why if not row.review else f"{row.review}; {why}"
    session.flush()
    return fact_ids


def clear_review(session: Session, fact_id: int) -> None:
    row = session.get(FactRow, fact_id)
    if row is None:
        raise NotFoundError(f"no fact with id {fact_id}")
    row.review = ""
    session.flush()
