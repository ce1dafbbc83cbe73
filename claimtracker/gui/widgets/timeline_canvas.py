"""The timeline: one lane per source (or outlet), time running left to right.

Dense data is drawn as bins (counts per year, month or day, computed in SQL), sparse data as one
mark per claim: a dot for a day, a bar over the whole month or year for imprecise dates, dashed
when the date is uncertain. Wheel or +/- zoom around the pointer or centre, drag or arrows pan.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from claimtracker.domain.dates import Precision
from claimtracker.library import Histogram, Lane, TimelineMark

LABEL_WIDTH = 190
LANE_HEIGHT = 30
AXIS_HEIGHT = 28
MIN_SPAN_DAYS = 14.0
BIN = QColor("#4a78b5")
MARK = QColor("#c0392b")


class TimelineCanvas(QWidget):
    claim_clicked = Signal(int)
    range_changed = Signal(float, float)  # first and last visible day, as ordinals

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.lanes: list[Lane] = []
        self.histogram: Histogram | None = None
        self.marks: list[TimelineMark] | None = None
        self.start = float(dt.date(2000, 1, 1).toordinal())
        self.end = float(dt.date.today().toordinal())
        self._drag_from: QPointF | None = None
        self._mark_rects: list[tuple[QRectF, int]] = []
        self._bin_geometry: list[tuple[int, int, float, float]] = []

    # Data and range

    def set_data(self, histogram: Histogram, marks: list[TimelineMark] | None, fit: bool) -> None:
        self.histogram, self.marks, self.lanes = histogram, marks, histogram.lanes
        self._bin_geometry = self._bins_in_days()
        periods = histogram.periods
        if fit and periods:
            first = periods[0].toordinal()
            last = _period_end(periods[-1], histogram.granularity).toordinal()
            margin = max((last - first) * 0.03, 3)
            self.set_range(first - margin, last + margin)
        self.setMinimumHeight(AXIS_HEIGHT + LANE_HEIGHT * max(len(self.lanes), 1) + 8)
        self.update()

    def set_range(self, start: float, end: float) -> None:
        if end - start < MIN_SPAN_DAYS:
            middle = (start + end) / 2
            start, end = middle - MIN_SPAN_DAYS / 2, middle + MIN_SPAN_DAYS / 2
        start = max(start, 1.0)
        end = min(end, float(dt.date.max.toordinal()))
        if (start, end) != (self.start, self.end):
            self.start, self.end = start, end
            self.update()
            self.range_changed.emit(start, end)

    def zoom(self, factor: float, around: float | None = None) -> None:
        """Zoom by `factor` (< 1 zooms in) keeping the day `around` where it is."""
        around = (self.start + self.end) / 2 if around is None else around
        self.set_range(around - (around - self.start) * factor, around + (self.end - around) * factor)

    def pan(self, fraction: float) -> None:
        shift = (self.end - self.start) * fraction
        self.set_range(self.start + shift, self.end + shift)

    # Geometry

    def _plot(self) -> QRectF:
        return QRectF(LABEL_WIDTH, 0, max(self.width() - LABEL_WIDTH - 8, 10), self.height() - AXIS_HEIGHT)

    def x_of(self, ordinal: float) -> float:
        plot = self._plot()
        return plot.left() + (ordinal - self.start) / (self.end - self.start) * plot.width()

    def day_at(self, x: float) -> float:
        plot = self._plot()
        return self.start + (x - plot.left()) / plot.width() * (self.end - self.start)

    def lane_top(self, index: int) -> float:
        return 4 + index * LANE_HEIGHT

    # Painting

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        text = self.palette().color(self.foregroundRole())
        if not self.lanes:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No dated claims in this filter")
            return
        plot = self._plot()
        self._paint_axis(painter, plot, text)
        painter.setClipRect(QRectF(0, 0, self.width(), plot.bottom()))
        for index, lane in enumerate(self.lanes):
            top = self.lane_top(index)
            if index % 2:
                painter.fillRect(QRectF(0, top, self.width(), LANE_HEIGHT), self.palette().alternateBase())
            painter.setPen(text)
            painter.drawText(
                QRectF(6, top, LABEL_WIDTH - 12, LANE_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                painter.fontMetrics().elidedText(
                    f"{lane.label} ({lane.total})", Qt.TextElideMode.ElideMiddle, LABEL_WIDTH - 12
                ),
            )
        painter.setClipRect(QRectF(plot.left(), 0, plot.width(), plot.bottom()))
        if self.marks is not None:
            self._paint_marks(painter)
        else:
            self._paint_bins(painter)

    def _paint_bins(self, painter: QPainter) -> None:
        # Bins in day units, worked out once per data set; each paint only scales them.
        plot = self._plot()
        scale = plot.width() / (self.end - self.start)
        left = plot.left() - self.start * scale
        rects = [
            QRectF(left + first * scale, top, max((last - first) * scale - 1, 1.5), height)
            for first, last, top, height in self._bin_geometry
        ]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BIN)
        painter.drawRects(rects)  # one call for all bins

    def _bins_in_days(self) -> list[tuple[int, int, float, float]]:
        """(first day, day after the last, top, height) of every bin, lanes stacked."""
        if self.histogram is None:
            return []
        granularity = self.histogram.granularity
        top_count = max((n for counts in self.histogram.bins.values() for n in counts.values()), default=1)
        geometry = []
        for index, lane in enumerate(self.lanes):
            bottom = self.lane_top(index) + LANE_HEIGHT - 3
            for period, count in self.histogram.bins.get(lane.key, {}).items():
                height = (LANE_HEIGHT - 6) * (0.25 + 0.75 * count / top_count)
                end = _period_end(period, granularity).toordinal() + 1
                geometry.append((period.toordinal(), end, bottom - height, height))
        return geometry

    def _paint_marks(self, painter: QPainter) -> None:
        lane_index = {lane.key: i for i, lane in enumerate(self.lanes)}
        self._mark_rects = []
        for mark in self.marks or []:
            index = lane_index.get(mark.lane)
            if index is None:
                continue
            middle = self.lane_top(index) + LANE_HEIGHT / 2
            x0 = self.x_of(mark.start.toordinal())
            pen = QPen(MARK, 1.5, Qt.PenStyle.SolidLine if mark.certain else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            if mark.precision is Precision.DAY:
                painter.setBrush(MARK if mark.certain else Qt.BrushStyle.NoBrush)
                rect = QRectF(x0 - 5, middle - 5, 10, 10)
                painter.drawEllipse(rect)
            else:
                x1 = self.x_of(mark.end.toordinal() + 1)
                painter.setBrush(QColor(192, 57, 43, 60))
                rect = QRectF(x0, middle - 5, max(x1 - x0, 3), 10)
                painter.drawRect(rect)
            self._mark_rects.append((rect.adjusted(-2, -2, 2, 2), mark.id))

    def _paint_axis(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        painter.setPen(text)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        span = self.end - self.start
        first = dt.date.fromordinal(max(int(self.start), 1))
        last = dt.date.fromordinal(min(int(self.end) + 1, dt.date.max.toordinal()))
        if span > 365 * 3:
            step = max(1, int(span / 365 / 10))
            ticks = [dt.date(y, 1, 1) for y in range(first.year, last.year + 1) if y % step == 0]
            fmt = "%Y"
        elif span > 60:
            ticks = [dt.date(y, m, 1) for y in range(first.year, last.year + 1) for m in range(1, 13)]
            if span > 365:
                ticks = [t for t in ticks if t.month in (1, 4, 7, 10)]
            fmt = "%Y-%m"
        else:
            every = max(1, int(span / 10))
            ticks = [first + dt.timedelta(days=d) for d in range(0, (last - first).days + 1, every)]
            fmt = "%Y-%m-%d"
        grid = QColor(text)
        grid.setAlpha(40)
        for tick in ticks:
            x = self.x_of(tick.toordinal())
            if plot.left() <= x <= plot.right():
                painter.setPen(grid)
                painter.drawLine(QPointF(x, 0), QPointF(x, plot.bottom()))
                painter.setPen(text)
                painter.drawText(QPointF(x + 3, plot.bottom() + 18), tick.strftime(fmt))

    # Interaction

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(0.8**steps, self.day_at(event.position().x()))

    def mousePressEvent(self, event) -> None:
        self._drag_from = event.position()
        self._drag_range = (self.start, self.end)

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is None:
            return
        start, end = self._drag_range
        shift = (event.position().x() - self._drag_from.x()) / self._plot().width() * (end - start)
        self.set_range(start - shift, end - shift)

    def mouseReleaseEvent(self, event) -> None:
        moved = self._drag_from is not None and abs(event.position().x() - self._drag_from.x()) > 3
        self._drag_from = None
        if not moved:
            for rect, claim_id in self._mark_rects:
                if rect.contains(event.position()):
                    self.claim_clicked.emit(claim_id)
                    return

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom(2.0)
        elif key == Qt.Key.Key_Left:
            self.pan(-0.2)
        elif key == Qt.Key.Key_Right:
            self.pan(0.2)
        else:
            super().keyPressEvent(event)


def _period_end(start: dt.date, granularity: str) -> dt.date:
    if granularity == "year":
        return dt.date(start.year, 12, 31)
    if granularity == "month":
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return start
