"""Long work off the GUI thread: a function run on a worker thread, with progress and cancel.

The function receives `progress(done, total, label)` and `cancelled()`; its result or error comes
back on the GUI thread through `finished` or `failed`. Writes it makes go through the Library like
any other (each in its own transaction).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from claimtracker.errors import UserError

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
