"""Annotating an article with the keyboard and mouse, as an analyst does."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.gui.dialogs.merge_dialog import MergeDialog
from claimtracker.gui.dialogs.source_dialog import SourceDialog
from claimtracker.storage.claims_repo import find_claims
from claimtracker.storage.sources_repo import list_sources
from tests.conftest import SEEDS
from tests.gui.typing import type_text

SEED_001 = SEEDS / "001_91aca237aeedbde6.txt"
HOMMAGE = "Khamenei lui a rendu hommage pour l’attaque sur Achraf"


def _import(qtbot, window, monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    before = window.annotate.articles.model.rowCount()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: not window.tasks.busy and window.annotate.articles.model.rowCount() > before, timeout=10000
    )


def _select_text(qtbot, window, exact: str) -> None:
    """Click before the first character and shift-click after the last, like a reader would."""
    reader = window.annotate.reader
    start = reader.toPlainText().index(exact)
    cursor = QTextCursor(reader.document())
    for position, modifier in (
        (start, Qt.KeyboardModifier.NoModifier),
        (start + len(exact), Qt.KeyboardModifier.ShiftModifier),
    ):
        cursor.setPosition(position)
        reader.ensureCursorVisible()
        point = reader.cursorRect(cursor).center()
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, modifier, point)
    assert reader.textCursor().selectedText() == exact


def _back_to(qtbot, window) -> None:
    """After a modal dialog, the window manager activates the window again; offscreen, we do."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _claims(db):
    with db.reading() as s:
        return find_claims(s, ClaimFilter())


