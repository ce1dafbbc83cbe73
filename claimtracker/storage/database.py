"""Opening a database: URL, engine settings, migrations at open, and transactions.

Every write goes through `Database.transaction()`: one transaction, committed on success and
rolled back on any error, so a failed operation leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from claimtracker.errors import DatabaseError
from claimtracker.storage import fulltext

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions (a test keeps the two in step): a database already
# there opens without loading Alembic, which costs a fifth of a second at start-up.
SCHEMA_HEAD = "0019"
# done, total, step ("backup", "revision", "statistics", "done"), detail
UpgradeProgress = Callable[[int, int, str, str], None]
ENV_URL = "CLAIMTRACKER_DB"


def default_url() -> str:
    """The URL (or SQLite file path) from the environment, else a SQLite file in the per-user
    data folder."""
    if os.environ.get(ENV_URL):
        return as_url(os.environ[ENV_URL])
    return sqlite_url(Path(user_data_dir("claimtracker", appauthor=False)) / "claims.sqlite")


def as_url(location: str) -> str:
    """A database URL, or a plain file path taken as a SQLite file ('claims.sqlite',
    '~/work/claims.db', an existing file). Anything else is left to fail as a URL, so that a typo
    does not create a stray database file."""
    if "://" in location:
        return location
    path = Path(location).expanduser()
    if os.sep in location or path.suffix in (".sqlite", ".sqlite3", ".db") or path.exists():
        return sqlite_url(path)
    return location


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
        self._checkpoints: list[threading.Thread] = []  # `_checkpoint_apart`

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Database:
        """Open (creating it if needed) and upgrade the database at `url`.

        Raises DatabaseError with a readable message for a bad URL, an unreachable server, a file
        that is not a database, or a database made by a newer version of ClaimTracker.
        """
        url = as_url(url) if url else default_url()
        db = cls(create_engine(url))
        if migrate:
            db.checked_upgrade()
        return db

    def checked_upgrade(self, progress: UpgradeProgress | None = None) -> None:
        """`upgrade`, with a failure told as one DatabaseError (the engine closed)."""
        with self._told_as_cannot_open():
            self.upgrade(progress)

    def needs_upgrade(self) -> bool:
        with self._told_as_cannot_open():
            return self.current_revision() != SCHEMA_HEAD

    @contextmanager
    def _told_as_cannot_open(self) -> Iterator[None]:
        """A failure while opening, as one DatabaseError naming the database; the engine is closed."""
        try:
            yield
        except (OperationalError, SQLDatabaseError) as exc:
            self.engine.dispose()
            raise DatabaseError(f"cannot open database {self.location}: {_reason(exc)}") from exc
        except DatabaseError:
            self.engine.dispose()
            raise

    @property
    def location(self) -> str:
        path = self.sqlite_path
        url = self.engine.url  # as the analyst writes it: "postgresql://", not "postgresql+psycopg://"
        return str(path) if path else redacted(str(url.set(drivername=url.get_backend_name())))

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
    def transaction(self, bulk: bool = False) -> Iterator[Session]:
        """A session inside one transaction: committed if the block succeeds, rolled back if not.

        The database refusing the write (read-only file, full disk, server gone) is reported as
        a DatabaseError naming the database; what was stored before is untouched.

        `bulk` is for loads that only write ids they have just read or written in the same
        transaction. SQLite then skips looking each one up (PostgreSQL checks them regardless),
        and the commit leaves the write-ahead log to be copied into the database by a thread of
        its own, as SQLite's documentation suggests for applications: copied inside the commit,
        the log of a 100,000-claim load (250 MB) held the importer 0.45 s longer.
        """
        try:
            with self._sessions() as session, session.begin():
                # SQLite: take the write lock at BEGIN, so that concurrent writers wait their turn
                # (busy timeout) instead of failing when the snapshot they read has moved on.
                session.connection(execution_options={"immediate": True, "bulk": bulk})
                yield session
        except OperationalError as exc:
            raise DatabaseError(
                f"could not save to {self.location}: {_reason(exc)}; nothing was changed"
            ) from exc
        if bulk and self.sqlite_path is not None:
            self._checkpoint_apart()

    def _checkpoint_apart(self) -> None:
        """The write-ahead log copied into the database file by another thread (SQLite does
        the copying without the GIL); `close` waits for it."""

        def checkpoint() -> None:
            with contextlib.suppress(SQLDatabaseError), self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

        self._checkpoints = [t for t in self._checkpoints if t.is_alive()]
        self._checkpoints.append(threading.Thread(target=checkpoint, name="checkpoint"))
        self._checkpoints[-1].start()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        for thread in self._checkpoints:
            thread.join()
        if self.is_sqlite:
            # SQLite's advice for long-lived connections: refresh statistics that drifted.
            with contextlib.suppress(SQLDatabaseError), self.engine.begin() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()

    def upgrade(self, progress: UpgradeProgress | None = None) -> None:
        """Bring the schema to the newest revision, after backing up an existing SQLite file.

        `progress(done, total, step, detail)` hears of each step: "backup" (detail: the backup's
        path), "revision" (detail: the revision's message), "statistics". On a big archive a
        revision may take minutes (0019 rebuilds the full text: 4 min 36 s at 10M claims).
        """
        current = self.current_revision()
        if current == SCHEMA_HEAD:
            return
        report = progress or (lambda done, total, step, detail: None)
        from alembic import command
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        scripts = ScriptDirectory.from_config(config)
        if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
            raise DatabaseError(
                f"database {redacted(str(self.engine.url))} was made by a newer version of "
                f"ClaimTracker (schema {current}); update ClaimTracker to open it"
            )
        steps = list(reversed(list(scripts.iterate_revisions("head", current or "base"))))
        backup = current is not None and self.sqlite_path is not None and self.sqlite_path.exists()
        total = len(steps) + int(backup) + int(self.is_sqlite)
        done = 0
        if backup:
            report(done, total, "backup", str(self._backup_path(current)))
            self._backup(current)
            done += 1
        log.info("upgrading database schema from %s to %s", current, scripts.get_current_head())
        with self.engine.begin() as connection:  # every revision in one transaction: all or nothing
            config.attributes["connection"] = connection
            for script in steps:
                report(done, total, "revision", (script.doc or script.revision).strip().splitlines()[0])
                command.upgrade(config, script.revision)
                done += 1
        if self.is_sqlite:
            # New indexes without statistics mislead SQLite's planner on big tables; refresh them.
            report(done, total, "statistics", "")
            with self.engine.begin() as connection:
                connection.exec_driver_sql("ANALYZE")
            done += 1
        report(done, total, "done", "")

    def current_revision(self) -> str | None:
        """The schema revision recorded in the database, None for a new one."""
        with self.engine.connect() as connection:
            if not sa.inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()

    def _backup_path(self, revision: str) -> Path:
        path = self.sqlite_path
        assert path is not None
        return path.with_name(f"{path.name}.before-{revision}.bak")

    def _backup(self, revision: str) -> None:
        path = self.sqlite_path
        if path is None or not path.exists():
            return
        backup = self._backup_path(revision)
        backup.unlink(missing_ok=True)
        # VACUUM INTO makes a consistent copy even with a WAL beside the file; it must run outside
        # a transaction, so on the driver's own connection.
        connection = self.engine.raw_connection()
        try:
            connection.driver_connection.execute("VACUUM INTO ?", (str(backup),))
        finally:
            connection.close()
        backup.chmod(0o600)  # as private as the database itself
        log.info("backed up %s to %s before upgrading", path, backup)


def url_has_password(url: str) -> bool:
    return make_url(url).password is not None


def url_with_password(url: str, password: str) -> str:
    """`url` with a password the analyst typed (kept in memory only, never written)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def advance_id_sequences(session: Session) -> None:
    """After rows were inserted under explicit ids, move PostgreSQL's id sequences past them.

    Otherwise the next row added without an id takes a number already used and fails. SQLite
    numbers from the largest id in the table, so it needs nothing."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ("articles", "sources", "claims"):
        session.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"GREATEST((SELECT MAX(id) FROM {table}), 1))"
            )
        )


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
    # A "file:...?uri=true" URL (read-only opening, shared cache) names no plain path to create.
    plain_file = database and database != ":memory:" and "uri" not in url.query
    if plain_file:
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
        fulltext.register_sqlite_functions(dbapi_connection)
        if plain_file:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        options = connection.get_execution_options()
        # A bulk load's settings (`Database.transaction`), set before BEGIN (inside a
        # transaction SQLite ignores foreign_keys) and set back at the next BEGIN.
        bulk = options.get("bulk", False)
        if connection.info.get("bulk", False) != bulk:
            connection.exec_driver_sql(f"PRAGMA foreign_keys = {'OFF' if bulk else 'ON'}")
            connection.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {0 if bulk else 1000}")
            connection.info["bulk"] = bulk
        connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get("immediate") else "BEGIN")

    return engine


def _reason(exc: Exception) -> str:
    original = getattr(exc, "orig", None)
    return str(original or exc).strip().splitlines()[0]
