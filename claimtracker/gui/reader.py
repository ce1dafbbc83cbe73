"""The article reader: read-only text with every claim's span highlighted, a colour per speaker.

A QTextDocument counts one character per block separator, exactly like the '\\n' of the body
text, so document positions are the claims' character offsets.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim

# Light tints that keep black text readable; assigned to speakers in order of appearance.
SPEAKER_TINTS = ("#ffe08a", "#a8e6cf", "#a0c4ff", "#ffadad", "#cdb4db", "#fdffb6", "#9bf6ff", "#ffc6a5")
PARAGRAPH_GAP = 8  # pixels between paragraphs: scraped text often has no blank lines


class ArticleReader(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("articleReader")
        self.setAcceptRichText(False)
        self.document().setDocumentMargin(12)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self._claims: list[Claim] = []

    def show_article(self, article: Article | None, claims: list[Claim]) -> None:
        self._claims = claims
        self.setPlainText(article.body if article else "")
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(PARAGRAPH_GAP)
        spacing.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block = self.document().begin()
        while block.isValid():
            if block.text().strip():  # blank lines already separate paragraphs
                QTextCursor(block).mergeBlockFormat(spacing)
            block = block.next()
        self._highlight()

    def _highlight(self) -> None:
        tints: dict[int | None, QColor] = {}
        selections = []
        length = self.document().characterCount() - 1
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
            cursor.setPosition(min(claim.span.start, length))
            cursor.setPosition(min(claim.span.end, length), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)
