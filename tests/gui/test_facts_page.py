"""Facts in the window: made from a claim, linked, shown with their lines of reporting, undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit

from claimtracker.cli_desktop import demo_database
from claimtracker.domain.facts import DerivedStatus
from claimtracker.gui.dialogs.link_fact_dialog import LinkFactDialog
from tests.conftest import SEEDS

FACTS = 4


@pytest.fixture
def demo(capsys, tmp_path):
    db = demo_database(SEEDS, tmp_path)  # with the two sample facts
    capsys.readouterr()
    yield db
    db.close()


def _when_modal(answer) -> None:
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, check)
            return
        answer(dialog)

    QTimer.singleShot(0, check)


def test_the_facts_page_shows_lines_of_reporting_and_the_disagreement(qtbot, demo, open_window):
    window = open_window(demo)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.facts_page
    assert window.pages.currentWidget() is page and page.model.rowCount() == 2
    page.table.selectRow(1)
    html = page.detail.toHtml()
    assert "3 reports, 1 independent line: all via Reuters" in html
    assert "marked corroborated, but 1 line of reporting" in html
    assert "How it travelled" in html and html.count("claim:") >= 6  # each report twice: by line, by time
    claim_id = window.library.assess_fact(2)[2][0].claim_id
    page.detail.anchorClicked.emit(QUrl(f"claim:{claim_id}"))
    assert window.pages.currentIndex() == 0 and window.annotate.editor.editing.id == claim_id
    assert "Fact #2 (supports)" in window.annotate.claims.facts_line.text()


def test_a_fact_is_made_from_a_claim_linked_and_undone(qtbot, demo, open_window):
    window = open_window(demo)
    window.annotate.articles.select(1)  # seed 000: its claim belongs to no fact
    window.annotate.claims.list.setCurrentRow(0)
    claim = window.annotate.claims.selected_claim()

    def name_the_fact(dialog: QInputDialog) -> None:
        dialog.findChild(QLineEdit).setText("Iraqi officials have evidence of Iranian interference")
        dialog.accept()

    _when_modal(name_the_fact)
    qtbot.keyClick(
        window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    (made,) = [f for f in window.library.facts() if f.statement.startswith("Iraqi officials")]
    assert made.claims == 1 and f"Fact #{made.id}" in window.annotate.claims.facts_line.text()

    window.annotate.articles.select(3)  # seed 002: link one of its claims as related
    window.annotate.claims.list.setCurrentRow(0)
    other = window.annotate.claims.selected_claim()

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, LinkFactDialog)
        dialog.fact.setCurrentIndex(dialog.fact.findData(made.id))
        dialog.stance.setCurrentIndex(dialog.stance.findData("related"))
        dialog.accept()

    _when_modal(choose)
    window.actions["link_fact"].trigger()
    assert window.library.facts_of_claim(other.id)[-1][2].value == "related"
    window.activateWindow()  # after a modal dialog the window manager does this; offscreen, we do
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the link goes
    assert all(f[0] != made.id for f in window.library.facts_of_claim(other.id))
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # then the fact
    assert made.id not in [f.id for f in window.library.facts()]
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [f.claims for f in window.library.facts() if f.id == made.id] == [1]  # back, with its claim
    assert claim.id in [r.claim_id for r in window.library.assess_fact(made.id)[2]]


def test_the_claims_table_shows_each_claims_fact_and_filters_by_it(qtbot, demo, open_window):
    from claimtracker.gui.models.claims_table_model import FACT
    from tests.gui.typing import type_text

    window = open_window(demo)
    window.show_view(1)
    model = window.claims_page.model
    shown = [model.index(r, FACT).data() for r in range(model.rowCount())]
    assert shown.count("#2 supports") == 3 and "#1 related" in shown
    for text, expected in (("2", 3), ("none", model.rowCount() - 7)):
        edit = window.filter_bar.fact
        edit.setFocus()
        edit.clear()
        type_text(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert model.rowCount() == expected, text


def test_the_provenance_graph_draws_each_source_once_flowing_right_and_opens_a_report(
    qtbot, demo, open_window
):
    window = open_window(demo)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.facts_page
    page.table.selectRow(0)  # the Qaani fact: two lines, a related report
    _fact, _assessment, reports = window.library.assess_fact(1)
    graph = page.graph
    graph.repaint()
    sources = {link.source_id for r in reports for link in r.links}
    assert {k for k in graph.nodes if k.startswith("s")} == {f"s{s}" for s in sources}
    chips = [n for n in graph.nodes.values() if n.claim_id is not None]
    assert sorted(n.claim_id for n in chips) == sorted(r.claim_id for r in reports)
    assert {n.column for n in chips} == {graph.columns - 1}  # the reports end every path
    assert all(graph.nodes[e.start].column < graph.nodes[e.end].column for e in graph.edges)
    rects = [n.rect for n in graph.nodes.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    related = next(
        n for n in chips if n.claim_id == next(r.claim_id for r in reports if r.stance.value == "related")
    )
    qtbot.mouseClick(graph, Qt.MouseButton.LeftButton, pos=related.rect.center().toPoint())
    assert window.pages.currentIndex() == 0 and window.annotate.editor.editing.id == related.claim_id


def test_the_propagation_timeline_puts_each_report_in_its_lane_without_overlapping_labels(
    qtbot, demo, open_window
):
    window = open_window(demo)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.facts_page
    page.table.selectRow(1)  # the snipers: three reports of one day on one line
    travel = page.travel
    assert travel.lanes == ["Line 1 via Reuters"] and len(travel.marks) == 3
    travel.repaint()
    hits = [rect for rect, _claim in travel._hit]
    assert len(hits) == 3 and not any(a.intersects(b) for i, a in enumerate(hits) for b in hits[i + 1 :])
    first = next(m for m in travel.marks if m.first)
    rect = next(rect for rect, claim in travel._hit if claim == first.claim_id)
    qtbot.mouseClick(travel, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.annotate.editor.editing.id == first.claim_id


def test_the_facts_filter_keeps_what_it_asks_for_and_names_a_bad_field(qtbot, demo, open_window):
    window = open_window(demo)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.facts_page
    page.filter.source.setText("Al-Ain")  # on the chain of a report of the Qaani fact only
    page.filter.changed.emit()
    assert [page.model.row(0).fact.id] == [1] and page.model.rowCount() == 1
    page.filter.source.clear()
    page.filter.min_lines.setValue(2)
    page.filter.changed.emit()
    assert page.model.rowCount() == 1 and page.model.row(0).assessment.independent_lines == 2
    page.filter.min_lines.setValue(0)
    page.filter.derived.setCurrentIndex(page.filter.derived.findData(DerivedStatus.SINGLE_LINE))
    assert page.model.rowCount() == 1 and page.model.row(0).fact.id == 2
    page.filter.source.setText("nobody at all")
    page.filter.changed.emit()
    assert "no source is named 'nobody at all'" in page.count.text() and page.model.rowCount() == 1
    page.filter.source.clear()
    page.filter.date_from.setText("someday")
    page.filter.changed.emit()
    assert "Reported from: “someday” is not a date" in page.count.text()


def test_facts_are_merged_and_split_in_the_window_and_undone(qtbot, demo, open_window, monkeypatch):
    window = open_window(demo)
    library = window.library
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.facts_page
    extra = library.create_fact("Militias used snipers", [library.assess_fact(2)[2][0].claim_id])
    page.refresh()
    page.table.selectRow(page.model.row_of(extra.id))

    def choose_fact_1(_parent, _title, _label, items, *_rest):
        return next(t for t in items if t.startswith("#1 ")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose_fact_1)
    page.tools.merge_button.click()
    assert extra.id not in [f.id for f in library.facts()]
    claims_of_1 = {r.claim_id for r in library.assess_fact(1)[2]}
    assert library.assess_fact(2)[2][0].claim_id in claims_of_1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert extra.id in [f.id for f in library.facts()]
    assert {r.claim_id for r in library.assess_fact(1)[2]} == claims_of_1 - {
        library.assess_fact(2)[2][0].claim_id
    }

    page.table.selectRow(page.model.row_of(2))
    moved = library.assess_fact(2)[2][0].claim_id

    def split_off_one(dialog) -> None:
        dialog.reports.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.statement.setText("One report stands apart")
        dialog.accept()

    _when_modal(split_off_one)
    page.tools.split_button.click()
    assert moved not in [r.claim_id for r in library.assess_fact(2)[2]]
    assert "One report stands apart" in [f.statement for f in library.facts()]
    window.activateWindow()  # the dialog has gone: the window has the keys again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert moved in [r.claim_id for r in library.assess_fact(2)[2]]
    assert "One report stands apart" not in [f.statement for f in library.facts()]


def test_the_facts_shown_are_exported_as_a_sheet(qtbot, demo, open_window, tmp_path):
    import openpyxl

    window = open_window(demo)
    page = window.facts_page
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page.filter.min_lines.setValue(2)
    page.filter.changed.emit()
    page.tools.write(tmp_path / "facts.xlsx", "xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "facts.xlsx")["Facts"].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [1]  # the filter's facts only
