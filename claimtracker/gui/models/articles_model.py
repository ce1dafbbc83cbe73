"""The article library as a table: title, outlet, date, language, number of claims.

Lazy: pages of articles are fetched as the view scrolls, so a library of tens of thousands of
articles opens as fast as a small one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from claimtracker.gui.models.table_model import Index, PagedTableModel
from claimtracker.library import ArticleSummary, Library

TITLE, OUTLET, DATE, LANGUAGE, CLAIMS = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("ArticlesTable", "Title"),
    QT_TRANSLATE_NOOP("ArticlesTable", "Outlet"),
    QT_TRANSLATE_NOOP("ArticlesTable", "Published"),
    QT_TRANSLATE_NOOP("ArticlesTable", "Lang."),
    QT_TRANSLATE_NOOP("ArticlesTable", "Claims"),
)
PAGE = 500
ID_ROLE = Qt.ItemDataRole.UserRole.value + 1

_DISPLAY = Qt.ItemDataRole.DisplayRole.value  # plain ints: data() is called very often
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value


class ArticlesModel(PagedTableModel):
    HEADERS = HEADERS
    CONTEXT = "ArticlesTable"
    PAGE = PAGE

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.text = ""
        self._rows: list[ArticleSummary] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    def refresh(self, text: str | None = None) -> None:
        """Ask again (after changes, or for another title/outlet filter)."""
        if text is not None:
            self.text = text
        self.reload()

    def _page(self, offset: int) -> list[ArticleSummary]:
        return self.library.articles(self.text, limit=self.PAGE, offset=offset)

    def row_of(self, article_id: int) -> int | None:
        """The row of an article, fetching further pages if it is not loaded yet."""
        while True:
            found = next((i for i, r in enumerate(self._rows) if r.id == article_id), None)
            if found is not None or self._exhausted:
                return found
            self.fetchMore()

    def data(self, index: Index, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            return self._display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == _TOOLTIP:
            if column == DATE and row.published.doubt:
                return QCoreApplication.translate("ArticlesTable", "Uncertain: {doubt} (“{wording}”)").format(
                    doubt=row.published.doubt, wording=row.published.wording
                )
            if column == TITLE:
                return row.title
        if role == _FONT and column == DATE and not row.published.certain:
            return self._italic
        if role == _ALIGN and column in (CLAIMS, LANGUAGE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(row: ArticleSummary, column: int) -> str | int:
        if column == TITLE:
            return row.title
        if column == OUTLET:
            return row.outlet
        if column == DATE:
            return row.published.display()
        if column == LANGUAGE:
            return row.language
        return row.claims
