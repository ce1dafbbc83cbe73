"""Persistence: SQLAlchemy mapping, migrations, transactions and queries. No Qt."""

from claimtracker.storage.database import Database

__all__ = ["Database"]
