"""Nothing an analyst types is lost without their choosing it: not by a click elsewhere, a key,
a filter, closing the window or a crash. Each path is driven with the real keys and mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from claimtracker.domain import AttributionChain, Claim, Span
from claimtracker.gui.main_window import MainWindow
from claimtracker.importing.importer import import_paths
from claimtracker.library import Library
from tests.conftest import SEEDS
from tests.gui.typing import type_text

SEED_001 = SEEDS / "001_91aca237aeedbde6.txt"
SEED_003 = SEEDS / "003_9f2c35486580cde8.txt"
FIRST, SECOND = "Khamenei lui a rendu hommage", "la force Qods en Irak"


@pytest.fixture
def claims(sqlite_db):
    """Two claims on the first seed, and a second article."""
    articles = import_paths(sqlite_db, [SEED_001, SEED_003]).added
    library = Library(sqlite_db)
    stored = []
    for phrase, speaker in ((FIRST, "Khamenei"), (SECOND, "CNRI")):
        article = articles[0]
        start = article.body.index(phrase)
        span = Span(start, start + len(phrase))
        stored.append(
            library.create_claim(
                Claim.from_span(article.id, article.body, span, AttributionChain.of(speaker))
            )
        )
    return stored


def _answer(qtbot, button: QMessageBox.StandardButton, seen: list) -> None:
    """Answer the next question box with `button`, noting that it was asked."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def _edit_note(qtbot, window: MainWindow, text: str) -> None:
    note = window.annotate.editor.note
    note.setFocus()
    type_text(qtbot, note, text)
    assert window.annotate.editor.is_dirty()


def _with_unsaved_note(qtbot, db, open_window, note: str, answer: QMessageBox.StandardButton):
    """A window whose first claim has a note typed and not saved; the next question gets `answer`."""
    window = open_window(db)
    _open_first_claim(window)
    _edit_note(qtbot, window, note)
    asked: list[str] = []
    _answer(qtbot, answer, asked)
    return window, asked


def _stored_note(window: MainWindow, claim_id: int) -> str:
    return window.library.claim(claim_id).note


def _open_first_claim(window: MainWindow) -> None:
    window.annotate.claims.list.setCurrentRow(0)
    assert window.annotate.editor.editing is not None


def test_clicking_another_claim_asks_and_cancel_keeps_the_edit(qtbot, sqlite_db, claims, open_window):
    window, asked = _with_unsaved_note(
        qtbot, sqlite_db, open_window, "checked with the archive", QMessageBox.StandardButton.Cancel
    )
    claims_list = window.annotate.claims.list
    qtbot.mouseClick(
        claims_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=claims_list.visualItemRect(claims_list.item(1)).center(),
    )
    assert asked and "without saving" in asked[0]
    assert claims_list.currentRow() == 0 and window.annotate.editor.editing.id == claims[0].id
    assert window.annotate.editor.note.toPlainText() == "checked with the archive"

    _answer(qtbot, QMessageBox.StandardButton.Save, asked)
    qtbot.mouseClick(
        claims_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=claims_list.visualItemRect(claims_list.item(1)).center(),
    )
    assert _stored_note(window, claims[0].id) == "checked with the archive"
    assert window.annotate.editor.editing.id == claims[1].id


def test_discard_drops_the_edit_only_when_chosen(qtbot, sqlite_db, claims, open_window):
    window, asked = _with_unsaved_note(
        qtbot, sqlite_db, open_window, "a thought", QMessageBox.StandardButton.Discard
    )
    window.annotate.claims.select_claim(claims[1].id)
    assert asked and _stored_note(window, claims[0].id) == ""
    assert window.annotate.editor.editing.id == claims[1].id


def test_clicking_another_highlight_in_the_reader_asks(qtbot, sqlite_db, claims, open_window):
    window, asked = _with_unsaved_note(
        qtbot, sqlite_db, open_window, "keep me", QMessageBox.StandardButton.Cancel
    )
    reader = window.annotate.reader
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.toPlainText().index(SECOND) + 3)
    reader.ensureCursorVisible()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=reader.cursorRect(cursor).center())
    assert asked and window.annotate.editor.note.toPlainText() == "keep me"
    assert window.annotate.editor.editing.id == claims[0].id


