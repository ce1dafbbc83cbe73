"""How a fact travelled, on a time axis: one lane per line of reporting (then the reports against
it and the related ones), a mark per report at the first day it can have appeared, labelled with
its outlet. The first known appearance is starred; undated reports are listed at the right.
Hovering gives the report; clicking opens the claim.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim
from claimtracker.domain.facts import Assessment, Report, Stance
from claimtracker.domain.text import one_line
from claimtracker.gui import palette
from claimtracker.gui.widgets.timeline_axis import ticks as axis_ticks

ROW = 18  # one row of marks within a lane
LEFT = 150  # lane titles
RIGHT = 150  # undated reports
RADIUS = 6


@dataclass(frozen=True, slots=True)
class _Mark:
    claim_id: int
    lane: int
    day: dt.date | None
    label: str
    stance: Stance
    first: bool
    tooltip: str


class PropagationTimeline(QWidget):
    claim_clicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("propagationTimeline")
        self.setMouseTracking(True)
        self.setMinimumHeight(50)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.lanes: list[str] = []
        self.marks: list[_Mark] = []
        self._hit: list[tuple[QRectF, int]] = []

    def set_fact(
        self,
        assessment: Assessment | None,
        reports: list[Report],
        claims: dict[int, Claim],
        articles: dict[int, Article],
    ) -> None:
        self.lanes, self.marks = [], []
        if assessment is not None:
            lane_of: dict[int, int] = {}
            for number, line in enumerate(assessment.lines, 1):
                via = self.tr(" via {links}").format(links=", ".join(line.shared)) if line.shared else ""
                self.lanes.append(self.tr("Line {n}").format(n=number) + via)
                lane_of.update((c, len(self.lanes) - 1) for c in line.claim_ids)
            for stance, title in (
                (Stance.CONTRADICTS, self.tr("Against it")),
                (Stance.RELATED, self.tr("Related")),
            ):
                ids = [r.claim_id for r in reports if r.stance is stance]
                if ids:
                    self.lanes.append(title)
                    lane_of.update((c, len(self.lanes) - 1) for c in ids)
            for report in reports:
                if report.claim_id not in lane_of:  # a refuted supporting report: on no line
                    continue
                claim = claims.get(report.claim_id)
                article = articles.get(claim.article_id) if claim else None
                outlet = (
                    (article.outlet or one_line(article.title, 30)) if article else self.tr("unknown outlet")
                )
                self.marks.append(
                    _Mark(
                        report.claim_id,
                        lane_of[report.claim_id],
                        report.appeared,
                        f"#{report.claim_id} {outlet}",
                        report.stance,
                        report.claim_id == assessment.first_appearance,
                        self.tr("<b>#{id}</b> {when}, in {outlet}<br>{text}").format(
                            id=report.claim_id,
                            when=report.appeared.isoformat() if report.appeared else self.tr("undated"),
                            outlet=outlet,
                            text=claim.text[:200] if claim else "",
                        ),
                    )
                )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        per_lane = [sum(1 for m in self.marks if m.lane == n) for n in range(len(self.lanes))]
        return QSize(600, 40 + sum(min(n, 4) * ROW + 10 for n in per_lane or [1]))

    def _span(self) -> tuple[int, int] | None:
        days = [m.day.toordinal() for m in self.marks if m.day]
        if not days:
            return None
        first, last = min(days), max(days)
        pad = max(3, (last - first) // 12)
        return first - pad, last + pad

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hit = []
        if not self.marks:
            painter.setPen(QColor(palette.QUIET_TEXT))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No reports to place in time")
            )
            return
        metrics = painter.fontMetrics()
        span = self._span()
        left, right = float(LEFT), float(max(self.width() - RIGHT, LEFT + 60))
        placed = self._place(span, left, right, metrics.horizontalAdvance)
        rows = [
            max((r for _m, _x, lane, r in placed if lane == n), default=0) + 1 for n in range(len(self.lanes))
        ]
        tops = [8.0]
        for count in rows:
            tops.append(tops[-1] + count * ROW + 10)
        for lane, title in enumerate(self.lanes):
            band = QRectF(0, tops[lane], self.width(), tops[lane + 1] - tops[lane])
            painter.fillRect(band, QColor(palette.GRID if lane % 2 else palette.BACKGROUND))
            painter.setPen(QColor(palette.QUIET_TEXT))
            painter.drawText(
                QRectF(4, band.top(), LEFT - 8, band.height()),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(title, Qt.TextElideMode.ElideRight, LEFT - 8),
            )
        if span is not None:
            self._draw_axis(painter, QRectF(left, tops[0], right - left, tops[-1] - tops[0]), span)
        for mark, x, lane, row in placed:
            y = tops[lane] + 5 + row * ROW + ROW / 2
            painter.setPen(QPen(QColor(palette.SELECTED_UNDERLINE), 2.0 if mark.first else 1.0))
            painter.setBrush(QColor(palette.STANCE_COLOURS[mark.stance]))
            painter.drawEllipse(QPointF(x, y), RADIUS, RADIUS)
            painter.setPen(QColor(palette.TEXT))
            painter.drawText(QPointF(x + RADIUS + 3, y + 4), self._label(mark))
            self._hit.append(
                (QRectF(x - RADIUS - 2, y - RADIUS - 2, 2 * RADIUS + 4, 2 * RADIUS + 4), mark.claim_id)
            )
        if any(m.day is None for m in self.marks) or span is None:
            painter.setPen(QColor(palette.QUIET_TEXT))
            painter.drawText(QPointF(right + 10, tops[-1] + 14), self.tr("undated"))

    @staticmethod
    def _label(mark: _Mark) -> str:
        return ("★ " if mark.first else "") + mark.label

    def _place(self, span, left: float, right: float, advance) -> list[tuple[_Mark, float, int, int]]:
        """Each mark's x and, within its lane, the first row where its label collides with none."""
        placed = []
        ends: dict[tuple[int, int], float] = {}
        for mark in sorted(self.marks, key=lambda m: (m.day is None, m.day or dt.date.min, m.claim_id)):
            if mark.day is None or span is None:
                x = right + 14  # undated: stacked at the right
            else:
                x = left + (mark.day.toordinal() - span[0]) / (span[1] - span[0]) * (right - left)
            width = 2 * RADIUS + 3 + advance(self._label(mark)) + 8
            row = 0
            while ends.get((mark.lane, row), -1.0) > x - RADIUS:
                row += 1
            ends[(mark.lane, row)] = x + width
            placed.append((mark, x, mark.lane, row))
        return placed

    def _draw_axis(self, painter: QPainter, plot: QRectF, span: tuple[int, int]) -> None:
        painter.setPen(QColor(palette.AXIS))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        start, end = span
        for tick, label in axis_ticks(start, end, plot.width(), painter.fontMetrics().horizontalAdvance):
            x = plot.left() + (tick.toordinal() - start) / (end - start) * plot.width()
            painter.setPen(QPen(QColor(palette.AXIS), 1.0, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 4))
            painter.setPen(QColor(palette.AXIS))
            painter.drawText(QPointF(x + 2, plot.bottom() + 16), label)

    def _claim_at(self, position: QPointF) -> int | None:
        return next((claim_id for rect, claim_id in self._hit if rect.contains(position)), None)

    def mouseMoveEvent(self, event) -> None:
        claim_id = self._claim_at(event.position())
        mark = next((m for m in self.marks if m.claim_id == claim_id), None)
        if mark is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), mark.tooltip, self)

    def mouseReleaseEvent(self, event) -> None:
        claim_id = self._claim_at(event.position())
        if claim_id is not None:
            self.claim_clicked.emit(claim_id)
