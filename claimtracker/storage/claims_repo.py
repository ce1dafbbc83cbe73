"""Stored claims: writing them with their chains and tags, reading them back (the filter as SQL:
`claim_query`)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.claims import AttributionChain, Claim, SourceRef
from claimtracker.domain.sources import normalise_name
from claimtracker.domain.text import one_line
from claimtracker.errors import NotFoundError, UserError
from claimtracker.storage.claim_query import claim_ids_statement, conditions
from claimtracker.storage.claim_rows import load_claims
from claimtracker.storage.schema import (
    ArticleRow,
    ClaimLinkRow,
    ClaimMonthCountRow,
    ClaimRow,
    ClaimTagRow,
    SourceRow,
    utcnow,
)
from claimtracker.storage.sources_repo import source_for_name
from claimtracker.storage.versions import row_at_version


def add_claim(session: Session, claim: Claim) -> Claim:
    """Store a new claim; chain links given by name only are matched to, or added to, the registry.

    A claim that carries an id is stored under that id: that is how an undone creation or
    deletion comes back as the same claim.
    """
    article = session.get(ArticleRow, claim.article_id)
    if article is None:
        raise NotFoundError(f"no article with id {claim.article_id}")
    _check_span(article, claim)
    _check_parent(session, claim)
    chain = _stored_chain(session, claim.chain)
    row = ClaimRow(id=claim.id, article_id=claim.article_id, speaker_id=chain.speaker.id)
    _fill(row, claim)
    session.add(row)
    session.flush()
    if claim.id is not None and claim.version != row.version:
        # A restored claim keeps its version, so that undoing edits made before its deletion still
        # matches; the ORM numbers new rows from 1, hence the plain UPDATE.
        session.execute(
            sa.update(ClaimRow.__table__).where(ClaimRow.id == row.id).values(version=claim.version)
        )
    _write_links(session, row.id, chain, claim.tags)
    return get_claim(session, row.id)


def update_claim(session: Session, claim: Claim) -> Claim:
    if claim.id is None:
        raise ValueError("update_claim needs a stored claim")

    def theirs(_row: ClaimRow) -> str:
        stored = get_claim(session, claim.id)  # type: ignore[arg-type]
        return f"{stored.chain.display()} — “{one_line(stored.text, 80)}” [{stored.status.value}]"

    row = row_at_version(session, ClaimRow, claim.id, claim.version, "claim", f"claim #{claim.id}", theirs)
    article = session.get(ArticleRow, row.article_id)
    assert article is not None  # the foreign key guarantees it
    _check_span(article, claim)
    _check_parent(session, claim)
    chain = _stored_chain(session, claim.chain)
    _fill(row, claim)
    row.speaker_id = chain.speaker.id  # type: ignore[assignment]
    row.updated_at = utcnow()  # an UPDATE even when only the chain or tags changed: the version moves
    session.execute(sa.delete(ClaimLinkRow).where(ClaimLinkRow.claim_id == row.id))
    session.execute(sa.delete(ClaimTagRow).where(ClaimTagRow.claim_id == row.id))
    session.flush()
    _write_links(session, row.id, chain, claim.tags)
    return get_claim(session, row.id)


def delete_claim(session: Session, claim_id: int) -> tuple[Claim, tuple[int, ...]]:
    """Delete a claim; returns it as it was and the claims nested in it (so that both can be restored).

    The nested claims stay, without a parent (the foreign key sets it to NULL)."""
    claim = get_claim(session, claim_id)
    children = tuple(session.execute(sa.select(ClaimRow.id).where(ClaimRow.parent_id == claim_id)).scalars())
    session.execute(sa.delete(ClaimRow).where(ClaimRow.id == claim_id))
    return claim, children


def existing_ids(session: Session, ids: tuple[int, ...]) -> list[int]:
    if not ids:
        return []
    return list(session.execute(sa.select(ClaimRow.id).where(ClaimRow.id.in_(ids))).scalars())


def claims_citing(session: Session, source_id: int) -> list[int]:
    """The claims whose chain names the source."""
    return list(
        session.execute(
            sa.select(ClaimLinkRow.claim_id).where(ClaimLinkRow.source_id == source_id).distinct()
        ).scalars()
    )


def articles_citing(session: Session, source_ids: list[int]) -> frozenset[int]:
    """Articles with a claim whose chain names one of the sources."""
    rows = session.execute(
        sa.select(ClaimRow.article_id)
        .join(ClaimLinkRow, ClaimLinkRow.claim_id == ClaimRow.id)
        .where(ClaimLinkRow.source_id.in_(source_ids))
        .distinct()
    )
    return frozenset(rows.scalars())


def set_parent(session: Session, claim_id: int, parent_id: int | None) -> None:
    """Nest a claim in another (restoring a nesting, or importing one); refuses a cycle.

    A plain UPDATE that leaves the version alone, as the foreign key's SET NULL did on delete."""
    _check_parent_of(session, claim_id, parent_id)
    session.execute(sa.update(ClaimRow.__table__).where(ClaimRow.id == claim_id).values(parent_id=parent_id))


