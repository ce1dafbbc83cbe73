"""A source's claims per month, split by role: what it said itself, and what it passed on.

Stacked bars on a labelled time axis (ticks that never collide) and a count axis, with a legend.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from claimtracker.gui import palette
from claimtracker.gui.widgets.timeline_axis import ticks as axis_ticks
from claimtracker.library import RoleMonth

MIN_MONTHS = 12  # a single busy month stays a bar, not a wall
LEFT, BOTTOM, TOP = 44, 34, 22


class RoleChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("roleChart")
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.months: list[RoleMonth] = []
        self.undated = (0, 0)
        self._first = self._last = dt.date(2000, 1, 1)

    def set_months(self, months: list[RoleMonth], undated_said: int = 0, undated_relayed: int = 0) -> None:
        self.months = months
        self.undated = (undated_said, undated_relayed)
        if months:
            first, last = months[0].month, months[-1].month
            count = (last.year - first.year) * 12 + last.month - first.month + 1
            pad = max(MIN_MONTHS - count, 0)
            self._first = _add_months(first, -(pad // 2))
            self._last = _add_months(last, pad - pad // 2)
        self.update()

    def _plot(self) -> QRectF:
        return QRectF(LEFT, TOP, max(self.width() - LEFT - 10, 10), max(self.height() - TOP - BOTTOM, 10))

    def _slots(self) -> int:
        return (self._last.year - self._first.year) * 12 + self._last.month - self._first.month + 1

    def _x_of_month(self, month: dt.date) -> float:
        plot = self._plot()
        index = (month.year - self._first.year) * 12 + month.month - self._first.month
        return plot.left() + index * plot.width() / self._slots()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        text = self.palette().color(self.foregroundRole())
        painter.setPen(text)
        if not self.months:
            message = self.tr("No dated claims")
            if any(self.undated):
                message += self.tr(" · {said} said, {relayed} relayed without a date").format(
                    said=self.undated[0], relayed=self.undated[1]
                )
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, message)
            return
        plot = self._plot()
        top = max(m.said + m.relayed for m in self.months)
        self._paint_legend(painter, text)
        self._paint_count_axis(painter, plot, top, text)
        self._paint_time_axis(painter, plot, text)
        width = plot.width() / self._slots()
        painter.setPen(Qt.PenStyle.NoPen)
        for m in self.months:
            x = self._x_of_month(m.month)
            said_height = plot.height() * m.said / top
            relayed_height = plot.height() * m.relayed / top
            painter.setBrush(QColor(palette.SAID))
            painter.drawRect(QRectF(x, plot.bottom() - said_height, max(width - 1, 1), said_height))
            painter.setBrush(QColor(palette.RELAYED))
            painter.drawRect(
                QRectF(x, plot.bottom() - said_height - relayed_height, max(width - 1, 1), relayed_height)
            )

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        x = LEFT
        for colour, label in ((palette.SAID, self.tr("said it")), (palette.RELAYED, self.tr("relayed it"))):
            painter.fillRect(QRectF(x, 6, 10, 10), QColor(colour))
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, 16), label)
            x += 24 + painter.fontMetrics().horizontalAdvance(label)
        said, relayed = self.undated
        if said or relayed:
            painter.drawText(
                QPointF(x + 10, 16),
                self.tr("(undated: {said} said, {relayed} relayed)").format(said=said, relayed=relayed),
            )

    def _paint_count_axis(self, painter: QPainter, plot: QRectF, top: int, text: QColor) -> None:
        grid = QColor(palette.GRID)
        for value in sorted({0, top, top // 2} if top > 1 else {0, top}):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - 8, LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        painter.save()
        painter.translate(10, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -8, plot.height(), 16), Qt.AlignmentFlag.AlignCenter, self.tr("claims")
        )
        painter.restore()

    def _paint_time_axis(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        painter.setPen(QColor(palette.AXIS))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        start, end = self._first.toordinal(), _add_months(self._last, 1).toordinal()
        painter.setPen(text)
        for tick, label in axis_ticks(start, end, plot.width(), painter.fontMetrics().horizontalAdvance):
            x = plot.left() + (tick.toordinal() - start) / (end - start) * plot.width()
            painter.drawText(QPointF(x + 2, plot.bottom() + 14), label)
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 16, plot.width(), 16),
            Qt.AlignmentFlag.AlignRight,
            self.tr("month of the claim"),
        )

    def mouseMoveEvent(self, event) -> None:
        x = event.position().x()
        width = self._plot().width() / max(self._slots(), 1)
        for m in self.months:
            left = self._x_of_month(m.month)
            if left <= x < left + width:
                QToolTip.showText(
                    event.globalPosition().toPoint(),
                    self.tr("{month}: said {said}, relayed {relayed}").format(
                        month=m.month.strftime("%Y-%m"), said=m.said, relayed=m.relayed
                    ),
                    self,
                )
                return
        QToolTip.hideText()


def _add_months(month: dt.date, count: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)
