"""The article library: a filter and a lazy table of articles with their claim counts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from claimtracker.gui.models.articles_model import (
    CLAIMS,
    DATE,
    ID_ROLE,
    LANGUAGE,
    OUTLET,
    TITLE,
    ArticlesModel,
)
from claimtracker.library import Library


class ArticleList(QWidget):
    article_chosen = Signal(object)  # article id or None, once the selection really moved

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.may_move: Callable[[], bool] = lambda: True
        self.shown: int | None = None  # the article the page shows, even when filtered out
        self._handling_change = False
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("articleFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter articles by title or outlet"))
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.model = ArticlesModel(library, self)
        self.view = QTableView()
        self.view.setObjectName("library")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OUTLET, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OUTLET, 110)
        for column in (DATE, LANGUAGE, CLAIMS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(self._on_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)

    def reload(self) -> None:
        """Refill the list (titles, claim counts). The article shown stays shown: filtering it out
        of the list never switches the reader to another article behind the analyst's back."""
        if self._handling_change:  # resetting the model under a click crashes Qt: after it
            QTimer.singleShot(0, self.reload)
            return
        self.model.refresh(self.filter_edit.text())
        row = self.model.row_of(self.shown) if self.shown is not None else None
        self._select_row_silently(row)
        if self.shown is None and self.model.rowCount() > 0:
            self.view.selectRow(0)

    def select(self, article_id: int) -> bool:
        """Show an article (asking the page first); False if the analyst stayed where they were."""
        if article_id == self.shown:
            return True
        row = self.model.row_of(article_id)
        if row is None and self.filter_edit.text():
            self.filter_edit.clear()
            self.model.refresh("")
            row = self.model.row_of(article_id)
        if row is None:
            return False
        self.view.selectRow(row)
        return self.shown == article_id

    def _select_row_silently(self, row: int | None) -> None:
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        if row is None:
            self.view.clearSelection()
        else:
            self.view.selectRow(row)
        selection.blockSignals(False)
        self.view.viewport().update()

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._handling_change = True
        try:
            self._move()
        finally:
            self._handling_change = False

    def _move(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        article_id = rows[0].data(ID_ROLE) if rows else None
        if article_id == self.shown:
            return
        if article_id is None and self.shown is not None:
            return  # a click on empty space: keep showing the article
        if not self.may_move():
            self._select_row_silently(self.model.row_of(self.shown) if self.shown is not None else None)
            return
        self.shown = article_id
        self.article_chosen.emit(article_id)
