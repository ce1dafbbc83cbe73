"""Editing one source of the registry: name, kind, aliases, affiliation, reliability, notes."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from claimtracker.domain.sources import Reliability, Source, SourceKind


def source_kind_label(kind: SourceKind) -> str:
    return QCoreApplication.translate("SourceKinds", KIND_LABELS[kind])


KIND_LABELS = {
    SourceKind.PERSON: QT_TRANSLATE_NOOP("SourceKinds", "Person"),
    SourceKind.ORGANISATION: QT_TRANSLATE_NOOP("SourceKinds", "Organisation"),
    SourceKind.OUTLET: QT_TRANSLATE_NOOP("SourceKinds", "Outlet"),
    SourceKind.DOCUMENT: QT_TRANSLATE_NOOP("SourceKinds", "Document"),
    SourceKind.ANONYMOUS_GROUP: QT_TRANSLATE_NOOP("SourceKinds", "Anonymous group"),
    SourceKind.UNKNOWN: QT_TRANSLATE_NOOP("SourceKinds", "Unknown"),
}


class SourceDialog(QDialog):
    def __init__(self, source: Source, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source — {name}").format(name=source.name))
        self.source = source
        self.name = QLineEdit(source.name)
        self.name.setObjectName("sourceName")
        self.kind = QComboBox()
        for kind, label in ((k, source_kind_label(k)) for k in KIND_LABELS):
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(self.kind.findData(source.kind))
        self.aliases = QPlainTextEdit("\n".join(source.aliases))
        self.aliases.setObjectName("aliases")
        self.aliases.setPlaceholderText(self.tr("one spelling per line: Ismaël Qaani, Qani…"))
        self.aliases.setMaximumHeight(90)
        self.affiliation = QLineEdit(source.affiliation)
        self.reliability = QComboBox()
        self.reliability.setObjectName("reliability")
        self.reliability.addItem(self.tr("— not graded"), None)
        for grade in Reliability:
            self.reliability.addItem(f"{grade.value} · {grade.label}", grade)
        self.reliability.setCurrentIndex(self.reliability.findData(source.reliability))
        self.notes = QPlainTextEdit(source.notes)
        self.notes.setMaximumHeight(80)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Aliases"), self.aliases)
        form.addRow(self.tr("A&ffiliation"), self.affiliation)
        form.addRow(self.tr("&Reliability"), self.reliability)
        form.addRow(self.tr("N&otes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.buttons = buttons

    def accept(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus()
            self.name.setPlaceholderText(self.tr("a source needs a name"))
            return
        super().accept()

    def edited(self) -> Source:
        aliases = tuple(a.strip() for a in self.aliases.toPlainText().splitlines() if a.strip())
        return dataclasses.replace(
            self.source,
            name=self.name.text().strip(),
            kind=SourceKind(self.kind.currentData()),  # Qt hands enum values back as plain str
            aliases=aliases,
            affiliation=self.affiliation.text().strip(),
            reliability=Reliability(grade) if (grade := self.reliability.currentData()) else None,
            notes=self.notes.toPlainText().strip(),
        )
