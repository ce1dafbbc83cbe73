"""Merging a duplicate source: the likely duplicates come first, with why; the analyst picks one.

The source itself is never offered, nothing is picked in advance, and the analyst says which of
the two stays: the other's names become its aliases and its claims follow. Undo restores it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
)

from claimtracker.library import Library, SourceSummary

ID_ROLE = Qt.ItemDataRole.UserRole


class MergeDialog(QDialog):
    def __init__(self, sources: list[SourceSummary], source_id: int | None, library: Library, parent=None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge sources"))
        self.library = library
        self.sources = {s.id: s for s in sources}
        self.source = QComboBox()
        self.source.setObjectName("mergeSource")
        self.source.addItem(self.tr("Choose a source…"), None)
        for s in sources:
            self.source.addItem(self._label(s), s.id)
        self.candidates = QListWidget()
        self.candidates.setObjectName("mergeCandidates")
        self.keep_source = QRadioButton()
        self.keep_other = QRadioButton()
        self.keep_other.setChecked(True)
        explanation = QLabel(
            self.tr(
                "Pick the duplicate. The source that goes disappears: its names become aliases of the "
                "one that stays, and every claim it said or relayed follows. Undo restores it."
            )
        )
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.source.currentIndexChanged.connect(self._fill_candidates)
        self.candidates.currentItemChanged.connect(lambda *_: self._check())
        form = QFormLayout()
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("&Same as"), self.candidates)
        form.addRow(self.tr("Stays"), self.keep_other)
        form.addRow("", self.keep_source)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        if source_id is not None:
            self.source.setCurrentIndex(self.source.findData(source_id))
        self._fill_candidates()

    def _label(self, s: SourceSummary) -> str:
        return self.tr("{name}  ({said} said, {relayed} relayed)").format(
            name=s.name, said=s.as_speaker, relayed=s.as_intermediary
        )

    def _fill_candidates(self) -> None:
        self.candidates.clear()
        source_id = self.source.currentData()
        if source_id is not None:
            likely = self.library.likely_duplicates(source_id)
            self._heading(self.tr("Likely duplicates") if likely else self.tr("No likely duplicate found"))
            for duplicate in likely:
                self._add(
                    duplicate.source_id,
                    f"{self._label(self.sources[duplicate.source_id])}\n    {duplicate.reason}",
                )
            self._heading(self.tr("Other sources"))
            seen = {d.source_id for d in likely} | {source_id}
            for s in self.sources.values():
                if s.id not in seen:
                    self._add(s.id, self._label(s))
        self.candidates.setCurrentItem(None)
        self._check()

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.candidates.addItem(item)

    def _add(self, source_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, source_id)
        self.candidates.addItem(item)

    def _check(self) -> None:
        source_id, other_id = self.source.currentData(), self._other()
        ok = source_id is not None and other_id is not None and other_id != source_id
        if ok:
            self.keep_source.setText(
                self.tr("{name} (the other goes)").format(name=self.sources[source_id].name)
            )
            self.keep_other.setText(
                self.tr("{name} (the other goes)").format(name=self.sources[other_id].name)
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _other(self) -> int | None:
        item = self.candidates.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def chosen(self) -> tuple[int, int]:
        """(the source that stays, the source merged into it)."""
        source_id, other_id = self.source.currentData(), self._other()
        return (source_id, other_id) if self.keep_source.isChecked() else (other_id, source_id)  # type: ignore[return-value]
