"""The links of an attribution chain after the speaker: who passed the claim on, in order."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.claims import SourceRef
from claimtracker.gui.widgets.source_field import SourceCompleter, SourceField
from claimtracker.library import Library

ID_ROLE = Qt.ItemDataRole.UserRole


class ChainEditor(QWidget):
    changed = Signal()

    def __init__(self, library: Library, completer: SourceCompleter, parent=None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("chainLinks")
        self.list.setMaximumHeight(90)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.field = SourceField(library, completer, "who passed it on (Enter adds): Reuters, NCRI…")
        self.field.edit.returnPressed.connect(self.add_from_field)
        # Enter on a completion: Qt puts the completed name in the field again once the field has
        # handled Enter; left there, it was added a second time on save ("Reuters → Reuters").
        self._just_added: str | None = None
        self.field.edit.textChanged.connect(self._drop_completion_echo)
        self.add_button = QPushButton("Add")
        self.add_button.clicked.connect(self.add_from_field)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip("Move the link towards the speaker")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip("Move the link towards the outlet")
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        # Set apart from the constructor, whose context argument PySide drops in this overload.
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)

        for arrow in (self.up_button, self.down_button):
            arrow.setMaximumWidth(32)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addWidget(self.field)
        layout.addLayout(buttons)

    def links(self) -> list[SourceRef]:
        return [
            SourceRef(self.list.item(i).text(), self.list.item(i).data(ID_ROLE))
            for i in range(self.list.count())
        ]

    def set_links(self, links: list[SourceRef]) -> None:
        self.list.clear()
        for link in links:
            self._append(link)
        self.field.set_text("")

    def add_from_field(self) -> None:
        name = self.field.text()
        if name:
            self._append(SourceRef(name))
            self.field.set_text("")
            self._just_added = name
            QTimer.singleShot(0, self._forget_added)
            self.changed.emit()

    def _drop_completion_echo(self, text: str) -> None:
        if self._just_added is not None and text.strip() == self._just_added:
            self.field.edit.clear()

    def _forget_added(self) -> None:
        self._just_added = None

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _append(self, link: SourceRef) -> None:
        item = QListWidgetItem(link.name)
        item.setData(ID_ROLE, link.id)
        self.list.addItem(item)
