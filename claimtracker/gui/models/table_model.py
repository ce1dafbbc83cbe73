"""What the app's table models share: fixed columns with headers, rows only at the top level."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole.value  # plain ints: data() is called very often


class TableModel(QAbstractTableModel):
    """Subclasses set HEADERS and keep their rows in `_rows`."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""  # the translation context of the headers (QT_TRANSLATE_NOOP's first argument)
    _rows: list

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            # Headers are marked for translation where they are declared, translated when shown.
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None


class PagedTableModel(TableModel):
    """Rows fetched a page at a time from SQL as the view scrolls (Qt's canFetchMore/fetchMore).

    Subclasses say how to get a page (`_page`); a short page means the end.
    """

    PAGE = 200
    _exhausted = True

    def _page(self, offset: int) -> list:
        raise NotImplementedError

    def reload(self) -> None:
        """Start again from the first page (after a change, or another filter)."""
        self.beginResetModel()
        self._rows = self._take(0)
        self.endResetModel()

    def _take(self, offset: int) -> list:
        page = self._page(offset)
        self._exhausted = len(page) < self.PAGE
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._take(len(self._rows))
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
