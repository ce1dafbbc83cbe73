"""What the window may ask of the database, as plain domain objects (no session leaves here)."""

from __future__ import annotations

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim
from claimtracker.storage.articles_repo import ArticleSummary, get_article, list_articles
from claimtracker.storage.claims_repo import ClaimQuery, find_claims
from claimtracker.storage.database import Database, redacted


class LibraryBackend:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def location(self) -> str:
        path = self._db.sqlite_path
        return str(path) if path else redacted(str(self._db.engine.url))

    def articles(self) -> list[ArticleSummary]:
        with self._db.reading() as session:
            return list_articles(session)

    def article(self, article_id: int) -> Article:
        with self._db.reading() as session:
            return get_article(session, article_id)

    def claims_of(self, article_id: int) -> list[Claim]:
        with self._db.reading() as session:
            return find_claims(session, ClaimQuery(article_id=article_id))
