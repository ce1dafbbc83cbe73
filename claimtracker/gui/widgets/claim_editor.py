"""Editing one claim: speaker, chain, cue, kind, dates, grades, status, tags and note.

The editor never writes: `save_requested` hands the finished claim to the window, which records it
through an undoable command.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import AttributionChain, Claim, ClaimKind, ClaimStatus, SourceRef, Span
from claimtracker.domain.dates import ClaimDate
from claimtracker.errors import UserError
from claimtracker.gui.widgets.chain_editor import ChainEditor
from claimtracker.gui.widgets.date_field import DateField
from claimtracker.gui.widgets.source_field import SourceCompleter, SourceField
from claimtracker.library import Library

KIND_LABELS = {
    ClaimKind.DIRECT_QUOTE: "Direct quote",
    ClaimKind.PARAPHRASE: "Paraphrase",
    ClaimKind.DOCUMENT_CONTENT: "Document content",
}
STATUS_LABELS = {
    ClaimStatus.UNVERIFIED: "Unverified",
    ClaimStatus.CORROBORATED: "Corroborated",
    ClaimStatus.DISPUTED: "Disputed",
    ClaimStatus.REFUTED: "Refuted",
}
CREDIBILITY_LABELS = {
    None: "—",
    1: "1 · Confirmed",
    2: "2 · Probably true",
    3: "3 · Possibly true",
    4: "4 · Doubtful",
    5: "5 · Improbable",
    6: "6 · Cannot be judged",
}


class ClaimEditor(QWidget):
    save_requested = Signal(object, object)  # claim to store, the claim as it was (None when new)

    def __init__(self, library: Library, completer: SourceCompleter, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("claimEditor")
        self.library = library
        self._article: Article | None = None
        self._span: Span | None = None
        self._claim: Claim | None = None
        self._speaker_id: int | None = None

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.quote = QLabel()
        self.quote.setObjectName("quotedSpan")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setStyleSheet("QLabel { background: #f6f6f6; border-left: 3px solid #bbb; padding: 4px; }")

        self.speaker = SourceField(library, completer, "who said it: a person, an office, “two officials”…")
        self.speaker.edit.setObjectName("speaker")
        self.chain = ChainEditor(library, completer)
        self.cue = QLineEdit()
        self.cue.setObjectName("cue")
        self.cue.setPlaceholderText("told, a déclaré, selon, according to…")
        self.kind = _combo(KIND_LABELS)
        self.claim_date = DateField()
        self.claim_date.edit.setObjectName("claimDate")
        self.event_date = DateField()
        self.event_date.edit.setObjectName("eventDate")
        self.credibility = _combo(CREDIBILITY_LABELS)
        self.status = _combo(STATUS_LABELS)
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText("comma-separated")
        self.text = QPlainTextEdit()
        self.text.setObjectName("claimText")
        self.text.setPlaceholderText("the claim in your words (default: the quoted text)")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(60)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(50)

        self.save_button = QPushButton("Save claim")
        self.save_button.setObjectName("saveClaim")
        self.save_button.setToolTip("Save the claim (Ctrl+S)")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.request_save)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        # Ctrl+S is the window's Save Claim action; Escape only while the editor has the focus.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Speaker", self.speaker)
        form.addRow("&Via", self.chain)
        form.addRow("C&ue", self.cue)
        form.addRow("&Kind", self.kind)
        form.addRow("Claim &date", self.claim_date)
        form.addRow("&Event date", self.event_date)
        form.addRow("C&redibility", self.credibility)
        form.addRow("S&tatus", self.status)
        form.addRow("T&ags", self.tags)
        form.addRow("Te&xt", self.text)
        form.addRow("&Note", self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.quote)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.clear()

    @property
    def editing(self) -> Claim | None:
        return self._claim

    @property
    def new_claim_article(self) -> int | None:
        """The article a new, unsaved claim is being written on, if any."""
        if self._claim is None and self._span is not None and self._article is not None:
            return self._article.id
        return None

    def clear(self) -> None:
        self._article, self._span, self._claim = None, None, None
        self.heading.setText(
            "<b>No claim selected</b><br>Select text in the article and press Ctrl+Enter, "
            "or pick a claim above."
        )
        self._fill(None)
        self.setEnabled(False)

    def start_new(self, article: Article, span: Span) -> None:
        self._article, self._span, self._claim = article, span, None
        self.heading.setText(f"<b>New claim</b> · characters {span.start}–{span.end}")
        self._fill(None)
        self.setEnabled(True)
        self.speaker.edit.setFocus()

    def edit(self, article: Article, claim: Claim) -> None:
        self._article, self._span, self._claim = article, claim.span, claim
        self.heading.setText(f"<b>Claim #{claim.id}</b> · characters {claim.span.start}–{claim.span.end}")
        self._fill(claim)
        self.setEnabled(True)

    def cancel(self) -> None:
        if self._claim is not None and self._article is not None:
            self.edit(self._article, self._claim)
        else:
            self.clear()

    def _fill(self, claim: Claim | None) -> None:
        article, span = self._article, self._span
        self.quote.setText(article.body[span.start : span.end] if article and span else "")
        self.quote.setVisible(bool(self.quote.text()))
        base = article.published if article else None
        self.claim_date.set_base(base)
        self.event_date.set_base(base)
        self.speaker.set_text(claim.chain.speaker.name if claim else "")
        self.chain.set_links(list(claim.chain.links[1:]) if claim else [])
        self._speaker_id = claim.chain.speaker.id if claim else None
        self.cue.setText(claim.cue if claim else "")
        self.kind.setCurrentIndex(self.kind.findData(claim.kind if claim else ClaimKind.PARAPHRASE))
        self.claim_date.set_date(claim.claim_date if claim else ClaimDate.unknown())
        self.event_date.set_date(claim.event_date if claim else ClaimDate.unknown())
        self.credibility.setCurrentIndex(self.credibility.findData(claim.credibility if claim else None))
        self.status.setCurrentIndex(self.status.findData(claim.status if claim else ClaimStatus.UNVERIFIED))
        self.tags.setText(", ".join(claim.tags) if claim else "")
        self.text.setPlainText(claim.text if claim and claim.text != claim.quote.exact else "")
        self.note.setPlainText(claim.note if claim else "")
        self.error.setText("")

    def claim(self) -> Claim:
        """The claim as the form describes it; raises UserError when it is incomplete."""
        if self._article is None or self._span is None:
            raise UserError("select text in the article first")
        speaker_name = self.speaker.text()
        if not speaker_name:
            raise UserError("who said it? The speaker is missing")
        pending = self.chain.field.text()
        if pending:  # a link typed but not yet added is meant to be part of the chain
            self.chain.add_from_field()
        keep_id = self._claim is not None and speaker_name == self._claim.chain.speaker.name
        speaker = SourceRef(speaker_name, self._speaker_id if keep_id else None)
        chain = AttributionChain((speaker, *self.chain.links()))
        fields = dict(
            kind=ClaimKind(self.kind.currentData()),  # Qt hands enum values back as plain str
            cue=self.cue.text().strip(),
            claim_date=self.claim_date.date(),
            event_date=self.event_date.date(),
            credibility=self.credibility.currentData(),
            status=ClaimStatus(self.status.currentData()),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            note=self.note.toPlainText().strip(),
        )
        text = self.text.toPlainText().strip()
        if self._claim is not None:
            return dataclasses.replace(
                self._claim, chain=chain, text=text or self._claim.quote.exact, **fields
            )
        claim = Claim.from_span(self._article.id, self._article.body, self._span, chain, **fields)  # type: ignore[arg-type]
        if text:
            claim.text = text
        return claim

    def request_save(self) -> None:
        if not self.isEnabled():
            return
        try:
            claim = self.claim()
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        self.save_requested.emit(claim, self._claim)

    def show_error(self, message: str) -> None:
        self.error.setText(message)


def _combo(labels: dict) -> QComboBox:
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(label, value)
    return combo
