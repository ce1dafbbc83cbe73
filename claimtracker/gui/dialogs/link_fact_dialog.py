"""Linking a claim to a fact: which fact, and whether the claim supports, contradicts or is related."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from claimtracker.domain.facts import Stance
from claimtracker.domain.text import one_line
from claimtracker.library import FactSummary

STANCE_HELP = {
    Stance.SUPPORTS: QT_TRANSLATE_NOOP("LinkFactDialog", "supports: says the same thing"),
    Stance.CONTRADICTS: QT_TRANSLATE_NOOP("LinkFactDialog", "contradicts: says the opposite"),
    Stance.RELATED: QT_TRANSLATE_NOOP("LinkFactDialog", "related: same subject, another figure or detail"),
}


class LinkFactDialog(QDialog):
    def __init__(self, facts: list[FactSummary], claim_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("linkFactDialog")
        self.setWindowTitle(self.tr("Link the claim to a fact"))
        self.fact = QComboBox()
        self.fact.setObjectName("linkFact")
        for f in facts:
            self.fact.addItem(f"#{f.id} {one_line(f.statement, 70)} ({f.claims})", f.id)
        self.stance = QComboBox()
        self.stance.setObjectName("linkStance")
        for stance, label in STANCE_HELP.items():
            self.stance.addItem(QCoreApplication.translate("LinkFactDialog", label), stance.value)
        claim = QLabel(f"“{one_line(claim_text, 200)}”")
        claim.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(self.tr("&Fact"), self.fact)
        form.addRow(self.tr("&Stance"), self.stance)
        layout = QVBoxLayout(self)
        layout.addWidget(claim)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[int, Stance]:
        return self.fact.currentData(), Stance(self.stance.currentData())
