"""Run by bench_views.py in a fresh process: time to a shown main window, and memory with the claims table open."""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from claimtracker.gui.main_window import MainWindow  # noqa: E402
from claimtracker.library import Library  # noqa: E402
from claimtracker.storage.database import Database, sqlite_url  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


app = QApplication([])
settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ClaimTracker", "bench")
settings.clear()
window = MainWindow(Library(Database.open(sqlite_url(sys.argv[1]))), settings)
window.show()
app.processEvents()
shown = (time.perf_counter() - STARTED) * 1000
window.show_view(1)  # the claims table, all claims
app.processEvents()
window.claims_page.table.scrollToBottom()  # a few pages fetched, as after some scrolling
app.processEvents()
print(
    json.dumps(
        {
            "shown_ms": round(shown, 1),
            "rss_mb": round(rss_mb(), 1),
            "rows_loaded": window.claims_page.model.rowCount(),
        }
    )
)