def claims_on_span(session: Session, claim: Claim) -> list[Claim]:
    """Stored claims on the same article and span with the same speaker as `claim`."""
    speaker = normalise_name(claim.chain.speaker.name)
    candidates = session.execute(
        sa.select(ClaimRow.id)
        .where(
            ClaimRow.article_id == claim.article_id,
            ClaimRow.span_start == claim.span.start,
            ClaimRow.span_end == claim.span.end,
        )
        .order_by(ClaimRow.id)
    ).scalars()
    return [
        stored
        for stored in load_claims(session, list(candidates))
        if normalise_name(stored.chain.speaker.name) == speaker
        or (claim.chain.speaker.id is not None and stored.chain.speaker.id == claim.chain.speaker.id)
    ]


def get_claim(session: Session, claim_id: int) -> Claim:
    claims = load_claims(session, [claim_id])
    if not claims:
        raise NotFoundError(f"no claim with id {claim_id}")
    return claims[0]


def find_claims(session: Session, query: ClaimFilter) -> list[Claim]:
    ids = list(session.execute(claim_ids_statement(session, query)).scalars())
    return load_claims(session, ids)


def find_claims_by_ids(session: Session, ids: list[int]) -> list[Claim]:
    """Claims in the order of `ids`, each with its chain and tags (three queries in all)."""
    return load_claims(session, ids)


def count_claims(session: Session, query: ClaimFilter) -> int:
    if query.is_empty:
        # Every claim: the month totals the triggers keep (migration 0014), a few hundred rows.
        counts = ClaimMonthCountRow
        total = sa.select(sa.func.coalesce(sa.func.sum(counts.n), 0)).where(
            counts.field == "claim", counts.speaker_id == 0
        )
        return session.execute(total).scalar_one()
    where = conditions(session, query)
    return session.execute(sa.select(sa.func.count()).select_from(ClaimRow).where(*where)).scalar_one()


def _check_span(article: ArticleRow, claim: Claim) -> None:
    if claim.span.end > len(article.body):
        raise UserError(
            f"span {claim.span.start}:{claim.span.end} ends after the article "
            f"(article {article.id} has {len(article.body)} characters)"
        )
    if not claim.orphaned and article.body[claim.span.start : claim.span.end] != claim.quote.exact:
        raise UserError(f"span {claim.span.start}:{claim.span.end} does not hold the quoted text")


def _check_parent(session: Session, claim: Claim) -> None:
    if claim.parent_id is not None:
        if session.get(ClaimRow, claim.parent_id) is None:
            raise NotFoundError(f"no claim with id {claim.parent_id} to nest this claim in")
        if claim.id is not None:
            _check_parent_of(session, claim.id, claim.parent_id)


