"""The commands that open a window: demo, screenshot, gui. Qt is imported only when they run."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from claimtracker import resources
from claimtracker.cli_common import open_db
from claimtracker.errors import UserError
from claimtracker.library import Library
from claimtracker.storage.database import ENV_URL, Database, redacted, sqlite_url

SAMPLE_CORPUS = resources.SEEDS


def add_desktop_commands(commands) -> None:
    demo = commands.add_parser("demo", help="open the app on a fresh database holding the sample articles")
    demo.add_argument("--corpus", type=Path, default=SAMPLE_CORPUS, help="folder of articles to load")
    demo.set_defaults(run=cmd_demo)

    shot = commands.add_parser("screenshot", help="save a PNG of the main window on the sample articles")
    shot.add_argument("output", type=Path, metavar="FILE.png")
    shot.add_argument("--size", default="1400x900", metavar="WxH")
    shot.add_argument(
        "--article", type=int, default=1, metavar="N", help="which sample article to show (1-5)"
    )
    shot.add_argument(
        "--view", choices=("annotate", "claims", "sources", "timeline", "facts"), default="annotate"
    )
    shot.add_argument("--scheme", choices=("light", "dark"), help="default: the system's")
    shot.add_argument("--corpus", type=Path, default=SAMPLE_CORPUS, help=argparse.SUPPRESS)
    shot.set_defaults(run=cmd_screenshot)

    gui = commands.add_parser("gui", help="open the app on the database")
    gui.set_defaults(run=cmd_gui)


def demo_database(corpus: Path, folder: Path | None = None) -> Database:
    """A new SQLite database in `folder` (by default a new temporary folder, which the caller
    removes), holding the articles of `corpus`."""
    if not corpus.is_dir():
        raise UserError(f"{corpus}: sample corpus not found")
    path = (folder or Path(tempfile.mkdtemp(prefix="claimtracker-demo-"))) / "demo.sqlite"
    db = Database.open(sqlite_url(path))
    library = Library(db)
    report = library.import_files([corpus])
    for error in report.errors:
        print(f"claimtracker: error: {error}", file=sys.stderr)
    annotations = corpus / "annotations.json"
    claims = 0
    if annotations.exists():
        claims = library.load_sample_claims(annotations, {Path(a.source_path).name: a for a in report.added})
    print(f"demo database {path}: {report.summary()}, {claims} sample claims", file=sys.stderr)
    return db


def cmd_demo(args: argparse.Namespace) -> int:
    """The app on the sample: in a temporary database removed on exit, or in --db's database
    (the sample is added once; importing it again changes nothing, except to give a sample article
    with no claim, left so by a demo stopped while loading, its sample claims)."""
    no_display()
    from claimtracker.gui.app import run_gui  # Qt only when a window opens

    if args.db:
        db = open_db(args)
        library = Library(db)
        report = library.import_files([args.corpus])
        added = {Path(a.source_path).name: a for a in report.added}
        for path, article_id in report.already_there:  # a demo stopped before it stored their claims
            if not library.claims_of(article_id):
                added[path.name] = library.article(article_id)
        if added and (args.corpus / "annotations.json").exists():
            library.load_sample_claims(args.corpus / "annotations.json", added)
        print(f"demo in {redacted(str(db.engine.url))}: {report.summary()}", file=sys.stderr)
        return run_gui(db, remember=False)
    db = demo_database(args.corpus)
    folder = Path(db.engine.url.database or "").parent
    try:
        return run_gui(db, remember=False)
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)


def no_display() -> None:
    """On Linux without a display, say so in one line instead of Qt's advice about xcb plugins."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        raise UserError(
            "no display to open a window on: run it in a desktop session, "
            "or under xvfb-run, or with QT_QPA_PLATFORM=offscreen"
        )


def cmd_screenshot(args: argparse.Namespace) -> int:
    width, sep, height = args.size.partition("x")
    if not (sep and width.isdigit() and height.isdigit()):
        raise UserError(f"--size {args.size!r}: expected WIDTHxHEIGHT, like 1400x900")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a picture needs no screen
    if args.scheme:
        os.environ["CLAIMTRACKER_SCHEME"] = args.scheme  # read when the application starts
    db = demo_database(args.corpus)
    from claimtracker.gui.app import save_screenshot

    try:
        save_screenshot(db, str(args.output), int(width), int(height), args.article - 1, args.view)
    finally:
        db.close()
        shutil.rmtree(Path(db.engine.url.database or "").parent, ignore_errors=True)
    print(args.output)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    no_display()
    from claimtracker.gui.app import ask_password, last_database_url, run_gui

    if not args.db and not os.environ.get(ENV_URL):
        args.db = last_database_url()
    return run_gui(open_db(args, ask_password=ask_password, migrate=False))  # upgraded by the app
