"""Databases that refuse writes: a clear message, and nothing already stored is lost."""

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from claimtracker.cli import main
from claimtracker.errors import DatabaseError
from claimtracker.importing.importer import import_paths
from claimtracker.storage.articles_repo import list_articles
from claimtracker.storage.database import Database, sqlite_url
from tests.conftest import SEEDS


def test_a_read_only_database_is_read_and_refuses_writes_with_a_message(sqlite_path, capsys):
    writable = Database.open(sqlite_url(sqlite_path))
    import_paths(writable, [SEEDS / "000_0a6e80da3cee15fd.txt"])
    writable.close()
    read_only = Database(sa.create_engine(f"sqlite:///file:{sqlite_path}?mode=ro&uri=true"))
    with read_only.reading() as s:
        assert len(list_articles(s)) == 1
    refused = r"could not save to .*readonly database.*nothing was changed"
    with pytest.raises(DatabaseError, match=refused), read_only.transaction() as s:
        s.execute(sa.text("UPDATE articles SET title = 'x'"))
    read_only.engine.dispose()


def test_a_full_disk_stops_the_import_with_a_message_and_keeps_what_was_saved(sqlite_path, tmp_path):
    db = Database.open(sqlite_url(sqlite_path))
    first = import_paths(db, [SEEDS / "000_0a6e80da3cee15fd.txt"])
    with db.engine.connect() as c:
        pages = c.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _full(dbapi_connection, _record):  # the file may not grow: what a full disk looks like
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    big = tmp_path / "big.txt"
    big.write_text("Le ministre a déclaré que " + "tout allait bien. " * 200_000, encoding="utf-8")
    report = import_paths(db, [big])
    assert (
        report.added == []
        and "could not be saved" in str(report.errors[0])
        and "full" in str(report.errors[0])
    )
    with db.reading() as s:
        assert [a.id for a in list_articles(s)] == [first.added[0].id]
    db.close()


def test_the_command_line_reports_a_refused_write_in_one_line(sqlite_path, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a URL must never turn into folders where the command runs
    main(["--db", str(sqlite_path), "import", str(SEEDS / "000_0a6e80da3cee15fd.txt")])
    capsys.readouterr()
    url = f"sqlite:///file:{sqlite_path}?mode=ro&uri=true"
    code = main(["--db", url, "add-claim", "--article", "1", "--span", "0:10", "--speaker", "x"])
    err = capsys.readouterr().err
    assert code == 2 and "could not save to" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "claims.sqlite",
        "claims.sqlite-shm",
        "claims.sqlite-wal",
    ]
