"""Undoable changes, performed the same way for every page.

A page builds an undo command (undo_commands.py) and hands it here: it is applied once, its
error (bad input, someone else's newer version) reaches the analyst, and only a change that
happened lands on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox

from claimtracker.errors import UserError
from claimtracker.gui.undo_commands import LibraryCommand


class Operations(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = QUndoStack(self)

    def perform(self, command: LibraryCommand, show_error: Callable[[str], None] | None = None) -> bool:
        command.report_error = self.warn
        try:
            command.perform(self.undo_stack)
        except UserError as exc:
            (show_error or self.warn)(str(exc))
            return False
        return True

    def warn(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("ClaimTracker"), message)

    def status(self, message: str, ms: int = 5000) -> None:
        self.window.statusBar().showMessage(message, ms)
