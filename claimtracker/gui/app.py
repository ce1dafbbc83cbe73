"""Starting the desktop app."""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from claimtracker.gui.crash_dialog import install_excepthook
from claimtracker.gui.icons import app_icon
from claimtracker.gui.language import install_language
from claimtracker.gui.main_window import MainWindow
from claimtracker.gui.theme import apply_theme
from claimtracker.gui.upgrade_dialog import upgrade_with_progress
from claimtracker.library import Library
from claimtracker.storage.database import Database

LAST_DATABASE = "database/last_url"
SHOWN_PROBE = "CLAIMTRACKER_EXIT_WHEN_SHOWN"  # set by the start-up benchmark


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing or QApplication(sys.argv[:1])
    app.setOrganizationName("ClaimTracker")
    app.setApplicationName("ClaimTracker")
    if existing is None:
        install_language(app)
        app.setDesktopFileName("claimtracker")  # matches resources/claimtracker.desktop
        app.setWindowIcon(app_icon())
        apply_theme(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def last_database_url() -> str | None:
    """The database the app had open last time (never with a password: those are not stored)."""
    _application()
    value = QSettings().value(LAST_DATABASE)
    return str(value) if value else None


def ask_password(where: str) -> str | None:
    """The password of a shared database, asked in a dialog when there is no terminal."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    _application()
    password, ok = QInputDialog.getText(
        None,
        "ClaimTracker",
        QCoreApplication.translate("App", "Password for {where}\n(kept in memory only)").format(where=where),
        QLineEdit.EchoMode.Password,
    )
    return password if ok else None


def run_gui(db: Database, *, remember: bool = True) -> int:
    app = _application()
    upgrade_with_progress(db)  # minutes on a big archive: behind a window, not before one
    settings = QSettings()
    if remember:
        settings.setValue(
            LAST_DATABASE, db.engine.url.set(password=None).render_as_string(hide_password=False)
        )
    window = MainWindow(Library(db), settings)
    install_excepthook(window)
    window.show()
    # SIGTERM (a session ending, `kill`) closes the window as a click would: drafts are kept,
    # a demo's temporary database is removed. Python sees signals only when it runs: a timer wakes it.
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    wake = QTimer(interval=500)
    wake.timeout.connect(lambda: None)
    wake.start()
    if os.environ.get(SHOWN_PROBE):  # benchmarks/bench_startup.py: say when the window is on screen
        QTimer.singleShot(0, lambda: (print("shown", flush=True), window.close()))
    try:
        return app.exec()
    finally:
        db.close()


VIEWS = ("annotate", "claims", "sources", "timeline", "facts")


def _select_claim_with_same_fact_suggestions(window: MainWindow) -> None:
    """The claim not yet in a fact whose best same-fact suggestion scores highest, so that the
    picture shows the panel at work."""
    model, library = window.claims_page.model, window.library
    best: dict[int, float] = {}
    for row in range(model.rowCount()):
        claim_id = model.row(row).id
        found = [] if library.facts_of_claim(claim_id) else library.same_fact_suggestions(claim_id)
        if found:
            best[row] = found[0].score
    if best:
        window.claims_page.table.selectRow(max(best, key=best.__getitem__))


def save_screenshot(
    db: Database, path: str, width: int, height: int, article_index: int = 0, view: str = "annotate"
) -> None:
    """Render the main window at a given size to a PNG, as the README shows it."""
    app = _application()
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ClaimTracker", "screenshot")
    settings.clear()
    window = MainWindow(Library(db), settings)
    window.resize(width, height)
    window.show()
    window.annotate.articles.view.selectRow(article_index)
    claims_list = window.annotate.claims.list
    if claims_list.count():
        claims_list.setCurrentRow(min(3, claims_list.count() - 1))
    window.show_view(VIEWS.index(view))
    if view == "facts" and window.facts_page.model.rowCount() > 1:
        window.facts_page.table.selectRow(1 if width < 1600 else 0)  # both sample facts in the docs
    if view == "claims":
        _select_claim_with_same_fact_suggestions(window)
    QThreadPool.globalInstance().waitForDone(5000)  # the suggestions, computed off the GUI thread
    app.processEvents()
    if not window.grab().save(path):
        raise OSError(f"{path}: could not write the PNG")
    window.close()
