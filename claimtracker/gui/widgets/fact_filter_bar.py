"""The Facts page's filter: statement words, a source on the chains, the analyst's and the rules'
status, a minimum of independent lines, a language and a date range. Typing pauses before the
table is asked again; a date that is not one is said, not guessed."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QSpinBox, QWidget

from claimtracker.domain.claims import ClaimStatus
from claimtracker.domain.facts import DerivedStatus, FactFilter, derived_label
from claimtracker.errors import UserError
from claimtracker.extraction.dates import resolve_date
from claimtracker.gui.claim_labels import (
    status_label,
)
from claimtracker.gui.widgets.source_field import SourceCompleter

DEBOUNCE_MS = 300


class FactFilterBar(QWidget):
    changed = Signal()

    def __init__(self, completer: SourceCompleter | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("factFilterBar")
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)

        def line(name: str, placeholder: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(lambda _t: self._timer.start())
            edit.returnPressed.connect(self.changed)
            return edit

        self.search = line("factSearch", self.tr("Words in the fact"))
        self.source = line("factSource", self.tr("Source on a chain"))
        if completer is not None:
            self.source.setCompleter(completer)
        self.date_from = line("factFrom", self.tr("Reported from: 2019, 2019-10…"))
        self.date_to = line("factTo", self.tr("To"))
        self.status = QComboBox()
        self.status.setObjectName("factStatus")
        self.status.addItem(self.tr("Analyst: any status"), None)
        for status in ClaimStatus:
            self.status.addItem(self.tr("Analyst: {status}").format(status=status_label(status)), status)
        self.derived = QComboBox()
        self.derived.setObjectName("factDerived")
        self.derived.addItem(self.tr("Rules: any status"), None)
        for derived in DerivedStatus:
            self.derived.addItem(self.tr("Rules: {status}").format(status=derived_label(derived)), derived)
        self.min_lines = QSpinBox()
        self.min_lines.setObjectName("factMinLines")
        self.min_lines.setRange(0, 99)
        self.min_lines.setPrefix(self.tr("Lines ≥ "))
        self.min_lines.setSpecialValueText(self.tr("Any number of lines"))
        self.language = QComboBox()
        self.language.setObjectName("factLanguage")
        self.set_languages([])
        for box in (self.status, self.derived, self.language):
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.min_lines.valueChanged.connect(lambda _v: self._timer.start())
        for box in (self.status, self.derived, self.language):
            # Narrow windows may shrink the boxes: their texts are elided, never pushing the window wider.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, widget in enumerate((self.search, self.source, self.date_from, self.date_to)):
            layout.addWidget(widget, 0, column)
        for column, widget in enumerate((self.status, self.derived, self.min_lines, self.language)):
            layout.addWidget(widget, 1, column)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)

    def set_languages(self, languages: list[str]) -> None:
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("Any language"), "")
        for code in languages:
            self.language.addItem(code, code)
        index = self.language.findData(current)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)

    def query(self) -> FactFilter:
        """The filter as set; raises UserError naming the field when a date is not one."""
        return FactFilter(
            text=self.search.text().strip(),
            source=self.source.text().strip(),
            # Qt hands the enums back as plain strings.
            status=ClaimStatus(self.status.currentData()) if self.status.currentData() else None,
            derived=DerivedStatus(self.derived.currentData()) if self.derived.currentData() else None,
            min_lines=self.min_lines.value(),
            language=self.language.currentData() or "",
            date_from=self._date(self.date_from, self.tr("Reported from"), last=False),
            date_to=self._date(self.date_to, self.tr("To"), last=True),
        )

    def _date(self, field: QLineEdit, label: str, *, last: bool):
        text = field.text().strip()
        if not text:
            return None
        date = resolve_date(text)
        if not date.is_known or not date.certain:
            raise UserError(self.tr("{field}: “{text}” is not a date").format(field=label, text=text))
        return date.last_day if last else date.value
