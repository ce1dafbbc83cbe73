"""Analysis views ask the database again only when they are on screen."""

from __future__ import annotations


class RefreshWhenShown:
    """Mixed into a QWidget view with a `refresh()`: a change while hidden waits for the next show."""

    _stale = True

    def mark_stale(self, *_args) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
