"""Starting the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from claimtracker.gui.backend import LibraryBackend
from claimtracker.gui.main_window import MainWindow
from claimtracker.storage.database import Database


def run_gui(db: Database) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("ClaimTracker")
    app.setApplicationName("ClaimTracker")
    window = MainWindow(LibraryBackend(db), QSettings())
    window.show()
    try:
        return app.exec()
    finally:
        db.close()


def save_screenshot(db: Database, path: str, width: int, height: int, article_index: int = 0) -> None:
    """Render the main window at a given size to a PNG, as the README shows it."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ClaimTracker", "screenshot")
    settings.clear()
    window = MainWindow(LibraryBackend(db), settings)
    window.resize(width, height)
    window.show()
    window.library.selectRow(article_index)
    app.processEvents()
    if not window.grab().save(path):
        raise OSError(f"{path}: could not write the PNG")
    window.close()
