"""Importing files off the GUI thread, with progress and cancel.

The worker thread only parses files and writes articles through the Library (each file its own
transaction); the window learns the result through `finished` on the GUI thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from claimtracker.importing.importer import ImportReport
from claimtracker.library import Library


class ImportWorker(QObject):
    progress = Signal(int, int, str)  # done, total, file being imported
    finished = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, library: Library, paths: list[Path]) -> None:
        super().__init__()
        self.library = library
        self.paths = paths
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            report = self.library.import_files(
                self.paths,
                progress=lambda done, total, path: self.progress.emit(done, total, str(path)),
                cancelled=self._cancel.is_set,
            )
        except Exception as exc:  # reported to the analyst; the thread must not die silently
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit(report)


class ImportTask(QObject):
    """Owns the thread and the worker for one import."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, library: Library, paths: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = ImportWorker(library, paths)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._done)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def _done(self, report: ImportReport) -> None:
        self._stop()
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)

    def _stop(self) -> None:
        self.thread.quit()
        self.thread.wait()
