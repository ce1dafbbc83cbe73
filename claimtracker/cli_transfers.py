"""The commands that move articles and claims in and out: import, export, import-claims."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from claimtracker.cli_common import add_claim_filters, claim_query, open_db
from claimtracker.exporting.exporter import FORMATS, GROUPS
from claimtracker.exporting.records import article_record
from claimtracker.library import Library


def add_import_command(commands) -> None:
    imp = commands.add_parser("import", help="import article files (.txt, .md, .html) and folders")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument("--json", action="store_true", help="print the imported articles as JSON")
    imp.set_defaults(run=cmd_import)


def add_sheet_commands(commands) -> None:

    export = commands.add_parser("export", help="write a claim sheet: csv, xlsx, json, html or pdf")
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.add_argument(
        "--group", choices=GROUPS, default="source", help="HTML and PDF: group by source or date"
    )
    add_claim_filters(export)
    export.set_defaults(run=cmd_export)

    import_claims = commands.add_parser("import-claims", help="read claims back from a JSON claim sheet")
    import_claims.add_argument("path", type=Path, metavar="FILE.json")
    import_claims.set_defaults(run=cmd_import_claims)


def _library(args: argparse.Namespace) -> Library:

    return Library(open_db(args))


def cmd_import(args: argparse.Namespace) -> int:
    library = _library(args)
    report = library.import_files(args.paths, progress=_progress if args.verbose else None)
    if args.json:
        print(json.dumps([article_record(a) for a in report.added], ensure_ascii=False, indent=2))
    else:
        for article in report.added:
            date = article.published.display()
            print(
                f"added #{article.id}: {article.title} [{article.language or '?'}, {date}] ({article.source_path})"
            )
        for path, article_id in report.already_there:
            print(f"already there as #{article_id}: {path}")
        for update in report.updated:
            print(
                f"changed since its last import, #{update.article.id}: {len(update.moved)} claims re-anchored, "
                f"{len(update.orphaned)} orphaned ({update.article.source_path})"
            )
            for claim_id, why in update.orphaned:
                print(f"  orphaned claim #{claim_id}: {why}")
    for error in report.errors:
        print(f"claimtracker: error: {error}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 2 if report.errors else 0


def _sheet_progress(path: Path):
    """One progress line on a terminal, rewritten in place ("sheet.json: 45% read, 45,000 claims")."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, what: str) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{path.name}: {done}% read, {what}  ", end=end, file=sys.stderr, flush=True)

    return show


def _progress(done: int, total: int, path: Path) -> None:
    print(f"[{done + 1}/{total}] {path}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    library = _library(args)

    query = claim_query(args)
    if args.format == "pdf":
        from claimtracker.gui.pdf_export import write_pdf

        _app = qt_for_pdf()
        count = write_pdf(library, query, args.output, args.group)
    else:
        count = library.export(query, args.format, args.output, group=args.group)
    print(f"exported {count:,} claims to {args.output}", file=sys.stderr)
    return 0


def qt_for_pdf():
    """The Qt application that laying out PDF pages needs (fonts), on no screen if there is none."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def cmd_import_claims(args: argparse.Namespace) -> int:
    report = _library(args).import_claims(args.path, progress=_sheet_progress(args.path))
    for line in report.reanchored:
        print(f"re-anchored {line}", file=sys.stderr)
    for problem in report.problems:
        print(f"claimtracker: error: {problem}", file=sys.stderr)
    print(f"{args.path}: {report.summary()}", file=sys.stderr)
    return 2 if report.problems else 0
