"""Files in and out, in the application layer: articles and claim sheets imported, sheets exported.

Part of the Library (mixed into it). Each runs off the GUI thread and calls no listener: the
caller announces what changed where it can. No SQL here.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from claimtracker.domain.articles import Article
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.importing.importer import ImportReport, import_paths

if TYPE_CHECKING:
    from claimtracker.exporting.sheet import Progress
    from claimtracker.importing.claims_report import ClaimsImportReport
    from claimtracker.library import Library


class TransfersMixin:
    def import_files(
        self: Library,
        paths: Iterable[Path],
        progress: Callable[[int, int, Path], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> ImportReport:
        """Import files; safe to run off the GUI thread (each file is its own transaction).

        Listeners are not called from here, since they may live on another thread: the caller
        reports `Changes(article_list=True)` where it can.
        """
        return import_paths(self.db, paths, progress=progress, cancelled=cancelled, who=self.analyst)

    def import_claims(
        self: Library,
        path: Path,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ClaimsImportReport:
        """Read a JSON claim sheet back (one transaction), logged under the analyst's name.

        `progress(per cent, 100, what)` as the sheet is read; `cancelled()` is asked between
        batches, and a cancel rolls the whole import back. Safe off the GUI thread: listeners are
        not called from here; the caller announces `Changes(everything=True)` where it can."""
        from claimtracker.importing.claims_json import import_claims_file  # on first use: start-up

        return import_claims_file(self.db, path, who=self.analyst, progress=progress, cancelled=cancelled)

    def load_sample_claims(self: Library, path: Path, articles: dict[str, Article]) -> int:
        """The bundled sample's hand-made claims, placed on its articles by quote."""
        from claimtracker.importing.sample_claims import load_claims_by_quote

        return load_claims_by_quote(self.db, path, articles, who=self.analyst)

    def export(
        self: Library,
        query: ClaimFilter,
        fmt: str,
        path: Path,
        *,
        group: str = "source",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> int:
        """Write a claim sheet (any thread); returns how many claims it holds."""
        from claimtracker.exporting.exporter import export as export_sheet  # ~350 ms: on first use

        return export_sheet(self.db, query, fmt, path, group=group, progress=progress, cancelled=cancelled)

    def sheet_html(
        self: Library,
        query: ClaimFilter,
        group: str,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> tuple[str, int]:
        """The HTML of a printable sheet (any thread; the desktop layer lays it out as PDF)."""
        from claimtracker.exporting.exporter import render_html

        out = io.StringIO()
        count = render_html(self.db, query, out, group, progress, cancelled)
        return out.getvalue(), count
