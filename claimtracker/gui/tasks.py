"""Long work off the GUI thread: a function run on a worker thread, with progress and cancel.

The function receives `progress(done, total, label)` and `cancelled()`; its result or error comes
back on the GUI thread through `finished` or `failed`. Writes it makes go through the Library like
any other (each in its own transaction).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from claimtracker.errors import UserError

log = logging.getLogger(__name__)
Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, whether it is the user's input rather than a bug

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(
                lambda done, total, label: self.progress.emit(done, total, label), self.cancel_event.is_set
            )
        except UserError as exc:
            self.failed.emit(str(exc), True)
            return
        except Exception:  # reported to the analyst with its traceback; the thread must not die silently
            self.failed.emit(traceback.format_exc(), False)
            return
        self.finished.emit(result)


class Task(QObject):
    """Owns one worker thread for one piece of work."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self._done)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel_event.set()

    def stop(self) -> None:
        """Cancel and wait for the thread (when the window closes)."""
        self.cancel()
        self.thread.quit()
        self.thread.wait()

    def _done(self, result: object) -> None:
        self.thread.quit()
        self.thread.wait()
        self.finished.emit(result)

    def _failed(self, message: str, user_error: bool) -> None:
        self.thread.quit()
        self.thread.wait()
        self.failed.emit(message, user_error)


PROGRESS_DELAY_MS = 600  # a progress dialog only for work that lasts longer than this


class TaskRunner(QObject):
    """The one place long work is started: one task at a time, behind a progress dialog that
    appears only if the work lasts, with Cancel. Results come back on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def run(
        self,
        work: Work,
        title: str,
        doing: str,
        on_done: Callable[[Any], None],
        on_user_error: Callable[[str], None],
    ) -> bool:
        """Start `work`; False (and nothing started) while another task runs."""
        if self.task is not None:
            return False
        progress = QProgressDialog(f"{doing}…", self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(title)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = progress
        self.task = Task(work, self)
        self.task.progress.connect(lambda done, total, label: self._show_progress(doing, done, total, label))
        self.task.finished.connect(lambda result: (self._end(), on_done(result)))
        self.task.failed.connect(lambda message, user: self._failed(title, message, user, on_user_error))
        progress.canceled.connect(self.task.cancel)
        self.task.start()
        self.busy_changed.emit(True)
        return True

    def stop(self) -> None:
        if self.task is not None:
            self.task.stop()

    def _show_progress(self, doing: str, done: int, total: int, label: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(
            self.tr("{doing} {label} ({done} of {total})").format(
                doing=doing, label=label, done=done, total=total
            )
        )

    def _failed(self, title: str, message: str, user_error: bool, on_user_error) -> None:
        self._end()
        if user_error:
            on_user_error(message)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            title,
            self.tr("{title} stopped on an unexpected error.").format(title=title),
            parent=self.window,
        )
        box.setObjectName("taskError")
        box.setDetailedText(message)
        box.open()
        self.error_box = box

    def _end(self) -> None:
        progress, self.progress = self.progress, None
        had_focus = progress is not None and progress.isVisible()
        if progress is not None:
            progress.reset()
            progress.deleteLater()
        self.task = None
        self.busy_changed.emit(False)
        if had_focus:  # the modal progress dialog had the focus: give it back to the window
            self.window.activateWindow()


class _Call(QObject):
    """Lives on the GUI thread: a result emitted from the pool is delivered there (queued)."""

    done = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self.on_done = on_done
        self.done.connect(self._deliver)

    @Slot(object)
    def _deliver(self, result: object) -> None:
        self.on_done(result)
        self.deleteLater()


def run_in_background(function: Callable[[], Any], on_done: Callable[[Any], None], parent: QObject) -> None:
    """Compute `function()` on Qt's thread pool and hand the result to `on_done` on the GUI thread.

    For quick read-only work that must not block the window (suggestions for an article); a
    failure is logged and reported as no result."""
    call = _Call(on_done, parent)

    def run() -> None:
        try:
            result = function()
        except Exception:  # a suggestion run that fails must not take the window down
            log.exception("background computation failed")
            result = None
        call.done.emit(result)

    QThreadPool.globalInstance().start(run)
