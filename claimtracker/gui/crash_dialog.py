"""Unexpected errors: shown with their traceback instead of killing the app; user errors: their message."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from claimtracker.errors import UserError

log = logging.getLogger(__name__)


def install_excepthook(parent: QWidget) -> None:
    def hook(kind, value, tb) -> None:
        if isinstance(value, UserError):
            QMessageBox.warning(parent, "ClaimTracker", str(value))
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", text)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CrashDialog", "ClaimTracker — unexpected error"),
            QCoreApplication.translate(
                "CrashDialog",
                "Something went wrong inside ClaimTracker. Your saved work is safe: every change "
                "is written as soon as it is made.\n\nPlease report the details below.",
            ),
            parent=parent,
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook
