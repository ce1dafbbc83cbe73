"""The claims table, per-source view and timeline, driven through the shared filter bar."""

import pytest
from PySide6.QtCore import QPoint, Qt

from claimtracker.cli_desktop import demo_database
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.gui.models.claims_table_model import DATE, SPEAKER, ClaimsTableModel
from claimtracker.gui.models.sources_model import SourcesModel
from claimtracker.library import Library
from tests.conftest import SAMPLE_CLAIMS, SEEDS
from tests.gui.typing import type_text

CLAIMS, SOURCES, TIMELINE = 1, 2, 3


@pytest.fixture
def demo(capsys, tmp_path):
    db = demo_database(
        SEEDS, tmp_path
    )  # the five seeds and their sample claims, made through the app's operations
    capsys.readouterr()
    yield db
    db.close()


def _table_speakers(window) -> list[str]:
    model = window.claims_page.model
    return [model.index(r, SPEAKER).data() for r in range(model.rowCount())]


def _filter(qtbot, window, edit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_claims_table_filters_by_chain_and_text_and_opens_a_claim(qtbot, demo, open_window):
    window = open_window(demo)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.claims_page and window.filter_bar.isVisible()
    assert window.claims_page.model.rowCount() == SAMPLE_CLAIMS
    qtbot.waitUntil(lambda: window.claims_page.count.text().startswith(f"{SAMPLE_CLAIMS} claims"))

    _filter(qtbot, window, window.filter_bar.via, "reuters")
    assert len(_table_speakers(window)) == 6 and "Reuters" not in _table_speakers(window)
    assert "via reuters" in window.filter_bar.summary.text()
    _filter(qtbot, window, window.filter_bar.search, "radio")
    assert _table_speakers(window) == ["a second Iraqi security source"]
    qtbot.waitUntil(lambda: window.claims_page.count.text().startswith("1 claim "))

    index = window.claims_page.model.index(0, DATE)
    rect = window.claims_page.table.visualRect(index)
    viewport = window.claims_page.table.viewport()
    # Item views act on a double click whose first press they saw, as a real double click has.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentIndex() == 0
    assert window.annotate.reader.textCursor().selectedText().startswith("the snipers were using radio")
    assert window.annotate.editor.speaker.text() == "a second Iraqi security source"

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(window.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert window.claims_page.model.rowCount() == SAMPLE_CLAIMS and window.filter_bar.via.text() == ""


def test_unknown_names_and_dates_are_reported_not_guessed(qtbot, demo, open_window):
    window = open_window(demo)
    window.show_view(CLAIMS)
    _filter(qtbot, window, window.filter_bar.speaker, "Nobody at all")
    assert window.claims_page.model.rowCount() == 0
    qtbot.waitUntil(lambda: "no source is named 'Nobody at all'" in window.claims_page.count.text())
    window.filter_bar.clear()
    _filter(qtbot, window, window.filter_bar.date_from, "someday")
    assert "From: “someday” is not a date" in window.filter_bar.problem.text()
    assert window.claims_page.model.rowCount() == SAMPLE_CLAIMS  # the bad bound is not applied


def test_sorting_the_table_asks_the_database_again(qtbot, demo, open_window):
    window = open_window(demo)
    window.show_view(CLAIMS)
    header = window.claims_page.table.horizontalHeader()
    unsorted = _table_speakers(window)
    expected = sorted(unsorted, key=str.lower)
    assert unsorted != expected  # the default order (by date) is not already by speaker
    for direction in (expected, expected[::-1]):  # a click sorts one way, the next the other
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(header.sectionViewportPosition(SPEAKER) + 20, 10),
        )
        assert window.claims_page.model.filter.sort.value == "speaker"
        shown = _table_speakers(window)
        assert [s.lower() for s in shown] == [s.lower() for s in direction]


def test_per_source_view_shows_card_claims_outlets_and_follows_the_filter(qtbot, demo, open_window):
    window = open_window(demo)
    window.show_view(SOURCES)
    view = window.sources_page
    _filter(qtbot, window, view.search, "reuters")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    assert "Reuters" in view.card.text()
    assert view.claims_model.rowCount() == 7  # said once, relayed six times
    said = sum(m.said for m in view.chart.months) + view.chart.undated[0]
    relayed = sum(m.relayed for m in view.chart.months) + view.chart.undated[1]
    assert (said, relayed) == (1, 6)
    cited = [view.cited.item(i).text() for i in range(view.cited.count())]
    assert cited and all("passed on" in c for c in cited)
    assert any(c.startswith("a second Iraqi security source") for c in cited)
    _filter(qtbot, window, window.filter_bar.speaker, "a second Iraqi security source")
    qtbot.waitUntil(lambda: view.claims_model.rowCount() == 3)

    view.grade.setCurrentIndex(view.grade.findData("B"))
    view.grade.activated.emit(view.grade.currentIndex())
    assert window.library.source(view.source.id).reliability.value == "B"
    assert "B · Usually reliable" in view.card.text()


def test_timeline_places_dated_claims_and_lists_undated_apart(qtbot, demo, open_window):
    window = open_window(demo)
    window.show_view(TIMELINE)
    view = window.timeline_page
    canvas = view.canvas
    assert canvas.marks is not None and len(canvas.marks) == 11
    assert view.undated.count() == 4  # 000 has no year anywhere; a 003 and a 004 claim give no date
    month_marks = [m for m in canvas.marks if m.precision.value == "month"]
    assert month_marks and all(m.end > m.start for m in month_marks)  # drawn as ranges
    span = canvas.end - canvas.start
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.end - canvas.start == pytest.approx(span / 2)
    before = canvas.start
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.start > before

    view.lanes_by.setCurrentIndex(1)
    assert {lane.label for lane in canvas.lanes} >= {"Conseil national de la Résistance iranienne"}


def test_timeline_labels_never_collide_at_any_zoom(qtbot, demo, open_window):
    window = open_window(demo)
    window.resize(1280, 800)
    window.show_view(TIMELINE)
    canvas = window.timeline_page.canvas
    middle = (canvas.start + canvas.end) / 2
    canvas.set_range(middle - 40000, middle + 40000)  # a century and more, then in to a fortnight
    steps = 0
    while canvas.end - canvas.start > 15:
        labels = canvas.axis_labels()
        assert len(labels) >= 2 or canvas.end - canvas.start > 30000, (canvas.end - canvas.start, labels)
        rects = [rect for rect, _label in labels]
        for i, first in enumerate(rects):
            for second in rects[i + 1 :]:
                assert not first.intersects(second), (canvas.end - canvas.start, labels)
        canvas.zoom(0.8)
        steps += 1
    assert steps > 30


def test_timeline_lanes_take_their_sources_colour_and_hover_tells_the_claim(qtbot, demo, open_window):
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from claimtracker.gui import palette

    window = open_window(demo)
    window.show_view(TIMELINE)
    canvas = window.timeline_page.canvas
    speaker_lanes = [lane for lane in canvas.lanes if lane.key > 0]
    colours = {canvas.lane_colour(lane.key).name() for lane in speaker_lanes}
    assert len(colours) > 3  # not one colour for every lane
    assert all(canvas.lane_colour(lane.key) == palette.source_colour(lane.key) for lane in speaker_lanes)
    canvas.repaint()  # the marks' places are worked out when painted
    rect, claim_id = canvas._mark_rects[0]
    claim = window.library.claim(claim_id)
    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        rect.center(),
        canvas.mapToGlobal(rect.center()),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas, move)
    tip = QToolTip.text()
    assert (
        claim.chain.display() in tip
        and claim.text.split()[0] in tip
        and claim.claim_date.value.isoformat() in tip
    )
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.pages.currentIndex() == 0 and window.annotate.editor.editing.id == claim_id


