"""Editing one claim: speaker, chain, cue, kind, dates, grades, status, tags and note.

The editor never writes: its `saver` (set by the Annotate page) records the claim through an
undoable command. It knows whether the form holds unsaved changes (`is_dirty`), so that nothing
the analyst typed is dropped by leaving the claim; `form_state` is what a crash-safe draft keeps.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import (
    AttributionChain,
    Claim,
    ClaimKind,
    ClaimStatus,
    Role,
    SourceRef,
    Span,
)
from claimtracker.domain.dates import ClaimDate
from claimtracker.errors import UserError
from claimtracker.gui.claim_labels import (
    credibility_labels,
    kind_labels,
    status_labels,
)
from claimtracker.gui.dialogs.unsaved_dialog import ask_about_unsaved
from claimtracker.gui.widgets import claim_form
from claimtracker.gui.widgets.chain_editor import ChainEditor
from claimtracker.gui.widgets.date_field import DateField
from claimtracker.gui.widgets.source_field import SourceCompleter, SourceField
from claimtracker.library import Library

Saver = Callable[[Claim, "Claim | None"], bool]  # the claim to store, as it was; True once stored


class ClaimEditor(QWidget):
    edited = Signal()  # the analyst changed a field

    def __init__(self, library: Library, completer: SourceCompleter, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("claimEditor")
        self.library = library
        self._article: Article | None = None
        self._span: Span | None = None
        self._claim: Claim | None = None
        self._baseline: dict = {}
        self._filling = False
        self.saver: Saver = lambda _claim, _before: False

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.quote = QLabel()
        self.quote.setObjectName("quotedSpan")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.speaker = SourceField(
            library, completer, self.tr("who said it: a person, an office, “two officials”…")
        )
        self.speaker.edit.setObjectName("speaker")
        self.chain = ChainEditor(library, completer)
        self.cue = QLineEdit()
        self.cue.setObjectName("cue")
        self.cue.setPlaceholderText(self.tr("told, a déclaré, selon, according to…"))
        self.kind = _combo(kind_labels())
        self.claim_date = DateField()
        self.claim_date.edit.setObjectName("claimDate")
        self.event_date = DateField()
        self.event_date.edit.setObjectName("eventDate")
        self.credibility = _combo(credibility_labels())
        self.status = _combo(status_labels())
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("claimText")
        self.text.setPlaceholderText(self.tr("the claim in your words (default: the quoted text)"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(60)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(50)

        # The buttons live outside the scrolling form (`button_bar`), always in view.
        self.save_button = QPushButton(self.tr("Save claim"))
        self.save_button.setObjectName("saveClaim")
        self.save_button.setToolTip(self.tr("Save the claim (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelClaim")
        self.cancel_button.setToolTip(self.tr("Undo the changes not saved yet (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("editorState")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Speaker"), self.speaker)
        form.addRow(self.tr("&Via"), self.chain)
        form.addRow(self.tr("C&ue"), self.cue)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("Claim &date"), self.claim_date)
        form.addRow(self.tr("&Event date"), self.event_date)
        form.addRow(self.tr("C&redibility"), self.credibility)
        form.addRow(self.tr("S&tatus"), self.status)
        form.addRow(self.tr("T&ags"), self.tags)
        form.addRow(self.tr("Te&xt"), self.text)
        form.addRow(self.tr("&Note"), self.note)
        self.button_bar = QWidget()
        self.button_bar.setObjectName("editorButtons")
        buttons = QHBoxLayout(self.button_bar)
        buttons.setContentsMargins(6, 2, 6, 4)
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.state_label)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.quote)
        layout.addLayout(form)
        layout.addStretch(1)  # a tall window leaves room below the form, not between its rows
        for signal in (
            self.speaker.edit.textChanged,
            self.chain.changed,
            self.chain.field.edit.textChanged,
            self.cue.textChanged,
            self.kind.currentIndexChanged,
            self.claim_date.edit.textChanged,
            self.event_date.edit.textChanged,
            self.credibility.currentIndexChanged,
            self.status.currentIndexChanged,
            self.tags.textChanged,
            self.text.textChanged,
            self.note.textChanged,
        ):
            signal.connect(self._on_edited)
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
            self.tr(
                "<b>No claim selected</b><br>Select text in the article and press Ctrl+Enter, "
                "or pick a claim above."
            )
        )
        self._fill(None)
        self._set_enabled(False)

    def start_new(self, article: Article, span: Span) -> None:
        self._article, self._span, self._claim = article, span, None
        self.heading.setText(
            self.tr("<b>New claim</b> · characters {start}–{end}").format(start=span.start, end=span.end)
        )
        self._fill(None)
        if article.outlet:  # a chain ends with its article's publisher, unless the analyst removes it
            self._filling = True
            self.chain.set_links([SourceRef(article.outlet, article.outlet_id, Role.PUBLISHER)])
            self._filling = False
            self._baseline = self.form_state()
        self._set_enabled(True)
        self.speaker.edit.setFocus()

    def edit(self, article: Article, claim: Claim) -> None:
        self._article, self._span, self._claim = article, claim.span, claim
        heading = self.tr("<b>Claim #{id}</b> · characters {start}–{end}").format(
            id=claim.id, start=claim.span.start, end=claim.span.end
        )
        if claim.orphaned:
            heading += self.tr(
                "<br>⚠ <b>orphaned</b>: its quote is no longer in the text. Select the text in the "
                "article, then Claim ▸ Anchor Claim to Selection (Ctrl+Shift+A)."
            )
        self.heading.setText(heading)
        self._fill(claim)
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        self.setEnabled(enabled)
        self.button_bar.setEnabled(enabled)

    # Unsaved changes

    def is_dirty(self) -> bool:
        """Whether the form holds changes that are not stored (for a new claim: anything typed)."""
        return self.isEnabled() and self.form_state() != self._baseline

    def _on_edited(self, *_args) -> None:
        if self._filling:
            return
        dirty = self.is_dirty()
        self.state_label.setText(self.tr("● not saved") if dirty else "")
        self.edited.emit()

    def form_state(self) -> dict:
        """What the analyst typed, as plain data (kept as a draft that survives a crash)."""
        return claim_form.state_of(self)

    def restore_form_state(self, state: dict) -> None:
        """Put a draft back into the form (after `start_new` or `edit` on its claim)."""
        claim_form.restore(self, state)
        self._on_edited()

    @property
    def article_id(self) -> int | None:
        return self._article.id if self._article else None

    @property
    def span(self) -> Span | None:
        return self._span

    def save(self) -> bool:
        """Store the claim as the form describes it; False (and the reason shown) if it cannot be."""
        if not self.isEnabled():
            return False
        try:
            claim = self.claim()
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        return self.saver(claim, self._claim)

    def revert(self) -> None:
        """Drop the unsaved changes: the stored claim again, or no claim for a new one."""
        if self._claim is not None and self._article is not None:
            self.edit(self._article, self._claim)
        else:
            self.clear()

    def cancel(self) -> None:
        """Cancel (Esc): unsaved changes go only once the analyst says so."""
        if self.is_dirty() and not self.may_leave(ask_to_save=False):
            return
        self.revert()

    def may_leave(self, ask_to_save: bool = True) -> bool:
        """Ask what to do with unsaved changes before the editor moves on; False means stay.

        Save stores them (and stays if they cannot be stored), Discard drops them, Cancel keeps
        the analyst where they were."""
        if not self.is_dirty():
            return True
        what = (
            self.tr("this new claim")
            if self._claim is None
            else self.tr("claim #{id}").format(id=self._claim.id)
        )
        answer = ask_about_unsaved(self.window(), what, ask_to_save)
        buttons = QMessageBox.StandardButton
        if answer == buttons.Save:
            return self.save()
        if answer == buttons.Discard:
            self.revert()
            return True
        return False

    def keyPressEvent(self, event) -> None:
        # Escape reaches the editor only if no child took it: a completion popup closes first.
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def _fill(self, claim: Claim | None) -> None:
        self._filling = True
        try:
            self._fill_fields(claim)
        finally:
            self._filling = False
        self._baseline = self.form_state()
        self.state_label.setText("")

    def _fill_fields(self, claim: Claim | None) -> None:
        article, span = self._article, self._span
        if claim is not None:  # an orphaned claim's span no longer holds its quote: show the quote
            self.quote.setText(claim.quote.exact)
        else:
            self.quote.setText(article.body[span.start : span.end] if article and span else "")
        self.quote.setVisible(bool(self.quote.text()))
        base = article.published if article else None
        self.claim_date.set_base(base)
        self.event_date.set_base(base)
        self.speaker.set_text(claim.chain.speaker.name if claim else "")
        self.chain.set_links(list(claim.chain.links[1:]) if claim else [])
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
            raise UserError(self.tr("select text in the article first"))
        speaker_name = self.speaker.text()
        if not speaker_name:
            raise UserError(self.tr("who said it? The speaker is missing"))
        pending = self.chain.field.text()
        if pending:  # a link typed but not yet added is meant to be part of the chain
            self.chain.add_from_field()
        stored = self._claim.chain.speaker if self._claim is not None else None
        if stored is not None and speaker_name == stored.name:  # the same origin: its role and cue stay
            speaker = stored
        else:
            speaker = SourceRef(speaker_name, None, Role.ORIGIN)
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

    def show_error(self, message: str) -> None:
        self.error.setText(message)


def _combo(labels: dict) -> QComboBox:
    combo = QComboBox()
    for value, label in labels.items():
        combo.addItem(label, value)
    return combo
