"""Per-source view: the registry, and for the selected source its card, claims, outlets and chart.

The source's claims, outlets and chart follow the filter bar; the registry list has its own
name search.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.sources import Reliability, Source
from claimtracker.errors import UserError
from claimtracker.gui.dialogs.source_dialog import source_kind_label
from claimtracker.gui.filter_state import FilterState
from claimtracker.gui.models.claims_table_model import (
    ARTICLE_ID_ROLE,
    CHAIN,
    DATE,
    ID_ROLE,
    TEXT,
    ClaimsTableModel,
)
from claimtracker.gui.models.sources_model import (
    ALIASES,
    KIND,
    NAME,
    RELAYED,
    RELIABILITY,
    SAID,
    SourcesModel,
)
from claimtracker.gui.models.sources_model import ID_ROLE as SOURCE_ID_ROLE
from claimtracker.gui.pages.refresh_when_shown import RefreshWhenShown
from claimtracker.gui.widgets.role_chart import RoleChart
from claimtracker.library import Library


class SourcesPage(RefreshWhenShown, QWidget):
    open_claim = Signal(int, int)  # article id, claim id
    edit_requested = Signal(int)  # source id
    merge_requested = Signal(int)  # the source a duplicate of which is to be merged
    grade_requested = Signal(object, object)  # Source as it is, Source regraded

    def __init__(self, library: Library, state: FilterState, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.state = state
        self.source: Source | None = None

        self.search = QLineEdit()
        self.search.setObjectName("sourceSearch")
        self.search.setPlaceholderText(self.tr("Find a source by any of its names"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(lambda: self.model.set_name_filter(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.model = SourcesModel(library, self)
        self.table = QTableView()
        self.table.setObjectName("sourcesRegistry")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((KIND, 90), (ALIASES, 110), (RELIABILITY, 50), (SAID, 45), (RELAYED, 60)):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.model.modelReset.connect(self._reselect)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)

        self.card = QLabel()
        self.card.setObjectName("sourceCard")
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.grade = QComboBox()
        self.grade.setObjectName("sourceGrade")
        self.grade.addItem(self.tr("Grade: —"), None)
        for grade in Reliability:
            self.grade.addItem(
                self.tr("Grade: {code} · {label}").format(code=grade.value, label=grade.label),
                grade.value,
            )
        self.grade.activated.connect(self._regrade)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.source and self.edit_requested.emit(self.source.id))
        self.merge_button = QPushButton(self.tr("Merge a duplicate…"))
        self.merge_button.clicked.connect(lambda: self.source and self.merge_requested.emit(self.source.id))
        actions = QHBoxLayout()
        for widget in (self.grade, self.edit_button, self.merge_button):
            actions.addWidget(widget)
        actions.addStretch()
        self.chart = RoleChart()
        self.outlets = QListWidget()
        self.outlets.setObjectName("sourceOutlets")
        self.outlets.setMaximumHeight(110)
        self.cited = QListWidget()
        self.cited.setObjectName("sourcesCited")
        self.cited.setMaximumHeight(110)
        self.claims_model = ClaimsTableModel(library, self)
        self.claims = QTableView()
        self.claims.setObjectName("sourceClaims")
        self.claims.setModel(self.claims_model)
        self.claims.setSortingEnabled(True)
        self.claims.horizontalHeader().setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        self.claims.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims.verticalHeader().hide()
        self.claims.verticalHeader().setDefaultSectionSize(24)
        self.claims.setWordWrap(False)
        self.claims.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.claims.horizontalHeader().resizeSection(CHAIN, 220)
        self.claims.doubleClicked.connect(
            lambda index: self.open_claim.emit(index.data(ARTICLE_ID_ROLE), index.data(ID_ROLE))
        )
        self.claims_title = QLabel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.card)
        right_layout.addLayout(actions)
        right_layout.addWidget(QLabel(self.tr("<b>Claims per month</b>: said by it, or passed on by it")))
        right_layout.addWidget(self.chart)
        lists = QHBoxLayout()
        for title, widget in (
            (self.tr("<b>Outlets that carried them</b>"), self.outlets),
            (self.tr("<b>Sources it passed on most</b>"), self.cited),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            lists.addLayout(column)
        right_layout.addLayout(lists)
        right_layout.addWidget(self.claims_title)
        right_layout.addWidget(self.claims, 1)
        # Scrolls in a small window rather than forcing the window's minimum height.
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("sourcesSplitter")
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([520, 860])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_source(None)
        state.changed.connect(self.mark_stale)

    def refresh(self) -> None:
        self._stale = False
        self.model.refresh()

    def select_source(self, source_id: int) -> None:
        row = self.model.row_of(source_id)
        if row is not None:
            self.table.selectRow(row)

    def _reselect(self) -> None:
        if self.source is not None and self.model.row_of(self.source.id) is not None:  # type: ignore[arg-type]
            self.select_source(self.source.id)  # type: ignore[arg-type]
            self._show_source(self.library.source(self.source.id))  # type: ignore[arg-type]
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_source(None)

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        source_id = rows[0].data(SOURCE_ID_ROLE) if rows else None
        self._show_source(self.library.source(source_id) if source_id is not None else None)

    def _show_source(self, source: Source | None) -> None:
        self.source = source
        for widget in (self.grade, self.edit_button, self.merge_button):
            widget.setEnabled(source is not None)
        if source is None:
            self.card.setText(self.tr("<i>Select a source on the left.</i>"))
            self.chart.set_months([])
            self.outlets.clear()
            self.cited.clear()
            self.claims_model.set_filter(ClaimFilter(link_id=-1))
            self.claims_title.setText("")
            return
        self.card.setText(_card_html(source))
        self.grade.setCurrentIndex(
            max(0, self.grade.findData(source.reliability.value if source.reliability else None))
        )
        query = replace(self.state.filter, link_id=source.id)
        try:
            self.chart.set_months(*self.library.source_roles_per_month(self.state.filter, source.id))  # type: ignore[arg-type]
            outlets = self.library.outlets_carrying(query)
            cited = self.library.sources_cited_by(self.state.filter, source.id)  # type: ignore[arg-type]
        except UserError as exc:
            self.claims_title.setText(str(exc))
            return
        self.outlets.clear()
        self.outlets.addItems(
            [f"{o.outlet} — {o.claims} claim{'s' if o.claims != 1 else ''}" for o in outlets]
        )
        self.cited.clear()
        self.cited.addItems(
            [self.tr("{name} — {count} passed on").format(name=c.name, count=c.claims) for c in cited]
        )
        if not cited:
            self.cited.addItem(self.tr("It passed on no one's claims"))
        self.claims_model.set_filter(query)
        shown = (
            ""
            if self.state.filter.is_empty
            else self.tr(" · filter: {filter}").format(filter=escape(self.state.filter.describe()))
        )
        self.claims_title.setText(self.tr("<b>Its claims</b> (as speaker or in the chain)") + shown)

    def _regrade(self, _index: int) -> None:
        if self.source is None:
            return
        value = self.grade.currentData()
        regraded = replace(self.source, reliability=Reliability(value) if value else None)
        if regraded != self.source:
            self.grade_requested.emit(self.source, regraded)


def _card_html(source: Source) -> str:
    grade = (
        f"{source.reliability.value} · {source.reliability.label}"
        if source.reliability
        else QCoreApplication.translate("SourceCard", "not graded")
    )
    rows = [
        f'<div style="font-size:large"><b>{escape(source.name)}</b></div>',
        "<div>"
        + escape(
            QCoreApplication.translate("SourceCard", "{kind} · reliability {grade}").format(
                kind=source_kind_label(source.kind), grade=grade
            )
        )
        + "</div>",
    ]
    if source.aliases:
        rows.append(
            f"<div>{escape(QCoreApplication.translate('SourceCard', 'Also written:'))} {escape(', '.join(source.aliases))}</div>"
        )
    if source.affiliation:
        rows.append(
            f"<div>{escape(QCoreApplication.translate('SourceCard', 'Affiliation:'))} {escape(source.affiliation)}</div>"
        )
    if source.notes:
        rows.append(f"<div><i>{escape(source.notes)}</i></div>")
    return "".join(rows)
