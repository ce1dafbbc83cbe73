"""The claim filter the analysis views share: one object, one signal, every view in step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from claimtracker.domain.claim_filter import ClaimFilter


class FilterState(QObject):
    changed = Signal(object)  # ClaimFilter

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ClaimFilter()

    @property
    def filter(self) -> ClaimFilter:
        return self._filter

    def set_filter(self, new: ClaimFilter) -> None:
        if new != self._filter:
            self._filter = new
            self.changed.emit(new)

    def update(self, **changes) -> None:
        self.set_filter(replace(self._filter, **changes))

    def clear(self) -> None:
        self.set_filter(ClaimFilter())