def _check_parent_of(session: Session, claim_id: int, parent_id: int | None) -> None:
    """Refuse to nest a claim in itself or in one of the claims nested in it."""
    seen = set()
    current = parent_id
    while current is not None and current not in seen:
        if current == claim_id:
            raise UserError(
                f"claim #{claim_id} cannot be nested in claim #{parent_id}: that claim is nested in it"
            )
        seen.add(current)
        current = session.execute(sa.select(ClaimRow.parent_id).where(ClaimRow.id == current)).scalar()


def _stored_chain(session: Session, chain: AttributionChain) -> AttributionChain:
    """The chain with every link matched to (or added to) the registry, and its role written out."""
    links = []
    for position, link in enumerate(chain.links):
        if link.id is not None:
            source = session.get(SourceRow, link.id)
            if source is None:
                raise NotFoundError(f"no source with id {link.id}")
        else:
            source = session.get(SourceRow, source_for_name(session, link.name))
        links.append(SourceRef(source.name, source.id, chain.role_of(position), link.relation, link.cue))  # type: ignore[union-attr]
    return AttributionChain(tuple(links))


def _fill(row: ClaimRow, claim: Claim) -> None:
    for column, value in claim_columns(claim).items():
        setattr(row, column, value)


# The claim's own columns (not its id, article, speaker or bookkeeping), in `own_values`' order.
OWN_COLUMNS = (
    "span_start", "span_end", "quote_exact", "quote_prefix", "quote_suffix", "text", "kind", "cue",
    "credibility", "status", "note", "parent_id", "orphaned",
    *(f"{prefix}{suffix}" for prefix in ("claim_date", "event_date")
      for suffix in ("", "_precision", "_wording", "_certain", "_doubt", "_latest")),
)  # fmt: skip


def own_values(claim: Claim) -> tuple:
    """The values of `OWN_COLUMNS` for the claim (a tuple: bulk imports make 100,000 of them)."""
    claim_date, event_date = claim.claim_date, claim.event_date
    return (
        claim.span.start, claim.span.end, claim.quote.exact, claim.quote.prefix, claim.quote.suffix,
        claim.text, claim.kind.value, claim.cue, claim.credibility, claim.status.value, claim.note,
        claim.parent_id, claim.orphaned,
        claim_date.value, claim_date.precision.value, claim_date.wording, claim_date.certain,
        claim_date.doubt, claim_date.latest,
        event_date.value, event_date.precision.value, event_date.wording, event_date.certain,
        event_date.doubt, event_date.latest,
    )  # fmt: skip


def claim_columns(claim: Claim) -> dict[str, object]:
    """The claim's own columns (not its id, article, speaker or bookkeeping)."""
    return dict(zip(OWN_COLUMNS, own_values(claim), strict=True))


def _write_links(session: Session, claim_id: int, chain: AttributionChain, tags: tuple[str, ...]) -> None:
    session.execute(sa.insert(ClaimLinkRow), link_rows(claim_id, chain))
    tags_to_write = tag_rows(claim_id, tags)
    if tags_to_write:
        session.execute(sa.insert(ClaimTagRow), tags_to_write)


LINK_COLUMNS = ("position", "source_id", "role", "relation", "cue")  # after the claim's id


def link_values(chain: AttributionChain) -> list[tuple]:
    """The values of `LINK_COLUMNS` for each link of the chain."""
    return [
        (i, link.id, chain.role_of(i).value, link.relation.value, link.cue[:200])
        for i, link in enumerate(chain.links)
    ]


def link_rows(claim_id: int, chain: AttributionChain) -> list[dict]:
    return [
        dict(zip(("claim_id", *LINK_COLUMNS), (claim_id, *values), strict=True))
        for values in link_values(chain)
    ]


def tag_values(tags: tuple[str, ...]) -> tuple[str, ...]:
    """The claim's tags as stored: trimmed, without empty ones or repeats."""
    return tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))


def tag_rows(claim_id: int, tags: tuple[str, ...]) -> list[dict]:
    return [{"claim_id": claim_id, "tag": t} for t in tag_values(tags)]
