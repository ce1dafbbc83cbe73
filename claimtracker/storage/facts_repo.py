"""Stored facts: the claims linked to each with a stance, and what the assessment reads."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.claims import ClaimStatus, Role
from claimtracker.domain.facts import Fact, Link, Report, Stance, looks_anonymous
from claimtracker.domain.sources import Reliability, SourceKind
from claimtracker.errors import NotFoundError, UserError
from claimtracker.storage.claims_repo import find_claims_by_ids
from claimtracker.storage.schema import (
    ArticleRow,
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
        session, FactRow, fact.id, fact.version, f"fact #{fact.id}", lambda r: f"“{r.statement}” [{r.status}]"
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
    links = {link.claim_id: link for link in fact_links(session, fact_id)}
    claims = find_claims_by_ids(session, sorted(links))
    source_ids = {link.id for c in claims for link in c.chain.links}
    sources = {
        r.id: (Reliability(r.reliability) if r.reliability else None, r.kind)
        for r in session.execute(
            sa.select(SourceRow.id, SourceRow.reliability, SourceRow.kind).where(SourceRow.id.in_(source_ids))
        )
    }
    published = dict(
        session.execute(
            sa.select(ArticleRow.id, ArticleRow.pub_date).where(
                ArticleRow.id.in_({c.article_id for c in claims})
            )
        ).all()
    )
    result = []
    for claim in claims:
        chain = claim.chain
        chain_links = tuple(
            Link(
                link.id,  # type: ignore[arg-type]
                link.name,
                chain.role_of(i),
                sources.get(link.id, (None, ""))[0],
                anonymous=sources.get(link.id, (None, ""))[1] == SourceKind.ANONYMOUS_GROUP.value
                or (chain.role_of(i) is Role.ORIGIN and looks_anonymous(link.name)),
            )
            for i, link in enumerate(chain.links)
        )
        result.append(
            Report(
                claim.id,  # type: ignore[arg-type]
                links[claim.id].stance,  # type: ignore[index]
                chain_links,
                appeared=claim.claim_date.value or published.get(claim.article_id),
                credibility=claim.credibility,
                article_id=claim.article_id,
                retracted=claim.status is ClaimStatus.REFUTED,
            )
        )
    return result


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
