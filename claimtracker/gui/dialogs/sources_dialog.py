"""The source registry: every source with its aliases, grade, and how many claims it said or relayed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from claimtracker.gui.dialogs.source_dialog import KIND_LABELS
from claimtracker.storage.sources_repo import SourceSummary

HEADERS = ("Name", "Kind", "Aliases", "Reliability", "Said", "Relayed")


class SourcesDialog(QDialog):
    edit_requested = Signal(int)
    merge_requested = Signal(object, object)  # keep id, absorb id (either may be None)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Source registry")
        self.resize(760, 420)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("sourcesTable")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.edit_button = edit = QPushButton("&Edit…")
        edit.clicked.connect(self._edit)
        merge = QPushButton("&Merge selected…")
        merge.setToolTip("Select two sources; the next dialog says which one is kept")
        merge.clicked.connect(self._merge)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(edit)
        buttons.addWidget(merge)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_sources(self, sources: list[SourceSummary]) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(sources))
        for row, s in enumerate(sources):
            values = (
                s.name,
                KIND_LABELS[s.kind],
                ", ".join(s.aliases),
                s.reliability.value if s.reliability else "—",
                s.as_speaker,
                s.as_intermediary,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()

    def selected_ids(self) -> list[int]:
        return [
            self.table.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
            for index in self.table.selectionModel().selectedRows()
        ]

    def _edit(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_requested.emit(ids[0])

    def _merge(self) -> None:
        ids = [*self.selected_ids(), None, None]
        self.merge_requested.emit(ids[0], ids[1])
