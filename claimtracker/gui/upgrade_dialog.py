"""The schema upgrade of an existing database, behind a window that says what it is doing.

An upgrade rewrites tables and indexes of the whole archive: seconds for a small one, minutes
for millions of claims (0019 rebuilds the full-text index: 4 min 36 s at 10M). Without a window
the app would seem not to start. It cannot be stopped part-way (all of it is one transaction,
after a backup), so the window has no Cancel and does not close.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog

from claimtracker.errors import DatabaseError
from claimtracker.gui.tasks import Task
from claimtracker.storage.database import Database


class _Steps(QObject):
    """Carries the upgrade's steps from its thread to the window's (a queued connection)."""

    progress = Signal(int, int, str, str)


class UpgradeDialog(QProgressDialog):
    """A busy window, with no way to stop the work it shows: the steps differ too much in length
    (a backup, a revision that rebuilds an index) for a percentage to mean anything."""

    def __init__(self, location: str) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Upgrading the database"))
        self.setCancelButton(None)  # type: ignore[arg-type]
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(560)
        self.setRange(0, 0)
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        label.setWordWrap(True)
        self.setLabel(label)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.location = location
        self.backup = ""
        self.step = self.tr("Reading the database…")
        self.clock = QElapsedTimer()
        self.clock.start()
        self.ticks = QTimer(self, interval=1000)
        self.ticks.timeout.connect(self._show)
        self.ticks.start()
        self._show()

    def show_step(self, done: int, total: int, step: str, detail: str) -> None:
        if step == "backup":
            self.backup = detail
            what = self.tr("Making a copy of the database as it is…")
        elif step == "revision":
            what = self.tr("Updating the database's structure…")
        elif step == "statistics":
            what = self.tr("Refreshing the statistics that searches rely on…")
        else:
            what = self.tr("Done.") if step == "done" else self.step
        self.step = (
            self.tr("Step {step} of {steps}: {what}").format(
                step=min(done + 1, total), steps=total, what=what
            )
            if total and step != "done"
            else what
        )
        self._show()

    def _show(self) -> None:
        seconds = self.clock.elapsed() // 1000
        lines = [
            self.tr("Upgrading {database} for this version of ClaimTracker.").format(database=self.location),
            self.step,
        ]
        if self.backup:
            lines.append(self.tr("The copy as it was is kept at {path}.").format(path=self.backup))
        lines.append(
            self.tr(
                "{minutes}:{seconds:02d} so far. On an archive of millions of claims this takes some minutes;\n"
                "it cannot be stopped part-way."
            ).format(minutes=seconds // 60, seconds=seconds % 60)
        )
        self.setLabelText("\n\n".join(lines))

    def reject(self) -> None:  # Escape: the upgrade cannot be stopped part-way
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def upgrade_with_progress(db: Database) -> None:
    """Bring `db`'s schema up to date, showing each step; raise DatabaseError (also shown in a
    message box) if it fails, the database then untouched or restorable from its backup."""
    if not db.needs_upgrade():
        return
    if db.current_revision() is None:
        db.checked_upgrade()  # a new database: made in a moment, nothing to upgrade
        return
    dialog = UpgradeDialog(db.location)
    dialog.show()
    failure: list[str] = []
    loop = QEventLoop()
    steps = _Steps()
    steps.progress.connect(dialog.show_step)
    task = Task(lambda _progress, _cancelled: db.checked_upgrade(lambda *step: steps.progress.emit(*step)))
    task.finished.connect(lambda _result: loop.quit())
    task.failed.connect(lambda message, _user: (failure.append(message), loop.quit()))
    task.start()
    loop.exec()
    dialog.ticks.stop()
    dialog.hide()
    dialog.deleteLater()
    if failure:  # a DatabaseError's own words, or the last line of an unforeseen error
        message = failure[0].strip().splitlines()[-1]
        title = QCoreApplication.translate("UpgradeDialog", "The database could not be upgraded")
        QMessageBox.critical(None, title, message)
        raise DatabaseError(message)
