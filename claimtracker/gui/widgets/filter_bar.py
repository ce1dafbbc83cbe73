"""The filter bar above the analysis views: attribution, article, dates, grades, tags, language, text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from claimtracker.domain.claim_filter import ClaimFilter, DateField
from claimtracker.domain.claims import ClaimStatus, Role
from claimtracker.domain.sources import Reliability
from claimtracker.extraction.dates import resolve_date
from claimtracker.gui.claim_labels import credibility_labels, role_label, status_labels
from claimtracker.gui.filter_state import FilterState
from claimtracker.gui.widgets.source_field import SourceCompleter

GRADES = {"": (), "A": ("A",), "A–B": ("A", "B"), "A–C": ("A", "B", "C"), "D–F": ("D", "E", "F")}
DEBOUNCE_MS = 300  # typing pauses this long before the views are asked again


class FilterBar(QWidget):
    def __init__(self, state: FilterState, completer: SourceCompleter, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.state = state
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply)

        def line(name: str, placeholder: str, complete: bool = False) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            edit.setClearButtonEnabled(True)
            if complete:
                edit.setCompleter(completer)
            edit.textChanged.connect(lambda _t: self._timer.start())
            edit.returnPressed.connect(self.apply)
            return edit

        def combo(name: str, items: dict) -> QComboBox:
            box = QComboBox()
            box.setObjectName(name)
            for value, label in items.items():
                box.addItem(label, value)
            box.currentIndexChanged.connect(lambda _i: self.apply())
            return box

        self.speaker = line("filterSpeaker", self.tr("Origin (first link)"), complete=True)
        self.via = line("filterVia", self.tr("Via (any later link)"), complete=True)
        self.outlet = line("filterOutlet", self.tr("Publisher / outlet"), complete=True)
        self.original = line("filterOriginal", self.tr("Original source"))
        self.article = line("filterArticle", self.tr("Article title"))
        self.search = line("filterSearch", self.tr("Words in the claim"))
        self.tags = line("filterTags", self.tr("Tags, comma-separated"))
        self.fact = line("filterFact", self.tr("Fact # (or none)"))
        self.fact.setToolTip(
            self.tr("The claims of one fact, by its number; “none” for claims without a fact")
        )
        self.date_from = line("filterFrom", self.tr("From: 2019, 2019-10…"))
        self.date_to = line("filterTo", self.tr("To"))
        self.date_field = combo(
            "filterDateField",
            {DateField.CLAIM: self.tr("Claim date"), DateField.EVENT: self.tr("Event date")},
        )
        self.status = combo("filterStatus", {None: self.tr("Any status"), **status_labels()})
        self.credibility = combo(
            "filterCredibility",
            {None: self.tr("Any credibility"), **{k: f"≤ {v}" for k, v in credibility_labels().items() if k}},
        )
        self.grade = combo(
            "filterGrade",
            {
                key: self.tr("Speaker {grades}").format(grades=key) if key else self.tr("Any speaker grade")
                for key in GRADES
            },
        )
        self.language = combo("filterLanguage", {None: self.tr("Any language")})
        self.role = combo(
            "filterRole",
            {
                None: self.tr("Any role"),
                **{r.value: self.tr("as {role}").format(role=role_label(r)) for r in Role},
            },
        )
        self.role.setToolTip(self.tr("Claims with a link in this role; with Via, that source in this role"))
        self.within = QCheckBox(self.tr("Entirely within"))
        self.within.setObjectName("filterWithin")
        self.within.setToolTip(
            self.tr("Dates are intervals: by default a claim is shown when one of its days is in the range")
        )
        self.within.toggled.connect(lambda _on: self.apply())
        self.orphaned = QCheckBox(self.tr("Orphaned only"))
        self.orphaned.setObjectName("filterOrphaned")
        self.orphaned.setToolTip(
            self.tr("Claims whose quote is no longer in their article's text, to place again")
        )
        self.orphaned.toggled.connect(lambda _on: self.apply())
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearFilter")
        self.clear_button.setToolTip(self.tr("Show all claims (Ctrl+Shift+L)"))
        self.clear_button.clicked.connect(self.clear)
        self.summary = QLabel()
        self.summary.setObjectName("filterSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("filterProblem")  # its colour comes from the style sheet

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        for column, widget in enumerate(
            (self.speaker, self.via, self.outlet, self.original, self.article, self.search, self.clear_button)
        ):
            grid.addWidget(widget, 0, column)
        for column, widget in enumerate(
            (
                self.date_field,
                self.date_from,
                self.date_to,
                self.status,
                self.credibility,
                self.grade,
                self.language,
            )
        ):
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.tags, 2, 0)
        grid.addWidget(self.role, 2, 1)
        grid.addWidget(self.within, 2, 2)
        grid.addWidget(self.orphaned, 2, 3)
        grid.addWidget(self.fact, 2, 4)
        grid.addWidget(self.summary, 2, 5)
        grid.addWidget(self.problem, 2, 6)
        self.state.changed.connect(self._show_summary)
        self._show_summary(self.state.filter)

    def set_languages(self, languages: list[str]) -> None:
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("Any language"), None)
        for code in languages:
            self.language.addItem(code, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.blockSignals(False)

    def apply(self) -> None:
        """Read the fields into the shared filter (dates that do not parse are named, not guessed)."""
        self._timer.stop()
        problems = []
        bounds = []
        for edit, label, last in (
            (self.date_from, self.tr("From"), False),
            (self.date_to, self.tr("To"), True),
        ):
            text = edit.text().strip()
            date = resolve_date(text) if text else None
            if date is not None and (not date.is_known or not date.certain):
                problems.append(f"{label}: “{text}” is not a date")
                date = None
            bounds.append((date.last_day if last else date.value) if date else None)
        fact_text = self.fact.text().strip().lower()
        fact_id = int(fact_text.lstrip("#")) if fact_text.lstrip("#").isdigit() else None
        if fact_text and fact_id is None and fact_text not in ("none", "aucun", "-"):
            problems.append(
                self.tr("Fact: “{text}” is not a fact number").format(text=self.fact.text().strip())
            )
        self.problem.setText("; ".join(problems))
        grade = self.grade.currentData() or ""
        self.state.update(
            speaker=self.speaker.text().strip() or None,
            via=self.via.text().strip() or None,
            outlet=self.outlet.text().strip() or None,
            original=self.original.text().strip() or None,
            article_title=self.article.text().strip() or None,
            search=self.search.text().strip() or None,
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            date_field=DateField(self.date_field.currentData()),
            date_from=bounds[0],
            date_to=bounds[1],
            status=ClaimStatus(self.status.currentData()) if self.status.currentData() else None,
            credibility_max=self.credibility.currentData(),
            reliability=tuple(Reliability(g) for g in GRADES[grade]),
            language=self.language.currentData(),
            orphaned=self.orphaned.isChecked(),
            role=Role(self.role.currentData()) if self.role.currentData() else None,
            date_within=self.within.isChecked(),
            fact_id=fact_id,
            without_fact=fact_text in ("none", "aucun", "-"),
        )

    def clear(self) -> None:
        for widget in self.findChildren(QLineEdit):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        for widget in self.findChildren(QComboBox):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for box in (self.orphaned, self.within):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.problem.clear()
        self.state.set_filter(
            ClaimFilter(sort=self.state.filter.sort, descending=self.state.filter.descending)
        )

    def _show_summary(self, current: ClaimFilter) -> None:
        self.summary.setText(f"<b>Showing:</b> {escape(current.describe())}")
        self.clear_button.setEnabled(not current.is_empty)
