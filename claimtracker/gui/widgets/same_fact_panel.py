"""'Same fact?': claims of other articles that may assert what the selected claim asserts.

Computed off the GUI thread whenever the selected claim changes (a result for a claim that is
no longer selected is dropped). In the list, A puts the two claims in one fact and R says they
are not the same fact; both are undoable commands performed by the page's owner.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.claims import Claim
from claimtracker.domain.facts import SameFactSuggestion, Stance
from claimtracker.domain.text import one_line
from claimtracker.gui.tasks import run_in_background
from claimtracker.library import Library

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class SameFactPanel(QWidget):
    accept_requested = Signal(int, object)  # claim id, SameFactSuggestion
    reject_requested = Signal(int, object)
    open_claim = Signal(int, int)  # article id, claim id

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sameFactPanel")
        self.library = library
        self.claim_id: int | None = None
        self.title = QLabel()
        self.title.setObjectName("sameFactTitle")
        self.status = QLabel()
        self.status.setObjectName("sameFactStatus")
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("sameFactList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(self._open)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.accept_button = QPushButton(self.tr("Same fact (A)"))
        self.reject_button = QPushButton(self.tr("Not the same (R)"))
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        hint = QLabel(self.tr("Double-click opens the claim · Ctrl+Z takes a choice back"))
        hint.setObjectName("sameFactHint")  # its colour comes from the style sheet
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self.show_claim(None)

    def show_claim(self, claim_id: int | None) -> None:
        """Suggestions for `claim_id` (None: nothing selected), looked up in the background."""
        self.claim_id = claim_id
        self.list.clear()
        self._enable()
        if claim_id is None:
            self.title.setText(self.tr("<b>Same fact?</b>"))
            self.status.setText(
                self.tr("Select a claim to see reports of other articles that may assert the same thing.")
            )
            return
        self.title.setText(self.tr("<b>Same fact as claim #{id}?</b>").format(id=claim_id))
        self.status.setText(self.tr("Looking…"))
        run_in_background(
            lambda: self._look_up(claim_id),
            lambda found, asked=claim_id: self._show(asked, found),
            self,
        )

    def _look_up(self, claim_id: int) -> list[tuple[SameFactSuggestion, Claim, str]]:
        """On the thread pool: the suggestions with what the list shows of each."""
        found = []
        for suggestion in self.library.same_fact_suggestions(claim_id):
            claim = self.library.claim(suggestion.claim_id)
            found.append((suggestion, claim, self.library.article(claim.article_id).language or "?"))
        return found

    def refresh(self) -> None:
        self.show_claim(self.claim_id)

    def current(self) -> SameFactSuggestion | None:
        item = self.list.currentItem()
        return item.data(SUGGESTION_ROLE) if item is not None else None

    def accept_current(self) -> None:
        suggestion = self.current()
        if suggestion is not None and self.claim_id is not None:
            self.accept_requested.emit(self.claim_id, suggestion)

    def reject_current(self) -> None:
        suggestion = self.current()
        if suggestion is not None and self.claim_id is not None:
            self.reject_requested.emit(self.claim_id, suggestion)

    def _show(self, asked: int, found: list[tuple[SameFactSuggestion, Claim, str]] | None) -> None:
        if asked != self.claim_id:
            return  # the analyst has moved on to another claim
        self.list.clear()
        if found is None:
            self.status.setText(self.tr("The suggestions failed; see the log."))
            return
        for suggestion, claim, language in found:
            self.list.addItem(self._item(suggestion, claim, language))
        if len(found) == 1:
            self.status.setText(self.tr("1 report of another article"))
        elif found:
            self.status.setText(self.tr("{n} reports of other articles, best first").format(n=len(found)))
        else:
            self.status.setText(self.tr("Nothing in other articles looks like it."))
        if found:
            self.list.setCurrentRow(0)
        self._enable()

    def _item(self, suggestion: SameFactSuggestion, claim: Claim, language: str) -> QListWidgetItem:
        stance = (
            self.tr("related (another figure)")
            if suggestion.stance is Stance.RELATED
            else self.tr("same fact")
        )
        facts = (
            " · " + self.tr("in fact {ids}").format(ids=", ".join(f"#{f}" for f in suggestion.fact_ids))
            if suggestion.fact_ids
            else ""
        )
        text = (
            f"#{claim.id} · {language} · {stance} · {suggestion.score:.2f}{facts}\n"
            f"{one_line(claim.text, 140)}\n{'; '.join(suggestion.reasons)}"
        )
        item = QListWidgetItem(text)
        item.setData(SUGGESTION_ROLE, suggestion)
        item.setToolTip(f"<p>{escape(claim.text)}</p><p><i>{escape(claim.chain.display_roles())}</i></p>")
        return item

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def _open(self, item: QListWidgetItem) -> None:
        suggestion: SameFactSuggestion = item.data(SUGGESTION_ROLE)
        self.open_claim.emit(self.library.claim(suggestion.claim_id).article_id, suggestion.claim_id)
