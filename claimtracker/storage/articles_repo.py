"""Stored articles: adding (idempotent by content hash), reading, listing with claim counts."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.articles import Article
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.domain.sources import SourceKind, normalise_name
from claimtracker.domain.text import one_line
from claimtracker.errors import NotFoundError
from claimtracker.storage.schema import ArticleRow, ClaimRow
from claimtracker.storage.sources_repo import source_for_name
from claimtracker.storage.versions import row_at_version


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: int
    title: str
    outlet: str
    language: str
    published: ClaimDate
    claims: int


def add_article(session: Session, article: Article) -> tuple[Article, bool]:
    """Store `article` unless the same content is already stored; returns (stored, created)."""
    existing = session.execute(
        sa.select(ArticleRow.id).where(ArticleRow.content_hash == article.content_hash)
    ).scalar_one_or_none()
    if existing is not None:
        return get_article(session, existing), False
    row = ArticleRow(
        id=article.id,  # None for a new article; an id when a sheet brings articles back
        title=article.title,
        outlet=article.outlet,
        original_source=article.original_source,
        outlet_id=registry_id(session, article.outlet, SourceKind.OUTLET),
        original_source_id=registry_id(session, article.original_source, SourceKind.OUTLET),
        url=article.url,
        language=article.language,
        body=article.body,
        raw=article.raw,
        content_hash=article.content_hash,
        source_path=article.source_path,
        **date_columns(article.published),
    )
    if article.imported_at is not None:
        row.imported_at = article.imported_at
    session.add(row)
    session.flush()
    return article_of_row(row), True


def get_article(session: Session, article_id: int) -> Article:
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise NotFoundError(f"no article with id {article_id}")
    return article_of_row(row)


def update_article_metadata(session: Session, article: Article) -> Article:
    row = row_at_version(
        session,
        ArticleRow,
        article.id,
        article.version,
        "article",
        f"article #{article.id}",
        lambda r: f"“{one_line(r.title, 80)}”, outlet {r.outlet or '—'}",
    )
    row.title, row.outlet, row.original_source = article.title, article.outlet, article.original_source
    row.outlet_id = registry_id(session, article.outlet, SourceKind.OUTLET)
    row.original_source_id = registry_id(session, article.original_source, SourceKind.OUTLET)
    row.url, row.language = article.url, article.language
    for key, value in date_columns(article.published).items():
        setattr(row, key, value)
    session.flush()
    return article_of_row(row)


def list_articles(
    session: Session, text: str = "", *, limit: int | None = None, offset: int = 0
) -> list[ArticleSummary]:
    """Articles in import order with their claim counts; `text` keeps those whose title or outlet
    contains it. Counts are looked up per returned article (an index lookup each), so a page of
    articles costs the same with ten claims or a million."""
    claims = (
        sa.select(sa.func.count())
        .where(ClaimRow.article_id == ArticleRow.id)
        .correlate(ArticleRow)
        .scalar_subquery()
    )
    statement = (
        sa.select(
            ArticleRow.id,
            ArticleRow.title,
            ArticleRow.outlet,
            ArticleRow.language,
            ArticleRow.pub_date,
            ArticleRow.pub_precision,
            ArticleRow.pub_wording,
            ArticleRow.pub_certain,
            ArticleRow.pub_doubt,
            ArticleRow.pub_latest,
            claims,
        )
        .where(_title_or_outlet_contains(text))
        .order_by(ArticleRow.id)
        .offset(offset)
    )
    if limit is not None:
        statement = statement.limit(limit)
    return [
        ArticleSummary(
            r[0], r[1], r[2], r[3], ClaimDate(r[4], Precision(r[5]), r[6], r[7], r[8], r[9]), r[10]
        )
        for r in session.execute(statement)
    ]


def languages(session: Session) -> list[str]:
    rows = session.execute(sa.select(ArticleRow.language).where(ArticleRow.language != "").distinct())
    return sorted(rows.scalars())


def _title_or_outlet_contains(text: str) -> sa.ColumnElement[bool]:
    words = text.split()
    return sa.and_(
        sa.true(),
        *(
            sa.or_(
                ArticleRow.title.icontains(w, autoescape=True),
                ArticleRow.outlet.icontains(w, autoescape=True),
            )
            for w in words
        ),
    )


def registry_id(session: Session, name: str, kind: SourceKind) -> int | None:
    """The registry source an outlet's name is (added to the registry if new); None for no name."""
    return source_for_name(session, name, kind) if normalise_name(name) else None


def date_columns(date: ClaimDate) -> dict:
    """An article's publication date as its columns."""
    return {
        "pub_date": date.value,
        "pub_precision": date.precision.value,
        "pub_wording": date.wording,
        "pub_certain": date.certain,
        "pub_doubt": date.doubt,
        "pub_latest": date.latest,
    }


def article_of_row(row) -> Article:
    """An article from its row (ORM object or plain row of the table)."""
    return Article(
        id=row.id,
        title=row.title,
        body=row.body,
        raw=row.raw,
        outlet=row.outlet,
        original_source=row.original_source,
        url=row.url,
        language=row.language,
        published=ClaimDate(
            row.pub_date,
            Precision(row.pub_precision),
            row.pub_wording,
            row.pub_certain,
            row.pub_doubt,
            row.pub_latest,
        ),
        source_path=row.source_path,
        imported_at=row.imported_at,
        content_hash=row.content_hash,
        outlet_id=row.outlet_id,
        original_source_id=row.original_source_id,
        version=row.version,
    )
