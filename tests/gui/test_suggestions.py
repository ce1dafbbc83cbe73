"""Suggested attributions in the reader: quieter than claims, Enter accepts, Delete rejects for good."""

from PySide6.QtCore import Qt

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.gui.pages.annotate.claims_panel import SUGGESTION_ROLE
from claimtracker.importing.importer import import_paths
from claimtracker.storage.claims_repo import find_claims
from tests.conftest import SEEDS


def _suggestion_rows(window) -> list[int]:
    return [
        r
        for r in range(window.annotate.claims.list.count())
        if window.annotate.claims.list.item(r).data(SUGGESTION_ROLE) is not None
    ]


def test_accept_with_enter_reject_with_delete_and_rejections_are_remembered(
    qtbot, sqlite_db, open_window, settings
):
    settings.setValue("view/suggestions", True)
    import_paths(sqlite_db, [SEEDS / "002_d7089af4d349109d.txt"])
    window = open_window(sqlite_db)
    # Computed off the GUI thread: the window is up first, the suggestions arrive after.
    qtbot.waitUntil(lambda: len(_suggestion_rows(window)) >= 10, timeout=10000)
    rows = _suggestion_rows(window)
    assert window.library.suggestions_ready(window.annotate.article)  # kept for this version of the text
    assert len(rows) >= 10 and f"{len(rows)} suggested" in window.annotate.claims.title.text()
    dotted = [
        s for s in window.annotate.reader.extraSelections() if s.format.underlineStyle().name == "DotLine"
    ]
    assert len(dotted) == len(rows)

    first = window.annotate.claims.suggestions[0]
    window.annotate.claims.list.setFocus()
    window.annotate.claims.list.setCurrentRow(rows[0])
    assert (
        window.annotate.reader.textCursor().selectedText()
        == first.texts(window.annotate.article.body)["content"]
    )
    qtbot.keyClick(window.annotate.claims.list, Qt.Key.Key_Return)
    with sqlite_db.reading() as s:
        (claim,) = find_claims(s, ClaimFilter())
    texts = first.texts(window.annotate.article.body)
    assert claim.chain.names == tuple(n for n in (texts["speaker"], texts["intermediary"]) if n)
    assert claim.cue == texts["cue"] and claim.quote.exact == texts["content"]
    assert len(_suggestion_rows(window)) == len(rows) - 1  # accepted: now a claim, no longer suggested

    rejected = window.annotate.claims.suggestions[0]
    window.annotate.claims.list.setCurrentRow(_suggestion_rows(window)[0])
    qtbot.keyClick(window.annotate.claims.list, Qt.Key.Key_Delete)
    assert (
        rejected not in window.annotate.claims.suggestions and len(_suggestion_rows(window)) == len(rows) - 2
    )
    assert "Ctrl+Z brings it back" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # a rejection is undoable
    assert rejected in window.annotate.claims.suggestions
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert rejected not in window.annotate.claims.suggestions
    window.close()
    again = open_window(sqlite_db)
    qtbot.waitUntil(lambda: len(_suggestion_rows(again)) > 0, timeout=10000)
    assert len(_suggestion_rows(again)) == len(rows) - 2  # the rejection was remembered

    qtbot.keyClick(
        again, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert (
        _suggestion_rows(again) == []
        and again.annotate.reader.extraSelections()[0].format.underlineStyle().name != "DotLine"
    )


def test_a_pronoun_shows_whom_it_stands_for_and_an_apposed_name_shows_once(
    qtbot, sqlite_db, open_window, settings, tmp_path
):
    settings.setValue("view/suggestions", True)
    article = tmp_path / "plant.txt"
    article.write_text(
        "Plant to close\n\nThe plant will close in June, the company's spokesman, John Smith, said on Monday.\n"
        "Mary Jones, the union leader, was angry. She said that nobody had been consulted.\n",
        encoding="utf-8",
    )
    import_paths(sqlite_db, [article])
    window = open_window(sqlite_db)
    qtbot.waitUntil(lambda: len(_suggestion_rows(window)) == 2, timeout=10000)
    shown = [window.annotate.claims.list.item(r).text().splitlines()[0] for r in _suggestion_rows(window)]
    assert shown == [
        "Suggested · the company's spokesman, John Smith · “said”",
        "Suggested · She (Mary Jones) · “said”",
    ]
