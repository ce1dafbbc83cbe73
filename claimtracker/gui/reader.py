"""The article reader: read-only text with every claim's span highlighted, a colour per speaker.

A QTextDocument counts one character per block separator, exactly like the '\\n' of the body
text, so document positions are the claims' character offsets. Hovering a highlight shows the
chains of the claims under the pointer; clicking one selects its claim.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim, Span
from claimtracker.gui import palette

PARAGRAPH_GAP = 8  # pixels between paragraphs: scraped text often has no blank lines


class ArticleReader(QTextEdit):
    claim_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("articleReader")
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(12)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.article: Article | None = None
        self._claims: list[Claim] = []
        self._suggestions: list = []  # extraction.attributions.Suggestion, drawn quieter than claims
        self._selected_claim: int | None = None
        self._press: QPoint | None = None

    def show_article(self, article: Article | None, claims: list[Claim]) -> None:
        same = article is not None and self.article is not None and article.id == self.article.id
        scroll = self.verticalScrollBar().value()
        self.article = article
        self._claims = claims
        if not same or self.toPlainText() != (article.body if article else ""):
            self.setPlainText(article.body if article else "")
            self._space_paragraphs()
        if same:
            self.verticalScrollBar().setValue(scroll)
        self._highlight()

    def set_suggestions(self, suggestions: list) -> None:
        self._suggestions = suggestions
        self._highlight()

    def set_selected_claim(self, claim_id: int | None) -> None:
        self._selected_claim = claim_id
        self._highlight()

    def selected_span(self) -> Span | None:
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        body = self.article.body if self.article else ""
        # Trim the spaces and line breaks a mouse selection drags along.
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        return Span(start, end) if end > start else None

    def select_span(self, span: Span) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def claims_at(self, position: int) -> list[Claim]:
        """Claims whose span holds `position`, innermost first."""
        found = [c for c in self._claims if c.span.start <= position < c.span.end and not c.orphaned]
        return sorted(found, key=lambda c: len(c.span))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            claims = self.claims_at(self.cursorForPosition(event.pos()).position())
            if claims:
                QToolTip.showText(event.globalPos(), self.chains_text(claims), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    @staticmethod
    def chains_text(claims: list[Claim]) -> str:
        return "\n".join(c.chain.display() for c in claims)

    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if (
            self._press is not None
            and (point - self._press).manhattanLength() < 4
            and not self.textCursor().hasSelection()
        ):
            claims = self.claims_at(self.cursorForPosition(point).position())
            if claims:
                self.claim_clicked.emit(claims[0].id)
        self._press = None

    def _space_paragraphs(self) -> None:
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(PARAGRAPH_GAP)
        spacing.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block = self.document().begin()
        while block.isValid():
            if block.text().strip():  # blank lines already separate paragraphs
                QTextCursor(block).mergeBlockFormat(spacing)
            block = block.next()

    def speaker_tints(self) -> dict[int | None, QColor]:
        """Each speaker's tint: its source's colour, the same in every view and every session."""
        return {c.chain.speaker.id: palette.source_tint(c.chain.speaker.id) for c in self._claims}

    def _highlight(self) -> None:
        tints = self.speaker_tints()
        # Suggestions first, so that claims are drawn over them: a dotted underline, no fill.
        quiet = QTextCharFormat()
        quiet.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        quiet.setUnderlineColor(QColor(palette.SUGGESTION))
        selections = [self._selection(s.content, quiet) for s in self._suggestions]
        # Longer spans first so that a span nested inside another is drawn on top of it.
        for claim in sorted(self._claims, key=lambda c: -len(c.span)):
            if claim.orphaned:  # its quote is no longer in the text: nothing to point at
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(tints[claim.chain.speaker.id])
            if claim.id == self._selected_claim:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(palette.SELECTED_UNDERLINE))
            selections.append(self._selection(claim.span, fmt))
        self.setExtraSelections(selections)

    def _selection(self, span: Span, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        length = self.document().characterCount() - 1
        selection = QTextEdit.ExtraSelection()
        selection.format = fmt
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(span.start, length))
        cursor.setPosition(min(span.end, length), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection
