"""Another analyst's work on the same database reaches an open window without a restart."""

import dataclasses

from PySide6.QtCore import Qt

from claimtracker.importing.importer import import_paths
from claimtracker.importing.sample_claims import load_claims_by_quote
from claimtracker.library import Library
from claimtracker.storage.database import Database
from tests.conftest import SEEDS


def test_a_window_refreshes_when_someone_else_adds_claims(qtbot, sqlite_db, open_window, capsys):
    report = import_paths(sqlite_db, [SEEDS])
    window = open_window(sqlite_db)
    window.annotate.articles.select(
        next(a.id for a in report.added if a.source_path.endswith("002_d7089af4d349109d.txt"))
    )
    assert window.annotate.claims.list.count() == 0
    other = Database.open(sqlite_db.engine.url.render_as_string(hide_password=False))  # another analyst's app
    load_claims_by_quote(
        other, SEEDS / "annotations.json", {a.source_path.rsplit("/", 1)[-1]: a for a in report.added}
    )
    Library(other, analyst="other").update_claim(
        dataclasses.replace(Library(other).claim(1), note="seen by the other window")
    )
    window.dispatcher.poll_timer.setInterval(50)
    qtbot.waitUntil(lambda: window.annotate.claims.list.count() == 9, timeout=5000)
    window.annotate.claims.list.setCurrentRow(0)
    window.annotate.claims.list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.annotate.history_box.isVisible()
    other.close()


def test_without_a_terminal_the_password_is_asked_in_a_dialog(qtbot, pg_cluster, monkeypatch):
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    from claimtracker.cli_common import open_db
    from claimtracker.gui.app import ask_password
    from tests.helpers.postgres import password_database

    url = password_database(pg_cluster, "dialog_user", "dialog-pw", "dialog_db")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)

    def type_password():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog) and "dialog_user@127.0.0.1" in dialog.labelText()
        edit = dialog.findChild(QLineEdit)
        assert edit.echoMode() == QLineEdit.EchoMode.Password
        edit.setText("dialog-pw")
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_password)
    db = open_db(argparse.Namespace(db=url), ask_password=ask_password)
    try:
        assert db.current_revision() is not None and "dialog-pw" not in db.location
    finally:
        db.close()