def test_switching_article_asks_and_cancel_stays(qtbot, sqlite_db, claims, open_window):
    window = open_window(sqlite_db)
    shown = window.annotate.article.id
    _open_first_claim(window)
    _edit_note(qtbot, window, "keep me")
    asked: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Cancel, asked)
    view = window.annotate.articles.view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(1, 0)).center()
    )
    assert asked and window.annotate.article.id == shown
    assert view.selectionModel().selectedRows()[0].row() == 0  # the list points at the article shown
    assert window.annotate.editor.note.toPlainText() == "keep me"


def test_a_filter_that_hides_the_article_keeps_it_and_its_edit(qtbot, sqlite_db, claims, open_window):
    window = open_window(sqlite_db)
    shown = window.annotate.article.id
    _open_first_claim(window)
    _edit_note(qtbot, window, "keep me")
    window.annotate.articles.filter_edit.setFocus()
    type_text(qtbot, window.annotate.articles.filter_edit, "zzzz no such title")
    qtbot.waitUntil(lambda: window.annotate.articles.model.rowCount() == 0)
    assert window.annotate.article.id == shown and window.annotate.editor.note.toPlainText() == "keep me"


def test_closing_the_window_asks_and_cancel_keeps_it_open(qtbot, sqlite_db, claims, open_window):
    window, asked = _with_unsaved_note(
        qtbot, sqlite_db, open_window, "keep me", QMessageBox.StandardButton.Cancel
    )
    window.close()
    assert asked and window.isVisible()
    _answer(qtbot, QMessageBox.StandardButton.Save, asked)
    window.close()
    assert not window.isVisible() and _stored_note(window, claims[0].id) == "keep me"


def test_escape_closing_a_completion_popup_keeps_the_new_claim(qtbot, sqlite_db, claims, open_window):
    window = open_window(sqlite_db)
    reader, editor = window.annotate.reader, window.annotate.editor
    text = reader.toPlainText()
    start = text.index("Achraf")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("Achraf"), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    qtbot.keyClick(reader, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.new_claim_article is not None
    for field in (editor.speaker.edit, editor.chain.field.edit):
        field.setFocus()
        type_text(qtbot, field, "Kh" if field is editor.speaker.edit else "CN")
        popup = field.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
        assert not popup.isVisible()
        assert editor.new_claim_article is not None, "the draft was thrown away"
    assert editor.speaker.edit.text() == "Kh" and editor.chain.field.edit.text() == "CN"
    asked: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(editor.cue, Qt.Key.Key_Escape)  # Escape in the form itself asks before discarding
    assert asked and editor.speaker.edit.text() == "Kh"


def test_enter_on_a_via_completion_adds_the_link_once_and_the_hint_follows(
    qtbot, sqlite_db, claims, open_window
):
    window = open_window(sqlite_db)
    _open_first_claim(window)
    chain = window.annotate.editor.chain
    chain.field.edit.setFocus()
    type_text(qtbot, chain.field.edit, "CN")
    popup = chain.field.edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.waitUntil(
        lambda: "Not in the registry" in chain.field.hint.text() or "New source" in chain.field.hint.text()
    )
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chain.links() != [])
    qtbot.wait(50)
    assert [link.name for link in chain.links()] == ["CNRI"] and chain.field.edit.text() == ""
    type_text(qtbot, chain.field.edit, "Khamen")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)  # completed, not yet added
    assert chain.field.edit.text() == "Khamenei"
    qtbot.waitUntil(
        lambda: "in the registry" in chain.field.hint.text() and "Not" not in chain.field.hint.text()
    )


def test_save_and_cancel_are_on_screen_in_a_1400_by_900_window(qtbot, sqlite_db, claims, open_window):
    window = open_window(sqlite_db)
    window.resize(1400, 900)
    _open_first_claim(window)
    qtbot.wait(50)
    for button in (window.annotate.editor.save_button, window.annotate.editor.cancel_button):
        assert button.isVisible()
        corner = button.mapTo(window, QPoint(button.width(), button.height()))
        assert window.rect().contains(corner), f"{button.text()} is off-screen at {corner}"


