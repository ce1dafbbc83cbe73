"""Choosing two sources to merge: the second's names become aliases of the first, its claims follow."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from claimtracker.storage.sources_repo import SourceSummary


class MergeDialog(QDialog):
    def __init__(
        self, sources: list[SourceSummary], keep: int | None = None, absorb: int | None = None, parent=None
    ):
        super().__init__(parent)
        self.setWindowTitle("Merge sources")
        self.keep = QComboBox()
        self.keep.setObjectName("keepSource")
        self.absorb = QComboBox()
        self.absorb.setObjectName("absorbSource")
        for combo in (self.keep, self.absorb):
            for s in sources:
                combo.addItem(f"{s.name}  ({s.as_speaker} said, {s.as_intermediary} relayed)", s.id)
        if keep is not None:
            self.keep.setCurrentIndex(self.keep.findData(keep))
        if absorb is not None:
            self.absorb.setCurrentIndex(self.absorb.findData(absorb))
        explanation = QLabel(
            "The second source disappears: its names become aliases of the first, "
            "and every claim it said or relayed follows. Undo restores it."
        )
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.keep.currentIndexChanged.connect(self._check)
        self.absorb.currentIndexChanged.connect(self._check)
        form = QFormLayout()
        form.addRow("&Keep", self.keep)
        form.addRow("&Merge into it", self.absorb)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = self.keep.currentData() != self.absorb.currentData()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen(self) -> tuple[int, int]:
        return self.keep.currentData(), self.absorb.currentData()
