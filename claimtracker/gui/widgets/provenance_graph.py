"""A fact's provenance drawn: the union of its reports' chains, from the origins on the left to
the reports on the right, each source once, coloured by its role.

Columns follow the flow (a source sits one column right of the furthest source that passed it
anything); within a column, sources are ordered by when their first report appeared, so the
picture also reads top-down in time. Links that tie reports into one line of reporting are drawn
with a heavy border. Hovering gives names, roles and dates; clicking a report opens the claim.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from claimtracker.domain.claims import Claim, Role
from claimtracker.domain.facts import Assessment, Report, Stance
from claimtracker.gui import palette

NODE_HEIGHT = 26
ROW_GAP = 10
MARGIN = 12


@dataclass(slots=True)
class _Node:
    key: str  # "s<source id>" or "c<claim id>"
    label: str
    colour: str
    tooltip: str
    column: int = 0
    first: dt.date | None = None
    bold: bool = False
    claim_id: int | None = None
    rect: QRectF = field(default_factory=QRectF)


@dataclass(frozen=True, slots=True)
class _Edge:
    start: str
    end: str
    stance: Stance


class ProvenanceGraph(QWidget):
    claim_clicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("provenanceGraph")
        self.setMouseTracking(True)
        self.setMinimumHeight(60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.nodes: dict[str, _Node] = {}
        self.edges: list[_Edge] = []
        self.columns = 0
        self._role_names = {
            Role.ORIGIN: self.tr("origin"),
            Role.DOCUMENT: self.tr("document"),
            Role.INTERMEDIARY: self.tr("intermediary"),
            Role.PUBLISHER: self.tr("publisher"),
        }

    def set_fact(
        self, assessment: Assessment | None, reports: list[Report], claims: dict[int, Claim]
    ) -> None:
        self.nodes, self.edges = {}, []
        if assessment is not None:
            self._build(assessment, reports, claims)
        self.update()

    def _build(self, assessment: Assessment, reports: list[Report], claims: dict[int, Claim]) -> None:
        shared = {name for line in assessment.lines for name in line.shared}
        roles = self._role_names
        reach: dict[str, list[Report]] = {}
        for report in sorted(
            reports, key=lambda r: (r.appeared is None, r.appeared or dt.date.min, r.claim_id)
        ):
            keys = []
            for link in report.links:
                key = f"s{link.source_id}"
                if key not in self.nodes:
                    self.nodes[key] = _Node(
                        key, link.name, palette.ROLE_COLOURS[link.role], "", bold=link.name in shared
                    )
                    self.nodes[key].tooltip = f"<b>{link.name}</b> — {roles[link.role]}"
                reach.setdefault(key, []).append(report)
                keys.append(key)
            claim = claims.get(report.claim_id)
            first = " ★" if report.claim_id == assessment.first_appearance else ""
            when = report.appeared.isoformat() if report.appeared else "?"
            chip = f"c{report.claim_id}"
            self.nodes[chip] = _Node(
                chip,
                f"#{report.claim_id} · {when}{first}",
                palette.STANCE_COLOURS[report.stance],
                self.tr("<b>Claim #{id}</b> ({stance}), appeared {when}<br>{text}<br><i>{chain}</i>").format(
                    id=report.claim_id,
                    stance=report.stance.value,
                    when=when,
                    text=claim.text[:300] if claim else "",
                    chain=claim.chain.display_roles() if claim else "",
                ),
                claim_id=report.claim_id,
                first=report.appeared,
            )
            keys.append(chip)
            self.edges.extend(_Edge(a, b, report.stance) for a, b in itertools.pairwise(keys))
        for key, passing in reach.items():
            dates = sorted(r.appeared for r in passing if r.appeared)
            node = self.nodes[key]
            node.first = dates[0] if dates else None
            span = f"{dates[0]} … {dates[-1]}" if dates else self.tr("undated")
            node.tooltip += "<br>" + self.tr("{n} reports, {span}").format(n=len(passing), span=span)
        self._place_in_columns()

    def _place_in_columns(self) -> None:
        """Longest-path layers: every edge goes right; reports take the last column."""
        incoming: dict[str, set[str]] = {key: set() for key in self.nodes}
        for edge in self.edges:
            incoming[edge.end].add(edge.start)
        for _ in range(len(self.nodes)):  # enough passes for any chain; a cycle stops here too
            changed = False
            for key, node in self.nodes.items():
                column = max((self.nodes[s].column + 1 for s in incoming[key]), default=0)
                if column != node.column and column < len(self.nodes):
                    node.column, changed = column, True
            if not changed:
                break
        last = max((n.column for n in self.nodes.values() if n.claim_id is None), default=-1) + 1
        for node in self.nodes.values():
            if node.claim_id is not None:
                node.column = last
        self.columns = last + 1

    def sizeHint(self) -> QSize:
        rows = max(self._column_sizes() or [1])
        return QSize(600, MARGIN * 2 + rows * (NODE_HEIGHT + ROW_GAP))

    def _column_sizes(self) -> list[int]:
        sizes = [0] * self.columns
        for node in self.nodes.values():
            sizes[node.column] += 1
        return sizes

    def _layout(self) -> None:
        if not self.columns:
            return
        width = (self.width() - 2 * MARGIN) / self.columns
        gap = min(40.0, width * 0.25)
        by_column: dict[int, list[_Node]] = {}
        for node in self.nodes.values():
            by_column.setdefault(node.column, []).append(node)
        for column, members in by_column.items():
            members.sort(key=lambda n: (n.first is None, n.first or dt.date.min, n.label))
            height = len(members) * (NODE_HEIGHT + ROW_GAP) - ROW_GAP
            top = max(MARGIN, (self.height() - height) / 2)
            for row, node in enumerate(members):
                node.rect = QRectF(
                    MARGIN + column * width, top + row * (NODE_HEIGHT + ROW_GAP), width - gap, NODE_HEIGHT
                )

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.nodes:
            painter.setPen(QColor(palette.QUIET_TEXT))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No fact selected"))
            return
        self._layout()
        for edge in self.edges:
            pen = QPen(QColor(palette.STANCE_COLOURS[edge.stance]), 1.4)
            if edge.stance is not Stance.SUPPORTS:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._route(self.nodes[edge.start], self.nodes[edge.end]))
        metrics = painter.fontMetrics()
        for node in self.nodes.values():
            fill = QColor(node.colour)
            if node.claim_id is not None:
                fill = fill.darker(160) if palette.dark else fill.lighter(170)
            painter.setBrush(fill)
            painter.setPen(QPen(QColor(palette.SELECTED_UNDERLINE), 3.0 if node.bold else 1.0))
            painter.drawRoundedRect(node.rect, 5, 5)
            painter.setPen(QColor(palette.readable_on(fill)))
            text = metrics.elidedText(node.label, Qt.TextElideMode.ElideRight, int(node.rect.width() - 8))
            painter.drawText(node.rect, Qt.AlignmentFlag.AlignCenter, text)
        self._draw_legend(painter)

    def _draw_legend(self, painter: QPainter) -> None:
        """Role colours and stance lines, in one row along the bottom."""
        metrics = painter.fontMetrics()
        x, y = float(MARGIN), self.height() - 8.0
        entries = [(palette.ROLE_COLOURS[role], name, False) for role, name in self._role_names.items()]
        entries += [
            (palette.STANCE_COLOURS[Stance.SUPPORTS], self.tr("supports"), True),
            (palette.STANCE_COLOURS[Stance.CONTRADICTS], self.tr("contradicts"), True),
            (palette.STANCE_COLOURS[Stance.RELATED], self.tr("related"), True),
        ]
        for colour, name, is_line in entries:
            if is_line:
                pen = QPen(QColor(colour), 2.0)
                pen.setStyle(Qt.PenStyle.SolidLine if name == self.tr("supports") else Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, y - 4), QPointF(x + 16, y - 4))
            else:
                painter.setPen(QPen(QColor(palette.SELECTED_UNDERLINE), 1.0))
                painter.setBrush(QColor(colour))
                painter.drawRect(QRectF(x, y - 10, 16, 10))
            painter.setPen(QColor(palette.QUIET_TEXT))
            painter.drawText(QPointF(x + 20, y), name)
            x += 20 + metrics.horizontalAdvance(name) + 14

    def _route(self, start: _Node, end: _Node) -> QPainterPath:
        """A curve from one source to the next; across skipped columns it passes beside the
        sources there, never under them."""
        points = [QPointF(start.rect.right(), start.rect.center().y())]
        target = QPointF(end.rect.left(), end.rect.center().y())
        for column in range(start.column + 1, end.column):
            boxes = [n.rect.adjusted(0, -7, 0, 7) for n in self.nodes.values() if n.column == column]
            if not boxes:
                continue
            x = boxes[0].center().x()
            share = (x - points[0].x()) / max(target.x() - points[0].x(), 1.0)
            y = points[0].y() + share * (target.y() - points[0].y())
            hit = next((b for b in boxes if b.top() <= y <= b.bottom()), None)
            if hit is not None:
                y = hit.top() if y - hit.top() < hit.bottom() - y else hit.bottom()
                while any(b.top() < y < b.bottom() for b in boxes):  # stacked boxes: go round them all
                    y = (
                        min(b.top() for b in boxes if b.top() < y < b.bottom())
                        if y < hit.center().y()
                        else max(b.bottom() for b in boxes if b.top() < y < b.bottom())
                    )
            points += [QPointF(boxes[0].left(), y), QPointF(boxes[0].right(), y)]  # level past the column
        points.append(target)
        path = QPainterPath(points[0])
        for a, b in itertools.pairwise(points):
            middle = (a.x() + b.x()) / 2
            path.cubicTo(QPointF(middle, a.y()), QPointF(middle, b.y()), b)
        return path

    def _node_at(self, position: QPointF) -> _Node | None:
        return next((n for n in self.nodes.values() if n.rect.contains(position)), None)

    def mouseMoveEvent(self, event) -> None:
        node = self._node_at(event.position())
        if node is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), node.tooltip, self)

    def mouseReleaseEvent(self, event) -> None:
        node = self._node_at(event.position())
        if node is not None and node.claim_id is not None:
            self.claim_clicked.emit(node.claim_id)
