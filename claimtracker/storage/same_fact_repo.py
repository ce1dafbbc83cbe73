"""Candidates for same-fact suggestions, fetched so that the cost does not grow with the archive.

Each search word and each source of the claim's chain is looked up on its own index, newest
claims first, a bounded number each: a claim that shares a rare name is always found, one that
shares only common words competes for a few hundred places. Rejected pairs are remembered.
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.facts import ClaimSketch
from claimtracker.storage.facts_repo import chains_of
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import (
    ArticleRow,
    ClaimLinkRow,
    ClaimRow,
    FactClaimRow,
    RejectedSameFactRow,
)

PER_TERM = 200  # newest matches per search word
PER_SOURCE = 200  # newest claims per shared source
CANDIDATES = 400  # scored in full


def candidate_ids(session: Session, claim_id: int, terms: list[str], source_ids: list[int]) -> list[int]:
    """Claims worth scoring against `claim_id`: most search words and sources shared first."""
    hits: Counter[int] = Counter()
    dialect = session.get_bind().dialect.name
    for term in terms:
        hits.update(session.scalars(_term_query(dialect, term)).all())
    for source_id in source_ids:
        hits.update(
            session.scalars(
                sa.select(ClaimLinkRow.claim_id)
                .where(ClaimLinkRow.source_id == source_id)
                .order_by(ClaimLinkRow.claim_id.desc())
                .limit(PER_SOURCE)
            ).all()
        )
    hits.pop(claim_id, None)
    for other in rejected_with(session, claim_id) | linked_with(session, claim_id):
        hits.pop(other, None)
    return [c for c, _ in sorted(hits.items(), key=lambda kv: (-kv[1], -kv[0]))[:CANDIDATES]]


def _term_query(dialect: str, term: str) -> sa.Select:
    if dialect == "sqlite":
        return (
            sa.select(sa.literal_column("rowid", sa.Integer))
            .select_from(sa.table("claims_fts"))
            .where(sa.text("claims_fts MATCH :q").bindparams(q=f'"{term}"*'))
            .order_by(sa.literal_column("rowid").desc())
            .limit(PER_TERM)
        )
    if dialect == "postgresql":
        vector = sa.literal_column("claims.search_vector")  # GIN-indexed (migration 0016)
        query = sa.func.to_tsquery(sa.literal_column("'simple'"), sa.bindparam("q", f"{_plain(term)}:*"))
        return (
            sa.select(ClaimRow.id).where(vector.op("@@")(query)).order_by(ClaimRow.id.desc()).limit(PER_TERM)
        )
    return (
        sa.select(ClaimRow.id)
        .where(ClaimRow.text.contains(term))
        .order_by(ClaimRow.id.desc())
        .limit(PER_TERM)
    )


def _plain(term: str) -> str:
    """A search word as one tsquery lexeme: no operator can slip in."""
    return "".join(c for c in term if c.isalnum()) or "x"


def sketches(session: Session, claim_ids: list[int]) -> list[ClaimSketch]:
    """What the ranking compares of each claim, in a fixed number of queries."""
    if not claim_ids:
        return []
    dialect = session.get_bind().dialect.name
    rows = session.execute(
        sa.select(
            ClaimRow.id,
            ClaimRow.article_id,
            ClaimRow.text,
            ClaimRow.quote_exact,
            ClaimRow.claim_date,
            ClaimRow.claim_date_latest,
            ArticleRow.language,
            ArticleRow.pub_date,
        )
        .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
        .where(ids_in(ClaimRow.id, claim_ids, dialect))
    ).all()
    chains = chains_of(session, claim_ids)
    facts: dict[int, list[int]] = {}
    for fact_claim, fact_id in session.execute(
        sa.select(FactClaimRow.claim_id, FactClaimRow.fact_id).where(
            ids_in(FactClaimRow.claim_id, claim_ids, dialect)
        )
    ):
        facts.setdefault(fact_claim, []).append(fact_id)
    found = {}
    for row in rows:
        # The analyst's wording and the quote both say what was claimed; the quote carries the names.
        text = row.text if row.quote_exact in row.text else f"{row.text}\n{row.quote_exact}"
        start = row.claim_date or row.pub_date
        found[row.id] = ClaimSketch(
            row.id,
            row.article_id,
            row.language or "",
            text,
            tuple(chains.get(row.id, ())),
            start,
            row.claim_date_latest if row.claim_date else row.pub_date,
            tuple(sorted(facts.get(row.id, ()))),
        )
    return [found[i] for i in claim_ids if i in found]


def rejected_with(session: Session, claim_id: int) -> set[int]:
    first = session.scalars(
        sa.select(RejectedSameFactRow.other_claim_id).where(RejectedSameFactRow.claim_id == claim_id)
    )
    second = session.scalars(
        sa.select(RejectedSameFactRow.claim_id).where(RejectedSameFactRow.other_claim_id == claim_id)
    )
    return set(first) | set(second)


def linked_with(session: Session, claim_id: int) -> set[int]:
    """Claims already in a fact with `claim_id`: nothing to suggest there."""
    facts = sa.select(FactClaimRow.fact_id).where(FactClaimRow.claim_id == claim_id)
    return set(session.scalars(sa.select(FactClaimRow.claim_id).where(FactClaimRow.fact_id.in_(facts))))


def reject(session: Session, claim_id: int, other_claim_id: int, who: str) -> None:
    first, second = sorted((claim_id, other_claim_id))
    if session.get(RejectedSameFactRow, (first, second)) is None:
        session.add(RejectedSameFactRow(claim_id=first, other_claim_id=second, who=who))
        session.flush()


def unreject(session: Session, claim_id: int, other_claim_id: int) -> None:
    first, second = sorted((claim_id, other_claim_id))
    session.execute(
        sa.delete(RejectedSameFactRow).where(
            RejectedSameFactRow.claim_id == first, RejectedSameFactRow.other_claim_id == second
        )
    )
