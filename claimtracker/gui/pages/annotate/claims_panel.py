"""The article's claims and suggestions, above the editor of the one selected.

Moving to another item asks the editor first: with unsaved changes the analyst chooses Save,
Discard or Cancel, and Cancel leaves the selection where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim
from claimtracker.domain.text import one_line
from claimtracker.extraction.attributions import Suggestion
from claimtracker.gui import palette
from claimtracker.gui.widgets.claim_editor import ClaimEditor

CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 5


class ClaimsPanel(QSplitter):
    claim_selected = Signal(object)  # Claim | None, once the selection really moved
    suggestion_selected = Signal(object)  # Suggestion

    def __init__(self, editor: ClaimEditor, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("claimsSplitter")
        self.editor = editor
        self.claims: list[Claim] = []
        self.suggestions: list[Suggestion] = []
        self.may_move: Callable[[], bool] = lambda: True
        self._handling_change = False
        self._pending: tuple | None = None
        self.title = _label()
        self.list = QListWidget()
        self.list.setObjectName("claimsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._on_current_changed)
        scroll = QScrollArea()
        scroll.setWidget(editor)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.list)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(0)
        self.facts_line = QLabel()  # the facts the selected claim belongs to
        self.facts_line.setObjectName("claimFacts")
        self.facts_line.setWordWrap(True)
        self.facts_line.setContentsMargins(8, 2, 8, 2)
        bottom_layout.addWidget(self.facts_line)
        bottom_layout.addWidget(scroll, 1)
        bottom_layout.addWidget(editor.button_bar)  # outside the scrolling: always in view
        self.addWidget(top)
        self.addWidget(bottom)
        self.setStretchFactor(1, 1)

    def show_items(
        self,
        article: Article | None,
        claims: list[Claim],
        suggestions: list[Suggestion],
        tints: dict[int | None, QColor],
    ) -> None:
        """Fill the list again, keeping the current item if it is still there (no signal).

        Asked while the list is still handling a click (a save chosen in the unsaved-changes
        question refreshes the article), the refill waits for the click to finish: deleting the
        items under a mouse event crashes Qt."""
        if self._handling_change:
            self._pending = (article, claims, suggestions, tints)
            QTimer.singleShot(0, self._show_pending)
            return
        current = self.current_key()
        self.claims, self.suggestions = claims, suggestions
        self.list.blockSignals(True)
        self.list.clear()
        for claim in claims:
            item = QListWidgetItem(self._claim_line(claim))
            item.setData(CLAIM_ID_ROLE, claim.id)
            item.setToolTip(claim.chain.display())
            item.setData(Qt.ItemDataRole.DecorationRole, tints.get(claim.chain.speaker.id))
            self.list.addItem(item)
        for index, suggestion in enumerate(suggestions):
            self.list.addItem(self._suggestion_item(article, suggestion, index))
        self.title.setText(self._title(article))
        self._select_key(current)
        self.list.blockSignals(False)

    @property
    def is_moving(self) -> bool:
        """Whether the list is moving to another item (and asked the editor about unsaved changes)."""
        return self._handling_change

    def _show_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.show_items(*pending)

    def _title(self, article: Article | None) -> str:
        if article is None:
            return ""
        title = self.tr("<b>Claims</b> ({count})").format(count=len(self.claims))
        if self.suggestions:
            title += self.tr(" · {count} suggested").format(count=len(self.suggestions))
        return title

    def current_key(self) -> tuple[str, object] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        if item.data(CLAIM_ID_ROLE) is not None:
            return ("claim", item.data(CLAIM_ID_ROLE))
        suggestion = (
            self.suggestions[item.data(SUGGESTION_ROLE)] if item.data(SUGGESTION_ROLE) is not None else None
        )
        return ("suggestion", suggestion.content if suggestion else None)

    def _select_key(self, key: tuple[str, object] | None) -> None:
        for row in range(self.list.count()):
            if self._key_of(self.list.item(row)) == key:
                self.list.setCurrentRow(row)
                return
        self.list.setCurrentItem(None)

    def _key_of(self, item: QListWidgetItem) -> tuple[str, object] | None:
        if item.data(CLAIM_ID_ROLE) is not None:
            return ("claim", item.data(CLAIM_ID_ROLE))
        index = item.data(SUGGESTION_ROLE)
        return ("suggestion", self.suggestions[index].content) if index is not None else None

    def claim_by_id(self, claim_id: int | None) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def selected_claim(self) -> Claim | None:
        item = self.list.currentItem()
        return self.claim_by_id(item.data(CLAIM_ID_ROLE)) if item is not None else None

    def selected_suggestion(self) -> Suggestion | None:
        item = self.list.currentItem()
        index = item.data(SUGGESTION_ROLE) if item is not None else None
        return self.suggestions[index] if index is not None else None

    def select_claim(self, claim_id: int) -> bool:
        """Make the claim current (asking the editor first); False if the analyst stayed."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(CLAIM_ID_ROLE) == claim_id:
                if self.list.currentItem() is item:
                    self.claim_selected.emit(self.claim_by_id(claim_id))
                    return True
                self.list.setCurrentItem(item)
                return self.list.currentItem() is item
        return False

    def clear_selection(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.blockSignals(False)

    def _on_current_changed(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        self._handling_change = True
        try:
            self._move(previous)
        finally:
            self._handling_change = False

    def _move(self, previous: QListWidgetItem | None) -> None:
        if not self.may_move():
            self.list.blockSignals(True)  # stay where the analyst was
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        suggestion = self.selected_suggestion()
        if suggestion is not None:
            self.suggestion_selected.emit(suggestion)
        else:
            self.claim_selected.emit(self.selected_claim())

    def _claim_line(self, claim: Claim) -> str:
        text = one_line(claim.text, 160)
        flag = self.tr("⚠ orphaned: its quote is no longer in the text · ") if claim.orphaned else ""
        return f"{flag}{claim.chain.display()}  ·  {claim.claim_date.display()}\n{text}"

    def _suggestion_item(
        self, article: Article | None, suggestion: Suggestion, index: int
    ) -> QListWidgetItem:
        texts = suggestion.texts(article.body if article else "")
        via = f" → {texts['intermediary']}" if texts["intermediary"] else ""
        speaker = texts["speaker"] or ""
        if name := suggestion.referred_name(article.body if article else ""):  # "il (Esmail Qaani)"
            speaker = self.tr("{pronoun} ({name})").format(pronoun=speaker, name=name)
        item = QListWidgetItem(
            self.tr("Suggested · {speaker}{via} · “{cue}”").format(speaker=speaker, via=via, cue=texts["cue"])
            + f"\n{one_line(texts['content'] or '', 160)}"
        )
        item.setData(SUGGESTION_ROLE, index)
        item.setForeground(QColor(palette.SUGGESTION))
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        item.setToolTip(
            self.tr("{rule} · confidence {confidence:.2f}\nEnter: accept as a claim · Delete: reject").format(
                rule=suggestion.rule, confidence=suggestion.confidence
            )
        )
        return item


def _label():
    label = QLabel()
    label.setObjectName("claimsTitle")
    label.setContentsMargins(8, 6, 8, 6)
    return label
