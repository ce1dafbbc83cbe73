"""Choosing how to export the claims the analysis views show: format, grouping, file."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from claimtracker.domain.claim_filter import ClaimFilter

FORMAT_LABELS = {
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV, UTF-8 (.csv)"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON with W3C annotations (.json)"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "Printable page (.html)"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF (.pdf)"),
}


class ExportDialog(QDialog):
    def __init__(self, query: ClaimFilter, folder: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export claims"))
        self.resize(560, 0)
        self.folder = folder or str(Path.home())
        stated = QLabel(
            self.tr("Exports the claims the analysis views show: <b>{filter}</b>").format(
                filter=escape(query.describe())
            )
        )
        stated.setWordWrap(True)
        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        for key, label in FORMAT_LABELS.items():
            self.format_box.addItem(QCoreApplication.translate("ExportDialog", label), key)
        self.group_box = QComboBox()
        self.group_box.setObjectName("exportGroup")
        self.group_box.addItem(self.tr("By source"), "source")
        self.group_box.addItem(self.tr("By month"), "date")
        self.path_edit = QLineEdit(str(Path(self.folder) / "claims.xlsx"))
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format_box)
        form.addRow(self.tr("&Grouping (HTML, PDF)"), self.group_box)
        form.addRow(self.tr("F&ile"), path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(stated)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._format_changed()

    def format(self) -> str:
        return self.format_box.currentData()

    def group(self) -> str:
        return self.group_box.currentData()

    def path(self) -> str:
        return self.path_edit.text().strip()

    def _format_changed(self) -> None:
        self.group_box.setEnabled(self.format() in ("html", "pdf"))
        current = Path(self.path() or "claims")
        self.path_edit.setText(str(current.with_suffix(f".{self.format()}")))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export claims"), self.path(), f"*.{self.format()}"
        )
        if chosen:
            self.path_edit.setText(chosen)
