"""Stored claims: writing them with their chains and tags, reading them back, querying them."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from claimtracker.domain.claim_filter import ClaimFilter, DateField, SortKey
from claimtracker.domain.claims import (
    AttributionChain,
    Claim,
    Role,
    SourceRef,
)
from claimtracker.domain.sources import normalise_name
from claimtracker.domain.text import one_line
from claimtracker.errors import NotFoundError, UserError
from claimtracker.storage import fulltext
from claimtracker.storage.claim_rows import load_claims
from claimtracker.storage.date_spans import in_dates
from claimtracker.storage.page_plans import member_of, through_links, walkable
from claimtracker.storage.schema import (
    ArticleRow,
    ClaimLinkRow,
    ClaimMonthCountRow,
    ClaimRow,
    ClaimTagRow,
    FactClaimRow,
    SourceRow,
    utcnow,
)
from claimtracker.storage.sources_repo import (
    ids_for_filter,
    source_for_name,
    source_ids_named,
    sources_containing,
)
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


def claim_ids_statement(session: Session, query: ClaimFilter) -> sa.Select:
    """Ids of the matching claims, in the filter's order (unknown dates last either way)."""
    statement = sa.select(ClaimRow.id).where(*conditions(session, query))
    statement = ordered(statement, query).offset(query.offset)
    return statement.limit(query.limit) if query.limit is not None else statement


def ordered(statement: sa.Select, query: ClaimFilter) -> sa.Select:
    """`statement` over claims, sorted in SQL by the filter's sort key, then by id."""

    def direction(column):
        return column.desc() if query.descending else column.asc()

    # Each key matches an index of migration 0012 (or the speaker/article indexes of 0001), so
    # that the first page is read in order and the sort stops after it.
    if query.sort is SortKey.DATE:
        column = ClaimRow.event_date if query.date_field is DateField.EVENT else ClaimRow.claim_date
        keys = [direction(column).nulls_last()]
    elif query.sort is SortKey.SPEAKER:
        # An alias: the caller may have joined sources already.
        source = aliased(SourceRow)
        statement = statement.join(source, source.id == ClaimRow.speaker_id)
        keys = [direction(sa.func.lower(source.name)), direction(source.id), direction(ClaimRow.claim_date)]
    elif query.sort is SortKey.ARTICLE:
        article = aliased(ArticleRow)
        statement = statement.join(article, article.id == ClaimRow.article_id)
        keys = [
            direction(sa.func.lower(article.title)),
            direction(article.id),
            direction(ClaimRow.span_start),
        ]
    elif query.sort is SortKey.TEXT:
        # The first 40 characters, written as the index writes them (literals, not parameters).
        first = sa.func.substr(ClaimRow.text, sa.literal_column("1"), sa.literal_column("40"))
        keys = [direction(sa.func.lower(first))]
    elif query.sort is SortKey.STATUS:
        keys = [direction(ClaimRow.status)]
    else:
        keys = [ClaimRow.credibility.is_(None), direction(ClaimRow.credibility)]  # ungraded last either way
    return statement.order_by(*keys, direction(ClaimRow.id))


