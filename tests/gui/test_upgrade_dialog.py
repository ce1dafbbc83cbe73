"""Opening a database made by an earlier version: the upgrade runs behind a window that says
what it is doing, cannot be dismissed half-way, and leaves the analyst's claims as they were."""

import pytest
from alembic import command
from alembic.config import Config
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from claimtracker.errors import DatabaseError
from claimtracker.gui.upgrade_dialog import UpgradeDialog, upgrade_with_progress
from claimtracker.library import Library
from claimtracker.storage.database import MIGRATIONS, SCHEMA_HEAD, Database, sqlite_url


def _database_at(path, revision: str) -> None:
    """A database with one article and one claim, its schema taken back to `revision`."""
    db = Database.open(sqlite_url(path))
    library = Library(db)
    article, _new = library.paste_article(
        library.article_from_clipboard("Un article\n\nLe ministre a déclaré lundi que tout allait bien.")
    )
    library.create_claim(library.claim_from_suggestion(article, library.suggestions(article)[0]))
    with db.engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    db.close()


def test_an_old_database_is_upgraded_behind_a_window_that_shows_each_step(qtbot, tmp_path):
    path = tmp_path / "old.sqlite"
    _database_at(path, "0017")
    db = Database.open(sqlite_url(path), migrate=False)
    assert db.needs_upgrade()
    seen: list[str] = []
    still_shown: list[bool] = []

    def watch() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, UpgradeDialog):
            seen.append(dialog.labelText())
            dialog.close()  # the analyst tries to close it, or presses Escape: it stays
            dialog.reject()
            still_shown.append(dialog.isVisible())

    timer = QTimer(interval=5)
    timer.timeout.connect(watch)
    timer.start()
    upgrade_with_progress(db)
    timer.stop()
    try:
        assert db.current_revision() == SCHEMA_HEAD
        assert (tmp_path / "old.sqlite.before-0017.bak").exists()
        (article,) = Library(db).articles()
        assert [c.quote.exact for c in Library(db).claims_of(article.id)] == ["tout allait bien"]
        assert any("old.sqlite" in text for text in seen)  # which database it is upgrading
        assert still_shown and all(still_shown)
    finally:
        db.close()


def test_each_step_reads_as_what_the_upgrade_is_doing(qtbot):
    dialog = UpgradeDialog("/home/ana/claims.sqlite")
    qtbot.addWidget(dialog)
    dialog.show_step(0, 3, "backup", "/home/ana/claims.sqlite.before-0017.bak")
    dialog.show_step(1, 3, "revision", "articles indexed by language")
    text = dialog.labelText()
    assert "Upgrading /home/ana/claims.sqlite" in text
    assert "Step 2 of 3: Updating the database's structure" in text
    assert "kept at /home/ana/claims.sqlite.before-0017.bak" in text  # where the copy is
    assert "0:00 so far" in text


def test_an_upgrade_that_fails_says_so_in_a_message_and_to_the_caller(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    _database_at(path, "0018")
    db = Database.open(sqlite_url(path), migrate=False)

    def broken(progress=None):
        raise DatabaseError(f"cannot open database {path}: disk I/O error")

    shown: list[str] = []
    monkeypatch.setattr(db, "upgrade", broken)
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    with pytest.raises(DatabaseError, match="disk I/O error"):
        upgrade_with_progress(db)
    assert shown == [f"cannot open database {path}: disk I/O error"]


def test_the_app_upgrades_an_old_database_before_its_window_opens(qtbot, tmp_path, monkeypatch):
    from claimtracker.gui.app import SHOWN_PROBE, run_gui

    path = tmp_path / "old.sqlite"
    _database_at(path, "0018")
    monkeypatch.setenv(SHOWN_PROBE, "1")  # the window closes as soon as it is shown
    assert run_gui(Database.open(sqlite_url(path), migrate=False), remember=False) == 0
    db = Database.open(sqlite_url(path), migrate=False)
    try:
        assert db.current_revision() == SCHEMA_HEAD
    finally:
        db.close()
