"""A new article from the clipboard: its title and outlet confirmed before it is stored."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from claimtracker.domain.articles import Article
from claimtracker.domain.text import one_line


class PasteArticleDialog(QDialog):
    def __init__(self, article: Article, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteArticleDialog")
        self.setWindowTitle(self.tr("New article from the clipboard"))
        self.resize(620, 220)
        self.article = article
        self.title = QLineEdit(article.title)
        self.title.setObjectName("pasteTitle")
        self.outlet = QLineEdit(article.outlet)
        self.outlet.setObjectName("pasteOutlet")
        self.outlet.setPlaceholderText(self.tr("Who published it"))
        preview = QLabel(
            self.tr("{n} characters, language {language}: “{start}”").format(
                n=f"{len(article.body):,}",
                language=article.language or "?",
                start=one_line(article.body, 140),
            )
        )
        preview.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow(preview)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Outlet"), self.outlet)
        form.addRow(buttons)

    def edited(self) -> Article:
        return dataclasses.replace(
            self.article, title=self.title.text().strip(), outlet=self.outlet.text().strip()
        )
