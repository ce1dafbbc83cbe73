"""Set-based reads for exports: the articles and sources of a sheet, a few queries for thousands."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.articles import Article
from claimtracker.domain.sources import Source
from claimtracker.storage.articles_repo import article_of_row
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import ArticleRow, SourceNameRow, SourceRow
from claimtracker.storage.sources_repo import source_of_row

ARTICLES_AT_ONCE = 500  # whole texts: a few megabytes a batch


def articles_by_ids(session: Session, ids: list[int]) -> Iterator[Article]:
    """Whole articles (text included), in the order of `ids`, a batch at a time."""
    articles = ArticleRow.__table__
    dialect = session.get_bind().dialect.name
    for start in range(0, len(ids), ARTICLES_AT_ONCE):
        batch = ids[start : start + ARTICLES_AT_ONCE]
        rows = {
            r.id: r for r in session.execute(sa.select(articles).where(ids_in(articles.c.id, batch, dialect)))
        }
        yield from (article_of_row(rows[i]) for i in batch if i in rows)


def sources_by_ids(session: Session, ids: list[int]) -> list[Source]:
    """Registry sources with their aliases, in the order of `ids`."""
    if not ids:
        return []
    dialect = session.get_bind().dialect.name
    aliases: dict[int, list[str]] = defaultdict(list)
    for source_id, name in session.execute(
        sa.select(SourceNameRow.source_id, SourceNameRow.name)
        .where(ids_in(SourceNameRow.source_id, ids, dialect), SourceNameRow.is_primary.is_(False))
        .order_by(SourceNameRow.id)
    ):
        aliases[source_id].append(name)
    sources = SourceRow.__table__
    rows = {r.id: r for r in session.execute(sa.select(sources).where(ids_in(sources.c.id, ids, dialect)))}
    return [source_of_row(rows[i], tuple(aliases[i])) for i in ids if i in rows]
