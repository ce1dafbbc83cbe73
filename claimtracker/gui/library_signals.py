"""Library changes as a Qt signal, so views refresh from what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from claimtracker.library import Changes, Library


class LibrarySignals(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        library.subscribe(self._emit)

    def _emit(self, changes: Changes) -> None:
        self.changed.emit(changes)
