"""A claim filter as SQL: the conditions every view shares and the order of the claims table.

The claims table, the timeline, the source profile and the exports all read claims through
these, so that a filter means the same everywhere.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from claimtracker.domain.claim_filter import ClaimFilter, DateField, SortKey
from claimtracker.domain.claims import Role
from claimtracker.storage import fulltext
from claimtracker.storage.date_spans import in_dates
from claimtracker.storage.page_plans import member_of, through_links, walkable
from claimtracker.storage.schema import (
    ArticleRow,
    ClaimLinkRow,
    ClaimRow,
    ClaimTagRow,
    FactClaimRow,
    SourceRow,
)
from claimtracker.storage.sources_repo import ids_for_filter, source_ids_named, sources_containing


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
