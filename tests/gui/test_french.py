"""The window in French: every action, menu, tab, label, button, field hint, combo entry,
column header and dialog, on an empty database (so that nothing shown is article data),
holds no word that only the English interface uses."""

from __future__ import annotations

import datetime as dt
import re
from xml.etree import ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from claimtracker.domain.articles import Article
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.facts import Fact
from claimtracker.domain.sources import Source
from claimtracker.domain.text import use_translator
from claimtracker.gui.language import install_language
from claimtracker.resources import RESOURCES

TS = RESOURCES / "translations" / "claimtracker_fr.ts"
WORD = re.compile(r"[A-Za-zÀ-ÿ’']+")
ALLOWED = {"ClaimTracker", "CSV", "XLSX", "JSON", "HTML", "PDF", "URL", "W3C", "NCRI", "Reuters", "Esc"}


def english_only_words() -> set[str]:
    """Words of the English interface that its French translation never uses."""
    english, french = set(), set()
    for message in ET.parse(TS).getroot().iter("message"):
        english.update(
            w.lower()
            for w in WORD.findall(re.sub(r"<[^>]+>|\{[^}]+\}|&", "", message.findtext("source", "")))
        )
        french.update(
            w.lower()
            for w in WORD.findall(re.sub(r"<[^>]+>|\{[^}]+\}|&", "", message.findtext("translation", "")))
        )
    # Examples of what analysts type stay as they are ("told, according to", "on Oct. 3").
    return {w for w in english - french if len(w) > 2} - {"told", "according", "citing", "oct", "february"}


@pytest.fixture
def french(qapp, monkeypatch):
    monkeypatch.setenv("CLAIMTRACKER_LANGUAGE", "fr")
    before = QLocale()
    assert install_language(qapp) == "fr"
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)
    use_translator(lambda _context, text: text)


def _visible_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for label in widget.findChildren(QLabel):
        texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for field in widget.findChildren(QLineEdit):
        if not isinstance(field.parent(), QComboBox):
            texts.append(field.placeholderText())
    for field in widget.findChildren(QPlainTextEdit) + widget.findChildren(QTextEdit):
        texts.append(field.placeholderText())
    for box in widget.findChildren(QComboBox):
        texts += [box.itemText(i) for i in range(box.count())]
    for group in widget.findChildren(QGroupBox):
        texts.append(group.title())
    for table in widget.findChildren(QTableView):
        model = table.model()
        if model is not None:
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())
            ]
    return texts


def _english_left(texts: list[str], english: set[str]) -> list[str]:
    left = []
    for text in texts:
        plain = re.sub(r"<[^>]+>|&(?=\w)|\S*/\S*", "", text or "")  # markup, mnemonics, file paths
        words = {w.lower() for w in WORD.findall(plain) if w not in ALLOWED}
        if words & english:
            left.append(f"{plain!r}: {sorted(words & english)}")
    return left


def test_every_action_menu_page_and_dialog_speaks_french(qtbot, french, sqlite_db, open_window):
    english = english_only_words()
    assert {"claim", "show", "select", "the"} <= english  # the detector can fail
    window = open_window(sqlite_db)
    texts = [window.windowTitle()]
    for action in window.all_actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
    texts += [window.tab_bar.tabText(i) for i in range(window.tab_bar.count())]
    for index in range(window.pages.count()):
        window.show_view(index)
        texts += _visible_texts(window.pages.widget(index))
    texts += _visible_texts(window.filter_bar)
    library = window.library
    from claimtracker.gui.dialogs.article_dialog import ArticleDialog
    from claimtracker.gui.dialogs.export_dialog import ExportDialog
    from claimtracker.gui.dialogs.link_fact_dialog import LinkFactDialog
    from claimtracker.gui.dialogs.merge_dialog import MergeDialog
    from claimtracker.gui.dialogs.paste_dialog import PasteArticleDialog
    from claimtracker.gui.dialogs.source_dialog import SourceDialog
    from claimtracker.gui.dialogs.split_fact_dialog import SplitFactDialog

    article = Article(title="", body="", language="fr")
    dialogs: list[QDialog] = [
        ArticleDialog(article, window),
        ExportDialog(ClaimFilter(), "/tmp", window),
        LinkFactDialog([], "", window),
        MergeDialog([], None, library, window),
        PasteArticleDialog(Article(title="t", body="texte", language="fr"), window),
        SourceDialog(Source(name=""), window),
        SplitFactDialog(Fact("", id=1), [], {}, window),
    ]
    for dialog in dialogs:
        texts += _visible_texts(dialog)
        dialog.deleteLater()
    left = _english_left(texts, english)
    assert left == [], "\n".join(left)


def test_numbers_and_grade_meanings_follow_the_french_locale(french):
    from claimtracker.domain.sources import Reliability, admiralty_meaning

    assert QLocale().toString(1234567) == "1\u202f234\u202f567"
    assert admiralty_meaning(Reliability.B, 2).startswith("B : source habituellement fiable")
    assert QCoreApplication.translate("DerivedStatus", "single line") == "une seule ligne"
    assert dt.date(2019, 10, 3).isoformat() == "2019-10-03"  # dates stay ISO, unambiguous in both languages
