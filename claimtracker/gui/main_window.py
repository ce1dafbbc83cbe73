"""The main window assembles: pages under a tab bar, the actions (declared in actions.py), one
task runner, one import/export controller and one change dispatcher. The work is in the pages.

Widgets read through the Library and change things only through undo commands (operations.py);
every change is reported back as `Changes` through the dispatcher, from which the pages refresh.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from claimtracker.gui.actions import MENUS, TOOLBAR, create_actions, menu_title
from claimtracker.gui.dialogs.merge_dialog import MergeDialog
from claimtracker.gui.dialogs.source_dialog import SourceDialog
from claimtracker.gui.dispatcher import ChangeDispatcher
from claimtracker.gui.filter_state import FilterState
from claimtracker.gui.icons import ACTION_ICONS, icon
from claimtracker.gui.operations import Operations
from claimtracker.gui.pages.annotate_page import AnnotatePage
from claimtracker.gui.pages.claims_page import ClaimsPage
from claimtracker.gui.pages.facts_page import FactsPage
from claimtracker.gui.pages.sources_page import SourcesPage
from claimtracker.gui.pages.timeline_page import TimelinePage
from claimtracker.gui.remembered import restore_fields, restore_splitters, save_fields, save_splitters
from claimtracker.gui.tasks import TaskRunner
from claimtracker.gui.transfers import TransferController
from claimtracker.gui.undo_commands import MergeSources, edit_source
from claimtracker.gui.widgets.filter_bar import FilterBar
from claimtracker.gui.widgets.source_field import SourceCompleter
from claimtracker.library import Changes, Library

ANNOTATE, CLAIMS, SOURCES, TIMELINE, FACTS = range(5)
# Keys a text field keeps for itself; any other window shortcut (Ctrl+E, Ctrl+H…) wins over it.
FIELD_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
)


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings) -> None:
        super().__init__()
        self.library, self.settings = library, settings
        self.setWindowTitle(self.tr("ClaimTracker — {location}").format(location=library.location))
        self.setAcceptDrops(True)
        self.ops = Operations(self)
        self.undo_stack = self.ops.undo_stack
        self.tasks = TaskRunner(self)
        self.dispatcher = ChangeDispatcher(library, self)
        self.dispatcher.may_poll = lambda: not self.tasks.busy
        self.completer = SourceCompleter(self)
        self.filter_state = FilterState(self)
        self.transfers = TransferController(self, library, self.tasks, self.filter_state, settings)

        self.annotate = AnnotatePage(library, self.ops, self.completer, settings)
        self.claims_page = ClaimsPage(library, self.filter_state, self.ops)
        self.sources_page = SourcesPage(library, self.filter_state)
        self.timeline_page = TimelinePage(library, self.filter_state)
        self.facts_page = FactsPage(library, self.ops, self.completer)
        self.filter_bar = FilterBar(self.filter_state, self.completer)
        self.transfers.table_order = lambda: (
            self.claims_page.model.filter.sort,
            self.claims_page.model.filter.descending,
        )
        self._build_pages()
        self.actions = create_actions(self)
        self._apply_icons()
        QApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self._apply_icons())
        self._connect_actions()
        self._build_menus()
        self.dispatcher.changed.connect(self._on_changed)
        self.statusBar().showMessage(self.tr("Database: {location}").format(location=library.location))
        self._restore_state()
        self.completer.set_names(library.source_names())
        self.filter_bar.set_languages(library.languages())
        self.annotate.set_suggestions_enabled(self.actions["suggestions"].isChecked())
        self.annotate.articles.reload()
        if not self.annotate.restore_draft():
            self.restore_place()
        # Only on the window's text fields: an application-wide filter would see every event.
        for field in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            field.installEventFilter(self)

    def _build_pages(self) -> None:
        for page in (self.claims_page, self.sources_page, self.timeline_page, self.facts_page):
            page.open_claim.connect(self.open_claim)
        self.sources_page.edit_requested.connect(self.edit_source)
        self.sources_page.merge_requested.connect(lambda keep: self.merge_sources(keep))
        self.sources_page.grade_requested.connect(
            lambda before, after: self.ops.perform(edit_source(self.library, before, after))
        )
        # A tab bar over a stack (not a QTabWidget) so that the filter bar sits under the tabs.
        self.tab_bar = QTabBar()
        self.tab_bar.setObjectName("mainTabs")
        self.tab_bar.setDocumentMode(True)
        self.tab_bar.setExpanding(False)
        self.pages = QStackedWidget()
        for page, label in (
            (self.annotate, self.tr("&Annotate")),
            (self.claims_page, self.tr("C&laims")),
            (self.sources_page, self.tr("S&ources")),
            (self.timeline_page, self.tr("&Timeline")),
            (self.facts_page, self.tr("&Facts")),
        ):
            self.tab_bar.addTab(label)
            self.pages.addWidget(page)
        self.tab_bar.currentChanged.connect(self._on_tab)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.tab_bar, self.filter_bar, self.pages):
            layout.addWidget(widget)
        self.setCentralWidget(central)
        self._on_tab(ANNOTATE)

    def _connect_actions(self) -> None:
        a, annotate, transfers = self.actions, self.annotate, self.transfers
        slots = {
            "import_files": transfers.ask_import_files,
            "import_folder": transfers.ask_import_folder,
            "import_claims": transfers.ask_import_claims,
            "export": transfers.ask_export,
            "paste_article": transfers.paste_article,
            "quit": self.close,
            "undo": self.undo_stack.undo,
            "redo": self.undo_stack.redo,
            "find": annotate.reader_panel.show_find,
            "new_claim": annotate.new_claim_from_selection,
            "save_claim": annotate.save_claim,
            "reanchor": annotate.reanchor_to_selection,
            "accept_suggestion": annotate.accept_suggestion,
            "history": annotate.show_history,
            "delete_claim": annotate.delete_selected,
            "article_details": annotate.edit_article,
            "sources": lambda: self.show_view(SOURCES),
            "merge_sources": lambda: self.merge_sources(None),
            "show_annotate": lambda: self.show_view(ANNOTATE),
            "show_claims": lambda: self.show_view(CLAIMS),
            "show_sources": lambda: self.show_view(SOURCES),
            "show_timeline": lambda: self.show_view(TIMELINE),
            "show_facts": lambda: self.show_view(FACTS),
            "new_fact": annotate.new_fact_from_claim,
            "link_fact": annotate.link_claim_to_fact,
            "clear_filter": self.filter_bar.clear,
        }
        for name, slot in slots.items():
            a[name].triggered.connect(slot)
        self.undo_stack.canUndoChanged.connect(a["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: a["undo"].setText(self.tr("&Undo {what}").format(what=t))
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: a["redo"].setText(self.tr("&Redo {what}").format(what=t))
        )
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        a["suggestions"].setChecked(self.settings.value("view/suggestions", True, type=bool))
        languages = QActionGroup(self)
        for choice in ("system", "en", "fr"):
            action = a[f"language_{choice}"]
            languages.addAction(action)
            action.setChecked(self.settings.value("view/language", "system") == choice)
            action.triggered.connect(lambda _checked, chosen=choice: self._choose_language(chosen))
        a["suggestions"].toggled.connect(self._toggle_suggestions)
        for name in ("accept_suggestion", "delete_claim"):  # keys of the claims list only
            annotate.claims.list.addAction(a[name])
        same_fact = self.claims_page.same_fact
        for name, slot in (
            ("same_fact", same_fact.accept_current),
            ("not_same_fact", same_fact.reject_current),
        ):
            a[name].triggered.connect(slot)
            same_fact.list.addAction(a[name])  # A and R act in the same-fact list only
        annotate.reader.selectionChanged.connect(self._update_actions)
        annotate.claims.list.currentItemChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def _apply_icons(self) -> None:
        """Icons in the palette's text colour: drawn again when the scheme changes."""
        for name, icon_name in ACTION_ICONS.items():
            self.actions[name].setIcon(icon(icon_name))

    def _build_menus(self) -> None:
        for title, names in MENUS:
            menu = self.menuBar().addMenu(menu_title(title))
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions[name])
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in TOOLBAR:
            toolbar.addAction(self.actions[name])
        self.addToolBar(toolbar)

    def all_actions(self) -> list[QAction]:
        """Every action reachable from the window (menus, toolbar, widget-only keys)."""
        return list(self.actions.values())

    # Pages

    def _on_tab(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.filter_bar.setVisible(ANNOTATE < index < FACTS)  # the filter applies to the claim pages

    def show_view(self, index: int) -> None:
        self.tab_bar.setCurrentIndex(index)

    def open_claim(self, article_id: int, claim_id: int) -> None:
        self.show_view(ANNOTATE)
        self.annotate.open_claim(article_id, claim_id)

    def _choose_language(self, choice: str) -> None:
        self.settings.setValue("view/language", choice)
        self.ops.status(self.tr("The language changes at the next start"))

    def _toggle_suggestions(self, on: bool) -> None:
        self.settings.setValue("view/suggestions", on)
        self.annotate.set_suggestions_enabled(on)

    def _on_changed(self, changes: Changes) -> None:
        if changes.sources or changes.everything:
            self.completer.set_names(self.library.source_names())
        self.annotate.on_changed(changes)
        for page in (self.claims_page, self.sources_page, self.timeline_page, self.facts_page):
            page.mark_stale()
        if changes.article_list:
            self.filter_bar.set_languages(self.library.languages())
        self._update_actions()

    def _update_actions(self) -> None:
        has_article = self.annotate.article is not None
        self.actions["new_claim"].setEnabled(has_article)
        self.actions["delete_claim"].setEnabled(self.annotate.claims.list.currentItem() is not None)
        self.actions["article_details"].setEnabled(has_article)

    # Sources

    def edit_source(self, source_id: int, parent: QWidget | None = None) -> None:
        before = self.library.source(source_id)
        dialog = SourceDialog(before, parent or self)
        if dialog.exec():
            self.ops.perform(edit_source(self.library, before, dialog.edited()))

    def merge_sources(self, absorb: int | None, parent: QWidget | None = None) -> None:
        """Fold a duplicate into another source: the analyst picks the one to keep."""
        sources = self.library.sources()
        if len(sources) < 2:
            self.ops.status(self.tr("The registry has fewer than two sources"))
            return
        dialog = MergeDialog(sources, absorb, self.library, parent or self)
        if dialog.exec():
            keep_id, absorb_id = dialog.chosen()
            self.ops.perform(
                MergeSources(self.library, self.library.source(keep_id), self.library.source(absorb_id))
            )

    # Files dropped on the window

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.transfers.import_paths(paths)

    # Shortcuts over text fields

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A text field takes Ctrl+E or Ctrl+H for itself (end of line, backspace on X11); the
        window's actions win those, while the field keeps undo, copy, paste and the like."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(
            watched, QLineEdit | QPlainTextEdit | QTextEdit
        ):
            key = QKeySequence(QKeyEvent(event).keyCombination())  # type: ignore[arg-type]
            modifiers = event.modifiers()  # type: ignore[attr-defined]
            if (
                modifiers & Qt.KeyboardModifier.ControlModifier
                and key not in FIELD_KEYS
                and self._is_action_key(key)
            ):
                return True  # the field never sees the override: the shortcut fires
        return super().eventFilter(watched, event)

    def _is_action_key(self, key: QKeySequence) -> bool:
        return any(
            key.matches(shortcut) == QKeySequence.SequenceMatch.ExactMatch
            for action in self.actions.values()
            if action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut
            for shortcut in action.shortcuts()
        )

    # State

    def _restore_state(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        self.annotate.restore_state()
        restore_splitters(self.settings, self._named_splitters())
        restore_fields(self.settings, "claims_filter", self.filter_bar)
        restore_fields(self.settings, "facts_filter", self.facts_page.filter)
        self.filter_bar.apply()

    def restore_place(self) -> None:
        """The page and the article of the last session (after the draft check: a draft wins)."""
        article = self.settings.value("state/article", 0, type=int)
        if article:
            self.annotate.articles.select(article)
        page = self.settings.value("state/page", ANNOTATE, type=int)
        if 0 <= page < self.pages.count():
            self.show_view(page)

    def _named_splitters(self) -> list[QSplitter]:
        """The pages' splitters the analyst may drag, each remembered under its object name."""
        return [s for s in self.pages.findChildren(QSplitter) if s.objectName()]

    def closeEvent(self, event) -> None:
        if not self.annotate.may_leave():  # unsaved claim: the analyst chose to stay
            event.ignore()
            return
        self.tasks.stop()
        self.dispatcher.poll_timer.stop()  # a closed window no longer looks at the database
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.annotate.save_state()
        save_splitters(self.settings, self._named_splitters())
        save_fields(self.settings, "claims_filter", self.filter_bar)
        save_fields(self.settings, "facts_filter", self.facts_page.filter)
        self.settings.setValue("state/page", self.pages.currentIndex())
        self.settings.setValue("state/article", self.annotate.article.id if self.annotate.article else 0)
        self.settings.sync()
        super().closeEvent(event)
