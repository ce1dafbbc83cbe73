"""Full-text conditions: FTS5 on SQLite, tsvector on PostgreSQL, matching the migration's indexes."""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from claimtracker.storage.schema import ArticleRow, ClaimRow

_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(text: str) -> list[str]:
    """The words of a search box, as plain tokens: quotes, operators and punctuation are dropped
    so that user text can never be read as query syntax."""
    return _WORD.findall(text)


def claims_matching(dialect: str, text: str) -> ColumnElement[bool]:
    """Claims whose text or quote holds every word of `text` (each word also as a prefix)."""
    terms = search_terms(text)
    if not terms:
        return sa.true()
    if dialect == "sqlite":
        query = " ".join(f'"{t}"*' for t in terms)
        ids = sa.text("SELECT rowid FROM claims_fts WHERE claims_fts MATCH :q").bindparams(q=query)
        return ClaimRow.id.in_(ids.columns(sa.column("rowid", sa.Integer)))
    if dialect == "postgresql":
        vector = sa.func.to_tsvector(
            sa.literal_column("'simple'"), ClaimRow.text + " " + ClaimRow.quote_exact
        )
        return vector.op("@@")(sa.func.to_tsquery(sa.literal_column("'simple'"), _tsquery(terms)))
    return sa.and_(*(ClaimRow.text.contains(t) for t in terms))


def articles_matching(dialect: str, text: str) -> ColumnElement[bool]:
    terms = search_terms(text)
    if not terms:
        return sa.true()
    if dialect == "sqlite":
        query = " ".join(f'"{t}"*' for t in terms)
        ids = sa.text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q").bindparams(q=query)
        return ArticleRow.id.in_(ids.columns(sa.column("rowid", sa.Integer)))
    if dialect == "postgresql":
        vector = sa.func.to_tsvector(sa.literal_column("'simple'"), ArticleRow.title + " " + ArticleRow.body)
        return vector.op("@@")(sa.func.to_tsquery(sa.literal_column("'simple'"), _tsquery(terms)))
    return sa.and_(*(ArticleRow.body.contains(t) for t in terms))


def _tsquery(terms: list[str]) -> str:
    return " & ".join(f"{t.lower()}:*" for t in terms)
