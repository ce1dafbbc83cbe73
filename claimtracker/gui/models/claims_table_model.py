"""The claims table as a lazy model: pages of rows fetched by SQL as the view scrolls.

Filtering and sorting happen in the query (`ClaimFilter`); the model holds only the rows fetched
so far, so a million claims cost what the analyst has scrolled through, not a million objects.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont

from claimtracker.domain.claim_filter import ClaimFilter, SortKey
from claimtracker.errors import UserError
from claimtracker.gui.models.table_model import Index, PagedTableModel
from claimtracker.library import ClaimListRow, Library

DATE, SPEAKER, CHAIN, PUBLISHER, TEXT, ARTICLE, STATUS, GRADE, FACT = range(9)
ORIGIN, PATH = SPEAKER, CHAIN  # the origin is the first link; the path, the links on the way
HEADERS = (
    QT_TRANSLATE_NOOP("ClaimsTable", "Date"),
    QT_TRANSLATE_NOOP("ClaimsTable", "Origin"),
    QT_TRANSLATE_NOOP("ClaimsTable", "Path"),
    QT_TRANSLATE_NOOP("ClaimsTable", "Publisher"),
    QT_TRANSLATE_NOOP("ClaimsTable", "Claim"),
    QT_TRANSLATE_NOOP("ClaimsTable", "Article"),
    QT_TRANSLATE_NOOP("ClaimsTable", "Status"),
    QT_TRANSLATE_NOOP("ClaimsTable", "Grade"),
    QT_TRANSLATE_NOOP("ClaimsTable", "Fact"),
)
SORT_KEYS = {
    DATE: SortKey.DATE,
    SPEAKER: SortKey.SPEAKER,
    CHAIN: SortKey.SPEAKER,
    PUBLISHER: SortKey.SPEAKER,
    TEXT: SortKey.TEXT,
    ARTICLE: SortKey.ARTICLE,
    STATUS: SortKey.STATUS,
    GRADE: SortKey.CREDIBILITY,
    FACT: SortKey.DATE,
}
PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole.value + 1
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole.value + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole.value  # plain ints: data() is called very often
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FONT = Qt.ItemDataRole.FontRole.value


class ClaimsTableModel(PagedTableModel):
    HEADERS = HEADERS
    CONTEXT = "ClaimsTable"
    PAGE = PAGE

    problem = Signal(str)  # a filter that cannot be run ("no source is named …")

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self._filter = ClaimFilter()
        self._rows: list[ClaimListRow] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    @property
    def filter(self) -> ClaimFilter:
        return self._filter

    def set_filter(self, new: ClaimFilter) -> None:
        """Show the claims of `new`, keeping this table's own sort order."""
        self._filter = replace(new, sort=self._filter.sort, descending=self._filter.descending)
        self.refresh()

    def refresh(self) -> None:
        self.reload()

    def row(self, row: int) -> ClaimListRow:
        return self._rows[row]

    def row_of(self, claim_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == claim_id), None)

    def _page(self, offset: int) -> list[ClaimListRow]:
        try:
            return self.library.claim_rows(replace(self._filter, limit=self.PAGE, offset=offset))
        except UserError as exc:  # "no source is named …": no rows, and the view says why
            self.problem.emit(str(exc))
            return []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column, SortKey.DATE)
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._filter.sort, self._filter.descending):
            self._filter = replace(self._filter, sort=key, descending=descending)
            self.refresh()

    def data(self, index: Index, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            return _display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ARTICLE_ID_ROLE:
            return row.article_id
        if role == _TOOLTIP:
            if column == DATE and row.date.wording:
                doubt = "" if row.date.certain else " — uncertain"
                return f"“{row.date.wording}”{doubt}"
            if column == GRADE:
                return row.grade_explained if row.grade else None
            return {CHAIN: row.chain, PUBLISHER: row.chain, TEXT: row.text, ARTICLE: row.article}.get(column)
        if role == _FONT and column == DATE and not row.date.certain:
            return self._italic
        return None


def _display(row: ClaimListRow, column: int) -> str:
    if column == DATE:
        return row.date.display()
    if column == SPEAKER:
        return row.origin
    if column == CHAIN:
        return row.path
    if column == PUBLISHER:
        return row.publisher
    if column == TEXT:
        return " ".join(row.text.split())
    if column == ARTICLE:
        return row.article
    if column == STATUS:
        return row.status
    if column == FACT:
        return ", ".join(f"#{fact} {stance}" for fact, stance in row.facts)
    return row.grade
