"""A source name field that completes from the registry and offers close spellings."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from claimtracker.gui import palette
from claimtracker.library import Library


class SourceCompleter(QCompleter):
    """Completion over every name and alias, matching anywhere in the name, case-insensitively."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names = QStringListModel(self)
        self.setModel(self.names)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_names(self, names: list[str]) -> None:
        self.names.setStringList(names)

    def eventFilter(self, watched, event) -> bool:
        # Qt's popup passes Escape on to the field once it has closed, and the claim form would
        # take it as "cancel the claim": here Escape only closes the popup.
        if (
            watched is self.popup()
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self.popup().isVisible()
        ):
            self.popup().hide()
            return True
        return super().eventFilter(watched, event)


class SourceField(QWidget):
    """The line edit, and below it what the name matches: a source, close spellings, or nothing."""

    edited = Signal()

    def __init__(self, library: Library, completer: SourceCompleter, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setCompleter(completer)
        self.hint = QLabel()
        self.hint.setObjectName("sourceHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.linkActivated.connect(self._use_variant)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=250)  # look up once typing pauses
        self._timer.timeout.connect(self.check)
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        # Any change of the text, typed or completed from the registry, updates the hint.
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.variants: list[str] = []

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self._timer.stop()  # looked up now: the change of text need not look it up again
        self.check()

    def check(self) -> None:
        """Say whether the name is in the registry, and offer close spellings when it is not."""
        name = self.text()
        self.variants = []
        self.hint.setVisible(bool(name))  # no empty line under an empty field
        if not name:
            self.hint.setText("")
            return
        if self.library.sources_named(name):
            self.hint.setText(
                f'<span style="color:{palette.CONFIRMED}">{self.tr("✓ in the registry")}</span>'
            )
            return
        self.variants = [n for n, _id in self.library.spelling_variants(name)]
        if self.variants:
            links = ", ".join(f'<a href="{i}">{escape(v)}</a>' for i, v in enumerate(self.variants))
            self.hint.setText(self.tr("Not in the registry. Close spellings: {links}").format(links=links))
        else:
            message = self.tr("New source: it will be added to the registry")
            self.hint.setText(f'<span style="color:{palette.QUIET_TEXT}">{message}</span>')

    def _use_variant(self, link: str) -> None:
        self.set_text(self.variants[int(link)])
        self.edited.emit()
