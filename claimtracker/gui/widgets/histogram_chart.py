"""A small bar chart of claims per period, for a source's profile."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from claimtracker.library import Histogram

BAR = QColor("#4a78b5")
MIN_MONTHS = 24


class HistogramChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("histogramChart")
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.counts: list[tuple[dt.date, int]] = []
        self.undated = 0

    def set_histogram(self, histogram: Histogram | None) -> None:
        totals: dict[dt.date, int] = {}
        if histogram is not None:
            for counts in histogram.bins.values():
                for period, n in counts.items():
                    totals[period] = totals.get(period, 0) + n
        self.counts = sorted(totals.items())
        self.undated = histogram.undated if histogram else 0
        self.setToolTip(
            "\n".join(f"{p.strftime('%Y-%m')}: {n}" for p, n in self.counts[-24:])
            + f"\nundated: {self.undated}"
        )
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(4, 4, -4, -18)
        painter.setPen(self.palette().color(self.foregroundRole()))
        if not self.counts:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No dated claims")
            return
        first, last = self.counts[0][0], self.counts[-1][0]
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        slots = max(months, MIN_MONTHS)  # a single busy month stays a bar, not a wall
        width = rect.width() / slots
        offset = (slots - months) // 2
        top = max(n for _p, n in self.counts)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR)
        for period, n in self.counts:
            index = offset + (period.year - first.year) * 12 + period.month - first.month
            height = rect.height() * n / top
            painter.drawRect(
                QRectF(rect.left() + index * width, rect.bottom() - height, max(width - 1, 1), height)
            )
        painter.setPen(self.palette().color(self.foregroundRole()))
        label = f"{first.strftime('%Y-%m')} … {last.strftime('%Y-%m')} · most in a month: {top}"
        if self.undated:
            label += f" · {self.undated} undated"
        painter.drawText(
            self.rect().adjusted(4, 0, -4, 0),
            Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
            label,
        )
