"""The main window: article library, reader, and the article's claims."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.articles import Article
from claimtracker.gui.backend import LibraryBackend
from claimtracker.gui.models.articles_model import (
    CLAIMS,
    DATE,
    ID_ROLE,
    LANGUAGE,
    OUTLET,
    TITLE,
    ArticlesModel,
)
from claimtracker.gui.reader import ArticleReader


class MainWindow(QMainWindow):
    def __init__(self, backend: LibraryBackend, settings: QSettings) -> None:
        super().__init__()
        self.backend = backend
        self.settings = settings
        self.setWindowTitle(f"ClaimTracker — {backend.location}")

        self.articles_model = ArticlesModel(self)
        self.library = QTableView()
        self.library.setObjectName("library")
        self.library.setModel(self.articles_model)
        self.library.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.library.verticalHeader().hide()
        self.library.setWordWrap(False)
        header = self.library.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OUTLET, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OUTLET, 120)
        for column in (DATE, LANGUAGE, CLAIMS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.library.selectionModel().selectionChanged.connect(self._on_article_selected)

        self.article_header = QLabel()
        self.article_header.setObjectName("articleHeader")
        self.article_header.setWordWrap(True)
        self.article_header.setTextFormat(Qt.TextFormat.RichText)
        self.article_header.setContentsMargins(8, 6, 8, 6)
        self.reader = ArticleReader()
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.article_header)
        layout.addWidget(self.reader)

        self.claims_list = QListWidget()
        self.claims_list.setObjectName("claimsList")
        self.claims_list.setWordWrap(True)
        self.claims_list.setAlternatingRowColors(True)
        self.claims_title = QLabel()
        self.claims_title.setContentsMargins(8, 6, 8, 6)
        claims_panel = QWidget()
        claims_layout = QVBoxLayout(claims_panel)
        claims_layout.setContentsMargins(0, 0, 0, 0)
        claims_layout.addWidget(self.claims_title)
        claims_layout.addWidget(self.claims_list)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(claims_panel)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self._make_menus()
        self.statusBar().showMessage(f"Database: {backend.location}")
        self._restore_state()
        self.reload()

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.refresh_action = QAction("&Refresh", self, shortcut=QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.reload)
        file_menu.addAction(self.refresh_action)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def reload(self) -> None:
        current = self.current_article_id()
        self.articles_model.set_rows(self.backend.articles())
        row = self.articles_model.row_of(current) if current is not None else None
        if row is None and self.articles_model.rowCount() > 0:
            row = 0
        if row is not None:
            self.library.selectRow(row)
        else:
            self._show(None)

    def current_article_id(self) -> int | None:
        rows = self.library.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _on_article_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        article_id = self.current_article_id()
        self._show(self.backend.article(article_id) if article_id is not None else None)

    def _show(self, article: Article | None) -> None:
        claims = self.backend.claims_of(article.id) if article and article.id is not None else []
        self.reader.show_article(article, claims)
        self.article_header.setText(
            _header_html(article) if article else "No article yet: import some first."
        )
        self.claims_title.setText(f"<b>Claims</b> ({len(claims)})" if article else "")
        self.claims_list.clear()
        for claim in claims:
            item = QListWidgetItem(f"{claim.chain.display()}  [{claim.claim_date.display()}]\n{claim.text}")
            item.setData(Qt.ItemDataRole.UserRole, claim.id)
            self.claims_list.addItem(item)

    def _restore_state(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        splitter = self.settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([420, 640, 340])

    def closeEvent(self, event) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)


def _header_html(article: Article) -> str:
    published = article.published
    date = escape(published.display())
    if published.wording:
        date += f" (“{escape(published.wording)}”)"
    if not published.certain:
        date += f' <span style="color:#a15c00">— uncertain: {escape(published.doubt)}</span>'
    source = f" · original source: {escape(article.original_source)}" if article.original_source else ""
    return (
        f'<div style="font-size:large"><b>{escape(article.title)}</b></div>'
        f"<div>Outlet: {escape(article.outlet or 'unknown')}{source}</div>"
        f"<div>Published: {date} · language: {escape(article.language or '?')}</div>"
    )
