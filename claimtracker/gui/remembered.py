"""What the window remembers from one session to the next: the page, the article, the filters
and every splitter the analyst dragged. Fields are stored by object name, so a field added
later simply starts empty."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QSplitter, QWidget


def save_fields(settings: QSettings, key: str, container: QWidget) -> None:
    settings.beginGroup(key)
    settings.remove("")
    for field in container.findChildren(QLineEdit):
        if field.objectName() and not isinstance(field.parent(), (QComboBox, QSpinBox)):
            settings.setValue(field.objectName(), field.text())
    for box in container.findChildren(QComboBox):
        if box.objectName():
            settings.setValue(box.objectName(), box.currentIndex())
    for check in container.findChildren(QCheckBox):
        if check.objectName():
            settings.setValue(check.objectName(), check.isChecked())
    for spin in container.findChildren(QSpinBox):
        if spin.objectName():
            settings.setValue(spin.objectName(), spin.value())
    settings.endGroup()


def restore_fields(settings: QSettings, key: str, container: QWidget) -> None:
    settings.beginGroup(key)
    try:
        for field in container.findChildren(QLineEdit):
            if field.objectName() and settings.contains(field.objectName()):
                field.setText(str(settings.value(field.objectName())))
        for box in container.findChildren(QComboBox):
            index = settings.value(box.objectName(), -1, type=int) if box.objectName() else -1
            if 0 <= index < box.count():
                box.setCurrentIndex(index)
        for check in container.findChildren(QCheckBox):
            if check.objectName() and settings.contains(check.objectName()):
                check.setChecked(settings.value(check.objectName(), False, type=bool))
        for spin in container.findChildren(QSpinBox):
            if spin.objectName() and settings.contains(spin.objectName()):
                spin.setValue(settings.value(spin.objectName(), 0, type=int))
    finally:
        settings.endGroup()


def save_splitters(settings: QSettings, splitters: list[QSplitter]) -> None:
    for splitter in splitters:
        settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())


def restore_splitters(settings: QSettings, splitters: list[QSplitter]) -> None:
    for splitter in splitters:
        state = settings.value(f"splitters/{splitter.objectName()}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