def test_models_are_well_behaved(qtmodeltester, demo):
    library = Library(demo)
    table = ClaimsTableModel(library)
    table.refresh()
    qtmodeltester.check(table)
    sources = SourcesModel(library)
    sources.refresh()
    qtmodeltester.check(sources)


def test_file_export_writes_what_the_filter_shows(qtbot, demo, open_window, tmp_path):
    import csv

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from claimtracker.gui.dialogs.export_dialog import ExportDialog

    window = open_window(demo)
    window.show_view(CLAIMS)
    _filter(qtbot, window, window.filter_bar.via, "Reuters")
    target = tmp_path / "reuters.csv"

    def fill():
        dialog = QApplication.activeModalWidget()
        assert (
            isinstance(dialog, ExportDialog)
            and "via Reuters" in dialog.findChild(type(window.claims_page.count)).text()
        )
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
        dialog.path_edit.setText(str(target))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.tasks.busy and target.exists(), timeout=10000)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6 and all("Reuters" in r["chain"] for r in rows)
    assert "Exported 6 claims" in window.statusBar().currentMessage()


def test_sheets_keep_the_tables_order_and_its_chain_columns(qtbot, demo, open_window, tmp_path):
    """Sorted by speaker in the table, exported: the XLSX rows come in that order, and its "via"
    holds every link after the speaker, as the via filter reads it."""
    import openpyxl

    window = open_window(demo)
    window.show_view(CLAIMS)
    header = window.claims_page.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(SPEAKER) + 20, 10),
    )
    shown = _table_speakers(window)
    target = tmp_path / "sheet.xlsx"
    window.transfers.export("xlsx", target)
    qtbot.waitUntil(lambda: not window.tasks.busy and target.exists(), timeout=10000)
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    column = {name: i for i, name in enumerate(rows[0])}
    assert [r[column["speaker"]] for r in rows[1:]] == shown
    for row in rows[1:]:
        links = row[column["chain"]].split(" → ")
        assert (row[column["via"]] or "") == " → ".join(links[1:])
    assert "a diplomat in the region" in shown and "Reuters" in [
        r[column["via"]] for r in rows[1:]
    ]  # the last link


def test_the_page_article_filters_and_splitters_come_back_on_the_next_start(qtbot, demo, open_window):
    window = open_window(demo)
    window.annotate.articles.select(3)
    window.filter_bar.via.setText("Reuters")
    window.filter_bar.apply()
    window.facts_page.filter.min_lines.setValue(2)
    window.show_view(1)
    window.claims_page.splitter.setSizes([500, 700])
    sizes = window.claims_page.splitter.sizes()
    window.close()
    again = open_window(demo)
    assert again.pages.currentIndex() == 1 and again.annotate.article.id == 3
    assert again.filter_bar.via.text() == "Reuters"
    assert again.claims_page.model.rowCount() == len(again.library.find_claims(ClaimFilter(via="Reuters")))
    assert again.facts_page.filter.min_lines.value() == 2
    restored = again.claims_page.splitter.sizes()
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.01  # the same share of the width
