"""Split a fact: tick the reports that assert something else and name the new fact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from claimtracker.domain.claims import Claim
from claimtracker.domain.facts import Fact, Report
from claimtracker.domain.text import one_line


class SplitFactDialog(QDialog):
    def __init__(self, fact: Fact, reports: list[Report], claims: dict[int, Claim], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("splitFactDialog")
        self.setWindowTitle(self.tr("Split fact #{id}").format(id=fact.id))
        self.resize(640, 420)
        self.reports = QListWidget()
        self.reports.setObjectName("splitReports")
        for report in reports:
            claim = claims[report.claim_id]
            item = QListWidgetItem(f"#{claim.id} · {report.stance.value} · {one_line(claim.text, 110)}")
            item.setData(Qt.ItemDataRole.UserRole, claim.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.reports.addItem(item)
        self.statement = QLineEdit()
        self.statement.setObjectName("splitStatement")
        self.statement.setPlaceholderText(self.tr("The new fact, in your words"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("<b>{statement}</b><br>Tick the reports that move to a new fact:").format(
                    statement=fact.statement
                )
            )
        )
        layout.addWidget(self.reports, 1)
        layout.addWidget(self.statement)
        layout.addWidget(self.buttons)
        self.reports.itemChanged.connect(lambda _item: self._enable())
        self.statement.textChanged.connect(lambda _text: self._enable())
        self._enable()

    def chosen(self) -> list[int]:
        return [
            self.reports.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.reports.count())
            if self.reports.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _enable(self) -> None:
        """Some reports, not all of them, and a statement: a split that leaves an empty fact is a rename."""
        count = len(self.chosen())
        ok = 0 < count < self.reports.count() and bool(self.statement.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
