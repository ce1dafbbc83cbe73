"""PDF claim sheets through Qt's own PDF writer (no browser): the HTML sheet laid out on A4 pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.exporting.exporter import atomic_target
from claimtracker.library import Library


def print_pdf(html: str, path: Path, title: str = "Claim sheet") -> None:
    """Lay the sheet out on A4 pages (GUI thread: Qt's text layout needs the application's fonts)."""
    document = QTextDocument()
    document.setHtml(html)
    with atomic_target(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setTitle(title)
        writer.setCreator("ClaimTracker")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        document.print_(writer)
        del writer  # the file is finished when the writer goes


def write_pdf(library: Library, query: ClaimFilter, path: Path, group: str = "source") -> int:
    html, count = library.sheet_html(query, group)
    print_pdf(html, path)
    return count
