"""The timeline: one lane per source (or outlet), time running left to right.

Dense data is drawn as bins (counts per year, month or day, computed in SQL), sparse data as one
mark per claim: a dot for a day, a bar over the whole month or year for imprecise dates, dashed
when the date is uncertain. Wheel or +/- zoom around the pointer or centre, drag or arrows pan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from claimtracker.domain.dates import Precision
from claimtracker.gui import palette
from claimtracker.gui.widgets.timeline_axis import ticks as axis_ticks
from claimtracker.library import Histogram, Lane, TimelineMark

LABEL_WIDTH = 190
LANE_HEIGHT = 30
AXIS_HEIGHT = 28
MIN_SPAN_DAYS = 14.0


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
        self._bin_geometry: dict[int, list[tuple[int, int, float, float]]] = {}
        self.lanes_by = "speaker"
        # What a hovered claim's tooltip says (text, chain, dates); the page looks it up.
        self.describe_claim: Callable[[int], str] = lambda claim_id: f"#{claim_id}"
        self.setMouseTracking(True)

    # Data and range

    def set_data(
        self, histogram: Histogram, marks: list[TimelineMark] | None, fit: bool, lanes_by: str = "speaker"
    ) -> None:
        self.lanes_by = lanes_by
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
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated claims in this filter")
            )
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
        painter.setPen(Qt.PenStyle.NoPen)
        for key, bins in self._bin_geometry.items():  # one call per lane, in the lane's colour
            painter.setBrush(self.lane_colour(key))
            painter.drawRects(
                [
                    QRectF(left + first * scale, top, max((last - first) * scale - 1, 1.5), height)
                    for first, last, top, height in bins
                ]
            )

    def lane_colour(self, key: int) -> QColor:
        """A speaker lane takes its source's colour; outlet lanes and "others" a neutral one."""
        return palette.source_colour(key) if self.lanes_by == "speaker" and key > 0 else QColor(palette.BAR)

    def _bins_in_days(self) -> dict[int, list[tuple[int, int, float, float]]]:
        """Per lane, (first day, day after the last, top, height) of every bin, lanes stacked."""
        if self.histogram is None:
            return {}
        granularity = self.histogram.granularity
        top_count = max((n for counts in self.histogram.bins.values() for n in counts.values()), default=1)
        geometry: dict[int, list[tuple[int, int, float, float]]] = {}
        for index, lane in enumerate(self.lanes):
            bottom = self.lane_top(index) + LANE_HEIGHT - 3
            for period, count in self.histogram.bins.get(lane.key, {}).items():
                height = (LANE_HEIGHT - 6) * (0.25 + 0.75 * count / top_count)
                end = _period_end(period, granularity).toordinal() + 1
                geometry.setdefault(lane.key, []).append((period.toordinal(), end, bottom - height, height))
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
            colour = self.lane_colour(mark.lane)
            pen = QPen(colour, 1.5, Qt.PenStyle.SolidLine if mark.certain else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            if mark.precision is Precision.DAY:
                painter.setBrush(colour if mark.certain else Qt.BrushStyle.NoBrush)
                rect = QRectF(x0 - 5, middle - 5, 10, 10)
                painter.drawEllipse(rect)
            else:
                x1 = self.x_of(mark.end.toordinal() + 1)
                fill = QColor(colour)
                fill.setAlpha(70)
                painter.setBrush(fill)
                rect = QRectF(x0, middle - 5, max(x1 - x0, 3), 10)
                painter.drawRect(rect)
            self._mark_rects.append((rect.adjusted(-2, -2, 2, 2), mark.id))

    def axis_labels(self) -> list[tuple[QRectF, str]]:
        """Where each tick label of the axis is drawn, and its text."""
        plot = self._plot()
        metrics = self.fontMetrics()
        labels = []
        for tick, label in axis_ticks(self.start, self.end, plot.width(), metrics.horizontalAdvance):
            x = self.x_of(tick.toordinal())
            width = metrics.horizontalAdvance(label)
            if plot.left() <= x and x + 3 + width <= plot.right():  # a label cut at the edge is not drawn
                labels.append((QRectF(x + 3, plot.bottom() + 4, width, metrics.height()), label))
        return labels

    def _paint_axis(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        painter.setPen(text)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        grid = QColor(text)
        grid.setAlpha(40)
        for rect, label in self.axis_labels():
            painter.setPen(grid)
            painter.drawLine(QPointF(rect.left() - 3, 0), QPointF(rect.left() - 3, plot.bottom()))
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)

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
            self._show_tooltip(event)
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

    def _show_tooltip(self, event) -> None:
        position = event.position()
        for rect, claim_id in self._mark_rects:
            if rect.contains(position):
                QToolTip.showText(event.globalPosition().toPoint(), self.describe_claim(claim_id), self)
                return
        bin_text = self._bin_at(position)
        if bin_text:
            QToolTip.showText(event.globalPosition().toPoint(), bin_text, self)
        else:
            QToolTip.hideText()

    def _bin_at(self, position: QPointF) -> str:
        if self.marks is not None or self.histogram is None:
            return ""
        day = self.day_at(position.x())
        for index, lane in enumerate(self.lanes):
            top = self.lane_top(index)
            if not top <= position.y() < top + LANE_HEIGHT:
                continue
            for period, count in self.histogram.bins.get(lane.key, {}).items():
                if (
                    period.toordinal()
                    <= day
                    < _period_end(period, self.histogram.granularity).toordinal() + 1
                ):
                    when = period.strftime(
                        {"year": "%Y", "month": "%Y-%m"}.get(self.histogram.granularity, "%Y-%m-%d")
                    )
                    return self.tr("{label}: {count} claims in {when}").format(
                        label=lane.label, count=count, when=when
                    )
        return ""

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
