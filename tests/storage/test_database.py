import os
import stat

import pytest
import sqlalchemy as sa

from claimtracker.errors import DatabaseError
from claimtracker.storage.database import Database, redacted, sqlite_url


def test_a_new_sqlite_file_is_migrated_private_and_in_wal_mode(sqlite_path):
    db = Database.open(sqlite_url(sqlite_path))
    try:
        assert db.current_revision() is not None
        assert stat.S_IMODE(os.stat(sqlite_path).st_mode) == 0o600
        with db.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.close()


def test_reopening_an_up_to_date_database_changes_nothing(sqlite_path):
    Database.open(sqlite_url(sqlite_path)).close()
    db = Database.open(sqlite_url(sqlite_path))
    db.close()
    assert list(sqlite_path.parent.glob("*.bak")) == []


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 200)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"cannot open database .*notes\.sqlite.*not a database"):
        Database.open(sqlite_url(path))
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_not_damaged(db):
    with db.engine.begin() as c:
        c.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
    url = db.engine.url.render_as_string(hide_password=False)
    db.close()
    with pytest.raises(DatabaseError, match="newer version of ClaimTracker"):
        Database.open(url)
    engine = sa.create_engine(url)
    with engine.connect() as c:
        assert c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"
    engine.dispose()


def test_bad_urls_and_unreachable_servers_give_one_clear_message():
    with pytest.raises(DatabaseError, match="not a database URL"):
        Database.open("::nonsense::")
    with pytest.raises(
        DatabaseError, match=r"cannot open database postgresql://ana:\*\*\*@127.0.0.1:1/x: connection failed"
    ):
        Database.open("postgresql://ana:secret@127.0.0.1:1/x")


def test_passwords_never_appear_in_shown_urls():
    assert "secret" not in redacted("postgresql+psycopg://ana:secret@db.example/claims")
