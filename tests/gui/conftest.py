import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from claimtracker.gui.main_window import MainWindow
from claimtracker.library import Library


@pytest.fixture
def settings(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/suggestions", False)  # these tests count claims; test_suggestions turns them on
    return settings


@pytest.fixture
def open_window(qtbot, settings):
    """Open a main window on a database, as the app does; several may be opened in turn."""

    def _open(db) -> MainWindow:
        window = MainWindow(Library(db), settings)
        # A test that leaves an edit unsaved is not asked about it when its window is closed.
        qtbot.addWidget(window, before_close_func=lambda w: w.annotate.editor.revert())
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need an active window
        return window

    return _open


@pytest.fixture(autouse=True)
def no_dialog_left_waiting(qapp):
    """A modal dialog no test answers would hang the run: it is closed after a while, and the
    test fails saying so."""
    left = []

    def close_stuck_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            left.append(f"{type(dialog).__name__} {dialog.objectName()!r}: {dialog.windowTitle()!r}")
            dialog.close()

    timer = QTimer(interval=15000)
    timer.timeout.connect(close_stuck_dialog)
    timer.start()
    yield
    timer.stop()
    assert not left, f"a modal dialog was left open: {left}"
