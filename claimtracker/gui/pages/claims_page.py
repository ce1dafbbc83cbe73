"""The claims table: every claim of the filter, sortable by any column; double-click opens it.

Beside it, 'Same fact?' lists the reports of other articles that may assert what the selected
claim asserts; A and R there accept and reject, undoably."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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
from claimtracker.gui.operations import Operations
from claimtracker.gui.pages.refresh_when_shown import RefreshWhenShown
from claimtracker.gui.tasks import run_in_background
from claimtracker.gui.undo_commands import AcceptSameFact, RejectSameFact
from claimtracker.gui.widgets.same_fact_panel import SameFactPanel
from claimtracker.library import Library


class ClaimsPage(RefreshWhenShown, QWidget):
    open_claim = Signal(int, int)  # article id, claim id

    def __init__(self, library: Library, state: FilterState, ops: Operations, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.state = state
        self.ops = ops
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
        self.same_fact = SameFactPanel(library)
        self.same_fact.open_claim.connect(self.open_claim)
        self.same_fact.accept_requested.connect(
            lambda claim_id, s: self._perform(
                AcceptSameFact(library, claim_id, s), self.tr("In one fact now")
            )
        )
        self.same_fact.reject_requested.connect(
            lambda claim_id, s: self._perform(
                RejectSameFact(library, claim_id, s.claim_id), self.tr("Not suggested together again")
            )
        )
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._select(current))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("claimsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.same_fact)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count)
        state.changed.connect(self.mark_stale)

    def refresh(self) -> None:
        """Query again: first page now, the count just after, so that rows appear first."""
        self._stale = False
        self._problem = ""
        selected = self.same_fact.claim_id
        self.model.set_filter(self.state.filter)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:  # a change elsewhere keeps the claim the analyst was looking at
            self.table.selectRow(row)
            self.same_fact.refresh()
        else:
            self.same_fact.show_claim(None)
        QTimer.singleShot(0, self._count)

    def _select(self, current: QModelIndex) -> None:
        claim_id = current.data(ID_ROLE) if current.isValid() else None
        if claim_id != self.same_fact.claim_id:
            self.same_fact.show_claim(claim_id)

    def _perform(self, command, done: str) -> None:
        if self.ops.perform(command):
            self.ops.status(self.tr("{done} · Ctrl+Z takes it back").format(done=done))

    def _count(self) -> None:
        """The exact count, computed off the GUI thread (a common word matches most of an
        archive) and shown when it arrives, unless the filter changed meanwhile."""
        if self._problem:
            self.count.setText(self._problem)
            return
        query = self.model.filter
        self.count.setText(self.tr("Counting…"))

        def count() -> int | str:
            try:
                return self.library.count_claims(query)
            except UserError as exc:
                return str(exc)

        run_in_background(count, lambda total, asked=query: self._show_count(asked, total), self)

    def _show_count(self, asked, total: int | str | None) -> None:
        if asked != self.model.filter or total is None:
            return
        if isinstance(total, str):
            self.count.setText(total)
            return
        self.count.setText(
            self.tr("1 claim · double-click a row to open it in the reader")
            if total == 1
            else self.tr("{n} claims · double-click a row to open it in the reader").format(
                n=QLocale().toString(total)
            )
        )

    def _show_problem(self, message: str) -> None:
        self._problem = message

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_claim.emit(index.data(ARTICLE_ID_ROLE), index.data(ID_ROLE))
