"""Imports and exports: asking for files, running the work off the GUI thread, reporting back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from claimtracker.domain.claim_filter import SortKey
from claimtracker.errors import UserError
from claimtracker.gui.dialogs.export_dialog import ExportDialog
from claimtracker.gui.filter_state import FilterState
from claimtracker.gui.pdf_export import print_pdf
from claimtracker.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from claimtracker.importing.claims_report import ClaimsImportReport
from claimtracker.importing.importer import SUPPORTED_SUFFIXES, ImportReport
from claimtracker.library import Changes, Library


class TransferController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        tasks: TaskRunner,
        filter_state: FilterState,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self.window, self.library, self.tasks = window, library, tasks
        self.filter_state, self.settings = filter_state, settings
        self.last_export: Path | None = None
        # The order the analyst sees in the claims table, which sheets keep (set by the window).
        self.table_order: Callable[[], tuple[SortKey, bool]] = lambda: (SortKey.DATE, True)
        self.errors_box: QMessageBox | None = None

    def _status(self, message: str, ms: int = 10000) -> None:
        self.window.statusBar().showMessage(message, ms)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("ClaimTracker"), message)

    def _start(self, work, title: str, doing: str, on_done) -> None:
        if not self.tasks.run(work, title, doing, on_done, self._warn):
            self._status(self.tr("Wait for the running task to finish, or cancel it"), 5000)

    # Import

    def ask_import_files(self) -> None:
        folder = str(self.settings.value("import/last_folder", ""))
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import articles"),
            folder,
            self.tr("Articles ({patterns})").format(patterns=patterns),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def ask_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window,
            self.tr("Import a folder of articles"),
            str(self.settings.value("import/last_folder", "")),
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        self.settings.setValue("import/last_folder", str(paths[0] if paths[0].is_dir() else paths[0].parent))

        def work(progress, cancelled) -> ImportReport:
            return self.library.import_files(
                paths,
                progress=lambda done, total, path: progress(done, total, path.name),
                cancelled=cancelled,
            )

        self._start(work, self.tr("Import"), self.tr("Importing"), self._import_finished)

    def ask_import_claims(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a claim sheet"),
            str(self.settings.value("import/last_folder", "")),
            self.tr("Claim sheets (*.json)"),
        )
        if path:
            self.import_claims(Path(path))

    def import_claims(self, path: Path) -> None:
        """Read a claim sheet back off the GUI thread; Cancel rolls the whole import back."""
        self.settings.setValue("import/last_folder", str(path.parent))

        def work(progress, cancelled) -> ClaimsImportReport:
            return self.library.import_claims(path, progress=progress, cancelled=cancelled)

        self._start(work, self.tr("Import claim sheet"), self.tr("Reading"), self._claims_imported)

    def _claims_imported(self, report: ClaimsImportReport) -> None:
        self.library.announce(Changes(everything=True))  # articles, sources, claims and facts
        self._status(self.tr("Claim sheet: {summary}").format(summary=report.summary()))
        if report.problems or report.changed:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Import claim sheet"),
                self.tr(
                    "{problems} claim(s) or fact(s) were left out and {changed} were stored already "
                    "in another form (kept as stored); the rest was imported."
                ).format(problems=len(report.problems), changed=len(report.changed)),
                parent=self.window,
            )
            box.setObjectName("claimSheetProblems")
            box.setDetailedText("\n".join(report.problems + report.changed))
            box.open()
            self.errors_box = box

    def paste_article(self) -> None:
        """A new article from the clipboard, its title and outlet confirmed first."""
        from PySide6.QtGui import QGuiApplication

        from claimtracker.gui.dialogs.paste_dialog import PasteArticleDialog

        data = QGuiApplication.clipboard().mimeData()
        html = data.html() if data is not None and data.hasHtml() else ""
        text = data.text() if data is not None and data.hasText() else ""
        try:
            article = self.library.article_from_clipboard(text, html)
        except UserError as exc:
            self._status(str(exc).capitalize(), 5000)
            return
        dialog = PasteArticleDialog(article, self.window)
        accepted = dialog.exec()
        edited = dialog.edited()
        dialog.deleteLater()
        if not accepted:
            return
        stored, created = self.library.paste_article(edited)
        self._status(
            self.tr("New article #{id}: {title}").format(id=stored.id, title=stored.title)
            if created
            else self.tr("This text is already article #{id}").format(id=stored.id)
        )

    def _import_finished(self, report: ImportReport) -> None:
        changed = frozenset(u.article.id for u in report.updated)  # their claims may have moved
        self.library.announce(
            Changes(article_list=True, articles=changed, added=tuple(a.id for a in report.added))
        )  # type: ignore[arg-type]
        self._status(self.tr("Import: {summary}").format(summary=report.summary()))
        orphans = [(u.article, claim_id, why) for u in report.updated for claim_id, why in u.orphaned]
        if report.errors or orphans:
            lines = [str(e) for e in report.errors] + [
                self.tr("{title}: claim #{id} is orphaned ({why})").format(
                    title=article.title, id=claim_id, why=why
                )
                for article, claim_id, why in orphans
            ]
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Import"),
                self.tr(
                    "{errors} file(s) could not be imported; the others were. "
                    "{orphans} claim(s) lost their quote in articles whose text changed."
                ).format(errors=len(report.errors), orphans=len(orphans)),
                parent=self.window,
            )
            box.setObjectName("importErrors")
            box.setDetailedText("\n".join(lines))
            box.open()
            self.errors_box = box

    # Export

    def ask_export(self) -> None:
        dialog = ExportDialog(
            self.filter_state.filter, str(self.settings.value("export/last_folder", "")), self.window
        )
        if dialog.exec():
            self.export(dialog.format(), Path(dialog.path()), dialog.group())

    def export(self, fmt: str, path: Path, group: str = "source") -> None:
        """Export what the analysis pages show (the shared filter) to `path`, in the table's order."""
        sort, descending = self.table_order()
        query = replace(self.filter_state.filter, sort=sort, descending=descending)
        self.settings.setValue("export/last_folder", str(path.parent))
        library = self.library

        def work(progress, cancelled):
            report = lambda done, total: progress(done, total, "claims")  # noqa: E731
            if fmt == "pdf":
                return library.sheet_html(query, group, report, cancelled)
            return library.export(query, fmt, path, group=group, progress=report, cancelled=cancelled)

        def done(result) -> None:
            if fmt == "pdf":  # laid out on the GUI thread: Qt's text layout needs it
                html, count = result
                print_pdf(html, path)
            else:
                count = result
            self._status(self.tr("Exported {count} claims to {path}").format(count=f"{count:,}", path=path))
            self.last_export = path

        self._start(work, self.tr("Export"), self.tr("Exporting"), done)
