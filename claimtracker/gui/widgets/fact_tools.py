"""The Facts page's buttons: merge the selected fact into another, split it, export fact sheets.

Merge and split are undoable commands (Ctrl+Z); an export writes the facts the filter shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton, QVBoxLayout, QWidget

from claimtracker.domain.facts import FactFilter
from claimtracker.domain.text import one_line
from claimtracker.errors import UserError
from claimtracker.gui.operations import Operations
from claimtracker.gui.undo_commands import MergeFacts, SplitFact
from claimtracker.library import Library

SHEET_FILTERS = {
    "xlsx": QT_TRANSLATE_NOOP("FactTools", "Excel workbook (*.xlsx)"),
    "csv": QT_TRANSLATE_NOOP("FactTools", "CSV (*.csv)"),
    "json": QT_TRANSLATE_NOOP("FactTools", "JSON (*.json)"),
    "html": QT_TRANSLATE_NOOP("FactTools", "Web page (*.html)"),
    "pdf": QT_TRANSLATE_NOOP("FactTools", "PDF (*.pdf)"),
}


class FactTools(QWidget):
    def __init__(
        self,
        library: Library,
        ops: Operations,
        current_fact: Callable[[], int | None],
        query: Callable[[], FactFilter],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.library, self.ops = library, ops
        self.current_fact, self.query = current_fact, query
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.setObjectName("mergeFact")
        self.merge_button.setToolTip(
            self.tr("Fold the selected fact into another one (Ctrl+Z takes it back)")
        )
        self.split_button = QPushButton(self.tr("Split…"))
        self.split_button.setObjectName("splitFact")
        self.split_button.setToolTip(self.tr("Move some of the selected fact's reports to a new fact"))
        self.export_button = QPushButton(self.tr("Export Facts…"))
        self.export_button.setObjectName("exportFacts")
        self.export_button.setToolTip(self.tr("A fact sheet of the facts shown: XLSX, CSV, JSON, HTML, PDF"))
        self.merge_button.clicked.connect(self.merge)
        self.split_button.clicked.connect(self.split)
        self.export_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)  # stacked: the filter beside them keeps the width
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.merge_button, self.split_button, self.export_button):
            layout.addWidget(button)

    def set_enabled_for(self, fact_id: int | None) -> None:
        self.merge_button.setEnabled(fact_id is not None)
        self.split_button.setEnabled(fact_id is not None)

    def merge(self) -> None:
        absorb = self.current_fact()
        if absorb is None:
            return
        others = [f for f in self.library.facts() if f.id != absorb]
        if not others:
            self.ops.status(self.tr("There is no other fact to merge it into"))
            return
        labels = [f"#{f.id} {one_line(f.statement, 90)}" for f in others]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Merge fact #{id}").format(id=absorb),
            self.tr("Fold fact #{id} and its reports into:").format(id=absorb),
            labels,
            0,
            False,
        )
        if ok:
            keep = others[labels.index(label)].id
            if self.ops.perform(MergeFacts(self.library, keep, absorb)):
                self.ops.status(
                    self.tr("Fact #{absorb} merged into #{keep} · Ctrl+Z takes it back").format(
                        absorb=absorb, keep=keep
                    )
                )

    def split(self) -> None:
        from claimtracker.gui.dialogs.split_fact_dialog import SplitFactDialog

        fact_id = self.current_fact()
        if fact_id is None:
            return
        fact, _assessment, reports = self.library.assess_fact(fact_id)
        claims = {r.claim_id: self.library.claim(r.claim_id) for r in reports}
        dialog = SplitFactDialog(fact, reports, claims, self)
        accepted = dialog.exec()
        chosen, statement = dialog.chosen(), dialog.statement.text().strip()
        dialog.deleteLater()
        if accepted:
            command = SplitFact(self.library, fact_id, chosen, statement)
            if self.ops.perform(command):
                self.ops.status(
                    self.tr("A new fact has {n} of the reports · Ctrl+Z takes it back").format(
                        n=len(dialog.chosen())
                    )
                )

    def export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export facts"), "facts.xlsx", ";;".join(SHEET_FILTERS.values())
        )
        if path:
            fmt = next(
                (f for f, label in SHEET_FILTERS.items() if label == chosen), Path(path).suffix.lstrip(".")
            )
            self.write(Path(path), fmt)

    def write(self, path: Path, fmt: str) -> None:
        from claimtracker.exporting.fact_sheet import fact_sheet_html, write_fact_sheet

        try:
            entries = self.library.fact_entries(query=self.query())
            if fmt == "pdf":
                from claimtracker.gui.pdf_export import print_pdf

                print_pdf(fact_sheet_html(entries), path, self.tr("Fact sheet"))
            else:
                write_fact_sheet(entries, fmt, path)
        except UserError as exc:
            self.ops.warn(str(exc))
            return
        self.ops.status(self.tr("Wrote {n} facts to {path}").format(n=len(entries), path=path))