def conditions(session: Session, query: ClaimFilter) -> list[sa.ColumnElement[bool]]:
    """The WHERE clauses of a filter; each uses an index (see schema.py), none loads rows into Python."""
    where: list[sa.ColumnElement[bool]] = []
    if query.speaker:
        speakers = ids_for_filter(session, query.speaker, "speaker")
        # One speaker's claims come in date order from its own index (speaker, date).
        grouped = (SortKey.SPEAKER, SortKey.DATE) if len(speakers) == 1 else (SortKey.SPEAKER,)
        where.append(
            walkable(session, query, ClaimRow.speaker_id, lambda c: c.in_(speakers), grouped_by=grouped)
        )
    if query.via:
        # Uses ix_claim_links_source_claim: a lookup by source, never a scan of the links.
        via_ids = ids_for_filter(session, query.via, "via")
        through = [ClaimLinkRow.source_id.in_(via_ids), ClaimLinkRow.position > 0]
        if query.role is not None:
            through.append(ClaimLinkRow.role == query.role.value)
        links = sa.select(ClaimLinkRow.claim_id).where(*through)
        later, tested = links, sa.exists().where(ClaimLinkRow.claim_id == ClaimRow.id, *through)
        if (
            query.role in (None, Role.PUBLISHER)
            and session.execute(
                sa.select(ArticleRow.id).where(ArticleRow.outlet_id.in_(via_ids)).limit(1)
            ).first()
        ):
            # What came through a source includes what it published: the claims of its articles.
            its_articles = sa.select(ArticleRow.id).where(ArticleRow.outlet_id.in_(via_ids))
            published = sa.select(ClaimRow.id).where(ClaimRow.article_id.in_(its_articles))
            later = sa.union(links, published)  # type: ignore[assignment]
            tested = sa.or_(tested, ClaimRow.article_id.in_(its_articles))
        where.append(through_links(session, query, later, links, tested))
    elif query.role is not None:
        in_role = [ClaimLinkRow.role == query.role.value]
        links = sa.select(ClaimLinkRow.claim_id).where(*in_role)
        tested = sa.exists().where(ClaimLinkRow.claim_id == ClaimRow.id, *in_role)
        where.append(through_links(session, query, links, links, tested))
    if query.speaker_id is not None:
        where.append(ClaimRow.speaker_id == query.speaker_id)
    if query.link_id is not None:
        where.append(
            ClaimRow.id.in_(sa.select(ClaimLinkRow.claim_id).where(ClaimLinkRow.source_id == query.link_id))
        )
    article_conditions = []
    if query.outlet:
        # The publisher: the article's outlet, or a link the analyst marked as publisher.
        publishers = source_ids_named(session, query.outlet) or [
            i for i, _n in sources_containing(session, query.outlet)
        ]
        by_outlet = ArticleRow.outlet.icontains(query.outlet.strip(), autoescape=True)
        if publishers:  # the registry: its aliases and merges apply
            by_outlet = sa.or_(by_outlet, ArticleRow.outlet_id.in_(publishers))
        published = ClaimRow.article_id.in_(sa.select(ArticleRow.id).where(by_outlet))
        if publishers:
            linked = sa.select(ClaimLinkRow.claim_id).where(
                ClaimLinkRow.role == Role.PUBLISHER.value, ClaimLinkRow.source_id.in_(publishers)
            )
            published = sa.or_(published, ClaimRow.id.in_(linked))
        where.append(published)
    if query.original:
        article_conditions.append(
            ArticleRow.original_source.icontains(query.original.strip(), autoescape=True)
        )
    if query.language:
        article_conditions.append(ArticleRow.language == query.language)
    for word in (query.article_title or "").split():
        article_conditions.append(ArticleRow.title.icontains(word, autoescape=True))
    if article_conditions:
        articles = sa.select(ArticleRow.id).where(*article_conditions)
        where.append(walkable(session, query, ClaimRow.article_id, lambda c: c.in_(articles)))
    if query.article_id is not None:
        where.append(ClaimRow.article_id == query.article_id)
    if query.date_from or query.date_to:
        where.append(in_dates(session, query))
    date_column = ClaimRow.event_date if query.date_field is DateField.EVENT else ClaimRow.claim_date
    if query.undated:
        where.append(date_column.is_(None))
    if query.orphaned:
        where.append(ClaimRow.orphaned.is_(True))
    if query.fact_id is not None:
        where.append(
            ClaimRow.id.in_(sa.select(FactClaimRow.claim_id).where(FactClaimRow.fact_id == query.fact_id))
        )
    if query.without_fact:
        where.append(ClaimRow.id.not_in(sa.select(FactClaimRow.claim_id)))
    if query.status:
        status = query.status.value
        where.append(
            walkable(session, query, ClaimRow.status, lambda c: c == status, grouped_by=(SortKey.STATUS,))
        )
    if query.credibility_max is not None:
        where.append(ClaimRow.credibility <= query.credibility_max)
    if query.reliability:
        graded = sa.select(SourceRow.id).where(
            SourceRow.reliability.in_([r.value for r in query.reliability])
        )
        where.append(ClaimRow.speaker_id.in_(graded))
    for tag in query.tags:
        where.append(ClaimRow.id.in_(sa.select(ClaimTagRow.claim_id).where(ClaimTagRow.tag == tag.strip())))
    if query.search:
        dialect = session.get_bind().dialect.name
        matching = fulltext.claim_ids_matching(dialect, query.search)
        if matching is None:
            where.append(fulltext.claims_matching(dialect, query.search))
        else:
            where.append(member_of(session, query, matching, search=query.search))
    return where


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


def claim_columns(claim: Claim) -> dict[str, object]:
    """The claim's own columns (not its id, article, speaker or bookkeeping)."""
    values: dict[str, object] = {
        "span_start": claim.span.start,
        "span_end": claim.span.end,
        "quote_exact": claim.quote.exact,
        "quote_prefix": claim.quote.prefix,
        "quote_suffix": claim.quote.suffix,
        "text": claim.text,
        "kind": claim.kind.value,
        "cue": claim.cue,
        "credibility": claim.credibility,
        "status": claim.status.value,
        "note": claim.note,
        "parent_id": claim.parent_id,
        "orphaned": claim.orphaned,
    }
    for prefix, date in (("claim_date", claim.claim_date), ("event_date", claim.event_date)):
        values.update(
            {
                prefix: date.value,
                f"{prefix}_precision": date.precision.value,
                f"{prefix}_wording": date.wording,
                f"{prefix}_certain": date.certain,
                f"{prefix}_doubt": date.doubt,
                f"{prefix}_latest": date.latest,
            }
        )
    return values


def _write_links(session: Session, claim_id: int, chain: AttributionChain, tags: tuple[str, ...]) -> None:
    session.execute(sa.insert(ClaimLinkRow), link_rows(claim_id, chain))
    tags_to_write = tag_rows(claim_id, tags)
    if tags_to_write:
        session.execute(sa.insert(ClaimTagRow), tags_to_write)


def link_rows(claim_id: int, chain: AttributionChain) -> list[dict]:
    return [
        {
            "claim_id": claim_id,
            "position": i,
            "source_id": link.id,
            "role": chain.role_of(i).value,
            "relation": link.relation.value,
            "cue": link.cue[:200],
        }
        for i, link in enumerate(chain.links)
    ]


def tag_rows(claim_id: int, tags: tuple[str, ...]) -> list[dict]:
    return [{"claim_id": claim_id, "tag": t} for t in dict.fromkeys(t.strip() for t in tags if t.strip())]