def _type(qtbot, widget, text: str, enter: bool = False) -> None:
    widget.setFocus()
    type_text(qtbot, widget, text)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def _record_hommage_claim(qtbot, window):
    _select_text(qtbot, window, HOMMAGE)
    qtbot.keyClick(window.annotate.reader, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    editor = window.annotate.editor
    assert editor.isEnabled() and editor.quote.text() == HOMMAGE
    _type(qtbot, editor.speaker.edit, "Khamenei")
    _type(qtbot, editor.chain.field.edit, "documents de l'intérieur du régime", enter=True)
    _type(qtbot, editor.chain.field.edit, "CNRI", enter=True)
    _type(qtbot, editor.cue, "a rendu hommage")
    _type(qtbot, editor.claim_date.edit, "le 5 décembre dernier")
    assert editor.claim_date.resolved.text() == "→ 2013-12-05 (day)"
    qtbot.keyClick(editor.cue, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_select_text_record_a_nested_claim_with_a_relative_french_date_then_undo_and_redo(
    qtbot, sqlite_db, open_window, monkeypatch
):
    window = open_window(sqlite_db)
    _import(qtbot, window, monkeypatch, SEED_001)
    _record_hommage_claim(qtbot, window)

    (claim,) = _claims(sqlite_db)
    assert claim.quote.exact == HOMMAGE
    # The new claim's chain ended with the article's publisher, put there by the editor.
    assert claim.chain.names == (
        "Khamenei",
        "documents de l'intérieur du régime",
        "CNRI",
        "Conseil national de la Résistance iranienne",
    )
    assert [r.value for r in map(claim.chain.role_of, range(4))] == [
        "origin",
        "intermediary",
        "intermediary",
        "publisher",
    ]
    assert (
        claim.claim_date.value == dt.date(2013, 12, 5) and claim.claim_date.wording == "le 5 décembre dernier"
    )
    assert claim.cue == "a rendu hommage"
    assert window.annotate.claims.list.count() == 1 and window.annotate.editor.editing.id == claim.id
    assert window.annotate.articles.model.index(0, 4).data() == 1  # the library counts it

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _claims(sqlite_db) == [] and window.annotate.claims.list.count() == 0
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    (again,) = _claims(sqlite_db)
    assert again == claim and again.id == claim.id


def test_editing_deleting_and_undoing_keep_the_database_in_step(qtbot, sqlite_db, open_window, monkeypatch):
    window = open_window(sqlite_db)
    _import(qtbot, window, monkeypatch, SEED_001)
    _record_hommage_claim(qtbot, window)
    editor = window.annotate.editor
    editor.status.setFocus()
    qtbot.keyClicks(editor.status, "C")  # Corroborated
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _claims(sqlite_db)[0].status.value == "corroborated"

    window.annotate.claims.list.setFocus()
    window.annotate.claims.list.setCurrentRow(0)
    qtbot.keyClick(window.annotate.claims.list, Qt.Key.Key_Delete)
    assert _claims(sqlite_db) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _claims(sqlite_db)[0].status.value == "corroborated"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _claims(sqlite_db)[0].status.value == "unverified"


def test_a_claim_needs_a_speaker_and_says_so(qtbot, sqlite_db, open_window, monkeypatch):
    window = open_window(sqlite_db)
    _import(qtbot, window, monkeypatch, SEED_001)
    _select_text(qtbot, window, HOMMAGE)
    qtbot.keyClick(window.annotate.reader, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(window.annotate.editor.save_button, Qt.MouseButton.LeftButton)
    assert "speaker is missing" in window.annotate.editor.error.text()
    assert _claims(sqlite_db) == []


def test_close_spellings_are_offered_and_two_sources_can_be_merged_and_unmerged(
    qtbot, sqlite_db, open_window, monkeypatch
):
    window = open_window(sqlite_db)
    _import(qtbot, window, monkeypatch, SEEDS / "003_9f2c35486580cde8.txt")
    for exact, speaker in (
        ("a effectué plusieurs voyages à Bagdad", "Esmail Qaani"),
        ("est aujourd’hui le successeur de Qassem Soleimani", "Ismaël Qaani"),
    ):
        _select_text(qtbot, window, exact)
        qtbot.keyClick(window.annotate.reader, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        _type(qtbot, window.annotate.editor.speaker.edit, speaker)
        qtbot.waitUntil(lambda: window.annotate.editor.speaker.hint.text() != "")
        hint = window.annotate.editor.speaker.hint.text()
        qtbot.mouseClick(window.annotate.editor.save_button, Qt.MouseButton.LeftButton)
    assert "Close spellings" in hint and "Esmail Qaani" in hint  # offered before a second source was made
    with sqlite_db.reading() as s:
        assert sorted(x.name for x in list_sources(s, "qaani")) == ["Esmail Qaani", "Ismaël Qaani"]

    seen = {}

    def merge_in_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen["ok at first"] = ok.isEnabled()
        dialog.source.setCurrentIndex(dialog.source.findText("Ismaël Qaani", Qt.MatchFlag.MatchStartsWith))
        items = [dialog.candidates.item(i) for i in range(dialog.candidates.count())]
        seen["offered"] = [i.text().split("  (")[0] for i in items if i.data(Qt.ItemDataRole.UserRole)]
        seen["first reason"] = items[1].text()
        seen["no target yet"] = not ok.isEnabled()
        dialog.candidates.setCurrentItem(items[1])  # the likely duplicate, picked on purpose
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, merge_in_dialog)
    window.actions["merge_sources"].trigger()
    assert seen["ok at first"] is False and seen["no target yet"]
    assert seen["offered"][0] == "Esmail Qaani" and "Ismaël Qaani" not in seen["offered"]  # never itself
    assert "spelt close" in seen["first reason"]
    with sqlite_db.reading() as s:
        (merged,) = list_sources(s, "qaani")
    assert merged.name == "Esmail Qaani" and merged.aliases == ("Ismaël Qaani",) and merged.as_speaker == 2
    assert {c.chain.speaker.name for c in _claims(sqlite_db)} == {"Esmail Qaani"}

    _back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with sqlite_db.reading() as s:
        assert sorted(x.name for x in list_sources(s, "qaani")) == ["Esmail Qaani", "Ismaël Qaani"]
    assert sorted(c.chain.speaker.name for c in _claims(sqlite_db)) == ["Esmail Qaani", "Ismaël Qaani"]


def test_clicking_a_highlight_selects_its_claim(qtbot, sqlite_db, open_window, monkeypatch):
    window = open_window(sqlite_db)
    _import(qtbot, window, monkeypatch, SEED_001)
    _record_hommage_claim(qtbot, window)
    window.annotate.claims.list.setCurrentItem(None)
    window.annotate.editor.clear()
    cursor = QTextCursor(window.annotate.reader.document())
    cursor.setPosition(window.annotate.reader.toPlainText().index(HOMMAGE) + 5)
    qtbot.mouseClick(
        window.annotate.reader.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.annotate.reader.cursorRect(cursor).center(),
    )
    assert window.annotate.claims.list.currentRow() == 0
    assert window.annotate.editor.speaker.text() == "Khamenei"


def test_everything_is_still_there_after_a_restart(qtbot, sqlite_db, open_window, monkeypatch):
    window = open_window(sqlite_db)
    _import(qtbot, window, monkeypatch, SEED_001)
    _record_hommage_claim(qtbot, window)
    window.resize(700, 500)
    window.close()
    again = open_window(sqlite_db)
    assert (again.width(), again.height()) == (700, 500)
    assert again.annotate.articles.model.rowCount() == 1 and again.annotate.claims.list.count() == 1
    assert "Khamenei → documents de l'intérieur du régime → CNRI" in again.annotate.claims.list.item(0).text()


def test_a_bad_file_in_a_folder_is_named_and_the_rest_imported(
    qtbot, sqlite_db, open_window, monkeypatch, tmp_path
):
    (tmp_path / "good.txt").write_text(
        "Le ministre a déclaré lundi que tout allait bien.\n", encoding="utf-8"
    )
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    window = open_window(sqlite_db)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    window.actions["import_folder"].trigger()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    box = window.transfers.errors_box
    assert isinstance(box, QMessageBox) and "broken.txt: binary file" in box.detailedText()
    assert window.annotate.articles.model.rowCount() == 1
    box.close()


@pytest.mark.parametrize("title", ["Iran – Irak : réunion Khamenei-Maliki"])
def test_article_details_and_publication_date_are_editable_and_undoable(
    qtbot, sqlite_db, open_window, monkeypatch, title
):
    window = open_window(sqlite_db)
    _import(qtbot, window, monkeypatch, SEEDS / "000_0a6e80da3cee15fd.txt")
    assert "uncertain" in window.annotate.reader_panel.header.text()

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.title_edit.selectAll()
        type_text(qtbot, dialog.title_edit, title)
        dialog.published.edit.selectAll()
        type_text(qtbot, dialog.published.edit, "29 janvier 2007")
        qtbot.keyClick(dialog.published.edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_dialog)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    article = window.library.article(window.annotate.article.id)
    assert (
        article.title == title
        and article.published.value == dt.date(2007, 1, 29)
        and article.published.certain
    )
    assert "uncertain" not in window.annotate.reader_panel.header.text()
    _back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.article(window.annotate.article.id).published.wording == "le 29 janvier"


def test_dropping_files_on_the_window_imports_them(qtbot, sqlite_db, open_window):
    window = open_window(sqlite_db)
    mime = QMimeData()
    mime.setUrls(
        [QUrl.fromLocalFile(str(SEED_001)), QUrl.fromLocalFile(str(SEEDS / "002_d7089af4d349109d.txt"))]
    )
    point = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(
        lambda: not window.tasks.busy and window.annotate.articles.model.rowCount() == 2, timeout=10000
    )


def test_editing_a_source_from_the_sources_view_is_saved_and_undoable(
    qtbot, sqlite_db, open_window, monkeypatch
):
    window = open_window(sqlite_db)
    _import(qtbot, window, monkeypatch, SEED_001)
    _record_hommage_claim(qtbot, window)

    def edit():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SourceDialog)
        dialog.reliability.setCurrentIndex(dialog.reliability.findData("B"))
        dialog.aliases.setPlainText("Ali Khamenei\nle guide suprême")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    qtbot.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    view = window.sources_page
    assert window.pages.currentWidget() is view
    _type(qtbot, view.search, "khamenei")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    QTimer.singleShot(0, edit)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    with sqlite_db.reading() as s:
        khamenei = {x.name: x for x in list_sources(s)}["Khamenei"]
    assert khamenei.reliability.value == "B" and khamenei.aliases == ("Ali Khamenei", "le guide suprême")
    assert "B · Usually reliable" in view.card.text()  # the open view follows the change
    _back_to(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with sqlite_db.reading() as s:
        assert {x.name: x for x in list_sources(s)}["Khamenei"].reliability is None
    assert "not graded" in view.card.text()


def test_find_in_the_article_selects_the_next_match(qtbot, sqlite_db, open_window, monkeypatch):
    window = open_window(sqlite_db)
    _import(qtbot, window, monkeypatch, SEED_001)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.annotate.reader_panel.find_bar.isVisible()
    type_text(qtbot, window.annotate.reader_panel.find_edit, "Maliki")
    first = window.annotate.reader.textCursor().selectionStart()
    assert window.annotate.reader.textCursor().selectedText() == "Maliki"
    qtbot.keyClick(window.annotate.reader_panel.find_edit, Qt.Key.Key_Return)
    assert window.annotate.reader.textCursor().selectionStart() > first
    qtbot.keyClick(window.annotate.reader_panel.find_edit, Qt.Key.Key_Escape)
    assert not window.annotate.reader_panel.find_bar.isVisible()


def test_a_claim_sheet_is_imported_off_the_gui_thread_and_shown(
    qtbot, sqlite_db, open_window, monkeypatch, tmp_path
):
    import json

    body = "Le ministre a déclaré lundi que le pont était fermé. La police a démenti."
    sheet = {
        "format": "claimtracker-claims",
        "articles": [{"id": 4, "title": "Pont", "body": body, "language": "fr"}],
        "sources": [{"id": 9, "name": "Le ministre"}, {"id": 10, "name": "La police"}],
        "claims": [
            {"id": 1, "article_id": 4, "span": {"start": 32, "end": 51}, "quote": {"exact": body[32:51]},
             "chain": [{"id": 9, "name": "Le ministre"}]},
            {"id": 2, "article_id": 4, "span": {"start": 53, "end": 72}, "quote": {"exact": body[53:72]},
             "chain": [{"id": 10, "name": "La police"}]},
        ],
    }  # fmt: skip
    path = tmp_path / "sheet.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    window = open_window(sqlite_db)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions["import_claims"].trigger()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    qtbot.waitUntil(lambda: window.annotate.articles.model.rowCount() == 1, timeout=5000)
    assert "2 claims" in window.statusBar().currentMessage()
    window.annotate.articles.view.selectRow(0)
    qtbot.waitUntil(lambda: window.annotate.claims.list.count() >= 2, timeout=5000)
