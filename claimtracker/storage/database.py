"""Opening a database: URL, engine settings, migrations at open, and transactions.

Every write goes through `Database.transaction()`: one transaction, committed on success and
rolled back on any error, so a failed operation leaves nothing half-written.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from claimtracker.errors import DatabaseError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
ENV_URL = "CLAIMTRACKER_DB"


def default_url() -> str:
    """The URL from the environment, else a SQLite file in the per-user data folder."""
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    return sqlite_url(Path(user_data_dir("claimtracker", appauthor=False)) / "claims.sqlite")


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def redacted(url: str) -> str:
    """The URL as it may be shown or logged: never with its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid database URL>"


class Database:
    """One database: its engine, its session factory, and its schema brought up to date."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Database:
        """Open (creating it if needed) and upgrade the database at `url`.

        Raises DatabaseError with a readable message for a bad URL, an unreachable server, a file
        that is not a database, or a database made by a newer version of ClaimTracker.
        """
        url = url or default_url()
        engine = create_engine(url)
        db = cls(engine)
        if migrate:
            try:
                db.upgrade()
            except (OperationalError, SQLDatabaseError) as exc:
                engine.dispose()
                raise DatabaseError(f"cannot open database {redacted(url)}: {_reason(exc)}") from exc
            except DatabaseError:
                engine.dispose()
                raise
        return db

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        database = self.engine.url.database
        if not self.is_sqlite or not database or database == ":memory:":
            return None
        return Path(database)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed if the block succeeds, rolled back if not."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def _alembic_config(self, connection: sa.Connection) -> Config:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        return config

    def upgrade(self) -> None:
        """Bring the schema to the newest revision, after backing up an existing SQLite file."""
        with self.engine.begin() as connection:
            config = self._alembic_config(connection)
            scripts = ScriptDirectory.from_config(config)
            current = MigrationContext.configure(connection).get_current_revision()
            head = scripts.get_current_head()
            if current == head:
                return
            if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
                raise DatabaseError(
                    f"database {redacted(str(self.engine.url))} was made by a newer version of "
                    f"ClaimTracker (schema {current}); update ClaimTracker to open it"
                )
            if current is not None:
                self._backup(current)
            log.info("upgrading database schema from %s to %s", current, head)
            command.upgrade(config, "head")

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def _backup(self, revision: str) -> None:
        path = self.sqlite_path
        if path is None or not path.exists():
            return
        backup = path.with_name(f"{path.name}.before-{revision}.bak")
        with self.engine.connect() as connection:
            # VACUUM INTO makes a consistent copy even with a WAL beside the file.
            connection.exec_driver_sql("VACUUM INTO ?", (str(backup),))
        log.info("backed up %s to %s before upgrading", path, backup)


def create_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(parsed)
        return sa.create_engine(parsed, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise DatabaseError(f"unsupported database URL {redacted(url)}: {exc}") from exc


def _sqlite_engine(url: sa.URL) -> Engine:
    database = url.database
    if database and database != ":memory:":
        path = Path(database)
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            # Created readable by its owner only: it holds the analyst's work.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    # A pooled connection may be checked out by the import thread after the GUI thread used it;
    # the pool hands each connection to one thread at a time, so sqlite3's own check is moot.
    engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        # pysqlite's own transaction handling would defer BEGIN; let SQLAlchemy emit it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if database and database != ":memory:":
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _reason(exc: Exception) -> str:
    original = getattr(exc, "orig", None)
    return str(original or exc).strip().splitlines()[0]
