"""The claims table: every claim of the filter, sortable by any column; double-click opens it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from claimtracker.errors import UserError
from claimtracker.gui.filter_state import FilterState
from claimtracker.gui.models.claims_table_model import (
    ARTICLE,
    ARTICLE_ID_ROLE,
    CHAIN,
    DATE,
    GRADE,
    ID_ROLE,
    PUBLISHER,
    SPEAKER,
    STATUS,
    TEXT,
    ClaimsTableModel,
)
from claimtracker.gui.pages.refresh_when_shown import RefreshWhenShown
from claimtracker.library import Library


class ClaimsPage(RefreshWhenShown, QWidget):
    open_claim = Signal(int, int)  # article id, claim id

    def __init__(self, library: Library, state: FilterState, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.state = state
        self.model = ClaimsTableModel(library, self)
        self.model.problem.connect(self._show_problem)
        self.table = QTableView()
        self.table.setObjectName("claimsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (DATE, 95),
            (SPEAKER, 170),
            (CHAIN, 220),
            (PUBLISHER, 130),
            (ARTICLE, 200),
            (STATUS, 95),
            (GRADE, 55),
        ):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)  # Enter on a row
        self.count = QLabel()
        self.count.setObjectName("claimsCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        state.changed.connect(self.mark_stale)

    def refresh(self) -> None:
        """Query again: first page now, the count just after, so that rows appear first."""
        self._stale = False
        self._problem = ""
        self.model.set_filter(self.state.filter)
        QTimer.singleShot(0, self._count)

    def _count(self) -> None:
        if self._problem:
            self.count.setText(self._problem)
            return
        try:
            total = self.library.count_claims(self.model.filter)
        except UserError as exc:
            self.count.setText(str(exc))
            return
        self.count.setText(
            f"{total:,} claim{'s' if total != 1 else ''} · double-click a row to open it in the reader"
        )

    def _show_problem(self, message: str) -> None:
        self._problem = message

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_claim.emit(index.data(ARTICLE_ID_ROLE), index.data(ID_ROLE))
