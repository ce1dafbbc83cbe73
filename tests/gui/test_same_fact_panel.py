"""'Same fact?' beside the claims table: suggestions for the selected claim, A accepts, R
rejects, Ctrl+Z takes either back, and a rejection is never suggested again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from claimtracker.cli_desktop import demo_database
from tests.conftest import SEEDS

VOYAGES = "le général Esmail Qaani a effectué plusieurs voyages à Bagdad"  # sample claim in no fact


@pytest.fixture
def demo(capsys, tmp_path):
    db = demo_database(SEEDS, tmp_path)
    capsys.readouterr()
    yield db
    db.close()


def _open_claims_on_voyages(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.claims_page
    rows = [page.model.row(r) for r in range(page.model.rowCount())]
    claim_id = next(r.id for r in rows if window.library.claim(r.id).text.startswith(VOYAGES))
    page.table.selectRow(page.model.row_of(claim_id))
    panel = page.same_fact
    qtbot.waitUntil(lambda: panel.list.count() > 0)
    panel.list.setFocus()
    return panel, claim_id


def test_suggestions_show_their_reasons_and_a_accepts_into_the_fact_then_undo(qtbot, demo, open_window):
    window = open_window(demo)
    panel, claim_id = _open_claims_on_voyages(qtbot, window)
    first = panel.current()
    assert first.fact_ids == (1,)  # a report of the sample's Qaani fact
    item_text = panel.list.item(0).text()
    assert "in fact #1" in item_text and "shared:" in item_text and "Qaani" in item_text
    qtbot.keyClick(panel.list, Qt.Key.Key_A)
    assert [f for f, _s, _st in window.library.facts_of_claim(claim_id)] == [1]
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.facts_of_claim(claim_id) == []


def test_r_rejects_for_good_and_undo_suggests_it_again(qtbot, demo, open_window):
    window = open_window(demo)
    panel, claim_id = _open_claims_on_voyages(qtbot, window)
    rejected = panel.current().claim_id
    qtbot.keyClick(panel.list, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: panel.status.text() not in ("", panel.tr("Looking…")))
    shown = [
        panel.list.item(i).data(Qt.ItemDataRole.UserRole + 1).claim_id for i in range(panel.list.count())
    ]
    assert rejected not in shown and panel.claim_id == claim_id  # the same claim stays selected
    assert rejected not in [s.claim_id for s in window.library.same_fact_suggestions(claim_id)]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rejected in [s.claim_id for s in window.library.same_fact_suggestions(claim_id)]


def test_a_and_r_type_letters_in_text_fields(qtbot, demo, open_window):
    window = open_window(demo)
    _open_claims_on_voyages(qtbot, window)
    claim_id = window.claims_page.same_fact.claim_id
    search = next(w for w in window.filter_bar.findChildren(QLineEdit) if w.isVisible())
    search.setFocus()
    qtbot.keyClicks(search, "ra")
    assert search.text() == "ra" and window.library.facts_of_claim(claim_id) == []
