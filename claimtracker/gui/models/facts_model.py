"""The facts as a table: statement, reports, independent lines, derived and analyst's status."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from claimtracker.domain.facts import Assessment, Fact, FactFilter, derived_label
from claimtracker.gui.claim_labels import status_label
from claimtracker.gui.models.table_model import Index, PagedTableModel
from claimtracker.library import Library

ID, STATEMENT, REPORTS, LINES, DERIVED, ANALYST = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("FactsTable", "#"),
    QT_TRANSLATE_NOOP("FactsTable", "Fact"),
    QT_TRANSLATE_NOOP("FactsTable", "Reports"),
    QT_TRANSLATE_NOOP("FactsTable", "Independent lines"),
    QT_TRANSLATE_NOOP("FactsTable", "By the rules"),
    QT_TRANSLATE_NOOP("FactsTable", "Analyst"),
)
ID_ROLE = Qt.ItemDataRole.UserRole.value + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value


@dataclass(frozen=True, slots=True)
class _Row:
    fact: Fact
    assessment: Assessment


class FactsModel(PagedTableModel):
    """Facts a page at a time as the view scrolls, each page assessed in a handful of queries."""

    HEADERS = HEADERS
    CONTEXT = "FactsTable"

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.query = FactFilter()
        self._rows: list[_Row] = []

    def refresh(self) -> None:
        self.reload()

    def set_filter(self, query: FactFilter) -> None:
        """Show the facts of `query`; a bad filter (an unknown source) raises before anything
        on screen changes."""
        first = self._rows_of(query, 0)
        self.query = query
        self.beginResetModel()
        self._rows = first
        self._exhausted = len(first) < self.PAGE
        self.endResetModel()

    def _page(self, offset: int) -> list[_Row]:
        return self._rows_of(self.query, offset)

    def _rows_of(self, query: FactFilter, offset: int) -> list[_Row]:
        return [_Row(f, a) for f, a, _reports in self.library.assessed_facts(self.PAGE, offset, query)]

    def row(self, row: int) -> _Row:
        return self._rows[row]

    def row_of(self, fact_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.fact.id == fact_id), None)

    def data(self, index: Index, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.fact.id
        if role == _TOOLTIP:
            return row.fact.review or row.assessment.disagreement or row.assessment.summary()
        if role != _DISPLAY:
            return None
        a = row.assessment
        values = (
            row.fact.id,
            row.fact.statement,
            a.supporting + a.contradicting + a.related,
            a.independent_lines,
            f"⚠ {derived_label(a.derived)}" if a.disagreement else derived_label(a.derived),
            f"⚑ {status_label(row.fact.status)}" if row.fact.review else status_label(row.fact.status),
        )
        return values[column]
