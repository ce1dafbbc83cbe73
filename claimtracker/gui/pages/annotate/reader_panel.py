"""The reader with the article's details above it and a find bar (Ctrl+F, Enter: next, Esc: close)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from claimtracker.domain.articles import Article
from claimtracker.gui import palette
from claimtracker.gui.reader import ArticleReader


class ReaderPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setObjectName("articleHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContentsMargins(8, 6, 8, 6)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findInArticle")
        self.find_edit.setPlaceholderText(self.tr("Find in the article (Enter: next, Esc: close)"))
        self.find_edit.textChanged.connect(lambda _t: self.find_next(from_start=True))
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_status = QLabel()
        self.find_bar = QWidget()
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(8, 0, 8, 0)
        find_layout.addWidget(self.find_edit)
        find_layout.addWidget(self.find_status)
        self.find_bar.hide()
        self.reader = ArticleReader()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.header, self.find_bar, self.reader):
            layout.addWidget(widget)

    def show_header(self, article: Article | None) -> None:
        self.header.setText(
            self._header_html(article)
            if article
            else self.tr("<i>No article yet: import some with File ▸ Import, or drop files here.</i>")
        )

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self, from_start: bool = False) -> None:
        text = self.find_edit.text()
        if not text:
            self.find_status.setText("")
            return
        if from_start:
            cursor = self.reader.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.reader.setTextCursor(cursor)
        found = self.reader.find(text)
        if not found:  # wrap around
            cursor = self.reader.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.reader.setTextCursor(cursor)
            found = self.reader.find(text)
        self.find_status.setText("" if found else self.tr("not found"))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            self.find_bar.hide()
            self.reader.setFocus()
            return
        super().keyPressEvent(event)

    def _header_html(self, article: Article) -> str:
        published = article.published
        date = escape(published.display())
        if published.wording:
            date += f" (“{escape(published.wording)}”)"
        if not published.certain:
            doubt = self.tr("uncertain: {doubt}").format(doubt=escape(published.doubt))
            date += f' <span style="color:{palette.UNCERTAIN}">— {doubt}</span>'
        outlet = self.tr("Outlet: {outlet}").format(outlet=escape(article.outlet or self.tr("unknown")))
        if article.original_source:
            outlet += self.tr(" · original source: {source}").format(source=escape(article.original_source))
        line = self.tr("Published: {date} · language: {language}").format(
            date=date, language=escape(article.language or "?")
        )
        return f'<div style="font-size:large"><b>{escape(article.title)}</b></div><div>{outlet}</div><div>{line}</div>'
