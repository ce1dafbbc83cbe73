"""Full-text conditions: FTS5 on SQLite, tsvector on PostgreSQL, matching the migration's indexes."""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from sqlalchemy.orm import Session
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
    if dialect == "postgresql" and terms:
        # The words kept in a generated column (migration 0016), GIN-indexed and with statistics.
        vector = sa.literal_column("claims.search_vector")
        return vector.op("@@")(sa.func.to_tsquery(sa.literal_column("'simple'"), _tsquery(terms)))
    return _matching(dialect, text, "claims_fts", ClaimRow.id, ClaimRow.text, ClaimRow.quote_exact)


def claim_ids_matching(dialect: str, text: str) -> sa.Select | None:
    """The ids of matching claims straight from the FTS5 index (SQLite), None elsewhere or for no words."""
    terms = search_terms(text)
    if dialect != "sqlite" or not terms:
        return None
    query = " ".join(f'"{t}"*' for t in terms)
    return (
        sa.select(sa.column("rowid", sa.Integer))
        .select_from(sa.table("claims_fts"))
        .where(sa.text("claims_fts MATCH :q").bindparams(q=query))
    )


def articles_matching(dialect: str, text: str) -> ColumnElement[bool]:
    """Articles whose title or body holds every word of `text`."""
    return _matching(dialect, text, "articles_fts", ArticleRow.id, ArticleRow.title, ArticleRow.body)


def _matching(dialect: str, text: str, fts_table: str, row_id, first, second) -> ColumnElement[bool]:
    terms = search_terms(text)
    if not terms:
        return sa.true()
    if dialect == "sqlite":
        query = " ".join(f'"{t}"*' for t in terms)
        ids = sa.text(f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH :q").bindparams(q=query)
        return row_id.in_(ids.columns(sa.column("rowid", sa.Integer)))
    if dialect == "postgresql":
        # The same expression as the GIN index of the migration, so that the index serves it.
        vector = sa.func.to_tsvector(sa.literal_column("'simple'"), first + " " + second)
        return vector.op("@@")(sa.func.to_tsquery(sa.literal_column("'simple'"), _tsquery(terms)))
    return sa.and_(*(sa.or_(first.contains(t), second.contains(t)) for t in terms))


# FTS5's unicode61 tokenizer with remove_diacritics 2, in Python: lower case, no accents, words of
# letters and digits. `holds_prefixes` tests one claim the way `"term"*` matches it.
_ACCENTS = re.compile(r"[\u0300-\u036f]")
_TOKEN = re.compile(r"[^\W_]+")


def folded(text: str) -> str:
    return _ACCENTS.sub("", unicodedata.normalize("NFKD", text.lower()))


def holds_prefixes(text: str | None, quote: str | None, terms: str) -> bool:
    """Whether every word of `terms` (folded, space-separated) starts a word of `text` or `quote`."""
    words = " " + " ".join(_TOKEN.findall(folded(f"{text or ''} {quote or ''}")))
    return all(f" {term}" in words for term in terms.split())


VOCABULARY = "temp.claims_fts_vocabulary"


def register_sqlite_functions(dbapi_connection) -> None:
    dbapi_connection.create_function("ct_holds_prefixes", 3, holds_prefixes, deterministic=True)
    # FTS5's count of claims per indexed word, read to choose a search's plan (`match_bounds`).
    dbapi_connection.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY} USING fts5vocab('main', 'claims_fts', 'row')"
    )


PREFIX_INDEXED = 3  # migration 0013's prefix='1 2 3': shorter prefixes have a list of their own


def match_bounds(session: Session, text: str) -> tuple[int, int] | None:
    """How many claims hold a one-word search, at least and at most, read from FTS5's vocabulary;
    None for several words or a prefix the index lists by itself.

    A word longer than the prefix index matches every indexed word it starts, and FTS5 merges
    their lists of claims whole, even for a count that stops early (2–4 ms for a word in 6 % of
    a million claims). The vocabulary gives each word's count of claims: the largest is a lower
    bound, their sum an upper one, in about a millisecond.
    """
    words = _folded_words(text)
    if len(words) != 1 or len(words[0]) <= PREFIX_INDEXED:
        return None
    word = words[0]
    after = word[:-1] + chr(ord(word[-1]) + 1)  # the first text that no longer starts with `word`
    largest, total = session.execute(
        sa.text(f"SELECT max(doc), sum(doc) FROM {VOCABULARY} WHERE term >= :word AND term < :after"),
        {"word": word, "after": after},
    ).one()
    return largest or 0, total or 0


def claims_holding_prefixes(text: str) -> ColumnElement[bool]:
    """The same test as `claims_fts MATCH`, made claim by claim: no list of matches is built."""
    terms = " ".join(_folded_words(text))
    return sa.func.ct_holds_prefixes(ClaimRow.text, ClaimRow.quote_exact, terms) == 1


def one_prefix_indexed_word(text: str) -> bool:
    """Whether `text` is one word short enough for the prefix index, whose list FTS5 reads in
    claim order and can start anywhere (a count over a range of claims costs that range only)."""
    words = _folded_words(text)
    return len(words) == 1 and len(words[0]) <= PREFIX_INDEXED


def _folded_words(text: str) -> list[str]:
    return _TOKEN.findall(folded(" ".join(search_terms(text))))


def _tsquery(terms: list[str]) -> str:
    return " & ".join(f"{t.lower()}:*" for t in terms)
