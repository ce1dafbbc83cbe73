"""Claims read back from their rows: the claim, its chain and its tags, three queries per batch.

Plain rows, not ORM objects: exports read claims by the hundred thousand (see FINDINGS), and the
enumerations are looked up in tables made once rather than called for every row.
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.claims import (
    AttributionChain,
    Claim,
    ClaimKind,
    ClaimStatus,
    Relation,
    Role,
    SourceRef,
    Span,
    TextQuote,
)
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.domain.lookup import by_value
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import ClaimLinkRow, ClaimRow, ClaimTagRow, SourceRow

_PRECISION, _ROLE, _RELATION = by_value(Precision), by_value(Role), by_value(Relation)
_KIND, _STATUS = by_value(ClaimKind), by_value(ClaimStatus)


def chain_links(session: Session, claim_ids: list[int], *columns: sa.ColumnElement) -> sa.Result:
    """(claim id, *columns) for every link of these claims' chains, joined to its source, claim by
    claim in chain order. One query."""
    return session.execute(
        sa.select(ClaimLinkRow.claim_id, *columns)
        .join(SourceRow, SourceRow.id == ClaimLinkRow.source_id)
        .where(ids_in(ClaimLinkRow.claim_id, claim_ids, session.get_bind().dialect.name))
        .order_by(ClaimLinkRow.claim_id, ClaimLinkRow.position)
    )


def load_claims(session: Session, ids: list[int]) -> list[Claim]:
    """Claims by id, in the order given, each with its chain and tags."""
    if not ids:
        return []
    dialect = session.get_bind().dialect.name
    claims = ClaimRow.__table__
    columns = [claims.c[name] for name in _COLUMNS]
    rows = {r[0]: r for r in session.execute(sa.select(*columns).where(ids_in(claims.c.id, ids, dialect)))}
    links: dict[int, list[SourceRef]] = defaultdict(list)
    for claim_id, source_id, name, role, relation, cue in chain_links(
        session, ids, SourceRow.id, SourceRow.name, ClaimLinkRow.role, ClaimLinkRow.relation, ClaimLinkRow.cue
    ):
        links[claim_id].append(SourceRef(name, source_id, _ROLE[role], _RELATION[relation], cue))
    tags: dict[int, list[str]] = defaultdict(list)
    for claim_id, tag in session.execute(
        sa.select(ClaimTagRow.claim_id, ClaimTagRow.tag)
        .where(ids_in(ClaimTagRow.claim_id, ids, dialect))
        .order_by(ClaimTagRow.claim_id, ClaimTagRow.tag)
    ):
        tags[claim_id].append(tag)
    return [_claim(rows[i], links[i], tags[i]) for i in ids if i in rows]


# The columns `_claim` reads, in the order it unpacks them.
_COLUMNS = (
    "id", "article_id", "span_start", "span_end", "quote_exact", "quote_prefix", "quote_suffix",
    "text", "kind", "cue", "credibility", "status", "note", "parent_id", "orphaned", "version",
    "claim_date", "claim_date_precision", "claim_date_wording", "claim_date_certain", "claim_date_doubt",
    "claim_date_latest", "event_date", "event_date_precision", "event_date_wording",
    "event_date_certain", "event_date_doubt", "event_date_latest",
)  # fmt: skip


def _claim(row: tuple, links: list[SourceRef], tags: list[str]) -> Claim:
    (claim_id, article_id, start, end, exact, prefix, suffix, text, kind, cue, credibility, status,
     note, parent_id, orphaned, version, *dates) = row  # fmt: skip
    return Claim(
        id=claim_id,
        article_id=article_id,
        span=Span(start, end),
        quote=TextQuote(exact, prefix, suffix),
        chain=AttributionChain(tuple(links)),
        text=text,
        kind=_KIND[kind],
        cue=cue,
        claim_date=ClaimDate(dates[0], _PRECISION[dates[1]], *dates[2:6]),
        event_date=ClaimDate(dates[6], _PRECISION[dates[7]], *dates[8:12]),
        credibility=credibility,
        status=_STATUS[status],
        tags=tuple(tags),
        note=note,
        parent_id=parent_id,
        orphaned=orphaned,
        version=version,
    )
