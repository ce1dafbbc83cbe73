import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from claimtracker.domain import AttributionChain, Claim
from claimtracker.domain.claims import Span
from claimtracker.gui.main_window import MainWindow
from claimtracker.gui.models.articles_model import DATE, TITLE
from claimtracker.importing.importer import import_paths
from claimtracker.library import Library
from claimtracker.storage.articles_repo import get_article
from claimtracker.storage.claims_repo import add_claim
from tests.conftest import SEEDS


@pytest.fixture
def seeded(sqlite_db):
    report = import_paths(sqlite_db, [SEEDS])
    ids = {a.source_path.rsplit("/", 1)[-1][:3]: a.id for a in report.added}
    with sqlite_db.transaction() as s:
        article = get_article(s, ids["002"])
        for exact, chain in [
            ("two Iraqi security officials told Reuters", ("two Iraqi security officials", "Reuters")),
            (
                "the snipers were using radio communications equipment",
                ("a second Iraqi security source", "Reuters"),
            ),
        ]:
            start = article.body.index(exact)
            add_claim(
                s,
                Claim.from_span(
                    article.id, article.body, Span(start, start + len(exact)), AttributionChain.of(*chain)
                ),
            )
    return sqlite_db, ids


@pytest.fixture
def settings(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/suggestions", False)  # these tests count claims; test_suggestions turns them on
    return settings


def _click_article(qtbot, window, article_id):
    model = window.annotate.articles.model
    row = model.row_of(article_id)
    rect = window.annotate.articles.view.visualRect(model.index(row, TITLE))
    qtbot.mouseClick(window.annotate.articles.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_an_article_shows_its_text_claims_and_highlights(qtbot, seeded, settings):
    db, ids = seeded
    window = MainWindow(Library(db), settings)
    qtbot.addWidget(window)
    window.show()
    assert window.annotate.articles.model.rowCount() == 5
    _click_article(qtbot, window, ids["002"])
    body = (SEEDS / "002_d7089af4d349109d.txt").read_text(encoding="utf-8")
    assert window.annotate.reader.toPlainText() == body
    assert window.annotate.claims.list.count() == 2
    assert (
        "two Iraqi security officials → Reuters"
        in window.annotate.claims.list.item(1).text() + window.annotate.claims.list.item(0).text()
    )
    selections = window.annotate.reader.extraSelections()
    assert sorted(s.cursor.selectedText() for s in selections) == sorted(
        ["two Iraqi security officials told Reuters", "the snipers were using radio communications equipment"]
    )
    position = body.index("security officials told")
    cursor = window.annotate.reader.textCursor()
    cursor.setPosition(position)
    point = window.annotate.reader.cursorRect(cursor).center()
    QApplication.sendEvent(
        window.annotate.reader.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, point, window.annotate.reader.viewport().mapToGlobal(point)),
    )
    assert QToolTip.text() == "two Iraqi security officials → Reuters"
    assert len({s.format.background().color().name() for s in selections}) == 2  # a colour per speaker


def test_uncertain_publication_dates_are_marked(qtbot, seeded, settings):
    db, ids = seeded
    window = MainWindow(Library(db), settings)
    qtbot.addWidget(window)
    _click_article(qtbot, window, ids["003"])
    assert "uncertain: taken from the page header" in window.annotate.reader_panel.header.text()
    index = window.annotate.articles.model.index(window.annotate.articles.model.row_of(ids["003"]), DATE)
    assert index.data() == "~2023-02-04"
    assert "page header" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_window_layout_is_remembered_across_restarts(qtbot, seeded, settings):
    db, _ = seeded
    first = MainWindow(Library(db), settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # within the 800×600 offscreen screen, which bounds restored geometry
    first.annotate.setSizes([200, 360, 180])
    sizes = first.annotate.sizes()
    first.close()
    second = MainWindow(Library(db), settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (760, 560)
    assert second.annotate.sizes() == sizes


def test_articles_model_is_a_well_behaved_model(qtmodeltester, seeded):
    from claimtracker.gui.models.articles_model import ArticlesModel

    db, _ = seeded
    model = ArticlesModel(Library(db))
    model.refresh()
    qtmodeltester.check(model)


def test_ctrl_shift_v_makes_an_article_of_the_clipboard_after_asking_its_title(qtbot, sqlite_db, open_window):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    window = open_window(sqlite_db)
    QGuiApplication.clipboard().setText(
        "Reuters, Baghdad, Oct. 3, 2019 – Snipers appeared on Baghdad rooftops, officials said."
    )

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        dialog.title.setText("Snipers on rooftops")
        dialog.outlet.setText("Reuters")
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(
        window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    (article,) = window.library.articles()
    assert (article.title, article.outlet) == ("Snipers on rooftops", "Reuters")
    assert window.annotate.article is not None and window.annotate.article.id == article.id
    assert "Snipers appeared on Baghdad rooftops" in window.annotate.reader.toPlainText()
