"""The Facts page: every fact with its reports, independent lines and statuses, and for the one
selected its reports line by line (French and English side by side), where it first appeared,
what contradicts it, and where the analyst's status and the rules disagree."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from claimtracker.domain.facts import Assessment, Fact, FactFilter, Report, Stance, derived_label
from claimtracker.domain.text import one_line
from claimtracker.errors import UserError
from claimtracker.gui import palette
from claimtracker.gui.claim_labels import stance_label, status_label
from claimtracker.gui.models.facts_model import ID_ROLE, STATEMENT, FactsModel
from claimtracker.gui.operations import Operations
from claimtracker.gui.pages.refresh_when_shown import RefreshWhenShown
from claimtracker.gui.widgets.fact_filter_bar import FactFilterBar
from claimtracker.gui.widgets.fact_tools import FactTools
from claimtracker.gui.widgets.propagation_timeline import PropagationTimeline
from claimtracker.gui.widgets.provenance_graph import ProvenanceGraph
from claimtracker.gui.widgets.source_field import SourceCompleter
from claimtracker.library import Library


class FactsPage(RefreshWhenShown, QWidget):
    open_claim = Signal(int, int)  # article id, claim id

    def __init__(
        self, library: Library, ops: Operations, completer: SourceCompleter | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.model = FactsModel(library, self)
        self.filter = FactFilterBar(completer)
        self.filter.changed.connect(self.apply_filter)
        self.tools = FactTools(library, ops, self._current_id, lambda: self.model.query)
        self.table = QTableView()
        self.table.setObjectName("factsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.detail = QTextBrowser()
        self.detail.setObjectName("factDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._open)
        self.graph = ProvenanceGraph()
        self.graph.claim_clicked.connect(self._open_claim_id)
        self.travel = PropagationTimeline()
        self.travel.claim_clicked.connect(self._open_claim_id)
        drawings = QSplitter(Qt.Orientation.Vertical)
        drawings.setObjectName("factDrawingsSplitter")
        drawings.addWidget(self._titled(self.tr("Provenance: origins → reports"), self.graph))
        drawings.addWidget(self._titled(self.tr("How it travelled"), self.travel))
        drawings.setSizes([320, 200])
        below = QSplitter(Qt.Orientation.Horizontal)
        below.setObjectName("factDetailSplitter")
        below.addWidget(self.detail)
        below.addWidget(drawings)
        below.setSizes([560, 640])
        self.count = QLabel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("factsSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setSizes([220, 560])
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(QLabel(f"<b>{escape(title)}</b>"))
        layout.addWidget(widget, 1)
        return box

    def refresh(self) -> None:
        self._stale = False
        current = self._current_id()
        self.filter.set_languages(self.library.languages())
        try:
            self.model.set_filter(self.filter.query())
            problem = ""
        except UserError as exc:
            problem = str(exc)
        self._select(current, problem)

    def apply_filter(self) -> None:
        current = self._current_id()
        try:
            self.model.set_filter(self.filter.query())
        except UserError as exc:  # the table keeps what it showed; the field is named
            self.count.setText(str(exc))
            return
        self._select(current, "")

    def _select(self, current: int | None, problem: str) -> None:
        row = self.model.row_of(current) if current is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        else:
            self.detail.setHtml(
                self.tr("<i>No fact yet: select a claim and use Claim ▸ Fact from Claim.</i>")
                if self.model.query == FactFilter()
                else self.tr("<i>No fact matches the filter ({what}).</i>").format(
                    what=escape(self.model.query.describe())
                )
            )
            self.graph.set_fact(None, [], {})
            self.travel.set_fact(None, [], {}, {})
        self.tools.set_enabled_for(self._current_id())
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.count.setText(
            problem
            or self.tr("{n} facts · click a claim to open it in the reader").format(n=f"{shown}{more}")
        )

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _show_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.tools.set_enabled_for(current.data(ID_ROLE) if current.isValid() else None)
        if not current.isValid():
            return
        fact, assessment, reports = self.library.assess_fact(current.data(ID_ROLE))
        claims = {r.claim_id: self.library.claim(r.claim_id) for r in reports}
        articles = {c.article_id: self.library.article(c.article_id) for c in claims.values()}
        self.detail.setHtml(self.fact_html(fact, assessment, reports, claims, articles))
        self.graph.set_fact(assessment, reports, claims)
        self.travel.set_fact(assessment, reports, claims, articles)

    def fact_html(
        self, fact: Fact, assessment: Assessment, reports: list[Report], claims: dict, articles: dict
    ) -> str:
        parts = [
            f"<h2>{escape(fact.statement)}</h2><p><b>{escape(assessment.summary())}</b><br>",
            self.tr("Derived status: <b>{derived}</b> · analyst's status: {analyst}").format(
                derived=escape(derived_label(assessment.derived)), analyst=escape(status_label(fact.status))
            ),
        ]
        if fact.review:
            reviewed = self.tr("mark as reviewed")
            parts.append(
                f'<br><span style="color:{palette.ERROR}">⚑ {escape(self.tr("to review: {why}").format(why=fact.review))}'
                f'</span> (<a href="review:{fact.id}">{reviewed}</a>)'
            )
        if assessment.disagreement:
            parts.append(
                f'<br><span style="color:{palette.UNCERTAIN}">⚠ {escape(assessment.disagreement)}</span>'
            )
        if assessment.best_grade and assessment.weakest_grade:
            grades = self.tr("Grades from {best} to {weakest}").format(
                best=escape(assessment.best_grade), weakest=escape(assessment.weakest_grade)
            )
            parts.append(f"<br>{grades}")
        elif assessment.best_grade:
            best = self.tr("Best grade {best}; some reports are not graded").format(
                best=escape(assessment.best_grade)
            )
            parts.append(f"<br>{best}")
        parts.append("</p>")

        languages = sorted({articles[claims[r.claim_id].article_id].language or "?" for r in reports})
        by_id = {r.claim_id: r for r in reports}
        sections = [
            (
                self.tr("Line {n}").format(n=number)
                + (self.tr(" — shared: {links}").format(links=", ".join(line.shared)) if line.shared else ""),
                [by_id[c] for c in line.claim_ids],
            )
            for number, line in enumerate(assessment.lines, 1)
        ]
        for stance, title in (
            (Stance.CONTRADICTS, self.tr("Against it")),
            (Stance.RELATED, self.tr("Related")),
        ):
            sections.append(
                (title, sorted((r for r in reports if r.stance is stance), key=lambda r: r.claim_id))
            )
        for title, members in sections:
            if not members:
                continue
            parts.append(f"<h3>{escape(title)}</h3>")
            if len(languages) > 1:  # the languages side by side, a column each
                parts.append(self._side_by_side(members, languages, assessment, claims, articles))
            else:
                parts.append(self._rows(members, assessment, claims, articles))
        parts.append(self._travel_html(reports, claims, articles))
        parts.append(f"<p><small>{self.tr('★ first known appearance')}</small></p>")
        return "".join(parts)

    def _card(self, report: Report, assessment: Assessment, claims: dict, articles: dict) -> tuple[str, ...]:
        claim = claims[report.claim_id]
        first = " ★" if report.claim_id == assessment.first_appearance else ""
        date = (
            claim.claim_date.display()
            if claim.claim_date.is_known
            else articles[claim.article_id].published.display()
        )
        return (
            f'<a href="claim:{claim.id}">#{claim.id}</a>{first}',
            escape(date),
            escape(claim.chain.display_roles()),
            escape(one_line(claim.text, 160)),
            escape(report.grade),
        )

    def _rows(self, members: list[Report], assessment: Assessment, claims: dict, articles: dict) -> str:
        head = self.tr("<tr><th>claim</th><th>date</th><th>chain</th><th>says</th><th>grade</th></tr>")
        rows = "".join(
            "<tr>"
            + "".join(f"<td>{cell}</td>" for cell in self._card(r, assessment, claims, articles))
            + "</tr>"
            for r in members
        )
        return f"<table cellpadding=3>{head}{rows}</table>"

    def _side_by_side(
        self,
        members: list[Report],
        languages: list[str],
        assessment: Assessment,
        claims: dict,
        articles: dict,
    ) -> str:
        cells = []
        for language in languages:
            cards = [
                self._card(r, assessment, claims, articles)
                for r in members
                if (articles[claims[r.claim_id].article_id].language or "?") == language
            ]
            cells.append(
                "".join(
                    f"<p>{link} · {date}{' · ' + grade if grade else ''}<br><i>{chain}</i><br>{text}</p>"
                    for link, date, chain, text, grade in cards
                )
            )
        head = "".join(
            f"<th width='{100 // len(languages)}%'>{escape(language)}</th>" for language in languages
        )
        body = "".join(f"<td valign='top'>{cell}</td>" for cell in cells)
        return f"<table cellpadding=4 width='100%'><tr>{head}</tr><tr>{body}</tr></table>"

    def _travel_html(self, reports: list[Report], claims: dict, articles: dict) -> str:
        """How it travelled: every report in the order it appeared, with who carried it."""
        dated = sorted(reports, key=lambda r: (r.appeared is None, r.appeared or 0, r.claim_id))
        rows = []
        for report in dated:
            claim = claims[report.claim_id]
            article = articles[claim.article_id]
            when = claim.claim_date.display() if claim.claim_date.is_known else article.published.display()
            rows.append(
                f'<tr><td>{escape(when)}</td><td><a href="claim:{claim.id}">#{claim.id}</a> '
                f"{escape(stance_label(report.stance))}</td><td>{escape(article.outlet or self.tr('unknown outlet'))} — "
                f"{escape(one_line(article.title, 60))}</td><td>{escape(claim.chain.display())}</td></tr>"
            )
        head = self.tr("<tr><th>when</th><th>claim</th><th>published in</th><th>through</th></tr>")
        return f"<h3>{self.tr('How it travelled')}</h3><table cellpadding=3>{head}{''.join(rows)}</table>"

    def _open(self, url: QUrl) -> None:
        if url.scheme() == "review":
            self.library.mark_reviewed(int(url.path()))
            self.refresh()
            return
        if url.scheme() == "claim":
            self._open_claim_id(int(url.path()))

    def _open_claim_id(self, claim_id: int) -> None:
        self.open_claim.emit(self.library.claim(claim_id).article_id, claim_id)
