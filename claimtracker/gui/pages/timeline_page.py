"""The timeline view: the filter's claims on a time axis, lanes per source or outlet; undated ones apart."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.text import one_line
from claimtracker.errors import UserError
from claimtracker.gui.filter_state import FilterState
from claimtracker.gui.pages.refresh_when_shown import RefreshWhenShown
from claimtracker.gui.widgets.timeline_canvas import TimelineCanvas
from claimtracker.library import Library

UNDATED_SHOWN = 200
ROLE = Qt.ItemDataRole.UserRole


def granularity_for(days: float) -> str:
    """Bins that stay a few pixels wide at any zoom: years over decades, days over weeks."""
    if days > 365 * 8:
        return "year"
    if days > 240:
        return "month"
    return "day"


class TimelinePage(RefreshWhenShown, QWidget):
    open_claim = Signal(int, int)  # article id, claim id

    def __init__(self, library: Library, state: FilterState, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.state = state
        self.canvas = TimelineCanvas()
        self.canvas.claim_clicked.connect(self._open_claim_id)
        self.canvas.describe_claim = self._describe
        self.canvas.range_changed.connect(lambda _a, _b: self._rebin_timer.start())
        self._rebin_timer = QTimer(self, singleShot=True, interval=150)
        self._rebin_timer.timeout.connect(self._rebin_if_needed)
        self.lanes_by = QComboBox()
        self.lanes_by.setObjectName("timelineLanes")
        self.lanes_by.addItem(self.tr("Lanes: speakers"), "speaker")
        self.lanes_by.addItem(self.tr("Lanes: outlets"), "outlet")
        self.lanes_by.currentIndexChanged.connect(lambda _i: self.refresh(fit=False))
        zoom_in = QPushButton(self.tr("Zoom in (+)"))
        zoom_in.clicked.connect(lambda: self.canvas.zoom(0.5))
        zoom_out = QPushButton(self.tr("Zoom out (−)"))
        zoom_out.clicked.connect(lambda: self.canvas.zoom(2.0))
        fit = QPushButton(self.tr("Fit"))
        fit.clicked.connect(lambda: self.refresh(fit=True))
        self.status = QLabel()
        self.status.setObjectName("timelineStatus")
        controls = QHBoxLayout()
        for widget in (self.lanes_by, zoom_in, zoom_out, fit):
            controls.addWidget(widget)
        controls.addWidget(self.status, 1)
        self.undated_title = QLabel()
        self.undated = QListWidget()
        self.undated.setObjectName("undatedClaims")
        self.undated.setWordWrap(True)
        self.undated.itemActivated.connect(lambda item: self._open_claim_id(item.data(ROLE)))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.undated_title)
        side_layout.addWidget(self.undated)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("timelineSplitter")
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        self._granularity = "month"
        self._shown_filter: ClaimFilter | None = None
        state.changed.connect(self.mark_stale)

    def refresh(self, fit: bool | None = None) -> None:
        """Query again; by default the axis is fitted to the data when the filter changed."""
        self._stale = False
        query = self.state.filter
        if fit is None:
            fit = query != self._shown_filter
        self._shown_filter = query
        by = self.lanes_by.currentData()
        try:
            if fit:
                extent = self.library.date_extent(query)
                days = (extent[1].toordinal() - extent[0].toordinal() + 1) if extent else 365
                self._granularity = granularity_for(days)
            histogram = self.library.histogram(query, self._granularity, by)
            marks = self.library.timeline_marks(query, histogram.lanes, by)
            undated = self.library.claim_rows(replace(query, undated=True, limit=UNDATED_SHOWN, offset=0))
        except UserError as exc:
            self.status.setText(str(exc))
            return
        self.canvas.set_data(histogram, marks, fit, by)
        dated = sum(lane.total for lane in histogram.lanes)
        drawn = (
            self.tr("one mark per claim")
            if marks is not None
            else self.tr("counted per {unit}").format(
                unit={"year": self.tr("year"), "month": self.tr("month"), "day": self.tr("day")}[
                    self._granularity
                ]
            )
        )
        self.status.setText(
            self.tr("{n} dated claims, {drawn} · wheel or +/− to zoom, drag or ←/→ to pan").format(
                n=QLocale().toString(dated), drawn=drawn
            )
        )
        self.undated_title.setText(
            self.tr("<b>Without a date</b> ({n}) — not placed on the axis").format(
                n=QLocale().toString(histogram.undated)
            )
        )
        self.undated.clear()
        for row in undated:
            item = QListWidgetItem(f"{row.speaker}: {' '.join(row.text.split())[:90]}")
            item.setData(ROLE, row.id)
            item.setToolTip(row.chain)
            self.undated.addItem(item)

    def _rebin_if_needed(self) -> None:
        wanted = granularity_for(self.canvas.end - self.canvas.start)
        if wanted != self._granularity and self.canvas.marks is None:
            self._granularity = wanted
            self.refresh(fit=False)

    def _describe(self, claim_id: int) -> str:
        """A hovered mark: the claim's words, its chain and its date interval."""
        claim = self.library.claim(claim_id)
        date = claim.claim_date
        interval = date.display()
        if date.is_known and date.last_day != date.value:
            interval = f"{date.value.isoformat()} … {date.last_day.isoformat()}"  # type: ignore[union-attr]
        doubt = self.tr(" (uncertain)") if not date.certain else ""
        return f"{one_line(claim.text, 140)}\n{claim.chain.display()}\n{interval}{doubt}"

    def _open_claim_id(self, claim_id: int) -> None:
        self.open_claim.emit(self.library.claim(claim_id).article_id, claim_id)
