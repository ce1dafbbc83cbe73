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