def test_a_draft_survives_a_crash(qtbot, sqlite_db, claims, open_window, settings):
    window = open_window(sqlite_db)
    _open_first_claim(window)
    _edit_note(qtbot, window, "half-written thought")
    qtbot.waitUntil(lambda: settings.contains("editor/draft"))
    # The process dies here: no close, no save. The next start finds the draft.
    restarted = MainWindow(Library(sqlite_db), settings)
    qtbot.addWidget(restarted, before_close_func=lambda w: w.annotate.editor.revert())
    assert restarted.annotate.editor.editing.id == claims[0].id
    assert restarted.annotate.editor.note.toPlainText() == "half-written thought"
    assert restarted.annotate.editor.is_dirty() and "Restored" in restarted.statusBar().currentMessage()
    window.annotate.editor.revert()  # let the first window go quietly


def test_deleting_a_claim_says_how_to_get_it_back_and_undo_does(qtbot, sqlite_db, claims, open_window):
    window = open_window(sqlite_db)
    claims_list = window.annotate.claims.list
    claims_list.setFocus()
    claims_list.setCurrentRow(0)
    qtbot.keyClick(claims_list, Qt.Key.Key_Delete)
    assert claims_list.count() == 1 and "Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert claims_list.count() == 2
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert claims_list.count() == 1  # redo: Ctrl+Shift+Z is not ambiguous


def test_no_two_actions_share_a_shortcut(qtbot, sqlite_db, claims, open_window):
    window = open_window(sqlite_db)
    seen: dict[str, str] = {}
    for action in window.all_actions():
        for shortcut in action.shortcuts():
            key = shortcut.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, f"{key} is both {seen[key]!r} and {action.text()!r}"
            seen[key] = action.text()
    assert {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+E", "Ctrl+S", "Ctrl+H"} <= set(seen)


def test_window_shortcuts_reach_past_text_fields_which_keep_their_own_undo(
    qtbot, sqlite_db, claims, open_window, monkeypatch
):
    window = open_window(sqlite_db)
    _open_first_claim(window)
    cue = window.annotate.editor.cue
    cue.setFocus()
    type_text(qtbot, cue, "a dit")
    qtbot.keyClick(cue, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cue.text() == ""  # the field's own undo
    opened = []
    monkeypatch.setattr(window.transfers, "ask_export", lambda: opened.append("export"))
    window.actions["export"].triggered.disconnect()
    window.actions["export"].triggered.connect(window.transfers.ask_export)
    qtbot.keyClick(cue, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["export"]
    assert isinstance(QApplication.focusWidget(), QLineEdit)


def test_an_orphaned_claim_is_edited_and_anchored_again_by_hand(qtbot, sqlite_db, claims, open_window):
    import dataclasses

    library = Library(sqlite_db)
    orphan = library.update_claim(dataclasses.replace(claims[0], orphaned=True))
    window = open_window(sqlite_db)
    window.annotate.claims.select_claim(orphan.id)
    assert "orphaned" in window.annotate.editor.heading.text()
    reader = window.annotate.reader
    start = reader.toPlainText().index("Achraf")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("Achraf"), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    qtbot.keyClick(
        reader, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    anchored = library.claim(orphan.id)
    assert not anchored.orphaned and anchored.quote.exact == "Achraf"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.claim(orphan.id).orphaned


def test_a_links_role_and_how_it_passed_the_claim_are_edited_and_saved(qtbot, sqlite_db, claims, open_window):
    from claimtracker.domain.claims import Relation, Role

    window = open_window(sqlite_db)
    _open_first_claim(window)
    chain = window.annotate.editor.chain
    chain.field.edit.setFocus()
    type_text(qtbot, chain.field.edit, "un rapport secret")
    qtbot.keyClick(chain.field.edit, Qt.Key.Key_Return)
    chain.list.setCurrentRow(0)
    chain.role.setCurrentIndex(chain.role.findData(Role.DOCUMENT.value))
    chain.role.activated.emit(chain.role.currentIndex())
    chain.relation.setCurrentIndex(chain.relation.findData(Relation.QUOTED.value))
    chain.relation.activated.emit(chain.relation.currentIndex())
    assert "document" in chain.list.item(0).text() and window.annotate.editor.is_dirty()
    qtbot.keyClick(window.annotate.editor.cue, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = window.library.claim(claims[0].id).chain
    assert stored.role_of(0) is Role.ORIGIN and stored.role_of(1) is Role.DOCUMENT
    assert stored.links[1].relation is Relation.QUOTED
