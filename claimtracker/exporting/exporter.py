"""One entry point for every claim-sheet format; files appear whole or not at all.

Each export writes to a temporary file beside the target and renames it at the end, so that a
cancelled or failed export never leaves half a sheet where the analyst expects a full one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from claimtracker.collector import collector_paused
from claimtracker.domain.claim_filter import ClaimFilter, SortKey
from claimtracker.errors import UserError
from claimtracker.exporting.columns import sheet_tuples
from claimtracker.exporting.csv_export import ENCODING, write_csv
from claimtracker.exporting.html_export import group_by_month, group_by_source, write_html
from claimtracker.exporting.json_export import write_json
from claimtracker.exporting.sheet import Progress, sheet_rows
from claimtracker.storage.database import Database

FORMATS = ("csv", "xlsx", "json", "html", "pdf")
GROUPS = ("source", "date")


def html_query(query: ClaimFilter, group: str) -> ClaimFilter:
    """HTML and PDF sheets come grouped: by speaker (A to Z) or by month (newest first)."""
    if group == "source":
        return replace(query, sort=SortKey.SPEAKER, descending=False, limit=None, offset=0)
    return replace(query, sort=SortKey.DATE, descending=True, limit=None, offset=0)


def render_html(
    db: Database,
    query: ClaimFilter,
    out,
    group: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    grouping = group_by_source if group == "source" else group_by_month
    rows = sheet_rows(db, html_query(query, group), progress, cancelled)
    return write_html(rows, out, filter_text=query.describe(), group=grouping)


def export(
    db: Database,
    query: ClaimFilter,
    fmt: str,
    path: Path,
    *,
    group: str = "source",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write the claims of `query` to `path` in `fmt`; returns how many claims were written."""
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "pdf":
        raise UserError("PDF is written by the desktop layer (claimtracker.gui.pdf_export)")
    if group not in GROUPS:
        raise UserError(f"unknown grouping {group!r}; choose source or date")
    with atomic_target(path) as temporary, collector_paused():
        if fmt == "xlsx":
            from claimtracker.exporting.xlsx_export import write_xlsx  # XlsxWriter on first use

            return write_xlsx(sheet_tuples(db, query, progress, cancelled), temporary)
        if fmt == "json":
            with temporary.open("wb") as binary:
                return write_json(db, query, binary, progress, cancelled)
        encoding = ENCODING if fmt == "csv" else "utf-8"
        with temporary.open("w", encoding=encoding, newline="" if fmt == "csv" else None) as out:
            if fmt == "csv":
                return write_csv(sheet_tuples(db, query, progress, cancelled), out)
            return render_html(db, query, out, group, progress, cancelled)


@contextlib.contextmanager
def atomic_target(path: Path):
    """A temporary path beside `path`, renamed to it only if the block succeeds."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"{path}: the folder {path.parent} does not exist")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise UserError(f"{path}: cannot write in {path.parent} ({exc.strerror or exc})") from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask)  # an export is meant to be handed on: the usual permissions
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot write the file ({exc.strerror or exc})") from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
