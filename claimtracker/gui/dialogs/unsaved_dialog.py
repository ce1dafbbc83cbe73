"""The question asked before unsaved changes to a claim could be lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnsavedDialog", text)


def ask_about_unsaved(parent: QWidget, what: str, ask_to_save: bool) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel (Discard or Cancel when saving is not on offer); Esc is Cancel."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedClaim")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Unsaved claim"))
    box.setText(_tr("You changed {what} without saving it.").format(what=what))
    buttons = QMessageBox.StandardButton
    if ask_to_save:
        box.setInformativeText(_tr("Save the changes, discard them, or go back to the claim?"))
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
    else:
        box.setInformativeText(_tr("Discard the changes?"))
        box.setStandardButtons(buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Cancel)
    box.setEscapeButton(buttons.Cancel)
    return buttons(box.exec())
