"""The links of an attribution chain after the speaker: who passed the claim on, in order, each
with its role (document, intermediary, publisher) and, where the text shows it, how it passed the
claim on and the words that say so."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.claims import Relation, Role, SourceRef
from claimtracker.gui.claim_labels import role_label
from claimtracker.gui.widgets.source_field import SourceCompleter, SourceField
from claimtracker.library import Library

ID_ROLE = Qt.ItemDataRole.UserRole
LINK_ROLE = Qt.ItemDataRole.UserRole + 1  # the chain role, relation and cue of the link

ROLE_LABELS = {
    Role.INTERMEDIARY: QT_TRANSLATE_NOOP("ChainEditor", "intermediary: passed it on"),
    Role.DOCUMENT: QT_TRANSLATE_NOOP("ChainEditor", "document: a report, statement or leak"),
    Role.PUBLISHER: QT_TRANSLATE_NOOP("ChainEditor", "publisher: published it"),
    Role.ORIGIN: QT_TRANSLATE_NOOP("ChainEditor", "origin: first said it"),
}
RELATION_LABELS = {
    Relation.UNSAID: QT_TRANSLATE_NOOP("ChainEditor", "how: not said"),
    Relation.TOLD: QT_TRANSLATE_NOOP("ChainEditor", "told"),
    Relation.REPORTED: QT_TRANSLATE_NOOP("ChainEditor", "reported"),
    Relation.QUOTED: QT_TRANSLATE_NOOP("ChainEditor", "quoted"),
    Relation.ACCORDING_TO: QT_TRANSLATE_NOOP("ChainEditor", "according to"),
    Relation.REPUBLISHED: QT_TRANSLATE_NOOP("ChainEditor", "republished"),
}


class ChainEditor(QWidget):
    changed = Signal()

    def __init__(self, library: Library, completer: SourceCompleter, parent=None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("chainLinks")
        self.list.setMaximumHeight(90)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.field = SourceField(library, completer, self.tr("who passed it on (Enter adds): Reuters, NCRI…"))
        self.field.edit.returnPressed.connect(self.add_from_field)
        # Enter on a completion: Qt puts the completed name in the field again once the field has
        # handled Enter; left there, it was added a second time on save ("Reuters → Reuters").
        self._just_added: str | None = None
        self.field.edit.textChanged.connect(self._drop_completion_echo)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_from_field)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Move the link towards the speaker"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Move the link towards the outlet"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.role = QComboBox()
        self.role.setObjectName("linkRole")
        self.role.setToolTip(self.tr("The selected link's role in the chain"))
        for role, label in ROLE_LABELS.items():
            self.role.addItem(self.tr(label), role.value)
        self.relation = QComboBox()
        self.relation.setObjectName("linkRelation")
        self.relation.setToolTip(self.tr("How the selected link passed the claim on, where the text says"))
        for relation, label in RELATION_LABELS.items():
            self.relation.addItem(self.tr(label), relation.value)
        self.link_cue = QLineEdit()
        self.link_cue.setObjectName("linkCue")
        self.link_cue.setPlaceholderText(self.tr("the words that say so: a déclaré à, citing…"))
        for widget in (self.role, self.relation):
            widget.activated.connect(lambda _i: self._store_link_details())
        self.link_cue.textEdited.connect(lambda _t: self._store_link_details())
        self.list.currentRowChanged.connect(self._show_link_details)
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
        for combo in (self.role, self.relation):  # narrow panels: the combos shrink, nothing is cut
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        details = QHBoxLayout()
        details.addWidget(self.role, 3)
        details.addWidget(self.relation, 2)
        layout.addWidget(self.list)
        layout.addLayout(details)
        layout.addWidget(self.link_cue)
        layout.addWidget(self.field)
        layout.addLayout(buttons)
        self._show_link_details(-1)

    def links(self) -> list[SourceRef]:
        return [self._link(self.list.item(i)) for i in range(self.list.count())]

    @staticmethod
    def _link(item: QListWidgetItem) -> SourceRef:
        role, relation, cue = item.data(LINK_ROLE)
        return SourceRef(
            item.data(Qt.ItemDataRole.UserRole + 2), item.data(ID_ROLE), Role(role), Relation(relation), cue
        )

    def _show_link_details(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        for widget in (self.role, self.relation, self.link_cue):
            widget.setEnabled(item is not None)
        if item is None:
            self.link_cue.clear()
            return
        role, relation, cue = item.data(LINK_ROLE)
        self.role.setCurrentIndex(self.role.findData(role))
        self.relation.setCurrentIndex(self.relation.findData(relation))
        self.link_cue.setText(cue)

    def _store_link_details(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        item.setData(
            LINK_ROLE, (self.role.currentData(), self.relation.currentData(), self.link_cue.text().strip())
        )
        self._label(item)
        self.changed.emit()

    def _label(self, item: QListWidgetItem) -> None:
        link = self._link(item)
        how = f", {QCoreApplication.translate('ChainEditor', link.relation.value)}" if link.relation else ""
        item.setText(f"{link.name}  ·  {role_label(link.role)}{how}")  # type: ignore[arg-type]

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
        item = QListWidgetItem()
        item.setData(ID_ROLE, link.id)
        item.setData(Qt.ItemDataRole.UserRole + 2, link.name)
        item.setData(LINK_ROLE, ((link.role or Role.INTERMEDIARY).value, link.relation.value, link.cue))
        self._label(item)
        last = self.list.count() - 1
        if (
            link.role is not Role.PUBLISHER
            and last >= 0
            and self._link(self.list.item(last)).role is Role.PUBLISHER
        ):
            self.list.insertItem(last, item)  # links come before the publisher, which ends the chain
        else:
            self.list.addItem(item)
