"""Editing an article's details, its publication date above all (relative claim dates depend on it)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from claimtracker.domain.articles import Article
from claimtracker.gui.widgets.date_field import DateField


class ArticleDialog(QDialog):
    def __init__(self, article: Article, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Article details"))
        self.resize(640, 0)
        self.article = article
        self.title_edit = QLineEdit(article.title)
        self.outlet = QLineEdit(article.outlet)
        self.original = QLineEdit(article.original_source)
        self.url = QLineEdit(article.url)
        self.language = QLineEdit(article.language)
        self.language.setMaxLength(8)
        self.published = DateField(self.tr("as written: Le 20 janvier 2014, 4 February 2023"))
        self.published.edit.setObjectName("publishedDate")
        self.published.set_date(article.published)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Outlet"), self.outlet)
        form.addRow(self.tr("Original &source"), self.original)
        form.addRow(self.tr("&URL"), self.url)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Published"), self.published)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.buttons = buttons

    def edited(self) -> Article:
        return dataclasses.replace(
            self.article,
            title=self.title_edit.text().strip() or self.article.title,
            outlet=self.outlet.text().strip(),
            original_source=self.original.text().strip(),
            url=self.url.text().strip(),
            language=self.language.text().strip(),
            published=self.published.date(),
        )
