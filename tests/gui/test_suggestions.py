"""Suggested attributions in the reader: quieter than claims, Enter accepts, Delete rejects for good."""

from PySide6.QtCore import Qt

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.gui.main_window import SUGGESTION_ROLE
from claimtracker.importing.importer import import_paths
from claimtracker.storage.claims_repo import find_claims
from tests.conftest import SEEDS


def _suggestion_rows(window) -> list[int]:
    return [
        r
        for r in range(window.claims_list.count())
        if window.claims_list.item(r).data(SUGGESTION_ROLE) is not None
    ]


def test_accept_with_enter_reject_with_delete_and_rejections_are_remembered(
    qtbot, sqlite_db, open_window, settings
):
    settings.setValue("view/suggestions", True)
    import_paths(sqlite_db, [SEEDS / "002_d7089af4d349109d.txt"])
    window = open_window(sqlite_db)
    rows = _suggestion_rows(window)
    assert len(rows) >= 10 and f"{len(rows)} suggested" in window.claims_title.text()
    dotted = [s for s in window.reader.extraSelections() if s.format.underlineStyle().name == "DotLine"]
    assert len(dotted) == len(rows)

    first = window.suggestions[0]
    window.claims_list.setFocus()
    window.claims_list.setCurrentRow(rows[0])
    assert window.reader.textCursor().selectedText() == first.texts(window.article.body)["content"]
    qtbot.keyClick(window.claims_list, Qt.Key.Key_Return)
    with sqlite_db.reading() as s:
        (claim,) = find_claims(s, ClaimFilter())
    texts = first.texts(window.article.body)
    assert claim.chain.names == tuple(n for n in (texts["speaker"], texts["intermediary"]) if n)
    assert claim.cue == texts["cue"] and claim.quote.exact == texts["content"]
    assert len(_suggestion_rows(window)) == len(rows) - 1  # accepted: now a claim, no longer suggested

    rejected = window.suggestions[0]
    window.claims_list.setCurrentRow(_suggestion_rows(window)[0])
    qtbot.keyClick(window.claims_list, Qt.Key.Key_Delete)
    assert rejected not in window.suggestions and len(_suggestion_rows(window)) == len(rows) - 2
    window.close()
    again = open_window(sqlite_db)
    assert len(_suggestion_rows(again)) == len(rows) - 2  # the rejection was remembered

    qtbot.keyClick(
        again, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert (
        _suggestion_rows(again) == []
        and again.reader.extraSelections()[0].format.underlineStyle().name != "DotLine"
    )
