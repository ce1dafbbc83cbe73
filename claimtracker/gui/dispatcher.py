"""How changes reach the pages: one signal, whoever made them.

Our own writes are reported by the Library as they happen; other analysts' work on a shared
database is found by polling the change log (in commit order: see `ChangeCursor`), and reported
the same way. Pages connect to `changed` and refresh from what changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from claimtracker.library import Changes, Library

POLL_MS = 5000  # how often a window looks for changes made by others


class ChangeDispatcher(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        library.subscribe(self.changed.emit)
        self.may_poll: Callable[[], bool] = lambda: True  # e.g. not while an import writes
        self.poll_timer = QTimer(self, interval=POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()

    def poll(self) -> None:
        if self.may_poll() and self.library.others_changed():
            # Others' changes are not itemised: every page looks again at what it shows.
            self.changed.emit(Changes(article_list=True, sources=True, everything=True))
