"""The source registry as a table: name, kind, aliases, grade, and claims said and relayed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from claimtracker.gui.dialogs.source_dialog import source_kind_label
from claimtracker.gui.models.table_model import Index, TableModel
from claimtracker.library import Library, SourceSummary

NAME, KIND, ALIASES, RELIABILITY, SAID, RELAYED = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("SourcesTable", "Source"),
    QT_TRANSLATE_NOOP("SourcesTable", "Kind"),
    QT_TRANSLATE_NOOP("SourcesTable", "Aliases"),
    QT_TRANSLATE_NOOP("SourcesTable", "Grade"),
    QT_TRANSLATE_NOOP("SourcesTable", "Said"),
    QT_TRANSLATE_NOOP("SourcesTable", "Relayed"),
)
ORDERS = {SAID: "said", RELAYED: "relayed"}  # other columns sort by name
ID_ROLE = Qt.ItemDataRole.UserRole.value + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value


class SourcesModel(TableModel):
    HEADERS = HEADERS
    CONTEXT = "SourcesTable"

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.name = ""
        self.order = "name"
        self._rows: list[SourceSummary] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self.library.sources(self.name, self.order)
        self.endResetModel()

    def set_name_filter(self, name: str) -> None:
        self.name = name
        self.refresh()

    def row_of(self, source_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == source_id), None)

    def summary(self, row: int) -> SourceSummary:
        return self._rows[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = ORDERS.get(column, "name")
        if wanted != self.order:
            self.order = wanted
            self.refresh()

    def data(self, index: Index, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            return (
                row.name,
                source_kind_label(row.kind),
                ", ".join(row.aliases),
                row.reliability.value if row.reliability else "",
                row.as_speaker,
                row.as_intermediary,
            )[column]
        if role == ID_ROLE:
            return row.id
        if role == _ALIGN and column in (RELIABILITY, SAID, RELAYED):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
