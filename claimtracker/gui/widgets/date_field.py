"""A date typed as the article words it, shown resolved, with its precision and any doubt."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.extraction.dates import resolve_date
from claimtracker.gui import palette


class DateField(QWidget):
    changed = Signal()

    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            placeholder or self.tr("as written: lundi, le 5 décembre dernier, on Oct. 3")
        )
        self.edit.setClearButtonEnabled(True)
        self.resolved = QLabel()
        self.resolved.setObjectName("resolvedDate")
        self.resolved.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.resolved)
        self._base: ClaimDate | None = None
        self._date = ClaimDate.unknown()
        self._kept: ClaimDate | None = None  # a stored date, kept as is until its wording is edited
        self.edit.textChanged.connect(self._resolve)
        self._resolve()

    def set_base(self, base: ClaimDate | None) -> None:
        """Resolve relative wordings ("lundi") against this date, usually the publication date."""
        self._base = base
        self._resolve()

    def set_date(self, date: ClaimDate) -> None:
        self._kept = date if date.is_known else None
        self.edit.setText(date.wording or (date.display().lstrip("~") if date.is_known else ""))
        self._show(date)
        self._date = date

    def date(self) -> ClaimDate:
        return self._date

    def _resolve(self) -> None:
        if self._kept is not None and self.edit.text() in (
            self._kept.wording,
            self._kept.display().lstrip("~"),
        ):
            self._date = self._kept
        else:
            self._kept = None
            self._date = resolve_date(self.edit.text(), self._base)
        self._show(self._date)
        self.changed.emit()

    def _show(self, date: ClaimDate) -> None:
        self.resolved.setVisible(bool(self.edit.text().strip()))
        if not self.edit.text().strip():
            self.resolved.setText("")
            self.resolved.setToolTip("")
            return
        if not date.is_known:
            self.resolved.setText(
                f'<span style="color:{palette.UNCERTAIN}">{self.tr("not a date I can place")}</span>'
            )
            self.resolved.setToolTip(self.tr("Kept as written, with an unknown date"))
            return
        text = f"→ {escape(date.display().lstrip('~'))} ({_precision(date.precision)})"
        if date.certain:
            self.resolved.setText(text)
            self.resolved.setToolTip("")
        else:
            self.resolved.setText(
                f'<span style="color:{palette.UNCERTAIN}">{text} ⚠ {self.tr("uncertain")}</span>'
            )
            self.resolved.setToolTip(date.doubt)


_PRECISIONS = {
    Precision.DAY: QT_TRANSLATE_NOOP("DateField", "day"),
    Precision.MONTH: QT_TRANSLATE_NOOP("DateField", "month"),
    Precision.YEAR: QT_TRANSLATE_NOOP("DateField", "year"),
    Precision.DECADE: QT_TRANSLATE_NOOP("DateField", "decade"),
    Precision.RANGE: QT_TRANSLATE_NOOP("DateField", "interval"),
}


def _precision(precision: Precision) -> str:
    return QCoreApplication.translate(
        "DateField", _PRECISIONS.get(precision, QT_TRANSLATE_NOOP("DateField", "unknown"))
    )
