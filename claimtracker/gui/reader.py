"""The article reader: read-only text with every claim's span highlighted, a colour per speaker."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim

# Light tints that keep black text readable; assigned to speakers in order of appearance.
SPEAKER_TINTS = ("#ffe08a", "#a8e6cf", "#a0c4ff", "#ffadad", "#cdb4db", "#fdffb6", "#9bf6ff", "#ffc6a5")


class ArticleReader(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("articleReader")
        self._claims: list[Claim] = []

    def show_article(self, article: Article | None, claims: list[Claim]) -> None:
        self._claims = claims
        self.setPlainText(article.body if article else "")
        self._highlight()

    def _highlight(self) -> None:
        tints: dict[int | None, QColor] = {}
        selections = []
        # Longer spans first so that a span nested inside another is drawn on top of it.
        for claim in sorted(self._claims, key=lambda c: -len(c.span)):
            speaker = claim.chain.speaker.id
            if speaker not in tints:
                tints[speaker] = QColor(SPEAKER_TINTS[len(tints) % len(SPEAKER_TINTS)])
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(tints[speaker])
            fmt.setToolTip(claim.chain.display())
            selection.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(claim.span.start)
            cursor.setPosition(min(claim.span.end, len(self.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)
